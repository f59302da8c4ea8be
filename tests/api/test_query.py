"""Reading data: each user sees exactly their own points on every protocol; admins see all.

The session database (conftest `api_db`) holds alice's, bob's and admin's points under the
same measurements and tags; each owner's values lie in their own range (support.OWNER_BASE).
"""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from google.protobuf.duration_pb2 import Duration
from google.protobuf.timestamp_pb2 import Timestamp

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api.clients import PROTOCOLS
from tests.api.fetch import CallError, list_series, query
from tests.api.support import ALICE, BOB, HOSTILE_SENSOR, OWNER, OWNER_BASE, ApiProcess

USERS = ("alice", "bob", "admin")
TWO_HOURS = pb.TimeRange(start=Timestamp(seconds=int(dt.datetime.now(dt.UTC).timestamp()) - 7200))


def everything() -> pb.QueryRequest:
    return pb.QueryRequest(range=TWO_HOURS)


def owns(owner: str, value: object) -> bool:
    """Whether a numeric value lies in `owner`'s range (bools and strings carry no range)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return True
    return OWNER_BASE[owner] <= value < OWNER_BASE[owner] + 1000


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("user", USERS)
async def test_each_user_sees_exactly_their_own_points(
    api: ApiProcess, tokens: dict[str, str], protocol: str, user: str
) -> None:
    rows, truncated = await query(api, protocol, tokens[user], everything())
    assert not truncated
    assert {r[0] for r in rows} == {OWNER[user]}
    assert all(owns(OWNER[user], v) for r in rows for _, v in r[4])
    # 3 temperature series (s1, s2, hostile) + 3 status fields; 30 points each but the hostile one.
    # (other tests add measurements of their own to this database while the session runs)
    seeded = [r for r in rows if r[1] in ("status", "temperature")]
    assert sorted((r[1], r[2], dict(r[3])["sensor"], len(r[4])) for r in seeded) == sorted(
        [
            ("status", "code", "s1", 30),
            ("status", "ok", "s1", 30),
            ("status", "text", "s1", 30),
            ("temperature", "value", "s1", 30),
            ("temperature", "value", "s2", 30),
            ("temperature", "value", HOSTILE_SENSOR, 1),
        ]
    )


async def test_protocols_return_identical_data(api: ApiProcess, tokens: dict[str, str]) -> None:
    # One closed range for all three: into an open one ("until now"), a point another test wrote
    # a few seconds ahead (test_node_clients: now + 5 s) came between two of the queries.
    stop = Timestamp(seconds=int(dt.datetime.now(dt.UTC).timestamp()))
    request = pb.QueryRequest(range=pb.TimeRange(start=TWO_HOURS.start, stop=stop))
    results = [await query(api, p, tokens["alice"], request) for p in PROTOCOLS]
    assert results[0][0]  # alice's seeded series at least
    assert all(r == results[0] for r in results[1:])


@pytest.mark.parametrize("protocol", ["grpc", "grpc-web"])
async def test_values_keep_their_types(api: ApiProcess, tokens: dict[str, str], protocol: str) -> None:
    request = pb.QueryRequest(range=TWO_HOURS, selector=pb.SeriesSelector(measurement="status"))
    rows, _ = await query(api, protocol, tokens["alice"], request)
    by_field = {r[2]: [v for _, v in r[4]] for r in rows}
    assert by_field["ok"][:2] == [True, False]
    assert by_field["code"][:2] == [0, 1] and all(type(v) is int for v in by_field["code"])
    assert by_field["text"][:2] == [f"{ALICE}-0", f"{ALICE}-1"]


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_selector_and_limit(api: ApiProcess, tokens: dict[str, str], protocol: str) -> None:
    request = pb.QueryRequest(
        range=TWO_HOURS,
        selector=pb.SeriesSelector(measurement="temperature", field="value", tags={"sensor": "s2"}),
        limit=5,
    )
    rows, truncated = await query(api, protocol, tokens["bob"], request)
    assert truncated
    assert len(rows) == 1
    owner, measurement, field, tags, points = rows[0]
    assert (owner, measurement, field, tags) == (BOB, "temperature", "value", (("sensor", "s2"),))
    # the newest five, oldest first
    assert [v for _, v in points] == [1525.25, 1526.25, 1527.25, 1528.25, 1529.25]
    assert [t for t, _ in points] == sorted(t for t, _ in points)


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_hostile_tag_value_is_a_literal_match(
    api: ApiProcess, tokens: dict[str, str], protocol: str
) -> None:
    request = pb.QueryRequest(range=TWO_HOURS, selector=pb.SeriesSelector(tags={"sensor": HOSTILE_SENSOR}))
    rows, _ = await query(api, protocol, tokens["alice"], request)
    assert [(r[0], dict(r[3])["sensor"], [v for _, v in r[4]]) for r in rows] == [
        (ALICE, HOSTILE_SENSOR, [999.0])
    ]


@pytest.mark.parametrize("protocol", ["grpc", "grpc-web-text"])
async def test_aggregation(api: ApiProcess, tokens: dict[str, str], protocol: str) -> None:
    selector = pb.SeriesSelector(measurement="temperature", field="value", tags={"sensor": "s1"})
    counts = pb.QueryRequest(
        range=TWO_HOURS,
        selector=selector,
        aggregation=pb.Aggregation(every=Duration(seconds=600), fn=pb.AGGREGATE_COUNT),
    )
    rows, _ = await query(api, protocol, tokens["alice"], counts)
    assert sum(v for _, v in rows[0][4]) == 30
    assert all(type(v) is int for _, v in rows[0][4])
    maxima = pb.QueryRequest(
        range=TWO_HOURS,
        selector=selector,
        aggregation=pb.Aggregation(every=Duration(seconds=7200 * 2), fn=pb.AGGREGATE_MAX),
    )
    rows, _ = await query(api, protocol, tokens["alice"], maxima)
    assert max(v for _, v in rows[0][4]) == 29.5


def test_rest_aggregation_and_relative_times(api: ApiProcess, tokens: dict[str, str]) -> None:
    response = httpx.get(
        api.url + "/api/data",
        params={
            "measurement": "temperature",
            "field": "value",
            "tag.sensor": "s1",
            "start": "-2h",
            "stop": "now",
            "every": "1h",
            "fn": "sum",
        },
        headers={"Authorization": f"Bearer {tokens['bob']}"},
    )
    assert response.status_code == 200, response.text
    (series,) = response.json()["series"]
    assert sum(v for _, v in series["points"]) == sum(1000 + i + 0.5 for i in range(30))


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_admin_scopes(api: ApiProcess, tokens: dict[str, str], protocol: str) -> None:
    everyone = pb.QueryRequest(range=TWO_HOURS, scope=pb.OwnerScope(all_owners=True))
    rows, _ = await query(api, protocol, tokens["admin"], everyone)
    assert {r[0] for r in rows} == set(OWNER.values())
    assert all(owns(r[0], v) for r in rows for _, v in r[4])
    only_bob = pb.QueryRequest(range=TWO_HOURS, scope=pb.OwnerScope(owner=BOB))
    rows, _ = await query(api, protocol, tokens["admin"], only_bob)
    assert {r[0] for r in rows} == {BOB}


@pytest.mark.parametrize("protocol", ["grpc", "grpc-web", "grpc-web-text"])
@pytest.mark.parametrize("scope", [pb.OwnerScope(owner=BOB), pb.OwnerScope(all_owners=True)])
async def test_user_cannot_name_another_owner(
    api: ApiProcess, tokens: dict[str, str], protocol: str, scope: pb.OwnerScope
) -> None:
    with pytest.raises(CallError) as err:
        await query(api, protocol, tokens["alice"], pb.QueryRequest(range=TWO_HOURS, scope=scope))
    assert err.value.code == "PERMISSION_DENIED"
    with pytest.raises(CallError) as err:
        await list_series(api, protocol, tokens["alice"], pb.ListSeriesRequest(scope=scope))
    assert err.value.code == "PERMISSION_DENIED"


async def test_user_may_name_themselves(api: ApiProcess, tokens: dict[str, str]) -> None:
    request = pb.QueryRequest(range=TWO_HOURS, scope=pb.OwnerScope(owner=ALICE))
    rows, _ = await query(api, "grpc", tokens["alice"], request)
    assert {r[0] for r in rows} == {ALICE}


def test_rest_user_paths_take_no_owner(api: ApiProcess, tokens: dict[str, str]) -> None:
    for path in ("/api/data", "/api/series"):
        response = httpx.get(
            api.url + path, params={"owner": BOB}, headers={"Authorization": f"Bearer {tokens['alice']}"}
        )
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_argument"


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize("user", USERS)
async def test_series_catalog_is_per_owner(
    api: ApiProcess, tokens: dict[str, str], protocol: str, user: str
) -> None:
    catalog = await list_series(api, protocol, tokens[user], pb.ListSeriesRequest())
    assert {entry[0] for entry in catalog} == {OWNER[user]}
    assert [entry for entry in catalog if entry[1] in ("status", "temperature")] == [
        (OWNER[user], "status", (("sensor", "s1"),), ("code", "ok", "text")),
        (OWNER[user], "temperature", (("sensor", "s1"),), ("value",)),
        (OWNER[user], "temperature", (("sensor", "s2"),), ("value",)),
        (OWNER[user], "temperature", (("sensor", HOSTILE_SENSOR),), ("value",)),
    ]


@pytest.mark.parametrize("protocol", PROTOCOLS)
async def test_admin_catalog(api: ApiProcess, tokens: dict[str, str], protocol: str) -> None:
    everyone = await list_series(
        api, protocol, tokens["admin"], pb.ListSeriesRequest(scope=pb.OwnerScope(all_owners=True))
    )
    assert {e[0] for e in everyone} == set(OWNER.values())
    bobs = await list_series(
        api,
        protocol,
        tokens["admin"],
        pb.ListSeriesRequest(scope=pb.OwnerScope(owner=BOB), measurement="status"),
    )
    assert bobs == [(BOB, "status", (("sensor", "s1"),), ("code", "ok", "text"))]
