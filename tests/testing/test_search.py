"""Search: deterministic ranking, page tokens (and their expiry), grouping, filters."""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import httpx
import pytest
from twelvelabs_client.testing import FakeTwelveLabs, _state

from .helpers import KEY

NO_FILE = {"_": ("", b"")}


@pytest.fixture
def library(fake: FakeTwelveLabs) -> dict[str, str]:
    index_id = fake.create_index("library")
    videos = {
        "forklift": fake.add_video(
            index_id,
            "forklift_safety_training.mp4",
            duration=60,
            user_metadata={"category": "safety"},
        ),
        "pasta": fake.add_video(
            index_id, "cooking-pasta.mp4", duration=45, user_metadata={"category": "food"}
        ),
        "harbor": fake.add_video(
            index_id, "harbor_tour.mp4", duration=30, transcript="The forklift moves containers."
        ),
    }
    return {"index_id": index_id, **videos}


def search(http: httpx.Client, index_id: str, **fields: Any) -> httpx.Response:
    data: dict[str, Any] = {"index_id": index_id, "search_options": ["visual", "audio"]}
    for key, value in fields.items():
        data[key] = json.dumps(value) if isinstance(value, dict) else value
    return http.post("/search", data=data, files=NO_FILE)


def walk(http: httpx.Client, first: dict[str, Any]) -> list[dict[str, Any]]:
    pages = [first]
    for _ in range(100):
        token = pages[-1]["page_info"].get("next_page_token")
        if token is None:
            return pages
        response = http.get(f"/search/{token}")
        assert response.status_code == 200, response.text
        pages.append(response.json())
    raise AssertionError("too many pages")


def test_matching_videos_rank_first(http: httpx.Client, library: dict[str, str]) -> None:
    body = search(http, library["index_id"], query_text="forklift safety", page_limit="50").json()
    video_ids = [clip["video_id"] for clip in body["data"]]
    assert video_ids and video_ids[0] == library["forklift"]
    assert library["pasta"] not in video_ids  # nothing in common: below the default threshold
    assert library["harbor"] in video_ids  # its transcript mentions a forklift
    scores = [clip["score"] for clip in body["data"]]
    assert scores == sorted(scores, reverse=True)
    clip = body["data"][0]
    assert set(clip) == {"score", "start", "end", "video_id", "confidence"}
    assert 0 <= clip["start"] < clip["end"] <= 60
    assert clip["confidence"] in {"high", "medium", "low"}


def test_results_are_deterministic(http: httpx.Client, library: dict[str, str]) -> None:
    first = search(http, library["index_id"], query_text="forklift").json()["data"]
    again = search(http, library["index_id"], query_text="forklift").json()["data"]
    assert first == again


def test_threshold_none_keeps_everything(http: httpx.Client, library: dict[str, str]) -> None:
    body = search(
        http, library["index_id"], query_text="forklift", threshold="none", page_limit="50"
    )
    assert {c["video_id"] for c in body.json()["data"]} == {
        library["forklift"],
        library["pasta"],
        library["harbor"],
    }
    high = search(http, library["index_id"], query_text="forklift", threshold="high").json()
    assert all(c["confidence"] == "high" for c in high["data"])


def test_search_pool(http: httpx.Client, library: dict[str, str]) -> None:
    pool = search(http, library["index_id"], query_text="x").json()["search_pool"]
    assert pool == {"total_count": 3, "total_duration": 135.0, "index_id": library["index_id"]}


