"""Realistic Chinese demo data: ``generate(db, size="small"|"large")``."""

from kamdesk.store.demo.generate import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
