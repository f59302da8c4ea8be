"""Decoding InfluxDB's answers into series, within the answer budget.

Owner and measurement come from the stored measurement name (names.split_stored); a name
outside the layout, or (defence in depth) of an owner outside the scope, is ignored. The
budget is counted while decoding, so an answer over it is refused before it is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from services.api.errors import exhausted
from services.api.model import Budget, Fn, SeriesData, SeriesInfo, Window
from services.api.scope import OwnerScope
from services.common.names import split_stored


def _in_scope(scope: OwnerScope, name: str) -> tuple[str, str] | None:
    parts = split_stored(name)
    if parts is None or (scope.owner is not None and parts[0] != scope.owner):
        return None
    return parts


class Counter:
    """Series and points decoded so far for one answer, refused past the budget."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.series = 0
        self.points = 0

    def add(self, points: int) -> None:
        self.series += 1
        self.points += points
        b = self.budget
        if self.series > b.max_series:
            raise exhausted("MAX_SERIES", b.max_series, "the answer's number of series")
        if self.points > b.max_points:
            raise exhausted("MAX_POINTS", b.max_points, "the answer's number of points (all series together)")


def field_kinds(scope: OwnerScope, result: Mapping[str, Any], field: str = "") -> dict[tuple[str, str], str]:
    """(stored measurement, field) -> stored type, from SHOW FIELD KEYS (only `field`, if given)."""
    return {
        (s["name"], key): kind
        for s in result.get("series", [])
        if _in_scope(scope, s["name"])
        for key, kind in s["values"]
        if not field or key == field
    }


def projections(kinds: Mapping[tuple[str, str], str]) -> list[tuple[str, str]]:
    """The distinct (field, type) pairs to project (statements.select)."""
    return sorted(set((field, kind) for (_, field), kind in kinds.items()))


def decode_series(
    scope: OwnerScope,
    result: Mapping[str, Any],
    kinds: Mapping[tuple[str, str], str],
    window: Window | None,
    counter: Counter,
    keep: int | None = None,
) -> tuple[list[SeriesData], list[int]]:
    """The series of a SELECT, each cut to its first `keep` rows, and the time of the last row
    kept of each series that was cut (where a reader in time order goes on)."""
    out: list[SeriesData] = []
    cut: list[int] = []
    for s in result.get("series", []):
        name = s["name"]
        parts = _in_scope(scope, name)
        if parts is None:
            continue
        owner, measurement = parts
        tags = {k: v for k, v in (s.get("tags") or {}).items() if v != ""}
        columns: list[str] = s["columns"]
        rows: list[list[Any]] = s["values"]
        truncated = keep is not None and len(rows) > keep
        if truncated:
            rows = rows[:keep]
            cut.append(rows[-1][0])
        for index, name_and_kind in enumerate(columns):
            if index == 0:  # time
                continue
            field, _, stored = name_and_kind.partition(":")  # statements.column; keys hold no `:`
            if kinds.get((name, field)) != stored:
                # This measurement stores the field as another type: InfluxDB converted it
                # (numbers) or left it empty; its own type's column carries it.
                continue
            # The hot path of every query: plain column extraction, no per-point tuples. Each
            # series gets its own list of times (callers reverse them in place).
            values = [row[index] for row in rows]
            series_times = [row[0] for row in rows]
            if None in values:  # a field absent at some of the series' timestamps
                kept = [i for i, v in enumerate(values) if v is not None]
                series_times = [series_times[i] for i in kept]
                values = [values[i] for i in kept]
            if not values:
                continue
            counter.add(len(values))
            kind = _kind(window, stored)
            out.append(
                SeriesData(owner, measurement, field, dict(tags), kind, series_times, values, truncated)
            )
    return out, cut


def decode_extremes(
    scope: OwnerScope,
    result: Mapping[str, Any],
    kinds: Mapping[tuple[str, str], str],
    start_ns: int,
    stop_ns: int,
    every_ns: int,
    counter: Counter,
    highs: bool = True,
) -> list[SeriesData]:
    """The series of a statements.extremes answer: per window its minimum, at the window's
    start, and (`highs`) its maximum, halfway through it (InfluxDB gives windows, not the
    times of their extremes), both within [start, stop); one point where they are equal."""
    out: list[SeriesData] = []
    for s in result.get("series", []):
        parts = _in_scope(scope, s["name"])
        if parts is None:
            continue
        tags = {k: v for k, v in (s.get("tags") or {}).items() if v != ""}
        columns: list[str] = s["columns"]
        rows: list[list[Any]] = s["values"]
        for index in range(1, len(columns) - 1, 2):  # (min, max) column pairs
            field, _, stored = columns[index].rpartition(":")[0].partition(":")
            if kinds.get((s["name"], field)) != stored:
                continue  # another type of this field, stored in other measurements
            times: list[int] = []
            values: list[Any] = []
            for row in rows:
                low, high = row[index], row[index + 1]
                if low is None:
                    continue
                begin = max(row[0], start_ns)
                end = min(row[0] + every_ns, stop_ns)
                times.append(begin)
                values.append(low)
                if highs and high != low:
                    times.append(begin + max(1, (end - begin) // 2))
                    values.append(high)
            if times:
                counter.add(len(times))
                out.append(SeriesData(parts[0], parts[1], field, dict(tags), stored, times, values))
    return out


def _kind(window: Window | None, stored: str) -> str:
    """The kind of the values sent: the stored type, or what the aggregate makes of it."""
    if window is None or window.fn in (Fn.FIRST, Fn.LAST, Fn.MIN, Fn.MAX):
        return stored
    return "integer" if window.fn is Fn.COUNT else "float"


def decode_catalog(
    scope: OwnerScope, fields_result: Mapping[str, Any], series_result: Mapping[str, Any], budget: Budget
) -> list[SeriesInfo]:
    fields: dict[str, list[str]] = {}
    for s in fields_result.get("series", []):
        if _in_scope(scope, s["name"]):
            fields[s["name"]] = sorted(row[0] for row in s["values"])
    infos = []
    for s in series_result.get("series", []):
        for (key,) in s["values"]:
            name, tags = parse_series_key(key)
            parts = _in_scope(scope, name)
            if parts is None:
                continue
            infos.append(SeriesInfo(parts[0], parts[1], tags, fields.get(name, [])))
            if len(infos) > budget.max_series:
                raise exhausted("MAX_SERIES", budget.max_series, "the catalog's number of series")
    infos.sort(key=lambda i: (i.owner, i.measurement, sorted(i.tags.items())))
    return infos


def series_order(s: SeriesData) -> tuple[str, str, list[tuple[str, str]], str]:
    return (s.owner, s.measurement, sorted(s.tags.items()), s.field)


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
