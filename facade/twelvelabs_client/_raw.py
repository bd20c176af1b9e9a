"""Raw responses: ``client.with_raw_response.<namespace>.<method>(...)``.

The same call as ``client.<namespace>.<method>(...)`` (same checks, retries, errors), but it
returns a :class:`RawResponse`: the status, the headers and the ``httpx.Response``, and
``.parse()`` for what the plain call returns. One mechanism for every method: the method's
plan is asked for its raw variant (:meth:`~._operations.Plan.raw`); a single request
(:class:`~._operations.Request`) has one, and the plans that send many requests or read a
stream (pagers, search results, waits, ``create_and_wait``, streams) say why they have none.
A namespace added later is covered without code of its own.
"""

from __future__ import annotations

import inspect
from typing import Any, Generic, TypeVar

from ._operations import AsyncResource, Plan, ResourceBase, api_method
from ._responses import RawResponse

__all__ = ["RawResponse", "RawResponses"]

R = TypeVar("R", covariant=True)


class RawResponses(Generic[R]):
    """``client.with_raw_response`` and its namespaces: the client's namespaces and methods,
    each method returning ``R`` (a :class:`RawResponse`, awaited on the async client)."""

    def __init__(self, target: object, path: str) -> None:
        self._target = target
        self._path = path

    def __getattr__(self, name: str) -> RawResponses[R]:
        if name.startswith("_"):
            raise AttributeError(name)
        path = f"{self._path}.{name}"
        target = self._target
        value = getattr(target, name)  # AttributeError as on the client itself
        if isinstance(value, ResourceBase):
            return RawResponses(value, path)
        method = inspect.getattr_static(type(target), name, None)
        if not isinstance(target, ResourceBase) or not isinstance(method, api_method):
            raise AttributeError(f"{path} is not an API method: it has no raw response")
        refusal = _refusal(method)
        if refusal:
            raise AttributeError(f"{path} has no raw response: it {refusal}")
        return RawResponses(_RawMethod(target, method, path), path)

    def __call__(self, *args: Any, **kwargs: Any) -> R:
        if not isinstance(self._target, _RawMethod):
            raise TypeError(f"{self._path} is a namespace; call one of its methods")
        return self._target(*args, **kwargs)  # type: ignore[no-any-return]

    def __dir__(self) -> list[str]:
        if isinstance(self._target, _RawMethod):
            return []
        return [name for name in dir(self._target) if not name.startswith("_")]

    def __repr__(self) -> str:
        return f"<raw responses of {self._path}>"


class _RawMethod:
    """One method of a namespace, run with its plan's raw variant."""

    def __init__(self, namespace: ResourceBase, method: api_method[Any, Any, Any], path: str):
        self.namespace, self.method, self.path = namespace, method, path

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        plan = self.method.plan(self.namespace, *args, **kwargs)
        try:
            raw = plan.raw()
        except TypeError as exc:  # a plan kind the method's annotation did not name
            raise TypeError(f"{self.path} has no raw response: {exc}") from None
        if isinstance(self.namespace, AsyncResource):
            return raw.arun(self.namespace._sender)
        return raw.run(self.namespace._sender)  # type: ignore[arg-type]


def _refusal(method: api_method[Any, Any, Any]) -> str | None:
    """Why the method's plan has no raw variant (from the plan class its builder is annotated
    to return), or ``None`` (it has one, or the annotation does not say: then the call does)."""
    annotation = inspect.signature(method.build).return_annotation
    name = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    plan_class = method.build.__globals__.get(name.split("[", 1)[0].strip())
    if isinstance(plan_class, type) and issubclass(plan_class, Plan):
        return plan_class.no_raw_response
    return None
