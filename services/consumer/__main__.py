"""Entry point: `python -m services.consumer` (configuration from the environment)."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import sys

from services.common import logs
from services.common.settings import SettingsError
from services.consumer import http
from services.consumer.service import Consumer
from services.consumer.settings import ConsumerSettings

log = logging.getLogger("services.consumer")


async def main(settings: ConsumerSettings) -> None:
    consumer = Consumer(settings)
    server = await http.serve(consumer.health, consumer.metrics, settings.http_port)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, consumer.stopping.set)
    log.info(
        "consumer starting",
        extra={
            "amqp_host": settings.amqp_host,
            "bucket": settings.influx_bucket,
            "http_port": settings.http_port,
        },
    )
    try:
        await consumer.run()
    finally:
        server.close()


def run() -> int:
    try:
        settings = ConsumerSettings.from_env()
    except SettingsError as exc:
        print(f"consumer: configuration error: {exc}", file=sys.stderr)
        return 2
    logs.configure("consumer", settings.log_level)
    # Each message allocates a few containers (frames, properties, the decoded JSON), nearly
    # all freed by reference counting; the cyclic collector's default pace (every 700) then
    # mostly re-walks the messages held for the batch: about a fifth of the CPU at one point
    # per message (issue 14). Start-up objects are frozen out of its walks altogether.
    gc.freeze()
    gc.set_threshold(50_000, 10, 10)
    asyncio.run(main(settings))
    return 0


if __name__ == "__main__":
    sys.exit(run())
