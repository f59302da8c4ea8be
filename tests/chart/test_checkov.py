"""checkov (kubernetes framework) finds nothing; every skip is an annotation with its reason.

One checkov run (its start-up dominates) covers dist/ and the other configurations, each in
its own folder.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest
import yaml

from tests.chart.support import DIST, ROOT, variant

CHECKOV = ROOT / ".venv" / "checkov" / "bin" / "checkov"
SCANNED = ("dist", "dev", "prod-ingress", "prod-external-idp", "prod-external-rabbitmq")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not CHECKOV.exists():
        pytest.fail("checkov missing: `make checkov` installs it (a prerequisite of `make test`)")
    root = tmp_path_factory.mktemp("checkov")
    shutil.copytree(DIST, root / "dist")
    for name in SCANNED[1:]:
        (root / name).mkdir()
        (root / name / "all.k8s.yaml").write_text(yaml.safe_dump_all(variant(name), sort_keys=True))
    done = subprocess.run(
        [str(CHECKOV), "-d", str(root), "--framework", "kubernetes", "--skip-download", "-o", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _in(folder: str, check: dict[str, Any]) -> bool:
    return str(check["file_path"]).lstrip("/").startswith(f"{folder}/")


@pytest.mark.parametrize("folder", SCANNED)
def test_checkov_reports_no_failed_check(report: dict[str, Any], folder: str) -> None:
    assert report["summary"]["parsing_errors"] == 0
    passed = [c for c in report["results"]["passed_checks"] if _in(folder, c)]
    assert len(passed) > 300, "checkov scanned too little"
    failed = [
        f"{c['check_id']} {c['resource']}" for c in report["results"]["failed_checks"] if _in(folder, c)
    ]
    assert failed == []


def test_every_skip_carries_a_reason(report: dict[str, Any]) -> None:
    skipped = report["results"]["skipped_checks"]
    assert skipped, "expected the documented skips (image digests, env secrets)"
    for check in skipped:
        reason = check["check_result"].get("suppress_comment") or ""
        assert len(reason) > 20, f"{check['check_id']} on {check['resource']} skipped without a reason"
    assert {c["check_id"] for c in skipped} <= {"CKV_K8S_43", "CKV_K8S_35", "CKV_K8S_22", "CKV_K8S_38"}
    # The service account token is mounted only where the Kubernetes API is called.
    mounted = {c["resource"] for c in skipped if c["check_id"] == "CKV_K8S_38"}
    assert mounted == {"Job.timeseries.influxdb-tokens"}, mounted


def test_skips_are_annotations_on_the_object_they_excuse() -> None:
    for obj in variant("prod"):
        for key, value in (obj["metadata"].get("annotations") or {}).items():
            if key.startswith("checkov.io/skip"):
                check, _, reason = value.partition("=")
                assert check.startswith("CKV"), value
                assert len(reason) > 20, f"{obj['kind']}/{obj['metadata']['name']}: {value}"
