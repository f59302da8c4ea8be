"""Telegraf (built by tests.stack.thirdparty) as a second consumer of the queue, for bench-ingest.

It reads the chart's queue (`timeseries.points`) with its `amqp_consumer` input and writes to
InfluxDB with its `influxdb_v2` output, configured for throughput as its documentation says:
full batches (`metric_batch_size`, which also triggers a flush as soon as a batch is full; a
partial one is flushed at `flush_interval`, which bench-ingest sets to the consumer's batch age),
enough undelivered messages for two batches to be in flight (`max_undelivered_messages`, with
the prefetch to match), a buffer that holds them (`metric_buffer_limit`), and no jitter.

Like the project's own services it never declares the topology: the exchange is left unset
(no exchange declaration, no binding) and the queue is declared passively. Telegraf has no
notion of owners, so it cannot verify a message's owner as the consumer does; the points land
in the one owner's namespace through the input's `name_prefix` (`<owner>/`), which is what
the consumer writes for that owner.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from services.common.lineprotocol import owner_prefix
from tests.stack import thirdparty
from tests.stack.servers import ServerError, stop_group, tail, wait_ready

Format = Literal["json", "lp"]
_WROTE = re.compile(rb"Wrote batch of (\d+) metrics")


@dataclass(frozen=True)
class Target:
    """Where Telegraf reads and writes: a broker vhost's queue and an InfluxDB bucket."""

    amqp_url: str  # amqp://127.0.0.1:PORT/VHOST (credentials apart)
    amqp_user: str
    amqp_password: str
    queue: str
    influx_url: str
    influx_token: str
    org: str
    bucket: str
    owner: str


def _toml(value: str) -> str:
    return json.dumps(value)  # a JSON string is a valid TOML basic string


def config(
    target: Target, fmt: Format, per_message: int, batch: int, tag_keys: tuple[str, ...], flush_ms: int = 1000
) -> str:
    """The telegraf.conf for one run (secrets come from the environment, not the file).
    json_v2 needs each tag key named: a nested object's keys are tags only when listed one
    by one (`tags_<key>`; listing `tags` alone makes them fields, whatever its README says)."""
    undelivered = max(1, 2 * batch // per_message)  # two batches in flight
    if fmt == "json":
        # The queue contract's JSON: {"owner", "points": [{"measurement", "tags", "fields", "time"}]}.
        tags = ", ".join(_toml(f"tags_{key}") for key in tag_keys)
        parser = f"""
  data_format = "json_v2"
  [[inputs.amqp_consumer.json_v2]]
    measurement_name_path = "points.0.measurement"
    [[inputs.amqp_consumer.json_v2.object]]
      path = "points"
      timestamp_key = "time"
      timestamp_format = "unix_ns"
      tags = [{tags}]
      excluded_keys = ["measurement"]
      disable_prepend_keys = true
"""
    else:
        parser = """
  data_format = "influx"
  influx_parser_type = "upstream"
"""
    return f"""
[agent]
  interval = "10s"
  round_interval = false
  metric_batch_size = {batch}
  metric_buffer_limit = {max(10 * batch, 2 * undelivered * per_message)}
  flush_interval = "{flush_ms}ms"
  flush_jitter = "0s"
  omit_hostname = true
  debug = true

[[outputs.influxdb_v2]]
  urls = [{_toml(target.influx_url)}]
  token = "${{INFLUX_TOKEN}}"
  organization = {_toml(target.org)}
  bucket = {_toml(target.bucket)}
  content_encoding = "gzip"
  timeout = "30s"

[[inputs.amqp_consumer]]
  brokers = [{_toml(target.amqp_url)}]
  username = "${{AMQP_USER}}"
  password = "${{AMQP_PASSWORD}}"
  queue = {_toml(target.queue)}
  queue_passive = true
  prefetch_count = {min(65535, undelivered)}
  max_undelivered_messages = {undelivered}
  name_prefix = {_toml(owner_prefix(target.owner))}
{parser}"""


class TelegrafAgent:
    """One Telegraf process with its own config and log in `base`; `written()` counts the
    metrics its output has written (from its debug log, which costs it nothing extra)."""

    def __init__(
        self,
        base: Path,
        target: Target,
        fmt: Format,
        per_message: int,
        batch: int,
        tag_keys: tuple[str, ...],
        flush_ms: int = 1000,
    ) -> None:
        self.dir = base
        self.dir.mkdir(parents=True, exist_ok=True)
        self.log = self.dir / "telegraf.log"
        self.conf = self.dir / "telegraf.conf"
        self.conf.write_text(config(target, fmt, per_message, batch, tag_keys, flush_ms))
        self.env = {
            **os.environ,
            "INFLUX_TOKEN": target.influx_token,
            "AMQP_USER": target.amqp_user,
            "AMQP_PASSWORD": target.amqp_password,
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60) -> None:
        """Starts Telegraf; returns once its input is connected to the broker."""
        self.proc = subprocess.Popen(
            [str(thirdparty.obtain("telegraf")), "--config", str(self.conf)],
            env=self.env,
            cwd=self.dir,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_ready(
            lambda: b"[inputs.amqp_consumer] Connected to" in self.log.read_bytes(),
            timeout,
            "telegraf",
            self.log,
            self.proc,
        )

    def written(self) -> int:
        """Metrics the output has written so far; fails with the log tail if Telegraf exited."""
        if self.proc is None or self.proc.poll() is not None:
            raise ServerError(f"telegraf is not running; log tail:\n{tail(self.log)}")
        return sum(int(n) for n in _WROTE.findall(self.log.read_bytes()))

    def stop(self) -> None:
        stop_group(self.proc)
        self.proc = None
