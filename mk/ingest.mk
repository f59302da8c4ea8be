# Ingestion (issue 3): the consumer and publisher services; their tests run in `make test`.

.PHONY: bench-ingest
bench-ingest: setup ## ingestion throughput: direct-write ceiling, bare dequeue, consumer end to end
	$(PY) -m tests.ingest.bench $(BENCH_ARGS)

# A publisher's own broker user (services/publisher/broker_user.py): the management API and an
# administrator come from RABBITMQ_API_URL, RABBITMQ_ADMIN_USER, RABBITMQ_ADMIN_PASSWORD and
# RABBITMQ_VHOST; `make dev` prints them, chart/README.md says how to reach them in the cluster.
.PHONY: publisher-user
publisher-user: $(VENV)/.installed ## a publisher's broker user for OWNER=<owner> (prints its password once)
	@test -n "$(OWNER)" || { echo "usage: make publisher-user OWNER=<owner>" >&2; exit 2; }
	@$(PY) -m services.publisher.broker_user "$(OWNER)"
