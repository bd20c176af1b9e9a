"""Turning a file argument into a multipart upload that streams from disk.

Every method that sends a file (``tasks.create``, ``embed.tasks.create``, ``embed.create``,
``search.query``) accepts the same kinds of value and hands them to :func:`file_upload`, which
checks them when the method is called and opens nothing: a path is opened only when the request
is sent (``with upload:``, done for every upload of a request by :class:`Uploads`), so a method
that is called but never run (an async call never awaited) leaves no file open.

* a path (``str`` or ``os.PathLike``): the client opens the file and closes it afterwards;
* an open binary file (``open(path, "rb")``, ``io.BytesIO``...): used as is and never closed
  by the client; it must be seekable, and the whole file is sent from its start;
* ``bytes`` / ``bytearray`` (sent with the filename ``upload``);
* a tuple ``(filename, file_or_bytes)`` or ``(filename, file_or_bytes, content_type)`` to
  choose the name and content type sent with the part.

The payload handed to httpx is a :class:`ProgressReader`. httpx's multipart encoder asks it
for its length (``tell``/``seek(0, SEEK_END)``: there is deliberately no ``fileno()``, so the
length is the one we checked, not whatever ``fstat`` says later), which keeps the
``Content-Length`` header; it then calls ``seek(0)`` and ``read(64 KiB)`` until the end, so the
body streams with constant memory. A retry rewinds with ``seek(0)``, which also resets the
progress count.
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import stat
import time
from collections.abc import Callable
from typing import IO, BinaryIO, TypeAlias, cast

from twelvelabs_generated.types import UNSET, File, Unset

from ._validation import check_callable, check_content_type, check_filename
from .errors import InvalidInputError

__all__ = [
    "DEFAULT_PROGRESS_INTERVAL",
    "MAX_SEARCH_IMAGE_BYTES",
    "MAX_VIDEO_FILE_BYTES",
    "FileInput",
    "ProgressCallback",
    "ProgressReader",
    "Upload",
    "Uploads",
    "base64_file",
    "file_upload",
]

#: Largest video the API takes as a file upload (2 GB; files beyond it must be sent by URL).
MAX_VIDEO_FILE_BYTES = 2 * 1024**3
#: Largest image accepted as a search query.
MAX_SEARCH_IMAGE_BYTES = 5 * 1024**2

#: ``progress(bytes_sent, total_bytes)``; called as the body goes out.
ProgressCallback: TypeAlias = Callable[[int, int], object]

_FileLike: TypeAlias = IO[bytes] | BinaryIO
_Content: TypeAlias = "bytes | bytearray | memoryview | _FileLike"
#: What a file argument may be.
FileInput: TypeAlias = (
    "str | os.PathLike[str] | bytes | bytearray | memoryview | _FileLike"
    " | tuple[str, _Content] | tuple[str, _Content, str]"
)

#: Minimum time between two progress calls (the last call, at 100 %, is always made).
DEFAULT_PROGRESS_INTERVAL = 0.1

_DEFAULT_FILENAME = "upload"
_FALLBACK_CONTENT_TYPE = "application/octet-stream"


class ProgressReader:
    """A read-only, seekable view of the first ``size`` bytes of a binary file.

    It reports ``(bytes_read, size)`` to ``progress`` as httpx reads the body, at most once per
    ``min_interval`` seconds, and always once when the last byte has been read. ``seek(0)``
    after some progress was reported (a retry rewinding the body) reports ``(0, size)``.
    Reads never go past ``size``, so the body always matches the ``Content-Length`` computed
    from it, even if the file grows while it is sent.
    """

    def __init__(
        self,
        raw: _FileLike | None,
        size: int,
        *,
        progress: ProgressCallback | None = None,
        min_interval: float = DEFAULT_PROGRESS_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
        name: str = _DEFAULT_FILENAME,
    ) -> None:
        self._raw = raw
        self._size = size
        self._pos = 0
        self._raw_pos: int | None = None  # where the underlying file is, when known
        self._progress = progress
        self._min_interval = min_interval
        self._clock = clock
        self._last_reported = 0
        self._last_report_time: float | None = None
        self._closed = False
        self.name = name

    # -- the file protocol httpx uses

    @property
    def size(self) -> int:
        return self._size

    @property
    def closed(self) -> bool:
        return self._closed

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def writable(self) -> bool:
        return False

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = self._pos + offset
        elif whence == os.SEEK_END:
            target = self._size + offset
        else:
            raise ValueError(f"invalid whence ({whence!r})")
        if target < 0:
            raise ValueError(f"negative seek position {target}")
        self._pos = target
        if target == 0 and self._last_reported > 0:
            # The body is being sent again (a retry): start the count over.
            self._last_reported = 0
            self._last_report_time = None
            self._report(0)
        return target

    def read(self, size: int | None = -1) -> bytes:
        if self._closed:
            raise ValueError("I/O operation on closed upload")
        remaining = self._size - self._pos
        if remaining <= 0:
            return b""
        wanted = remaining if size is None or size < 0 else min(size, remaining)
        raw = self._raw
        if raw is None:
            raise ValueError("the upload is not open")
        if self._raw_pos != self._pos:
            raw.seek(self._pos)
        data = raw.read(wanted)
        if not isinstance(data, bytes):  # bytearray from some readers; str is refused earlier
            data = bytes(data)
        self._pos += len(data)
        self._raw_pos = self._pos
        if self._progress is not None and data:
            self._maybe_report()
        return data

    def close(self) -> None:
        # Closing the view never closes the underlying file: Upload.close() decides that.
        self._closed = True

    def reopen(self, raw: _FileLike | None = None) -> None:
        """Readable again after :meth:`close`; from ``raw`` when given (a file opened when the
        request is sent)."""
        if raw is not None:
            self._raw = raw
            self._raw_pos = None
        self._closed = False

    # -- progress

    def _maybe_report(self) -> None:
        now = self._clock()
        if self._pos >= self._size or self._min_interval <= 0:
            self._last_report_time = now
            self._report(self._pos)
        elif self._last_report_time is None:
            # The first chunk starts the clock; the first call comes one interval later.
            self._last_report_time = now
        elif now - self._last_report_time >= self._min_interval:
            self._last_report_time = now
            self._report(self._pos)

    def _report(self, sent: int) -> None:
        self._last_reported = sent
        if self._progress is not None:
            self._progress(sent, self._size)

    def __repr__(self) -> str:
        return f"ProgressReader(name={self.name!r}, size={self._size}, position={self._pos})"


class Upload:
    """A checked file argument, ready to go into a multipart request.

    ``filename``, ``content_type`` and ``size`` describe the part; ``payload`` is the
    streaming reader to hand to httpx (through the generated ``File`` or an httpx file tuple).
    A file given as a path is opened on entering ``with upload:`` (or :meth:`open`) and closed
    on leaving it (or :meth:`close`); a file the caller passed in is used as is and left open.
    """

    def __init__(
        self,
        filename: str,
        content_type: str,
        size: int,
        reader: ProgressReader,
        *,
        path: str | None,
        argument: str,
    ) -> None:
        self.filename = filename
        self.content_type = content_type
        self.size = size
        self.reader = reader
        self._path = path
        self._argument = argument
        self._owned: IO[bytes] | None = None

    @property
    def payload(self) -> BinaryIO:
        # ProgressReader implements the part of BinaryIO that httpx uses (read, seek, tell).
        return cast(BinaryIO, self.reader)

    def to_tuple(self) -> tuple[str, BinaryIO, str]:
        """The ``(filename, file, content_type)`` tuple httpx accepts in ``files=``."""
        return self.filename, self.payload, self.content_type

    def open(self) -> None:
        """Open a file given as a path (an :class:`InvalidInputError` if it cannot be)."""
        if self._path is not None and self._owned is None:
            self._owned = _open_path(self._path, self._argument)
        self.reader.reopen(self._owned)

    def close(self) -> None:
        self.reader.close()
        if self._owned is not None:
            self._owned.close()
            self._owned = None

    def __enter__(self) -> Upload:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"Upload(filename={self.filename!r}, content_type={self.content_type!r}, "
            f"size={self.size})"
        )


class Uploads:
    """The file arguments of one request, each checked when it is added.

    ``with uploads:`` opens them all (when the request is sent) and closes them all after;
    :meth:`part` turns a file argument into the generated ``File`` of a request body.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._uploads: list[Upload] = []
        self._clock = clock

    def part(
        self,
        argument: str,
        value: FileInput | None,
        *,
        max_bytes: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> File | Unset:
        """The generated ``File`` of a file argument, ``UNSET`` for ``None``."""
        if value is None:
            return UNSET
        upload = file_upload(
            value, argument=argument, max_bytes=max_bytes, progress=progress, clock=self._clock
        )
        self._uploads.append(upload)
        return File(
            payload=upload.payload, file_name=upload.filename, mime_type=upload.content_type
        )

    def __enter__(self) -> Uploads:
        try:
            for upload in self._uploads:
                upload.open()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        for upload in self._uploads:
            upload.close()

    def __bool__(self) -> bool:
        return bool(self._uploads)

    def __repr__(self) -> str:
        return f"Uploads({self._uploads!r})"


def file_upload(
    value: FileInput,
    *,
    argument: str,
    max_bytes: int | None = None,
    progress: ProgressCallback | None = None,
    progress_interval: float = DEFAULT_PROGRESS_INTERVAL,
    clock: Callable[[], float] = time.monotonic,
) -> Upload:
    """Check a file argument and wrap it for a streaming multipart upload (nothing opened).

    ``argument`` is the parameter name used in error messages; ``max_bytes`` the API's limit
    for that parameter. Raises :class:`InvalidInputError` for a missing file, a directory, a
    text-mode or unreadable or non-seekable file, an empty file, or one over ``max_bytes``.
    Nothing is opened or read here (only the size is looked up): ``with upload:`` opens a path.
    """
    check_callable("progress", progress)
    filename: str | None = None
    content_type: str | None = None
    content: object = value
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not isinstance(value[0], str):
            raise InvalidInputError(
                argument,
                "a tuple must be (filename, file_or_bytes) or (filename, file_or_bytes, "
                "content_type)",
            )
        filename = check_filename(argument, value[0])
        content = value[1]
        if len(value) == 3 and value[2] is not None:
            content_type = check_content_type(argument, value[2])

    path: str | None = None
    raw: _FileLike | None
    if isinstance(content, str | os.PathLike):
        path = os.fspath(content)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        raw = None
        size = _check_path(path, argument)
        filename = filename or os.path.basename(path) or _DEFAULT_FILENAME
    elif isinstance(content, bytes | bytearray | memoryview):
        # BytesIO over bytes shares the buffer instead of copying it.
        data = content if isinstance(content, bytes) else bytes(content)
        raw = io.BytesIO(data)
        size = len(data)
    else:
        raw = _check_file_object(content, argument)
        size = _file_size(raw, argument)
        if filename is None:
            name = getattr(raw, "name", None)
            if isinstance(name, str | bytes) and name:
                filename = os.path.basename(os.fsdecode(name))

    filename = check_filename(argument, filename or _DEFAULT_FILENAME)
    if size == 0:
        raise InvalidInputError(argument, f"the file {filename!r} is empty.")
    if max_bytes is not None and size > max_bytes:
        raise InvalidInputError(
            argument,
            f"the file {filename!r} is {_human_size(size)} ({size} bytes); the API accepts "
            f"at most {_human_size(max_bytes)} for this argument.",
        )

    content_type = content_type or mimetypes.guess_type(filename)[0] or _FALLBACK_CONTENT_TYPE
    reader = ProgressReader(
        raw, size, progress=progress, min_interval=progress_interval, clock=clock, name=filename
    )
    return Upload(filename, content_type, size, reader, path=path, argument=argument)


def base64_encoded_size(size: int) -> int:
    """Length of the base64 text of ``size`` bytes (padded)."""
    return 4 * ((size + 2) // 3)


def base64_file(value: FileInput, *, argument: str, max_encoded_bytes: int) -> str:
    """A file argument read now and encoded as base64 text, for JSON bodies that carry media
    inline (``analyze``, ``embed.v2.create``). Refused before anything is read when its encoded
    form would exceed ``max_encoded_bytes`` (the API's limit is on the encoded text), with a
    pointer to ``client.assets.upload`` for larger files."""
    upload = file_upload(value, argument=argument)
    if base64_encoded_size(upload.size) > max_encoded_bytes:
        largest = max_encoded_bytes // 4 * 3
        raise InvalidInputError(
            argument,
            f"the file {upload.filename!r} is {_human_size(upload.size)}; sent inline it may be "
            f"at most {_human_size(largest)} ({_human_size(max_encoded_bytes)} once base64 "
            "encoded). Upload it with client.assets.upload and pass its asset id instead.",
        )
    with upload:
        data = upload.payload.read()
    return base64.b64encode(data).decode("ascii")


def _check_path(path: str, argument: str) -> int:
    """The size of the regular file at ``path``, which must be readable."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InvalidInputError(argument, f"there is no file at {path!r}.") from None
    except OSError as exc:
        raise InvalidInputError(argument, f"cannot read {path!r}: {exc.strerror}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise InvalidInputError(argument, f"{path!r} is a directory, not a file.")
    if not stat.S_ISREG(st.st_mode):
        raise InvalidInputError(argument, f"{path!r} is not a regular file.")
    if not os.access(path, os.R_OK):
        raise InvalidInputError(argument, f"cannot open {path!r}: Permission denied.")
    return st.st_size


def _open_path(path: str, argument: str) -> IO[bytes]:
    try:
        return open(path, "rb")  # closed by Upload.close()
    except OSError as exc:
        raise InvalidInputError(argument, f"cannot open {path!r}: {exc.strerror}.") from None


def _check_file_object(value: object, argument: str) -> _FileLike:
    if isinstance(value, io.TextIOBase):
        raise InvalidInputError(
            argument, "the file is open in text mode; open it with open(path, 'rb')."
        )
    if not callable(getattr(value, "read", None)):
        raise InvalidInputError(
            argument,
            f"expected a path, bytes or an open binary file, got {type(value).__name__}.",
        )
    if getattr(value, "closed", False):
        raise InvalidInputError(argument, "the file is closed.")
    readable = getattr(value, "readable", None)
    if callable(readable) and not readable():
        raise InvalidInputError(argument, "the file is not open for reading; use mode 'rb'.")
    seekable = getattr(value, "seekable", None)
    if not callable(getattr(value, "seek", None)) or (callable(seekable) and not seekable()):
        raise InvalidInputError(
            argument,
            "the file is not seekable (a pipe or socket?); save it to disk or pass bytes, "
            "so its size is known and a retry can send it again.",
        )
    mode = getattr(value, "mode", None)
    if isinstance(mode, str) and "b" not in mode:
        raise InvalidInputError(
            argument, "the file is open in text mode; open it with open(path, 'rb')."
        )
    return cast(_FileLike, value)


def _file_size(raw: _FileLike, argument: str) -> int:
    try:
        fd = raw.fileno()
    except (AttributeError, OSError, io.UnsupportedOperation):
        fd = None
    if fd is not None:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode):
            return st.st_size
    try:
        position = raw.tell()
        size = raw.seek(0, os.SEEK_END)
        raw.seek(position)
    except (OSError, ValueError) as exc:
        raise InvalidInputError(argument, f"cannot find the size of the file: {exc}.") from None
    return size


def _human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return f"{size} bytes"
            return f"{value:.1f} {unit}".replace(".0 ", " ")
        value /= 1024
    return f"{size} bytes"  # pragma: no cover
