"""Ready-made ``progress=`` callbacks for uploads.

``tqdm_progress`` draws a terminal progress bar with tqdm, an optional dependency::

    pip install "twelvelabs-client[progress]"

    from twelvelabs_client.progress import tqdm_progress
    client.tasks.create(index_id, video_file="talk.mp4", progress=tqdm_progress(desc="talk.mp4"))
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["tqdm_progress"]


def tqdm_progress(desc: str | None = None, **tqdm_options: Any) -> Callable[[int, int], None]:
    """A ``progress(bytes_sent, total_bytes)`` callback that draws a tqdm bar in bytes.

    The bar is created on the first call (when the total is known) and closed when the upload
    reaches 100 %. A retry that starts the body over resets the bar. Extra keyword arguments go
    to ``tqdm.tqdm``.
    """
    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:
        raise ImportError(
            "tqdm_progress needs the tqdm package; install it with "
            "`pip install twelvelabs-client[progress]` (or `pip install tqdm`)."
        ) from None

    bar: Any = None
    shown = 0

    def callback(sent: int, total: int) -> None:
        nonlocal bar, shown
        if bar is None:
            options = {"unit": "B", "unit_scale": True, "unit_divisor": 1024, **tqdm_options}
            bar = tqdm(total=total, desc=desc, **options)
        if sent < shown:
            bar.reset(total=total)
            shown = 0
        bar.update(sent - shown)
        shown = sent
        if sent >= total:
            bar.close()
            bar = None
            shown = 0

    return callback
