"""How a channel's frames reach a synchronous callback (services/consumer/delivery.py), without
servers: the frames the connection puts are assembled into deliveries and called in place
only when nothing waits in the channel's queue; everything else reaches aiormq's reader in
the order it came. (The channel is a stand-in with the attributes the assembler uses; the
end-to-end behaviour is tests/ingest/test_delivery.py's, against the real broker.)"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiormq.tools import awaitable
from pamqp import commands
from pamqp.body import ContentBody
from pamqp.header import ContentHeader

from services.consumer import frames
from services.consumer.delivery import _Assembler

TAG = "ctag1.x"


def deliver(tag: int, consumer_tag: str = TAG) -> commands.Basic.Deliver:
    return commands.Basic.Deliver(consumer_tag=consumer_tag, delivery_tag=tag, routing_key="r")


def content(body: bytes, pieces: int = 1) -> list[Any]:
    step = max(1, -(-len(body) // pieces))
    parts = [ContentBody(body[i : i + step]) for i in range(0, len(body), step)]
    return [ContentHeader(body_size=len(body), properties=commands.Basic.Properties(user_id="u")), *parts]


class Connection:
    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()
        self.channels: dict[int, Any] = {}
        self._Connection__last_frame_time = 0.0


class Channel:
    def __init__(self, number: int = 1) -> None:
        self.number = number
        self.connection = Connection()
        self.connection.channels[number] = self
        self.closing: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.is_closed = False
        self.frames: asyncio.Queue[tuple[int, Any]] = asyncio.Queue()
        self.got: list[tuple[int, bytes]] = []
        self.consumers: dict[str, Any] = {TAG: awaitable(self.on_message)}
        self.create_task = asyncio.get_running_loop().create_task
        self.assembler = _Assembler(self)
        self.fail_on: int | None = None

    def on_message(self, message: Any) -> None:
        self.got.append((message.delivery.delivery_tag, message.body))
        assert message.channel is self and message.header.properties.user_id == "u"
        if message.delivery.delivery_tag == self.fail_on:
            raise RuntimeError("a callback bug")

    async def put(self, *frames: Any) -> None:
        for frame in frames:
            await self.assembler.put((0, frame))

    def queued(self) -> list[Any]:
        out = []
        while not self.frames.empty():
            out.append(self.frames.get_nowait()[1])
        return out


def run(test: Any) -> None:
    asyncio.run(test())


@pytest.fixture(autouse=True)
def _no_lanes_left() -> Any:
    """The stand-in channels of most tests never close: their lanes are dropped here."""
    yield
    frames.LANES.clear()


def test_a_delivery_is_assembled_and_called_in_place() -> None:
    async def test() -> None:
        ch = Channel()
        await ch.put(deliver(1), *content(b"hello world", pieces=3), deliver(2), *content(b""))
        assert ch.got == [(1, b"hello world"), (2, b"")]
        assert ch.frames.empty()

    run(test)


def test_while_frames_wait_deliveries_queue_behind_them_in_order() -> None:
    async def test() -> None:
        ch = Channel()
        cancel_ok = commands.Basic.CancelOk(consumer_tag="other")
        d1, c1 = deliver(1), content(b"one", pieces=2)
        await ch.put(cancel_ok, d1, *c1)
        assert ch.got == [] and ch.queued() == [cancel_ok, d1, *c1]
        await ch.put(deliver(2), *content(b"two"))  # the queue is empty again: in place
        assert ch.got == [(2, b"two")]

    run(test)


def test_a_delivery_lets_the_channels_reader_take_what_waits_then_goes_in_place() -> None:
    async def test() -> None:
        ch = Channel()
        taken: list[Any] = []

        async def channel_reader() -> None:  # as aiormq's Channel._reader takes its frames
            while True:
                taken.append((await ch.frames.get())[1])

        reader = asyncio.create_task(channel_reader())
        await asyncio.sleep(0)
        consume_ok = commands.Basic.ConsumeOk(consumer_tag=TAG)
        await ch.put(consume_ok, deliver(1), *content(b"one"))
        assert taken == [consume_ok] and ch.got == [(1, b"one")]
        reader.cancel()

    run(test)


def test_the_content_of_a_queued_delivery_follows_it_through_the_queue() -> None:
    async def test() -> None:
        ch = Channel()
        ack = commands.Basic.Ack(delivery_tag=9)
        d1, c1 = deliver(1), content(b"first", pieces=2)
        await ch.put(ack, d1)
        assert ch.queued() == [ack, d1]  # aiormq's reader took both and now awaits d1's content
        await ch.put(*c1)
        assert ch.got == [] and ch.queued() == c1
        await ch.put(deliver(2), *content(b"second"))
        assert ch.got == [(2, b"second")]

    run(test)


@pytest.mark.parametrize("method", ["coroutine", "unknown tag"])
def test_other_consumers_keep_aiormqs_path(method: str) -> None:
    async def test() -> None:
        ch = Channel()

        async def on_message(message: Any) -> None:
            raise AssertionError("not called here")

        if method == "coroutine":
            ch.consumers[TAG] = awaitable(on_message)
        frames = [deliver(1, TAG if method == "coroutine" else "nobody"), *content(b"x")]
        await ch.put(*frames)
        assert ch.got == [] and ch.queued() == frames

    run(test)


def test_a_frame_out_of_place_reaches_aiormqs_reader_after_what_was_held() -> None:
    async def test() -> None:
        ch = Channel()
        d1, (header, _body) = deliver(1), content(b"abc")
        ack = commands.Basic.Ack(delivery_tag=1)
        await ch.put(d1, header, ack)
        queued = ch.queued()
        assert [type(f) for f in queued] == [commands.Basic.Deliver, ContentHeader, commands.Basic.Ack]
        assert queued[0] is d1 and queued[1] is header and ch.got == []
        await ch.put(deliver(2), *content(b"after"))
        assert ch.got == [(2, b"after")]

    run(test)


def test_a_failing_callback_is_said_and_the_next_delivery_still_arrives(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def test() -> None:
        ch = Channel()
        ch.fail_on = 1
        await ch.put(deliver(1), *content(b"a"), deliver(2), *content(b"b"))
        assert ch.got == [(1, b"a"), (2, b"b")]

    run(test)
    assert "Consumer callback failed" in caplog.text


def whole(tag: int, body: bytes, consumer_tag: str = TAG) -> tuple[int, Any, Any, bytes]:
    header = content(body)[0]
    return 1, deliver(tag, consumer_tag), header, body


def test_a_consumer_called_in_place_gets_a_lane_that_takes_whole_deliveries() -> None:
    async def test() -> None:
        ch = Channel()
        assert TAG not in frames.LANES
        await ch.put(deliver(1), *content(b"one"))
        take = frames.LANES[TAG]
        assert take(*whole(2, b"two")) is True
        assert ch.got == [(1, b"one"), (2, b"two")]
        assert ch.connection._Connection__last_frame_time > 0  # the heartbeat's stuck check
        ch.closing.set_result(None)
        await asyncio.sleep(0)
        assert TAG not in frames.LANES  # a closed channel's lanes go with it

    run(test)


@pytest.mark.parametrize(
    "state", ["frames queued", "assembling", "content queued", "other channel", "cancelled"]
)
def test_a_lane_declines_what_could_not_have_been_called_in_place(state: str) -> None:
    async def test() -> None:
        ch = Channel()
        await ch.put(deliver(1), *content(b"one"))
        take = frames.LANES[TAG]
        number = 1
        if state == "frames queued":
            await ch.put(commands.Basic.CancelOk(consumer_tag="other"))
        elif state == "assembling":
            await ch.put(deliver(2), content(b"two")[0])  # its body not yet come
        elif state == "content queued":
            await ch.put(commands.Basic.GetOk(delivery_tag=2))
        elif state == "other channel":
            number = 2
        else:
            del ch.consumers[TAG]
        assert take(number, *whole(3, b"three")[1:]) is False
        assert ch.got == [(1, b"one")]
        ch.closing.set_result(None)
        await asyncio.sleep(0)

    run(test)


def test_a_new_subscription_replaces_the_cancelled_ones_lane() -> None:
    async def test() -> None:
        ch = Channel()
        await ch.put(deliver(1), *content(b"one"))
        ch.consumers["ctag1.new"] = ch.consumers.pop(TAG)
        await ch.put(deliver(2, "ctag1.new"), *content(b"two"))
        assert "ctag1.new" in frames.LANES and TAG not in frames.LANES
        ch.closing.set_result(None)
        await asyncio.sleep(0)
        assert not frames.LANES

    run(test)
