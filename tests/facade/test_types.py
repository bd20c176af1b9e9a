"""Typed arguments: ``Literal`` aliases that follow the spec's enums,
misspelled values caught by ``mypy --strict`` and refused at run time, and the overloads that
type what ``generate.summarize`` and ``search.query`` return."""

from __future__ import annotations

import enum
import inspect
import subprocess
import sys
from pathlib import Path
from typing import Any, get_args

import pytest
import twelvelabs_generated.models as models
from facade_support import make_client
from twelvelabs_client import InvalidInputError, types
from twelvelabs_client.resources.generate import _SummarizeArgs
from twelvelabs_client.resources.search import _QueryArgs

ALIASES = [name for name in types.__all__ if name.endswith("Value")]


@pytest.mark.parametrize("name", ALIASES)
def test_each_literal_alias_lists_exactly_the_values_of_its_spec_enum(name: str) -> None:
    generated = getattr(models, name.removesuffix("Value"))
    assert issubclass(generated, enum.Enum)
    assert sorted(get_args(getattr(types, name))) == sorted(m.value for m in generated)


@pytest.mark.parametrize(
    ("namespace", "method", "stub_args", "own"),
    [
        ("generate", "summarize", _SummarizeArgs, {"video_id", "type"}),
        ("search", "query", _QueryArgs, {"index_id", "group_by"}),
    ],
)
def test_typed_overloads_take_the_same_arguments_as_the_method(
    namespace: str, method: str, stub_args: Any, own: set[str]
) -> None:
    # The overloads are written for type checkers only: they must not drift from the method.
    shown = inspect.signature(getattr(getattr(make_client().client, namespace), method))
    assert own | stub_args.__required_keys__ | stub_args.__optional_keys__ == set(shown.parameters)


# ------------------------------------------------------------------ mypy --strict, as a user runs it

PRELUDE = """\
from twelvelabs_client import AsyncTwelveLabs, TwelveLabs
client = TwelveLabs(api_key="k")
aclient = AsyncTwelveLabs(api_key="k")
"""

GOOD = """\
from twelvelabs_client import Chapters, Highlights, SearchClip, SearchVideoGroup, Summary
from twelvelabs_client.types import SearchOptionValue

options: list[SearchOptionValue] = ["visual", "audio"]
chapters: Chapters = client.generate.summarize("v", type="chapter", max_retries=1)
highlights: Highlights = client.generate.summarize("v", type="highlight", prompt="p")
summary: Summary = client.generate.summarize("v", type="summary", temperature=0.2)
clips: list[SearchClip] = list(client.search.query("i", search_options=options, query_text="q"))
groups: list[SearchVideoGroup] = list(
    client.search.query("i", search_options="visual", query_text="q", group_by="video")
)
index = client.indexes.create(  # model options are an open set, like model names
    "n", models=[{"model_name": "marengo3.0", "model_options": ["visual", "audio-v2"]}]
)
client.tasks.list(status=["ready", "indexing"], sort_by="created_at", sort_option="asc")
client.generate.gist("v", types=["title", "topic"])


async def main() -> None:
    chapters: Chapters = await aclient.generate.summarize("v", type="chapter")
    results = await aclient.search.query("i", search_options=["visual"], query_text="q")
    async for clip in results:
        print(clip.video_id, clip.start, clip.end)
    if results.search_pool and results.page_info:
        print(results.search_pool.total_count, results.page_info.total_results)
"""

# Each must fail with an error on its last line (and no other).
BAD = {
    "search_option": 'client.search.query("i", search_options=["visul"], query_text="q")',
    "group_by": 'client.search.query("i", search_options=["visual"], query_text="q", group_by="clips")',
    "summarize_type": 'client.generate.summarize("v", type="chapters")',
    "summarize_result": 'wrong: Summary = client.generate.summarize("v", type="chapter")',
    "async_summarize_result": (
        'async def f() -> None:\n    wrong: Summary = await aclient.generate.summarize("v", type="highlight")'
    ),
    "group_as_clip": (
        'for group in client.search.query("i", search_options="visual", query_text="q", group_by="video"):\n'
        "    print(group.video_id)"
    ),
    "gist_type": 'client.generate.gist("v", types=["titles"])',
    "model_option": 'client.indexes.list(model_options=["vision"])',
    "index_model_key": 'client.indexes.create("n", models=[{"model_name": "m", "options": ["visual"]}])',
    "analysis_mode": 'client.analyze.tasks.list(analysis_mode="time_based")',
    "asset_type": 'client.assets.list(asset_types=["videos"])',
    "task_status": 'client.tasks.list(status="done")',
    "search_pool_field": (
        'pool = client.search.query("i", search_options="visual", query_text="q").search_pool\n'
        "if pool:\n"
        "    print(pool.totl_count)"
    ),
}


def test_typed_arguments_under_mypy_strict(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(PRELUDE + GOOD, encoding="utf-8")
    for name, code in BAD.items():
        text = PRELUDE + "from twelvelabs_client import Summary\n" + code + "\n"
        (tmp_path / f"bad_{name}.py").write_text(text, encoding="utf-8")
    # From an empty folder: the user's own `mypy --strict`, without the project's settings.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert not [e for e in errors if e.startswith("good.py")], result.stdout
    for name, code in BAD.items():
        last_line = len((PRELUDE + code).splitlines()) + 1
        mine = [e for e in errors if e.startswith(f"bad_{name}.py:")]
        assert mine, f"bad_{name}.py type-checks:\n{code}"
        assert {int(e.split(":")[1]) for e in mine} == {last_line}, "\n".join(mine)
    assert len(errors) == sum(1 for e in errors if e.startswith("bad_")), result.stdout


# ------------------------------------------------------------------ the same values at run time


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda c: c.search.query("i", search_options=["visul"], query_text="q"), "search_options"),
        (
            lambda c: c.search.query(
                "i", search_options="visual", query_text="q", group_by="clips"
            ),
            "group_by",
        ),
        (lambda c: c.generate.summarize("v", type="chapters"), "type"),
        (lambda c: c.generate.gist("v", types=["titles"]), "types"),
        (lambda c: c.tasks.list(status="done"), "status"),
    ],
)
def test_misspelled_values_are_refused_before_sending(call: Any, argument: str) -> None:
    h = make_client()
    with pytest.raises(InvalidInputError) as caught:
        call(h.client)
    assert caught.value.argument == argument
    assert h.recorder.requests == []
