"""Code shared by the services: typed settings, structured logs, the naming rules of the data model."""
