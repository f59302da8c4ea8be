"""The publisher's broker connection, from the environment (or `--url`)."""

from __future__ import annotations

import dataclasses

from services.common import topology
from services.common.settings import Settings


@dataclasses.dataclass(frozen=True)
class PublisherSettings(Settings):
    amqp_host: str
    amqp_user: str
    amqp_password: str
    amqp_port: int = 5672
    amqp_vhost: str = "/"
    log_level: str = "INFO"

    @property
    def amqp_url(self) -> str:
        return topology.amqp_url(
            self.amqp_host, self.amqp_port, self.amqp_user, self.amqp_password, self.amqp_vhost
        )
