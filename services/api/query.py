"""The query layer: the only code that reads InfluxDB, shared by REST, gRPC-Web and native gRPC.

Every public method takes the caller's `Principal` and the owner scope they asked for, and
resolves that scope itself; the owner predicate is added here to every statement, so no
handler can forget it. Only admins may read another owner's data or everyone's.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
from collections.abc import AsyncIterator, Mapping
from typing import Any

from services.api.auth import Principal
from services.api.errors import ApiError, Kind, invalid
from services.api.influx import Influx
from services.api.influxql import ident, literal
from services.api.timeparse import now_ns
from services.common.names import OWNER_TAG, is_owner

# The most windows one aggregated query may span (`every=1s` over ten years is refused).
MAX_WINDOWS = 1_000_000
_FIELD_KINDS = {"float": "float", "integer": "integer", "unsigned": "integer", "boolean": "boolean"}


class Fn(enum.StrEnum):
    MEAN = "mean"
    MIN = "min"
    MAX = "max"
    SUM = "sum"
    COUNT = "count"
    FIRST = "first"
    LAST = "last"


@dataclasses.dataclass(frozen=True)
class Selector:
    """Which series: every non-empty member narrows the selection."""

    measurement: str = ""
    field: str = ""
    tags: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Window:
    every_s: int
    fn: Fn = Fn.MEAN


@dataclasses.dataclass
class SeriesData:
    """One series' points in columns, oldest first. `kind`: float, integer, boolean or string.

    Float values may hold Python ints (InfluxDB's JSON writes 21.0 as 21): JSON does not tell
    them apart, and protobuf's double fields convert them.
    """

    owner: str
    measurement: str
    field: str
    tags: dict[str, str]
    kind: str
    times_ns: list[int]
    values: list[Any]


@dataclasses.dataclass(frozen=True)
class SeriesInfo:
    owner: str
    measurement: str
    tags: dict[str, str]
    fields: list[str]


@dataclasses.dataclass(frozen=True)
class QueryResult:
    series: list[SeriesData]
    truncated: bool


def resolve_owner(principal: Principal, owner: str = "", all_owners: bool = False) -> str | None:
    """The owner whose data a request reads, or None for every owner (admins only)."""
    if all_owners:
        if not principal.is_admin:
            raise ApiError(Kind.PERMISSION_DENIED, "reading every owner's data requires the admin role")
        return None
    if not owner or owner == principal.owner:
        return principal.owner
    if not principal.is_admin:
        raise ApiError(Kind.PERMISSION_DENIED, "reading another owner's data requires the admin role")
    if not is_owner(owner):
        raise invalid("owner is not a valid owner name")
    return owner


class QueryLayer:
    def __init__(self, influx: Influx, default_limit: int, max_limit: int) -> None:
        self._influx = influx
        self.default_limit = default_limit
        self.max_limit = max_limit

    def limit(self, requested: int | None) -> int:
        """The client's limit, or the default, never above the hard cap."""
        if requested is None or requested == 0:
            return self.default_limit
        if requested < 0:
            raise invalid("limit must be positive")
        return min(requested, self.max_limit)

    async def query(
        self,
        principal: Principal,
        selector: Selector,
        start_ns: int,
        stop_ns: int,
        window: Window | None = None,
        limit: int | None = None,
        owner: str = "",
        all_owners: bool = False,
    ) -> QueryResult:
        scope = resolve_owner(principal, owner, all_owners)
        if start_ns >= stop_ns:
            raise invalid("start must be before stop")
        if window is not None and (stop_ns - start_ns) // (window.every_s * 10**9) > MAX_WINDOWS:
            raise invalid(f"the range holds more than {MAX_WINDOWS} windows of every; use a longer window")
        n = self.limit(limit)
        statements = (
            self._field_keys(selector.measurement)
            + "; "
            + self._select(scope, selector, f"time >= {start_ns} AND time < {stop_ns}", window, "DESC", n + 1)
        )
        results = await self._influx.query(statements)
        series = _series(results[1], _field_kinds(results[0]), window)
        series.sort(key=_series_order)
        truncated = False
        for s in series:
            if len(s.times_ns) > n:
                truncated = True
                del s.times_ns[n:], s.values[n:]
            s.times_ns.reverse()
            s.values.reverse()
        return QueryResult(series, truncated)

    async def list_series(
        self, principal: Principal, measurement: str = "", owner: str = "", all_owners: bool = False
    ) -> list[SeriesInfo]:
        scope = resolve_owner(principal, owner, all_owners)
        source = f" FROM {ident(measurement, 'measurement')}" if measurement else ""
        where = "" if scope is None else f" WHERE {ident(OWNER_TAG)} = {literal(scope)}"
        results = await self._influx.query(
            self._field_keys(measurement) + f"; SHOW SERIES{source}{where} LIMIT {self.max_limit}"
        )
        fields: dict[str, list[str]] = {}
        for s in results[0].get("series", []):
            fields[s["name"]] = sorted(row[0] for row in s["values"])
        infos = []
        for s in results[1].get("series", []):
            for (key,) in s["values"]:
                name, tags = parse_series_key(key)
                series_owner = tags.pop(OWNER_TAG, "")
                infos.append(SeriesInfo(series_owner, name, tags, fields.get(name, [])))
        infos.sort(key=lambda i: (i.owner, i.measurement, sorted(i.tags.items())))
        return infos

    async def watch(
        self,
        principal: Principal,
        selector: Selector,
        since_ns: int | None,
        interval_s: float,
        lookback_s: float,
        owner: str = "",
        all_owners: bool = False,
    ) -> AsyncIterator[list[SeriesData]]:
        """New points as they are stored, until the caller stops iterating.

        Each poll re-reads `lookback_s` behind the newest point sent (never before the start),
        so points that arrive late are still sent, and remembers what it sent in that window
        so nothing is sent twice.
        """
        scope = resolve_owner(principal, owner, all_owners)
        floor = now_ns() if since_ns is None else since_ns
        cursor = floor
        lookback_ns = int(lookback_s * 1e9)
        sent: set[tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], int]] = set()
        keys = self._field_keys(selector.measurement)
        resume: int | None = None
        while True:
            # Behind (a series filled a whole batch): go on right where that series was cut.
            lower = resume if resume is not None else max(floor, cursor - lookback_ns)
            statement = self._select(scope, selector, f"time >= {lower}", None, "ASC", self.max_limit)
            results = await self._influx.query(keys + "; " + statement)
            fresh: list[SeriesData] = []
            batch = _series(results[1], _field_kinds(results[0]), None)
            cut = [s.times_ns[-1] for s in batch if len(s.times_ns) >= self.max_limit]
            resume = min(cut) if cut else None
            for s in batch:
                ident_ = (s.owner, s.measurement, s.field, tuple(sorted(s.tags.items())))
                keep = [i for i, t in enumerate(s.times_ns) if (ident_, t) not in sent]
                if not keep:
                    continue
                s.times_ns = [s.times_ns[i] for i in keep]
                s.values = [s.values[i] for i in keep]
                sent.update((ident_, t) for t in s.times_ns)
                cursor = max(cursor, s.times_ns[-1])
                fresh.append(s)
            if fresh:
                yield fresh
            horizon = max(floor, min(cursor - lookback_ns, resume if resume is not None else cursor))
            sent = {k for k in sent if k[1] >= horizon}
            if resume is None:
                await asyncio.sleep(interval_s)

    @staticmethod
    def _field_keys(measurement: str) -> str:
        return "SHOW FIELD KEYS" + (f" FROM {ident(measurement, 'measurement')}" if measurement else "")

    @staticmethod
    def _select(
        scope: str | None, selector: Selector, time_clause: str, window: Window | None, order: str, limit: int
    ) -> str:
        field = ident(selector.field, "field") if selector.field else "*"
        if window is None:
            projection = field
        else:
            alias = f" AS {field}" if selector.field else ""
            projection = f"{window.fn.value}({field}){alias}"
        source = ident(selector.measurement, "measurement") if selector.measurement else "/.*/"
        where = [time_clause]
        if scope is not None:
            where.append(f"{ident(OWNER_TAG)} = {literal(scope)}")
        for key, value in sorted(selector.tags.items()):
            if key == OWNER_TAG:
                raise invalid("the owner tag is not selectable; use the owner scope")
            where.append(f"{ident(key, 'tag key')} = {literal(value, f'tag {key}')}")
        group = "*" if window is None else f"time({window.every_s}s), * fill(none)"
        # Every interpolated part above is a quoted identifier, an escaped literal or a number.
        clauses = " AND ".join(where)
        return f"SELECT {projection} FROM {source} WHERE {clauses} GROUP BY {group} ORDER BY time {order} LIMIT {limit}"  # noqa: S608, E501


