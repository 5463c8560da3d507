"""Shared widgets every page may use (import the module you need; nothing is
re-exported here, so importing one does not pull in the others):

* :mod:`kamdesk.ui.widgets.jobs` — ``run_job(parent, title, fn)``: long work
  off the GUI thread with progress, cancel and error reporting.
* :mod:`kamdesk.ui.widgets.messages` — message boxes (UserError vs bug),
  ``ask_yes_no``; monkeypatch these in tests.
* :mod:`kamdesk.ui.widgets.search` — ``SearchLineEdit``: search-as-you-type
  with debounce (``search_changed(str)`` signal).
* :mod:`kamdesk.ui.widgets.coded` — ``CodeCombo``: a combo box of a ``Coded``
  enum labelled in the current language, optional blank entry.
* :mod:`kamdesk.ui.widgets.dates` — ``OptionalDateEdit``: a date edit that can
  be empty (``date() -> datetime.date | None``).
* :mod:`kamdesk.ui.widgets.icons` — ``icon(name)``: an icon from
  ``resources/icons/`` (cached).
* :mod:`kamdesk.ui.widgets.charts` — small QPainter charts (bar, funnel,
  quadrant scatter, line); written with the opportunities page.

Conventions the main window relies on (see ``kamdesk.ui.main_window``): a page
may define ``on_changed(changes)``, ``show_record(uuid)``, ``can_leave() ->
bool`` (unsaved edits) and ``retranslates_live = True`` (it handles
``LanguageChange`` itself; otherwise it is rebuilt on a language switch).
"""
