"""The topology error review dock: the findings of a validation (or of a refused save), one row each.

Click a row to zoom to the error and flash it; *Select features* selects the offending features;
*Re-validate* checks the whole layer again with its bound rule set (in a background task with
progress and cancel when the layer is big); *Export…* writes the findings to a GeoPackage.

The commit gate feeds it through :class:`RecordingValidator` (which keeps the full result of
the gate's last validation, geometries included) and :meth:`TopologyErrorsDock.watch_gate`.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsRectangle,
    QgsTask,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QTimer, QVariant
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.topology.binding import bound_rule_set_for, project_layers_for
from ..core.topology.engine import find_related, validate_layer
from ..core.topology.errors import ERROR, WARNING, RuleFileError, TopologyError, ValidationResult
from .feedback import push

LOG_TAG = "Paradigm Carto"
DOCK_OBJECT_NAME = "ParadigmCartoTopologyDock"
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 5  # severity, rule, layer, feature(s), message
SEVERITY_COLUMN, RULE_COLUMN, LAYER_COLUMN, FEATURES_COLUMN, MESSAGE_COLUMN = range(COLUMNS)
TASK_THRESHOLD = 5000  # features: above this, validation runs in a background task
ZOOM_MARGIN = 0.5  # share of the error's size added on each side
MIN_PAD_METRES = 20.0  # a point error is shown with at least this much around it
EXPORT_LAYER_NAME = "topology_errors"


def severity_text(severity: str) -> str:
    """'Error' or 'Warning' in the UI language."""
    return tr("Warning") if severity == WARNING else tr("Error")


def severity_icon(severity: str):
    """QGIS's own message icons."""
    return QgsApplication.getThemeIcon("/mIconWarning.svg" if severity == WARNING else "/mIconCritical.svg")


def as_findings(result: Any, layer_name: str = "") -> list[TopologyError]:
    """The findings of a :class:`ValidationResult`, or of any iterable of problems (the commit gate's
    ``Problem``: severity, message, fid, rule), as :class:`TopologyError`."""
    items = result.errors if isinstance(result, ValidationResult) else list(result or [])
    findings: list[TopologyError] = []
    for item in items:
        if isinstance(item, TopologyError):
            findings.append(item)
            continue
        severity = str(getattr(item, "severity", ERROR) or ERROR).lower()
        ids = getattr(item, "feature_ids", None)
        if ids is None:
            fid = getattr(item, "fid", None)
            ids = (fid,) if isinstance(fid, int) else ()
        rule = getattr(item, "rule_id", None) or getattr(item, "rule", None) or ""
        geometry = getattr(item, "geometry", None)
        findings.append(TopologyError(
            str(rule), severity if severity in (ERROR, WARNING) else ERROR,
            str(getattr(item, "layer", "") or layer_name), tuple(int(i) for i in ids),
            str(getattr(item, "message", "") or item), geometry if isinstance(geometry, QgsGeometry) else None,
            str(getattr(item, "check", "") or ""),
        ))
    return findings


