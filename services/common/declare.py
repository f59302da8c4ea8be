"""`python -m services.common.declare`: declare the queue topology on an external broker.

The chart's `rabbitmq-topology` Job (chart/rabbitmq_topology.py) runs it with the definitions an
in-cluster broker boots with (RabbitMQ's definitions format: exchanges, queues, bindings; the
vhost must exist, AMQP cannot make one), logged in as a user that may configure the vhost.
Declaring is idempotent. An existing object with other properties (a classic queue where a
quorum queue is wanted) is refused by the broker, and this exits 1 naming it, changing nothing
of it. An unreachable broker or a refused certificate also exits 1 (the Job retries).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import sys
from pathlib import Path
from typing import Any

import aio_pika
import aiormq

from services.common.connections import BrokerSettings
from services.common.logs import configure
from services.common.settings import SettingsError

log = logging.getLogger("services.common.declare")


@dataclasses.dataclass(frozen=True, kw_only=True)
class DeclareSettings(BrokerSettings):
    topology_file: str
    """The topology as RabbitMQ definitions (JSON)."""
    log_level: str = "INFO"


class DeclareError(RuntimeError):
    """The broker refused a declaration, or could not be reached."""


async def declare(broker: BrokerSettings, definitions: dict[str, Any]) -> int:
    """Declares every exchange, queue and binding of `definitions` for the broker's vhost;
    returns how many objects were declared."""
    vhost = broker.amqp_vhost
    mine = {
        kind: [d for d in definitions.get(kind, []) if d.get("vhost", "/") == vhost]
        for kind in ("exchanges", "queues", "bindings")
    }
    try:
        connection = await broker.connect(timeout=10)
    except (aio_pika.exceptions.AMQPError, aiormq.exceptions.AMQPError, OSError, TimeoutError) as exc:
        raise DeclareError(f"cannot reach RabbitMQ: {exc}") from None
    what = "the connection"
    try:
        channel = await connection.channel()
        for item in mine["exchanges"]:
            what = f"exchange {item['name']!r}"
            await channel.declare_exchange(
                item["name"],
                item.get("type", "topic"),
                durable=item.get("durable", True),
                auto_delete=item.get("auto_delete", False),
                internal=item.get("internal", False),
                arguments=item.get("arguments") or None,
            )
        for item in mine["queues"]:
            what = f"queue {item['name']!r}"
            await channel.declare_queue(
                item["name"],
                durable=item.get("durable", True),
                auto_delete=item.get("auto_delete", False),
                arguments=item.get("arguments") or None,
            )
        for item in mine["bindings"]:
            what = f"binding {item['source']!r} -> {item['destination']!r} ({item['routing_key']!r})"
            if item.get("destination_type", "queue") != "queue":
                raise DeclareError(f"{what}: only bindings to queues are supported")
            queue = await channel.get_queue(item["destination"], ensure=False)
            await queue.bind(item["source"], item["routing_key"], arguments=item.get("arguments") or None)
    except (aiormq.exceptions.ChannelPreconditionFailed, aiormq.exceptions.ChannelAccessRefused) as exc:
        raise DeclareError(f"the broker refused {what}: {exc}") from None
    except (aio_pika.exceptions.AMQPError, aiormq.exceptions.AMQPError, OSError) as exc:
        raise DeclareError(f"declaring {what} failed: {exc!r}") from None
    finally:
        await connection.close()
    return sum(len(items) for items in mine.values())


def main() -> int:
    try:
        settings = DeclareSettings.from_env()
        definitions = json.loads(Path(settings.topology_file).read_text())
    except (SettingsError, OSError, json.JSONDecodeError) as exc:
        print(f"declare: {exc}", file=sys.stderr)
        return 2
    configure("declare", settings.log_level)
    try:
        count = asyncio.run(declare(settings, definitions))
    except DeclareError as exc:
        log.error("topology not declared", extra={"error": str(exc)})
        return 1
    log.info("topology declared", extra={"objects": count, "vhost": settings.amqp_vhost})
    return 0


if __name__ == "__main__":
    sys.exit(main())
