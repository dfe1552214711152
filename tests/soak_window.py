"""Soak run of the real main window: type thousands of keystrokes into real widgets, let autosave store them.

Run by tests/test_ui_soak.py in a child interpreter (a binding that aborts the process must fail
the test, not kill pytest):

    python tests/soak_window.py DATA_DIR FILE.charte KEYSTROKES

It starts the application as ``charte-app open FILE`` does (``charte_app.ui.app.start``),
types into the diagnosis text, a line edit of the same step and the coordination's role, and
ticks governance members with the space bar, pausing now and then for the autosave. It then
waits for the autosave and prints one JSON line (dossier id, the texts typed, timings and RSS)
and leaves with ``os._exit``: what the parent reads back from the database was stored by the
autosave, not by a clean shutdown.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from charte_app.ui import app as app_module
from charte_app.ui import dialogs
from charte_app.ui.autosave import AUTOSAVE_DELAY_MS, SaveState

PHRASE = "Les partenaires du PRE se reunissent chaque mois, suivent 42 enfants; accueil, ecoute. "
CHUNK = 500  # keystrokes between two looks at the event loop (timers, repaint), as a user's pauses give
PARAGRAPH = 600  # characters of a paragraph in the multi-line fields
LINE_ROUND = 400  # characters typed into the line edit before it is selected and typed over (< MAX_SHORT)
PAUSE_EVERY = 5000  # keystrokes between two pauses long enough for the autosave to store the draft


def memory_mb(field: str = "VmRSS", pid: int | str = "self") -> float:
    """A memory figure of a process from /proc: VmRSS (resident now) or VmHWM (its peak so far)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def fail(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    traceback.print_exception(kind, error, tb)
    sys.stderr.flush()
    os._exit(3)


def wait_for(condition: Callable[[], bool], timeout_ms: int) -> bool:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition() and time.monotonic() < deadline:
        QTest.qWait(50)
    return condition()


def text_of(count: int, offset: int = 0, paragraph: int = 0) -> str:
    """``count`` characters of French-like prose; a line break every ``paragraph`` characters when not 0."""
    return "".join(
        "\n" if paragraph and i % paragraph == paragraph - 1 else PHRASE[(offset + i) % len(PHRASE)]
        for i in range(count)
    )


def main(data_dir: Path, charte_file: Path, keystrokes: int) -> dict[str, Any]:
    shown: list[str] = []  # a modal dialog would block the run: record what the user would be told
    dialogs.show_error = lambda _p, title, text, details=None: shown.append(f"{title}: {text}")
    dialogs.show_info = lambda _p, title, text: shown.append(f"{title}: {text}")
    application = app_module.start(data_dir, None, charte_file)
    sys.excepthook = fail  # the application's hook would log an error in a slot and carry on
    window = application.window
    assert window is not None and window.dossier_open(), shown
    window.resize(1366, 768)
    app = QApplication.instance()
    assert app is not None
    editor = window.editor
    governance = window.wizard.page("governance")
    assert editor.dossier.charter.governance.bodies and editor.dossier.partners, "the example needs both"

    ticks = keystrokes // 20 | 1  # member check boxes, ticked then unticked in turn; odd, so the last one stays
    diagnosis_keys = (keystrokes - ticks) // 2
    line_keys = (keystrokes - ticks) // 5
    role_keys = keystrokes - ticks - diagnosis_keys - line_keys
    diagnosis = window.wizard.page("diagnosis").form
    added = {  # what the keystrokes add at the end of each field
        "diagnosis": text_of(diagnosis_keys, 0, PARAGRAPH),
        "programme": text_of(line_keys, 7),
        "coordinator_role": text_of(role_keys, 13, PARAGRAPH),
    }
    # A line edit holds a short field (MAX_SHORT characters at most): it is typed in rounds, each
    # replacing the last (select all, then type), as one rewrites a title; the last round stays.
    rounds = [added["programme"][i : i + LINE_ROUND] for i in range(0, len(added["programme"]), LINE_ROUND)]
    typed: dict[str, Any] = {
        "diagnosis": editor.dossier.diagnosis + added["diagnosis"],
        "programme": rounds[-1] if rounds else editor.dossier.programme,
        "coordinator_role": editor.dossier.charter.governance.coordinator_role + added["coordinator_role"],
    }
    body = editor.dossier.charter.governance.bodies[0]
    partners = [p.id for p in editor.dossier.partners]
    last = partners[(ticks - 1) // 2 % len(partners)]  # the member whose last tick has no untick
    typed["members"] = [p for p in partners if (p in body.members) != (p == last)]
    rss_start, done, started = memory_mb(), 0, time.perf_counter()

    def type_text(step: str, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
        window.wizard.go_to(step)
        widget.setFocus()
        if isinstance(widget, QPlainTextEdit):
            widget.moveCursor(QTextCursor.MoveOperation.End)
        elif not widget.hasSelectedText():
            widget.end(False)
        for start in range(0, len(text), CHUNK):
            chunk = text[start : start + CHUNK]
            for line_number, line in enumerate(chunk.split("\n")):
                if line_number:
                    QTest.keyClick(widget, Qt.Key.Key_Return)
                QTest.keyClicks(widget, line)
            pause(len(chunk))

    def pause(count: int) -> None:
        nonlocal done
        before, done = done, done + count
        app.processEvents()
        if done // PAUSE_EVERY != before // PAUSE_EVERY:
            QTest.qWait(AUTOSAVE_DELAY_MS + 200)
            assert window.autosaver.state == SaveState.SAVED, (window.autosaver.state, window.autosaver.last_error)

    type_text("diagnosis", diagnosis.diagnosisEdit, added["diagnosis"])
    for text in rounds:
        diagnosis.programmeEdit.selectAll()
        type_text("diagnosis", diagnosis.programmeEdit, text)
    type_text("governance", governance.form.coordinatorRoleEdit, added["coordinator_role"])
    window.wizard.go_to("governance")
    members = governance.detail.membersList
    members.setFocus()
    for start in range(0, ticks, CHUNK):
        for tick in range(start, min(start + CHUNK, ticks)):
            members.setCurrentRow(tick // 2 % members.count())
            QTest.keyClick(members, Qt.Key.Key_Space)
        pause(min(CHUNK, ticks - start))
    typing_s = time.perf_counter() - started
    wait_for(lambda: window.autosaver.state == SaveState.SAVED, 10_000)
    return {
        "dossier_id": editor.dossier.id,
        "state": window.autosaver.state.value,
        "last_error": window.autosaver.last_error,
        "dialogs": shown,
        "typed": typed,
        "keystrokes": diagnosis_keys + line_keys + role_keys + ticks,
        "typing_s": round(typing_s, 1),
        "rss_mb": {"start": round(rss_start), "peak": round(memory_mb("VmHWM")), "end": round(memory_mb())},
    }


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
    print(json.dumps(result), flush=True)
    os._exit(0)  # no clean shutdown, no final flush: the stored draft is the autosave's