def test_pages_follow_tokens_until_the_token_is_absent(
    http: httpx.Client, library: dict[str, str]
) -> None:
    everything = search(http, library["index_id"], query_text="forklift", page_limit="50").json()
    first = search(http, library["index_id"], query_text="forklift", page_limit="3").json()
    assert first["page_info"]["limit_per_page"] == 3
    assert "prev_page_token" not in first["page_info"]
    pages = walk(http, first)
    assert len(pages) == -(-everything["page_info"]["total_results"] // 3) >= 3
    assert all(len(p["data"]) == 3 for p in pages[:-1]) and 1 <= len(pages[-1]["data"]) <= 3
    assert "next_page_token" not in pages[-1]["page_info"]
    assert all("prev_page_token" in p["page_info"] for p in pages[1:])
    walked = [clip for page in pages for clip in page["data"]]
    assert walked == everything["data"]
    assert pages[-1]["page_info"]["page_expires_at"].endswith("Z")


def test_prev_token_goes_back(http: httpx.Client, library: dict[str, str]) -> None:
    first = search(http, library["index_id"], query_text="forklift", page_limit="2").json()
    second = http.get(f"/search/{first['page_info']['next_page_token']}").json()
    back = http.get(f"/search/{second['page_info']['prev_page_token']}").json()
    assert back["data"] == first["data"]


def test_page_tokens_expire_after_an_hour(
    fake: FakeTwelveLabs, http: httpx.Client, library: dict[str, str]
) -> None:
    first = search(http, library["index_id"], query_text="forklift", page_limit="2").json()
    token = first["page_info"]["next_page_token"]
    fake.advance(3599)
    assert http.get(f"/search/{token}").status_code == 200
    fake.advance(1)
    expired = http.get(f"/search/{token}")
    assert expired.status_code == 400
    assert expired.json() == {"error_code": 400, "message": mock.ANY}  # the route's own shape
    assert "run the search again" in expired.json()["message"]


def test_token_lifetime_is_configurable() -> None:
    fake = FakeTwelveLabs(KEY, search_token_ttl=60)
    index_id = fake.create_index("i")
    fake.add_video(index_id, "dog_park.mp4", duration=100)
    with fake.http_client(headers={"x-api-key": KEY}) as http:
        first = search(http, index_id, query_text="dog", page_limit="1").json()
        fake.advance(60)
        response = http.get(f"/search/{first['page_info']['next_page_token']}")
        assert response.status_code == 400 and response.json()["error_code"] == 400


def test_unknown_token_is_refused_like_an_expired_one(http: httpx.Client) -> None:
    response = http.get("/search/not-a-token")
    assert response.status_code == 400
    assert response.json() == {"error_code": 400, "message": mock.ANY}


def test_group_by_video(http: httpx.Client, library: dict[str, str]) -> None:
    body = search(http, library["index_id"], query_text="forklift", group_by="video").json()
    groups = body["data"]
    assert groups[0]["id"] == library["forklift"]
    assert all(set(g) == {"id", "clips"} for g in groups)
    assert all(c["video_id"] == g["id"] for g in groups for c in g["clips"])
    assert body["page_info"]["total_inner_matches"] == sum(len(g["clips"]) for g in groups)
    assert body["page_info"]["total_results"] == len(groups)
    by_count = search(
        http, library["index_id"], query_text="forklift", group_by="video", sort_option="clip_count"
    ).json()["data"]
    counts = [len(g["clips"]) for g in by_count]
    assert counts == sorted(counts, reverse=True)
    clip_only = search(http, library["index_id"], query_text="forklift").json()
    assert "total_inner_matches" not in clip_only["page_info"]


def test_filter_json_string(http: httpx.Client, library: dict[str, str]) -> None:
    def found(flt: dict[str, Any]) -> set[str]:
        response = search(
            http,
            library["index_id"],
            query_text="forklift",
            threshold="none",
            page_limit="50",
            filter=flt,
        )
        assert response.status_code == 200, response.text
        return {c["video_id"] for c in response.json()["data"]}

    assert found({"id": [library["pasta"]]}) == {library["pasta"]}
    assert found({"duration": {"gte": 40, "lte": 50}}) == {library["pasta"]}
    assert found({"duration": 30}) == {library["harbor"]}
    assert found({"category": "safety"}) == {library["forklift"]}
    assert found({"category": ["safety", "food"]}) == {library["forklift"], library["pasta"]}
    assert found({"filename": "harbor_tour.mp4"}) == {library["harbor"]}


def test_operator_and_is_never_above_or(http: httpx.Client, library: dict[str, str]) -> None:
    def scores(operator: str) -> dict[tuple[str, float], float]:
        body = search(
            http,
            library["index_id"],
            query_text="forklift",
            threshold="none",
            page_limit="50",
            operator=operator,
        ).json()
        return {(c["video_id"], c["start"]): c["score"] for c in body["data"]}

    either, both = scores("or"), scores("and")
    assert set(either) == set(both)
    assert all(both[k] <= either[k] for k in both)


def test_include_user_metadata(http: httpx.Client, library: dict[str, str]) -> None:
    first = search(
        http,
        library["index_id"],
        query_text="forklift safety",
        page_limit="1",
        include_user_metadata="true",
    ).json()
    assert first["data"][0]["user_metadata"] == {"category": "safety"}
    token = first["page_info"]["next_page_token"]
    plain = http.get(f"/search/{token}").json()
    assert "user_metadata" not in plain["data"][0]
    assert (
        "user_metadata" in http.get(f"/search/{token}?include_user_metadata=true").json()["data"][0]
    )


def test_thumbnail_url_only_with_the_addon(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    plain = fake.create_index("plain")
    thumbs = fake.create_index("thumbs", ["marengo2.7"], addons=["thumbnail"])
    for index_id in (plain, thumbs):
        fake.add_video(index_id, "bird_watching.mp4", duration=20)
    assert "thumbnail_url" not in search(http, plain, query_text="bird").json()["data"][0]
    assert (
        search(http, thumbs, query_text="bird")
        .json()["data"][0]["thumbnail_url"]
        .startswith("https://")
    )


def test_image_query(http: httpx.Client, library: dict[str, str]) -> None:
    response = http.post(
        "/search",
        data={
            "index_id": library["index_id"],
            "search_options": "visual",
            "query_media_type": "image",
            "threshold": "none",
        },
        files={"query_media_file": ("cat.png", b"\x89PNG fake image", "image/png")},
    )
    assert response.status_code == 200, response.text
    assert response.json()["data"]


def test_empty_index_search(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = fake.create_index("empty")
    body = search(http, index_id, query_text="anything").json()
    assert body["data"] == [] and "next_page_token" not in body["page_info"]
    assert body["page_info"]["total_results"] == 0


def test_videos_still_indexing_are_not_searched(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    index_id = fake.create_index("busy")
    fake.add_video(index_id, "dog.mp4", ready=False)
    assert search(http, index_id, query_text="dog").json()["data"] == []
    fake.settle()
    assert search(http, index_id, query_text="dog").json()["data"]


def test_old_searches_are_forgotten(fake: FakeTwelveLabs, http: httpx.Client) -> None:
    """Expired searches, and the oldest past a cap, are dropped: a served fake stays bounded."""
    index_id = fake.create_index("bounded")
    fake.add_video(index_id, "forklift.mp4", duration=600)

    def first_token() -> str:
        response = http.post(
            "/search",
            data={"index_id": index_id, "search_options": "visual", "query_text": "forklift"},
            files=NO_FILE,
        )
        return str(response.json()["page_info"]["next_page_token"])

    expired = first_token()
    fake.advance(fake.settings.search_token_ttl)
    live = first_token()
    assert expired not in fake.store.search_pages and len(fake.store.searches) == 1
    with mock.patch.object(_state, "MAX_LIVE_SEARCHES", 3):
        tokens = [first_token() for _ in range(4)]
    assert len(fake.store.searches) == 3
    assert http.get(f"/search/{live}").status_code == 400
    assert http.get(f"/search/{tokens[-1]}").status_code == 200
