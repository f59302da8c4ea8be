"""Live updates through the queue (issue 12): publisher → consumer → InfluxDB → notification →
the API's one subscription → Watch streams, each point once and in order per series, through
every fault that loses notifications; isolation on gRPC and gRPC-Web; the slow-client bound."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import grpc
import pytest

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from services.common import topology
from tests.api.clients import stub
from tests.api.support import ADMIN, ALICE, BOB, ApiProcess, metric
from tests.ingest.helpers import count
from tests.live.conftest import Consumers
from tests.live.support import Key, Watcher, live_env, point, publish_points, running, stamp, until
from tests.stack.broker import BrokerVhost
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer, unique

SECOND = 10**9


class Points:
    """Points of one measurement stamped now (strictly increasing), as live data is, and what
    each owner's Watch must deliver of them."""

    def __init__(self, broker: BrokerVhost, measurement: str) -> None:
        self.broker = broker
        self.measurement = measurement
        self.base = time.time_ns() - SECOND
        self.last = self.base
        self.n = 0
        self.expected: dict[str, dict[Key, list[tuple[int, float]]]] = {}

    async def batch(self, owner: str = ALICE, series: int = 3, **fields: Any) -> None:
        """`series` points of `owner`, one per series, with `fields` beside their `value`."""
        points = []
        for k in range(series):
            t = self.last = max(time.time_ns(), self.last + 1)
            p = point(self.measurement, k, t, float(self.n))
            p["fields"].update(fields)
            points.append(p)
            key = (owner, self.measurement, (("k", str(k)),))
            self.expected.setdefault(owner, {}).setdefault(key, []).append((t, float(self.n)))
            self.n += 1
        await publish_points(self.broker, owner, points)

    def of(self, *owners: str) -> dict[Key, list[tuple[int, float]]]:
        return {k: v for o in owners for k, v in self.expected.get(o, {}).items()}

    def request(self, field: str = "", **scope: Any) -> pb.WatchRequest:  # scope: OwnerScope's fields
        return pb.WatchRequest(
            selector=pb.SeriesSelector(measurement=self.measurement, field=field),
            since=stamp(self.base),
            scope=pb.OwnerScope(**scope),
        )


def delivered(w: Watcher) -> dict[Key, list[tuple[int, float]]]:
    return {k: v for k, v in w.got.items() if v}


async def test_every_point_once_in_order_across_restarts_drops_and_lost_notifications(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    idp: KeycloakServer,
    tokens: dict[str, str],
    consumers: Consumers,
) -> None:
    data = Points(broker, unique("live_"))
    consumer = consumers()
    # A queue of one notification: any burst while the API is busy drops some (a gap).
    env = live_env(influx, idp, influx_db, broker, WATCH_QUEUE_MAX_LENGTH="1")
    api = ApiProcess(env).start()
    watchers = [Watcher(api, p, tokens["alice"], data.request()) for p in ("grpc", "grpc-web")]

    async def all_delivered(what: str, within: float = 20) -> float:
        expected = data.of(ALICE)
        return await until(lambda: all(delivered(w) == expected for w in watchers), within, what)

    try:
        async with running(*watchers):
            await data.batch()
            await data.batch(BOB)
            await all_delivered("the catch-up at the start")
            # Pushed: the poll interval is 30 s.
            await data.batch()
            assert await all_delivered("a pushed batch", 5) < 3

            # A consumer killed around a write: its unacknowledged batch is redelivered,
            # written and announced again by the next one (whose x-seq starts anew).
            await data.batch()
            consumer.proc.kill()  # type: ignore[union-attr]
            consumer = consumers()
            await data.batch()
            await all_delivered("after a consumer restart")

            # Every broker connection of the vhost dropped: the API subscribes again on a new
            # queue, and its streams catch up from InfluxDB.
            subscribed = metric(api, "api_watch_gaps_total", cause="subscribed")
            broker.rabbitmq.ctl("close_all_connections", "-p", broker.vhost, "test: connection dropped")
            await data.batch()
            await all_delivered("after a dropped broker connection", 30)
            assert metric(api, "api_watch_gaps_total", cause="subscribed") > subscribed

            # Notifications dropped by the full queue while the API is frozen: the next one's
            # x-seq skips, and the streams catch up.
            skipped = metric(api, "api_watch_gaps_total", cause="sequence")
            assert api.proc is not None
            os.kill(api.proc.pid, signal.SIGSTOP)
            try:
                for _ in range(4):
                    await data.batch()
                    await asyncio.sleep(0.3)  # separate consumer batches, separate notifications
            finally:
                os.kill(api.proc.pid, signal.SIGCONT)
            await all_delivered("after dropped notifications")
            assert metric(api, "api_watch_gaps_total", cause="sequence") > skipped

            # An API restart: the streams end; the clients resume on the new process.
            api.stop()
            await data.batch()
            api = ApiProcess(env).start()
            for w in watchers:
                w.api = api
            await data.batch()
            await all_delivered("after an API restart", 30)
        assert consumer.metric("ingest_notifications_total") > 0
        for w in watchers:
            assert w.duplicates == 0 and w.owners() == {ALICE}
            assert w.resumes >= 1  # the restart did end the streams
    finally:
        api.stop()


