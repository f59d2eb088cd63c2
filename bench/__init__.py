"""Benchmark harness: a synthetic corpus (corpus.py) and the runner that builds it with us, Hugo and Pelican
(run.py)."""
