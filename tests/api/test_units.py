"""Unit tests of the pure parts: InfluxQL quoting, time parsing, gRPC-Web framing, settings."""

from __future__ import annotations

import base64
import re

import grpc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.api.auth import Principal, bearer_token
from services.api.errors import ApiError, Kind
from services.api.gate import request_id
from services.api.grpcweb import decode_text, frame, parse_timeout, trailer_block
from services.api.influxql import ident, literal
from services.api.model import Budget, Fn, Selector, Window
from services.api.query import widen
from services.api.results import Counter, decode_series, parse_series_key
from services.api.scope import OwnerScope, resolve_scope
from services.api.settings import ApiSettings
from services.api.statements import condition, extremes, field_keys, select
from services.api.timeparse import parse_every, parse_time
from services.common.settings import SettingsError

ALICE = Principal("alice", "alice", frozenset({"user"}), False)
ADMIN = Principal("root", "root", frozenset({"admin"}), True)
NOW = 1_800_000_000_000_000_000


@given(st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=200))
def test_literal_is_one_quoted_token(value: str) -> None:
    quoted = literal(value)
    # an InfluxQL string literal: quotes and backslashes inside are all escaped
    assert re.fullmatch(r"'(?:[^'\\]|\\.)*'", quoted)
    unescaped = re.sub(r"\\(.)", r"\1", quoted[1:-1])
    assert unescaped == value


@pytest.mark.parametrize("value", ["a\nb", "\x00", "x\r", "a" * 1025])
def test_literal_refuses_what_influxql_cannot_hold(value: str) -> None:
    with pytest.raises(ApiError) as err:
        literal(value)
    assert err.value.kind is Kind.INVALID_ARGUMENT


def test_ident() -> None:
    assert ident("cpu.load_1") == '"cpu.load_1"'
    for bad in ['a"b', "1abc", "", "a b", "a\\", "x" * 65, "/.*/"]:
        with pytest.raises(ApiError):
            ident(bad)


def test_statements_name_only_the_scopes_measurements() -> None:
    alice = OwnerScope("alice")
    where = condition(Selector("m", "f", {"k": "v'"}), 0, 10)
    assert where == "time >= 0 AND time < 10 AND \"k\"::tag = 'v\\''"
    statement = select(alice, "m", where, None, "DESC", 11, [("f", "float"), ("f", "string")])
    assert statement == (
        'SELECT "f"::float AS "f:float", "f"::string AS "f:string" FROM "alice/m" WHERE time >= 0 '
        "AND time < 10 AND \"k\"::tag = 'v\\'' GROUP BY * ORDER BY time DESC LIMIT 11"
    )
    assert field_keys(OwnerScope("a.b")) == r"SHOW FIELD KEYS FROM /^a\.b\/.+$/"
    everyone = select(
        OwnerScope(None), "", "time >= 0", Window(60), "ASC", 5, [("f", "boolean"), ("g", "integer")]
    )
    assert everyone == (
        r'SELECT mean("g"::integer) AS "g:integer" FROM /^[^\/]+\/.+$/ WHERE time >= 0 '
        "GROUP BY time(60s), * fill(none) ORDER BY time ASC LIMIT 5"
    )
    every_m = select(OwnerScope(None), "m", "time >= 0", Window(60, Fn.COUNT), "ASC", 5, [("f", "boolean")])
    assert every_m is not None and every_m.startswith(
        r'SELECT count("f"::boolean) AS "f:boolean" FROM /^[^\/]+\/m$/'
    )
    assert select(alice, "m", "time >= 0", Window(60, Fn.SUM), "ASC", 5, [("f", "string")]) is None


def test_windows_start_at_the_offset() -> None:
    alice = OwnerScope("alice")
    shifted = select(alice, "m", "time >= 7", Window(60, Fn.MAX, offset_ns=7), "ASC", 5, [("f", "float")])
    assert shifted is not None and "GROUP BY time(60s, 7ns), * fill(none)" in shifted
    low_high = extremes(alice, "m", "time >= 7", 500, 7, 4, [("f", "float"), ("s", "string")])
    assert low_high == (
        'SELECT min("f"::float) AS "f:float:min", max("f"::float) AS "f:float:max" FROM "alice/m" '
        "WHERE time >= 7 GROUP BY time(500ns, 7ns), * fill(none) ORDER BY time ASC LIMIT 4"
    )
    assert extremes(alice, "m", "time >= 0", 500, 0, 4, [("f", "float")]).endswith(  # type: ignore[union-attr]
        "GROUP BY time(500ns), * fill(none) ORDER BY time ASC LIMIT 4"
    )


