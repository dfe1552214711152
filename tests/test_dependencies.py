"""pyproject's runtime dependencies are exactly the third-party packages that src/charte_app imports.

A library imported but not declared works by luck (another package brought it) until an install
without it; one declared but never imported is dead weight in every install and bundle.
"""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "charte_app"

#: Declared for what they do without being imported: rl-accel is reportlab's C accelerator, which reportlab
#: imports itself (under the name ``_rl_accel``) when installed.
NOT_IMPORTED = {"rl-accel"}
#: Imported but brought in by a declared package of which it is a part (PySide6-Essentials ships shiboken6).
PART_OF = {"shiboken6": "pyside6-essentials"}


def _is_import_module_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call) or not node.args:
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    first = node.args[0]
    return name == "import_module" and isinstance(first, ast.Constant) and isinstance(first.value, str)


def top_level_imports() -> dict[str, Path]:
    """Top-level module name → one file importing it, for every absolute import under src/charte_app."""
    found: dict[str, Path] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif _is_import_module_call(node):  # importlib.import_module("num2words.lang_FR"): a lazy import
                names = [node.args[0].value]  # type: ignore[attr-defined]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], path)
    return found


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return {canonicalize_name(Requirement(r).name) for r in project["dependencies"]}


def test_runtime_dependencies_are_exactly_the_imported_packages() -> None:
    distributions = metadata.packages_distributions()
    imported: dict[str, str] = {}
    for module, where in top_level_imports().items():
        if module in sys.stdlib_module_names or module == "charte_app":
            continue
        if module in PART_OF:
            imported[PART_OF[module]] = module
            continue
        names = distributions.get(module)
        assert names, f"{module} (imported by {where.relative_to(ROOT)}) belongs to no installed distribution"
        imported[canonicalize_name(names[0])] = module
    wanted = declared()
    assert sorted(set(imported) - wanted) == [], "imported but not declared in pyproject.toml"
    assert sorted(wanted - set(imported) - NOT_IMPORTED) == [], "declared in pyproject.toml but never imported"
