"""The certificate as a PDF, drawn with reportlab from the layout's operations.

The Chinese font is the shipped TrueType WenQuanYi, embedded as a subset
(reportlab cannot embed CFF fonts); the canvas starts in that font so no
unembedded Helvetica appears. The QR code is one path of horizontal runs with
non-zero fill, as on the volunteer cards (scanners trip on seams between
separate module squares).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

from reportlab.pdfgen import canvas

from station_app.atomic_files import write_bytes_atomically
from station_app.certificates.document import CertificateDoc
from station_app.certificates.layout import layout
from station_app.page_pdf import draw_page, new_canvas

__all__ = ["draw_certificate", "documents_issuer", "documents_title", "draw_page", "new_canvas", "pdf_bytes", "write_pdf"]


def draw_certificate(c: canvas.Canvas, doc: CertificateDoc) -> int:
    """Append the certificate's pages to *c*; return how many."""
    pages = layout(doc)
    for page in pages:
        draw_page(c, page)
        c.showPage()
    return len(pages)


def pdf_bytes(docs: Iterable[CertificateDoc]) -> bytes:
    buf = io.BytesIO()
    docs = list(docs)
    c = new_canvas(buf, documents_title(docs), *documents_issuer(docs))
    for doc in docs:
        draw_certificate(c, doc)
    c.save()
    return buf.getvalue()


def write_pdf(docs: Iterable[CertificateDoc], path: Path) -> None:
    write_bytes_atomically(Path(path), pdf_bytes(docs))


def documents_issuer(docs: list[CertificateDoc]) -> tuple[str, str]:
    """The PDF's author (the issuing station) and subject (what the paper is, and who issues it)."""
    if not docs:
        return "", ""
    doc = docs[0]
    return doc.station_name, f"志愿服务记录证明，出具单位：{doc.organisation}（{doc.station_name}，{doc.station_code}）"


def documents_title(docs: list[CertificateDoc]) -> str:
    if len(docs) == 1:
        return f"志愿服务记录证明 {docs[0].serial} {docs[0].volunteer_name}"
    return f"志愿服务记录证明（{len(docs)} 份）"
