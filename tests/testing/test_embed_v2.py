"""The fake's Embed v2 (``/embed-v2``, ``/embed-v2/tasks``) on the wire (wire facts §6, §9)."""

from __future__ import annotations

import base64
import math
from typing import Any

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs

VIDEO = {"media_source": {"url": "https://cdn.example.com/clips/goal.mp4"}}


def _embed(http: httpx.Client, input_type: str, value: Any, **extra: Any) -> httpx.Response:
    body = {"input_type": input_type, "model_name": "marengo3.0", input_type: value, **extra}
    return http.post("/embed-v2", json=body)


def _text_vector(http: httpx.Client, text: str) -> list[float]:
    response = _embed(http, "text", {"input_text": text})
    assert response.status_code == 200, response.text
    vector: list[float] = response.json()["data"][0]["embedding"]
    return vector


def _cos(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    )


def test_text_vectors_have_512_floats_and_shared_words_are_closer(http: httpx.Client) -> None:
    car = _text_vector(http, "a red sports car on a race track")
    near = _text_vector(http, "red car racing")
    far = _text_vector(http, "a bowl of soup")
    assert len(car) == 512
    assert _text_vector(http, "a red sports car on a race track") == car
    assert _cos(car, near) > _cos(car, far)
    body = _embed(http, "text", {"input_text": "x"}).json()
    assert "metadata" not in body
    assert body["data"][0]["embedding_option"] is None


def test_image_from_base64_and_text_image(http: httpx.Client) -> None:
    image = {"media_source": {"base64_string": base64.b64encode(b"\x89PNG fake").decode()}}
    body = _embed(http, "image", image).json()
    assert len(body["data"][0]["embedding"]) == 512
    assert body["metadata"]["input_type"] == "image"
    mixed = _embed(http, "text_image", {**image, "input_text": "a logo"}).json()
    assert mixed["data"][0]["embedding"] != body["data"][0]["embedding"]


def test_video_clips_per_option_and_asset_scope(http: httpx.Client) -> None:
    value = {
        **VIDEO,
        "embedding_option": ["visual", "audio"],
        "embedding_scope": ["clip", "asset"],
        "segmentation": {"strategy": "fixed", "fixed": {"duration_sec": 5}},
    }
    body = _embed(http, "video", value).json()
    meta = body["metadata"]
    assert meta["input_type"] == "video" and meta["clip_length"] == 5
    assert meta["embedding_options"] == ["visual", "audio"]
    clips = [d for d in body["data"] if d["embedding_scope"] == "clip"]
    assets = [d for d in body["data"] if d["embedding_scope"] == "asset"]
    assert {d["embedding_option"] for d in assets} == {"visual", "audio"} and len(assets) == 2
    visual = [d for d in clips if d["embedding_option"] == "visual"]
    assert visual[0]["start_sec"] == 0 and visual[0]["end_sec"] == 5
    assert visual[-1]["end_sec"] == meta["end_offset_sec"]
    fused = _embed(
        http,
        "video",
        {**VIDEO, "embedding_type": ["fused_embedding"], "embedding_scope": ["asset"]},
    ).json()
    assert [d["embedding_option"] for d in fused["data"]] == ["fused"]


def test_multi_input_placeholders(http: httpx.Client) -> None:
    sources = [{"name": "car", "media_type": "image", "url": "https://e.com/car.jpg"}]
    ok = _embed(http, "multi_input", {"input_text": "<@car> in red", "media_sources": sources})
    assert ok.status_code == 200 and len(ok.json()["data"]) == 1
    bad = _embed(http, "multi_input", {"input_text": "<@boat>", "media_sources": sources})
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == "parameter_invalid"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"input_type": "text", "model_name": "marengo9", "text": {"input_text": "x"}}, 400),
        ({"input_type": "text", "text": {"input_text": "x"}}, 400),
        (
            {"input_type": "text", "model_name": "marengo3.0", "text": {"input_text": "w " * 600}},
            400,
        ),
        (
            {
                "input_type": "text",
                "model_name": "marengo3.0",
                "text": {"input_text": "x"},
                "embedding_dimension": 256,
            },
            400,
        ),
        ({"input_type": "image", "model_name": "marengo3.0", "image": {"media_source": {}}}, 400),
        (
            {
                "input_type": "image",
                "model_name": "marengo3.0",
                "image": {"media_source": {"asset_id": "none"}},
            },
            404,
        ),
    ],
)
def test_errors_use_the_envelope(http: httpx.Client, body: dict[str, Any], status: int) -> None:
    response = http.post("/embed-v2", json=body)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] and error["message"]


