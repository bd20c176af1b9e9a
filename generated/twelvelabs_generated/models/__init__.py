"""Contains all the data models used in inputs/outputs"""

from .chapter import Chapter
from .chapters import Chapters
from .create_embed_task_request import CreateEmbedTaskRequest
from .create_embeddings_request import CreateEmbeddingsRequest
from .create_import_request import CreateImportRequest
from .create_index_request import CreateIndexRequest
from .create_task_request import CreateTaskRequest
from .create_task_response import CreateTaskResponse
from .created_resource import CreatedResource
from .embed_task import EmbedTask
from .embed_task_list import EmbedTaskList
from .embed_task_metadata import EmbedTaskMetadata
from .embed_task_status import EmbedTaskStatus
from .embed_task_status_filter import EmbedTaskStatusFilter
from .embedding_input_metadata import EmbeddingInputMetadata
from .embedding_option import EmbeddingOption
from .embedding_response import EmbeddingResponse
from .embedding_result import EmbeddingResult
from .embedding_scope import EmbeddingScope
from .embedding_segment import EmbeddingSegment
from .error import Error
from .failure_reason import FailureReason
from .generate_request import GenerateRequest
from .generated_text import GeneratedText
from .gist import Gist
from .gist_request import GistRequest
from .gist_type import GistType
from .group_by import GroupBy
from .highlight import Highlight
from .highlights import Highlights
from .hls import Hls
from .import_failed_file import ImportFailedFile
from .import_log import ImportLog
from .import_logs import ImportLogs
from .import_result import ImportResult
from .import_status import ImportStatus
from .import_video import ImportVideo
from .import_video_status_counts import ImportVideoStatusCounts
from .index import Index
from .index_addon import IndexAddon
from .index_list import IndexList
from .index_model import IndexModel
from .known_embed_model_name import KnownEmbedModelName
from .known_embed_task_status import KnownEmbedTaskStatus
from .known_embedding_option import KnownEmbeddingOption
from .known_embedding_scope import KnownEmbeddingScope
from .known_finish_reason import KnownFinishReason
from .known_hls_status import KnownHlsStatus
from .known_index_addon import KnownIndexAddon
from .known_index_model_name import KnownIndexModelName
from .known_model_option import KnownModelOption
from .known_summarize_type import KnownSummarizeType
from .known_task_status import KnownTaskStatus
from .model_family import ModelFamily
from .model_option import ModelOption
from .operator import Operator
from .page_info import PageInfo
from .query_media_type import QueryMediaType
from .search_clip import SearchClip
from .search_option import SearchOption
from .search_page import SearchPage
from .search_page_info import SearchPageInfo
from .search_pool import SearchPool
from .search_request import SearchRequest
from .search_sort_option import SearchSortOption
from .search_video_group import SearchVideoGroup
from .sort_by import SortBy
from .sort_option import SortOption
from .stream_end_event import StreamEndEvent
from .stream_end_metadata import StreamEndMetadata
from .stream_error_detail import StreamErrorDetail
from .stream_error_event import StreamErrorEvent
from .stream_start_event import StreamStartEvent
from .stream_start_metadata import StreamStartMetadata
from .stream_text_event import StreamTextEvent
from .summarize_request import SummarizeRequest
from .summarize_type import SummarizeType
from .summary import Summary
from .task import Task
from .task_list import TaskList
from .task_status_filter import TaskStatusFilter
from .task_system_metadata import TaskSystemMetadata
from .text_truncate import TextTruncate
from .threshold import Threshold
from .transcription_segment import TranscriptionSegment
from .update_index_request import UpdateIndexRequest
from .update_video_request import UpdateVideoRequest
from .usage import Usage
from .user_metadata import UserMetadata
from .video import Video
from .video_embedding import VideoEmbedding
from .video_embedding_data import VideoEmbeddingData
from .video_embedding_segment import VideoEmbeddingSegment
from .video_list import VideoList
from .video_system_metadata import VideoSystemMetadata

__all__ = (
    "Chapter",
    "Chapters",
    "CreatedResource",
    "CreateEmbeddingsRequest",
    "CreateEmbedTaskRequest",
    "CreateImportRequest",
    "CreateIndexRequest",
    "CreateTaskRequest",
    "CreateTaskResponse",
    "EmbeddingInputMetadata",
    "EmbeddingOption",
    "EmbeddingResponse",
    "EmbeddingResult",
    "EmbeddingScope",
    "EmbeddingSegment",
    "EmbedTask",
    "EmbedTaskList",
    "EmbedTaskMetadata",
    "EmbedTaskStatus",
    "EmbedTaskStatusFilter",
    "Error",
    "FailureReason",
    "GeneratedText",
    "GenerateRequest",
    "Gist",
    "GistRequest",
    "GistType",
    "GroupBy",
    "Highlight",
    "Highlights",
    "Hls",
    "ImportFailedFile",
    "ImportLog",
    "ImportLogs",
    "ImportResult",
    "ImportStatus",
    "ImportVideo",
    "ImportVideoStatusCounts",
    "Index",
    "IndexAddon",
    "IndexList",
    "IndexModel",
    "KnownEmbeddingOption",
    "KnownEmbeddingScope",
    "KnownEmbedModelName",
    "KnownEmbedTaskStatus",
    "KnownFinishReason",
    "KnownHlsStatus",
    "KnownIndexAddon",
    "KnownIndexModelName",
    "KnownModelOption",
    "KnownSummarizeType",
    "KnownTaskStatus",
    "ModelFamily",
    "ModelOption",
    "Operator",
    "PageInfo",
    "QueryMediaType",
    "SearchClip",
    "SearchOption",
    "SearchPage",
    "SearchPageInfo",
    "SearchPool",
    "SearchRequest",
    "SearchSortOption",
    "SearchVideoGroup",
    "SortBy",
    "SortOption",
    "StreamEndEvent",
    "StreamEndMetadata",
    "StreamErrorDetail",
    "StreamErrorEvent",
    "StreamStartEvent",
    "StreamStartMetadata",
    "StreamTextEvent",
    "SummarizeRequest",
    "SummarizeType",
    "Summary",
    "Task",
    "TaskList",
    "TaskStatusFilter",
    "TaskSystemMetadata",
    "TextTruncate",
    "Threshold",
    "TranscriptionSegment",
    "UpdateIndexRequest",
    "UpdateVideoRequest",
    "Usage",
    "UserMetadata",
    "Video",
    "VideoEmbedding",
    "VideoEmbeddingData",
    "VideoEmbeddingSegment",
    "VideoList",
    "VideoSystemMetadata",
)
