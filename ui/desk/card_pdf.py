"""The appointment card: clinic name, address and phone, the patient's name, every booked session
with its date, time and practitioner. Written as PDF through QPdfWriter; the same painting code
draws it onto a QImage for screenshots."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from intake.course_rows import CardFacts, card_facts
from intake.errors import ValidationError
from ui.desk.scheduling_texts import long_day_text, time_text

CARD_CSS = """
body { font-family: sans-serif; color: #1f2328; }
h1 { font-size: 20pt; margin: 0; color: #2e7d6b; }
.contact { font-size: 10pt; color: #444; }
h2 { font-size: 14pt; margin-top: 14px; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-size: 10pt; border-bottom: 1px solid #888; padding: 4px; }
td { font-size: 11pt; padding: 4px; border-bottom: 1px solid #ddd; }
.note { font-size: 9pt; color: #444; margin-top: 12px; }
"""


def tr(text: str) -> str:
    return QCoreApplication.translate("AppointmentCard", text)


def card_html(facts: CardFacts) -> str:
    e = html.escape
    address = "<br>".join(e(line) for line in facts.clinic_address.splitlines() if line.strip())
    rows = []
    for n, row in enumerate(facts.appointments, start=1):
        if row.kind == "treatment" and row.session_number:
            what = tr("Session {n} of {total}").format(n=row.session_number,
                                                       total=row.sessions_planned or "?")
        elif row.kind == "consultation":
            what = tr("Free consultation")
        else:
            what = str(n)
        rows.append(f"<tr><td>{e(what)}</td><td>{e(long_day_text(row.starts_at.date()))}</td>"
                    f"<td>{e(time_text(row.starts_at))}</td><td>{e(row.practitioner_name)}</td></tr>")
    if not rows:
        rows.append(f"<tr><td colspan='4'>{e(tr('No appointment booked.'))}</td></tr>")
    contact = address + (f"<br>{e(tr('Phone'))}: {e(facts.clinic_phone)}" if facts.clinic_phone else "")
    return (
        f"<h1>{e(facts.clinic_name)}</h1><p class='contact'>{contact}</p>"
        f"<h2>{e(tr('Appointment card for {0}').format(facts.patient_name))}</h2>"
        f"<table><tr><th>{e(tr('Visit'))}</th><th>{e(tr('Date'))}</th><th>{e(tr('Time'))}</th>"
        f"<th>{e(tr('Practitioner'))}</th></tr>{''.join(rows)}</table>"
        f"<p class='note'>{e(tr('If you cannot come, please phone us at least 24 hours before.'))}</p>"
    )


def paint_card(painter: QPainter, rect: QRectF, facts: CardFacts, *, scale: float = 1.0) -> None:
    """Draw the card into `rect` (device units of the painter). The text is laid out at screen
    resolution (96 dpi); `scale` is the device's dots per inch over 96."""
    width, height = rect.width() / scale, rect.height() / scale
    document = QTextDocument()
    document.setDefaultStyleSheet(CARD_CSS)
    document.setDocumentMargin(0)
    document.setHtml(card_html(facts))
    document.setPageSize(QSizeF(width, height))
    document.setTextWidth(width)
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(scale, scale)
    document.drawContents(painter, QRectF(0, 0, width, height))
    painter.restore()


def _facts(course_id: int | None, patient_id: int | None) -> CardFacts:
    if course_id is None and patient_id is None:
        raise ValidationError("required", field="course")
    return card_facts(course_id=course_id, patient_id=patient_id)


def write_card(path: Path | str, *, course_id: int | None = None,
               patient_id: int | None = None) -> Path:
    """Write the card of a course (or of a patient's coming appointments) as an A5 PDF."""
    facts = _facts(course_id, patient_id)
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(tr("Appointment card"))
    writer.setCreator("BackCare")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    try:
        paint_card(painter, QRectF(0, 0, page.width(), page.height()), facts,
                   scale=writer.resolution() / 96)
    finally:
        painter.end()
    return path


def render_card(*, course_id: int | None = None, patient_id: int | None = None,
                width: int = 620) -> QImage:
    """The card as an image (A5 proportions), for screenshots and an on-screen preview."""
    facts = _facts(course_id, patient_id)
    height = int(width * 210 / 148)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        margin = width * 12 / 148
        paint_card(painter, QRectF(margin, margin, width - 2 * margin, height - 2 * margin), facts)
    finally:
        painter.end()
    return image
