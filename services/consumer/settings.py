"""The consumer's configuration: one environment variable per field (see services.common.settings)."""

from __future__ import annotations

import dataclasses

from services.common.connections import BrokerSettings, InfluxSettings


@dataclasses.dataclass(frozen=True, kw_only=True)
class ConsumerSettings(BrokerSettings, InfluxSettings):
    """The broker and InfluxDB connections (AMQP_*, INFLUX_URL/TOKEN/CA_FILE) are the shared ones."""

    influx_org: str
    influx_bucket: str = "timeseries"
    #: A batch is written when it holds this many points ...
    batch_points: int = 5000
    #: ... or this many bytes of message bodies ...
    batch_bytes: int = 8 * 1024 * 1024
    #: ... or when its first message is this old ...
    batch_age_ms: int = 200
    #: ... or when no message has come for this long (0: never), so that the end of a burst,
    #: or of a backlog, is written at once rather than when its batch comes of age.
    batch_idle_ms: int = 20
    #: Message bodies held unacknowledged at most (about): the adaptive prefetch stays below,
    #: consumption pauses above (RabbitMQ has no prefetch in bytes).
    held_bytes: int = 64 * 1024 * 1024
    #: Take the owner from the AMQP `user_id` property (RabbitMQ checks it against the login);
    #: a message claiming another owner, or none, is poison. Only a deployment whose every
    #: publisher is trusted to name its owner turns it off, explicitly.
    strict_owner: bool = True
    http_port: int = 8081
    log_level: str = "INFO"
    #: Messages the broker may send ahead of acknowledgement; 0 adapts it to the batch size
    #: (about two batches' worth of messages, so one batch fills while the previous is written).
    prefetch: int = 0
    #: Poison limits: larger messages are dead-lettered instead of being written.
    max_message_bytes: int = 4 * 1024 * 1024
    max_message_points: int = 50_000
    #: gzip level for writes (0 sends plain line protocol; 1 is the best speed/size trade-off).
    influx_gzip_level: int = 1
    influx_timeout_ms: int = 10_000
    #: Backoff between write retries while InfluxDB is unavailable, and between broker
    #: reconnects: doubling, with full jitter.
    retry_initial_ms: int = 100
    retry_max_ms: int = 10_000
    #: On SIGTERM: how long to keep trying to flush before closing (unacked messages are redelivered).
    shutdown_timeout_s: float = 20.0

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.batch_points < 1 or self.batch_age_ms < 1 or self.batch_bytes < 1:
            raise ValueError("BATCH_POINTS, BATCH_BYTES and BATCH_AGE_MS must be positive")
        if self.batch_idle_ms < 0:
            raise ValueError("BATCH_IDLE_MS must be 0 (never) or positive")
        if self.held_bytes < self.max_message_bytes:
            raise ValueError("HELD_BYTES must be at least MAX_MESSAGE_BYTES (one message)")
        if not 0 <= self.prefetch <= 65535:
            raise ValueError("PREFETCH must be between 0 (adaptive) and 65535")
        if not 0 <= self.influx_gzip_level <= 9:
            raise ValueError("INFLUX_GZIP_LEVEL must be between 0 and 9")
        if self.max_message_points < 1 or self.max_message_bytes < 1:
            raise ValueError("MAX_MESSAGE_POINTS and MAX_MESSAGE_BYTES must be positive")
