"""Deferred jumps for a :class:`~kamdesk.ui.models.lazy_table.LazyTableModel`
made with ``defer_jumps=True`` (the account list).

A page far from the cached ones — the user dragged the scroll bar — is
painted blank and fetched once the view has rested there for
``JUMP_REST_MS``, so a drag across 100k rows does not run a query for every
position it passes. A view that sets the model's ``dragging`` (is the scroll
bar's slider held?) has only drags deferred: a keyboard jump (Ctrl+End) or a
wheel step shows its rows in the same paint.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from kamdesk.ui.models.lazy_table import LazyTableModel

#: how long the view must rest on far pages before they are fetched
JUMP_REST_MS = 40


class JumpDeferral(QObject):
    """The far pages a model's view asked for, fetched when it comes to rest."""

    def __init__(self, model: LazyTableModel[Any]) -> None:
        super().__init__(model)
        self._model = model
        self._wanted: dict[int, float] = {}  # page → when the view asked for it
        self.clock: Callable[[], float] = time.perf_counter
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(JUMP_REST_MS)
        self._timer.timeout.connect(self._fetch_wanted)

    def forget(self) -> None:
        """Drop the pages asked for (the list was reloaded)."""
        self._wanted.clear()

    def is_jump(self, page: int) -> bool:
        """True (and the page noted for later) when ``page`` is neither cached
        nor next to a cached page: the view jumped there. Painting it blank
        for a moment keeps a drag of the scroll bar over 100k rows smooth;
        sequential scrolling still fetches at once (and continues by keyset)."""
        model = self._model
        if model.page_cached(page):
            return False
        if model.page_cached(page - 1) or model.page_cached(page + 1) or not model.any_page_cached():
            return False
        if model.dragging is not None and not model.dragging():
            return False  # a keyboard or wheel jump: the rows now, not 40 ms later
        if page not in self._wanted:  # a new position: wait until the view rests
            self._wanted[page] = self.clock()
            self._timer.start()
        return True

    def _fetch_wanted(self) -> None:
        """Fetch the pages of where the view came to rest: those asked for in
        its last paint, not the ones it passed on the way."""
        wanted, self._wanted = self._wanted, {}
        if not wanted:
            return
        model = self._model
        size = model.page_size
        if model.visible_rows is not None:
            first, shown_last = model.visible_rows()
            first = max(0, first)
            if shown_last < 0:  # the view is taller than the rows below
                shown_last = min(model.total - 1, first + size - 1)
            pages = list(range(first // size, shown_last // size + 1))
        else:  # no view told us: the pages asked for in the last paint
            rest = max(wanted.values()) - JUMP_REST_MS / 2000
            pages = sorted(p for p, at in wanted.items() if at >= rest)
        last = model.columnCount() - 1
        for page in pages:
            if model.page_cached(page) or model.load_page(page) is None:
                continue
            first = page * size
            end = min(model.total, first + size) - 1
            if last >= 0 and end >= first:
                model.dataChanged.emit(model.index(first, 0), model.index(end, last))
