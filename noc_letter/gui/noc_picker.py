"""Pick the target NOC: one search box (code, NOC 2016 code, title, example title), instant hits."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from noc_letter.core.catalogue_lookup import legacy_notice
from noc_letter.core.french_titles import french_title_hits, search_with_french_titles
from noc_letter.gui import translation
from noc_letter.gui.models import USER, SearchResultsModel, eligibility_text

MAX_HITS = 30
translate = QCoreApplication.translate


class NocPicker(QWidget):
    """Search box + result list + the chosen target; emits `chosen(code)` and `profile(code)`."""

    chosen = Signal(str)
    profile_requested = Signal(str)

    def __init__(self, presenter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            translate("NocPicker", "Search NOC: code, old 4-digit code, job title…")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(translate("NocPicker", "Search NOC occupations"))
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAccessibleName(translate("NocPicker", "NOC search results"))
        self.status = QLabel(translate("NocPicker", "Loading the NOC catalogue…"))
        self.status.setWordWrap(True)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        self.target_label.setAccessibleName(translate("NocPicker", "Chosen target NOC"))
        self.target_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(translate("NocPicker", "Use as &target NOC"))
        self.choose_button.setAccessibleName(
            translate("NocPicker", "Use the selected occupation as the target NOC")
        )
        self.profile_button = QPushButton(translate("NocPicker", "Show &profile"))
        self.profile_button.setAccessibleName(
            translate("NocPicker", "Show the selected occupation's NOC profile")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.search_box,
            self.status,
            self.results,
            self.choose_button,
            self.profile_button,
            self.target_label,
        ):
            layout.addWidget(widget)
        layout.setStretchFactor(self.results, 1)
        self.search_box.textChanged.connect(self.run_search)
        self.search_box.returnPressed.connect(self._choose_first)
        self.results.activated.connect(lambda index: self._choose(index.data(USER)))
        self.results.clicked.connect(lambda index: self.profile_requested.emit(index.data(USER)))
        self.choose_button.clicked.connect(lambda: self._choose(self._selected()))
        self.profile_button.clicked.connect(self._show_profile)
        presenter.search_ready.connect(self._ready)
        presenter.target_changed.connect(self.show_target)

    def _ready(self) -> None:
        self.status.setText(
            translate("NocPicker", "Type to search the %n NOC 2021 occupations.", "", 516)
        )
        catalogue = search_catalogue(self.presenter.search)
        if translation.current() == "fr" and catalogue is not None:
            french_title_hits("", catalogue, 0)  # builds the French title index (0.3 s) now
        self.run_search(self.search_box.text())
        self.show_target(self.presenter.target)

    def run_search(self, text: str) -> None:
        """Search as the person types (sub-millisecond: runs on the GUI thread)."""
        search = self.presenter.search
        if search is None:
            return
        catalogue = search_catalogue(search)
        hits = (
            search_with_french_titles(search, text, catalogue, MAX_HITS, translation.current())
            if text.strip()
            else []
        )
        self.model.catalogue = catalogue
        eligibility = (
            {h.code: catalogue.get(h.code).eligibility() for h in hits} if catalogue else {}
        )
        self.model.set_hits(hits, eligibility)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        notice = legacy_notice(text, catalogue)
        found = translate(
            "NocPicker", "%n found. Enter or double-click chooses the target.", "", len(hits)
        )
        if notice:  # an old 4-digit code: say what it became before the code-prefix hits
            self.status.setText(f"<b>{html.escape(notice)}</b><br>{html.escape(found)}")
        elif text.strip() and not hits:
            self.status.setText(
                translate("NocPicker", "No occupation found; try another word or a code.")
            )
        elif text.strip():
            self.status.setText(found)

    def _selected(self) -> str | None:
        index = self.results.currentIndex()
        return index.data(USER) if index.isValid() else None

    def _choose_first(self) -> None:
        self._choose(self._selected() or (self.model.hits[0].code if self.model.hits else None))

    def _choose(self, code: str | None) -> None:
        if code:
            self.chosen.emit(code)

    def _show_profile(self) -> None:
        code = self._selected() or self.presenter.target
        if code:
            self.profile_requested.emit(code)

    def show_target(self, code: str) -> None:
        """Show the current target with its TEER badge."""
        catalogue = search_catalogue(self.presenter.search)
        group = catalogue.find(code) if catalogue and code else None
        label = html.escape(translate("NocPicker", "Target NOC:"))
        if group is None:
            if not code:
                none = translate("NocPicker", "none chosen yet")
                self.target_label.setText(f"{label} <b>{html.escape(none)}</b>")
                return
            unknown = translate(
                "NocPicker", "is not a NOC 2021 code; search and choose your group."
            )
            self.target_label.setText(f"{label} <b>{html.escape(code)}</b> {html.escape(unknown)}")
            return
        badge = html.escape(eligibility_text(group.teer, group.eligibility()))
        title = html.escape(group.title_in(translation.current()))
        self.target_label.setText(f"{label} <b>{group.code} {title}</b><br>{badge}")

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()


def search_catalogue(search: Any) -> Any:
    """The catalogue behind the search object (None before it is loaded)."""
    if search is None:
        return None
    catalogue = getattr(search, "catalogue", None)
    if catalogue is None:
        from noc_letter.core.catalogue import load_catalogue

        catalogue = load_catalogue()
    return catalogue
