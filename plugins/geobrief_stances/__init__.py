"""geobrief's bundled stances plugin (being built)."""
