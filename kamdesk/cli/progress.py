"""Progress of a long command on stderr: redrawn in place on a terminal, and
nothing at all when stderr is a log or a pipe (no ``\\r`` lines in logs).

One object for every command: call it as ``progress(label, done, total)``
(the ``Progress`` callback of the services), with ``total`` 0 when the amount
of work is unknown (a spinner and the seconds elapsed), and use it as a context
manager so the line is cleared when the command ends, however it ends.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

_SPINNER = "|/-\\"
_WIDTH = 72
_MIN_INTERVAL = 0.1  # seconds between redraws: a fast loop must not flood the terminal


class Progress:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        try:
            self.active = bool(self.stream.isatty())
        except (AttributeError, ValueError):
            self.active = False
        self.started = time.monotonic()
        self._last = 0.0
        self._drawn = False
        self._spin = 0

    def __call__(self, label: str, done: int = 0, total: int = 0) -> None:
        if not self.active:
            return
        now = time.monotonic()
        if now - self._last < _MIN_INTERVAL and (not total or done < total):
            return
        self._last = now
        elapsed = now - self.started
        if total:
            pct = min(100, done * 100 // total)
            line = f"{label[:36]:<36} {done:>9,}/{total:,} {pct:3d}%  {elapsed:5.0f}s"
        else:
            self._spin = (self._spin + 1) % len(_SPINNER)
            line = f"{label[:36]:<36} {_SPINNER[self._spin]}  {elapsed:5.0f}s"
        self.stream.write("\r" + line[:_WIDTH].ljust(_WIDTH))
        self.stream.flush()
        self._drawn = True

    def tick(self, label: str) -> None:
        """Work of unknown size goes on."""
        self(label, 0, 0)

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * _WIDTH + "\r")
            self.stream.flush()
            self._drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.clear()
