"""Video facts for uploaded bytes: read from a real MP4 when possible, else derived from a hash.

Tests usually upload a few arbitrary bytes; a small real MP4 also works and then its real
duration, frame size and frame rate are used. Nothing is decoded: only the MP4 box headers are
read, while the upload streams past (the ``moov`` box is kept, at most 32 MiB).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

_MAX_MOOV = 32 * 1024 * 1024
_TOP_LEVEL = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot", b"uuid", b"styp"}
_FRAME_SIZES = [(1280, 720), (1920, 1080), (854, 480), (640, 360), (1080, 1920), (720, 720)]
_FRAME_RATES = [24.0, 25.0, 29.97, 30.0, 60.0]


@dataclass(frozen=True)
class VideoInfo:
    duration: float
    width: int
    height: int
    fps: float


class Mp4Sniffer:
    """Walks the top-level MP4 boxes of a byte stream and keeps the ``moov`` box."""

    def __init__(self) -> None:
        self._header = bytearray()
        self._skip = 0
        self._capture: bytearray | None = None
        self._first = True
        self._done = False
        self.moov: bytes | None = None

    def feed(self, data: bytes) -> None:
        view = memoryview(data)
        i = 0
        while i < len(view) and not self._done:
            if self._skip:
                n = min(self._skip, len(view) - i)
                if self._capture is not None:
                    self._capture += view[i : i + n]
                self._skip -= n
                i += n
                if not self._skip and self._capture is not None:
                    self.moov = bytes(self._capture)
                    self._capture = None
                    self._done = True
                continue
            need = 8 if len(self._header) < 8 else 16
            take = min(need - len(self._header), len(view) - i)
            self._header += view[i : i + take]
            i += take
            if len(self._header) < 8:
                continue
            size = int.from_bytes(self._header[:4], "big")
            kind = bytes(self._header[4:8])
            header_len = 8
            if size == 1:
                if len(self._header) < 16:
                    continue
                size = int.from_bytes(self._header[8:16], "big")
                header_len = 16
            if (self._first and kind not in _TOP_LEVEL) or size == 0 or size < header_len:
                self._done = True
                return
            self._first = False
            self._header.clear()
            body = size - header_len
            if kind == b"moov" and body <= _MAX_MOOV:
                self._capture = bytearray()
                if body == 0:
                    self._done = True
                    return
            self._skip = body


def _children(data: bytes) -> dict[bytes, list[bytes]]:
    out: dict[bytes, list[bytes]] = {}
    pos = 0
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos : pos + 4], "big")
        kind = data[pos + 4 : pos + 8]
        header_len = 8
        if size == 1 and pos + 16 <= len(data):
            size = int.from_bytes(data[pos + 8 : pos + 16], "big")
            header_len = 16
        elif size == 0:
            size = len(data) - pos
        if size < header_len or pos + size > len(data):
            break
        out.setdefault(kind, []).append(data[pos + header_len : pos + size])
        pos += size
    return out


def _timescale_and_duration(full_box: bytes) -> tuple[int, int] | None:
    """(timescale, duration) of an ``mvhd`` or ``mdhd`` payload."""
    if len(full_box) < 4:
        return None
    version = full_box[0]
    if version == 1 and len(full_box) >= 32:
        return (
            int.from_bytes(full_box[20:24], "big"),
            int.from_bytes(full_box[24:32], "big"),
        )
    if len(full_box) >= 20:
        return (
            int.from_bytes(full_box[12:16], "big"),
            int.from_bytes(full_box[16:20], "big"),
        )
    return None


def probe_moov(moov: bytes) -> VideoInfo | None:
    """Duration, frame size and frame rate from a ``moov`` box payload."""
    boxes = _children(moov)
    mvhd = boxes.get(b"mvhd")
    if not mvhd:
        return None
    ts = _timescale_and_duration(mvhd[0])
    if ts is None or ts[0] == 0:
        return None
    duration = ts[1] / ts[0]
    for trak in boxes.get(b"trak", []):
        parts = _children(trak)
        mdia = _children(parts.get(b"mdia", [b""])[0])
        hdlr = mdia.get(b"hdlr", [b""])[0]
        if hdlr[8:12] != b"vide":
            continue
        tkhd = parts.get(b"tkhd", [b""])[0]
        size_at = 88 if tkhd[:1] == b"\x01" else 76
        if len(tkhd) < size_at + 8:
            continue
        width = int.from_bytes(tkhd[size_at : size_at + 4], "big") >> 16
        height = int.from_bytes(tkhd[size_at + 4 : size_at + 8], "big") >> 16
        fps = 30.0
        media_ts = _timescale_and_duration(mdia.get(b"mdhd", [b""])[0])
        stbl = _children(_children(mdia.get(b"minf", [b""])[0]).get(b"stbl", [b""])[0])
        stsz = stbl.get(b"stsz", [b""])[0]
        if media_ts and media_ts[0] and media_ts[1] and len(stsz) >= 12:
            samples = int.from_bytes(stsz[8:12], "big")
            fps = round(samples / (media_ts[1] / media_ts[0]), 2)
        if width and height:
            return VideoInfo(round(duration, 3), width, height, fps)
    return None


def derived_info(seed: str) -> VideoInfo:
    """Plausible, deterministic facts for bytes that are not a readable MP4."""
    h = int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big")
    duration = 12 + (h % 28800) / 100  # 12 s .. 300 s, two decimals
    width, height = _FRAME_SIZES[(h >> 20) % len(_FRAME_SIZES)]
    fps = _FRAME_RATES[(h >> 32) % len(_FRAME_RATES)]
    return VideoInfo(round(duration, 2), width, height, fps)
