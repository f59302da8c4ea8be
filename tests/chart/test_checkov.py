"""checkov (kubernetes framework) finds nothing; every skip is an annotation with its reason."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.chart.support import DIST, ROOT, variant

CHECKOV = ROOT / ".venv" / "checkov" / "bin" / "checkov"


def _checkov(directory: Path) -> dict[str, Any]:
    if not CHECKOV.exists():
        pytest.fail("checkov missing: `make checkov` installs it (a prerequisite of `make test`)")
    done = subprocess.run(
        [str(CHECKOV), "-d", str(directory), "--framework", "kubernetes", "--skip-download", "-o", "json"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def _assert_clean(report: dict[str, Any]) -> None:
    failed = [f"{c['check_id']} {c['resource']}" for c in report["results"]["failed_checks"]]
    assert report["summary"]["parsing_errors"] == 0
    assert report["summary"]["resource_count"] > 30
    assert failed == []
    for skipped in report["results"]["skipped_checks"]:
        assert len(skipped["check_result"].get("suppress_comment") or "") > 20, (
            f"{skipped['check_id']} skipped without a reason"
        )


def test_checkov_passes_on_dist() -> None:
    _assert_clean(_checkov(DIST))


@pytest.mark.parametrize("name", ["dev", "prod-ingress"])
def test_checkov_passes_on_other_configurations(name: str, tmp_path: Path) -> None:
    (tmp_path / "all.k8s.yaml").write_text(yaml.safe_dump_all(variant(name), sort_keys=True))
    _assert_clean(_checkov(tmp_path))


def test_skips_are_annotations_with_reasons_on_the_object_they_excuse() -> None:
    for obj in variant("prod"):
        for key, value in (obj["metadata"].get("annotations") or {}).items():
            if key.startswith("checkov.io/skip"):
                check, _, reason = value.partition("=")
                assert check.startswith("CKV"), value
                assert len(reason) > 20, f"{obj['kind']}/{obj['metadata']['name']}: {value}"
