"""Application start: QApplication, language, icon, error handling, last dossier, file to open.

``run_app`` is what ``charte-app`` (no argument) and ``charte-app open FILE``
call. A second launch on the same data dir hands its file to the running
window and exits (:mod:`.single_instance`). A session that ended without
closing (crash, ``kill -9``) is noticed at the next start (:mod:`.session`):
the user is told, and the dossier reopens as stored, on the step shown then.
Unexpected errors are logged with their traceback to
``<data dir>/charte-app.log``; the user sees a French dialog, never a
traceback, and keeps working (the draft is autosaved).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from charte_app.errors import DamagedDatabase, MissingDatabase, UserError
from charte_app.paths import bundled
from charte_app.paths import data_dir as resolve_data_dir

from . import dialogs, i18n, session, single_instance

if TYPE_CHECKING:
    from charte_app.services.backups import Backup
    from charte_app.services.dossiers import DossierService

    from .main_window import MainWindow

log = logging.getLogger("charte_app")
LOG_NAME = "charte-app.log"


def icon_path() -> Path:
    return bundled("resources") / "charte-app.svg"


class Application:
    """Owns the service, the translators and the (re)built main window."""

    def __init__(
        self, app: QApplication, service: DossierService, data_dir: Path, database_url: str | None = None
    ) -> None:
        self.app, self.service, self.data_dir, self.database_url = app, service, data_dir, database_url
        self.window: MainWindow | None = None
        self._error_shown = False

    def build_window(self) -> MainWindow:
        from .main_window import MainWindow  # after the translators: widgets read their texts at creation

        window = MainWindow(self.service, self.data_dir, install_language=lambda code: i18n.install(self.app, code))
        window.setWindowIcon(self.app.windowIcon())
        window.language_requested.connect(lambda _code: self.rebuild_window())
        window.restore_requested.connect(self.restore_backup)
        self.window = window
        return window

    def rebuild_window(self) -> MainWindow:
        """Rebuild the window in the language now set, on the same dossier."""
        old = self.window
        dossier_id = old.editor.dossier.id if old is not None and old.dossier_open() else None
        step = old.wizard.current_step_id() if old is not None else None
        geometry = old.saveGeometry() if old is not None else None
        window = self.build_window()
        if geometry is not None:
            window.restoreGeometry(geometry)
        if dossier_id and window.open_dossier(dossier_id) and step:
            window.wizard.go_to(step)
        window.show()
        if old is not None:
            old.autosaver.enabled = False
            old.hide()
            old.deleteLater()
        return window

    # --- later launches ---------------------------------------------------------------------
    def open_requested(self, path: Path | None) -> None:
        """A second launch on this data dir: come to the front, then open its file (if it brought one)."""
        window = self.window
        if window is None:
            return
        bring_to_front(window)
        if path is not None:
            window.import_file(path)

    def restore_backup(self, backup: Backup) -> bool:
        """Close the database, put the backup in its place (the current file set aside), reopen, rebuild the
        window on the dossier that was open if the backup holds it. True when the backup is in place."""
        from charte_app.services import backups as backup_service
        from charte_app.services.dossiers import DossierService

        old = self.window
        dossier_id = old.editor.dossier.id if old is not None and old.dossier_open() else None
        if old is not None:
            old.autosaver.flush()  # into the database being set aside: nothing typed is thrown away
            old.autosaver.enabled = False
        self.service.close()
        title = QCoreApplication.translate("Application", "Restaurer une sauvegarde")
        try:
            # This window holds the data dir's instance lock (or runs without one): the restore is its own.
            restored = backup_service.restore_backup(backup.path, self.data_dir, self.database_url, instance_held=True)
        except UserError as exc:
            restored = None
            dialogs.show_error(old, title, exc.message)
        try:
            self.service = DossierService.open(self.data_dir, self.database_url)
        except UserError as exc:
            dialogs.show_error(old, QCoreApplication.translate("Application", "Démarrage impossible"), exc.message)
            self.app.quit()
            return False
        geometry = old.saveGeometry() if old is not None else None
        window = self.build_window()
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show()
        if dossier_id and dossier_id in {s.id for s in self.service.list_dossiers()}:
            window.open_dossier(dossier_id, remember=False)
        if old is not None:
            old.hide()
            old.deleteLater()
        if restored is not None:
            dialogs.show_info(window, title, restored.message())
        return restored is not None

    # --- errors -----------------------------------------------------------------------------
    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        """Log an unexpected error, tell the user in French, keep the work."""
        if isinstance(error, KeyboardInterrupt):
            self.app.quit()
            return
        if isinstance(error, UserError):  # a known error that escaped a handler: its message is French
            dialogs.show_error(
                self.window, QCoreApplication.translate("Application", "Action impossible"), error.message
            )
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        saved = False
        window = self.window
        if window is not None:
            try:
                saved = window.autosaver.flush().value == "saved"
            except Exception:  # noqa: BLE001 - the save is a best effort while reporting another failure
                log.exception("Saving the draft after an unexpected error failed")
        if self._error_shown:
            return  # one dialog at a time: a cascade of errors is in the log
        self._error_shown = True
        try:
            dialogs.show_error(
                window,
                QCoreApplication.translate("Application", "Erreur inattendue"),
                QCoreApplication.translate(
                    "Application",
                    "Une erreur inattendue s'est produite. {saved}\n\nVous pouvez continuer à travailler. Si le "
                    "problème revient, envoyez le fichier journal à votre support :\n{log}",
                ).format(
                    saved=QCoreApplication.translate("Application", "Votre travail est enregistré.")
                    if saved
                    else QCoreApplication.translate(
                        "Application", "Vos dernières modifications valides sont enregistrées."
                    ),
                    log=self.data_dir / LOG_NAME,
                ),
            )
        finally:
            self._error_shown = False


class FileOpenFilter(QObject):
    """macOS hands a double-clicked file (or one dropped on the Dock icon) to the running application as a
    ``QFileOpenEvent``, not as an argument: the current application opens it as a second launch's file."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.application: Application | None = None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and self.application:
            if event.file():
                self.application.open_requested(Path(event.file()))
                return True
        return False


