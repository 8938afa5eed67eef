"""Baoxue (保学): offline school-level registrar for keeping every child in school.

The package is the whole program without a screen; ``app.ui`` is the Qt front end.
"""

__version__ = "0.1.0"
