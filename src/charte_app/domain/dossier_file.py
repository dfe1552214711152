"""Reading and writing `.charte` files: bytes in, a checked :class:`DossierFile` out.

A file is accepted whole or refused whole: :func:`parse` raises
:class:`DossierRefused` listing every problem (format, JSON, types, business
rules), and :func:`dump` writes exactly what :func:`parse` reads back.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from functools import cache
from typing import Any

from . import jsontext
from .canonical import fingerprint_of_json
from .codec import decode, encode
from .jsontext import Number
from .model import FORMAT_NAME, FORMAT_VERSION, DossierFile
from .problems import DossierRefused, Problem, join
from .text import FORBIDDEN, text_problem
from .validation import errors, validate_file

#: Nesting levels of JSON objects and lists. The format itself needs about 12 (a version's
#: snapshot → conventions → contributions → schedule → payment); 64 leaves room for unknown keys
#: of a newer format and stays far below Python's recursion limit, which copying, encoding and
#: storing those keys rely on.
MAX_DEPTH = 64
#: Size of a `.charte` file. The largest realistic dossier (``samples.large_dossier_file``: 40
#: conventions, 12 versions) weighs about 10 MB; parsing costs about ten times the file in memory.
MAX_FILE_BYTES = 32 * 1024 * 1024
_UNREADABLE = "Ce fichier n'est pas un dossier .charte lisible."


def parse(
    data: bytes | str, *, versions: Collection[int] | None = None, draft: bool = True
) -> tuple[DossierFile, list[Problem]]:
    """Decode and check a `.charte` file. Returns the file and its warnings.

    ``versions`` (numbers): decode and check only those versions, for a command that reads a
    few (printing the draft needs none, a comparison two); the file's ``versions`` then holds
    only them. Each one kept is still checked whole, its fingerprint included. Importing or
    storing a file must check it all: leave ``versions`` to None.

    ``draft=False``, with ``versions``: the working draft is not decoded nor checked either (a
    command reading versions only: comparing or printing them). ``dossier`` then holds the
    draft's ``id`` alone, against which each version read is still checked (a version of another
    dossier is refused). The whole JSON text is always parsed: a file that is not JSON is refused;
    a version not read is only skipped over (see :func:`_selective_loads`).
    """
    if versions is not None:
        selected = _selective_loads(data, versions)
        if selected is not None:
            return from_json(selected, versions=versions, draft=draft)
    return from_json(loads(data), versions=versions, draft=draft)


def parse_draft(data: bytes | str) -> tuple[DossierFile, list[Problem]]:
    """The file's working draft alone (``versions`` empty), decoded and checked, for showing it
    before the whole file is: :func:`parse` with no version, so the draft shown is read exactly as
    the import reads it (a key written twice anywhere in the draft or the top level is refused by
    both). The versions are only skipped over; the import, which reads them, may still refuse the
    file (a version altered)."""
    return parse(data, versions=())


def loads(data: bytes | str) -> Any:
    """The file's JSON value; refused (in French) when it is not UTF-8, not JSON, or writes a key twice
    in one object (each such key named by its path). Every reading of a file comes here or to
    :func:`.jsontext.reader`, so no two readers of the same file ever see different values."""
    if len(data) > MAX_FILE_BYTES:
        raise DossierRefused([Problem("", _too_big(len(data)))], _UNREADABLE)
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise DossierRefused(
            [Problem("", f"le fichier n'est pas en UTF-8 (octet {exc.start}).")], _UNREADABLE
        ) from None
    try:
        return jsontext.loads(_without_bom(text))
    except RecursionError:
        raise DossierRefused([Problem("", _too_deep())], _UNREADABLE) from None
    except (json.JSONDecodeError, ValueError) as exc:
        where = f" (ligne {exc.lineno}, colonne {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise DossierRefused([Problem("", f"JSON invalide{where}.")], _UNREADABLE) from None


_BOM = "\ufeff".encode()


def _without_bom(data: Any) -> Any:
    """The text without the byte order mark Notepad and other Windows editors start UTF-8 files with
    (not JSON, but harmless)."""
    return data.removeprefix(_BOM) if isinstance(data, bytes) else data.removeprefix("\ufeff")


def _span_loads(span: Any) -> Any:
    """The JSON value of one span of the file (a :class:`msgspec.Raw`), read as :func:`loads` reads,
    or ``_REFUSED`` when it does not read cleanly (not UTF-8, a key written twice…): the caller then
    reads the whole file, which reports the fault with its path."""
    try:
        read = jsontext.reader()
        value = read.decoder.decode(bytes(span).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _REFUSED
    return _REFUSED if read.found_duplicates else value


_REFUSED = object()


#: How a version written by :func:`dump` (or any JSON writer keeping its key order) starts.
_VERSION_NUMBER = re.compile(rb"\{\s*\"number\"\s*:\s*(\d{1,18})\s*,")


@cache
def _layout_decoder() -> Any:
    """msgspec's decoder of the file's layout: each top-level member kept as its span of the text
    (:class:`msgspec.Raw`), each version too. A key of another format version or a member of another
    type is refused, and the whole text read instead (:func:`loads`)."""
    import msgspec
    import msgspec.json

    unset = msgspec.UNSET
    fields = [(name, msgspec.Raw, unset) for name in ("format", "format_version", "dossier")]
    layout = msgspec.defstruct("Layout", [*fields, ("versions", list[msgspec.Raw], unset)], forbid_unknown_fields=True)
    return msgspec.json.Decoder(layout)


_MEMBER = re.compile(rb'[ \t\n\r]*"(format|format_version|dossier|versions)"[ \t\n\r]*:[ \t\n\r]*')
_BLANK = re.compile(rb"[ \t\n\r]*")


def _written_once(data: bytes, raw: dict[str, Any]) -> bool:
    """Whether the text is exactly the members msgspec read, each key written once: msgspec keeps
    the last of a key written twice, where :func:`loads` refuses the file. Each member's span is
    found in place, one after the other (the versions' spans inside their list)."""
    seen: set[str] = set()
    i = _BLANK.match(data, 0).end()  # type: ignore[union-attr]  # matches the empty string
    if data[i : i + 1] != b"{":
        return False
    i += 1
    while True:
        member = _MEMBER.match(data, i)
        if member is None:
            return False
        name = member.group(1).decode()
        if name in seen or name not in raw:
            return False
        seen.add(name)
        i = member.end()
        spans = raw[name] if name == "versions" else [raw[name]]
        if name == "versions":
            if data[i : i + 1] != b"[":
                return False
            i = _BLANK.match(data, i + 1).end()  # type: ignore[union-attr]
        for n, span in enumerate(spans):
            if n:
                if data[i : i + 1] != b",":
                    return False
                i = _BLANK.match(data, i + 1).end()  # type: ignore[union-attr]
            part = bytes(span)  # compared as bytes: one memcmp (a memoryview compares item by item)
            if not data.startswith(part, i):
                return False
            i = _BLANK.match(data, i + len(part)).end()  # type: ignore[union-attr]
        if name == "versions":
            if data[i : i + 1] != b"]":
                return False
            i = _BLANK.match(data, i + 1).end()  # type: ignore[union-attr]
        if data[i : i + 1] == b"}":
            return seen == raw.keys() and _BLANK.match(data, i + 1).end() == len(data)  # type: ignore[union-attr]
        if data[i : i + 1] != b",":
            return False
        i += 1


def _selective_loads(data: bytes | str, wanted: Collection[int]) -> dict[str, Any] | None:
    """The file's JSON value as :func:`from_json` needs it for ``versions=wanted``, or None when the
    text is not laid out as expected: the caller then reads it whole, and reports its faults as always.

    Printing the draft of a 10 MB file used to build, then free, the objects of its 30 versions (a
    tenth of the process). Here the whole text is still checked to be JSON, but a version not asked
    for is only skipped: its number is read from its beginning, where :func:`dump` writes it, and
    its text is not decoded. So, like its fingerprint, its UTF-8 is not checked: a version damaged
    there is refused when a command reads it, or when the file is imported. Each version asked for
    is decoded whole (as :func:`loads` reads: a key written twice sends the file to it), and must
    carry the number it was chosen by. A top-level key written twice also sends the file to :func:`loads`.
    """
    if len(data) > MAX_FILE_BYTES:
        return None
    data = _without_bom(data)
    if isinstance(data, str):
        try:
            data = data.encode("utf-8")
        except UnicodeEncodeError:
            return None
    import msgspec

    try:
        layout = _layout_decoder().decode(data)
    except (msgspec.MsgspecError, RecursionError, ValueError):
        return None
    members = {
        name: value for name in layout.__struct_fields__ if (value := getattr(layout, name)) is not msgspec.UNSET
    }
    if not _written_once(data, members):
        return None
    raw: dict[str, Any] = {}
    for name, span in members.items():
        if name != "versions":
            raw[name] = _span_loads(span)
            if raw[name] is _REFUSED:
                return None
    spans = members.get("versions", [])
    entries: list[Any] = []
    for span in spans:
        found = _VERSION_NUMBER.match(memoryview(span)[:200])
        if found is None:
            return None
        entries.append({"number": int(found.group(1))})
    kept = _selected({"versions": entries}, wanted)
    if kept is None:
        return None
    for i in kept:
        entry = _span_loads(spans[i])
        number = entry.get("number") if isinstance(entry, dict) else None
        if type(number) is not int or number != entries[i]["number"]:
            return None  # refused, or numbered again further on: read as a whole
        entries[i] = entry
    if "versions" in members:
        raw["versions"] = entries
    return raw


def _too_big(size: int) -> str:
    return f"fichier trop volumineux ({size // 1_000_000} Mo ; {MAX_FILE_BYTES // 1_000_000} Mo au plus)."


def _too_deep() -> str:
    return f"objets ou listes imbriqués sur plus de {MAX_DEPTH} niveaux : ce n'est pas un dossier .charte."


def _not_finite(number: Number) -> str:
    shown = number.text if len(number.text) <= 40 else number.text[:40] + "…"
    return (
        f"nombre « {shown} » hors limites : un nombre doit être fini (ni NaN, ni Infinity, ni au-delà de "
        "1,8 × 10^308) : aucune application ne le relirait tel quel."
    )


def check_raw(raw: Any) -> list[Problem]:
    """Hygiene of a parsed JSON value, before any decoding: nesting depth, characters no document
    can carry in any text or key (see :mod:`.text`), and numbers that are not finite (``1e400``,
    ``NaN``: a file written with them again could not be read). Iterative, so any depth is safe."""
    problems: list[Problem] = []
    # (value, depth, parent entry, key): paths are only spelled out for a faulty value.
    stack: list[tuple[Any, int, Any, str | int | None]] = [(raw, 0, None, None)]

    def path_of(entry: Any) -> str:
        keys: list[str | int] = []
        while entry is not None and entry[3] is not None:
            keys.append(entry[3])
            entry = entry[2]
        path = ""
        for key in reversed(keys):
            path = join(path, key)
        return path

    search = FORBIDDEN.search  # strings are checked where they are met: most of a file is text
    while stack:
        entry = stack.pop()
        value, depth = entry[0], entry[1]
        if isinstance(value, dict):
            items: Any = value.items()
        elif isinstance(value, list):
            items = enumerate(value)
        else:
            if isinstance(value, str) and search(value) is not None:
                problems.append(Problem(path_of(entry), text_problem(value) or ""))
            elif type(value) is Number and not value.finite:
                problems.append(Problem(path_of(entry), _not_finite(value)))
            continue
        if depth >= MAX_DEPTH:
            return [Problem(path_of(entry), _too_deep())]
        for key, item in items:
            if type(key) is str and search(key) is not None:
                problems.append(Problem(path_of(entry), f"nom de clé invalide : {text_problem(key)}"))
            elif type(item) is str:
                if search(item) is not None:
                    problems.append(Problem(path_of((item, depth + 1, entry, key)), text_problem(item) or ""))
            elif isinstance(item, (dict, list)):
                stack.append((item, depth + 1, entry, key))
            elif type(item) is Number and not item.finite:
                problems.append(Problem(path_of((item, depth + 1, entry, key)), _not_finite(item)))
    problems.sort(key=lambda p: p.path)
    return problems


def from_json(
    raw: Any, *, versions: Collection[int] | None = None, draft: bool = True
) -> tuple[DossierFile, list[Problem]]:
    """The file of a parsed JSON value; ``versions`` and ``draft`` as for :func:`parse`."""
    if not isinstance(raw, dict):
        raise DossierRefused([Problem("", "le fichier doit contenir un objet JSON.")])
    kept = _selected(raw, versions) if versions is not None else None
    if kept is None:
        return _from_json(raw)
    # Decoding a few versions out of many (the rest is never looked at): problems are reported
    # at the versions' places in the file, not in the shortened list.
    selection = {**raw, "versions": [raw["versions"][i] for i in kept]}
    draft_id = None if draft else _draft_id(raw)
    if draft_id is not None:
        selection["dossier"] = {"id": draft_id, "title": "", "partners": []}
    try:
        doc, problems = _from_json(selection, draft=draft_id is None)
    except DossierRefused as exc:
        exc.problems = [_moved(p, kept) for p in exc.problems]
        exc.args = (exc.french(),)
        raise
    return doc, [_moved(p, kept) for p in problems]


def _selected(raw: dict[str, Any], numbers: Collection[int]) -> list[int] | None:
    """Indices of the versions numbered ``numbers``, or None when the list of versions is not
    well formed (not a list, an entry without an integer number, numbers not strictly
    increasing): then the whole file is decoded, so its problems are reported as always."""
    entries = raw.get("versions", [])
    if not isinstance(entries, list):
        return None
    wanted = set(numbers)
    kept: list[int] = []
    previous = 0
    for i, entry in enumerate(entries):
        number = entry.get("number") if isinstance(entry, dict) else None
        if type(number) is not int or number <= previous:
            return None
        previous = number
        if number in wanted:
            kept.append(i)
    return kept


def _draft_id(raw: dict[str, Any]) -> str | None:
    """The draft's id, when a draft that is not read stands as its id alone; None when the draft
    is not an object with a text id: then it is decoded, and its problems reported as always."""
    dossier = raw.get("dossier")
    if not isinstance(dossier, dict):
        return None
    ident = dossier.get("id")
    return ident if type(ident) is str else None


_VERSION_INDEX = re.compile(r"^versions\[(\d+)\]")


def _moved(problem: Problem, kept: list[int]) -> Problem:
    """A problem of the shortened list of versions, at its version's index in the file."""
    match = _VERSION_INDEX.match(problem.path)
    if match is None:
        return problem
    path = f"versions[{kept[int(match.group(1))]}]{problem.path[match.end() :]}"
    return Problem(path, problem.message, problem.severity)


def _from_json(raw: dict[str, Any], *, draft: bool = True) -> tuple[DossierFile, list[Problem]]:
    hygiene = check_raw(raw)
    if any(p.message == _too_deep() for p in hygiene):
        raise DossierRefused(hygiene)  # decoding would recurse that deep
    if raw.get("format") != FORMAT_NAME:
        raise DossierRefused(
            [Problem("format", f"format « {raw.get('format')} » inconnu : « {FORMAT_NAME} » est attendu.")],
            "Ce fichier n'est pas un dossier de coopération.",
        )
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise DossierRefused(
            [
                Problem(
                    "format_version",
                    f"version de format {version} : cette application lit jusqu'à la version {FORMAT_VERSION}.",
                )
            ],
            "Ce dossier a été écrit par une version plus récente de l'application : mettez-la à jour.",
        )
    problems: list[Problem] = list(hygiene)
    doc = decode(DossierFile, raw, "", problems)
    if hygiene:  # a NUL is also a type problem for the codec: report each faulty value once
        flagged = {p.path for p in hygiene}
        problems = hygiene + [p for p in problems[len(hygiene) :] if p.path not in flagged]
    if doc.format_version != FORMAT_VERSION and not any(p.path == "format_version" for p in problems):
        problems.append(Problem("format_version", f"version de format {doc.format_version} inconnue."))
    type_paths = [p.path for p in errors(problems)]
    # Business rules run even when some values are mistyped, so the user gets every problem in one
    # pass; a rule about a value already reported (or inside it) would only repeat that report.
    entries = raw.get("versions")
    written = [_written_fingerprint(e) for e in entries] if isinstance(entries, list) else None
    problems += [
        p for p in validate_file(doc, draft=draft, fingerprints=written) if not _follows_from(p.path, type_paths)
    ]
    if errors(problems):
        raise DossierRefused(problems)
    return doc, problems


def _written_fingerprint(entry: Any) -> str | None:
    """The fingerprint of a version's snapshot as the file writes it, or None when it is not an object.

    The same as the decoded snapshot's whenever that one decodes without a problem (the codec's
    encoding is the exact inverse of its decoding), at half the cost: the snapshot is not encoded
    again. When it does not decode cleanly, a fingerprint mismatch is not reported anyway (see
    :func:`_follows_from`). Text UTF-8 cannot carry (a lone surrogate, already reported where it
    is) gives "": never a match."""
    snapshot = entry.get("snapshot") if isinstance(entry, dict) else None
    if not isinstance(snapshot, dict):
        return None
    try:
        return fingerprint_of_json(snapshot)
    except UnicodeEncodeError:
        return ""


def _follows_from(path: str, type_paths: list[str]) -> bool:
    """Whether a business problem at ``path`` is a consequence of a mistyped value."""
    for bad in type_paths:
        if path == bad or path.startswith((bad + ".", bad + "[")):
            return True
        # A fingerprint covers its whole snapshot: any mistyped value inside makes a mismatch certain.
        if path.endswith(".fingerprint") and bad.startswith(path.removesuffix("fingerprint") + "snapshot"):
            return True
    return False


def to_json(doc: DossierFile) -> dict[str, Any]:
    return encode(doc)


def dump(doc: DossierFile) -> bytes:
    """The file's bytes: UTF-8, indented, readable in a text editor."""
    return (jsontext.dumps(to_json(doc), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
