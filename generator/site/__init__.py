"""Stage 4, the site model: content values -> one ``Site`` (slugs resolved, events placed and
ordered deterministically)."""
