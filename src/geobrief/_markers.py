"""The pluggy markers: ``hookimpl`` is public, ``hookspec`` stays internal to geobrief."""

import pluggy

PROJECT = "geobrief"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)
