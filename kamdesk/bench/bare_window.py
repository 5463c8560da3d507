"""Floor for start-up: a bare PySide6 window, from process start to first paint."""

from __future__ import annotations

import json
import time


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    win = QMainWindow()
    win.resize(1280, 800)
    win.show()

    def done() -> None:
        print(json.dumps({"painted_at": time.monotonic()}), flush=True)
        app.quit()

    QTimer.singleShot(0, done)
    app.exec()


if __name__ == "__main__":
    main()
