"""Stage 1, seeds: seed files (`` date YYYY-MM-DD`` then the article) -> ``Seed`` values, with a
one-line problem per bad file."""
