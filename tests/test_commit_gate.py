"""The commit gate, headless: a refused save writes nothing and keeps the whole edit buffer
(added, changed, deleted features, attribute edits, the undo stack), a warning-only save goes
through, a fixed save succeeds, deletions and attribute-only changes are validated, and
removing the gate leaves nothing behind.

Every "nothing written" claim is checked by reading the GeoPackage back through a separate
connection (sqlite3, read-only) and through a fresh QgsVectorLayer.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QVariant

from paradigm_carto.core.commit_gate import (
    ERROR,
    WARNING,
    CommitGate,
    GateUnsupportedError,
    Problem,
    blocking_support,
    commit_with_validation,
    normalize_problem,
    overlap_validator,
)

pytestmark = pytest.mark.timeout(120)
TABLE = "Buildings"


# --- helpers ----------------------------------------------------------------------------------
@pytest.fixture
def gpkg(sample_gpkg: Path, tmp_path: Path) -> Path:
    """A private copy of the sample."""
    path = tmp_path / "edit.gpkg"
    shutil.copy(sample_gpkg, path)
    return path


@pytest.fixture
def buildings(qgis_app, gpkg: Path):
    layer = QgsVectorLayer(f"{gpkg}|layername={TABLE}", "Buildings", "ogr")
    assert layer.isValid()
    yield layer
    if layer.isEditable():
        layer.rollBack()
    # Delete it now: a layer outliving the session's QgsApplication (pytest keeps test frames
    # alive) crashes QGIS 3.22 at exit.
    sip.delete(layer)


def disk_digest(path: Path, table: str = TABLE) -> tuple[int, str]:
    """(row count, sha256 of every row) read with a separate, read-only sqlite3 connection."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()
    finally:
        connection.close()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def fresh_count(path: Path, table: str = TABLE) -> int:
    layer = QgsVectorLayer(f"{path}|layername={table}", "check", "ogr")
    assert layer.isValid()
    return layer.featureCount()


def buffer_state(layer: QgsVectorLayer) -> dict:
    """Everything the edit buffer holds, comparable with ==."""
    buffer = layer.editBuffer()
    return {
        "added": {fid: (f.geometry().asWkt(3), list(f.attributes())) for fid, f in buffer.addedFeatures().items()},
        "geometries": {fid: g.asWkt(3) for fid, g in buffer.changedGeometries().items()},
        "attributes": {fid: dict(values) for fid, values in buffer.changedAttributeValues().items()},
        "deleted": set(buffer.deletedFeatureIds()),
        "undo": (layer.undoStack().index(), layer.undoStack().count()),
        "modified": layer.isModified(),
    }


def first_features(layer: QgsVectorLayer, count: int) -> list[QgsFeature]:
    return list(layer.getFeatures(QgsFeatureRequest().setLimit(count)))


def new_feature(layer: QgsVectorLayer, geometry: QgsGeometry, inspire_id: str) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    feature.setGeometry(geometry)
    feature["INSPIRE_ID"] = inspire_id
    return feature


def overlapping_copy(layer: QgsVectorLayer, of: QgsFeature, inspire_id: str = "NEW-OVERLAP") -> QgsFeature:
    geometry = QgsGeometry(of.geometry())
    geometry.translate(1.0, 1.0)
    return new_feature(layer, geometry, inspire_id)


def empty_spot(layer: QgsVectorLayer, size: float = 8.0, slot: int = 0) -> QgsGeometry:
    """A square where there is no building (below left of the sample's extent); `slot` picks another one."""
    x, y = 140000.0 - 50.0 * slot, 160000.0
    return QgsGeometry.fromWkt(f"Polygon(({x} {y},{x + size} {y},{x + size} {y + size},{x} {y + size},{x} {y}))")


def count_point_features(layer: QgsVectorLayer) -> int:
    """Features whose geometry is not of the layer's type (a guard left behind would be one)."""
    return sum(1 for f in layer.getFeatures() if f.hasGeometry() and f.geometry().type() != layer.geometryType())


