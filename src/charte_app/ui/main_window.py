"""The main window: home screen and wizard in one stack, menus, undo/redo, autosave marker.

Layout comes from ``forms/main_window.ui``. The window receives the
:class:`DossierService` and the data directory; it hands each view only what
that view needs (the home gets the service, the steps a :class:`StepContext`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QWidget

from charte_app.domain.canonical import short_fingerprint
from charte_app.errors import DamagedDatabase, UserError

from . import dialogs, i18n
from .autosave import Autosaver, SaveState
from .editor import DossierEditor
from .generated.ui_main_window import Ui_MainWindow
from .home import HomeView, import_into
from .notice import NoticeBar
from .session import GEOMETRY, LANGUAGE, LAST_DOSSIER, LAST_STEP, MEETING_MODE, Preferences
from .shortcuts import install_undo_filter
from .steps.base import StepContext
from .wizard import WizardView

if TYPE_CHECKING:
    from charte_app.services.dossiers import DossierService

#: How long after the window's first paint the database layer starts loading (idle time).
WARM_UP_DELAY_MS = 250

log = logging.getLogger(__name__)

APP_TITLE = "Charte"
#: Where the last dossier was kept before it became a per-user preference (read once as a fallback).
LAST_DOSSIER_KEY = "last_dossier"
MEETING_MODE_KEY = "meeting_mode"
#: Font scale of the "mode réunion" (projector).
MEETING_SCALE = 1.5


def _short_who() -> str:
    from charte_app.services.dossiers import who_saves

    return who_saves().split(" (")[0]


class MainWindow(QMainWindow):
    """Home + wizard. ``language_requested`` asks the application to rebuild the window in a language."""

    language_requested = Signal(str)
    # A backup (:class:`charte_app.storage.backups.Backup`) to put in place: the application closes the
    # database, restores it, and rebuilds the window on the restored one.
    restore_requested = Signal(object)

    def __init__(
        self,
        service: DossierService,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
        *,
        install_language: Callable[[str], object] | None = None,
    ) -> None:
        """``install_language``: called with the user's language before any widget is built (their texts
        are translated at creation); the application passes its translators' installer."""
        super().__init__(parent)
        self.service = service
        self.data_dir = data_dir
        self.preferences = Preferences(data_dir)
        if install_language is not None:
            install_language(self.language())
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        f = self.form
        self.editor = DossierEditor(parent=self)
        self.ctx = StepContext(editor=self.editor, service=service, data_dir=data_dir)
        # Step 12 (Versions, avis et signature) offers the window's own actions.
        self.ctx.extras.update(
            create_version=self.create_version,
            record_decisions=lambda: self._open_versions_view("history"),
            print_originals=self.print_originals,
        )
        self.home = HomeView(service)
        self.wizard = WizardView(self.ctx)
        f.stack.addWidget(self.home)
        f.stack.addWidget(self.wizard)
        self.notice = NoticeBar()
        f.centralLayout.insertWidget(0, self.notice)
        self.wizard.step_changed.connect(self._remember_step)
        self.autosaver = Autosaver(self.editor, service.save_draft, parent=self)
        self.autosaver.state_changed.connect(lambda _s: self._update_title())
        self.autosaver.conflict.connect(lambda _exc: QTimer.singleShot(0, self, self.resolve_conflict))
        self.editor.changed.connect(self._on_edit)
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("État de l'enregistrement"))
        f.statusbar.addPermanentWidget(self.save_label)
        self._setup_edit_menu()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_undo_filter(app)
        self._setup_actions()
        self.home.open_requested.connect(self.open_dossier)
        self.show_home()
        self.resize(1280, 720)
        # The database layer loads once the window is painted (see eventFilter): not before the first paint,
        # not on the first save either.
        self._warm_up_pending = True
        self._warm_up_held = False
        self._painted_while_held = False
        self._previewing = False  # a file's draft shown before it is imported (preview_file)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._warm_up_pending and watched is self and event.type() == QEvent.Type.Paint:
            if self._warm_up_held:
                self._painted_while_held = True
            else:
                self._start_warm_up()
        return super().eventFilter(watched, event)

    def hold_warm_up(self) -> None:
        """Paints do not start loading the database layer until :meth:`release_warm_up`.

        ``open FILE`` paints the file's draft while it waits for the window system (``paint_now``):
        a step of the warm-up run there (importing SQLAlchemy: a tenth of a second) would come before
        the dossier is on screen.
        """
        self._warm_up_held = True

    def release_warm_up(self) -> None:
        """Start the warm-up held by :meth:`hold_warm_up` if a paint was held back; else the next paint will."""
        self._warm_up_held = False
        if self._warm_up_pending and self._painted_while_held:
            self._start_warm_up()

    def _start_warm_up(self) -> None:
        self._warm_up_pending = False
        self.removeEventFilter(self)
        # Not at once: the first step (importing SQLAlchemy) holds the UI thread a tenth of a second,
        # and the window system must first put the painted window on screen.
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def _warm_up(self, steps: Iterator[None] | None = None) -> None:
        """One step of loading the database layer, then the next one in the next idle moment."""
        try:
            if steps is None:
                steps = self.service.warm_up()
            next(steps)
        except StopIteration:
            return
        except DamagedDatabase as exc:  # found by the check made in idle time, before any save
            self.database_damaged(exc)
            return
        except Exception:  # noqa: BLE001 - only a head start: the first save loads it again and reports failures
            log.exception("Loading the database layer in idle time failed")
            return
        QTimer.singleShot(0, self, lambda: self._warm_up(steps))

    # --- menus ---------------------------------------------------------------------------
    def _setup_edit_menu(self) -> None:
        stack = self.editor.undo_stack
        self.undo_action = QAction(self.tr("&Annuler"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self.tr("&Rétablir"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.form.menuEdit.addAction(self.undo_action)
        self.form.menuEdit.addAction(self.redo_action)

    def undo(self) -> None:
        """Undo, then show where: the step opens, the record is selected, the status bar names both."""
        stack = self.editor.undo_stack
        text = stack.undoText()
        if stack.canUndo():
            stack.undo()
            self._show_where(self.tr("Annulé : {action}").format(action=text))

    def redo(self) -> None:
        stack = self.editor.undo_stack
        text = stack.redoText()
        if stack.canRedo():
            stack.redo()
            self._show_where(self.tr("Rétabli : {action}").format(action=text))

    def _show_where(self, done: str) -> None:
        touched = self.editor.last_touched
        step = self.wizard.reveal(*touched) if touched is not None and self.dossier_open() else None
        message = self.tr("{done} (étape {step})").format(done=done, step=step) if step else done
        self.form.statusbar.showMessage(message, 8000)

    def _undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Annuler : {action}").format(action=text) if text else self.tr("&Annuler"))

    def _redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Rétablir : {action}").format(action=text) if text else self.tr("&Rétablir"))

    def _setup_actions(self) -> None:
        f = self.form
        f.actionNew.triggered.connect(self.new_dossier)
        f.actionImport.triggered.connect(self.import_file)
        f.actionSaveAs.triggered.connect(self.save_as)
        f.actionRestoreBackup.triggered.connect(self.restore_backup)
        f.actionHome.triggered.connect(self.show_home)
        f.actionQuit.triggered.connect(self.close)
        self.letterhead_action = QAction(self.tr("Papier à &en-tête…"), self)
        self.letterhead_action.triggered.connect(self.choose_letterhead)
        f.menuFile.insertAction(f.actionQuit, self.letterhead_action)
        # Partners without the application (issue 24): forms out, answers and Word remarks back.
        self.partner_forms_action = QAction(self.tr("&Formulaires partenaires…"), self)
        self.partner_forms_action.triggered.connect(self.partner_forms)
        self.collect_answers_action = QAction(self.tr("Intégrer les ré&ponses…"), self)
        self.collect_answers_action.triggered.connect(self.collect_answers)
        self.word_remarks_action = QAction(self.tr("Importer les remarques d'un document &Word…"), self)
        self.word_remarks_action.triggered.connect(self.word_remarks)
        for action in (self.partner_forms_action, self.collect_answers_action, self.word_remarks_action):
            f.menuFile.insertAction(f.actionQuit, action)
        f.actionMeetingMode.toggled.connect(self.set_meeting_mode)
        f.actionGuidance.toggled.connect(self.wizard.set_guidance_visible)
        f.actionNextStep.triggered.connect(self.wizard.next_step)
        f.actionPreviousStep.triggered.connect(self.wizard.previous_step)
        group = QActionGroup(self)
        for action, code in ((f.actionFrench, "fr"), (f.actionEnglish, "en")):
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
        (f.actionEnglish if self.language() == "en" else f.actionFrench).setChecked(True)
        self.steps_action = QAction(self.tr("Aller à la liste des é&tapes"), self)
        self.steps_action.setShortcut(QKeySequence("Ctrl+E"))
        self.steps_action.triggered.connect(self._focus_steps)
        f.menuView.insertAction(f.actionPreviousStep, self.steps_action)
        f.actionCreateVersion.triggered.connect(self.create_version)
        f.actionHistory.triggered.connect(lambda: self._open_versions_view("history"))
        f.actionCompare.triggered.connect(lambda: self._open_versions_view("compare"))
        f.actionVerify.triggered.connect(lambda: self._open_versions_view("verify"))
        f.actionAbout.triggered.connect(self.about)
        self.print_originals_action = QAction(self.tr("Imprimer les &originaux…"), self)
        self.print_originals_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_originals_action.triggered.connect(self.print_originals)
        f.menuVersions.insertAction(f.actionCompare, self.print_originals_action)
        self.guide_action = QAction(self.tr("&Guide"), self)
        self.guide_action.setShortcut(QKeySequence("Shift+F1"))
        self.guide_action.triggered.connect(self.show_guide)
        f.menuHelp.insertAction(f.actionAbout, self.guide_action)
        # Every action of the menus has a shortcut, shown beside it (keyboard users, issue 21).
        for action, keys in (
            (f.actionRestoreBackup, "Ctrl+Shift+R"),
            (self.letterhead_action, "Ctrl+Shift+L"),
            (self.partner_forms_action, "Ctrl+Shift+P"),
            (self.collect_answers_action, "Ctrl+Shift+I"),
            (self.word_remarks_action, "Ctrl+Shift+W"),
            (f.actionFrench, "Ctrl+Shift+F"),
            (f.actionEnglish, "Ctrl+Shift+E"),
            (f.actionCompare, "Ctrl+Shift+D"),
            (f.actionVerify, "Ctrl+Shift+K"),
            (f.actionAbout, "Ctrl+F1"),
        ):
            if action.shortcut().isEmpty():
                action.setShortcut(QKeySequence(keys))
        self.ctx.extras["shortcuts"] = {
            "create_version": f.actionCreateVersion.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            "record_decisions": f.actionHistory.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            "print_originals": self.print_originals_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
        }
        if self.preferences.adopt(MEETING_MODE, lambda: self.service.get_setting(MEETING_MODE_KEY), "0") == "1":
            f.actionMeetingMode.blockSignals(True)  # already stored: nothing to write at start-up
            f.actionMeetingMode.setChecked(True)
            f.actionMeetingMode.blockSignals(False)
            self.set_meeting_mode(True, remember=False)

    # --- state shown ------------------------------------------------------------------------
    def dossier_open(self) -> bool:
        return self.form.stack.currentWidget() is self.wizard

    def _on_edit(self, target: object, attr: object) -> None:
        if attr == "title" and target is self.editor.dossier:
            self._update_title()

    def _update_title(self) -> None:
        state = self.autosaver.state
        if not self.dossier_open():
            self.setWindowTitle(APP_TITLE)
            self.save_label.clear()
            return
        marker = "" if state == SaveState.SAVED else "• "
        self.setWindowTitle(f"{marker}{self.editor.dossier.title} – {APP_TITLE}")
        to_fix = len(self.autosaver.problems)
        saved = self.tr("Enregistré")
        if to_fix == 1:
            saved = self.tr("Enregistré – 1 point à corriger")
        elif to_fix > 1:
            saved = self.tr("Enregistré – {count} points à corriger").format(count=to_fix)
        texts = {
            SaveState.SAVED: saved,
            SaveState.PENDING: self.tr("Modifications en cours d'enregistrement…"),
            SaveState.INVALID: self.tr("Non enregistré : {reason}").format(reason=self.autosaver.last_error),
            # The first line only: a status bar shows one line (a damaged database's message goes on to
            # say where the backup is, which the restore dialog shows anyway).
            SaveState.FAILED: self.tr("Non enregistré : {reason}").format(
                reason=(self.autosaver.last_error.splitlines() or [""])[0]
            ),
            SaveState.CONFLICT: self.tr("Non enregistré : quelqu'un d'autre a modifié ce dossier"),
        }
        self.save_label.setText(texts[state])
        self.save_label.setStyleSheet("" if state in (SaveState.SAVED, SaveState.PENDING) else "color: #b00020;")

    def save_state_text(self) -> str:
        return self.save_label.text()

    # --- dossiers ----------------------------------------------------------------------------
    def _leave_dossier(self) -> bool:
        """Store pending edits; True when it is safe to show something else (or to quit).

        Work that can be stored is always stored, errors and all: there is nothing to abandon. A
        conflict with someone else's save is settled first. Only when the store itself fails (disk
        full, database damaged or locked) is the draft written to a rescue file before leaving.
        """
        if not self.dossier_open():
            return True
        state = self.autosaver.flush()
        if state == SaveState.CONFLICT:
            self.resolve_conflict()
            state = self.autosaver.flush()
        if state == SaveState.SAVED:
            return True
        rescue = self._write_rescue_copy()
        where = (
            self.tr("Une copie de secours a été écrite : {path}\nImportez-la plus tard (Fichier › Importer).").format(
                path=rescue
            )
            if rescue is not None
            else self.tr("La copie de secours n'a pas pu être écrite non plus.")
        )
        return dialogs.confirm(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr(
                "Les dernières modifications n'ont pas pu être enregistrées dans la base : {reason}\n\n{where}"
            ).format(reason=self.autosaver.last_error, where=where),
            self.tr("Quitter quand même"),
        )

    def _write_rescue_copy(self) -> Path | None:
        """The open draft as a `.charte` file in ``<data dir>/secours/`` (when the database cannot take it)."""
        from datetime import datetime

        from charte_app.domain import encode, jsontext
        from charte_app.domain.model import FORMAT_NAME, FORMAT_VERSION
        from charte_app.fsutil import atomic_write

        if self.data_dir is None:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.data_dir / "secours" / f"{self.editor.dossier.id}-{stamp}.charte"
        data = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "dossier": encode(self.editor.dossier)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # jsontext: a number of an unknown key is written as the file had it (json would fail on it)
            atomic_write(path, jsontext.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        except (OSError, UserError):
            log.exception("writing the rescue copy failed")
            return None
        return path

    def resolve_conflict(self) -> None:
        """Someone else saved this dossier since it was opened: merge, take theirs, or keep mine as a copy."""
        if self.autosaver.state != SaveState.CONFLICT or not self.dossier_open():
            return
        from charte_app.domain import encode
        from charte_app.domain.merge import three_way_merge

        from .conflict import ask_conflict_choice, merged_dossier

        dossier_id = self.editor.dossier.id
        try:
            theirs = self.service.open_draft(dossier_id)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Enregistrement impossible"), exc.message)
            return
        merge = three_way_merge(self.autosaver.base or {}, encode(self.editor.dossier), theirs.base)
        choice = ask_conflict_choice(self, theirs, merge)
        if choice == "merge":  # loading settles the conflict; the merge is then saved over theirs
            self.editor.load(merged_dossier(merge))
            self.autosaver.track(theirs.revision, theirs.base)
            self.autosaver.save_now()
        elif choice == "theirs":
            self.editor.load(theirs.dossier)
            self.autosaver.track(theirs.revision, theirs.base)
        else:  # "copy": mine becomes a new dossier; theirs stays as stored
            copy = self.service.save_copy(self.editor.dossier, self.tr(" (copie de {who})").format(who=_short_who()))
            self.editor.load(theirs.dossier)  # settles the conflict: nothing of mine is unsaved, it is in the copy
            self.autosaver.track(theirs.revision, theirs.base)
            self.open_dossier(copy.id)
            dialogs.show_info(
                self,
                self.tr("Copie enregistrée"),
                self.tr("Vos modifications sont dans un nouveau dossier : « {title} ».").format(title=copy.title),
            )
        self._update_title()

    def open_dossier(self, dossier_id: str, *, remember: bool = True) -> bool:
        """Show a dossier in the wizard; ``remember`` stores it as the one to reopen next time."""
        if not self._leave_dossier():
            return False
        try:
            state = self.service.open_draft(dossier_id)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Ouverture impossible"), exc.message)
            return False
        self.autosaver.track(state.revision, state.base)
        self.editor.load(state.dossier)
        if remember:
            self.preferences.set(LAST_DOSSIER, dossier_id)
            self.preferences.set(LAST_STEP, self.wizard.current_step_id())
        self.form.stack.setCurrentWidget(self.wizard)
        self.form.actionSaveAs.setEnabled(True)
        for action in (self.form.actionCreateVersion, self.form.actionHistory, self.form.actionCompare):
            action.setEnabled(True)
        self.print_originals_action.setEnabled(True)
        self._update_title()
        return True

    def open_last(self) -> bool:
        """Reopen the dossier open when the application last closed (or crashed), on the step shown then."""
        if not self.preferences.contains(LAST_DOSSIER):  # first launch since it was kept in the database
            self.preferences.set(LAST_DOSSIER, self.service.get_setting(LAST_DOSSIER_KEY) or "")
        last = self.preferences.get(LAST_DOSSIER)
        if not last:
            return False
        step = self.preferences.get(LAST_STEP)
        known = {s.id for s in self.service.list_dossiers()}
        if not (last in known and self.open_dossier(last, remember=False)):  # already the one stored
            return False
        if self.wizard.has_step(step):
            self.wizard.go_to(step)
        return True

    def _remember_step(self, step_id: str) -> None:
        if self.dossier_open():
            self.preferences.set(LAST_STEP, step_id)

    def show_notice(self, text: str) -> None:
        """A message across the top of the window that does not stop the user (closed with its button)."""
        self.notice.show_text(text)

    def show_home(self) -> None:
        if not self._leave_dossier():
            return
        self.home.reload()
        self.form.stack.setCurrentWidget(self.home)
        for action in (self.form.actionCreateVersion, self.form.actionHistory, self.form.actionCompare):
            action.setEnabled(False)
        self.print_originals_action.setEnabled(False)
        self.form.actionSaveAs.setEnabled(True)
        self._update_title()
        self.home.form.dossierTable.setFocus()

    def new_dossier(self) -> None:
        self.show_home()
        if self.form.stack.currentWidget() is self.home:
            self.home.form.newTitleEdit.setFocus()

    def import_file(self, path: Path | None = None) -> bool:
        if not self._leave_dossier():
            return False
        chosen = path or dialogs.open_charte_file(self)
        if chosen is None:
            self._end_preview()
            return False
        try:
            dossier_id = import_into(self, self.service, chosen)
        finally:
            self._end_preview()
        if dossier_id is None:
            return False
        self.home.reload()
        return self.open_dossier(dossier_id)

    def preview_file(self, path: Path) -> bool:
        """Show a `.charte` file's working draft before :meth:`import_file` stores it.

        ``charte-app open FILE`` paints the dossier without waiting for the whole file's checks
        (every version and its fingerprint) and the database write: only the draft is decoded
        and checked here. The wizard stays disabled until the import is done (an edit made now
        would belong to no stored dossier); a file the import refuses is never shown as opened.
        False (nothing shown) when the draft itself cannot be read: the import says why.
        """
        from charte_app.domain import dossier_file
        from charte_app.domain.problems import DossierRefused
        from charte_app.fsutil import read_user_file

        try:
            data = read_user_file(path, dossier_file.MAX_FILE_BYTES, "le dossier .charte")
            doc, _warnings = dossier_file.parse_draft(data)
        except (DossierRefused, UserError):
            return False
        self._previewing = True
        self.autosaver.enabled = False
        self.autosaver.track(None, None)
        self.editor.load(doc.dossier)
        self.wizard.setEnabled(False)
        self.form.stack.setCurrentWidget(self.wizard)
        self._update_title()
        self.save_label.setText(self.tr("Import en cours…"))
        return True

    def _end_preview(self) -> None:
        if not self._previewing:
            return
        self._previewing = False
        self.autosaver.enabled = True
        self.wizard.setEnabled(True)
        self.form.stack.setCurrentWidget(self.home)  # open_dossier() shows the stored dossier next
        self._update_title()

    def save_as(self) -> None:
        if self.dossier_open():
            if self.autosaver.flush() != SaveState.SAVED:
                dialogs.show_error(
                    self,
                    self.tr("Enregistrement impossible"),
                    self.tr("Le brouillon n'est pas enregistré : {reason}").format(reason=self.autosaver.last_error),
                )
                return
            self.home.select(self.editor.dossier.id)
        self.home.export_selected()

    # --- versions ------------------------------------------------------------------------------
    def create_version(self) -> None:
        """The "Créer une version" dialog (its own module); the draft is stored first."""
        if not self.dossier_open():
            return
        if self.autosaver.flush() != SaveState.SAVED:
            dialogs.show_error(
                self,
                self.tr("Version impossible"),
                self.tr("Le brouillon n'est pas enregistré : {reason}").format(reason=self.autosaver.last_error),
            )
            return
        from . import version_dialog  # loaded on first use: keeps start-up light

        version = version_dialog.create_version(self, self.service, self.editor.dossier.id)
        if version is None:
            return
        self.editor.versions_changed.emit()  # step 11's list, an open history: refreshed now
        dialogs.show_info(
            self,
            self.tr("Version créée"),
            self.tr(
                "La version {n} « {label} » est enregistrée.\n\nEmpreinte : {fingerprint}\n"
                "Elle est imprimée sur chaque page de ses documents."
            ).format(n=version.number, label=version.label, fingerprint=short_fingerprint(version.fingerprint)),
        )

    def print_originals(self) -> None:
        """Step 12's « Imprimer les originaux »: step 11 on the latest version, then its print dialog."""
        if not self.dossier_open():
            return
        self.autosaver.flush()
        versions = self.service.list_versions(self.editor.dossier.id)
        if not versions:
            return
        self.wizard.go_to("preview")
        page = self.wizard.page("preview")
        from .steps.preview import PreviewPage

        if isinstance(page, PreviewPage) and page.choose_version(versions[-1].number):
            page.print_document()

    def _open_versions_view(self, which: str) -> None:
        from . import versions  # loaded on first use: the comparison engine is not needed at start-up

        if which != "verify" and not self.dossier_open():
            return
        if which != "verify":
            self.autosaver.flush()  # the views read what is stored
        dossier_id = self.editor.dossier.id if self.dossier_open() else None
        if which == "history":
            history = versions.open_history(self, self.service, dossier_id, self._after_restore)
            if history is not None:  # a status or decision stored there shows everywhere, and the reverse
                history.panel.versions_changed.connect(self.editor.versions_changed)
                self.editor.versions_changed.connect(history.panel.reload)
        elif which == "compare":
            versions.open_compare(self, self.service, dossier_id, self._after_restore)
        else:
            versions.open_verify(self, self.service, dossier_id, self._after_restore)

    def _after_restore(self, dossier_id: str) -> None:
        """A version became the draft again: reload it (the undo history starts afresh)."""
        state = self.service.open_draft(dossier_id)
        self.autosaver.track(state.revision, state.base)
        self.editor.load(state.dossier)
        self._update_title()

    # --- backups -----------------------------------------------------------------------------
    def restore_backup(self) -> None:
        """« Restaurer une sauvegarde… »: choose one, confirm, and ask the application to put it in place."""
        from . import restore_dialog  # loaded on first use

        backup = restore_dialog.choose_backup(self, self.data_dir, self.service.database_url)
        if backup is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remettre en place la sauvegarde du {date} ?\n\nLa base actuelle sera mise de côté dans le dossier "
                "des données (rien n'est effacé). Les modifications faites depuis cette sauvegarde ne figureront pas "
                "dans la base restaurée."
            ).format(date=backup.created.strftime("%d/%m/%Y %H:%M")),
            self.tr("Restaurer"),
        ):
            return
        self.restore_requested.emit(backup)

    def database_damaged(self, error: DamagedDatabase) -> None:
        """Say that the database is damaged (nothing is written to it any more) and offer a restore."""
        if dialogs.offer_restore(self, error.message):
            self.restore_backup()

    # --- view --------------------------------------------------------------------------------
    def set_meeting_mode(self, on: bool, *, remember: bool = True) -> None:
        """Larger text for a projector; remembered between sessions."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            base = app.property("charte_base_font")
            if base is None:
                app.setProperty("charte_base_font", app.font())
                base = app.font()
            font = base.__class__(base)
            if on:
                font.setPointSizeF(base.pointSizeF() * MEETING_SCALE)
            app.setFont(font)
            # Imported here: QStyle's enums (14, hundreds of values) cost 10 ms of a start without it.
            from . import meeting

            meeting.apply(app, MEETING_SCALE if on else 1.0)  # check boxes, icons: not only the text
        # On a projector the page needs the room; the guidance stays one key away (F1).
        self.form.actionGuidance.setChecked(not on)
        if remember:
            self.preferences.set(MEETING_MODE, "1" if on else "0")  # the user's own, not the team's

    def _focus_steps(self) -> None:
        if self.dossier_open():
            self.wizard.form.stepList.setFocus()

    def _choose_language(self, code: str) -> None:
        if code == self.language():
            return
        if not self._leave_dossier():
            return
        self.preferences.set(LANGUAGE, code)  # the user's own: a colleague on the same database keeps theirs
        self.language_requested.emit(code)

    def choose_letterhead(self) -> None:
        """The letterhead's settings dialog, with a preview of a first page."""
        from charte_app.paths import data_dir as resolve_data_dir

        from .letterhead_dialog import LetterheadDialog

        title = self.editor.dossier.charter.title if self.dossier_open() else ""
        dialog = LetterheadDialog(self.data_dir or resolve_data_dir(), title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.letterhead_dialog = dialog

    def _need_dossier(self) -> bool:
        if not self.dossier_open():
            dialogs.show_info(self, self.tr("Aucun dossier ouvert"), self.tr("Ouvrez d'abord un dossier."))
            return False
        return True

    def partner_forms(self) -> None:
        """Fichier › Formulaires partenaires…: one XLSX per partner, or all into a folder."""
        from charte_app.exchange.forms import build_form, form_file_name
        from charte_app.fsutil import atomic_write

        from . import partner_exchange

        if not self._need_dossier():
            return
        dossier = self.editor.dossier
        dialog = partner_exchange.PartnerFormsDialog(dossier, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        partner_id, period = dialog.choice()
        try:
            if partner_id == partner_exchange.ALL:
                folder = partner_exchange.ask_forms_folder(self)
                if folder is None:
                    return
                for partner in dossier.partners:
                    data = build_form(dossier, partner.id, period=period, revision=self.autosaver.revision)
                    atomic_write(folder / form_file_name(dossier, partner), data)
                done = self.tr("Formulaires écrits dans « {folder} ».").format(folder=folder)
            else:
                chosen = dossier.partner(partner_id)
                assert chosen is not None
                path = partner_exchange.ask_form_file(self, str(Path.home() / form_file_name(dossier, chosen)))
                if path is None:
                    return
                atomic_write(path, build_form(dossier, partner_id, period=period, revision=self.autosaver.revision))
                done = self.tr("Formulaire écrit : « {path} ».").format(path=path)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Formulaires partenaires"), exc.message)
            return
        self.form.statusbar.showMessage(done, 8000)

    def collect_answers(self) -> None:
        """Fichier › Intégrer les réponses…: a returned form's changes, accepted one by one, one undo step."""
        from charte_app.exchange.collect import compare
        from charte_app.exchange.forms import read_form

        from . import partner_exchange

        if not self._need_dossier():
            return
        path = partner_exchange.ask_returned_form(self)
        if path is None:
            return
        try:
            form = read_form(path)
            if form.dossier_id != self.editor.dossier.id and form.dossier_id in {
                s.id for s in self.service.list_dossiers()
            }:
                raise UserError(
                    self.tr("Ce formulaire est celui du dossier « {title} » : ouvrez ce dossier d'abord.").format(
                        title=form.dossier_title
                    )
                )
            collected = compare(form, self.editor.dossier)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Intégrer les réponses"), exc.message)
            return
        dialog = partner_exchange.CollectDialog(collected, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = self.tr("Réponses de {partner}").format(partner=collected.partner_name)
        count = partner_exchange.apply_answers(self.editor, collected, dialog.accepted_changes(), text)
        done = i18n.plural(self.tr("%n réponses intégrées.", "", count), "%n réponse intégrée.", count)
        self.form.statusbar.showMessage(done, 8000)

    def word_remarks(self) -> None:
        """Fichier › Importer les remarques d'un document Word…: comments and tracked changes per article."""
        from charte_app.exchange.remarks import read_remarks

        from . import partner_exchange

        path = partner_exchange.ask_word_copy(self)
        if path is None:
            return
        try:
            groups = read_remarks(path)
        except UserError as exc:
            dialogs.show_error(self, self.tr("Remarques d'un document Word"), exc.message)
            return
        dialog = partner_exchange.RemarksDialog(path.name, groups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.remarks_dialog = dialog

    def show_guide(self) -> None:
        """Aide › Guide: the co-construction path; its links open the wizard's steps."""
        from .guide import GuideDialog

        def go_to(step_id: str) -> None:
            if self.dossier_open():
                self.wizard.go_to(step_id)

        guide = GuideDialog(go_to, self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        self.guide = guide

    def language(self) -> str:
        """The user's language (preferences; the first time, the one earlier versions kept in the database)."""
        code = self.preferences.adopt(
            LANGUAGE, lambda: self.service.get_setting(i18n.SETTING_KEY), i18n.DEFAULT_LANGUAGE
        )
        return code if code in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE

    def restore_geometry(self) -> bool:
        """The size and place the window had when this user last closed it (nothing the first time)."""
        saved = self.preferences.get(GEOMETRY)
        return bool(saved) and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def save_geometry(self) -> None:
        self.preferences.set(GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode("ascii"))

    def about(self) -> None:
        dialogs.show_info(
            self,
            self.tr("À propos de Charte"),
            self.tr(
                "Charte – co-construire les chartes de coopération et les conventions de partenariat des "
                "Programmes de Réussite Éducative.\n\nDonnées : {path}"
            ).format(path=self.data_dir or ""),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._leave_dossier():
            self.save_geometry()
            event.accept()
        else:
            event.ignore()
