"""Guards the PySide6 pin in pyproject.toml: PySide6 6.12.0 on CPython 3.11
loses a reference to None on every Qt call that returns nothing, and the app
aborts (none_dealloc) after a few thousand paints."""

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(3000):
        widget.setWindowTitle("客户")
    assert sys.getrefcount(None) >= before - 50
