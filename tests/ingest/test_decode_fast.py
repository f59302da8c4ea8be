"""Fast paths of decoding are only shortcuts, without servers: PointFormatter.lines formats
exactly what PointFormatter.line does (or refuses with the same reason), with its caches
warm or cold, and the fast line protocol check lets no overflowing float through."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.common import lineprotocol as lp
from services.common.timestamps import TIME_MAX, TIME_MIN

keys = st.sampled_from(["m", "load", "owner", "time", "_field", "9x", "a b", "", "v", "value"])
tag_values = st.one_of(
    st.sampled_from(["s0", "a b", "x,y=z", "", "a\\b", "é"]), st.integers(0, 3), st.lists(st.none())
)
field_values = st.one_of(
    st.floats(),
    st.integers(-(2**70), 2**70),
    st.booleans(),
    st.text(max_size=5),
    st.none(),
    st.fixed_dictionaries({"int": st.integers(-(2**64), 2**64)}),
)
times = st.one_of(
    st.none(),
    st.integers(TIME_MIN - 2, TIME_MIN + 2),
    st.integers(TIME_MAX - 2, TIME_MAX + 2),
    st.integers(0, 2 * 10**18),
    st.booleans(),
    st.sampled_from(["2026-11-29T00:00:00Z", "yesterday"]),
    st.floats(0, 10),
)
points = st.one_of(
    st.fixed_dictionaries(
        {"measurement": keys | st.integers(), "fields": st.dictionaries(keys, field_values, max_size=3)},
        optional={
            "tags": st.none()
            | st.dictionaries(keys, tag_values, max_size=3)
            | st.just("")
            | st.lists(st.none()),
            "time": times,
            "extra": st.just(1),
        },
    ),
    st.sampled_from([None, 1, "x", []]),
)
# Mostly valid points, so the fast path is exercised, not only its way out.
valid_points = st.fixed_dictionaries(
    {
        "measurement": st.sampled_from(["m", "load"]),
        "tags": st.dictionaries(st.sampled_from(["s", "host"]), st.sampled_from(["a", "b c"]), max_size=2),
        "fields": st.dictionaries(
            st.sampled_from(["v", "w"]), st.floats(allow_nan=False), min_size=1, max_size=2
        ),
        "time": st.integers(0, 10**18),
    }
)


def mutated(point: dict[str, Any], change: tuple[str, str, object]) -> dict[str, Any]:
    """A valid point with one part replaced: `where` "point" (a key of the point, or removed
    when `value` is ...), "tags" or "fields" (an entry)."""
    where, key, value = change
    point = {**point, "tags": dict(point["tags"]), "fields": dict(point["fields"])}
    target = point if where == "point" else point[where]
    if value is ...:
        target.pop(key, None)
    else:
        target[key] = value
    return point


changes = st.one_of(
    st.tuples(
        st.just("point"), st.sampled_from(["measurement", "tags", "fields", "time", "x"]), st.just(...)
    ),
    st.tuples(st.just("point"), st.sampled_from(["measurement", "tags", "x"]), tag_values | times),
    st.tuples(st.just("point"), st.just("time"), times),
    st.tuples(st.just("tags"), keys, tag_values),
    st.tuples(st.just("fields"), keys, field_values),
)
# A valid point, then variants of it, each wrong (or right) in one way: the fast path meets
# each variant with the caches the valid point warmed.
families = st.tuples(valid_points, st.lists(changes, max_size=6)).map(
    lambda pc: [pc[0], *(mutated(pc[0], change) for change in pc[1])]
)


def outcome(format_: Any) -> object:
    try:
        return format_()
    except (lp.InvalidPoint, lp.NeedsStamp) as exc:
        return type(exc), str(exc)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(points | valid_points, max_size=8) | families,
    st.sampled_from(["", "alice/"]),
    st.none() | st.just(7),
)
def test_lines_formats_as_line_does(batch: list[Any], prefix: str, stamp: int | None) -> None:
    fast = lp.PointFormatter(cache_limit=3)  # small: evictions happen too
    for _ in range(2):  # cold caches, then warm ones
        for point in batch:
            exact = outcome(lambda p=point: lp.PointFormatter().line(p, prefix, stamp))
            assert outcome(lambda p=point: fast.lines([p], prefix, stamp)[0]) == exact, point
        expected = outcome(lambda: [lp.PointFormatter().line(p, prefix, stamp) for p in batch])
        assert outcome(lambda: fast.lines(batch, prefix, stamp)) == expected


@given(
    st.integers(0, 400).map(lambda n: "1" * n or "0"),
    st.sampled_from(["", ".5", "."]),
    st.sampled_from(["", "e", "E"]),
    st.sampled_from(["", "+", "-"]),
    st.integers(0, 400).map(lambda n: str(n) if n < 300 else "0" * (n - 297) + "308"),
)
def test_the_fast_check_takes_no_float_beyond_float64(
    digits: str, fraction: str, e: str, sign: str, exponent: str
) -> None:
    number = digits + fraction + (e + sign + exponent if e else "")
    body = b"m v=%s 1\nm v=1 2" % number.encode()
    if lp.FAST_STAMPED_BODY_RE.fullmatch(body):
        assert lp.STAMPED_BODY_RE.fullmatch(body)
        assert not math.isinf(float(number)), number
    if math.isinf(float(number)) and lp.STAMPED_BODY_RE.fullmatch(body):
        with pytest.raises(lp.InvalidPoint, match="beyond a 64-bit float"):
            lp.prefix_lines(body, "alice", None)
    else:
        assert lp.prefix_lines(body, "alice", None)[1] == 2


def test_the_fast_check_takes_what_readings_look_like() -> None:
    body = b"load,series=s0 value=13.436,n=-1.5e-07,k=3e99,z=.5E+10 1700000000000000000"
    assert lp.FAST_STAMPED_BODY_RE.fullmatch(body)
