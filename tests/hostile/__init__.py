"""Hostile servers over real loopback sockets (see ``server.py`` and ``scenarios.py``)."""
