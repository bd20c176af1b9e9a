"""``client.generate``: text about a video (gist, summaries, open-ended generation).

The live API retired these routes (``/generate`` in February 2026, ``/gist`` and
``/summarize`` in March 2026): each method still sends its request, emits a
``DeprecationWarning`` naming ``client.analyze``, and a 404/410 from the route raises
``NotFoundError`` saying what to call instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack, overload

from twelvelabs_generated.api.generate import create_gist, create_summary, generate_text
from twelvelabs_generated.models import (
    Chapters,
    GeneratedText,
    GenerateRequest,
    Gist,
    GistRequest,
    GistType,
    Highlights,
    SummarizeRequest,
    SummarizeType,
    Summary,
)

from .._config import RequestKwargs
from .._operations import Awaited
from .._validation import check_enum, check_enum_list, check_text
from ..types import GistTypeValue, SummarizeTypeValue
from ._base import (
    AsyncResource,
    CallOptions,
    Request,
    Resource,
    Streamed,
    SyncResource,
    api_method,
    check_ids,
    opt_number,
    unset,
    warn_retired,
)

__all__ = ["AsyncGenerate", "Generate", "GenerateMethods"]

#: The response model for each summarize ``type`` (dispatch on what was asked, never on the body).
_SUMMARY_MODELS: dict[
    SummarizeType, Callable[[Mapping[str, Any]], Summary | Chapters | Highlights]
] = {
    SummarizeType.SUMMARY: Summary.from_dict,
    SummarizeType.CHAPTER: Chapters.from_dict,
    SummarizeType.HIGHLIGHT: Highlights.from_dict,
}


T = TypeVar("T")


def _temperature(value: float | None) -> Any:
    return opt_number("temperature", value, minimum=0, maximum=1)


def _text_request(
    video_id: str, prompt: str, temperature: float | None, *, stream: bool
) -> RequestKwargs:
    """The request of ``generate.text`` (``stream`` false) and ``generate.stream`` (true)."""
    check_ids(video_id=video_id)
    body = GenerateRequest(
        video_id=video_id,
        prompt=check_text("prompt", prompt),
        temperature=_temperature(temperature),
        stream=stream,
    )
    return generate_text.request_kwargs(body=body)


class GenerateMethods(Resource):
    """The methods of ``client.generate``, shared by :class:`Generate` and :class:`AsyncGenerate`."""

    def _computed(
        self,
        kwargs: RequestKwargs,
        from_dict: Callable[[Mapping[str, Any]], T],
        options: CallOptions,
    ) -> Request[T]:
        """A generation request: it computes text and creates nothing, so it may be repeated."""
        return self._request(kwargs, from_dict, options, safe_to_repeat=True)

    @api_method
    def gist(
        self,
        video_id: str,
        *,
        types: GistTypeValue | Sequence[GistTypeValue],
        **options: Unpack[CallOptions],
    ) -> Request[Gist]:
        """Title, topics and/or hashtags: ``types=["title", "topic", "hashtag"]`` (singular
        names; the answer has ``title``, ``topics``, ``hashtags``)."""
        warn_retired("generate.gist", "client.analyze.text", "March 2026")
        check_ids(video_id=video_id)
        body = GistRequest(video_id=video_id, types=check_enum_list("types", types, GistType))
        return self._computed(create_gist.request_kwargs(body=body), Gist.from_dict, options)

    @api_method
    def summarize(
        self,
        video_id: str,
        *,
        type: SummarizeTypeValue,
        prompt: str | None = None,
        temperature: float | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[Summary | Chapters | Highlights]:
        """A ``"summary"`` (returns :class:`Summary`), ``"chapter"`` list (:class:`Chapters`)
        or ``"highlight"`` list (:class:`Highlights`)."""
        warn_retired("generate.summarize", "client.analyze.text", "March 2026")
        check_ids(video_id=video_id)
        kind = check_enum("type", type, SummarizeType)
        body = SummarizeRequest(
            video_id=video_id,
            type_=kind,
            prompt=unset(None if prompt is None else check_text("prompt", prompt)),
            temperature=_temperature(temperature),
        )
        return self._computed(
            create_summary.request_kwargs(body=body), _SUMMARY_MODELS[kind], options
        )

    @api_method
    def text(
        self,
        video_id: str,
        *,
        prompt: str,
        temperature: float | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[GeneratedText]:
        """Open-ended text from a prompt, as one answer (sends ``"stream": false``)."""
        warn_retired("generate.text", "client.analyze.text", "February 2026")
        return self._computed(
            _text_request(video_id, prompt, temperature, stream=False),
            GeneratedText.from_dict,
            options,
        )

    @api_method
    def stream(
        self,
        video_id: str,
        *,
        prompt: str,
        temperature: float | None = None,
        **options: Unpack[CallOptions],
    ) -> Streamed:
        """Open-ended text from a prompt, streamed as it is generated (sends ``"stream": true``).

        Returns a :class:`GenerateStream`; the request is sent when its ``with`` block starts::

            with client.generate.stream(video_id, prompt="Describe the video") as stream:
                for piece in stream.text_stream():
                    print(piece, end="", flush=True)
            print(stream.generation_id, stream.usage)

        Iterating the stream itself yields the typed events (``StreamStartEvent``,
        ``StreamTextEvent``, ``StreamEndEvent``, and ``UnknownStreamEvent`` for types this
        client does not know). A ``stream_error`` event raises ``StreamError``. Leaving the
        ``with`` block closes the connection, even when you stop reading early.
        """
        warn_retired("generate.stream", "client.analyze.stream", "February 2026")
        return Streamed(
            _text_request(video_id, prompt, temperature, stream=True), options, safe_to_repeat=True
        )


class _SummarizeArgs(CallOptions, total=False):
    """The arguments of ``summarize`` after ``type`` (for the typed overloads below)."""

    prompt: str | None
    temperature: float | None


class Generate(SyncResource, GenerateMethods):
    """``client.generate``: text about a video (gist, summaries, open-ended generation)."""

    if TYPE_CHECKING:  # what ``summarize`` returns follows ``type``

        @overload
        def summarize(
            self, video_id: str, *, type: Literal["summary"], **args: Unpack[_SummarizeArgs]
        ) -> Summary: ...
        @overload
        def summarize(
            self, video_id: str, *, type: Literal["chapter"], **args: Unpack[_SummarizeArgs]
        ) -> Chapters: ...
        @overload
        def summarize(
            self, video_id: str, *, type: Literal["highlight"], **args: Unpack[_SummarizeArgs]
        ) -> Highlights: ...
        @overload
        def summarize(
            self, video_id: str, *, type: SummarizeTypeValue, **args: Unpack[_SummarizeArgs]
        ) -> Summary | Chapters | Highlights: ...
        def summarize(self, video_id: str, *, type: Any, **args: Any) -> Any: ...


class AsyncGenerate(AsyncResource, GenerateMethods):
    """``async_client.generate``: the methods of :class:`Generate`, awaited."""

    if TYPE_CHECKING:

        @overload
        def summarize(
            self, video_id: str, *, type: Literal["summary"], **args: Unpack[_SummarizeArgs]
        ) -> Awaited[Summary]: ...
        @overload
        def summarize(
            self, video_id: str, *, type: Literal["chapter"], **args: Unpack[_SummarizeArgs]
        ) -> Awaited[Chapters]: ...
        @overload
        def summarize(
            self, video_id: str, *, type: Literal["highlight"], **args: Unpack[_SummarizeArgs]
        ) -> Awaited[Highlights]: ...
        @overload
        def summarize(
            self, video_id: str, *, type: SummarizeTypeValue, **args: Unpack[_SummarizeArgs]
        ) -> Awaited[Summary | Chapters | Highlights]: ...
        def summarize(self, video_id: str, *, type: Any, **args: Any) -> Any: ...
