"""Copy guard: warns when a duty line is (nearly) an official NOC sentence; shows what is shared."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from noc_letter.core.guard_index import GuardIndex, Token, content_tokens, default_index
from noc_letter.core.splitting import MARKER

Level = Literal["ok", "close", "verbatim"]


@dataclass(frozen=True)
class Thresholds:
    """Score cut-offs for the two warning levels (scores are in [0, 1])."""

    # Set once on the development set (/work/shared/eval/dev_duties.jsonl): false alarms on
    # independently written duties were 2.4 % here (bar: 5 %), 1.9 % once common wording
    # stopped counting as copying (COMMON_PHRASE_GROUPS). Just above 0.6 on purpose: a 4-key
    # duty with 3 distinctive keys kept and 3 of the person's own added scores 2·3/10 = 0.6
    # and is fine.
    close: float = 0.62
    # Reasoned, not fitted: an exact copy, a tense change or a reorder scores 1.0; one word
    # dropped from a 10-key duty 0.95; two words swapped in it 0.8.
    verbatim: float = 0.85


DEFAULT_THRESHOLDS = Thresholds()

# How a line is compared with one NOC sentence. Both are reduced to content-word keys (light
# stems, function words dropped), then aligned: shared runs of >= MIN_RUN keys in any order
# (a reordered copy keeps its phrases), plus shared words tied to them by a one-word gap
# (NEIGHBOURS). Those words count fully; any other shared word counts SINGLE_WORD_WEIGHT.
# The score is the best of three readings, each in [0, 1]:
#   overlap   2·matched / (line keys + NOC keys)           (Dice: a light edit of the duty)
#   fragment  matched/line keys · min(1, phrase keys / FRAGMENT_KEYS)   (a piece of a duty)
#   contained phrase keys/NOC keys · min(1, phrase keys / CONTAIN_KEYS) (a duty inside more)
# Worked example: NOC "Hire, train and supervise staff" (hire train superviz staf) against
# "Trained, hired and supervised the staff": runs "superviz staf" (2), then "train" and
# "hire" tie on by the gap rule → matched 4 of 4 → overlap 1.0 → "verbatim".
# Independent wording of the same work, "Reconciled the company's three bank accounts in
# QuickBooks every month", shares at most a loose word or two with any duty → "ok".
MIN_RUN = 2
NEIGHBOURS = ((-1, -1), (1, 1), (-1, -2), (-2, -1), (1, 2), (2, 1), (-2, -2), (2, 2))
# "train" alone is common wording; half weight keeps loose shared words from adding up.
SINGLE_WORD_WEIGHT = 0.5
# A shared run whose every word pair is used by at least this many unit groups is common
# wording, not copying: its words count as loose singles and tie no neighbour to a phrase.
# "Prepare monthly financial statements for the owner" shares "financial statements" (9
# groups) with 13112's "Prepare financial statements and billing" and "prepare" by the gap
# rule: matched 3 of 5 + 4 keys gave 0.67 ("close"); as loose words 1.5 → 0.33 ("ok").
# "Hire and train cleaning staff" keeps its phrase: "train clean" is used by 1 group.
COMMON_PHRASE_GROUPS = 5
# ... unless the line is (nearly) the NOC sentence itself: when at least this share of the
# line's keys and of the sentence's keys are shared, common wording counts like any other (a
# reordered or lightly edited copy of "Hire, train and supervise staff" is still a copy). The
# example above shares 3 of its 5 keys (0.6): the person's own "monthly ... owner" make it theirs.
# Measured on benchmarks/guard_bench.py: dev false alarms 45 → 35 of 1,857, light edits still
# 98.9 % flagged (99.0 % before), dev near-verbatim copies 58 of 63 as before.
WHOLE_SHARE = 0.65
# A line made only of a piece of a long NOC duty (where overlap stays low): an exact 8-key
# piece scores 1.0, a 5-key piece 0.625 (close), a 3-key piece 0.375 (ok).
FRAGMENT_KEYS = 8
# A whole duty pasted inside a longer line: a 10-key duty scores 1.0, a 6-key one 0.6.
CONTAIN_KEYS = 10
# Candidates compared in detail per line, and the window for very long lines.
CANDIDATES = 12
WINDOW_KEYS = 48
# Very long input (a whole document pasted into one line) is checked up to this many words.
MAX_KEYS = 4000


@dataclass(frozen=True)
class NearestText:
    """The official NOC sentence closest to the line."""

    code: str
    text: str
    kind: str  # "main_duty" | "lead_statement"


@dataclass(frozen=True)
class SharedPhrase:
    """Words of the user's line that are also in the NOC sentence; `text[start:end]` is it."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class GuardResult:
    """How close a line is to the NOC text, with the nearest sentence and the shared phrases."""

    level: Level
    score: float
    nearest: NearestText | None
    shared_phrases: tuple[SharedPhrase, ...]
    reason: str
    lang: str = "en"  # the line's language: compared with the NOC ("en") or the CNP ("fr")


