from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_embed_v2_option import KnownEmbedV2Option
from ..models.known_embed_v2_scope import KnownEmbedV2Scope
from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="EmbedV2Data")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "embedding",
        "embedding_option",
        "embedding_scope",
        "start_sec",
        "end_sec",
        "embedding_uncertainty",
        "start_page_number",
        "end_page_number",
        "quadrant",
        "chunk_index",
    }
)


@_attrs_define(repr=False)
class EmbedV2Data:
    """One vector (512 numbers for Marengo 3.0). Option, scope and times are null for text
    and images.

    """

    embedding: list[float]
    embedding_option: KnownEmbedV2Option | None | str | Unset = UNSET
    embedding_scope: KnownEmbedV2Scope | None | str | Unset = UNSET
    start_sec: float | None | Unset = UNSET
    end_sec: float | None | Unset = UNSET
    embedding_uncertainty: list[float] | Unset = UNSET
    """ Uncertainty per component, when asked for (newest API). """
    start_page_number: int | Unset = UNSET
    """ First PDF page of this vector, from 1 (newest API). """
    end_page_number: int | Unset = UNSET
    """ Last PDF page of this vector (newest API). """
    quadrant: str | Unset = UNSET
    """ Page quadrant such as `top_left` (newest API). """
    chunk_index: int | Unset = UNSET
    """ Text chunk of this vector, from 0 (newest API). """
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
                ("embedding", self.embedding),
                ("embedding_option", self.embedding_option),
                ("embedding_scope", self.embedding_scope),
                ("start_sec", self.start_sec),
                ("end_sec", self.end_sec),
                ("embedding_uncertainty", self.embedding_uncertainty),
                ("start_page_number", self.start_page_number),
                ("end_page_number", self.end_page_number),
                ("quadrant", self.quadrant),
                ("chunk_index", self.chunk_index),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        embedding = self.embedding

        embedding_option: None | str | Unset
        if isinstance(self.embedding_option, Unset):
            embedding_option = UNSET
        elif isinstance(self.embedding_option, KnownEmbedV2Option):
            embedding_option = self.embedding_option.value
        else:
            embedding_option = self.embedding_option

        embedding_scope: None | str | Unset
        if isinstance(self.embedding_scope, Unset):
            embedding_scope = UNSET
        elif isinstance(self.embedding_scope, KnownEmbedV2Scope):
            embedding_scope = self.embedding_scope.value
        else:
            embedding_scope = self.embedding_scope

        start_sec: float | None | Unset
        if isinstance(self.start_sec, Unset):
            start_sec = UNSET
        else:
            start_sec = self.start_sec

        end_sec: float | None | Unset
        if isinstance(self.end_sec, Unset):
            end_sec = UNSET
        else:
            end_sec = self.end_sec

        embedding_uncertainty: list[float] | Unset = UNSET
        if not isinstance(self.embedding_uncertainty, Unset):
            embedding_uncertainty = self.embedding_uncertainty

        start_page_number = self.start_page_number

        end_page_number = self.end_page_number

        quadrant = self.quadrant

        chunk_index = self.chunk_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
            }
        )
        if embedding_option is not UNSET:
            field_dict["embedding_option"] = embedding_option
        if embedding_scope is not UNSET:
            field_dict["embedding_scope"] = embedding_scope
        if start_sec is not UNSET:
            field_dict["start_sec"] = start_sec
        if end_sec is not UNSET:
            field_dict["end_sec"] = end_sec
        if embedding_uncertainty is not UNSET:
            field_dict["embedding_uncertainty"] = embedding_uncertainty
        if start_page_number is not UNSET:
            field_dict["start_page_number"] = start_page_number
        if end_page_number is not UNSET:
            field_dict["end_page_number"] = end_page_number
        if quadrant is not UNSET:
            field_dict["quadrant"] = quadrant
        if chunk_index is not UNSET:
            field_dict["chunk_index"] = chunk_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        embedding = cast(list[float], d["embedding"])

        def _parse_embedding_option(data: object) -> KnownEmbedV2Option | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_embed_v2_option_value_known_embed_v2_option = KnownEmbedV2Option(data)

                return componentsschemas_embed_v2_option_value_known_embed_v2_option
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownEmbedV2Option | None | str | Unset, data)

        embedding_option = _parse_embedding_option(d.get("embedding_option", UNSET))

        def _parse_embedding_scope(data: object) -> KnownEmbedV2Scope | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_embed_v2_scope_value_known_embed_v2_scope = KnownEmbedV2Scope(data)

                return componentsschemas_embed_v2_scope_value_known_embed_v2_scope
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KnownEmbedV2Scope | None | str | Unset, data)

        embedding_scope = _parse_embedding_scope(d.get("embedding_scope", UNSET))

        def _parse_start_sec(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_sec = _parse_start_sec(d.get("start_sec", UNSET))

        def _parse_end_sec(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_sec = _parse_end_sec(d.get("end_sec", UNSET))

        embedding_uncertainty = cast(list[float], d.get("embedding_uncertainty", UNSET))

        start_page_number = d.get("start_page_number", UNSET)

        end_page_number = d.get("end_page_number", UNSET)

        quadrant = d.get("quadrant", UNSET)

        chunk_index = d.get("chunk_index", UNSET)

        embed_v2_data = cls(
            embedding,
            embedding_option,
            embedding_scope,
            start_sec,
            end_sec,
            embedding_uncertainty,
            start_page_number,
            end_page_number,
            quadrant,
            chunk_index,
        )

        if not _KNOWN_KEYS.issuperset(d):
            embed_v2_data.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return embed_v2_data

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
