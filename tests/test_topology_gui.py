"""The topology error dock and the rule-set dialog (real QGIS widgets, offscreen): findings of a real
validation, zoom and flash in the canvas CRS, selection, GeoPackage export, re-validation in a
QgsTask, rule-set bindings stored in the project, the commit gate feeding the dock."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from paradigm_carto.core.topology.binding import (
    NO_RULES,
    PROPERTY,
    bind,
    binding,
    bound_rule_set_for,
    has_rules,
    unbind,
)
from paradigm_carto.core.topology.engine import gate_validator, validate_layer
from paradigm_carto.core.topology.errors import RuleFileError
from paradigm_carto.core.topology.rules import parse_rule_set
from paradigm_carto.gui.commit_gate_gui import CommitGateGui
from paradigm_carto.gui.rules_dialog import DEFAULT, TopologyRulesDialog
from paradigm_carto.gui.topology_dock import (
    DOCK_OBJECT_NAME,
    EXPORT_LAYER_NAME,
    RecordingValidator,
    TopologyErrorsDock,
    ValidationTask,
)

KEEP: list = []  # widgets live for the session (see tests/test_gui.py)

X0, Y0 = 150000.0, 170000.0  # Brussels, EPSG:31370
RULES = {
    "format": "paradigm_carto/topology-rules",
    "version": 1,
    "id": "my_buildings",
    "layer": "Buildings",
    "feature_name": {"en": "building"},
    "rules": [
        {"id": "my_no_overlap", "check": "no_overlap", "severity": "error"},
        {"id": "my_min_area", "check": "min_area", "severity": "warning", "min_area": 10},
    ],
}


def box(x0: float, y0: float, x1: float, y1: float) -> QgsGeometry:
    x0, y0, x1, y1 = X0 + x0, Y0 + y0, X0 + x1, Y0 + y1
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def buildings_layer(name: str = "Buildings") -> QgsVectorLayer:
    """Two buildings overlapping by 5 × 10 m (ids 1, 2) and a 2 × 2 m shed (id 3, below the minimum area)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=NAME:string", name, "memory")
    features = []
    for geometry in (box(0, 0, 10, 10), box(5, 0, 15, 10), box(40, 40, 42, 42)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer


def write_gpkg(layer: QgsVectorLayer, path: Path, table: str, name: str | None = None) -> QgsVectorLayer:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    written = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsProject.instance().transformContext(),
                                                         options)
    assert written[0] == QgsVectorFileWriter.WriterError.NoError, written
    copy = QgsVectorLayer(f"{path}|layername={table}", name or layer.name(), "ogr")
    assert copy.isValid()
    return copy


@pytest.fixture
def rules_file(tmp_path: Path) -> Path:
    path = tmp_path / "my_rules.json"
    path.write_text(json.dumps(RULES), encoding="utf-8")
    return path


@pytest.fixture
def canvas(qgis_canvas):
    qgis_canvas.resize(600, 400)
    qgis_canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))  # not the layer's CRS
    qgis_canvas.setExtent(QgsRectangle(0, 0, 1000, 1000))  # far from Brussels
    return qgis_canvas


def make_dock(iface) -> TopologyErrorsDock:
    dock = TopologyErrorsDock(iface)
    KEEP.append(dock)
    dock.resize(900, 400)
    dock.show()
    return dock


def wait_for(condition, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def overlap_message() -> str:
    """The engine's own message for the overlap of buildings 1 and 2 (UI language: English here)."""
    return next(e.message for e in validate_layer(buildings_layer(), parse_rule_set(RULES)).errors
                if e.rule_id == "my_no_overlap")


def rows(dock: TopologyErrorsDock) -> list[list[str]]:
    tree = dock.tree
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
            for i in range(tree.topLevelItemCount()) if not tree.topLevelItem(i).isHidden()]


@pytest.fixture
def validated(project, qgis_iface, rules_file):
    """A dock showing the real validation of the buildings layer (rules bound in the project)."""
    layer = buildings_layer()
    project.addMapLayer(layer)
    bind(layer, rules_file)
    dock = make_dock(qgis_iface)
    assert dock.validate(layer, background=False) is None  # small: at once
    return dock, layer


