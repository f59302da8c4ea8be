"""The API's configuration: one environment variable per field.

The chart sets them; tests/chart checks that the two agree.
"""

from __future__ import annotations

import dataclasses

from services.common.connections import InfluxSettings


@dataclasses.dataclass(frozen=True, kw_only=True)
class ApiSettings(InfluxSettings):
    """INFLUX_URL (the API reads with InfluxQL on <base>/query), INFLUX_TOKEN (sent as
    `Authorization: Token <t>`, InfluxDB 2.x v1-compat auth) and INFLUX_CA_FILE are the shared ones."""

    oidc_issuer: str
    """Expected `iss` of every token; discovery is fetched from here unless OIDC_DISCOVERY_URL is set."""
    influx_db: str = "timeseries"
    oidc_audience: str = "timeseries-api"
    oidc_discovery_url: str = ""
    """Where to fetch the discovery document when the issuer's public URL is not reachable in-cluster."""
    oidc_jwks_url: str = ""
    """JWKS address instead of discovery's `jwks_uri` (when that is a public URL the pod cannot reach)."""
    owner_claim: str = "sub"
    admin_role: str = "admin"
    http_port: int = 8080
    grpc_port: int = 50051
    cors_origins: tuple[str, ...] = ()
    log_level: str = "INFO"
    influx_timeout_s: float = 15.0
    influx_retries: int = 2
    """Extra attempts for a query when InfluxDB cannot be reached (queries are safe to retry)."""
    default_limit: int = 10_000
    max_limit: int = 100_000
    """Hard cap on points per series in one response, whatever the client asks for."""
    max_series: int = 10_000
    """Budget of one answer (query, catalog, Watch batch): more series is RESOURCE_EXHAUSTED."""
    max_points: int = 1_000_000
    """Budget of one answer: more points, all series together, is RESOURCE_EXHAUSTED."""
    max_answer_bytes: int = 128 * 1024 * 1024
    """Budget of one InfluxDB answer as received: the read stops there, before it is decoded."""
    max_streams: int = 1000
    """Watch streams open at once in this process, all callers together."""
    max_streams_per_principal: int = 16
    """Watch streams open at once in this process for one token subject."""
    watch_interval_s: float = 1.0
    watch_lookback_s: float = 10.0
    """Watch re-reads this far behind its cursor, so points stored late are still sent (once)."""
    jwt_leeway_s: int = 30
    jwks_min_refresh_s: float = 30.0
    """An unknown `kid` refetches the JWKS at most this often (a flood of forged kids cannot DoS the IdP)."""
    jwks_refresh_s: float = 300.0
    """The JWKS is reloaded this often: a key the issuer withdrew stops working within this time."""
    shutdown_grace_s: float = 10.0

    def __post_init__(self) -> None:
        super().__post_init__()
        if not 1 <= self.default_limit <= self.max_limit:
            raise ValueError("DEFAULT_LIMIT must be between 1 and MAX_LIMIT")
        budgets = ("max_series", "max_points", "max_answer_bytes", "max_streams", "max_streams_per_principal")
        for name in budgets:
            if getattr(self, name) < 1:
                raise ValueError(f"{name.upper()} must be at least 1")
        if self.max_streams_per_principal > self.max_streams:
            raise ValueError("MAX_STREAMS_PER_PRINCIPAL must not exceed MAX_STREAMS")
        if not 1 <= self.jwks_refresh_s <= 86400:
            raise ValueError("JWKS_REFRESH_S must be in [1, 86400]")
        if self.watch_interval_s <= 0 or self.watch_interval_s > 60:
            raise ValueError("WATCH_INTERVAL_S must be in (0, 60]")
        if "*" in self.cors_origins:
            raise ValueError("CORS_ORIGINS must list origins explicitly (credentials are sent)")
