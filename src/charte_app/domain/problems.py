"""Problems found in a dossier: where (a JSON path) and what (a French message)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One faulty value. ``path`` uses the file's own keys: ``dossier.conventions[0].start``."""

    path: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.path or '(fichier)'} : {self.message}"


class DossierRefused(Exception):
    """A dossier (file or edit) that cannot be accepted; carries every problem at once."""

    def __init__(self, problems: list[Problem], summary: str = "Le dossier est refusé.") -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.summary = summary
        super().__init__(self.french())

    def french(self) -> str:
        lines = [self.summary]
        lines += [f"- {_shown(str(p))}" for p in self.problems]
        return "\n".join(lines)


def _shown(line: str, limit: int = 500) -> str:
    """A message as printed: the values it quotes come from the file, so their invisible characters
    are shown as U+FFFD (a terminal would obey an escape sequence) and a huge value is cut."""
    from .text import FORBIDDEN

    line = FORBIDDEN.sub("\ufffd", line)
    return line if len(line) <= limit else line[: limit - 1] + "…"


def join(path: str, key: str | int) -> str:
    """Extend a JSON path with a key or a list index."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key
