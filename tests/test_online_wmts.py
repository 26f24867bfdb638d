"""The catalogue's WMTS base maps, from a real QGIS Server on loopback.

The session's server (``qgis_server`` fixture) also offers, over WMTS in PNG on
the tile matrix set ``EPSG:31370``, a layer for each WMTS layer name of the
catalogue (``urbisFR``...), standing in for the Region's GeoWebCache. The
``urbis_wmts`` service is pointed at it (environment variable, as a user would
in the options page) and the layers are loaded through the plugin's loader.
"""

from __future__ import annotations

import json
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from paradigm_carto.core.catalogue import Catalogue
from paradigm_carto.core.loader import REF_PROPERTY, ReferenceLayerLoader
from paradigm_carto.core.settings import PluginSettings, env_variable
from tests.qgis_server import CRS, QgisServerProcess, gpkg_layer_names

WMTS_IDS = ["wmts_fr", "wmts_nl", "wmts_fr_gray"]
#: Around the Grand-Place, in EPSG:31370: 1 km across.
GRAND_PLACE = QgsRectangle(148400.0, 169900.0, 149400.0, 170900.0)
OWS = "{http://www.opengis.net/ows/1.1}"
WMTS = "{http://www.opengis.net/wmts/1.0}"
WFS = "{http://www.opengis.net/wfs}"


def fetch(url: str) -> bytes:
    """GET a URL (loopback only)."""
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def wmts_sources(catalogue: Catalogue) -> dict[str, object]:
    """The WMTS source of each catalogue layer of :data:`WMTS_IDS`, by layer id."""
    return {ref_id: catalogue.layer(ref_id).source_for("online") for ref_id in WMTS_IDS}


@pytest.fixture
def online(monkeypatch, qgis_server: QgisServerProcess) -> PluginSettings:
    """Online mode with the WMTS and WFS services pointed at the loopback QGIS Server."""
    monkeypatch.setenv(env_variable("urbis_wmts"), qgis_server.ows_url)
    monkeypatch.setenv(env_variable("urbisvector_wfs"), qgis_server.ows_url)
    monkeypatch.setenv(env_variable("urbisvector_oapif"), qgis_server.oapif_url)
    settings = PluginSettings()
    settings.mode = "online"
    return settings


def render(layer: QgsRasterLayer, extent: QgsRectangle) -> float:
    """Draw the layer over `extent` (256x256, transparent background); the painted share."""
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(CRS))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(256, 256))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    assert not job.errors(), [error.message for error in job.errors()]
    image = job.renderedImage()
    samples = [
        QColor.fromRgba(image.pixel(x, y)).alpha() > 0
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    ]
    return sum(samples) / len(samples)


def test_server_offers_the_catalogue_wmts_layers(catalogue, qgis_server: QgisServerProcess) -> None:
    caps = ET.fromstring(fetch(f"{qgis_server.ows_url}?SERVICE=WMTS&REQUEST=GetCapabilities"))
    contents = caps.find(f"{WMTS}Contents")
    layers = {layer.findtext(f"{OWS}Identifier"): layer for layer in contents.findall(f"{WMTS}Layer")}
    matrix_sets = [tms.findtext(f"{OWS}Identifier") for tms in contents.findall(f"{WMTS}TileMatrixSet")]
    for source in wmts_sources(catalogue).values():
        assert source.type == "wmts"
        layer = layers[source.layer]
        assert "image/png" in [f.text for f in layer.findall(f"{WMTS}Format")]
        links = [link.findtext(f"{WMTS}TileMatrixSet") for link in layer.findall(f"{WMTS}TileMatrixSetLink")]
        assert source.tile_matrix_set in links
        # QGIS Server, like GeoWebCache, advertises one default style; the
        # plugin asks for the default one (STYLE empty), which both accept.
        styles = [(s.get("isDefault"), s.findtext(f"{OWS}Identifier")) for s in layer.findall(f"{WMTS}Style")]
        assert styles == [("true", "default")]
    assert matrix_sets == [CRS]


def test_wfs_and_oapif_still_offer_only_the_sample(sample_gpkg, qgis_server: QgisServerProcess) -> None:
    expected = sorted(gpkg_layer_names(sample_gpkg))
    caps = ET.fromstring(fetch(f"{qgis_server.ows_url}?SERVICE=WFS&REQUEST=GetCapabilities"))
    types = caps.findall(f"{WFS}FeatureTypeList/{WFS}FeatureType")
    assert sorted(t.findtext(f"{WFS}Name") for t in types) == expected
    collections = json.loads(fetch(f"{qgis_server.oapif_url}/collections.json"))["collections"]
    assert sorted(c["id"] for c in collections) == expected


def test_wmts_base_maps_load_and_draw(project, catalogue, online) -> None:
    refs = [catalogue.layer(ref_id) for ref_id in WMTS_IDS]
    result = ReferenceLayerLoader(catalogue, online, project).load(refs, "online")

    assert not result.failures, [f.message() for f in result.failures]
    assert sorted(layer.customProperty(REF_PROPERTY) for layer in result.added) == sorted(WMTS_IDS)
    sources = wmts_sources(catalogue)
    for layer in result.added:
        source = sources[layer.customProperty(REF_PROPERTY)]
        assert isinstance(layer, QgsRasterLayer)
        assert layer.providerType() == "wms" and layer.isValid(), layer.error().summary()
        assert layer.crs().authid() == CRS
        assert f"layers={source.layer}&" in layer.source() + "&"
        assert f"tileMatrixSet={source.tile_matrix_set}" in layer.source()
        assert render(layer, GRAND_PLACE) > 0.9, layer.name()


def test_online_standard_set_with_wmts_base_map(project, catalogue, online) -> None:
    result = ReferenceLayerLoader(catalogue, online, project).load_standard_set("online")

    assert not result.failures, [f.message() for f in result.failures]
    base_maps = [layer for layer in result.added if isinstance(layer, QgsRasterLayer)]
    assert len(base_maps) == 1 and base_maps[0].customProperty(REF_PROPERTY) in WMTS_IDS
    assert base_maps[0].providerType() == "wms" and base_maps[0].isValid()
    assert all(layer.isValid() for layer in result.added)
    root = project.layerTreeRoot().children()[0]
    assert root.findLayers()[-1].layer() is base_maps[0], "the base map at the bottom"
