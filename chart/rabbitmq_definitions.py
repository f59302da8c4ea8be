"""What RabbitMQ boots with (its definitions): the queue topology of DESIGN.md and who may do what.

The topology (no secrets) goes into a ConfigMap; the users (password hashes) into a Secret
(chart/secrets.py). Access is least privilege, so nothing but these definitions ever changes
the shared topology:

- the consumer may consume `timeseries.points` and publish dead letters to `timeseries.dead`,
  and configure nothing (it never declares; the broker has the topology from boot);
- the operator (`administrator` tag: users, permissions, the management UI) has no
  permission on any vhost, so it can neither publish nor consume;
- each publisher gets its own user, created at run time (`make publisher-user`,
  services/publisher/broker_user.py): write on `timeseries`, only to routing key
  `points.<its own user name>`, and no configure or read permission.
"""

from __future__ import annotations

import re

EXCHANGE = "timeseries"
DEAD_EXCHANGE = "timeseries.dead"
QUEUE = "timeseries.points"
DEAD_QUEUE = "timeseries.points.dead"
# `#`, not `*`: owners may contain dots (user@example.org), and `*` matches one word only.
ROUTING_PATTERN = "points.#"
#: Every return of a message (channel close, consumer timeout, restart) counts a delivery; the
#: consumer pauses while InfluxDB is down, so an outage costs its held messages one count, not
#: one per channel close. The limit (RabbitMQ 4's default) only stops a message that keeps
#: killing its consumers; dead-lettering is at-least-once (needs `reject-publish`, which
#: without a length limit never refuses a publish), so even that message is never dropped.
QUEUE_ARGUMENTS = {
    "x-queue-type": "quorum",
    "x-delivery-limit": 20,
    "x-dead-letter-exchange": DEAD_EXCHANGE,
    "x-dead-letter-strategy": "at-least-once",
    "x-overflow": "reject-publish",
}
#: A regex that matches no resource name: "no permission" in RabbitMQ's terms.
NOTHING = "^$"

Definitions = dict[str, list[dict[str, object]]]


def topology(vhost: str = "/") -> Definitions:
    """The queue topology as RabbitMQ definitions (services/common/topology.py uses the names)."""

    def exchange(name: str) -> dict[str, object]:
        return {
            "name": name,
            "vhost": vhost,
            "type": "topic",
            "durable": True,
            "auto_delete": False,
            "internal": False,
            "arguments": {},
        }

    def queue(name: str, arguments: dict[str, object]) -> dict[str, object]:
        return {"name": name, "vhost": vhost, "durable": True, "auto_delete": False, "arguments": arguments}

    def binding(source: str, queue_name: str, key: str) -> dict[str, object]:
        return {
            "source": source,
            "vhost": vhost,
            "destination": queue_name,
            "destination_type": "queue",
            "routing_key": key,
            "arguments": {},
        }

    return {
        "vhosts": [{"name": vhost}],
        "exchanges": [exchange(EXCHANGE), exchange(DEAD_EXCHANGE)],
        "queues": [queue(QUEUE, dict(QUEUE_ARGUMENTS)), queue(DEAD_QUEUE, {"x-queue-type": "quorum"})],
        "bindings": [binding(EXCHANGE, QUEUE, ROUTING_PATTERN), binding(DEAD_EXCHANGE, DEAD_QUEUE, "#")],
    }


def _only(name: str) -> str:
    return f"^{re.escape(name)}$"


def consumer_access(user: str, vhost: str = "/") -> Definitions:
    """The consumer's permissions: read the points queue, write the dead-letter exchange
    (routing keys `points.<owner>`, as the messages it dead-letters had), configure nothing."""
    return {
        "permissions": [
            {
                "user": user,
                "vhost": vhost,
                "configure": NOTHING,
                "write": _only(DEAD_EXCHANGE),
                "read": _only(QUEUE),
            }
        ],
        "topic_permissions": [
            {"user": user, "vhost": vhost, "exchange": DEAD_EXCHANGE, "write": r"^points\.", "read": NOTHING}
        ],
    }


def users(consumer: tuple[str, str], admin: tuple[str, str], vhost: str = "/") -> Definitions:
    """The boot users, each as (name, password hash): the consumer with its access, and the
    operator. RabbitMQ skips its default guest user when it imports definitions."""

    def user(name: str, password_hash: str, tags: list[str]) -> dict[str, object]:
        return {
            "name": name,
            "password_hash": password_hash,
            "hashing_algorithm": "rabbit_password_hashing_sha256",
            "tags": tags,
        }

    return {
        "users": [user(*consumer, []), user(*admin, ["administrator"])],
        **consumer_access(consumer[0], vhost),
    }
