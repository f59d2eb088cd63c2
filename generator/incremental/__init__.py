"""Incremental builds: what a build can reuse from the last one (caches, output keys, build state).
It may use every stage; no stage uses it."""
