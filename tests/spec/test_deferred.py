"""Lists of models that from_dict leaves to be built on first read (types.build_on_first_read).

A user must not be able to tell, except by speed: the field reads as the same list of models,
compares, prints, serializes, copies and pickles as an eagerly built one, keeps what is assigned
to it, and a malformed answer fails in from_dict exactly as it did before (the check that allows
deferring only lets through objects whose own from_dict cannot fail).
"""

from __future__ import annotations

import copy
import pickle
import random
import threading
from typing import Any
from unittest import mock

import attrs
import pytest
from twelvelabs_generated import models
from twelvelabs_generated import types as gtypes

from .examples import EXAMPLES, VARIANTS

INDEX: dict[str, Any] = {
    "_id": "67b2c41e9d3f5a0e1c7a4b12",
    "index_name": "films",
    "created_at": "2024-01-09T11:11:20.463Z",
    "models": [
        {"model_name": "marengo3.0", "model_options": ["visual", "audio"]},
        {"model_name": "marengo9.9", "model_options": ["smell"], "tier": 2},
    ],
}


def _deferred_fields() -> list[tuple[type, str, type]]:
    """Every (model, field, item model) that build_on_first_read set up in the package."""
    found = []
    for name in models.__all__:
        cls = getattr(models, name)
        for field, value in list(vars(cls).items()):
            if isinstance(value, gtypes._BuiltOnFirstRead):
                found.append((cls, field, value._model))
    return found


def _built() -> list[Any]:
    return [models.IndexModel.from_dict(item) for item in INDEX["models"]]


def test_index_models_are_left_unbuilt_and_read_as_the_models() -> None:
    index = models.Index.from_dict(INDEX)
    assert isinstance(vars(models.Index)["models"], gtypes._BuiltOnFirstRead)
    assert type(vars(models.Index)["models"]._get(index)) is gtypes.Unbuilt
    first = index.models
    assert type(first) is list
    assert [type(m) for m in first] == [models.IndexModel, models.IndexModel]
    assert first == _built()
    assert first[0].model_name == models.KnownIndexModelName.MARENGO3_0
    assert first[1].model_name == "marengo9.9" and first[1]["tier"] == 2
    assert index.models is first  # built once; what the user changes in it stays
    first.append(models.IndexModel("marengo3.0", ["visual"]))
    assert len(index.models) == 3


def test_an_unread_deferred_field_behaves_like_a_built_one() -> None:
    def fresh() -> Any:
        return models.Index.from_dict(INDEX)

    eager = models.Index(
        id=INDEX["_id"],
        index_name="films",
        models=_built(),
        created_at=fresh().created_at,
    )
    assert fresh() == eager and eager == fresh()
    assert repr(fresh()) == repr(eager)
    assert fresh().to_dict() == eager.to_dict()
    assert attrs.asdict(fresh()) == attrs.asdict(eager)
    assert copy.copy(fresh()).models == eager.models
    assert copy.deepcopy(fresh()) == eager
    assert pickle.loads(pickle.dumps(fresh())) == eager
    assert attrs.evolve(fresh(), index_name="x").models == eager.models
    assert copy.deepcopy(fresh()).to_dict() == eager.to_dict()
    assert "Unbuilt" not in repr(fresh()) and "Unbuilt" not in str(attrs.astuple(fresh()))


def test_absent_fields_stay_unset_through_copy_and_pickle() -> None:
    page = models.SearchPageInfo.from_dict({"limit_per_page": 10, "total_results": 3})
    for again in (copy.copy(page), copy.deepcopy(page), pickle.loads(pickle.dumps(page))):
        assert again == page
        assert again.to_dict() == {"limit_per_page": 10, "total_results": 3}
    assert copy.deepcopy(gtypes.UNSET) is gtypes.UNSET
    stray = gtypes.Unset()  # e.g. from a pickle written before UNSET pickled as itself
    assert pickle.loads(pickle.dumps(stray)) is gtypes.UNSET and copy.copy(stray) is gtypes.UNSET


def test_a_patched_item_from_dict_applies_while_patched_only() -> None:
    # As when every model was built in from_dict: a test's mock of IndexModel.from_dict is
    # used by the reads made while it is in place, and not after (it is looked up per build).
    with mock.patch.object(models.IndexModel, "from_dict", classmethod(lambda cls, d: "mocked")):
        assert models.Index.from_dict(INDEX).models == ["mocked", "mocked"]
    assert models.Index.from_dict(INDEX).models == _built()


def test_assigning_and_deleting_a_deferred_field() -> None:
    index = models.Index.from_dict(INDEX)
    mine = [models.IndexModel("marengo3.0", ["audio"])]
    index.models = mine
    assert index.models is mine
    del index.models
    with pytest.raises(AttributeError):
        _ = index.models
    built = models.Index("i", "n", mine)  # the constructor stores through the descriptor
    assert built.models is mine


@pytest.mark.parametrize(
    "bad",
    [
        [{"model_options": ["visual"]}],  # a required key missing
        [{"model_name": "marengo3.0", "model_options": 7}],  # not a list
        [{"model_name": "marengo3.0", "model_options": None}],
        [["model_name", "model_options"]],  # not an object
        [None],
        7,
        None,
    ],
)
def test_a_malformed_list_fails_in_from_dict_as_before(bad: Any) -> None:
    body = {**INDEX, "models": bad}
    with pytest.raises((KeyError, TypeError, AttributeError)):
        models.Index.from_dict(body)


