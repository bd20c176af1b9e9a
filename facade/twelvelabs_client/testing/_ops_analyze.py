"""Analyze (2026): ``POST /analyze`` (one JSON object, or NDJSON when ``stream`` is true or left
out) and the asynchronous ``/analyze/tasks`` with their state machine and ``cancel``.

The text is built from the media's facts (its file name, duration, frame size, and for indexed
videos their user metadata and transcript), so it is deterministic. Its length grows with the
analysed window (one timeline sentence per 10 s), which is what ``max_tokens`` cuts.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from typing import Any

from ._clock import rfc3339
from ._content import (
    describe_metadata,
    generation_uuid,
    join_words,
    key_words,
    split_pieces,
    title_from_filename,
    token_count,
    unit,
)
from ._errors import ApiError, bad_request, found, invalid, missing, not_provided
from ._ops_generate import get_generate_video, ndjson_chunks
from ._params import JsonReader, QueryReader, objects
from ._routing import Call, Route, no_query, page_response, read_page
from ._sources import Media, indexed_video, media_source
from ._state import Settings, Store
from ._wire import NDJSON_CONTENT_TYPE, Response, empty_response, json_response

MODELS = ("pegasus1.2", "pegasus1.5", "pegasus1.6")
DEFAULT_MODEL = "pegasus1.5"
"""The default of the live API (SDK 1.3.6). A request with the legacy ``video_id`` and no
``model_name`` is served as ``pegasus1.2``, the only model that ever took ``video_id``."""
BASE64_LIMIT = 30 * 1024 * 1024
TIMELINE_STEP = 10.0
TASK_STATUSES = ("queued", "pending", "processing", "ready", "failed", "canceled")
ACTIVE = ("queued", "pending", "processing")
MODES = ("general", "time_based_metadata")
TIME_FORMATS = ("seconds", "hh:mm:ss", "hh:mm:ss.fff")
UNSUPPORTED_KEYWORDS = ("minLength", "maxLength", "additionalProperties", "uniqueItems", "maxItems")
JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string", "timestamp")
STRING_FORMATS = ("uuid", "date-time", "date", "time")
SEGMENT_FIELD_TYPES = ("string", "boolean", "number", "integer", "array", "timestamp", "time_array")
RESERVED_FIELDS = ("start_time", "end_time", "metadata")
NAME = re.compile(r"^[A-Za-z0-9_]+$")
CUSTOM_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
PLACEHOLDER = re.compile(r"<@([^>]+)>")
TOKEN = re.compile(r"\w+|[^\w\s]")
TRUNCATION_WARNING = (
    "The output reached the max_tokens limit and was cut short; raise max_tokens for a "
    "complete answer."
)


# ---------------------------------------------------------------- request reading


@dataclass
class Analysis:
    """A checked analyze request (sync or task)."""

    model: str
    media: Media | None
    images: list[dict[str, Any]]
    prompt: str | None
    prompt_v2: dict[str, Any] | None
    temperature: float
    max_tokens: int | str
    response_format: dict[str, Any] | None
    start: float
    end: float
    mode: str = "general"
    min_segment: float | None = None
    max_segment: float | None = None
    given: dict[str, Any] = field(default_factory=dict)

    @property
    def prompt_text(self) -> str:
        if self.prompt is not None:
            return self.prompt
        return str((self.prompt_v2 or {}).get("input_text", ""))


def _check_named_sources(
    name: str, raw: Any, *, limit: int, media_type: bool
) -> list[dict[str, Any]]:
    if not isinstance(raw, list) or not 1 <= len(raw) <= limit:
        raise invalid(name, f"It must be an array of 1 to {limit} items.")
    seen: set[str] = set()
    out = []
    for where, item in objects(name, raw):
        label = item.get("name")
        if not isinstance(label, str) or not NAME.match(label):
            raise invalid(f"{where}.name", "Use letters, digits and underscores.")
        if label in seen:
            raise invalid(f"{where}.name", f"The name `{label}` is used twice.")
        seen.add(label)
        if media_type and item.get("media_type") != "image":
            raise invalid(f"{where}.media_type", "Use `image`.")
        given = [k for k in ("url", "asset_id", "base64_string") if item.get(k) is not None]
        if len(given) != 1:
            raise invalid(where, "Give exactly one of: url, asset_id, base64_string.")
        value = item[given[0]]
        if not isinstance(value, str) or not value:
            raise invalid(f"{where}.{given[0]}", "It must be a non-empty string.")
        if given[0] == "url" and not value.startswith("https://"):
            raise invalid(f"{where}.url", "Only https URLs are accepted.")
        extra = set(item) - {"name", "media_type", "url", "asset_id", "base64_string"}
        if extra:
            raise invalid(where, f"Unknown fields: {', '.join(sorted(extra))}.")
        out.append(dict(item))
    return out


def _check_placeholders(text: str, names: list[str], *, all_or_none: bool) -> None:
    used = set(PLACEHOLDER.findall(text))
    missing = used - set(names)
    if missing:
        raise invalid("prompt", f"`<@{sorted(missing)[0]}>` names no source of the request.")
    if all_or_none and used and used != set(names):
        raise invalid("prompt", "Name every image in the prompt with `<@name>`, or none of them.")


def _read_model(body: JsonReader, *, legacy_default: bool) -> str:
    model = body.string("model_name")
    if model is None:
        return "pegasus1.2" if legacy_default else DEFAULT_MODEL
    if model not in MODELS:
        raise invalid("model_name", f"Use one of: {', '.join(MODELS)}.")
    return model


def _read_common(store: Store, body: JsonReader, *, task: bool) -> Analysis:
    model = _read_model(body, legacy_default=not task and body.has("video_id"))
    newer = model != "pegasus1.2"
    sources = [k for k in ("video", "video_id", "image") if body.has(k)]
    if not sources:
        raise not_provided("video")
    if len(sources) > 1:
        raise invalid(sources[1], f"Give only one of `video`, `image`; `{sources[0]}` is set.")
    media: Media | None = None
    images: list[dict[str, Any]] = []
    if sources[0] == "video_id":
        if newer:
            raise invalid("video_id", "`video_id` works only with `pegasus1.2`; send `video`.")
        video_id = body.string("video_id", required=True)
        assert video_id is not None
        get_generate_video(store, video_id)
        media = indexed_video(store, video_id)
    elif sources[0] == "video":
        media = media_source(
            store, "video", body.body["video"], base64_limit=BASE64_LIMIT, tagged=True
        )
    else:
        if model != "pegasus1.6":
            raise invalid("image", "Image inputs need `pegasus1.6`.")
        images = _check_named_sources("image", body.body["image"], limit=20, media_type=False)
    prompt = body.string("prompt")
    prompt_v2 = body.obj("prompt_v2")
    if prompt is not None and prompt_v2 is not None:
        raise invalid("prompt_v2", "Give `prompt` or `prompt_v2`, not both.")
    if prompt_v2 is not None:
        if not newer:
            raise invalid("prompt_v2", "`prompt_v2` needs `pegasus1.5` or later.")
        if images:
            raise invalid("prompt_v2", "Image inputs take `prompt`, not `prompt_v2`.")
        text = prompt_v2.get("input_text")
        if not isinstance(text, str) or not text.strip():
            raise not_provided("prompt_v2.input_text")
        extra = set(prompt_v2) - {"input_text", "media_sources"}
        if extra:
            raise invalid("prompt_v2", f"Unknown fields: {', '.join(sorted(extra))}.")
        refs = prompt_v2.get("media_sources")
        names: list[str] = []
        if refs is not None:
            checked = _check_named_sources(
                "prompt_v2.media_sources", refs, limit=4, media_type=True
            )
            names = [r["name"] for r in checked]
        _check_placeholders(text, names, all_or_none=False)
    if prompt is not None:
        if not prompt.strip():
            raise invalid("prompt", "It must not be empty.")
        if model == "pegasus1.2" and token_count(prompt) > 2000:
            raise invalid("prompt", "The prompt must not exceed 2000 tokens.")
        if images:
            _check_placeholders(prompt, [i["name"] for i in images], all_or_none=True)
    temperature = body.number("temperature", 0.0, 1.0)
    start = body.number("start_time", 0.0, 1e9)
    end = body.number("end_time", 0.0, 1e9)
    if (start is not None or end is not None) and not newer:
        raise invalid("start_time" if start is not None else "end_time", "It needs `pegasus1.5`.")
    duration = media.source.info.duration if media is not None else 0.0
    window_start = start if start is not None else 0.0
    window_end = end if end is not None else duration
    if media is not None:
        minimum = 1.0 if model == "pegasus1.6" else 4.0
        if start is not None and start >= duration:
            raise invalid("start_time", f"It must be less than the duration ({duration:g} s).")
        if end is not None and end > duration:
            raise invalid("end_time", f"It must not exceed the duration ({duration:g} s).")
        if window_end <= window_start:
            raise invalid("end_time", "It must be greater than `start_time`.")
        if window_end - window_start < minimum:
            raise invalid("end_time", f"The analysed window must last at least {minimum:g} s.")
    return Analysis(
        model=model,
        media=media,
        images=images,
        prompt=prompt,
        prompt_v2=prompt_v2,
        temperature=0.2 if temperature is None else temperature,
        max_tokens=4096,
        response_format=None,
        start=window_start,
        end=window_end,
        given={k: v for k, v in body.body.items() if v is not None},
    )


def _read_max_tokens(body: JsonReader, analysis: Analysis, *, task: bool) -> None:
    raw = body.body.get("max_tokens")
    segmenting = analysis.mode == "time_based_metadata"
    default = 32768 if segmenting else 4096
    if raw is None:
        analysis.max_tokens = default
        return
    if raw == "unlimited":
        if not (task and segmenting and analysis.model == "pegasus1.6"):
            raise invalid("max_tokens", "`unlimited` needs `time_based_metadata` and `pegasus1.6`.")
        analysis.max_tokens = raw
        return
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise invalid("max_tokens", "It must be an integer.")
    if analysis.model == "pegasus1.2":
        low, high = 2, 4096
    else:
        low, high = (2048 if segmenting else 512), 98304
    if not low <= raw <= high:
        raise invalid("max_tokens", f"With {analysis.model} it must be {low} to {high}.")
    analysis.max_tokens = raw


# ---------------------------------------------------------------- JSON schema subset


def _schema_error(message: str) -> ApiError:
    return ApiError(422, "parameter_invalid", message)


def _check_schema(
    schema: Any, model: str, path: str, *, defs: dict[str, Any], place: str, depth: int = 0
) -> None:
    """``place``: ``top`` (a top-level property), ``row`` (a property of objects inside a
    top-level array's items) or ``other``, for the rule on where ``timestamp`` may stand."""
    if depth > 32:
        raise invalid("response_format.json_schema", "The schema is nested too deeply.")
    if not isinstance(schema, dict):
        raise invalid(f"response_format.json_schema{path}", "Each schema must be an object.")
    for keyword in UNSUPPORTED_KEYWORDS:
        if keyword in schema:
            raise _schema_error(f"The JSON schema keyword `{keyword}` is not supported.")
    if isinstance(schema.get("minItems"), int) and schema["minItems"] > 1:
        raise _schema_error("`minItems` may only be 0 or 1.")
    if "$ref" in schema:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/$defs/") or ref[8:] not in defs:
            raise invalid("response_format.json_schema", f"`$ref` {ref!r} is not in `$defs`.")
        return
    for sub in schema.get("anyOf", []) or []:
        _check_schema(sub, model, path, defs=defs, place=place, depth=depth + 1)
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind is not None else []
    for k in kinds:
        if k not in JSON_TYPES:
            raise invalid(f"response_format.json_schema{path}", f"Unknown type `{k}`.")
    name = path.rsplit(".", 1)[-1]
    if "timestamp" in kinds:
        if model == "pegasus1.2":
            raise invalid("response_format.json_schema", "`timestamp` needs `pegasus1.5`.")
        if place == "other":
            raise invalid(
                "response_format.json_schema",
                "`timestamp` is allowed only as a top-level property or inside the items of a "
                "top-level array.",
            )
        if schema.get("format") not in TIME_FORMATS:
            raise invalid(
                "response_format.json_schema",
                f"`timestamp` needs `format`, one of: {', '.join(TIME_FORMATS)}.",
            )
    bad_time = any(k in ("boolean", "object", "array", "null") for k in kinds) or (
        "string" in kinds and "format" in schema
    )
    if name in ("start_time", "end_time") and model != "pegasus1.2" and bad_time:
        raise invalid(
            "response_format.json_schema",
            f"`{name}` must be a number, an integer, a plain string or a timestamp.",
        )
    if "string" in kinds and "format" in schema and schema["format"] not in STRING_FORMATS:
        raise invalid("response_format.json_schema", f"Unsupported format {schema['format']!r}.")
    if "pattern" in schema:
        try:
            re.compile(schema["pattern"])
        except (re.error, TypeError):
            raise invalid(
                "response_format.json_schema", "`pattern` is not a valid regex."
            ) from None
    props = schema.get("properties") or {}
    if not isinstance(props, dict):
        raise invalid("response_format.json_schema", "`properties` must be an object.")
    for key, sub in props.items():
        inner = "top" if depth == 0 else "row" if place == "items" else "other"
        _check_schema(sub, model, f"{path}.{key}", defs=defs, place=inner, depth=depth + 1)
    if "items" in schema:
        inner = "items" if depth == 1 and place == "top" else "other"
        _check_schema(schema["items"], model, f"{path}[]", defs=defs, place=inner, depth=depth + 1)


def check_json_schema(response_format: Any, model: str, *, task: bool) -> dict[str, Any]:
    if not isinstance(response_format, dict):
        raise invalid("response_format", "It must be an object.")
    kind = response_format.get("type")
    kinds = ("json_schema", "segment_definitions") if task else ("json_schema",)
    if kind not in kinds:
        raise invalid("response_format.type", f"Use one of: {', '.join(kinds)}.")
    if kind == "json_schema":
        schema = response_format.get("json_schema")
        if schema is None:
            raise not_provided("response_format.json_schema")
        if not isinstance(schema, dict):
            raise invalid("response_format.json_schema", "It must be an object.")
        defs = schema.get("$defs") or {}
        for sub in defs.values() if isinstance(defs, dict) else []:
            _check_schema(sub, model, "", defs=defs, place="other", depth=1)
        _check_schema(schema, model, "", defs=defs, place="root")
    return response_format


def _clock_text(seconds: float, fmt: str) -> str | float:
    if fmt == "seconds":
        return round(seconds, 3)
    whole = int(seconds)
    text = f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
    if fmt == "hh:mm:ss.fff":
        text += f".{round((seconds - whole) * 1000) % 1000:03d}"
    return text


class Facts:
    """What the generated text says about the analysed media."""

    def __init__(self, analysis: Analysis, seed: str) -> None:
        self.analysis = analysis
        self.seed = seed
        media = analysis.media
        if media is not None:
            self.title = title_from_filename(media.source.filename)
            self.metadata = dict(media.user_metadata)
            self.transcript = media.transcript or ""
            self.size = f"{media.source.info.width}x{media.source.info.height}"
        else:
            names = [i["name"] for i in analysis.images]
            self.title = title_from_filename("_".join(names)) if names else "Untitled Image"
            self.metadata, self.transcript, self.size = {}, "", ""
        material = " ".join([self.title, *map(str, self.metadata.values()), self.transcript])
        self.keywords = key_words(material, 6) or ["scene"]

    @property
    def span(self) -> float:
        return self.analysis.end - self.analysis.start

    def word(self, *parts: object) -> str:
        return self.keywords[int(unit(self.seed, *parts) * len(self.keywords))]

    def answer(self) -> str:
        a = self.analysis
        prompt = a.prompt_text
        if a.media is None:
            listed = join_words(i["name"] for i in a.images)
            return (
                f'In answer to "{prompt[:200]}": the {len(a.images)} image(s) ({listed}) show '
                f"{join_words(self.keywords[:3])}."
            )
        text = (
            f'In answer to "{prompt[:200]}": "{self.title}" is analysed from '
            f"{a.start:.1f} s to {a.end:.1f} s ({self.span:.1f} s, {self.size})."
            f"{describe_metadata(self.metadata)}"
        )
        if self.transcript:
            text += f' Someone in it says: "{self.transcript[:200]}".'
        refs = (a.prompt_v2 or {}).get("media_sources") or []
        if refs:
            text += f" It is compared with {join_words(r['name'] for r in refs)}."
        text += f" Its main themes are {join_words(self.keywords)}."
        t = a.start
        while t < a.end:
            stop = min(a.end, t + TIMELINE_STEP)
            text += f" From {t:.0f} s to {stop:.0f} s the focus is on {self.word('line', t)}."
            t = stop
        return text

    # JSON documents for json_schema --------------------------------------------------

    def document(self, schema: dict[str, Any]) -> Any:
        defs = schema.get("$defs") or {}
        return self._value(schema, defs, "", 0, None)

    def _value(
        self, schema: dict[str, Any], defs: dict[str, Any], name: str, n: int, row: Any
    ) -> Any:
        if "$ref" in schema:
            return self._value(defs[schema["$ref"][8:]], defs, name, n, row)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            options = schema["enum"]
            return options[int(unit(self.seed, "enum", name, n) * len(options))]
        if schema.get("anyOf"):
            return self._value(schema["anyOf"][0], defs, name, n, row)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        bounds = row if isinstance(row, tuple) else (self.analysis.start, self.analysis.end)
        if name in ("start_time", "end_time") and kind in ("number", "integer", "string"):
            seconds = bounds[0] if name == "start_time" else bounds[1]
            if kind == "integer":
                return round(seconds)
            if kind == "string":
                return _clock_text(seconds, "hh:mm:ss.fff")
            return round(seconds, 3)
        if kind == "timestamp":
            return _clock_text(bounds[0] if name != "end_time" else bounds[1], schema["format"])
        if kind == "object":
            return self._object(schema, defs, n, row)
        if kind == "array":
            return self._array(schema, defs, name)
        if kind == "string":
            return self._string(schema, name, n)
        if kind in ("integer", "number"):
            return self._number(schema, kind, name, n)
        if kind == "boolean":
            return unit(self.seed, "bool", name, n) < 0.5
        if kind == "null":
            return None
        return self.answer()[:120]

    def _object(self, schema: dict[str, Any], defs: dict[str, Any], n: int, row: Any) -> Any:
        props: dict[str, Any] = schema.get("properties") or {}
        required = [r for r in schema.get("required") or [] if r in props]
        order = list(props)
        if order and required and order[0] not in required:
            order.remove(required[0])
            order.insert(0, required[0])
        return {key: self._value(props[key], defs, key, n, row) for key in order}

    def _array(self, schema: dict[str, Any], defs: dict[str, Any], name: str) -> list[Any]:
        items = schema.get("items") or {"type": "string"}
        count = 3
        step = self.span / count if self.span else 0.0
        out = []
        for i in range(count):
            row = (self.analysis.start + i * step, self.analysis.start + (i + 1) * step)
            out.append(self._value(items, defs, name, i, row))
        return out

    def _string(self, schema: dict[str, Any], name: str, n: int) -> str:
        fmt = schema.get("format")
        if fmt == "uuid":
            return generation_uuid(self.seed, name, n)
        if fmt == "date-time":
            return "2026-01-01T00:00:00Z"
        if fmt == "date":
            return "2026-01-01"
        if fmt == "time":
            return "00:00:00"
        lowered = name.lower()
        if "title" in lowered or lowered == "name":
            candidates = [self.title]
        elif any(w in lowered for w in ("summary", "description", "text", "answer")):
            candidates = [self.answer()[:300]]
        else:
            candidates = [self.word("str", name, n)]
        pattern = schema.get("pattern")
        if pattern is None:
            return candidates[0]
        candidates += [*self.keywords, self.title, "0", "a", "A", "a1", "2026-01-01"]
        for candidate in candidates:
            if re.search(pattern, candidate):
                return candidate
        return candidates[0]

    def _number(self, schema: dict[str, Any], kind: str, name: str, n: int) -> int | float:
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        low_f = float(low) if isinstance(low, int | float) else 0.0
        high_f = float(high) if isinstance(high, int | float) else low_f + 10.0
        if "exclusiveMinimum" in schema and "minimum" not in schema:
            low_f += 1.0 if kind == "integer" else 1e-3
        if "exclusiveMaximum" in schema and "maximum" not in schema:
            high_f -= 1.0 if kind == "integer" else 1e-3
        if high_f < low_f:
            high_f = low_f
        value = low_f + (high_f - low_f) * unit(self.seed, "num", name, n)
        if kind == "integer":
            return max(math.ceil(low_f), min(math.floor(high_f), round(value)))
        return round(value, 3)


def segments_document(analysis: Analysis, facts: Facts) -> dict[str, Any]:
    """The ``time_based_metadata`` result: per definition id, the segments it found."""
    fmt = (analysis.response_format or {}).get("segment_time_format", "seconds")
    out: dict[str, Any] = {}
    for definition in (analysis.response_format or {}).get("segment_definitions", []):
        ranges = definition.get("time_ranges")
        if ranges:
            bounds = [(float(r["start_time"]), float(r["end_time"])) for r in ranges]
        else:
            low = analysis.min_segment or 4.0
            high = max(low, analysis.max_segment or max(low, 12.0))
            bounds = []
            t = analysis.start
            while analysis.end - t >= low:
                length = low + (high - low) * unit(facts.seed, definition["id"], t)
                bounds.append((t, min(analysis.end, t + length)))
                t += length
        rows = []
        for n, (start, end) in enumerate(bounds):
            if n and unit(facts.seed, "keep", definition["id"], n) < 0.3:
                continue
            metadata = {
                f["name"]: _segment_field(facts, f, n, (start, end))
                for f in definition.get("fields", [])
            }
            rows.append(
                {
                    "start_time": _clock_text(start, fmt),
                    "end_time": _clock_text(end, fmt),
                    "metadata": metadata,
                }
            )
        out[definition["id"]] = rows
    return out


def _segment_field(facts: Facts, spec: dict[str, Any], n: int, row: tuple[float, float]) -> Any:
    kind = spec["type"]
    if spec.get("enum"):
        return spec["enum"][int(unit(facts.seed, spec["name"], n) * len(spec["enum"]))]
    if kind == "timestamp":
        return _clock_text(row[0], spec["format"])
    if kind == "array":
        item = {"type": (spec.get("items") or {}).get("type", "string")}
        if item["type"] == "object":
            return [{"start_time": row[0], "end_time": row[1]}]
        return [facts._value(item, {}, spec["name"], i, row) for i in range(2)]
    if kind == "time_array":
        return [{"start_time": round(row[0], 3), "end_time": round(row[1], 3)}]
    return facts._value({"type": kind}, {}, spec["name"], n, row)


# ---------------------------------------------------------------- results


@dataclass
class Output:
    generation_id: str
    data: str
    finish_reason: str
    usage: dict[str, int]
    warning: str | None

    def result(self, id_key: str) -> dict[str, Any]:
        """The generation as a body shows it (``id_key`` names its id)."""
        return {
            id_key: self.generation_id,
            "data": self.data,
            "finish_reason": self.finish_reason,
            "usage": self.usage,
        }

    def warn(self, body: dict[str, Any]) -> dict[str, Any]:
        """``body`` with the warning of a cut answer as its ``error``."""
        if self.warning is not None:
            body["error"] = {"message": self.warning}
        return body


def _cut(text: str, limit: int | str) -> tuple[str, bool]:
    if not isinstance(limit, int):
        return text, False
    tokens = list(TOKEN.finditer(text))
    if len(tokens) <= limit:
        return text, False
    return text[: tokens[limit - 1].end()], True


def produce(analysis: Analysis, seed: str, generation_id: str) -> Output:
    facts = Facts(analysis, seed)
    fmt = analysis.response_format
    if analysis.mode == "time_based_metadata":
        full = json.dumps(segments_document(analysis, facts), separators=(",", ":"))
    elif fmt is not None and fmt.get("type") == "json_schema":
        full = json.dumps(facts.document(fmt["json_schema"]), separators=(",", ":"))
    else:
        full = facts.answer()
    data, cut = _cut(full, analysis.max_tokens)
    input_tokens = (
        token_count(analysis.prompt_text) + int(facts.span * 8) + 258 * len(analysis.images)
    )
    return Output(
        generation_id=generation_id,
        data=data,
        finish_reason="length" if cut else "stop",
        usage={"output_tokens": token_count(data), "input_tokens": input_tokens},
        warning=TRUNCATION_WARNING if cut else None,
    )


def _seed_of(analysis: Analysis) -> str:
    media = analysis.media
    key = media.source.fingerprint if media else json.dumps(analysis.images, sort_keys=True)
    return f"{key}|{analysis.model}|{analysis.prompt_text}"


# ---------------------------------------------------------------- POST /analyze

SYNC_FIELDS = {
    "model_name",
    "video_id",
    "video",
    "image",
    "prompt",
    "prompt_v2",
    "temperature",
    "stream",
    "response_format",
    "max_tokens",
    "start_time",
    "end_time",
}


def analyze(call: Call) -> Response:
    store = call.store
    no_query(call)
    body = JsonReader(call.json, SYNC_FIELDS)
    stream = body.boolean("stream")
    analysis = _read_common(store, body, task=False)
    if analysis.prompt is None and analysis.prompt_v2 is None:
        raise bad_request("parameter_not_provided", "Give a `prompt` or a `prompt_v2`.")
    if analysis.media is not None and analysis.end - analysis.start > 3600.0:
        raise bad_request(
            "video_duration_too_long",
            "Sync analysis takes up to 1 hour of video; use `/analyze/tasks` for longer ones.",
        )
    if body.has("response_format"):
        analysis.response_format = check_json_schema(
            body.body["response_format"], analysis.model, task=False
        )
    _read_max_tokens(body, analysis, task=False)
    generation_id = generation_uuid("analyze", _seed_of(analysis), store.next_seq())
    out = produce(analysis, _seed_of(analysis), generation_id)
    if stream is False:
        return json_response(200, out.warn(out.result("id")))
    fault = call.faults.take(("stream_error",), "POST", "/analyze", call.request.path)
    return Response(
        status=200,
        headers=[("Content-Type", NDJSON_CONTENT_TYPE)],
        chunks=ndjson_chunks(stream_events(out, broken=fault is not None), generation_id),
        streamed=True,
    )


def stream_events(out: Output, *, broken: bool = False) -> list[dict[str, Any]]:
    """``stream_start``, text fragments, ``stream_end``; ``broken``: the connection ends after
    two fragments, without ``stream_end`` (the API defines no in-stream error event)."""
    events: list[dict[str, Any]] = [
        {"event_type": "stream_start", "metadata": {"generation_id": out.generation_id}}
    ]
    pieces = split_pieces(out.data, out.generation_id)
    if broken:
        pieces = pieces[:2]
    events.extend({"event_type": "text_generation", "text": p} for p in pieces)
    if broken:
        return events
    end: dict[str, Any] = {
        "event_type": "stream_end",
        "finish_reason": out.finish_reason,
        "metadata": {"generation_id": out.generation_id, "usage": out.usage},
    }
    if out.warning is not None:
        end["error"] = {"message": out.warning}
    events.append(end)
    return events


# ---------------------------------------------------------------- /analyze/tasks

TASK_FIELDS = {
    "model_name",
    "custom_id",
    "video",
    "image",
    "prompt",
    "prompt_v2",
    "analysis_mode",
    "temperature",
    "max_tokens",
    "response_format",
    "min_segment_duration",
    "max_segment_duration",
    "start_time",
    "end_time",
}


@dataclass
class AnalyzeTask:
    id: str
    custom_id: str | None
    created_at: float
    seq: int
    analysis: Analysis
    output: Output
    fail_reason: str | None = None
    canceled_at: float | None = None

    def _stage(self, now: float, stage_seconds: float) -> int:
        if stage_seconds <= 0:
            return 4
        return int(max(0.0, now - self.created_at) // stage_seconds)

    def status(self, now: float, settings: Settings) -> str:
        if self.canceled_at is not None and now >= self.canceled_at:
            return "canceled"
        stage = self._stage(now, settings.stage_seconds)
        if stage < 3:
            return ACTIVE[stage]
        if stage < 4:
            return "processing"
        return "failed" if self.fail_reason is not None else "ready"

    def finished_at(self, settings: Settings) -> float:
        if self.canceled_at is not None:
            return self.canceled_at
        return self.created_at + 4 * max(settings.stage_seconds, 0.0)


def _check_segments(store: Store, analysis: Analysis, body: JsonReader) -> None:
    fmt = analysis.response_format or {}
    if fmt.get("type") != "segment_definitions":
        raise invalid("response_format.type", "`time_based_metadata` needs `segment_definitions`.")
    if fmt.get("segment_time_format", "seconds") not in TIME_FORMATS:
        raise invalid(
            "response_format.segment_time_format", f"Use one of: {', '.join(TIME_FORMATS)}."
        )
    definitions = fmt.get("segment_definitions")
    if not isinstance(definitions, list) or not 1 <= len(definitions) <= 20:
        raise invalid("response_format.segment_definitions", "Give 1 to 20 definitions.")
    windowed = body.has("start_time") or body.has("end_time")
    durations = analysis.min_segment is not None or analysis.max_segment is not None
    for where, definition in objects("response_format.segment_definitions", definitions):
        for key in ("id", "description"):
            if not isinstance(definition.get(key), str) or not definition[key]:
                raise not_provided(f"{where}.{key}")
        for m, spec in enumerate(definition.get("fields") or []):
            at = f"response_format.segment_definitions.fields[{m}]"
            if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
                raise not_provided(f"{at}.name")
            if spec["name"] in RESERVED_FIELDS:
                raise invalid(f"{at}.name", f"`{spec['name']}` is reserved.")
            if spec.get("type") not in SEGMENT_FIELD_TYPES:
                raise invalid(f"{at}.type", f"Use one of: {', '.join(SEGMENT_FIELD_TYPES)}.")
            if spec["type"] == "time_array" and analysis.model != "pegasus1.6":
                raise invalid(f"{at}.type", "`time_array` needs `pegasus1.6`.")
            if (spec["type"] == "timestamp") != ("format" in spec):
                raise invalid(
                    "response_format.segment_definitions.fields.format",
                    "`format` is required for `timestamp` fields and allowed for no other.",
                )
            if spec["type"] == "timestamp" and spec["format"] not in TIME_FORMATS:
                raise invalid(
                    "response_format.segment_definitions.fields.format", "Unknown format."
                )
            if spec.get("enum") is not None and (
                spec["type"] == "timestamp" or len(spec["enum"]) > 100
            ):
                raise invalid(f"{at}.enum", "At most 100 values, and none for timestamps.")
            if spec["type"] == "array" and not isinstance(spec.get("items"), dict):
                raise not_provided(f"{at}.items")
        ranges = definition.get("time_ranges")
        if ranges is not None:
            if windowed or durations:
                raise invalid(
                    f"{where}.time_ranges",
                    "It cannot be combined with start/end times or segment durations.",
                )
            last = -1.0
            for r in sorted(ranges, key=lambda r: r.get("start_time", 0)):
                start, end = r.get("start_time"), r.get("end_time")
                if not isinstance(start, int | float) or not isinstance(end, int | float):
                    raise not_provided(f"{where}.time_ranges.start_time")
                if end - start < 2 or start < last:
                    raise invalid(
                        f"{where}.time_ranges", "Each range lasts 2 s or more; none overlap."
                    )
                last = end


def create_task(call: Call) -> Response:
    store = call.store
    no_query(call)
    body = JsonReader(call.json, TASK_FIELDS)
    custom_id = body.body.get("custom_id")
    if custom_id is not None and (not isinstance(custom_id, str) or not CUSTOM_ID.match(custom_id)):
        raise invalid("custom_id", "Use 1 to 64 letters, digits, `_` or `-`.")
    analysis = _read_common(store, body, task=True)
    mode = body.string("analysis_mode") or "general"
    if mode not in MODES:
        raise invalid("analysis_mode", f"Use one of: {', '.join(MODES)}.")
    analysis.mode = mode
    analysis.min_segment = body.number("min_segment_duration", 2.0, 1e9)
    analysis.max_segment = body.number("max_segment_duration", 2.0, 1e9)
    if body.has("response_format"):
        analysis.response_format = check_json_schema(
            body.body["response_format"], analysis.model, task=True
        )
    if mode == "general":
        if analysis.prompt is None and analysis.prompt_v2 is None:
            raise not_provided("prompt")
        if analysis.min_segment is not None or analysis.max_segment is not None:
            raise invalid("min_segment_duration", "It needs `time_based_metadata`.")
        if (analysis.response_format or {}).get("type") == "segment_definitions":
            raise invalid(
                "response_format.type", "`segment_definitions` needs `time_based_metadata`."
            )
    else:
        if analysis.model == "pegasus1.2":
            raise invalid("analysis_mode", "`time_based_metadata` needs `pegasus1.5` or later.")
        if analysis.prompt is not None or analysis.prompt_v2 is not None:
            raise invalid("prompt", "`time_based_metadata` takes no prompt.")
        if (
            analysis.min_segment is not None
            and analysis.max_segment is not None
            and analysis.max_segment < analysis.min_segment
        ):
            raise invalid("max_segment_duration", "It must be at least `min_segment_duration`.")
        _check_segments(store, analysis, body)
    _read_max_tokens(body, analysis, task=True)
    if analysis.media is not None and analysis.end - analysis.start > 7200.0:
        raise bad_request("video_duration_too_long", "The analysed span must not exceed 2 hours.")
    task_id = store.new_id("analyze-task")
    seed = _seed_of(analysis)
    filename = analysis.media.source.filename if analysis.media else "images"
    task = AnalyzeTask(
        id=task_id,
        custom_id=custom_id,
        created_at=store.now(),
        seq=store.next_seq(),
        analysis=analysis,
        output=produce(analysis, seed, generation_uuid("analyze-task", task_id)),
        fail_reason=store.take_failure(filename),
    )
    store.analyze_tasks[task.id] = task
    return json_response(202, {"task_id": task.id, "status": "queued"})


def _request_params(task: AnalyzeTask, *, listing: bool) -> dict[str, Any]:
    a = task.analysis
    params: dict[str, Any] = {"analysis_mode": a.mode}
    if a.prompt_v2 is not None:
        v2 = dict(a.prompt_v2)
        if listing:
            v2["input_text"] = str(v2.get("input_text", ""))[:30]
        params["prompt_v2"] = v2
    else:
        params["prompt"] = a.prompt[:30] if listing and a.prompt is not None else a.prompt
    fmt = a.response_format
    if fmt is not None:
        shown = {k: v for k, v in fmt.items() if not (listing and k == "json_schema")}
        if listing and isinstance(shown.get("segment_definitions"), list):
            shown["segment_definitions"] = shown["segment_definitions"][:1]
        params["response_format"] = shown
    else:
        params["response_format"] = None
    params.update(
        temperature=a.temperature,
        max_tokens=a.max_tokens,
        min_segment_duration=a.min_segment,
        max_segment_duration=a.max_segment,
        start_time=a.given.get("start_time"),
        end_time=a.given.get("end_time"),
    )
    return params


def render_task(store: Store, task: AnalyzeTask, *, listing: bool = False) -> dict[str, Any]:
    status = task.status(store.now(), store.settings)
    media = task.analysis.media
    body: dict[str, Any] = {"task_id": task.id, "custom_id": task.custom_id}
    if media is not None:
        body["video_source"] = {
            "type": media.kind,
            "url": media.source.url,
            "asset_id": media.asset_id,
            "video_id": media.video_id,
            "index_id": media.index_id,
            "system_metadata": {"duration": media.source.info.duration},
        }
    else:
        body["video_source"] = None
    body["request_params"] = _request_params(task, listing=listing)
    body["status"] = status
    body["created_at"] = rfc3339(task.created_at, millis=False)
    if status in ("ready", "failed", "canceled"):
        body["completed_at"] = rfc3339(task.finished_at(store.settings), millis=False)
    if status == "ready":
        out = task.output
        body["result"] = out.result("generation_id")
        out.warn(body)
    elif status == "failed":
        body["error"] = {"message": task.fail_reason or "The analysis failed."}
    elif status == "canceled":
        body["error"] = {"code": "user_canceled", "message": "The task was canceled."}
    return body


def _get_task(store: Store, task_id: str) -> AnalyzeTask:
    return found(store.analyze_tasks, task_id, AnalyzeTask, missing("analyze task", task_id))


def list_tasks(call: Call) -> Response:
    store = call.store
    q = QueryReader(
        call.query,
        {"page", "page_limit", "status", "video_url", "asset_id", "video_id", "analysis_mode"},
    )
    q.check_unknown()
    page, limit = read_page(q)
    status = q.choice("status", TASK_STATUSES)
    video_url = q.string("video_url")
    asset_id = q.string("asset_id")
    video_id = q.string("video_id")
    mode = q.choice("analysis_mode", MODES)
    now = store.now()

    def keep(task: AnalyzeTask) -> bool:
        media = task.analysis.media
        return (
            (status is None or task.status(now, store.settings) == status)
            and (video_url is None or (media is not None and media.source.url == video_url))
            and (asset_id is None or (media is not None and media.asset_id == asset_id))
            and (video_id is None or (media is not None and media.video_id == video_id))
            and (mode is None or task.analysis.mode == mode)
        )

    found = sorted(
        (t for t in store.analyze_tasks.values() if keep(t)),
        key=lambda t: (t.created_at, t.seq),
        reverse=True,
    )
    return page_response(found, page, limit, lambda t: render_task(store, t, listing=True))


def retrieve_task(call: Call) -> Response:
    no_query(call)
    return json_response(
        200, render_task(call.store, _get_task(call.store, call.params["task_id"]))
    )


def delete_task(call: Call) -> Response:
    store = call.store
    no_query(call)
    task = _get_task(store, call.params["task_id"])
    status = task.status(store.now(), store.settings)
    if status in ACTIVE:
        raise ApiError(
            409,
            "task_in_progress",
            "The task is still being processed; cancel it or wait until it ends.",
            docs_url=None,
            details={"status": status},
        )
    del store.analyze_tasks[task.id]
    return empty_response(200)


def cancel_task(call: Call) -> Response:
    store = call.store
    no_query(call)
    task = _get_task(store, call.params["task_id"])
    status = task.status(store.now(), store.settings)
    if status in ("ready", "failed"):
        raise ApiError(
            409,
            "task_not_cancelable",
            f"The task has already ended with status `{status}`.",
            docs_url=None,
            details={"status": status},
        )
    if task.canceled_at is None:
        task.canceled_at = store.now()
    return json_response(200, {"task_id": task.id, "status": "canceled"})


ROUTES = [
    Route("POST", "/analyze", "analyze", analyze, "json"),
    Route("POST", "/analyze/tasks", "create_analyze_task", create_task, "json", "envelope"),
    Route("GET", "/analyze/tasks", "list_analyze_tasks", list_tasks),
    Route(
        "GET", "/analyze/tasks/{task_id}", "retrieve_analyze_task", retrieve_task, None, "envelope"
    ),
    Route(
        "DELETE", "/analyze/tasks/{task_id}", "delete_analyze_task", delete_task, None, "envelope"
    ),
    Route(
        "POST",
        "/analyze/tasks/{task_id}/cancel",
        "cancel_analyze_task",
        cancel_task,
        None,
        "envelope",
    ),
]
