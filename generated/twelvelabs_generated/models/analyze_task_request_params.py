from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_analysis_mode import KnownAnalysisMode
from ..types import UNSET, Unset, repr_value

# Open enums: value -> member, read once (an attribute of an Enum class is slow to read).
_KnownAnalysisMode_by_value = KnownAnalysisMode._value2member_map_

if TYPE_CHECKING:
    from ..models.analyze_prompt_echo import AnalyzePromptEcho
    from ..models.analyze_response_format_echo import AnalyzeResponseFormatEcho


T = TypeVar("T", bound="AnalyzeTaskRequestParams")
# The JSON names of the fields from_dict reads; any other key goes to additional_properties.
_KNOWN_KEYS = frozenset(
    {
        "analysis_mode",
        "prompt",
        "prompt_v2",
        "response_format",
        "temperature",
        "max_tokens",
        "min_segment_duration",
        "max_segment_duration",
        "start_time",
        "end_time",
    }
)


@_attrs_define(repr=False)
class AnalyzeTaskRequestParams:
    """Echo of the task's request; options that were not given are null."""

    analysis_mode: KnownAnalysisMode | str | Unset = UNSET
    """ Mode of an analysis task; unknown modes are kept as strings. """
    prompt: None | str | Unset = UNSET
    """ Cut to 30 characters in lists. Never together with `prompt_v2`. """
    prompt_v2: AnalyzePromptEcho | None | Unset = UNSET
    response_format: AnalyzeResponseFormatEcho | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_tokens: int | None | str | Unset = UNSET
    """ The token budget (`"unlimited"`: newest API).
     """
    min_segment_duration: float | None | Unset = UNSET
    max_segment_duration: float | None | Unset = UNSET
    start_time: float | None | Unset = UNSET
    end_time: float | None | Unset = UNSET
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
                ("analysis_mode", self.analysis_mode),
                ("prompt", self.prompt),
                ("prompt_v2", self.prompt_v2),
                ("response_format", self.response_format),
                ("temperature", self.temperature),
                ("max_tokens", self.max_tokens),
                ("min_segment_duration", self.min_segment_duration),
                ("max_segment_duration", self.max_segment_duration),
                ("start_time", self.start_time),
                ("end_time", self.end_time),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]

    def to_dict(self) -> dict[str, Any]:
        from ..models.analyze_prompt_echo import AnalyzePromptEcho  # noqa: PLC0415
        from ..models.analyze_response_format_echo import AnalyzeResponseFormatEcho  # noqa: PLC0415

        analysis_mode: str | Unset
        if isinstance(self.analysis_mode, Unset):
            analysis_mode = UNSET
        elif isinstance(self.analysis_mode, KnownAnalysisMode):
            analysis_mode = self.analysis_mode.value
        else:
            analysis_mode = self.analysis_mode

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        prompt_v2: dict[str, Any] | None | Unset
        if isinstance(self.prompt_v2, Unset):
            prompt_v2 = UNSET
        elif isinstance(self.prompt_v2, AnalyzePromptEcho):
            prompt_v2 = self.prompt_v2.to_dict()
        else:
            prompt_v2 = self.prompt_v2

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, AnalyzeResponseFormatEcho):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_tokens: int | None | str | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        min_segment_duration: float | None | Unset
        if isinstance(self.min_segment_duration, Unset):
            min_segment_duration = UNSET
        else:
            min_segment_duration = self.min_segment_duration

        max_segment_duration: float | None | Unset
        if isinstance(self.max_segment_duration, Unset):
            max_segment_duration = UNSET
        else:
            max_segment_duration = self.max_segment_duration

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: float | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analysis_mode is not UNSET:
            field_dict["analysis_mode"] = analysis_mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_v2 is not UNSET:
            field_dict["prompt_v2"] = prompt_v2
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if min_segment_duration is not UNSET:
            field_dict["min_segment_duration"] = min_segment_duration
        if max_segment_duration is not UNSET:
            field_dict["max_segment_duration"] = max_segment_duration
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        analysis_mode = d.get("analysis_mode", UNSET)
        if isinstance(analysis_mode, str):
            analysis_mode = _KnownAnalysisMode_by_value.get(analysis_mode, analysis_mode)

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.get("prompt", UNSET))

        def _parse_prompt_v2(data: object) -> AnalyzePromptEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_v2_type_0 = AnalyzePromptEcho.from_dict(data)

                return prompt_v2_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzePromptEcho | None | Unset, data)

        prompt_v2 = _parse_prompt_v2(d.get("prompt_v2", UNSET))

        def _parse_response_format(data: object) -> AnalyzeResponseFormatEcho | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = AnalyzeResponseFormatEcho.from_dict(data)

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalyzeResponseFormatEcho | None | Unset, data)

        response_format = _parse_response_format(d.get("response_format", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.get("temperature", UNSET))

        def _parse_max_tokens(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        max_tokens = _parse_max_tokens(d.get("max_tokens", UNSET))

        def _parse_min_segment_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_segment_duration = _parse_min_segment_duration(d.get("min_segment_duration", UNSET))

        def _parse_max_segment_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_segment_duration = _parse_max_segment_duration(d.get("max_segment_duration", UNSET))

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(d.get("start_time", UNSET))

        def _parse_end_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_time = _parse_end_time(d.get("end_time", UNSET))

        analyze_task_request_params = cls(
            analysis_mode,
            prompt,
            prompt_v2,
            response_format,
            temperature,
            max_tokens,
            min_segment_duration,
            max_segment_duration,
            start_time,
            end_time,
        )

        if not _KNOWN_KEYS.issuperset(d):
            analyze_task_request_params.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return analyze_task_request_params

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
from ..models.analyze_prompt_echo import AnalyzePromptEcho  # noqa: E402
from ..models.analyze_response_format_echo import AnalyzeResponseFormatEcho  # noqa: E402
