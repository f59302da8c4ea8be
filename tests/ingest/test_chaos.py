"""The short chaos run (tests/ingest/chaos.py; `make chaos` is the full one): consumer kills and
a kill -9 of the queue leader's node on a 3-node cluster, under a stream with poison mixed in.
Nothing confirmed may be lost, nothing stored twice, nothing unexpected stored."""

from __future__ import annotations

from pathlib import Path

from tests.ingest import chaos
from tests.stack.servers import InfluxServer


async def test_short_chaos_run_loses_nothing(influx: InfluxServer, tmp_path: Path) -> None:
    lines: list[str] = []
    report = await chaos.run(
        list(chaos.SHORT_SCENARIOS), tmp_path, influx=influx, timing=chaos.SHORT, rate=30, echo=lines.append
    )
    described = "\n".join(lines + [o.line() for o in report.scenarios] + [report.summary()])
    assert report.total.published > 0 and report.total.poison > 0, described
    assert report.clean, described
