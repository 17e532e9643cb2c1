"""Safety questions in groups: the cauda equina signs first, then the other red flags, then the
questions before acupuncture. Each screen shows a whole group (or as much of it as the screen
holds: the number of screens follows the size) and is answered explicitly: by ticking the ones
that apply (then Next), or by "None of these apply to me". Nothing is ticked at first.

A tick on a cauda equina sign emits `urgent_answered` at once; unticking it again emits
`urgent_unticked` (the flow tells the desk it was withdrawn)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake.content import Item, checklists
from intake.errors import ValidationError
from intake.intakes import IntakeDraft
from ui.kiosk import language
from ui.kiosk.step import Step
from ui.widgets.tick_item import TickItem

SCREEN_SPACING = 8


class _Screen(QWidget):
    """One group (or part of one) with its "None of these apply to me" button."""

    def __init__(self, group: int, heading: str, items: list[Item], ticks: dict[str, TickItem],
                 parent: QWidget):
        super().__init__(parent)
        self.group = group
        self.ids = [i.id for i in items]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SCREEN_SPACING)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("groupHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        for item in items:
            layout.addWidget(ticks[item.id])
            ticks[item.id].setParent(self)
            ticks[item.id].show()
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.none = QPushButton(self)
        self.none.setObjectName("noneButton")
        layout.addWidget(self.error)
        layout.addWidget(self.none, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.retranslate(heading)

    def retranslate(self, heading: str) -> None:
        self.heading.setText(heading)
        self.error.setAccessibleName(self.tr("Message"))
        self.none.setText(self.tr("None of these apply to me"))
        self.none.setAccessibleName(self.tr("None of these apply to me"))
        if self.error.text():
            self.error.setText(self.tr("Please tap the ones that apply to you, or \"None of "
                                       "these apply to me\"."))

    def show_error(self) -> None:
        self.error.setText(self.tr("Please tap the ones that apply to you, or \"None of these "
                                   "apply to me\"."))
        self.error.show()


class SafetyStep(Step):
    section = "safety"
    scrolls_itself = True
    urgent_answered = Signal(str)  # the item id of a cauda equina sign just ticked
    urgent_unticked = Signal(str)
    screen_changed = Signal()
    finished = Signal()  # the last screen was answered with "None of these apply to me"

    def __init__(self, parent: QWidget | None = None):
        super().__init__("", parent)
        self._hint = hint = QLabel(self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        lists = checklists()
        self._groups = [
            ("", [i for i in lists.red_flags if i.urgent]),
            ("", [i for i in lists.red_flags if not i.urgent]),
            ("", list(lists.contraindications)),
        ]
        self._set_headings()
        self._items = {item.id: item for _, items in self._groups for item in items}
        self._ticks: dict[str, TickItem] = {}
        for item_id, item in self._items.items():
            tick = TickItem(language.item_label(item), self)
            tick.toggled.connect(lambda on, item=item: self._on_toggled(item, on))
            self._ticks[item_id] = tick
        self._confirmed: set[str] = set()
        self._chunks: list[tuple[int, list[Item]]] = []
        self._screens: list[_Screen] = []
        self._index = 0
        self._stack = QStackedWidget(self)
        # the screens fit the height they are given (see _repack): they never ask for more
        self._stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._layout.addWidget(hint)
        self._layout.addWidget(self._stack, 1)
        self._repack(None)
        self.retranslate()

    def _set_headings(self) -> None:
        headings = (self.tr("Please tell us at once if you have any of these:"),
                    self.tr("About your health:"), self.tr("Before acupuncture:"))
        self._groups = [(heading, items) for heading, (_, items) in zip(headings, self._groups, strict=True)]

    def retranslate(self) -> None:
        self._title.setText(self.tr("Some questions for your safety"))
        self._hint.setText(self.tr("Tap each one that is true for you, then Next. If none is, "
                                   "tap \"None of these apply to me\"."))
        self._set_headings()
        for item_id, tick in self._ticks.items():
            tick.set_label(language.item_label(self._items[item_id]))
        for screen in self._screens:
            screen.retranslate(self._groups[screen.group][0])
        super().retranslate()
        if self.isVisible():  # longer words may need more screens (answers stay in the ticks)
            self._refit()

    # ------------------------------------------------------------------ screens

    def _repack(self, height: int | None) -> None:
        """Splits each group into as few screens as `height` holds (None: one per group)."""
        chunks: list[tuple[int, list[Item]]] = []
        for group, (heading, items) in enumerate(self._groups):
            parts = self._split(heading, items, height)
            size = -(-len(items) // parts)
            chunks += [(group, items[i:i + size]) for i in range(0, len(items), size)]
        if [[i.id for i in c] for _, c in chunks] == [[i.id for i in c] for _, c in self._chunks]:
            return
        current = self._screens[self._index].ids[0] if self._screens else None
        for screen in self._screens:
            for item_id in screen.ids:
                self._ticks[item_id].setParent(self)
            self._stack.removeWidget(screen)
            screen.deleteLater()
        self._chunks = chunks
        self._screens = []
        for group, items in chunks:
            screen = _Screen(group, self._groups[group][0], items, self._ticks, self._stack)
            screen.none.clicked.connect(lambda _=False, s=screen: self._on_none(s))
            self._stack.addWidget(screen)
            self._screens.append(screen)
        self._index = next((n for n, s in enumerate(self._screens) if current in s.ids), 0)
        self._show_screen(self._index)

    def _split(self, heading: str, items: list[Item], height: int | None) -> int:
        """How many screens a group needs so that each screen's questions all fit in `height`."""
        if height is None:
            return 1
        width = max(200, self._stack.width())
        probe = QLabel(heading, self)
        probe.setObjectName("groupHeading")
        probe.setWordWrap(True)
        probe.ensurePolished()
        button = QPushButton(self.tr("None of these apply to me"), self)
        button.setObjectName("noneButton")
        button.ensurePolished()
        fixed = probe.heightForWidth(width) + button.sizeHint().height() + 3 * SCREEN_SPACING
        probe.deleteLater()
        button.deleteLater()
        heights = [self._ticks[i.id].heightForWidth(width) + SCREEN_SPACING for i in items]
        for parts in range(1, len(items) + 1):
            size = -(-len(items) // parts)
            if all(fixed + sum(heights[i:i + size]) <= height for i in range(0, len(items), size)):
                return parts
        return len(items)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.StyleChange and self.isVisible():
            self._refit()

    def _refit(self) -> None:
        for tick in self._ticks.values():
            tick.ensurePolished()
        self._repack(self._stack.height())

    def _show_screen(self, index: int) -> None:
        self._index = index
        self._stack.setCurrentWidget(self._screens[index])
        self._sync_none()
        self.screen_changed.emit()

    def _sync_none(self) -> None:
        screen = self._screens[self._index]
        screen.none.setEnabled(not any(self._ticks[i].isChecked() for i in screen.ids))

    def _on_toggled(self, item: Item, on: bool) -> None:
        if self._screens:
            for screen in self._screens:
                if item.id in screen.ids:
                    screen.error.hide()
            self._sync_none()
        if item.urgent:
            (self.urgent_answered if on else self.urgent_unticked).emit(item.id)

    def _on_none(self, screen: _Screen) -> None:
        self._confirmed |= set(screen.ids)
        screen.error.hide()
        if self._index + 1 < len(self._screens):
            self._show_screen(self._index + 1)
        else:
            self.finished.emit()

    # ------------------------------------------------------------------ what the flow asks

    def next_screen(self) -> bool:
        """Next on this step: True when it was handled here (stay on the step)."""
        screen = self._screens[self._index]
        if any(self._ticks[i].isChecked() for i in screen.ids):
            self._confirmed |= set(screen.ids)
        if not set(screen.ids) <= self._confirmed:
            screen.show_error()
            screen.none.setFocus()
            return True
        if self._index + 1 < len(self._screens):
            self._show_screen(self._index + 1)
            return True
        return False

    def previous_screen(self) -> bool:
        if self._index > 0:
            self._show_screen(self._index - 1)
            return True
        return False

    def enter_from_end(self) -> None:
        self._show_screen(len(self._screens) - 1)

    def enter_from_start(self) -> None:
        self._show_screen(0)

    def progress(self) -> float:
        """How far through the safety screens, 0 to 1 (the progress bar moves with it)."""
        return self._index / max(1, len(self._screens))

    def untick(self, item_id: str) -> None:
        """Clears an answer ("I tapped by mistake"): the question must be answered again."""
        self._confirmed.discard(item_id)
        for screen in self._screens:
            if item_id in screen.ids:
                self._confirmed -= set(screen.ids)
        self._ticks[item_id].setChecked(False)

    def answers(self) -> dict[str, bool]:
        answers = {i: self._ticks[i].isChecked() for i in self._confirmed}
        answers.update({i: True for i, tick in self._ticks.items() if tick.isChecked()})
        return answers

    def set_answers(self, answers: dict[str, bool]) -> None:
        """Fills the answers in without signals (screenshots, the desk's example)."""
        for item_id, yes in answers.items():
            tick = self._ticks[item_id]
            tick.blockSignals(True)  # no urgent path for an example
            tick.setChecked(yes)
            tick.blockSignals(False)
            tick.show_state()
        self._confirmed |= set(answers)
        self._sync_none()

    def collect(self, draft: IntakeDraft) -> list[ValidationError]:
        draft.safety = self.answers()
        return [ValidationError("required", field=item_id)
                for item_id in self._items if item_id not in draft.safety]

    def show_errors(self, errors: list[ValidationError]) -> None:
        missing = {e.field for e in errors}
        for index, screen in enumerate(self._screens):
            if missing & set(screen.ids):
                self._show_screen(index)
                screen.show_error()
                return

    def first_error_widget(self, errors: list[ValidationError]) -> QWidget | None:
        return self._screens[self._index].none if errors else None

    def tick(self, item_id: str) -> TickItem:
        return self._ticks[item_id]

    def none_button(self) -> QPushButton:
        """The "None of these apply to me" button of the screen shown."""
        return self._screens[self._index].none

    def screen_count(self) -> int:
        return len(self._screens)

    def shown_ids(self) -> list[str]:
        return list(self._screens[self._index].ids)
