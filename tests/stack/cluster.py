"""A local RabbitMQ cluster of the chart's prod profile: three nodes that boot with its settings.

Each node is its own chrooted process of the same trixie root as the single test broker
(tests/stack/servers.py `RabbitMQServer`), with its own directory, free loopback ports and one
shared Erlang cookie. What they run is read from the chart's synthesized prod manifests
(dist/timeseries.k8s.yaml): the `rabbitmq-config` ConfigMap's rabbitmq.conf, enabled plugins
and topology definitions, and the StatefulSet's preStop command. Only addresses change (the
classic_config peers are the local node names, listeners are loopback ports, the definitions
directory is the node's own), plus what the single test broker shortens as well
(consumer_timeout, channel tick) and how soon a joined node gets its queue replicas. The users
come from the chart's definitions code with passwords made here, and an administrator for the
harness, so the nodes boot with no default user, exactly as the chart's do. Each node opens its
connections to its peers from an address of its own, so `partition` can cut one off.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

import yaml

from chart import rabbitmq_definitions
from chart.secrets import rabbitmq_password_hash
from services.common import topology
from services.publisher import broker_user
from tests.stack.servers import (
    CONSUMER_TIMEOUT_MS,
    DIST,
    NODE_DIR,
    RABBITMQ_BIN,
    RabbitMQServer,
    ServerError,
    free_port,
    unique,
)

CONSUMER_USER = "consumer"
API_USER = "api"
ADMIN_USER = "operator"
#: The queue-leader lookup and membership come from the management API (`leader`, `members`).
QUEUE_PATH = "/api/queues/%2F/" + urllib.parse.quote(topology.QUEUE, safe="")


@dataclasses.dataclass(frozen=True)
class ProdBroker:
    """What the chart's prod profile deploys for RabbitMQ (dist/timeseries.k8s.yaml)."""

    conf: str
    enabled_plugins: str
    topology: dict[str, Any]
    pre_stop: tuple[str, ...]
    nodes: int


