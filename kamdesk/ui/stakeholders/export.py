"""PNG export of a map, drawn by the same scene as the canvas (printing
prints the map's PDF: ``MapsPage.print_dialog``).

* ``render_png(snapshot, path, lang=, scale=2.0)`` — no window needed (works
  offscreen; the CLI uses it).
* ``scene_image(scene, scale)`` — a QImage of a scene.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from kamdesk.domain.orgchart import OUR_COLOURS, Layout, attitude_colours
from kamdesk.domain.stakeholders import Attitude
from kamdesk.errors import UserError
from kamdesk.services.maps import MapSnapshot, layout_of
from kamdesk.ui.stakeholders.scene import MapScene

MARGIN = 24
HEADER = 64
#: the largest PNG side in pixels (a 50-person map at 2× stays well below)
MAX_SIDE = 12000
#: title and legend need this much room even for a tiny map
MIN_WIDTH = 720


def _header(painter: QPainter, snapshot: MapSnapshot, lang: str, width: float) -> None:
    font = QFont(painter.font())
    font.setPixelSize(20)
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    painter.drawText(
        QRectF(0, 0, width, 26),
        Qt.AlignmentFlag.AlignLeft,
        QCoreApplication.translate("MapExport", "Stakeholder map: {title}").format(title=snapshot.title),
    )
    font.setPixelSize(12)
    painter.setFont(font)
    when = snapshot.as_of.isoformat() if snapshot.as_of else ""
    sub = QCoreApplication.translate("MapExport", "Account: {account}").format(account=snapshot.account_name)
    if when:
        sub += "   " + QCoreApplication.translate("MapExport", "As it stood on {date}").format(date=when)
    painter.setPen(QColor("#444444"))
    painter.drawText(QRectF(0, 28, width, 16), Qt.AlignmentFlag.AlignLeft, sub)
    x = 0.0
    chips: list[tuple[str, tuple[str, str]]] = [
        (f"{a.code} {a.label(lang)}", attitude_colours(a.code)) for a in Attitude
    ]
    chips.append((QCoreApplication.translate("MapExport", "not rated"), attitude_colours(None)))
    chips.append((QCoreApplication.translate("MapExport", "Us"), OUR_COLOURS))
    for text, (strong, light) in chips:
        painter.setPen(QColor(strong))
        painter.setBrush(QColor(light))
        painter.drawRect(QRectF(x, 48, 16, 10))
        painter.fillRect(QRectF(x, 48, 16, 3), QColor(strong))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x + 20, 45, 160, 16), Qt.AlignmentFlag.AlignLeft, text)
        x += 26 + painter.fontMetrics().horizontalAdvance(text) + 10
    for text, colour, style in (
        (QCoreApplication.translate("MapExport", "reports to"), "#5d6d7e", Qt.PenStyle.SolidLine),
        (QCoreApplication.translate("MapExport", "our coverage"), "#2e86c1", Qt.PenStyle.DashLine),
    ):
        painter.setPen(QPen(QColor(colour), 1.5, style))
        painter.drawLine(QPointF(x, 53), QPointF(x + 24, 53))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x + 30, 45, 160, 16), Qt.AlignmentFlag.AlignLeft, text)
        x += 40 + painter.fontMetrics().horizontalAdvance(text) + 10


def scene_image(
    scene: QGraphicsScene, scale: float = 2.0, snapshot: MapSnapshot | None = None, lang: str = "zh"
) -> QImage:
    """The whole scene (with a title and legend when ``snapshot`` is given) as an image."""
    source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
    header = HEADER if snapshot is not None else 0
    width = max(source.width() + 2 * MARGIN, MIN_WIDTH if snapshot is not None else 0)
    height = max(source.height(), 40) + 2 * MARGIN + header
    scale = min(scale, MAX_SIDE / max(width, height, 1.0))
    # no alpha channel: PNG encoding is the slow part and RGB32 saves about a fifth of it
    image = QImage(max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(scene.font())
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    if snapshot is not None:
        painter.save()
        painter.translate(MARGIN, MARGIN)
        _header(painter, snapshot, lang, width - 2 * MARGIN)
        painter.restore()
    if snapshot is not None and not snapshot.people:
        painter.setPen(QColor("#444444"))
        painter.drawText(
            QRectF(MARGIN, MARGIN + header, width - 2 * MARGIN, 40),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("MapExport", "Nobody is on this map yet"),
        )
    else:
        target = QRectF(MARGIN, MARGIN + header, source.width(), source.height())
        scene.render(painter, target, source)
    painter.end()
    return image


def render_png(
    snapshot: MapSnapshot,
    path: Path | str,
    *,
    lang: str = "zh",
    scale: float = 2.0,
    layout: Layout | None = None,
) -> Path:
    """Draw the map into a PNG file (title, legend, chart); returns the path.
    ``layout`` defaults to the map's own (saved positions, else automatic)."""
    scene = MapScene()
    scene.setBackgroundBrush(QColor("white"))
    scene.show_map(snapshot, layout or layout_of(snapshot), lang, handles=False)
    image = scene_image(scene, scale, snapshot, lang)
    out = Path(path)
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # the stubs want bytes; runtime wants str
        raise UserError(f"could not write {out}")
    return out


__all__ = ["render_png", "scene_image"]
