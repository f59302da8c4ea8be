"""What every workload of the chart shares: labels, hardened containers and pods, probes,
Services, PDBs, HPAs, and `stateless`, the Deployment + Service shape of the stateless components.

cdk8s-plus-27 already defaults to non-root, read-only root filesystems and no service account
token; the pieces it cannot express (dropping ALL capabilities, seccomp, topology spread,
volumeClaimTemplates) are added here as JSON patches, once, for every workload.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence

import cdk8s
import cdk8s_plus_27 as kplus
from cdk8s_plus_27 import k8s
from constructs import Construct

from chart.config import Image, Resources, Stateless, Storage

PART_OF = "timeseries"


def labels(component: str, role: str) -> dict[str, str]:
    """The selector labels of a component (stable across versions, so they may select pods)."""
    return {
        "app.kubernetes.io/name": component,
        "app.kubernetes.io/instance": PART_OF,
        "app.kubernetes.io/component": role,
        "app.kubernetes.io/part-of": PART_OF,
    }


def metadata(
    name: str, component: str, role: str, annotations: Mapping[str, str] | None = None
) -> cdk8s.ApiObjectMetadata:
    return cdk8s.ApiObjectMetadata(
        name=name,
        labels={**labels(component, role), "app.kubernetes.io/managed-by": "cdk8s"},
        annotations=dict(annotations) if annotations else None,
    )


def resources(res: Resources) -> kplus.ContainerResources:
    return kplus.ContainerResources(
        cpu=kplus.CpuResources(request=_cpu(res.cpu_request), limit=_cpu(res.cpu_limit)),
        memory=kplus.MemoryResources(request=_size(res.memory_request), limit=_size(res.memory_limit)),
    )


def _cpu(quantity: str) -> kplus.Cpu:
    if quantity.endswith("m"):
        return kplus.Cpu.millis(int(quantity[:-1]))
    return kplus.Cpu.units(float(quantity))


def _size(quantity: str) -> cdk8s.Size:
    units = {
        "Ki": cdk8s.Size.kibibytes,
        "Mi": cdk8s.Size.mebibytes,
        "Gi": cdk8s.Size.gibibytes,
        "Ti": cdk8s.Size.tebibytes,
    }
    for suffix, unit in units.items():
        if quantity.endswith(suffix):
            return unit(float(quantity[: -len(suffix)]))
    return cdk8s.Size.kibibytes(float(quantity) / 1024)


def security(user: int, *, read_only: bool = True) -> kplus.ContainerSecurityContextProps:
    return kplus.ContainerSecurityContextProps(
        ensure_non_root=True,
        user=user,
        group=user,
        read_only_root_filesystem=read_only,
        allow_privilege_escalation=False,
        privileged=False,
    )


@dataclasses.dataclass(frozen=True)
class HttpProbes:
    """A container's liveness (every 20 s), readiness (every 10 s) and startup probes: HTTP GETs
    on one port, each allowed 3 s and, but for the startup probe, 3 failures."""

    port: int
    live: str
    """Path of the liveness probe; the startup probe asks it too unless `started` is set."""
    ready: str
    started: str = ""
    startup_period: int = 2
    startup_failures: int = 30
    """The start may take up to startup_period * startup_failures seconds."""

    def liveness(self) -> kplus.Probe:
        return self._get(self.live, period=20, failures=3)

    def readiness(self) -> kplus.Probe:
        return self._get(self.ready, period=10, failures=3)

    def startup(self) -> kplus.Probe:
        return self._get(
            self.started or self.live, period=self.startup_period, failures=self.startup_failures
        )

    def _get(self, path: str, *, period: int, failures: int) -> kplus.Probe:
        return kplus.Probe.from_http_get(
            path,
            port=self.port,
            period_seconds=cdk8s.Duration.seconds(period),
            failure_threshold=failures,
            initial_delay_seconds=cdk8s.Duration.seconds(0),
            timeout_seconds=cdk8s.Duration.seconds(3),
        )


def exec_probe(
    command: Sequence[str], *, period: int = 30, failures: int = 3, timeout: int = 10
) -> kplus.Probe:
    return kplus.Probe.from_command(
        list(command),
        period_seconds=cdk8s.Duration.seconds(period),
        failure_threshold=failures,
        timeout_seconds=cdk8s.Duration.seconds(timeout),
    )


def container_ports(ports: Mapping[str, int]) -> list[kplus.ContainerPort]:
    return [kplus.ContainerPort(number=port, name=name) for name, port in ports.items()]


def env(values: Mapping[str, str]) -> dict[str, kplus.EnvValue]:
    return {name: kplus.EnvValue.from_value(value) for name, value in values.items()}


def secret_env(scope: Construct, secret_name: str, keys: Mapping[str, str]) -> dict[str, kplus.EnvValue]:
    """Environment variables read from keys of a Secret the chart references but never holds."""
    secret = secret_ref(scope, secret_name)
    return {
        name: kplus.EnvValue.from_secret_value(kplus.SecretValue(secret=secret, key=key))
        for name, key in keys.items()
    }


def secret_ref(scope: Construct, name: str) -> kplus.ISecret:
    node_id = f"secret-ref-{name}"
    existing = scope.node.try_find_child(node_id)
    if existing is not None:
        return existing  # type: ignore[return-value]
    return kplus.Secret.from_secret_name(scope, node_id, name)


def empty_dir(scope: Construct, name: str, size: str = "64Mi") -> kplus.Volume:
    return kplus.Volume.from_empty_dir(scope, f"{name}-volume", name, size_limit=_size(size))


def file_mount(path: str, volume: kplus.Volume, key: str) -> kplus.VolumeMount:
    """File `key` of a ConfigMap or Secret volume, read-only at `path`. A subPath mount never
    sees later changes of its source (hence `roll_on_change` for ConfigMaps)."""
    return kplus.VolumeMount(path=path, volume=volume, sub_path=key, read_only=True)


def tmp_mount(scope: Construct) -> kplus.VolumeMount:
    """A private, size-limited /tmp (root filesystems are read-only)."""
    return kplus.VolumeMount(path="/tmp", volume=empty_dir(scope, "tmp"))  # noqa: S108 - a per-pod emptyDir


# The services read their settings from environment variables (DESIGN.md, service configuration), so their
# secrets arrive as secretKeyRef variables rather than files.
SECRET_ENV_ANNOTATION = {
    "checkov.io/skip2": "CKV_K8S_35=services read settings, secrets included, from env variables by contract"
}


def image_annotations(image: Image) -> dict[str, str]:
    """checkov wants digests (CKV_K8S_43); tags are pinned and digests are configuration."""
    if image.digest:
        return {}
    return {
        "checkov.io/skip1": "CKV_K8S_43=pinned by tag; set images.<name>.digest in config to pin by digest"
    }


def service_account(scope: Construct, name: str, role: str) -> kplus.ServiceAccount:
    return kplus.ServiceAccount(
        scope, "service-account", automount_token=False, metadata=metadata(name, name, role)
    )


@dataclasses.dataclass(frozen=True)
class PodShape:
    """How a workload's pods are named, labelled, run and spread.

    `name` is also the component's name in its labels; `role` its `app.kubernetes.io/component`.
    The workload carries `annotations` plus the checkov skip for an image without a digest.
    """

    name: str
    role: str
    user: int
    image: Image
    spread: bool = False
    annotations: Mapping[str, str] = dataclasses.field(default_factory=dict)


def pod_props(scope: Construct, shape: PodShape) -> dict[str, object]:
    """Keyword arguments shared by the Deployments and StatefulSets of the chart."""
    annotations = {**image_annotations(shape.image), **shape.annotations}
    return {
        "metadata": metadata(shape.name, shape.name, shape.role, annotations=annotations),
        "pod_metadata": cdk8s.ApiObjectMetadata(labels=labels(shape.name, shape.role)),
        "select": False,
        "spread": False,
        "security_context": kplus.PodSecurityContextProps(
            ensure_non_root=True, user=shape.user, group=shape.user, fs_group=shape.user
        ),
        "service_account": service_account(scope, shape.name, shape.role),
        "automount_service_account_token": False,
    }


def finish(workload: kplus.Deployment | kplus.StatefulSet, shape: PodShape) -> None:
    """Select by labels, and add what plus-27 cannot express: capabilities, seccomp, spread."""
    workload.select(kplus.LabelSelector.of(labels=labels(shape.name, shape.role)))
    harden(workload)
    api = cdk8s.ApiObject.of(workload)
    if shape.spread:
        selector = {"matchLabels": labels(shape.name, shape.role)}
        api.add_json_patch(
            cdk8s.JsonPatch.add(
                "/spec/template/spec/topologySpreadConstraints",
                [
                    {
                        "maxSkew": 1,
                        "topologyKey": key,
                        "whenUnsatisfiable": "ScheduleAnyway",
                        "labelSelector": selector,
                    }
                    for key in ("kubernetes.io/hostname", "topology.kubernetes.io/zone")
                ],
            )
        )


def harden(workload: kplus.Deployment | kplus.StatefulSet | kplus.Job) -> None:
    """What plus-27 cannot express: the RuntimeDefault seccomp profile, and no capabilities."""
    api = cdk8s.ApiObject.of(workload)
    api.add_json_patch(
        cdk8s.JsonPatch.add("/spec/template/spec/securityContext/seccompProfile", {"type": "RuntimeDefault"})
    )
    for kind, containers in (
        ("containers", workload.containers),
        ("initContainers", workload.init_containers),
    ):
        for index in range(len(containers)):
            api.add_json_patch(
                cdk8s.JsonPatch.add(
                    f"/spec/template/spec/{kind}/{index}/securityContext/capabilities", {"drop": ["ALL"]}
                )
            )


def roll_on_change(workload: kplus.Deployment | kplus.StatefulSet, *configs: kplus.ConfigMap) -> None:
    """Pods mount these ConfigMaps via subPath or read them only at start: a change must roll them."""
    digest = hashlib.sha256()
    for config in configs:
        digest.update(json.dumps(dict(config.data), sort_keys=True).encode())
    cdk8s.ApiObject.of(workload).add_json_patch(
        cdk8s.JsonPatch.add(
            "/spec/template/metadata/annotations", {"timeseries.io/config-sha256": digest.hexdigest()}
        )
    )


def add_data_volume(
    workload: kplus.StatefulSet, storage: Storage, path: str, *, init_container: bool = False
) -> None:
    """A volumeClaimTemplate `data` (plus-27 StatefulSets have none: added by JSON patch), mounted
    at `path` in the first container, and in the first init container if `init_container`."""
    spec: dict[str, object] = {
        "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": k8s.Quantity.from_string(storage.size)}},
    }
    if storage.storage_class:
        spec["storageClassName"] = storage.storage_class
    api = cdk8s.ApiObject.of(workload)
    api.add_json_patch(
        cdk8s.JsonPatch.add("/spec/volumeClaimTemplates", [{"metadata": {"name": "data"}, "spec": spec}])
    )
    for kind in ("containers", "initContainers") if init_container else ("containers",):
        api.add_json_patch(
            cdk8s.JsonPatch.add(
                f"/spec/template/spec/{kind}/0/volumeMounts/-", {"name": "data", "mountPath": path}
            )
        )


def headless_service(scope: Construct, component: str, role: str, ports: Mapping[str, int]) -> kplus.Service:
    """The StatefulSet's governing Service `<component>-headless`: stable pod DNS names, ready or not."""
    svc = kplus.Service(
        scope,
        "headless",
        cluster_ip="None",
        metadata=metadata(headless_name(component), component, role),
        ports=[
            kplus.ServicePort(name=port_name, port=port, target_port=port)
            for port_name, port in ports.items()
        ],
    )
    for key, value in labels(component, role).items():
        svc.select_label(key, value)
    cdk8s.ApiObject.of(svc).add_json_patch(cdk8s.JsonPatch.add("/spec/publishNotReadyAddresses", True))
    return svc