def _series_order(s: SeriesData) -> tuple[str, str, list[tuple[str, str]], str]:
    return (s.owner, s.measurement, sorted(s.tags.items()), s.field)


def _field_kinds(result: Mapping[str, Any]) -> dict[tuple[str, str], str]:
    return {
        (s["name"], key): _FIELD_KINDS.get(kind, "string")
        for s in result.get("series", [])
        for key, kind in s["values"]
    }


def _series(
    result: Mapping[str, Any], kinds: Mapping[tuple[str, str], str], window: Window | None
) -> list[SeriesData]:
    out: list[SeriesData] = []
    prefix = "" if window is None else window.fn.value + "_"
    for s in result.get("series", []):
        name = s["name"]
        tags = {k: v for k, v in (s.get("tags") or {}).items() if v != ""}
        owner = tags.pop(OWNER_TAG, "")
        columns: list[str] = s["columns"]
        rows: list[list[Any]] = s["values"]
        for index, column in enumerate(columns):
            if index == 0:  # time
                continue
            field = column.removeprefix(prefix) if prefix and column.startswith(prefix) else column
            kind = _kind(window, kinds.get((name, field), "float"))
            # The hot path of every query: plain column extraction, no per-point tuples.
            times = [row[0] for row in rows]
            values = [row[index] for row in rows]
            if None in values:  # a field absent at some of the series' timestamps
                kept = [i for i, v in enumerate(values) if v is not None]
                times = [times[i] for i in kept]
                values = [values[i] for i in kept]
            if not values:
                continue
            out.append(SeriesData(owner, name, field, dict(tags), kind, times, values))
    return out


def _kind(window: Window | None, stored: str) -> str:
    if window is None or window.fn in (Fn.FIRST, Fn.LAST):
        return stored
    return "integer" if window.fn is Fn.COUNT else "float"


def parse_series_key(key: str) -> tuple[str, dict[str, str]]:
    """`cpu,host=a\\,b,region=eu` -> ("cpu", {"host": "a,b", "region": "eu"}) (line-protocol escapes)."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in key:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    # Tag keys cannot contain `=` (KEY_RE), so the first one separates key and value.
    tags = dict(raw.partition("=")[::2] for raw in parts[1:])
    return parts[0], tags
