"""The map PNG's legend wraps to the image width: in English (longer words)
its last entries went past the right edge."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from kamdesk.ui.stakeholders.export import MARGIN, MIN_WIDTH, _legend_font, header_height, legend_lines


def test_legend_lines_fit_the_width_in_both_languages(app_font: str) -> None:
    font = QFont(app_font)
    width = MIN_WIDTH - 2 * MARGIN
    metrics = QFontMetricsF(_legend_font(font))
    for lang in ("en", "zh"):
        lines = legend_lines(font, lang, width)
        assert sum(len(line) for line in lines) == 9  # five attitudes, not rated, us, two lines
        for line in lines:
            x, text, _swatch = line[-1]
            assert x + 30 + metrics.horizontalAdvance(text) <= width, (lang, text)
    assert len(legend_lines(font, "en", width)) >= 2  # English needs a second line at the narrowest
    assert header_height(font, "en", width) > header_height(font, "en", 4000)

