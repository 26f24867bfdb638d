"""Find streets and municipalities by French or Dutch name (case and accent blind).

Two backends with one interface (:meth:`search`): the bundled sample (offline)
and the Region's WFS (online). Both rank with the same rules.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsVectorLayer,
)

from .i18n import tr
from .sources import CRS
from .text import bilingual, normalize

STREETS = "StreetAxes"
MUNICIPALITIES = "Municipalities"
ACCENTABLE = set("aceinouy")
MAX_ONLINE_FEATURES = 1000


class GazetteerError(Exception):
    """The search could not be run (service down, bad answer); message in the UI language."""


@dataclass(frozen=True)
class Place:
    """A street or a municipality found by a search."""

    kind: str  # "street" or "municipality"
    name_fr: str
    name_nl: str
    geometry: QgsGeometry  # in EPSG:31370
    municipality: str = ""

    @property
    def label(self) -> str:
        """Bilingual name, once when identical: "Rue de la Loi - Wetstraat", "Jette"."""
        return bilingual(self.name_fr, self.name_nl)

    @property
    def extent(self) -> QgsRectangle:
        """Bounding box in EPSG:31370."""
        return self.geometry.boundingBox()

    def keys(self) -> tuple[str, str]:
        """Normalised French and Dutch names."""
        return normalize(self.name_fr), normalize(self.name_nl)


def score(query: str, place: Place) -> int:
    """How well `place` answers `query` (0: not at all). Exact > prefix > word prefixes > inside."""
    wanted = normalize(query)
    if not wanted:
        return 0
    tokens = wanted.split()
    best = 0
    for key in place.keys():
        if not key:
            continue
        words = key.split()
        if key == wanted:
            best = max(best, 100)
        elif key.startswith(wanted):
            best = max(best, 80)
        elif all(any(word.startswith(token) for word in words) for token in tokens):
            best = max(best, 60)
        elif all(token in key for token in tokens):
            best = max(best, 40)
    return best + (5 if best and place.kind == "municipality" else 0)


def rank(query: str, places: list[Place], limit: int = 20) -> list[Place]:
    """Matching places, best first, at most `limit`."""
    scored = [(score(query, place), place) for place in places]
    scored = [(s, p) for s, p in scored if s > 0]
    scored.sort(key=lambda item: (-item[0], item[1].label.casefold()))
    return [place for _, place in scored[:limit]]


def _merge_streets(
    parts: list[tuple[str, str, QgsGeometry]], municipality_of: Callable[[QgsGeometry], str]
) -> list[Place]:
    """One place per (FR, NL) street name, its segments collected into one geometry."""
    grouped: dict[tuple[str, str], list[QgsGeometry]] = {}
    for fr, nl, geometry in parts:
        grouped.setdefault((fr, nl), []).append(geometry)
    places = []
    for (fr, nl), geometries in grouped.items():
        geometry = QgsGeometry.collectGeometry(geometries)
        places.append(Place("street", fr, nl, geometry, municipality_of(geometry)))
    return places


def _text(value: object) -> str:
    """Attribute value as text ('' for NULL)."""
    return "" if value is None or str(value) == "NULL" else str(value)


class SampleGazetteer:
    """Search the bundled sample; the index is built on first use, in the calling thread."""

    def __init__(self, gpkg: Path | str) -> None:
        self.gpkg = str(gpkg)
        self._places: list[Place] | None = None
        self._lock = threading.Lock()

    def _layer(self, name: str) -> QgsVectorLayer:
        if not Path(self.gpkg).is_file():
            raise GazetteerError(tr("the offline sample file is missing: {path}").format(path=self.gpkg))
        layer = QgsVectorLayer(f"{self.gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise GazetteerError(tr("the layer '{layer}' is not in the offline sample").format(layer=name))
        return layer

    def places(self) -> list[Place]:
        """Every street and municipality of the sample."""
        with self._lock:
            if self._places is None:
                self._places = self._build()
            return self._places

    def _build(self) -> list[Place]:
        municipalities = [
            Place("municipality", _text(f["NAMEFRE"]), _text(f["NAMEDUT"]), QgsGeometry(f.geometry()))
            for f in self._layer(MUNICIPALITIES).getFeatures()
        ]
        request = QgsFeatureRequest().setSubsetOfAttributes(["STRNAMEFRE", "STRNAMEDUT"], self._layer(STREETS).fields())
        streets = [
            (_text(f["STRNAMEFRE"]), _text(f["STRNAMEDUT"]), QgsGeometry(f.geometry()))
            for f in self._layer(STREETS).getFeatures(request)
        ]
        return municipalities + _merge_streets(streets, _municipality_finder(municipalities))

    def search(self, query: str, limit: int = 20) -> list[Place]:
        """Streets and municipalities matching `query`, best first."""
        return rank(query, self.places(), limit)


def _municipality_finder(municipalities: list[Place]) -> Callable[[QgsGeometry], str]:
    """A function naming (bilingually) the municipality holding a geometry's centre."""

    def find(geometry: QgsGeometry) -> str:
        point = geometry.pointOnSurface()
        for place in municipalities:
            if place.geometry.intersects(point):
                return place.label
        return ""

    return find


