"""geobrief's bundled times plugin (being built)."""