# --- refused, intact, fixed, saved ------------------------------------------------------------
def test_refused_save_writes_nothing_and_keeps_the_whole_buffer(buildings: QgsVectorLayer, gpkg: Path) -> None:
    disk_before, count_before = disk_digest(gpkg), fresh_count(gpkg)
    a, b, c, d = first_features(buildings, 4)
    assert buildings.startEditing()
    buildings.changeGeometry(c.id(), empty_spot(buildings, 5.0, slot=1))  # c moved to an empty spot
    area = buildings.fields().indexOf("AREA")
    buildings.changeAttributeValue(d.id(), area, 4242.0)  # an attribute edit
    buildings.deleteFeature(b.id())  # a deletion
    bad = overlapping_copy(buildings, a)
    assert buildings.addFeature(bad)
    before = buffer_state(buildings)

    gate = CommitGate(overlap_validator())
    gate.install(buildings)
    refused: list = []
    gate.refused.connect(lambda layer_id, problems: refused.append((layer_id, problems)))
    result = gate.commit(buildings)

    assert not result.saved and result.refused_by_gate
    assert [p.severity for p in result.errors] and all(p.fid == bad.id() for p in result.errors)
    assert "NEW-OVERLAP" in result.errors[0].message and "overlaps" in result.errors[0].message
    assert refused and refused[0][0] == buildings.id()
    # the buffer, the undo stack and the layer's view are exactly as before the save
    assert buildings.isEditable()
    assert buffer_state(buildings) == before
    assert count_point_features(buildings) == 0
    # nothing reached the file
    assert disk_digest(gpkg) == disk_before
    assert fresh_count(gpkg) == count_before

    # fix: move the new building to an empty spot; the next save writes everything
    assert buildings.changeGeometry(bad.id(), empty_spot(buildings))
    result = gate.commit(buildings)
    assert result.saved, result.commit_errors
    assert not buildings.isEditable()
    assert disk_digest(gpkg) != disk_before
    check = QgsVectorLayer(f"{gpkg}|layername={TABLE}", "check", "ogr")
    assert check.featureCount() == count_before  # one added, one deleted
    written = [f for f in check.getFeatures() if f["INSPIRE_ID"] == "NEW-OVERLAP"]
    assert len(written) == 1 and written[0].geometry().equals(empty_spot(buildings))
    assert check.getFeature(d.id())["AREA"] == 4242.0
    assert not check.getFeature(b.id()).isValid()
    assert check.getFeature(c.id()).geometry().equals(empty_spot(buildings, 5.0, slot=1))
    gate.uninstall(buildings)


def test_python_commitchanges_is_gated_too(buildings: QgsVectorLayer, gpkg: Path) -> None:
    """Plain ``layer.commitChanges()`` (what QGIS's save actions call) is refused the same way."""
    disk_before = disk_digest(gpkg)
    (a,) = first_features(buildings, 1)
    gate = CommitGate(overlap_validator())
    gate.install(buildings)
    buildings.startEditing()
    bad = overlapping_copy(buildings, a)
    buildings.addFeature(bad)
    before = buffer_state(buildings)
    for stop_editing in (True, False, True):  # refused again and again: nothing piles up
        assert buildings.commitChanges(stop_editing) is False
        assert buildings.isEditable() and buffer_state(buildings) == before
        assert any("not compatible" in e or "not added" in e for e in buildings.commitErrors())
    assert disk_digest(gpkg) == disk_before
    assert {p.severity for p in gate.last_problems(buildings)} == {ERROR}
    buildings.deleteFeature(bad.id())  # the user gives up on it instead
    assert buildings.commitChanges()
    assert disk_digest(gpkg) == disk_before  # nothing to write in the end
    gate.uninstall(buildings)


def test_undo_and_redo_still_work_after_a_refusal(buildings: QgsVectorLayer, gpkg: Path) -> None:
    (a,) = first_features(buildings, 1)
    gate = CommitGate(overlap_validator())
    gate.install(buildings)
    buildings.startEditing()
    bad = overlapping_copy(buildings, a)
    buildings.addFeature(bad)
    assert not buildings.commitChanges()
    stack = buildings.undoStack()
    assert stack.canUndo() and not stack.canRedo()  # the guard left no redo entry
    stack.undo()
    assert not buildings.editBuffer().addedFeatures()
    stack.redo()
    assert list(buildings.editBuffer().addedFeatures()) == [bad.id()]
    gate.uninstall(buildings)


