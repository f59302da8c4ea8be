"""The third-party servers the tests and `make dev` run for real, built from their registries.

    python -m tests.stack.thirdparty [NAME ...]     # obtain (build once) and print each path
    thirdparty.obtain("influxd")                    # the same from Python: the cached binary

Each program is obtained at the version the chart pins (chart/config.py, its image tag), built
once, and kept outside the work tree in `$TIMESERIES_CACHE` (default ~/.cache/timeseries-topology)
under `<name>-<version>/`, so a warm `make test` rebuilds nothing and every worktree of the
project shares one build. A build runs in a scratch directory beside its target and is renamed
into place only when complete; a lock serialises concurrent callers (pytest workers, `make dev`).

- influxd (InfluxDB 2.x): the Go module `github.com/influxdata/influxdb/v2`, with flux's Rust
  libflux compiled by influxdata's pkg-config wrapper (as Homebrew's formula does); no web UI.
- oauth2-proxy: the Go module `github.com/oauth2-proxy/oauth2-proxy/v7`.
- keycloak: `org.keycloak:keycloak-quarkus-dist` (zip) from Maven Central.
- kubernetes (kube-apiserver, kube-controller-manager, kubectl), etcd and helm: Go modules built
  in a small module of this file's making (`_go_build_in_module`), because `go install`
  refuses modules whose go.mod has `replace` lines (k8s.io/kubernetes replaces its staging
  modules with ./staging; etcd's server replaces its siblings with ../). These are not images
  of the chart: their versions are pinned here (KUBERNETES, ETCD, HELM), for `make kube-check`.
- rabbitmq: Debian trixie's rabbitmq-server (4.x, with the Erlang it needs) in a trixie root
  made with debootstrap, apart from this bookworm system; run chrooted (tests/stack/servers.py).
- telegraf (bench-only: `make bench-ingest` compares the consumer with it; no test needs it, so
  `make thirdparty` leaves it out): the Go module `github.com/influxdata/telegraf`, a custom build
  with only the plugins the benchmark configures (docs/CUSTOMIZATION.md: the `custom` tag plus
  one tag per plugin), which builds in a fraction of the time of all plugins.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from chart import config as chart_config

CACHE = Path(os.environ.get("TIMESERIES_CACHE", Path.home() / ".cache" / "timeseries-topology"))


# Not in the chart (the project never runs Telegraf); the newest release the module proxy served
# when the benchmark was written.
TELEGRAF_VERSION = "v1.39.3"
# Programs only a benchmark runs: obtained by their bench target, never by `make thirdparty`.
BENCH_ONLY = frozenset({"telegraf"})
# The plugins bench-ingest configures (tests/ingest/telegraf.py); a plugin missing here is
# reported by Telegraf at start as an undefined plugin.
TELEGRAF_PLUGINS = ("inputs.amqp_consumer", "outputs.influxdb_v2", "parsers.json_v2", "parsers.influx")

# The control plane `make kube-check` runs: a release inside the range users run (1.32-1.35),
# etcd of the minor line that release is tested with, and the last Helm 3.
KUBERNETES = "v1.35.4"
ETCD = "v3.6.16"
HELM = "v3.22.0"

# k8s.io/kubernetes requires these at v0.0.0 and replaces them with ./staging/src/k8s.io/<name>;
# each is published on its own as v0.<minor>.<patch> of the release.
_KUBERNETES_STAGING = (
    "api",
    "apiextensions-apiserver",
    "apimachinery",
    "apiserver",
    "cli-runtime",
    "client-go",
    "cloud-provider",
    "cluster-bootstrap",
    "code-generator",
    "component-base",
    "component-helpers",
    "controller-manager",
    "cri-api",
    "cri-client",
    "csi-translation-lib",
    "dynamic-resource-allocation",
    "endpointslice",
    "externaljwt",
    "kms",
    "kube-aggregator",
    "kube-controller-manager",
    "kube-proxy",
    "kube-scheduler",
    "kubectl",
    "kubelet",
    "metrics",
    "mount-utils",
    "pod-security-admission",
    "sample-apiserver",
    "sample-cli-plugin",
    "sample-controller",
)


class BuildError(RuntimeError):
    """A third-party program could not be obtained; the message names the failing step."""


def versions() -> dict[str, str]:
    """Each program's version: the chart's pinned image tags (one source of truth), and the
    control plane's versions pinned in this file."""
    images = chart_config.load("prod").images
    return {
        "influxd": "v" + images.influxdb.tag.removeprefix("v"),
        "oauth2-proxy": "v" + images.oauth2_proxy.tag.removeprefix("v"),
        "keycloak": images.keycloak.tag,
        "kubernetes": KUBERNETES,
        "etcd": ETCD,
        "helm": HELM,
        "rabbitmq": images.rabbitmq.tag.split("-", 1)[0],
        "telegraf": TELEGRAF_VERSION,
    }


