"""The main window: layout, menus, shortcuts, status bar; dialogs for the file actions."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTabWidget,
    QWidget,
)

from noc_letter.gui import translation, window_geometry
from noc_letter.gui.assessment_panel import AssessmentPanel
from noc_letter.gui.duty_editor import DutyEditor
from noc_letter.gui.files import FileActions
from noc_letter.gui.findings_panel import FindingsPanel
from noc_letter.gui.letter_form import LetterForm
from noc_letter.gui.noc_picker import NocPicker, search_catalogue
from noc_letter.gui.presenter import Presenter
from noc_letter.gui.preview import LetterPreview
from noc_letter.gui.profile_view import ProfileView
from noc_letter.gui.settings import Settings

translate = QCoreApplication.translate
# Said in the newly chosen language (not the window's) when the language changes in Settings.
NEXT_START = {
    "en": QT_TRANSLATE_NOOP(
        "MainWindow", "The window will be in English the next time you start NOC Letter Builder."
    ),
    "fr": QT_TRANSLATE_NOOP(
        "MainWindow", "The window will be in French the next time you start NOC Letter Builder."
    ),
}


def app_title() -> str:
    """The application's name as the window shows it."""
    return translate("MainWindow", "NOC Letter Builder")


def project_filter() -> str:
    """The file dialogs' filter for project files."""
    return translate("MainWindow", "NOC letter projects (*.nocletter);;All files (*)")


