"""Batch evaluation: reading datasets, metrics (ROUGE, label metrics), gates and the runner."""
