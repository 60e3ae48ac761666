"""Model backends that score how well a source passage supports a summary sentence."""