class MainWindow(QMainWindow):
    """Wires the presenter and file actions to the widgets; implements the FileView dialogs."""

    remember_geometry = True  # the screenshot command turns it off: it is not the user's window

    def __init__(self, runner: Any, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(app_title())
        self.settings = settings
        self.presenter = Presenter(runner, self)
        self.files = FileActions(self.presenter, self, settings)
        p = self.presenter
        self.picker = NocPicker(p)
        self.profile = ProfileView(p)
        self.duties = DutyEditor(p)
        self.form = LetterForm(p)
        self.findings = FindingsPanel(p)
        self.preview = LetterPreview(p)
        self.assessment = AssessmentPanel(p)
        self._layout()
        self._status_bar()
        self._actions()
        self.picker.chosen.connect(p.set_target)
        self.picker.profile_requested.connect(self.profile.show_profile)
        self.findings.go_to.connect(self.go_to_field)
        p.search_ready.connect(self._catalogue_ready)
        p.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        p.undo.cleanChanged.connect(self._update_title)
        self.files.saved.connect(self.saved_label.setText)
        self.files.recent_changed.connect(self._fill_recent)
        runner.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        p.project_replaced.connect(self._update_title)  # opened or new: its name at once
        self.files.saved.connect(self._update_title)  # saved under a new name
        self.form.load()
        self._update_title()
        window_geometry.restore(self, settings.folder)

    # ------------------------------------------------------------------------------- layout

    def _layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.picker)
        left.addWidget(self.profile)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.addWidget(self.form)
        details.addWidget(self.findings)
        details.setStretchFactor(0, 3)
        details.setStretchFactor(1, 2)
        details.setSizes([420, 260])
        self.tabs = QTabWidget()
        self.tabs.addTab(self.duties, translate("MainWindow", "&Duties"))
        self.tabs.addTab(details, translate("MainWindow", "&Letter details"))
        self.tabs.addTab(self.preview, translate("MainWindow", "Pre&view"))
        self.tabs.setAccessibleName(translate("MainWindow", "Duties, letter details and preview"))
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(self.tabs)
        main.addWidget(self.assessment)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 5)
        main.setStretchFactor(2, 2)
        main.setSizes([300, 680, 300])
        self.main_split = main
        self.setCentralWidget(main)
        QWidget.setTabOrder(self.picker.search_box, self.picker.results)
        QWidget.setTabOrder(self.picker.results, self.tabs)

    def _status_bar(self) -> None:
        bar = self.statusBar()
        self.matcher_label = QLabel(translate("MainWindow", "Starting…"))
        self.matcher_label.setAccessibleName(translate("MainWindow", "Matcher status"))
        self.saved_label = QLabel(translate("FileActions", "Not saved yet"))
        self.saved_label.setAccessibleName(translate("MainWindow", "Last saved"))
        advice = QLabel(translate("MainWindow", "Not legal advice"))
        advice.setAccessibleName(advice.text())
        bar.addPermanentWidget(self.matcher_label)
        bar.addPermanentWidget(self.saved_label)
        bar.addPermanentWidget(advice)
        self.presenter.matcher_status.connect(lambda text, _ok: self.matcher_label.setText(text))

    def _action(
        self, menu: Any, text: str, slot: Any, keys: Any = None, icon: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    def _actions(self) -> None:
        f, sp = self.files, QStyle.StandardPixmap
        bar = self.menuBar()
        file = bar.addMenu(translate("MainWindow", "&File"))
        new = self._action(
            file,
            translate("MainWindow", "&New"),
            f.new,
            QKeySequence.StandardKey.New,
            sp.SP_FileIcon,
        )
        open_ = self._action(
            file,
            translate("MainWindow", "&Open…"),
            f.open,
            QKeySequence.StandardKey.Open,
            sp.SP_DialogOpenButton,
        )
        self.recent_menu = file.addMenu(translate("MainWindow", "Open &recent"))
        save = self._action(
            file,
            translate("MainWindow", "&Save"),
            f.save,
            QKeySequence.StandardKey.Save,
            sp.SP_DialogSaveButton,
        )
        self._action(file, translate("MainWindow", "Save &as…"), f.save_as, "Ctrl+Shift+S")
        file.addSeparator()
        export = self._action(
            file,
            translate("MainWindow", "&Export letter (DOCX)…"),
            f.export_docx,
            "Ctrl+E",
            sp.SP_ArrowDown,
        )
        self._action(
            file,
            translate("MainWindow", "Export for the &employer to complete…"),
            lambda: f.export_docx(employer_template=True),
        )
        self._action(
            file,
            translate("MainWindow", "Export with my own &template…"),
            self.export_with_template,
        )
        self._action(file, translate("MainWindow", "Save checklist as &PDF…"), f.save_checklist_pdf)
        self._action(
            file,
            translate("MainWindow", "&Print checklist…"),
            self.print_checklist,
            QKeySequence.StandardKey.Print,
        )
        file.addSeparator()
        self._action(
            file, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        edit = bar.addMenu(translate("MainWindow", "&Edit"))
        undo = self.presenter.undo.createUndoAction(self, translate("MainWindow", "&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.presenter.undo.createRedoAction(self, translate("MainWindow", "&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit.addActions([undo, redo])
        edit.addSeparator()
        self._action(
            edit,
            translate("MainWindow", "&Find NOC"),
            self.picker.focus_search,
            QKeySequence.StandardKey.Find,
        )
        self._action(
            edit, translate("MainWindow", "&Add duty"), self.duties.add_button.click, "Ctrl+D"
        )
        self._action(
            edit, translate("MainWindow", "&Suggest wording"), self.duties.suggest, "Ctrl+R"
        )
        view = bar.addMenu(translate("MainWindow", "&View"))
        for i in range(self.tabs.count()):
            name = self.tabs.tabText(i)
            self._action(view, name, lambda i=i: self.tabs.setCurrentIndex(i), f"Alt+{i + 1}")
        self._action(
            view,
            translate("MainWindow", "NOC &profile"),
            lambda: self.profile.setCurrentIndex(1),
            "Ctrl+I",
        )
        self.settings_menu = bar.addMenu(translate("MainWindow", "Se&ttings"))
        self._language_menu(self.settings_menu.addMenu(translate("MainWindow", "&Language")))
        help_ = bar.addMenu(translate("MainWindow", "&Help"))
        self._action(help_, translate("MainWindow", "&About"), self.about)
        undo.setIcon(self.style().standardIcon(sp.SP_ArrowBack))
        redo.setIcon(self.style().standardIcon(sp.SP_ArrowForward))
        tools = self.addToolBar(translate("MainWindow", "Main"))
        tools.setObjectName("main-toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tools.addActions([new, open_, save, undo, redo, export])
        self._fill_recent()

    def _language_menu(self, menu: Any) -> None:
        """English, Français or the system's language; the choice is kept in the settings."""
        group = QActionGroup(self)
        group.setExclusive(True)
        chosen = self.settings.get_str("language")
        self.language_actions: dict[str, QAction] = {}
        system = translation.LANGUAGE_CHOICES[1 if translation.system_lang() == "en" else 2][1]
        for value, name in translation.LANGUAGE_CHOICES:
            text = name or translate("MainWindow", "System language ({language})").format(
                language=system
            )
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(value == chosen)
            action.triggered.connect(lambda _=False, v=value: self.choose_language(v))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[value] = action

    def choose_language(self, value: str) -> None:
        """Keep the window's language ("", "en" or "fr"); when it changes what the window
        shows, say (in that language) that it applies at the next start."""
        self.settings.set("language", value)
        self.language_actions[value].setChecked(True)
        lang = translation.choose_lang(None, value)
        if lang == translation.current():
            return
        text = translation.translate_in(lang, "MainWindow", NEXT_START[lang])
        self.statusBar().showMessage(text, 15000)
        QMessageBox.information(
            self, translation.translate_in(lang, "MainWindow", "NOC Letter Builder"), text
        )

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            self._action(self.recent_menu, path, lambda p=path: self.files.open(p))
        self.recent_menu.setEnabled(bool(recent))

    # ------------------------------------------------------------------------------ reactions

    def _catalogue_ready(self) -> None:
        catalogue = search_catalogue(self.presenter.search)
        self.profile.set_catalogue(catalogue)
        self.assessment.catalogue = catalogue
        self.assessment.refresh()

    def _update_title(self, *_args: Any) -> None:
        untitled = translate("MainWindow", "Untitled")
        name = Path(self.presenter.path).name if self.presenter.path else untitled
        self.setWindowTitle(f"{name}[*] — {app_title()}")
        self.setWindowModified(self.presenter.dirty)

    def go_to_field(self, field: str) -> None:
        """Jump to the editor of a finding's field (duties go to the duty list, and a finding
        about one duty selects it)."""
        if ".duties" in field or field.endswith("duties"):
            match = re.match(r"^positions\[(\d+)\]\.duties(?:\[(\d+)\])?", field)
            if match:
                self.presenter.select_position(int(match.group(1)))
                if match.group(2) is not None:
                    self.duties.select(int(match.group(2)), move_cursor=True)
            self.tabs.setCurrentWidget(self.duties)
            self.duties.table.setFocus()
            return
        self.tabs.setCurrentIndex(1)
        self.form.go_to(field)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.files.close():
            if self.remember_geometry:
                window_geometry.remember(self, self.settings.folder)
            self.presenter.shutdown()
            event.accept()
        else:
            event.ignore()

    # ----------------------------------------------------------------------------- dialogs

    def ask_save_changes(self) -> str:
        """Save, discard or cancel unsaved changes."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self,
            app_title(),
            translate("MainWindow", "Save the changes to this letter?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(answer, "cancel")

    def ask_open_path(self) -> str | None:
        """Pick a project to open."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open project"),
            self.settings.get_str("last_folder"),
            project_filter(),
        )
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        """Pick where to save the project."""
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Save project"), suggested, project_filter()
        )
        return path or None

    def ask_export_path(self, suggested: str, kind: str) -> str | None:
        """Pick where to write an export."""
        filters = {
            "docx": translate("MainWindow", "Word document (*.docx)"),
            "pdf": translate("MainWindow", "PDF (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "Export"), suggested, filters.get(kind, "")
        )
        return path or None

    def ask_restore(self, recoveries: list[Any]) -> bool:
        """Offer to restore work a crashed session left."""
        text = translate(
            "MainWindow", "NOC Letter Builder did not close normally. Restore the unsaved work?"
        )
        text += "\n\n" + "\n".join(_describe(r) for r in recoveries[:5])
        answer = QMessageBox.question(self, app_title(), text)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, title: str, message: str) -> None:
        """Tell the person what went wrong (the window keeps running)."""
        QMessageBox.warning(self, title, message)

    def show_info(self, title: str, message: str) -> None:
        """Tell the person something finished."""
        QMessageBox.information(self, title, message)

    def export_with_template(self) -> None:
        """Export with a DOCX template the person picks."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Letter template"),
            "",
            translate("MainWindow", "Word document (*.docx)"),
        )
        if path:
            self.files.export_docx(template=path)

    def print_checklist(self) -> None:
        """Print (or save as PDF) the checklist through Qt's print preview dialog."""
        self.files.build_checklist(self._print_preview)

    def _print_preview(self, checklist: Any) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from noc_letter.gui.checklist_pdf import checklist_html

        document = QTextDocument()
        document.setHtml(checklist_html(checklist))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(document.print_)
        dialog.exec()

    def about(self) -> None:
        """Version, data stamp, attribution and the not-legal-advice notice."""
        from noc_letter import __version__

        catalogue = search_catalogue(self.presenter.search)
        attribution = (
            (catalogue.attribution_fr if translation.current() == "fr" else catalogue.attribution)
            if catalogue
            else ""
        )
        stamp = f"\n\n{catalogue.data_version}\n{attribution}" if catalogue else ""
        text = translate(
            "MainWindow",
            "{app} {version}\nHelps write an honest employer reference letter. Not legal advice.",
        ).format(app=app_title(), version=__version__)
        QMessageBox.about(self, app_title(), text + stamp)


def _describe(recovery: Any) -> str:
    """One line of the restore prompt: the file's name and when it was autosaved."""
    import time

    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovery.saved_at))
    if recovery.original:
        return translate("MainWindow", "{name}, autosaved {when}").format(
            name=Path(recovery.original).name, when=when
        )
    return translate("MainWindow", "an unsaved project, autosaved {when}").format(when=when)
