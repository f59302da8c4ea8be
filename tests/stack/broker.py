"""A RabbitMQ vhost set up as the chart's broker boots, for the tests and `make dev`.

The topology and the boot users (the consumer with its least-privilege access, the operator
with no vhost permission) are imported from the chart's own definitions
(chart/rabbitmq_definitions.py, with password hashes made as chart/secrets.py makes them);
each publisher's user is made by the real `make publisher-user` code, logged in as the
chart's operator user. Nothing here grants more than the chart does.
"""

from __future__ import annotations

import secrets
from urllib.parse import quote

from chart import rabbitmq_definitions
from chart.secrets import rabbitmq_password_hash
from services.common import topology
from services.publisher import broker_user
from tests.stack.servers import RabbitMQServer

CONSUMER_USER = "consumer"
API_USER = "api"
ADMIN_USER = "operator"


class BrokerVhost:
    """A fresh vhost on `rabbitmq` with the chart's topology and users."""

    def __init__(
        self,
        rabbitmq: RabbitMQServer,
        vhost: str | None = None,
        prefix: str = "t-",
        queue_arguments: dict[str, object] | None = None,
    ) -> None:
        """`queue_arguments` change the points queue's (a test's lower delivery limit)."""
        self.rabbitmq = rabbitmq
        self.vhost = vhost or rabbitmq.new_vhost(prefix)
        self.consumer_password = secrets.token_urlsafe(16)
        self.admin_password = secrets.token_urlsafe(16)
        self.api_password = secrets.token_urlsafe(16)
        self._topology = rabbitmq_definitions.topology(self.vhost)
        for queue in self._topology["queues"]:
            if queue["name"] == topology.QUEUE and queue_arguments:
                queue["arguments"] = {**queue["arguments"], **queue_arguments}  # type: ignore[dict-item]
        definitions = {
            **self._topology,
            **rabbitmq_definitions.users(
                (CONSUMER_USER, rabbitmq_password_hash(self.consumer_password)),
                (ADMIN_USER, rabbitmq_password_hash(self.admin_password)),
                (API_USER, rabbitmq_password_hash(self.api_password)),
                self.vhost,
            ),
        }
        rabbitmq.api("POST", "/api/definitions", definitions)
        self.management = broker_user.ManagementApi(rabbitmq.management_url, ADMIN_USER, self.admin_password)
        self._publishers: dict[str, str] = {}

    def client_env(self) -> dict[str, str]:
        """AMQP_HOST/PORT (and TLS) of a service under test on this vhost's broker."""
        return self.rabbitmq.client_env()

    def restore_topology(self) -> None:
        """Puts back what a fault removed of the chart's topology (definitions import is idempotent)."""
        self.rabbitmq.api("POST", "/api/definitions", self._topology)

    def delete_queue(self, queue: str) -> None:
        self.rabbitmq.api("DELETE", f"/api/queues/{self.vhost_path}/{quote(queue, safe='')}")

    def delete_bindings(self, exchange: str, queue: str) -> None:
        """Unbinds `queue` from `exchange` (every binding between them), as an operator's mistake would."""
        path = f"/api/bindings/{self.vhost_path}/e/{quote(exchange, safe='')}/q/{quote(queue, safe='')}"
        for binding in self.rabbitmq.api("GET", path):
            self.rabbitmq.api("DELETE", f"{path}/{quote(binding['properties_key'], safe='')}")

    @property
    def vhost_path(self) -> str:
        """The vhost as a management API path segment."""
        return quote(self.vhost, safe="")

    def publisher_password(self, owner: str) -> str:
        """OWNER's publisher user, made on first use (users are per broker: an existing one is
        re-keyed for this vhost)."""
        if owner not in self._publishers:
            self._publishers[owner] = broker_user.create(self.management, owner, self.vhost, replace=True)
        return self._publishers[owner]

    def publisher_url(self, owner: str) -> str:
        return self.url(owner, self.publisher_password(owner))

    def url(self, user: str, password: str) -> str:
        return self.rabbitmq.url_for(user, password, self.vhost)
