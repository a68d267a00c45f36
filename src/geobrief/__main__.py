"""``python -m geobrief``: the same as the ``geobrief`` command."""

from geobrief.cli import run

run()
