"""The query layer: the only code that reads InfluxDB, shared by REST, gRPC-Web and native gRPC.

Every public method takes the caller's `Principal` and the owner scope they asked for, and
resolves that scope itself (scope.py), so no handler can read outside it: the statements
(statements.py) name only the scope's measurements. Answers are decoded within the budget
(results.py). Watch, built on `read`, is in watch.py.
"""

from __future__ import annotations

import dataclasses

from services.api.auth import Principal
from services.api.errors import invalid
from services.api.influx import Influx
from services.api.model import Budget, QueryResult, Selector, SeriesData, SeriesInfo, Window
from services.api.results import (
    Counter,
    decode_catalog,
    decode_extremes,
    decode_series,
    field_kinds,
    projections,
    series_order,
)
from services.api.scope import OwnerScope, resolve_scope
from services.api.statements import condition, extremes, field_keys, select, series_keys

# The most windows one aggregated query may span (`every=1s` over ten years is refused).
MAX_WINDOWS = 1_000_000


def check_range(start_ns: int, stop_ns: int, window: Window | None) -> None:
    """What every read of a range requires: a non-empty range, and not too many windows."""
    if start_ns >= stop_ns:
        raise invalid("start must be before stop")
    if window is not None and (stop_ns - start_ns) // (window.every_s * 10**9) > MAX_WINDOWS:
        raise invalid(f"the range holds more than {MAX_WINDOWS} windows of every; use a longer window")


def widen(window: Window, start_ns: int, stop_ns: int, points: int) -> Window:
    """The window of an aggregation that answers at most `points` windows in [start, stop).
    Windows aligned to the epoch (InfluxDB's default) fit if the range's count of them,
    partial ones at either end included, does; otherwise they are widened to whole seconds
    and start at the range's start, so none is partial at the start and ceil(range / every)
    <= points of them remain."""
    every_ns = window.every_s * 10**9
    span = stop_ns - start_ns
    touched = -(-(stop_ns - start_ns + start_ns % every_ns) // every_ns)
    if touched <= points:
        return window
    every_s = max(window.every_s, -(-span // (points * 10**9)))
    return dataclasses.replace(window, every_s=every_s, offset_ns=start_ns % (every_s * 10**9))


class QueryLayer:
    def __init__(self, influx: Influx, default_limit: int, max_limit: int, budget: Budget) -> None:
        self._influx = influx
        self.default_limit = default_limit
        self.max_limit = max_limit
        self.budget = budget

    def limit(self, requested: int | None) -> int:
        """The client's limit, or the default, never above the hard cap."""
        if requested is None or requested == 0:
            return self.default_limit
        if requested < 0:
            raise invalid("limit must be positive")
        return min(requested, self.max_limit)

    async def read(
        self,
        scope: OwnerScope,
        selector: Selector,
        start_ns: int,
        stop_ns: int | None,
        window: Window | None,
        order: str,
        limit: int,
    ) -> tuple[list[SeriesData], list[int]]:
        """Up to `limit` rows per series, within the budget, and where each cut series was cut
        (results.decode_series). Two round trips: the SELECT projects each field with the
        types the scope stores it as (statements.py says why), which SHOW FIELD KEYS tells."""
        budget = self.budget
        where = condition(selector, start_ns, stop_ns)
        kinds = await self._field_kinds(scope, selector)
        fields = projections(kinds)
        statement = select(scope, selector.measurement, where, window, order, limit + 1, fields)
        if statement is None:
            return [], []
        (answer,) = await self._influx.query(statement, budget.max_answer_bytes)
        return decode_series(scope, answer, kinds, window, Counter(budget), keep=limit)

    async def _field_kinds(self, scope: OwnerScope, selector: Selector) -> dict[tuple[str, str], str]:
        (keys,) = await self._influx.query(
            field_keys(scope, selector.measurement), self.budget.max_answer_bytes
        )
        return field_kinds(scope, keys, selector.field)

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
        max_points: int | None = None,
    ) -> QueryResult:
        """Points of the selection in [start, stop), newest `limit` per series (oldest first).
        With `max_points`, a raw series holding more is downsampled instead (`_extremes`), and
        an aggregation's window is widened to at most `max_points` windows (`widen`)."""
        scope = resolve_scope(principal, owner, all_owners)
        keep = self.limit(limit)
        if max_points is not None and max_points < 0:
            raise invalid("max_points must be positive")
        points = min(max_points, keep) if max_points else None
        if window is not None and points is not None:
            window = widen(window, start_ns, stop_ns, points)
        check_range(start_ns, stop_ns, window)
        read_limit = points if points is not None and window is None else keep
        series, _ = await self.read(scope, selector, start_ns, stop_ns, window, "DESC", read_limit)
        for s in series:
            s.times_ns.reverse()
            s.values.reverse()
        downsampled = False
        if points is not None and window is None:
            series, downsampled = await self._extremes(scope, selector, start_ns, stop_ns, points, series)
        series.sort(key=series_order)
        return QueryResult(series, any(s.truncated for s in series), downsampled)

    async def _extremes(
        self,
        scope: OwnerScope,
        selector: Selector,
        start_ns: int,
        stop_ns: int,
        points: int,
        series: list[SeriesData],
    ) -> tuple[list[SeriesData], bool]:
        """Each numeric series cut at `points` replaced by its minimum and maximum per window
        of `points / 2` windows (statements.extremes): peaks survive, whatever the density.
        The windows start at `start_ns`, so the range holds exactly that many and a series at
        most `points` points (max_points 1: each window's minimum only). Series that fit stay
        raw; others (booleans, strings) stay cut, newest kept. The field types are read again
        (one more small round trip, only for a dense range)."""
        dense = {s.key() for s in series if s.truncated and s.kind in ("float", "integer")}
        if not dense:
            return series, False
        windows = max(1, points // 2)
        every_ns = max(1, -(-(stop_ns - start_ns) // windows))
        fields = sorted({(s.field, s.kind) for s in series if s.key() in dense})
        where = condition(selector, start_ns, stop_ns)
        offset_ns = start_ns % every_ns  # windows from the range's start, not the epoch's
        statement = extremes(scope, selector.measurement, where, every_ns, offset_ns, windows, fields)
        if statement is None:
            return series, False
        (answer,) = await self._influx.query(statement, self.budget.max_answer_bytes)
        kinds = await self._field_kinds(scope, selector)
        reduced = decode_extremes(
            scope, answer, kinds, start_ns, stop_ns, every_ns, Counter(self.budget), highs=points > 1
        )
        by_key = {s.key(): s for s in reduced if s.key() in dense}
        return [by_key.get(s.key(), s) for s in series], bool(by_key)

    async def list_series(
        self, principal: Principal, measurement: str = "", owner: str = "", all_owners: bool = False
    ) -> list[SeriesInfo]:
        scope = resolve_scope(principal, owner, all_owners)
        statements = field_keys(scope, measurement) + "; "
        statements += series_keys(scope, measurement, self.budget.max_series + 1)
        results = await self._influx.query(statements, self.budget.max_answer_bytes)
        return decode_catalog(scope, results[0], results[1], self.budget)
