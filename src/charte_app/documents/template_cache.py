"""Compiled document templates kept between processes: where, under which identity, for whom.

Compiling the bundled templates costs a fresh process about 100 ms (an export pays it every
time otherwise); Jinja2 can keep the compiled code (:class:`jinja2.FileSystemBytecodeCache`).
Three things make that safe here:

* **Whose folder.** Compiled code is run as it is: whoever can write it runs code in the
  application, outside the sandbox. It lives in the user's own cache folder
  (``CHARTE_APP_CACHE_DIR``, else the platform's: ``~/.cache/charte-app`` on Linux), never in the
  data folder next to the templates (which may sit on a shared drive), and on POSIX only when
  that folder is a real directory of the user's, writable by nobody else.
* **Which code.** Jinja keys an entry by the template's name and path and checks the checksum
  of its source, so an edited override is compiled again. But the compiled code also depends on
  the environment: the sandbox's intercepted operators and the filters are decided at compile
  time, and constant expressions are computed then, by our filters and ``finalize``. Each
  environment therefore writes to a sub-folder named after :func:`identity` — Jinja, Python,
  the environment's settings and filters, and the files of the code that runs at compile time —
  so an upgraded application (or a tightened sandbox) never runs code compiled for another one.
  Folders of other identities are removed when a new one is created.
* **Failures.** A cache that cannot be read or written is skipped: the template is compiled,
  the document is printed.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from pathlib import Path
from typing import Any

import jinja2

#: Name of the folder under the cache directory.
FOLDER = "modeles"
_IDENTITY = re.compile(r"[0-9a-f]{16}")


class TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache, for which an unreadable or unwritable entry is a miss, not an error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry (truncated, garbage): compiled again, then rewritten
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # full disk, read-only folder: the next process compiles again
            pass


def _file_stamp(path: str | None) -> tuple[str, int, int] | tuple[str]:
    if not path:
        return ("",)
    try:
        info = os.stat(path)
    except OSError:
        return (path,)
    return (path, info.st_size, info.st_mtime_ns)


def _code_files() -> list[str | None]:
    """Source files of what may run at compile time: the engine, its filters and ``finalize``
    (our modules and the libraries they call), and Jinja itself."""
    import importlib.util

    import markupsafe

    from ..domain import siret, text
    from . import engine, naming, typography

    modules = (engine, naming, typography, text, siret, jinja2, markupsafe)
    files: list[str | None] = [getattr(m, "__file__", None) for m in modules]
    for name in ("num2words", "stdnum"):
        module = sys.modules.get(name)
        if module is not None:
            files.append(getattr(module, "__file__", None))
            continue
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        files.append(spec.origin if spec is not None else None)
    files.append(sys.executable)  # a frozen application has no source files: its executable, then
    return files


def _pass_arg(func: Any) -> str:
    return str(getattr(func, "jinja_pass_arg", None))


def identity(env: jinja2.Environment) -> str:
    """16 hexadecimal digits naming everything compiled code depends on besides the source."""
    parts: list[Any] = [
        jinja2.__version__,
        sys.version,
        f"{type(env).__module__}.{type(env).__qualname__}",
        getattr(env, "sandboxed", False),
        sorted(getattr(env, "intercepted_binops", ())),
        sorted(getattr(env, "intercepted_unops", ())),
        env.optimized,
        env.is_async,
        repr(env.autoescape),
        _pass_arg(env.finalize),
        getattr(env.finalize, "__qualname__", repr(env.finalize)),
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        sorted(env.extensions),
        sorted((name, _pass_arg(f)) for name, f in env.filters.items()),
        sorted((name, _pass_arg(f)) for name, f in env.tests.items()),
        [_file_stamp(path) for path in _code_files()],
    ]
    return hashlib.sha256(repr(parts).encode("utf-8", "backslashreplace")).hexdigest()[:16]


def bytecode_cache(env: jinja2.Environment) -> TemplateCache | None:
    """The compiled-templates cache for ``env`` (configured: filters included), or None when
    there is no private folder to keep it in."""
    from ..fsutil import make_private_folder, private_folder
    from ..paths import cache_dir

    root = cache_dir() / FOLDER
    if not make_private_folder(root):
        return None
    name = identity(env)
    folder = root / name
    if not folder.is_dir():
        if not make_private_folder(folder):
            return None
        _remove_others(root, name)
    elif not private_folder(folder):
        return None
    return TemplateCache(str(folder))


def _remove_others(root: Path, keep: str) -> None:
    """Entries compiled for another identity (an older version, an edited engine) are dead."""
    import shutil

    try:
        entries = list(root.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name != keep and _IDENTITY.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
