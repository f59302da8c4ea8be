"""Watch: new points as they are stored, pushed from the replica's fan-out (fanout.py), until the
caller stops or the caller's token stops being valid.

A stream registers its inbox first, then catches up from InfluxDB (from `since`, or from the
start of the call), then sends what the notifications bring; after any gap it catches up
again, from `lookback_s` before it was last in sync. Every point goes out once, in time order
within its series: each series has a watermark, the time of the last point sent, and only
later points are sent (a point stored late, at or before its series' watermark, stays in
InfluxDB for queries). A stream ends with UNAUTHENTICATED when its token expires (or its
signing key is withdrawn): `still_valid` is asked before every batch and the wait never
outlasts the token. The client renews its token and resumes with `since` = its last point.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable

from services.api.auth import Principal
from services.api.fanout import Fanout, Subscription
from services.api.model import Selector, SeriesData
from services.api.query import QueryLayer
from services.api.scope import OwnerScope, resolve_scope
from services.api.stored_lines import SeriesKey, series_key
from services.api.timeparse import now_ns


def unsent(batch: list[SeriesData], marks: dict[SeriesKey, int], floor: int) -> list[SeriesData]:
    """The points of `batch` after their series' watermark (which advances), as new series
    objects: the fan-out shares its objects among streams."""
    fresh: list[SeriesData] = []
    for s in batch:
        key = series_key(s)
        mark = marks.get(key, floor - 1)
        times: list[int] = []
        values: list[object] = []
        for t, v in zip(s.times_ns, s.values, strict=True):
            if t > mark:
                times.append(t)
                values.append(v)
                mark = t
        if times:
            marks[key] = mark
            fresh.append(SeriesData(s.owner, s.measurement, s.field, s.tags, s.kind, times, values))
    return fresh


async def _catch_up(
    layer: QueryLayer,
    scope: OwnerScope,
    selector: Selector,
    lower: int,
    marks: dict[SeriesKey, int],
    floor: int,
) -> AsyncIterator[list[SeriesData]]:
    """Everything stored from `lower` on, in pages of at most `max_limit` points per series
    (a page that cut a series goes on right where it was cut)."""
    while True:
        batch, cut = await layer.read(scope, selector, lower, None, None, "ASC", layer.max_limit)
        fresh = unsent(batch, marks, floor)
        if fresh:
            yield fresh
        if not cut:
            return
        lower = min(cut)


async def watch(
    layer: QueryLayer,
    fanout: Fanout,
    principal: Principal,
    selector: Selector,
    since_ns: int | None,
    interval_s: float,
    lookback_s: float,
    still_valid: Callable[[Principal], None],
    owner: str = "",
    all_owners: bool = False,
) -> AsyncIterator[list[SeriesData]]:
    scope = resolve_scope(principal, owner, all_owners)
    floor = now_ns() if since_ns is None else since_ns
    lookback_ns = int(lookback_s * 1e9)
    marks: dict[SeriesKey, int] = {}
    synced = floor  # up to about when this stream is known to have everything
    sub: Subscription
    with fanout.subscribe(scope, selector) as sub:
        while True:
            still_valid(principal)
            if sub.ended is not None:
                raise sub.ended
            if sub.take_gap():
                started = now_ns()
                async for fresh in _catch_up(
                    layer, scope, selector, max(floor, synced - lookback_ns), marks, floor
                ):
                    yield fresh
                synced = started
                continue
            batch = sub.take()
            if batch is not None:
                fresh = unsent(batch, marks, floor)
                synced = now_ns()
                if fresh:
                    yield fresh
                continue
            # Never wait past the token's expiry: the stream ends on time even when idle.
            # Without the subscription (no broker, or it is down) each wait ends in a catch-up.
            timeout = max(0.0, min(interval_s, principal.expires_at - time.time()))
            if not await sub.wait(timeout) and not fanout.live:
                sub.gap()