def test_dock_lists_the_findings_of_a_real_validation(validated):
    dock, layer = validated
    assert dock.objectName() == DOCK_OBJECT_NAME
    assert dock.tree.headerItem().text(0) == "Severity"
    shown = sorted(rows(dock))
    assert [r[:4] for r in shown] == [["Error", "my_no_overlap", "Buildings", "1, 2"],
                                      ["Warning", "my_min_area", "Buildings", "3"]]
    assert shown[0][4] == overlap_message()
    overlap = next(f for f in dock.findings() if f.rule_id == "my_no_overlap")
    assert overlap.feature_ids == (1, 2) and "overlap" in overlap.message
    assert "Buildings: 1 error(s), 1 warning(s)." == dock.summary.text()
    dock.set_severity_filter("warning")
    assert [r[:4] for r in rows(dock)] == [["Warning", "my_min_area", "Buildings", "3"]]
    dock.set_severity_filter("error")
    assert [r[1] for r in rows(dock)] == ["my_no_overlap"]
    dock.set_severity_filter("")
    assert len(rows(dock)) == 2


def test_clicking_a_row_zooms_to_the_error_in_the_canvas_crs_and_selects(validated, canvas):
    dock, layer = validated
    item = next(dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())
                if dock.tree.topLevelItem(i).text(1) == "my_no_overlap")
    dock.tree.scrollToItem(item)
    QCoreApplication.processEvents()
    rect = dock.tree.visualItemRect(item)
    assert rect.isValid()
    QTest.mouseClick(dock.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    overlap = box(5, 0, 10, 10)
    overlap.transform(QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()))
    extent = canvas.extent()
    assert extent.contains(overlap.boundingBox()), (extent.toString(), overlap.boundingBox().toString())
    assert extent.width() < 500 and extent.height() < 500  # zoomed in, with a margin
    assert extent.width() > overlap.boundingBox().width() * 1.5

    assert layer.selectedFeatureIds() == []
    dock.tree.clearSelection()
    item.setSelected(True)
    dock.select_button.click()
    assert sorted(layer.selectedFeatureIds()) == [1, 2]
    assert "2 feature(s) selected in Buildings." == dock.summary.text()


def test_problems_without_geometry_zoom_to_their_feature(project, qgis_iface, canvas):
    """The commit gate's own problems (severity, message, first feature id) are shown too."""
    from paradigm_carto.core.commit_gate import Problem

    layer = buildings_layer()
    project.addMapLayer(layer)
    dock = make_dock(qgis_iface)
    dock.show_result(layer, [Problem("error", "building 3 is wrong", fid=3, rule="x")], source="gate")
    assert rows(dock) == [["Error", "x", "Buildings", "3", "building 3 is wrong"]]
    assert "save refused, 1 error(s) and 0 warning(s)" in dock.summary.text()
    assert dock.zoom_to_item(dock.tree.topLevelItem(0))
    shed = box(40, 40, 42, 42)
    shed.transform(QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()))
    assert canvas.extent().contains(shed.boundingBox()) and canvas.extent().width() < 500


def test_export_writes_a_geopackage_read_back(validated, tmp_path, qgis_iface):
    dock, _layer = validated
    path = tmp_path / "errors.gpkg"
    assert dock.export_to(path) == 2
    written = QgsVectorLayer(f"{path}|layername={EXPORT_LAYER_NAME}", "check", "ogr")
    assert written.isValid() and written.featureCount() == 2
    assert [n for n in written.fields().names() if n != "fid"] == ["rule", "severity", "layer", "feature_ids",
                                                                    "message"]
    assert written.crs().authid() == "EPSG:31370"
    by_rule = {f["rule"]: f for f in written.getFeatures()}
    assert by_rule["my_no_overlap"]["feature_ids"] == "1,2" and by_rule["my_no_overlap"]["severity"] == "error"
    assert box(5, 0, 10, 10).contains(by_rule["my_no_overlap"].geometry())  # on the overlap
    assert by_rule["my_min_area"]["feature_ids"] == "3" and by_rule["my_min_area"]["layer"] == "Buildings"

    dock.set_severity_filter("error")  # what is shown is what is exported
    assert dock.export_to(tmp_path / "errors_only") == 1
    only = QgsVectorLayer(f"{tmp_path / 'errors_only.gpkg'}|layername={EXPORT_LAYER_NAME}", "c", "ogr")
    assert only.featureCount() == 1

    bad = tmp_path / "no such folder" / "errors.gpkg"
    assert dock.export_to(bad) is None
    assert "Could not write the topology errors to" in dock.summary.text() and str(bad) in dock.summary.text()
    assert any("Could not write" in m for m in qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical))


