"""An on-screen keyboard inside the kiosk window (an operating-system keyboard would be hidden
behind a full-screen, always-on-top window).

Layouts follow the focused field's input method hints: letters, a digit pad (phone, date of
birth), an email layout with @ and the dot. A long press on a letter offers its accented forms
(é, ñ, ü, ł, ø ...). Keys never take the focus: text goes to the focused field as a
QInputMethodEvent (the way a system input method delivers it), so validators, maximum lengths
and signals behave as with typing; Backspace and "Next field" are key events. A hardware
keyboard keeps working because nothing is intercepted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

LONG_PRESS_MS = 450
KEY_SIZE = 56
ACCENTS = {
    "a": "áàâäãåæą", "c": "çćč", "d": "ďđð", "e": "éèêëęě", "g": "ğ", "i": "íìîïı", "l": "łľ",
    "n": "ñńň", "o": "óòôöõøœő", "r": "ř", "s": "śšşß", "t": "ťþ", "u": "úùûüůű", "y": "ýÿ",
    "z": "źżž",
}
LETTER_ROWS = ("qwertyuiop", "asdfghjkl'", "zxcvbnm-")
DIGIT_ROWS = ("123", "456", "789")
CAPITAL_AFTER = " -'"



def _mode_for(field: QWidget | None) -> str:
    if field is None:
        return "letters"
    hints = field.inputMethodHints()
    if hints & (Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhDialableCharactersOnly):
        return "digits"
    if hints & Qt.InputMethodHint.ImhEmailCharactersOnly:
        return "email"
    return "letters"


class _Key(QPushButton):
    def __init__(self, label: str, name: str, parent: QWidget, *, character: bool = False):
        super().__init__(label, parent)
        self.setObjectName("key")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoRepeat(False)
        self.setAccessibleName(name)
        self.setProperty("characterKey", character)
        self.setMinimumSize(KEY_SIZE, KEY_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class TouchKeyboard(QFrame):
    """Types into whichever line edit has the focus (`attach` tells it which layout to show)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("touchKeyboard")
        self.setAccessibleName(QCoreApplication.translate("TouchKeyboard", "On-screen keyboard"))
        # at a language switch the keys are made again in the new words (see changeEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._mode = ""
        self._layout_shown = ""  # "letters" / "digits" / "email" / "symbols"
        self._shift = False
        self._case_shown: tuple[str, bool] | None = None
        self._long_pressed = False
        self._keys: dict[str, _Key] = {}  # by character, for the current layout
        self._field: QLineEdit | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self._on_long_press)
        self._pressed: _Key | None = None
        self._accents = QFrame(self)
        self._accents.setObjectName("accentRow")
        self._accents_row = QHBoxLayout(self._accents)
        self._accents_row.setContentsMargins(8, 8, 8, 8)
        self._accents.hide()
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.addStretch(1)
        outer.addWidget(self._grid_host, 30)
        outer.addStretch(1)
        self._next_key: _Key | None = None
        self._backspace_key: _Key | None = None
        self._shift_key: _Key | None = None
        self.hide()

    # ------------------------------------------------------------------ public

    def attach(self, field: QLineEdit) -> None:
        """Shows the layout `field` needs; Shift follows the start of a word in a name."""
        self._field = field
        self._mode = _mode_for(field)
        self._build(self._mode)
        self._auto_shift()

    def mode(self) -> str:
        return self._layout_shown

    def key(self, character: str) -> QPushButton:
        """The key that types `character` in the layout shown (KeyError if none)."""
        return self._keys[character]

    def next_key(self) -> QPushButton:
        return self._next_key

    def shift_key(self) -> QPushButton | None:
        return self._shift_key

    def backspace_key(self) -> QPushButton:
        return self._backspace_key

    def is_shifted(self) -> bool:
        return self._shift

    def accent_keys(self) -> list[QPushButton]:
        return [k for k in self._accents.findChildren(_Key) if k.isVisible()]

    def type_character(self, char: str) -> None:
        """Types `char` as a finger would: Shift first for a capital that is not automatic,
        a long press for an accented letter (tooling and tests use it)."""
        from PySide6.QtTest import QTest

        def touch(key: QWidget) -> None:
            QTest.mouseClick(key, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             key.rect().center())

        base = next((b for b, forms in ACCENTS.items() if char.lower() in forms), None)
        plain = base or char.lower()
        if self._layout_shown in ("letters", "email") and plain not in self._keys:
            touch(self._keys["123"])
        elif self._layout_shown == "symbols" and plain not in self._keys:
            touch(self._keys["ABC"])
        if char.isalpha() and char.isupper() != self._shift and "shift" in self._keys:
            touch(self._keys["shift"])
        if base is None:
            touch(self._keys[plain])
            return
        key = self._keys[base]
        QTest.mousePress(key, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         key.rect().center())
        QTest.qWait(LONG_PRESS_MS)
        for _ in range(150):  # the finger stays down until the accents show
            if self.accent_keys():
                break
            QTest.qWait(20)
        QTest.mouseRelease(key, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           key.rect().center())
        touch(next(k for k in self.accent_keys() if k.text() == char))

    # ------------------------------------------------------------------ layouts

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(QCoreApplication.translate("TouchKeyboard",
                                                              "On-screen keyboard"))
            shown, self._layout_shown = self._layout_shown, ""
            if shown:
                self._build(shown)

    def _build(self, layout: str) -> None:
        if layout == self._layout_shown:
            return
        self._layout_shown = layout
        self._case_shown = None
        self._accents.hide()
        for key in self._grid_host.findChildren(_Key):
            key.hide()  # gone from the screen at once, deleted when the event loop runs
            key.deleteLater()
        self._keys = {}
        self._shift_key = None
        while self._grid.count():
            self._grid.takeAt(0)
        if layout in ("digits", "symbols"):
            self._build_digits(layout)
        else:
            self._build_letters(layout)
        if self._grid_host.isVisible():  # on screen already: the new keys show at once
            for key in self._grid_host.findChildren(_Key):
                if not key.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    key.show()

    def _char_key(self, char: str, row: int, column: int, span: int = 1) -> _Key:
        name = {" ": QCoreApplication.translate("TouchKeyboard", "Space"), "'": QCoreApplication.translate("TouchKeyboard", "Apostrophe"), "-": QCoreApplication.translate("TouchKeyboard", "Hyphen"), ".": QCoreApplication.translate("TouchKeyboard", "Dot"),
                "@": QCoreApplication.translate("TouchKeyboard", "At sign"), "_": QCoreApplication.translate("TouchKeyboard", "Underscore"), "+": QCoreApplication.translate("TouchKeyboard", "Plus")}.get(char, char)
        label = char if char != " " else QCoreApplication.translate("TouchKeyboard", "space")
        key = _Key(label, name, self._grid_host, character=True)
        key.pressed.connect(lambda k=key: self._on_pressed(k))
        key.clicked.connect(lambda _=False, k=key, c=char: self._on_clicked(k, c))
        self._grid.addWidget(key, row, column, 1, span)
        self._keys[char] = key
        return key

    def _command_key(self, label: str, name: str, row: int, column: int, span: int,
                     action) -> _Key:
        key = _Key(label, name, self._grid_host)
        key.setObjectName("commandKey")
        key.clicked.connect(action)
        self._grid.addWidget(key, row, column, 1, span)
        return key

    def _build_letters(self, layout: str) -> None:
        for row, letters in enumerate(LETTER_ROWS):
            offset = 1 if row == 2 else 0
            for column, letter in enumerate(letters):
                if layout == "email" and letter == "'":
                    letter = "_"
                self._char_key(letter, row, column + offset)
        self._shift_key = self._command_key("⇧", QCoreApplication.translate("TouchKeyboard", "Shift"), 2, 0, 1, self._toggle_shift)
        self._shift_key.setCheckable(True)
        self._keys["shift"] = self._shift_key
        self._backspace_key = self._command_key("⌫", QCoreApplication.translate("TouchKeyboard", "Delete"), 2, 9, 1, self._backspace)
        self._keys["123"] = self._command_key("123", QCoreApplication.translate("TouchKeyboard", "Digits"), 3, 0, 1,
                                              lambda: self._build("symbols"))
        if layout == "email":
            self._char_key("@", 3, 1)
            self._char_key(".", 3, 2, 4)
            self._char_key("-", 3, 6)
        else:
            self._char_key(" ", 3, 1, 5)
            self._char_key(".", 3, 6)
        self._next_key = self._command_key(QCoreApplication.translate("TouchKeyboard", "Next field ▶"), QCoreApplication.translate("TouchKeyboard", "Next field"), 3, 7, 3,
                                           self._next_field)
        self._show_case()

    def _build_digits(self, layout: str) -> None:
        for row, digits in enumerate(DIGIT_ROWS):
            for column, digit in enumerate(digits):
                self._char_key(digit, row, column)
        self._char_key("0", 3, 1)
        self._char_key("+", 1, 3)
        self._char_key(" ", 2, 3)
        self._backspace_key = self._command_key("⌫", QCoreApplication.translate("TouchKeyboard", "Delete"), 0, 3, 1, self._backspace)
        if layout == "symbols" or self._mode != "digits":
            self._keys["ABC"] = self._command_key("ABC", QCoreApplication.translate("TouchKeyboard", "Letters"), 3, 0, 1,
                                                  lambda: self._build(self._mode))
        self._next_key = self._command_key(QCoreApplication.translate("TouchKeyboard", "Next field ▶"), QCoreApplication.translate("TouchKeyboard", "Next field"), 3, 2, 2,
                                           self._next_field)
        for column in range(4):
            self._grid.setColumnStretch(column, 1)

    def _show_case(self) -> None:
        if self._case_shown == (self._layout_shown, self._shift):
            return
        self._case_shown = (self._layout_shown, self._shift)
        for char, key in self._keys.items():
            if len(char) == 1 and char.isalpha():
                key.setText(char.upper() if self._shift else char)
                key.setAccessibleName(char.upper() if self._shift else char)
        if self._shift_key is not None:
            self._shift_key.setChecked(self._shift)

    # ------------------------------------------------------------------ typing

    def _target(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        return focus if isinstance(focus, QLineEdit) else None

    def _on_pressed(self, key: _Key) -> None:
        self._accents.hide()
        self._long_pressed = False
        self._pressed = key
        if key.text().lower() in ACCENTS:
            self._timer.start()

    def _on_clicked(self, key: _Key, char: str) -> None:
        self._timer.stop()
        if self._long_pressed:  # the accents are showing: the finger chooses one of them
            self._long_pressed = False
            return
        self._accents.hide()
        self._commit(char.upper() if self._shift and char.isalpha() else char)

    def _on_long_press(self) -> None:
        key = self._pressed
        if key is None or not key.isDown():
            return
        self._long_pressed = True
        for old in self._accents.findChildren(_Key):
            old.deleteLater()
        for form in ACCENTS[key.text().lower()]:
            shown = form.upper() if self._shift and form.upper() != form else form
            accent = _Key(shown, shown, self._accents, character=True)
            accent.clicked.connect(lambda _=False, c=shown: self._choose_accent(c))
            self._accents_row.addWidget(accent)
        self._accents.adjustSize()
        where = key.mapTo(self, QPoint(0, 0))
        x = max(0, min(where.x(), self.width() - self._accents.width()))
        self._accents.move(x, max(0, where.y() - self._accents.height()))
        self._accents.show()
        self._accents.raise_()

    def _choose_accent(self, char: str) -> None:
        self._accents.hide()
        self._commit(char)

    def _commit(self, text: str) -> None:
        target = self._target()
        if target is None:
            return
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(target, event)
        self._auto_shift()

    def _send_key(self, key: Qt.Key) -> None:
        target = self._target()
        if target is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))

    def _backspace(self) -> None:
        self._accents.hide()
        self._send_key(Qt.Key.Key_Backspace)
        self._auto_shift()

    def _next_field(self) -> None:
        self._accents.hide()
        self._send_key(Qt.Key.Key_Tab)

    def _toggle_shift(self) -> None:
        self._shift = not self._shift
        self._show_case()

    def _auto_shift(self) -> None:
        """Capitals at the start of a name and after a space, hyphen or apostrophe."""
        target = self._target()
        if self._mode != "letters" or target is None:
            self._shift = False
        else:
            text = target.text()[:target.cursorPosition()]
            self._shift = (not (target.inputMethodHints() & Qt.InputMethodHint.ImhNoAutoUppercase)
                           and (not text or text[-1] in CAPITAL_AFTER))
        self._show_case()
