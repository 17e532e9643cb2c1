"""The appointment card: clinic name, address and phone, the patient's name, the consultation
and every booked session with its date, time, practitioner and room. As many A5 pages as the
sessions need (page numbers at the foot), saved as PDF through QPdfWriter or printed through a
QPrinter (QPrintDialog); the first page is drawn onto a QImage for screenshots. Each entry point
reads the card as the signed-in staff member (`staff_id`; the domain's patients rule).

Text is laid out without ligatures or other shaping (QFont.PreferNoShaping and the "liga"
feature off), so the PDF's text extracts exactly as written ("Griffin", not "Gri\ufb00in")."""

from __future__ import annotations

import functools
import html
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from intake.errors import ValidationError
from intake.scheduling.course_rows import CardFacts, card_facts
from intake.scheduling.courses import LATE_CANCEL_HOURS
from intake.vocabulary import AppointmentKind
from ui.desk.scheduling.texts import card_day_text, time_text

MARGIN_MM = 12
SCREEN_DPI = 96
FOOTER_PX = 24


@functools.cache
def card_css() -> str:
    """The card's style (resources/card.css)."""
    return (resources.files("resources") / "card.css").read_text(encoding="utf-8")


def css_colour(selector: str, name: str) -> QColor:
    """The colour `name` (color, background) of the rule for `selector` in card.css: what the
    card paints itself around the document."""
    rule = re.search(r"(?m)^" + re.escape(selector) + r"\s*\{([^}]*)\}", card_css())
    body = rule.group(1) if rule else ""
    value = re.search(r"(?<![-\w])" + re.escape(name) + r"\s*:\s*([^;}]+)", body)
    if value is None:
        raise LookupError(f"card.css has no {name} for {selector}")
    return QColor(value.group(1).strip())


def card_font() -> QFont:
    """A sans-serif font laid out as written: no ligatures, no shaping."""
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(10)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    for feature in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def card_file_name(facts: CardFacts) -> str:
    """"appointment-card-Jane-Doe.pdf": the patient's name, safe for any file system."""
    name = re.sub(r"[^\w]+", "-", facts.patient_name, flags=re.UNICODE).strip("-")
    stem = QCoreApplication.translate("AppointmentCard", "appointment-card")
    return f"{stem}-{name or 'patient'}.pdf"


def card_html(facts: CardFacts) -> str:
    e = html.escape
    address = "<br>".join(e(line) for line in facts.clinic_address.splitlines() if line.strip())
    rows = []
    for n, row in enumerate(facts.appointments, start=1):
        if row.kind == AppointmentKind.treatment and row.session_number:
            what = QCoreApplication.translate("AppointmentCard", "Session {n} of {total}").format(
                n=row.session_number, total=row.sessions_planned or "?")
        elif row.kind == AppointmentKind.consultation:
            what = QCoreApplication.translate("AppointmentCard", "Free consultation")
        else:
            what = str(n)
        rows.append(f"<tr><td>{e(what)}</td><td>{e(card_day_text(row.starts_at.date()))}</td>"
                    f"<td>{e(time_text(row.starts_at))}</td><td>{e(row.practitioner_name)}</td>"
                    f"<td>{e(row.room_name)}</td></tr>")
    if not rows:
        none = QCoreApplication.translate("AppointmentCard", "No appointment booked.")
        rows.append(f"<tr><td colspan='5'>{e(none)}</td></tr>")
    phone = QCoreApplication.translate("AppointmentCard", "Phone")
    contact = address + (f"<br>{e(phone)}: {e(facts.clinic_phone)}" if facts.clinic_phone else "")
    title = QCoreApplication.translate("AppointmentCard", "Appointment card for {0}").format(
        facts.patient_name)
    heads = (QCoreApplication.translate("AppointmentCard", "Visit"),
             QCoreApplication.translate("AppointmentCard", "Date"),
             QCoreApplication.translate("AppointmentCard", "Time"),
             QCoreApplication.translate("AppointmentCard", "Practitioner"),
             QCoreApplication.translate("AppointmentCard", "Room"))
    note = QCoreApplication.translate(
        "AppointmentCard", "If you cannot come, please phone us at least {hours} hours before."
    ).format(hours=LATE_CANCEL_HOURS)
    return (
        f"<h1>{e(facts.clinic_name)}</h1><p class='contact'>{contact}</p>"
        f"<h2>{e(title)}</h2>"
        f"<table><thead><tr>{''.join(f'<th>{e(head)}</th>' for head in heads)}"
        f"</tr></thead>{''.join(rows)}</table>"
        f"<p class='note'>{e(note)}</p>"
    )


