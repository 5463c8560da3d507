"""``kamdesk map OPPORTUNITY -o FILE.pdf|FILE.png [--as-of DATE]``: export a
stakeholder map.

OPPORTUNITY is the opportunity's UUID or its name (an account's UUID gives
the account's standing map). PDF goes through reportlab; PNG is drawn by the
same Qt scene as the canvas, offscreen (Qt is imported only for PNG).
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import date


def _date(value: str) -> date:
    from kamdesk.cli.common import a_date

    return a_date(value)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "map",
        help="export a stakeholder map (决策链图) as PDF or PNG",
        description="Write the stakeholder map of an opportunity (by UUID or name) as a vector PDF "
        "(A4 landscape) or a PNG image. --as-of shows the map as it stood on that date.",
    )
    p.add_argument("opportunity", metavar="OPPORTUNITY", help="the opportunity's UUID or name")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf|FILE.png")
    p.add_argument("--as-of", type=_date, metavar="YYYY-MM-DD", help="the map as it stood on this date")
    p.add_argument(
        "--include-private", action="store_true", help="also contacts marked private (left out by default)"
    )
    p.set_defaults(func=run_map)


def run_map(args: argparse.Namespace) -> int:
    from kamdesk.cli.common import lang_of, open_db, output_path
    from kamdesk.services.maps import load_map, resolve_map

    path = output_path(args.output, ".pdf", ".png")
    lang = lang_of(args)
    db = open_db(args)
    try:
        started = time.perf_counter()
        snapshot = load_map(
            db, resolve_map(db, args.opportunity), as_of=args.as_of, include_private=args.include_private
        )
        from kamdesk.reports.common import rep_author

        author = rep_author(db)
    finally:
        db.dispose()
    if path.suffix.lower() == ".pdf":
        from kamdesk.reports.map_pdf import render_map_pdf

        render_map_pdf(snapshot, path, lang=lang, author=author)
    else:
        _render_png(snapshot, path, lang)
    seconds = time.perf_counter() - started
    print(
        f"{path}: {snapshot.title}, {len(snapshot.people)} people, {len(snapshot.insights)} insights ({seconds:.2f} s)"
    )
    return 0


def _render_png(snapshot: object, path: object, lang: str) -> None:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kamdesk.ui.application import install_app_font
    from kamdesk.ui.i18n import Translators
    from kamdesk.ui.stakeholders.export import render_png

    app = QApplication.instance() or QApplication([])
    install_app_font(app)  # type: ignore[arg-type]
    translators = Translators(app)
    translators.switch("zh_CN" if lang.startswith("zh") else "en")
    try:
        render_png(snapshot, path, lang=lang)  # type: ignore[arg-type]
    finally:
        translators.switch("en")  # leave a host application (or a test run) as it was