def test_a_list_the_check_refuses_but_from_dict_accepts_is_built_at_once() -> None:
    # A string where a list of open enums belongs: from_dict has always iterated it; not
    # deferred (the check wants a list), so the result is what it always was.
    body = {**INDEX, "models": [{"model_name": "marengo3.0", "model_options": "va"}]}
    index = models.Index.from_dict(body)
    assert type(vars(models.Index)["models"]._get(index)) is list  # built in from_dict
    assert index.models[0].model_options == ["v", "a"]


def _read_when_all_are_ready(index: Any, start: threading.Barrier, seen: list[Any]) -> None:
    start.wait(10)
    seen.append(index.models)


def test_two_threads_reading_an_unbuilt_field_get_one_list() -> None:
    for _ in range(200):
        index = models.Index.from_dict(INDEX)
        seen: list[Any] = []
        start = threading.Barrier(4)
        threads = [
            threading.Thread(target=_read_when_all_are_ready, args=(index, start, seen))
            for _ in range(4)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        assert len(seen) == 4 and all(s is seen[0] for s in seen)


class _ReadsDuringBuild:
    """An item model whose from_dict runs `during` once, in the middle of a build: what a
    signal handler or another thread could do while a first read is building the list."""

    def __init__(self, during: Any) -> None:
        self.during = during

    def from_dict(self, item: Any) -> Any:
        during, self.during = self.during, None
        if during is not None:
            during()
        return models.IndexModel.from_dict(item)


def _reader(during: Any) -> Any:
    """Index.models' descriptor, with an item model that runs `during` inside the build."""
    descriptor = vars(models.Index)["models"]
    reader = gtypes._BuiltOnFirstRead.__new__(gtypes._BuiltOnFirstRead)
    reader._get, reader._set, reader._delete = descriptor._get, descriptor._set, descriptor._delete
    reader._model = _ReadsDuringBuild(during)
    return reader


def test_a_read_inside_a_build_gets_the_same_list_and_does_not_hang() -> None:
    index = models.Index.from_dict(INDEX)
    inner: list[Any] = []
    reader = _reader(lambda: inner.append(reader.__get__(index)))
    outer = reader.__get__(index)
    assert len(inner) == 1 and inner[0] is outer and outer == _built()
    assert index.models is outer
    assert vars(models.Index)["models"]._get(index)[0] == ()  # the JSON is let go once built


@pytest.mark.parametrize("change", ["assign", "delete"])
def test_what_a_user_assigns_during_a_first_read_is_kept(change: str) -> None:
    index = models.Index.from_dict(INDEX)
    mine = [models.IndexModel("marengo3.0", ["audio"])]

    def meanwhile() -> None:
        if change == "assign":
            index.models = mine
        else:
            del index.models

    reader = _reader(meanwhile)
    assert reader.__get__(index) == _built()  # the read that was under way gets its list
    if change == "assign":
        assert index.models is mine
    else:
        with pytest.raises(AttributeError):
            _ = index.models


def _random_json(rnd: random.Random, depth: int = 0) -> Any:
    pick = rnd.randrange(9 if depth < 2 else 6)
    if pick == 6:
        return [_random_json(rnd, depth + 1) for _ in range(rnd.randrange(3))]
    if pick == 7:
        return {f"k{i}": _random_json(rnd, depth + 1) for i in range(rnd.randrange(3))}
    if pick == 8:
        return [rnd.choice(["visual", "audio", "x"]) for _ in range(rnd.randrange(3))]
    scalars = [None, True, rnd.randint(-5, 5), rnd.random(), "", "visual", "2024-01-01T00:00:00Z"]
    return scalars[pick] if pick < 6 else "marengo3.0"


def _mutations(item: dict[str, Any], rnd: random.Random) -> dict[str, Any]:
    out = dict(item)
    for key in list(out):
        roll = rnd.random()
        if roll < 0.2:
            del out[key]
        elif roll < 0.5:
            out[key] = _random_json(rnd)
    if rnd.random() < 0.3:
        out["extra"] = _random_json(rnd)
    return out


def _objects_in_examples() -> list[dict[str, Any]]:
    """Every JSON object inside the example bodies (seeds for the fuzz below)."""
    out: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            out.append(value)
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(list(EXAMPLES.values()))
    walk(list(VARIANTS.values()))
    walk(INDEX)
    return out


def test_every_deferred_field_is_found() -> None:
    fields = {(cls.__name__, name) for cls, name, _ in _deferred_fields()}
    assert ("Index", "models") in fields
    assert ("VideoEmbeddingData", "segments") in fields


@pytest.mark.parametrize("case", _deferred_fields(), ids=lambda c: f"{c[0].__name__}.{c[1]}")
def test_what_the_check_lets_through_always_builds(case: tuple[type, str, type]) -> None:
    """Fuzz: for objects near the documented shape, deferred means from_dict cannot fail."""
    cls, field, item_model = case
    module = __import__(cls.__module__, fromlist=["_"])
    check = getattr(module, f"_can_defer_{field}")
    rnd = random.Random(f"{cls.__name__}.{field}")
    seeds = [item for item in _objects_in_examples() if check([item])]
    assert seeds, "no example object of this shape"
    deferred = 0
    for _ in range(3000):
        item = _mutations(rnd.choice(seeds), rnd)
        if check([item]):
            deferred += 1
            built = item_model.from_dict(item)  # must not raise
            assert built.to_dict() is not None
    assert deferred > 0