# --- online: the Region's WFS ---------------------------------------------------


def like_pattern(token: str) -> str:
    """A PropertyIsLike pattern for a normalised token: letters that may carry an accent
    become single-character wildcards ('.'), so 'chaussee' matches 'Chaussée'."""
    body = "".join("." if ch in ACCENTABLE else ("!" + ch if ch in "*.!" else ch) for ch in token)
    return f"*{body}*"


def name_filter(query: str, fields: tuple[str, str]) -> str:
    """An OGC 1.1 filter: every query token in the French name, or every one in the Dutch name."""
    tokens = normalize(query).split()

    def like(field: str, token: str) -> str:
        return (
            '<ogc:PropertyIsLike wildCard="*" singleChar="." escapeChar="!" matchCase="false">'
            f"<ogc:PropertyName>{field}</ogc:PropertyName>"
            f"<ogc:Literal>{escape(like_pattern(token))}</ogc:Literal></ogc:PropertyIsLike>"
        )

    def all_tokens(field: str) -> str:
        parts = "".join(like(field, token) for token in tokens)
        return f"<ogc:And>{parts}</ogc:And>" if len(tokens) > 1 else parts

    body = f"<ogc:Or>{all_tokens(fields[0])}{all_tokens(fields[1])}</ogc:Or>"
    return f'<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">{body}</ogc:Filter>'


def get_feature_url(base_url: str, typename: str, query: str, fields: tuple[str, str]) -> str:
    """A WFS 1.1.0 GetFeature URL returning GeoJSON in EPSG:31370."""
    params = {
        "SERVICE": "WFS",
        "VERSION": "1.1.0",
        "REQUEST": "GetFeature",
        "TYPENAME": typename,
        "SRSNAME": "EPSG:31370",
        "OUTPUTFORMAT": "application/json",
        "MAXFEATURES": str(MAX_ONLINE_FEATURES),
        "FILTER": name_filter(query, fields),
    }
    separator = "&" if "?" in base_url else "?"
    return f"{base_url}{separator}{urlencode(params)}"


def _geojson_features(payload: bytes, typename: str) -> list[tuple[dict, QgsGeometry]]:
    """(properties, geometry in EPSG:31370) of each feature of a GeoJSON answer.

    GeoJSON without a "crs" member is CRS84 (RFC 7946; QGIS Server does this),
    GeoServer names the CRS it honoured; both end up in EPSG:31370.
    """
    try:
        data = json.loads(payload.decode("utf-8"))
        features = data["features"]
        crs_name = ((data.get("crs") or {}).get("properties") or {}).get("name") or "OGC:CRS84"
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise GazetteerError(
            tr("the service answered the search in '{layer}' with something that is not GeoJSON").format(
                layer=typename
            )
        ) from None
    source_crs = QgsCoordinateReferenceSystem(crs_name)
    if not source_crs.isValid():
        source_crs = QgsCoordinateReferenceSystem("EPSG:4326")
    target_crs = QgsCoordinateReferenceSystem(CRS)
    transform = None
    if source_crs != target_crs:
        transform = QgsCoordinateTransform(source_crs, target_crs, QgsCoordinateTransformContext())
    result = []
    for feature in features:
        geometry = _geometry_from_geojson(feature.get("geometry"))
        if geometry is None:
            continue
        if transform is not None:
            geometry.transform(transform)
        result.append((feature.get("properties") or {}, geometry))
    return result


def _geometry_from_geojson(geometry: dict | None) -> QgsGeometry | None:
    from osgeo import ogr

    if not geometry:
        return None
    parsed = ogr.CreateGeometryFromJson(json.dumps(geometry))
    return QgsGeometry.fromWkt(parsed.ExportToWkt()) if parsed is not None else None


class WfsGazetteer:
    """Search the Region's WFS (`urbisvector`) with server-side filters, ranked locally."""

    def __init__(self, wfs_url: str, fetch: Callable[[str], bytes]) -> None:
        self.wfs_url = wfs_url
        self.fetch = fetch

    def search(self, query: str, limit: int = 20) -> list[Place]:
        """Streets and municipalities matching `query`, best first."""
        if not normalize(query):
            return []
        municipalities = [
            Place("municipality", _text(p.get("NAMEFRE")), _text(p.get("NAMEDUT")), geometry)
            for p, geometry in self._features(MUNICIPALITIES, query, ("NAMEFRE", "NAMEDUT"))
        ]
        streets = [
            (_text(p.get("STRNAMEFRE")), _text(p.get("STRNAMEDUT")), geometry)
            for p, geometry in self._features(STREETS, query, ("STRNAMEFRE", "STRNAMEDUT"))
        ]
        return rank(query, municipalities + _merge_streets(streets, lambda _g: ""), limit)

    def _features(self, typename: str, query: str, fields: tuple[str, str]) -> list[tuple[dict, QgsGeometry]]:
        return _geojson_features(self.fetch(get_feature_url(self.wfs_url, typename, query, fields)), typename)
