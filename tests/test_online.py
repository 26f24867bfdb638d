"""Online reference layers through the plugin's catalogue, from a real QGIS Server on loopback.

The server serves the bundled sample under the `urbisvector` layer names; the
catalogue's service URLs are overridden to it (environment variables, as a user
would in the options page), and what arrives is compared with the GeoPackage.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsRasterLayer, QgsVectorLayer

from paradigm_carto.core.gazetteer import WfsGazetteer
from paradigm_carto.core.loader import REF_PROPERTY, ReferenceLayerLoader
from paradigm_carto.core.network import fetch_bytes
from paradigm_carto.core.settings import PluginSettings, env_variable

VECTOR_IDS = ["region", "municipalities", "street_axes", "blocks", "addresses"]
KEY_FIELDS = {
    "region": ["NAMEFRE", "NAMEDUT"],
    "municipalities": ["NISCODE", "NAMEFRE", "NAMEDUT", "POLICEZONE"],
    "street_axes": ["INSPIRE_ID", "STRNAMEFRE", "STRNAMEDUT", "TYPE", "HIERARCHY"],
    "blocks": ["INSPIRE_ID", "TYPE"],
    "addresses": ["INSPIRE_ID", "STRNAMEFRE", "STRNAMEDUT", "POLICENUM", "ZIPCODE", "MUNNAMEFRE", "MUNNAMEDUT"],
}


@pytest.fixture
def online(monkeypatch, qgis_server):
    """Online mode with every service pointed at the loopback QGIS Server."""
    monkeypatch.setenv(env_variable("urbisvector_wfs"), qgis_server.ows_url)
    monkeypatch.setenv(env_variable("urbisvector_oapif"), qgis_server.oapif_url)
    monkeypatch.setenv(env_variable("basemaps_wms"), qgis_server.ows_url)
    settings = PluginSettings()
    settings.mode = "online"
    return settings


def gpkg_rows(sample_gpkg, layer_name: str, fields: list[str]) -> list[tuple]:
    layer = QgsVectorLayer(f"{sample_gpkg}|layername={layer_name}", layer_name, "ogr")
    return sorted(tuple(str(f[name]) for name in fields) for f in layer.getFeatures())


def layer_rows(layer: QgsVectorLayer, fields: list[str]) -> list[tuple]:
    return sorted(tuple(str(f[name]) for name in fields) for f in layer.getFeatures())


@pytest.mark.parametrize("protocol", ["wfs", "oapif"])
def test_vector_layers_match_the_sample(project, catalogue, sample_gpkg, online, protocol):
    online.vector_protocol = protocol
    refs = [catalogue.layer(i) for i in VECTOR_IDS]
    result = ReferenceLayerLoader(catalogue, online, project).load(refs, "online")

    assert not result.failures, [f.message() for f in result.failures]
    assert len(result.added) == len(VECTOR_IDS)
    for layer in result.added:
        ref = catalogue.layer(layer.customProperty(REF_PROPERTY))
        expected_provider = "WFS" if protocol == "wfs" else "OAPIF"
        assert layer.providerType() == expected_provider
        name = ref.source_for("offline").layer
        fields = KEY_FIELDS[ref.id]
        assert set(fields) <= set(layer.fields().names()), (ref.id, layer.fields().names())
        assert layer_rows(layer, fields) == gpkg_rows(sample_gpkg, name, fields), ref.id


def test_wfs_geometry_stays_in_lambert72(project, catalogue, sample_gpkg, online):
    result = ReferenceLayerLoader(catalogue, online, project).load([catalogue.layer("municipalities")], "online")
    [layer] = result.added
    assert layer.crs().authid() == "EPSG:31370"
    reference = QgsVectorLayer(f"{sample_gpkg}|layername=Municipalities", "m", "ogr")
    served = {f["NISCODE"]: f.geometry().area() for f in layer.getFeatures()}
    for feature in reference.getFeatures():
        assert served[feature["NISCODE"]] == pytest.approx(feature.geometry().area(), rel=1e-6)


def test_base_map_over_wms(project, catalogue, online):
    ref = catalogue.layer("basemap_fr_color")
    result = ReferenceLayerLoader(catalogue, online, project).load([ref, catalogue.layer("region")], "online")
    assert not result.failures, [f.message() for f in result.failures]
    base = next(layer for layer in result.added if isinstance(layer, QgsRasterLayer))
    assert base.providerType() == "wms" and base.isValid()
    root = project.layerTreeRoot().children()[0]
    assert root.findLayers()[-1].layer() is base, "base maps at the bottom"


@pytest.mark.parametrize(
    ("query", "fr", "nl"),
    [
        ("elsene", "Ixelles", "Elsene"),
        ("wetstraat", "Rue de la Loi", "Wetstraat"),
        ("rue de la loi", "Rue de la Loi", "Wetstraat"),
        ("chaussee de wavre", "Chaussée de Wavre", "Waversesteenweg"),
        ("sint-joost", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
    ],
)
def test_online_search_over_wfs(qgis_server, query, fr, nl):
    places = WfsGazetteer(qgis_server.ows_url, fetch_bytes).search(query)
    assert places, query
    assert (places[0].name_fr, places[0].name_nl) == (fr, nl)
    assert places[0].extent.xMinimum() > 100000, "coordinates in EPSG:31370"