_file_open_filter: FileOpenFilter | None = None
#: Whether the system hands files over as events. Elsewhere than on macOS no filter is installed:
#: a filter on the application, in Python, is called for every event of every object, and PySide
#: builds the Python class (with all its enums) of each kind of object it passes along: a hundred
#: enums, 10 % of the time to the first paint, then the cost of every event, all for nothing.
FILE_OPEN_EVENTS = sys.platform == "darwin"


def handle_file_open_events(app: QApplication, application: Application) -> None:
    """From now on, a ``QFileOpenEvent`` opens its file in ``application`` (one filter per process),
    where the system sends such events (:data:`FILE_OPEN_EVENTS`)."""
    global _file_open_filter
    if not FILE_OPEN_EVENTS:
        return
    if _file_open_filter is None:
        _file_open_filter = FileOpenFilter(app)
    _file_open_filter.application = application


def bring_to_front(window: QWidget) -> None:
    """Restore a minimised window and ask the window manager to raise and focus it."""
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()


def interrupted_message(window: MainWindow, *, reopened: bool) -> str:
    """What the user is told after a session ended without closing (``reopened``: its dossier is shown)."""
    head = QCoreApplication.translate(
        "Application", "La dernière session s'est interrompue sans que l'application soit fermée normalement."
    )
    if reopened:
        dossier = window.editor.dossier
        tail = QCoreApplication.translate(
            "Application", "Le dossier « {title} » est rouvert tel qu'il était enregistré {moment}."
        ).format(title=dossier.title, moment=_moment(dossier.updated_at))
    else:
        tail = QCoreApplication.translate("Application", "Vos dossiers sont tels qu'ils étaient enregistrés.")
    return f"{head} {tail}"


def _moment(stamp: str | None) -> str:
    """When a draft was stored, in local time: « à 14:05 » today, « le 28/11/2026 à 14:05 » before."""
    try:
        when = datetime.fromisoformat(stamp or "").astimezone()
    except ValueError:
        return ""
    if when.date() == datetime.now().astimezone().date():
        return QCoreApplication.translate("Application", "à {time}").format(time=when.strftime("%H:%M"))
    return QCoreApplication.translate("Application", "le {date} à {time}").format(
        date=when.strftime("%d/%m/%Y"), time=when.strftime("%H:%M")
    )


def setup_logging(folder: Path) -> None:
    """Log to ``<data dir>/charte-app.log``, rotated: the command line's handler when it made one
    for this folder, never a second (see :func:`charte_app.logfile.configure`)."""
    from ..logfile import configure

    configure(folder)


def create_qapplication() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("charte-app")
    app.setApplicationDisplayName("Charte")
    app.setOrganizationName("charte-app")
    app.setDesktopFileName("charte-app")
    app.setWindowIcon(QIcon(str(icon_path())))
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    from .fonts import register_bundled_fonts

    register_bundled_fonts()  # the preview's and printing's font, on systems that lack it
    return app


def paint_now(app: QApplication, window: QWidget, limit_s: float = 2.0) -> None:
    """Paint ``window`` before the event loop runs: wait (briefly) for the window system to map it,
    then paint it at once."""
    import time

    deadline = time.monotonic() + limit_s
    while not ((handle := window.windowHandle()) is not None and handle.isExposed()):
        if time.monotonic() > deadline:
            break
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    window.repaint()


