"""Team sync: laptops keep their SQLite files and exchange change sets with a
team PostgreSQL server (or as signed files).

* :mod:`.tables` — which tables travel and the ``store_meta`` keys sync keeps;
* :mod:`.tracking` — SQLite triggers that note every changed record (and its base);
* :mod:`.changeset` — a change set in the bundle's record form, HMAC-signed as a file;
* :mod:`.apply` — merging a change set: field by field, the server's value standing
  on a same-field conflict and the laptop's kept in ``conflict``;
* :mod:`.server` — the team schema on PostgreSQL: roles per rep, row-level security;
* :mod:`.session` — one sync: pull, merge, push, each side one transaction.
"""
