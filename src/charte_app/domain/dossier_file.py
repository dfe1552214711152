"""Reading and writing `.charte` files: bytes in, a checked :class:`DossierFile` out.

A file is accepted whole or refused whole: :func:`parse` raises
:class:`DossierRefused` listing every problem (format, JSON, types, business
rules), and :func:`dump` writes exactly what :func:`parse` reads back.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Collection
from functools import cache
from typing import Any

from .canonical import fingerprint_of_json
from .codec import decode, encode
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


def _reject_constant(name: str) -> Any:
    raise ValueError(f"valeur {name} interdite")


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
    before the whole file is: the top-level members are read in order until the draft is, and
    the versions, after it in every file :func:`dump` writes, are not even scanned. Only for
    display: what is stored comes from :func:`parse` of the whole file, which may still refuse
    it (a version altered, a duplicated key)."""
    head = _head(data)
    if head is None:  # not the layout dump() writes: the whole JSON is read, still only the draft checked
        return from_json(loads(data), versions=())
    return from_json(head, versions=())


_HEAD_KEYS = frozenset({"format", "format_version", "dossier"})
_SPACE = re.compile(r"[ \t\n\r]*")


#: How much of a file :func:`_head` decodes first; four times more each time the draft goes on.
_HEAD_PREFIX = 256 * 1024


def _head(data: bytes | str) -> dict[str, Any] | None:
    """The top-level members up to the draft, or None when the text does not read as expected
    (the caller then reads it whole, and reports its faults as always).

    Only a beginning of the file is decoded from UTF-8 (the draft comes first, the versions make up
    the rest: most of 10 MB), longer while the members do not end in it. A member read from a beginning
    is the member read from the whole text: a value is followed by a comma before it is taken.
    """
    if len(data) > MAX_FILE_BYTES:
        return None
    size = _HEAD_PREFIX
    while True:
        whole = size >= len(data)
        try:
            if isinstance(data, bytes):
                # An incremental decoder: a character cut at the end of the beginning waits for the rest.
                text = codecs.getincrementaldecoder("utf-8")().decode(data[:size], final=whole)
            else:
                text = data[:size]
        except UnicodeDecodeError:
            return None
        head = _head_of(text)
        if head is not None or whole:
            return head
        size *= 4


def _head_of(text: str) -> dict[str, Any] | None:
    """:func:`_head` of a text (the whole file's or a beginning of it)."""
    try:
        text = text.removeprefix("\ufeff")
        decoder = json.JSONDecoder(parse_constant=_reject_constant)
        i = _SPACE.match(text, 0).end()  # type: ignore[union-attr]  # matches the empty string
        if text[i] != "{":
            return None
        head: dict[str, Any] = {}
        while not _HEAD_KEYS <= head.keys():
            i = _SPACE.match(text, i + 1).end()  # type: ignore[union-attr]
            if text[i] != '"':
                return None
            key, i = json.decoder.scanstring(text, i + 1)  # type: ignore[attr-defined]
            i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
            if text[i] != ":" or key in head:
                return None
            value, i = decoder.raw_decode(text, _SPACE.match(text, i + 1).end())  # type: ignore[union-attr]
            head[key] = value
            i = _SPACE.match(text, i).end()  # type: ignore[union-attr]
            if text[i] != ",":
                return None  # the object ends (or is malformed) before the draft was read
        return head
    except (UnicodeDecodeError, ValueError, IndexError, RecursionError):
        return None


def loads(data: bytes | str) -> Any:
    """The file's JSON value; refused (in French) when it is not UTF-8 or not JSON."""
    if len(data) > MAX_FILE_BYTES:
        raise DossierRefused([Problem("", _too_big(len(data)))], _UNREADABLE)
    value = _fast_loads(_without_bom(data))
    if value is not _REFUSED:
        return value
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise DossierRefused(
            [Problem("", f"le fichier n'est pas en UTF-8 (octet {exc.start}).")], _UNREADABLE
        ) from None
    try:
        raw = json.loads(_without_bom(text), parse_constant=_reject_constant)
    except RecursionError:
        raise DossierRefused([Problem("", _too_deep())], _UNREADABLE) from None
    except (json.JSONDecodeError, ValueError) as exc:
        where = f" (ligne {exc.lineno}, colonne {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise DossierRefused([Problem("", f"JSON invalide{where}.")], _UNREADABLE) from None
    return raw


