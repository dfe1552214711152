"""What a PDF to verify may cost, checked before anything renders or extracts it.

Owns the bounds of ``verify``: pages, drawing instructions once decompressed (per page, and for the
file, a stream shared by many pages counted at each use), image pixels, and the objects walked to
count them. Streams are measured with a capped decompression (never more than the cap is inflated),
so an 18 KB file whose pages share one 5 MB content stream is refused in milliseconds, where a
renderer or a text extractor would spend minutes on it. A charte-app page holds a few dozen KB of
instructions: the caps leave a hundredfold margin and refuse only what is not one of our documents.

Also owns :func:`decoded`, the capped decoding the structural comparison uses for fonts.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Any

from ..errors import UserError

#: Drawing instructions of one page, decompressed (ours: under 20 KB).
MAX_PAGE_BYTES = 1024 * 1024
#: Drawing instructions of the whole file, each use of a shared stream counted.
MAX_FILE_BYTES = 12 * 1024 * 1024
#: Image pixels drawn on one page, and in the whole file (a letterhead logo is well under this).
MAX_PAGE_PIXELS = 40_000_000
MAX_FILE_PIXELS = 200_000_000
#: Pages of a PDF to verify: our longest documents have a few dozen.
MAX_PAGES = 500
#: Objects visited while counting (resources, forms, annotations), for the whole file.
MAX_OBJECTS = 200_000
#: Nesting of forms within forms.
MAX_DEPTH = 12
#: A stream with an unusual filter (LZW, RunLength…) is decoded only when its raw size is this small.
_SMALL_RAW = 16 * 1024

_FLATE = {"/FlateDecode", "/Fl"}
_ASCII = {"/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85"}
_IMAGE = {"/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/CCF"}


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " Mo"


class TooCostly(UserError):
    """A PDF beyond the bounds of ``verify``: refused with what exceeded, in French."""


def _filters(stream: Any) -> list[str]:
    found = stream.get("/Filter")
    if found is None:
        return []
    found = found.get_object()
    if isinstance(found, list):
        return [str(f.get_object()) for f in found]
    return [str(found)]


def _raw(stream: Any) -> bytes:
    data = getattr(stream, "_data", b"")  # pypdf keeps the encoded bytes there, decoded only on get_data()
    return data if isinstance(data, bytes) else bytes(data)


def _inflate(data: bytes, cap: int, wbits: int = zlib.MAX_WBITS) -> bytes | None:
    """At most ``cap`` bytes of a Flate stream (None when it would give more). A damaged stream gives
    what comes before the damage, as readers draw it; one without its zlib header is read as raw
    deflate, as lenient readers do (never counted as empty)."""
    inflater = zlib.decompressobj(wbits)
    out = bytearray()
    for start in range(0, len(data), 65536):
        try:
            out += inflater.decompress(data[start : start + 65536], cap + 1 - len(out))
        except zlib.error:
            if not out and wbits > 0:
                return _inflate(data, cap, -zlib.MAX_WBITS)
            break
        if len(out) > cap or inflater.unconsumed_tail:
            return None
    return bytes(out)


def decoded(stream: Any, cap: int) -> bytes | None:
    """A stream's bytes, decoded, when they hold in ``cap`` bytes (None otherwise, or when they cannot
    be decoded safely). Only Flate is inflated here, under the cap; the ASCII filters shrink; other
    filters are decoded only from a small raw stream."""
    filters = _filters(stream)
    data = _raw(stream)
    try:
        if not filters:
            return data if len(data) <= cap else None
        if all(f in _ASCII | _FLATE for f in filters):
            for name in filters:
                inflated = _inflate(data, cap) if name in _FLATE else _pypdf_ascii(name, data)
                if inflated is None:
                    return None
                data = inflated
            if stream.get("/DecodeParms") is not None:  # a predictor: pypdf undoes it (the size is known to hold)
                return _pypdf_decode(stream, cap)
            return data
        if len(data) <= _SMALL_RAW:
            return _pypdf_decode(stream, cap)
    except Exception:  # noqa: BLE001 - a damaged stream is one that cannot be measured
        return None
    return None


def _pypdf_ascii(name: str, data: bytes) -> bytes:
    from pypdf.filters import ASCII85Decode, ASCIIHexDecode

    decoder: Any = ASCIIHexDecode if name in ("/ASCIIHexDecode", "/AHx") else ASCII85Decode
    out = decoder.decode(data)
    return out if isinstance(out, bytes) else str(out).encode("latin-1")


def _pypdf_decode(stream: Any, cap: int) -> bytes | None:
    out = stream.get_data()
    return out if len(out) <= cap else None


@dataclass
class Budget:
    """What the walk found: pages and the largest figures met (for the benchmark and the messages)."""

    pages: int = 0
    total_bytes: int = 0
    largest_page_bytes: int = 0
    total_pixels: int = 0
    objects: int = 0


class _Walk:
    def __init__(self, name: str) -> None:
        self.name = name
        self.budget = Budget()
        self.sizes: dict[Any, int] = {}  # stream identity → decoded size (each stream inflated once)
        self.page = 0
        self.page_bytes = 0
        self.page_pixels = 0

    def _refuse(self, what: str) -> None:
        raise TooCostly(
            f"« {self.name} » est trop lourd pour être vérifié : {what}. Un document de charte-app en "
            "demande bien moins : ce n'est pas un exemplaire d'une version enregistrée."
        )

    def _visit(self) -> None:
        self.budget.objects += 1
        if self.budget.objects > MAX_OBJECTS:
            self._refuse(f"il compte plus de {MAX_OBJECTS} objets à parcourir")

    def stream(self, stream: Any) -> None:
        """Count one use of a stream of drawing instructions."""
        self._visit()
        ref = getattr(stream, "indirect_reference", None)
        key = (ref.idnum, ref.generation) if ref is not None else id(stream)
        size = self.sizes.get(key)
        if size is None:
            data = decoded(stream, MAX_PAGE_BYTES)
            size = MAX_PAGE_BYTES + 1 if data is None else len(data)
            self.sizes[key] = size
        self.page_bytes += size
        self.budget.total_bytes += size
        if self.page_bytes > MAX_PAGE_BYTES:
            self._refuse(
                f"la page {self.page} demande plus de {_mb(MAX_PAGE_BYTES)} d'instructions de dessin une fois "
                "décompressées (la limite d'une page)"
            )
        if self.budget.total_bytes > MAX_FILE_BYTES:
            self._refuse(
                f"ses pages demandent plus de {_mb(MAX_FILE_BYTES)} d'instructions de dessin une fois "
                f"décompressées (à la page {self.page})"
            )

    def image(self, image: Any) -> None:
        self._visit()
        try:
            pixels = int(image.get("/Width", 0)) * int(image.get("/Height", 0))
        except (TypeError, ValueError):
            pixels = 0
        self.page_pixels += max(pixels, 0)
        self.budget.total_pixels += max(pixels, 0)
        if self.page_pixels > MAX_PAGE_PIXELS or self.budget.total_pixels > MAX_FILE_PIXELS:
            self._refuse(
                f"la page {self.page} dessine des images de plus de {MAX_PAGE_PIXELS // 1_000_000} millions de pixels"
            )

    def resources(self, resources: Any, depth: int) -> None:
        if resources is None or depth > MAX_DEPTH:
            if depth > MAX_DEPTH:
                self._refuse(f"la page {self.page} imbrique plus de {MAX_DEPTH} dessins les uns dans les autres")
            return
        resources = resources.get_object()
        self._visit()
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for value in xobjects.get_object().values():
                self.xobject(value.get_object(), depth)
        fonts = resources.get("/Font")
        if fonts is not None:
            for font in fonts.get_object().values():
                font = font.get_object()
                self._visit()
                if font.get("/Subtype") == "/Type3":
                    procs = font.get("/CharProcs")
                    for proc in procs.get_object().values() if procs is not None else []:
                        self.stream(proc.get_object())
                    self.resources(font.get("/Resources"), depth + 1)
        patterns = resources.get("/Pattern")
        if patterns is not None:
            for pattern in patterns.get_object().values():
                pattern = pattern.get_object()
                self._visit()
                if pattern.get("/PatternType") == 1 and hasattr(pattern, "get_data"):
                    self.stream(pattern)
                    self.resources(pattern.get("/Resources"), depth + 1)

    def xobject(self, xobject: Any, depth: int) -> None:
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            self.image(xobject)
            smask = xobject.get("/SMask")
            if smask is not None:
                self.image(smask.get_object())
        elif subtype == "/Form":
            self.stream(xobject)
            self.resources(xobject.get("/Resources"), depth + 1)

    def contents(self, contents: Any) -> None:
        if contents is None:
            return
        contents = contents.get_object()
        parts = contents if isinstance(contents, list) else [contents]
        for part in parts:
            self.stream(part.get_object())

    def annotations(self, page: Any, depth: int) -> None:
        annots = page.get("/Annots")
        if annots is None:
            return
        for annot in annots.get_object():
            annot = annot.get_object()
            self._visit()
            appearance = annot.get("/AP") if hasattr(annot, "get") else None
            if appearance is None:
                continue
            normal = appearance.get_object().get("/N")
            if normal is None:
                continue
            normal = normal.get_object()
            states = [normal] if hasattr(normal, "get_data") else [s.get_object() for s in normal.values()]
            for state in states:
                if hasattr(state, "get_data"):
                    self.stream(state)
                    self.resources(state.get("/Resources"), depth + 1)


def check(reader: Any, name: str) -> Budget:
    """Refuse (``TooCostly``) a PDF beyond the bounds; what it costs otherwise."""
    walk = _Walk(name)
    try:
        count = len(reader.pages)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged page tree: unreadable
        raise UserError(f"« {name} » est un PDF illisible ou endommagé : il ne peut pas être vérifié.") from exc
    if count > MAX_PAGES:
        raise TooCostly(f"« {name} » compte plus de {MAX_PAGES} pages : ce n'est pas un document de charte-app.")
    walk.budget.pages = count
    for number in range(count):
        walk.page = number + 1
        walk.page_bytes = 0
        walk.page_pixels = 0
        page = reader.pages[number]
        walk.contents(page.get("/Contents"))
        walk.resources(page.get("/Resources"), 0)
        walk.annotations(page, 0)
        walk.budget.largest_page_bytes = max(walk.budget.largest_page_bytes, walk.page_bytes)
    return walk.budget
