"""The models stay light to import: no dialect but the one in use."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_models_does_not_load_the_postgresql_dialect() -> None:
    code = "import sys, kamdesk.store.models; print('sqlalchemy.dialects.postgresql' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "False"
