"""The chart's synthesized manifests, read by the local stack to configure the real servers.

The servers the tests and `make dev` run are configured from what the chart would deploy (its
dev profile, synthesized in process, exactly as `make synth PROFILE=dev` writes it), not from a
second copy of their settings: a container's args and environment, the Gateway's routes. Only
addresses differ here (loopback ports instead of Service names and public hosts), and Secrets,
which the manifests name but never hold, get their values from the local servers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import yaml

from chart import config as chart_config
from chart.topology import build

Manifest = dict[str, Any]
PROFILE = "dev"


@functools.cache
def config(overrides: tuple[str, ...] = ()) -> chart_config.Config:
    """The dev profile's configuration, with chart config `overrides` (`key=value`)."""
    return chart_config.load(PROFILE, overrides=overrides)


@functools.cache
def objects(overrides: tuple[str, ...] = ()) -> tuple[Manifest, ...]:
    """Every object of the dev profile's synthesis (both charts), with `overrides`."""
    app = build(config(overrides), outdir="/nonexistent-outdir-not-written")
    return tuple(doc for doc in yaml.safe_load_all(app.synth_yaml()) if doc)


def named(kind: str, name: str, among: Sequence[Manifest] | None = None) -> Manifest:
    """The one `kind`/`name` object of `among` (default: the plain dev synthesis)."""
    matches = [
        o
        for o in (objects() if among is None else among)
        if o["kind"] == kind and o["metadata"]["name"] == name
    ]
    if len(matches) != 1:
        raise LookupError(f"expected one {kind}/{name} in the dev manifests, found {len(matches)}")
    return matches[0]


def container(workload: Manifest, name: str) -> dict[str, Any]:
    (found,) = [c for c in workload["spec"]["template"]["spec"]["containers"] if c["name"] == name]
    return dict(found)


def environment(spec: Mapping[str, Any], secret: Callable[[str, str], str]) -> dict[str, str]:
    """A container's `env` as plain values: literals as they are, Secret references from
    `secret(name, key)`. Any other source (ConfigMap keys, the downward API) is refused."""
    values: dict[str, str] = {}
    for entry in spec.get("env", []):
        if "value" in entry:
            values[entry["name"]] = str(entry["value"])
            continue
        ref = entry.get("valueFrom", {}).get("secretKeyRef")
        if ref is None:
            raise ValueError(f"env {entry['name']}: only values and Secret keys are supported, got {entry}")
        values[entry["name"]] = secret(ref["name"], ref["key"])
    return values
