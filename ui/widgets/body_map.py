"""Where it hurts: a front and a back outline drawn with painter paths, tappable regions, and the
same regions as tick boxes beside it (for keyboard, screen readers and regions a clinic added
that the drawing does not know)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from intake.content import Item
from ui.widgets.checklist import Checklist
from ui.widgets.styled import colour_property

FIGURE_W, FIGURE_H, GAP = 200.0, 466.0, 70.0
CANVAS_W = FIGURE_W * 2 + GAP
BACK_X = FIGURE_W + GAP



def _rect(x: float, y: float, w: float, h: float, radius: float = 10) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), radius, radius)
    return path


def body_outline(offset: float) -> QPainterPath:
    """One standing figure, facing the viewer, in a FIGURE_W x FIGURE_H box at x = offset."""
    parts = [
        _rect(50, 78, 100, 165, 26),  # torso
        _rect(22, 84, 24, 120, 12),  # arms
        _rect(154, 84, 24, 120, 12),
        _rect(50, 228, 49, 172, 16),  # legs
        _rect(101, 228, 49, 172, 16),
        _rect(86, 56, 28, 28, 6),  # neck
    ]
    head = QPainterPath()
    head.addEllipse(QPointF(100, 34), 24, 28)
    outline = head
    for part in parts:
        outline = outline.united(part)
    for x in (46, 104):  # feet
        foot = QPainterPath()
        foot.addRoundedRect(QRectF(x, 398, 50, 24), 10, 10)
        outline = outline.united(foot)
    return QTransform.fromTranslate(offset, 0).map(outline)


# Front view: the patient faces us, so their left is on our right. Every part of the drawing a
# finger may touch is a region (legs on both views, arms, the front of the body).
_FRONT = {
    "neck": (84, 56, 32, 26), "front_torso": (52, 86, 96, 94),
    "right_arm": (22, 84, 24, 120), "left_arm": (154, 84, 24, 120),
    "right_hip": (50, 184, 49, 52), "left_hip": (101, 184, 49, 52),
    "right_thigh": (50, 240, 49, 80), "left_thigh": (101, 240, 49, 80),
    "right_lower_leg": (50, 324, 49, 72), "left_lower_leg": (101, 324, 49, 72),
    "right_foot": (46, 398, 52, 24), "left_foot": (102, 398, 52, 24),
}
# Back view: the patient's left is on our left.
_BACK = {
    "neck": (84, 56, 32, 26), "upper_back": (50, 86, 100, 70),
    "lower_back": (54, 158, 92, 48), "buttocks": (50, 210, 100, 48),
    "left_arm": (22, 84, 24, 120), "right_arm": (154, 84, 24, 120),
    "left_thigh": (50, 262, 49, 58), "right_thigh": (101, 262, 49, 58),
    "left_lower_leg": (50, 324, 49, 72), "right_lower_leg": (101, 324, 49, 72),
    "left_foot": (46, 398, 52, 24), "right_foot": (102, 398, 52, 24),
}
NEAR = 30.0  # a touch this close to a region (drawing units) still counts: small parts get
             # a finger-sized target (neck, feet, a narrow leg) without covering another part


def region_paths() -> dict[str, list[QPainterPath]]:
    """Each region's shapes, front view first (a leg is drawn on both views)."""
    paths: dict[str, list[QPainterPath]] = {}
    for table, offset in ((_FRONT, 0.0), (_BACK, BACK_X)):
        for region, (x, y, w, h) in table.items():
            paths.setdefault(region, []).append(_rect(x + offset, y, w, h, 8))
    return paths


def _distance(rect: QRectF, point: QPointF) -> float:
    dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
    return (dx * dx + dy * dy) ** 0.5


def _redraw(canvas: BodyCanvas) -> None:
    canvas._drawing_key = None  # noqa: SLF001  the colours are painted into the kept drawing
    canvas.update()


