"""Failures: each gives one clear message naming the layer and the reason; the rest still loads."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest
from qgis.core import QgsApplication

from paradigm_carto.core.loader import REF_PROPERTY, LoadResult, ReferenceLayerLoader
from paradigm_carto.core.settings import PluginSettings, env_variable
from paradigm_carto.gui.controller import ReferenceLayersController
from paradigm_carto.gui.feedback import report_load
from tests.qgis_server import closed_port_url, start_failing_http_server


def loaded_ids(result: LoadResult) -> set[str]:
    return {layer.customProperty(REF_PROPERTY) for layer in result.added}


def bar_texts(iface) -> list[str]:
    """Texts of the messages pushed to pytest-qgis's message bar, all levels."""
    return [text for texts in iface.messageBar().messages.values() for text in texts]


def clear_bar(iface) -> None:
    for texts in iface.messageBar().messages.values():
        texts.clear()


@pytest.fixture
def failing_server():
    url, stop = start_failing_http_server(500)
    yield url
    stop()


@pytest.fixture
def online_settings(monkeypatch, qgis_server):
    monkeypatch.setenv(env_variable("urbisvector_wfs"), qgis_server.ows_url)
    monkeypatch.setenv(env_variable("basemaps_wms"), qgis_server.ows_url)
    settings = PluginSettings()
    settings.mode = "online"
    return settings


def test_failing_base_map_service_leaves_the_rest(project, catalogue, online_settings, failing_server, monkeypatch):
    monkeypatch.setenv(env_variable("basemaps_wms"), failing_server)
    refs = [catalogue.layer(i) for i in ("basemap_fr_color", "municipalities", "region")]
    result = ReferenceLayerLoader(catalogue, online_settings, project).load(refs, "online")
    assert loaded_ids(result) == {"municipalities", "region"}
    [failure] = result.failures
    assert failure.ref.id == "basemap_fr_color"
    assert catalogue.layer("basemap_fr_color").title.get() in failure.message()
    assert "UrbISFrenchLabeledColor" in failure.message()


def test_unreachable_service(project, catalogue, online_settings, monkeypatch):
    monkeypatch.setenv(env_variable("basemaps_wms"), closed_port_url())
    refs = [catalogue.layer("basemap_nl_gray"), catalogue.layer("municipalities")]
    result = ReferenceLayerLoader(catalogue, online_settings, project).load(refs, "online")
    assert loaded_ids(result) == {"municipalities"}
    assert [f.ref.id for f in result.failures] == ["basemap_nl_gray"]


@pytest.mark.parametrize("bad_url", ["htp:/nowhere", "not a url", "http://", "https://host:99999/ows"])
def test_bad_url(project, catalogue, online_settings, monkeypatch, bad_url):
    monkeypatch.setenv(env_variable("urbisvector_wfs"), bad_url)
    refs = [catalogue.layer("municipalities"), catalogue.layer("basemap_fr_color")]
    result = ReferenceLayerLoader(catalogue, online_settings, project).load(refs, "online")
    assert loaded_ids(result) == {"basemap_fr_color"}
    [failure] = result.failures
    assert bad_url in failure.reason and "URL" in failure.reason


def test_missing_sample_file(project, catalogue, monkeypatch, tmp_path):
    monkeypatch.setenv(env_variable("sample"), str(tmp_path / "gone.gpkg"))
    result = ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")
    assert not result.added
    assert len(result.failures) == 7
    assert all("gone.gpkg" in f.reason for f in result.failures)


def test_layer_missing_from_the_sample(project, catalogue, sample_gpkg, monkeypatch, tmp_path):
    partial = tmp_path / "partial.gpkg"
    shutil.copy(sample_gpkg, partial)
    with sqlite3.connect(partial) as db:
        db.execute('DROP TABLE "Addresses"')
        db.execute("DELETE FROM gpkg_contents WHERE table_name = 'Addresses'")
        db.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = 'Addresses'")
    monkeypatch.setenv(env_variable("sample"), str(partial))
    result = ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")
    assert len(result.added) == 6
    [failure] = result.failures
    assert failure.ref.id == "addresses" and "Addresses" in failure.reason


def test_each_failure_is_one_message_bar_message(qgis_iface, project, catalogue, monkeypatch, tmp_path):
    clear_bar(qgis_iface)
    monkeypatch.setenv(env_variable("sample"), str(tmp_path / "gone.gpkg"))
    result = ReferenceLayerLoader(catalogue, project=project).load(
        [catalogue.layer("region"), catalogue.layer("municipalities")], "offline"
    )
    report_load(qgis_iface, result)
    texts = bar_texts(qgis_iface)
    assert len(texts) == 2
    assert any(catalogue.layer("region").title.get() in t for t in texts)
    assert any(catalogue.layer("municipalities").title.get() in t for t in texts)


def test_controller_loads_in_a_background_task(qgis_iface, project, catalogue, sample_gpkg, monkeypatch, tmp_path):
    """The GUI path: a QgsTask opens the layers, the main thread adds them and reports."""
    clear_bar(qgis_iface)
    PluginSettings().mode = "offline"
    controller = ReferenceLayersController(qgis_iface)
    controller.add_standard_set()
    deadline = time.monotonic() + 60
    while not bar_texts(qgis_iface):
        assert time.monotonic() < deadline, "the load task did not report"
        QgsApplication.processEvents()
        time.sleep(0.01)
    ids = {layer.customProperty(REF_PROPERTY) for layer in project.mapLayers().values()}
    assert ids == {"addresses", "buildings", "parcels", "blocks", "street_axes", "municipalities", "region"}
    assert any("7" in text for text in bar_texts(qgis_iface))
