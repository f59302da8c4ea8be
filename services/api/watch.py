"""Watch: new points as they are stored, polled from InfluxDB, until the caller stops or the
caller's token stops being valid.

Each poll re-reads `lookback_s` behind the newest point sent (never before the start), so
points that arrive late are still sent, and remembers what it sent in that window so nothing
is sent twice. A stream ends with UNAUTHENTICATED when its token expires (or its signing key
is withdrawn): `still_valid` is asked before every poll and the wait between polls never
outlasts the token. The client renews its token and resumes with `since` = its last point.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

from services.api.auth import Principal
from services.api.model import Selector, SeriesData
from services.api.query import QueryLayer
from services.api.scope import resolve_scope
from services.api.timeparse import now_ns

SeriesKey = tuple[str, str, str, tuple[tuple[str, str], ...]]


async def watch(
    layer: QueryLayer,
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
    cursor = floor
    lookback_ns = int(lookback_s * 1e9)
    sent: set[tuple[SeriesKey, int]] = set()
    resume: int | None = None
    while True:
        still_valid(principal)
        # Behind (a series filled a whole batch): go on right where that series was cut.
        lower = resume if resume is not None else max(floor, cursor - lookback_ns)
        batch, cut = await layer.read(scope, selector, lower, None, None, "ASC", layer.max_limit)
        resume = min(cut) if cut else None
        fresh: list[SeriesData] = []
        for s in batch:
            key = (s.owner, s.measurement, s.field, tuple(sorted(s.tags.items())))
            keep = [i for i, t in enumerate(s.times_ns) if (key, t) not in sent]
            if not keep:
                continue
            s.times_ns = [s.times_ns[i] for i in keep]
            s.values = [s.values[i] for i in keep]
            sent.update((key, t) for t in s.times_ns)
            cursor = max(cursor, s.times_ns[-1])
            fresh.append(s)
        if fresh:
            yield fresh
        horizon = max(floor, min(cursor - lookback_ns, resume if resume is not None else cursor))
        sent = {k for k in sent if k[1] >= horizon}
        if resume is None:
            # Never sleep past the token's expiry: the stream ends on time even when idle.
            await asyncio.sleep(max(0.0, min(interval_s, principal.expires_at - time.time())))
