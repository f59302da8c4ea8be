"""oauth2-proxy in front of the API's /api/ and gRPC-Web paths.

It accepts the SPA's bearer tokens (`--skip-jwt-bearer-tokens`, audience timeseries-api),
runs the browser login for everything else, and passes the Authorization header upstream,
where the API validates the JWT again. What its source (v7) does, and the flags that follow:

- At start it fetches OIDC discovery from `--oidc-issuer-url` and exits when that fails; the
  public issuer URL needs public DNS, an issued certificate and hairpin routing from inside
  the cluster. With an in-cluster Keycloak, `--skip-oidc-discovery` and the endpoints given
  one by one: the login page at the public URL (the browser goes there), token redemption,
  signing keys and the user profile at Keycloak's in-cluster Service. The issuer stays the
  public URL: it is what the tokens' `iss` says.
- A request without a valid session is redirected to the login page unless its path matches
  an `--api-route` (or it asks for JSON): the API and gRPC-Web paths answer 401 instead.
- An invalid bearer token: with `--bearer-token-login-fallback=false` the proxy answers 403
  at once; with `true` the request counts as unauthenticated, which on an API route is the 401
  that RFC 6750 asks for (and never a redirect, since those paths are API routes).
- `--extra-jwt-issuers` would run a second discovery against the public URL and fall back
  silently to `<issuer>/.well-known/jwks.json`, which Keycloak does not serve; the API's
  audience is accepted by the main verifier instead (`--oidc-extra-audience`).
- Streamed responses pass Go's ReverseProxy, which buffers for `--flush-interval` (1 s by
  default); a negative interval flushes after every write, so a Watch point is never held.
  `--upstream-timeout` (30 s by default) is how long it waits for the response headers, and
  the API sends a Watch's headers with its first point: a quiet series would end in a 502.
- `--set-authorization-header` is for nginx auth_request mode: in proxy mode it would copy
  the session's ID token into every response to the browser; it stays off.
"""

from __future__ import annotations

import dataclasses
import re

from constructs import Construct

from chart import realm, secrets, workload
from chart.config import Image, Stateless

NAME = "oauth2-proxy"
ROLE = "auth-proxy"
HTTP_PORT = 4180
USER = 10013
# How long a Watch may go without a point before the proxy gives up on it (the SPA reconnects).
WATCH_QUIET_LIMIT = "1h"


@dataclasses.dataclass(frozen=True)
class Endpoints:
    """The issuer's endpoints when discovery is skipped: `login` is opened by browsers (public);
    the others are called by oauth2-proxy itself (in the cluster)."""

    login: str
    redeem: str
    jwks: str
    profile: str

    @classmethod
    def keycloak(cls, public_realm: str, internal_realm: str) -> Endpoints:
        """A Keycloak realm's OIDC endpoints, by their URLs at the public and the internal host."""
        oidc = "/protocol/openid-connect"
        return cls(
            login=f"{public_realm}{oidc}/auth",
            redeem=f"{internal_realm}{oidc}/token",
            jwks=f"{internal_realm}{oidc}/certs",
            profile=f"{internal_realm}{oidc}/userinfo",
        )


@dataclasses.dataclass(frozen=True)
class OAuth2ProxyProps:
    image: Image
    scale: Stateless
    issuer: str
    app_host: str
    upstream: str
    api_paths: tuple[str, ...]
    """Path prefixes that answer 401 without a valid session, never a redirect to the login."""
    spread: bool
    trusted_proxies: tuple[str, ...]
    """CIDRs of the Gateway's data plane: the only peers whose X-Forwarded-* headers count."""
    endpoints: Endpoints | None = None
    """The issuer's endpoints (discovery skipped); None: OIDC discovery from `issuer`."""


def arguments(props: OAuth2ProxyProps) -> list[str]:
    issuer = [f"--oidc-issuer-url={props.issuer}"]
    if props.endpoints is not None:
        issuer += [
            "--skip-oidc-discovery=true",
            f"--login-url={props.endpoints.login}",
            f"--redeem-url={props.endpoints.redeem}",
            f"--oidc-jwks-url={props.endpoints.jwks}",
            f"--profile-url={props.endpoints.profile}",
        ]
    return [
        "--provider=oidc",
        *issuer,
        f"--client-id={realm.PROXY_CLIENT}",
        f"--redirect-url=https://{props.app_host}/oauth2/callback",
        f"--upstream={props.upstream}",
        f"--http-address=0.0.0.0:{HTTP_PORT}",
        "--email-domain=*",
        "--reverse-proxy=true",
        *(f"--trusted-proxy-ip={cidr}" for cidr in props.trusted_proxies),
        "--skip-provider-button=true",
        "--skip-jwt-bearer-tokens=true",
        f"--oidc-extra-audience={realm.API_AUDIENCE}",
        *(f"--api-route={api_route(path)}" for path in props.api_paths),
        "--bearer-token-login-fallback=true",
        "--pass-authorization-header=true",
        "--flush-interval=-1ns",
        f"--upstream-timeout={WATCH_QUIET_LIMIT}",
        "--cookie-secure=true",
        "--cookie-samesite=lax",
        "--silence-ping-logging=true",
        "--code-challenge-method=S256",
    ]


def api_route(prefix: str) -> str:
    """The `--api-route` regex (matched against the request URI, query included) of a Gateway API
    PathPrefix: whole path elements, so `/api/` covers `/api`, `/api?x` and `/api/x`, not `/apix`."""
    return f"^{re.escape(prefix.rstrip('/'))}([/?]|$)"


class OAuth2Proxy(Construct):
    def __init__(self, scope: Construct, node_id: str, props: OAuth2ProxyProps) -> None:
        super().__init__(scope, node_id)
        variables = workload.secret_env(
            self, secrets.OIDC_CLIENTS, {"OAUTH2_PROXY_CLIENT_SECRET": "oauth2-proxy-client-secret"}
        )
        variables.update(
            workload.secret_env(self, secrets.OAUTH2_PROXY, {"OAUTH2_PROXY_COOKIE_SECRET": "cookie-secret"})
        )
        self.deployment = workload.stateless(
            self,
            workload.StatelessProps(
                shape=workload.PodShape(
                    NAME, ROLE, USER, props.image, props.spread, workload.SECRET_ENV_ANNOTATION
                ),
                scale=props.scale,
                ports={"http": HTTP_PORT},
                probes=workload.HttpProbes(HTTP_PORT, live="/ping", ready="/ready"),
                env=variables,
                args=arguments(props),
            ),
        )
