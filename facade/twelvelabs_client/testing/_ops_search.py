"""Search: the first page from ``POST /search``, later pages from ``GET /search/{page-token}``."""

from __future__ import annotations

import copy
import hashlib
import json
import math
from collections.abc import Callable
from typing import Any

from ._clock import rfc3339
from ._content import (
    THRESHOLD_MIN_SCORE,
    clip_bounds,
    clip_score,
    confidence_for,
    content_words,
    generation_uuid,
    similarity,
    token_count,
    unit,
)
from ._errors import ApiError, bad_request, invalid, not_provided
from ._ops_indexes import get_index
from ._ops_videos import system_metadata
from ._params import RANGE_OPERATORS, FormReader, QueryReader, Range
from ._routing import Call, Route
from ._state import SearchSession, Store, TaskRecord
from ._wire import Response, json_response

SEARCH_FIELDS = {
    "index_id",
    "search_options",
    "query_text",
    "query_media_type",
    "query_media_url",
    "query_media_file",
    "adjust_confidence_level",
    "group_by",
    "threshold",
    "sort_option",
    "operator",
    "page_limit",
    "filter",
    "include_user_metadata",
    "transcription_options",
}
MAX_QUERY_IMAGES = 10
MARENGO3_QUERY_TOKENS = 500
NUMERIC_FILTERS = ("duration", "fps", "width", "height", "size")
MAX_QUERY_TOKENS = 77


def _filter_error(why: str) -> ApiError:
    return bad_request(
        "search_filter_invalid",
        f"The search filter is invalid: {why} See the filtering section of the search guide.",
    )


def _range_of(key: str, cond: Any) -> Range:
    if isinstance(cond, bool):
        raise _filter_error(f"`{key}` must be a number or a range object.")
    if isinstance(cond, int | float):
        return Range(eq=float(cond))
    if isinstance(cond, dict) and cond:
        found = Range()
        for op, value in cond.items():
            if op not in RANGE_OPERATORS:
                raise _filter_error(f"`{key}` accepts only gte, lte, gt and lt.")
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _filter_error(f"`{key}.{op}` must be a number.")
            setattr(found, op, float(value))
        return found
    raise _filter_error(f"`{key}` must be a number or a range object.")


def parse_filter(raw: str | None) -> Callable[[TaskRecord], bool]:
    """The ``filter`` form field: a JSON object, sent as one string part."""
    if raw is None:
        return lambda task: True
    try:
        spec = json.loads(raw)
    except ValueError:
        raise _filter_error("it is not valid JSON.") from None
    if not isinstance(spec, dict):
        raise _filter_error("it must be a JSON object.")
    checks: list[Callable[[TaskRecord], bool]] = []
    for key, cond in spec.items():
        if key == "id":
            ids = [cond] if isinstance(cond, str) else cond
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                raise _filter_error("`id` must be an array of video ids.")
            checks.append(_id_check(set(ids)))
        elif key in NUMERIC_FILTERS:
            checks.append(_fact_check(key, _range_of(key, cond)))
        elif key == "filename":
            names = [cond] if isinstance(cond, str) else cond
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise _filter_error("`filename` must be a string or an array of strings.")
            checks.append(_filename_check(set(names)))
        else:
            checks.append(_metadata_check(key, cond))
    return lambda task: all(check(task) for check in checks)


def _id_check(ids: set[str]) -> Callable[[TaskRecord], bool]:
    return lambda task: task.video_id in ids


def _filename_check(names: set[str]) -> Callable[[TaskRecord], bool]:
    return lambda task: task.source.filename in names


def _fact_check(key: str, wanted: Range) -> Callable[[TaskRecord], bool]:
    return lambda task: wanted.matches(float(system_metadata(task)[key]))


def _metadata_check(key: str, cond: Any) -> Callable[[TaskRecord], bool]:
    if isinstance(cond, dict):
        wanted = _range_of(key, cond)

        def in_range(task: TaskRecord) -> bool:
            value = task.user_metadata.get(key)
            return (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and wanted.matches(float(value))
            )

        return in_range
    options = cond if isinstance(cond, list) else [cond]
    if not all(isinstance(o, str | int | float | bool) for o in options):
        raise _filter_error(f"`{key}` must be a string, number, boolean or an array of them.")

    def equal(task: TaskRecord) -> bool:
        value = task.user_metadata.get(key)
        return value is not None and any(
            value == o and isinstance(value, bool) == isinstance(o, bool) for o in options
        )

    return equal


