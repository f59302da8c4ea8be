"""`make kube-check`: a real API server admits what the README tells users to apply, for every
configuration, first time and again (an upgrade).

    python -m tests.stack.kube_check            # its own control plane; exit 1 on any error or warning
    run(plane, configurations)                  # the same against a running ControlPlane (tests)

Against one control plane (tests/stack/kube.py), after what a cluster has before the chart: the
Gateway API and cert-manager CRDs (../shared/crds) and cert-manager's namespace. Then for each
configuration, in a namespace of its own (`namespace=kc-<name>`), exactly the README's steps in
its order: `make synth`, `kubectl apply` of cluster.k8s.yaml, `make secrets`, `kubectl apply` of
timeseries.k8s.yaml, every apply server-side with strict field validation. Once the controllers
have acted on them: every Deployment, StatefulSet and Job has Pods (Pod Security admitted them),
every StatefulSet's claim templates have PVCs, every HPA and PDB exists, and the NetworkPolicies
the server holds allow exactly the flows the settings need (tests/chart/netpol.py). Then both files are
applied again, as an upgrade would. Any error, and any warning the server sends (kubectl prints
them as `Warning: ...`), fails the check. The last line is
`kube: api_server=<version> configurations=<n> objects=<n> errors=<n> warnings=<n>`.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from chart import config as chart_config
from tests.chart import netpol
from tests.chart.support import ROOT, VARIANTS
from tests.stack.kube import ControlPlane

# Namespaces a cluster has before this chart: cert-manager's, where the private CA's key pair lives.
PREREQUISITE_NAMESPACES = ("cert-manager",)
# `--validate=strict` is kubectl's name for the API's fieldValidation=Strict (unknown or duplicate
# fields are errors, not warnings the server drops).
APPLY = ("apply", "--server-side", "--validate=strict")
FILES = ("cluster.k8s.yaml", "timeseries.k8s.yaml")


@dataclasses.dataclass
class Report:
    """What the check saw; `problems` holds each error and warning, with where it happened."""

    api_server: str = ""
    configurations: int = 0
    objects: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)
    warnings: list[str] = dataclasses.field(default_factory=list)

    def line(self) -> str:
        return (
            f"kube: api_server={self.api_server} configurations={self.configurations} "
            f"objects={self.objects} errors={len(self.errors)} warnings={len(self.warnings)}"
        )


def crds_dir() -> Path:
    """The CRD copies mk/chart.mk's CRDS_DIR names: ../shared/crds from the repo or its worktree."""
    for candidate in (ROOT.parent / "shared" / "crds", ROOT.parent.parent / "shared" / "crds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("CRD copies not found (../shared/crds)")


def _record(report: Report, where: str, done: subprocess.CompletedProcess[str]) -> None:
    for line in done.stderr.splitlines():
        if line.startswith("Warning:"):
            report.warnings.append(f"{where}: {line}")
        elif line.strip():
            report.errors.append(f"{where}: {line}")
    if done.returncode != 0 and not any(e.startswith(f"{where}:") for e in report.errors):
        report.errors.append(f"{where}: exit code {done.returncode}")


def install_prerequisites(plane: ControlPlane, report: Report) -> None:
    """The CRDs and namespaces a cluster running this chart already has."""
    for bundle in sorted(crds_dir().iterdir()):
        _record(report, f"crds {bundle.name}", plane.kubectl(*APPLY, "-f", str(bundle)))
    _record(
        report,
        "crds established",
        plane.kubectl("wait", "--for=condition=Established", "crd", "--all", "--timeout=60s"),
    )
    for namespace in PREREQUISITE_NAMESPACES:
        manifest = yaml.safe_dump({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}})
        _record(report, f"namespace {namespace}", plane.kubectl(*APPLY, "-f", "-", stdin=manifest))