async def test_watched_data_is_isolated_on_grpc_and_grpc_web(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    idp: KeycloakServer,
    tokens: dict[str, str],
    consumers: Consumers,
) -> None:
    data = Points(broker, unique("iso_"))
    consumers()
    api = ApiProcess(live_env(influx, idp, influx_db, broker)).start()
    streams = {
        (protocol, who, scope): Watcher(
            api, protocol, tokens[who], data.request("", **dict([scope]) if scope else {})
        )
        for protocol in ("grpc", "grpc-web")
        for who, scope in (
            ("alice", ()),
            ("bob", ()),
            ("admin", ("all_owners", True)),
            ("admin", ("owner", BOB)),
        )
    }
    try:
        async with running(*streams.values(), resume=False):
            await asyncio.sleep(1)  # subscribed: what follows is pushed
            for owner in (ALICE, BOB, ADMIN, ALICE, BOB):
                await data.batch(owner)
            wanted = {
                ("alice", ()): data.of(ALICE),
                ("bob", ()): data.of(BOB),
                ("admin", ("all_owners", True)): data.of(ALICE, BOB, ADMIN),
                ("admin", ("owner", BOB)): data.of(BOB),
            }
            await until(
                lambda: all(delivered(w) == wanted[(who, scope)] for (_, who, scope), w in streams.items()),
                20,
                "every stream's own data",
            )
            await asyncio.sleep(0.5)  # nothing else follows
        for (_, who, scope), w in streams.items():
            assert delivered(w) == wanted[(who, scope)] and w.duplicates == 0 and not w.ended
    finally:
        api.stop()


async def test_a_slow_client_is_resynced_then_ended_never_stalling_the_others(
    broker: BrokerVhost,
    influx: InfluxServer,
    influx_db: str,
    idp: KeycloakServer,
    tokens: dict[str, str],
    consumers: Consumers,
) -> None:
    data = Points(broker, unique("slow_"))
    consumers()
    api = ApiProcess(live_env(influx, idp, influx_db, broker, WATCH_BUFFER="8")).start()
    fast = Watcher(api, "grpc", tokens["alice"], data.request("value"))
    # A channel with HTTP/2's default 64 KiB window (no BDP probing): a reader that stops
    # reading stops the server's writes after about two notifications, then its inbox (8) fills.
    options = [("grpc.http2.bdp_probe", 0), ("grpc.max_receive_message_length", 64 * 2**20)]
    try:
        async with grpc.aio.insecure_channel(api.grpc_target, options=options) as channel:
            slow = stub(channel).Watch(
                data.request(), metadata=(("authorization", f"Bearer {tokens['alice']}"),)
            )
            async with running(fast, resume=False):
                await asyncio.sleep(1)
                for _ in range(40):
                    await data.batch(series=1, blob="x" * 30_000)
                    await asyncio.sleep(0.05)
                # The fan-out never waited for the slow stream.
                await until(lambda: delivered(fast) == data.of(ALICE), 20, "the fast stream")
                await until(
                    lambda: metric(api, "api_watch_gaps_total", cause="slow-client") > 0, 10, "a resync"
                )
                # Only now does the slow client read: what it was sent, then a clear status.
                with pytest.raises(grpc.aio.AioRpcError) as err:
                    async with asyncio.timeout(30):
                        async for _ in slow:
                            pass
                assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
                assert "too slowly" in (err.value.details() or "")
                assert not fast.ended and fast.duplicates == 0
    finally:
        api.stop()


async def test_a_failed_notification_never_holds_up_ingestion(
    broker: BrokerVhost, influx: InfluxServer, influx_db: str, consumers: Consumers, tmp_path: Path
) -> None:
    consumer = consumers()
    broker.rabbitmq.api(
        "DELETE", f"/api/exchanges/{broker.vhost_path}/{quote(topology.NOTIFY_EXCHANGE, safe='')}"
    )
    try:
        data = Points(broker, unique("nonotify_"))
        for _ in range(3):
            await data.batch()
            await asyncio.sleep(0.2)
        await until(lambda: count(influx, influx_db, data.measurement, owner=ALICE) == 9, 20, "stored points")
        await until(lambda: consumer.metric("ingest_notifications_failed_total") > 0, 10, "counted failures")
        assert consumer.status("/readyz") == 200
    finally:
        broker.restore_topology()
