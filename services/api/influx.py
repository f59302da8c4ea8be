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


class Influx:
    def __init__(self, settings: ApiSettings) -> None:
        self._settings = settings
        self._query_url = settings.influx_url.rstrip("/") + "/query"
        self._ping_url = settings.influx_url.rstrip("/") + "/ping"
        # Created on first use: an aiohttp session belongs to the running event loop.
        self._session: aiohttp.ClientSession | None = None

    @property
    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            s = self._settings
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=64),
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

    async def ping(self) -> bool:
        try:
            async with self._http.get(self._ping_url, timeout=aiohttp.ClientTimeout(total=2.0)) as response:
                return response.status == 204
        except (aiohttp.ClientError, TimeoutError, OSError):
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
        if status in (401, 403):
            log.error("influxdb refused the API's token", extra={"status": status})
            raise ApiError(Kind.UNAVAILABLE, "database refused the query credentials")
        if status >= 500:
            raise ApiError(Kind.UNAVAILABLE, f"database error {status}")
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError as exc:
            raise ApiError(Kind.UNAVAILABLE, "database answered with invalid JSON") from exc
        if status >= 400 or "error" in body:
            # The query was built from validated parts, so this is a semantic problem with
            # the request (e.g. mean() of a string field): the client's to fix.
            raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {body.get('error')}")
        results: list[dict[str, Any]] = body.get("results", [])
        for result in results:
            if "error" in result:
                raise ApiError(Kind.INVALID_ARGUMENT, f"query rejected by the database: {result['error']}")
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