class BodyCanvas(QWidget):
    """The drawing. Tapping a region toggles it in the checklist it mirrors. Its colours come
    from resources/widgets.qss (BodyCanvas { qproperty-outline: ...; })."""

    region_tapped = Signal(str)
    caption = colour_property(QPalette.ColorRole.WindowText, _redraw)  # "Front", "Back"
    sideLabel = colour_property(QPalette.ColorRole.WindowText, _redraw)  # "Right", "Left"
    outline = colour_property(QPalette.ColorRole.Dark, _redraw)
    figure = colour_property(QPalette.ColorRole.Midlight, _redraw)
    regionLine = colour_property(QPalette.ColorRole.Mid, _redraw)
    chosenLine = colour_property(QPalette.ColorRole.Highlight)
    chosenFill = colour_property(QPalette.ColorRole.Highlight)

    def __init__(self, checklist: Checklist, parent: QWidget | None = None):
        super().__init__(parent)
        self._checklist = checklist
        self._outline = body_outline(0).united(body_outline(BACK_X))
        self._regions = region_paths()
        self._drawing = QPixmap()
        self._drawing_key: tuple | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 380)
        self.retranslate()
        checklist.changed.connect(self.update)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate(
            "BodyMap", "Body map, front and back. Tap where it hurts."))
        self._drawing_key = None  # the captions are painted into the kept drawing
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

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
        known = set(self._checklist.ids())
        shapes = [(region, path) for region, paths in self._regions.items() if region in known
                  for path in paths]
        for region, path in shapes:
            if path.contains(logical):
                return region
        nearest = min(shapes, key=lambda rp: _distance(rp[1].boundingRect(), logical), default=None)
        if nearest is not None and _distance(nearest[1].boundingRect(), logical) <= NEAR:
            return nearest[0]
        return None

    def region_center(self, region: str) -> QPointF:
        """Where a region is on screen (tests tap there)."""
        return self._transform().map(self._regions[region][0].boundingRect().center())

    def region_rects(self, region: str) -> list[QRectF]:
        """Where a region is drawn on screen (each view)."""
        return [self._transform().mapRect(p.boundingRect()) for p in self._regions[region]]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        region = self.region_at(event.position())
        if region is not None and region in self._checklist.ids():
            box = self._checklist.box(region)
            box.setChecked(not box.isChecked())
            self.region_tapped.emit(region)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The drawing without the chosen regions is painted once per size (antialiased dashed
        paths are slow) and kept; the chosen regions go on top."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self.font().toString())
        if self._drawing_key != key:
            self._drawing = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            self._drawing.setDevicePixelRatio(ratio)
            self._drawing.fill(Qt.GlobalColor.transparent)
            background = QPainter(self._drawing)
            background.setFont(self.font())
            self._paint_drawing(background)
            background.end()
            self._drawing_key = key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setTransform(self._transform())
        painter.setPen(QPen(self.chosenLine, 2))
        painter.setBrush(self.chosenFill)
        known = set(self._checklist.ids())
        for region in self._checklist.selected() & known:
            for path in self._regions[region]:
                painter.drawPath(path)

    def _paint_drawing(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        transform = self._transform()
        painter.setPen(self.caption)
        front, back = (QCoreApplication.translate("BodyMap", "Front"),
                       QCoreApplication.translate("BodyMap", "Back"))
        for caption, x in ((front, 0.0), (back, BACK_X)):
            left = transform.map(QPointF(x, 0)).x()
            right = transform.map(QPointF(x + FIGURE_W, 0)).x()
            painter.drawText(QRectF(left, 0, right - left, 30), Qt.AlignmentFlag.AlignCenter, caption)
        # Which side is which: seen from the front, the patient's right is on our left.
        painter.setPen(self.sideLabel)
        right, left_side = (QCoreApplication.translate("BodyMap", "Right"),
                            QCoreApplication.translate("BodyMap", "Left"))
        for text, x in ((right, 20.0), (left_side, 180.0), (left_side, BACK_X + 20.0),
                        (right, BACK_X + 180.0)):
            centre = transform.map(QPointF(x, 448))
            left = min(max(0.0, centre.x() - 70), self.width() - 140.0)  # never cut at an edge
            painter.drawText(QRectF(left, centre.y() - 16, 140, 32),
                             Qt.AlignmentFlag.AlignCenter, text)
        painter.setTransform(transform)
        painter.setPen(QPen(self.outline, 2))
        painter.setBrush(self.figure)
        painter.drawPath(self._outline)
        known = set(self._checklist.ids())
        painter.setPen(QPen(self.regionLine, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for region, paths in self._regions.items():
            if region in known:
                for path in paths:
                    painter.drawPath(path)


class BodyMap(QWidget):
    """The drawing with the region names as tick boxes beside it; several may be chosen."""

    changed = Signal()

    def __init__(self, regions: Iterable[Item], parent: QWidget | None = None,
                 labeller: Callable[[Item], str] | None = None):
        super().__init__(parent)
        self._checklist = Checklist(regions, columns=2, parent=self, labeller=labeller)
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
