"""The NOC duty checklist's rows: "I do this" opens an own-words row for a main duty (a mixin
of the window's Presenter; it never copies the NOC's sentence into the letter)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from noc_letter.core.letter import Duty

translate = QCoreApplication.translate


class NocDutyRows:
    """Presenter methods for the target's main-duty checklist (uses the Presenter's position,
    _change, remove_duties and its duties_changed and message signals)."""

    position: Any
    duties_changed: Any
    message: Any

    def ticked_noc_duties(self) -> set[str]:
        """The target's main duties the person said they do (rows with that noc_duty)."""
        return {d.noc_duty for d in self.position.duties if d.source == "noc_duty" and d.noc_duty}

    def tick_noc_duty(self, sentence: str, ticked: bool) -> int | None:
        """ "I do this": open an own-words row for a NOC main duty (never copies the sentence).

        Unticking removes the row only while it is still blank; words the person wrote stay.
        Returns the row that was opened or found, if any.
        """
        rows = [i for i, d in enumerate(self.position.duties) if d.noc_duty == sentence]
        if ticked:
            if rows:
                self.duties_changed.emit(self.position_index, rows[0])
                return rows[0]
            row = len(self.position.duties)
            duty = Duty(text="", source="noc_duty", noc_duty=sentence)
            self._change(
                translate("Presenter", "I do this NOC duty"), lambda ds: ds.append(duty), row
            )
            return row
        blank = [r for r in rows if not self.position.duties[r].text.strip()]
        if blank:
            self.remove_duties(blank)
        if len(blank) < len(rows):
            self.message.emit(
                translate(
                    "Presenter",
                    "That duty row has your words, so it stays; delete it in the "
                    "duty list if you no longer do this.",
                )
            )
        return None
