"""Prometheus metrics and the one access-log line per request, for every protocol."""

from __future__ import annotations

import logging

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

log = logging.getLogger("services.api.access")

REGISTRY = CollectorRegistry(auto_describe=True)
REQUESTS = Counter(
    "api_requests",
    "Requests by protocol (rest, grpc, grpc-web), method and result code",
    ["protocol", "method", "code"],
    registry=REGISTRY,
)
LATENCY = Histogram(
    "api_request_duration_seconds",
    "Time to complete a request (streams: until they end)",
    ["protocol", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120),
    registry=REGISTRY,
)


def observe(protocol: str, method: str, code: str, seconds: float, request_id: str, **extra: object) -> None:
    REQUESTS.labels(protocol, method, code).inc()
    LATENCY.labels(protocol, method).observe(seconds)
    log.info(
        "request",
        extra={
            "protocol": protocol,
            "method": method,
            "code": code,
            "ms": round(seconds * 1000, 2),
            "request_id": request_id,
            **extra,
        },
    )


def exposition() -> bytes:
    return generate_latest(REGISTRY)