def test_task_lifecycle_list_and_failure(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    created = http.post(
        "/embed-v2/tasks",
        json={"input_type": "video", "model_name": "marengo3.0", "video": VIDEO},
    )
    assert created.status_code == 202
    assert created.json()["status"] == "processing" and created.json()["data"] is None
    task_id = created.json()["_id"]
    pending = http.get(f"/embed-v2/tasks/{task_id}").json()
    assert pending["status"] == "processing" and pending["data"] is None
    listed = http.get("/embed-v2/tasks", params={"status": "processing"}).json()
    assert [t["_id"] for t in listed["data"]] == [task_id]
    assert (
        listed["data"][0]["video_embedding"]["metadata"]["input_url"]
        == VIDEO["media_source"]["url"]
    )
    fake.settle()
    ready = http.get(f"/embed-v2/tasks/{task_id}").json()
    assert ready["status"] == "ready"
    assert ready["data"] and all(len(d["embedding"]) == 512 for d in ready["data"])

    fake.fail_next_upload("We could not process your media for embedding.")
    failed_id = http.post(
        "/embed-v2/tasks",
        json={"input_type": "audio", "model_name": "marengo3.0", "audio": VIDEO},
    ).json()["_id"]
    fake.settle()
    failed = http.get(f"/embed-v2/tasks/{failed_id}").json()
    assert failed["status"] == "failed" and failed["data"] is None
    assert failed["error"]["message"].startswith("We could not process")
    missing = http.get("/embed-v2/tasks/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "resource_not_exist"
    text_task = http.post(
        "/embed-v2/tasks", json={"input_type": "text", "model_name": "marengo3.0"}
    )
    assert text_task.status_code == 400 and "error" in text_task.json()


def _newest(http: httpx.Client, multi_input: dict[str, Any], **extra: Any) -> httpx.Response:
    body = {"input_type": "multi_input", "model_name": "marengo3.5", "multi_input": multi_input}
    return http.post("/embed-v2", json={**body, **extra})


def test_marengo35_dimensions_are_prefixes_and_uncertainty_follows(http: httpx.Client) -> None:
    text = {"input_text": "a forklift lifts a pallet"}
    default = _newest(http, text).json()
    assert len(default["data"][0]["embedding"]) == 512
    assert "embedding_uncertainty" not in default["data"][0]
    assert default["usage"] == {"input_tokens": {"text": 5}, "truncated": False}
    long = _newest(http, text, embedding_dimension=1024).json()["data"][0]["embedding"]
    short = _newest(http, text, embedding_dimension=256, embedding_uncertainty=True).json()
    assert len(long) == 1024 and long[:512] == default["data"][0]["embedding"]
    assert short["data"][0]["embedding"] == long[:256]
    assert len(short["data"][0]["embedding_uncertainty"]) == 256
    # the 3.0 route shapes and the newer fields on 3.0 stay refused
    assert _newest(http, text, model_name="marengo3.0").status_code == 400
    video = {"input_type": "video", "model_name": "marengo3.5", "video": VIDEO}
    assert http.post("/embed-v2", json=video).status_code == 400


def test_marengo35_auto_truncate_and_mixed_uncertainty(http: httpx.Client) -> None:
    long_text = {"input_text": "word " * 2500}
    assert _newest(http, long_text).status_code == 400
    cut = _newest(http, long_text, auto_truncate=True).json()["usage"]
    assert cut["truncated"] is True and cut["truncation_reason"] == "model_context_window"
    assert cut["input_tokens"]["text"] <= 2000
    mixed = {
        "input_text": "<@a> at the dock",
        "media_sources": [{"name": "a", "media_type": "image", "url": "https://e.com/a.png"}],
    }
    assert _newest(http, mixed).status_code == 200
    refused = _newest(http, mixed, embedding_uncertainty=True)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "parameter_invalid"


def test_marengo35_tasks_take_images_and_documents(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    pdf = {"media_source": {"url": "https://e.com/manual.pdf"}}
    older = {"input_type": "document", "model_name": "marengo3.0", "document": pdf}
    assert http.post("/embed-v2/tasks", json=older).status_code == 400
    created = http.post(
        "/embed-v2/tasks",
        json={**older, "model_name": "marengo3.5", "embedding_dimension": 128},
    )
    assert created.status_code == 202
    assert created.json()["metadata"]["embedding_dimension"] == 128
    fake.settle()
    task = http.get(f"/embed-v2/tasks/{created.json()['_id']}").json()
    assert task["status"] == "ready" and task["metadata"]["input_type"] == "document"
    (datum,) = task["data"]
    assert len(datum["embedding"]) == 128 and datum["start_page_number"] == 1
