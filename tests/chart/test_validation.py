"""Every object would be accepted by a Kubernetes 1.27 API server with the CRDs installed."""

from __future__ import annotations

import copy

import kubernetes_validate
import pytest

from tests.chart import crd_schema
from tests.chart.support import VARIANTS, variant


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_core_objects_pass_kubernetes_validate_strict_1_27(name: str) -> None:
    core = [o for o in variant(name) if (o["apiVersion"], o["kind"]) not in crd_schema.schemas()]
    assert len(core) > 30
    for obj in core:
        try:
            kubernetes_validate.validate(obj, "1.27.0", strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{obj['kind']}/{obj['metadata']['name']}: {exc.message}")


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_custom_resources_match_their_crd_schema_and_cel_rules(name: str) -> None:
    custom = [o for o in variant(name) if (o["apiVersion"], o["kind"]) in crd_schema.schemas()]
    kinds = {o["kind"] for o in custom}
    assert {"Certificate", "ClusterIssuer"} <= kinds
    for obj in custom:
        assert crd_schema.problems(obj) == [], f"{obj['kind']}/{obj['metadata']['name']}"


def test_crd_checks_catch_a_broken_route() -> None:
    """The checks above can fail: a Service backend without a port breaks a CEL rule, a typo a field."""
    route = copy.deepcopy(
        next(o for o in variant("prod") if o["kind"] == "HTTPRoute" and o["metadata"]["name"] == "app")
    )
    del route["spec"]["rules"][0]["backendRefs"][0]["port"]
    route["spec"]["hostnamez"] = ["typo.example.com"]
    found = crd_schema.problems(route)
    assert any(p.startswith("CEL") and "port" in p.lower() for p in found), found
    assert "unknown field .spec.hostnamez" in found
