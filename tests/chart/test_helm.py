"""`make helm` packages the same manifests as dist/ into a Helm chart."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import yaml

from tests.chart.support import DIST, ROOT


def test_helm_chart_holds_the_dist_manifests(tmp_path: Path) -> None:
    out = tmp_path / "helm"
    subprocess.run(
        ["make", "-s", "helm", f"HELM_OUT={out}"],
        cwd=ROOT,
        check=True,
        timeout=180,
        env={**os.environ, "MAKEFLAGS": ""},
        stdout=subprocess.DEVNULL,
    )
    chart = yaml.safe_load((out / "Chart.yaml").read_text())
    assert (chart["apiVersion"], chart["name"], chart["version"]) == ("v2", "timeseries", "0.1.0")
    templates = {p.name: p.read_text() for p in (out / "templates").iterdir()}
    assert templates == {p.name: p.read_text() for p in DIST.iterdir()}
    # Helm renders templates: nothing in them may look like a template action.
    assert all("{{" not in text for text in templates.values())
