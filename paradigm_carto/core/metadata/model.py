"""The metadata of a published dataset: bilingual texts, extents, structure, links.

:class:`LayerMetadata` is plain data; :func:`prefill_from_layer` fills what QGIS
knows about a layer; :func:`save_to_gpkg` / :func:`load_from_gpkg` keep it in
the layer's GeoPackage (table ``paradigm_metadata``) so that republishing reuses
the same identifier and texts.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ..i18n import tr

#: Attribution required by the UrbIS licence.
ATTRIBUTION = "Realized by means of Brussels UrbIS® © — Distribution: Paradigm"
#: Languages of the record: French (default), Dutch (required), English (optional).
LANGUAGES = ("fr", "nl", "en")
REQUIRED_LANGUAGES = ("fr", "nl")
CRS = "EPSG:31370"
#: ISO 19115 MD_TopicCategoryCode values.
TOPIC_CATEGORIES = (
    "farming", "biota", "boundaries", "climatologyMeteorologyAtmosphere", "economy", "elevation",
    "environment", "geoscientificInformation", "health", "imageryBaseMapsEarthCover",
    "intelligenceMilitary", "inlandWaters", "location", "oceans", "planningCadastre", "society",
    "structure", "transportation", "utilitiesCommunication",
)  # fmt: skip
#: ISO 19115 MD_MaintenanceFrequencyCode values.
MAINTENANCE_FREQUENCIES = (
    "continual", "daily", "weekly", "fortnightly", "monthly", "quarterly", "biannually", "annually",
    "asNeeded", "irregular", "notPlanned", "unknown",
)  # fmt: skip
#: Name of the table holding the metadata inside a GeoPackage.
GPKG_TABLE = "paradigm_metadata"
FORMAT_VERSION = 1


@dataclass
class LocalisedText:
    """One text in French, Dutch and (optionally) English."""

    fr: str = ""
    nl: str = ""
    en: str = ""

    def get(self, language: str) -> str:
        """The text in `language` ('' when missing)."""
        return getattr(self, language, "") or ""

    def missing(self, languages: tuple[str, ...] = REQUIRED_LANGUAGES) -> list[str]:
        """The languages among `languages` whose text is empty or blank."""
        return [lang for lang in languages if not self.get(lang).strip()]

    def is_empty(self) -> bool:
        """True when no language has a text."""
        return not any(self.get(lang).strip() for lang in LANGUAGES)


@dataclass
class Contact:
    """The point of contact (an organisation, not a person)."""

    organisation: str = "Paradigm"
    email: str = ""


@dataclass
class FieldInfo:
    """One attribute of the dataset."""

    name: str
    type: str


@dataclass
class DistributionLink:
    """A download or service link (ISO CI_OnlineResource)."""

    url: str
    protocol: str = "WWW:DOWNLOAD-1.0-http--download"
    name: str = ""
    description: str = ""


@dataclass(frozen=True)
class MissingField:
    """A required field left empty: `key` (e.g. 'title.nl') and a label in the UI language."""

    key: str

    @property
    def label(self) -> str:
        """E.g. 'Title (Dutch)'."""
        name, _, language = self.key.partition(".")
        labels = {
            "identifier": tr("Identifier"),
            "title": tr("Title"),
            "abstract": tr("Abstract"),
            "keywords": tr("Keywords"),
            "lineage": tr("Lineage"),
            "licence": tr("Licence"),
            "topic_category": tr("Topic category"),
            "update_frequency": tr("Update frequency"),
            "contact.organisation": tr("Contact organisation"),
            "contact.email": tr("Contact e-mail"),
            "bbox_wgs84": tr("Geographic extent"),
        }
        languages = {"fr": tr("French"), "nl": tr("Dutch"), "en": tr("English")}
        if language in languages:
            return tr("{field} ({language})").format(field=labels.get(name, name), language=languages[language])
        return labels.get(self.key, self.key)


@dataclass
class LayerMetadata:
    """Everything the ISO 19139 record says about one dataset."""

    identifier: str = field(default_factory=lambda: str(uuid.uuid4()))
    title: LocalisedText = field(default_factory=LocalisedText)
    abstract: LocalisedText = field(default_factory=LocalisedText)
    keywords: list[LocalisedText] = field(default_factory=list)
    topic_category: str = ""
    lineage: LocalisedText = field(default_factory=LocalisedText)
    contact: Contact = field(default_factory=Contact)
    licence: LocalisedText = field(default_factory=LocalisedText)
    licence_url: str = ""
    attribution: str = ATTRIBUTION
    update_frequency: str = "quarterly"
    date: str = field(default_factory=lambda: date.today().isoformat())
    temporal_start: str = ""
    temporal_end: str = ""
    extent_31370: tuple[float, float, float, float] | None = None
    bbox_wgs84: tuple[float, float, float, float] | None = None
    crs: str = CRS
    feature_count: int | None = None
    geometry_type: str = ""
    fields: list[FieldInfo] = field(default_factory=list)
    links: list[DistributionLink] = field(default_factory=list)

    def has_english(self) -> bool:
        """True when any English text is given (English then becomes required for title and abstract)."""
        texts = [self.title, self.abstract, self.lineage, self.licence, *self.keywords]
        return any(text.en.strip() for text in texts)

    def languages(self) -> tuple[str, ...]:
        """The record's languages: ('fr', 'nl') or ('fr', 'nl', 'en')."""
        return LANGUAGES if self.has_english() else REQUIRED_LANGUAGES

    def missing_required(self, lang: str | None = None) -> list[MissingField]:
        """Required fields left empty; with `lang`, only that language's texts (no language-free field).

        French and Dutch texts are always required; English ones only once any
        English text is given.
        """
        languages = self.languages()
        if lang is not None:
            languages = tuple(x for x in languages if x == lang)
        missing: list[str] = []
        if lang is None:
            if not self.identifier.strip():
                missing.append("identifier")
        for name in ("title", "abstract", "lineage", "licence"):
            text: LocalisedText = getattr(self, name)
            missing.extend(f"{name}.{x}" for x in text.missing(languages))
        if not self.keywords and lang is None:
            missing.append("keywords")
        for language in languages:
            if any(not k.get(language).strip() for k in self.keywords):
                missing.append(f"keywords.{language}")
        if lang is None:
            if self.topic_category not in TOPIC_CATEGORIES:
                missing.append("topic_category")
            if self.update_frequency not in MAINTENANCE_FREQUENCIES:
                missing.append("update_frequency")
            if not self.contact.organisation.strip():
                missing.append("contact.organisation")
            if not self.contact.email.strip():
                missing.append("contact.email")
            if self.bbox_wgs84 is None:
                missing.append("bbox_wgs84")
        return [MissingField(key) for key in missing]

    # --- JSON ------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (with a format version)."""
        data = asdict(self)
        data["format_version"] = FORMAT_VERSION
        return data

    def to_json(self) -> str:
        """JSON text (UTF-8, not ASCII-escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LayerMetadata:
        """Rebuild from :meth:`to_dict`'s output (unknown keys are ignored)."""

        def text(value: Any) -> LocalisedText:
            value = value or {}
            return LocalisedText(**{k: str(value.get(k, "") or "") for k in LANGUAGES})

        def box(value: Any) -> tuple[float, float, float, float] | None:
            return tuple(float(v) for v in value) if value else None  # type: ignore[return-value]

        defaults = cls()
        return cls(
            identifier=str(data.get("identifier") or defaults.identifier),
            title=text(data.get("title")),
            abstract=text(data.get("abstract")),
            keywords=[text(k) for k in data.get("keywords") or []],
            topic_category=str(data.get("topic_category") or ""),
            lineage=text(data.get("lineage")),
            contact=Contact(**_pick(data.get("contact"), ("organisation", "email"))),
            licence=text(data.get("licence")),
            licence_url=str(data.get("licence_url") or ""),
            attribution=str(data.get("attribution") or ATTRIBUTION),
            update_frequency=str(data.get("update_frequency") or defaults.update_frequency),
            date=str(data.get("date") or defaults.date),
            temporal_start=str(data.get("temporal_start") or ""),
            temporal_end=str(data.get("temporal_end") or ""),
            extent_31370=box(data.get("extent_31370")),
            bbox_wgs84=box(data.get("bbox_wgs84")),
            crs=str(data.get("crs") or CRS),
            feature_count=None if data.get("feature_count") is None else int(data["feature_count"]),
            geometry_type=str(data.get("geometry_type") or ""),
            fields=[FieldInfo(str(f["name"]), str(f["type"])) for f in data.get("fields") or []],
            links=[
                DistributionLink(**_pick(link, ("url", "protocol", "name", "description")))
                for link in data.get("links") or []
            ],
        )

    @classmethod
    def from_json(cls, text: str) -> LayerMetadata:
        """Rebuild from :meth:`to_json`'s output."""
        return cls.from_dict(json.loads(text))


