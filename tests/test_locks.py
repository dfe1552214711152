"""The locks (locks/*.txt) agree with pyproject.toml, and the environment under test is the locked one.

A dependency added to pyproject.toml without ``python3 scripts/dev.py lock`` would be missing from
every install; a pin outside pyproject's ranges (such as the excluded PySide6-Essentials 6.12.0)
would bring back what the ranges keep out.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^ ;\\]+)(?: ; ([^\\]+))?")


def pins(lock: str) -> dict[str, tuple[str, str | None]]:
    """name → (version, marker) of every package in ``locks/<lock>.txt``; each must carry hashes."""
    text = (ROOT / "locks" / f"{lock}.txt").read_text("utf-8")
    found = {}
    for entry in re.split(r"\n(?=[A-Za-z])", text):
        match = PIN.match(entry)
        if match:
            assert "--hash=sha256:" in entry, f"{match[1]} has no hash in locks/{lock}.txt"
            found[canonicalize_name(match[1])] = (match[2], match[3].strip() if match[3] else None)
    return found


def wanted(*extras: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = list(project["dependencies"]) + [r for e in extras for r in project["optional-dependencies"][e]]
    return [Requirement(r) for r in names]


def test_locks_pin_every_dependency_within_pyproject_ranges() -> None:
    for lock, extras in (("runtime", ()), ("test", ("test", "postgresql"))):
        pinned = pins(lock)
        for req in wanted(*extras):
            name = canonicalize_name(req.name)
            assert name in pinned, f"{req.name} is not in locks/{lock}.txt: run python3 scripts/dev.py lock"
            assert req.specifier.contains(pinned[name][0], prereleases=True), (lock, str(req), pinned[name])
    runtime, test = pins("runtime"), pins("test")
    assert all(test.get(name) == pin for name, pin in runtime.items()), "runtime and test locks disagree"
    assert runtime[canonicalize_name("PySide6-Essentials")][0] != "6.12.0"


def test_the_environment_under_test_is_the_test_lock() -> None:
    wrong = {}
    for name, (version, marker) in pins("test").items():
        if marker is not None and not Marker(marker).evaluate():
            continue  # another platform's package
        installed = metadata.version(name)
        if installed != version:
            wrong[name] = (installed, version)
    assert wrong == {}, f"installed ≠ locked (run python3 scripts/dev.py test to reinstall): {wrong}"


def test_the_runtime_lock_carries_no_build_back_end_and_the_bundle_lock_has_team_mode() -> None:
    """A user's environment (locks/runtime.txt) gets no hatchling: the editable install takes it from
    locks/build.txt; the bundle is built from the runtime packages plus PyInstaller and psycopg."""
    runtime, build, bundle, test = pins("runtime"), pins("build"), pins("bundle"), pins("test")
    back_end = {"hatchling", "editables", "pathspec", "trove-classifiers"}
    assert not back_end & set(runtime), back_end & set(runtime)
    assert back_end <= set(build)
    assert set(runtime) <= set(bundle) and {"pyinstaller", "psycopg", "psycopg-binary"} <= set(bundle)
    assert "pytest" not in bundle and "pygments" not in bundle
    for lock in (build, bundle):
        assert all(test.get(name) == pin for name, pin in lock.items()), "a lock disagrees with the test lock"
