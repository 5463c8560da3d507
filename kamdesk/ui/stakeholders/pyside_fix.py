"""Work around a PySide6 6.12.0 fault on Python 3.11.

Measured here (PySide6 6.12.0, CPython 3.11): every call of a Qt method that
returns nothing (``painter.setPen``, ``widget.setWindowTitle``…) leaves
``None``'s reference count one lower. None starts near 5,000 references, so a
process that paints a few thousand things aborts with "Fatal Python error:
none_dealloc: deallocating None". Python 3.12 made ``None`` immortal (PEP 683),
which is why the wheel gets away with it there.

``keep_none_alive()`` lifts None's count by 2**40 once, which no run can use
up. It belongs in the application's start-up (``kamdesk.ui.application``);
until it is there, the map canvas calls it when it is imported.
"""

from __future__ import annotations

import ctypes
import sys

_DONE = False


def keep_none_alive() -> None:
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _DONE = True
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _DONE = True
