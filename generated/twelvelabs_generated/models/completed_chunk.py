from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chunk_proof_type import ChunkProofType
from ..types import UNSET, Unset, repr_value

T = TypeVar("T", bound="CompletedChunk")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "chunk_index",
        "proof",
        "proof_type",
        "chunk_size",
    }
)


@_attrs_define(repr=False)
class CompletedChunk:
    chunk_index: int
    """ Number of the chunk """
    proof: str
    """ The storage host's ETag """
    proof_type: ChunkProofType
    """ Kind of proof of an uploaded chunk. """
    chunk_size: int
    """ Bytes actually sent (less for the last chunk). """
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
                ("chunk_index", self.chunk_index),
                ("proof", self.proof),
                ("proof_type", self.proof_type),
                ("chunk_size", self.chunk_size),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        chunk_index = self.chunk_index

        proof = self.proof

        proof_type = self.proof_type.value

        chunk_size = self.chunk_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chunk_index": chunk_index,
                "proof": proof,
                "proof_type": proof_type,
                "chunk_size": chunk_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        chunk_index = d["chunk_index"]

        proof = d["proof"]

        proof_type = ChunkProofType(d["proof_type"])

        chunk_size = d["chunk_size"]

        completed_chunk = cls(
            chunk_index,
            proof,
            proof_type,
            chunk_size,
        )

        if not _KNOWN_KEYS.issuperset(d):
            completed_chunk.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return completed_chunk

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
