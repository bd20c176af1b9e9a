from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.group_by import GroupBy
from ..models.operator import Operator
from ..models.query_media_type import QueryMediaType
from ..models.search_option import SearchOption
from ..models.search_sort_option import SearchSortOption
from ..models.threshold import Threshold
from ..models.transcription_option import TranscriptionOption
from ..types import UNSET, File, FileTypes, Unset, repr_value

T = TypeVar("T", bound="SearchRequest")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "index_id",
        "search_options",
        "transcription_options",
        "query_text",
        "query_media_type",
        "query_media_url",
        "query_media_file",
        "adjust_confidence_level",
        "group_by",
        "threshold",
        "sort_option",
        "operator",
        "page_limit",
        "filter",
        "include_user_metadata",
    }
)


@_attrs_define(repr=False)
class SearchRequest:
    index_id: str
    """ Index to search. """
    search_options: list[SearchOption]
    """ Sources of information to match against; one form part per value. `visual` and
    `audio` must be among the index's model options; `transcription` is not a model
    option and works on any Marengo 3.0 index.
     """
    transcription_options: list[TranscriptionOption] | Unset = UNSET
    """ How `transcription` matches, one form part per value: `lexical` (the exact words)
    and/or `semantic` (the meaning). Only used with the `transcription` search option;
    the server uses both when omitted.
     """
    query_text: str | Unset = UNSET
    """ Text query (Marengo 2.7 reads at most 77 tokens, Marengo 3.0 500). An entity id
    written as `<@entity_id>` searches for that entity.
     """
    query_media_type: QueryMediaType | Unset = UNSET
    """ Kind of media used as a query; needed whenever a query image is given. """
    query_media_url: list[str] | str | Unset = UNSET
    """ Public URL of a query image, or up to 10 of them (one form part each). Wins over
    `query_media_file`.
     """
    query_media_file: File | list[File] | Unset = UNSET
    """ Query image as an uploaded file, or up to 10 of them (one form part each). """
    adjust_confidence_level: float | Unset = UNSET
    """ Minimum confidence a match must reach. The server uses 0.5 when omitted. Removed
    from the API on 2026-03-31: older servers honour it, the live API ignores it.
     """
    group_by: GroupBy | Unset = UNSET
    """ How search results are arranged: `clip` gives a flat list of segments (the server's
    choice when omitted), `video` gives one entry per video holding its clips.
     """
    threshold: Threshold | Unset = UNSET
    """ Lowest confidence bucket a result may have to be returned. The server uses `low` when
    omitted.
     """
    sort_option: SearchSortOption | Unset = UNSET
    """ Result order: `score` (relevance, the server's choice when omitted) or `clip_count`
    (number of matching clips per video; only with grouping by video).
     """
    operator: Operator | Unset = UNSET
    """ How several search options combine: `or` (any may match, the server's choice when
    omitted) or `and` (all must match).
     """
    page_limit: int | Unset = UNSET
    """ Results per page, at most 50. The server uses 10 when omitted. """
    filter_: str | Unset = UNSET
    """ JSON-encoded object restricting which videos are searched, e.g.
    `{"id": [...], "duration": {"gte": 60}}` or user-metadata keys.
     """
    include_user_metadata: bool | Unset = UNSET
    """ Include each video's user metadata in the results (newer addition). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        try:
            shown = self._repr_fields()
        except RecursionError:  # a free-form value the API nested hundreds of levels deep
            shown = ["...nested too deeply to show..."]
        return f"{type(self).__name__}({', '.join(shown)})"

    def _repr_fields(self) -> list[str]:
        return [
            f"{name}={repr_value(value)}"
            for name, value in (
                ("index_id", self.index_id),
                ("search_options", self.search_options),
                ("transcription_options", self.transcription_options),
                ("query_text", self.query_text),
                ("query_media_type", self.query_media_type),
                ("query_media_url", self.query_media_url),
                ("query_media_file", self.query_media_file),
                ("adjust_confidence_level", self.adjust_confidence_level),
                ("group_by", self.group_by),
                ("threshold", self.threshold),
                ("sort_option", self.sort_option),
                ("operator", self.operator),
                ("page_limit", self.page_limit),
                ("filter_", self.filter_),
                ("include_user_metadata", self.include_user_metadata),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        index_id = self.index_id

        search_options = []
        for search_options_item_data in self.search_options:
            search_options_item = search_options_item_data.value
            search_options.append(search_options_item)

        transcription_options: list[str] | Unset = UNSET
        if not isinstance(self.transcription_options, Unset):
            transcription_options = []
            for transcription_options_item_data in self.transcription_options:
                transcription_options_item = transcription_options_item_data.value
                transcription_options.append(transcription_options_item)

        query_text = self.query_text

        query_media_type: str | Unset = UNSET
        if not isinstance(self.query_media_type, Unset):
            query_media_type = self.query_media_type.value

        query_media_url: list[str] | str | Unset
        if isinstance(self.query_media_url, Unset):
            query_media_url = UNSET
        elif isinstance(self.query_media_url, list):
            query_media_url = self.query_media_url

        else:
            query_media_url = self.query_media_url

        query_media_file: FileTypes | list[FileTypes] | Unset
        if isinstance(self.query_media_file, Unset):
            query_media_file = UNSET
        elif isinstance(self.query_media_file, File):
            query_media_file = self.query_media_file.to_tuple()

        else:
            query_media_file = []
            for query_media_file_type_1_item_data in self.query_media_file:
                query_media_file_type_1_item = query_media_file_type_1_item_data.to_tuple()

                query_media_file.append(query_media_file_type_1_item)

        adjust_confidence_level = self.adjust_confidence_level

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by.value

        threshold: str | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold.value

        sort_option: str | Unset = UNSET
        if not isinstance(self.sort_option, Unset):
            sort_option = self.sort_option.value

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        page_limit = self.page_limit

        filter_ = self.filter_

        include_user_metadata = self.include_user_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index_id": index_id,
                "search_options": search_options,
            }
        )
        if transcription_options is not UNSET:
            field_dict["transcription_options"] = transcription_options
        if query_text is not UNSET:
            field_dict["query_text"] = query_text
        if query_media_type is not UNSET:
            field_dict["query_media_type"] = query_media_type
        if query_media_url is not UNSET:
            field_dict["query_media_url"] = query_media_url
        if query_media_file is not UNSET:
            field_dict["query_media_file"] = query_media_file
        if adjust_confidence_level is not UNSET:
            field_dict["adjust_confidence_level"] = adjust_confidence_level
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if sort_option is not UNSET:
            field_dict["sort_option"] = sort_option
        if operator is not UNSET:
            field_dict["operator"] = operator
        if page_limit is not UNSET:
            field_dict["page_limit"] = page_limit
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if include_user_metadata is not UNSET:
            field_dict["include_user_metadata"] = include_user_metadata

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("index_id", (None, str(self.index_id).encode(), "text/plain")))

        for search_options_item_element in self.search_options:
            files.append(("search_options", (None, str(search_options_item_element.value).encode(), "text/plain")))

        if not isinstance(self.transcription_options, Unset):
            for transcription_options_item_element in self.transcription_options:
                files.append(
                    (
                        "transcription_options",
                        (None, str(transcription_options_item_element.value).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.query_text, Unset):
            files.append(("query_text", (None, str(self.query_text).encode(), "text/plain")))

        if not isinstance(self.query_media_type, Unset):
            files.append(("query_media_type", (None, str(self.query_media_type.value).encode(), "text/plain")))

        if not isinstance(self.query_media_url, Unset):
            if isinstance(self.query_media_url, str):
                files.append(("query_media_url", (None, str(self.query_media_url).encode(), "text/plain")))
            else:
                for query_media_url_type_1_item_element in self.query_media_url:
                    files.append(
                        ("query_media_url", (None, str(query_media_url_type_1_item_element).encode(), "text/plain"))
                    )

        if not isinstance(self.query_media_file, Unset):
            if isinstance(self.query_media_file, File):
                files.append(("query_media_file", self.query_media_file.to_tuple()))
            else:
                for query_media_file_type_1_item_element in self.query_media_file:
                    files.append(("query_media_file", query_media_file_type_1_item_element.to_tuple()))

        if not isinstance(self.adjust_confidence_level, Unset):
            files.append(("adjust_confidence_level", (None, str(self.adjust_confidence_level).encode(), "text/plain")))

        if not isinstance(self.group_by, Unset):
            files.append(("group_by", (None, str(self.group_by.value).encode(), "text/plain")))

        if not isinstance(self.threshold, Unset):
            files.append(("threshold", (None, str(self.threshold.value).encode(), "text/plain")))

        if not isinstance(self.sort_option, Unset):
            files.append(("sort_option", (None, str(self.sort_option.value).encode(), "text/plain")))

        if not isinstance(self.operator, Unset):
            files.append(("operator", (None, str(self.operator.value).encode(), "text/plain")))

        if not isinstance(self.page_limit, Unset):
            files.append(("page_limit", (None, str(self.page_limit).encode(), "text/plain")))

        if not isinstance(self.filter_, Unset):
            files.append(("filter", (None, str(self.filter_).encode(), "text/plain")))

        if not isinstance(self.include_user_metadata, Unset):
            files.append(
                ("include_user_metadata", (None, b"true" if self.include_user_metadata else b"false", "text/plain"))
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        index_id = d["index_id"]

        search_options = []
        _search_options = d["search_options"]
        for search_options_item_data in _search_options:
            search_options_item = SearchOption(search_options_item_data)

            search_options.append(search_options_item)

        _transcription_options = d.get("transcription_options", UNSET)
        transcription_options: list[TranscriptionOption] | Unset = UNSET
        if _transcription_options is not UNSET:
            transcription_options = []
            for transcription_options_item_data in _transcription_options:
                transcription_options_item = TranscriptionOption(transcription_options_item_data)

                transcription_options.append(transcription_options_item)

        query_text = d.get("query_text", UNSET)

        _query_media_type = d.get("query_media_type", UNSET)
        query_media_type: QueryMediaType | Unset
        if isinstance(_query_media_type, Unset):
            query_media_type = UNSET
        else:
            query_media_type = QueryMediaType(_query_media_type)

        def _parse_query_media_url(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                query_media_url_type_1 = cast(list[str], data)

                return query_media_url_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        query_media_url = _parse_query_media_url(d.get("query_media_url", UNSET))

        def _parse_query_media_file(data: object) -> File | list[File] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bytes):
                    raise TypeError()
                query_media_file_type_0 = File(payload=BytesIO(data))

                return query_media_file_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            query_media_file_type_1 = []
            _query_media_file_type_1 = data
            for query_media_file_type_1_item_data in _query_media_file_type_1:
                query_media_file_type_1_item = File(payload=BytesIO(query_media_file_type_1_item_data))

                query_media_file_type_1.append(query_media_file_type_1_item)

            return query_media_file_type_1

        query_media_file = _parse_query_media_file(d.get("query_media_file", UNSET))

        adjust_confidence_level = d.get("adjust_confidence_level", UNSET)

        _group_by = d.get("group_by", UNSET)
        group_by: GroupBy | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = GroupBy(_group_by)

        _threshold = d.get("threshold", UNSET)
        threshold: Threshold | Unset
        if isinstance(_threshold, Unset):
            threshold = UNSET
        else:
            threshold = Threshold(_threshold)

        _sort_option = d.get("sort_option", UNSET)
        sort_option: SearchSortOption | Unset
        if isinstance(_sort_option, Unset):
            sort_option = UNSET
        else:
            sort_option = SearchSortOption(_sort_option)

        _operator = d.get("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator(_operator)

        page_limit = d.get("page_limit", UNSET)

        filter_ = d.get("filter", UNSET)

        include_user_metadata = d.get("include_user_metadata", UNSET)

        search_request = cls(
            index_id,
            search_options,
            transcription_options,
            query_text,
            query_media_type,
            query_media_url,
            query_media_file,
            adjust_confidence_level,
            group_by,
            threshold,
            sort_option,
            operator,
            page_limit,
            filter_,
            include_user_metadata,
        )

        if not _KNOWN_KEYS.issuperset(d):
            search_request.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return search_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