def _pick(raw: Any, keys: tuple[str, ...]) -> dict[str, str]:
    """The `keys` present in the dict `raw`, as texts."""
    return {k: str(v) for k, v in (raw or {}).items() if k in keys}


# --- from a QGIS layer ------------------------------------------------------------


def _catalogue_titles(layer_name: str) -> LocalisedText | None:
    """The catalogue's FR/NL/EN titles of the reference layer published under `layer_name`."""
    try:
        from ..catalogue import load_catalogue

        for ref in load_catalogue().layers:
            if any(source.layer == layer_name for source in ref.sources):
                return LocalisedText(ref.title.fr, ref.title.nl, ref.title.en)
    except Exception:  # noqa: BLE001 - a broken catalogue only loses the nicer titles
        return None
    return None


def prefill_from_layer(layer: Any, stored: LayerMetadata | None = None) -> LayerMetadata:
    """Metadata with what the layer tells: extents (31370 and WGS84), CRS, count, geometry, fields, titles.

    Titles come from the layer name (the catalogue's FR/NL/EN titles when the
    name is a UrbIS layer name). `stored` (e.g. from :func:`load_from_layer`)
    keeps its identifier and texts; only the layer-derived fields are refreshed.
    """
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsWkbTypes,
    )

    metadata = LayerMetadata.from_dict(stored.to_dict()) if stored else LayerMetadata()
    name = layer.name()
    if metadata.title.is_empty():
        metadata.title = _catalogue_titles(name) or LocalisedText(name, name, "")
    extent = layer.extent()
    crs_31370 = QgsCoordinateReferenceSystem(CRS)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    context = QgsProject.instance().transformContext()
    if not extent.isEmpty() and not extent.isNull():
        if layer.crs() != crs_31370:
            extent = QgsCoordinateTransform(layer.crs(), crs_31370, context).transformBoundingBox(extent)
        metadata.extent_31370 = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
        geographic = QgsCoordinateTransform(crs_31370, wgs84, context).transformBoundingBox(extent)
        metadata.bbox_wgs84 = (
            round(geographic.xMinimum(), 6),
            round(geographic.yMinimum(), 6),
            round(geographic.xMaximum(), 6),
            round(geographic.yMaximum(), 6),
        )
    metadata.crs = layer.crs().authid() or CRS
    count = layer.featureCount()
    metadata.feature_count = int(count) if count is not None and count >= 0 else None
    metadata.geometry_type = QgsWkbTypes.displayString(layer.wkbType())
    metadata.fields = [FieldInfo(f.name(), f.typeName()) for f in layer.fields()]
    return metadata