def test_revalidate_runs_in_a_task_and_refreshes_the_list(validated):
    dock, layer = validated
    assert len(dock.findings()) == 2
    assert layer.dataProvider().deleteFeatures([2])  # the overlap is gone
    layer.triggerRepaint()
    dock.task_threshold = 0  # every layer is "big": through the task
    dock.revalidate_button.click()
    assert isinstance(dock._task, ValidationTask) and dock.is_running()
    assert dock.progress.isVisibleTo(dock) and not dock.revalidate_button.isEnabled()
    wait_for(lambda: not dock.is_running())
    assert [f.rule_id for f in dock.findings()] == ["my_min_area"]
    assert [r[1] for r in rows(dock)] == ["my_min_area"]
    assert not dock.progress.isVisibleTo(dock) and dock.revalidate_button.isEnabled()


def test_cancel_from_the_dock(project, qgis_iface, rules_file):
    """A big layer: cancelled at once, the dock says so and is ready again."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "Buildings", "memory")
    features = []
    for i in range(20000):
        feature = QgsFeature()
        feature.setGeometry(box(i * 3.0, 0, i * 3.0 + 2, 2))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    project.addMapLayer(layer)
    bind(layer, rules_file)
    dock = make_dock(qgis_iface)
    assert isinstance(dock.validate(layer), ValidationTask)  # big: in a task by itself
    dock.cancel_button.click()
    wait_for(lambda: not dock.is_running())
    assert "cancelled" in dock.summary.text()
    assert dock.revalidate_button.isEnabled() and not dock.progress.isVisibleTo(dock)


def test_a_cancelled_task_keeps_what_it_found(project, rules_file):
    layer = buildings_layer()
    project.addMapLayer(layer)
    bind(layer, rules_file)
    done = []
    task = ValidationTask(layer, bound_rule_set_for(layer), {}, done.append)
    KEEP.append(task)
    task.cancel()
    assert task.run() is False
    assert task.result is not None and task.result.cancelled


def test_revalidate_without_rules_says_so(project, qgis_iface):
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370", "my sketch", "memory")
    project.addMapLayer(layer)
    dock = make_dock(qgis_iface)
    assert dock.validate(layer) is None
    assert "No topology rules for my sketch" in dock.summary.text()


def test_binding_survives_project_write_and_read(project, rules_file, tmp_path):
    source = buildings_layer("my buildings")
    mine = write_gpkg(source, tmp_path / "mine.gpkg", "my_buildings")  # not an UrbIS name: no shipped set
    shipped = write_gpkg(source, tmp_path / "other.gpkg", "houses", "houses")
    draft = buildings_layer("Buildings")  # an UrbIS name, but explicitly without rules
    plain = buildings_layer("notes")
    project.addMapLayers([mine, shipped, draft, plain])
    assert not has_rules(mine) and bound_rule_set_for(mine) is None
    assert bind(mine, rules_file).id == "my_buildings"
    assert bind(shipped, "buildings").id == "buildings"
    assert has_rules(draft) and bound_rule_set_for(draft).id == "buildings"  # by its name
    assert bind(draft, NO_RULES) is None
    assert binding(shipped) == "shipped:buildings" and binding(mine) == str(rules_file.resolve())
    ids = {layer.name(): layer.id() for layer in (mine, shipped, draft, plain)}
    assert project.isDirty()
    path = tmp_path / "bound.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    again = {name: project.mapLayer(layer_id) for name, layer_id in ids.items()}
    assert all(layer is not None for layer in again.values())
    rule_set = bound_rule_set_for(again["my buildings"])
    assert rule_set.id == "my_buildings" and rule_set.path == rules_file.resolve()
    assert rule_set.rule("my_min_area").param("min_area") == 10 and has_rules(again["my buildings"])
    assert bound_rule_set_for(again["houses"]).id == "buildings"
    assert not has_rules(again["Buildings"]) and bound_rule_set_for(again["Buildings"]) is None
    assert not has_rules(again["notes"])
    # the commit gate's validator follows the binding: the overlap in 'my buildings' is found
    result = gate_validator()(again["my buildings"], [1, 2], [])
    assert [e.rule_id for e in result.errors] == ["my_no_overlap"]
    unbind(again["houses"])
    assert again["houses"].customProperty(PROPERTY) is None and bound_rule_set_for(again["houses"]) is None


def test_a_bad_user_rule_file_is_refused_naming_the_field(project, tmp_path, rules_file):
    layer = buildings_layer("my buildings")
    project.addMapLayer(layer)
    bad = tmp_path / "bad.json"
    wrong = json.loads(json.dumps(RULES))
    wrong["rules"][1]["severity"] = "fatal"
    bad.write_text(json.dumps(wrong), encoding="utf-8")
    with pytest.raises(RuleFileError) as caught:
        bind(layer, bad)
    assert caught.value.field == "severity" and caught.value.rule == "my_min_area"
    assert "field 'severity'" in str(caught.value) and "fatal" in str(caught.value)
    assert binding(layer) is None  # nothing stored

    dialog = TopologyRulesDialog(layer)
    KEEP.append(dialog)
    dialog.set_file(bad)
    assert "field 'severity'" in dialog.message.text()
    dialog.accept()
    assert binding(layer) is None and "field 'severity'" in dialog.message.text()

    changed = []
    dialog.on_changed = lambda: changed.append(True)
    dialog.set_file(rules_file)
    assert dialog.message.text() == "" and "my_no_overlap: no_overlap (Error)" in dialog.rules_view.toPlainText()
    dialog.accept()
    assert binding(layer) == str(rules_file.resolve()) and changed == [True]
    assert "set in this project" in dialog.current.text()

    again = TopologyRulesDialog(layer)  # opens on the layer's binding
    KEEP.append(again)
    assert again.file_widget.filePath() == str(rules_file.resolve())
    again.choose("shipped:buildings")
    assert "buildings_no_overlap" in again.rules_view.toPlainText()
    assert again.apply() and binding(layer) == "shipped:buildings"
    again.choose(DEFAULT)
    assert again.apply() and binding(layer) is None


def test_missing_bound_file_fails_closed(project, tmp_path, rules_file):
    layer = buildings_layer("my buildings")
    project.addMapLayer(layer)
    gone = tmp_path / "gone.json"
    gone.write_text(rules_file.read_text(encoding="utf-8"), encoding="utf-8")
    bind(layer, gone)
    gone.unlink()
    assert has_rules(layer)  # still gated...
    with pytest.raises(RuleFileError, match="does not exist"):  # ...and every check says why it cannot run
        bound_rule_set_for(layer)


def test_the_commit_gate_feeds_the_dock(project, qgis_iface, rules_file, tmp_path):
    layer = write_gpkg(buildings_layer("my buildings"), tmp_path / "edit.gpkg", "my_buildings")
    project.addMapLayer(layer)
    assert layer.dataProvider().deleteFeatures([2])  # a clean start: no overlap
    bind(layer, rules_file)
    recorder = RecordingValidator(gate_validator())
    gate = CommitGateGui(None, recorder, has_rules)
    KEEP.append(gate)
    gate.start()
    dock = make_dock(qgis_iface)
    dock.watch_gate(gate, recorder)
    try:
        assert gate.gated_layer_ids() == [layer.id()]  # gated through its project binding
        assert layer.startEditing()
        feature = QgsFeature(layer.fields())
        feature.setGeometry(box(8, 2, 20, 8))  # overlaps building 1
        assert layer.addFeature(feature)
        assert not layer.commitChanges(False)  # refused
        wait_for(lambda: dock.findings(), 5)
        [overlap] = [f for f in dock.findings() if f.rule_id == "my_no_overlap"]
        assert overlap.geometry is not None and not overlap.geometry.isEmpty()
        assert 1 in overlap.feature_ids
        assert "save refused" in dock.summary.text()
        assert dock.layer() is layer
        assert layer.rollBack()
    finally:
        dock.unwatch_gate()
        gate.unload()
