"""Belt TUI: one home for follow-ups that would otherwise die inside email threads."""

__version__ = "0.1.0"
