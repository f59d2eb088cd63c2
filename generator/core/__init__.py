"""Shared value types and helpers every stage may use: the content model, problems, slugs, digests,
the package's own paths and the multi-core helpers. Imports no stage."""