_REFUSED = object()
_BOM = "\ufeff".encode()


@cache
def _decoder() -> Any:
    """msgspec's JSON decoder: it reads a 10 MB file in about two thirds of the time ``json`` takes
    (UTF-8 decoded and objects built in one pass), the largest single cost of printing or comparing
    from a file. Imported on first use: the window shows a file's draft before reading it whole."""
    import msgspec.json

    return msgspec.json.Decoder()


def _without_bom(data: bytes | str) -> bytes | str:
    """The text without the byte order mark Notepad and other Windows editors start UTF-8 files with
    (not JSON, but harmless)."""
    return data.removeprefix(_BOM) if isinstance(data, bytes) else data.removeprefix("\ufeff")


def _fast_loads(data: Any) -> Any:
    """The JSON value of ``data`` (bytes, text or a :class:`msgspec.Raw` span, without a byte order
    mark) as msgspec reads it, or ``_REFUSED`` when msgspec does not accept the text.

    msgspec accepts no text that ``json`` refuses, and both give equal values for any text both accept
    (tests/test_json_reading.py). It refuses a few that ``json`` accepts: a lone surrogate escape, a
    number beyond a double's range, nesting past Python's recursion limit. Those, and every malformed
    file, go to ``json``, which reports them as it always did.
    """
    import msgspec

    try:
        return _decoder().decode(data)
    except (msgspec.MsgspecError, RecursionError, ValueError):
        return _REFUSED


#: How a version written by :func:`dump` (or any JSON writer keeping its key order) starts.
_VERSION_NUMBER = re.compile(rb"\{\s*\"number\"\s*:\s*(\d{1,18})\s*,")


@cache
def _layout_decoder() -> Any:
    """msgspec's decoder of the file's layout: the top-level members decoded, except each version,
    kept as its span of the text (:class:`msgspec.Raw`). A key of another format version or a
    member of another type is refused, and the whole text read instead (:func:`loads`)."""
    import msgspec
    import msgspec.json

    unset = msgspec.UNSET
    fields = [("format", Any, unset), ("format_version", Any, unset), ("dossier", Any, unset)]
    layout = msgspec.defstruct("Layout", [*fields, ("versions", list[msgspec.Raw], unset)], forbid_unknown_fields=True)
    return msgspec.json.Decoder(layout)


def _selective_loads(data: bytes | str, wanted: Collection[int]) -> dict[str, Any] | None:
    """The file's JSON value as :func:`from_json` needs it for ``versions=wanted``, or None when the
    text is not laid out as expected: the caller then reads it whole, and reports its faults as always.

    Printing the draft of a 10 MB file used to build, then free, the objects of its 30 versions (a
    tenth of the process). Here the whole text is still checked to be JSON, but a version not asked
    for is only skipped: its number is read from its beginning, where :func:`dump` writes it, and
    its text is not decoded. So, like its fingerprint, its UTF-8 is not checked: a version damaged
    there is refused when a command reads it, or when the file is imported. Each version asked for
    is decoded whole, and must carry the number it was chosen by.
    """
    if len(data) > MAX_FILE_BYTES:
        return None
    data = _without_bom(data)
    import msgspec

    try:
        layout = _layout_decoder().decode(data)
    except (msgspec.MsgspecError, RecursionError, ValueError):
        return None
    raw = {name: value for name in layout.__struct_fields__ if (value := getattr(layout, name)) is not msgspec.UNSET}
    spans = raw.get("versions", [])
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
        entry = _fast_loads(spans[i])
        number = entry.get("number") if isinstance(entry, dict) else None
        if type(number) is not int or number != entries[i]["number"]:
            return None  # refused by msgspec, or numbered again further on (JSON keeps the last): read as a whole
        entries[i] = entry
    if spans:
        raw["versions"] = entries
    return raw


def _too_big(size: int) -> str:
    return f"fichier trop volumineux ({size // 1_000_000} Mo ; {MAX_FILE_BYTES // 1_000_000} Mo au plus)."


def _too_deep() -> str:
    return f"objets ou listes imbriqués sur plus de {MAX_DEPTH} niveaux : ce n'est pas un dossier .charte."


def check_raw(raw: Any) -> list[Problem]:
    """Hygiene of a parsed JSON value, before any decoding: nesting depth, and characters no
    document can carry in any text or key (see :mod:`.text`). Iterative, so any depth is safe."""
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
    return (json.dumps(to_json(doc), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
