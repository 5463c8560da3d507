"""The Opportunities page: pipeline board and list, the opportunity editor,
the strategy view (value matrix, nine-grid, funnel, forecast) and targets."""
