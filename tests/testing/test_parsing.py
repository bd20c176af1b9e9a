"""The fake parses what real clients send: multipart quirks, query encodings, JSON nulls."""

from __future__ import annotations

import io
import json

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs
from twelvelabs_client.testing._media import Mp4Sniffer, probe_moov
from twelvelabs_client.testing._multipart import MultipartError, parse_multipart

from .helpers import create_index, tiny_mp4, upload

NO_FILE = {"_": ("", b"")}


# ---------------------------------------------------------------- multipart, end to end


def test_repeated_parts_are_all_read(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    response = http.post(
        "/search",
        data={"index_id": index_id, "search_options": ["visual", "audio"], "query_text": "cat"},
        files=NO_FILE,
    )
    assert response.status_code == 200, response.text
    form = fake.requests[-1].form
    assert form is not None and form.texts("search_options") == ["visual", "audio"]


def test_sdk_0_4_url_sent_twice_and_dummy_part(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    """The 0.4 SDK sent URL fields as a text part and again as a file part named `upload`."""
    index_id = create_index(http)
    url = "https://cdn.example.com/videos/harbor%20tour.mp4"
    response = http.post(
        "/tasks",
        data={"index_id": index_id, "video_url": url, "provide_transcription": "false"},
        files={"video_url": ("upload", url.encode(), "text/plain")},
    )
    assert response.status_code == 200, response.text
    fake.settle()
    task = http.get(f"/tasks/{response.json()['_id']}").json()
    assert task["system_metadata"]["filename"] == "harbor tour.mp4"
    embed = http.post(
        "/embed",
        data={"model_name": "Marengo-retrieval-2.7", "text": "a red car"},
        files={"text": ("upload", b"a red car", "text/plain")},
    )
    assert embed.status_code == 200, embed.text


def test_a_field_repeated_with_another_value_is_refused(http: httpx.Client) -> None:
    """Same value twice is the SDK quirk above; two values is a client bug (or a smuggled part)."""
    first, second = create_index(http, "first"), create_index(http, "second")
    search = {"search_options": "visual", "query_text": "x"}
    for data, files in [
        ({"index_id": [first, second], **search}, NO_FILE),
        ({"index_id": first, **search}, {"index_id": ("upload", second.encode(), "text/plain")}),
    ]:
        response = http.post("/search", data=data, files=files)
        assert response.status_code == 400
        assert response.json()["code"] == "parameter_invalid"
        assert "`index_id`" in response.json()["message"]


def test_text_field_sent_only_as_file_part(http: httpx.Client) -> None:
    index_id = create_index(http)
    response = http.post(
        "/tasks",
        files={
            "index_id": ("upload", index_id.encode(), "text/plain"),
            "video_url": ("upload", b"https://example.com/a.mp4", "text/plain"),
        },
    )
    assert response.status_code == 200, response.text


def test_temperature_null_is_accepted(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = fake.create_index("gen")
    video_id = fake.add_video(index_id, "talk.mp4")
    for path, body in [
        ("/generate", {"video_id": video_id, "prompt": "hi", "temperature": None, "stream": False}),
        (
            "/summarize",
            {"video_id": video_id, "type": "summary", "temperature": None, "prompt": None},
        ),
    ]:
        response = http.post(path, json=body)
        assert response.status_code == 200, response.text


def test_lowercase_booleans_in_multipart(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id, enable_video_stream="true")
    assert "hls" in http.get(f"/tasks/{task['_id']}").json()


def test_user_metadata_is_a_json_string_part(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(
        http, index_id, user_metadata={"category": "onboarding", "batch": 3, "duration": 30}
    )
    fake.settle()
    video = http.get(f"/indexes/{index_id}/videos/{task['video_id']}").json()
    assert video["user_metadata"] == {"category": "onboarding", "batch": 3}
    assert video["system_metadata"]["duration"] == 30


def test_chunked_upload_of_unknown_length(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    class Unsized:
        """A file object httpx cannot size, so the body goes out in chunks."""

        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def read(self, size: int = -1) -> bytes:
            return self._data.read(size)

    index_id = create_index(http)
    payload = bytes(range(256)) * 4000
    response = http.post(
        "/tasks",
        data={"index_id": index_id},
        files={"video_file": ("big.mp4", Unsized(payload), "video/mp4")},  # type: ignore[dict-item]
    )
    assert response.status_code == 200, response.text
    fake.settle()
    video = http.get(f"/indexes/{index_id}/videos/{response.json()['video_id']}").json()
    assert video["system_metadata"]["size"] == len(payload)


def test_malformed_multipart_is_parameter_invalid(http: httpx.Client) -> None:
    response = http.post(
        "/search",
        content=b'--b\r\nContent-Disposition: form-data; name="index_id"\r\n\r\nabc\r\n',
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 400 and response.json()["code"] == "parameter_invalid"


# ---------------------------------------------------------------- query strings


def test_comma_joined_model_options(http: httpx.Client) -> None:
    create_index(http, "both")
    create_index(http, "visual", [{"model_name": "marengo2.7", "model_options": ["visual"]}])
    both = http.get("/indexes", params={"model_options": "visual,audio"}).json()["data"]
    assert [i["index_name"] for i in both] == ["both"]
    visual = http.get("/indexes", params={"model_options": "visual"}).json()["data"]
    assert len(visual) == 2
    family = http.get("/indexes", params={"model_family": "pegasus"}).json()["data"]
    assert [i["index_name"] for i in family] == ["both"]
    by_name = http.get("/indexes", params={"index_name": "visual"}).json()["data"]
    assert [i["index_name"] for i in by_name] == ["visual"]


def test_repeated_status_keys(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    old = upload(http, index_id, "old.mp4")
    fake.advance(6)  # old: indexing
    new = upload(http, index_id, "new.mp4")  # validating
    found = http.get(
        "/tasks", params=[("status", "validating"), ("status", "indexing"), ("index_id", index_id)]
    ).json()["data"]
    assert {t["_id"] for t in found} == {old["_id"], new["_id"]}
    only = http.get("/tasks", params={"status": "indexing"}).json()["data"]
    assert [t["_id"] for t in only] == [old["_id"]]
    by_name = http.get("/tasks", params={"filename": "new.mp4"}).json()["data"]
    assert [t["_id"] for t in by_name] == [new["_id"]]


def test_range_and_flattened_metadata_filters(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    short = upload(
        http, index_id, "a.mp4", user_metadata={"duration": 30, "category": "x", "review": True}
    )
    long = upload(
        http, index_id, "b.mp4", user_metadata={"duration": 600, "category": "y", "batch": 3}
    )
    fake.settle()

    def ids(query: str) -> set[str]:
        response = http.get(f"/indexes/{index_id}/videos?{query}")
        assert response.status_code == 200, response.text
        return {v["_id"] for v in response.json()["data"]}

    assert ids("duration%5Bgte%5D=60") == {long["video_id"]}
    assert ids("duration[lte]=60") == {short["video_id"]}
    assert ids("duration=30") == {short["video_id"]}
    assert ids("duration%5Bgte%5D=10&duration%5Blte%5D=700") == {
        short["video_id"],
        long["video_id"],
    }
    assert ids("category=y") == {long["video_id"]}
    assert ids("review=true") == {short["video_id"]}
    assert ids("review=false") == set()
    assert ids("batch=3") == {long["video_id"]}
    assert ids("batch%5Bgte%5D=2") == {long["video_id"]}
    assert ids("filename=a.mp4&category=x") == {short["video_id"]}


def test_repeated_embedding_option(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = fake.create_index("emb")
    video_id = fake.add_video(index_id, "v.mp4", duration=12)
    url = (
        f"/indexes/{index_id}/videos/{video_id}?embedding_option=visual-text&embedding_option=audio"
    )
    segments = http.get(url).json()["embedding"]["video_embedding"]["segments"]
    assert [s["embedding_option"] for s in segments] == ["visual-text"] * 2 + ["audio"] * 2
    only_audio = http.get(f"/indexes/{index_id}/videos/{video_id}?embedding_option=audio").json()
    assert {
        s["embedding_option"] for s in only_audio["embedding"]["video_embedding"]["segments"]
    } == {"audio"}


def test_embed_task_embedding_option_filter(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    created = http.post(
        "/embed/tasks",
        data={
            "model_name": "Marengo-retrieval-2.7",
            "video_url": "https://example.com/a.mp4",
            "video_clip_length": "10",
            "video_embedding_scope": ["clip", "video"],
        },
        files=NO_FILE,
    ).json()
    fake.settle()
    body = http.get(f"/embed/tasks/{created['_id']}", params={"embedding_option": "audio"}).json()
    segments = body["video_embedding"]["segments"]
    assert {s["embedding_option"] for s in segments} == {"audio"}
    assert {s["embedding_scope"] for s in segments} == {"clip", "video"}
    metadata = body["video_embedding"]["metadata"]
    assert metadata["video_clip_length"] == 10 and metadata["video_embedding_scope"] == [
        "clip",
        "video",
    ]


def test_percent_encoded_path_ids(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    response = http.get("/tasks/a%2Fb")
    assert response.json()["code"] == "resource_not_exist"
    assert "a/b" in response.json()["message"]


# ---------------------------------------------------------------- the multipart parser


def _body(boundary: str, parts: list[tuple[str, bytes]]) -> bytes:
    out = b""
    for headers, content in parts:
        out += f"--{boundary}\r\n{headers}\r\n\r\n".encode() + content + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 10_000])
def test_parser_handles_any_chunking(chunk: int) -> None:
    boundary = "XyZ123"
    body = b"preamble\r\n" + _body(
        boundary,
        [
            ('Content-Disposition: form-data; name="a"', b"1"),
            ('Content-Disposition: form-data; name="a"', b"line1\r\nline2\r\n--XyZ12"),
            (
                'Content-Disposition: form-data; name="f"; filename="we; ird\\".mp4"\r\n'
                "Content-Type: video/mp4",
                b"\x00\r\n--\r\n" * 50,
            ),
        ],
    )
    form = parse_multipart((body[i : i + chunk] for i in range(0, len(body), chunk)), boundary)
    assert form.texts("a") == ["1", "line1\r\nline2\r\n--XyZ12"]
    part = form.file("f")
    assert part is not None
    assert part.filename == 'we; ird".mp4'
    assert part.content == b"\x00\r\n--\r\n" * 50 and part.size == 350
    assert part.content_type == "video/mp4"


def test_parser_rejects_a_truncated_body() -> None:
    body = _body("b", [('Content-Disposition: form-data; name="a"', b"1")])[:-10]
    with pytest.raises(MultipartError):
        parse_multipart([body], "b")


def test_parser_requires_a_name() -> None:
    with pytest.raises(MultipartError):
        parse_multipart([_body("b", [("Content-Disposition: form-data", b"1")])], "b")


# ---------------------------------------------------------------- real MP4 facts


def test_mp4_facts_are_read_while_streaming() -> None:
    data = tiny_mp4(12.5, 640, 360, 300)
    sniffer = Mp4Sniffer()
    for i in range(0, len(data), 5):
        sniffer.feed(data[i : i + 5])
    assert sniffer.moov is not None
    info = probe_moov(sniffer.moov)
    assert info is not None
    assert (info.duration, info.width, info.height, info.fps) == (12.5, 640, 360, 24.0)


def test_uploaded_mp4_gets_its_real_duration(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    task = upload(http, index_id, "real.mp4", tiny_mp4(9.0, 1280, 720, 270))
    fake.settle()
    facts = http.get(f"/indexes/{index_id}/videos/{task['video_id']}").json()["system_metadata"]
    assert (facts["duration"], facts["width"], facts["height"], facts["fps"]) == (
        9.0,
        1280,
        720,
        30.0,
    )


def test_arbitrary_bytes_get_deterministic_facts(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = create_index(http)
    first = upload(http, index_id, "a.mp4", b"same bytes")
    second = upload(http, index_id, "b.mp4", b"same bytes")
    fake.settle()
    facts = [
        http.get(f"/indexes/{index_id}/videos/{t['video_id']}").json()["system_metadata"]
        for t in (first, second)
    ]
    assert facts[0]["duration"] == facts[1]["duration"] >= 4
    assert json.dumps(facts[0]["fps"]) and facts[0]["width"] > 0
