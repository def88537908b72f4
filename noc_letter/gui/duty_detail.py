"""HTML for one duty's evidence (which NOC text it matched) and copy-guard warning, and for
suggestions with the changed words marked."""

from __future__ import annotations

import html
from typing import Any

from noc_letter.gui import services

_KIND = {
    "main_duty": "main duty",
    "lead_statement": "lead statement",
    "example_title": "example title",
    "title": "title",
    "requirement": "requirement",
}


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
        return "<p>Select a duty to see which NOC it supports and why.</p>"
    parts = []
    if problem is not None:
        parts.append(f"<p><b>⚠ {e(problem.message())}</b></p>")
    if not duty.include:
        parts.append(
            "<p><b>Not in the letter:</b> this duty is unticked, so the letter leaves it out. "
            "Its reading is shown so you can decide.</p>"
        )
    if duty.noc_duty:
        parts.append(
            f"<p><b>You said you do this NOC duty:</b> <i>{e(duty.noc_duty)}</i><br>"
            "Describe how <i>you</i> do it: tools, what, for whom, how often.</p>"
        )
    if duty.source == "suggestion" and duty.provenance:
        picked = duty.provenance.get("picked") if duty.provenance.get("kind") == "choice" else None
        how = (
            f"Your pick: “{e(str(picked))}”, from the target's verbs (use it only if it is what "
            "you do)"
            if picked
            else "Accepted suggestion"
        )
        parts.append(
            f"<p><small>{how}; your original: "
            f"<i>{e(str(duty.provenance.get('original', '')))}</i></small></p>"
        )
    if not duty.text.strip():
        return "".join(parts) or "<p>Empty duty: type what you do.</p>"
    kind, label = services.support_text(check, target, matcher_ready)
    parts.append(f"<p><b>{e(label)}</b> — {e(services.SUPPORT_WORDS[kind])}</p>")
    if check is None:
        return "".join(parts)
    parts.append(f"<p>{e(check.reason)}</p>")
    if check.evidence:
        parts.append(f"<p><b>Evidence</b> ({e(check.code)} {e(check.title)}):</p><ul>")
        for ev in check.evidence[:3]:
            shared = ", ".join(ev.shared[:6]) or "related wording"
            parts.append(
                f"<li>{e(_KIND.get(ev.kind, ev.kind))} ({ev.similarity:.0%}, shares "
                f"{e(shared)}): <i>{e(ev.text)}</i></li>"
            )
        parts.append("</ul>")
    guard = check.guard
    if guard is not None and guard.level != "ok":
        word = "copied from" if guard.level == "verbatim" else "very close to"
        spans = [(p.start, p.end) for p in guard.shared_phrases]
        nearest = guard.nearest
        parts.append(
            f"<p><b>⚠ Copy warning:</b> this line is {word} the NOC text "
            f"({e(nearest.code) if nearest else ''}). Officers refuse letters that copy the NOC; "
            "say what you do in your own words. Shared words are underlined:</p>"
            f"<blockquote>{marked(duty.text, spans)}</blockquote>"
        )
        if nearest is not None:
            parts.append(f"<p><small>NOC text: <i>{e(nearest.text)}</i></small></p>")
    return "".join(parts)


def suggestion_html(item: Any) -> str:
    """One suggestion with what changed marked."""
    note = f"<br><small>{html.escape(item.note)}</small>" if item.note else ""
    return marked(item.text, item.changed) + note
