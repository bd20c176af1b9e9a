"""``Literal`` types of the arguments that take one of a closed set of values.

Each alias lists the values of the spec's enum of the same name (``SearchOptionValue`` holds
the values of the generated ``SearchOption``), so an editor or ``mypy`` flags a misspelled value
such as ``search_options=["visul"]`` before the code runs; at run time the same value still
raises :class:`~twelvelabs_client.InvalidInputError` before anything is sent. A test compares
each alias with its generated enum, so a regenerated spec that changes an enum fails until the
alias here follows. Model names (``"marengo2.7"``, ``"pegasus1.2"``...) are plain ``str``: the
API adds models over time.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeAlias, TypedDict

__all__ = [
    "AnalysisModeValue",
    "AnalyzeTaskStatusFilterValue",
    "AssetTypeValue",
    "EmbedTaskStatusFilterValue",
    "EmbedV2InputTypeValue",
    "EmbedV2TaskInputTypeValue",
    "EmbeddingOptionValue",
    "EmbeddingScopeValue",
    "GistTypeValue",
    "GroupByValue",
    "IndexAddonValue",
    "IndexModelParam",
    "IndexedAssetStatusFilterValue",
    "ModelFamilyValue",
    "ModelOptionValue",
    "MultipartMediaTypeValue",
    "OperatorValue",
    "QueryMediaTypeValue",
    "SearchOptionValue",
    "SearchSortOptionValue",
    "SortByValue",
    "SortOptionValue",
    "SummarizeTypeValue",
    "TaskStatusFilterValue",
    "TextTruncateValue",
    "ThresholdValue",
    "TranscriptionGranularityValue",
    "TranscriptionOptionValue",
]

# search.query
SearchOptionValue: TypeAlias = Literal["audio", "transcription", "visual"]
GroupByValue: TypeAlias = Literal["clip", "video"]
OperatorValue: TypeAlias = Literal["and", "or"]
ThresholdValue: TypeAlias = Literal["high", "low", "medium", "none"]
SearchSortOptionValue: TypeAlias = Literal["clip_count", "score"]
QueryMediaTypeValue: TypeAlias = Literal["image"]
TranscriptionOptionValue: TypeAlias = Literal["lexical", "semantic"]

# generate
SummarizeTypeValue: TypeAlias = Literal["chapter", "highlight", "summary"]
GistTypeValue: TypeAlias = Literal["hashtag", "title", "topic"]

# embed
EmbeddingOptionValue: TypeAlias = Literal["audio", "transcription", "visual", "visual-text"]
EmbeddingScopeValue: TypeAlias = Literal["clip", "video"]
EmbedTaskStatusFilterValue: TypeAlias = Literal["failed", "processing", "ready"]
TextTruncateValue: TypeAlias = Literal["end", "none", "start"]
EmbedV2InputTypeValue: TypeAlias = Literal[
    "audio", "image", "multi_input", "text", "text_image", "video"
]
EmbedV2TaskInputTypeValue: TypeAlias = Literal["audio", "document", "image", "video"]

# analyze
AnalysisModeValue: TypeAlias = Literal["general", "time_based_metadata"]
AnalyzeTaskStatusFilterValue: TypeAlias = Literal[
    "canceled", "failed", "pending", "processing", "queued", "ready"
]

# assets, multipart uploads, indexed assets
AssetTypeValue: TypeAlias = Literal["audio", "document", "image", "video"]
MultipartMediaTypeValue: TypeAlias = Literal["audio", "image", "video"]
TranscriptionGranularityValue: TypeAlias = Literal["sentences", "utterances", "words"]
IndexedAssetStatusFilterValue: TypeAlias = Literal[
    "failed", "indexing", "pending", "queued", "ready", "validating"
]

# indexes, tasks, videos
IndexAddonValue: TypeAlias = Literal["thumbnail"]
ModelOptionValue: TypeAlias = Literal["audio", "visual"]
ModelFamilyValue: TypeAlias = Literal["marengo", "pegasus"]
SortByValue: TypeAlias = Literal["created_at", "updated_at"]
SortOptionValue: TypeAlias = Literal["asc", "desc"]
TaskStatusFilterValue: TypeAlias = Literal[
    "failed", "indexing", "pending", "queued", "ready", "uploading", "validating"
]


class IndexModelParam(TypedDict):
    """One model of ``indexes.create(models=[...])``, as a dict:
    ``{"model_name": "marengo2.7", "model_options": ["visual", "audio"]}``."""

    model_name: str
    #: An open set, like model names: ``"visual"`` and/or ``"audio"`` today. ``"transcription"``
    #: is a search and embedding option, not a model option (the API refuses it here).
    model_options: Sequence[str]
