"""One stored intake, readable at the desk: where it hurts, pain scores with the PEG mean, the
checklists, every safety answer Yes/No with the flags highlighted, consent and the signature."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake import languages
from intake.arrivals import badge_for, flag_badges, is_late
from intake.content import checklists
from intake.patients import IntakeWithAnswers
from intake.vocabulary import AnswerGroup, IntakeSource
from ui import dates
from ui.desk.patients.record_text import badge_label, item_label

SIGNATURE_SIZE = (300, 100)


def signature_pixmap(svg_text: str, width: int = SIGNATURE_SIZE[0],
                     height: int = SIGNATURE_SIZE[1]) -> QPixmap | None:
    """The signature drawn from its SVG text (a whole document or bare path data)."""
    text = svg_text.strip()
    if not text:
        return None
    if not text.startswith("<"):
        text = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100">'
                f'<path d="{text}" fill="none" stroke="black" stroke-width="3"/></svg>')
    renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    if not renderer.isValid():
        return None
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.white)  # the paper it was signed on: part of the image
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    view = renderer.viewBoxF()
    target = QRectF(0, 0, width, height)
    if view.width() > 0 and view.height() > 0:
        scale = min(width / view.width(), height / view.height())
        w, h = view.width() * scale, view.height() * scale
        target = QRectF((width - w) / 2, (height - h) / 2, w, h)
    renderer.render(painter, target)
    painter.end()
    return pixmap


def _in_checklist_order(group: str, ids: list[str]) -> list[str]:
    """Ticked items in the order the clinic's checklist lists them (unknown ids last)."""
    from intake.content import ANSWER_GROUP

    plural = {v: k for k, v in ANSWER_GROUP.items()}[group]
    order = {item.id: n for n, item in enumerate(checklists().group(plural))}
    return sorted(ids, key=lambda i: (order.get(i, len(order)), i))


