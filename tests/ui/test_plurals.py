"""English plurals through Qt's numerus forms: "1 day overdue", "5 days
overdue", never "5 day(s)". Every ``tr("…%n…", "", n)`` in the UI has its
English forms in resources/i18n/*_en.ts, under the same context."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kamdesk.ui.i18n import Translators, i18n_dir

UI = Path(__file__).resolve().parents[2] / "kamdesk" / "ui"


def _plural_sources() -> set[tuple[str, str]]:
    """(context, source) of every numerus ``tr`` (three arguments) in a UI
    class; a base class's texts translate in its subclass's context (Qt takes
    the instance's class), so they are listed under the subclass."""
    found: set[tuple[str, str]] = set()
    subclasses: dict[str, set[str]] = {}
    sources: list[tuple[str, str]] = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for base in cls.bases:
                if isinstance(base, ast.Name):
                    subclasses.setdefault(base.id, set()).add(cls.name)
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                if getattr(call.func, "attr", "") == "tr" and len(call.args) == 3:
                    first = call.args[0]
                    if isinstance(first, ast.Constant) and "%n" in str(first.value):
                        sources.append((cls.name, str(first.value)))
    for name, text in sources:
        found.update((context, text) for context in subclasses.get(name, {name}))
    return found


def _english_forms() -> dict[tuple[str, str], list[str]]:
    forms = {}
    for ts in sorted(i18n_dir().glob("*_en.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                forms[(name, source)] = [f.text or "" for f in message.iter("numerusform")]
    return forms


def test_every_plural_has_its_english_forms() -> None:
    sources = _plural_sources()
    assert len(sources) >= 10  # the scan sees them
    forms = _english_forms()
    missing = sorted(s for s in sources if s not in forms)
    assert missing == []
    for key, (one, many) in ((k, forms[k]) for k in sources):
        assert "(s)" not in one + many, key
        assert "%n" in one and "%n" in many, key


def test_english_picks_the_form_by_number(qapp: QApplication) -> None:
    translators = Translators(qapp)
    try:
        assert translators.switch("en") == "en"

        def tr(n: int) -> str:
            return QCoreApplication.translate("ToVisitBox", "%n day(s) overdue", "", n)

        assert (tr(1), tr(536)) == ("1 day overdue", "536 days overdue")
        assert QCoreApplication.translate("AccountsPage", "%n account(s)", "", 1) == "1 account"
        translators.switch("zh_CN")
        assert QCoreApplication.translate("AccountsPage", "%n account(s)", "", 316) == "316 个客户"
    finally:
        translators.switch("en")
        for t in list(translators._installed):
            qapp.removeTranslator(t)
