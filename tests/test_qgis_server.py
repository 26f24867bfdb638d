"""Prove tests/qgis_server.py: a real QGIS Server read through QGIS's own providers.

The WMS, WFS and OAPIF providers of QGIS (not the plugin) load the served
layers, and what they return is compared with the GeoPackage itself.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor

from tests.qgis_server import (
    CRS,
    WMS_ROOT_NAME,
    QgisServerProcess,
    build_server_project,
    closed_port_url,
    free_port,
    gpkg_layer_names,
    start_failing_http_server,
    start_qgis_server,
)

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "urbis_sample.gpkg"
MUNICIPALITY_FIELDS = ("NISCODE", "NAMEFRE", "NAMEDUT")
STREET_FIELDS = ("STRNAMEFRE", "STRNAMEDUT")
WFS_NS = "{http://www.opengis.net/wfs}"


def gpkg_layer(gpkg: Path, name: str) -> QgsVectorLayer:
    """One layer of the GeoPackage, read directly."""
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def plain(value: object) -> object:
    """An attribute value with QGIS's NULL as None."""
    return None if isinstance(value, QVariant) and value.isNull() else value


def rows(layer: QgsVectorLayer, fields: tuple[str, ...]) -> list[tuple[object, ...]]:
    """The given attributes of every feature, sorted."""
    return sorted(
        (tuple(plain(feature[name]) for name in fields) for feature in layer.getFeatures()),
        key=repr,
    )


def wfs_layer(
    server: QgisServerProcess, typename: str, version: str = "auto", srsname: str | None = CRS
) -> QgsVectorLayer:
    """A layer of QGIS's WFS provider on the server."""
    uri = QgsDataSourceUri()
    uri.setParam("url", server.ows_url)
    uri.setParam("typename", typename)
    uri.setParam("version", version)
    if srsname:
        uri.setParam("srsname", srsname)
    return QgsVectorLayer(uri.uri(False), typename, "WFS")


def oapif_layer(server: QgisServerProcess, typename: str, extra: str = "") -> QgsVectorLayer:
    """A layer of QGIS's OGC API Features provider on the server."""
    uri = f"url='{server.oapif_url}' typename='{typename}'{extra}"
    return QgsVectorLayer(uri, typename, "OAPIF")


def fetch(url: str) -> bytes:
    """GET a URL (loopback only)."""
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def assert_same_features(served: QgsVectorLayer, source: QgsVectorLayer, fields: tuple[str, ...]) -> None:
    """Same feature count, the fields present and the same values as the GeoPackage."""
    assert served.isValid(), served.source()
    assert set(fields) <= set(served.fields().names())
    served_rows = rows(served, fields)
    assert len(served_rows) == source.featureCount() == served.featureCount()
    assert served_rows == rows(source, fields)


def first_coordinate(coordinates: list) -> tuple[float, float]:
    """The first position of a GeoJSON coordinate array, however nested."""
    while isinstance(coordinates[0], list):
        coordinates = coordinates[0]
    return coordinates[0], coordinates[1]


def test_project_offers_every_layer_by_its_name(sample_gpkg: Path, sample_project: Path) -> None:
    project = QgsProject()
    assert project.read(str(sample_project))
    all_layers = {layer.name(): layer for layer in project.mapLayers().values()}
    names = gpkg_layer_names(sample_gpkg)
    assert set(names) <= set(all_layers), "every sample layer, plus WMS-only base-map stand-ins"
    layers = {name: all_layers[name] for name in names}
    assert {"Municipalities", "StreetAxes"} <= set(layers)
    assert project.crs().authid() == CRS
    wfs_ids, _ = project.readListEntry("WFSLayers", "/")
    assert sorted(wfs_ids) == sorted(layer.id() for layer in layers.values()), "WFS offers the sample layers only"
    crs_list, _ = project.readListEntry("WMSCrsList", "/")
    assert CRS in crs_list
    extent, _ = project.readListEntry("WMSExtent", "/")
    assert len(extent) == 4


def test_capabilities_name_layers_without_prefix(sample_gpkg: Path, qgis_server: QgisServerProcess) -> None:
    caps = ET.fromstring(fetch(f"{qgis_server.ows_url}?SERVICE=WFS&REQUEST=GetCapabilities"))
    types = caps.findall(f"{WFS_NS}FeatureTypeList/{WFS_NS}FeatureType")
    names = sorted(t.findtext(f"{WFS_NS}Name") for t in types)
    assert names == sorted(gpkg_layer_names(sample_gpkg))
    assert {t.findtext(f"{WFS_NS}DefaultSRS") for t in types} == {CRS}
    wms_caps = fetch(f"{qgis_server.ows_url}?SERVICE=WMS&REQUEST=GetCapabilities").decode()
    assert "<Name>Municipalities</Name>" in wms_caps
    assert f"<Name>{WMS_ROOT_NAME}</Name>" in wms_caps
    assert f"<CRS>{CRS}</CRS>" in wms_caps


