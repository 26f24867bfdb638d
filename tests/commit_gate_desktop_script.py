"""Runs INSIDE the real QGIS desktop (``qgis --code``) for ``tests/test_commit_gate_desktop.py``
(not a pytest module).

Loads the Buildings layer of a GeoPackage copy, puts the commit gate on it through
:class:`paradigm_carto.gui.commit_gate_gui.CommitGateGui` (stand-in overlap rule), adds an
overlapping building and tries every save path QGIS offers: *Save Layer Edits*
(``iface.actionSaveActiveLayerEdits``), *Save All Edits* (``actionSaveAllEdits``, its
confirmation answered "Yes/Save"), *Toggle Editing* (``actionToggleEditing``, its "Save
changes?" question answered "Save") and ``layer.commitChanges()``. After those it writes a
checkpoint and waits for the test process to read the file itself; then it fixes the building,
saves with *Save Layer Edits*, stops editing, unloads the GUI part and writes everything it saw
as JSON. Modal dialogs nobody expects are recorded and closed; every wait is bounded.

Environment: ``PARADIGM_GATE_ROOT`` (source tree), ``PARADIGM_GATE_GPKG`` (the copy),
``PARADIGM_GATE_OUTPUT`` (JSON report), ``PARADIGM_GATE_SYNC`` (folder for the checkpoint),
``PARADIGM_GATE_QGIS_CHECKS`` (optional, comma-separated ids of QGIS's own geometry checks to
enable on the layer as well, e.g. ``QgsIsValidCheck``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
import traceback
from typing import Any, Callable

OVERALL_TIMEOUT_S = 75.0
ACK_TIMEOUT_S = 30.0
TABLE = "Buildings"
STATE = "_paradigm_gate_desktop"


def digest(path: str) -> list:
    """(row count, hash of all rows) through a separate read-only sqlite3 connection."""
    import hashlib

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute(f'SELECT * FROM "{TABLE}" ORDER BY fid').fetchall()
    finally:
        connection.close()
    return [len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()]


class Run:
    def __init__(self) -> None:
        import qgis.utils

        self.iface = qgis.utils.iface
        self.root = os.environ["PARADIGM_GATE_ROOT"]
        self.gpkg = os.environ["PARADIGM_GATE_GPKG"]
        self.output = os.environ["PARADIGM_GATE_OUTPUT"]
        self.sync = os.environ["PARADIGM_GATE_SYNC"]
        self.result: dict[str, Any] = {"steps": [], "errors": [], "dialogs": [], "answered": [], "python_errors": []}
        self.started = time.monotonic()
        self.finished = False
        self.answer_next: tuple[str, ...] = ()
        self.layer = None
        self.gui = None
        sys.path.insert(0, self.root)

    # driving ------------------------------------------------------------------------------------
    def start(self) -> None:
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QTimer

        self.result["qgis_version"] = Qgis.QGIS_VERSION
        QTimer.singleShot(int(OVERALL_TIMEOUT_S * 1000), lambda: self.finish("overall timeout inside QGIS"))
        self.watchdog = QTimer()
        self.watchdog.timeout.connect(self.handle_dialog)
        self.watchdog.start(150)
        self.later(500, self.setup)

    def later(self, delay_ms: int, step: Callable[[], None]) -> None:
        from qgis.PyQt.QtCore import QTimer

        def run() -> None:
            if self.finished:
                return
            self.result["steps"].append(step.__name__)
            print(f"[gate desktop] {step.__name__}", file=sys.stderr, flush=True)
            try:
                step()
            except Exception:  # noqa: BLE001 (reported to the test)
                self.result["errors"].append(f"{step.__name__}: {traceback.format_exc()}")
                self.finish(f"step {step.__name__} failed")

        QTimer.singleShot(delay_ms, run)

    def handle_dialog(self) -> None:
        """Answer the question a step expects (Save/Yes/OK); record and close anything else."""
        from qgis.PyQt.QtWidgets import QApplication, QDialog, QMessageBox

        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        entry = {"class": dialog.metaObject().className(), "title": dialog.windowTitle(), "text": text}
        if isinstance(dialog, QMessageBox) and self.answer_next:
            for name in self.answer_next:
                button = dialog.button(getattr(QMessageBox, name))
                if button is not None:
                    entry["clicked"] = name
                    self.result["answered"].append(entry)
                    self.answer_next = ()
                    button.click()
                    return
        self.result["dialogs"].append(entry)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    # observing -----------------------------------------------------------------------------------
    def snapshot(self, label: str) -> dict[str, Any]:
        layer = self.layer
        buffer = layer.editBuffer()
        bar = self.iface.messageBar()
        items = []
        for item in bar.items() if hasattr(bar, "items") else []:
            items.append({"title": item.title(), "text": item.text()})
        state = {
            "editable": layer.isEditable(),
            "modified": layer.isModified(),
            "added": sorted(buffer.addedFeatures()) if buffer else None,
            "added_geometry_types": sorted({f.geometry().wkbType() for f in buffer.addedFeatures().values()})
            if buffer else None,
            "undo": [layer.undoStack().index(), layer.undoStack().count()],
            "commit_errors": list(layer.commitErrors()),
            "disk": digest(self.gpkg),
            "feature_count": layer.featureCount(),
            "message_bar": items,
            "last_problems": [p.message for p in self.gui.gate.last_problems(layer)] if self.gui else [],
        }
        self.result[label] = state
        return state

    # steps ---------------------------------------------------------------------------------------
    def setup(self) -> None:
        from qgis.core import QgsProject, QgsVectorLayer

        from paradigm_carto.core.commit_gate import overlap_validator
        from paradigm_carto.gui.commit_gate_gui import CommitGateGui

        layer = QgsVectorLayer(f"{self.gpkg}|layername={TABLE}", TABLE, "ogr")
        assert layer.isValid(), "the GeoPackage copy did not load"
        self.layer = layer
        self.result["disk_at_start"] = digest(self.gpkg)
        QgsProject.instance().addMapLayer(layer)
        checks = [c for c in os.environ.get("PARADIGM_GATE_QGIS_CHECKS", "").split(",") if c]
        if checks:  # QGIS's own geometry validation on the same layer (Digitizing › geometry checks)
            layer.geometryOptions().setGeometryChecks(checks)
        self.result["qgis_checks"] = [c for c in layer.geometryOptions().geometryChecks() if c]
        self.iface.setActiveLayer(layer)
        self.gui = CommitGateGui(self.iface, overlap_validator(), lambda lyr: lyr.name() == TABLE)
        self.gui.start()
        self.result["gated"] = self.gui.gated_layer_ids() == [layer.id()]
        self.later(200, self.edit)

    def receivers(self) -> dict[str, int]:
        layer = self.layer
        return {name: layer.receivers(getattr(layer, name)) for name in
                ("beforeCommitChanges", "repaintRequested", "editingStopped", "allowCommitChanged", "willBeDeleted")}

    def edit(self) -> None:
        from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry

        layer = self.layer
        assert layer.startEditing()
        (neighbour,) = list(layer.getFeatures(QgsFeatureRequest().setLimit(1)))
        geometry = QgsGeometry(neighbour.geometry())
        geometry.translate(1.0, 1.0)  # drawn onto its neighbour
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature["INSPIRE_ID"] = "DESKTOP-OVERLAP"
        assert layer.addFeature(feature)
        self.new_fid = feature.id()
        self.snapshot("after_edit")
        self.later(100, self.save_active_layer)

    def save_active_layer(self) -> None:
        self.iface.actionSaveActiveLayerEdits().trigger()
        self.later(300, self.after_save_active_layer)

    def after_save_active_layer(self) -> None:
        self.snapshot("after_save_active")
        self.answer_next = ("Save", "Yes", "Ok")
        self.iface.actionSaveAllEdits().trigger()  # may ask for confirmation (answered by the watchdog)
        self.answer_next = ()
        self.later(300, self.after_save_all)

    def after_save_all(self) -> None:
        self.snapshot("after_save_all")
        self.answer_next = ("Save", "Yes", "Ok")
        self.iface.actionToggleEditing().trigger()  # "Save changes?" -> Save (answered by the watchdog)
        self.answer_next = ()
        self.later(300, self.after_toggle)

    def after_toggle(self) -> None:
        self.snapshot("after_toggle")
        self.result["python_commit"] = self.layer.commitChanges()
        self.later(300, self.after_python_commit)

    def after_python_commit(self) -> None:
        self.snapshot("after_python_commit")
        checkpoint = os.path.join(self.sync, "refused.json")
        with open(checkpoint + ".part", "w", encoding="utf-8") as handle:
            json.dump({"disk": digest(self.gpkg), "new_fid": self.new_fid}, handle)
        os.replace(checkpoint + ".part", checkpoint)
        self.ack_deadline = time.monotonic() + ACK_TIMEOUT_S
        self.later(100, self.wait_for_ack)

    def wait_for_ack(self) -> None:
        ack = os.path.join(self.sync, "refused.ack")
        if os.path.exists(ack):
            with open(ack, encoding="utf-8") as handle:
                self.result["test_process_read"] = json.load(handle)
            self.later(0, self.fix_and_save)
        elif time.monotonic() > self.ack_deadline:
            self.result["test_process_read"] = None
            self.later(0, self.fix_and_save)
        else:
            self.later(200, self.wait_for_ack)

    def fix_and_save(self) -> None:
        from qgis.core import QgsGeometry

        x, y = 140000.0, 160000.0  # an empty spot, away from every building of the sample
        fixed = QgsGeometry.fromWkt(f"Polygon(({x} {y},{x + 8} {y},{x + 8} {y + 8},{x} {y + 8},{x} {y}))")
        assert self.layer.changeGeometry(self.new_fid, fixed)
        self.iface.actionSaveActiveLayerEdits().trigger()
        self.later(300, self.after_fix)

    def after_fix(self) -> None:
        self.snapshot("after_fix")
        self.iface.actionToggleEditing().trigger()  # nothing left to save: no question
        self.later(300, self.after_stop)

    def after_stop(self) -> None:
        self.result["editable_after_stop"] = self.layer.isEditable()
        self.result["disk_after_stop"] = digest(self.gpkg)
        ours = len(self.gui._items)  # noqa: SLF001 (what unload must take away)
        self.result["receivers_before_unload"] = self.receivers()
        self.gui.unload()
        self.result["messages_pushed"] = ours
        self.result["gated_after_unload"] = self.gui.gated_layer_ids()
        self.result["receivers_after_unload"] = self.receivers()
        self.later(200, lambda: self.finish(None))

    # end -----------------------------------------------------------------------------------------
    def finish(self, problem: str | None) -> None:
        if self.finished:
            return
        self.finished = True
        from qgis.core import QgsApplication, QgsProject

        self.result["problem"] = problem
        self.result["python_errors"] = getattr(sys.modules.get(STATE), "python_errors", [])
        self.result["duration_s"] = round(time.monotonic() - self.started, 2)
        with open(self.output + ".part", "w", encoding="utf-8") as handle:
            json.dump(self.result, handle, indent=2, default=repr)
        os.replace(self.output + ".part", self.output)
        if self.layer is not None and self.layer.isEditable():
            self.layer.rollBack()
        QgsProject.instance().setDirty(False)
        QgsApplication.exit(0)


def main() -> None:
    import types

    import qgis.utils

    state = sys.modules.get(STATE)
    if state is None:
        state = types.ModuleType(STATE)
        state.python_errors = []
        sys.modules[STATE] = state

    def record(type_, value, tb, msg, pop_error=True) -> None:  # noqa: ANN001 (QGIS signature)
        state.python_errors.append(f"{msg}\n{''.join(traceback.format_exception(type_, value, tb))}")

    qgis.utils.open_stack_dialog = record  # a Python error must not open a blocking dialog
    if qgis.utils.iface is None:
        return
    if getattr(state, "run", None) is None:
        state.run = Run()
        state.run.start()


if __name__ == "__main__":
    main()
