# Ingestion (issue 3): the consumer and publisher services; their tests run in `make test`.

.PHONY: bench-ingest
bench-ingest: setup ## ingestion throughput: direct-write ceiling, bare dequeue, consumer end to end
	$(PY) -m tests.ingest.bench $(BENCH_ARGS)