@pytest.mark.parametrize("name", ["Municipalities", WMS_ROOT_NAME])
def test_wms_getmap_renders(sample_gpkg: Path, qgis_server: QgisServerProcess, name: str) -> None:
    layer = QgsRasterLayer(f"crs={CRS}&format=image/png&layers={name}&styles=&url={qgis_server.ows_url}", name, "wms")
    assert layer.isValid(), layer.error().summary()
    assert layer.crs().authid() == CRS
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(CRS))
    settings.setExtent(gpkg_layer(sample_gpkg, "Municipalities").extent())
    settings.setOutputSize(QSize(256, 256))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    assert not job.errors(), [error.message for error in job.errors()]
    image = job.renderedImage()
    painted = sum(
        QColor.fromRgba(image.pixel(x, y)).alpha() > 0
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    assert painted > 0.2 * (image.width() // 4) * (image.height() // 4)


# QGIS Server 3.22 speaks WFS 1.0.0 and 1.1.0 only: it answers 1.1.0 capabilities
# to a 2.0.0 request and QGIS then reads in 1.1.0 (one GetFeature, no paging).
# Without SRSNAME the server uses its DefaultSRS, EPSG:31370.
@pytest.mark.parametrize(("version", "srsname"), [("auto", CRS), ("2.0.0", CRS), ("auto", None)])
def test_wfs_serves_all_municipalities(
    sample_gpkg: Path, qgis_server: QgisServerProcess, version: str, srsname: str | None
) -> None:
    layer = wfs_layer(qgis_server, "Municipalities", version, srsname)
    assert layer.crs().authid() == CRS
    assert_same_features(layer, gpkg_layer(sample_gpkg, "Municipalities"), MUNICIPALITY_FIELDS)


def test_wfs_serves_all_street_axes(sample_gpkg: Path, qgis_server: QgisServerProcess) -> None:
    layer = wfs_layer(qgis_server, "StreetAxes")
    assert_same_features(layer, gpkg_layer(sample_gpkg, "StreetAxes"), STREET_FIELDS)


@pytest.mark.parametrize("page_size", ["", " pageSize='5'"], ids=["default", "paged-by-5"])
def test_oapif_serves_all_municipalities(sample_gpkg: Path, qgis_server: QgisServerProcess, page_size: str) -> None:
    source = gpkg_layer(sample_gpkg, "Municipalities")
    layer = oapif_layer(qgis_server, "Municipalities", page_size)
    assert_same_features(layer, source, MUNICIPALITY_FIELDS)
    # QGIS 3.22's OAPIF provider always reads CRS84 (EPSG:4326): the geometries,
    # brought back to Lambert 72, must match the GeoPackage's (GeoJSON keeps 6
    # decimals of a degree, about 0.1 m).
    to_lambert = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem(CRS), QgsProject.instance())
    expected: dict[tuple[object, ...], list[QgsGeometry]] = {}
    for feature in source.getFeatures():
        key = tuple(plain(feature[name]) for name in MUNICIPALITY_FIELDS)
        expected.setdefault(key, []).append(feature.geometry())
    for feature in layer.getFeatures():
        key = tuple(plain(feature[name]) for name in MUNICIPALITY_FIELDS)
        geometry = feature.geometry()
        geometry.transform(to_lambert)
        assert min(geometry.hausdorffDistance(g) for g in expected[key]) < 0.5, key


def test_oapif_offers_lambert_72(sample_gpkg: Path, qgis_server: QgisServerProcess) -> None:
    collection = json.loads(fetch(f"{qgis_server.oapif_url}/collections/Municipalities.json"))
    # QGIS Server 3.22 writes the EPSG database version in the URI
    # (.../def/crs/EPSG/9.6.2/31370) and only accepts the URI as advertised.
    lambert = [uri for uri in collection["crs"] if uri.rsplit("/", 1)[-1] == "31370"]
    assert lambert, collection["crs"]
    items_url = f"{qgis_server.oapif_url}/collections/Municipalities/items.json"
    items = json.loads(fetch(f"{items_url}?limit=1&crs={lambert[0]}"))
    x, y = first_coordinate(items["features"][0]["geometry"]["coordinates"])
    extent = gpkg_layer(sample_gpkg, "Municipalities").extent()
    assert extent.xMinimum() <= x <= extent.xMaximum()
    assert extent.yMinimum() <= y <= extent.yMaximum()


def test_start_and_stop_a_second_server(qgis_app: QgsApplication, sample_gpkg: Path, tmp_path: Path) -> None:
    project = build_server_project(sample_gpkg, tmp_path / "one.qgs", ["Municipalities"])
    base_url, server = start_qgis_server(project)
    try:
        caps = fetch(f"{server.ows_url}?SERVICE=WFS&REQUEST=GetCapabilities").decode()
        assert "<Name>Municipalities</Name>" in caps
        assert "<Name>StreetAxes</Name>" not in caps
        assert server.oapif_url == f"{base_url}/wfs3"
    finally:
        server.stop()
    with pytest.raises(urllib.error.URLError):
        fetch(f"{base_url}/wfs3")


def test_server_on_a_taken_port_reports_its_log(tmp_path: Path) -> None:
    project = tmp_path / "any.qgs"  # the server gives up before reading it
    project.write_text("<qgis/>")
    port = free_port()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", port))  # bound, not listening: polls are refused at once
        with pytest.raises(RuntimeError, match="already in use"):
            QgisServerProcess(project, port=port).start()


def test_server_on_a_broken_project_fails_at_once(tmp_path: Path) -> None:
    project = tmp_path / "broken.qgs"
    project.write_text("<qgis>not a project")
    with pytest.raises(RuntimeError, match="answered .* with 500"):
        QgisServerProcess(project, timeout=30).start()


@pytest.mark.parametrize("status", [500, 503, 404])
def test_failing_http_server_answers_its_status(status: int) -> None:
    url, stop = start_failing_http_server(status)
    try:
        for data in (None, b"<GetFeature/>"):
            request = urllib.request.Request(f"{url}ows?SERVICE=WFS", data)
            with pytest.raises(urllib.error.HTTPError) as error:
                urllib.request.urlopen(request, timeout=5)
            assert error.value.code == status
            assert error.value.read() == b"deliberate failure"
    finally:
        stop()


def test_closed_port_url_refuses_connections() -> None:
    with pytest.raises(urllib.error.URLError) as error:
        fetch(closed_port_url())
    assert isinstance(error.value.reason, ConnectionRefusedError)
