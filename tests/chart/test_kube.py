"""A real API server (tests/stack/kube.py) admits the chart: `make kube-check`'s run over every
configuration, `make secrets` twice, a privileged container refused, and the Helm chart
linted and installed. One control plane serves the module; each test uses namespaces of its own."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from chart.secrets import FILLED_LATER
from tests.chart.support import ROOT, VARIANTS
from tests.stack import kube_check, thirdparty
from tests.stack.kube import ControlPlane
from tests.stack.kube_check import Configuration, Report

# The control plane's start (in the first test's setup) and eight configurations on 2 cores.
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def plane(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ControlPlane]:
    control = ControlPlane(tmp_path_factory.mktemp("kube"))
    control.start()
    try:
        # CRDs and cert-manager's namespace, as every test's cluster has them.
        prerequisites = Report()
        kube_check.install_prerequisites(control, prerequisites)
        assert not prerequisites.errors and not prerequisites.warnings, prerequisites
        yield control
    finally:
        control.stop()


def test_kube_check_admits_every_configuration_and_its_upgrade(plane: ControlPlane, tmp_path: Path) -> None:
    chosen = kube_check.configurations()
    report = kube_check.run(plane, chosen, tmp_path)
    print(report.line())
    assert report.api_server == thirdparty.KUBERNETES
    assert report.configurations == len(chosen) >= 8
    assert report.objects > 50 * len(chosen)
    assert report.errors == [] and report.warnings == [], plane.logs()


def _synthesized(plane: ControlPlane, config: Configuration, tmp_path: Path) -> Path:
    report = Report()
    dist = kube_check.synthesize(config, tmp_path / config.name, report)
    assert dist is not None, report.errors
    return dist


def _referenced(docs: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Secret name -> keys that the manifests' Pods read (env, envFrom, volumes)."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        if doc["kind"] not in ("Deployment", "StatefulSet", "Job"):
            continue
        spec = doc["spec"]["template"]["spec"]
        for container in [*spec["containers"], *spec.get("initContainers", [])]:
            for env in container.get("env", []):
                if ref := env.get("valueFrom", {}).get("secretKeyRef"):
                    found.setdefault(ref["name"], set()).add(ref["key"])
            for source in container.get("envFrom", []):
                if ref := source.get("secretRef"):
                    found.setdefault(ref["name"], set())
        for volume in spec.get("volumes", []):
            sources = [volume, *volume.get("projected", {}).get("sources", [])]
            for source in sources:
                if ref := source.get("secret"):
                    name = ref.get("secretName") or ref["name"]
                    found.setdefault(name, set()).update(item["key"] for item in ref.get("items", []))
    return found


def _stored(plane: ControlPlane, namespace: str) -> dict[str, tuple[str, dict[str, str]]]:
    items = plane.get("secrets", "-n", namespace)["items"]
    return {s["metadata"]["name"]: (s["metadata"]["resourceVersion"], s.get("data", {})) for s in items}


@pytest.mark.parametrize("name", ["prod", "dev", "prod-external-idp"])
def test_make_secrets_creates_every_referenced_secret_then_overwrites_nothing(
    plane: ControlPlane, tmp_path: Path, name: str
) -> None:
    config = Configuration(f"secrets-{name}", *VARIANTS[name])
    dist = _synthesized(plane, config, tmp_path)
    assert plane.kubectl(*kube_check.APPLY, "-f", str(dist / "cluster.k8s.yaml")).returncode == 0
    report = Report()
    first = kube_check.secrets(plane, config, report)
    assert report.errors == [] and report.warnings == []
    assert first.stdout.count("created secret/") >= 5, first.stdout
    stored = _stored(plane, config.namespace)
    docs = [d for f in kube_check.FILES for d in yaml.safe_load_all((dist / f).read_text()) if d]
    for secret, keys in _referenced(docs).items():
        assert secret in stored, f"{secret} is referenced but `make secrets` did not create it"
        later = set(FILLED_LATER.get(secret, ()))
        assert keys - later <= set(stored[secret][1]), (secret, keys, stored[secret][1].keys())
    second = kube_check.secrets(plane, config, report)
    assert report.errors == [] and report.warnings == []
    assert "created" not in second.stdout
    assert second.stdout.count("kept existing secret/") == len(stored), second.stdout
    assert _stored(plane, config.namespace) == stored  # same values, same resourceVersions


def test_a_privileged_container_is_refused(plane: ControlPlane, tmp_path: Path) -> None:
    """The check can fail: Pod Security refuses a privileged container, warning at apply time
    and refusing the Pods the controller makes."""
    config = Configuration("broken", *VARIANTS["prod"])
    dist = _synthesized(plane, config, tmp_path)
    path = dist / "timeseries.k8s.yaml"
    docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
    (deployment,) = [d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "frontend"]
    context = deployment["spec"]["template"]["spec"]["containers"][0]["securityContext"]
    context.pop("allowPrivilegeEscalation", None)  # the API refuses privileged without escalation
    context["privileged"] = True
    path.write_text(yaml.safe_dump_all(docs))
    report = Report()
    kube_check.apply(plane, config, dist, report, count=True)
    assert any("would violate PodSecurity" in w and "privileged" in w for w in report.warnings), (
        report.warnings
    )
    kube_check.wait_for_controllers(plane, {config: dist}, report, timeout=60)
    refused = [e for e in report.errors if "violates PodSecurity" in e and "privileged" in e]
    assert refused and all("frontend" in e for e in refused), report.errors
    assert any("never made: pods of Deployment/frontend" in e for e in report.errors)


def test_helm_chart_lints_strictly_and_installs(plane: ControlPlane, tmp_path: Path) -> None:
    namespace = "kc-helm"
    out = tmp_path / "helm"
    subprocess.run(
        ["make", "-s", "helm", f"HELM_OUT={out}", f"CHART_SET=namespace={namespace}"],
        cwd=ROOT,
        check=True,
        timeout=300,
        env={**os.environ, "MAKEFLAGS": ""},
        stdout=subprocess.DEVNULL,
    )
    helm = str(thirdparty.obtain("helm"))
    env = {
        **plane.env,
        "HELM_CACHE_HOME": str(tmp_path / "cache"),
        "HELM_CONFIG_HOME": str(tmp_path / "config"),
    }
    lint = subprocess.run(
        [helm, "lint", "--strict", str(out)], capture_output=True, text=True, env=env, check=False
    )
    assert lint.returncode == 0 and "0 chart(s) failed" in lint.stdout, lint.stdout + lint.stderr
    # The ClusterIssuers are cluster-wide, one set for every install of the chart: this control
    # plane already holds them (applied by kubectl), which Helm adopts.
    install = subprocess.run(
        [helm, "install", "timeseries", str(out), "--take-ownership", "--timeout=120s"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    assert "STATUS: deployed" in install.stdout
    assert not [line for line in install.stderr.splitlines() if line.strip()], install.stderr
    held = plane.get("deployments,statefulsets,jobs", "-n", namespace)["items"]
    assert {o["metadata"]["name"] for o in held} >= {"api", "consumer", "frontend", "influxdb", "rabbitmq"}
