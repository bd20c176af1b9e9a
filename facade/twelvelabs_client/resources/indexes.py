"""``client.indexes``: create, list, retrieve, rename and delete indexes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from twelvelabs_generated.api.indexes import (
    create_index,
    delete_index,
    list_indexes,
    retrieve_index,
    update_index,
)
from twelvelabs_generated.models import (
    CreatedResource,
    CreateIndexRequest,
    Index,
    IndexAddon,
    IndexList,
    IndexModel,
    ModelFamily,
    ModelOption,
    UpdateIndexRequest,
)
from twelvelabs_generated.types import UNSET, Unset

from .._validation import as_list, check_text
from ..errors import InvalidInputError
from ..types import (
    IndexAddonValue,
    IndexModelParam,
    ModelFamilyValue,
    ModelOptionValue,
    SortByValue,
    SortOptionValue,
)
from ._base import (
    AsyncResource,
    CallOptions,
    DateFilter,
    Paged,
    Request,
    Resource,
    SyncResource,
    api_method,
    check_ids,
    opt_date,
    opt_enum,
    opt_enum_list,
    sort_params,
    unset,
)

__all__ = ["AsyncIndexes", "Indexes", "IndexesMethods"]

_MODEL_KEYS = ("model_name", "model_options")


def index_model(value: IndexModel | Mapping[str, Any], position: int) -> IndexModel:
    """One entry of ``models``: a generated ``IndexModel`` or ``{"model_name", "model_options"}``."""
    argument = f"models[{position}]"
    data = value.to_dict() if isinstance(value, IndexModel) else value
    if not isinstance(data, Mapping):
        raise InvalidInputError(
            argument, 'expected an IndexModel or a dict {"model_name": ..., "model_options": [...]}'
        )
    unknown = sorted(set(data) - set(_MODEL_KEYS))
    if unknown:
        raise InvalidInputError(argument, f"unknown key {unknown[0]!r}; expected {_MODEL_KEYS}")
    name = check_text(f"{argument}.model_name", data.get("model_name"))
    if data.get("model_options") is None:
        raise InvalidInputError(
            f"{argument}.model_options", "is required, e.g. ['visual', 'audio']"
        )
    # Open set: "visual" and "audio" today (later models may add more), so only the type is
    # checked here; the API answers anything else (e.g. the search option "transcription")
    # with a 400.
    options = [
        check_text(f"{argument}.model_options", getattr(option, "value", option))
        for option in as_list(data["model_options"])
    ]
    return IndexModel(model_name=name, model_options=list(options))


class IndexesMethods(Resource):
    """The methods of ``client.indexes``, shared by :class:`Indexes` and :class:`AsyncIndexes`."""

    @api_method
    def create(
        self,
        index_name: str,
        *,
        models: Sequence[IndexModel | IndexModelParam],
        addons: IndexAddonValue | Sequence[IndexAddonValue] | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[CreatedResource]:
        """Create an index; returns the API's answer (the new ``id``) without another request.

        ``models``: e.g. ``[{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]``.
        Not retried once the request may have reached the server (it would create a duplicate).
        """
        if isinstance(models, Mapping | IndexModel) or not models:
            raise InvalidInputError("models", "expected a non-empty list of models")
        body = CreateIndexRequest(
            index_name=check_text("index_name", index_name),
            models=[index_model(model, i) for i, model in enumerate(models)],
            addons=opt_enum_list("addons", addons, IndexAddon),
        )
        return self._request(
            create_index.request_kwargs(body=body), CreatedResource.from_dict, options
        )

    @api_method
    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortByValue | None = None,
        sort_option: SortOptionValue | None = None,
        index_name: str | None = None,
        model_options: ModelOptionValue | Sequence[ModelOptionValue] | None = None,
        model_family: ModelFamilyValue | None = None,
        created_at: DateFilter | None = None,
        updated_at: DateFilter | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[IndexList, Index]:
        """Iterate the indexes across pages (``.pages()`` for the page objects).

        ``model_options`` takes one option or several (sent comma-joined); ``created_at`` and
        ``updated_at`` take an aware ``datetime`` or an RFC 3339 string.
        """
        chosen = opt_enum_list("model_options", model_options, ModelOption)
        filters: dict[str, Any] = {
            **sort_params(sort_by, sort_option),
            "index_name": unset(index_name),
            "model_options": (
                UNSET if isinstance(chosen, Unset) else ",".join(o.value for o in chosen)
            ),
            "model_family": opt_enum("model_family", model_family, ModelFamily),
            "created_at": opt_date("created_at", created_at),
            "updated_at": opt_date("updated_at", updated_at),
        }
        return self._paged(
            list_indexes.request_kwargs,
            filters,
            IndexList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )

    @api_method
    def retrieve(self, index_id: str, **options: Unpack[CallOptions]) -> Request[Index]:
        check_ids(index_id=index_id)
        return self._request(retrieve_index.request_kwargs(index_id), Index.from_dict, options)

    @api_method
    def update(
        self, index_id: str, *, index_name: str, **options: Unpack[CallOptions]
    ) -> Request[None]:
        """Rename an index."""
        check_ids(index_id=index_id)
        body = UpdateIndexRequest(index_name=check_text("index_name", index_name))
        return self._request_no_content(update_index.request_kwargs(index_id, body=body), options)

    @api_method
    def delete(self, index_id: str, **options: Unpack[CallOptions]) -> Request[None]:
        """Delete an index and every video in it."""
        check_ids(index_id=index_id)
        return self._request_no_content(delete_index.request_kwargs(index_id), options)


class Indexes(SyncResource, IndexesMethods):
    """``client.indexes``: create, list, retrieve, rename and delete indexes."""


class AsyncIndexes(AsyncResource, IndexesMethods):
    """``async_client.indexes``: the methods of :class:`Indexes`, awaited."""
