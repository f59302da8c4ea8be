"""Prometheus metrics of the consumer, in a registry of its own (one per consumer instance)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.messages = Counter(
            "ingest_messages", "Messages acknowledged (written or dead-lettered)", registry=r
        )
        self.points = Counter("ingest_points", "Points written to InfluxDB", registry=r)
        self.batches = Counter("ingest_batches", "Batches committed (written and acknowledged)", registry=r)
        self.last_commit = Gauge(
            "ingest_last_commit_timestamp_seconds",
            "Unix time of the last batch committed (its staleness: time() minus this)",
            registry=r,
        )
        self.batch_points = Histogram(
            "ingest_batch_points",
            "Points per written batch",
            buckets=(1, 10, 100, 500, 1000, 2500, 5000, 10000, 25000, 50000),
            registry=r,
        )
        self.write_seconds = Histogram(
            "ingest_write_seconds",
            "Duration of successful InfluxDB writes",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=r,
        )
        self.retries = Counter(
            "ingest_write_retries", "InfluxDB writes retried after a transient failure", registry=r
        )
        self.dead_lettered = Counter(
            "ingest_dead_lettered",
            "Messages dead-lettered, by cause (invalid: failed validation; rejected: refused by InfluxDB,"
            " nothing stored; partial: some of its points refused by InfluxDB, the others stored)",
            ["cause"],
            registry=r,
        )
        self.dead_letter_returns = Counter(
            "ingest_dead_letter_returns",
            "Dead letters the broker returned unroutable (held and retried, never acknowledged away)",
            registry=r,
        )
        self.notifications = Counter(
            "ingest_notifications", "Stored-points notifications published for Watch streams", registry=r
        )
        self.notifications_failed = Counter(
            "ingest_notifications_failed",
            "Notifications that could not be published (Watch streams catch up from InfluxDB instead)",
            registry=r,
        )
        self.reconnects = Counter("ingest_broker_reconnects", "Broker connections re-established", registry=r)
        self.prefetch = Gauge("ingest_prefetch", "Current AMQP prefetch count", registry=r)
        self.held_bytes = Gauge(
            "ingest_held_bytes", "Bytes of message bodies delivered and not yet acknowledged", registry=r
        )
        self.paused = Gauge(
            "ingest_paused",
            "1 while consumption is paused (InfluxDB unavailable, held bytes over bound)",
            registry=r,
        )
        self.ready = Gauge(
            "ingest_ready", "1 when connected to the broker and InfluxDB writes succeed", registry=r
        )
