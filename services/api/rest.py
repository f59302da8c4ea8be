"""The REST endpoints (DESIGN.md, API contract): parameters in, orjson out."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson

from services.api.auth import Principal
from services.api.errors import ApiError, invalid
from services.api.export import export_csv, rfc3339
from services.api.model import Fn, Selector, SeriesData, Window
from services.api.query import QueryLayer
from services.api.timeparse import now_ns, parse_every, parse_time

Params = list[tuple[str, str]]
Handler = Callable[[Principal, Params], Awaitable[Any]]

_EXPORT_PARAMS = {"measurement", "field", "start", "stop", "every", "fn"}
_DATA_PARAMS = _EXPORT_PARAMS | {"limit", "max_points"}
_SERIES_PARAMS = {"measurement"}
_MAX_PARAMS = 64


class RestApi:
    def __init__(self, layer: QueryLayer) -> None:
        self._layer = layer
        # path -> (handler, admin only)
        self.routes: dict[str, tuple[Handler, bool]] = {
            "/api/data": (self.data, False),
            "/api/series": (self.series, False),
            "/api/me": (self.me, False),
            "/api/admin/data": (self.admin_data, True),
            "/api/admin/series": (self.admin_series, True),
            "/api/export": (self.export, False),
            "/api/admin/export": (self.admin_export, True),
        }

    async def data(self, principal: Principal, params: Params) -> bytes:
        return await self._data(principal, params, admin=False)

    async def admin_data(self, principal: Principal, params: Params) -> bytes:
        return await self._data(principal, params, admin=True)

    async def series(self, principal: Principal, params: Params) -> bytes:
        return await self._series(principal, params, admin=False)

    async def admin_series(self, principal: Principal, params: Params) -> bytes:
        return await self._series(principal, params, admin=True)

    async def me(self, principal: Principal, params: Params) -> bytes:
        _single(params, set())
        return orjson.dumps(
            {
                "subject": principal.subject,
                "owner": principal.owner,
                "roles": sorted(principal.roles),
                "admin": principal.is_admin,
            }
        )

    async def _data(self, principal: Principal, params: Params, admin: bool) -> bytes:
        query = _selection(params, _DATA_PARAMS, admin)
        values = query.values
        result = await self._layer.query(
            principal,
            query.selector,
            query.start,
            query.stop,
            query.window,
            _positive(values.get("limit"), "limit"),
            owner=query.owner,
            all_owners=query.all_owners,
            max_points=_positive(values.get("max_points"), "max_points"),
        )
        return orjson.dumps(
            {
                "series": [_series_json(s) for s in result.series],
                "truncated": result.truncated,
                "downsampled": result.downsampled,
            }
        )

    async def export(self, principal: Principal, params: Params) -> Stream:
        return await self._export(principal, params, admin=False)

    async def admin_export(self, principal: Principal, params: Params) -> Stream:
        return await self._export(principal, params, admin=True)

    async def _export(self, principal: Principal, params: Params, admin: bool) -> Stream:
        query = _selection(params, _EXPORT_PARAMS, admin)
        chunks = export_csv(
            self._layer,
            principal,
            query.selector,
            query.start,
            query.stop,
            query.window,
            query.owner,
            query.all_owners,
        )
        # The first page is read here, inside the call gate: a refused or failed query is
        # still an error answer, not a broken download.
        first = await anext(chunks)
        name = f"timeseries-{rfc3339(query.start)}-{rfc3339(query.stop)}.csv".replace(":", "")
        return Stream(b"text/csv; charset=utf-8", name, first, chunks)

    async def _series(self, principal: Principal, params: Params, admin: bool) -> bytes:
        values = _single(params, _SERIES_PARAMS | {"owner"} if admin else _SERIES_PARAMS)
        owner = values.get("owner", "")
        infos = await self._layer.list_series(
            principal, values.get("measurement", ""), owner=owner, all_owners=admin and not owner
        )
        return orjson.dumps(
            {
                "series": [
                    {"owner": i.owner, "measurement": i.measurement, "tags": i.tags, "fields": i.fields}
                    for i in infos
                ]
            }
        )


@dataclasses.dataclass(frozen=True)
class Selection:
    """The parameters every data endpoint shares, parsed."""

    values: dict[str, str]
    selector: Selector
    start: int
    stop: int
    window: Window | None
    owner: str
    all_owners: bool


@dataclasses.dataclass(frozen=True)
class Stream:
    """A streamed answer: its content type, download file name, first chunk and the rest."""

    content_type: bytes
    filename: str
    first: bytes
    rest: AsyncIterator[bytes]


def _selection(params: Params, allowed: set[str], admin: bool) -> Selection:
    values = _single(params, allowed | {"owner"} if admin else allowed, tags=True)
    tags = {k[4:]: v for k, v in params if k.startswith("tag.")}
    now = now_ns()
    start = parse_time(values.get("start", "-1h"), "start", now)
    stop = parse_time(values["stop"], "stop", now) if "stop" in values else now
    window = None
    if "every" in values:
        window = Window(parse_every(values["every"]), _fn(values.get("fn", "mean")))
    elif "fn" in values:
        raise invalid("fn needs every (the window to aggregate over)")
    owner = values.get("owner", "")
    selector = Selector(values.get("measurement", ""), values.get("field", ""), tags)
    # On the admin path, no owner means every owner's data.
    return Selection(values, selector, start, stop, window, owner, admin and not owner)


def _series_json(s: SeriesData) -> dict[str, Any]:
    return {
        "owner": s.owner,
        "measurement": s.measurement,
        "field": s.field,
        "tags": s.tags,
        # orjson writes tuples as arrays; zip builds them in C (this is the REST hot path).
        "points": list(zip([t // 1_000_000 for t in s.times_ns], s.values, strict=True)),
    }


def _single(params: Params, allowed: set[str], tags: bool = False) -> dict[str, str]:
    """Each known parameter at most once; unknown parameters are an error, not ignored."""
    if len(params) > _MAX_PARAMS:
        raise invalid(f"at most {_MAX_PARAMS} query parameters")
    values: dict[str, str] = {}
    for key, value in params:
        if tags and key.startswith("tag."):
            continue
        if key not in allowed:
            raise invalid(f"unknown parameter {key[:64]!r}")
        if key in values:
            raise invalid(f"parameter {key!r} given more than once")
        values[key] = value
    if tags:
        seen: set[str] = set()
        for key, _ in params:
            if key.startswith("tag."):
                if key in seen:
                    raise invalid(f"parameter {key[:64]!r} given more than once")
                seen.add(key)
    return values


def _fn(raw: str) -> Fn:
    try:
        return Fn(raw)
    except ValueError:
        raise invalid(f"fn must be one of {', '.join(f.value for f in Fn)}") from None


def _positive(raw: str | None, name: str) -> int | None:
    if raw is None:
        return None
    if not raw.isdigit() or len(raw) > 12 or int(raw) == 0:
        raise invalid(f"{name} must be a positive integer")
    return int(raw)


def error_body(error: ApiError) -> bytes:
    return orjson.dumps({"error": {"code": error.kind.code, "message": error.message}})
