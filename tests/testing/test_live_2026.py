"""The fake at the level of the 2026 API: Marengo 3.0 indexes, search with ``rank`` and the
``transcription`` option, several query images, and the retired 2025 routes."""

from __future__ import annotations

import httpx
import pytest
from twelvelabs_client import BadRequestError
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import KEY, create_index

MARENGO3 = [{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}]


def _search(http: httpx.Client, **fields: object) -> httpx.Response:
    # a dummy file part makes httpx send multipart/form-data, as the API requires
    return http.post("/search", data=fields, files={"_": ("", b"")})


def test_marengo3_index_takes_visual_and_audio(http: httpx.Client) -> None:
    index_id = create_index(http, "live", MARENGO3)
    assert http.get(f"/indexes/{index_id}").json()["models"] == MARENGO3


def test_transcription_is_refused_as_an_index_model_option(fake: FakeTwelveLabs) -> None:
    # what a user copying an old Quickstart would send
    models = [{"model_name": "marengo3.0", "model_options": ["visual", "audio", "transcription"]}]
    with fake.client() as client:
        with pytest.raises(BadRequestError) as raised:
            client.indexes.create("live", models=models)
        assert raised.value.status_code == 400
        assert raised.value.code == "parameter_invalid"
        assert "model_options" in str(raised.value)
        assert list(client.indexes.list()) == []


def test_fake_setup_refuses_transcription_as_a_model_option(fake: FakeTwelveLabs) -> None:
    with pytest.raises(ValueError, match="transcription"):
        fake.create_index("live", ["marengo3.0"], options=["visual", "transcription"])


def test_transcription_search_needs_no_index_option(fake: FakeTwelveLabs) -> None:
    with fake.client() as client:
        index = client.indexes.create("live", models=MARENGO3)
        fake.add_video(index.id, "harbor-tour.mp4", transcript="boats leave the harbor at dawn")
        fake.add_video(index.id, "cooking-pasta.mp4", transcript="salt the pasta water")
        clips = list(
            client.search.query(
                index.id, search_options=["transcription"], query_text="pasta water"
            )
        )
    assert clips[0].rank == 1
    assert clips[0].transcription == "salt the pasta water"


@pytest.fixture
def ranked(fake: FakeTwelveLabs) -> str:
    index_id = fake.create_index("live", ["marengo3.0"], options=["visual", "audio"])
    fake.add_video(index_id, "harbor-tour.mp4", transcript="boats leave the harbor at dawn")
    fake.add_video(index_id, "cooking-pasta.mp4", transcript="salt the pasta water")
    return index_id


def test_marengo3_search_ranks_instead_of_scoring(http: httpx.Client, ranked: str) -> None:
    body = _search(
        http,
        index_id=ranked,
        search_options=["visual", "transcription"],
        query_text="harbor boats",
        threshold="high",  # accepted and ignored, as on the live API
    ).json()
    items = body["data"]
    assert [i["rank"] for i in items] == list(range(1, len(items) + 1))
    assert all("score" not in i and "confidence" not in i for i in items)
    assert items[0]["transcription"] == "boats leave the harbor at dawn"


def test_transcription_options_pick_the_spoken_match(http: httpx.Client, ranked: str) -> None:
    def top(mode: str, query: str) -> str:
        body = _search(
            http,
            index_id=ranked,
            search_options=["transcription"],
            transcription_options=[mode],
            query_text=query,
        ).json()
        return str(body["data"][0].get("transcription", ""))

    assert top("lexical", "pasta water") == "salt the pasta water"
    assert top("semantic", "salting") == "salt the pasta water"  # a related form counts
    sent = _search(
        http,
        index_id=ranked,
        search_options=["visual"],
        transcription_options=["bogus"],
        query_text="x",
    )
    assert sent.status_code == 400


def test_up_to_ten_query_images(http: httpx.Client, ranked: str) -> None:
    urls = [f"https://e.com/{n}.jpg" for n in range(10)]
    ok = _search(
        http,
        index_id=ranked,
        search_options=["visual"],
        query_media_type="image",
        query_media_url=urls,
    )
    assert ok.status_code == 200
    files = [("query_media_file", (f"{n}.jpg", bytes([n]), "image/jpeg")) for n in range(11)]
    too_many = http.post(
        "/search",
        data={"index_id": ranked, "search_options": "visual", "query_media_type": "image"},
        files=files,
    )
    assert too_many.status_code == 400


def test_marengo27_search_keeps_score(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = fake.create_index("old", ["marengo2.7"])
    fake.add_video(index_id, "harbor-tour.mp4")
    items = _search(http, index_id=index_id, search_options="visual", query_text="harbor").json()[
        "data"
    ]
    assert items and all("score" in i and "rank" not in i for i in items)
    refused = _search(http, index_id=index_id, search_options="transcription", query_text="x")
    assert refused.status_code == 400


RETIRED = [
    ("POST", "/generate"),
    ("POST", "/gist"),
    ("POST", "/summarize"),
    ("POST", "/tasks/transfers/import/abc"),
    ("GET", "/tasks/transfers/import/abc/status"),
    ("GET", "/tasks/transfers/import/abc/logs"),
]


@pytest.mark.parametrize(("method", "path"), RETIRED)
def test_retired_routes_answer_404_when_asked(method: str, path: str) -> None:
    fake = FakeTwelveLabs(KEY, retired_routes=False)
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        response = http.request(method, path, json={})
    assert response.status_code == 404
    assert response.json()["code"] == "resource_not_exist"


def test_retired_routes_are_served_by_default(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = fake.create_index("both")
    video_id = fake.add_video(index_id)
    response = http.post("/gist", json={"video_id": video_id, "types": ["title"]})
    assert response.status_code == 200
    # the 2026 routes are there with the retired ones switched off too
    live = FakeTwelveLabs(KEY, retired_routes=False)
    with live.http_client(headers={"x-api-key": KEY}) as client:
        assert client.get("/analyze/tasks").status_code == 200


def test_an_index_with_only_pegasus12_takes_no_new_videos(
    fake: FakeTwelveLabs, http: httpx.Client
) -> None:
    legacy = fake.create_index("legacy", ["pegasus1.2"])
    both = fake.create_index("both", ["marengo2.7", "pegasus1.2"])
    asset_id = fake.add_asset("dock.mp4")
    refused = [
        http.post(
            "/tasks",
            data={"index_id": legacy, "video_url": "https://example.com/a.mp4"},
            files={"_": ("", b"")},
        ),
        http.post(f"/indexes/{legacy}/indexed-assets", json={"asset_id": asset_id}),
    ]
    for response in refused:
        assert response.status_code == 400
        assert response.json()["code"] == "parameter_invalid"
        assert "marengo3.0" in response.json()["message"]
    accepted = http.post(f"/indexes/{both}/indexed-assets", json={"asset_id": asset_id})
    assert accepted.status_code == 202
    assert http.get(f"/indexes/{legacy}").status_code == 200  # the index itself stays
