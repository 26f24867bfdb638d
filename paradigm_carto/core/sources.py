"""Turn a catalogue source into a QGIS data source (URI and provider) and a layer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from qgis.core import (
    QgsApplication,
    QgsDataSourceUri,
    QgsMapLayer,
    QgsRasterLayer,
    QgsVectorLayer,
)

from .catalogue import ReferenceLayer, Source
from .i18n import tr

CRS = "EPSG:31370"
LOG_TAGS = ("WFS", "OAPIF", "WMS", "OGR", "Network")


class SourceError(Exception):
    """A layer could not be created; `reason` is a sentence in the UI language."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class LayerSpec:
    """Everything QGIS needs to open a layer."""

    uri: str
    provider: str
    raster: bool


def check_url(url: str) -> None:
    """Raise :class:`SourceError` unless `url` is an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        _ = parts.port  # raises ValueError on a malformed port
    except ValueError:
        valid = False
    if not valid:
        raise SourceError(tr("the service address is not a valid http(s) URL: '{url}'").format(url=url))


def layer_spec(source: Source, url: str) -> LayerSpec:
    """The QGIS URI and provider for `source` on the service at `url` (or sample path)."""
    if source.type == "gpkg":
        return LayerSpec(f"{url}|layername={source.layer}", "ogr", raster=False)
    check_url(url)
    if source.type in ("wfs", "oapif"):
        uri = QgsDataSourceUri()
        uri.setParam("url", url)
        uri.setParam("typename", source.layer)
        if source.type == "wfs":
            uri.setParam("version", "auto")
            uri.setParam("srsname", CRS)
            uri.setParam("pagingEnabled", "true")
        if source.bbox_only:
            uri.setParam("restrictToRequestBBOX", "1")
        provider = "WFS" if source.type == "wfs" else "OAPIF"
        return LayerSpec(uri.uri(False), provider, raster=False)
    uri = QgsDataSourceUri()
    uri.setParam("contextualWMSLegend", "0")
    uri.setParam("crs", CRS)
    uri.setParam("dpiMode", "7")
    uri.setParam("format", "image/png")
    uri.setParam("layers", source.layer)
    uri.setParam("styles", "")
    if source.type == "wmts":
        uri.setParam("tileMatrixSet", source.tile_matrix_set)
        separator = "&" if "?" in url else "?"
        uri.setParam("url", f"{url}{separator}SERVICE=WMTS&REQUEST=GetCapabilities")
    else:
        uri.setParam("url", url)
    return LayerSpec(bytes(uri.encodedUri()).decode(), "wms", raster=True)


def create_layer(ref: ReferenceLayer, source: Source, url: str, name: str) -> QgsMapLayer:
    """Open the layer; raise :class:`SourceError` with the reason when it is not usable.

    Safe to call from a worker thread (no project or widget is touched).
    """
    if source.type == "gpkg" and not Path(url).is_file():
        raise SourceError(tr("the offline sample file is missing: {path}").format(path=url))
    spec = layer_spec(source, url)
    with _ProviderMessages() as messages:
        if spec.raster:
            layer: QgsMapLayer = QgsRasterLayer(spec.uri, name, spec.provider)
        else:
            layer = QgsVectorLayer(spec.uri, name, spec.provider)
    if not layer.isValid():
        raise SourceError(_invalid_reason(source, layer, messages.lines))
    return layer


def _invalid_reason(source: Source, layer: QgsMapLayer, log_lines: list[str]) -> str:
    """A sentence explaining why the provider refused the layer."""
    details = [layer.error().summary()] if not layer.error().isEmpty() else []
    provider = layer.dataProvider()
    if provider is not None and not provider.error().isEmpty():
        details.append(provider.error().summary())
    details.extend(log_lines)
    detail = " ".join(dict.fromkeys(d.strip() for d in details if d and d.strip()))[:400]
    if source.type == "gpkg":
        reason = tr("the layer '{layer}' is not in the offline sample").format(layer=source.layer)
    else:
        reason = tr("the service did not answer or does not offer the layer '{layer}'").format(
            layer=source.layer
        )
    return f"{reason} ({detail})" if detail else reason


class _ProviderMessages:
    """Collect what data providers log while a layer is being opened (same thread only)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def _received(self, message: str, tag: str, _level: object) -> None:
        if tag in LOG_TAGS:
            self.lines.append(message)

    def __enter__(self) -> _ProviderMessages:
        QgsApplication.messageLog().messageReceived.connect(self._received)
        return self

    def __exit__(self, *_exc: object) -> None:
        QgsApplication.messageLog().messageReceived.disconnect(self._received)
