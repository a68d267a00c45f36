"""Build the plugin manager: bundled loaders, entry-point plugins, ``-p`` modules, disabled names."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Sequence
from importlib import metadata
from types import ModuleType

import attrs
import pluggy

from geobrief import hookspec
from geobrief._loaders import BUNDLED_LOADERS
from geobrief._markers import PROJECT
from geobrief.errors import PluginLoadError, UsageError

ENTRY_POINT_GROUP = "geobrief"
ENV_DISABLE = "GEOBRIEF_DISABLE_PLUGINS"
ENV_PLUGINS = "GEOBRIEF_PLUGINS"


@attrs.frozen
class PluginInfo:
    """What ``geobrief plugins`` shows: a registered plugin, where it came from and its hooks."""

    name: str
    version: str | None
    hooks: tuple[str, ...]
    origin: str  # "core", the distribution name, or "-p"


def _split_env(name: str) -> list[str]:
    return [part.strip() for part in os.environ.get(name, "").split(",") if part.strip()]


def plugin_name(plugin: object) -> str:
    """A short name for an object or module registered by code."""
    name = getattr(plugin, "__name__", None) or type(plugin).__name__
    return str(name).rsplit(".", 1)[-1].removeprefix("geobrief_")


class Manager:
    """A pluggy manager with geobrief's hook specs and a record of where each plugin came from."""

    def __init__(
        self,
        plugins: Sequence[object | str] = (),
        disable: Iterable[str] = (),
        entrypoints: bool = True,
        environment: bool = True,
    ) -> None:
        self.pm = pluggy.PluginManager(PROJECT)
        self.pm.add_hookspecs(hookspec)
        self.info: dict[str, PluginInfo] = {}
        self.load_errors: list[tuple[str, str]] = []
        disabled = set(disable)
        extra: list[object | str] = list(plugins)
        if environment:
            disabled.update(_split_env(ENV_DISABLE))
            extra.extend(_split_env(ENV_PLUGINS))
        known: list[str] = [name for name, _ in BUNDLED_LOADERS]

        for name, module in BUNDLED_LOADERS:
            if name not in disabled:
                self._register(module, name, None, "core")
        if entrypoints:
            for entry in sorted(
                metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name
            ):
                known.append(entry.name)
                if entry.name in disabled or self.pm.has_plugin(entry.name):
                    continue
                dist = getattr(entry, "dist", None)
                try:
                    module = entry.load()
                except Exception as exc:
                    self.load_errors.append((entry.name, f"cannot import {entry.value}: {exc}"))
                    continue
                self._register(
                    module,
                    entry.name,
                    getattr(dist, "version", None),
                    getattr(dist, "name", None) or "entry point",
                )
        for plugin in extra:
            module = self._import(plugin) if isinstance(plugin, str) else plugin
            name = plugin if isinstance(plugin, str) else plugin_name(plugin)
            known.append(name)
            if name in disabled or plugin_name(module) in disabled:
                continue
            self._register(module, name, getattr(module, "__version__", None), "-p")
        unknown = sorted(disabled - set(known) - {plugin_name(p) for p in extra})
        if unknown and disable and set(unknown) & set(disable):
            raise UsageError(
                f"no plugin {', '.join(repr(u) for u in unknown)} to disable; "
                f"available: {', '.join(sorted(set(known)))}"
            )
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            raise PluginLoadError(str(exc)) from None

    @staticmethod
    def _import(path: str) -> ModuleType:
        try:
            return importlib.import_module(path)
        except ImportError as exc:
            raise PluginLoadError(f"cannot import plugin module {path!r}: {exc}") from None

    def _register(self, plugin: object, name: str, version: str | None, origin: str) -> None:
        if self.pm.has_plugin(name) or self.pm.is_registered(plugin):
            return
        try:
            self.pm.register(plugin, name=name)
        except (pluggy.PluginValidationError, ValueError) as exc:
            raise PluginLoadError(f"plugin {name!r} cannot be registered: {exc}") from None
        hooks = tuple(
            sorted(
                h.name
                for h in self.pm.get_hookcallers(plugin) or ()
                if h.name.startswith("geobrief_")
            )
        )
        self.info[name] = PluginInfo(name, version, hooks, origin)

    def implementations(self, hook: str) -> list[pluggy.HookImpl]:
        """The hook's implementations in call order (``tryfirst`` first, as pluggy would call)."""
        caller = getattr(self.pm.hook, hook)
        return [
            impl
            for impl in reversed(caller.get_hookimpls())
            if not (impl.hookwrapper or impl.wrapper)
        ]

    def names(self) -> list[str]:
        """Registered plugin names."""
        return [name for name, _ in self.pm.list_name_plugin()]


def main_module_version() -> str:
    """The installed geobrief version."""
    try:
        return metadata.version("geobrief")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def debug_print(message: str) -> None:
    """Trace output for ``--trace``: one line on stderr."""
    print(message, file=sys.stderr)
