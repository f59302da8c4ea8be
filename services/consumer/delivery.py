"""Deliveries to a synchronous consumer callback, called in place instead of in a Task each.

aiormq hands every frame of a channel from the connection's reader task to the channel's own
reader task through an asyncio.Queue, which reassembles a message from its three frames
with an await per frame and then calls the consumer callback in a new asyncio Task
(`Channel._on_deliver_frame`: `create_task(consumer(message))`), registered in the channel's
and the connection's future stores, each with a done callback. With one point per message
that bookkeeping costs more than decoding the message (py-spy, issue 14). The pipeline's
callback never awaits, so two shortcuts do the same thing in the same order, minus that cost:

- the channel's frame queue assembles a delivery for a synchronous callback as its frames
  are put, and calls the callback there, in the connection's reader task, when the queue is
  empty (so every frame received before it has been handled; a delivery finding frames
  queued lets the channel's reader take them first); any other frame, and a delivery
  arriving while frames still wait, go through the queue as before;
- a delivery that went through the queue is still called in place by the channel's reader;
- once a consumer has had a delivery this way, the channel takes that consumer's whole
  deliveries straight from the frame reader (its lane, services/consumer/frames.py), under
  the same conditions, without three passes through the connection's reader.

Coroutine callbacks keep aiormq's own path. This replaces two methods on the channel's
instances and relies on the frame-reading helpers of aiormq 7.2 (what aio-pika 10.2 brings);
tests/ingest/test_delivery.py and the end-to-end ingestion tests exercise it.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from typing import Any

import aiormq
from aiormq.abc import DeliveredMessage
from pamqp import commands
from pamqp.body import ContentBody
from pamqp.commands import Basic
from pamqp.header import ContentHeader

from services.consumer import frames

log = logging.getLogger(__name__)

#: Methods followed by a content header and body frames.
_CONTENT_METHODS = (commands.Basic.Deliver, commands.Basic.GetOk, commands.Basic.Return)
_Deliver = commands.Basic.Deliver
#: Event loop turns a delivery waits for the channel's reader to empty its queue (it takes
#: one unless that reader is itself waiting), before it queues behind instead.
_DRAIN_TRIES = 3


def _sync_callback(channel: Any, consumer_tag: str | None) -> Callable[[DeliveredMessage], object] | None:
    """The consumer's callback if it is synchronous (aiormq keeps one wrapped in a coroutine
    function, tools.awaitable with functools.wraps: the callback is its __wrapped__)."""
    consumer: Any = getattr(channel.consumers.get(consumer_tag or ""), "__wrapped__", None)
    if consumer is None or inspect.iscoroutinefunction(consumer):
        return None
    return consumer  # type: ignore[no-any-return]


_new = object.__new__


def _message(delivery: Basic.Deliver, header: ContentHeader, body: bytes, channel: Any) -> DeliveredMessage:
    """DeliveredMessage(delivery, header, body, channel), at half the cost of its frozen
    dataclass's __init__ (which sets each field through object.__setattr__)."""
    message: DeliveredMessage = _new(DeliveredMessage)
    fields = message.__dict__
    fields["delivery"], fields["header"], fields["body"], fields["channel"] = delivery, header, body, channel
    return message


def _call(consumer: Callable[[DeliveredMessage], object], message: DeliveredMessage) -> None:
    try:
        consumer(message)
    except Exception:  # as aiormq does for a failed callback task: said, and reading goes on
        log.exception("Consumer callback failed")


