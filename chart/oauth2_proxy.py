"""oauth2-proxy in front of the API's /api/ and gRPC-Web paths.

It accepts the SPA's bearer tokens (`--skip-jwt-bearer-tokens`, audience timeseries-api),
runs the browser login for everything else, and passes the Authorization header upstream,
where the API validates the JWT again.
"""

from __future__ import annotations

import dataclasses

from constructs import Construct

from chart import secrets, workload
from chart.config import Image, Stateless

NAME = "oauth2-proxy"
ROLE = "auth-proxy"
HTTP_PORT = 4180
USER = 10013


@dataclasses.dataclass(frozen=True)
class OAuth2ProxyProps:
    image: Image
    scale: Stateless
    issuer: str
    app_host: str
    upstream: str
    spread: bool


def arguments(props: OAuth2ProxyProps) -> list[str]:
    return [
        "--provider=oidc",
        f"--oidc-issuer-url={props.issuer}",
        "--client-id=oauth2-proxy",
        f"--redirect-url=https://{props.app_host}/oauth2/callback",
        f"--upstream={props.upstream}",
        f"--http-address=0.0.0.0:{HTTP_PORT}",
        "--email-domain=*",
        "--reverse-proxy=true",
        "--skip-provider-button=true",
        "--skip-jwt-bearer-tokens=true",
        f"--extra-jwt-issuers={props.issuer}=timeseries-api",
        "--pass-authorization-header=true",
        "--set-authorization-header=true",
        "--cookie-secure=true",
        "--cookie-samesite=lax",
        "--silence-ping-logging=true",
        "--code-challenge-method=S256",
    ]


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
