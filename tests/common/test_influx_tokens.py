"""Least-privilege InfluxDB tokens (issue 9.3), against the real InfluxDB 2.x: the consumer's
token cannot read, the API's cannot write, neither can manage anything. The tokens are made by
`services.common.influx_tokens.reconcile`, the code the chart's influxdb-tokens Job runs; a
dictionary stands in for the Kubernetes Secrets (no API server runs here)."""

from __future__ import annotations

import urllib.error

import pytest

from services.common import influx_tokens
from services.common.influx_tokens import InfluxAdmin, InfluxError, MemorySecrets, reconcile
from tests.stack.servers import InfluxServer

GRANTS = influx_tokens.grants("consumer-token", "api-token")


def _refused_query(influx: InfluxServer, db: str, token: str) -> bool:
    """True when InfluxDB gives this token no data of `db` (an error status or an error answer)."""
    try:
        answer = influx.query(db, 'SELECT * FROM "m"', token=token)
    except urllib.error.HTTPError as exc:
        return exc.code in (401, 403, 404)
    result = answer["results"][0]
    return "error" in result and "series" not in result


def test_the_consumer_token_writes_but_cannot_read(influx: InfluxServer, influx_db: str) -> None:
    tokens = influx.tokens(influx_db)
    influx.write(influx_db, "m f=1 1700000000000000000", token=tokens.write)
    assert influx.query(influx_db, 'SELECT * FROM "m"')["results"][0]["series"]  # stored
    assert _refused_query(influx, influx_db, tokens.write)
    assert InfluxAdmin(influx.url, tokens.write).call("GET", "/api/v2/buckets")["buckets"] == []


def test_the_api_token_reads_but_cannot_write(influx: InfluxServer, influx_db: str) -> None:
    tokens = influx.tokens(influx_db)
    influx.write(influx_db, "m f=1 1700000000000000000")
    assert influx.query(influx_db, 'SELECT * FROM "m"', token=tokens.read)["results"][0]["series"]
    with pytest.raises(urllib.error.HTTPError) as refused:
        influx.write(influx_db, "m f=2 1700000000000000001", token=tokens.read)
    assert refused.value.code in (401, 403, 404)
    assert len(influx.query(influx_db, 'SELECT * FROM "m"')["results"][0]["series"][0]["values"]) == 1


def test_neither_token_reaches_another_bucket_or_manages_anything(
    influx: InfluxServer, influx_db: str
) -> None:
    other = influx.new_bucket("other_")
    try:
        influx.write(other, "m f=1 1700000000000000000")
        for token in (influx.tokens(influx_db).write, influx.tokens(influx_db).read):
            assert _refused_query(influx, other, token)
            with pytest.raises(urllib.error.HTTPError):
                influx.write(other, "m f=2 1700000000000000001", token=token)
            user = InfluxAdmin(influx.url, token)
            with pytest.raises(InfluxError) as denied:
                user.call("POST", "/api/v2/authorizations", {"orgID": "0" * 16, "permissions": []})
            assert denied.value.status in (400, 401, 403, 404)
            assert user.call("GET", "/api/v2/authorizations")["authorizations"] == []
    finally:
        influx.drop_bucket(other)


def test_reconcile_keeps_working_tokens_and_replaces_unknown_ones(
    influx: InfluxServer, influx_db: str
) -> None:
    store = MemorySecrets()
    first = reconcile(influx.admin, store, influx.org, influx_db, GRANTS)
    assert first == {"consumer-token": "created", "api-token": "created"}
    tokens = dict(store)
    # Run again (the Job after every apply): nothing changes.
    assert reconcile(influx.admin, store, influx.org, influx_db, GRANTS) == {
        "consumer-token": "kept",
        "api-token": "kept",
    }
    assert dict(store) == tokens
    # A Secret holding a token InfluxDB does not know (e.g. after a new data volume) gets a new
    # one; the previous authorization of that grant is revoked.
    store["consumer-token"] = "unknown-token"
    assert reconcile(influx.admin, store, influx.org, influx_db, GRANTS)["consumer-token"] == "created"
    assert store["consumer-token"] not in (tokens["consumer-token"], "unknown-token")
    influx.write(influx_db, "m f=1 1700000000000000000", token=store["consumer-token"])
    with pytest.raises(urllib.error.HTTPError) as revoked:
        influx.write(influx_db, "m f=1 1700000000000000000", token=tokens["consumer-token"])
    assert revoked.value.code == 401
    descriptions = [a["description"] for a in influx.admin.authorizations(influx.admin.org_id(influx.org))]
    assert descriptions.count(GRANTS[0].description(influx_db)) == 1


def test_reconcile_fails_clearly_without_the_bucket(influx: InfluxServer) -> None:
    with pytest.raises(LookupError, match="no bucket"):
        reconcile(influx.admin, MemorySecrets(), influx.org, "no-such-bucket", GRANTS)
    with pytest.raises(InfluxError) as refused:
        reconcile(InfluxAdmin(influx.url, "not-the-operator-token"), MemorySecrets(), influx.org, "x", GRANTS)
    assert refused.value.status == 401
