"""Parsing: quantities, dates and names found in text, with character offsets."""
