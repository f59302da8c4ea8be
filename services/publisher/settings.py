"""The publisher's broker connection, from the environment (or `--url`)."""

from __future__ import annotations

import dataclasses

from services.common.connections import BrokerSettings


@dataclasses.dataclass(frozen=True, kw_only=True)
class PublisherSettings(BrokerSettings):
    """AMQP_* as every broker client reads them (AMQP_TLS, AMQP_CA_FILE, AMQP_SERVER_NAME for AMQPS)."""

    log_level: str = "INFO"
