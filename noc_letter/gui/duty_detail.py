"""HTML for one duty's evidence (which NOC text it matched) and copy-guard warning, and for
suggestions with the changed words marked."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from noc_letter.gui import translation
from noc_letter.gui.wording import (
    duty_reason,
    evidence_kind,
    problem_message,
    support_text,
    support_words,
)

translate = QCoreApplication.translate


def marked(text: str, spans: Any, tag: str = "u") -> str:
    """Text escaped for HTML with the (start, end) spans wrapped in <tag> (bold + underline)."""
    out, last = [], 0
    for start, end in sorted((s, e) for s, e in spans if 0 <= s < e <= len(text)):
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f"<{tag}><b>{html.escape(text[start:end])}</b></{tag}>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def detail_html(
    duty: Any, check: Any, target: str, matcher_ready: bool, problem: Any = None
) -> str:
    """Why a duty reads as it does, whether it is too close to the NOC wording, what is wrong
    with its text (`problem`, a core.duty_text.DutyProblem) and whether it is in the letter."""
    e = html.escape
    if duty is None:
        select = translate("DutyDetail", "Select a duty to see which NOC it supports and why.")
        return f"<p>{e(select)}</p>"
    parts = []
    if problem is not None:
        parts.append(f"<p><b>⚠ {e(problem_message(problem))}</b></p>")
    if not duty.include:
        parts.append(
            "<p><b>"
            + e(translate("DutyDetail", "Not in the letter:"))
            + "</b> "
            + e(
                translate(
                    "DutyDetail",
                    "this duty is unticked, so the letter leaves it out. Its reading is shown "
                    "so you can decide.",
                )
            )
            + "</p>"
        )
    if duty.noc_duty:
        said = translate("DutyDetail", "You said you do this NOC duty:")
        how = translate(
            "DutyDetail", "Describe how <i>you</i> do it: tools, what, for whom, how often."
        )
        parts.append(f"<p><b>{e(said)}</b> <i>{e(duty.noc_duty)}</i><br>{how}</p>")
    if duty.source == "suggestion" and duty.provenance:
        picked = duty.provenance.get("picked") if duty.provenance.get("kind") == "choice" else None
        how = (
            translate(
                "DutyDetail",
                "Your pick: “{verb}”, from the target's verbs (use it only if it is what you do)",
            ).format(verb=picked)
            if picked
            else translate("DutyDetail", "Accepted suggestion")
        )
        original = translate("DutyDetail", "your original:")
        parts.append(
            f"<p><small>{e(how)}; {e(original)} "
            f"<i>{e(str(duty.provenance.get('original', '')))}</i></small></p>"
        )
    if not duty.text.strip():
        return (
            "".join(parts)
            or "<p>" + e(translate("DutyDetail", "Empty duty: type what you do.")) + "</p>"
        )
    kind, label = support_text(check, target, matcher_ready)
    parts.append(f"<p><b>{e(label)}</b> — {e(support_words(kind))}</p>")
    if check is None:
        return "".join(parts)
    parts.append(f"<p>{e(duty_reason(check, translation.current()))}</p>")
    if check.evidence:
        lang = translation.current()
        group = _group(check.code)
        title = group.title_in(lang) if group is not None else check.title
        evidence = translate("DutyDetail", "Evidence")
        parts.append(f"<p><b>{e(evidence)}</b> ({e(check.code)} {e(title)}):</p><ul>")
        for ev in check.evidence[:3]:
            shared = ", ".join(ev.shared[:6]) or translate("DutyDetail", "related wording")
            line = translate("DutyDetail", "{kind} ({similarity}, shares {words}):").format(
                kind=evidence_kind(ev.kind), similarity=f"{ev.similarity:.0%}", words=shared
            )
            parts.append(f"<li>{e(line)} <i>{e(ev.text)}</i></li>")
        parts.append("</ul>")
    guard = check.guard
    if guard is not None and guard.level != "ok":
        spans = [(p.start, p.end) for p in guard.shared_phrases]
        nearest = guard.nearest
        code = nearest.code if nearest else ""
        warning = (
            translate(
                "DutyDetail",
                "this line is copied from the NOC text ({code}). Officers refuse letters that "
                "copy the NOC; say what you do in your own words. Shared words are underlined:",
            )
            if guard.level == "verbatim"
            else translate(
                "DutyDetail",
                "this line is very close to the NOC text ({code}). Officers refuse letters that "
                "copy the NOC; say what you do in your own words. Shared words are underlined:",
            )
        ).format(code=code)
        parts.append(
            "<p><b>⚠ " + e(translate("DutyDetail", "Copy warning:")) + f"</b> {e(warning)}</p>"
            f"<blockquote>{marked(duty.text, spans)}</blockquote>"
        )
        if nearest is not None:
            noc_text = translate("DutyDetail", "NOC text:")
            parts.append(f"<p><small>{e(noc_text)} <i>{e(nearest.text)}</i></small></p>")
    return "".join(parts)


def _group(code: str) -> Any:
    """The unit group of a code, if the catalogue is loaded (it is once a duty is checked)."""
    if not code:
        return None
    from noc_letter.core.catalogue import load_catalogue

    return load_catalogue().find(code)


def suggestion_html(item: Any) -> str:
    """One suggestion with what changed marked."""
    note = f"<br><small>{html.escape(item.note)}</small>" if item.note else ""
    return marked(item.text, item.changed) + note
