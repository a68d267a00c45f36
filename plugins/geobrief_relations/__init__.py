"""geobrief's bundled relations plugin (being built)."""