@dataclass(frozen=True)
class _Match:
    score: float
    sid: int
    shared: tuple[int, ...]  # user-token positions inside shared phrases


def _align(
    user: list[str], noc: tuple[str, ...], pair_groups: Mapping[tuple[str, str], int] | None
) -> tuple[list[int], list[int]]:
    """Align two key sequences: shared phrases in any order, then words tied to them.

    Greedy string tiling finds non-overlapping shared runs of >= MIN_RUN keys, longest first;
    a run of common wording (every word pair used by COMMON_PHRASE_GROUPS groups or more, per
    `pair_groups`; with None no run is) is set aside as loose words. A further shared word
    counts as part of a phrase when it sits next to another shared word (see NEIGHBOURS),
    otherwise it is a loose single.

    Returns:
        User positions inside phrases (sorted) and user positions of loose shared words.
    """
    positions: dict[str, list[int]] = {}
    for j, key in enumerate(noc):
        positions.setdefault(key, []).append(j)
    used_u = [False] * len(user)
    used_n = [False] * len(noc)
    pairs: set[tuple[int, int]] = set()
    common_words: set[tuple[int, int]] = set()
    while True:
        best = (0, 0, 0)
        for i, key in enumerate(user):
            if used_u[i]:
                continue
            for j in positions.get(key, ()):
                k = 0
                while (
                    i + k < len(user)
                    and j + k < len(noc)
                    and not used_u[i + k]
                    and not used_n[j + k]
                    and user[i + k] == noc[j + k]
                ):
                    k += 1
                if k > best[2]:
                    best = (i, j, k)
        i, j, k = best
        if k < MIN_RUN:
            break
        run = user[i : i + k]
        common = pair_groups is not None and all(
            pair_groups.get(pair, 0) >= COMMON_PHRASE_GROUPS
            for pair in zip(run, run[1:], strict=False)
        )
        for d in range(k):
            used_u[i + d] = used_n[j + d] = True
            (common_words if common else pairs).add((i + d, j + d))
    options = [
        (i, j)
        for i, key in enumerate(user)
        if not used_u[i]
        for j in positions.get(key, ())
        if not used_n[j]
    ]
    reachable = pairs | set(options)
    loose_options = []
    for i, j in options:
        if used_u[i] or used_n[j]:
            continue
        if any((i + di, j + dj) in reachable for di, dj in NEIGHBOURS):
            used_u[i] = used_n[j] = True
            pairs.add((i, j))
        else:
            loose_options.append((i, j))
    loose = [i for i, _ in common_words]
    for i, j in loose_options:
        if not used_u[i] and not used_n[j]:
            used_u[i] = used_n[j] = True
            loose.append(i)
    return sorted(i for i, _ in pairs), loose


