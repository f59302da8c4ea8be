"""The ingestion consumer: RabbitMQ queue `timeseries.points` -> batches -> InfluxDB, at least once."""
