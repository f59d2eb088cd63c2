"""Stage 5, rendering: ``Site`` -> outputs (pages through the theme, feeds, JSON exports, static
files), on every core."""
