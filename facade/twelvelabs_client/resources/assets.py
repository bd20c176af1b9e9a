"""``client.assets``: uploaded media files (direct, from a URL, or by multipart upload) that
can be indexed, analyzed and embedded; ``client.assets.multipart_uploads``: the low-level
multipart session calls."""

from __future__ import annotations

import dataclasses
import functools
import mimetypes
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from twelvelabs_generated.api.assets import (
    create_asset,
    delete_asset,
    delete_asset_user_metadata,
    list_asset_indexed_assets,
    list_assets,
    replace_asset_user_metadata,
    retrieve_asset,
    retrieve_asset_transcription,
    update_asset_user_metadata,
)
from twelvelabs_generated.api.multipart_uploads import (
    create_multipart_upload,
    create_multipart_upload_urls,
    list_incomplete_multipart_uploads,
    report_multipart_upload_chunks,
    retrieve_multipart_upload_status,
)
from twelvelabs_generated.models import (
    Asset,
    AssetIndexReference,
    AssetIndexReferenceList,
    AssetList,
    AssetTranscription,
    AssetType,
    AssetUploadMethod,
    AssetUserMetadata,
    ChunkProofType,
    CompletedChunk,
    CreateAssetRequest,
    CreateMultipartUploadRequest,
    IncompleteMultipartUpload,
    IncompleteMultipartUploadList,
    MultipartMediaType,
    MultipartUpload,
    MultipartUploadStatus,
    PageInfo,
    PresignedUrls,
    PresignedUrlsRequest,
    ReplaceAssetUserMetadataRequest,
    ReportChunksRequest,
    ReportChunksResponse,
    TranscriptionGranularity,
    UpdateAssetUserMetadataRequest,
    UploadedChunk,
    UserMetadataPatch,
)
from twelvelabs_generated.types import Unset

from .._multipart_upload import (
    QUIET_REPORT_TIMEOUT,
    MultipartUploadResult,
    UploadOptions,
    upload_multipart,
    upload_multipart_async,
)
from .._operations import Awaited, Plan, namespace
from .._paging import AsyncPager, SyncPager
from .._polling import ASSET, Deadline, Held, check_wait_options
from .._responses import RawResponse
from .._uploads import FileInput, ProgressCallback, file_upload
from .._validation import (
    Seconds,
    check_bool,
    check_callable,
    check_enum,
    check_int,
    check_text,
    check_url,
    check_user_metadata,
    check_user_metadata_patch,
)
from ..errors import (
    ConflictError,
    InvalidInputError,
    TwelveLabsError,
    UnexpectedResponseError,
    redact_all,
    scrub,
)
from ..types import AssetTypeValue, MultipartMediaTypeValue, TranscriptionGranularityValue
from ._base import (
    AsyncResource,
    CallOptions,
    Paged,
    Request,
    Resource,
    Steps,
    StepsGenerator,
    SyncResource,
    Waited,
    api_method,
    check_ids,
    metadata_json,
    opt_enum,
    opt_enum_list,
    unset,
)

if TYPE_CHECKING:
    from .._async_send import AsyncSender
    from .._send import Sender

__all__ = [
    "MAX_DIRECT_UPLOAD_BYTES",
    "MAX_MULTIPART_UPLOAD_BYTES",
    "MAX_PRESIGNED_URLS",
    "AssetUserMetadataValue",
    "Assets",
    "AssetsMethods",
    "AsyncAssets",
    "AsyncMultipartUploads",
    "MultipartUploads",
    "MultipartUploadsMethods",
    "UploadStatusPage",
]

#: Largest file ``assets.create`` sends in one request (200 MB); ``assets.upload`` sends larger
#: files through a multipart session.
MAX_DIRECT_UPLOAD_BYTES = 200 * 1000**2
#: Largest file a multipart upload takes (10 GB for video and audio).
MAX_MULTIPART_UPLOAD_BYTES = 10 * 1000**3
#: Most presigned URLs one ``multipart_uploads.presigned_urls`` call returns.
MAX_PRESIGNED_URLS = 50

#: A user-metadata value of an asset (1.3.5+ also takes lists of strings).
AssetUserMetadataValue = str | int | float | bool


def metadata_object(user_metadata: object) -> AssetUserMetadata | Unset:
    """Asset user metadata as a JSON object of a request body (``UNSET`` for ``None``)."""
    if user_metadata is None:
        return unset(None)
    return AssetUserMetadata.from_dict(check_user_metadata("user_metadata", user_metadata))


