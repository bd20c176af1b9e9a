"""A typed client for the TwelveLabs Video Understanding API v1.3.

::

    from twelvelabs_client import TwelveLabs

    with TwelveLabs() as client:  # the key comes from TWELVELABS_API_KEY
        index = client.indexes.create(
            "my-videos",
            models=[{"model_name": "marengo3.0", "model_options": ["visual", "audio"]}],
        )
        answer = client.analyze.text(video_url="https://example.com/clip.mp4", prompt="Describe it")
"""

from importlib import import_module
from typing import TYPE_CHECKING

from . import types
from ._client import TwelveLabs
from ._responses import RawResponse
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SearchPageExpiredError,
    StreamDecodeError,
    StreamError,
    StreamTextTooLongError,
    TaskFailedError,
    TruncatedOutputError,
    TwelveLabsError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    UploadInterruptedError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from twelvelabs_generated.models import (
        AnalyzeResponse,
        AnalyzeStreamEndEvent,
        AnalyzeTask,
        AnalyzeTaskList,
        Asset,
        AssetTranscription,
        CanceledAnalyzeTask,
        Chapters,
        CreatedAnalyzeTask,
        CreatedEmbedV2Task,
        CreatedResource,
        CreateTaskResponse,
        EmbeddingResponse,
        EmbedTask,
        EmbedTaskStatus,
        EmbedV2Data,
        EmbedV2Response,
        EmbedV2Task,
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

    from ._async_client import AsyncTwelveLabs
    from ._paging import AsyncPager, AsyncSearchResults, SearchResults, SyncPager
    from ._streaming import (
        AnalyzeStream,
        AsyncAnalyzeStream,
        AsyncGenerateStream,
        GenerateStream,
        UnknownStreamEvent,
    )
    from ._uploads import FileInput, ProgressCallback
    from .resources.analyze import parse_json_output
    from .resources.assets import UploadStatusPage

# Imported on first use (PEP 562): `import twelvelabs_client` stays about as cheap as
# `import httpx`; the models, the async client and the helpers' classes load when first named.
_LAZY = {
    "Chapters": "twelvelabs_generated.models",
    "CreatedResource": "twelvelabs_generated.models",
    "CreateTaskResponse": "twelvelabs_generated.models",
    "EmbeddingResponse": "twelvelabs_generated.models",
    "EmbedTask": "twelvelabs_generated.models",
    "EmbedTaskStatus": "twelvelabs_generated.models",
    "GeneratedText": "twelvelabs_generated.models",
    "Gist": "twelvelabs_generated.models",
    "Highlights": "twelvelabs_generated.models",
    "ImportLogs": "twelvelabs_generated.models",
    "ImportResult": "twelvelabs_generated.models",
    "ImportStatus": "twelvelabs_generated.models",
    "Index": "twelvelabs_generated.models",
    "IndexModel": "twelvelabs_generated.models",
    "PageInfo": "twelvelabs_generated.models",
    "SearchClip": "twelvelabs_generated.models",
    "SearchPage": "twelvelabs_generated.models",
    "SearchVideoGroup": "twelvelabs_generated.models",
    "StreamEndEvent": "twelvelabs_generated.models",
    "StreamStartEvent": "twelvelabs_generated.models",
    "StreamTextEvent": "twelvelabs_generated.models",
    "Summary": "twelvelabs_generated.models",
    "Task": "twelvelabs_generated.models",
    "Video": "twelvelabs_generated.models",
    "Asset": "twelvelabs_generated.models",
    "AssetTranscription": "twelvelabs_generated.models",
    "IncompleteMultipartUpload": "twelvelabs_generated.models",
    "IndexedAsset": "twelvelabs_generated.models",
    "MultipartUpload": "twelvelabs_generated.models",
    "UploadedChunk": "twelvelabs_generated.models",
    "AnalyzeResponse": "twelvelabs_generated.models",
    "AnalyzeStreamEndEvent": "twelvelabs_generated.models",
    "AnalyzeTask": "twelvelabs_generated.models",
    "AnalyzeTaskList": "twelvelabs_generated.models",
    "CanceledAnalyzeTask": "twelvelabs_generated.models",
    "CreatedAnalyzeTask": "twelvelabs_generated.models",
    "CreatedEmbedV2Task": "twelvelabs_generated.models",
    "EmbedV2Data": "twelvelabs_generated.models",
    "EmbedV2Response": "twelvelabs_generated.models",
    "EmbedV2Task": "twelvelabs_generated.models",
    "UNSET": "twelvelabs_generated.types",
    "Unset": "twelvelabs_generated.types",
    "AsyncTwelveLabs": "._async_client",
    "AsyncPager": "._paging",
    "AsyncSearchResults": "._paging",
    "SearchResults": "._paging",
    "SyncPager": "._paging",
    "AsyncGenerateStream": "._streaming",
    "GenerateStream": "._streaming",
    "UnknownStreamEvent": "._streaming",
    "FileInput": "._uploads",
    "ProgressCallback": "._uploads",
    "UploadStatusPage": ".resources.assets",
    "parse_json_output": ".resources.analyze",
    "AnalyzeStream": "._streaming",
    "AsyncAnalyzeStream": "._streaming",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))  # a name loaded once is in both


__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AnalyzeResponse",
    "AnalyzeStream",
    "AnalyzeStreamEndEvent",
    "AnalyzeTask",
    "AnalyzeTaskList",
    "Asset",
    "AssetTranscription",
    "AsyncAnalyzeStream",
    "AsyncGenerateStream",
    "AsyncPager",
    "AsyncSearchResults",
    "AsyncTwelveLabs",
    "AuthenticationError",
    "BadRequestError",
    "CanceledAnalyzeTask",
    "Chapters",
    "ClientClosedError",
    "ConflictError",
    "CreateTaskResponse",
    "CreatedAnalyzeTask",
    "CreatedEmbedV2Task",
    "CreatedResource",
    "EmbedTask",
    "EmbedTaskStatus",
    "EmbedV2Data",
    "EmbedV2Response",
    "EmbedV2Task",
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
    "StreamTextTooLongError",
    "Summary",
    "SyncPager",
    "Task",
    "TaskFailedError",
    "TruncatedOutputError",
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
    "parse_json_output",
    "types",
]
