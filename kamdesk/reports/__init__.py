"""PDF rendering only (reportlab): takes plain data from services."""
