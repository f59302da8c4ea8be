"""Command-line publisher: real-world, CSV, live host and synthetic load data -> RabbitMQ."""
