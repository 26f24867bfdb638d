"""Demo of the commit gate on a COPY of the sample: a building moved onto its neighbour is
refused with the error listed, the edit buffer still holds the move, the file is untouched;
the building is then put next to its neighbour instead and that is saved.

    python scripts/demo_topology.py [copy.gpkg]   # without an argument: a temporary copy

The rule is a stand-in ("no two buildings overlap", ``overlap_validator``) until the topology
engine's ``validate_features`` is plugged in (pass it as `validator`).
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TABLE = "Buildings"


def _digest(path: Path) -> str:
    """Hash of every row of the table, read through a separate read-only sqlite3 connection."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute(f'SELECT * FROM "{TABLE}" ORDER BY fid').fetchall()
    finally:
        connection.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def demo_refused_edit(gpkg_copy_path, validator=None) -> str:
    """Edit `gpkg_copy_path` (a copy: it is modified) the way a user would; the story as text."""
    from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer

    from paradigm_carto.core.commit_gate import commit_with_validation, overlap_validator

    path = Path(gpkg_copy_path)
    rule = validator or overlap_validator()
    layer = QgsVectorLayer(f"{path}|layername={TABLE}", TABLE, "ogr")
    if not layer.isValid():
        raise ValueError(f"no {TABLE} layer in {path}")
    lines = [f"Commit gate demo on {path.name} ({layer.featureCount()} buildings)."]

    building, neighbour = _building_and_neighbour(layer)
    name = building["INSPIRE_ID"]
    original = QgsGeometry(building.geometry())
    onto = QgsGeometry(original)
    shift = neighbour.geometry().centroid().asPoint() - original.centroid().asPoint()
    onto.translate(shift.x(), shift.y())

    before = _digest(path)
    layer.startEditing()
    layer.changeGeometry(building.id(), onto)
    lines.append(f"1. {name} is moved onto its neighbour {neighbour['INSPIRE_ID']} and saved.")
    result = commit_with_validation(layer, rule)
    lines.append(f"   Saved: {'yes' if result.saved else 'no, refused'}.")
    for problem in result.problems:
        lines.append(f"   - {problem.severity}: {problem.message}")
    held = layer.editBuffer().changedGeometries().get(building.id())
    lines.append(f"   Edit buffer still holds the move: {held is not None and held.equals(onto)}; "
                 f"layer still in editing mode: {layer.isEditable()}.")
    lines.append(f"   GeoPackage unchanged (read back separately): {_digest(path) == before}.")

    fixed = _free_spot_near(layer, building, original, rule)
    layer.changeGeometry(building.id(), fixed)
    dx = fixed.centroid().asPoint().x() - original.centroid().asPoint().x()
    dy = fixed.centroid().asPoint().y() - original.centroid().asPoint().y()
    lines.append(f"2. Fixed: {name} is put back next to its neighbours (moved by {dx:+.1f} m, {dy:+.1f} m) "
                 "and saved again.")
    result = commit_with_validation(layer, rule)
    lines.append(f"   Saved: {'yes' if result.saved else 'no'}"
                 + (f" ({len(result.warnings)} warning(s))" if result.warnings else "") + ".")
    for problem in result.problems:
        lines.append(f"   - {problem.severity}: {problem.message}")
    if not result.saved:
        lines.extend(f"   ! {error}" for error in result.commit_errors)
        layer.rollBack()
    check = QgsVectorLayer(f"{path}|layername={TABLE}", "check", "ogr")
    written = next(iter(check.getFeatures(QgsFeatureRequest().setFilterFid(building.id()))), None)
    on_disk = written is not None and written.geometry().equals(fixed)
    lines.append(f"   GeoPackage now holds the fixed position (read back separately): {on_disk}.")
    return "\n".join(lines)


def _building_and_neighbour(layer):
    """The first building that has a neighbour within 30 m, and that neighbour."""
    from qgis.core import QgsFeatureRequest

    for building in layer.getFeatures(QgsFeatureRequest().setLimit(200)):
        area = building.geometry().boundingBox().buffered(30.0)
        for other in layer.getFeatures(QgsFeatureRequest().setFilterRect(area)):
            if other.id() != building.id() and not other.geometry().intersects(building.geometry()):
                return building, other
    raise ValueError("no two neighbouring buildings in the sample")


def _free_spot_near(layer, building, original, rule):
    """`original` nudged (0.5 m steps, up to 5 m) to a place where the rule finds no error."""
    from qgis.core import QgsFeature, QgsGeometry

    for step in range(1, 11):
        for dx, dy in ((step * 0.5, 0), (-step * 0.5, 0), (0, step * 0.5), (0, -step * 0.5)):
            candidate = QgsGeometry(original)
            candidate.translate(dx, dy)
            probe = QgsFeature(building)
            probe.setGeometry(candidate)
            if not [p for p in _problems(rule, layer, probe) if p.is_error]:
                return candidate
    return QgsGeometry(original)


def _problems(rule, layer, feature):
    from paradigm_carto.core.commit_gate import run_validator

    return run_validator(rule, layer, [feature], set())


def main(argv: Optional[list] = None) -> int:
    import os
    import shutil
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    args = list(sys.argv[1:] if argv is None else argv)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        if args:
            target = Path(args[0])
        else:
            target = Path(tempfile.mkdtemp(prefix="paradigm-topology-demo-")) / "urbis_sample_copy.gpkg"
            shutil.copy(ROOT / "resources" / "sample" / "urbis_sample.gpkg", target)
        print(demo_refused_edit(target))
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