# --- storage with the layer (GeoPackage) ---------------------------------------------


def gpkg_location(layer: Any) -> tuple[Path, str] | None:
    """(GeoPackage path, table name) of an OGR GeoPackage layer; None for anything else."""
    from qgis.core import QgsProviderRegistry

    if layer.providerType() != "ogr":
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = Path(parts.get("path") or "")
    if path.suffix.lower() != ".gpkg" or not path.is_file():
        return None
    return path, parts.get("layerName") or layer.name()


def save_to_gpkg(path: Path | str, table: str, metadata: LayerMetadata) -> None:
    """Store (insert or replace) the metadata of `table` in the GeoPackage's ``paradigm_metadata``."""
    with sqlite3.connect(str(path)) as connection:
        connection.execute(
            f"CREATE TABLE IF NOT EXISTS {GPKG_TABLE} ("
            "table_name TEXT PRIMARY KEY NOT NULL, identifier TEXT NOT NULL, "
            "metadata TEXT NOT NULL, updated TEXT NOT NULL)"
        )
        connection.execute(
            f"INSERT INTO {GPKG_TABLE} (table_name, identifier, metadata, updated) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(table_name) DO UPDATE SET identifier = excluded.identifier, "
            "metadata = excluded.metadata, updated = excluded.updated",
            (table, metadata.identifier, metadata.to_json(), datetime.now(timezone.utc).isoformat(timespec="seconds")),
        )
    connection.close()


def load_from_gpkg(path: Path | str, table: str) -> LayerMetadata | None:
    """The metadata stored for `table` in the GeoPackage; None when there is none."""
    connection = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        row = connection.execute(f"SELECT metadata FROM {GPKG_TABLE} WHERE table_name = ?", (table,)).fetchone()
    except sqlite3.OperationalError:  # no such table yet
        return None
    finally:
        connection.close()
    return LayerMetadata.from_json(row[0]) if row else None


def save_with_layer(layer: Any, metadata: LayerMetadata) -> bool:
    """Store the metadata in the layer's GeoPackage; False when the layer is not in one."""
    location = gpkg_location(layer)
    if location is None:
        return False
    save_to_gpkg(*location, metadata)
    return True


def load_from_layer(layer: Any) -> LayerMetadata | None:
    """The metadata stored with the layer (GeoPackage), if any."""
    location = gpkg_location(layer)
    return load_from_gpkg(*location) if location else None
