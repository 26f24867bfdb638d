"""Processing algorithm paradigm_carto:publishlayer: processing.run against a real pycsw, and qgis_process."""

from __future__ import annotations

import json

import pytest

from paradigm_carto.core.metadata.model import save_with_layer
from paradigm_carto.core.publication import approval
from tests.test_approval import approved, full_metadata

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning:owslib.*")


def run(parameters: dict) -> dict:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run("paradigm_carto:publishlayer", parameters, context=context, feedback=QgsProcessingFeedback())


def test_registered(processing_provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("paradigm_carto:publishlayer")
    assert algorithm is not None
    assert {p.name() for p in algorithm.parameterDefinitions()} >= {"INPUT", "METADATA", "TARGET", "AUTHCFG", "STORE"}
    assert {o.name() for o in algorithm.outputDefinitions()} >= {"RECORD_ID", "PACKAGE"}


def test_publish_with_stored_metadata_then_with_a_file(processing_provider, pycsw, municipalities, tmp_path):
    from paradigm_carto.core.catalogue_clients.csw import CswClient

    layer = approved(municipalities)
    metadata = full_metadata(layer)
    assert save_with_layer(layer, metadata)
    store = tmp_path / "store"
    store.mkdir()
    result = run({"INPUT": layer, "TARGET": pycsw.url, "STORE": str(store)})
    assert result["RECORD_ID"] == metadata.identifier
    assert result["PACKAGE"].endswith("Municipalities.gpkg")
    assert approval.state_of(layer).state == approval.PUBLISHED

    # Batch-style second run with a metadata file: an update of the same record.
    metadata.title.fr = "Communes (fichier)"
    path = tmp_path / "metadata.json"
    path.write_text(metadata.to_json(), encoding="utf-8")
    again = run({"INPUT": layer, "METADATA": str(path), "TARGET": pycsw.url, "STORE": str(store)})
    assert again["RECORD_ID"] == metadata.identifier
    client = CswClient(pycsw.url)
    assert b"Communes (fichier)" in client.get(metadata.identifier)
    client.withdraw(metadata.identifier)


def test_refusal_is_a_clear_processing_exception(processing_provider, pycsw, municipalities, tmp_path):
    from qgis.core import QgsProcessingException

    layer = municipalities
    save_with_layer(layer, full_metadata(layer))
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": layer, "TARGET": pycsw.url, "STORE": str(tmp_path)})
    assert "Municipalities" in str(error.value) and "not been validated" in str(error.value)
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": layer, "TARGET": "ftp://example.invalid/", "STORE": str(tmp_path)})
    assert "http" in str(error.value)


def test_without_stored_metadata(processing_provider, pycsw, municipalities, tmp_path):
    from qgis.core import QgsProcessingException

    approved(municipalities)
    with pytest.raises(QgsProcessingException) as error:
        run({"INPUT": municipalities, "TARGET": pycsw.url, "STORE": str(tmp_path)})
    assert "No metadata is stored with layer 'Municipalities'" in str(error.value)


def test_qgis_process(pycsw, municipalities, project, tmp_path, tmp_path_factory):
    import os
    from pathlib import Path

    from tests import test_qgis_process as qp

    if qp.QGIS_PROCESS is None:
        pytest.skip("qgis_process is not installed")
    config = tmp_path_factory.mktemp("qgis_process_config")
    qp.install_plugin(config)
    env = dict(os.environ)
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    env.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    env.pop("PYTHONPATH", None)
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    qp.enable_plugin(env, config)

    layer = approved(municipalities)
    metadata = full_metadata(layer)
    save_with_layer(layer, metadata)
    project_file = tmp_path / "publish.qgz"
    assert project.write(str(project_file))
    store = tmp_path / "store"
    store.mkdir()
    result = qp.run(
        env, "--json", "run", "paradigm_carto:publishlayer", f"--PROJECT_PATH={project_file}", "--",
        f"INPUT={layer.id()}", f"TARGET={pycsw.url}", f"STORE={store}",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    outputs = json.loads(result.stdout)["results"]
    assert outputs["RECORD_ID"] == metadata.identifier and Path(outputs["PACKAGE"]).is_file()

    refused = qp.run(
        env, "run", "paradigm_carto:publishlayer", "--",
        f"INPUT={layer.gpkg_path}|layername=Municipalities", f"TARGET={pycsw.url}", f"STORE={store}",
    )  # fmt: skip
    assert refused.returncode != 0 and "house style" in refused.stdout + refused.stderr
    assert "Traceback" not in refused.stdout + refused.stderr
    from paradigm_carto.core.catalogue_clients.csw import CswClient

    CswClient(pycsw.url).withdraw(metadata.identifier)
