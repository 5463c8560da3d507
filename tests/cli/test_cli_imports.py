"""The command line builds its parser without the store layer: SQLAlchemy and
the models cost ~0.35 s of every start (the GUI's first paint included)."""

from __future__ import annotations

import subprocess
import sys


def test_parser_does_not_import_sqlalchemy() -> None:
    code = (
        "import sys\n"
        "from kamdesk.cli.main import build_parser\n"
        "build_parser().parse_args(['report', 'weekly', '--week', '2026-W47', '-o', 'x.pdf'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'reportlab', 'PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
