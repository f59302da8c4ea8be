"""The lean frame reader (services/consumer/frames.py) against aiormq's own, without servers:
the same frames, or the same kind of error, for any sequence of frames pamqp writes, cut
into reads anywhere, and for such bytes corrupted; with lanes, the frames a lane takes and the
ones returned are, together and in order, the same ones again."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import itertools
import time
from collections.abc import Iterator
from typing import Any

import pamqp.frame
from aiormq.connection import FrameReceiver
from aiormq.exceptions import AMQPConnectionError
from hypothesis import given, settings
from hypothesis import strategies as st
from pamqp import body, commands, header, heartbeat

from services.consumer import frames as lean
from services.consumer.frames import LeanFrameReceiver

short_text = st.text(max_size=40)
tags = st.integers(0, 2**63 - 1)
field_values = st.one_of(
    st.text(max_size=20),
    st.integers(-(2**63), 2**63 - 1),
    st.integers(-300, 300),
    st.booleans(),
    st.floats(width=32, allow_nan=False, allow_infinity=False),
)
properties = st.builds(
    commands.Basic.Properties,
    content_type=st.none() | short_text,
    content_encoding=st.none() | short_text,
    headers=st.none() | st.dictionaries(st.text(max_size=15), field_values, max_size=4),
    delivery_mode=st.none() | st.sampled_from([1, 2]),
    priority=st.none() | st.integers(0, 9),
    correlation_id=st.none() | short_text,
    reply_to=st.none() | short_text,
    expiration=st.none() | st.integers(0, 10**6).map(str),
    message_id=st.none() | short_text,
    timestamp=st.none()
    | st.integers(0, 2**32 - 1).map(lambda s: datetime.datetime.fromtimestamp(s, tz=datetime.UTC)),
    message_type=st.none() | short_text,
    user_id=st.none() | short_text,
    app_id=st.none() | short_text,
)
frames = st.one_of(
    st.builds(
        commands.Basic.Deliver,
        consumer_tag=short_text,
        delivery_tag=tags,
        redelivered=st.booleans(),
        exchange=st.from_regex(r"[a-zA-Z0-9_.:-]{0,20}", fullmatch=True),
        routing_key=short_text,
    ),
    st.builds(
        header.ContentHeader, weight=st.just(0), body_size=st.integers(0, 2**40), properties=properties
    ),
    st.builds(body.ContentBody, st.binary(min_size=1, max_size=300)),
    st.builds(commands.Basic.Ack, delivery_tag=tags, multiple=st.booleans()),
    st.builds(commands.Basic.CancelOk, consumer_tag=short_text),
    st.builds(commands.Basic.ConsumeOk, consumer_tag=short_text),
    st.builds(commands.Channel.CloseOk),
    st.builds(heartbeat.Heartbeat),
)
streams = st.lists(st.tuples(st.integers(0, 65535), frames), min_size=1, max_size=12)


def wire(stream: list[tuple[int, Any]]) -> bytes:
    return b"".join(pamqp.frame.marshal(frame, channel) for channel, frame in stream)


def comparable(item: tuple[int, int, Any]) -> object:
    weight, channel, frame = item
    fields: tuple[object, ...]
    if isinstance(frame, header.ContentHeader):
        fields = (frame.class_id, frame.weight, frame.body_size, comparable_properties(frame.properties))
    elif isinstance(frame, body.ContentBody):
        fields = (frame.value,)
    else:
        fields = tuple(getattr(frame, name) for name in getattr(frame, "__slots__", ()))
    return weight, channel, type(frame), repr(fields)  # repr: a corrupted float may be NaN


def comparable_properties(props: commands.Basic.Properties) -> tuple[object, ...]:
    return tuple(getattr(props, name) for name in props.__slots__)


async def read_all(
    receiver_class: type[FrameReceiver], data: bytes, cuts: list[int], out: list[object] | None = None
) -> list[object]:
    """What a receiver yields for `data` arriving in pieces cut at `cuts`, then its error
    (appended to `out`, which a lane may append to as well)."""
    reader = asyncio.StreamReader()

    async def feed() -> None:
        start = 0
        for cut in [*sorted({c % (len(data) + 1) for c in cuts}), len(data)]:
            reader.feed_data(data[start:cut])
            start = cut
            await asyncio.sleep(0)
        reader.feed_eof()

    feeder = asyncio.create_task(feed())
    receiver = receiver_class(reader)
    receiver.started = True  # past the protocol header, as after a connection's handshake
    out = [] if out is None else out
    try:
        async for item in receiver:
            out.append(comparable(item))
    except Exception as exc:
        out.append(type(exc))
    await feeder
    return out


@settings(max_examples=150, deadline=None)
@given(streams, st.lists(st.integers(0, 10_000), max_size=6))
def test_the_same_frames_as_aiormqs_reader(stream: list[tuple[int, Any]], cuts: list[int]) -> None:
    data = wire(stream)
    expected = asyncio.run(read_all(FrameReceiver, data, []))
    assert len(expected) == len(stream) + 1  # every frame, then the end of the stream
    assert asyncio.run(read_all(LeanFrameReceiver, data, cuts)) == expected


@settings(max_examples=200, deadline=None)
@given(streams, st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=4))
def test_corrupt_bytes_give_the_same_frames_or_the_same_error(
    stream: list[tuple[int, Any]], corruption: list[tuple[int, int]]
) -> None:
    data = bytearray(wire(stream))
    for position, value in corruption:
        data[position % len(data)] = value
    expected = asyncio.run(read_all(FrameReceiver, bytes(data), []))
    assert asyncio.run(read_all(LeanFrameReceiver, bytes(data), [len(data) // 2])) == expected


def test_a_truncated_stream_and_a_protocol_header_are_refused_as_aiormq_does() -> None:
    data = wire([(1, commands.Basic.Ack(delivery_tag=5))])
    expected = asyncio.run(read_all(FrameReceiver, data[:-3], []))
    assert expected[-1] is not StopAsyncIteration and isinstance(expected[-1], type)
    assert asyncio.run(read_all(LeanFrameReceiver, data[:-3], [4])) == expected

    async def first_frame(receiver_class: type[FrameReceiver]) -> object:
        reader = asyncio.StreamReader()
        reader.feed_data(b"AMQP\x00\x00\x09\x01")
        reader.feed_eof()
        try:
            return await receiver_class(reader).get_frame()
        except Exception as exc:
            return type(exc)

    assert asyncio.run(first_frame(LeanFrameReceiver)) == asyncio.run(first_frame(FrameReceiver))


LANE_TAG, LANE_CHANNEL = "ctag1.lane", 7


def until_the_end(items: list[object]) -> list[object]:
    """The frames of a valid stream: how its end shows (StopAsyncIteration, or the error of a
    read at the end of the stream) depends on whether the reader saw the end come, which
    depends on when it waited (a lane's run lets the loop go on, see YIELD_S)."""
    return items[:-1] if items and items[-1] is AMQPConnectionError else items


@contextlib.contextmanager
def lane(out: list[object], declines: set[int]) -> Iterator[list[int]]:
    """A lane for LANE_TAG on LANE_CHANNEL that puts what it takes into `out`, as the three
    frames it was, and declines the deliveries whose tags are in `declines`; yields the tags
    it took."""
    taken: list[int] = []

    def take(channel: int, deliver: commands.Basic.Deliver, head: header.ContentHeader, value: bytes) -> bool:
        assert channel == LANE_CHANNEL
        if deliver.delivery_tag in declines:
            return False
        parts: list[Any] = [deliver, head] + ([body.ContentBody(value)] if value else [])
        out.extend(comparable((len(pamqp.frame.marshal(f, channel)), channel, f)) for f in parts)
        taken.append(deliver.delivery_tag or 0)
        return True

    lean.LANES[LANE_TAG] = take
    try:
        yield taken
    finally:
        del lean.LANES[LANE_TAG]


def delivery(tag: int, value: bytes, consumer_tag: str = LANE_TAG) -> list[tuple[int, Any]]:
    props = commands.Basic.Properties(content_type="application/json", user_id="u", headers={"n": tag})
    return [
        (LANE_CHANNEL, commands.Basic.Deliver(consumer_tag=consumer_tag, delivery_tag=tag, routing_key="r")),
        (LANE_CHANNEL, header.ContentHeader(0, len(value), props)),
        *([(LANE_CHANNEL, body.ContentBody(value))] if value else []),
    ]


deliveries = st.builds(
    delivery,
    st.integers(1, 50),
    st.binary(max_size=40),
    st.sampled_from([LANE_TAG, LANE_TAG, "ctag1.other"]),
)
mixed = st.lists(st.one_of(deliveries, streams), min_size=1, max_size=8).map(
    lambda parts: list(itertools.chain.from_iterable(parts))
)


@settings(max_examples=150, deadline=None)
@given(mixed, st.lists(st.integers(0, 4_000), max_size=6), st.sets(st.integers(1, 50)))
def test_what_a_lane_takes_and_what_is_returned_are_aiormqs_frames_in_order(
    stream: list[tuple[int, Any]], cuts: list[int], declines: set[int]
) -> None:
    data = wire(stream)
    expected = asyncio.run(read_all(FrameReceiver, data, []))
    out: list[object] = []
    with lane(out, declines):
        asyncio.run(read_all(LeanFrameReceiver, data, cuts, out))
    assert until_the_end(out) == until_the_end(expected)


def test_a_lane_takes_whole_deliveries_only_and_only_its_own() -> None:
    split = delivery(3, b"two frames")
    split[2:] = [(LANE_CHANNEL, body.ContentBody(b"two ")), (LANE_CHANNEL, body.ContentBody(b"frames"))]
    stream = [
        *delivery(1, b"{}"),
        *delivery(2, b""),  # no body frame at all
        *split,  # a body in two frames: returned as frames
        *delivery(4, b"x", consumer_tag="ctag1.other"),  # another consumer's
        *delivery(5, b"declined"),
        (LANE_CHANNEL, commands.Basic.Ack(delivery_tag=9)),
        *delivery(6, b"[]"),
    ]
    data = wire(stream)
    out: list[object] = []
    with lane(out, {5}) as taken:
        asyncio.run(read_all(LeanFrameReceiver, data, [], out))
    assert taken == [1, 2, 6]
    assert until_the_end(out) == until_the_end(asyncio.run(read_all(FrameReceiver, data, [])))

    # Read before its content header has arrived, a delivery is returned as frames.
    async def in_two_reads(cut: int) -> list[int]:
        reader = asyncio.StreamReader()
        reader.feed_data(data[:cut])
        receiver = LeanFrameReceiver(reader)
        receiver.started = True
        out.clear()
        with lane(out, set()) as taken:
            out.append(comparable(await receiver.get_frame()))  # 1 taken, 2's method returned
            reader.feed_data(data[cut:])
            reader.feed_eof()
            with contextlib.suppress(StopAsyncIteration):
                async for item in receiver:
                    out.append(comparable(item))
        return taken

    cut = len(wire(delivery(1, b"{}"))) + len(wire(delivery(2, b"")[:1])) + 5
    assert asyncio.run(in_two_reads(cut)) == [1, 5, 6]
    assert out == asyncio.run(read_all(FrameReceiver, data, []))[:-1]


def test_lanes_let_the_event_loop_run_while_they_take_a_long_buffered_run() -> None:
    data = wire([frame for tag in range(1, 41) for frame in delivery(tag, b"{}")])

    async def read() -> tuple[list[int], int | None]:
        reader = asyncio.StreamReader()
        reader.feed_data(data)
        reader.feed_eof()
        out: list[object] = []
        seen_at: list[int] = []
        with lane(out, set()) as taken:
            original = lean.LANES[LANE_TAG]

            def slow(*args: Any) -> bool:
                time.sleep(0.0001)  # a callback's work: 40 of them are 8 times YIELD_S
                return original(*args)

            lean.LANES[LANE_TAG] = slow
            asyncio.get_running_loop().call_soon(lambda: seen_at.append(len(taken)))
            receiver = LeanFrameReceiver(reader)
            receiver.started = True
            with contextlib.suppress(StopAsyncIteration):
                await receiver.get_frame()
        return taken, seen_at[0] if seen_at else None

    taken, when = asyncio.run(read())
    assert taken == list(range(1, 41))
    assert when is not None and when < 40  # the loop ran a callback before the run was over
