"""The shell's dialogs and menu operations (one module each):

* ``menus`` — the main window's menu bar and its translations
* ``files`` — file choosers (monkeypatch these in tests)
* ``database`` — open / new database, and the "cannot open" prompt
* ``data_ops`` — backup, restore, bundle import/export through ``run_job``
* ``demo`` — the first-run demo-data offer
* ``about`` — Help → About
"""