def _score(
    user: list[str], noc: tuple[str, ...], pair_groups: Mapping[tuple[str, str], int]
) -> tuple[float, list[int]]:
    """Similarity of two key sequences in [0, 1] and the user positions in shared phrases."""
    if list(noc) == user:
        return 1.0, list(range(len(user)))
    in_phrases, loose = _align(user, noc, pair_groups)
    if not in_phrases and not loose:
        return 0.0, []
    shared = len(in_phrases) + len(loose)
    if shared >= WHOLE_SHARE * len(user) and shared >= WHOLE_SHARE * len(noc):
        in_phrases, loose = _align(user, noc, None)  # the sentence itself, common words and all
    phrase_keys = len(in_phrases)
    matched = phrase_keys + SINGLE_WORD_WEIGHT * len(loose)
    overlap = 2 * matched / (len(user) + len(noc))
    fragment = matched / len(user) * min(1.0, phrase_keys / FRAGMENT_KEYS)
    contained = phrase_keys / len(noc) * min(1.0, phrase_keys / CONTAIN_KEYS)
    return min(1.0, max(overlap, fragment, contained)), in_phrases


def _best_match(keys: list[str], index: GuardIndex) -> _Match | None:
    best: _Match | None = None
    for sid in index.candidates(tuple(keys), CANDIDATES):
        score, shared = _score(keys, index.sentences[sid].keys, index.pair_groups)
        if best is None or score > best.score:
            best = _Match(score, sid, tuple(shared))
    return best


def _windows(n: int) -> list[tuple[int, int]]:
    if n <= WINDOW_KEYS:
        return [(0, n)]
    step = WINDOW_KEYS // 2
    return [(s, min(n, s + WINDOW_KEYS)) for s in range(0, n - step, step)]


def _level(score: float, thresholds: Thresholds) -> Level:
    if score >= thresholds.verbatim:
        return "verbatim"
    if score >= thresholds.close:
        return "close"
    return "ok"


def _phrases(text: str, tokens: list[Token], shared: list[int]) -> list[SharedPhrase]:
    """Consecutive shared words as one phrase each, spanning the user's own text between them."""
    groups: list[list[int]] = []
    for i in shared:
        if groups and i == groups[-1][-1] + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    phrases = []
    for group in groups:
        start, end = tokens[group[0]].start, tokens[group[-1]].end
        phrases.append(SharedPhrase(text[start:end], start, end))
    return phrases


def verbatim_risk(
    text: str,
    index: GuardIndex | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    lang: str | None = None,
) -> GuardResult:
    """How close one duty line is to an official NOC main duty or lead-statement sentence.

    Words are compared as light stems with function words left out, so a changed tense,
    a dropped "the" or a British spelling still match; shared runs of words count fully,
    lone shared words half (see the constants above for worked examples).

    Args:
        text: The duty line as the person wrote it (any text; very long text is checked in
            windows, up to MAX_KEYS content words).
        index: The NOC index; the bundled catalogue's by default.
        thresholds: Cut-offs for "close" and "verbatim".
        lang: "en" or "fr"; detected from the line when neither it nor `index` is given. A
            French line is compared with the CNP's French sentences.

    Returns:
        A GuardResult; `nearest` is None when the line shares no content word with the NOC.
    """
    text = text or ""
    if index is None:
        from noc_letter.core.language import detect_language

        index = default_index(lang or detect_language(text))
    marker = MARKER.match(text)  # a list marker ("1.", "a)") is not part of the wording
    skip = marker.end() if marker else 0
    tokens = [t for t in content_tokens(text, index.lang) if t.start >= skip][:MAX_KEYS]
    keys = [t.key for t in tokens]
    best: _Match | None = None
    offset_of_best = 0
    for start, end in _windows(len(keys)):
        match = _best_match(keys[start:end], index)
        if match and (best is None or match.score > best.score):
            best, offset_of_best = match, start
    if best is None:
        return GuardResult("ok", 0.0, None, (), "no word in common with the NOC text", index.lang)
    sentence = index.sentences[best.sid]
    shared = [i + offset_of_best for i in best.shared]
    score = round(best.score, 3)
    level = _level(score, thresholds)
    phrases = tuple(_phrases(text, tokens, shared))
    reason = {
        "verbatim": f"reads as the NOC {sentence.code} text itself",
        "close": f"shares much of its wording with NOC {sentence.code}",
        "ok": "in the person's own words",
    }[level]
    nearest = NearestText(sentence.code, sentence.text, sentence.kind)
    return GuardResult(level, score, nearest, phrases, reason, index.lang)