def _windows(window: Window, start_ns: int, stop_ns: int) -> int:
    """How many of `window`'s windows (aligned as InfluxDB aligns them) [start, stop) touches."""
    every = window.every_s * 10**9
    first = (start_ns - window.offset_ns) // every
    last = (stop_ns - 1 - window.offset_ns) // every
    return last - first + 1


@given(
    st.integers(1, 10**6),
    st.integers(0, 10**12),
    st.integers(10**9, 10**15),
    st.integers(1, 5000),
)
def test_widened_windows_never_exceed_max_points(
    every_s: int, start_s: int, span_ns: int, points: int
) -> None:
    start_ns = start_s * 10**9 + span_ns % 10**9
    window = Window(every_s, Fn.MEAN)
    widened = widen(window, start_ns, start_ns + span_ns, points)
    assert _windows(widened, start_ns, start_ns + span_ns) <= points
    assert widened.every_s >= every_s
    if _windows(window, start_ns, start_ns + span_ns) <= points:
        assert widened == window  # what fits keeps the epoch's alignment
    else:
        assert (start_ns - widened.offset_ns) % (widened.every_s * 10**9) == 0  # from the range's start


def test_owner_tag_is_not_selectable() -> None:
    with pytest.raises(ApiError):
        condition(Selector(tags={"owner": "bob"}), 0, None)


def test_resolve_scope() -> None:
    assert resolve_scope(ALICE) == OwnerScope("alice")
    assert resolve_scope(ALICE, "alice") == OwnerScope("alice")
    assert resolve_scope(ADMIN, "bob") == OwnerScope("bob")
    assert resolve_scope(ADMIN, all_owners=True) == OwnerScope(None)
    for owner, everyone in (("bob", False), ("", True)):
        with pytest.raises(ApiError) as err:
            resolve_scope(ALICE, owner, everyone)
        assert err.value.kind is Kind.PERMISSION_DENIED
    with pytest.raises(ApiError) as err:
        resolve_scope(ADMIN, "bad owner'")
    assert err.value.kind is Kind.INVALID_ARGUMENT


def _answer(*series: tuple[str, int]) -> dict[str, object]:
    return {
        "series": [
            {
                "name": name,
                "tags": {"k": "v"},
                "columns": ["time", "f:float"],
                "values": [[t, 1.0] for t in range(rows)],
            }
            for name, rows in series
        ]
    }


def test_decoding_keeps_the_scope_and_the_layout() -> None:
    answer = _answer(("alice/m", 2), ("bob/m", 2), ("no-layout", 2), ("alice/m/x", 2))
    budget = Budget(10, 100, 1 << 20)
    kinds = {(name, "f"): "float" for name in ("alice/m", "bob/m", "no-layout", "alice/m/x")}
    series, cut = decode_series(OwnerScope("alice"), answer, kinds, None, Counter(budget))
    assert [(s.owner, s.measurement, s.values) for s in series] == [("alice", "m", [1.0, 1.0])] and not cut
    everyone, _ = decode_series(OwnerScope(None), answer, kinds, None, Counter(budget))
    assert [(s.owner, s.measurement) for s in everyone] == [("alice", "m"), ("bob", "m")]


@pytest.mark.parametrize(
    ("budget", "setting"), [(Budget(1, 100, 1), "MAX_SERIES=1"), (Budget(10, 3, 1), "MAX_POINTS=3")]
)
def test_decoding_stops_at_the_budget(budget: Budget, setting: str) -> None:
    with pytest.raises(ApiError, match=setting) as err:
        kinds = {("a/m", "f"): "float", ("a/n", "f"): "float"}
        decode_series(OwnerScope("a"), _answer(("a/m", 2), ("a/n", 2)), kinds, None, Counter(budget))
    assert err.value.kind is Kind.RESOURCE_EXHAUSTED


