"""The live path end to end: a publisher, the real consumer, the real broker, InfluxDB 2.7 and the
API as processes, configured as the chart configures them (tests/stack/broker.py imports the
chart's boot definitions, users and permissions); Watch streams read by real gRPC and
gRPC-Web clients, which resume the way the SPA does (per-series watermarks, `since`)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.conftest import api_env
from tests.api.fetch import CallError
from tests.api.support import ApiProcess
from tests.api.test_limits import watch
from tests.ingest.helpers import json_message, publish
from tests.stack.broker import API_USER, BrokerVhost
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer

Key = tuple[str, str, tuple[tuple[str, str], ...]]


def live_env(
    influx: InfluxServer, idp: KeycloakServer, db: str, broker: BrokerVhost, **extra: str
) -> dict[str, str]:
    """The API's environment with the chart's broker settings; a poll interval far above every
    latency asserted, so only pushed notifications can meet them."""
    return api_env(influx, idp, db) | {
        "AMQP_HOST": "127.0.0.1",
        "AMQP_PORT": str(broker.rabbitmq.amqp_port),
        "AMQP_USER": API_USER,
        "AMQP_PASSWORD": broker.api_password,
        "AMQP_VHOST": broker.vhost,
        "WATCH_INTERVAL_S": "30",
        **extra,
    }


def point(measurement: str, series: int, t_ns: int, value: float) -> dict[str, Any]:
    return {"measurement": measurement, "tags": {"k": str(series)}, "fields": {"value": value}, "time": t_ns}


async def publish_points(broker: BrokerVhost, owner: str, points: list[dict[str, Any]]) -> None:
    await publish(broker, [json_message(owner, points)])


def stamp(ns: int) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(ns)
    return ts


@dataclass
class Watcher:
    """A Watch that resumes after its stream ends (API restart, token renewal): with `since` = the
    newest point received, dropping what is at or before each series' watermark, like the SPA."""

    api: ApiProcess
    protocol: str
    token: str
    request: pb.WatchRequest
    got: dict[Key, list[tuple[int, float]]] = field(default_factory=dict)
    duplicates: int = 0
    resumes: int = 0
    ended: list[str] = field(default_factory=list)

    def owners(self) -> set[str]:
        return {key[0] for key in self.got}

    def count(self) -> int:
        return sum(len(v) for v in self.got.values())

    def _take(self, reply: pb.WatchResponse, session: dict[Key, int]) -> None:
        """Keeps new points; counts a point at or before its series' watermark within one stream
        as a duplicate (the server's fault). A resumed stream resends the point at `since`
        (inclusive): the client drops that one, as the SPA does."""
        for s in reply.series:
            key = (s.owner, s.measurement, tuple(sorted(s.tags.items())))
            received = self.got.setdefault(key, [])
            for t, v in zip(s.times_unix_nano, s.doubles.values, strict=True):
                if key in session and t <= session[key]:
                    self.duplicates += 1
                    continue
                session[key] = t
                if received and t <= received[-1][0]:
                    continue
                received.append((t, v))

    async def run(self, resume: bool = True) -> None:
        while True:
            request = pb.WatchRequest()
            request.CopyFrom(self.request)
            newest = max((v[-1][0] for v in self.got.values() if v), default=None)
            if newest is not None:
                request.since.CopyFrom(stamp(newest))
            session: dict[Key, int] = {}
            try:
                async with watch(self.api, self.protocol, self.token, request) as replies:
                    async for reply in replies:
                        self._take(reply, session)
            except CallError as exc:
                self.ended.append(exc.code)
            except Exception as exc:  # the connection to a stopped API
                self.ended.append(type(exc).__name__)
            if not resume:
                return
            self.resumes += 1
            await asyncio.sleep(0.3)


@contextlib.asynccontextmanager
async def running(*watchers: Watcher, resume: bool = True) -> AsyncIterator[None]:
    tasks = [asyncio.create_task(w.run(resume)) for w in watchers]
    try:
        yield
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


async def until(predicate: Any, within: float, what: str) -> float:
    """Waits for `predicate()`; returns the seconds it took."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not predicate():
        if loop.time() - start > within:
            raise AssertionError(f"timed out after {within}s waiting for {what}")
        await asyncio.sleep(0.05)
    return loop.time() - start
