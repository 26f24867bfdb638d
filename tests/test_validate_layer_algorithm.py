"""Processing algorithm paradigm_carto:validatelayer through processing.run."""

from __future__ import annotations

import json
import shutil

import pytest


@pytest.fixture
def sample_copy(sample_gpkg, tmp_path):
    target = tmp_path / "urbis.gpkg"
    shutil.copy(sample_gpkg, target)
    return target


def run(parameters: dict, context=None) -> dict:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if context is None:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
    return processing.run("paradigm_carto:validatelayer", parameters, context=context, feedback=QgsProcessingFeedback())


def output_features(result: dict, key: str = "OUTPUT") -> list:
    from qgis.core import QgsProcessingUtils, QgsVectorLayer

    value = result[key]
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "out", "ogr")
    if not layer.isValid():
        layer = QgsProcessingUtils.mapLayerFromString(value, None)
    return list(layer.getFeatures())


def test_registered(processing_provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("paradigm_carto:validatelayer")
    assert algorithm is not None
    assert {p.name() for p in algorithm.parameterDefinitions()} >= {"INPUT", "RULES", "OUTPUT"}
    assert {o.name() for o in algorithm.outputDefinitions()} >= {"ERRORS", "WARNINGS", "OUTPUT"}


def test_sample_buildings_related_layers_from_the_same_geopackage(processing_provider, project, sample_copy, tmp_path):
    out = tmp_path / "errors.gpkg"
    result = run({"INPUT": f"{sample_copy}|layername=Buildings", "OUTPUT": str(out)})
    assert (result["ERRORS"], result["WARNINGS"]) == (0, 0)
    assert output_features(result) == []


def test_errors_written_with_attributes_and_location(processing_provider, project, sample_copy, tmp_path):
    from qgis.core import QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"{sample_copy}|layername=Buildings", "Buildings", "ogr")
    first = next(layer.getFeatures())
    moved = QgsGeometry(first.geometry())
    moved.translate(0, -3.0)  # into the street: out of its block and parcel
    layer.startEditing()
    layer.changeGeometry(first.id(), moved)
    assert layer.commitChanges()
    result = run({"INPUT": f"{sample_copy}|layername=Buildings", "OUTPUT": str(tmp_path / "e.gpkg")})
    features = output_features(result)
    rules = sorted(f["rule"] for f in features)
    assert "buildings_in_blocks" in rules and result["ERRORS"] >= 1
    error = next(f for f in features if f["rule"] == "buildings_in_blocks")
    assert error["severity"] == "error" and error["layer"] == "Buildings"
    assert error["feature_ids"] == str(first.id())
    assert error["message"].startswith(f"building {first.id()} is not inside Blocks")
    assert error.geometry().type() is not None and not error.geometry().isEmpty()
    assert moved.buffer(0.1, 4).contains(error.geometry())


def test_related_layers_from_the_project(processing_provider, project, sample_copy, tmp_path):
    from qgis.core import QgsVectorLayer

    blocks = QgsVectorLayer(f"{sample_copy}|layername=Blocks", "Blocks", "ogr")
    municipalities = QgsVectorLayer(f"{sample_copy}|layername=Municipalities", "Communes", "ogr")
    municipalities.setCustomProperty("paradigm_carto/ref_id", "municipalities")
    project.addMapLayers([blocks, municipalities])
    memory = blocks.materialize(__import__("qgis.core", fromlist=["QgsFeatureRequest"]).QgsFeatureRequest())
    memory.setName("Blocks")
    project.addMapLayer(memory)
    project.removeMapLayer(blocks.id())
    result = run({"INPUT": memory, "OUTPUT": "memory:"})
    assert result["ERRORS"] == 0 and result["WARNINGS"] == 1  # the sample's one thin block


def test_missing_related_layer_is_a_clear_error(processing_provider, project, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "Buildings", "memory")
    project.addMapLayer(layer)
    with pytest.raises(QgsProcessingException, match="'Blocks'"):
        run({"INPUT": layer, "OUTPUT": "memory:"})


def test_user_rule_file_and_malformed_rule_file(processing_provider, project, sample_copy, tmp_path):
    from qgis.core import QgsProcessingException

    rules = tmp_path / "mine.json"
    rules.write_text(
        json.dumps(
            {
                "id": "mine",
                "layer": "Buildings",
                "rules": [{"id": "tiny", "check": "min_area", "severity": "warning", "min_area": 80.0}],
            }
        ),
        encoding="utf-8",
    )
    result = run({"INPUT": f"{sample_copy}|layername=Buildings", "RULES": str(rules), "OUTPUT": "memory:"})
    assert result["ERRORS"] == 0 and result["WARNINGS"] > 0
    rules.write_text(json.dumps({"id": "mine", "layer": "Buildings", "rules": [{"id": "tiny", "check": "min_area",
                                                                             "severity": "warning"}]}))
    with pytest.raises(QgsProcessingException, match="'tiny'.*'min_area'"):
        run({"INPUT": f"{sample_copy}|layername=Buildings", "RULES": str(rules), "OUTPUT": "memory:"})


def test_error_areas_output(processing_provider, project, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "overlaps", "memory")
    features = []
    for wkt in ("POLYGON((0 0,10 0,10 10,0 10,0 0))", "POLYGON((8 8,20 8,20 20,8 20,8 8))"):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    rules = tmp_path / "overlap.json"
    rules.write_text(json.dumps({"id": "o", "layer": "overlaps", "rules": [
        {"id": "o", "check": "no_overlap", "severity": "error"}]}), encoding="utf-8")
    result = run({"INPUT": layer, "RULES": str(rules), "OUTPUT": "memory:", "OUTPUT_AREAS": "memory:"})
    assert result["ERRORS"] == 1
    areas = output_features(result, "OUTPUT_AREAS")
    assert [round(f.geometry().area(), 3) for f in areas] == [4.0]
    assert output_features(result)[0]["feature_ids"] == "1,2"


def test_qgis_process(qgis_app, sample_copy, tmp_path_factory, tmp_path):
    """``qgis_process run paradigm_carto:validatelayer`` with the plugin installed in a throwaway profile."""
    import os
    from pathlib import Path

    qgis_process = pytest.importorskip("test_qgis_process")
    if qgis_process.QGIS_PROCESS is None:
        pytest.skip("qgis_process is not installed")
    config = tmp_path_factory.mktemp("qgis_process_validate")
    qgis_process.install_plugin(config)
    env = dict(os.environ)
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}"),
    )
    env.pop("PYTHONPATH", None)
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    qgis_process.enable_plugin(env, config)
    output = tmp_path / "errors.gpkg"
    result = qgis_process.run(
        env, "--json", "run", "paradigm_carto:validatelayer", "--",
        f"INPUT={sample_copy}|layername=CadastralParcels", f"OUTPUT={output}",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    results = json.loads(result.stdout)["results"]
    assert (results["ERRORS"], results["WARNINGS"]) == (0, 0)
    assert output.is_file()