def headless_name(component: str) -> str:
    return f"{component}-headless"


def scale(
    scope: Construct, workload: kplus.Deployment, shape: PodShape, scale: Stateless, *, cpu_target: int = 70
) -> None:
    """A PDB when more than one replica runs; an HPA (which then owns the replica count) when asked."""
    if scale.max_replicas > scale.replicas:
        # The HPA owns the replica count; a fixed one in the Deployment would reset it on every apply.
        cdk8s.ApiObject.of(workload).add_json_patch(cdk8s.JsonPatch.remove("/spec/replicas"))
        k8s.KubeHorizontalPodAutoscalerV2(
            scope,
            "hpa",
            metadata=k8s.ObjectMeta(name=shape.name, labels=labels(shape.name, shape.role)),
            spec=k8s.HorizontalPodAutoscalerSpecV2(
                scale_target_ref=k8s.CrossVersionObjectReferenceV2(
                    api_version="apps/v1", kind="Deployment", name=shape.name
                ),
                min_replicas=scale.replicas,
                max_replicas=scale.max_replicas,
                metrics=[
                    k8s.MetricSpecV2(
                        type="Resource",
                        resource=k8s.ResourceMetricSourceV2(
                            name="cpu",
                            target=k8s.MetricTargetV2(type="Utilization", average_utilization=cpu_target),
                        ),
                    )
                ],
            ),
        )
    if scale.replicas > 1:
        pdb(scope, shape.name, shape.role)


