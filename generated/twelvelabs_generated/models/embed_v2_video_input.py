from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.embed_v2_embedding_type import EmbedV2EmbeddingType
from ..models.embed_v2_scope import EmbedV2Scope
from ..models.embed_v2_video_option import EmbedV2VideoOption
from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.dynamic_segmentation import DynamicSegmentation
    from ..models.fixed_segmentation import FixedSegmentation
    from ..models.media_source import MediaSource


T = TypeVar("T", bound="EmbedV2VideoInput")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "media_source",
        "start_sec",
        "end_sec",
        "segmentation",
        "embedding_option",
        "embedding_scope",
        "embedding_type",
    }
)


@_attrs_define(repr=False)
class EmbedV2VideoInput:
    """A video and how to embed it."""

    media_source: MediaSource
    """ Where media comes from: exactly one of a direct `url`, inline `base64_string`, or the
    id of a `ready` asset.
     """
    start_sec: float | Unset = UNSET
    """ Where processing starts, in seconds. The server uses 0 when omitted. """
    end_sec: float | Unset = UNSET
    """ Where processing stops (after `start_sec`). The server uses the end when omitted. """
    segmentation: DynamicSegmentation | FixedSegmentation | Unset = UNSET
    """ How a video is cut into clips. For Marengo 3.0 the server uses dynamic segments of at
    least 4 s when omitted.
     """
    embedding_option: list[EmbedV2VideoOption] | Unset = UNSET
    embedding_scope: list[EmbedV2Scope] | Unset = UNSET
    embedding_type: list[EmbedV2EmbeddingType] | Unset = UNSET
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
                ("media_source", self.media_source),
                ("start_sec", self.start_sec),
                ("end_sec", self.end_sec),
                ("segmentation", self.segmentation),
                ("embedding_option", self.embedding_option),
                ("embedding_scope", self.embedding_scope),
                ("embedding_type", self.embedding_type),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.fixed_segmentation import FixedSegmentation  # noqa: PLC0415

        media_source = self.media_source.to_dict()

        start_sec = self.start_sec

        end_sec = self.end_sec

        segmentation: dict[str, Any] | Unset
        if isinstance(self.segmentation, Unset):
            segmentation = UNSET
        elif isinstance(self.segmentation, FixedSegmentation):
            segmentation = self.segmentation.to_dict()
        else:
            segmentation = self.segmentation.to_dict()

        embedding_option: list[str] | Unset = UNSET
        if not isinstance(self.embedding_option, Unset):
            embedding_option = []
            for embedding_option_item_data in self.embedding_option:
                embedding_option_item = embedding_option_item_data.value
                embedding_option.append(embedding_option_item)

        embedding_scope: list[str] | Unset = UNSET
        if not isinstance(self.embedding_scope, Unset):
            embedding_scope = []
            for embedding_scope_item_data in self.embedding_scope:
                embedding_scope_item = embedding_scope_item_data.value
                embedding_scope.append(embedding_scope_item)

        embedding_type: list[str] | Unset = UNSET
        if not isinstance(self.embedding_type, Unset):
            embedding_type = []
            for embedding_type_item_data in self.embedding_type:
                embedding_type_item = embedding_type_item_data.value
                embedding_type.append(embedding_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_source": media_source,
            }
        )
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation
        if embedding_option is not UNSET:
            field_dict["embedding_option"] = embedding_option
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope
        if embedding_type is not UNSET:
            field_dict["embedding_type"] = embedding_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        media_source = MediaSource.from_dict(d["media_source"])

        start_sec = d.get("start_sec", UNSET)

        end_sec = d.get("end_sec", UNSET)

        def _parse_segmentation(data: object) -> DynamicSegmentation | FixedSegmentation | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_video_segmentation_type_0 = FixedSegmentation.from_dict(data)

                return componentsschemas_video_segmentation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_video_segmentation_type_1 = DynamicSegmentation.from_dict(data)

            return componentsschemas_video_segmentation_type_1

        segmentation = _parse_segmentation(d.get("segmentation", UNSET))

        _embedding_option = d.get("embedding_option", UNSET)
        embedding_option: list[EmbedV2VideoOption] | Unset = UNSET
        if _embedding_option is not UNSET:
            embedding_option = []
            for embedding_option_item_data in _embedding_option:
                embedding_option_item = EmbedV2VideoOption(embedding_option_item_data)

                embedding_option.append(embedding_option_item)

        _embedding_scope = d.get("embedding_scope", UNSET)
        embedding_scope: list[EmbedV2Scope] | Unset = UNSET
        if _embedding_scope is not UNSET:
            embedding_scope = []
            for embedding_scope_item_data in _embedding_scope:
                embedding_scope_item = EmbedV2Scope(embedding_scope_item_data)

                embedding_scope.append(embedding_scope_item)

        _embedding_type = d.get("embedding_type", UNSET)
        embedding_type: list[EmbedV2EmbeddingType] | Unset = UNSET
        if _embedding_type is not UNSET:
            embedding_type = []
            for embedding_type_item_data in _embedding_type:
                embedding_type_item = EmbedV2EmbeddingType(embedding_type_item_data)

                embedding_type.append(embedding_type_item)

        embed_v2_video_input = cls(
            media_source,
            start_sec,
            end_sec,
            segmentation,
            embedding_option,
            embedding_scope,
            embedding_type,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_video_input.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return embed_v2_video_input

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


# After the class, because models refer to each other: imported once, where from_dict had an
# import statement run for every object it parsed.
from ..models.dynamic_segmentation import DynamicSegmentation  # noqa: E402
from ..models.fixed_segmentation import FixedSegmentation  # noqa: E402
from ..models.media_source import MediaSource  # noqa: E402