@dataclasses.dataclass(frozen=True)
class UploadStatusPage:
    """One page of ``multipart_uploads.status``: the session's status, whose
    ``uploaded_chunks`` are the page's items."""

    status: MultipartUploadStatus

    @property
    def data(self) -> list[UploadedChunk]:
        chunks = self.status.uploaded_chunks
        return [] if isinstance(chunks, Unset) else chunks

    @property
    def page_info(self) -> PageInfo | Unset:
        return self.status.page_info


T = TypeVar("T")
P = TypeVar("P", bound=Plan[Any, Any])


def _status_page(raw: Mapping[str, Any]) -> UploadStatusPage:
    return UploadStatusPage(MultipartUploadStatus.from_dict(raw))


@dataclasses.dataclass
class _ConflictExplained(Plan[T, Awaited[T]]):
    """An asset delete whose 409 says what to do: see the indexes using it, or force."""

    request: Request[T]
    asset_id: str
    no_raw_response = None

    def raw(self) -> _ConflictExplained[RawResponse[T]]:
        return _ConflictExplained(self.request.raw(), self.asset_id)

    def _explained(self, error: ConflictError) -> ConflictError:
        api = f" (the API says: {error.message.strip()})" if error.message.strip() else ""
        explained = ConflictError(
            f"the asset {self.asset_id!r} is still used by indexed assets{api}. "
            f"client.assets.indexed_assets({self.asset_id!r}) lists the indexes that use it; "
            "delete those indexed assets first, or pass force=True to delete the asset anyway",
            status_code=error.status_code,
            code=error.code,
            docs_url=error.docs_url,
            method=error.method,
            url=error.url,
            retry_after=error.retry_after,
            response=error.response,
            body=error.body,
        )
        explained.hint = ""  # the message already says what to do
        return explained

    def run(self, sender: Sender) -> T:
        try:
            return self.request.run(sender)
        except ConflictError as error:
            raise self._explained(error) from error

    async def arun(self, sender: AsyncSender) -> T:
        try:
            return await self.request.arun(sender)
        except ConflictError as error:
            raise self._explained(error) from error


