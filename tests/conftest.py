"""Shared fixtures: a QGIS application (pytest-qgis), isolated settings, the bundled sample."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
# Never touch the developer's QGIS profile.
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="paradigm-qgis-config-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "urbis_sample.gpkg"


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


@pytest.fixture
def sample_gpkg() -> Path:
    """The committed offline sample."""
    assert SAMPLE.is_file(), f"the bundled sample is missing: {SAMPLE} (make sample)"
    return SAMPLE


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
