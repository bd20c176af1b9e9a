"""Printed models are readable: ``UNSET`` prints as its name and a model's repr leaves out the
fields the API did not send (openapi/templates/model.py.jinja and types.py.jinja)."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from twelvelabs_generated import models
from twelvelabs_generated.types import UNSET, Unset

from .examples import EXAMPLES, VARIANTS

CASES = [(name, body) for name, body in EXAMPLES.items()] + [
    (name, body) for name, bodies in VARIANTS.items() for body in bodies
]
MODEL_CLASSES = sorted(
    (cls for name in models.__all__ if attrs.has(cls := getattr(models, name))),
    key=lambda cls: cls.__name__,
)


def test_unset_prints_as_its_name() -> None:
    assert repr(UNSET) == "UNSET"
    assert str(UNSET) == "UNSET"
    assert f"{[UNSET]}" == "[UNSET]"


def test_a_model_shows_only_the_fields_that_are_set() -> None:
    video = models.Video.from_dict(
        {"_id": "v1", "system_metadata": {"filename": "a.mp4", "duration": 3.5}, "region": "eu"}
    )
    assert repr(video) == (
        "Video(id='v1', system_metadata=VideoSystemMetadata(filename='a.mp4', duration=3.5), "
        "additional_properties={'region': 'eu'})"
    )
    bare = models.Video(id="v2", system_metadata=models.VideoSystemMetadata(filename="b.mp4"))
    assert repr(bare) == "Video(id='v2', system_metadata=VideoSystemMetadata(filename='b.mp4'))"


def test_none_and_falsy_values_are_shown() -> None:
    """Only UNSET is left out: a null the API sent, an empty list and zero are facts."""
    video = models.Video.from_dict(
        {"_id": "v1", "system_metadata": {"filename": "a.mp4"}, "transcription": None}
    )
    assert repr(video) == (
        "Video(id='v1', system_metadata=VideoSystemMetadata(filename='a.mp4'), transcription=None)"
    )
    page = models.PageInfo.from_dict(
        {"page": 1, "limit_per_page": 10, "total_page": 0, "total_results": 0}
    )
    assert "total_results=0" in repr(page) and "total_page=0" in repr(page)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_model_has_the_readable_repr(cls: type[Any]) -> None:
    # attrs' own __repr__ would list every field; the template's is defined on the class.
    assert "__repr__" in vars(cls)
    required = {
        field.name: "x"
        for field in attrs.fields(cls)
        if field.init and field.default is attrs.NOTHING
    }
    text = repr(cls(**required))  # attrs does not check types: "x" stands in for each value
    assert text.startswith(f"{cls.__name__}(")
    assert "UNSET" not in text and "Unset" not in text


@pytest.mark.parametrize(
    ("name", "body"), CASES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CASES)]
)
def test_printed_wire_bodies_show_no_unset_field(name: str, body: dict[str, Any]) -> None:
    parsed = getattr(models, name).from_dict(json.loads(json.dumps(body)))
    text = repr(parsed)
    assert "UNSET" not in text and "Unset object" not in text
    for field in attrs.fields(type(parsed)):
        value = getattr(parsed, field.name)
        if field.name == "additional_properties":
            assert text.endswith(f", additional_properties={value!r})") == bool(value)
        elif not isinstance(value, Unset):
            assert f"{field.name}={value!r}" in text


def _segment(values: list[float]) -> Any:
    return models.VideoEmbeddingSegment.from_dict(
        {"float": values, "start_offset_sec": 0.0, "end_offset_sec": 6.0}
    )


def test_a_long_list_shows_its_first_items_and_how_many_more() -> None:
    """An embedding's 1,024 floats print as eight of them and a count; the model keeps all."""
    segment = _segment([float(i) for i in range(1024)])
    assert repr(segment) == (
        "VideoEmbeddingSegment(start_offset_sec=0.0, end_offset_sec=6.0, "
        "float_=[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, ... 1,016 more])"
    )
    assert segment.float_ == [float(i) for i in range(1024)]


def test_a_list_of_eight_items_prints_whole() -> None:
    assert "float_=[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0])" in repr(
        _segment([*map(float, range(8))])
    )
    assert "float_=[])" in repr(_segment([]))


def test_a_large_embedding_task_prints_in_a_few_lines() -> None:
    """3,600 segments of 1,024 floats: the first segments, each shortened, then the count."""
    segment = {"float": [0.25] * 1024, "start_offset_sec": 0.0, "end_offset_sec": 6.0}
    task = models.EmbedTask.from_dict(
        {
            "_id": "t1",
            "model_name": "Marengo-retrieval-2.7",
            "status": "ready",
            "video_embedding": {"segments": [segment] * 3600},
        }
    )
    text = repr(task)
    assert len(text) < 3_000
    assert text.count("... 1,016 more]") == 8
    assert text.endswith("... 3,592 more]))")
