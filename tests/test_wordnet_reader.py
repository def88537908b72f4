"""The ceiling benchmark's WordNet reader: senses in order, synonyms and hypernyms."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import wordnet_verbs  # noqa: E402

# Lines in WordNet 3.0's own format (index.verb / data.verb), cut down to three synsets.
INDEX = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton
fix v 3 2 @ ~ 3 2 00000001 00000002 00000004
mend v 1 1 @ 1 1 00000001
"""
DATA = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton
00000001 30 v 03 fix 0 repair 0 mend 0 001 @ 00000003 v 0000 01 + 08 00 | restore (repair)
00000002 35 v 02 fix 0 fasten 0 000 01 + 08 00 | cause to be firmly attached
00000003 30 v 02 improve 0 better 0 000 01 + 08 00 | to make better
00000004 31 v 02 fix 0 set_up 0 000 01 + 08 00 | make ready
"""


def test_related_verbs_follow_sense_order(tmp_path: Path):
    (tmp_path / "index.verb").write_text(INDEX)
    (tmp_path / "data.verb").write_text(DATA)
    assert wordnet_verbs.available(tmp_path)
    first = wordnet_verbs.related_verbs("fix", senses=1, folder=tmp_path)
    assert first == {"repair", "mend", "improve", "better"}
    two = wordnet_verbs.related_verbs("Fix", senses=2, folder=tmp_path)
    assert two == first | {"fasten"}
    # Two-word verbs ("set_up") are left out; unknown verbs have none.
    assert "set_up" not in wordnet_verbs.related_verbs("fix", senses=3, folder=tmp_path)
    assert wordnet_verbs.related_verbs("weld", folder=tmp_path) == frozenset()
    assert not wordnet_verbs.available(tmp_path / "missing")
