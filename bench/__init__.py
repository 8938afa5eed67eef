"""Benchmarks: every figure is measured with a baseline in the same run and kept as a ratio."""