def card_document(facts: CardFacts) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(card_font())
    document.setDefaultStyleSheet(card_css())
    document.setHtml(card_html(facts))
    return document


def _facts(course_id: int | None, patient_id: int | None, staff_id: int | None) -> CardFacts:
    if course_id is None and patient_id is None:
        raise ValidationError("required", field="course")
    return card_facts(course_id=course_id, patient_id=patient_id, staff_id=staff_id)


def _a5(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))


def print_card(device: QPagedPaintDevice, *, staff_id: int | None, course_id: int | None = None,
               patient_id: int | None = None) -> None:
    """Print the card on a paged device (a QPrinter chosen in QPrintDialog, or a QPdfWriter), on
    as many A5 pages as it needs."""
    print_facts(device, _facts(course_id, patient_id, staff_id))


def print_facts(device: QPagedPaintDevice, facts: CardFacts) -> None:
    """The card of `facts` (read beforehand, e.g. in a worker) on a paged device."""
    _a5(device)
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    scale = device.logicalDpiX() / SCREEN_DPI  # laid out at 96 dpi, drawn at the device's
    width, height = page.width() / scale, page.height() / scale
    body = height - FOOTER_PX
    document = card_document(facts)
    document.setPageSize(QSizeF(width, body))
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(0, -number * body)
            document.drawContents(painter, QRectF(0, number * body, width, body))
            painter.restore()
            painter.setFont(card_font())
            painter.setPen(css_colour(".page-number", "color"))
            painter.drawText(QRectF(0, body, width, FOOTER_PX), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignBottom,
                             QCoreApplication.translate("AppointmentCard", "Page {n} of {total}").format(n=number + 1, total=pages))
            painter.restore()
    finally:
        painter.end()


def write_card(path: Path | str, *, staff_id: int | None, course_id: int | None = None,
               patient_id: int | None = None) -> Path:
    """Write the card of a course (or of a patient's coming appointments) as A5 PDF pages."""
    return write_facts(path, _facts(course_id, patient_id, staff_id))


def write_facts(path: Path | str, facts: CardFacts) -> Path:
    """The card of `facts` as an A5 PDF at `path`."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("AppointmentCard", "Appointment card"))
    writer.setCreator("BackCare")
    writer.setResolution(300)
    print_facts(writer, facts)
    return path


def suggested_file_name(*, staff_id: int | None, course_id: int | None = None,
                        patient_id: int | None = None) -> str:
    return card_file_name(_facts(course_id, patient_id, staff_id))


def render_card(*, staff_id: int | None, course_id: int | None = None,
                patient_id: int | None = None, width: int = 620) -> QImage:
    """The card's first page as an image (A5 proportions), for screenshots and a preview."""
    facts = _facts(course_id, patient_id, staff_id)
    height = int(width * 210 / 148)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(css_colour(".paper", "background"))
    margin = width * MARGIN_MM / 148
    document = card_document(facts)
    document.setPageSize(QSizeF(width - 2 * margin, height - 2 * margin))
    painter = QPainter(image)
    try:
        painter.translate(margin, margin)
        document.drawContents(painter, QRectF(0, 0, width - 2 * margin, height - 2 * margin))
    finally:
        painter.end()
    return image