def pdb(scope: Construct, name: str, role: str) -> None:
    """At most one pod of component `name` down at a time in voluntary disruptions (drains)."""
    k8s.KubePodDisruptionBudget(
        scope,
        "pdb",
        metadata=k8s.ObjectMeta(name=name, labels=labels(name, role)),
        spec=k8s.PodDisruptionBudgetSpec(
            max_unavailable=k8s.IntOrString.from_number(1),
            selector=k8s.LabelSelector(match_labels=labels(name, role)),
        ),
    )


def service(
    scope: Construct,
    name: str,
    role: str,
    ports: Mapping[str, int],
    *,
    app_protocols: Mapping[str, str] | None = None,
) -> k8s.KubeService:
    """A Service named after component `name`, selecting its pods; port names double as target port names."""
    protocols = app_protocols or {}
    return k8s.KubeService(
        scope,
        "service",
        metadata=k8s.ObjectMeta(name=name, labels=labels(name, role)),
        spec=k8s.ServiceSpec(
            type="ClusterIP",
            selector=labels(name, role),
            ports=[
                k8s.ServicePort(
                    name=port_name,
                    port=port,
                    target_port=k8s.IntOrString.from_string(port_name),
                    protocol="TCP",
                    app_protocol=protocols.get(port_name),
                )
                for port_name, port in ports.items()
            ],
        ),
    )


