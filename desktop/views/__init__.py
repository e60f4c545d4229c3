"""Layout-only widgets: they show what controllers give them and emit what the clerk does."""
