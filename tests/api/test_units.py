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
from services.api.grpcweb import GrpcWebError, decode_text, frame, parse_timeout, trailer_block
from services.api.influxql import ident, literal
from services.api.query import QueryLayer, Selector, Window, parse_series_key, resolve_owner
from services.api.settings import ApiSettings
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


def test_select_always_carries_the_owner_for_users() -> None:
    statement = QueryLayer._select("alice", Selector("m", "f", {"k": "v'"}), "time >= 0", None, "DESC", 11)
    assert statement == (
        'SELECT "f" FROM "m" WHERE time >= 0 AND "owner" = \'alice\' AND "k" = \'v\\\'\' '
        "GROUP BY * ORDER BY time DESC LIMIT 11"
    )
    everyone = QueryLayer._select(None, Selector(), "time >= 0", Window(60), "ASC", 5)
    assert everyone == (
        "SELECT mean(*) FROM /.*/ WHERE time >= 0 GROUP BY time(60s), * fill(none) ORDER BY time ASC LIMIT 5"
    )


def test_owner_tag_is_not_selectable() -> None:
    with pytest.raises(ApiError):
        QueryLayer._select("alice", Selector(tags={"owner": "bob"}), "time >= 0", None, "DESC", 1)


def test_resolve_owner() -> None:
    assert resolve_owner(ALICE) == "alice"
    assert resolve_owner(ALICE, "alice") == "alice"
    assert resolve_owner(ADMIN, "bob") == "bob"
    assert resolve_owner(ADMIN, all_owners=True) is None
    for owner, everyone in (("bob", False), ("", True)):
        with pytest.raises(ApiError) as err:
            resolve_owner(ALICE, owner, everyone)
        assert err.value.kind is Kind.PERMISSION_DENIED
    with pytest.raises(ApiError) as err:
        resolve_owner(ADMIN, "bad owner'")
    assert err.value.kind is Kind.INVALID_ARGUMENT


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
        with pytest.raises(GrpcWebError):
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