class MultipartUploadsMethods(Resource):
    """The methods of ``client.assets.multipart_uploads``: the session calls, for users who
    drive chunk uploads themselves (``client.assets.upload`` does all of it)."""

    @api_method
    def create(
        self,
        *,
        filename: str,
        type: MultipartMediaTypeValue,
        total_size: int,
        enable_hls: bool = False,
        enable_thumbnail: bool = False,
        user_metadata: Mapping[str, AssetUserMetadataValue] | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[MultipartUpload]:
        """Start a session for a file of ``total_size`` bytes (``type``: ``video``, ``audio``
        or ``image``). The answer has the server's ``chunk_size``, ``total_chunks``, the first
        presigned URLs (1-based ``chunk_index``) and the ``asset_id`` the file will become.
        Sent once (a repeat would start a second session)."""
        body = CreateMultipartUploadRequest(
            filename=check_text("filename", filename),
            type_=check_enum("type", type, MultipartMediaType),
            total_size=check_int(
                "total_size", total_size, minimum=1, maximum=MAX_MULTIPART_UPLOAD_BYTES
            ),
            enable_hls=check_bool("enable_hls", enable_hls),
            enable_thumbnail=check_bool("enable_thumbnail", enable_thumbnail),
            user_metadata=metadata_object(user_metadata),
        )
        return self._request(
            create_multipart_upload.request_kwargs(body=body), MultipartUpload.from_dict, options
        )

    @api_method
    def report(
        self,
        upload_id: str,
        completed_chunks: Sequence[CompletedChunk | Mapping[str, Any]],
        **options: Unpack[CallOptions],
    ) -> Request[ReportChunksResponse]:
        """Report uploaded chunks: each ``{"chunk_index": 1, "proof": etag, "chunk_size":
        bytes}`` (``proof_type`` defaults to ``"etag"``). The answer carries ``url`` once the
        last chunk is in. Safe to repeat: the API counts a chunk reported twice once."""
        check_ids(upload_id=upload_id)
        if isinstance(completed_chunks, str | bytes) or not isinstance(completed_chunks, Sequence):
            raise InvalidInputError("completed_chunks", "expected a list of chunks")
        if not completed_chunks:
            raise InvalidInputError("completed_chunks", "report at least one chunk")
        chunks = [_completed_chunk(i, chunk) for i, chunk in enumerate(completed_chunks)]
        return self._request(
            report_multipart_upload_chunks.request_kwargs(
                upload_id, body=ReportChunksRequest(completed_chunks=chunks)
            ),
            ReportChunksResponse.from_dict,
            options,
            safe_to_repeat=True,
        )

    @api_method
    def presigned_urls(
        self, upload_id: str, *, start: int, count: int, **options: Unpack[CallOptions]
    ) -> Request[PresignedUrls]:
        """Fresh presigned URLs for ``count`` (at most 50) chunks from chunk ``start``
        (1-based): for chunks the first set did not cover, or URLs that expired (after 1 h)."""
        check_ids(upload_id=upload_id)
        body = PresignedUrlsRequest(
            start=check_int("start", start, minimum=1),
            count=check_int("count", count, minimum=1, maximum=MAX_PRESIGNED_URLS),
        )
        return self._request(
            create_multipart_upload_urls.request_kwargs(upload_id, body=body),
            PresignedUrls.from_dict,
            options,
            safe_to_repeat=True,
        )

    @api_method
    def status(
        self,
        upload_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[UploadStatusPage, UploadedChunk]:
        """Iterate the session's chunks (``index``, ``status``...) across pages;
        ``.pages()`` gives :class:`UploadStatusPage` objects whose ``status`` holds the
        session's counts and ``status``."""
        check_ids(upload_id=upload_id)
        return self._paged(
            functools.partial(retrieve_multipart_upload_status.request_kwargs, upload_id),
            {},
            _status_page,
            options,
            page=page,
            page_limit=page_limit,
        )

    @api_method
    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[IncompleteMultipartUploadList, IncompleteMultipartUpload]:
        """Iterate the sessions not yet completed (with their ``chunk_size`` and
        ``total_chunks``, which a resume needs)."""
        return self._paged(
            list_incomplete_multipart_uploads.request_kwargs,
            {},
            IncompleteMultipartUploadList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )


def _completed_chunk(position: int, chunk: object) -> CompletedChunk:
    if isinstance(chunk, CompletedChunk):
        return chunk
    argument = f"completed_chunks[{position}]"
    if not isinstance(chunk, Mapping):
        raise InvalidInputError(argument, f"expected a dict, got {type(chunk).__name__}")
    unknown = set(chunk) - {"chunk_index", "proof", "proof_type", "chunk_size"}
    if unknown:
        raise InvalidInputError(argument, f"unknown keys {sorted(unknown)}")
    for key in ("chunk_index", "proof", "chunk_size"):
        if key not in chunk:
            raise InvalidInputError(argument, f"needs {key!r}")
    proof_type = opt_enum(f"{argument}.proof_type", chunk.get("proof_type", "etag"), ChunkProofType)
    return CompletedChunk(
        chunk_index=check_int(f"{argument}.chunk_index", chunk["chunk_index"], minimum=1),
        proof=check_text(f"{argument}.proof", chunk["proof"]),
        proof_type=ChunkProofType("etag") if isinstance(proof_type, Unset) else proof_type,
        chunk_size=check_int(f"{argument}.chunk_size", chunk["chunk_size"], minimum=1),
    )


# --------------------------------------------------------------------------- multipart upload


def _report_options(options: CallOptions, quick: bool) -> CallOptions:
    """The options of a report; a ``quick`` one (on the way out of an interrupted upload)
    gets one short attempt, so Ctrl-C is never held long by a slow API."""
    if not quick:
        return options
    return {**options, "request_timeout": QUIET_REPORT_TIMEOUT, "max_retries": 0}


class _SessionPlans:
    """The plans behind the session calls of the multipart engine (:mod:`.._multipart_upload`),
    made through ``client.assets.multipart_uploads``; :class:`_Sessions` and
    :class:`_AsyncSessions` run them with their sender and give the engine wire dicts."""

    def __init__(
        self,
        methods: MultipartUploadsMethods,
        options: CallOptions,
        deadline: Deadline | None,
        secret: str | None,
    ) -> None:
        self._methods, self._options = methods, options
        self._deadline, self._secret = deadline, secret

    def _wire(self, model: Any) -> dict[str, Any]:
        """An answer as the engine reads it, the API key masked in every string: a key the API
        echoes (in a presigned URL, a header to send) never reaches the storage host, nor an
        error message, however that message cuts the value it quotes."""
        return redact_all(model.to_dict(), self._secret)  # type: ignore[no-any-return]

    def _held(self, plan: P) -> P:
        """``plan`` held to the call's deadline, if there is one (as the chunk PUTs are)."""
        if self._deadline is None:
            return plan
        return plan.bounded(self._deadline)  # type: ignore[return-value]

    def _create(self, **fields: Any) -> Plan[MultipartUpload, Awaited[MultipartUpload]]:
        # The fields of the engine's `create` (SessionCalls.create); `type` is checked already.
        return self._held(
            MultipartUploadsMethods.create.plan(self._methods, **fields, **self._options)
        )

    def _presigned_urls(
        self, upload_id: str, start: int, count: int
    ) -> Plan[PresignedUrls, Awaited[PresignedUrls]]:
        return self._held(
            MultipartUploadsMethods.presigned_urls.plan(
                self._methods, upload_id, start=start, count=count, **self._options
            )
        )

    def _report(
        self, upload_id: str, completed_chunks: Sequence[Mapping[str, Any]], quick: bool
    ) -> Plan[ReportChunksResponse, Awaited[ReportChunksResponse]]:
        options = _report_options(self._options, quick)
        return self._held(
            MultipartUploadsMethods.report.plan(
                self._methods, upload_id, completed_chunks, **options
            )
        )

    def _status(
        self, upload_id: str
    ) -> Plan[
        SyncPager[UploadStatusPage, UploadedChunk], AsyncPager[UploadStatusPage, UploadedChunk]
    ]:
        return self._held(
            MultipartUploadsMethods.status.plan(
                self._methods, upload_id, page_limit=50, **self._options
            )
        )

    def _list(
        self,
    ) -> Plan[
        SyncPager[IncompleteMultipartUploadList, IncompleteMultipartUpload],
        AsyncPager[IncompleteMultipartUploadList, IncompleteMultipartUpload],
    ]:
        return self._held(
            MultipartUploadsMethods.list.plan(self._methods, page_limit=50, **self._options)
        )


class _Sessions(_SessionPlans):
    """The engine's session calls, run with the sync sender."""

    def __init__(
        self,
        methods: MultipartUploadsMethods,
        sender: Sender,
        options: CallOptions,
        deadline: Deadline | None = None,
    ) -> None:
        super().__init__(methods, options, deadline, sender._api_key)
        self._sender = sender

    def create(self, **fields: Any) -> dict[str, Any]:
        return self._wire(self._create(**fields).run(self._sender))

    def presigned_urls(self, upload_id: str, *, start: int, count: int) -> dict[str, Any]:
        return self._wire(self._presigned_urls(upload_id, start, count).run(self._sender))

    def report(
        self, upload_id: str, completed_chunks: Sequence[Mapping[str, Any]], *, quick: bool = False
    ) -> dict[str, Any]:
        return self._wire(self._report(upload_id, completed_chunks, quick).run(self._sender))

    def uploaded_chunks(self, upload_id: str) -> Iterator[dict[str, Any]]:
        for chunk in self._status(upload_id).run(self._sender):
            yield self._wire(chunk)

    def incomplete_uploads(self) -> Iterator[dict[str, Any]]:
        for summary in self._list().run(self._sender):
            yield self._wire(summary)


class _AsyncSessions(_SessionPlans):
    """The engine's session calls, run with the async sender."""

    def __init__(
        self,
        methods: MultipartUploadsMethods,
        sender: AsyncSender,
        options: CallOptions,
        deadline: Deadline | None = None,
    ) -> None:
        super().__init__(methods, options, deadline, sender._api_key)
        self._sender = sender

    async def create(self, **fields: Any) -> dict[str, Any]:
        return self._wire(await self._create(**fields).arun(self._sender))

    async def presigned_urls(self, upload_id: str, *, start: int, count: int) -> dict[str, Any]:
        return self._wire(await self._presigned_urls(upload_id, start, count).arun(self._sender))

    async def report(
        self, upload_id: str, completed_chunks: Sequence[Mapping[str, Any]], *, quick: bool = False
    ) -> dict[str, Any]:
        return self._wire(await self._report(upload_id, completed_chunks, quick).arun(self._sender))

    async def uploaded_chunks(self, upload_id: str) -> AsyncIterator[dict[str, Any]]:
        async for chunk in self._status(upload_id).arun(self._sender):
            yield self._wire(chunk)

    async def incomplete_uploads(self) -> AsyncIterator[dict[str, Any]]:
        async for summary in self._list().arun(self._sender):
            yield self._wire(summary)


@dataclasses.dataclass
class _Multipart(Plan[MultipartUploadResult, Awaited[MultipartUploadResult]]):
    """A whole multipart upload (new, or resumed with ``upload_id``) run by the engine; chunk
    PUTs go through the client's ``httpx`` client but never carry the API key."""

    methods: MultipartUploadsMethods
    file: Any
    #: The engine's options from the call (filename, type, upload_id, concurrency, ...).
    upload: UploadOptions
    options: CallOptions
    #: When the call's deadline ends, on the sender's clock (``None``: no deadline).
    deadline: float | None = None

    def _engine_options(self, sender: Sender | AsyncSender) -> UploadOptions:
        deadline = self.deadline
        return {
            **self.upload,
            "now": sender.wall_clock,
            "timeout": sender.timeout_for(self.options.get("request_timeout")),
            "time_left": None if deadline is None else lambda: deadline - sender.clock(),
        }

    def _session_deadline(self) -> Deadline | None:
        return None if self.deadline is None else Deadline(self.deadline)

    def run(self, sender: Sender) -> MultipartUploadResult:
        # A client built with its own sleep (tests, the fake's clock) waits between chunk
        # retries with it; otherwise the engine's own wait, which ends when the upload stops.
        sleep = None if sender.sleep is time.sleep else sender.sleep
        sessions = _Sessions(self.methods, sender, self.options, self._session_deadline())
        try:
            return upload_multipart(
                sessions, sender.http_client, self.file, sleep=sleep, **self._engine_options(sender)
            )
        except TwelveLabsError as exc:  # its text may quote what the API or storage sent
            scrub(exc, sender._api_key)
            raise

    async def arun(self, sender: AsyncSender) -> MultipartUploadResult:
        async def sleep(seconds: float) -> None:
            await sender.sleep(seconds)

        sessions = _AsyncSessions(self.methods, sender, self.options, self._session_deadline())
        try:
            return await upload_multipart_async(
                sessions, sender.http_client, self.file, sleep=sleep, **self._engine_options(sender)
            )
        except TwelveLabsError as exc:
            scrub(exc, sender._api_key)
            raise


_MEDIA_TYPES = ("video", "audio", "image")


def _media_type(type: str | None, filename: str, content_type: str | None) -> str:
    """The session's media type: ``type`` if given, else guessed from the content type or the
    file name's extension, else ``video``."""
    if type is not None:
        return check_enum("type", type, MultipartMediaType).value
    guessed = content_type or mimetypes.guess_type(filename)[0] or ""
    major = guessed.split("/", 1)[0]
    return major if major in _MEDIA_TYPES else "video"


class AssetsMethods(Resource):
    """The methods of ``client.assets``, shared by :class:`Assets` and :class:`AsyncAssets`."""

    #: The session calls ``upload`` makes (set by the namespace classes).
    multipart_uploads: MultipartUploadsMethods

    @api_method
    def create(
        self,
        *,
        file: FileInput | None = None,
        url: str | None = None,
        filename: str | None = None,
        enable_hls: bool = False,
        enable_thumbnail: bool = False,
        user_metadata: Mapping[str, AssetUserMetadataValue] | None = None,
        progress: ProgressCallback | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[Asset]:
        """Upload a file (at most 200 MB; larger ones go through :meth:`upload`) or have the
        API fetch ``url`` (up to 4 GB). Returns the new asset, still ``processing``.

        ``enable_hls`` and ``enable_thumbnail`` are always sent (default ``False``): the API's
        own defaults differ between direct uploads and multipart sessions, and an asset should
        not change with the size of its file. Sent once (a repeat would upload twice).
        """
        if (file is None) == (url is None):
            raise InvalidInputError("file", "give exactly one of file= and url=")
        uploads = self._uploads()
        if file is not None:
            checked = file_upload(file, argument="file")
            if checked.size > MAX_DIRECT_UPLOAD_BYTES:
                raise InvalidInputError(
                    "file",
                    f"the file {checked.filename!r} is {checked.size} bytes, over the 200 MB a "
                    "direct upload takes; use client.assets.upload(...), which sends large "
                    "files through a multipart upload (up to 10 GB)",
                )
        body = CreateAssetRequest(
            method=AssetUploadMethod("direct" if file is not None else "url"),
            file=uploads.part("file", file, progress=progress),
            url=unset(None if url is None else check_url("url", url)),
            filename=unset(None if filename is None else check_text("filename", filename)),
            enable_hls=check_bool("enable_hls", enable_hls),
            enable_thumbnail=check_bool("enable_thumbnail", enable_thumbnail),
            user_metadata=metadata_json(user_metadata),
        )
        return self._request(
            create_asset.request_kwargs(body=body), Asset.from_dict, options, uploads=uploads
        )

    @api_method
    def upload(
        self,
        file: FileInput,
        *,
        filename: str | None = None,
        type: MultipartMediaTypeValue | None = None,
        user_metadata: Mapping[str, AssetUserMetadataValue] | None = None,
        enable_hls: bool = False,
        enable_thumbnail: bool = False,
        progress: ProgressCallback | None = None,
        concurrency: int = 4,
        upload_id: str | None = None,
        multipart: bool | None = None,
        wait: bool = True,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[Asset], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Steps[Asset]:
        """Upload a local file as an asset and (by default) wait until it is ``ready``.

        ``file``: a path, an open seekable binary file, or bytes (then ``filename=`` is
        required). Files up to 200 MB go in one request unless ``multipart=True``; larger ones
        (up to 10 GB) through a multipart session: chunks streamed from their offsets in the
        file (memory stays flat), ``concurrency`` at a time, each retried on its own (with a
        fresh presigned URL after a 403), reported as they finish. ``type`` (``video``,
        ``audio``, ``image``) is guessed from the file's content type or extension, else
        ``video``. ``progress(bytes_sent, total)`` follows the bytes.

        Each chunk PUT takes the client's timeout (or ``request_timeout``): connecting and
        each write of the body are bounded, not the whole body; the storage host's answer is
        bounded by the read timeout and read at most 64 KiB (1 MiB of an error).

        If a multipart upload stops, :class:`~twelvelabs_client.errors.UploadInterruptedError`
        carries its ``upload_id``; call ``upload(same_file, upload_id=...)`` within 24 hours to
        send the chunks not yet confirmed (those in flight when it stopped are sent again). A
        ``KeyboardInterrupt`` propagates as itself with the upload id in a note
        (``multipart_uploads.list()`` also lists incomplete uploads). ``wait=False`` returns the
        asset at once (still ``processing``); otherwise :meth:`wait` follows. ``timeout`` is one
        deadline over the whole call, counted from its start, that holds every request it
        makes (session calls, chunk PUTs): running out during the upload stops it
        (``UploadInterruptedError``, resumable; before the first chunk, the request's own
        error), during the wait raises ``WaitTimeoutError``. Without ``timeout`` the upload is
        not cut short (each chunk is still bounded by the client's timeouts) and the wait then
        has its default hour.
        """
        check_callable("progress", progress)
        deadline_seconds, _ = check_wait_options(timeout, poll_interval, on_update)
        wait = check_bool("wait", wait)
        concurrency = check_int("concurrency", concurrency, minimum=1, maximum=64)
        content: Any = file
        content_type: str | None = None
        if isinstance(file, tuple):
            content = file[1] if len(file) in (2, 3) else file
            content_type = file[2] if len(file) == 3 else None
            filename = filename or (file[0] if file and isinstance(file[0], str) else None)
        if filename is not None:
            filename = check_text("filename", filename)
        elif isinstance(content, bytes | bytearray | memoryview):
            raise InvalidInputError("filename", "is required when the file is given as bytes")
        checked = file_upload(
            file if filename is None else (filename, content),
            argument="file",
            max_bytes=MAX_MULTIPART_UPLOAD_BYTES,
        )
        name = filename or checked.filename
        media = _media_type(type, name, content_type or checked.content_type)
        if upload_id is not None:
            check_ids(upload_id=upload_id)
            if multipart is False:
                raise InvalidInputError("upload_id", "resuming needs a multipart upload")
        use_multipart = (
            check_bool("multipart", multipart)
            if multipart is not None
            else upload_id is not None or checked.size > MAX_DIRECT_UPLOAD_BYTES
        )
        first: Plan[Any, Any]
        if use_multipart:
            upload = UploadOptions(
                filename=name,
                type=media,
                enable_hls=check_bool("enable_hls", enable_hls),
                enable_thumbnail=check_bool("enable_thumbnail", enable_thumbnail),
                user_metadata=None
                if user_metadata is None
                else check_user_metadata("user_metadata", user_metadata),
                upload_id=upload_id,
                concurrency=concurrency,
                progress=progress,
            )
            first = _Multipart(self.multipart_uploads, content, upload, options)
        elif checked.size > MAX_DIRECT_UPLOAD_BYTES:
            raise InvalidInputError(
                "multipart",
                f"the file is {checked.size} bytes, over the 200 MB of a direct upload; "
                "leave multipart= unset (or True)",
            )
        else:
            first = AssetsMethods.create.plan(
                self,
                file=(name, content) if content_type is None else (name, content, content_type),
                enable_hls=enable_hls,
                enable_thumbnail=enable_thumbnail,
                user_metadata=user_metadata,
                progress=progress,
                **options,
            )

        def steps(started_at: float) -> StepsGenerator[Asset]:
            if deadline_seconds is None:
                done = yield first
            elif isinstance(first, _Multipart):
                # the caller's timeout is one deadline over the upload and the wait
                done = yield dataclasses.replace(first, deadline=started_at + deadline_seconds)
            else:
                done = yield Held(first, Deadline(started_at + deadline_seconds))
            if isinstance(done, MultipartUploadResult):
                if not done.asset_id:
                    raise UnexpectedResponseError(
                        f"the multipart upload {done.upload_id!r} completed without an asset_id"
                    )
                asset_id = done.asset_id
                if not wait:
                    look = AssetsMethods.retrieve.plan(self, asset_id, **options)
                    if deadline_seconds is not None:  # still under the call's deadline
                        look = Held(look, Deadline(started_at + deadline_seconds))
                    asset: Asset = yield look
                    return asset
            else:
                asset_id = done.id
                if not wait:
                    return done  # type: ignore[no-any-return]
            waited = AssetsMethods.wait.plan(
                self,
                asset_id,
                timeout=timeout,
                poll_interval=poll_interval,
                on_update=on_update,
                **options,
            )
            # Without a timeout the upload takes as long as it takes (a 10 GB file on a slow
            # line must not be cut) and the default wait starts once it is done.
            ready: Asset = yield (waited if timeout is None else waited.counted_from(started_at))
            return ready

        return Steps(steps)

    @api_method
    def list(
        self,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        asset_ids: str | Sequence[str] | None = None,
        asset_types: AssetTypeValue | Sequence[AssetTypeValue] | None = None,
        filename: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[AssetList, Asset]:
        """Iterate the assets, newest first (``.pages()`` for the page objects). ``asset_ids``
        and ``asset_types`` (``video``, ``audio``, ``image``) take one value or several;
        ``filename`` matches part of the name, ignoring case."""
        ids: list[str] | Unset = unset(None)
        if asset_ids is not None:
            ids = [asset_ids] if isinstance(asset_ids, str) else [*asset_ids]
            check_ids(**{f"asset_ids[{i}]": value for i, value in enumerate(ids)})
        filters: dict[str, Any] = {
            "asset_ids": ids,
            "asset_types": opt_enum_list("asset_types", asset_types, AssetType),
            "filename": unset(None if filename is None else check_text("filename", filename)),
        }
        return self._paged(
            list_assets.request_kwargs,
            filters,
            AssetList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )

    @api_method
    def retrieve(self, asset_id: str, **options: Unpack[CallOptions]) -> Request[Asset]:
        """One asset, with ``technical_metadata``, ``size`` and ``duration`` once processed."""
        check_ids(asset_id=asset_id)
        return self._request(retrieve_asset.request_kwargs(asset_id), Asset.from_dict, options)

    @api_method
    def delete(
        self, asset_id: str, *, force: bool | None = None, **options: Unpack[CallOptions]
    ) -> _ConflictExplained[None]:
        """Delete an asset. While indexed assets use it, the API refuses with a
        :class:`~twelvelabs_client.errors.ConflictError` (see :meth:`indexed_assets`), unless
        ``force=True``."""
        check_ids(asset_id=asset_id)
        forced: bool | Unset = unset(None if force is None else check_bool("force", force))
        request = self._request_no_content(
            delete_asset.request_kwargs(asset_id, force=forced), options
        )
        return _ConflictExplained(request, asset_id)

    @api_method
    def wait(
        self,
        asset_id: str,
        *,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[Asset], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Waited[Asset]:
        """Wait until the asset is ``ready`` and return it (a finished upload is not yet a
        ready asset). Polls after 1 s, 2 s, 4 s, 8 s, then every 10 s, for at most
        ``timeout`` seconds (default 3600); ``on_update(asset)`` at the first look and on each
        status change. A ``failed`` asset raises
        :class:`~twelvelabs_client.errors.TaskFailedError` with its ``error.message``."""
        check_ids(asset_id=asset_id)
        look = functools.partial(AssetsMethods.retrieve.plan, self, asset_id, **options)
        return ASSET.waited(
            asset_id, look, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )

    @api_method
    def update_user_metadata(
        self,
        asset_id: str,
        user_metadata: Mapping[str, AssetUserMetadataValue | None],
        **options: Unpack[CallOptions],
    ) -> Request[None]:
        """Merge into the asset's user metadata (``PATCH``): keys given are set, a key given
        as ``None`` is deleted, other keys stay."""
        check_ids(asset_id=asset_id)
        body = UpdateAssetUserMetadataRequest(
            user_metadata=UserMetadataPatch.from_dict(check_user_metadata_patch(user_metadata))
        )
        return self._request_no_content(
            update_asset_user_metadata.request_kwargs(asset_id, body=body), options
        )

    @api_method
    def replace_user_metadata(
        self,
        asset_id: str,
        user_metadata: Mapping[str, AssetUserMetadataValue],
        **options: Unpack[CallOptions],
    ) -> Request[None]:
        """Replace the asset's user metadata (``PUT``): keys not given are removed."""
        check_ids(asset_id=asset_id)
        body = ReplaceAssetUserMetadataRequest(
            user_metadata=UserMetadataPatch.from_dict(
                check_user_metadata("user_metadata", user_metadata)
            )
        )
        return self._request_no_content(
            replace_asset_user_metadata.request_kwargs(asset_id, body=body), options
        )

    @api_method
    def delete_user_metadata(self, asset_id: str, **options: Unpack[CallOptions]) -> Request[None]:
        """Remove all of the asset's user metadata (cannot be undone)."""
        check_ids(asset_id=asset_id)
        return self._request_no_content(
            delete_asset_user_metadata.request_kwargs(asset_id), options
        )

    @api_method
    def transcription(
        self,
        asset_id: str,
        *,
        include: TranscriptionGranularityValue
        | Sequence[TranscriptionGranularityValue]
        | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[AssetTranscription]:
        """The asset's transcription (``include``: ``words`` (the default), ``sentences``,
        ``utterances``). Its ``status`` says whether it is ready; a 404 means none exists."""
        check_ids(asset_id=asset_id)
        return self._request(
            retrieve_asset_transcription.request_kwargs(
                asset_id, include=opt_enum_list("include", include, TranscriptionGranularity)
            ),
            AssetTranscription.from_dict,
            options,
        )

    @api_method
    def indexed_assets(
        self,
        asset_id: str,
        *,
        page: int | None = None,
        page_limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Paged[AssetIndexReferenceList, AssetIndexReference]:
        """Iterate the indexed assets made from this asset (each with its ``index``): what
        stops :meth:`delete` without ``force``."""
        check_ids(asset_id=asset_id)
        return self._paged(
            functools.partial(list_asset_indexed_assets.request_kwargs, asset_id),
            {},
            AssetIndexReferenceList.from_dict,
            options,
            page=page,
            page_limit=page_limit,
        )


class MultipartUploads(SyncResource, MultipartUploadsMethods):
    """``client.assets.multipart_uploads``: the multipart session calls."""


class AsyncMultipartUploads(AsyncResource, MultipartUploadsMethods):
    """``async_client.assets.multipart_uploads``: the methods of :class:`MultipartUploads`,
    awaited."""


class Assets(SyncResource, AssetsMethods):
    """``client.assets``: upload media files and manage them."""

    multipart_uploads = namespace(MultipartUploads)


class AsyncAssets(AsyncResource, AssetsMethods):
    """``async_client.assets``: the methods of :class:`Assets`, awaited."""

    multipart_uploads = namespace(AsyncMultipartUploads)
