"""The bundled loaders: plain text, JSON / JSON Lines records and HTML, each a load-hook plugin."""

from geobrief._loaders import html, records, text

#: (registered name, module) of every bundled loader, in registration order.
BUNDLED_LOADERS = (("txt", text), ("json", records), ("html", html))
