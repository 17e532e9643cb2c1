"""Benchmarks: figures with their floors and ratios (python -m bench)."""
