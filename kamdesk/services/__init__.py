"""Use cases: plain-Python functions over a Database, returning dataclasses.
They own the transactions; no Qt here, and no SQL above this layer."""
