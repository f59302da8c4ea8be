"""InfluxQL over HTTP (influxdb-client speaks only Flux): one pooled async client, safe retries.

The client is aiohttp (C HTTP parser) rather than httpx: a 10,000-point answer (~290 kB of
JSON) cost httpx ~3 ms of CPU to receive (pure-Python h11 and anyio), aiohttp ~1 ms.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import aiohttp
import orjson

from services.api.errors import ApiError, Kind, exhausted
from services.api.settings import ApiSettings

log = logging.getLogger(__name__)

_READINESS_QUERY = 'SELECT * FROM "readiness probe" LIMIT 1'
_NO_DATABASE = "database not found"
_NOT_EXECUTED = "not executed"


class Influx:
    def __init__(self, settings: ApiSettings) -> None:
        self._settings = settings
        self._query_url = settings.influx_url.rstrip("/") + "/query"
        # Created on first use: an aiohttp session belongs to the running event loop.
        self._session: aiohttp.ClientSession | None = None

    @property
    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            s = self._settings
            self._session = aiohttp.ClientSession(
                # Verified TLS for an https INFLUX_URL (INFLUX_CA_FILE); True: aiohttp's default.
                connector=aiohttp.TCPConnector(limit=64, ssl=s.influx_ssl_context or True),
                timeout=aiohttp.ClientTimeout(total=s.influx_timeout_s, sock_connect=3.0),
                # identity: gzip would cost InfluxDB and the API CPU for a hop inside the cluster
                headers={
                    "Authorization": f"Token {s.influx_token}",
                    "Accept": "application/json",
                    "Accept-Encoding": "identity",
                },
                auto_decompress=False,
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def check(self) -> bool:
        """Whether a query with the API's token would be answered now. /ping and /health need
        no token, so readiness reads from the database: a measurement no write can create (a
        space is refused at input), so it costs an index lookup. (SHOW MEASUREMENTS would not
        do: InfluxDB answers it, empty, for a token that may not read.)"""
        params = {"db": self._settings.influx_db, "q": _READINESS_QUERY}
        try:
            async with self._http.post(
                self._query_url, data=params, timeout=aiohttp.ClientTimeout(total=2.0)
            ) as response:
                self._results(response.status, await response.read())
                return True
        except (ApiError, aiohttp.ClientError, TimeoutError, OSError) as exc:
            refused = self._settings.influx_refusal(exc)
            if refused is not None:
                log.error("influxdb refused", extra={"error": str(refused)})
            return False

    async def query(self, influxql: str, max_bytes: int) -> list[dict[str, Any]]:
        """Run one or more `;`-separated read statements; returns InfluxDB's `results` list.

        Reads are idempotent, so a connection failure is retried with a short backoff; a
        database that stays unreachable becomes UNAVAILABLE (503) for the caller. An answer
        longer than `max_bytes` is refused (RESOURCE_EXHAUSTED) as it arrives, never held whole.
        """
        params = {"db": self._settings.influx_db, "q": influxql, "epoch": "ns"}
        attempts = 1 + self._settings.influx_retries
        for attempt in range(attempts):
            try:
                async with self._http.post(self._query_url, data=params) as response:
                    status, content = response.status, await _read_at_most(response, max_bytes)
            except TimeoutError as exc:
                raise ApiError(Kind.UNAVAILABLE, "database query timed out") from exc
            except (aiohttp.ClientConnectionError, OSError) as exc:
                refused = self._settings.influx_refusal(exc)
                if refused is not None:
                    log.error("influxdb refused", extra={"error": str(refused)})
                    raise ApiError(Kind.UNAVAILABLE, "database unreachable") from exc
                if attempt + 1 == attempts:
                    log.warning("influxdb unreachable", extra={"error": repr(exc)})
                    raise ApiError(Kind.UNAVAILABLE, "database unreachable") from exc
                await asyncio.sleep(0.1 * 2**attempt)
                continue
            except aiohttp.ClientError as exc:  # e.g. a malformed HTTP answer
                raise ApiError(Kind.UNAVAILABLE, "database answered with invalid HTTP") from exc
            return self._results(status, content)
        raise AssertionError("unreachable")

    @staticmethod
    def _results(status: int, content: bytes) -> list[dict[str, Any]]:
        """InfluxDB's `results`, or the ApiError its answer means. 2.x errors of the request
        are `{"code", "message"}` bodies; errors of one statement are `results[i].error`."""
        try:
            body = orjson.loads(content) if content else {}
        except orjson.JSONDecodeError:
            body = {}
        message = str(body.get("message") or body.get("error") or "")[:300] if isinstance(body, dict) else ""
        if status in (401, 403):
            log.error("influxdb refused the API's token", extra={"status": status, "influx_message": message})
            raise ApiError(Kind.UNAVAILABLE, "database refused the query credentials")
        if status == 404:
            log.error("influxdb has no such path or database", extra={"influx_message": message})
            raise ApiError(Kind.UNAVAILABLE, "database not found")
        if status >= 500:
            log.warning("influxdb error", extra={"status": status, "influx_message": message})
            raise ApiError(Kind.UNAVAILABLE, f"database error {status}")
        if not isinstance(body, dict) or ("results" not in body and status < 400):
            raise ApiError(Kind.UNAVAILABLE, "database answered with invalid JSON")
        if status >= 400 or "error" in body:
            # The query was built from validated parts, so this is a semantic problem with
            # the request (e.g. mean() of a string field): the client's to fix.
            raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {message}")
        results: list[dict[str, Any]] = body.get("results", [])
        errors = [str(r["error"]) for r in results if "error" in r]
        refused = [e for e in errors if e != _NOT_EXECUTED and not e.startswith(_NO_DATABASE)]
        if refused:
            raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {refused[0]}")
        if errors:
            # No such db for this token (2.x says so also when the token may not read the
            # bucket, or marks every statement "not executed"): the deployment's to fix.
            log.error(
                "influxdb has no such database for the API's token", extra={"influx_message": errors[0]}
            )
            raise ApiError(Kind.UNAVAILABLE, "database not found")
        return results


async def _read_at_most(response: aiohttp.ClientResponse, max_bytes: int) -> bytes:
    if (response.content_length or 0) > max_bytes:
        raise exhausted("MAX_ANSWER_BYTES", max_bytes, "the database's answer")
    body = bytearray()
    async for chunk in response.content.iter_chunked(256 * 1024):
        body += chunk
        if len(body) > max_bytes:
            raise exhausted("MAX_ANSWER_BYTES", max_bytes, "the database's answer")
    return bytes(body)
