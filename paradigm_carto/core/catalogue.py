"""The reference-layer catalogue: a declarative file (`resources/catalogue.json`) read and checked.

A malformed file raises :class:`CatalogueError` naming the entry and the field at
fault, in the user's language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .i18n import tr, ui_language
from .paths import resource

SOURCE_TYPES = ("wms", "wmts", "wfs", "oapif", "gpkg")
ONLINE_TYPES = ("wms", "wmts", "wfs", "oapif")
VECTOR_TYPES = ("wfs", "oapif", "gpkg")
LANGUAGES = ("fr", "nl", "en")
MODES = ("online", "offline")
VECTOR_PROTOCOLS = ("wfs", "oapif")


class CatalogueError(ValueError):
    """The catalogue file is unreadable or an entry is malformed."""

    def __init__(self, entry: str, field_name: str, reason: str) -> None:
        self.entry = entry
        self.field = field_name
        self.reason = reason
        super().__init__(
            tr("Reference-layer catalogue, entry '{entry}', field '{field}': {reason}").format(
                entry=entry, field=field_name, reason=reason
            )
        )


@dataclass(frozen=True)
class Titles:
    """A text in French, Dutch and English."""

    fr: str
    nl: str
    en: str

    def get(self, language: str | None = None) -> str:
        """The text in `language` (default: the UI language)."""
        return getattr(self, language or ui_language())

    def matches(self, needle: str) -> bool:
        """True when the normalised `needle` occurs in any language."""
        from .text import normalize

        wanted = normalize(needle)
        return any(wanted in normalize(text) for text in (self.fr, self.nl, self.en))


@dataclass(frozen=True)
class Service:
    """A service base URL (or, for `gpkg`, a file path relative to `resources/`)."""

    id: str
    type: str
    url: str
    title: Titles


@dataclass(frozen=True)
class Source:
    """One way of reaching a layer: a source type on a service, and the layer's name there."""

    type: str
    service: str
    layer: str
    bbox_only: bool = False
    tile_matrix_set: str = "EPSG:31370"

    @property
    def online(self) -> bool:
        """True for a web service, False for the bundled sample."""
        return self.type in ONLINE_TYPES


@dataclass(frozen=True)
class Group:
    """A group of the layer tree; the catalogue's order is the project's order, top first."""

    id: str
    title: Titles
    order: int


@dataclass(frozen=True)
class ReferenceLayer:
    """One reference layer of the catalogue."""

    id: str
    title: Titles
    group: str
    sources: tuple[Source, ...]
    style: str | None = None
    visible: bool = True
    standard: bool = False
    language: str | None = None
    min_scale: float = 0.0
    max_scale: float = 0.0
    order: int = 0

    def source_for(self, mode: str, vector_protocol: str = "wfs") -> Source | None:
        """The source to use in `mode` ('online'/'offline'); None when the mode has none."""
        if mode == "offline":
            return next((s for s in self.sources if not s.online), None)
        online = [s for s in self.sources if s.online]
        preferred = [s for s in online if s.type == vector_protocol]
        return (preferred or online or [None])[0]

    @property
    def is_base_map(self) -> bool:
        """True for raster base maps (WMS/WMTS)."""
        return all(s.type in ("wms", "wmts") for s in self.sources)


@dataclass(frozen=True)
class Catalogue:
    """The whole catalogue: services, groups (ordered) and layers (ordered)."""

    services: dict[str, Service]
    groups: tuple[Group, ...]
    layers: tuple[ReferenceLayer, ...]
    path: Path | None = field(default=None, compare=False)

    def layer(self, layer_id: str) -> ReferenceLayer:
        """The layer with this id (KeyError when unknown)."""
        for ref in self.layers:
            if ref.id == layer_id:
                return ref
        raise KeyError(layer_id)

    def group(self, group_id: str) -> Group:
        """The group with this id (KeyError when unknown)."""
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    def layers_in(self, group_id: str) -> list[ReferenceLayer]:
        """The layers of a group, in catalogue order."""
        return [ref for ref in self.layers if ref.group == group_id]

    def standard_set(self, mode: str, language: str | None = None) -> list[ReferenceLayer]:
        """The layers of "add the standard set" in `mode`, for the UI language.

        Base maps that exist per language keep only the UI language's (French
        when the UI is neither French nor Dutch); layers without a source in
        `mode` are left out (no base map offline).
        """
        lang = language or ui_language()
        lang = lang if lang in ("fr", "nl") else "fr"
        return [
            ref
            for ref in self.layers
            if ref.standard
            and (ref.language is None or ref.language == lang)
            and ref.source_for(mode) is not None
        ]

    def sort_key(self, ref: ReferenceLayer) -> tuple[int, int]:
        """Position of a layer in the project, top first: group order, then layer order."""
        return (self.group(ref.group).order, ref.order)


