"""Logic behind the screens: they talk to the worker and fill the views."""
