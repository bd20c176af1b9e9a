"""A typed client for the TwelveLabs Video Understanding API v1.3.

::

    from twelvelabs_client import TwelveLabs

    with TwelveLabs() as client:  # the key comes from TWELVELABS_API_KEY
        index = client.indexes.create(
            "my-videos", models=[{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]
        )
"""

from twelvelabs_generated.models import (
    Asset,
    AssetTranscription,
    Chapters,
    CreatedResource,
    CreateTaskResponse,
    EmbeddingResponse,
    EmbedTask,
    EmbedTaskStatus,
    GeneratedText,
    Gist,
    Highlights,
    ImportLogs,
    ImportResult,
    ImportStatus,
    IncompleteMultipartUpload,
    Index,
    IndexedAsset,
    IndexModel,
    MultipartUpload,
    PageInfo,
    SearchClip,
    SearchPage,
    SearchVideoGroup,
    StreamEndEvent,
    StreamStartEvent,
    StreamTextEvent,
    Summary,
    Task,
    UploadedChunk,
    Video,
)
from twelvelabs_generated.types import UNSET, Unset

from . import types
from ._async_client import AsyncTwelveLabs
from ._client import TwelveLabs
from ._paging import AsyncPager, AsyncSearchResults, SearchResults, SyncPager
from ._responses import RawResponse
from ._streaming import AsyncGenerateStream, GenerateStream, UnknownStreamEvent
from ._uploads import FileInput, ProgressCallback
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SearchPageExpiredError,
    StreamDecodeError,
    StreamError,
    TaskFailedError,
    TwelveLabsError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    UploadInterruptedError,
    WaitTimeoutError,
)
from .resources.assets import UploadStatusPage

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Asset",
    "AssetTranscription",
    "AsyncGenerateStream",
    "AsyncPager",
    "AsyncSearchResults",
    "AsyncTwelveLabs",
    "AuthenticationError",
    "BadRequestError",
    "Chapters",
    "ConflictError",
    "CreateTaskResponse",
    "CreatedResource",
    "EmbedTask",
    "EmbedTaskStatus",
    "EmbeddingResponse",
    "FileInput",
    "GenerateStream",
    "GeneratedText",
    "Gist",
    "Highlights",
    "ImportLogs",
    "ImportResult",
    "ImportStatus",
    "IncompleteMultipartUpload",
    "Index",
    "IndexModel",
    "IndexedAsset",
    "InternalServerError",
    "InvalidInputError",
    "MultipartUpload",
    "NotFoundError",
    "PageInfo",
    "PermissionDeniedError",
    "ProgressCallback",
    "RateLimitError",
    "RawResponse",
    "SearchClip",
    "SearchPage",
    "SearchPageExpiredError",
    "SearchResults",
    "SearchVideoGroup",
    "StreamDecodeError",
    "StreamEndEvent",
    "StreamError",
    "StreamStartEvent",
    "StreamTextEvent",
    "Summary",
    "SyncPager",
    "Task",
    "TaskFailedError",
    "TwelveLabs",
    "TwelveLabsError",
    "UnexpectedResponseError",
    "UnknownStreamEvent",
    "UnprocessableEntityError",
    "Unset",
    "UploadInterruptedError",
    "UploadStatusPage",
    "UploadedChunk",
    "Video",
    "WaitTimeoutError",
    "__version__",
    "types",
]
