"""geobrief bundled render plugin."""
