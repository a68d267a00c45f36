"""geobrief's bundled claims plugin (being built)."""
