"""The query layer: the only code that reads InfluxDB, shared by REST, gRPC-Web and native gRPC.

Every public method takes the caller's `Principal` and the owner scope they asked for, and
resolves that scope itself (scope.py), so no handler can read outside it: the statements
(statements.py) name only the scope's measurements. Answers are decoded within the budget
(results.py). Watch, built on `read`, is in watch.py.
"""

from __future__ import annotations

from services.api.auth import Principal
from services.api.errors import invalid
from services.api.influx import Influx
from services.api.model import Budget, QueryResult, Selector, SeriesData, SeriesInfo, Window
from services.api.results import (
    Counter,
    decode_catalog,
    decode_series,
    field_kinds,
    projections,
    series_order,
)
from services.api.scope import OwnerScope, resolve_scope
from services.api.statements import condition, field_keys, select, series_keys

# The most windows one aggregated query may span (`every=1s` over ten years is refused).
MAX_WINDOWS = 1_000_000


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
        (keys,) = await self._influx.query(field_keys(scope, selector.measurement), budget.max_answer_bytes)
        kinds = field_kinds(scope, keys, selector.field)
        fields = projections(kinds)
        statement = select(scope, selector.measurement, where, window, order, limit + 1, fields)
        if statement is None:
            return [], []
        (answer,) = await self._influx.query(statement, budget.max_answer_bytes)
        return decode_series(scope, answer, kinds, window, Counter(budget), keep=limit)

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
        scope = resolve_scope(principal, owner, all_owners)
        if start_ns >= stop_ns:
            raise invalid("start must be before stop")
        if window is not None and (stop_ns - start_ns) // (window.every_s * 10**9) > MAX_WINDOWS:
            raise invalid(f"the range holds more than {MAX_WINDOWS} windows of every; use a longer window")
        series, cut = await self.read(scope, selector, start_ns, stop_ns, window, "DESC", self.limit(limit))
        series.sort(key=series_order)
        for s in series:
            s.times_ns.reverse()
            s.values.reverse()
        return QueryResult(series, bool(cut))

    async def list_series(
        self, principal: Principal, measurement: str = "", owner: str = "", all_owners: bool = False
    ) -> list[SeriesInfo]:
        scope = resolve_scope(principal, owner, all_owners)
        statements = field_keys(scope, measurement) + "; "
        statements += series_keys(scope, measurement, self.budget.max_series + 1)
        results = await self._influx.query(statements, self.budget.max_answer_bytes)
        return decode_catalog(scope, results[0], results[1], self.budget)