# --- reading and checking -------------------------------------------------


def default_catalogue_path() -> Path:
    """The catalogue shipped with the plugin."""
    return resource("catalogue.json")


def load_catalogue(path: Path | str | None = None) -> Catalogue:
    """Read and check the catalogue file (default: the shipped one)."""
    path = Path(path) if path else default_catalogue_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(path.name, "-", tr("the file does not exist: {path}").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogueError(path.name, "-", str(error)) from None
    except json.JSONDecodeError as error:
        raise CatalogueError(
            path.name,
            "-",
            tr("not valid JSON at line {line}, column {column}: {message}").format(
                line=error.lineno, column=error.colno, message=error.msg
            ),
        ) from None
    return parse_catalogue(data, path)


def parse_catalogue(data: Any, path: Path | None = None) -> Catalogue:
    """Build a :class:`Catalogue` from parsed JSON, checking every entry."""
    root = path.name if path else "catalogue"
    _expect(isinstance(data, dict), root, "-", tr("the top level must be an object"))
    services = {
        sid: _parse_service(sid, raw) for sid, raw in _require(data, root, "services", dict).items()
    }
    groups = tuple(
        _parse_group(raw, index) for index, raw in enumerate(_require(data, root, "groups", list))
    )
    _expect_unique([g.id for g in groups], "groups", "id")
    group_ids = {g.id for g in groups}
    layers = tuple(
        _parse_layer(raw, index, services, group_ids)
        for index, raw in enumerate(_require(data, root, "layers", list))
    )
    _expect_unique([ref.id for ref in layers], "layers", "id")
    return Catalogue(services=services, groups=groups, layers=layers, path=path)


def _expect(condition: bool, entry: str, field_name: str, reason: str) -> None:
    if not condition:
        raise CatalogueError(entry, field_name, reason)


def _expect_unique(ids: list[str], entry: str, field_name: str) -> None:
    seen: set[str] = set()
    for value in ids:
        _expect(value not in seen, value, field_name, tr("the id is used twice in '{list}'").format(list=entry))
        seen.add(value)


def _kind_name(kind: type) -> str:
    """The name of a JSON kind, for messages."""
    names = {str: tr("a non-empty text"), bool: tr("true or false"), dict: tr("an object"), list: tr("a list")}
    return names.get(kind, kind.__name__)


def _require(raw: dict, entry: str, key: str, kind: type, default: Any = ...) -> Any:
    """raw[key], checked to be of `kind`; `default` when missing (required when no default)."""
    if key not in raw:
        _expect(default is not ..., entry, key, tr("this field is required"))
        return default
    value = raw[key]
    if kind is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0
        _expect(ok, entry, key, tr("expected a number of zero or more, got {value!r}").format(value=value))
        return float(value)
    ok = isinstance(value, kind) and (kind is not str or value.strip() != "")
    _expect(
        ok,
        entry,
        key,
        tr("expected {kind}, got {value!r}").format(kind=_kind_name(kind), value=value),
    )
    return value


def _parse_titles(raw: dict, entry: str, key: str = "title") -> Titles:
    titles = _require(raw, entry, key, dict)
    for language in LANGUAGES:
        value = titles.get(language)
        _expect(
            isinstance(value, str) and value.strip() != "",
            entry,
            f"{key}.{language}",
            tr("expected a non-empty text"),
        )
    return Titles(fr=titles["fr"], nl=titles["nl"], en=titles["en"])


def _parse_service(service_id: str, raw: Any) -> Service:
    _expect(isinstance(raw, dict), service_id, "-", tr("a service must be an object"))
    service_type = _require(raw, service_id, "type", str)
    _expect(
        service_type in SOURCE_TYPES,
        service_id,
        "type",
        tr("unknown source type '{value}' (expected one of {allowed})").format(
            value=service_type, allowed=", ".join(SOURCE_TYPES)
        ),
    )
    return Service(
        id=service_id,
        type=service_type,
        url=_require(raw, service_id, "url", str),
        title=_parse_titles(raw, service_id),
    )


def _parse_group(raw: Any, index: int) -> Group:
    entry = f"groups[{index}]"
    _expect(isinstance(raw, dict), entry, "-", tr("a group must be an object"))
    group_id = _require(raw, entry, "id", str)
    return Group(id=group_id, title=_parse_titles(raw, group_id), order=index)


def _parse_source(raw: Any, entry: str, index: int, services: dict[str, Service]) -> Source:
    where = f"sources[{index}]"
    _expect(isinstance(raw, dict), entry, where, tr("a source must be an object"))
    source_type = raw.get("type")
    _expect(
        source_type in SOURCE_TYPES,
        entry,
        f"{where}.type",
        tr("unknown source type '{value}' (expected one of {allowed})").format(
            value=source_type, allowed=", ".join(SOURCE_TYPES)
        ),
    )
    service_id = raw.get("service")
    _expect(
        isinstance(service_id, str) and service_id in services,
        entry,
        f"{where}.service",
        tr("unknown service '{value}' (expected one of {allowed})").format(
            value=service_id, allowed=", ".join(sorted(services))
        ),
    )
    _expect(
        services[service_id].type == source_type,
        entry,
        f"{where}.service",
        tr("service '{service}' is of type '{service_type}', not '{value}'").format(
            service=service_id, service_type=services[service_id].type, value=source_type
        ),
    )
    layer_name = raw.get("layer")
    _expect(
        isinstance(layer_name, str) and layer_name.strip() != "",
        entry,
        f"{where}.layer",
        tr("expected the layer's name on the service"),
    )
    bbox_only = raw.get("bbox_only", False)
    _expect(isinstance(bbox_only, bool), entry, f"{where}.bbox_only", tr("expected true or false"))
    matrix_set = raw.get("tile_matrix_set", "EPSG:31370")
    _expect(isinstance(matrix_set, str), entry, f"{where}.tile_matrix_set", tr("expected a text"))
    return Source(
        type=source_type,
        service=service_id,
        layer=layer_name,
        bbox_only=bbox_only,
        tile_matrix_set=matrix_set,
    )


def _parse_layer(raw: Any, index: int, services: dict[str, Service], group_ids: set[str]) -> ReferenceLayer:
    entry = f"layers[{index}]"
    _expect(isinstance(raw, dict), entry, "-", tr("a layer must be an object"))
    layer_id = _require(raw, entry, "id", str)
    group = _require(raw, layer_id, "group", str)
    _expect(
        group in group_ids,
        layer_id,
        "group",
        tr("unknown group '{value}' (expected one of {allowed})").format(
            value=group, allowed=", ".join(sorted(group_ids))
        ),
    )
    raw_sources = _require(raw, layer_id, "sources", list)
    _expect(len(raw_sources) > 0, layer_id, "sources", tr("at least one source is required"))
    language = raw.get("language")
    _expect(
        language is None or language in LANGUAGES,
        layer_id,
        "language",
        tr("expected one of {allowed}").format(allowed=", ".join(LANGUAGES)),
    )
    return ReferenceLayer(
        id=layer_id,
        title=_parse_titles(raw, layer_id),
        group=group,
        sources=tuple(_parse_source(s, layer_id, i, services) for i, s in enumerate(raw_sources)),
        style=_require(raw, layer_id, "style", str, None),
        visible=_require(raw, layer_id, "visible", bool, True),
        standard=_require(raw, layer_id, "standard", bool, False),
        language=language,
        min_scale=_require(raw, layer_id, "min_scale", float, 0.0),
        max_scale=_require(raw, layer_id, "max_scale", float, 0.0),
        order=index,
    )
