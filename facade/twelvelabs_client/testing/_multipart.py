"""A streaming multipart/form-data parser (RFC 7578) for the fake API.

Text parts are kept; file parts are reduced while they stream past to what the fake needs (size,
SHA-256, the MP4 ``moov`` box, and the content itself when small), so a large upload never sits
in memory.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._media import Mp4Sniffer

_MAX_HEADER_BYTES = 16 * 1024
_MAX_TEXT_BYTES = 1024 * 1024
_KEEP_FILE_BYTES = 256 * 1024


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


@dataclass
class FilePart:
    """What the fake keeps of an uploaded file."""

    name: str
    filename: str
    content_type: str | None
    size: int = 0
    sha256: str = ""
    content: bytes | None = None
    """The bytes themselves, when at most 256 KiB."""
    moov: bytes | None = None

    def text(self) -> str | None:
        return None if self.content is None else self.content.decode("utf-8", "replace")


@dataclass
class FormData:
    fields: list[tuple[str, str]] = field(default_factory=list)
    files: list[FilePart] = field(default_factory=list)

    def names(self) -> set[str]:
        return {n for n, _ in self.fields} | {f.name for f in self.files}

    def texts(self, name: str) -> list[str]:
        return [v for n, v in self.fields if n == name]

    def text(self, name: str) -> str | None:
        """The first text value; a file part of that name stands in for a text part.

        Some SDKs sent URL and text fields twice, once more as a file part named like the
        field; the service accepted both forms, so the fake does too.
        """
        values = self.texts(name)
        if values:
            return values[0]
        part = self.file(name)
        return part.text() if part is not None else None

    def file(self, name: str) -> FilePart | None:
        for part in self.files:
            if part.name == name:
                return part
        return None


def boundary_of(content_type: str | None) -> str | None:
    """The boundary of a multipart/form-data Content-Type, else None."""
    if not content_type:
        return None
    kind, _, rest = content_type.partition(";")
    if kind.strip().lower() != "multipart/form-data":
        return None
    params = _parse_params(rest)
    boundary = params.get("boundary")
    return boundary or None


def _parse_params(text: str) -> dict[str, str]:
    """Parse `; a=1; b="x;y"` into a dict (keys lowercased, quotes and escapes removed)."""
    out: dict[str, str] = {}
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in " \t;":
            i += 1
        start = i
        while i < n and text[i] not in "=;":
            i += 1
        key = text[start:i].strip().lower()
        value = ""
        if i < n and text[i] == "=":
            i += 1
            while i < n and text[i] in " \t":
                i += 1
            if i < n and text[i] == '"':
                i += 1
                chars: list[str] = []
                while i < n and text[i] != '"':
                    if text[i] == "\\" and i + 1 < n:
                        i += 1
                    chars.append(text[i])
                    i += 1
                i += 1
                value = "".join(chars)
            else:
                start = i
                while i < n and text[i] != ";":
                    i += 1
                value = text[start:i].strip()
        if key:
            out[key] = value
    return out


class _PartSink:
    def __init__(self, headers: dict[str, str]) -> None:
        disposition = headers.get("content-disposition")
        if disposition is None:
            raise MultipartError("a part has no Content-Disposition header")
        kind, _, rest = disposition.partition(";")
        if kind.strip().lower() != "form-data":
            raise MultipartError("a part is not form-data")
        params = _parse_params(rest)
        if "name" not in params:
            raise MultipartError("a part has no name")
        self.name = params["name"]
        self.filename = params.get("filename")
        self.content_type = headers.get("content-type")
        self._buffer = bytearray()
        self._size = 0
        self._hash = hashlib.sha256()
        self._sniffer = Mp4Sniffer() if self.filename is not None else None

    def write(self, data: bytes) -> None:
        if not data:
            return
        self._size += len(data)
        if self._sniffer is None:
            if self._size > _MAX_TEXT_BYTES:
                raise MultipartError(f"the text part `{self.name}` is too large")
            self._buffer += data
            return
        self._hash.update(data)
        self._sniffer.feed(data)
        if self._size <= _KEEP_FILE_BYTES:
            self._buffer += data

    def finish(self, form: FormData) -> None:
        if self._sniffer is None:
            form.fields.append((self.name, self._buffer.decode("utf-8", "replace")))
            return
        form.files.append(
            FilePart(
                name=self.name,
                filename=self.filename or "",
                content_type=self.content_type,
                size=self._size,
                sha256=self._hash.hexdigest(),
                content=bytes(self._buffer) if self._size <= _KEEP_FILE_BYTES else None,
                moov=self._sniffer.moov,
            )
        )


def _parse_headers(block: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in block.decode("utf-8", "replace").split("\r\n"):
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise MultipartError("a part header line has no colon")
        headers[key.strip().lower()] = value.strip()
    return headers


class MultipartParser:
    """Incremental parser: ``feed`` chunks as they arrive, then ``close``."""

    def __init__(self, boundary: str) -> None:
        if not boundary or len(boundary) > 200:
            raise MultipartError("invalid multipart boundary")
        self._delimiter = b"--" + boundary.encode("latin-1")
        self._part_delimiter = b"\r\n" + self._delimiter
        self._buffer = bytearray()
        self._state = "preamble"
        self._part: _PartSink | None = None
        self.form = FormData()

    def feed(self, data: bytes) -> None:
        self._buffer += data
        while self._step():
            pass

    def _step(self) -> bool:
        buf = self._buffer
        if self._state == "preamble":
            at = buf.find(self._delimiter)
            if at < 0:
                del buf[: max(0, len(buf) - len(self._delimiter))]
                return False
            del buf[: at + len(self._delimiter)]
            self._state = "after_delimiter"
            return True
        if self._state == "after_delimiter":
            if len(buf) < 2:
                return False
            if buf[:2] == b"--":
                self._state = "done"
                buf.clear()
                return False
            end = buf.find(b"\r\n")
            if end < 0:
                if len(buf) > 1024:
                    raise MultipartError("garbage after a boundary")
                return False
            if buf[:end].strip(b" \t"):
                raise MultipartError("garbage after a boundary")
            del buf[: end + 2]
            self._state = "headers"
            return True
        if self._state == "headers":
            if buf[:2] == b"\r\n":
                headers: dict[str, str] = {}
                del buf[:2]
            else:
                end = buf.find(b"\r\n\r\n")
                if end < 0:
                    if len(buf) > _MAX_HEADER_BYTES:
                        raise MultipartError("part headers too large")
                    return False
                headers = _parse_headers(bytes(buf[:end]))
                del buf[: end + 4]
            self._part = _PartSink(headers)
            self._state = "body"
            return True
        if self._state == "body":
            assert self._part is not None
            at = buf.find(self._part_delimiter)
            if at < 0:
                safe = len(buf) - len(self._part_delimiter) + 1
                if safe > 0:
                    self._part.write(bytes(buf[:safe]))
                    del buf[:safe]
                return False
            self._part.write(bytes(buf[:at]))
            del buf[: at + len(self._part_delimiter)]
            self._part.finish(self.form)
            self._part = None
            self._state = "after_delimiter"
            return True
        buf.clear()  # "done": ignore the epilogue
        return False

    def close(self) -> FormData:
        if self._state != "done":
            raise MultipartError("the multipart body ended before its closing boundary")
        return self.form


def parse_multipart(chunks: Iterable[bytes], boundary: str) -> FormData:
    parser = MultipartParser(boundary)
    for chunk in chunks:
        parser.feed(chunk)
    return parser.close()
