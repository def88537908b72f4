"""`noc-letter build --lang fr|en`: the letter's language from the flag, else from the project."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from noc_letter.cli import main

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
FRENCH_PROJECT = DATA / "promotion_fr.nocletter"


def letter_text(path: Path) -> str:
    """The body of a DOCX (tables too), one paragraph per line."""
    doc = Document(str(path))
    return "\n".join(Paragraph(p, doc._body).text for p in doc.element.body.iter(qn("w:p")))


def duty_bullets(path: Path) -> list[str]:
    """The duty bullets of a DOCX, in order."""
    return [p.text for p in Document(str(path)).paragraphs if p.style.name == "List Bullet"]


def test_build_lang_fr_and_en_on_the_same_project(tmp_path, capsys):
    """On one French project, `--lang fr`, `--lang en` and no flag write the French, English and
    (the project's language) French letters, with the same duties in the same order; the path
    is printed on stdout as before."""
    french, english, default = (tmp_path / f"{name}.docx" for name in ("fr", "en", "default"))
    assert main(["build", str(FRENCH_PROJECT), "-o", str(french), "--lang", "fr"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(french)
    assert "translated" not in err and "written in" not in err
    assert main(["build", str(FRENCH_PROJECT), "-o", str(english), "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == str(english)
    assert "duties are written in French" in err
    assert main(["build", str(FRENCH_PROJECT), "-o", str(default)]) == 0
    capsys.readouterr()

    fr_text, en_text = letter_text(french), letter_text(english)
    assert "Attestation d'emploi" in fr_text and "depuis le 31 août 2020" in fr_text
    assert "du 14 mai 2018 au 28 août 2020" in fr_text and "37,5 heures par semaine" in fr_text
    assert "To whom it may concern" not in fr_text and "hours per week" not in fr_text
    assert "To whom it may concern" in en_text and "31 August 2020 to present" in en_text
    assert "37.5 hours per week" in en_text and "Attestation" not in en_text
    assert letter_text(default) == fr_text
    assert duty_bullets(french) == duty_bullets(english) == duty_bullets(default)


def test_build_lang_fr_with_employer_template_on_an_english_project(tmp_path, capsys):
    """`--lang fr` works with the other flags: the French employer note opens the letter."""
    out = tmp_path / "modele.docx"
    args = ["build", str(DATA / "bookkeeper.nocletter"), "-o", str(out), "--lang", "fr"]
    assert main([*args, "--employer-template"]) == 0
    _, err = capsys.readouterr()
    assert Document(str(out)).paragraphs[0].text.startswith("Note à l'employeur")
    assert "duties are written in English" in err


def test_build_rejects_an_unknown_language():
    """Only en and fr are letter languages: anything else is a usage error (exit 2)."""
    done = subprocess.run(
        [sys.executable, "-m", "noc_letter.cli", "build", str(FRENCH_PROJECT), "-o", "x.docx"]
        + ["--lang", "es"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2 and "--lang" in done.stderr
