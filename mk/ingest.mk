# Ingestion (issue 3): the consumer and publisher services; their tests run in `make test`.

.PHONY: bench-ingest
bench-ingest: setup thirdparty telegraf ## ingestion throughput: write ceiling, bare dequeue, consumer vs Telegraf, scaling
	$(PY) -m tests.ingest.bench $(BENCH_ARGS)

.PHONY: profile-ingest
profile-ingest: setup thirdparty ## where the consumer's time goes on each bench-ingest load (py-spy); stacks in .run/profile
	$(PY) -m pip install -q -e '.[profile]'
	$(PY) -m tests.ingest.bench --profile .run/profile $(BENCH_ARGS)

# Bench-only (not in TEST_PREREQS): Telegraf, the peer bench-ingest compares the consumer with.
.PHONY: telegraf
telegraf: $(VENV)/.installed ## build (once) Telegraf with the plugins bench-ingest configures
	$(PY) -m tests.stack.thirdparty telegraf

# A publisher's own broker user (services/publisher/broker_user.py): the management API and an
# administrator come from RABBITMQ_API_URL, RABBITMQ_ADMIN_USER, RABBITMQ_ADMIN_PASSWORD and
# RABBITMQ_VHOST; `make dev` prints them, chart/README.md says how to reach them in the cluster.
.PHONY: publisher-user
publisher-user: $(VENV)/.installed ## a publisher's broker user for OWNER=<owner> (prints its password once)
	@test -n "$(OWNER)" || { echo "usage: make publisher-user OWNER=<owner>" >&2; exit 2; }
	@$(PY) -m services.publisher.broker_user "$(OWNER)"

# Issue 11: faults under a steady stream through a local 3-node cluster, then a count of every
# point (tests/ingest/chaos.py); CHAOS_ARGS e.g. --scenarios leader-node-kill,node-sigstop.
.PHONY: chaos
chaos: setup thirdparty ## fault runner with a loss checker: lost/duplicated/unexpected per scenario (exit 1 if any)
	$(PY) -m tests.ingest.chaos $(CHAOS_ARGS)

# Issue 11: SOAK_ARGS e.g. --minutes 30 (default 10) or --capacity 400 (skip measuring it).
.PHONY: soak
soak: setup thirdparty ## steady load at half the measured capacity through the 3-node cluster: consumer RSS and latency slopes
	$(PY) -m tests.ingest.soak $(SOAK_ARGS)