@contextlib.contextmanager
def _locked(name: str) -> Iterator[None]:
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / f".{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _run(argv: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None) -> None:
    with log.open("ab") as out:
        out.write(f"\n$ {' '.join(argv)}\n".encode())
        out.flush()
        done = subprocess.run(
            argv, cwd=cwd, env={**os.environ, **(env or {})}, stdout=out, stderr=out, check=False
        )
    if done.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
        raise BuildError(f"`{' '.join(argv)}` failed with exit code {done.returncode}:\n{tail}")


def _go_module_source(module: str, version: str, into: Path, log: Path) -> Path:
    """A writable copy of a Go module's source from the module proxy (the cache is read-only)."""
    out = subprocess.run(
        ["go", "mod", "download", "-json", f"{module}@{version}"], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise BuildError(
            f"go mod download {module}@{version} failed: {out.stdout.strip()} {out.stderr.strip()}"
        )
    source = Path(json.loads(out.stdout)["Dir"])
    shutil.copytree(source, into, symlinks=True)
    for path in [into, *into.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | 0o200)
    return into


# cargo runs `$RUSTC_WRAPPER rustc ARGS...`; crates from the registry already get `--cap-lints allow`
# (rustc refuses the option twice).
_RUSTC_CAP_LINTS = """#!/bin/sh
case " $* " in *" --cap-lints "*) exec "$@" ;; esac
exec "$@" --cap-lints warn
"""


def _build_influxd(version: str, work: Path, target: Path, log: Path) -> None:
    src = _go_module_source("github.com/influxdata/influxdb/v2", version, work / "influxdb", log)
    tools = work / "bin"
    # The wrapper builds flux's libflux with cargo when `go build` asks pkg-config for it.
    _run(["go", "build", "-o", str(tools / "pkg-config"), "github.com/influxdata/pkg-config"], src, log)
    # flux-core denies every warning (`#![deny(warnings)]` under its default `strict` feature),
    # and newer compilers warn where Rust 1.72 did not: cap lints at warn for every crate,
    # build dependencies included (RUSTFLAGS would skip those when cargo gets `--target`).
    rustc_wrapper = tools / "rustc-cap-lints"
    rustc_wrapper.write_text(_RUSTC_CAP_LINTS)
    rustc_wrapper.chmod(0o755)
    env = {
        "PATH": f"{tools}:{os.environ['PATH']}",
        # libflux pins an old toolchain in rust-toolchain.toml that rustup cannot download here.
        "RUSTUP_TOOLCHAIN": os.environ.get("TIMESERIES_RUST_TOOLCHAIN", "stable"),
        "RUSTC_WRAPPER": str(rustc_wrapper),
    }
    tags = "sqlite_foreign_keys,sqlite_json"  # the release tags, without `assets` (the web UI)
    ldflags = f"-X main.version={version.removeprefix('v')}"
    _run(
        ["go", "build", "-tags", tags, "-ldflags", ldflags, "-o", str(target / "influxd"), "./cmd/influxd"],
        src,
        log,
        env,
    )


def _build_oauth2_proxy(version: str, work: Path, target: Path, log: Path) -> None:
    src = _go_module_source("github.com/oauth2-proxy/oauth2-proxy/v7", version, work / "oauth2-proxy", log)
    # As upstream's Makefile builds the release binary: static (no cgo), version stamped in.
    ldflags = f"-X github.com/oauth2-proxy/oauth2-proxy/v7/pkg/version.VERSION={version}"
    _run(
        ["go", "build", "-ldflags", ldflags, "-o", str(target / "oauth2-proxy"), "."],
        src,
        log,
        {"CGO_ENABLED": "0"},
    )


def _build_telegraf(version: str, work: Path, target: Path, log: Path) -> None:
    src = _go_module_source("github.com/influxdata/telegraf", version, work / "telegraf", log)
    # As upstream's Makefile builds it (static, version stamped in), with only our plugins.
    tags = ",".join(("custom", *TELEGRAF_PLUGINS))
    ldflags = f"-X github.com/influxdata/telegraf/internal.Version={version.removeprefix('v')}"
    _run(
        ["go", "build", "-tags", tags, "-ldflags", ldflags, "-o", str(target / "telegraf"), "./cmd/telegraf"],
        src,
        log,
        {"CGO_ENABLED": "0"},
    )


def _fetch_keycloak(version: str, work: Path, target: Path, log: Path) -> None:
    artifact = f"org.keycloak:keycloak-quarkus-dist:{version}:zip"
    _run(
        ["mvn", "-q", "-B", "dependency:copy", f"-Dartifact={artifact}", f"-DoutputDirectory={work}"],
        work,
        log,
    )
    _run(["unzip", "-q", str(work / f"keycloak-quarkus-dist-{version}.zip"), "-d", str(work)], work, log)
    home = work / f"keycloak-{version}"
    # As the upstream image lays it out: a data directory, every file owned by 1000:0 and
    # group-writable, so a process in group 0 may re-augment and one outside it may not.
    (home / "data").mkdir()
    _run(["chown", "-R", "1000:0", str(home)], work, log)
    _run(["chmod", "-R", "g+rwX", str(home)], work, log)
    home.rename(target / "keycloak")


def _go_build_in_module(
    work: Path,
    log: Path,
    require: tuple[str, str],
    packages: list[str],
    output: Path,
    replace: dict[str, str] | None = None,
    ldflags: str = "",
) -> None:
    """Builds `packages` (main packages of the required module) to `output` (a binary, or a
    directory for several) from a module of our own that requires `require` (module, version)
    with the given replacements."""
    module, version = require
    mod = work / "module"
    mod.mkdir()
    lines = ["module timeseries-topology/thirdparty", "", "go 1.25.0", "", f"require {module} {version}"]
    lines += [f"replace {old} => {new}" for old, new in (replace or {}).items()]
    (mod / "go.mod").write_text("\n".join(lines) + "\n")
    _run(["go", "get", *(f"{package}@{version}" for package in packages)], mod, log)
    # Stripped (-s -w) and without build paths: the link step is most of a warm build here.
    _run(
        ["go", "build", "-trimpath", "-ldflags", f"-s -w {ldflags}".strip(), "-o", str(output), *packages],
        mod,
        log,
        {"CGO_ENABLED": "0"},
    )


def _build_kubernetes(version: str, work: Path, target: Path, log: Path) -> None:
    minor = version.removeprefix("v").split(".")
    staging = f"v0.{minor[1]}.{minor[2]}"
    # What hack/lib/version.sh stamps, so the API server reports its release (kubectl warns on
    # a skew it cannot compute otherwise).
    stamp = " ".join(
        f"-X {package}.{key}={value}"
        for package in ("k8s.io/component-base/version", "k8s.io/client-go/pkg/version")
        for key, value in (
            ("gitVersion", version),
            ("gitMajor", minor[0]),
            ("gitMinor", minor[1]),
            ("gitTreeState", "clean"),
        )
    )
    (target / "bin").mkdir()  # an existing directory: `go build -o` writes each binary into it
    _go_build_in_module(
        work,
        log,
        ("k8s.io/kubernetes", version),
        [f"k8s.io/kubernetes/cmd/{cmd}" for cmd in ("kube-apiserver", "kube-controller-manager", "kubectl")],
        target / "bin",
        replace={f"k8s.io/{name}": f"k8s.io/{name} {staging}" for name in _KUBERNETES_STAGING},
        ldflags=stamp,
    )


def _build_etcd(version: str, work: Path, target: Path, log: Path) -> None:
    _go_build_in_module(
        work, log, ("go.etcd.io/etcd/server/v3", version), ["go.etcd.io/etcd/server/v3"], target / "etcd"
    )


def _build_helm(version: str, work: Path, target: Path, log: Path) -> None:
    ldflags = f"-X helm.sh/helm/v3/internal/version.version={version}"
    _go_build_in_module(
        work,
        log,
        ("helm.sh/helm/v3", version),
        ["helm.sh/helm/v3/cmd/helm"],
        target / "helm",
        ldflags=ldflags,
    )


#: Where a chrooted program may not start services while its packages install.
_NO_SERVICES = "#!/bin/sh\nexit 101\n"


def _debian_archive() -> str:
    """The Debian archive this machine's apt already uses (its bookworm main source)."""
    sources = Path("/etc/apt/sources.list.d")
    for path in sorted(sources.glob("*.sources")):
        for stanza in path.read_text().split("\n\n"):
            fields = dict(
                line.split(":", 1) for line in stanza.splitlines() if ":" in line and not line.startswith("#")
            )
            suites = fields.get("Suites", "").split()
            if "bookworm" in suites:
                return fields["URIs"].split()[0]
    legacy = Path("/etc/apt/sources.list")
    for line in legacy.read_text().splitlines() if legacy.exists() else []:
        words = line.split()
        if len(words) >= 3 and words[0] == "deb" and words[2] == "bookworm":
            return words[1]
    raise BuildError("no Debian bookworm source in /etc/apt: cannot tell debootstrap an archive")


def _build_rabbitmq(version: str, work: Path, target: Path, log: Path) -> None:
    root = target / "root"
    _run(["debootstrap", "--variant=minbase", "trixie", str(root), _debian_archive()], work, log)
    shutil.copy("/etc/hosts", root / "etc" / "hosts")  # the node name's host, localhost
    policy = root / "usr" / "sbin" / "policy-rc.d"
    policy.write_text(_NO_SERVICES)
    policy.chmod(0o755)
    apt = {"DEBIAN_FRONTEND": "noninteractive"}
    _run(["chroot", str(root), "apt-get", "update", "-q"], work, log, apt)
    _run(
        ["chroot", str(root), "apt-get", "install", "-q", "-y", "--no-install-recommends", "rabbitmq-server"],
        work,
        log,
        apt,
    )
    _run(["chroot", str(root), "apt-get", "clean"], work, log)
    installed = subprocess.run(
        ["chroot", str(root), "dpkg-query", "-W", "-f", "${Version}", "rabbitmq-server"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    if not installed.startswith(f"{version}-"):
        raise BuildError(f"trixie's rabbitmq-server is {installed!r}, the chart pins {version}")


_BUILDERS: dict[str, tuple[Callable[[str, Path, Path, Path], None], str]] = {
    "influxd": (_build_influxd, "influxd"),
    "oauth2-proxy": (_build_oauth2_proxy, "oauth2-proxy"),
    "keycloak": (_fetch_keycloak, "keycloak"),
    "kubernetes": (_build_kubernetes, "bin"),
    "etcd": (_build_etcd, "etcd"),
    "helm": (_build_helm, "helm"),
    "rabbitmq": (_build_rabbitmq, "root"),
    "telegraf": (_build_telegraf, "telegraf"),
}


def obtain(name: str) -> Path:
    """The cached program (a binary, or Keycloak's install directory), building it if missing."""
    build, entry = _BUILDERS[name]
    version = versions()[name]
    home = CACHE / f"{name}-{version}"
    if (home / ".complete").exists():
        return home / entry
    with _locked(name):
        if (home / ".complete").exists():
            return home / entry
        work = CACHE / f".{name}-{version}.work"
        target = CACHE / f".{name}-{version}.target"
        for scratch in (work, target):
            shutil.rmtree(scratch, ignore_errors=True)
            scratch.mkdir(parents=True)
        log = CACHE / f"{name}-{version}.build.log"
        log.write_text("")
        started = time.monotonic()
        print(f"building {name} {version} (once; log {log}) …", file=sys.stderr, flush=True)
        build(version, work, target, log)
        (target / ".complete").write_text(f"built in {time.monotonic() - started:.0f}s\n")
        shutil.rmtree(home, ignore_errors=True)
        target.rename(home)
        shutil.rmtree(work, ignore_errors=True)
        print(f"built {name} {version} in {time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)
    return home / entry


def derived(name: str, key: str) -> Path | None:
    """A tree a program wrote on a previous run and `keep` cached under `key`, or None."""
    home = CACHE / f"{name}-{versions()[name]}" / "derived" / key
    return home if (home / ".complete").exists() else None


def keep(name: str, key: str, tree: Path) -> Path:
    """Caches a copy of `tree` (something the program itself produced, like Keycloak's
    re-augmented lib/quarkus) under `key` beside the program, once; returns the copy."""
    home = CACHE / f"{name}-{versions()[name]}" / "derived" / key
    with _locked(name):
        if not (home / ".complete").exists():
            scratch = home.with_name(f".{key}.work")
            shutil.rmtree(scratch, ignore_errors=True)
            shutil.copytree(tree, scratch, symlinks=True)
            (scratch / ".complete").write_text("kept\n")
            shutil.rmtree(home, ignore_errors=True)
            scratch.rename(home)
    return home


def main(argv: list[str]) -> int:
    names = argv or [name for name in _BUILDERS if name not in BENCH_ONLY]
    try:
        for name in names:
            print(obtain(name))
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
