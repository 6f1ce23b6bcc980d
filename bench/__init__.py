"""Steady's benchmark: load generator, baseline server, scenarios and the report (make bench)."""
