"""Benchmarks for newsparse: corpus scoring (``python -m benchmarks.corpus``)."""
