"""``client.indexed_assets``: assets indexed in an index (the successor of ``tasks`` and
``videos``): create from a ready asset, follow, list, annotate and delete them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from twelvelabs_generated.api.indexed_assets import (
    create_indexed_asset,
    delete_indexed_asset,
    list_indexed_assets,
    retrieve_indexed_asset,
    update_indexed_asset,
)
from twelvelabs_generated.models import (
    Asset,
    CreatedIndexedAsset,
    CreateIndexedAssetRequest,
    IndexedAsset,
    IndexedAssetList,
    IndexedAssetStatusFilter,
    UpdateIndexedAssetRequest,
    UserMetadataPatch,
)

from .._operations import Awaited, ClockNow
from .._polling import INDEXED_ASSET, Deadline, Held, check_wait_options
from .._uploads import FileInput, ProgressCallback
from .._validation import (
    Seconds,
    check_user_metadata,
    check_user_metadata_patch,
)
from ..errors import InvalidInputError
from ..types import (
    EmbeddingOptionValue,
    IndexedAssetStatusFilterValue,
    SortByValue,
    SortOptionValue,
)
from ._base import (
    AsyncResource,
    CallOptions,
    DateFilter,
    Paged,
    Plan,
    Request,
    Resource,
    Steps,
    StepsGenerator,
    SyncResource,
    Waited,
    api_method,
    check_ids,
    opt_bool,
    opt_date,
    opt_enum_list,
    sort_params,
    unset,
)
from .assets import AssetsMethods, AssetUserMetadataValue, metadata_object
from .videos import embedding_params, filter_params

if TYPE_CHECKING:
    from .._async_send import AsyncSender
    from .._send import Sender


T = TypeVar("T")

__all__ = ["AsyncIndexedAssets", "IndexedAssets", "IndexedAssetsMethods"]


class IndexedAssetsMethods(Resource):
    """The methods of ``client.indexed_assets``, shared by :class:`IndexedAssets` and
    :class:`AsyncIndexedAssets`."""

    #: Set by the namespace classes: the ``assets`` methods ``create_and_wait`` runs.
    _assets: AssetsMethods

    @api_method
    def create(
        self,
        index_id: str,
        asset_id: str,
        *,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, AssetUserMetadataValue] | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[CreatedIndexedAsset]:
        """Start indexing a ``ready`` asset; returns the new indexed asset's ``id`` (the API
        answers 202: it is indexed in the background, see :meth:`wait`). Sent once."""
        check_ids(index_id=index_id, asset_id=asset_id)
        body = CreateIndexedAssetRequest(
            asset_id=asset_id,
            enable_video_stream=opt_bool("enable_video_stream", enable_video_stream),
            user_metadata=metadata_object(user_metadata),
        )
        return self._request(
            create_indexed_asset.request_kwargs(index_id, body=body),
            CreatedIndexedAsset.from_dict,
            options,
        )

    @api_method
    def list(
        self,
        index_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        sort_by: SortByValue | None = None,
        sort_option: SortOptionValue | None = None,
        status: IndexedAssetStatusFilterValue
        | Sequence[IndexedAssetStatusFilterValue]
        | None = None,
        filename: str | None = None,
        duration: float | Mapping[str, float] | None = None,
        fps: float | Mapping[str, float] | None = None,
        width: int | Mapping[str, int] | None = None,
        height: int | Mapping[str, int] | None = None,
        size: float | Mapping[str, float] | None = None,
        created_at: DateFilter | None = None,
        updated_at: DateFilter | None = None,
        user_metadata: Mapping[str, str | int | float | bool] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[IndexedAssetList, IndexedAsset]:
        """Iterate the indexed assets of an index, newest first (``.pages()`` for the pages).

        ``status`` takes one status or several. Numeric filters take an exact value or a range:
        ``duration={"gte": 60}`` is sent as ``duration[gte]=60``. ``created_at`` /
        ``updated_at`` keep items from that time on. ``user_metadata={"camera": "gopro"}``
        filters on metadata keys, sent as top-level query keys (as ``videos.list`` does).
        """
        check_ids(index_id=index_id)
        base: dict[str, Any] = {
            **sort_params(sort_by, sort_option),
            "status": opt_enum_list("status", status, IndexedAssetStatusFilter),
            "filename": unset(filename),
            "created_at": opt_date("created_at", created_at),
            "updated_at": opt_date("updated_at", updated_at),
        }
        extra = filter_params(
            {"duration": duration, "fps": fps, "width": width, "height": height, "size": size},
            user_metadata,
        )
        return self._paged(
            functools.partial(list_indexed_assets.request_kwargs, index_id),
            base,
            IndexedAssetList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
            extra_params=extra,
        )

    @api_method
    def retrieve(
        self,
        index_id: str,
        indexed_asset_id: str,
        *,
        embedding_option: EmbeddingOptionValue | Sequence[EmbeddingOptionValue] | None = None,
        transcription: bool | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[IndexedAsset]:
        """One indexed asset; ``embedding_option`` (``"visual"``, ``"audio"``,
        ``"transcription"``) adds its embeddings, ``transcription=True`` its transcription."""
        check_ids(index_id=index_id, indexed_asset_id=indexed_asset_id)
        query = embedding_params(embedding_option, transcription)
        return self._request(
            retrieve_indexed_asset.request_kwargs(index_id, indexed_asset_id, **query),
            IndexedAsset.from_dict,
            options,
            carries_embeddings=embedding_option is not None,
        )

    @api_method
    def update(
        self,
        index_id: str,
        indexed_asset_id: str,
        *,
        user_metadata: Mapping[str, AssetUserMetadataValue | None],
        **options: Unpack[CallOptions],
    ) -> Request[None]:
        """Change user metadata (``PATCH``, a partial update): keys given are set, a key given
        as ``None`` is deleted, other keys stay."""
        check_ids(index_id=index_id, indexed_asset_id=indexed_asset_id)
        body = UpdateIndexedAssetRequest(
            user_metadata=UserMetadataPatch.from_dict(check_user_metadata_patch(user_metadata))
        )
        return self._request_no_content(
            update_indexed_asset.request_kwargs(index_id, indexed_asset_id, body=body), options
        )

    @api_method
    def delete(
        self, index_id: str, indexed_asset_id: str, **options: Unpack[CallOptions]
    ) -> Request[None]:
        """Remove an indexed asset from its index (the asset itself stays)."""
        check_ids(index_id=index_id, indexed_asset_id=indexed_asset_id)
        return self._request_no_content(
            delete_indexed_asset.request_kwargs(index_id, indexed_asset_id), options
        )

    @api_method
    def wait(
        self,
        index_id: str,
        indexed_asset_id: str,
        *,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[IndexedAsset], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Waited[IndexedAsset]:
        """Wait until the indexed asset is ``ready`` and return it. Polls after 1 s, 2 s, 4 s,
        8 s, then every 10 s, for at most ``timeout`` seconds (default 3600); ``failed`` raises
        :class:`~twelvelabs_client.errors.TaskFailedError`. As :meth:`TasksMethods.wait`
        otherwise."""
        check_ids(index_id=index_id, indexed_asset_id=indexed_asset_id)
        look = functools.partial(
            IndexedAssetsMethods.retrieve.plan, self, index_id, indexed_asset_id, **options
        )
        return INDEXED_ASSET.waited(
            indexed_asset_id,
            look,
            timeout=timeout,
            poll_interval=poll_interval,
            on_update=on_update,
        )

    @api_method
    def create_and_wait(
        self,
        index_id: str,
        *,
        asset_id: str | None = None,
        file: FileInput | None = None,
        url: str | None = None,
        filename: str | None = None,
        enable_video_stream: bool | None = None,
        user_metadata: Mapping[str, AssetUserMetadataValue] | None = None,
        progress: ProgressCallback | None = None,
        multipart: bool | None = None,
        concurrency: int = 4,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[Asset | IndexedAsset], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Steps[IndexedAsset]:
        """From an asset, a local file or a URL to a ``ready`` indexed asset in one call.

        Exactly one of ``asset_id``, ``file`` (uploaded as :meth:`AssetsMethods.upload`
        does: direct up to 200 MB unless ``multipart=True``, multipart above, with
        ``progress(bytes_sent, total)`` as it goes out) and ``url`` (fetched by the API).
        Then it waits for the asset to be ``ready``, indexes it and waits for the indexed
        asset. ``timeout`` is one deadline over all of it, the upload included, counted from
        the start; without it the upload is not cut short and the default hour covers the
        rest, counted once the upload is done. ``on_update(obj)`` is called with the
        object being polled: the ``Asset`` while it processes, then the ``IndexedAsset``.
        ``user_metadata`` goes on the indexed asset.
        """
        deadline_seconds, _ = check_wait_options(timeout, poll_interval, on_update)
        if sum(value is not None for value in (asset_id, file, url)) != 1:
            raise InvalidInputError("asset_id", "give exactly one of asset_id=, file= and url=")
        check_ids(index_id=index_id)
        # Checked now, so that a bad argument fails before the upload starts.
        opt_bool("enable_video_stream", enable_video_stream)
        if user_metadata is not None:
            check_user_metadata("user_metadata", user_metadata)
        first: Plan[Any, Any] | None = None
        if file is not None:
            first = AssetsMethods.upload.plan(
                self._assets,
                file,
                filename=filename,
                progress=progress,
                multipart=multipart,
                concurrency=concurrency,
                wait=False,
                timeout=timeout,
                **options,
            )
        elif url is not None:
            first = AssetsMethods.create.plan(self._assets, url=url, filename=filename, **options)
        else:
            check_ids(asset_id=asset_id)

        def steps(started_at: float) -> StepsGenerator[IndexedAsset]:
            def held(request: Plan[T, Awaited[T]]) -> Plan[T, Awaited[T]]:
                """A request outside the waits, held to the call's deadline when there is one
                (the upload holds its own requests)."""
                if deadline_seconds is None:
                    return request
                return Held(request, Deadline(started_at + deadline_seconds))

            ready_id = asset_id
            if first is not None:
                created = yield first if file is not None else held(first)
                ready_id = created.id
            assert ready_id is not None
            # With a timeout, one deadline from the start covers the upload too; without one
            # the upload is not cut short and the default deadline starts once it is done.
            waits_from: float = started_at if timeout is not None else (yield ClockNow())
            asset_wait = AssetsMethods.wait.plan(
                self._assets,
                ready_id,
                timeout=timeout,
                poll_interval=poll_interval,
                on_update=on_update,
                **options,
            )
            yield asset_wait.counted_from(waits_from)
            indexed = yield held(
                IndexedAssetsMethods.create.plan(
                    self,
                    index_id,
                    ready_id,
                    enable_video_stream=enable_video_stream,
                    user_metadata=user_metadata,
                    **options,
                )
            )
            wait = IndexedAssetsMethods.wait.plan(
                self,
                index_id,
                indexed.id,
                timeout=timeout,
                poll_interval=poll_interval,
                on_update=on_update,
                **options,
            )
            result: IndexedAsset = yield wait.counted_from(waits_from)
            return result

        return Steps(steps)


class IndexedAssets(SyncResource, IndexedAssetsMethods):
    """``client.indexed_assets``: assets indexed in an index."""

    def __init__(self, sender: Sender, assets: AssetsMethods) -> None:
        super().__init__(sender)
        self._assets = assets


class AsyncIndexedAssets(AsyncResource, IndexedAssetsMethods):
    """``async_client.indexed_assets``: the methods of :class:`IndexedAssets`, awaited."""

    def __init__(self, sender: AsyncSender, assets: AssetsMethods) -> None:
        super().__init__(sender)
        self._assets = assets
