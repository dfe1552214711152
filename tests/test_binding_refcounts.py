"""The Qt binding keeps the reference counts of ``None``, ``True`` and ``False`` intact.

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to these singletons on
ordinary calls (``QTimer.start``, signal emissions…); after a few thousand keystrokes the
interpreter aborts with ``Fatal Python error: none_dealloc``. Short tests never notice, so
this one drives the calls the UI makes on every edit 20 000 times and measures the drift.
It runs in a child interpreter: a binding that aborts the process fails the test with its
message instead of killing pytest. (On Python 3.12+ these objects are immortal: the drift
is always 0 there, and the abort cannot happen either.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

ROUNDS = 20_000
TOLERANCE = 50  # a few references may come and go with caches; the bug moves the count by ROUNDS

PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtGui import QUndoCommand, QUndoStack
    from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPlainTextEdit

    class Model(QObject):
        changed = Signal(object, object)  # the shape of DossierEditor.changed

    class SetText(QUndoCommand):  # merges like the editor's field edits
        def __init__(self, box, value):
            super().__init__("Modifier le texte")
            self.box, self.value = box, value
        def id(self):
            return 1001
        def mergeWith(self, other):
            self.value = other.value
            return True
        def redo(self):
            self.box["text"] = self.value
        def undo(self):
            self.box.pop("text", None)

    app = QApplication([])
    model, timer, stack = Model(), QTimer(), QUndoStack()
    timer.setSingleShot(True)
    check, line, plain = QCheckBox("membre"), QLineEdit(), QPlainTextEdit()
    seen = []
    model.changed.connect(lambda target, attr: seen.append(attr is None))
    check.toggled.connect(lambda on: seen.append(on))
    line.textChanged.connect(lambda text: seen.append(bool(text)))
    plain.textChanged.connect(lambda: seen.append(False))
    box = {}

    def edit(i):
        timer.start(600)
        model.changed.emit(box, None if i % 2 else "text")
        check.setChecked(not check.isChecked())
        line.setText("abc"[: i % 4])
        plain.insertPlainText("x")
        if i % 80 == 79:
            plain.clear()
        stack.push(SetText(box, str(i)))
        app.processEvents()
        seen.clear()

    for i in range(200):  # warm-up: first calls may fill caches
        edit(i)
    singletons = {"None": None, "True": True, "False": False}
    before = {name: sys.getrefcount(obj) for name, obj in singletons.items()}
    for i in range(ROUNDS):
        edit(i)
    after = {name: sys.getrefcount(obj) for name, obj in singletons.items()}
    print(json.dumps({name: after[name] - before[name] for name in singletons}))
    """
).replace("ROUNDS", str(ROUNDS))


def test_ui_edit_calls_keep_none_true_false_reference_counts() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, (
        f"the Qt binding made the interpreter abort (exit {result.returncode}) after repeated UI calls; "
        f"is a broken PySide6 installed (6.12.0 on Python 3.11)?\n{result.stderr[-2000:]}"
    )
    drift = json.loads(result.stdout.strip().splitlines()[-1])
    assert all(abs(d) < TOLERANCE for d in drift.values()), (
        f"reference counts drifted over {ROUNDS} UI calls: {drift}; this binding leaks or drops references "
        "to None/True/False and the application would abort after a few thousand keystrokes"
    )
