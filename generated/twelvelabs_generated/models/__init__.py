"""Contains all the data models used in inputs/outputs

TwelveLabs override (openapi/templates/models_init.py.jinja): the names are imported lazily, on
first use, through the module's __getattr__ (PEP 562). Importing every one of the model modules
here made `import twelvelabs_client` several times slower than `import httpx`; a program that
touches three models now pays for three. Type checkers still see every name (TYPE_CHECKING).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis_mode import AnalysisMode
    from .analyze_image import AnalyzeImage
    from .analyze_prompt_echo import AnalyzePromptEcho
    from .analyze_prompt_v2 import AnalyzePromptV2
    from .analyze_request import AnalyzeRequest
    from .analyze_response import AnalyzeResponse
    from .analyze_response_format import AnalyzeResponseFormat
    from .analyze_response_format_echo import AnalyzeResponseFormatEcho
    from .analyze_stream_end_event import AnalyzeStreamEndEvent
    from .analyze_task import AnalyzeTask
    from .analyze_task_list import AnalyzeTaskList
    from .analyze_task_request_params import AnalyzeTaskRequestParams
    from .analyze_task_response_format import AnalyzeTaskResponseFormat
    from .analyze_task_result import AnalyzeTaskResult
    from .analyze_task_status_filter import AnalyzeTaskStatusFilter
    from .analyze_video_asset_id import AnalyzeVideoAssetId
    from .analyze_video_base_64 import AnalyzeVideoBase64
    from .analyze_video_source import AnalyzeVideoSource
    from .analyze_video_url import AnalyzeVideoUrl
    from .analyzed_media_metadata import AnalyzedMediaMetadata
    from .asset import Asset
    from .asset_hls import AssetHls
    from .asset_index_reference import AssetIndexReference
    from .asset_index_reference_list import AssetIndexReferenceList
    from .asset_list import AssetList
    from .asset_source import AssetSource
    from .asset_source_details import AssetSourceDetails
    from .asset_thumbnail import AssetThumbnail
    from .asset_transcription import AssetTranscription
    from .asset_type import AssetType
    from .asset_upload_method import AssetUploadMethod
    from .asset_user_metadata import AssetUserMetadata
    from .async_response_format_type import AsyncResponseFormatType
    from .audio_embedding_task_data import AudioEmbeddingTaskData
    from .audio_embedding_task_metadata import AudioEmbeddingTaskMetadata
    from .audio_stream_info import AudioStreamInfo
    from .canceled_analyze_task import CanceledAnalyzeTask
    from .chapter import Chapter
    from .chapters import Chapters
    from .chunk_proof_type import ChunkProofType
    from .completed_chunk import CompletedChunk
    from .create_analyze_task_request import CreateAnalyzeTaskRequest
    from .create_asset_request import CreateAssetRequest
    from .create_embed_task_request import CreateEmbedTaskRequest
    from .create_embed_v2_task_request import CreateEmbedV2TaskRequest
    from .create_embeddings_request import CreateEmbeddingsRequest
    from .create_import_request import CreateImportRequest
    from .create_index_request import CreateIndexRequest
    from .create_indexed_asset_request import CreateIndexedAssetRequest
    from .create_multipart_upload_request import CreateMultipartUploadRequest
    from .create_task_request import CreateTaskRequest
    from .create_task_response import CreateTaskResponse
    from .created_analyze_task import CreatedAnalyzeTask
    from .created_embed_v2_task import CreatedEmbedV2Task
    from .created_indexed_asset import CreatedIndexedAsset
    from .created_resource import CreatedResource
    from .dynamic_segmentation import DynamicSegmentation
    from .dynamic_segmentation_settings import DynamicSegmentationSettings
    from .embed_task import EmbedTask
    from .embed_task_list import EmbedTaskList
    from .embed_task_metadata import EmbedTaskMetadata
    from .embed_task_status import EmbedTaskStatus
    from .embed_task_status_filter import EmbedTaskStatusFilter
    from .embed_v2_audio_input import EmbedV2AudioInput
    from .embed_v2_audio_option import EmbedV2AudioOption
    from .embed_v2_data import EmbedV2Data
    from .embed_v2_document_input import EmbedV2DocumentInput
    from .embed_v2_embedding_type import EmbedV2EmbeddingType
    from .embed_v2_image_input import EmbedV2ImageInput
    from .embed_v2_input_type import EmbedV2InputType
    from .embed_v2_media_metadata import EmbedV2MediaMetadata
    from .embed_v2_multi_input import EmbedV2MultiInput
    from .embed_v2_request import EmbedV2Request
    from .embed_v2_response import EmbedV2Response
    from .embed_v2_scope import EmbedV2Scope
    from .embed_v2_task import EmbedV2Task
    from .embed_v2_task_input_type import EmbedV2TaskInputType
    from .embed_v2_task_list import EmbedV2TaskList
    from .embed_v2_task_summary import EmbedV2TaskSummary
    from .embed_v2_text_image_input import EmbedV2TextImageInput
    from .embed_v2_text_input import EmbedV2TextInput
    from .embed_v2_usage import EmbedV2Usage
    from .embed_v2_usage_input_tokens import EmbedV2UsageInputTokens
    from .embed_v2_video_input import EmbedV2VideoInput
    from .embed_v2_video_option import EmbedV2VideoOption
    from .embedding_input_metadata import EmbeddingInputMetadata
    from .embedding_option import EmbeddingOption
    from .embedding_response import EmbeddingResponse
    from .embedding_result import EmbeddingResult
    from .embedding_scope import EmbeddingScope
    from .embedding_segment import EmbeddingSegment
    from .error import Error
    from .error_detail import ErrorDetail
    from .error_detail_details import ErrorDetailDetails
    from .error_envelope import ErrorEnvelope
    from .failure_reason import FailureReason
    from .fixed_segmentation import FixedSegmentation
    from .fixed_segmentation_settings import FixedSegmentationSettings
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
    from .incomplete_multipart_upload import IncompleteMultipartUpload
    from .incomplete_multipart_upload_list import IncompleteMultipartUploadList
    from .index import Index
    from .index_addon import IndexAddon
    from .index_list import IndexList
    from .index_model import IndexModel
    from .index_reference import IndexReference
    from .indexed_asset import IndexedAsset
    from .indexed_asset_list import IndexedAssetList
    from .indexed_asset_status_filter import IndexedAssetStatusFilter
    from .indexed_asset_system_metadata import IndexedAssetSystemMetadata
    from .json_object import JsonObject
    from .json_schema_format_type import JsonSchemaFormatType
    from .known_analysis_mode import KnownAnalysisMode
    from .known_analyze_model_name import KnownAnalyzeModelName
    from .known_analyze_task_status import KnownAnalyzeTaskStatus
    from .known_analyze_video_source_type import KnownAnalyzeVideoSourceType
    from .known_asset_method import KnownAssetMethod
    from .known_asset_rendition_status import KnownAssetRenditionStatus
    from .known_asset_status import KnownAssetStatus
    from .known_asset_transcription_status import KnownAssetTranscriptionStatus
    from .known_chunk_state import KnownChunkState
    from .known_embed_model_name import KnownEmbedModelName
    from .known_embed_task_status import KnownEmbedTaskStatus
    from .known_embed_v2_model_name import KnownEmbedV2ModelName
    from .known_embed_v2_option import KnownEmbedV2Option
    from .known_embed_v2_scope import KnownEmbedV2Scope
    from .known_embed_v2_task_status import KnownEmbedV2TaskStatus
    from .known_embedding_option import KnownEmbeddingOption
    from .known_embedding_scope import KnownEmbeddingScope
    from .known_finish_reason import KnownFinishReason
    from .known_hls_status import KnownHlsStatus
    from .known_index_addon import KnownIndexAddon
    from .known_index_model_name import KnownIndexModelName
    from .known_indexed_asset_status import KnownIndexedAssetStatus
    from .known_model_option import KnownModelOption
    from .known_multipart_upload_state import KnownMultipartUploadState
    from .known_summarize_type import KnownSummarizeType
    from .known_task_status import KnownTaskStatus
    from .media_source import MediaSource
    from .model_family import ModelFamily
    from .model_option import ModelOption
    from .multi_input_media_source import MultiInputMediaSource
    from .multi_input_media_type import MultiInputMediaType
    from .multipart_media_type import MultipartMediaType
    from .multipart_upload import MultipartUpload
    from .multipart_upload_status import MultipartUploadStatus
    from .operator import Operator
    from .page_info import PageInfo
    from .presigned_url import PresignedUrl
    from .presigned_urls import PresignedUrls
    from .presigned_urls_request import PresignedUrlsRequest
    from .processing_error import ProcessingError
    from .query_media_type import QueryMediaType
    from .reference_media import ReferenceMedia
    from .reference_media_type import ReferenceMediaType
    from .replace_asset_user_metadata_request import ReplaceAssetUserMetadataRequest
    from .report_chunks_request import ReportChunksRequest
    from .report_chunks_response import ReportChunksResponse
    from .scalar_item_type import ScalarItemType
    from .scalar_items import ScalarItems
    from .search_clip import SearchClip
    from .search_option import SearchOption
    from .search_page import SearchPage
    from .search_page_info import SearchPageInfo
    from .search_pool import SearchPool
    from .search_request import SearchRequest
    from .search_sort_option import SearchSortOption
    from .search_video_group import SearchVideoGroup
    from .segment_definition import SegmentDefinition
    from .segment_field import SegmentField
    from .segment_field_items import SegmentFieldItems
    from .segment_field_type import SegmentFieldType
    from .segment_item_type import SegmentItemType
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
    from .technical_metadata import TechnicalMetadata
    from .text_truncate import TextTruncate
    from .threshold import Threshold
    from .time_array_item_field import TimeArrayItemField
    from .time_array_item_field_type import TimeArrayItemFieldType
    from .time_range import TimeRange
    from .timestamp_format import TimestampFormat
    from .transcription_granularity import TranscriptionGranularity
    from .transcription_option import TranscriptionOption
    from .transcription_segment import TranscriptionSegment
    from .unlimited_tokens import UnlimitedTokens
    from .update_asset_user_metadata_request import UpdateAssetUserMetadataRequest
    from .update_index_request import UpdateIndexRequest
    from .update_indexed_asset_request import UpdateIndexedAssetRequest
    from .update_video_request import UpdateVideoRequest
    from .upload_headers import UploadHeaders
    from .uploaded_chunk import UploadedChunk
    from .usage import Usage
    from .user_metadata import UserMetadata
    from .user_metadata_patch import UserMetadataPatch
    from .utterance import Utterance
    from .video import Video
    from .video_embedding import VideoEmbedding
    from .video_embedding_data import VideoEmbeddingData
    from .video_embedding_segment import VideoEmbeddingSegment
    from .video_list import VideoList
    from .video_stream_info import VideoStreamInfo
    from .video_system_metadata import VideoSystemMetadata
    from .webhook_delivery import WebhookDelivery

_MODULES = {
    "AnalysisMode": ".analysis_mode",
    "AnalyzeImage": ".analyze_image",
    "AnalyzePromptEcho": ".analyze_prompt_echo",
    "AnalyzePromptV2": ".analyze_prompt_v2",
    "AnalyzeRequest": ".analyze_request",
    "AnalyzeResponse": ".analyze_response",
    "AnalyzeResponseFormat": ".analyze_response_format",
    "AnalyzeResponseFormatEcho": ".analyze_response_format_echo",
    "AnalyzeStreamEndEvent": ".analyze_stream_end_event",
    "AnalyzeTask": ".analyze_task",
    "AnalyzeTaskList": ".analyze_task_list",
    "AnalyzeTaskRequestParams": ".analyze_task_request_params",
    "AnalyzeTaskResponseFormat": ".analyze_task_response_format",
    "AnalyzeTaskResult": ".analyze_task_result",
    "AnalyzeTaskStatusFilter": ".analyze_task_status_filter",
    "AnalyzeVideoAssetId": ".analyze_video_asset_id",
    "AnalyzeVideoBase64": ".analyze_video_base_64",
    "AnalyzeVideoSource": ".analyze_video_source",
    "AnalyzeVideoUrl": ".analyze_video_url",
    "AnalyzedMediaMetadata": ".analyzed_media_metadata",
    "Asset": ".asset",
    "AssetHls": ".asset_hls",
    "AssetIndexReference": ".asset_index_reference",
    "AssetIndexReferenceList": ".asset_index_reference_list",
    "AssetList": ".asset_list",
    "AssetSource": ".asset_source",
    "AssetSourceDetails": ".asset_source_details",
    "AssetThumbnail": ".asset_thumbnail",
    "AssetTranscription": ".asset_transcription",
    "AssetType": ".asset_type",
    "AssetUploadMethod": ".asset_upload_method",
    "AssetUserMetadata": ".asset_user_metadata",
    "AsyncResponseFormatType": ".async_response_format_type",
    "AudioEmbeddingTaskData": ".audio_embedding_task_data",
    "AudioEmbeddingTaskMetadata": ".audio_embedding_task_metadata",
    "AudioStreamInfo": ".audio_stream_info",
    "CanceledAnalyzeTask": ".canceled_analyze_task",
    "Chapter": ".chapter",
    "Chapters": ".chapters",
    "ChunkProofType": ".chunk_proof_type",
    "CompletedChunk": ".completed_chunk",
    "CreateAnalyzeTaskRequest": ".create_analyze_task_request",
    "CreateAssetRequest": ".create_asset_request",
    "CreateEmbedTaskRequest": ".create_embed_task_request",
    "CreateEmbedV2TaskRequest": ".create_embed_v2_task_request",
    "CreateEmbeddingsRequest": ".create_embeddings_request",
    "CreateImportRequest": ".create_import_request",
    "CreateIndexRequest": ".create_index_request",
    "CreateIndexedAssetRequest": ".create_indexed_asset_request",
    "CreateMultipartUploadRequest": ".create_multipart_upload_request",
    "CreateTaskRequest": ".create_task_request",
    "CreateTaskResponse": ".create_task_response",
    "CreatedAnalyzeTask": ".created_analyze_task",
    "CreatedEmbedV2Task": ".created_embed_v2_task",
    "CreatedIndexedAsset": ".created_indexed_asset",
    "CreatedResource": ".created_resource",
    "DynamicSegmentation": ".dynamic_segmentation",
    "DynamicSegmentationSettings": ".dynamic_segmentation_settings",
    "EmbedTask": ".embed_task",
    "EmbedTaskList": ".embed_task_list",
    "EmbedTaskMetadata": ".embed_task_metadata",
    "EmbedTaskStatus": ".embed_task_status",
    "EmbedTaskStatusFilter": ".embed_task_status_filter",
    "EmbedV2AudioInput": ".embed_v2_audio_input",
    "EmbedV2AudioOption": ".embed_v2_audio_option",
    "EmbedV2Data": ".embed_v2_data",
    "EmbedV2DocumentInput": ".embed_v2_document_input",
    "EmbedV2EmbeddingType": ".embed_v2_embedding_type",
    "EmbedV2ImageInput": ".embed_v2_image_input",
    "EmbedV2InputType": ".embed_v2_input_type",
    "EmbedV2MediaMetadata": ".embed_v2_media_metadata",
    "EmbedV2MultiInput": ".embed_v2_multi_input",
    "EmbedV2Request": ".embed_v2_request",
    "EmbedV2Response": ".embed_v2_response",
    "EmbedV2Scope": ".embed_v2_scope",
    "EmbedV2Task": ".embed_v2_task",
    "EmbedV2TaskInputType": ".embed_v2_task_input_type",
    "EmbedV2TaskList": ".embed_v2_task_list",
    "EmbedV2TaskSummary": ".embed_v2_task_summary",
    "EmbedV2TextImageInput": ".embed_v2_text_image_input",
    "EmbedV2TextInput": ".embed_v2_text_input",
    "EmbedV2Usage": ".embed_v2_usage",
    "EmbedV2UsageInputTokens": ".embed_v2_usage_input_tokens",
    "EmbedV2VideoInput": ".embed_v2_video_input",
    "EmbedV2VideoOption": ".embed_v2_video_option",
    "EmbeddingInputMetadata": ".embedding_input_metadata",
    "EmbeddingOption": ".embedding_option",
    "EmbeddingResponse": ".embedding_response",
    "EmbeddingResult": ".embedding_result",
    "EmbeddingScope": ".embedding_scope",
    "EmbeddingSegment": ".embedding_segment",
    "Error": ".error",
    "ErrorDetail": ".error_detail",
    "ErrorDetailDetails": ".error_detail_details",
    "ErrorEnvelope": ".error_envelope",
    "FailureReason": ".failure_reason",
    "FixedSegmentation": ".fixed_segmentation",
    "FixedSegmentationSettings": ".fixed_segmentation_settings",
    "GenerateRequest": ".generate_request",
    "GeneratedText": ".generated_text",
    "Gist": ".gist",
    "GistRequest": ".gist_request",
    "GistType": ".gist_type",
    "GroupBy": ".group_by",
    "Highlight": ".highlight",
    "Highlights": ".highlights",
    "Hls": ".hls",
    "ImportFailedFile": ".import_failed_file",
    "ImportLog": ".import_log",
    "ImportLogs": ".import_logs",
    "ImportResult": ".import_result",
    "ImportStatus": ".import_status",
    "ImportVideo": ".import_video",
    "ImportVideoStatusCounts": ".import_video_status_counts",
    "IncompleteMultipartUpload": ".incomplete_multipart_upload",
    "IncompleteMultipartUploadList": ".incomplete_multipart_upload_list",
    "Index": ".index",
    "IndexAddon": ".index_addon",
    "IndexList": ".index_list",
    "IndexModel": ".index_model",
    "IndexReference": ".index_reference",
    "IndexedAsset": ".indexed_asset",
    "IndexedAssetList": ".indexed_asset_list",
    "IndexedAssetStatusFilter": ".indexed_asset_status_filter",
    "IndexedAssetSystemMetadata": ".indexed_asset_system_metadata",
    "JsonObject": ".json_object",
    "JsonSchemaFormatType": ".json_schema_format_type",
    "KnownAnalysisMode": ".known_analysis_mode",
    "KnownAnalyzeModelName": ".known_analyze_model_name",
    "KnownAnalyzeTaskStatus": ".known_analyze_task_status",
    "KnownAnalyzeVideoSourceType": ".known_analyze_video_source_type",
    "KnownAssetMethod": ".known_asset_method",
    "KnownAssetRenditionStatus": ".known_asset_rendition_status",
    "KnownAssetStatus": ".known_asset_status",
    "KnownAssetTranscriptionStatus": ".known_asset_transcription_status",
    "KnownChunkState": ".known_chunk_state",
    "KnownEmbedModelName": ".known_embed_model_name",
    "KnownEmbedTaskStatus": ".known_embed_task_status",
    "KnownEmbedV2ModelName": ".known_embed_v2_model_name",
    "KnownEmbedV2Option": ".known_embed_v2_option",
    "KnownEmbedV2Scope": ".known_embed_v2_scope",
    "KnownEmbedV2TaskStatus": ".known_embed_v2_task_status",
    "KnownEmbeddingOption": ".known_embedding_option",
    "KnownEmbeddingScope": ".known_embedding_scope",
    "KnownFinishReason": ".known_finish_reason",
    "KnownHlsStatus": ".known_hls_status",
    "KnownIndexAddon": ".known_index_addon",
    "KnownIndexModelName": ".known_index_model_name",
    "KnownIndexedAssetStatus": ".known_indexed_asset_status",
    "KnownModelOption": ".known_model_option",
    "KnownMultipartUploadState": ".known_multipart_upload_state",
    "KnownSummarizeType": ".known_summarize_type",
    "KnownTaskStatus": ".known_task_status",
    "MediaSource": ".media_source",
    "ModelFamily": ".model_family",
    "ModelOption": ".model_option",
    "MultiInputMediaSource": ".multi_input_media_source",
    "MultiInputMediaType": ".multi_input_media_type",
    "MultipartMediaType": ".multipart_media_type",
    "MultipartUpload": ".multipart_upload",
    "MultipartUploadStatus": ".multipart_upload_status",
    "Operator": ".operator",
    "PageInfo": ".page_info",
    "PresignedUrl": ".presigned_url",
    "PresignedUrls": ".presigned_urls",
    "PresignedUrlsRequest": ".presigned_urls_request",
    "ProcessingError": ".processing_error",
    "QueryMediaType": ".query_media_type",
    "ReferenceMedia": ".reference_media",
    "ReferenceMediaType": ".reference_media_type",
    "ReplaceAssetUserMetadataRequest": ".replace_asset_user_metadata_request",
    "ReportChunksRequest": ".report_chunks_request",
    "ReportChunksResponse": ".report_chunks_response",
    "ScalarItemType": ".scalar_item_type",
    "ScalarItems": ".scalar_items",
    "SearchClip": ".search_clip",
    "SearchOption": ".search_option",
    "SearchPage": ".search_page",
    "SearchPageInfo": ".search_page_info",
    "SearchPool": ".search_pool",
    "SearchRequest": ".search_request",
    "SearchSortOption": ".search_sort_option",
    "SearchVideoGroup": ".search_video_group",
    "SegmentDefinition": ".segment_definition",
    "SegmentField": ".segment_field",
    "SegmentFieldItems": ".segment_field_items",
    "SegmentFieldType": ".segment_field_type",
    "SegmentItemType": ".segment_item_type",
    "SortBy": ".sort_by",
    "SortOption": ".sort_option",
    "StreamEndEvent": ".stream_end_event",
    "StreamEndMetadata": ".stream_end_metadata",
    "StreamErrorDetail": ".stream_error_detail",
    "StreamErrorEvent": ".stream_error_event",
    "StreamStartEvent": ".stream_start_event",
    "StreamStartMetadata": ".stream_start_metadata",
    "StreamTextEvent": ".stream_text_event",
    "SummarizeRequest": ".summarize_request",
    "SummarizeType": ".summarize_type",
    "Summary": ".summary",
    "Task": ".task",
    "TaskList": ".task_list",
    "TaskStatusFilter": ".task_status_filter",
    "TaskSystemMetadata": ".task_system_metadata",
    "TechnicalMetadata": ".technical_metadata",
    "TextTruncate": ".text_truncate",
    "Threshold": ".threshold",
    "TimeArrayItemField": ".time_array_item_field",
    "TimeArrayItemFieldType": ".time_array_item_field_type",
    "TimeRange": ".time_range",
    "TimestampFormat": ".timestamp_format",
    "TranscriptionGranularity": ".transcription_granularity",
    "TranscriptionOption": ".transcription_option",
    "TranscriptionSegment": ".transcription_segment",
    "UnlimitedTokens": ".unlimited_tokens",
    "UpdateAssetUserMetadataRequest": ".update_asset_user_metadata_request",
    "UpdateIndexRequest": ".update_index_request",
    "UpdateIndexedAssetRequest": ".update_indexed_asset_request",
    "UpdateVideoRequest": ".update_video_request",
    "UploadHeaders": ".upload_headers",
    "UploadedChunk": ".uploaded_chunk",
    "Usage": ".usage",
    "UserMetadata": ".user_metadata",
    "UserMetadataPatch": ".user_metadata_patch",
    "Utterance": ".utterance",
    "Video": ".video",
    "VideoEmbedding": ".video_embedding",
    "VideoEmbeddingData": ".video_embedding_data",
    "VideoEmbeddingSegment": ".video_embedding_segment",
    "VideoList": ".video_list",
    "VideoStreamInfo": ".video_stream_info",
    "VideoSystemMetadata": ".video_system_metadata",
    "WebhookDelivery": ".webhook_delivery",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_MODULES))


__all__ = (
    "AnalysisMode",
    "AnalyzedMediaMetadata",
    "AnalyzeImage",
    "AnalyzePromptEcho",
    "AnalyzePromptV2",
    "AnalyzeRequest",
    "AnalyzeResponse",
    "AnalyzeResponseFormat",
    "AnalyzeResponseFormatEcho",
    "AnalyzeStreamEndEvent",
    "AnalyzeTask",
    "AnalyzeTaskList",
    "AnalyzeTaskRequestParams",
    "AnalyzeTaskResponseFormat",
    "AnalyzeTaskResult",
    "AnalyzeTaskStatusFilter",
    "AnalyzeVideoAssetId",
    "AnalyzeVideoBase64",
    "AnalyzeVideoSource",
    "AnalyzeVideoUrl",
    "Asset",
    "AssetHls",
    "AssetIndexReference",
    "AssetIndexReferenceList",
    "AssetList",
    "AssetSource",
    "AssetSourceDetails",
    "AssetThumbnail",
    "AssetTranscription",
    "AssetType",
    "AssetUploadMethod",
    "AssetUserMetadata",
    "AsyncResponseFormatType",
    "AudioEmbeddingTaskData",
    "AudioEmbeddingTaskMetadata",
    "AudioStreamInfo",
    "CanceledAnalyzeTask",
    "Chapter",
    "Chapters",
    "ChunkProofType",
    "CompletedChunk",
    "CreateAnalyzeTaskRequest",
    "CreateAssetRequest",
    "CreatedAnalyzeTask",
    "CreatedEmbedV2Task",
    "CreatedIndexedAsset",
    "CreatedResource",
    "CreateEmbeddingsRequest",
    "CreateEmbedTaskRequest",
    "CreateEmbedV2TaskRequest",
    "CreateImportRequest",
    "CreateIndexedAssetRequest",
    "CreateIndexRequest",
    "CreateMultipartUploadRequest",
    "CreateTaskRequest",
    "CreateTaskResponse",
    "DynamicSegmentation",
    "DynamicSegmentationSettings",
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
    "EmbedV2AudioInput",
    "EmbedV2AudioOption",
    "EmbedV2Data",
    "EmbedV2DocumentInput",
    "EmbedV2EmbeddingType",
    "EmbedV2ImageInput",
    "EmbedV2InputType",
    "EmbedV2MediaMetadata",
    "EmbedV2MultiInput",
    "EmbedV2Request",
    "EmbedV2Response",
    "EmbedV2Scope",
    "EmbedV2Task",
    "EmbedV2TaskInputType",
    "EmbedV2TaskList",
    "EmbedV2TaskSummary",
    "EmbedV2TextImageInput",
    "EmbedV2TextInput",
    "EmbedV2Usage",
    "EmbedV2UsageInputTokens",
    "EmbedV2VideoInput",
    "EmbedV2VideoOption",
    "Error",
    "ErrorDetail",
    "ErrorDetailDetails",
    "ErrorEnvelope",
    "FailureReason",
    "FixedSegmentation",
    "FixedSegmentationSettings",
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
    "IncompleteMultipartUpload",
    "IncompleteMultipartUploadList",
    "Index",
    "IndexAddon",
    "IndexedAsset",
    "IndexedAssetList",
    "IndexedAssetStatusFilter",
    "IndexedAssetSystemMetadata",
    "IndexList",
    "IndexModel",
    "IndexReference",
    "JsonObject",
    "JsonSchemaFormatType",
    "KnownAnalysisMode",
    "KnownAnalyzeModelName",
    "KnownAnalyzeTaskStatus",
    "KnownAnalyzeVideoSourceType",
    "KnownAssetMethod",
    "KnownAssetRenditionStatus",
    "KnownAssetStatus",
    "KnownAssetTranscriptionStatus",
    "KnownChunkState",
    "KnownEmbeddingOption",
    "KnownEmbeddingScope",
    "KnownEmbedModelName",
    "KnownEmbedTaskStatus",
    "KnownEmbedV2ModelName",
    "KnownEmbedV2Option",
    "KnownEmbedV2Scope",
    "KnownEmbedV2TaskStatus",
    "KnownFinishReason",
    "KnownHlsStatus",
    "KnownIndexAddon",
    "KnownIndexedAssetStatus",
    "KnownIndexModelName",
    "KnownModelOption",
    "KnownMultipartUploadState",
    "KnownSummarizeType",
    "KnownTaskStatus",
    "MediaSource",
    "ModelFamily",
    "ModelOption",
    "MultiInputMediaSource",
    "MultiInputMediaType",
    "MultipartMediaType",
    "MultipartUpload",
    "MultipartUploadStatus",
    "Operator",
    "PageInfo",
    "PresignedUrl",
    "PresignedUrls",
    "PresignedUrlsRequest",
    "ProcessingError",
    "QueryMediaType",
    "ReferenceMedia",
    "ReferenceMediaType",
    "ReplaceAssetUserMetadataRequest",
    "ReportChunksRequest",
    "ReportChunksResponse",
    "ScalarItems",
    "ScalarItemType",
    "SearchClip",
    "SearchOption",
    "SearchPage",
    "SearchPageInfo",
    "SearchPool",
    "SearchRequest",
    "SearchSortOption",
    "SearchVideoGroup",
    "SegmentDefinition",
    "SegmentField",
    "SegmentFieldItems",
    "SegmentFieldType",
    "SegmentItemType",
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
    "TechnicalMetadata",
    "TextTruncate",
    "Threshold",
    "TimeArrayItemField",
    "TimeArrayItemFieldType",
    "TimeRange",
    "TimestampFormat",
    "TranscriptionGranularity",
    "TranscriptionOption",
    "TranscriptionSegment",
    "UnlimitedTokens",
    "UpdateAssetUserMetadataRequest",
    "UpdateIndexedAssetRequest",
    "UpdateIndexRequest",
    "UpdateVideoRequest",
    "UploadedChunk",
    "UploadHeaders",
    "Usage",
    "UserMetadata",
    "UserMetadataPatch",
    "Utterance",
    "Video",
    "VideoEmbedding",
    "VideoEmbeddingData",
    "VideoEmbeddingSegment",
    "VideoList",
    "VideoStreamInfo",
    "VideoSystemMetadata",
    "WebhookDelivery",
)
