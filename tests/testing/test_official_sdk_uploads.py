"""The official SDK (``twelvelabs==1.3.6``, test extra) against the served fake: its multipart
upload helper sends a multi-chunk file through the fake's presigned URLs, and the asset
becomes ready. This keeps the fake honest about the wire shapes a real client expects."""

from __future__ import annotations

from pathlib import Path

import pytest
from twelvelabs import TwelveLabs as OfficialSDK
from twelvelabs_client.testing import FakeTwelveLabs

from .helpers import KEY, tiny_mp4

CHUNK = 8192


def test_sdk_multipart_helper_uploads_to_the_served_fake(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TWELVELABS_BASE_URL", raising=False)
    fake = FakeTwelveLabs(KEY, multipart_chunk_size=CHUNK, initial_presigned_urls=2)
    data = tiny_mp4(11.0, 1920, 1080, 330, mdat_bytes=CHUNK * 4)
    source = tmp_path / "sdk-upload.mp4"
    source.write_bytes(data)
    fake.faults.fail_chunks(times=1, chunk_index=3)  # the helper retries it
    with fake.serve() as base_url:
        sdk = OfficialSDK(api_key=KEY, base_url=base_url, timeout=10)
        result = sdk.multipart_upload.upload_file(
            source, batch_size=3, max_workers=2, retry_delay=0.01
        )
        assert result.asset_url  # the last report carried `url`
        assert sdk.assets.retrieve(result.asset_id).status == "processing"
        fake.advance(2.0)
        asset = sdk.assets.retrieve(result.asset_id)
    assert asset.status == "ready" and asset.method == "multipart"
    assert asset.filename == "sdk-upload.mp4" and asset.size == len(data)
    assert asset.duration == 11.0
    puts = [r for r in fake.requests if r.operation_id == "upload_chunk"]
    assert len(puts) == 6  # five chunks, one of them twice
    assert not any(r.api_key_sent for r in puts)
    assert sum(r.operation_id == "create_multipart_upload_urls" for r in fake.requests) >= 1


def test_sdk_indexes_an_asset_and_reads_it_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWELVELABS_BASE_URL", raising=False)
    fake = FakeTwelveLabs(KEY)
    index_id = fake.create_index("sdk")
    asset_id = fake.add_asset("sdk.mp4", duration=75.0, transcript="Hello from the SDK.")
    with fake.serve() as base_url:
        sdk = OfficialSDK(api_key=KEY, base_url=base_url, timeout=10)
        created = sdk.indexes.indexed_assets.create(
            index_id, asset_id=asset_id, user_metadata={"team": "sdk"}
        )
        fake.settle()
        found = list(
            sdk.indexes.indexed_assets.list(index_id, duration={"gte": 60}, status=["ready"])
        )
        detail = sdk.indexes.indexed_assets.retrieve(index_id, created.id, transcription=True)
        users = list(sdk.indexes.indexed_assets.list_by_asset(asset_id))
    assert [item.id for item in found] == [created.id]
    assert detail.status == "ready" and detail.asset_id == asset_id
    assert (
        detail.transcription is not None and detail.transcription[0].value == "Hello from the SDK."
    )
    assert [u.id for u in users] == [created.id]
    sent = next(r for r in fake.requests if r.operation_id == "list_indexed_assets")
    assert ("duration[gte]", "60") in sent.query