def location(geometry: QgsGeometry | None) -> QgsGeometry:
    """A point where a finding is: the point itself, else a point on its surface (empty when none)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.flatType(geometry.wkbType()) == _point_type():
        return QgsGeometry(geometry)
    point = geometry.pointOnSurface()
    return point if not point.isNull() else geometry.centroid()


def _string_type() -> object:
    variant_type = getattr(QVariant, "Type", None)
    if variant_type is not None and hasattr(variant_type, "String"):
        return variant_type.String
    from qgis.PyQt.QtCore import QMetaType

    return QMetaType.Type.QString


def _point_type() -> object:
    new = getattr(Qgis, "WkbType", None)  # 3.30+
    return new.Point if new is not None else QgsWkbTypes.Type.Point


def _metres() -> object:
    new = getattr(Qgis, "DistanceUnit", None)  # 3.30+
    return new.Meters if new is not None else QgsUnitTypes.DistanceUnit.DistanceMeters


def export_fields() -> QgsFields:
    """The attributes of an exported error layer."""
    fields = QgsFields()
    for name in ("rule", "severity", "layer", "feature_ids", "message"):
        fields.append(QgsField(name, _string_type()))
    return fields


class FindingItem(QTreeWidgetItem):
    """A row that sorts errors before warnings (in any language) and feature ids as numbers."""

    def __init__(self, texts: list[str], severity: str, feature_ids: tuple[int, ...]) -> None:
        super().__init__(texts)
        self.severity = severity
        self.feature_ids = feature_ids

    def _key(self, column: int) -> tuple:
        if column == SEVERITY_COLUMN:
            return (0 if self.severity == ERROR else 1, self.text(RULE_COLUMN), self.feature_ids)
        if column == FEATURES_COLUMN:
            return (self.feature_ids, "")
        return (self.text(column).lower(), self.feature_ids)

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else SEVERITY_COLUMN
        if not isinstance(other, FindingItem):
            return super().__lt__(other)
        return self._key(column) < other._key(column)


class RecordingValidator:
    """A commit-gate validator that keeps the full result of its last run per layer id.

    The gate passes on only severities and messages; the dock wants the geometries and every
    feature id, so the plugin gives the gate ``RecordingValidator(gate_validator())`` and the
    dock reads :meth:`last` when the gate refuses a save."""

    def __init__(self, validator: Callable) -> None:
        self.validator = validator
        self.results: dict[str, Any] = {}

    def __call__(self, layer: QgsVectorLayer, features: Iterable, deleted_ids: Iterable[int] = ()) -> Any:
        self.results.pop(layer.id(), None)
        result = self.validator(layer, features, deleted_ids)
        self.results[layer.id()] = result
        return result

    def last(self, layer_id: str) -> Any:
        """The result of the last validation of this layer (None when it failed or never ran)."""
        return self.results.get(layer_id)

    def forget(self, layer_id: str) -> None:
        self.results.pop(layer_id, None)


class ValidationTask(QgsTask):
    """Validate a whole layer in a worker thread; `on_done(task)` runs in the main thread."""

    def __init__(self, layer: QgsVectorLayer, rule_set, related: dict, on_done: Callable) -> None:
        super().__init__(tr("Topology validation of {layer}").format(layer=layer.name()), QgsTask.Flag.CanCancel)
        self.layer = layer
        self.layer_id = layer.id()
        self.rule_set = rule_set
        self.related = related
        self.on_done = on_done
        self.result: ValidationResult | None = None
        self.error: str | None = None
        self._feedback: QgsFeedback | None = None
        needed = [find_related(name, related) for name in rule_set.related_layers()]
        self.setDependentLayers([layer, *[other for other in needed if other is not None]])  # removed: cancel

    def run(self) -> bool:
        """Worker thread: the engine, with progress and cancel through a QgsFeedback."""
        feedback = QgsFeedback()
        self._feedback = feedback
        feedback.progressChanged.connect(self.setProgress)
        if self.isCanceled():
            feedback.cancel()
        try:
            self.result = validate_layer(self.layer, self.rule_set, self.related, feedback)
        except Exception as exc:  # noqa: BLE001 (reported in the main thread)
            self.error = str(exc)
            QgsMessageLog.logMessage(f"topology validation failed:\n{traceback.format_exc()}", LOG_TAG,
                                     Qgis.MessageLevel.Critical)
            return False
        return not self.result.cancelled

    def cancel(self) -> None:  # noqa: D102 (QgsTask API: also the task manager's cancel button)
        if self._feedback is not None:
            self._feedback.cancel()
        super().cancel()

    def finished(self, result: bool) -> None:  # noqa: D102 (main thread)
        self.on_done(self)


class TopologyErrorsDock(QgsDockWidget):
    """Lists topology findings; zoom, flash, select, re-validate, export."""

    def __init__(self, iface, parent: QWidget | None = None, project: QgsProject | None = None) -> None:
        super().__init__(tr("Topology errors"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.task_threshold = TASK_THRESHOLD
        self._findings: list[TopologyError] = []
        self._layer_id: str | None = None
        self._crs = QgsCoordinateReferenceSystem()
        self._source = ""  # "validation" or "gate"
        self._task: ValidationTask | None = None
        self._gate = None
        self._recorder: RecordingValidator | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.summary = QLabel(tr("No validation yet: use Re-validate or save an edited layer."), body)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(tr("Show"), body))
        self.severity_combo = QComboBox(body)
        self.severity_combo.addItem(tr("All findings"), "")
        self.severity_combo.addItem(tr("Errors only"), ERROR)
        self.severity_combo.addItem(tr("Warnings only"), WARNING)
        self.severity_combo.currentIndexChanged.connect(lambda *_args: self.apply_filter())
        filter_row.addWidget(self.severity_combo, 1)
        layout.addLayout(filter_row)

        self.tree = QTreeWidget(body)
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels([tr("Severity"), tr("Rule"), tr("Layer"), tr("Feature(s)"), tr("Message")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(SEVERITY_COLUMN, Qt.SortOrder.AscendingOrder)
        self.tree.itemClicked.connect(lambda item, _column: self.zoom_to_item(item))
        self.tree.itemActivated.connect(lambda item, _column: self.zoom_to_item(item))
        layout.addWidget(self.tree, 1)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(tr("Cancel"), body)
        self.cancel_button.clicked.connect(self.cancel_validation)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self._show_progress(False)

        buttons = QHBoxLayout()
        self.select_button = QPushButton(tr("Select features"), body)
        self.select_button.setToolTip(tr("Select the features of the chosen findings in their layer."))
        self.select_button.clicked.connect(lambda *_args: self.select_features())
        self.revalidate_button = QPushButton(tr("Re-validate"), body)
        self.revalidate_button.setToolTip(tr("Check the whole layer again with its topology rules."))
        self.revalidate_button.clicked.connect(lambda *_args: self.revalidate())
        self.export_button = QPushButton(tr("Export…"), body)
        self.export_button.setToolTip(tr("Write the findings shown to a GeoPackage layer."))
        self.export_button.clicked.connect(lambda *_args: self.export())
        for button in (self.select_button, self.revalidate_button, self.export_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.project.layersWillBeRemoved.connect(self._layers_removed)
        self.project.cleared.connect(self.clear)
        self._update_buttons()

    # --- content -------------------------------------------------------------------------------
    def layer(self) -> QgsVectorLayer | None:
        """The layer whose findings are shown (None when none, or when it was removed)."""
        layer = self.project.mapLayer(self._layer_id) if self._layer_id else None
        return layer if isinstance(layer, QgsVectorLayer) else None

    def findings(self) -> list[TopologyError]:
        """Every finding shown (whatever the filter)."""
        return list(self._findings)

    def visible_findings(self) -> list[TopologyError]:
        """The findings of the rows the severity filter shows, in the order of the rows."""
        return [self._findings[item.data(0, INDEX_ROLE)] for item in self._items() if not item.isHidden()]

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def show_result(self, layer: QgsVectorLayer | None, result: Any, reveal: bool = True,
                    source: str = "validation") -> None:
        """Show the findings of `result` (a ValidationResult, or the commit gate's problems) on `layer`.

        `reveal` opens the dock; `source` is "validation" or "gate" (a refused save)."""
        self._layer_id = layer.id() if layer is not None else None
        self._crs = layer.crs() if layer is not None else QgsCoordinateReferenceSystem()
        self._source = source
        name = layer.name() if layer is not None else getattr(result, "layer", "")
        self._findings = as_findings(result, name)
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for index, finding in enumerate(self._findings):
            ids = ", ".join(str(fid) for fid in finding.feature_ids)
            item = FindingItem([severity_text(finding.severity), finding.rule_id, finding.layer, ids,
                                finding.message], finding.severity, tuple(finding.feature_ids))
            item.setIcon(SEVERITY_COLUMN, severity_icon(finding.severity))
            item.setData(0, INDEX_ROLE, index)
            item.setToolTip(MESSAGE_COLUMN, finding.message)
            item.setToolTip(FEATURES_COLUMN, ids)
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        for column in range(COLUMNS - 1):
            self.tree.resizeColumnToContents(column)
        self.summary.setText(self._summary(name, result))
        self.apply_filter()
        if reveal:
            self.setUserVisible(True)
            self.raise_()

    def _summary(self, name: str, result: Any) -> str:
        errors = sum(1 for f in self._findings if f.severity == ERROR)
        warnings = len(self._findings) - errors
        if self._source == "gate":
            return tr("{layer}: save refused, {errors} error(s) and {warnings} warning(s) in the edited "
                      "features.").format(layer=name, errors=errors, warnings=warnings)
        if getattr(result, "cancelled", False):
            return tr("{layer}: validation cancelled; {errors} error(s) and {warnings} warning(s) found so "
                      "far.").format(layer=name, errors=errors, warnings=warnings)
        if not self._findings:
            return tr("{layer}: no topology error.").format(layer=name)
        return tr("{layer}: {errors} error(s), {warnings} warning(s).").format(layer=name, errors=errors,
                                                                              warnings=warnings)

    def clear(self) -> None:
        """Forget the findings shown."""
        self._findings, self._layer_id, self._source = [], None, ""
        self.tree.clear()
        self.summary.setText(tr("No validation yet: use Re-validate or save an edited layer."))
        self._update_buttons()

    def set_severity_filter(self, severity: str) -> None:
        """Show '' (all), 'error' or 'warning' findings."""
        self.severity_combo.setCurrentIndex(max(self.severity_combo.findData(severity), 0))

    def apply_filter(self) -> None:
        """Hide the rows the severity filter leaves out."""
        wanted = self.severity_combo.currentData()
        for item in self._items():
            item.setHidden(bool(wanted) and self._findings[item.data(0, INDEX_ROLE)].severity != wanted)
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self._task is not None
        has_rows = any(not item.isHidden() for item in self._items())
        self.select_button.setEnabled(has_rows)
        self.export_button.setEnabled(has_rows)
        self.revalidate_button.setEnabled(not running)

    def _layers_removed(self, layer_ids: list) -> None:
        if self._layer_id in layer_ids:
            self.clear()

    # --- zoom and select -----------------------------------------------------------------------
    def finding_of(self, item: QTreeWidgetItem) -> TopologyError:
        return self._findings[item.data(0, INDEX_ROLE)]

    def _geometries(self, finding: TopologyError) -> list[QgsGeometry]:
        """Where a finding is, in the layer's CRS: its geometry, else its features' geometries."""
        if finding.geometry is not None and not finding.geometry.isNull() and not finding.geometry.isEmpty():
            return [QgsGeometry(finding.geometry)]
        layer = self.layer()
        if layer is None or not finding.feature_ids:
            return []
        request = QgsFeatureRequest().setFilterFids(list(finding.feature_ids)).setNoAttributes()
        return [f.geometry() for f in layer.getFeatures(request) if f.hasGeometry()]

    def zoom_to_item(self, item: QTreeWidgetItem | None) -> bool:
        """Zoom to and flash the finding of a row."""
        return item is not None and self.zoom_to(self.finding_of(item))

    def zoom_to(self, finding: TopologyError) -> bool:
        """Zoom the map to the finding (with a margin) and flash it; False when it has no location."""
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        geometries = self._geometries(finding)
        if canvas is None or not geometries:
            self.summary.setText(tr("This finding has no location on the map: {message}").format(
                message=finding.message))
            return False
        destination = canvas.mapSettings().destinationCrs()
        transform = QgsCoordinateTransform(self._crs, destination, self.project)
        extent: QgsRectangle | None = None
        try:
            for geometry in geometries:
                moved = QgsGeometry(geometry)
                if destination.isValid() and self._crs.isValid():
                    moved.transform(transform)
                box = moved.boundingBox()
                if extent is None:
                    extent = QgsRectangle(box)
                else:
                    extent.combineExtentWith(box)
        except QgsCsException as exc:
            push(self.iface, tr("Could not show this finding in the map's CRS: {error}").format(error=str(exc)),
                 Qgis.MessageLevel.Warning, 6)
            return False
        metres = QgsUnitTypes.fromUnitToUnitFactor(_metres(), destination.mapUnits()) if destination.isValid() else 1
        pad = max(max(extent.width(), extent.height()) * ZOOM_MARGIN, MIN_PAD_METRES * metres)
        extent.grow(pad)
        canvas.setExtent(extent)
        canvas.refresh()
        canvas.flashGeometries(geometries, self._crs)
        return True

    def chosen_findings(self) -> list[TopologyError]:
        """The findings of the selected rows (else of the current row), visible ones only."""
        items = [item for item in self.tree.selectedItems() if not item.isHidden()]
        current = self.tree.currentItem()
        if not items and current is not None and not current.isHidden():
            items = [current]
        return [self.finding_of(item) for item in items]

    def select_features(self, findings: Iterable[TopologyError] | None = None) -> int:
        """Select the features of `findings` (default: the chosen rows) in their layer; how many."""
        layer = self.layer()
        findings = list(findings) if findings is not None else self.chosen_findings()
        if not findings:
            self.summary.setText(tr("Choose one or more findings in the list first."))
            return 0
        if layer is None:
            push(self.iface, tr("The layer of these findings is no longer in the project."), Qgis.MessageLevel.Info, 4)
            return 0
        ids = sorted({fid for finding in findings for fid in finding.feature_ids})
        layer.selectByIds(ids)
        self.summary.setText(tr("{count} feature(s) selected in {layer}.").format(count=len(ids), layer=layer.name()))
        return len(ids)

    # --- validation ----------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._task is not None

    def validate_current_layer(self) -> ValidationTask | None:
        """Validate QGIS's active layer (the menu action)."""
        layer = self.iface.activeLayer() if self.iface is not None else None
        if not isinstance(layer, QgsVectorLayer):
            push(self.iface, tr("Select a vector layer."), Qgis.MessageLevel.Info, 4)
            return None
        return self.validate(layer)

    def revalidate(self) -> ValidationTask | None:
        """Validate again the layer shown (else QGIS's active layer)."""
        layer = self.layer() or (self.iface.activeLayer() if self.iface is not None else None)
        if not isinstance(layer, QgsVectorLayer):
            push(self.iface, tr("Select a vector layer."), Qgis.MessageLevel.Info, 4)
            return None
        return self.validate(layer)

    def validate(self, layer: QgsVectorLayer, background: bool | None = None) -> ValidationTask | None:
        """Validate the whole `layer` with its bound rule set and the project's other layers.

        Big layers (more than `task_threshold` features), or `background=True`, run in a QgsTask
        (progress here and in the task manager, cancellable); the results land in the dock.
        Returns the task, or None when the validation ran at once or could not start."""
        if self._task is not None:
            push(self.iface, tr("A topology validation is already running."), Qgis.MessageLevel.Info, 4)
            return None
        try:
            rule_set = bound_rule_set_for(layer)
        except RuleFileError as error:
            push(self.iface, str(error), Qgis.MessageLevel.Critical, 0)
            self.summary.setText(str(error))
            return None
        if rule_set is None:
            message = tr("No topology rules for {layer}: attach a rule set with Paradigm › Topology rules of a "
                         "layer….").format(layer=layer.name())
            push(self.iface, message, Qgis.MessageLevel.Info, 6)
            self.summary.setText(message)
            return None
        related = project_layers_for(layer, self.project)
        if background is None:
            background = layer.featureCount() > self.task_threshold
        self.setUserVisible(True)
        if not background:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                result = validate_layer(layer, rule_set, related)
            except Exception as exc:  # noqa: BLE001 (a failing check must not break QGIS)
                QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
                push(self.iface, tr("The topology validation of {layer} failed: {error}").format(
                    layer=layer.name(), error=exc), Qgis.MessageLevel.Critical, 0)
                return None
            finally:
                QApplication.restoreOverrideCursor()
            self.show_result(layer, result)
            return None
        task = ValidationTask(layer, rule_set, related, self._task_done)
        self._task = task
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.progress.setValue(0)
        self._show_progress(True)
        self.summary.setText(tr("Validating {layer}…").format(layer=layer.name()))
        self._update_buttons()
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel_validation(self) -> None:
        """Stop the running validation (what it found so far is shown)."""
        if self._task is not None:
            self._task.cancel()

    def _show_progress(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)

    def _task_done(self, task: ValidationTask) -> None:
        if self._task is task:
            self._task = None
        self._show_progress(False)
        self._update_buttons()
        layer = self.project.mapLayer(task.layer_id)
        if task.error is not None:
            push(self.iface, tr("The topology validation of {layer} failed: {error}").format(
                layer=layer.name() if layer is not None else task.layer_id, error=task.error),
                 Qgis.MessageLevel.Critical, 0)
            self.summary.setText(task.error)
            return
        if task.result is None or layer is None:
            self.summary.setText(tr("The topology validation was cancelled."))
            return
        self.show_result(layer, task.result)

    # --- export --------------------------------------------------------------------------------
    def export(self) -> int | None:
        """Ask for a file and write the findings shown to it."""
        layer = self.layer()
        name = f"{layer.name() if layer is not None else 'topology'}_errors.gpkg"
        start = str(Path(self.project.homePath() or Path.home()) / name)
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export topology errors"), start,
                                                    tr("GeoPackage (*.gpkg)"))
        return self.export_to(path) if path else None

    def export_to(self, path: str | Path, findings: Iterable[TopologyError] | None = None) -> int | None:
        """Write `findings` (default: the rows shown) to a GeoPackage layer 'topology_errors' at `path`:
        fields rule, severity, layer, feature_ids, message; one point per finding at the error location
        (no geometry when the finding has none), in the layer's CRS. How many; None on failure (reported)."""
        path = Path(path)
        if path.suffix.lower() != ".gpkg":
            path = path.with_name(path.name + ".gpkg")
        findings = list(findings) if findings is not None else self.visible_findings()
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = EXPORT_LAYER_NAME
        options.fileEncoding = "UTF-8"
        actions = QgsVectorFileWriter.ActionOnExistingFile
        options.actionOnExistingFile = (actions.CreateOrOverwriteLayer if path.exists()
                                        else actions.CreateOrOverwriteFile)
        fields = export_fields()
        writer = QgsVectorFileWriter.create(str(path), fields, _point_type(), self._crs,
                                            self.project.transformContext(), options)
        try:
            if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
                return self._export_failed(path, writer.errorMessage())
            for finding in findings:
                feature = QgsFeature(fields)
                feature.setAttributes([finding.rule_id, finding.severity, finding.layer,
                                       ",".join(str(fid) for fid in finding.feature_ids), finding.message])
                geometries = self._geometries(finding)
                point = location(geometries[0] if len(geometries) == 1 else
                                 QgsGeometry.collectGeometry(geometries) if geometries else None)
                if not point.isNull():
                    feature.setGeometry(point)
                if not writer.addFeature(feature):
                    return self._export_failed(path, writer.errorMessage())
        finally:
            del writer  # closes the file
        push(self.iface, tr("{count} finding(s) written to {path}.").format(count=len(findings), path=path),
             Qgis.MessageLevel.Success, 5)
        return len(findings)

    def _export_failed(self, path: Path, reason: str) -> None:
        message = tr("Could not write the topology errors to {path}: {reason}").format(
            path=path, reason=reason or tr("unknown error"))
        self.summary.setText(message)
        push(self.iface, message, Qgis.MessageLevel.Critical, 0)
        return None

    # --- the commit gate -----------------------------------------------------------------------
    def watch_gate(self, commit_gate_gui, recorder: RecordingValidator | None = None) -> None:
        """Show the errors of every save the commit gate refuses (and refresh on a later passing save).

        `recorder` is the :class:`RecordingValidator` the gate validates with; without it the
        dock shows the gate's problems (first feature id, no error geometry: the map shows the
        feature)."""
        self.unwatch_gate()
        self._gate = commit_gate_gui.gate
        self._recorder = recorder
        self._gate.refused.connect(self._gate_refused)
        self._gate.passed.connect(self._gate_passed)

    def unwatch_gate(self) -> None:
        if self._gate is None:
            return
        for signal, slot in ((self._gate.refused, self._gate_refused), (self._gate.passed, self._gate_passed)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._gate = self._recorder = None

    def _gate_result(self, layer_id: str, problems: list) -> Any:
        recorded = self._recorder.last(layer_id) if self._recorder is not None else None
        return recorded if recorded is not None else list(problems)

    def _gate_refused(self, layer_id: str, problems: list) -> None:
        result = self._gate_result(layer_id, problems)
        # after the refused commit has unwound (the gate reports in the same way)
        QTimer.singleShot(0, lambda: self._show_gate(layer_id, result, True))

    def _gate_passed(self, layer_id: str, problems: list) -> None:
        if layer_id == self._layer_id and self._source == "gate":  # the errors shown are fixed
            result = self._gate_result(layer_id, problems)
            QTimer.singleShot(0, lambda: self._show_gate(layer_id, result, False))

    def _show_gate(self, layer_id: str, result: Any, refused: bool) -> None:
        layer = self.project.mapLayer(layer_id)
        if not isinstance(layer, QgsVectorLayer):
            return
        self.show_result(layer, result, reveal=refused, source="gate" if refused else "validation")

    def unload(self) -> None:
        """Cancel a running validation and disconnect (before the dock is removed)."""
        self.cancel_validation()
        self.unwatch_gate()
        for signal, slot in ((self.project.layersWillBeRemoved, self._layers_removed),
                             (self.project.cleared, self.clear)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