def _wrap(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IntakeView(QFrame):
    """Read-only view of one intake (an `intake.patients.IntakeWithAnswers`)."""

    def __init__(self, record: IntakeWithAnswers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._record = record
        intake = record.intake
        self.setAccessibleName(QCoreApplication.translate("DeskRecords", "Intake of {when}").format(
            when=dates.date_time_text(intake.submitted_at)))
        layout = QVBoxLayout(self)
        layout.addWidget(self._title())
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(QCoreApplication.translate("DeskRecords", "Where it hurts:"), self._regions())
        form.addRow(QCoreApplication.translate("DeskRecords", "Pain for:"), _wrap(self._pain_since()))
        form.addRow(QCoreApplication.translate("DeskRecords", "Pain now:"), _wrap(self._score(intake.pain_now)))
        form.addRow(QCoreApplication.translate("DeskRecords", "PEG:"), _wrap(self._peg()))
        for group, title in ((AnswerGroup.symptom, QCoreApplication.translate("DeskRecords", "Symptoms:")), (AnswerGroup.cause, QCoreApplication.translate("DeskRecords", "Causes:")),
                             (AnswerGroup.treatment, QCoreApplication.translate("DeskRecords", "Treatments:")), (AnswerGroup.side_effect, QCoreApplication.translate("DeskRecords", "Side effects:"))):
            form.addRow(title, _wrap(self._items(group)))
        form.addRow(QCoreApplication.translate("DeskRecords", "Consent:"), self._consent())
        top = QHBoxLayout()
        top.addLayout(form, 3)
        body = self._body_map()
        if body is not None:
            top.addWidget(body, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self._safety())

    # ------------------------------------------------------------------ sections

    def _title(self) -> QLabel:
        intake = self._record.intake
        source = QCoreApplication.translate("DeskRecords", "from the kiosk")
        if intake.source == IntakeSource.desk:
            source = QCoreApplication.translate("DeskRecords", "entered at the desk")
            if intake.entered_by_name:
                source = QCoreApplication.translate("DeskRecords", "entered by {staff}").format(staff=intake.entered_by_name)
        text = QCoreApplication.translate("DeskRecords", "Intake of {when}, {source}").format(
            when=dates.date_time_text(intake.submitted_at), source=source)
        if intake.language != languages.SOURCE:  # staff may need an interpreter
            text += " — " + QCoreApplication.translate("DeskRecords", "answered in {language}").format(
                language=languages.language_name(intake.language))
        if not intake.complete:
            text += " — " + QCoreApplication.translate("DeskRecords", "incomplete: saved early at an urgent answer")
        if is_late(intake.submitted_at, intake.received_at):
            text += " — " + QCoreApplication.translate("DeskRecords", "sent {sent}, reached the desk {received}").format(
                sent=dates.time_text(intake.submitted_at),
                received=dates.date_time_text(intake.received_at)
                if intake.received_at.date() != intake.submitted_at.date()
                else dates.time_text(intake.received_at))
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        label.setProperty("heading", "intake")
        return label

    def _regions(self) -> QWidget:
        regions = _in_checklist_order(AnswerGroup.region, self._record.items(AnswerGroup.region))
        names = ", ".join(item_label(AnswerGroup.region, r) for r in regions) or "—"
        return _wrap(names)

    def _body_map(self) -> QWidget | None:
        """The kiosk's body map showing the chosen regions; it cannot be changed here."""
        try:
            from ui.widgets.body_map import BodyMap
        except ImportError:
            return None
        body = BodyMap(checklists().regions)
        body.set_selected(self._record.items(AnswerGroup.region))
        body.checklist().hide()
        body.canvas().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        body.canvas().setAccessibleName(QCoreApplication.translate("DeskRecords", "Body map of where it hurts (read only)"))
        body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body.checklist().setEnabled(False)
        return body

    def _pain_since(self) -> str:
        intake = self._record.intake
        if intake.pain_since_value is None:
            return "—"
        units = {"days": QCoreApplication.translate("DeskRecords", "days"), "weeks": QCoreApplication.translate("DeskRecords", "weeks"), "months": QCoreApplication.translate("DeskRecords", "months")}
        return f"{intake.pain_since_value} {units.get(intake.pain_since_unit, intake.pain_since_unit)}"

    @staticmethod
    def _score(value: int | None) -> str:
        return "—" if value is None else QCoreApplication.translate("DeskRecords", "{score} out of 10").format(score=value)

    def _peg(self) -> str:
        intake = self._record.intake
        mean = self._record.peg_mean
        if mean is None:
            return "—"
        return QCoreApplication.translate("DeskRecords", "mean {mean} (pain {p}, enjoyment of life {e}, general activity {a})").format(
            mean=f"{mean:.1f}", p=intake.peg_pain, e=intake.peg_enjoyment, a=intake.peg_activity)

    def _items(self, group: str) -> str:
        ids = _in_checklist_order(group, self._record.items(group))
        if group == AnswerGroup.treatment and self._record.intake.treatment_other:
            ids = [i for i in ids if i != "other"]
        names = [item_label(group, i) for i in ids]
        if group == AnswerGroup.treatment and self._record.intake.treatment_other:
            names.append(QCoreApplication.translate("DeskRecords", "other: {text}").format(text=self._record.intake.treatment_other))
        return "; ".join(names) or "—"

    def _consent(self) -> QWidget:
        intake = self._record.intake
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("DeskRecords", "Given and signed") if intake.consent_given else QCoreApplication.translate("DeskRecords", "Not given")))
        pixmap = signature_pixmap(intake.signature_svg)
        if pixmap is not None:
            signature = QLabel()
            signature.setPixmap(pixmap)
            signature.setObjectName("signatureImage")
            signature.setAccessibleName(QCoreApplication.translate("DeskRecords", "Signature"))
            row.addWidget(signature)
        row.addStretch(1)
        return box

    def _safety(self) -> QWidget:
        box = QFrame()
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        title = QLabel(QCoreApplication.translate("DeskRecords", "Safety questions"))
        title.setObjectName("safetyTitle")
        grid.addWidget(title, 0, 0, 1, 2)
        answered = {**self._record.answered(AnswerGroup.red_flag), **self._record.answered(AnswerGroup.contraindication)}
        lists = checklists()
        row = 1
        for group, items in ((AnswerGroup.red_flag, lists.red_flags), (AnswerGroup.contraindication, lists.contraindications)):
            for item in items:
                value = answered.get(item.id)
                question = _wrap(item.label)
                answer = QLabel({"yes": QCoreApplication.translate("DeskRecords", "Yes"), "no": QCoreApplication.translate("DeskRecords", "No")}.get(value or "", QCoreApplication.translate("DeskRecords", "Not answered")))
                answer.setAccessibleName(item.label)
                if value == "yes":
                    answer.setObjectName("safetyYes")
                    answer.setProperty("badge", badge_for(group, item.id).kind)  # its colours
                    question.setObjectName("safetyQuestionYes")
                answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
                answer.setMinimumWidth(90)
                grid.addWidget(answer, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(question, row, 1)
                row += 1
        grid.setColumnStretch(1, 1)
        return box


def flag_row(flags, parent: QWidget | None = None) -> QWidget:
    """The badges of (group, item) safety answers "yes", in one row."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for badge in flag_badges(flags):
        row.addWidget(badge_label(badge))
    row.addStretch(1)
    return box


class FoldedIntake(QFrame):
    """An older intake as one line (date, pain, PEG, flags); "Show" builds the full view."""

    def __init__(self, record: IntakeWithAnswers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._record = record
        self._view: IntakeView | None = None
        intake = record.intake
        parts = [QCoreApplication.translate("DeskRecords", "Intake of {when}").format(when=dates.date_time_text(intake.submitted_at))]
        if intake.pain_now is not None:
            parts.append(QCoreApplication.translate("DeskRecords", "pain {score}/10").format(score=intake.pain_now))
        if record.peg_mean is not None:
            parts.append(QCoreApplication.translate("DeskRecords", "PEG {mean}").format(mean=f"{record.peg_mean:.1f}"))
        self._summary = QLabel(" · ".join(parts))
        self._summary.setObjectName("foldedSummary")
        self._toggle = QPushButton(QCoreApplication.translate("DeskRecords", "Show"))
        self._toggle.setAccessibleName(QCoreApplication.translate("DeskRecords", "Show the intake of {when}").format(
            when=dates.date_text(intake.submitted_at.date())))
        top = QHBoxLayout()
        top.addWidget(self._summary)
        top.addWidget(flag_row(record.flags), 1)
        top.addWidget(self._toggle)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._toggle.clicked.connect(self.toggle)

    def toggle(self) -> None:
        if self._view is None:
            self._view = IntakeView(self._record)
            self._layout.addWidget(self._view)
            self._toggle.setText(QCoreApplication.translate("DeskRecords", "Hide"))
            return
        showing = self._view.isHidden()
        self._view.setVisible(showing)
        self._toggle.setText(QCoreApplication.translate("DeskRecords", "Hide") if showing else QCoreApplication.translate("DeskRecords", "Show"))

    def view(self) -> IntakeView | None:
        return self._view
