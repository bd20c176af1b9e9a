"""``client.imports``: import videos from a cloud-storage integration and follow the import.

The live API retired these routes (April 2026): each method still sends its request, emits a
``DeprecationWarning``, and a 404/410 from the route raises ``NotFoundError`` saying what to
call instead (``client.assets.upload``, then ``client.indexed_assets.create``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Unpack

from twelvelabs_generated.api.imports import (
    create_import,
    retrieve_import_logs,
    retrieve_import_status,
)
from twelvelabs_generated.models import (
    CreateImportRequest,
    ImportLogs,
    ImportResult,
    ImportStatus,
    UserMetadata,
)

from .._polling import IMPORT
from .._validation import Seconds, check_user_metadata
from ._base import (
    AsyncResource,
    CallOptions,
    Request,
    Resource,
    SyncResource,
    Waited,
    api_method,
    check_ids,
    opt_bool,
    unset,
    warn_retired,
)

_REPLACEMENT = "client.assets.upload, then client.indexed_assets.create"


def _retired(method: str) -> None:
    warn_retired(f"imports.{method}", _REPLACEMENT, "April 2026", stacklevel=6)


__all__ = ["AsyncImports", "Imports", "ImportsMethods"]


class ImportsMethods(Resource):
    """The methods of ``client.imports``, shared by :class:`Imports` and :class:`AsyncImports`."""

    @api_method
    def start(
        self,
        integration_id: str,
        *,
        index_id: str,
        incremental_import: bool | None = None,
        retry_failed: bool | None = None,
        user_metadata: Mapping[str, str | int | float | bool] | None = None,
        **options: Unpack[CallOptions],
    ) -> Request[ImportResult]:
        """Start importing the videos of an integration into an index.

        Only one import runs at a time. Not retried once the request may have reached the
        server (that could start a second import).
        """
        _retired("start")
        check_ids(integration_id=integration_id, index_id=index_id)
        incremental = opt_bool("incremental_import", incremental_import)
        retry = opt_bool("retry_failed", retry_failed)
        metadata = None
        if user_metadata is not None:
            metadata = UserMetadata.from_dict(check_user_metadata("user_metadata", user_metadata))
        body = CreateImportRequest(
            index_id=index_id,
            incremental_import=incremental,
            retry_failed=retry,
            user_metadata=unset(metadata),
        )
        return self._request(
            create_import.request_kwargs(integration_id, body=body), ImportResult.from_dict, options
        )

    @api_method
    def status(
        self, integration_id: str, *, index_id: str, **options: Unpack[CallOptions]
    ) -> Request[ImportStatus]:
        """Where each file of the current import stands (lists per status)."""
        _retired("status")
        check_ids(integration_id=integration_id, index_id=index_id)
        return self._status(integration_id, index_id, options)

    def _status(
        self, integration_id: str, index_id: str, options: CallOptions
    ) -> Request[ImportStatus]:
        return self._request(
            retrieve_import_status.request_kwargs(integration_id, index_id=index_id),
            ImportStatus.from_dict,
            options,
        )

    @api_method
    def logs(self, integration_id: str, **options: Unpack[CallOptions]) -> Request[ImportLogs]:
        """Every import of this integration, oldest first (not paginated)."""
        _retired("logs")
        check_ids(integration_id=integration_id)
        return self._request(
            retrieve_import_logs.request_kwargs(integration_id), ImportLogs.from_dict, options
        )

    @api_method
    def wait(
        self,
        integration_id: str,
        *,
        index_id: str,
        timeout: Seconds | None = None,
        poll_interval: Seconds | None = None,
        on_update: Callable[[ImportStatus], object] | None = None,
        **options: Unpack[CallOptions],
    ) -> Waited[ImportStatus]:
        """Wait until no video of the import is validating, pending, queued or indexing.

        Returns the last status; videos that failed are listed in its ``failed`` (they do not
        make the wait fail). Polls :meth:`status` after 2 s, 4 s, 8 s, 16 s, then every 30 s
        (``poll_interval=`` fixes it), for at most ``timeout`` seconds (default 7200).
        ``on_update`` is called at the first look and whenever the per-status counts change.
        The deadline also cuts each poll request short (as for ``tasks.wait``).
        """
        _retired("wait")
        check_ids(integration_id=integration_id, index_id=index_id)
        look = functools.partial(self._status, integration_id, index_id, options)
        return IMPORT.waited(
            integration_id, look, timeout=timeout, poll_interval=poll_interval, on_update=on_update
        )


class Imports(SyncResource, ImportsMethods):
    """``client.imports``: import videos from a cloud-storage integration and follow the import.

    The live API retired these routes (April 2026): each method still sends its request, emits a
    ``DeprecationWarning``, and a 404/410 from the route raises ``NotFoundError`` saying what to
    call instead (``client.assets.upload``, then ``client.indexed_assets.create``).
    """


class AsyncImports(AsyncResource, ImportsMethods):
    """``async_client.imports``: the methods of :class:`Imports`, awaited."""
