"""The publisher's broker connection, from the environment (or `--url`)."""

from __future__ import annotations

import dataclasses
from urllib.parse import quote

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
        user, password, vhost = (
            quote(v, safe="") for v in (self.amqp_user, self.amqp_password, self.amqp_vhost)
        )
        return f"amqp://{user}:{password}@{self.amqp_host}:{self.amqp_port}/{vhost}"
