from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, repr_value

if TYPE_CHECKING:
    from ..models.user_metadata import UserMetadata


T = TypeVar("T", bound="SearchClip")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "start",
        "end",
        "video_id",
        "score",
        "confidence",
        "thumbnail_url",
        "transcription",
        "user_metadata",
        "rank",
    }
)


@_attrs_define(repr=False)
class SearchClip:
    """One matching segment of a video."""

    start: float
    """ Seconds. """
    end: float
    """ Seconds. """
    video_id: str
    score: float | Unset = UNSET
    """ Relevance, roughly 0 to 100. Sent by older servers and Marengo 2.7; the live API
    sends `rank` instead (removed 2026-03-31).
     """
    confidence: str | Unset = UNSET
    """ Confidence bucket such as high, medium or low (kept a free string). Sent by older
    servers only (removed 2026-03-31).
     """
    thumbnail_url: str | Unset = UNSET
    """ Short-lived thumbnail link; only with the thumbnail addon. """
    transcription: str | Unset = UNSET
    user_metadata: UserMetadata | Unset = UNSET
    """ Custom key/value pairs attached to a video. Values are strings, numbers or booleans.
     """
    rank: int | Unset = UNSET
    """ Position of the match, 1 being the most relevant (the live API sends this instead of
    `score` and `confidence`).
     """
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
                ("start", self.start),
                ("end", self.end),
                ("video_id", self.video_id),
                ("score", self.score),
                ("confidence", self.confidence),
                ("thumbnail_url", self.thumbnail_url),
                ("transcription", self.transcription),
                ("user_metadata", self.user_metadata),
                ("rank", self.rank),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        video_id = self.video_id

        score = self.score

        confidence = self.confidence

        thumbnail_url = self.thumbnail_url

        transcription = self.transcription

        user_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_metadata, Unset):
            user_metadata = self.user_metadata.to_dict()

        rank = self.rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "video_id": video_id,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if user_metadata is not UNSET:
            field_dict["user_metadata"] = user_metadata
        if rank is not UNSET:
            field_dict["rank"] = rank

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start = d["start"]

        end = d["end"]

        video_id = d["video_id"]

        score = d.get("score", UNSET)

        confidence = d.get("confidence", UNSET)

        thumbnail_url = d.get("thumbnail_url", UNSET)

        transcription = d.get("transcription", UNSET)

        _user_metadata = d.get("user_metadata", UNSET)
        user_metadata: UserMetadata | Unset
        if isinstance(_user_metadata, Unset):
            user_metadata = UNSET
        else:
            user_metadata = UserMetadata.from_dict(_user_metadata)

        rank = d.get("rank", UNSET)

        search_clip = cls(
            start,
            end,
            video_id,
            score,
            confidence,
            thumbnail_url,
            transcription,
            user_metadata,
            rank,
        )

        if not _KNOWN_KEYS.issuperset(d):
            search_clip.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return search_clip

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
from ..models.user_metadata import UserMetadata  # noqa: E402
