"""`make bench-spa`'s real stack for `range_1m_ms`: the whole topology (tests/stack/dev.py's Stack:
InfluxDB 2.7, the API, Keycloak, oauth2-proxy, the gateway serving the built SPA) with 1,000,000
points of one series of demo user alice stored in one range.

    python -m tests.stack.spa_range    # run by services/frontend/bench/spa-bench.mjs

Prints one JSON line once the stack is up and the points are stored (the stack's state, plus
`range`: the series' key as the SPA names it in a URL, its first and last point), then runs until
its stdin closes (the bench ends) or SIGTERM, and stops everything. The points go straight into
InfluxDB through its write API in the storage layout (services/common/names.py), as the consumer
would store them; publishing a million through the broker would only slow the setup.
"""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import time
from collections.abc import Iterator

from chart.realm import DEMO_USER_IDS
from tests.api.support import stored_line, write_lines
from tests.stack.dev import RUN_DIR, Stack
from tests.stack.servers import InfluxServer

POINTS = 1_000_000
#: One point every 400 ms: the million span about 4.6 days, well within the bucket's retention.
STEP_NS = 400 * 10**6
USER = "alice"
MEASUREMENT, FIELD, TAGS = "bench_range", "value", {"sensor": "range-1m"}
BATCH = 100_000


def lines(owner: str, first_ns: int) -> Iterator[list[str]]:
    """The points in batches: a slow wave with noise and a spike every 50,000, so the chart has
    peaks that only a min/max-preserving downsampling keeps."""
    batch = []
    for i in range(POINTS):
        value = 20 + 5 * math.sin(i / 20_000) + (i * 7919 % 1000) / 1000 + (30 if i % 50_000 == 0 else 0)
        batch.append(stored_line(owner, MEASUREMENT, TAGS, {FIELD: round(value, 3)}, first_ns + i * STEP_NS))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def store(influx: InfluxServer, bucket: str, owner: str) -> tuple[int, int]:
    """Writes the points ending now; returns the first and last timestamps (ns)."""
    first_ns = time.time_ns() - POINTS * STEP_NS
    for batch in lines(owner, first_ns):
        write_lines(influx, bucket, batch)
    return first_ns, first_ns + (POINTS - 1) * STEP_NS


def say(message: str) -> None:
    """Progress goes to stderr: stdout carries the state line only."""
    print(message, file=sys.stderr, flush=True)


def main() -> int:
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    stack = Stack(RUN_DIR / f"spa-bench-{os.getpid()}", gateway_port=0)
    try:
        state = stack.start(log=say)
        assert stack.servers is not None
        say(f"writing {POINTS:,} points into InfluxDB …")
        first_ns, last_ns = store(stack.servers.influx, state["influx_db"], DEMO_USER_IDS[USER])
        key = json.dumps(["", MEASUREMENT, FIELD, sorted(TAGS.items())], separators=(",", ":"))
        state["range"] = dict(user=USER, series=key, points=POINTS, first_ns=first_ns, last_ns=last_ns)
        print(json.dumps(state), flush=True)
        sys.stdin.read()
        return 0
    finally:
        say("stopping the stack …")
        stack.stop()


if __name__ == "__main__":
    raise SystemExit(main())