def _spoken_similarity(query: str | None, transcript: str | None, modes: list[str]) -> float:
    """How well a text query matches what is said: ``lexical`` counts exact words only,
    ``semantic`` also counts related forms (the fake's prefix matches); the best mode wins."""
    if query is None or not transcript:
        return 0.0
    found = []
    if "semantic" in modes:
        found.append(similarity(query, transcript))
    if "lexical" in modes:
        wanted = content_words(query)
        have = set(content_words(transcript))
        found.append(sum(w in have for w in wanted) / len(wanted) if wanted else 0.0)
    return max(found)


def _page_count(session: SearchSession) -> int:
    return max(1, math.ceil(len(session.items) / session.page_limit))


def render_page(
    store: Store, session: SearchSession, page: int, *, later: bool, include_user_metadata: bool
) -> dict[str, Any]:
    start = (page - 1) * session.page_limit
    items = copy.deepcopy(session.items[start : start + session.page_limit])
    if include_user_metadata:
        for item in items:
            for clip in item.get("clips", [item]):
                task = store.task_for_video(clip["video_id"])
                if task is not None and task.user_metadata:
                    clip["user_metadata"] = dict(task.user_metadata)
    info: dict[str, Any] = {
        "limit_per_page": session.page_limit,
        "total_results": len(session.items),
        "page_expires_at": rfc3339(session.expires_at, millis=False),
    }
    if page < _page_count(session):
        info["next_page_token"] = session.tokens[page]
    if later and page > 1:
        info["prev_page_token"] = session.tokens[page - 2]
    if session.group_by == "video":
        info["total_inner_matches"] = session.total_inner_matches
    return {"search_pool": session.pool, "data": items, "page_info": info}


