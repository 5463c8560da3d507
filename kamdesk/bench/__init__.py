"""``kamdesk bench``: the speed and memory targets of issue 9, each measured
against a floor taken in the same run (bare PySide6 window, raw sqlite3)."""