@dataclasses.dataclass(frozen=True)
class StatelessProps:
    """A stateless component: one hardened container in a Deployment behind a ClusterIP Service."""

    shape: PodShape
    scale: Stateless
    """Replicas and resources; more than one replica adds a PDB, `max_replicas` an HPA."""
    ports: Mapping[str, int]
    """Container ports by name."""
    probes: HttpProbes
    env: Mapping[str, kplus.EnvValue] = dataclasses.field(default_factory=dict)
    args: Sequence[str] = ()
    """Default: the image's own arguments."""
    volume_mounts: Sequence[kplus.VolumeMount] = ()
    """Default: none (the root filesystem is read-only: add `tmp_mount` where the program writes)."""
    service_ports: Sequence[str] = ()
    """Names of the ports the Service exposes; default: all of `ports`."""
    app_protocols: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Port name -> the Service port's appProtocol; default: none."""
    config_maps: Sequence[kplus.ConfigMap] = ()
    """ConfigMaps the pods read only at start or by subPath: a change of them rolls the pods."""
    read_only_root: bool = True
    init_containers: Sequence[kplus.ContainerProps] = ()
    """Run to completion, in order, before the container starts; default: none."""


def stateless(scope: Construct, props: StatelessProps) -> kplus.Deployment:
    """The Deployment (id `deployment` in `scope`), its Service, and its PDB and HPA as asked.

    A function, not a construct: the Deployment's construct path is in its pods' labels
    (`cdk8s.io/metadata.addr`), so it stays a direct child of the component.
    """
    shape = props.shape
    deployment = kplus.Deployment(
        scope,
        "deployment",
        replicas=props.scale.replicas,
        containers=[
            kplus.ContainerProps(
                name=shape.name,
                image=shape.image.ref,
                args=list(props.args) or None,
                ports=container_ports(props.ports),
                env_variables=dict(props.env) or None,
                resources=resources(props.scale.resources),
                security_context=security(shape.user, read_only=props.read_only_root),
                liveness=props.probes.liveness(),
                readiness=props.probes.readiness(),
                startup=props.probes.startup(),
                volume_mounts=list(props.volume_mounts) or None,
            )
        ],
        init_containers=list(props.init_containers) or None,
        **pod_props(scope, shape),  # type: ignore[arg-type]
    )
    finish(deployment, shape)
    if props.config_maps:
        roll_on_change(deployment, *props.config_maps)
    exposed = props.service_ports or tuple(props.ports)
    service(
        scope,
        shape.name,
        shape.role,
        {name: port for name, port in props.ports.items() if name in exposed},
        app_protocols=props.app_protocols or None,
    )
    scale(scope, deployment, shape, props.scale)
    return deployment