def _make(
    target: str, profile: str, overrides: tuple[str, ...], env: Mapping[str, str], **extra: str
) -> subprocess.CompletedProcess[str]:
    variables = [
        f"PROFILE={profile}",
        f"CHART_SET={' '.join(overrides)}",
        *(f"{k}={v}" for k, v in extra.items()),
    ]
    return subprocess.run(
        ["make", "-s", target, *variables],
        cwd=ROOT,
        env={**env, "MAKEFLAGS": ""},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@dataclasses.dataclass(frozen=True)
class Configuration:
    name: str
    profile: str
    overrides: tuple[str, ...]

    @property
    def namespace(self) -> str:
        return f"kc-{self.name}"

    @property
    def settings(self) -> tuple[str, ...]:
        return (*self.overrides, f"namespace={self.namespace}")


def configurations(names: list[str] | None = None) -> list[Configuration]:
    """The structural configurations of tests/chart/support.py (every test's one list)."""
    chosen = names or sorted(VARIANTS)
    return [Configuration(name, *VARIANTS[name]) for name in chosen]


def synthesize(config: Configuration, outdir: Path, report: Report) -> Path | None:
    """`make synth` of the configuration into `outdir` (the README's first step)."""
    done = _make("synth", config.profile, config.settings, os.environ, SYNTH_OUT=str(outdir))
    if done.returncode != 0:
        report.errors.append(f"{config.name}: make synth failed: {done.stderr.strip()[-2000:]}")
        return None
    return outdir


def apply(plane: ControlPlane, config: Configuration, dist: Path, report: Report, *, count: bool) -> None:
    """The README's apply, secrets, apply; `count` adds the applied objects to the report."""
    for step, file in enumerate(FILES):
        if step == 1:
            secrets(plane, config, report)
        done = plane.kubectl(*APPLY, "-f", str(dist / file))
        _record(report, f"{config.name}: apply {file}", done)
        if count:
            report.objects += sum(1 for line in done.stdout.splitlines() if line.strip())


def secrets(plane: ControlPlane, config: Configuration, report: Report) -> subprocess.CompletedProcess[str]:
    """`make secrets` for the configuration against this API server."""
    done = _make("secrets", config.profile, config.settings, plane.env)
    _record(report, f"{config.name}: make secrets", done)
    return done


def _docs(dist: Path) -> list[dict[str, Any]]:
    return [d for file in FILES for d in yaml.safe_load_all((dist / file).read_text()) if d]


def _missing(plane: ControlPlane, config: Configuration, dist: Path) -> list[str]:
    """What the controllers have not made yet: Pods of each workload, PVCs of each claim
    template; and the HPAs and PDBs that the API should hold."""
    namespace = config.namespace
    pods = plane.get("pods", "-n", namespace)["items"]
    claims = {c["metadata"]["name"] for c in plane.get("pvc", "-n", namespace)["items"]}
    held = {(o["kind"], o["metadata"]["name"]) for o in plane.get("hpa,pdb", "-n", namespace)["items"]}
    missing = []
    for doc in _docs(dist):
        kind, name = doc["kind"], doc["metadata"]["name"]
        if kind in ("Deployment", "StatefulSet", "Job"):
            labels = doc["spec"]["template"]["metadata"]["labels"]
            if not any(labels.items() <= p["metadata"].get("labels", {}).items() for p in pods):
                missing.append(f"pods of {kind}/{name}")
        if kind == "StatefulSet":
            missing += [
                f"PVC {claim}"
                for template in doc["spec"].get("volumeClaimTemplates", [])
                if (claim := f"{template['metadata']['name']}-{name}-0") not in claims
            ]
        if kind in ("HorizontalPodAutoscaler", "PodDisruptionBudget") and (kind, name) not in held:
            missing.append(f"{kind}/{name}")
    return missing


def _refusals(plane: ControlPlane, namespace: str) -> list[str]:
    """Controllers' failures to create objects (Pod Security refusals among them), from events."""
    events = plane.get("events", "-n", namespace, "--field-selector", "type=Warning")["items"]
    return [
        f"{e['involvedObject']['kind']}/{e['involvedObject']['name']}: {e['reason']}: {e['message']}"
        for e in events
        if e["reason"] in ("FailedCreate", "FailedCreatePodReason")
    ]


def wait_for_controllers(
    plane: ControlPlane, applied: Mapping[Configuration, Path], report: Report, timeout: float = 90
) -> None:
    deadline = time.monotonic() + timeout
    pending = dict(applied)
    while pending and time.monotonic() < deadline:
        pending = {c: d for c, d in pending.items() if _missing(plane, c, d) or _refusals(plane, c.namespace)}
        if any(_refusals(plane, c.namespace) for c in pending):
            break  # a refusal is final: controllers retry it unchanged
        if pending:
            time.sleep(1)
    for config, dist in applied.items():
        report.errors += [f"{config.name}: refused: {r}" for r in _refusals(plane, config.namespace)]
        report.errors += [f"{config.name}: never made: {m}" for m in _missing(plane, config, dist)]


def network_problems(plane: ControlPlane, config: Configuration, dist: Path) -> list[str]:
    """The NetworkPolicies as the API server holds them (defaults filled in), evaluated against
    the flows the configuration's settings need (tests/chart/netpol.py): each difference."""
    stored = plane.get("networkpolicies", "-n", config.namespace)["items"]
    docs = tuple(d for d in _docs(dist) if d["kind"] != "NetworkPolicy") + tuple(stored)
    settings = chart_config.load(config.profile, overrides=config.settings)
    need = netpol.needed(settings, docs)
    allowed = netpol.allowed_flows(settings, docs, netpol.probe_ports(settings, docs, need))
    return [f"{config.name}: needed but denied: {f}" for f in sorted(need - allowed)] + [
        f"{config.name}: allowed but not needed: {f}" for f in sorted(allowed - need)
    ]


def run(plane: ControlPlane, chosen: list[Configuration], workdir: Path) -> Report:
    report = Report(api_server=plane.version(), configurations=len(chosen))
    install_prerequisites(plane, report)
    applied: dict[Configuration, Path] = {}
    for config in chosen:
        dist = synthesize(config, workdir / config.name, report)
        if dist is not None:
            apply(plane, config, dist, report, count=True)
            applied[config] = dist
    wait_for_controllers(plane, applied, report)
    for config, dist in applied.items():
        report.errors += network_problems(plane, config, dist)
    for config, dist in applied.items():
        apply(plane, config, dist, report, count=False)  # the upgrade: the same again
    return report


def main(argv: list[str]) -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kube-check-") as tmp:
        plane = ControlPlane(Path(tmp))
        plane.start()
        try:
            report = run(plane, configurations(argv or None), Path(tmp))
        finally:
            plane.stop()
    for problem in [*report.errors, *report.warnings]:
        print(problem)
    print(f"took {time.monotonic() - started:.0f}s", file=sys.stderr)
    print(report.line())
    return 1 if report.errors or report.warnings else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
