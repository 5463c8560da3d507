"""Table models shared by pages.

* :mod:`kamdesk.ui.models.lazy_table` — ``LazyTableModel`` / ``LazyColumn``:
  a list loaded page by page from a service (``fetch(offset, limit, sort,
  descending)`` + ``count()``), sorted in SQL on header click. Use it for any
  list that can grow.
"""
