"""Raw OOXML touches on a redline DOCX, the only place the diff edits Word XML.

The documents package's DOCX writer already turns inserted / deleted runs
into ``w:ins`` / ``w:del`` (``w:delText`` for deleted text). On top of it this
module, reading the file back with python-docx:

* stamps every revision with the comparison's author and date;
* marks the paragraph mark of a paragraph that is wholly inserted or deleted,
  so accepting or rejecting removes the paragraph itself, not just its text;
* turns on ``w:trackRevisions`` so partners' own edits are tracked too.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from docx import Document as open_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_INS, _DEL, _RUN = qn("w:ins"), qn("w:del"), qn("w:r")
_CONTENT = {_INS, _DEL, _RUN, qn("w:hyperlink"), qn("w:fldSimple")}


def xml_date(when: datetime) -> str:
    """xsd:dateTime in UTC without fractions, as Word writes it."""
    from datetime import UTC

    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def _wholly(paragraph: Any) -> str | None:
    kinds = {child.tag for child in paragraph if child.tag in _CONTENT}
    if kinds == {_INS}:
        return "w:ins"
    if kinds == {_DEL}:
        return "w:del"
    return None


def _mark_paragraph(paragraph: Any, tag: str, stamp: dict[str, str], change_id: int) -> None:
    ppr = paragraph.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        change = ppr.find(qn("w:pPrChange"))
        sect = ppr.find(qn("w:sectPr"))
        anchor = change if change is not None else sect
        # CT_PPr: w:rPr comes after every property but before w:sectPr and w:pPrChange.
        if anchor is not None:
            anchor.addprevious(rpr)
        else:
            ppr.append(rpr)
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), str(change_id))
    for key, value in stamp.items():
        mark.set(qn(key), value)
    rpr.append(mark)


def _track_revisions(settings: Any) -> None:
    if settings.find(qn("w:trackRevisions")) is not None:
        return
    element = OxmlElement("w:trackRevisions")
    # CT_Settings order: w:writeProtection, w:view, w:zoom, w:removePersonalInformation,
    # w:removeDateAndTime, w:doNotDisplayPageBoundaries, w:displayBackgroundShape,
    # w:printPostScriptOverText, w:printFractionalCharacterWidth, w:printFormsData,
    # w:embedTrueTypeFonts, w:embedSystemFonts, w:saveSubsetFonts, w:saveFormsData,
    # w:mirrorMargins, w:alignBordersAndEdges, w:bordersDoNotSurroundHeader,
    # w:bordersDoNotSurroundFooter, w:gutterAtTop, w:hideSpellingErrors,
    # w:hideGrammaticalErrors, w:activeWritingStyle, w:proofState, w:formsDesign,
    # w:attachedTemplate, w:linkStyles, w:stylePaneFormatFilter, w:stylePaneSortMethod,
    # w:documentType, w:mailMerge, w:revisionView, w:trackRevisions, …
    before = (
        "w:doNotTrackMoves w:doNotTrackFormatting w:documentProtection w:autoFormatOverride "
        "w:styleLockTheme w:styleLockQFSet w:defaultTabStop"
    ).split()
    for tag in before:
        found = settings.find(qn(tag))
        if found is not None:
            found.addprevious(element)
            return
    settings.append(element)


def finish_redline(data: bytes, *, author: str, when: datetime) -> bytes:
    """The DOCX with every revision stamped ``author`` / ``when`` and revision tracking on."""
    doc = open_docx(io.BytesIO(data))
    stamp = {"w:author": author, "w:date": xml_date(when)}
    body = doc.element.body
    next_id = 1
    for element in body.iter(_INS, _DEL):
        element.set(qn("w:id"), str(next_id))
        for key, value in stamp.items():
            element.set(qn(key), value)
        next_id += 1
    for paragraph in body.iter(qn("w:p")):
        tag = _wholly(paragraph)
        if tag:
            _mark_paragraph(paragraph, tag, stamp, next_id)
            next_id += 1
    _track_revisions(doc.settings.element)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
