"""geobrief's bundled actors plugin (being built)."""