def test_warning_only_save_goes_through(buildings: QgsVectorLayer, gpkg: Path) -> None:
    (a,) = first_features(buildings, 1)
    centre = a.geometry().pointOnSurface().asPoint()
    x, y = centre.x(), centre.y()
    small = QgsGeometry.fromWkt(f"Polygon(({x} {y},{x + 0.3} {y},{x + 0.3} {y + 0.3},{x} {y + 0.3},{x} {y}))")
    assert a.geometry().contains(small)
    gate = CommitGate(overlap_validator(error_area=0.5))
    gate.install(buildings)
    passed: list = []
    gate.passed.connect(lambda layer_id, problems: passed.append(problems))
    buildings.startEditing()
    buildings.addFeature(new_feature(buildings, small, "NEW-SMALL"))
    result = gate.commit(buildings)
    assert result.saved and not result.errors
    assert [p.severity for p in result.warnings] == [WARNING]
    assert passed and passed[0][0].severity == WARNING
    assert fresh_count(gpkg) == 2001
    gate.uninstall(buildings)


def test_deletion_only_commit_is_validated(buildings: QgsVectorLayer, gpkg: Path) -> None:
    """A rule about deletions (e.g. "an addressed building may not be deleted") can refuse them."""
    a, b = first_features(buildings, 2)
    seen: list = []

    def no_delete_of_a(layer, features, deleted):
        seen.append(([f.id() for f in features], set(deleted)))
        return [{"severity": "error", "message": f"building {a.id()} is protected", "fid": a.id()}] \
            if a.id() in deleted else []

    disk_before = disk_digest(gpkg)
    gate = CommitGate(no_delete_of_a)
    gate.install(buildings)
    buildings.startEditing()
    buildings.deleteFeatures([a.id(), b.id()])
    result = gate.commit(buildings)
    assert not result.saved and result.errors[0].message == f"building {a.id()} is protected"
    assert seen[-1] == ([], {a.id(), b.id()})
    assert set(buildings.editBuffer().deletedFeatureIds()) == {a.id(), b.id()}
    assert disk_digest(gpkg) == disk_before
    buildings.undoStack().undo()  # QgsVectorLayer.deleteFeatures: one command per feature
    remaining = set(buildings.editBuffer().deletedFeatureIds())
    if a.id() in remaining:
        buildings.undoStack().undo()
        remaining = set(buildings.editBuffer().deletedFeatureIds())
    if b.id() not in remaining:
        buildings.deleteFeature(b.id())
    assert set(buildings.editBuffer().deletedFeatureIds()) == {b.id()}
    assert gate.commit(buildings).saved
    assert fresh_count(gpkg) == 1999
    gate.uninstall(buildings)


def test_attribute_only_change_is_validated(buildings: QgsVectorLayer, gpkg: Path) -> None:
    (a,) = first_features(buildings, 1)
    area = buildings.fields().indexOf("AREA")

    def positive_area(layer, features, deleted):
        return [Problem(ERROR, f"{f.id()}: AREA must be positive", fid=f.id()) for f in features if f["AREA"] <= 0]

    disk_before = disk_digest(gpkg)
    gate = CommitGate(positive_area)
    gate.install(buildings)
    buildings.startEditing()
    buildings.changeAttributeValue(a.id(), area, -1.0)
    result = gate.commit(buildings)
    assert not result.saved and result.errors[0].fid == a.id()
    assert buildings.editBuffer().changedAttributeValues() == {a.id(): {area: -1.0}}
    assert disk_digest(gpkg) == disk_before
    buildings.changeAttributeValue(a.id(), area, 12.5)
    assert gate.commit(buildings).saved
    assert QgsVectorLayer(f"{gpkg}|layername={TABLE}", "c", "ogr").getFeature(a.id())["AREA"] == 12.5
    gate.uninstall(buildings)


def test_a_failing_validator_refuses_the_save(buildings: QgsVectorLayer, gpkg: Path) -> None:
    def broken(layer, features, deleted):
        raise ValueError("rule engine not ready")

    disk_before = disk_digest(gpkg)
    buildings.startEditing()
    buildings.addFeature(new_feature(buildings, empty_spot(buildings), "NEW"))
    result = commit_with_validation(buildings, broken)
    assert not result.saved and "rule engine not ready" in result.errors[0].message
    assert len(buildings.editBuffer().addedFeatures()) == 1
    assert disk_digest(gpkg) == disk_before


