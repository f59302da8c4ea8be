"""The cdk8s app that generates every Kubernetes manifest of the timeseries topology."""
