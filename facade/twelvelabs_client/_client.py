"""The synchronous client: configuration (key, base URL, timeouts, retries) and namespaces."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType

import httpx

from ._retry import RetryPolicy
from ._send import Sender, to_timeout
from ._validation import Seconds, check_int
from .errors import InvalidInputError
from .resources.embed import Embed
from .resources.generate import Generate
from .resources.imports import Imports
from .resources.indexes import Indexes
from .resources.search import Search
from .resources.tasks import Tasks
from .resources.videos import Videos

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientConfig",
    "TwelveLabs",
    "resolve_api_key",
    "resolve_base_url",
    "resolve_config",
]

API_KEY_ENV = "TWELVELABS_API_KEY"
BASE_URL_ENV = "TWELVELABS_BASE_URL"
API_VERSION_PATH = "/v1.3"
DEFAULT_BASE_URL = "https://api.twelvelabs.io" + API_VERSION_PATH
DEFAULT_MAX_RETRIES = 2
#: Connecting should be quick; reading must outlast generation calls that take minutes;
#: writing must outlast a slow chunk of a large upload.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=600.0, write=600.0, pool=30.0)


def resolve_api_key(api_key: str | None) -> str:
    """The argument, else ``TWELVELABS_API_KEY``; refuses a missing or blank key."""
    if api_key is None:
        api_key = os.environ.get(API_KEY_ENV)
    if api_key is None or not api_key.strip():
        raise InvalidInputError(
            "api_key",
            f"no API key was given. Pass api_key=... or set the {API_KEY_ENV} environment "
            "variable (create a key at https://playground.twelvelabs.io).",
        )
    return api_key.strip()


def resolve_base_url(base_url: str | httpx.URL | None) -> str:
    """The argument, else ``TWELVELABS_BASE_URL``, else the public API.

    A URL with no path (``https://api.twelvelabs.io``, the form the official SDK reads from
    the same variable) gets ``/v1.3`` appended; a trailing slash is dropped.
    """
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    url = httpx.URL(str(base_url).strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidInputError(
            "base_url",
            f"expected an http(s) URL such as {DEFAULT_BASE_URL!r}, got {str(base_url)!r}",
        )
    text = str(url).rstrip("/")
    if url.path in ("", "/"):
        text += API_VERSION_PATH
    return text


@dataclass(frozen=True)
class ClientConfig:
    """The resolved constructor arguments (shared by the sync and the async client)."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int

    def policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries)


def resolve_config(
    api_key: str | None,
    base_url: str | httpx.URL | None,
    timeout: Seconds | httpx.Timeout | None,
    max_retries: int,
) -> ClientConfig:
    """Check and complete the constructor arguments (environment variables, defaults)."""
    key = resolve_api_key(api_key)
    url = resolve_base_url(base_url)
    check_int("max_retries", max_retries, minimum=0)
    resolved_timeout = DEFAULT_TIMEOUT if timeout is None else to_timeout(timeout, "timeout")
    return ClientConfig(key, url, resolved_timeout, max_retries)


class TwelveLabs:
    """Client for the TwelveLabs Video Understanding API v1.3.

    ::

        with TwelveLabs() as client:          # key from TWELVELABS_API_KEY
            for index in client.indexes.list():
                print(index.id, index.index_name)

    Args:
        api_key: the key; defaults to the ``TWELVELABS_API_KEY`` environment variable.
        base_url: defaults to ``TWELVELABS_BASE_URL``, else ``https://api.twelvelabs.io/v1.3``.
        timeout: seconds or a ``timedelta`` (every phase), or an ``httpx.Timeout``; defaults to :data:`DEFAULT_TIMEOUT`.
            Applies to every request, also through a user-supplied ``http_client``.
        max_retries: retries after a failed attempt (see the README's Retries section).
        http_client: an ``httpx.Client`` to send with (proxies, custom transports, tests). The
            client sets the URL, key and timeout per request and never changes it; its default
            headers are sent, its ``base_url``, ``params`` and ``auth`` are not, and redirects
            are not followed. Closing it stays your job.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: Seconds | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        _sleep: Callable[[float], None] | None = None,
        _clock: Callable[[], float] | None = None,
    ) -> None:
        config = resolve_config(api_key, base_url, timeout, max_retries)
        self.base_url = config.base_url
        self.max_retries = config.max_retries
        self.timeout = config.timeout
        self._owns_http_client = http_client is None
        self._http_client = http_client if http_client is not None else httpx.Client()
        self._sender = Sender(
            http_client=self._http_client,
            base_url=self.base_url,
            api_key=config.api_key,
            timeout=self.timeout,
            policy=config.policy(),
            sleep=_sleep or time.sleep,
            clock=_clock or time.monotonic,
        )
        self.indexes = Indexes(self._sender)
        self.tasks = Tasks(self._sender)
        self.imports = Imports(self._sender)
        self.videos = Videos(self._sender)
        self.search = Search(self._sender)
        self.embed = Embed(self._sender)
        self.generate = Generate(self._sender)

    @property
    def http_client(self) -> httpx.Client:
        """The ``httpx.Client`` every request goes through."""
        return self._http_client

    def close(self) -> None:
        """Close the HTTP connections (a user-supplied ``http_client`` is left open)."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> TwelveLabs:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"TwelveLabs(base_url={self.base_url!r}, max_retries={self.max_retries})"
