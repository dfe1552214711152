"""The names exported files get: a document's title made a file name, cut at a word, never mid-word.

Pure string work (no Jinja, no reportlab): the UI suggests these names in its save dialogs.
"""

from __future__ import annotations

from pathlib import Path

#: Characters Windows refuses in a file name.
_FORBIDDEN = '<>:"/\\|?*'
#: Longest name stem suggested (before " - version 3.pdf"): long enough to say which document it is.
MAX_STEM = 70
#: Words a cut name never ends with: « Convention de » says less than « Convention ».
_WEAK = {"de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "et", "en", "pour", "sur", "par", "–", "-"}


def file_stem(title: str, limit: int = MAX_STEM, default: str = "document") -> str:
    """``title`` as a file name stem: forbidden characters replaced, white space collapsed, and, when
    longer than ``limit``, cut after the last whole word that fits (never a weak word such as « de »)."""
    cleaned = "".join("-" if c in _FORBIDDEN or ord(c) < 32 else c for c in title)
    words = cleaned.split()
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > limit:
            break
        kept.append(word)
    if not kept and words:  # a first word longer than the limit: only then is a word cut
        kept = [words[0][:limit]]
    if len(kept) < len(words):
        while len(kept) > 1 and (kept[-1].lower() in _WEAK or kept[-1].lower().endswith(("d'", "l'"))):
            kept.pop()
    stem = " ".join(kept).strip(" .-–,;")
    return stem or default


def export_folder() -> Path:
    """Where a save dialog opens the first time: the user's Documents folder when there is one, else home."""
    home = Path.home()
    documents = home / "Documents"
    return documents if documents.is_dir() else home
