"""Command-line entry points. Each module registers one family of commands."""