def test_request_id_rule() -> None:
    assert request_id("abc-123") == "abc-123"
    for bad in (None, "", "x" * 129, "a\nb"):
        assert len(request_id(bad)) == 32


def test_parse_series_key() -> None:
    assert parse_series_key(r"cpu,host=a\,b,owner=x,path=c:\ d\=e") == (
        "cpu",
        {"host": "a,b", "owner": "x", "path": "c: d=e"},
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("now", NOW),
        ("-1h", NOW - 3600 * 10**9),
        ("-250ms", NOW - 250 * 10**6),
        ("1970-01-01T00:00:01Z", 10**9),
        ("1970-01-01T01:00:00.5+01:00", 5 * 10**8),
    ],
)
def test_parse_time(raw: str, expected: int) -> None:
    assert parse_time(raw, "start", NOW) == expected


@pytest.mark.parametrize(
    "raw", ["", "yesterday", "2026-01-01T00:00:00", "-1y", "+1h", "1h", "3000-01-01T00:00:00Z"]
)
def test_parse_time_errors(raw: str) -> None:
    with pytest.raises(ApiError):
        parse_time(raw, "start", NOW)


def test_parse_every() -> None:
    assert parse_every("90s") == 90 and parse_every("2h") == 7200
    for bad in ("0s", "1ms", "m", "-1m", "1.5h"):
        with pytest.raises(ApiError):
            parse_every(bad)


def test_bearer_token() -> None:
    assert bearer_token("Bearer abc") == "abc"
    assert bearer_token("bearer   abc ") == "abc"
    for bad in (None, "", "abc", "Basic abc", "Bearer", "Bearer " + "x" * 20000):
        with pytest.raises(ApiError) as err:
            bearer_token(bad)
        assert err.value.kind is Kind.UNAUTHENTICATED


def test_grpc_timeout_units() -> None:
    assert parse_timeout(None) is None
    assert parse_timeout("2S") == 2.0
    assert parse_timeout("1500m") == pytest.approx(1.5)
    assert parse_timeout("1H") == 3600.0
    for bad in ("1", "S", "123456789S", "1.5S"):
        with pytest.raises(ApiError):
            parse_timeout(bad)


def test_grpcweb_framing() -> None:
    assert frame(b"abc") == b"\x00\x00\x00\x00\x03abc"
    assert trailer_block(grpc.StatusCode.NOT_FOUND, "no such séries\n") == (
        b"grpc-status:5\r\ngrpc-message:no such s%C3%A9ries%0A\r\n"
    )
    chunks = base64.b64encode(b"ab") + base64.b64encode(b"cde") + base64.b64encode(b"f")
    assert decode_text(chunks) == b"abcdef"


def test_settings() -> None:
    env = {
        "INFLUX_URL": "http://influx:8086",
        "INFLUX_TOKEN": "t",
        "OIDC_ISSUER": "https://id/realms/timeseries",
    }
    settings = ApiSettings.from_env(env)
    assert (settings.http_port, settings.grpc_port, settings.influx_db) == (8080, 50051, "timeseries")
    assert {k for k, required in ApiSettings.variables().items() if required} == {
        "INFLUX_URL",
        "INFLUX_TOKEN",
        "OIDC_ISSUER",
    }
    contract = {
        "INFLUX_DB",
        "OIDC_AUDIENCE",
        "OWNER_CLAIM",
        "ADMIN_ROLE",
        "HTTP_PORT",
        "GRPC_PORT",
        "CORS_ORIGINS",
        "LOG_LEVEL",
        "OIDC_DISCOVERY_URL",
    }
    assert contract <= set(ApiSettings.variables())
    with pytest.raises(SettingsError, match="CORS_ORIGINS"):
        ApiSettings.from_env(env | {"CORS_ORIGINS": "*"})
    with pytest.raises(SettingsError, match="DEFAULT_LIMIT"):
        ApiSettings.from_env(env | {"DEFAULT_LIMIT": "0"})
    with pytest.raises(SettingsError, match="MAX_POINTS"):
        ApiSettings.from_env(env | {"MAX_POINTS": "0"})
    with pytest.raises(SettingsError, match="MAX_STREAMS_PER_PRINCIPAL"):
        ApiSettings.from_env(env | {"MAX_STREAMS": "2", "MAX_STREAMS_PER_PRINCIPAL": "3"})
