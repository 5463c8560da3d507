"""The Reports page: daily log, weekly and monthly plan and summary, deadlines,
month-end submission, and the manager's side (receive, rollup, notes)."""
