"""Stage 3, content: the editors' source of truth on disk (entries, the actor registry, site.yaml)
<-> values, with problems located by file and line."""
