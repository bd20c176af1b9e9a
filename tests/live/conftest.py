"""Tests against the real TwelveLabs API are collected only when TWELVELABS_API_KEY is set
(they cost credits and need the network); everything else runs against the fake."""

import os

collect_ignore_glob = [] if os.environ.get("TWELVELABS_API_KEY") else ["test_*.py"]
