"""Helpers for the fake API's own tests (raw httpx only)."""

from __future__ import annotations

import json
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
