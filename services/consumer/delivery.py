"""Deliveries to a synchronous consumer callback, called in place instead of in a Task each.

aiormq hands every delivered message to its consumer callback in a new asyncio Task
(`Channel._on_deliver_frame`: `create_task(consumer(message))`), registered in the channel's
and the connection's future stores, each with a done callback. With one point per message
that bookkeeping costs more than decoding the message (py-spy, issue 14). The pipeline's
callback never awaits, so calling it where aiormq would have created the Task does the same
thing in the same order, minus that cost. Coroutine callbacks keep aiormq's own path.

This replaces one method on the channel instance and relies on the frame-reading helpers of
aiormq 7.2 (what aio-pika 10.2 brings); tests/ingest/test_delivery.py and the end-to-end
ingestion tests exercise it.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

import aiormq
from pamqp.commands import Basic

log = logging.getLogger(__name__)


def deliver_inline(abstract: aiormq.abc.AbstractChannel) -> None:
    """Make the channel call synchronous consumer callbacks in place (idempotent)."""
    channel: Any = abstract  # aiormq.Channel, whose private helpers these are
    if getattr(channel, "_delivers_inline", False):
        return
    aiormq_path = channel._on_deliver_frame
    read_header = channel._Channel__get_content_header

    async def on_deliver_frame(frame: Basic.Deliver) -> None:
        # aiormq keeps a synchronous callback wrapped in a coroutine function (tools.awaitable,
        # functools.wraps): the callback itself is its __wrapped__.
        consumer: Any = getattr(channel.consumers.get(frame.consumer_tag or ""), "__wrapped__", None)
        if consumer is None or inspect.iscoroutinefunction(consumer):
            await aiormq_path(frame)
            return
        message = await channel._read_content(frame, await read_header())
        try:
            consumer(message)
        except Exception:  # as aiormq does for a failed callback task: said, and reading goes on
            log.exception("Consumer callback failed")

    channel._on_deliver_frame = on_deliver_frame
    channel._delivers_inline = True
