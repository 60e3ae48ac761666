"""Summarization engines: built-in extractive (offline) and transformers abstractive."""
