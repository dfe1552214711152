"""A territory's letterhead (``papier-en-tete.docx``): whether it can be used, and where its logo is.

The DOCX export opens the letterhead itself as its base (styles, header,
logo); the PDF export only needs the logo, read here from the package: the
first image a header refers to, else the first image of the file.

:func:`check_letterhead` refuses, in French, a file that is not a Word
package, one too large once unpacked (a "zip bomb"), and one whose XML
declares a DOCTYPE or entities: Word refuses such a part, so a document built
on it would open nowhere, and entities are how XML parsers are attacked.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ..errors import UserError

#: Unpacked size of a letterhead: a logo, styles and a header weigh a few megabytes at most.
MAX_UNPACKED = 50 * 1024 * 1024
#: Pixels of an image of the letterhead (an A4 page at 400 dpi; a logo needs a hundredth of it):
#: decoding one takes four bytes a pixel, and a 12 000 × 12 000 logo cost every PDF export 465 MB.
MAX_IMAGE_PIXELS = 25_000_000
_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)

_TARGET = re.compile(r'Target="([^"]+\.(?:png|jpe?g|gif|bmp))"', re.IGNORECASE)


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height read from a PNG, JPEG, GIF or BMP header, without decoding; else None."""
    import struct

    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data[:6] in (b"GIF87a", b"GIF89a"):
        width, height = struct.unpack("<HH", data[6:10])
        return width, height
    if data[:2] == b"BM" and len(data) >= 26:
        width, height = struct.unpack("<ii", data[18:26])
        return abs(width), abs(height)
    if data[:2] == b"\xff\xd8":
        at = 2
        while at + 9 <= len(data) and data[at] == 0xFF:
            marker = data[at + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                at += 2
                continue
            length = struct.unpack(">H", data[at + 2 : at + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
                height, width = struct.unpack(">HH", data[at + 5 : at + 9])
                return width, height
            at += 2 + length
    return None


def check_image_size(path: Path, name: str, width: int, height: int) -> None:
    """Refuse an image too large to decode (see :data:`MAX_IMAGE_PIXELS`)."""
    if width * height > MAX_IMAGE_PIXELS:
        size = f"{width:,} × {height:,}".replace(",", "\u202f").replace(" × ", "\u00a0×\u00a0")
        raise LetterheadRefused(
            path,
            f"son image « {name} » mesure {size} pixels, au-delà des {MAX_IMAGE_PIXELS // 1_000_000} millions de "
            "pixels qu'un papier à en-tête peut avoir. Réduisez-la (un logo n'a pas besoin de plus de 2\u202f000 "
            "pixels de côté) puis enregistrez de nouveau le document.",
        )


def first_header_image(path: Path) -> bytes | None:
    """The logo's bytes, or None (no image, or not a readable .docx)."""
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            rels = sorted(n for n in names if re.fullmatch(r"word/_rels/header\d*\.xml\.rels", n))
            for rel in rels:
                for target in _TARGET.findall(package.read(rel).decode("utf-8", "replace")):
                    name = posixpath.normpath(posixpath.join("word", target))
                    if name in names:
                        return package.read(name)
            media = sorted(n for n in names if n.startswith("word/media/"))
            return package.read(media[0]) if media else None
    except (OSError, zipfile.BadZipFile, KeyError):
        return None


class LetterheadRefused(UserError):
    """A letterhead that cannot serve as the base of a document; the message says why and what to do."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"Le papier à en-tête « {path} » ne peut pas être utilisé : {reason} Corrigez-le ou retirez-le "
            "du dossier des modèles."
        )


def _xml_text(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:64]:
        return data.decode("utf-16", "replace")
    return data.decode("utf-8", "replace")


def check_letterhead(path: Path) -> None:
    """Refuse a letterhead no document can be built on (see the module's docstring)."""
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
            if sum(info.file_size for info in infos) > MAX_UNPACKED:
                raise LetterheadRefused(path, f"il dépasse {MAX_UNPACKED // 1024 // 1024} Mo une fois décompressé.")
            names = {info.filename for info in infos}
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise LetterheadRefused(path, "ce n'est pas un document Word (.docx).")
            for info in infos:
                if info.filename.startswith("word/media/"):
                    size = image_size(package.read(info))
                    if size is not None:
                        check_image_size(path, info.filename, *size)
                if info.filename.endswith((".xml", ".rels")):
                    data = package.read(info)
                    if _DECLARATION.search(_xml_text(data)):
                        raise LetterheadRefused(
                            path,
                            f"sa partie « {info.filename} » contient une déclaration DOCTYPE ou ENTITY, que Word "
                            "refuse (le document produit ne s'ouvrirait nulle part). Enregistrez-le de nouveau "
                            "depuis Word ou LibreOffice.",
                        )
                    try:  # safe: no DOCTYPE, hence no entity to expand
                        ElementTree.fromstring(data)
                    except ElementTree.ParseError as exc:
                        raise LetterheadRefused(
                            path, f"sa partie « {info.filename} » n'est pas du XML valide (ligne {exc.position[0]})."
                        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError):
        raise LetterheadRefused(path, "ce n'est pas un document Word (.docx) lisible.") from None
    except OSError as exc:
        from ..errors import system_reason

        raise LetterheadRefused(path, f"il ne peut pas être lu ({system_reason(exc)}).") from None


# --- Active content -------------------------------------------------------------------------------
#
# A letterhead is a document from anywhere (a colleague, a download): Word runs or fetches what it
# carries as soon as the exported document is opened — a DDEAUTO field starts a program, an
# INCLUDEPICTURE field or an external image fetches a URL (and tells its owner who opened what), a
# remote attached template brings macros. Only what a letterhead is for goes into an export:
# styles, numbering, fonts, theme, headers and footers, embedded images, drawings.

_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_O = "{urn:schemas-microsoft-com:office:office}"
_V = "{urn:schemas-microsoft-com:vml}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

#: Relationships kept (last segment of their type, whichever OOXML flavour): everything else —
#: macros (vbaProject, vbaData, keyMapCustomizations, attachedToolbars), OLE objects and packages,
#: ActiveX controls, attached templates, sub-documents, alternative chunks, mail-merge sources,
#: printer settings, hyperlinks — is dropped, and its part with it.
_SAFE_RELATIONSHIPS = frozenset(
    {
        "officeDocument", "core-properties", "extended-properties", "custom-properties", "thumbnail",
        "styles", "stylesWithEffects", "numbering", "fontTable", "settings", "webSettings", "theme",
        "header", "footer", "image", "footnotes", "endnotes", "comments", "commentsExtended",
        "commentsIds", "commentsExtensible", "people", "glossaryDocument", "customXml",
        "customXmlProps", "font", "diagramData", "diagramLayout", "diagramQuickStyle", "diagramColors",
        "diagramDrawing", "chart", "chartStyle", "chartColorStyle", "themeOverride",
    }
)  # fmt: skip
#: Fields that stay fields: page numbers. Any other keeps its last shown result as plain text.
SAFE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
#: Elements that exist only to hold active content (OLE objects, ActiveX controls, included
#: documents, the attached template, a mail-merge data source, HTML frames): removed whole.
_ACTIVE_ELEMENTS = frozenset(
    {
        f"{_W}object", f"{_W}control", f"{_O}OLEObject", f"{_W}altChunk", f"{_W}subDoc",
        f"{_W}attachedTemplate", f"{_W}mailMerge", f"{_W}frameset", f"{_A}hlinkClick", f"{_A}hlinkHover",
    }
)  # fmt: skip
#: Main-part content types of a macro-enabled document or a template, and the plain document's.
_MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = frozenset(
    {
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    }
)


def _parse_xml(data: bytes) -> Any:
    from lxml import etree

    # check_letterhead refused DOCTYPEs; the parser is told the same anyway.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser)


def _to_xml(root: Any) -> bytes:
    from lxml import etree

    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _rels_name(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"


def _target(source: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _clean_fields(root: Any) -> bool:
    """Fields other than page numbers lose their code and keep their shown result as text."""
    changed = False
    for simple in list(root.iter(f"{_W}fldSimple")):
        words = (simple.get(f"{_W}instr") or "").split()
        if words and words[0].upper() in SAFE_FIELDS:
            continue
        parent = simple.getparent()
        index = parent.index(simple)
        for child in [c for c in simple if c.tag != f"{_W}fldData"]:
            parent.insert(index, child)
            index += 1
        parent.remove(simple)
        changed = True
    stack: list[tuple[list[Any], list[str]]] = []
    doomed: list[Any] = []
    marks = (f"{_W}fldChar", f"{_W}instrText", f"{_W}delInstrText")
    for element in list(root.iter(*marks)):
        if element.tag != f"{_W}fldChar":
            if stack:
                stack[-1][0].append(element)
                stack[-1][1].append(element.text or "")
            else:
                doomed.append(element)  # an instruction outside any field
            continue
        kind = element.get(f"{_W}fldCharType")
        if kind == "begin":
            stack.append(([element], []))
        elif not stack:
            doomed.append(element)
        elif kind == "separate":
            stack[-1][0].append(element)
        else:  # end
            elements, instruction = stack.pop()
            elements.append(element)
            words = "".join(instruction).split()
            if not words or words[0].upper() not in SAFE_FIELDS:
                doomed.extend(elements)
    for elements, _ in stack:  # never ended
        doomed.extend(elements)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
            changed = True
    return changed


def _clean_part(root: Any, dropped: set[str]) -> bool:
    """Active elements, references to dropped relationships, external VML links, fields."""
    changed = False
    for element in list(root.iter(*_ACTIVE_ELEMENTS)):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
            changed = True
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue  # comments, processing instructions
        for name in [n for n in element.attrib if n.startswith(_R) and element.attrib[n] in dropped]:
            if element.tag == f"{_W}hyperlink":  # the text stays, the link goes
                parent = element.getparent()
                index = parent.index(element)
                for child in list(element):
                    parent.insert(index, child)
                    index += 1
                parent.remove(element)
                changed = True
                break
            del element.attrib[name]
            changed = True
        if element.tag.startswith(_V) or element.tag.startswith(_O):
            for name in [n for n in element.attrib if n in (f"{_O}href", "href", "src")]:
                del element.attrib[name]  # VML images and fills fetched from a path or a URL
                changed = True
    return _clean_fields(root) or changed


_inert_cache: dict[tuple[str, int, int], bytes] = {}


def inert_letterhead(path: Path) -> bytes:
    """:func:`inert_package` of the file, remembered while the file is unchanged (one entry)."""
    import os

    info = os.stat(path)
    key = (str(path), info.st_mtime_ns, info.st_size)
    cached = _inert_cache.get(key)
    if cached is None:
        cached = inert_package(path.read_bytes())
        _inert_cache.clear()
        _inert_cache[key] = cached
    return cached


def inert_package(data: bytes) -> bytes:
    """The letterhead's package without active content (see the comment above)."""
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist() if not info.is_dir()}
        order = [info.filename for info in source.infolist() if not info.is_dir()]
    dropped: dict[str, set[str]] = {}
    kept: set[str] = {"[Content_Types].xml"}
    queue = [""]  # the package itself, whose relationships are _rels/.rels
    while queue:
        part = queue.pop()
        rels_name = _rels_name(part) if part else "_rels/.rels"
        if rels_name not in parts:
            continue
        kept.add(rels_name)
        root = _parse_xml(parts[rels_name])
        for rel in list(root):
            kind = (rel.get("Type") or "").rstrip("/").rpartition("/")[2]
            external = (rel.get("TargetMode") or "").lower() == "external"
            if external or kind not in _SAFE_RELATIONSHIPS:
                dropped.setdefault(part, set()).add(rel.get("Id") or "")
                root.remove(rel)
                continue
            target = _target(part, rel.get("Target") or "")
            if target in parts and target not in kept:
                kept.add(target)
                queue.append(target)
        if part in dropped:
            parts[rels_name] = _to_xml(root)
    types = _parse_xml(parts["[Content_Types].xml"])
    for entry in list(types):
        if entry.tag == f"{{{_CONTENT_TYPES}}}Override":
            name = (entry.get("PartName") or "").lstrip("/")
            if name not in kept:
                types.remove(entry)
            elif entry.get("ContentType") in _OTHER_MAINS:
                entry.set("ContentType", _MAIN_DOCUMENT)
    parts["[Content_Types].xml"] = _to_xml(types)
    for name in kept:
        if name.endswith(".xml") and name != "[Content_Types].xml":
            root = _parse_xml(parts[name])
            if _clean_part(root, dropped.get(name, set())):
                parts[name] = _to_xml(root)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name in order:
            if name in kept:
                package.writestr(name, parts[name])
    return out.getvalue()
