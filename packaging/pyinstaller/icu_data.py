"""ICU's data reduced to what charte-app uses, for the bundle (Linux): 8 MB instead of 31.

PySide6's Qt links ICU, whose data library (libicudata.so.NN) holds every language's locale, collation,
transliteration and legacy-encoding tables. Qt itself only asks ICU for collation (sorting names in
French), case mapping and a few encodings; its locale data is its own. This keeps root, French and
English (and every language-neutral table: normalisation, break rules and their dictionaries,
time zones, the small single-byte encodings) and drops the rest: the other languages' bundles, the
transliterators, the character names and the large East Asian encoding tables.

Made with ICU's own tools (icupkg, genccode: the icu-devtools package) and the C compiler; without them
the bundle keeps the full library. tests/test_icu_data.py compares Qt's answers with both libraries.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

#: Locale bundles kept, by language (plus root, the parent of all).
LANGUAGES = ("fr", "en")
#: A locale bundle's name: a language and optional script, region and variants (not res_index, pool…).
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
#: Encoding tables at least this large are the multi-byte East Asian ones (2-500 KB each).
LARGE_CONVERTER = 12_000
TOOLS = ("icupkg", "genccode", "gcc", "nm", "readelf", "strip")


def dropped(item: str, size: int) -> bool:
    parts = item.split("/")
    name = parts[-1]
    stem, _, ext = name.rpartition(".")
    if stem in ("res_index", "pool", "root"):
        return False
    if parts[0] == "translit" and len(parts) > 1 or name == "unames.icu":
        return True
    if ext == "cnv":
        return size >= LARGE_CONVERTER
    return ext == "res" and bool(LOCALE.match(stem)) and not stem.startswith(LANGUAGES)


def _run(*cmd: str | Path, cwd: Path) -> str:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{cmd[0]}: {done.stderr.strip()[-500:]}")
    return done.stdout + done.stderr


def common_data(library: Path) -> tuple[str, bytes]:
    """The ICU common data (``icudtNN_dat``) inside the data library, with its package name (icudtNNl)."""
    symbols = _run("nm", "-D", "-S", library, cwd=library.parent)
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) R (icudt(\d+)_dat)$", symbols, re.M)
    if not match:
        raise RuntimeError(f"no icudtNN_dat symbol in {library}")
    address, size = int(match[1], 16), int(match[2], 16)
    sections = _run("readelf", "-S", "-W", library, cwd=library.parent)
    for line in sections.splitlines():
        fields = line.replace("[ ", "[").split()
        if len(fields) > 5 and fields[1] == ".rodata":
            start, offset = int(fields[3], 16), int(fields[4], 16)
            data = library.read_bytes()[address - start + offset :][:size]
            return f"icudt{match[4]}l", data
    raise RuntimeError(f"no .rodata section in {library}")


def reduced_library(library: Path, work: Path) -> Path | None:
    """A smaller copy of ``library`` (libicudata.so.NN) built under ``work``; None when the tools are missing."""
    if any(shutil.which(tool) is None for tool in TOOLS):
        return None
    if work.exists():
        shutil.rmtree(work)
    (work / "items").mkdir(parents=True)
    (work / "small").mkdir()
    package, data = common_data(library)
    full = work / f"{package}.dat"
    full.write_bytes(data)
    items = _run("icupkg", "-l", full, cwd=work).split()
    _run("icupkg", "-d", work / "items", "-x", "*", full, cwd=work)
    removed = {item for item in items if dropped(item, (work / "items" / item).stat().st_size)}
    small = work / "small" / f"{package}.dat"
    for _ in range(10):  # items that refer to a dropped one go too (de__PHONEBOOK → de_, windows-949 → ibm-1363…)
        (work / "remove.txt").write_text("\n".join(sorted(removed)) + "\n", "utf-8")
        small.unlink(missing_ok=True)
        done = subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(full), str(small)],
                              cwd=work, capture_output=True, text=True, check=False)  # fmt: skip
        orphans = set(re.findall(r"^Item (\S+) depends on missing item", done.stdout + done.stderr, re.M))
        if not orphans:
            if done.returncode != 0:
                raise RuntimeError(f"icupkg: {done.stderr.strip()[-500:]}")
            break
        removed |= orphans
    _run("genccode", "-e", package[:-1], "-a", "gcc", "-d", work / "small", small, cwd=work)
    output = work / library.name
    _run("gcc", "-shared", "-nostdlib", "-o", output, work / "small" / f"{package}_dat.S",
         f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack", cwd=work)  # fmt: skip
    _run("strip", output, cwd=work)
    return output
