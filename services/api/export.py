"""CSV export of a selection (`GET /api/export`): every point in the range, streamed page by
page, so an export of any size is never held in memory.

Rows are `owner,series,time,value`: `series` is the line-protocol series key and field
(`temperature,sensor=s1 value`), `time` RFC 3339 in UTC with up to nine fraction digits (as
InfluxDB writes RFC3339Nano), values as stored (booleans `true`/`false`). Rows are in time
order (series order within one time).

Paging reads up to `page` rows per series in time order (QueryLayer.read, within the answer
budget and the owner scope like every query); the series cut first bounds what is complete:
every row at or before its last kept time is emitted, and the next page starts after it. So
each page makes progress and no row is sent twice or lost.

A string value that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is
prefixed with `'` (OWASP's CSV injection advice): an admin's export holds what other owners wrote.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import AsyncIterator
from typing import Any

from services.api.auth import Principal
from services.api.model import Selector, SeriesData, Window
from services.api.query import QueryLayer, check_range
from services.api.results import series_order
from services.api.scope import OwnerScope, resolve_scope

HEADER = ("owner", "series", "time", "value")
_TAG_ESCAPES = str.maketrans({" ": "\\ ", ",": "\\,", "=": "\\="})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def rfc3339(ns: int) -> str:
    """`2026-11-29T00:00:00.5Z` for nanoseconds since the epoch (trailing zeros dropped)."""
    seconds, fraction = divmod(ns, 10**9)
    text = (_EPOCH + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")
    if fraction:
        text += "." + f"{fraction:09d}".rstrip("0")
    return text + "Z"


def series_name(s: SeriesData) -> str:
    """The line-protocol series key and field: `measurement,k=v,... field`."""
    tags = "".join(f",{k}={v.translate(_TAG_ESCAPES)}" for k, v in sorted(s.tags.items()))
    return f"{s.measurement}{tags} {s.field}"


def cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return repr(value) if isinstance(value, float) else str(value)


def csv_rows(series: list[SeriesData], horizon: int | None) -> bytes:
    """The rows of one page at or before `horizon` (all when None), in time order."""
    rows: list[tuple[int, int, str, str, Any]] = []
    for order, s in enumerate(series):
        name = series_name(s)
        for t, v in zip(s.times_ns, s.values, strict=True):
            if horizon is None or t <= horizon:
                rows.append((t, order, s.owner, name, v))
    rows.sort(key=lambda r: (r[0], r[1]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows((owner, name, rfc3339(t), cell(v)) for t, _, owner, name, v in rows)
    return out.getvalue().encode()


def export_csv(
    layer: QueryLayer,
    principal: Principal,
    selector: Selector,
    start_ns: int,
    stop_ns: int,
    window: Window | None = None,
    owner: str = "",
    all_owners: bool = False,
) -> AsyncIterator[bytes]:
    """The CSV, header first, one chunk per page of `layer.default_limit` rows per series. The
    scope and range are checked now; the first chunk holds the first page, so a caller that
    awaits it sees a refused query before it answers anything."""
    scope = resolve_scope(principal, owner, all_owners)
    check_range(start_ns, stop_ns, window)
    return _pages(layer, scope, selector, start_ns, stop_ns, window)


async def _pages(
    layer: QueryLayer,
    scope: OwnerScope,
    selector: Selector,
    start_ns: int,
    stop_ns: int,
    window: Window | None,
) -> AsyncIterator[bytes]:
    header = io.StringIO()
    csv.writer(header, lineterminator="\r\n").writerow(HEADER)
    chunk = header.getvalue().encode()
    lower = start_ns
    while True:
        series, cut = await layer.read(scope, selector, lower, stop_ns, window, "ASC", layer.default_limit)
        series.sort(key=series_order)
        horizon = min(cut) if cut else None
        chunk += csv_rows(series, horizon)
        yield chunk
        if horizon is None:
            return
        chunk = b""
        # After the last complete row; an aggregate's next window starts a window later.
        lower = horizon + (window.every_s * 10**9 if window is not None else 1)