def start(
    data_dir: Path | None,
    database_url: str | None,
    open_path: Path | None,
    *,
    exclusive: bool = False,
    on_shown: Callable[[], None] | None = None,
) -> Application:
    """Everything ``run_app`` does before entering the event loop (tests use it directly).

    ``exclusive``: the caller holds the data dir's single-instance lock (see :func:`session.begin`).
    ``on_shown``: called once the window is painted with ``open_path``'s dossier, before it is
    stored (benchmarks and tests time or check that moment).
    """
    from charte_app.services.dossiers import DossierService

    folder = resolve_data_dir(data_dir)
    setup_logging(folder)
    app = create_qapplication()
    service = DossierService.open(folder, database_url)
    application = Application(app, service, folder, database_url)
    try:
        window = application.build_window()
        window.restore_geometry()  # this user's last size and place (preferences.ini)
        window.show()
        if open_path is not None:
            # The file's draft is painted first; the whole file is checked and stored after.
            window.hold_warm_up()
            if window.preview_file(Path(open_path)):
                paint_now(app, window)
                if on_shown is not None:
                    on_shown()
            opened = window.import_file(Path(open_path))
            if not opened:
                window.open_last()
            window.release_warm_up()
        else:
            opened = False
            window.open_last()
    except BaseException:
        if application.window is not None:  # e.g. the database found damaged while reading the dossier list
            application.window.autosaver.enabled = False
            application.window.hide()
            application.window.deleteLater()
        service.close()
        raise
    # Written once the window stands: a start refused (damaged or newer database) is no interrupted session.
    interrupted = session.begin(folder, exclusive=exclusive)
    if interrupted is not None:
        # Said in a bar across the window, not a dialog: the user can read it and carry on.
        window.show_notice(interrupted_message(window, reopened=window.dossier_open() and not opened))
    sys.excepthook = application.excepthook
    handle_file_open_events(app, application)
    return application


def restore_at_start(
    data_dir: Path | None,
    database_url: str | None,
    error: DamagedDatabase | MissingDatabase,
    *,
    instance_held: bool = False,
) -> bool:
    """The start-up found the database damaged, or missing where one existed: offer a restore. True when a
    backup was put in place.

    ``instance_held``: this process holds the data dir's instance lock (the restore then does not ask for it)."""
    from charte_app.services import backups as backup_service

    from . import restore_dialog

    if isinstance(error, MissingDatabase):
        missing = QCoreApplication.translate("Application", "Base de données introuvable")
        if not dialogs.offer_restore(None, error.message, missing):
            return False
    elif not dialogs.offer_restore(None, error.message):
        return False
    backup = restore_dialog.choose_backup(None, data_dir, database_url)
    if backup is None:
        return False
    title = QCoreApplication.translate("Application", "Restaurer une sauvegarde")
    try:
        restored = backup_service.restore_backup(backup.path, data_dir, database_url, instance_held=instance_held)
    except UserError as exc:
        dialogs.show_error(None, title, exc.message)
        return False
    dialogs.show_info(None, title, restored.message())
    return True


def start_or_explain(
    data_dir: Path | None, database_url: str | None, open_path: Path | None, *, exclusive: bool = False
) -> Application | None:
    """:func:`start`, or None once the user has been told in French why the application cannot start.

    A damaged database is not written to, a missing one (where one existed) is not replaced by an empty one:
    the user is offered to restore a backup, then it starts again.
    """
    while True:
        try:
            return start(data_dir, database_url, open_path, exclusive=exclusive)
        except (DamagedDatabase, MissingDatabase) as exc:
            create_qapplication()
            if not restore_at_start(data_dir, database_url, exc, instance_held=exclusive):
                return None
        except UserError as exc:  # e.g. a database written by a newer version: said in French, nothing touched
            create_qapplication()
            dialogs.show_error(None, QCoreApplication.translate("Application", "Démarrage impossible"), exc.message)
            return None


def run_app(data_dir: Path | None, database_url: str | None, open_path: Path | None) -> int:
    """Start the desktop application; returns the process exit code."""
    folder = resolve_data_dir(data_dir)
    app = create_qapplication()
    try:
        try:
            instance = single_instance.claim(folder, open_path)
        except single_instance.LockedElsewhere as exc:  # another computer's lock, or not charte-app's
            title = QCoreApplication.translate("Application", "Dossier de données verrouillé")
            if not dialogs.confirm(
                None, title, exc.message, QCoreApplication.translate("Application", "&Prendre la main")
            ):
                return 1
            instance = single_instance.claim(folder, open_path, take_over=True)
    except UserError as exc:  # another window holds the data dir and does not answer
        dialogs.show_error(None, QCoreApplication.translate("Application", "Démarrage impossible"), exc.message)
        return 1
    if instance is None:  # the running window took the file and came to the front
        return 0
    try:
        application = start_or_explain(folder, database_url, open_path, exclusive=True)
        if application is None:  # refused (newer or damaged database…) and said: not an interrupted session
            session.end(folder)
            return 1
        # Once the window is up (start paints it): a second launch meanwhile waits for the server.
        instance.serve().file_requested.connect(application.open_requested)
        try:
            return app.exec()
        finally:
            if application.window is not None:
                application.window.autosaver.flush()
            application.service.close()
            session.end(folder)  # last: only once the work is stored is this a clean exit
    finally:
        instance.close()
