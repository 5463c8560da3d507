"""The visits area: calendar, plan editor, outcome log, reminders, printing."""
