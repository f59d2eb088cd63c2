"""A static timeline site generator: raw news articles in, a timeline of who did what, when, and who said what out."""

__version__ = "0.1.0"
