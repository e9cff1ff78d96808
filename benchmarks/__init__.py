"""Benchmarks: run as scripts or `python -m benchmarks.NAME`; never as timed unit tests."""
