# Live updates through the queue (issue 12): the consumer's notifications feed every Watch.

.PHONY: bench-live
bench-live: setup thirdparty ## Watch at 1, 100, 1,000 streams (gRPC + gRPC-Web) under a steady publish rate: latency, InfluxDB queries/s, API RSS
	$(PY) -m tests.live.bench $(BENCH_ARGS)
