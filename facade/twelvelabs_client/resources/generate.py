"""``client.generate``: text about a video (gist, summaries, open-ended generation)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

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

from .._validation import check_enum, check_enum_list, check_text
from ._base import (
    AsyncResource,
    Prepared,
    Resource,
    Streamed,
    SyncResource,
    TimeoutArg,
    api_method,
    ids,
    opt_number,
    unset,
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


def _temperature(value: float | None) -> Any:
    return opt_number("temperature", value, minimum=0, maximum=1)


class GenerateMethods(Resource):
    """The methods of ``client.generate``, shared by :class:`Generate` and :class:`AsyncGenerate`."""

    @api_method
    def gist(
        self,
        video_id: str,
        *,
        types: str | Sequence[str],
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
    ) -> Prepared[Gist]:
        """Title, topics and/or hashtags: ``types=["title", "topic", "hashtag"]`` (singular
        names; the answer has ``title``, ``topics``, ``hashtags``)."""
        ids(video_id=video_id)
        body = GistRequest(video_id=video_id, types=check_enum_list("types", types, GistType))
        return self._prepare(
            create_gist._get_kwargs(body=body),
            Gist.from_dict,
            retry_safe=True,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )

    @api_method
    def summarize(
        self,
        video_id: str,
        *,
        type: str,
        prompt: str | None = None,
        temperature: float | None = None,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
    ) -> Prepared[Summary | Chapters | Highlights]:
        """A ``"summary"`` (returns :class:`Summary`), ``"chapter"`` list (:class:`Chapters`)
        or ``"highlight"`` list (:class:`Highlights`)."""
        ids(video_id=video_id)
        kind = check_enum("type", type, SummarizeType)
        body = SummarizeRequest(
            video_id=video_id,
            type_=kind,
            prompt=unset(None if prompt is None else check_text("prompt", prompt)),
            temperature=_temperature(temperature),
        )
        return self._prepare(
            create_summary._get_kwargs(body=body),
            _SUMMARY_MODELS[kind],
            retry_safe=True,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )

    @api_method
    def text(
        self,
        video_id: str,
        *,
        prompt: str,
        temperature: float | None = None,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
    ) -> Prepared[GeneratedText]:
        """Open-ended text from a prompt, as one answer (sends ``"stream": false``)."""
        ids(video_id=video_id)
        body = GenerateRequest(
            video_id=video_id,
            prompt=check_text("prompt", prompt),
            temperature=_temperature(temperature),
            stream=False,
        )
        return self._prepare(
            generate_text._get_kwargs(body=body),
            GeneratedText.from_dict,
            retry_safe=True,
            request_timeout=request_timeout,
            max_retries=max_retries,
        )

    @api_method
    def stream(
        self,
        video_id: str,
        *,
        prompt: str,
        temperature: float | None = None,
        request_timeout: TimeoutArg = None,
        max_retries: int | None = None,
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
        ids(video_id=video_id)
        body = GenerateRequest(
            video_id=video_id,
            prompt=check_text("prompt", prompt),
            temperature=_temperature(temperature),
            stream=True,
        )
        return Streamed(
            generate_text._get_kwargs(body=body),
            request_timeout=request_timeout,
            max_retries=max_retries,
        )


class Generate(SyncResource, GenerateMethods):
    """``client.generate``: text about a video (gist, summaries, open-ended generation)."""


class AsyncGenerate(AsyncResource, GenerateMethods):
    """``async_client.generate``: the methods of :class:`Generate`, awaited."""
