"""Helpers for the fake API's own tests (raw httpx only)."""

from __future__ import annotations

import json
import struct
from typing import Any

import httpx

KEY = "tlk_test"
BOTH_MODELS = [
    {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
    {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]},
]


def create_index(
    http: httpx.Client, name: str = "demo", models: list[dict[str, Any]] | None = None
) -> str:
    response = http.post("/indexes", json={"index_name": name, "models": models or BOTH_MODELS})
    assert response.status_code == 201, response.text
    return str(response.json()["_id"])


def upload(
    http: httpx.Client,
    index_id: str,
    filename: str = "clip.mp4",
    content: bytes = b"not really a video" * 10,
    **fields: Any,
) -> dict[str, Any]:
    data = {"index_id": index_id}
    for key, value in fields.items():
        data[key] = json.dumps(value) if isinstance(value, dict) else value
    response = http.post(
        "/tasks", data=data, files={"video_file": (filename, content, "video/mp4")}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def error_code(response: httpx.Response) -> str:
    return str(response.json()["code"])


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def tiny_mp4(
    duration_s: float, width: int, height: int, frames: int, *, mdat_bytes: int = 5000
) -> bytes:
    """A minimal MP4 (box headers only, ``moov`` last) with these facts."""
    timescale = 1000
    mvhd = (
        b"\x00" * 4
        + struct.pack(">IIII", 0, 0, timescale, int(duration_s * timescale))
        + b"\x00" * 80
    )
    tkhd = b"\x00" * 4 + b"\x00" * 20 + b"\x00" * 8 + b"\x00" * 8 + b"\x00" * 36
    tkhd += struct.pack(">II", width << 16, height << 16)
    mdhd = b"\x00" * 4 + struct.pack(">IIII", 0, 0, 600, int(duration_s * 600)) + b"\x00" * 4
    hdlr = b"\x00" * 4 + b"\x00" * 4 + b"vide" + b"\x00" * 12 + b"VideoHandler\x00"
    stsz = b"\x00" * 4 + struct.pack(">II", 0, frames)
    stbl = _box(b"stsz", stsz)
    minf = _box(b"stbl", stbl)
    mdia = _box(b"mdhd", mdhd) + _box(b"hdlr", hdlr) + _box(b"minf", minf)
    trak = _box(b"tkhd", tkhd) + _box(b"mdia", mdia)
    moov = _box(b"mvhd", mvhd) + _box(b"trak", trak)
    return (
        _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2")
        + _box(b"mdat", b"\x01" * mdat_bytes)
        + _box(b"moov", moov)
    )