def test_commit_with_validation_one_shot_leaves_nothing(buildings: QgsVectorLayer, gpkg: Path) -> None:
    (a,) = first_features(buildings, 1)
    baseline = {name: buildings.receivers(getattr(buildings, name)) for name in
                ("beforeCommitChanges", "repaintRequested", "editingStopped", "allowCommitChanged", "willBeDeleted")}
    buildings.startEditing()
    bad = overlapping_copy(buildings, a)
    buildings.addFeature(bad)
    refused = commit_with_validation(buildings, overlap_validator())
    assert not refused.saved and refused.refused_by_gate and refused.errors
    assert {name: buildings.receivers(getattr(buildings, name)) for name in baseline} == baseline
    buildings.changeGeometry(bad.id(), empty_spot(buildings))
    assert commit_with_validation(buildings, overlap_validator()).saved
    assert fresh_count(gpkg) == 2001


def test_uninstall_leaves_nothing_behind(buildings: QgsVectorLayer, gpkg: Path) -> None:
    names = ("beforeCommitChanges", "repaintRequested", "editingStopped", "allowCommitChanged", "willBeDeleted")
    baseline = {name: buildings.receivers(getattr(buildings, name)) for name in names}
    gate = CommitGate(overlap_validator())
    gate.install(buildings)
    gate.install(buildings)  # twice: still one set of connections
    assert gate.is_installed(buildings) and gate.layer_ids() == [buildings.id()]
    assert buildings.receivers(buildings.beforeCommitChanges) == baseline["beforeCommitChanges"] + 1
    gate.uninstall_all()
    assert not gate.is_installed(buildings)
    assert {name: buildings.receivers(getattr(buildings, name)) for name in names} == baseline
    (a,) = first_features(buildings, 1)
    buildings.startEditing()
    buildings.addFeature(overlapping_copy(buildings, a))
    assert buildings.commitChanges()  # no gate any more
    assert fresh_count(gpkg) == 2001


def test_gate_refuses_to_install_where_it_cannot_block(qgis_app, tmp_path: Path) -> None:
    """Shapefile polygon layers take any geometry type: no guarantee, so no pretending."""
    fields = QgsFields()
    fields.append(QgsField("name", QVariant.String))
    path = tmp_path / "polygons.shp"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    crs = QgsCoordinateReferenceSystem("EPSG:31370")
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Polygon, crs, QgsCoordinateTransformContext(),
                                        options)
    assert writer.hasError() == QgsVectorFileWriter.NoError, writer.errorMessage()
    del writer
    layer = QgsVectorLayer(str(path), "shp", "ogr")
    assert layer.isValid()
    ok, reason = blocking_support(layer)
    assert not ok and "geometry type" in reason
    with pytest.raises(GateUnsupportedError):
        CommitGate(overlap_validator()).install(layer)
    memory = QgsVectorLayer("Polygon?crs=EPSG:31370&field=INSPIRE_ID:string", "mem", "memory")
    assert blocking_support(memory) == (True, "")


