"""An offline, stateful fake of the TwelveLabs API v1.3, for your tests and demos.

The fake speaks the real wire format (status codes, ``_id`` keys, absent optional fields,
NDJSON streaming, the API's error codes) and keeps indexes, tasks, videos, embed tasks,
imports and search pages in memory. It also serves the 2026 operations (``/analyze``,
``/analyze/tasks``, ``/embed-v2``, ``/embed-v2/tasks``, Marengo 3.0 search with ``rank``);
``FakeTwelveLabs(retired_routes=False)`` answers the 2025 routes the live API removed with 404. Time is simulated: a video indexing task moves
``validating -> pending -> queued -> indexing -> ready``, two seconds per step by default, on
a clock your test moves with ``fake.advance(seconds)`` (or ``fake.settle()``).

In-process, with no sockets::

    from twelvelabs_client.testing import FakeTwelveLabs

    fake = FakeTwelveLabs()                 # API key "tlk_test"
    client = fake.client()                  # a TwelveLabs bound to the fake
    raw = fake.http_client()                # or a plain httpx.Client (base URL .../v1.3)

Over real HTTP on 127.0.0.1, for any HTTP client or another process::

    with fake.serve() as base_url:          # "http://127.0.0.1:<free port>/v1.3"
        ...

or from a shell: ``python -m twelvelabs_client.testing serve --port 8765``.

A pytest fixture for your own test suite::

    # conftest.py
    import pytest

    from twelvelabs_client.testing import FakeTwelveLabs


    @pytest.fixture
    def fake():
        return FakeTwelveLabs()


    @pytest.fixture
    def client(fake):
        # The client's waits move the fake's clock: waiting for indexing takes no real time.
        with fake.client() as client:
            yield client


    # test_app.py
    def test_upload_then_search(fake, client):
        index = client.indexes.create(
            "my-test-index",
            models=[
                {"model_name": "marengo2.7", "model_options": ["visual", "audio"]},
                {"model_name": "pegasus1.2", "model_options": ["visual", "audio"]},
            ],
        )
        task = client.tasks.create_and_wait(
            index.id,
            video_file=("forklift_training.mp4", b"any bytes will do", "video/mp4"),
            user_metadata={"duration": 42, "site": "warehouse"},  # `duration` sets the length
        )
        assert task.status == "ready"

        results = client.search.query(index.id, search_options=["visual"], query_text="forklift")
        assert next(iter(results)).video_id == task.video_id

        gist = client.generate.gist(task.video_id, types=["title"])
        assert gist.title == "Forklift Training"

Assets (``/assets``), multipart upload sessions (``/assets/multipart-uploads``) and indexed
assets (``/indexes/{id}/indexed-assets``) are served too. Presigned chunk URLs point at
``/storage/...`` on the host the request came to, so in-process transports and the served fake
both answer them; they need no API key, expire after an hour of fake time, and answer with a
quoted MD5 ``ETag``. ``FakeTwelveLabs(multipart_chunk_size=...)`` shrinks chunks for tests;
``fake.faults.fail_chunks()``, ``drop_chunks()`` and ``expire_chunks()`` break chunk uploads.

Fault switches make it misbehave on purpose: ``fake.faults.rate_limit(times=2,
retry_after=1)``, ``fake.faults.server_error()``, ``fake.faults.drop_connection()``,
``fake.faults.delay(0.5)``, ``fake.faults.stream_error()``; ``fake.fail_next_upload()`` makes
the next upload end ``failed``. ``fake.requests`` lists what the fake received (API keys
redacted).
"""

from ._app import RecordedRequest
from ._clock import Clock, ManualClock, RealClock
from ._fake import DEFAULT_API_KEY, DEFAULT_BASE_URL, FakeTwelveLabs
from ._faults import Fault, FaultSwitches
from ._server import FakeHTTPServer
from ._state import IntegrationFile
from ._transport import AsyncFakeTransport, FakeTransport
from ._wire import Request, Response

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_BASE_URL",
    "AsyncFakeTransport",
    "Clock",
    "FakeHTTPServer",
    "FakeTransport",
    "FakeTwelveLabs",
    "Fault",
    "FaultSwitches",
    "IntegrationFile",
    "ManualClock",
    "RealClock",
    "RecordedRequest",
    "Request",
    "Response",
]
