from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_asset_transcription_status import KnownAssetTranscriptionStatus
from ..types import UNSET, Unbuilt, Unset, build_on_first_read, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAssetTranscriptionStatus_by_value = KnownAssetTranscriptionStatus._value2member_map_

if TYPE_CHECKING:
    from ..models.processing_error import ProcessingError
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.utterance import Utterance


T = TypeVar("T", bound="AssetTranscription")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "status",
        "words",
        "sentences",
        "utterances",
        "error",
    }
)


@_attrs_define(repr=False)
class AssetTranscription:
    status: KnownAssetTranscriptionStatus | str
    """ State of an asset transcription; unknown states are kept as strings. """
    words: list[TranscriptionSegment] | Unset = UNSET
    sentences: list[TranscriptionSegment] | Unset = UNSET
    utterances: list[Utterance] | Unset = UNSET
    error: ProcessingError | Unset = UNSET
    """ Why an asynchronous job failed or was cut short (analysis tasks, embedding tasks,
    assets). On an analysis result it may also be a warning that the output was truncated.
    The message text is not a contract.
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
                ("status", self.status),
                ("words", self.words),
                ("sentences", self.sentences),
                ("utterances", self.utterances),
                ("error", self.error),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, KnownAssetTranscriptionStatus):
            status = self.status.value
        else:
            status = self.status

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        sentences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sentences, Unset):
            sentences = []
            for sentences_item_data in self.sentences:
                sentences_item = sentences_item_data.to_dict()
                sentences.append(sentences_item)

        utterances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.utterances, Unset):
            utterances = []
            for utterances_item_data in self.utterances:
                utterances_item = utterances_item_data.to_dict()
                utterances.append(utterances_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if words is not UNSET:
            field_dict["words"] = words
        if sentences is not UNSET:
            field_dict["sentences"] = sentences
        if utterances is not UNSET:
            field_dict["utterances"] = utterances
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = d["status"]
        if isinstance(status, str):
            status = _KnownAssetTranscriptionStatus_by_value.get(status, status)

        _words = d.get("words", UNSET)
        words: list[TranscriptionSegment] | Unset = UNSET
        if _words.__class__ is list and _can_defer_words(_words):
            words = Unbuilt((_words,))
        elif _words is not UNSET:
            words = list(map(TranscriptionSegment.from_dict, _words))

        _sentences = d.get("sentences", UNSET)
        sentences: list[TranscriptionSegment] | Unset = UNSET
        if _sentences.__class__ is list and _can_defer_sentences(_sentences):
            sentences = Unbuilt((_sentences,))
        elif _sentences is not UNSET:
            sentences = list(map(TranscriptionSegment.from_dict, _sentences))

        _utterances = d.get("utterances", UNSET)
        utterances: list[Utterance] | Unset = UNSET
        if _utterances.__class__ is list and _can_defer_utterances(_utterances):
            utterances = Unbuilt((_utterances,))
        elif _utterances is not UNSET:
            utterances = list(map(Utterance.from_dict, _utterances))

        _error = d.get("error", UNSET)
        error: ProcessingError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessingError.from_dict(_error)

        asset_transcription = cls(
            status,
            words,
            sentences,
            utterances,
            error,
        )

        if not _KNOWN_KEYS.issuperset(d):
            asset_transcription.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return asset_transcription

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
from ..models.processing_error import ProcessingError  # noqa: E402
from ..models.transcription_segment import TranscriptionSegment  # noqa: E402
from ..models.utterance import Utterance  # noqa: E402


def _can_defer_words(items: list[Any]) -> bool:
    """True when TranscriptionSegment.from_dict cannot fail on any of these JSON objects, so
    AssetTranscription.words may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict:
            return False
    return True


build_on_first_read(AssetTranscription, "words", TranscriptionSegment)


def _can_defer_sentences(items: list[Any]) -> bool:
    """True when TranscriptionSegment.from_dict cannot fail on any of these JSON objects, so
    AssetTranscription.sentences may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict:
            return False
    return True


build_on_first_read(AssetTranscription, "sentences", TranscriptionSegment)


def _can_defer_utterances(items: list[Any]) -> bool:
    """True when Utterance.from_dict cannot fail on any of these JSON objects, so
    AssetTranscription.utterances may be built when first read (deferral.jinja in the generator templates)."""
    for d in items:
        if d.__class__ is not dict:
            return False
    return True


build_on_first_read(AssetTranscription, "utterances", Utterance)
