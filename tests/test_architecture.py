"""ARCHITECTURE.md's package table is true to the code (issue 25): each row's « may import » column
names exactly the application's packages and modules its files import (at the top, lazily in a
function, or for type checking only), as read from the sources with ``ast``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "charte_app"
#: Packages that only hold others (an empty ``__init__``): no row of their own.
HOLDERS = {"charte_app", "charte_app.services"}


def table() -> dict[str, set[str]]:
    """Each row's unit (``domain``, ``services.dossiers``…) and the units its « may import » names."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = text.split("## Packages", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `charte_app\.([\w.]+)` \|.*\| ([^|]*) \|$", section, re.M)
    units = {unit for unit, _ in rows}
    return {unit: set(re.findall(r"[\w.]+", allowed)) & units for unit, allowed in rows}


def unit_of(module: str, units: set[str]) -> str | None:
    found = [u for u in units if module == f"charte_app.{u}" or module.startswith(f"charte_app.{u}.")]
    return max(found, key=len, default=None)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCES.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every ``charte_app`` module ``path`` imports, relative imports resolved; a from-import of a
    name counts as ``module.name`` (a submodule when it is one)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            found |= {f"{base}.{alias.name}" for alias in node.names}
        elif (  # importlib.import_module("charte_app.…") and the CLI's _lazy("charte_app.…", …)
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "_lazy")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return {m for m in found if m.startswith("charte_app.")}


def test_the_package_table_is_true_to_the_imports() -> None:
    declared = table()
    units = set(declared)
    actual: dict[str, set[str]] = {unit: set() for unit in units}
    unassigned = []
    for path in sorted(SOURCES.rglob("*.py")):
        unit = unit_of(module_name(path), units)
        if unit is None:
            if module_name(path) not in HOLDERS:
                unassigned.append(module_name(path))
            continue
        actual[unit] |= {u for m in imported(path) if (u := unit_of(m, units)) not in (None, unit)}
    assert unassigned == [], "modules without a row in ARCHITECTURE.md's table"
    wrong = {u: (sorted(declared[u]), sorted(actual[u])) for u in units if declared[u] != actual[u]}
    assert wrong == {}, "row: (declared, imported)"


def test_the_service_is_split_by_subject() -> None:
    """Drafts, versions, decisions and files each in a module of their own; ``DossierService`` is their sum."""
    from charte_app.services import approvals, drafts, imports, versions
    from charte_app.services.dossiers import DossierService

    layers = [drafts.DraftService, versions.VersionService, approvals.ApprovalService, imports.ImportService]
    assert [c for c in DossierService.__mro__ if c in layers] == layers[::-1]
    assert "save_draft" in vars(drafts.DraftService) and "freeze_version" in vars(versions.VersionService)
    assert "record_approval" in vars(approvals.ApprovalService) and "import_file" in vars(imports.ImportService)
    for module in (drafts, versions, approvals, imports):
        assert len(Path(str(module.__file__)).read_text(encoding="utf-8").splitlines()) < 400, module
