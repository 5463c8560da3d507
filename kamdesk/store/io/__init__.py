"""Import and export: the JSON bundle, CSV/XLSX, vCard, iCalendar."""
