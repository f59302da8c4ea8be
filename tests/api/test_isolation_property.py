"""Property: whatever owners, tags and queries, a caller never receives another owner's point.

Each example writes points for random owners into a database of its own API process, every
point carrying its writer in a string field `who` (independent of the `owner` tag the API
filters on), then queries as a random owner over REST and native gRPC with random selectors.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.api.gen.timeseries.v1 import timeseries_pb2 as pb
from tests.api import clients
from tests.api.conftest import api_env
from tests.api.fetch import CallError, query
from tests.api.support import NOW_NS, ApiProcess, escape_tag, write_lines
from tests.stack.keycloak import KeycloakServer
from tests.stack.servers import InfluxServer

owners = st.from_regex(r"[A-Za-z0-9._@-]{1,24}", fullmatch=True)
# Tag values as written (line protocol cannot end a tag value with a backslash) ...
stored_tags = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"], exclude_characters="\\"),
    min_size=1,
    max_size=10,
)
# ... and as queried: anything printable, including quotes, backslashes and regex syntax.
queried_tags = st.one_of(
    stored_tags,
    st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), min_size=1, max_size=10),
)
_clock = itertools.count()


@pytest.fixture(scope="module")
def prop_api(influx: InfluxServer, idp: KeycloakServer) -> Iterator[tuple[ApiProcess, str]]:
    db = influx.new_database("prop_")
    process = ApiProcess(api_env(influx, idp, db)).start()
    yield process, db
    process.stop()
    influx.query(db, f'DROP DATABASE "{db}"')


written: Counter[str] = Counter()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    writes=st.lists(st.tuples(owners, stored_tags, st.integers(1, 3)), min_size=1, max_size=4),
    caller_pick=st.integers(0, 10),
    stranger=owners,
    measurement=st.sampled_from(["", "prop"]),
    tag_filter=st.one_of(st.none(), queried_tags, st.just("use-written")),
    limit=st.integers(0, 5),
)
async def test_no_query_returns_another_owners_point(
    prop_api: tuple[ApiProcess, str],
    influx: InfluxServer,
    idp: KeycloakServer,
    writes: list[tuple[str, str, int]],
    caller_pick: int,
    stranger: str,
    measurement: str,
    tag_filter: str | None,
    limit: int,
) -> None:
    api, db = prop_api
    lines = []
    for owner, tag, count in writes:
        for _ in range(count):
            t = NOW_NS - 10**9 * 600 + next(_clock) * 1000
            lines.append(f'prop,owner={owner},k={escape_tag(tag)} who="{owner}",v={len(owner)} {t}')
            written[owner] += 1
    write_lines(influx.write_url, db, lines)

    caller = writes[caller_pick % len(writes)][0] if caller_pick < 8 else stranger
    token = clients.sign(clients.claims(idp.issuer, sub=caller))
    selector = pb.SeriesSelector(measurement=measurement)
    if tag_filter == "use-written":
        selector.tags["k"] = writes[0][1]
    elif tag_filter is not None:
        selector.tags["k"] = tag_filter
    request = pb.QueryRequest(
        selector=selector, range=pb.TimeRange(start={"seconds": NOW_NS // 10**9 - 7200}), limit=limit
    )
    for protocol in ("rest", "grpc"):
        try:
            rows, _ = await query(api, protocol, token, request)
        except CallError as exc:
            assert exc.code in ("400", "INVALID_ARGUMENT"), exc
            continue
        assert {r[0] for r in rows} <= {caller}
        assert all(v == caller for r in rows if r[2] == "who" for _, v in r[4])
        if not selector.tags and not limit:
            # and nothing of the caller's own is missing
            assert sum(len(r[4]) for r in rows if r[2] == "who") == written[caller]
