"""Streamed generation: an NDJSON decoder and the stream object ``generate.stream`` returns.

``POST /generate`` with ``"stream": true`` answers with newline-delimited JSON, one event per
line: ``stream_start`` (with the generation id), any number of ``text_generation`` pieces, and
``stream_end`` (with the generation id and token usage). Network chunks do not respect line
boundaries, so :class:`NDJSONDecoder` buffers bytes and yields whole objects. It accepts blank
lines, ``\\r\\n``, an object split across chunks, several objects in one chunk (or on one
line), and a last line without a newline; a line that is not a JSON object (or a known event
the models cannot read, once nulls are taken as absent) raises :class:`~.errors.StreamDecodeError`
instead of being dropped.

:class:`GenerateStream` turns the objects into the generated event models, passes event types
this client does not know through as :class:`UnknownStreamEvent`, and raises
:class:`~twelvelabs_client.errors.StreamError` on a ``stream_error`` event or a plain
``{"code": ..., "message": ...}`` line. Leaving its ``with`` block closes the connection, also
when the caller stopped reading early.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Self, TypeAlias, TypeVar, overload

import httpx
from twelvelabs_generated.models import (
    AnalyzeStreamEndEvent,
    StreamEndEvent,
    StreamStartEvent,
    StreamTextEvent,
)
from twelvelabs_generated.types import Unset

from ._config import CallOptions, RequestKwargs
from ._json import loads
from ._operations import Plan
from ._send import body_decoding
from .errors import (
    APITimeoutError,
    StreamDecodeError,
    StreamError,
    StreamTextTooLongError,
    TwelveLabsError,
    httpx_error,
    mask_key_header,
    scrub,
)

if TYPE_CHECKING:
    from ._async_send import AsyncSender
    from ._send import Sender

__all__ = [
    "AnalyzeStream",
    "AnalyzeStreamed",
    "AsyncAnalyzeStream",
    "AsyncGenerateStream",
    "GenerateStream",
    "NDJSONDecoder",
    "StreamEvent",
    "Streamed",
    "UnknownStreamEvent",
    "parse_stream_event",
]

#: A line longer than this without a newline is treated as a broken stream.
MAX_LINE_BYTES = 16 * 1024 * 1024
#: The most characters of text a stream keeps for ``.text`` / ``final_text()``; past it the
#: pieces are let go (a stream that never ends must not grow without bound) and those raise
#: :class:`StreamTextTooLongError`. ``text_stream()`` and the events are not limited.
MAX_KEPT_TEXT = 16 * 1024 * 1024
_SHOWN_LINE_CHARS = 200
_MAX_EVENT_DEPTH = 100


@dataclass(frozen=True)
class UnknownStreamEvent:
    """An event whose ``event_type`` this client does not know; ``raw`` is the whole object."""

    event_type: str | None
    raw: dict[str, Any] = field(repr=False)


StreamEvent: TypeAlias = (
    StreamStartEvent | StreamTextEvent | StreamEndEvent | AnalyzeStreamEndEvent | UnknownStreamEvent
)


# --------------------------------------------------------------------------- NDJSON


class NDJSONDecoder:
    """Bytes in, JSON objects out. Feed chunks with :meth:`feed`; call :meth:`close` at the end
    of the body to decode a last line that had no newline.

    Whole lines take a fast path (one ``loads`` per line). Other lines are scanned once, left
    to right, for the brackets outside strings: an object is decoded once, when the bracket
    that closes it arrives, so the work is linear in the bytes received however a server
    splits its objects (several on one line, or one over many lines: ``{"event_type":`` then
    the rest on later lines). The lines of an unfinished object and the bytes without a
    newline share the ``max_line_bytes`` cap; a stream that ends inside an object raises
    :class:`StreamDecodeError`, and so do, at once, bytes that cannot be (the start of) a JSON
    object, and an object the body decoder would refuse (``NaN``, ``Infinity``...).
    """

    def __init__(self, *, max_line_bytes: int = MAX_LINE_BYTES) -> None:
        self._buffer = bytearray()  # the bytes after the last newline
        self._partial = bytearray()  # the text so far of an object not yet complete
        self._depth = 0  # how many brackets of that object are open
        self._max_line_bytes = max_line_bytes

    def feed(self, chunk: bytes) -> Iterator[dict[str, Any]]:
        """The objects completed by ``chunk``, one at a time (a line of many concatenated
        objects is not held as a list). Consume the iterator before feeding more."""
        newline = chunk.rfind(b"\n")  # only the new bytes are searched, never the buffer again
        self._buffer += chunk
        if newline < 0:
            self._check_size()
            return
        end = len(self._buffer) - len(chunk) + newline + 1
        complete = bytes(self._buffer[:end])
        del self._buffer[:end]
        if not self._depth and complete.isspace():
            return  # only blank lines (a server may send them as keep-alives)
        for line in complete.split(b"\n"):
            if not line:
                continue
            if not self._depth:  # the fast path: one whole object on the line
                try:
                    value = loads(line)
                except ValueError:  # orjson's and json's decode errors are both ValueErrors
                    pass
                else:
                    if isinstance(value, dict):
                        yield value
                        continue
            yield from self._line(line)

    def close(self) -> Iterator[dict[str, Any]]:
        """The objects on a last line that had no newline; raises when the stream ended
        inside an object."""
        rest = bytes(self._buffer)
        self._buffer.clear()
        yield from self._line(rest)
        if self._depth:
            partial = bytes(self._partial)
            self._partial.clear()
            self._depth = 0
            raise StreamDecodeError(
                f"The stream ended in the middle of a JSON object: {_shown(partial)}",
                line=partial[:_SHOWN_LINE_CHARS],
            )

    @property
    def pending(self) -> int:
        """Bytes received that do not yet form a whole line or a whole object."""
        return len(self._partial) + len(self._buffer)

    def _line(self, line: bytes) -> Iterator[dict[str, Any]]:
        line = line.strip()
        if line:
            yield from self._scan(line)

    def _scan(self, line: bytes) -> Iterator[dict[str, Any]]:
        """The objects that end on ``line`` (stripped, not empty), each decoded once; what is
        left of an unfinished one is kept in ``_partial`` with its depth."""
        partial = self._partial
        depth = self._depth
        if depth:
            partial += b"\n"
        start = at = 0  # where the current object starts on the line, where the scan is
        size = len(line)
        match_object = _OBJECT.match
        while True:
            if not depth:  # between objects: only whitespace, then an object
                if at == size or line[at] != _OPEN_OBJECT:
                    at = _space_end(line, at)
                    if at == size:
                        break
                    if line[at] != _OPEN_OBJECT:
                        raise _not_an_object(line)
                start = at
                whole = match_object(line, at)
                if whole is not None:  # the common case: found in C, decoded once
                    at = whole.end()
                    yield _decoded(line[start:at])
                    continue
                depth, at = 1, at + 1  # it does not close on the line (or is deeper): step in
            at = _skip_end(line, at)  # strings and everything else but brackets, in C
            if at == size:  # the object goes on after a newline
                if not partial:  # it started on this line: can it be the start of one?
                    _check_start(line, line[start:])
                partial += line[start:]
                break
            byte = line[at]
            at += 1
            if byte == _QUOTE:  # a string not ending on its line (JSON strings hold no newline)
                raise _invalid(line)
            if byte in _OPENING:
                depth += 1
                if depth > _MAX_DEPTH:
                    raise _too_deep(line)
            else:
                depth -= 1
                if not depth:
                    if partial:
                        partial += line[start:at]
                        text = bytes(partial)
                        partial.clear()
                    else:
                        text = line[start:at]
                    self._depth = 0
                    yield _decoded(text)
        self._depth = depth
        self._check_size()

    def _check_size(self) -> None:
        if len(self._partial) + len(self._buffer) > self._max_line_bytes:
            start = bytes(self._partial[:_SHOWN_LINE_CHARS] or self._buffer[:_SHOWN_LINE_CHARS])
            raise StreamDecodeError(
                f"A line of the stream is longer than {self._max_line_bytes} bytes.",
                line=start,
            )


#: Deeper than this, no decoder here takes an object (orjson stops at 1,024 levels).
_MAX_DEPTH = 1024
_OPEN_OBJECT = ord("{")
_QUOTE = ord('"')
_OPENING = b"{["
#: The whitespace JSON allows between values (a line has no newline).
_SPACE = re.compile(rb"[ \t\r]*+")


def _balanced(levels: int) -> bytes:
    """A regex for a run of text that leaves the depth as it was: bytes that are neither
    brackets nor quotes, whole strings (escapes included), and bracketed groups nested up to
    ``levels`` deep (``[`` and ``{`` alike: the decoder checks which closes which). It stops
    at a bracket it cannot pair on the line, at a quote that starts a string not ending on the
    line, or at the end. Possessive everywhere: no backtracking; a group that does not close is
    given up at once, so a byte is looked at by at most ``levels + 1`` attempts (linear)."""
    run = rb'[^"\[\]{}]++|"[^"\\]*+(?:\\.[^"\\]*+)*+"'
    pattern = rb"(?:" + run + rb")*+"
    for _ in range(levels):
        pattern = rb"(?:" + run + rb"|[\[{]" + pattern + rb"[\]}])*+"
    return pattern


#: How deep the groups are that the regexes below pair in C; deeper ones, and brackets that
#: pair across lines, take a step of Python each.
_LEVELS = 6
#: Skips what cannot change the depth (see :func:`_balanced`).
_SKIP = re.compile(_balanced(_LEVELS))
#: A whole object (nested at most ``_LEVELS`` deep) on its line: found without a Python step.
_OBJECT = re.compile(rb"\{" + _balanced(_LEVELS - 1) + rb"\}")


def _space_end(line: bytes, at: int) -> int:
    match = _SPACE.match(line, at)
    assert match is not None  # `*`: it always matches
    return match.end()


def _skip_end(line: bytes, at: int) -> int:
    match = _SKIP.match(line, at)
    assert match is not None  # `*`: it always matches
    return match.end()


def _decoded(text: bytes) -> dict[str, Any]:
    """One whole object (its brackets balance), decoded as a response body would be: what the
    body decoder refuses (``NaN``, ``Infinity``, invalid UTF-8...) is refused here too."""
    try:
        value: dict[str, Any] = loads(text)  # `{` to its `}`: an object if it decodes
    except ValueError:
        raise _invalid(text) from None
    except RecursionError:  # the standard library's decoder, when orjson is not installed
        raise _too_deep(text) from None
    return value


def _check_start(line: bytes, start: bytes) -> None:
    """Raises unless ``start`` (an object's first line) can be continued into a JSON value:
    bytes that no later line can mend are refused at once, not at the end of the stream. Done
    once per object, on its first line only."""
    try:
        text = start.decode("utf-8")
    except UnicodeDecodeError:
        raise StreamDecodeError(
            f"A line of the stream is not valid UTF-8: {_shown(line)}",
            line=line[:_SHOWN_LINE_CHARS],
        ) from None
    try:
        json.JSONDecoder().raw_decode(text)  # cannot succeed: its brackets do not balance
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text):  # nothing wrong before the text ran out
            return
    except (ValueError, RecursionError):
        # Limits of this check's decoder, not of the stream's: an integer longer than int()
        # takes, nesting deeper than Python's recursion allows (orjson goes to 1,024). The
        # decode of the whole object, when it closes, decides.
        return
    raise _invalid(line)


def _checked(value: Any, line: bytes) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _not_an_object(line)
    return value


def _not_an_object(line: bytes) -> StreamDecodeError:
    return StreamDecodeError(
        f"Expected a JSON object on each line of the stream, got: {_shown(line)}",
        line=line[:_SHOWN_LINE_CHARS],
    )


def _invalid(line: bytes) -> StreamDecodeError:
    return StreamDecodeError(
        f"A line of the stream is not valid JSON: {_shown(line)}",
        line=line[:_SHOWN_LINE_CHARS],
    )


def _too_deep(line: bytes) -> StreamDecodeError:
    return StreamDecodeError(
        f"A line of the stream is nested too deeply: {_shown(line)}",
        line=line[:_SHOWN_LINE_CHARS],
    )


def _shown(line: bytes) -> str:
    text = line[:_SHOWN_LINE_CHARS].decode("utf-8", errors="replace")
    return repr(text + ("..." if len(line) > _SHOWN_LINE_CHARS else ""))


# --------------------------------------------------------------------------- events

_EVENT_MODELS: dict[str, Callable[[dict[str, Any]], StreamEvent]] = {
    "stream_start": StreamStartEvent.from_dict,
    "text_generation": StreamTextEvent.from_dict,
    "stream_end": StreamEndEvent.from_dict,
}


#: The events of ``POST /analyze``: its ``stream_end`` also carries the truncation warning.
_ANALYZE_EVENT_MODELS: dict[str, Callable[[dict[str, Any]], StreamEvent]] = {
    **_EVENT_MODELS,
    "stream_end": AnalyzeStreamEndEvent.from_dict,
}


def parse_stream_event(
    obj: dict[str, Any],
    models: dict[str, Callable[[dict[str, Any]], StreamEvent]] = _EVENT_MODELS,
) -> StreamEvent:
    """One decoded line as an event model; raises :class:`StreamError` for an error line."""
    event_type = obj.get("event_type")
    if event_type == "stream_error" or (event_type is None and ("code" in obj or "error" in obj)):
        raise _stream_error(obj)
    if isinstance(event_type, str) and event_type in models:
        return _known_event(models[event_type], obj)
    return UnknownStreamEvent(event_type if isinstance(event_type, str) else None, obj)


def _known_event(
    from_dict: Callable[[dict[str, Any]], StreamEvent], obj: dict[str, Any]
) -> StreamEvent:
    """The event model; a null where the model wants an object counts as absent, and a shape
    the model cannot take raises :class:`~.errors.StreamDecodeError` (never a bare ``TypeError``)."""
    try:
        return from_dict(obj)
    except (KeyError, TypeError, ValueError, AttributeError):
        pass
    try:
        return from_dict(_without_nulls(obj))
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        line = _encoded(obj)
        raise StreamDecodeError(
            f"A {obj.get('event_type')} event of the stream has an unexpected shape ({exc!r}): "
            f"{_shown(line)}",
            line=line[:_SHOWN_LINE_CHARS],
        ) from exc


def _without_nulls(value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict):
        if depth >= _MAX_EVENT_DEPTH:  # 900+ levels would end in RecursionError
            raise ValueError(f"the event is nested more than {_MAX_EVENT_DEPTH} levels deep")
        return {
            key: _without_nulls(item, depth + 1) for key, item in value.items() if item is not None
        }
    return value


def _encoded(obj: dict[str, Any]) -> bytes:
    """The start of ``obj`` as JSON, for an error message (also when it is nested too deeply
    for the encoder)."""
    try:
        return json.dumps(obj).encode()[:_SHOWN_LINE_CHARS]
    except (RecursionError, ValueError):
        return f"{{event_type: {obj.get('event_type')!r}, ...}}".encode()


def _stream_error(obj: dict[str, Any]) -> StreamError:
    error = obj.get("error")
    source = error if isinstance(error, dict) else obj
    message = source.get("message")
    code = source.get("code") or source.get("error_code")
    if not isinstance(message, str) or not message.strip():
        message = error if isinstance(error, str) and error else ""
    text = "The API reported an error in the middle of the generated stream"
    if message:
        text += f": {message}"
    return StreamError(text, code=str(code) if code is not None else None, event=obj)


class _StreamState:
    """What the stream has said so far (shared by the sync and async streams, no I/O)."""

    def __init__(
        self, models: dict[str, Callable[[dict[str, Any]], StreamEvent]] = _EVENT_MODELS
    ) -> None:
        self.models = models
        self.pieces: list[str] = []
        self.kept = 0  # characters of text seen; past MAX_KEPT_TEXT, pieces is emptied
        self.generation_id: str | None = None
        self.usage: Any = None
        self.finished = False
        self.end: StreamEndEvent | AnalyzeStreamEndEvent | None = None

    def handle(self, obj: dict[str, Any]) -> StreamEvent:
        event = parse_stream_event(obj, self.models)
        if isinstance(event, StreamTextEvent):
            piece = event.text
            if isinstance(piece, str) and self.kept <= MAX_KEPT_TEXT:
                self.kept += len(piece)
                if self.kept <= MAX_KEPT_TEXT:
                    self.pieces.append(piece)
                else:
                    self.pieces = []
        elif isinstance(event, StreamStartEvent | StreamEndEvent | AnalyzeStreamEndEvent):
            metadata = obj.get("metadata")
            if isinstance(metadata, dict):
                generation_id = metadata.get("generation_id")
                if isinstance(generation_id, str) and generation_id:
                    self.generation_id = generation_id
            if isinstance(event, StreamEndEvent | AnalyzeStreamEndEvent):
                self.finished = True
                self.end = event
                usage = getattr(event.metadata, "usage", None)
                if usage is not None and not isinstance(usage, Unset):
                    self.usage = usage
        return event

    def check_complete(self) -> None:
        if not self.finished:
            raise StreamError(
                "The generated stream ended before its stream_end event; the text may be "
                "incomplete. Try the request again.",
                code=None,
                event=None,
            )


def _broken(exc: httpx.HTTPError, response: httpx.Response) -> TwelveLabsError:
    request = response.request
    mask_key_header(request)  # the httpx exception, kept as __cause__, holds this request
    return httpx_error(
        exc, method=request.method, url=str(request.url), mid_stream=True, response=response
    )


class _Body:
    """A stream's body, decoded: chunks in (raw when :attr:`raw`), events out (each object
    passed to ``handle``, the stream state's).

    gzip and deflate are inflated a bounded piece at a time (as :class:`~._send.BodyReader`
    does), and after each piece the stream must have produced an event within the read
    timeout: a server that sends only newlines, keep-alive bytes or a compressed run of
    blank lines ends with :class:`APITimeoutError` instead of holding the stream open.
    """

    def __init__(
        self, response: httpx.Response, handle: Callable[[dict[str, Any]], StreamEvent]
    ) -> None:
        self.response = response
        self.handle = handle
        self.decoder = NDJSONDecoder()
        # A body already in memory (an in-memory transport) is read decoded by httpx.
        self.raw, self.inflater = (
            (False, None) if hasattr(response, "_content") else body_decoding(response)
        )
        timeout = response.request.extensions.get("timeout", {})
        read = timeout.get("read") if isinstance(timeout, dict) else None
        self.limit: float | None = read if isinstance(read, int | float) else None
        self.last = time.monotonic()

    def feed(self, chunk: bytes) -> Iterator[StreamEvent]:
        inflater = self.inflater
        for piece in (chunk,) if inflater is None else inflater.inflate(chunk):
            yield from self._events(piece)

    def close(self) -> Iterator[StreamEvent]:
        if self.inflater is not None:
            for piece in self.inflater.flush():
                yield from self._events(piece)
        for obj in self.decoder.close():
            yield self.handle(obj)

    def _events(self, piece: bytes) -> Iterator[StreamEvent]:
        handle = self.handle
        for obj in self.decoder.feed(piece):
            yield handle(obj)
            self.last = time.monotonic()  # the consumer's own time is not the server's
        if self.limit is not None and time.monotonic() - self.last > self.limit:
            request = self.response.request
            mask_key_header(request)
            raise APITimeoutError(
                f"No event arrived on the generated stream for {self.limit:g} s (the read "
                "timeout); raise request_timeout= or try again.",
                method=request.method,
                url=str(request.url),
            )


# --------------------------------------------------------------------------- sync stream


#: How a stream's response is opened: a sync or an async context manager.
ContextT = TypeVar(
    "ContextT",
    AbstractContextManager[httpx.Response],
    AbstractAsyncContextManager[httpx.Response],
)


class _StreamResults(Generic[ContextT]):
    """What a sync and an async stream share: how the response is opened (``open_response``
    gives a sync or an async context manager), what the stream has said so far, and the rules
    of reading its body (:meth:`_reading`)."""

    _event_models: dict[str, Callable[[dict[str, Any]], StreamEvent]] = _EVENT_MODELS

    def __init__(
        self, open_response: Callable[[], ContextT], *, api_key: str | None = None
    ) -> None:
        self._open_response: Callable[[], ContextT] = open_response
        self._context: ContextT | None = None
        self._response: httpx.Response | None = None
        self._state = _StreamState(self._event_models)
        self._closed = False
        self._api_key = api_key

    @contextmanager
    def _reading(self) -> Iterator[_Body]:
        """The open response's body, read under the stream's rules: a failed read is a typed
        error (the key masked), an error the server wrote is scrubbed of the key, and a body
        that ends before ``stream_end`` is a :class:`StreamError`."""
        response = self._response
        assert response is not None
        try:
            body = _Body(response, self._state.handle)  # raises for codings it cannot undo
            try:
                yield body
            except httpx.HTTPError as exc:
                raise _broken(exc, response) from exc
            self._state.check_complete()
        except StreamError as exc:  # the server's text: it may echo the key
            scrub(exc, self._api_key)
            raise

    @property
    def text(self) -> str:
        """The text received so far; :class:`StreamTextTooLongError` once it has passed
        :data:`MAX_KEPT_TEXT` characters (read such a stream with ``text_stream()``)."""
        state = self._state
        if state.kept > MAX_KEPT_TEXT:
            raise StreamTextTooLongError(
                f"The stream's text passed {MAX_KEPT_TEXT} characters, the most a stream keeps "
                "for .text and final_text(); read it piece by piece with text_stream() instead."
            )
        return "".join(state.pieces)

    @property
    def generation_id(self) -> str | None:
        return self._state.generation_id

    @property
    def usage(self) -> Any:
        return self._state.usage

    @property
    def finished(self) -> bool:
        """True once the ``stream_end`` event has arrived."""
        return self._state.finished

    @property
    def response(self) -> httpx.Response | None:
        return self._response


class GenerateStream(_StreamResults[AbstractContextManager[httpx.Response]]):
    """The events of a streamed generation; use it in a ``with`` block::

        with client.generate.stream(video_id, prompt="Describe the video") as stream:
            for event in stream:
                ...
            print(stream.text, stream.generation_id, stream.usage)

    The request is sent when the ``with`` block is entered (or on first iteration). The stream
    can be read once. ``text`` is the text received so far; ``generation_id`` and ``usage``
    are set from ``stream_start`` / ``stream_end`` when they arrive.
    """

    _events: Generator[StreamEvent, None, None] | None = None

    # -- lifecycle

    def open(self) -> Self:
        if self._closed:
            raise RuntimeError("this stream is closed; call generate.stream(...) again")
        if self._context is None:
            context = self._open_response()
            self._response = context.__enter__()
            self._context = context
        return self

    def close(self) -> None:
        """Close the connection (safe to call more than once)."""
        self._closed = True
        events, self._events = self._events, None
        if events is not None:
            events.close()  # runs the generator's cleanup if it is paused mid-stream
        self._release()

    def _release(self) -> None:
        self._closed = True
        context, self._context = self._context, None
        if context is not None:
            context.__exit__(None, None, None)

    def __enter__(self) -> Self:
        return self.open()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- reading

    def __iter__(self) -> Iterator[StreamEvent]:
        if self._events is None:
            self.open()
            self._events = self._iter_events()
        return self._events

    def text_stream(self) -> Iterator[str]:
        """Only the text pieces, as they arrive."""
        for event in self:
            if isinstance(event, StreamTextEvent) and isinstance(event.text, str) and event.text:
                yield event.text

    def final_text(self) -> str:
        """Read the rest of the stream and return the whole text."""
        for _ in self:
            pass
        return self.text

    def _iter_events(self) -> Generator[StreamEvent, None, None]:
        try:
            with self._reading() as body:
                response = body.response
                for chunk in response.iter_raw() if body.raw else response.iter_bytes():
                    yield from body.feed(chunk)
                yield from body.close()
        finally:
            self._release()

    def __repr__(self) -> str:
        return (
            f"GenerateStream(generation_id={self.generation_id!r}, "
            f"chars={self._state.kept}, finished={self.finished})"
        )


# --------------------------------------------------------------------------- async stream


class AsyncGenerateStream(_StreamResults[AbstractAsyncContextManager[httpx.Response]]):
    """The async twin of :class:`GenerateStream` (``async with`` / ``async for``)."""

    _events: AsyncGenerator[StreamEvent, None] | None = None

    async def open(self) -> Self:
        if self._closed:
            raise RuntimeError("this stream is closed; call generate.stream(...) again")
        if self._context is None:
            context = self._open_response()
            self._response = await context.__aenter__()
            self._context = context
        return self

    async def close(self) -> None:
        self._closed = True
        events, self._events = self._events, None
        if events is not None:
            await events.aclose()
        await self._release()

    async def _release(self) -> None:
        self._closed = True
        context, self._context = self._context, None
        if context is not None:
            await context.__aexit__(None, None, None)

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        if self._events is None:
            self._events = self._iter_events()
        return self._events

    async def text_stream(self) -> AsyncIterator[str]:
        async for event in self:
            if isinstance(event, StreamTextEvent) and isinstance(event.text, str) and event.text:
                yield event.text

    async def final_text(self) -> str:
        async for _ in self:
            pass
        return self.text

    async def _iter_events(self) -> AsyncGenerator[StreamEvent, None]:
        await self.open()
        try:
            with self._reading() as body:
                response = body.response
                async for chunk in response.aiter_raw() if body.raw else response.aiter_bytes():
                    for event in body.feed(chunk):
                        yield event
                for event in body.close():
                    yield event
        finally:
            await self._release()


# --------------------------------------------------------------------------- analyze streams


class _AnalyzeResults:
    """What an analyze stream adds: the ``stream_end`` event's finish reason and warning."""

    _state: _StreamState

    @property
    def finish_reason(self) -> str | None:
        """``"stop"``, ``"length"`` (cut at ``max_tokens`` or the context window), another
        value the API adds later, or ``None`` before ``stream_end``."""
        end = self._state.end
        reason = None if end is None else end.finish_reason
        if reason is None or isinstance(reason, Unset):
            return None
        return str(getattr(reason, "value", reason))

    @property
    def error(self) -> Any:
        """The API's truncation warning of ``stream_end`` (``.message``, maybe ``.code``),
        or ``None``. Not raised: the text received is still the answer."""
        end = self._state.end
        warning = getattr(end, "error", None)
        return None if warning is None or isinstance(warning, Unset) else warning


class AnalyzeStream(_AnalyzeResults, GenerateStream):
    """The events of a streamed analysis (``client.analyze.stream``); use it in a ``with``
    block like :class:`GenerateStream`. After ``stream_end``: ``finish_reason``, ``usage``
    and ``error`` (the truncation warning)."""

    _event_models = _ANALYZE_EVENT_MODELS

    def __repr__(self) -> str:
        return (
            f"AnalyzeStream(generation_id={self.generation_id!r}, "
            f"chars={self._state.kept}, finished={self.finished}, "
            f"finish_reason={self.finish_reason!r})"
        )


class AsyncAnalyzeStream(_AnalyzeResults, AsyncGenerateStream):
    """The async twin of :class:`AnalyzeStream` (``async with`` / ``async for``)."""

    _event_models = _ANALYZE_EVENT_MODELS


# --------------------------------------------------------------------------- the plan


StreamT = TypeVar("StreamT", bound=GenerateStream, covariant=True)
AsyncStreamT = TypeVar("AsyncStreamT", bound=AsyncGenerateStream, covariant=True)


@dataclass
class _StreamPlan(Plan[StreamT, AsyncStreamT]):
    """What the stream plans share: the request, and how it is opened when the stream's
    ``with`` block starts. Each plan says only which stream class reads it."""

    no_raw_response = "returns a stream, read as it arrives (the stream has the events)"

    kwargs: RequestKwargs
    options: CallOptions = field(default_factory=lambda: CallOptions())
    safe_to_repeat: bool = False

    @overload
    def _opener(self, sender: Sender) -> Callable[[], AbstractContextManager[httpx.Response]]: ...
    @overload
    def _opener(
        self, sender: AsyncSender
    ) -> Callable[[], AbstractAsyncContextManager[httpx.Response]]: ...
    def _opener(self, sender: Sender | AsyncSender) -> Callable[[], Any]:
        return lambda: sender.stream(
            self.kwargs, options=self.options, safe_to_repeat=self.safe_to_repeat
        )


@dataclass
class Streamed(_StreamPlan[GenerateStream, AsyncGenerateStream]):
    """A streamed response, opened when the stream's ``with`` block starts."""

    def run(self, sender: Sender) -> GenerateStream:
        return GenerateStream(self._opener(sender), api_key=sender._api_key)

    def arun(self, sender: AsyncSender) -> AsyncGenerateStream:
        return AsyncGenerateStream(self._opener(sender), api_key=sender._api_key)


@dataclass
class AnalyzeStreamed(_StreamPlan[AnalyzeStream, AsyncAnalyzeStream]):
    """A streamed analysis, opened when the stream's ``with`` block starts."""

    def run(self, sender: Sender) -> AnalyzeStream:
        return AnalyzeStream(self._opener(sender), api_key=sender._api_key)

    def arun(self, sender: AsyncSender) -> AsyncAnalyzeStream:
        return AsyncAnalyzeStream(self._opener(sender), api_key=sender._api_key)
