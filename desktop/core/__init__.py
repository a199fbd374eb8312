"""Domain core: records, validation, services and queries. Never imports Qt."""
