"""Stage 2, annotation: ``Seed`` + a read-only registry -> ``Annotation`` (actors, places, dated
events, quotes, title, summary). ``pipeline.annotate`` is the entry point; spaCy loads on first use."""
