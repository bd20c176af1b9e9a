"""A typed client for the TwelveLabs Video Understanding API v1.3.

::

    from twelvelabs_client import TwelveLabs

    with TwelveLabs() as client:  # the key comes from TWELVELABS_API_KEY
        index = client.indexes.create(
            "my-videos", models=[{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}]
        )
"""

from twelvelabs_generated.models import (
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
    Index,
    IndexModel,
    PageInfo,
    SearchClip,
    SearchPage,
    SearchVideoGroup,
    Summary,
    Task,
    Video,
)

from ._async_client import AsyncTwelveLabs
from ._client import TwelveLabs
from ._pagination import AsyncPager, SyncPager
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
    StreamError,
    TaskFailedError,
    TwelveLabsError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    WaitTimeoutError,
)

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPager",
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
    "GeneratedText",
    "Gist",
    "Highlights",
    "ImportLogs",
    "ImportResult",
    "ImportStatus",
    "Index",
    "IndexModel",
    "InternalServerError",
    "InvalidInputError",
    "NotFoundError",
    "PageInfo",
    "PermissionDeniedError",
    "RateLimitError",
    "SearchClip",
    "SearchPage",
    "SearchPageExpiredError",
    "SearchVideoGroup",
    "StreamError",
    "Summary",
    "SyncPager",
    "Task",
    "TaskFailedError",
    "TwelveLabs",
    "TwelveLabsError",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "Video",
    "WaitTimeoutError",
    "__version__",
]
