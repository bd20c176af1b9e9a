"""Indexes: create, list, retrieve, update, delete."""

from __future__ import annotations

from typing import Any

from ._clock import rfc3339
from ._errors import bad_request, found, invalid, not_exist, not_provided
from ._params import JsonReader, QueryReader
from ._routing import Call, Route, no_query, page_response, read_page, read_sort, sort_key
from ._state import INDEX_MODELS, MODEL_OPTIONS, IndexRecord, Store
from ._wire import Response, empty_response, json_response

# The query parameters of GET /indexes (besides the created_at/updated_at ranges).
LIST_FIELDS = {
    "page",
    "page_limit",
    "sort_by",
    "sort_option",
    "index_name",
    "model_options",
    "model_family",
    "_id",
}


def get_index(store: Store, index_id: str) -> IndexRecord:
    return found(store.indexes, index_id, IndexRecord, not_exist(index_id, "index"))


def render_index(store: Store, index: IndexRecord) -> dict[str, Any]:
    videos = store.videos_of(index.id)
    body: dict[str, Any] = {
        "_id": index.id,
        "index_name": index.name,
        "models": [{"model_name": n, "model_options": list(o)} for n, o in index.models],
        "video_count": len(videos),
        "total_duration": round(sum(v.source.info.duration for v in videos), 3),
        "created_at": rfc3339(index.created_at, millis=True),
        "updated_at": rfc3339(index.updated_at, millis=True),
    }
    days = store.settings.index_expiry_days
    body["expires_at"] = (
        None if days is None else rfc3339(index.created_at + days * 86400, millis=True)
    )
    if index.addons:
        body["addons"] = list(index.addons)
    return body


def _parse_models(raw: Any) -> list[tuple[str, list[str]]]:
    if not isinstance(raw, list) or not raw:
        raise invalid("models", "It must be a non-empty array of models.")
    models: list[tuple[str, list[str]]] = []
    for item in raw:
        if not isinstance(item, dict):
            raise invalid("models", "Each model must be an object.")
        extra = set(item) - {"model_name", "model_options"}
        if extra:
            raise invalid("models", f"Unknown model fields: {', '.join(sorted(extra))}.")
        name = item.get("model_name")
        if name is None:
            raise bad_request("parameter_not_provided", "Each model needs a `model_name`.")
        if name not in INDEX_MODELS:
            raise invalid(
                "models", f"Unknown model `{name}`; use one of: {', '.join(INDEX_MODELS)}."
            )
        options = item.get("model_options")
        if options is None:
            raise bad_request(
                "parameter_not_provided", f"The model `{name}` needs `model_options`."
            )
        if (
            not isinstance(options, list)
            or not options
            or any(o not in MODEL_OPTIONS for o in options)
            or len(set(options)) != len(options)
        ):
            raise invalid(
                "models",
                f"`model_options` of `{name}` must be a non-empty subset of {list(MODEL_OPTIONS)}.",
            )
        if any(name == existing for existing, _ in models):
            raise invalid("models", f"The model `{name}` is listed twice.")
        models.append((name, list(options)))
    return models


def _check_name_free(store: Store, name: str, except_id: str | None = None) -> None:
    for index in store.indexes.values():
        if index.name == name and index.id != except_id:
            raise bad_request(
                "index_name_already_exists",
                f"An index named `{name}` already exists; choose another name.",
            )


def create_index(call: Call) -> Response:
    store = call.store
    body = JsonReader(call.json, {"index_name", "models", "addons"})
    name = body.string("index_name", required=True)
    assert name is not None
    if not body.has("models"):
        raise not_provided("models")
    models = _parse_models(body.body["models"])
    addons = body.string_list("addons", allowed=["thumbnail"]) or []
    if addons and not any(INDEX_MODELS[n] == "marengo" for n, _ in models):
        raise invalid("addons", "The thumbnail add-on needs a Marengo model.")
    _check_name_free(store, name)
    index = new_index(store, name, models, addons)
    return json_response(201, {"_id": index.id})


def new_index(
    store: Store, name: str, models: list[tuple[str, list[str]]], addons: list[str]
) -> IndexRecord:
    now = store.now()
    index = IndexRecord(
        id=store.new_id("index"),
        name=name,
        models=models,
        addons=list(dict.fromkeys(addons)),
        created_at=now,
        updated_at=now,
        seq=store.next_seq(),
    )
    store.indexes[index.id] = index
    return index


def list_indexes(call: Call) -> Response:
    store = call.store
    q = QueryReader(call.query, LIST_FIELDS, ranged={"created_at", "updated_at"})
    q.check_unknown()
    page, limit = read_page(q)
    sort_by, descending = read_sort(q)
    name = q.string("index_name")
    wanted_id = q.string("_id")
    options_raw = q.string("model_options")
    options = [o.strip() for o in options_raw.split(",") if o.strip()] if options_raw else []
    for option in options:
        if option not in MODEL_OPTIONS:
            raise invalid(
                "model_options",
                f"`{option}` is not one of: {', '.join(MODEL_OPTIONS)} (comma-separated).",
            )
    family = q.choice("model_family", ("marengo", "pegasus"))
    created = q.range("created_at", datetimes=True)
    updated = q.range("updated_at", datetimes=True)

    def keep(index: IndexRecord) -> bool:
        return (
            (name is None or index.name == name)
            and (wanted_id is None or index.id == wanted_id)
            and all(o in index.options() for o in options)
            and (family is None or family in index.families())
            and (created is None or created.matches(index.created_at))
            and (updated is None or updated.matches(index.updated_at))
        )

    found = [i for i in store.indexes.values() if keep(i)]
    found.sort(
        key=lambda i: sort_key(sort_by, i.created_at, i.updated_at, i.seq),
        reverse=descending,
    )
    return page_response(found, page, limit, lambda i: render_index(store, i))


def retrieve_index(call: Call) -> Response:
    no_query(call)
    index = get_index(call.store, call.params["index-id"])
    return json_response(200, render_index(call.store, index))


def update_index(call: Call) -> Response:
    no_query(call)
    index = get_index(call.store, call.params["index-id"])
    body = JsonReader(call.json, {"index_name"})
    name = body.string("index_name", required=True)
    assert name is not None
    _check_name_free(call.store, name, except_id=index.id)
    index.name = name
    index.updated_at = call.store.now()
    return empty_response(204)


def delete_index(call: Call) -> Response:
    no_query(call)
    index = get_index(call.store, call.params["index-id"])
    call.store.delete_index(index.id)
    return empty_response(204)


ROUTES = [
    Route("POST", "/indexes", "create_index", create_index, "json"),
    Route("GET", "/indexes", "list_indexes", list_indexes),
    Route("GET", "/indexes/{index-id}", "retrieve_index", retrieve_index),
    Route("PUT", "/indexes/{index-id}", "update_index", update_index, "json"),
    Route("DELETE", "/indexes/{index-id}", "delete_index", delete_index),
]
