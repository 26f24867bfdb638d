"""Shared fixtures: a QGIS application (pytest-qgis), isolated settings, the bundled sample."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
# Never touch the developer's QGIS profile.
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="paradigm-qgis-config-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "urbis_sample.gpkg"


@pytest.fixture(autouse=True, scope="session")
def guard_pytest_qgis_teardown(qgis_app):
    """pytest-qgis 2.1 disconnects QgsProject.legendLayersAdded from processEvents at session end
    and fails when that connection is already gone, which happens after some garbage-collection
    orders in long sessions (not reproducible alone); connecting it once more keeps its teardown
    from turning a green run into an error. It changes nothing the tests check."""
    yield
    from qgis.core import QgsProject

    QgsProject.instance().legendLayersAdded.connect(qgis_app.processEvents)


@pytest.fixture(autouse=True)
def clean_plugin_settings(qgis_app):
    """Each test starts and ends with no plugin settings and no service override."""
    from qgis.core import QgsSettings

    def clear() -> None:
        QgsSettings().remove("paradigm_carto")
        QgsSettings().remove("locale")
        for name in [n for n in os.environ if n.startswith("PARADIGM_CARTO_SERVICE_")]:
            del os.environ[name]

    clear()
    yield
    clear()


@pytest.fixture(scope="session")
def sample_gpkg() -> Path:
    """The committed offline sample."""
    assert SAMPLE.is_file(), f"the bundled sample is missing: {SAMPLE} (make sample)"
    return SAMPLE


@pytest.fixture(scope="session")
def sample_project(qgis_app, sample_gpkg: Path, tmp_path_factory) -> Path:
    """A QGIS Server project serving every layer of the sample under the UrbIS names,
    plus stand-ins (WMS, and WMTS for the tiled ones) for the catalogue's base-map layer names."""
    from paradigm_carto.core.catalogue import load_catalogue
    from tests.qgis_server import build_server_project

    sources = [s for ref in load_catalogue().layers for s in ref.sources]
    base_maps = tuple(s.layer for s in sources if s.type == "wms")
    wmts_layers = tuple(s.layer for s in sources if s.type == "wmts")
    path = tmp_path_factory.mktemp("qgis_server") / "server.qgs"
    return build_server_project(sample_gpkg, path, base_maps=base_maps, wmts_layers=wmts_layers)


@pytest.fixture(scope="session")
def qgis_server(sample_project: Path):
    """A real QGIS Server (qgis_mapserver) on loopback serving the sample, for the whole session."""
    from tests.qgis_server import QgisServerProcess

    with QgisServerProcess(sample_project) as server:
        yield server


@pytest.fixture
def catalogue():
    """The shipped catalogue."""
    from paradigm_carto.core.catalogue import load_catalogue

    return load_catalogue()


@pytest.fixture
def project(qgis_app):
    """An empty project, cleared afterwards."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


@pytest.fixture(scope="module")
def pycsw():
    """A real pycsw on loopback for the module that asks for it (venv made on first use, then reused)."""
    from scripts.pycsw_server import PycswServer

    started = time.monotonic()
    with PycswServer() as server:
        print(f"pycsw ready in {time.monotonic() - started:.1f} s at {server.url}")
        yield server


@pytest.fixture
def municipalities(project, sample_gpkg, tmp_path, monkeypatch):
    """The sample's Municipalities (and Region), loaded the plugin's way from a copy of the GeoPackage."""
    from tests.test_approval import load_municipalities

    return load_municipalities(project, sample_gpkg, tmp_path, monkeypatch)


@pytest.fixture(scope="module")
def processing_provider(qgis_app):
    """QGIS Processing initialised, with the plugin's provider registered for the module, removed afterwards."""
    plugins = "/usr/share/qgis/python/plugins"
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    from paradigm_carto.processing.provider import ParadigmProvider

    Processing.initialize()
    provider = ParadigmProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)