def test_memory_layer_refusal(qgis_app) -> None:
    """The memory provider refuses the guard as well (used by tests and scratch layers)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=INSPIRE_ID:string", "mem", "memory")
    layer.startEditing()
    square = QgsGeometry.fromWkt("Polygon((0 0,10 0,10 10,0 10,0 0))")
    layer.addFeature(new_feature(layer, square, "A"))
    assert layer.commitChanges(False)
    shifted = QgsGeometry(square)
    shifted.translate(5, 0)
    layer.addFeature(new_feature(layer, shifted, "B"))
    result = commit_with_validation(layer, overlap_validator())
    assert not result.saved and "B overlaps A" in result.errors[0].message
    assert layer.dataProvider().featureCount() == 1 and layer.featureCount() == 2


def test_normalize_problem_accepts_mappings_and_objects() -> None:
    class Finding:
        severity = type("Severity", (), {"value": "WARNING"})()
        message = "close to the street"
        fid = 7

    assert normalize_problem({"severity": "error", "message": "m"}) == Problem(ERROR, "m")
    assert normalize_problem(Finding()) == Problem(WARNING, "close to the street", fid=7)
    assert normalize_problem({"severity": "fatal", "message": "x"}).severity == ERROR  # unknown: error


def test_the_guard_is_never_seen_by_listeners(buildings: QgsVectorLayer, gpkg: Path) -> None:
    """No featureAdded/featureDeleted/layerModified for the guard; the extent does not grow to it."""
    (a,) = first_features(buildings, 1)
    buildings.startEditing()
    buildings.addFeature(overlapping_copy(buildings, a))
    extent = buildings.extent().toString(3)
    heard: list = []
    buildings.featureAdded.connect(lambda fid: heard.append(("added", fid)))
    buildings.featureDeleted.connect(lambda fid: heard.append(("deleted", fid)))
    buildings.layerModified.connect(lambda: heard.append("modified"))
    assert not commit_with_validation(buildings, overlap_validator()).saved
    assert heard == []
    assert buildings.extent().toString(3) == extent


def test_demo_refused_edit(sample_gpkg: Path, tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("demo_topology", Path(__file__).parent.parent / "scripts"
                                                  / "demo_topology.py")
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)  # type: ignore[union-attr]
    copy = tmp_path / "demo.gpkg"
    shutil.copy(sample_gpkg, copy)
    text = demo.demo_refused_edit(copy)
    assert "Saved: no, refused." in text and "- error:" in text and "overlaps" in text
    assert "Edit buffer still holds the move: True; layer still in editing mode: True." in text
    assert "GeoPackage unchanged (read back separately): True." in text
    assert "Saved: yes" in text and "GeoPackage now holds the fixed position (read back separately): True." in text
    assert disk_digest(sample_gpkg) != disk_digest(copy)  # the copy was edited, never the sample


def test_two_gates_on_one_layer_share_one_guard(buildings: QgsVectorLayer, gpkg: Path) -> None:
    """E.g. the desktop's gate plus a script's commit_with_validation: both validate, one guard,
    no validator sees it, and the buffer and undo stack come back exactly."""
    (a,) = first_features(buildings, 1)
    seen: list = []

    def spy(layer, features, deleted):
        seen.append(sorted(f.id() for f in features))
        return []

    desktop_gate = CommitGate(overlap_validator())
    desktop_gate.install(buildings)
    buildings.startEditing()
    bad = overlapping_copy(buildings, a)
    buildings.addFeature(bad)
    before = buffer_state(buildings)
    disk_before = disk_digest(gpkg)
    result = commit_with_validation(buildings, spy)
    assert not result.saved
    assert seen == [[bad.id()]]
    assert buffer_state(buildings) == before and disk_digest(gpkg) == disk_before
    buildings.rollBack()
    desktop_gate.uninstall(buildings)


def test_rollback_after_refusal_leaves_no_stale_guard(buildings: QgsVectorLayer, gpkg: Path) -> None:
    (a,) = first_features(buildings, 1)
    gate = CommitGate(overlap_validator())
    gate.install(buildings)
    buildings.startEditing()
    buildings.addFeature(overlapping_copy(buildings, a))
    assert not buildings.commitChanges(False)
    buildings.rollBack(False)  # discard, keep editing
    buildings.addFeature(overlapping_copy(buildings, a, "AGAIN"))
    assert not buildings.commitChanges()  # still refused: the gate is not fooled by old state
    assert fresh_count(gpkg) == 2000
    gate.uninstall(buildings)


def test_aspatial_layer_and_collection_layer(qgis_app) -> None:
    """A table without geometry is blocked too (rules on related tables); a GeometryCollection
    layer takes every guard, so the gate says so instead of pretending."""
    table = QgsVectorLayer("None?field=n:string", "table", "memory")
    table.startEditing()
    row = QgsFeature(table.fields())
    row["n"] = "a"
    table.addFeature(row)
    result = commit_with_validation(table, lambda layer, features, deleted: [{"severity": "error", "message": "no"}])
    assert not result.saved and table.dataProvider().featureCount() == 0
    assert len(table.editBuffer().addedFeatures()) == 1
    table.rollBack()
    collection = QgsVectorLayer("GeometryCollection?crs=EPSG:31370", "any", "memory")
    assert blocking_support(collection)[0] is False