class _Assembler:
    """The channel's `frames.put`: deliveries to a synchronous callback assembled and called
    here; every other frame queued for the channel's reader, in order."""

    def __init__(self, channel: Any) -> None:
        self._channel = channel
        self._queue = channel.frames
        self._queued_put = channel.frames.put
        self._deliver: commands.Basic.Deliver | None = None  # being assembled here
        self._header: ContentHeader | None = None
        self._parts: list[bytes] = []
        self._received = 0
        #: Content of a queued method still to pass: None, -1 (its header), else body bytes.
        self._queued_content: int | None = None
        self._callbacks: dict[str, tuple[object, Callable[[DeliveredMessage], object] | None]] = {}
        self._connection = channel.connection
        self._time = channel.connection.loop.time
        self._lanes: set[str] = set()  # the consumer tags this channel has lanes for
        channel.closing.add_done_callback(self._close_lanes)

    def _callback(self, tag: str | None) -> Callable[[DeliveredMessage], object] | None:
        wrapper = self._channel.consumers.get(tag or "")
        cached = self._callbacks.get(tag or "")
        if cached is None or cached[0] is not wrapper:
            cached = self._callbacks[tag or ""] = (wrapper, _sync_callback(self._channel, tag))
        return cached[1]

    async def put(self, item: tuple[int, Any]) -> None:
        frame = item[1]
        if self._deliver is not None:
            if self._header is None and type(frame) is ContentHeader:
                self._header = frame
                if not frame.body_size:
                    self._dispatch()
                return
            if self._header is not None and type(frame) is ContentBody:
                self._parts.append(frame.value)
                self._received += len(frame.value)
                if self._received >= self._header.body_size:
                    self._dispatch()
                return
            await self._replay()  # not a delivery's content: aiormq's reader says so
        elif self._queued_content is not None:
            self._pass_content(frame)
        elif type(frame) is _Deliver and self._callback(frame.consumer_tag) and await self._drained():
            self._deliver = frame
            if frame.consumer_tag not in self._lanes:
                self._open_lane(frame.consumer_tag or "")
            return
        elif isinstance(frame, _CONTENT_METHODS):
            self._queued_content = -1
        await self._queued_put(item)

    async def _drained(self) -> bool:
        """Whether the channel's queue is empty, after letting its reader run a few times if
        it is not: the connection's reader puts frames without yielding while it has bytes,
        so one queued frame (a ConsumeOk at each subscription) would otherwise send every
        delivery after it the queue's way too."""
        for _ in range(_DRAIN_TRIES):
            if self._queue.empty():
                return True
            await asyncio.sleep(0)
        return bool(self._queue.empty())

    def take(self, number: int, deliver: Basic.Deliver, header: ContentHeader, body: bytes) -> bool:
        """The consumer's lane (frames.Lane): call the callback with a whole delivery, if it
        could have been called in place had its frames come through `put` one by one."""
        channel = self._channel
        if (
            self._deliver is not None
            or self._queued_content is not None
            or not self._queue.empty()
            or self._connection.channels.get(number) is not channel
        ):
            return False
        consumer = self._callback(deliver.consumer_tag)
        if consumer is None:
            return False
        # What aiormq's connection reader does at each frame it reads: its heartbeat task
        # takes a connection without frames for a while for a stuck one.
        self._connection._Connection__last_frame_time = self._time()
        _call(consumer, _message(deliver, header, body, channel))
        return True

    def _open_lane(self, tag: str) -> None:
        # Tags of cancelled consumers go (a re-subscription makes a new one).
        for old in [t for t in self._lanes if t not in self._channel.consumers]:
            self._lanes.discard(old)
            frames.LANES.pop(old, None)
        if not self._channel.is_closed:
            self._lanes.add(tag)
            frames.LANES[tag] = self.take

    def _close_lanes(self, _: object = None) -> None:
        for tag in self._lanes:
            frames.LANES.pop(tag, None)
        self._lanes.clear()

    def _pass_content(self, frame: object) -> None:
        """Follow the content of a queued method, so that no delivery overtakes it."""
        if self._queued_content == -1 and type(frame) is ContentHeader:
            self._queued_content = frame.body_size or None
        elif self._queued_content and self._queued_content > 0 and type(frame) is ContentBody:
            self._queued_content -= len(frame.value)
            if self._queued_content <= 0:
                self._queued_content = None
        else:
            self._queued_content = None

    def _dispatch(self) -> None:
        deliver, header = self._deliver, self._header
        assert deliver is not None and header is not None
        body = b"".join(self._parts) if len(self._parts) != 1 else self._parts[0]
        self._deliver, self._header, self._parts, self._received = None, None, [], 0
        # Looked up again as aiormq does once the content is read: a consumer cancelled
        # meanwhile gets nothing (the message stays unacknowledged, redelivered).
        consumer = self._callback(deliver.consumer_tag)
        if consumer is not None:
            _call(consumer, _message(deliver, header, body, self._channel))
        elif deliver.consumer_tag in self._channel.consumers:  # now a coroutine one: aiormq's path
            self._channel.create_task(
                self._channel.consumers[deliver.consumer_tag](
                    DeliveredMessage(delivery=deliver, header=header, body=body, channel=self._channel)
                )
            )

    async def _replay(self) -> None:
        """Queue the frames held so far, as they came, for aiormq's reader."""
        held: list[Any] = [self._deliver]
        if self._header is not None:
            held.append(self._header)
            held += [ContentBody(part) for part in self._parts]
        self._deliver, self._header, self._parts, self._received = None, None, [], 0
        for frame in held:
            await self._queued_put((0, frame))


def deliver_inline(abstract: aiormq.abc.AbstractChannel) -> None:
    """Make the channel call synchronous consumer callbacks in place (idempotent)."""
    channel: Any = abstract  # aiormq.Channel, whose private helpers these are
    if getattr(channel, "_delivers_inline", False):
        return
    aiormq_path = channel._on_deliver_frame
    read_header = channel._Channel__get_content_header

    async def on_deliver_frame(frame: Basic.Deliver) -> None:
        consumer = _sync_callback(channel, frame.consumer_tag)
        if consumer is None:
            await aiormq_path(frame)
            return
        _call(consumer, await channel._read_content(frame, await read_header()))

    channel._on_deliver_frame = on_deliver_frame
    # The connection's reader puts each frame of the channel with `await channel.frames.put`.
    channel.frames.put = _Assembler(channel).put
    channel._delivers_inline = True
