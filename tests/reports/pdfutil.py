"""Read back what a PDF says (pdftotext) and which fonts it uses (pdffonts)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True)
    return out.stdout


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font the PDF references."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni id gen; emb is the 5th from the end
        rows.append((parts[0], parts[-5] == "yes"))
    return rows


def assert_only_embedded_fonts(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "no fonts at all"
    assert all(embedded for _, embedded in fonts), fonts
    assert all("WenQuanYi" in name for name, _ in fonts), fonts
