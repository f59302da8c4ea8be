"""The timeseries API: REST + gRPC-Web on the HTTP port, native gRPC on its own port, one query layer."""
