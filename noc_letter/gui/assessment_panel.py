"""The whole letter's reading: verdict, lead statement, main duties covered, reads-as top 3,
confidence, and the target side by side with its closest neighbour."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from noc_letter.core.reading_advice import (
    HIGHEST_SKILLED_TEER,
    skilled_alternative,
    skilled_alternative_advice,
)
from noc_letter.gui import translation
from noc_letter.gui.noc_text import noc_title, teer_text

translate = QCoreApplication.translate


def not_advice() -> str:
    """The notice under every reading."""
    return translate(
        "AssessmentPanel",
        "An estimate of how an officer may read the duties, to help you write them truthfully. "
        "Not legal advice; IRCC decides.",
    )


def waiting_text(target: str, known: bool | None, written: int, included: int) -> str:
    """What is still missing before the letter can be read, in the person's terms.

    Args:
        target: the target code ("" when none is chosen).
        known: whether the catalogue has that code (None while the catalogue loads).
        written: duties with text in the position.
        included: of those, the ones ticked "In letter".
    """
    if not target:
        return translate(
            "AssessmentPanel",
            "Choose a target NOC (search on the left) to see how the letter reads.",
        )
    if known is False:
        return translate(
            "AssessmentPanel",
            "{code} is not a NOC 2021 code. Choose your target NOC with the search.",
        ).format(code=target)
    if not written:
        return translate(
            "AssessmentPanel",
            "Write at least one duty (Duties tab) to see how the letter reads as {code}.",
        ).format(code=target)
    if not included and written > 1:
        return translate(
            "AssessmentPanel",
            "All %n duties are unticked, so the letter has none. Tick “In letter” for the "
            "duties the letter should show.",
            "",
            written,
        )
    if not included:
        return translate(
            "AssessmentPanel",
            "Your one duty is unticked, so the letter has none. Tick “In letter” for the "
            "duties the letter should show.",
        )
    return translate("AssessmentPanel", "Reading the letter…")


# What each letter status (matching.status) means, in the words the panel shows.
STATUS_LABELS = {
    "supports_target": QT_TRANSLATE_NOOP("AssessmentPanel", "supports your target"),
    "reads_as_other_skilled": QT_TRANSLATE_NOOP(
        "AssessmentPanel", "reads as another skilled occupation (still counts)"
    ),
    "reads_as_lower_teer": QT_TRANSLATE_NOOP(
        "AssessmentPanel", "reads as a lower-TEER job (does not count)"
    ),
    "too_little": QT_TRANSLATE_NOOP("AssessmentPanel", "too little to tell"),
}


def _named(ref: Any, catalogue: Any) -> str:
    title = noc_title(catalogue, ref.code, ref.title)
    return translate("AssessmentPanel", "{code} {title} (TEER {teer})").format(
        code=ref.code, title=title, teer=ref.teer
    )


def verdict_text(a: Any, catalogue: Any) -> str:
    """The verdict: the core's sentence in English; in French, written here from the status,
    the groups and the coverage (the core's codes and values), as the core writes it."""
    if translation.current() == "en":
        return a.verdict
    if not a.reads_as or a.reads_as[0].score <= 0:
        return translate(
            "AssessmentPanel",
            "The duties are too vague to read as any occupation yet. Add specific duties.",
        )
    target, other = a.target, a.reads_instead
    values = {
        "target": _named(target, catalogue),
        "code": target.code,
        "title": noc_title(catalogue, target.code, target.title),
        "other": _named(other, catalogue) if other is not None else "",
        "other_code": other.code if other is not None else "",
    }
    if a.status == "supports_target":
        sentence = translate("AssessmentPanel", "Supports your target, {target}.")
    elif a.status == "reads_as_other_skilled" and other is not None:
        sentence = translate(
            "AssessmentPanel",
            "Reads more as {other} than your target {code} {title}. {other_code} is also skilled "
            "work (TEER 0–3), so this experience still counts for FSW and CEC, as that "
            "occupation: if it is what you do, consider it as your target; otherwise put the "
            "duties that support {code} first and describe them specifically — only what you "
            "really do.",
        )
    elif a.status == "reads_as_lower_teer" and other is not None:
        sentence = translate(
            "AssessmentPanel",
            "Reads more as {other} than your target {code} {title}. An officer may assume this "
            "lower-TEER job, which does not count as skilled work for Express Entry. Put the "
            "duties that support {code} first and describe them specifically — only what you "
            "really do.",
        )
    else:
        sentence = translate(
            "AssessmentPanel",
            "Too little to tell which occupation this is: the duties are too few or too vague. "
            "Write at least {min} specific duties you really do (what, for whom, with which "
            "tools).",
        )
    from noc_letter.core.matching.status import MIN_DUTIES

    parts = [sentence.format(min=MIN_DUTIES, **values)]
    total = len(a.covered_main_duties)
    covered = translate(
        "AssessmentPanel", "%n of {total} main duties covered;", "", a.covered_count
    )
    lead = (
        translate("AssessmentPanel", "lead statement supported.")
        if a.lead_statement_supported
        else translate("AssessmentPanel", "lead statement not clearly supported.")
    )
    parts.append(f"{covered.format(total=total)} {lead}")
    if a.weights:
        parts.append(
            translate("AssessmentPanel", "Each duty counts by its stated share of working time.")
        )
    if a.needs_review and a.status == "supports_target":
        parts.append(
            translate(
                "AssessmentPanel", "The margin over the next group is small: review it carefully."
            )
        )
    return " ".join(parts)


def alternative_advice(a: Any, other: Any, catalogue: Any) -> str:
    """The advice for a letter that reads as another skilled group (core's in English)."""
    if translation.current() == "en":
        return skilled_alternative_advice(a, other)
    target = a.target
    text = (
        translate(
            "AssessmentPanel",
            "As a whole, the duties read more as {other_code} {other_title} than as your target "
            "{code} {title}. {other_code} is TEER {teer}, which also counts as skilled work for "
            "Express Entry (FSW and CEC): if it describes your job better, choose {other_code} "
            "as your target NOC. If {code} is right, put the duties that support it first and "
            "describe them specifically — only what you really do.",
        )
        if target.teer <= HIGHEST_SKILLED_TEER
        else translate(
            "AssessmentPanel",
            "As a whole, the duties read more as {other_code} {other_title} than as your target "
            "{code} {title}. {other_code} is TEER {teer}, which counts as skilled work for "
            "Express Entry (FSW and CEC): if it describes your job better, choose {other_code} "
            "as your target NOC. If {code} is right, put the duties that support it first and "
            "describe them specifically — only what you really do.",
        )
    )
    return text.format(
        other_code=other.code,
        other_title=noc_title(catalogue, other.code, other.title),
        code=target.code,
        title=noc_title(catalogue, target.code, target.title),
        teer=other.teer,
    )


def assessment_html(
    reading: Any, catalogue: Any, matcher_ready: bool, waiting: str | None = None
) -> str:
    """The reading as HTML; plain words and marks carry the meaning, not colour.

    `waiting` (see waiting_text) is shown while there is no reading."""
    e = html.escape
    notice = f"<p><small>{e(not_advice())}</small></p>"
    if not matcher_ready:
        loading = translate("AssessmentPanel", "The duty matcher is loading…")
        return f"<p>{e(loading)}</p>{notice}"
    a = getattr(reading, "assessment", None)
    if a is None:
        waiting = waiting or translate("AssessmentPanel", "Reading the letter…")
        return f"<p>{e(waiting)}</p>{notice}"
    target_title = noc_title(catalogue, a.target.code, a.target.title)
    heading = translate("AssessmentPanel", "Reading against {code} {title} (TEER {teer})").format(
        code=a.target.code, title=target_title, teer=a.target.teer
    )
    parts = [f"<h3>{e(heading)}</h3>"]
    alternative = skilled_alternative(a)
    if alternative is not None:
        parts.append(f"<p><b>{e(alternative_advice(a, alternative, catalogue))}</b></p>")
    else:
        parts.append(f"<p>{e(verdict_text(a, catalogue))}</p>")
    label = STATUS_LABELS.get(getattr(a, "status", ""), "")
    if label:
        status = translate("AssessmentPanel", "Status: {status}").format(
            status=translate("AssessmentPanel", label)
        )
        parts.insert(1, f"<p><b>{e(status)}</b></p>")
    review = translate("AssessmentPanel", " — needs review") if a.needs_review else ""
    confidence = translate("AssessmentPanel", "Confidence:")
    parts.append(f"<p><b>{e(confidence)}</b> {a.confidence:.0%}{e(review)}</p>")
    reads_as = translate("AssessmentPanel", "Reads as")
    parts.append(f"<p><b>{e(reads_as)}</b></p><ol>")
    for ref in a.reads_as:
        mark = translate("AssessmentPanel", " ← your target") if ref.code == a.target.code else ""
        skilled = (
            translate("AssessmentPanel", "skilled")
            if ref.teer <= 3
            else translate("AssessmentPanel", "not skilled")
        )
        title = noc_title(catalogue, ref.code, ref.title)
        line = translate("AssessmentPanel", "{code} {title} (TEER {teer}, {skilled})").format(
            code=ref.code, title=title, teer=ref.teer, skilled=skilled
        )
        parts.append(f"<li>{e(line)}{e(mark)}</li>")
    parts.append("</ol>")
    confusables = [c for c in getattr(a, "confusables", ()) if c.coverage > 0]
    if confusables:
        heading = translate("AssessmentPanel", "Groups it could be taken for")
        share = translate("AssessmentPanel", "(share of their main duties)")
        parts.append(f"<p><b>{e(heading)}</b> {e(share)}</p><ul>")
        for c in sorted(confusables, key=lambda c: -c.coverage)[:4]:
            line = translate(
                "AssessmentPanel", "{code} {title} (TEER {teer}): {share} covered"
            ).format(
                code=c.code,
                title=noc_title(catalogue, c.code, c.title),
                teer=c.teer,
                share=f"{c.coverage:.0%}",
            )
            parts.append(f"<li>{e(line)}</li>")
        parts.append("</ul>")
    weights = getattr(a, "weights", ())
    if weights:
        shares = ", ".join(f"{i + 1}: {w:g} %" for i, w in enumerate(weights))
        counted = translate("AssessmentPanel", "Each duty counted by its share of time:")
        rule = translate(
            "AssessmentPanel",
            "(a duty without a stated share gets an even part of what is left of 100 %)",
        )
        parts.append(f"<p><b>{e(counted)}</b> {e(shares)} {e(rule)}</p>")
    lead = (
        translate("AssessmentPanel", "✓ yes")
        if a.lead_statement_supported
        else translate("AssessmentPanel", "✗ no")
    )
    lead_label = translate("AssessmentPanel", "Lead statement supported:")
    parts.append(f"<p><b>{e(lead_label)}</b> {e(lead)}</p><ul>")
    for text, ok in a.lead_statement_parts:
        parts.append(f"<li>{'✓' if ok else '✗'} {e(text)}</li>")
    parts.append("</ul>")
    total = len(a.covered_main_duties)
    covered_label = translate("AssessmentPanel", "Main duties covered:")
    count = translate("AssessmentPanel", "{covered} of {total}").format(
        covered=a.covered_count, total=total
    )
    parts.append(f"<p><b>{e(covered_label)}</b> {e(count)}</p><ul>")
    for duty in a.covered_main_duties:
        by = ", ".join(str(i + 1) for i in duty.covered_by)
        if not duty.covered:
            mark = translate("AssessmentPanel", "✗ not in your duties")
        elif len(duty.covered_by) > 1:
            mark = translate("AssessmentPanel", "✓ covered by your duties {rows}").format(rows=by)
        else:
            mark = translate("AssessmentPanel", "✓ covered by your duty {rows}").format(rows=by)
        noc = translate("AssessmentPanel", "NOC:")
        parts.append(f"<li>{e(noc)} <i>{e(duty.text)}</i><br><b>{e(mark)}</b></li>")
    parts.append("</ul>")
    parts.append(side_by_side_html(a, catalogue))
    parts.append(notice)
    return "".join(parts)


def side_by_side_html(a: Any, catalogue: Any) -> str:
    """Target and closest neighbour in two columns: TEER, lead statement, main duties."""
    e = html.escape
    lang = translation.current()
    neighbour = a.closest_neighbour
    target = catalogue.find(a.target.code) if catalogue else None
    other = catalogue.find(neighbour.code) if catalogue and neighbour else None
    if target is None or other is None:
        return ""
    covered_rows = {d.index for d in a.covered_main_duties if d.covered}
    covered_texts = {d.text for d in a.covered_main_duties if d.covered}

    def column(group: Any, mark: bool) -> str:
        shown = group.duties_in(lang)
        same = shown == group.main_duties  # the core's indexes point into the English list

        def ticked(i: int, text: str) -> bool:
            return mark and (i in covered_rows if same else text in covered_texts)

        duties = "".join(
            f"<li>{'✓ ' if ticked(i, d.text) else ''}{e(d.text)}</li>" for i, d in enumerate(shown)
        )
        skilled = (
            translate("AssessmentPanel", "skilled")
            if group.skilled
            else translate("AssessmentPanel", "not skilled for FSW/CEC")
        )
        return (
            f"<b>{e(group.code)} {e(group.title_in(lang))}</b><br>{e(teer_text(group.teer))} · "
            f"{e(skilled)}<br><i>{e(group.lead_in(lang))}</i><ul>{duties}</ul>"
        )

    heading = translate("AssessmentPanel", "Your target beside its closest neighbour")
    return (
        f"<h4>{e(heading)}</h4>"
        "<table width='100%' cellspacing='4' cellpadding='4' border='1'><tr>"
        f"<td width='50%' valign='top'>{column(target, True)}</td>"
        f"<td width='50%' valign='top'>{column(other, False)}</td></tr></table>"
    )


class ElidedButton(QPushButton):
    """A button whose long text ends in "…" instead of widening the panel (a French group
    title can be 100 characters); the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        """Show `text`, cut to the button's width."""
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(40, self.width() - 24)
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        )


class AssessmentPanel(QWidget):
    """Shows the latest LetterReading; updates when the presenter delivers a new one. When the
    duties read as another skilled group, a button makes that group the target (undoable)."""

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.catalogue: Any = None
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(
            translate("AssessmentPanel", "Assessment of the whole letter")
        )
        self.switch_button = ElidedButton()
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
            title = noc_title(self.catalogue, alternative.code, alternative.title)
            self.switch_button.set_full_text(
                translate("AssessmentPanel", "Make {code} {title} my target").format(
                    code=alternative.code, title=title
                )
            )
            self.switch_button.setAccessibleName(
                translate(
                    "AssessmentPanel",
                    "Use {code} {title}, which the duties read as, as the target NOC",
                ).format(code=alternative.code, title=title)
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
