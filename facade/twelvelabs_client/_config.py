"""Configuration, in one place: the key, the base URL, timeouts, defaults, per-call options.

Both clients resolve their constructor arguments with :func:`resolve_config` (arguments, then
environment variables, then defaults) and keep them for :meth:`TwelveLabs.with_options`.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypedDict, TypeVar

import httpx

from ._network import async_transport, sync_transport
from ._retry import RetryPolicy
from ._validation import Seconds, check_http_client, check_int, check_seconds
from .errors import InvalidInputError

__all__ = [
    "API_KEY_ENV",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "INSECURE_HTTP_ENV",
    "CallOptions",
    "ClientBase",
    "ClientConfig",
    "RequestKwargs",
    "TimeoutArg",
    "changed_options",
    "constructor_options",
    "namespace_annotations",
    "resolve_api_key",
    "resolve_base_url",
    "resolve_config",
    "to_timeout",
]

#: A timeout argument: seconds for every phase, an ``httpx.Timeout``, or ``None`` (the default).
TimeoutArg = Seconds | httpx.Timeout | None

#: What a generated ``request_kwargs(...)`` returns: ``method``, ``url`` (relative to the base
#: URL), and ``params``/``json``/``files``/``headers`` as the operation needs.
RequestKwargs = Mapping[str, Any]


class CallOptions(TypedDict, total=False):
    """The per-call options every API method takes as keyword arguments, carried as one value
    from the method to the sender (``**options: Unpack[CallOptions]`` in a method's signature).

    ``request_timeout``: seconds (every phase) or an ``httpx.Timeout`` for each attempt of this
    call, instead of the client's ``timeout``. ``max_retries``: instead of the client's.
    """

    request_timeout: TimeoutArg
    max_retries: int | None


API_KEY_ENV = "TWELVELABS_API_KEY"
BASE_URL_ENV = "TWELVELABS_BASE_URL"
INSECURE_HTTP_ENV = "TWELVELABS_ALLOW_INSECURE_HTTP"
#: The default cap on a response that carries embeddings (decompressed bytes).
DEFAULT_MAX_RESPONSE_BYTES = 512 * 1024 * 1024
API_VERSION_PATH = "/v1.3"
DEFAULT_BASE_URL = "https://api.twelvelabs.io" + API_VERSION_PATH
DEFAULT_MAX_RETRIES = 2
#: Connecting should be quick; reading must outlast generation calls that take minutes;
#: writing must outlast a slow chunk of a large upload.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=600.0, write=600.0, pool=30.0)


def resolve_api_key(api_key: str | None) -> str:
    """The argument, else ``TWELVELABS_API_KEY``; refuses a missing or blank key, one that is
    not a string, and one with control characters inside (surrounding whitespace is dropped).
    No message ever quotes the key."""
    if api_key is None:
        api_key = os.environ.get(API_KEY_ENV)
    if api_key is not None and not isinstance(api_key, str):
        raise InvalidInputError(
            "api_key", f"expected the key as a str, got a {type(api_key).__name__}."
        )
    if api_key is not None and any(
        ord(char) < 0x20 or ord(char) == 0x7F for char in api_key.strip()
    ):
        raise InvalidInputError(
            "api_key",
            "the key contains a control character (a line break, a NUL...); "
            "check how it was read (the key itself is not shown).",
        )
    if api_key is None or not api_key.strip():
        raise InvalidInputError(
            "api_key",
            f"no API key was given. Pass api_key=... or set the {API_KEY_ENV} environment "
            "variable (create a key at https://playground.twelvelabs.io).",
        )
    return api_key.strip()


def resolve_base_url(
    base_url: str | httpx.URL | None, allow_insecure_http: bool | None = None
) -> str:
    """The argument, else ``TWELVELABS_BASE_URL``, else the public API.

    A URL with no path (``https://api.twelvelabs.io``, the form the official SDK reads from
    the same variable) gets ``/v1.3`` appended; a trailing slash is dropped. Refused: a query,
    a fragment, a user or password, and plain ``http://`` to a host that is not loopback
    (the key would travel in clear) unless ``allow_insecure_http`` (else
    ``TWELVELABS_ALLOW_INSECURE_HTTP=1``) allows it.
    """
    if base_url is None:
        base_url = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(str(base_url).strip())
    except httpx.InvalidURL:
        url = httpx.URL("invalid:")
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidInputError(
            "base_url",
            f"expected an http(s) URL such as {DEFAULT_BASE_URL!r}, got {_shown_url(url)!r}",
        )
    if url.userinfo:
        raise InvalidInputError(
            "base_url",
            "a user name or password in the URL is not supported (the API key authenticates); "
            f"got {_shown_url(url)!r}",
        )
    if url.query or url.fragment or "?" in str(base_url) or "#" in str(base_url):
        raise InvalidInputError(
            "base_url",
            f"a query (?...) or fragment (#...) is not allowed, got {_shown_url(url)!r}",
        )
    if allow_insecure_http is None:
        allow_insecure_http = os.environ.get(INSECURE_HTTP_ENV, "").strip() == "1"
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise InvalidInputError(
            "base_url",
            f"plain http:// to {url.host!r} would send the API key unencrypted; use https://, "
            f"or pass allow_insecure_http=True (or set {INSECURE_HTTP_ENV}=1) for a test server.",
        )
    text = str(url).rstrip("/")
    if url.path in ("", "/"):
        text += API_VERSION_PATH
    return text


def _shown_url(url: httpx.URL) -> str:
    """The URL without user information (a password must not reach an error message)."""
    return str(url.copy_with(username=None, password=None)) if url.userinfo else str(url)


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ClientConfig:
    """The resolved constructor arguments (shared by the sync and the async client)."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries)


def resolve_config(
    api_key: str | None,
    base_url: str | httpx.URL | None,
    timeout: TimeoutArg,
    max_retries: int,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    allow_insecure_http: bool | None = None,
) -> ClientConfig:
    """Check and complete the constructor arguments (environment variables, defaults)."""
    key = resolve_api_key(api_key)
    if allow_insecure_http is not None and not isinstance(allow_insecure_http, bool):
        raise InvalidInputError(
            "allow_insecure_http", f"expected True or False, got {allow_insecure_http!r}."
        )
    url = resolve_base_url(base_url, allow_insecure_http)
    check_int("max_retries", max_retries, minimum=0)
    check_int("max_response_bytes", max_response_bytes, minimum=1)
    resolved_timeout = DEFAULT_TIMEOUT if timeout is None else to_timeout(timeout, "timeout")
    return ClientConfig(key, url, resolved_timeout, max_retries, max_response_bytes)


def to_timeout(value: Seconds | httpx.Timeout, argument: str = "request_timeout") -> httpx.Timeout:
    """A number (or ``timedelta``) means "this many seconds for every phase"; each phase of an
    ``httpx.Timeout`` is checked the same way (``None``, no limit, is kept)."""
    if isinstance(value, httpx.Timeout):
        phases = {}
        for phase in ("connect", "read", "write", "pool"):
            seconds = getattr(value, phase)
            if seconds is not None:  # a timedelta phase becomes its seconds, as httpx needs
                seconds = check_seconds(f"{argument}.{phase}", seconds, allow_zero=True)
            phases[phase] = seconds
        return httpx.Timeout(**phases)
    return httpx.Timeout(check_seconds(argument, value, allow_zero=True))


#: Constructor arguments that ``with_options`` does not take: they say which account to use,
#: where, and through which connection pool (which the new client shares).
NOT_CHANGEABLE = ("api_key", "base_url", "http_client")


def constructor_options(arguments: dict[str, Any]) -> dict[str, Any]:
    """The options a client was constructed with (``locals()`` at the top of its
    ``__init__``), without ``self`` and the arguments ``with_options`` keeps."""
    return {k: v for k, v in arguments.items() if k != "self" and k not in NOT_CHANGEABLE}


def changed_options(current: dict[str, Any], arguments: dict[str, Any]) -> dict[str, Any]:
    """``current`` updated with the options given to ``with_options`` (``locals()``; ``None``
    means unchanged)."""
    changes = constructor_options(arguments)
    return {**current, **{k: v for k, v in changes.items() if v is not None}}


HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


class ClientBase(Generic[HttpClientT]):
    """What both clients share: their configuration, their connection pool, ``with_options``.

    A client's namespaces are annotated on its class (``indexes: Indexes``), so that IDEs and
    ``help()`` list them with their types; the class docstring gets a list of them.
    """

    base_url: str
    max_retries: int
    timeout: httpx.Timeout
    _sender: Any  # the client's Sender or AsyncSender (set by its _start)
    _http_client_class: type[Any]  # httpx.Client or httpx.AsyncClient: what the pool is

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutArg = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool | None = None,
        http_client: HttpClientT | None = None,
    ) -> None:
        self._start(self._configure(locals(), self._http_client_class))

    def _start(self, config: ClientConfig) -> None:
        """Make the client's sender (sync or async) on the pool, with ``config``."""
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: TimeoutArg = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        allow_insecure_http: bool | None = None,
    ) -> Self:
        """A client with the options given changed (the others, ``None`` ones included, as they
        are here) that shares this client's key, base URL and connection pool. Closing it
        leaves the pool open: it stays this client's (or yours, if you passed ``http_client``).

        ::

            client.with_options(max_retries=5).indexes.list()
        """
        return self._same_clock(type(self)(**self._arguments_with(locals())))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names = namespace_annotations(cls)
        if names and cls.__doc__:
            module = vars(sys.modules[cls.__module__])
            lines = []
            for name, type_name in names.items():
                # A namespace built on first use is not imported yet: its property's docstring.
                documented = module.get(type_name) or vars(cls).get(name)
                summary = (getattr(documented, "__doc__", None) or "").strip()
                first = summary.splitlines()[0] if summary else ""
                lines.append(f"        {name} ({type_name}): {first}".rstrip())
            cls.__doc__ = cls.__doc__.rstrip() + "\n\n    Namespaces:\n" + "\n".join(lines) + "\n"

    def _use_clock(
        self,
        sleep: Any = None,
        clock: Callable[[], float] | None = None,
        *,
        wall_clock: Callable[[], float] | None = None,
    ) -> Self:
        """Private: this client waits with ``sleep``, measures time with ``clock`` and reads
        the date from ``wall_clock`` (the fake's simulated time, a test's recorder) instead of
        the real ones (``None``: unchanged); returns the client. ``FakeTwelveLabs.client()``
        is the public way to get a client on the fake's clock."""
        if sleep is not None:
            self._sender.sleep = sleep
        if clock is not None:
            self._sender.clock = clock
        if wall_clock is not None:
            self._sender.wall_clock = wall_clock
        return self

    def _configure(
        self, arguments: dict[str, Any], new_http_client: type[HttpClientT]
    ) -> ClientConfig:
        """Resolve the constructor's arguments (its ``locals()``) and take or make the pool."""
        self._options = constructor_options(arguments)  # what with_options() starts from
        config = resolve_config(
            arguments["api_key"],
            arguments["base_url"],
            arguments["timeout"],
            arguments["max_retries"],
            arguments["max_response_bytes"],
            arguments["allow_insecure_http"],
        )
        self._config = config
        self.base_url = config.base_url
        self.max_retries = config.max_retries
        self.timeout = config.timeout
        http_client: HttpClientT | None = arguments["http_client"]
        other = httpx.AsyncClient if new_http_client is httpx.Client else httpx.Client
        check_http_client(http_client, new_http_client, other, type(self).__name__)
        self._owns_http_client = http_client is None
        if http_client is None:  # httpx's own transport, each read bounded by the attempt
            transport = sync_transport() if new_http_client is httpx.Client else async_transport()
            http_client = new_http_client(transport=transport)  # type: ignore[arg-type]
        self._http_client: HttpClientT = http_client
        return config

    def _same_clock(self, other: Self) -> Self:
        """``other`` (a client made by ``with_options``) on this client's clock."""
        sender = self._sender
        return other._use_clock(sender.sleep, sender.clock, wall_clock=sender.wall_clock)

    def _arguments_with(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """The constructor arguments of a client like this one (same key, base URL and pool)
        with the options given to ``with_options`` (its ``locals()``) changed."""
        return {
            "api_key": self._config.api_key,
            "base_url": self.base_url,
            "http_client": self._http_client,
            **changed_options(self._options, arguments),
        }

    @property
    def http_client(self) -> HttpClientT:
        """The httpx client every request goes through."""
        return self._http_client

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


def namespace_annotations(cls: type) -> dict[str, str]:
    """The namespaces a client class declares, ``{"indexes": "Indexes", ...}``: its own
    annotations (written as text, ``from __future__ import annotations``) that are public, and
    its public ``cached_property`` namespaces (built on first use) by their return annotation."""
    own = dict(vars(cls).get("__annotations__", {}))
    for name, member in vars(cls).items():
        if isinstance(member, functools.cached_property):
            own[name] = member.func.__annotations__.get("return", "")
    return {
        name: value if isinstance(value, str) else value.__name__
        for name, value in own.items()
        if not name.startswith("_")
    }
