"""Where it hurts: a front and a back outline drawn with painter paths, tappable regions, and the
same regions as tick boxes beside it (for keyboard, screen readers and regions a clinic added
that the drawing does not know)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTransform
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from intake.content import Item
from ui.widgets.checklist import Checklist

FIGURE_W, FIGURE_H, GAP = 200.0, 466.0, 70.0
CANVAS_W = FIGURE_W * 2 + GAP
BACK_X = FIGURE_W + GAP


def _tr(text: str) -> str:
    return QCoreApplication.translate("BodyMap", text)


def _rect(x: float, y: float, w: float, h: float, radius: float = 10) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), radius, radius)
    return path


def body_outline(offset: float) -> QPainterPath:
    """One standing figure, facing the viewer, in a FIGURE_W x FIGURE_H box at x = offset."""
    parts = [
        _rect(55, 78, 90, 165, 26),  # torso
        _rect(28, 84, 24, 150, 12),  # arms
        _rect(148, 84, 24, 150, 12),
        _rect(58, 228, 41, 172, 16),  # legs
        _rect(101, 228, 41, 172, 16),
        _rect(86, 56, 28, 28, 6),  # neck
    ]
    head = QPainterPath()
    head.addEllipse(QPointF(100, 34), 24, 28)
    outline = head
    for part in parts:
        outline = outline.united(part)
    for x in (52, 104):  # feet
        foot = QPainterPath()
        foot.addRoundedRect(QRectF(x, 398, 44, 24), 10, 10)
        outline = outline.united(foot)
    return QTransform.fromTranslate(offset, 0).map(outline)


# Front view: the patient faces us, so their left is on our right.
_FRONT = {
    "right_hip": (58, 198, 41, 36), "left_hip": (101, 198, 41, 36),
    "right_thigh": (58, 238, 41, 82), "left_thigh": (101, 238, 41, 82),
    "right_lower_leg": (58, 324, 41, 72), "left_lower_leg": (101, 324, 41, 72),
    "right_foot": (52, 398, 46, 24), "left_foot": (102, 398, 46, 24),
}
_BACK = {
    "neck": (84, 56, 32, 26), "upper_back": (58, 86, 84, 70),
    "lower_back": (62, 158, 76, 48), "buttocks": (58, 208, 84, 44),
}


def region_paths() -> dict[str, QPainterPath]:
    paths: dict[str, QPainterPath] = {}
    for table, offset in ((_FRONT, 0.0), (_BACK, BACK_X)):
        for region, (x, y, w, h) in table.items():
            paths[region] = _rect(x + offset, y, w, h, 8)
    return paths


class BodyCanvas(QWidget):
    """The drawing. Tapping a region toggles it in the checklist it mirrors."""

    region_tapped = Signal(str)

    def __init__(self, checklist: Checklist, parent: QWidget | None = None):
        super().__init__(parent)
        self._checklist = checklist
        self._outline = body_outline(0).united(body_outline(BACK_X))
        self._regions = region_paths()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 380)
        self.setAccessibleName(_tr("Body map, front and back. Tap where it hurts."))
        checklist.changed.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(460, 500)

    def _transform(self) -> QTransform:
        top = 34.0  # room for the captions
        scale = min(self.width() / CANVAS_W, (self.height() - top) / FIGURE_H)
        dx = (self.width() - CANVAS_W * scale) / 2
        transform = QTransform()
        transform.translate(dx, top)
        transform.scale(scale, scale)
        return transform

    def region_at(self, point: QPointF) -> str | None:
        inverted, ok = self._transform().inverted()
        if not ok:
            return None
        logical = inverted.map(point)
        for region, path in self._regions.items():
            if path.contains(logical):
                return region
        return None

    def region_center(self, region: str) -> QPointF:
        """Where a region is on screen (tests tap there)."""
        return self._transform().map(self._regions[region].boundingRect().center())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        if region is not None and region in self._checklist.ids():
            box = self._checklist.box(region)
            box.setChecked(not box.isChecked())
            self.region_tapped.emit(region)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        transform = self._transform()
        painter.setPen(QColor("#1a1a1a"))
        for caption, x in ((_tr("Front"), 0.0), (_tr("Back"), BACK_X)):
            left = transform.map(QPointF(x, 0)).x()
            right = transform.map(QPointF(x + FIGURE_W, 0)).x()
            painter.drawText(QRectF(left, 0, right - left, 30), Qt.AlignmentFlag.AlignCenter, caption)
        # Which side is which: seen from the front, the patient's right is on our left.
        painter.setPen(QColor("#33404a"))
        for text, x in ((_tr("Right"), 20.0), (_tr("Left"), 180.0),
                        (_tr("Left"), BACK_X + 20.0), (_tr("Right"), BACK_X + 180.0)):
            centre = transform.map(QPointF(x, 448))
            left = min(max(0.0, centre.x() - 70), self.width() - 140.0)  # never cut at an edge
            painter.drawText(QRectF(left, centre.y() - 16, 140, 32),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.setTransform(transform)
        painter.setPen(QPen(QColor("#3d4a55"), 2))
        painter.setBrush(QColor("#e8edf1"))
        painter.drawPath(self._outline)
        chosen = self._checklist.selected()
        known = set(self._checklist.ids())
        for region, path in self._regions.items():
            if region not in known:
                continue
            if region in chosen:
                painter.setPen(QPen(QColor("#8e1b12"), 2))
                painter.setBrush(QColor(192, 57, 43, 200))
            else:
                painter.setPen(QPen(QColor("#7b8a96"), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)


class BodyMap(QWidget):
    """The drawing with the region names as tick boxes beside it; several may be chosen."""

    changed = Signal()

    def __init__(self, regions: Iterable[Item], parent: QWidget | None = None):
        super().__init__(parent)
        self._checklist = Checklist(regions, columns=2, parent=self)
        self._checklist.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._canvas = BodyCanvas(self._checklist, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas, 1)
        layout.addWidget(self._checklist, 0, Qt.AlignmentFlag.AlignTop)
        self._checklist.changed.connect(self.changed)

    def selected(self) -> set[str]:
        return self._checklist.selected()

    def set_selected(self, ids: Iterable[str]) -> None:
        self._checklist.set_selected(ids)

    def canvas(self) -> BodyCanvas:
        return self._canvas

    def checklist(self) -> Checklist:
        return self._checklist