def create_search(call: Call) -> Response:
    store = call.store
    form = FormReader(call.form, SEARCH_FIELDS, hint=call.form_hint)
    index_id = form.string("index_id", required=True)
    options = form.choices("search_options", ("visual", "audio", "transcription"), required=True)
    transcription_modes = form.choices("transcription_options", ("lexical", "semantic")) or [
        "lexical",
        "semantic",
    ]
    query_text = form.string("query_text")
    media_type = form.choice("query_media_type", ("image",))
    media_urls = form.strings("query_media_url")
    media_files = [
        p for p in (call.form.files if call.form else []) if p.name == "query_media_file"
    ]
    if len(media_urls) > MAX_QUERY_IMAGES or len(media_files) > MAX_QUERY_IMAGES:
        raise invalid("query_media_url", f"Give at most {MAX_QUERY_IMAGES} query images.")
    media_url = "|".join(media_urls) if media_urls else None
    media_file = media_files[0] if media_files else None
    if query_text is None and media_url is None and media_file is None:
        raise bad_request(
            "parameter_not_provided",
            "Give a text query (`query_text`) or a media query (`query_media_url` or `query_media_file`).",
        )
    if (media_url is not None or media_file is not None) and media_type is None:
        raise not_provided("query_media_type")
    if any(p.size > store.settings.max_image_bytes for p in media_files):
        raise invalid("query_media_file", "The image must not exceed 5 MB.")
    form.number("adjust_confidence_level", 0.0, 1.0)  # accepted; does not change the fake's scores
    group_by = form.choice("group_by", ("clip", "video"), "clip") or "clip"
    threshold = form.choice("threshold", tuple(THRESHOLD_MIN_SCORE), "low") or "low"
    sort_option = form.choice("sort_option", ("score", "clip_count"), "score")
    if sort_option == "clip_count" and group_by != "video":
        raise invalid("sort_option", "`clip_count` needs `group_by` set to `video`.")
    operator = form.choice("operator", ("or", "and"), "or")
    page_limit = form.integer("page_limit", 1, 50) or 10
    keep = parse_filter(form.string("filter"))
    include_user_metadata = form.boolean("include_user_metadata") or False
    assert index_id is not None
    index = get_index(store, index_id)
    # Marengo 3.0 indexes answer with `rank` and ignore threshold/adjust_confidence_level/
    # sort_option, as the live API does; Marengo 2.7 indexes keep `score` and `confidence`.
    ranked = any(name == "marengo3.0" for name, _ in index.models)
    max_tokens = MARENGO3_QUERY_TOKENS if ranked else MAX_QUERY_TOKENS
    if query_text is not None and token_count(query_text) > max_tokens:
        raise invalid("query_text", f"The text must not exceed {max_tokens} tokens.")
    if ranked:
        threshold, sort_option = "none", "score"
    enabled = index.marengo_options()
    if enabled is None:
        raise bad_request(
            "index_not_supported_for_search",
            "Search works only on indexes that have a Marengo model.",
        )
    if ranked:
        # `transcription` is a search option of Marengo 3.0, not an index model option: it
        # searches what is said in the videos whatever visual/audio options the index has.
        enabled = [*enabled, "transcription"]
    for option in options:
        if option not in enabled:
            raise bad_request(
                "search_option_not_supported",
                f"The search option `{option}` is not enabled on index `{index.id}`; "
                f"enabled options: {', '.join(enabled)}.",
            )

    if query_text is not None:
        query_key = query_text
    elif media_url is not None:
        query_key = media_url
    else:
        query_key = "|".join(p.sha256 for p in media_files)
    all_videos = store.videos_of(index.id)
    clips: list[dict[str, Any]] = []
    for task in sorted(all_videos, key=lambda t: t.seq):
        if not keep(task):
            continue
        if query_text is not None:
            sim = similarity(query_text, task.searchable_text())
        else:
            sim = unit("media-match", query_key, task.source.fingerprint)
        spoken = _spoken_similarity(query_text, task.transcript, transcription_modes)
        for n, (start, end) in enumerate(clip_bounds(task.video_id, task.source.info.duration)):
            scores = [
                clip_score(spoken if o == "transcription" else sim, query_key, task.video_id, n, o)
                for o in options
            ]
            score = max(scores) if operator == "or" else min(scores)
            if score < THRESHOLD_MIN_SCORE[threshold]:
                continue
            clip: dict[str, Any] = {
                "score": score,
                "start": start,
                "end": end,
                "video_id": task.video_id,
                "confidence": confidence_for(score),
            }
            if "transcription" in options and task.transcript:
                clip["transcription"] = task.transcript[:200]
            if "thumbnail" in index.addons:
                clip["thumbnail_url"] = (
                    f"https://thumbnails.fake.twelvelabs.local/{task.video_id}/{start:g}.jpg"
                )
            clips.append(clip)
    clips.sort(key=lambda c: (-c["score"], c["video_id"], c["start"]))
    items: list[dict[str, Any]]
    if group_by == "video":
        groups: dict[str, list[dict[str, Any]]] = {}
        for clip in clips:
            groups.setdefault(clip["video_id"], []).append(clip)
        order = sorted(
            groups.items(),
            key=lambda g: (
                (-len(g[1]), -g[1][0]["score"], g[0])
                if sort_option == "clip_count"
                else (-g[1][0]["score"], g[0])
            ),
        )
        items = [{"id": video_id, "clips": group} for video_id, group in order]
    else:
        items = clips
    if ranked:
        for rank, clip in enumerate(clips, start=1):
            clip["rank"] = rank
            del clip["score"], clip["confidence"]
    now = store.now()
    session = SearchSession(
        id=store.new_id("search"),
        items=items,
        page_limit=page_limit,
        group_by=group_by,
        total_inner_matches=len(clips),
        pool={
            "total_count": len(all_videos),
            "total_duration": round(sum(t.source.info.duration for t in all_videos), 3),
            "index_id": index.id,
        },
        expires_at=now + store.settings.search_token_ttl,
    )
    for page in range(1, _page_count(session) + 1):
        digest = hashlib.sha256(generation_uuid(session.id, page).encode()).hexdigest()
        token = f"{generation_uuid(session.id, page)}-{digest[:8]}"
        session.tokens.append(token)
    store.add_search(session)
    return json_response(
        200,
        render_page(store, session, 1, later=False, include_user_metadata=include_user_metadata),
    )


def retrieve_search_page(call: Call) -> Response:
    store = call.store
    q = QueryReader(call.query, {"include_user_metadata"})
    q.check_unknown()
    include_user_metadata = q.boolean("include_user_metadata") or False
    token = call.params["page-token"]
    found = store.search_page(token)
    if found is None:
        raise bad_request(
            "search_page_token_expired",
            f"The page token `{token}` has expired or is not valid; run the search again.",
        )
    session, page = found
    return json_response(
        200,
        render_page(store, session, page, later=True, include_user_metadata=include_user_metadata),
    )


ROUTES = [
    Route("POST", "/search", "create_search", create_search, "multipart"),
    Route(
        "GET",
        "/search/{page-token}",
        "retrieve_search_page",
        retrieve_search_page,
        None,
        "error_code",
    ),
]
