"""geobrief's bundled figures plugin (being built)."""
