"""The whole letter's reading: verdict, lead statement, main duties covered, reads-as top 3,
confidence, and the target side by side with its closest neighbour."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from noc_letter.core.reading_advice import skilled_alternative, skilled_alternative_advice

NOT_ADVICE = (
    "An estimate of how an officer may read the duties, to help you write them truthfully. "
    "Not legal advice; IRCC decides."
)
_YES, _NO = "✓ yes", "✗ no"


def waiting_text(target: str, known: bool | None, written: int, included: int) -> str:
    """What is still missing before the letter can be read, in the person's terms.

    Args:
        target: the target code ("" when none is chosen).
        known: whether the catalogue has that code (None while the catalogue loads).
        written: duties with text in the position.
        included: of those, the ones ticked "In letter".
    """
    if not target:
        return "Choose a target NOC (search on the left) to see how the letter reads."
    if known is False:
        return f"{target} is not a NOC 2021 code. Choose your target NOC with the search."
    if not written:
        return f"Write at least one duty (Duties tab) to see how the letter reads as {target}."
    if not included:
        which = "Your one duty is" if written == 1 else f"All {written} duties are"
        return (
            f"{which} unticked, so the letter has none. Tick “In letter” for the duties the "
            "letter should show."
        )
    return "Reading the letter…"


# What each letter status (matching.status) means, in the words the panel shows.
STATUS_LABELS = {
    "supports_target": "supports your target",
    "reads_as_other_skilled": "reads as another skilled occupation (still counts)",
    "reads_as_lower_teer": "reads as a lower-TEER job (does not count)",
    "too_little": "too little to tell",
}


def assessment_html(
    reading: Any, catalogue: Any, matcher_ready: bool, waiting: str = "Reading the letter…"
) -> str:
    """The reading as HTML; plain words and marks carry the meaning, not colour.

    `waiting` (see waiting_text) is shown while there is no reading."""
    e = html.escape
    if not matcher_ready:
        return f"<p>The duty matcher is loading…</p><p><small>{e(NOT_ADVICE)}</small></p>"
    a = getattr(reading, "assessment", None)
    if a is None:
        return f"<p>{e(waiting)}</p><p><small>{e(NOT_ADVICE)}</small></p>"
    parts = [
        f"<h3>Reading against {e(a.target.code)} {e(a.target.title)} (TEER {a.target.teer})</h3>"
    ]
    alternative = skilled_alternative(a)
    if alternative is not None:
        parts.append(f"<p><b>{e(skilled_alternative_advice(a, alternative))}</b></p>")
    else:
        parts.append(f"<p>{e(a.verdict)}</p>")
    label = STATUS_LABELS.get(getattr(a, "status", ""), "")
    if label:
        parts.insert(1, f"<p><b>Status: {e(label)}</b></p>")
    review = " — needs review" if a.needs_review else ""
    parts.append(f"<p><b>Confidence:</b> {a.confidence:.0%}{review}</p>")
    parts.append("<p><b>Reads as</b></p><ol>")
    for ref in a.reads_as:
        mark = " ← your target" if ref.code == a.target.code else ""
        skilled = "skilled" if ref.teer <= 3 else "not skilled"
        parts.append(f"<li>{e(ref.code)} {e(ref.title)} (TEER {ref.teer}, {skilled}){mark}</li>")
    parts.append("</ol>")
    confusables = [c for c in getattr(a, "confusables", ()) if c.coverage > 0]
    if confusables:
        parts.append("<p><b>Groups it could be taken for</b> (share of their main duties)</p><ul>")
        for c in sorted(confusables, key=lambda c: -c.coverage)[:4]:
            parts.append(
                f"<li>{e(c.code)} {e(c.title)} (TEER {c.teer}): {c.coverage:.0%} covered</li>"
            )
        parts.append("</ul>")
    weights = getattr(a, "weights", ())
    if weights:
        shares = ", ".join(f"{i + 1}: {w:g} %" for i, w in enumerate(weights))
        parts.append(
            f"<p><b>Each duty counted by its share of time:</b> {e(shares)} "
            "(a duty without a stated share gets an even part of what is left of 100 %)</p>"
        )
    lead = _YES if a.lead_statement_supported else _NO
    parts.append(f"<p><b>Lead statement supported:</b> {lead}</p><ul>")
    for text, ok in a.lead_statement_parts:
        parts.append(f"<li>{'✓' if ok else '✗'} {e(text)}</li>")
    parts.append("</ul>")
    total = len(a.covered_main_duties)
    parts.append(f"<p><b>Main duties covered:</b> {a.covered_count} of {total}</p><ul>")
    for duty in a.covered_main_duties:
        by = ", ".join(str(i + 1) for i in duty.covered_by)
        yours = "your duties" if len(duty.covered_by) > 1 else "your duty"
        mark = f"✓ covered by {yours} {by}" if duty.covered else "✗ not in your duties"
        parts.append(f"<li>NOC: <i>{e(duty.text)}</i><br><b>{mark}</b></li>")
    parts.append("</ul>")
    parts.append(side_by_side_html(a, catalogue))
    parts.append(f"<p><small>{e(NOT_ADVICE)}</small></p>")
    return "".join(parts)


def side_by_side_html(a: Any, catalogue: Any) -> str:
    """Target and closest neighbour in two columns: TEER, lead statement, main duties."""
    e = html.escape
    neighbour = a.closest_neighbour
    target = catalogue.find(a.target.code) if catalogue else None
    other = catalogue.find(neighbour.code) if catalogue and neighbour else None
    if target is None or other is None:
        return ""

    def column(group: Any, covered: set[int] | None) -> str:
        duties = "".join(
            f"<li>{'✓ ' if covered is not None and i in covered else ''}{e(d.text)}</li>"
            for i, d in enumerate(group.main_duties)
        )
        return (
            f"<b>{e(group.code)} {e(group.title)}</b><br>TEER {group.teer} · "
            f"{'skilled' if group.skilled else 'not skilled for FSW/CEC'}<br>"
            f"<i>{e(group.lead_statement)}</i><ul>{duties}</ul>"
        )

    covered = {d.index for d in a.covered_main_duties if d.covered}
    return (
        "<h4>Your target beside its closest neighbour</h4>"
        "<table width='100%' cellspacing='4' cellpadding='4' border='1'><tr>"
        f"<td width='50%' valign='top'>{column(target, covered)}</td>"
        f"<td width='50%' valign='top'>{column(other, None)}</td></tr></table>"
    )


class AssessmentPanel(QWidget):
    """Shows the latest LetterReading; updates when the presenter delivers a new one. When the
    duties read as another skilled group, a button makes that group the target (undoable)."""

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.catalogue: Any = None
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Assessment of the whole letter")
        self.switch_button = QPushButton()
        self.switch_button.hide()
        self.switch_button.clicked.connect(self._switch_target)
        self._alternative = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch_button)
        layout.addWidget(self.browser)
        presenter.reading_updated.connect(self.refresh)
        presenter.matcher_status.connect(lambda *_: self.refresh())
        presenter.target_changed.connect(lambda *_: self.refresh())
        presenter.duties_changed.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self, *_args: Any) -> None:
        """Redraw from the presenter's latest reading."""
        p = self.presenter
        reading = p.reading
        if reading is not None and reading.target != p.target:
            reading = None
        bar = self.browser.verticalScrollBar().value()
        self.browser.setHtml(
            assessment_html(reading, self.catalogue, p.matcher_ready, self._waiting())
        )
        self.browser.verticalScrollBar().setValue(bar)
        alternative = skilled_alternative(getattr(reading, "assessment", None))
        self._alternative = alternative.code if alternative is not None else ""
        if alternative is not None:
            self.switch_button.setText(f"Make {alternative.code} {alternative.title} my target")
            self.switch_button.setAccessibleName(
                f"Use {alternative.code} {alternative.title}, which the duties read as, as the "
                "target NOC"
            )
        self.switch_button.setVisible(alternative is not None)

    def _waiting(self) -> str:
        p = self.presenter
        known = None if self.catalogue is None else self.catalogue.find(p.target) is not None
        written = [d for d in p.position.duties if d.text.strip()]
        included = sum(1 for d in written if d.include)
        return waiting_text(p.target, known, len(written), included)

    def _switch_target(self) -> None:
        if self._alternative:
            self.presenter.set_target(self._alternative)
