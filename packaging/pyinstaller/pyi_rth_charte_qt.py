"""Runtime hook of the bundle, in place of PyInstaller's pyi_rth_pyside6: Qt set up only when Qt is imported.

PyInstaller's hook imports PySide6.QtCore (and ICU, 30 MB of libraries) at every start, to register a
qt.conf that points Qt at the bundled plugins and translations: 100-300 ms added to ``--version``,
``list`` or an export, none of which uses Qt. Here the plugin path is set in the environment (free),
and the qt.conf is registered by the same helper just after the first ``import PySide6.QtCore``.
"""


def _charte_qt_hook() -> None:
    import importlib.abc
    import importlib.util
    import os
    import sys

    base = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") else None  # type: ignore[attr-defined]
    qt_path = base or os.path.join(sys._MEIPASS, "PySide6", "Qt")  # type: ignore[attr-defined]
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if sys.platform.startswith("win"):  # QtNetwork's OpenSSL DLLs, as PyInstaller's hook does
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")  # type: ignore[attr-defined]

    class QtCoreFinder(importlib.abc.MetaPathFinder):
        """Finds nothing itself: wraps PySide6.QtCore's loader to register the qt.conf once it is loaded."""

        def find_spec(self, name, path=None, target=None):  # noqa: ANN001, ANN201
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader

            class Loader(importlib.abc.Loader):
                def create_module(self, spec):  # noqa: ANN001, ANN201
                    return loader.create_module(spec)

                def exec_module(self, module):  # noqa: ANN001, ANN201
                    loader.exec_module(module)
                    sys.modules[name] = module
                    from _pyi_rth_utils import qt as qt_rth_utils

                    qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader = Loader()
            return spec

    sys.meta_path.insert(0, QtCoreFinder())


_charte_qt_hook()
del _charte_qt_hook
