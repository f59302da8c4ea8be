"""The fast line protocol check (lineprotocol.FAST_STAMPED_BODY_RE) is only a shortcut: it must
never accept a body the exact check refuses, and it must take the bodies publishers send."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.common import lineprotocol as lp
from services.common.timestamps import TIME_MAX, TIME_MIN

BOUNDS = [lp.INT64_MIN, lp.INT64_MAX, TIME_MIN, TIME_MAX, 9 * 10**18, 10**19]
numbers = st.one_of(
    st.integers(min_value=-(10**21), max_value=10**21),
    st.sampled_from(BOUNDS).flatmap(lambda b: st.integers(min_value=b - 3, max_value=b + 3)),
).map(str)
padded = st.tuples(st.integers(min_value=0, max_value=3), numbers).map(
    lambda zn: zn[1].replace("-", "-" + "0" * zn[0]) if zn[1].startswith("-") else "0" * zn[0] + zn[1]
)


def lines(number: str) -> list[bytes]:
    n = number.encode()
    return [b"m,t=a v=%si 1" % n, b"m v=1.5 %s" % n, b"m v=%si,w=2i %s" % (n, n), b"m v=%s %s" % (n, n)]


@given(padded)
def test_fast_check_accepts_nothing_the_exact_check_refuses(number: str) -> None:
    for line in lines(number):
        if lp.FAST_STAMPED_BODY_RE.fullmatch(line):
            assert lp.STAMPED_BODY_RE.fullmatch(line), line


@given(st.integers(min_value=-(9 * 10**18) + 1, max_value=9 * 10**18 - 1))
def test_fast_check_takes_every_number_below_9e18(value: int) -> None:
    for line in lines(str(value)):
        assert lp.FAST_STAMPED_BODY_RE.fullmatch(line), line


def test_numbers_at_the_bounds_still_decode_through_the_exact_check() -> None:
    body = b"m v=9223372036854775807i 9223372036854775806\nm v=-9223372036854775808i -9223372036854775806"
    assert lp.FAST_STAMPED_BODY_RE.fullmatch(body) is None
    lines_out, points = lp.prefix_lines(body, "alice", None)
    assert points == 2 and lines_out.startswith(b"alice/m v=9223372036854775807i")