def prod_broker(manifests: Path = DIST / "timeseries.k8s.yaml") -> ProdBroker:
    docs = [d for d in yaml.safe_load_all(manifests.read_text()) if d]
    (config,) = [d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"] == "rabbitmq-config"]
    (sts,) = [d for d in docs if d["kind"] == "StatefulSet" and d["metadata"]["name"] == "rabbitmq"]
    container = sts["spec"]["template"]["spec"]["containers"][0]
    return ProdBroker(
        conf=config["data"]["rabbitmq.conf"],
        enabled_plugins=config["data"]["enabled_plugins"],
        topology=json.loads(config["data"]["topology.json"]),
        pre_stop=tuple(container["lifecycle"]["preStop"]["exec"]["command"]),
        nodes=int(sts["spec"]["replicas"]),
    )


class ClusterNode(RabbitMQServer):
    """One member: RabbitMQServer's process, root and rabbitmqctl, with the prod configuration."""

    def __init__(self, base: Path, index: int, name: str, user: str, password: str) -> None:
        super().__init__(base / f"node-{index}")
        self.index = index
        self.node = name
        self.user = user
        self.password = password
        self.prometheus_port = free_port()
        #: Whether the process is stopped with SIGSTOP (a hung node, not a dead one).
        self.frozen = False
        #: The source address of the connections this node opens to its peers (Erlang
        #: distribution): its own, so a partition can tell them from the others' (`partition`).
        self.source = f"127.0.0.{11 + index}"

    @property
    def env(self) -> dict[str, str]:
        erl = "{" + self.source.replace(".", ",") + "}"
        return {
            **super().env,
            "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS": f"-kernel inet_dist_connect_options [{{ip,{erl}}}]",
        }

    def configure(self, prod: ProdBroker, peers: list[str], cookie: str, definitions: dict[str, Any]) -> None:
        (self.dir / "rabbitmq.conf").write_text(self._conf(prod.conf, peers))
        (self.dir / "enabled_plugins").write_text(prod.enabled_plugins)
        defs = self.dir / "definitions"
        defs.mkdir(exist_ok=True)
        (defs / "10-topology.json").write_text(json.dumps(prod.topology))
        (defs / "20-users.json").write_text(json.dumps(definitions))
        cookie_file = self.dir / ".erlang.cookie"  # HOME is the node's directory
        cookie_file.write_text(cookie)
        cookie_file.chmod(0o400)

    def _conf(self, chart: str, peers: list[str]) -> str:
        """The chart's rabbitmq.conf with local addresses, and the test brokers' short timeouts."""
        local = {
            "listeners.tcp.default": f"127.0.0.1:{self.amqp_port}",
            "management.tcp.port": str(self.management_port),
            "definitions.local.path": str(NODE_DIR / "definitions"),
            "log.console": "false",
        }
        lines = []
        for line in chart.splitlines():
            key = line.split("=", 1)[0].strip()
            if re.fullmatch(r"cluster_formation\.classic_config\.nodes\.\d+", key):
                continue
            if key != "log.file":  # the node's log directory, as the single test broker's
                lines.append(f"{key} = {local[key]}" if key in local else line)
        lines += [f"cluster_formation.classic_config.nodes.{i + 1} = {peer}" for i, peer in enumerate(peers)]
        lines += [
            "management.tcp.ip = 127.0.0.1",
            f"prometheus.tcp.port = {self.prometheus_port}",
            "prometheus.tcp.ip = 127.0.0.1",
            "log.file.level = warning",
            # As the single test broker (servers.py): a long outage's channel close, seen in seconds.
            f"consumer_timeout = {CONSUMER_TIMEOUT_MS}",
            # The queues' growth to a node that joined: after 2 s, not the default 10.
            "quorum_queue.continuous_membership_reconciliation.trigger_interval = 2000",
        ]
        return "\n".join(lines) + "\n"

    def start(self, timeout: float = 90) -> None:
        # A killed node leaves its pid file behind: `rabbitmqctl wait` would watch that pid.
        (self.dir / "rabbitmq.pid").unlink(missing_ok=True)
        super().start(timeout)

    def signal(self, signum: int) -> None:
        """Sends `signum` to the node's whole process group (the beam and its helpers)."""
        assert self.proc is not None
        os.killpg(self.proc.pid, signum)
        if signum == signal.SIGSTOP:
            self.frozen = True
        elif signum == signal.SIGCONT:
            self.frozen = False

    def kill(self) -> None:
        """kill -9 of the node, as a crashed pod or machine."""
        if self.proc is None:
            return
        if self.frozen:
            self.signal(signal.SIGCONT)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self.proc = None

    def run_in_root(self, argv: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
        """`argv` (a chart command, e.g. its preStop hook) inside the node's root, aimed at this node."""
        return subprocess.run(
            self.in_root(*argv),
            env={**self.env, "PATH": f"{RABBITMQ_BIN}:/usr/sbin:/usr/bin:/sbin:/bin"},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


class RabbitMQCluster:
    """`size` nodes (default: the prod profile's) clustered by classic_config peer discovery."""

    def __init__(self, base: Path, size: int | None = None) -> None:
        self.prod = prod_broker()
        self.base = base
        self.size = size or self.prod.nodes
        self.user = "ts-test"
        self.password = secrets.token_urlsafe(16)
        self.consumer_password = secrets.token_urlsafe(16)
        self.admin_password = secrets.token_urlsafe(16)
        self.api_password = secrets.token_urlsafe(16)
        self.vhost = "/"
        prefix = unique("tsc-")
        names = [f"{prefix}-{i}@localhost" for i in range(self.size)]
        self.nodes = [ClusterNode(base, i, names[i], self.user, self.password) for i in range(self.size)]
        cookie = secrets.token_hex(20)
        for node in self.nodes:
            node.configure(self.prod, names, cookie, self._users())
        self._publishers: dict[str, str] = {}

    def _users(self) -> dict[str, Any]:
        """The chart's boot users (definitions code, passwords made here) and the harness's administrator."""
        defs: dict[str, Any] = rabbitmq_definitions.users(
            (CONSUMER_USER, rabbitmq_password_hash(self.consumer_password)),
            (ADMIN_USER, rabbitmq_password_hash(self.admin_password)),
            (API_USER, rabbitmq_password_hash(self.api_password)),
            self.vhost,
        )
        defs["users"].append(
            {
                "name": self.user,
                "password_hash": rabbitmq_password_hash(self.password),
                "hashing_algorithm": "rabbit_password_hashing_sha256",
                "tags": ["administrator", "impersonator"],
            }
        )
        defs["permissions"].append(
            {"user": self.user, "vhost": self.vhost, "configure": ".*", "write": ".*", "read": ".*"}
        )
        return defs

    # -- life cycle -------------------------------------------------------------------------

    def start(self, timeout: float = 180) -> None:
        """Every node at once, as the chart's StatefulSet starts its pods (in parallel): a
        node of RabbitMQ 4 waits in peer discovery until a majority of its configured peers
        answers. Then until every quorum queue of the topology has a member on every node
        (the chart's membership reconciliation)."""
        try:
            self._start_together(self.nodes, timeout)
            self.wait_formed(timeout)
        except BaseException:
            self.stop()
            raise

    @staticmethod
    def _start_together(nodes: list[ClusterNode], timeout: float) -> None:
        errors: list[BaseException] = []

        def boot(node: ClusterNode) -> None:
            try:
                node.start(timeout)
            except BaseException as exc:  # re-raised below, in the caller thread
                errors.append(exc)

        threads = [threading.Thread(target=boot, args=(n,)) for n in nodes]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]

    def wait_formed(self, timeout: float = 120) -> None:
        """Every node running in one cluster, and the quorum queues on all of them."""
        deadline = time.monotonic() + timeout
        problem = ""
        while time.monotonic() < deadline:
            problem = self._formation_problem()
            if not problem:
                return
            time.sleep(0.5)
        raise ServerError(f"the cluster did not form in {timeout:.0f}s: {problem}")

    def _formation_problem(self) -> str:
        names = {n.node for n in self.nodes}
        for node in self.nodes:
            try:
                listed = node.api("GET", "/api/nodes")
            except OSError as exc:
                return f"{node.node}: {exc}"
            running = {n["name"] for n in listed if n.get("running")}
            if running != names:
                return f"{node.node} sees running {sorted(running)}"
            drained = [n["name"] for n in listed if n.get("being_drained")]
            if drained:  # a restarted node leaves maintenance mode by itself (chart/rabbitmq.py)
                return f"{node.node} sees {drained} in maintenance mode"
        for queue in (topology.QUEUE, topology.DEAD_QUEUE):
            info = self.queue(queue)
            if set(info.get("members", [])) != names:
                return f"queue {queue} has members {info.get('members')}"
        return ""

    def stop(self) -> None:
        if shutil.which("iptables"):
            with contextlib.suppress(ServerError):
                self.heal()
        for node in self.nodes:
            if node.frozen:
                with contextlib.suppress(Exception):
                    node.signal(signal.SIGCONT)
        threads = [threading.Thread(target=n.stop) for n in self.nodes]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

    # -- what clients and faults need ---------------------------------------------------------

    @property
    def up(self) -> list[ClusterNode]:
        return [n for n in self.nodes if n.proc is not None and not n.frozen]

    def api(self, method: str, path: str, body: Any = None) -> Any:
        """The management API of the first node that answers."""
        error: Exception | None = None
        for node in self.up:
            try:
                return node.api(method, path, body)
            except OSError as exc:
                error = exc
        raise ServerError(f"no node's management API answers: {error!r}")

    def queue(self, name: str = topology.QUEUE) -> dict[str, Any]:
        info: dict[str, Any] = self.api("GET", "/api/queues/%2F/" + urllib.parse.quote(name, safe=""))
        return info

    def leader(self, name: str = topology.QUEUE) -> ClusterNode:
        """The node that leads quorum queue `name` now (management API `leader`)."""
        leader = self.queue(name).get("leader")
        (node,) = [n for n in self.nodes if n.node == leader]
        return node

    def leader_seen_by(self, node: ClusterNode, name: str = topology.QUEUE) -> str:
        """The leader of quorum queue `name` as `node` itself knows it now (its Ra leaderboard):
        during a partition the management API of a majority node may hang on the cut-off one."""
        ra_name = "%2F_" + name  # the queue's Ra cluster name in vhost "/"
        out = node.ctl("eval", f"ra_leaderboard:lookup_leader('{ra_name}').", timeout=15).strip()
        found = re.search(r"'([^']+@[^']+)'", out)
        return found.group(1) if found else ""

    def hosts(self) -> str:
        """AMQP_HOST naming every node, `host:port` each (services/common/connections.py)."""
        return ",".join(f"127.0.0.1:{n.amqp_port}" for n in self.nodes)

    def client_env(self) -> dict[str, str]:
        return {"AMQP_HOST": self.hosts()}

    def partition(self, node: ClusterNode) -> None:
        """Cuts `node` off from its peers (Erlang distribution both ways; clients still reach
        it), with iptables rules of a chain of this cluster's own: the connections to its
        distribution port, and those it opened, from its own source address."""
        if shutil.which("iptables") is None:
            raise ServerError("a partition needs iptables: run `make setup` (installs the Debian packages)")
        chain = self._chain
        self._iptables("-N", chain)
        for match in (
            ["--dport", str(node.dist_port)],
            ["--sport", str(node.dist_port)],
            ["-s", node.source],
            ["-d", node.source],
        ):
            self._iptables("-A", chain, "-p", "tcp", *match, "-j", "DROP")
        self._iptables("-I", "INPUT", "-i", "lo", "-j", chain)

    def heal(self) -> None:
        """Removes the partition's rules (nothing when there are none)."""
        chain = self._chain
        if subprocess.run(["iptables", "-n", "-L", chain], capture_output=True, check=False).returncode:
            return
        self._iptables("-D", "INPUT", "-i", "lo", "-j", chain)
        self._iptables("-F", chain)
        self._iptables("-X", chain)

    @property
    def _chain(self) -> str:
        return "TS-" + self.nodes[0].node.split("@")[0].split("-")[1][:20].upper()

    @staticmethod
    def _iptables(*args: str) -> None:
        out = subprocess.run(["iptables", "-w", *args], capture_output=True, text=True, check=False)
        if out.returncode:
            raise ServerError(f"iptables {' '.join(args)} failed: {out.stderr.strip()}")

    def pre_stop(self, node: ClusterNode, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """The chart's preStop hook, as the kubelet runs it in the node's container (the commands
        found on PATH in its root)."""
        return node.run_in_root(list(self.prod.pre_stop), timeout)

    def restart(self, node: ClusterNode, timeout: float = 180) -> None:
        """Start a stopped or killed node again, with its data (a pod's restart)."""
        if node.proc is not None:
            node.stop()
        node.start(timeout)

    # -- the publishers' users, made as `make publisher-user` makes them -------------------------

    @property
    def management(self) -> broker_user.ManagementApi:
        node = self.up[0]
        return broker_user.ManagementApi(node.management_url, ADMIN_USER, self.admin_password)

    def publisher_password(self, owner: str) -> str:
        if owner not in self._publishers:
            self._publishers[owner] = broker_user.create(self.management, owner, self.vhost, replace=True)
        return self._publishers[owner]
