"""A typed client for the TwelveLabs Video Understanding API v1.3."""

from ._version import __version__

__all__ = ["__version__"]
