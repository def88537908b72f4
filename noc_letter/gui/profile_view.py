"""The NOC profile (lead statement, main duties, titles, requirements, exclusions, data stamp)
and the target's main duties as an "I do this" checklist."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListView, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from noc_letter.gui import translation
from noc_letter.gui.models import MainDutiesModel, eligibility_text

translate = QCoreApplication.translate


def profile_html(group: Any, catalogue: Any) -> str:
    """A unit group's profile as simple HTML (every text escaped), in the window's language:
    the CNP's French text in a French window (requirements and US titles exist in English
    only)."""
    e = html.escape
    lang = translation.current()

    def items(values: Any) -> str:
        return (
            "<ul>" + "".join(f"<li>{e(v)}</li>" for v in values) + "</ul>" if values else "<p>—</p>"
        )

    def heading(text: str) -> str:
        return f"<h4>{e(text)}</h4>"

    duties = [d.text + (f" ({d.subgroup})" if d.subgroup else "") for d in group.duties_in(lang)]
    french = lang == "fr" and bool(group.exclusions_fr)
    exclusions = list(group.exclusions_fr) if french else [x.text for x in group.exclusions]
    us_titles = [us.label for us in group.us_titles]
    attribution = catalogue.attribution_fr if lang == "fr" else catalogue.attribution
    requirements = translate("ProfileView", "Employment requirements")
    if lang != "en":
        requirements = translate("ProfileView", "Employment requirements (in English only)")
    lead = translate("ProfileView", "Lead statement")
    main = translate("ProfileView", "Main duties")
    titles = translate("ProfileView", "Example titles")
    us = translate("ProfileView", "US job titles (SOC 2018, by Statistics Canada's correspondence)")
    excluded = translate("ProfileView", "Exclusions")
    own_words = translate(
        "ProfileView",
        "Do not copy these sentences into the letter: describe what you do in your own words. "
        "Not legal advice.",
    )
    return (
        f"<h3>{e(group.code)} {e(group.title_in(lang))}</h3>"
        f"<p><b>{e(eligibility_text(group.teer, group.eligibility()))}</b></p>"
        f"{heading(lead)}<p>{e(group.lead_in(lang))}</p>"
        f"{heading(main)}{items(duties)}"
        f"{heading(titles)}{items(group.example_titles_in(lang))}"
        f"{heading(us)}{items(us_titles)}"
        f"{heading(requirements)}{items(group.employment_requirements)}"
        f"{heading(excluded)}{items(exclusions)}"
        f"<hr><p><small>{e(catalogue.data_version)}<br>{e(attribution)}</small></p>"
        f"<p><small>{e(own_words)}</small></p>"
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
        self.hint = QLabel(translate("ProfileView", "Choose a target NOC to see its main duties."))
        self.hint.setWordWrap(True)
        self.duty_list = QListView()
        self.duty_list.setModel(self.duties_model)
        self.duty_list.setWordWrap(True)
        self.duty_list.setAccessibleName(
            translate("ProfileView", "Main duties of the target NOC: tick the ones you do")
        )
        layout.addWidget(self.hint)
        layout.addWidget(self.duty_list, 1)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("ProfileView", "NOC profile"))
        self.browser.setOpenLinks(False)
        self.addTab(checklist, translate("ProfileView", "Main duties ✓"))
        self.addTab(self.browser, translate("ProfileView", "Profile"))
        self.setAccessibleName(translate("ProfileView", "Target NOC main duties and profile"))
        presenter.target_changed.connect(self._target_changed)

    def set_catalogue(self, catalogue: Any) -> None:
        """The catalogue is loaded: fill the checklist and profile."""
        self.catalogue = catalogue
        self.duties_model.set_catalogue(catalogue)
        self._target_changed(self.presenter.target)

    def _target_changed(self, code: str) -> None:
        group = self.catalogue.find(code) if self.catalogue and code else None
        if group is None:
            self.hint.setText(
                translate("ProfileView", "Choose a target NOC to see its main duties.")
            )
            return
        self.hint.setText(
            translate(
                "ProfileView",
                "Main duties of {code}. Tick each one you really do: a new row opens for you "
                "to describe it in your own words (the NOC sentence is never copied).",
            ).format(code=group.code)
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
