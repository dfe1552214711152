"""Remarks from a partner's Word copy: its comments and tracked changes, attached to our articles.

A partner returns the DOCX we exported, commented or with tracked changes (Word or LibreOffice).
:func:`read_remarks` reads ``word/document.xml`` and ``word/comments.xml`` (lxml, no entity
resolution) in document order: every article heading of our documents (« Article 3 – Règles
communes », « Préambule », a Heading 1 paragraph) starts a group, and each comment (where its range
starts), insertion (``w:ins``) or deletion (``w:del``) goes to the group it falls in, with its author,
date and text. Nothing is applied: the coordinator takes what they accept into the draft by hand.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..errors import UserError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_DOCX_BYTES = 100 * 1024 * 1024
BEFORE = "Début du document"
_ARTICLE = re.compile(r"^(Article\s+\d+(?:er)?\b|Préambule\b|Signataires\b|Annexe\b|Visas\b)", re.IGNORECASE)
KINDS = {"comment": "Commentaire", "insertion": "Ajout", "deletion": "Suppression"}


@dataclass
class Remark:
    kind: Literal["comment", "insertion", "deletion"]
    author: str
    date: str  # ISO as written in the file, "" when absent
    text: str
    quoted: str = ""  # a comment: the text it is anchored on

    def line(self) -> str:
        when = f", {self.date[:10]}" if self.date else ""
        about = f" (sur « {self.quoted[:60]} »)" if self.quoted else ""
        return f"{KINDS[self.kind]} – {self.author or 'auteur inconnu'}{when} : {self.text}{about}"


@dataclass
class ArticleRemarks:
    heading: str
    number: int | None  # the article number, when the heading is « Article N »
    remarks: list[Remark] = field(default_factory=list)


def _text(node: Any, tag: str = f"{W}t") -> str:
    return "".join(t.text or "" for t in node.iter(tag))


def _paragraph_text(p: Any) -> str:
    """A paragraph as it reads now: deleted text left out."""
    parts: list[str] = []
    for t in p.iter(f"{W}t", f"{W}tab"):
        if any(anc.tag == f"{W}del" for anc in t.iterancestors()):
            continue
        parts.append("\t" if t.tag == f"{W}tab" else t.text or "")
    return "".join(parts).strip()


def _is_heading(p: Any, text: str) -> bool:
    if not text:
        return False
    style = p.find(f"{W}pPr/{W}pStyle")
    name = (style.get(f"{W}val") if style is not None else "") or ""
    outline = p.find(f"{W}pPr/{W}outlineLvl")
    level1 = name.replace(" ", "").lower() in ("heading1", "titre1") or (
        outline is not None and outline.get(f"{W}val") == "0"
    )
    return bool(_ARTICLE.match(text)) or level1


def _number(heading: str) -> int | None:
    m = re.match(r"Article\s+(\d+)", heading, re.IGNORECASE)
    return int(m.group(1)) if m else None


def read_remarks(path: Path) -> list[ArticleRemarks]:
    """The remarks of a DOCX, grouped by article in document order (groups without remarks left out)."""
    from lxml import etree

    from ..fsutil import read_user_file

    data = read_user_file(path, MAX_DOCX_BYTES, "le document Word")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        body_xml = archive.read("word/document.xml")
        names = set(archive.namelist())
        comments_xml = archive.read("word/comments.xml") if "word/comments.xml" in names else None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        root = etree.fromstring(body_xml, parser)
        comments_root = etree.fromstring(comments_xml, parser) if comments_xml else None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        raise UserError(f"« {path.name} » n'est pas un document Word (.docx) lisible.") from None
    comments: dict[str, tuple[str, str, str]] = {}
    if comments_root is not None:
        for c in comments_root.iter(f"{W}comment"):
            text = "\n".join(_text(p) for p in c.iter(f"{W}p")).strip()
            comments[c.get(f"{W}id", "")] = (c.get(f"{W}author", ""), c.get(f"{W}date", ""), text)
    groups: list[ArticleRemarks] = [ArticleRemarks(BEFORE, None)]
    placed: set[str] = set()
    open_ranges: dict[str, list[str]] = {}
    body = root.find(f"{W}body")
    if body is None:
        raise UserError(f"« {path.name} » n'est pas un document Word (.docx) lisible.")
    for p in body.iter(f"{W}p"):
        text = _paragraph_text(p)
        if _is_heading(p, text):
            groups.append(ArticleRemarks(text, _number(text)))
        group = groups[-1]
        last: Remark | None = None
        for node in p.iter(
            f"{W}commentRangeStart", f"{W}commentRangeEnd", f"{W}commentReference", f"{W}ins", f"{W}del", f"{W}t"
        ):
            tag = node.tag
            if tag == f"{W}t":
                for pieces in open_ranges.values():
                    pieces.append(node.text or "")
                if not any(anc.tag == f"{W}ins" for anc in node.iterancestors()):
                    last = None  # unchanged text between two revisions: they are two remarks
                continue
            if tag == f"{W}commentRangeStart":
                open_ranges[node.get(f"{W}id", "")] = []
                continue
            if tag in (f"{W}commentRangeEnd", f"{W}commentReference"):
                cid = node.get(f"{W}id", "")
                if cid in comments and cid not in placed:
                    placed.add(cid)
                    author, date, ctext = comments[cid]
                    quoted = "".join(open_ranges.pop(cid, [])).strip()
                    group.remarks.append(Remark("comment", author, date, ctext, quoted))
                open_ranges.pop(cid, None)
                continue
            if any(anc.tag in (f"{W}ins", f"{W}del") for anc in node.iterancestors()):
                continue  # nested revision: counted with its outer one
            kind: Literal["insertion", "deletion"] = "insertion" if tag == f"{W}ins" else "deletion"
            changed = _text(node) if kind == "insertion" else _text(node, f"{W}delText")
            if not changed:
                continue  # a paragraph mark or formatting only
            author, date = node.get(f"{W}author", ""), node.get(f"{W}date", "")
            if last is not None and (last.kind, last.author, last.date) == (kind, author, date):
                last.text += changed  # one change split over several runs
                continue
            last = Remark(kind, author, date, changed)
            group.remarks.append(last)
    for cid, (author, date, ctext) in comments.items():  # a comment whose anchor was not found
        if cid not in placed:
            groups[0].remarks.append(Remark("comment", author, date, ctext))
    return [g for g in groups if g.remarks]
