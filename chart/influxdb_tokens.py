"""The least-privilege InfluxDB tokens: a one-shot Job that creates them once InfluxDB is set up.

InfluxDB 2.x generates token values itself, so `make secrets` cannot: it pre-creates the two
token Secrets empty, and this Job (services/common/influx_tokens.py, run from the API image)
fills them with a write-only token for the consumer and a read-only one for the API. It is
the only workload besides InfluxDB that holds the operator token, and its service account may
do nothing but get and patch those two Secrets. Until a Secret has its `token`, the pods that
read it wait (CreateContainerConfigError, retried by the kubelet) instead of starting without.

Re-running it changes nothing while the tokens work; it replaces a token InfluxDB no longer
knows (a new data volume) and revokes older ones. A finished Job is deleted after a while, so
the next `kubectl apply -f dist/` runs it again.
"""

from __future__ import annotations

import dataclasses

import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from chart import secrets, workload
from chart.config import Image, Resources

NAME = "influxdb-tokens"
ROLE = "setup"
USER = 10012
_RESOURCES = Resources("50m", "500m", "64Mi", "128Mi")


@dataclasses.dataclass(frozen=True)
class InfluxDBTokensProps:
    image: Image
    """An image holding services/common (the API's)."""
    influx_url: str
    influx_org: str
    influx_bucket: str


def environment(props: InfluxDBTokensProps) -> dict[str, str]:
    """The plain variables (TokenSettings); INFLUX_OPERATOR_TOKEN comes from the setup Secret."""
    return {
        "INFLUX_URL": props.influx_url,
        "INFLUX_ORG": props.influx_org,
        "INFLUX_BUCKET": props.influx_bucket,
        "CONSUMER_GRANT": secrets.INFLUXDB_CONSUMER,
        "API_GRANT": secrets.INFLUXDB_API,
    }


class InfluxDBTokens(Construct):
    def __init__(self, scope: Construct, node_id: str, props: InfluxDBTokensProps) -> None:
        super().__init__(scope, node_id)
        account = kplus.ServiceAccount(
            self, "service-account", automount_token=True, metadata=workload.metadata(NAME, NAME, ROLE)
        )
        k8s.KubeRole(
            self,
            "role",
            metadata=k8s.ObjectMeta(name=NAME, labels=workload.labels(NAME, ROLE)),
            rules=[
                k8s.PolicyRule(
                    api_groups=[""],
                    resources=["secrets"],
                    resource_names=[secrets.INFLUXDB_CONSUMER, secrets.INFLUXDB_API],
                    verbs=["get", "patch"],
                )
            ],
        )
        k8s.KubeRoleBinding(
            self,
            "role-binding",
            metadata=k8s.ObjectMeta(name=NAME, labels=workload.labels(NAME, ROLE)),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=NAME),
            subjects=[k8s.Subject(kind="ServiceAccount", name=NAME)],
        )
        variables = workload.env(environment(props))
        variables.update(
            workload.secret_env(
                self, secrets.INFLUXDB, {"INFLUX_OPERATOR_TOKEN": secrets.INFLUXDB_OPERATOR_KEY}
            )
        )
        self.job = workload.setup_job(
            self,
            workload.SetupJobProps(
                name=NAME,
                role=ROLE,
                user=USER,
                image=props.image,
                command=["python", "-m", "services.common.influx_tokens"],
                env=variables,
                resources=_RESOURCES,
                service_account=account,
                annotations={
                    "checkov.io/skip3": "CKV_K8S_38=it patches the token Secrets through the Kubernetes API"
                },
                # The one workload that calls the Kubernetes API: it needs its account's token.
                automount_token=True,
            ),
        )
