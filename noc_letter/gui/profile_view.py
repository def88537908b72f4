"""The NOC profile (lead statement, main duties, titles, requirements, exclusions, data stamp)
and the target's main duties as an "I do this" checklist."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QLabel, QListView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from noc_letter.gui.models import MainDutiesModel, eligibility_text


def profile_html(group: Any, catalogue: Any) -> str:
    """A unit group's profile as simple HTML (every text escaped)."""
    e = html.escape

    def items(values: Any) -> str:
        return (
            "<ul>" + "".join(f"<li>{e(v)}</li>" for v in values) + "</ul>" if values else "<p>—</p>"
        )

    duties = [d.text + (f" ({d.subgroup})" if d.subgroup else "") for d in group.main_duties]
    exclusions = [x.text for x in group.exclusions]
    us_titles = [us.label for us in group.us_titles]
    return (
        f"<h3>{e(group.code)} {e(group.title)}</h3>"
        f"<p><b>{e(eligibility_text(group.teer, group.eligibility()))}</b></p>"
        f"<h4>Lead statement</h4><p>{e(group.lead_statement)}</p>"
        f"<h4>Main duties</h4>{items(duties)}"
        f"<h4>Example titles</h4>{items(group.example_titles)}"
        f"<h4>US job titles (SOC 2018, by Statistics Canada's correspondence)</h4>"
        f"{items(us_titles)}"
        f"<h4>Employment requirements</h4>{items(group.employment_requirements)}"
        f"<h4>Exclusions</h4>{items(exclusions)}"
        f"<hr><p><small>{e(catalogue.data_version)}<br>{e(catalogue.attribution)}</small></p>"
        "<p><small>Do not copy these sentences into the letter: describe what you do in your "
        "own words. Not legal advice.</small></p>"
    )


class ProfileView(QTabWidget):
    """Two tabs: the main-duty checklist of the target, and the full profile of any group."""

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.catalogue: Any = None
        self.duties_model = MainDutiesModel(presenter, None, self)
        checklist = QWidget()
        layout = QVBoxLayout(checklist)
        layout.setContentsMargins(4, 4, 4, 4)
        self.hint = QLabel("Choose a target NOC to see its main duties.")
        self.hint.setWordWrap(True)
        self.duty_list = QListView()
        self.duty_list.setModel(self.duties_model)
        self.duty_list.setWordWrap(True)
        self.duty_list.setAccessibleName("Main duties of the target NOC: tick the ones you do")
        layout.addWidget(self.hint)
        layout.addWidget(self.duty_list, 1)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("NOC profile")
        self.browser.setOpenLinks(False)
        self.addTab(checklist, "Main duties ✓")
        self.addTab(self.browser, "Profile")
        self.setAccessibleName("Target NOC main duties and profile")
        presenter.target_changed.connect(self._target_changed)

    def set_catalogue(self, catalogue: Any) -> None:
        """The catalogue is loaded: fill the checklist and profile."""
        self.catalogue = catalogue
        self.duties_model.set_catalogue(catalogue)
        self._target_changed(self.presenter.target)

    def _target_changed(self, code: str) -> None:
        group = self.catalogue.find(code) if self.catalogue and code else None
        if group is None:
            self.hint.setText("Choose a target NOC to see its main duties.")
            return
        self.hint.setText(
            f"Main duties of {group.code}. Tick each one you really do: a new row opens for you "
            "to describe it in your own words (the NOC sentence is never copied)."
        )
        self.show_profile(code, switch=False)

    def show_profile(self, code: str, switch: bool = True) -> None:
        """Show a unit group's profile (one click from search results)."""
        group = self.catalogue.find(code) if self.catalogue else None
        if group is None:
            return
        self.browser.setHtml(profile_html(group, self.catalogue))
        if switch:
            self.setCurrentWidget(self.browser)