@dataclasses.dataclass(frozen=True)
class SetupJobProps:
    """A one-shot setup Job (token setup, topology declaration): one hardened container, retried
    on failure, deleted an hour after it finishes so the next `kubectl apply` runs it again."""

    name: str
    role: str
    user: int
    image: Image
    command: Sequence[str]
    env: Mapping[str, kplus.EnvValue]
    resources: Resources
    service_account: kplus.IServiceAccount
    volume_mounts: Sequence[kplus.VolumeMount] = ()
    annotations: Mapping[str, str] = dataclasses.field(default_factory=dict)
    automount_token: bool = False
    """Only for a Job that calls the Kubernetes API."""


def setup_job(scope: Construct, props: SetupJobProps) -> kplus.Job:
    job = kplus.Job(
        scope,
        "job",
        metadata=metadata(
            props.name,
            props.name,
            props.role,
            annotations={**image_annotations(props.image), **SECRET_ENV_ANNOTATION, **props.annotations},
        ),
        pod_metadata=cdk8s.ApiObjectMetadata(labels=labels(props.name, props.role)),
        containers=[
            kplus.ContainerProps(
                name=props.name,
                image=props.image.ref,
                command=list(props.command),
                env_variables=dict(props.env),
                resources=resources(props.resources),
                security_context=security(props.user),
                volume_mounts=[*props.volume_mounts, tmp_mount(scope)],
            )
        ],
        security_context=kplus.PodSecurityContextProps(
            ensure_non_root=True, user=props.user, group=props.user, fs_group=props.user
        ),
        service_account=props.service_account,
        automount_service_account_token=props.automount_token,
        restart_policy=kplus.RestartPolicy.ON_FAILURE,
        backoff_limit=6,
        ttl_after_finished=cdk8s.Duration.hours(1),
    )
    harden(job)
    return job
