"""Reading and writing `.charte` files: bytes in, a checked :class:`DossierFile` out.

A file is accepted whole or refused whole: :func:`parse` raises
:class:`DossierRefused` listing every problem (format, JSON, types, business
rules), and :func:`dump` writes exactly what :func:`parse` reads back.
"""

from __future__ import annotations

import json
from typing import Any

from .codec import decode, encode
from .model import FORMAT_NAME, FORMAT_VERSION, DossierFile
from .problems import DossierRefused, Problem
from .validation import errors, validate_file


def _reject_constant(name: str) -> Any:
    raise ValueError(f"valeur {name} interdite")


def parse(data: bytes | str) -> tuple[DossierFile, list[Problem]]:
    """Decode and check a `.charte` file. Returns the file and its warnings."""
    return from_json(loads(data))


def loads(data: bytes | str) -> Any:
    """The file's JSON value; refused (in French) when it is not UTF-8 or not JSON."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise DossierRefused(
            [Problem("", f"le fichier n'est pas en UTF-8 (octet {exc.start}).")],
            "Ce fichier n'est pas un dossier .charte lisible.",
        ) from None
    try:
        raw = json.loads(text, parse_constant=_reject_constant)
    except (json.JSONDecodeError, ValueError, RecursionError) as exc:
        where = f" (ligne {exc.lineno}, colonne {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise DossierRefused(
            [Problem("", f"JSON invalide{where}.")], "Ce fichier n'est pas un dossier .charte lisible."
        ) from None
    return raw


def from_json(raw: Any) -> tuple[DossierFile, list[Problem]]:
    if not isinstance(raw, dict):
        raise DossierRefused([Problem("", "le fichier doit contenir un objet JSON.")])
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
    problems: list[Problem] = []
    doc = decode(DossierFile, raw, "", problems)
    if doc.format_version != FORMAT_VERSION and not any(p.path == "format_version" for p in problems):
        problems.append(Problem("format_version", f"version de format {doc.format_version} inconnue."))
    type_paths = [p.path for p in errors(problems)]
    # Business rules run even when some values are mistyped, so the user gets every problem in one
    # pass; a rule about a value already reported (or inside it) would only repeat that report.
    problems += [p for p in validate_file(doc) if not _follows_from(p.path, type_paths)]
    if errors(problems):
        raise DossierRefused(problems)
    return doc, problems


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
