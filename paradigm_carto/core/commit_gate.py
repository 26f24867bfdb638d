"""The commit gate: validate a layer's pending edits BEFORE QGIS writes them, refuse the save
on errors, and lose nothing (the edit buffer stays as it was, the data source is untouched).

How a save is refused (see ``docs/commit_gate.md`` for the proof per save path and version)
---------------------------------------------------------------------------------------------
Every save of a vector layer -- *Save Layer Edits*, *Toggle Editing › Save*, *Save All Edits*,
``layer.commitChanges()`` from Python or Processing -- goes through
``QgsVectorLayer::commitChanges()``, which emits ``beforeCommitChanges`` and then hands the
buffer to ``QgsVectorLayerEditBuffer::commitChanges()``. The gate validates in a slot of
``beforeCommitChanges``. QGIS's own switch for refusing there, ``setAllowCommit(false)``, is
not in the Python bindings, so on errors the gate adds one *guard feature* to the buffer: a
feature whose geometry type the data provider cannot take (a point in a polygon layer).
The edit buffer checks the geometry type of every added feature FIRST, before it deletes,
changes or adds anything on the provider (``commitChangesCheckGeometryTypeCompatibility``,
QGIS issue 23663), and every later step runs only if that check passed: the commit fails with
nothing written. Right after the failed commit (``repaintRequested``, emitted at the end of
``commitChanges`` once the commit errors are filled in) the guard is taken out of the buffer
the way QGIS's own ``QgsVectorLayer::destroyEditCommand`` drops a command: undo it, then push
an obsolete command so it cannot be redone. The buffer and the undo stack are exactly as
before the save.

The gate checks, before relying on it, that the provider really refuses the guard
(``doesStrictFeatureTypeCheck()`` and ``convertToProviderType()`` returning no geometry, the
very test the edit buffer makes); where it would not (e.g. a Shapefile line or polygon
layer, a layer of "unknown"/collection geometry type, a layer in a transaction group),
:meth:`CommitGate.install` refuses with :class:`GateUnsupportedError` instead of pretending.

The validator is any callable
``validate(layer, added_or_changed_features, deleted_ids) -> iterable of problems``
where a problem has a ``severity`` ('error' or 'warning') and a ``message`` (attributes or
mapping keys). Errors refuse the save; warnings let it through. A validator that raises
refuses the save too (fail closed).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMessageLog,
    QgsProject,
    QgsVectorDataProvider,
    QgsVectorLayer,
    QgsVectorLayerEditPassthrough,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

try:  # Qt 5
    from qgis.PyQt.QtWidgets import QUndoCommand
except ImportError:  # Qt 6 (QGIS 4) moved it
    from qgis.PyQt.QtGui import QUndoCommand

from .i18n import tr

LOG_TAG = "Paradigm Carto"
ERROR = "error"
WARNING = "warning"
# Geometries tried as the guard feature, in this order: the first one the provider cannot
# take (different type, no conversion) is used. Coordinates do not matter: it is never written.
GUARD_CANDIDATES = ("Point (0 0)", "LineString (0 0, 1 1)", "Polygon ((0 0, 1 0, 1 1, 0 0))")
# layer id -> id of the guard feature now in its edit buffer (shared by every gate: when two gates
# watch one layer, one guard is enough, and no validator ever sees a guard)
_GUARDS: dict[str, int] = {}


@dataclass(frozen=True)
class Problem:
    """One finding of a validator."""

    severity: str  # ERROR or WARNING
    message: str
    fid: Optional[int] = None
    layer_id: Optional[str] = None
    rule: Optional[str] = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


Validator = Callable[[QgsVectorLayer, "list[QgsFeature]", "set[int]"], Iterable[Any]]


@dataclass
class CommitResult:
    """What happened to one save through :func:`commit_with_validation` / :meth:`CommitGate.commit`."""

    saved: bool
    problems: list = field(default_factory=list)  # list[Problem]
    commit_errors: list = field(default_factory=list)  # QGIS's own commit messages
    refused_by_gate: bool = False

    @property
    def errors(self) -> list:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list:
        return [p for p in self.problems if not p.is_error]


class GateUnsupportedError(RuntimeError):
    """The gate cannot guarantee a refused save on this layer (the message says why)."""


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)


# --- problems ---------------------------------------------------------------------------------
def normalize_problem(item: Any) -> Problem:
    """A Problem from whatever the validator returned: a Problem, an object with ``severity``
    and ``message`` attributes, or a mapping with those keys. Unknown severities count as errors."""
    if isinstance(item, Problem):
        return item
    if isinstance(item, Mapping):
        get = item.get
    else:

        def get(name: str, default: Any = None) -> Any:
            return getattr(item, name, default)

    severity = get("severity", ERROR)
    severity = str(getattr(severity, "value", severity) or ERROR).strip().lower()
    if severity not in (ERROR, WARNING):
        severity = ERROR
    fid = get("fid", None)
    if fid is None:
        fid = get("feature_id", None)
    layer_id = get("layer_id", None)
    rule = get("rule", None) or get("rule_id", None)
    return Problem(
        severity=severity,
        message=str(get("message", "") or item),
        fid=int(fid) if isinstance(fid, int) else None,
        layer_id=str(layer_id) if layer_id is not None else None,
        rule=str(rule) if rule is not None else None,
    )


def format_problems(problems: Iterable[Problem], limit: int = 20) -> str:
    """The problems as lines for a message ("- error: ..."), at most `limit` lines plus a count."""
    items = list(problems)
    lines = [f"- {p.message}" for p in items[:limit]]
    if len(items) > limit:
        lines.append(tr("… and {count} more.").format(count=len(items) - limit))
    return "\n".join(lines)


# --- what the buffer holds ----------------------------------------------------------------------
def pending_changes(layer: QgsVectorLayer, exclude: Iterable[int] = ()) -> tuple[list[QgsFeature], set[int]]:
    """(added or changed features as the layer sees them now, ids of deleted features)."""
    buffer = layer.editBuffer()
    if buffer is None:
        return [], set()
    excluded = set(exclude)
    if layer.id() in _GUARDS:
        excluded.add(_GUARDS[layer.id()])
    deleted = {int(fid) for fid in buffer.deletedFeatureIds()}
    ids = set(buffer.addedFeatures().keys())
    ids |= set(buffer.changedGeometries().keys())
    ids |= set(buffer.changedAttributeValues().keys())
    ids = {int(fid) for fid in ids} - deleted - excluded
    features: list[QgsFeature] = []
    if ids:
        request = QgsFeatureRequest().setFilterFids(sorted(ids))
        features = list(layer.getFeatures(request))
    return features, deleted


def run_validator(validator: Validator, layer: QgsVectorLayer, features: list, deleted: set) -> list[Problem]:
    """Call the validator; an exception becomes one error (a failing check never lets a save through)."""
    try:
        returned = validator(layer, features, deleted)
        problems = [normalize_problem(item) for item in (returned if returned is not None else [])]
        if getattr(returned, "cancelled", False):  # e.g. the topology engine's ValidationResult
            problems.append(Problem(ERROR, tr("The validation was cancelled before the end."), layer_id=layer.id()))
        return problems
    except Exception as exc:  # noqa: BLE001 (fail closed: report, refuse)
        log(f"validator failed on {layer.name()}:\n{traceback.format_exc()}", Qgis.MessageLevel.Critical)
        return [Problem(ERROR, tr("The validation itself failed: {error}").format(error=exc), layer_id=layer.id())]


# --- can the gate block this layer? -------------------------------------------------------------
def guard_geometry(layer: QgsVectorLayer) -> Optional[QgsGeometry]:
    """A geometry the layer's provider provably refuses at commit time, or None."""
    provider = layer.dataProvider()
    if provider is None or not provider.doesStrictFeatureTypeCheck():
        return None
    provider_type = provider.wkbType()
    for wkt in GUARD_CANDIDATES:
        geometry = QgsGeometry.fromWkt(wkt)
        if geometry.wkbType() == provider_type:
            continue
        if provider.convertToProviderType(geometry).isNull():
            return geometry
    return None


def blocking_support(layer: QgsVectorLayer) -> tuple[bool, str]:
    """(True, "") when a refused save is guaranteed on `layer`, else (False, the reason)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.dataProvider() is None:
        return False, tr("the layer is not a valid vector layer")
    provider = layer.dataProvider()
    if provider.transaction() is not None or isinstance(layer.editBuffer(), QgsVectorLayerEditPassthrough):
        return False, tr("the layer is edited in a database transaction (edits are written as they are made)")
    project = layer.project() or QgsProject.instance()
    mode = getattr(project, "transactionMode", None)  # QGIS >= 3.26
    grouped = mode() != Qgis.TransactionMode.Disabled if mode is not None else project.autoTransaction()
    if grouped:
        return False, tr("the project uses transaction groups, which save without the per-layer check")
    if not _can_add_features(provider):
        return False, tr("the data source cannot add features")
    if guard_geometry(layer) is None:
        return False, tr("the data source accepts every geometry type ({type}), so it cannot be made to refuse").format(
            type=QgsWkbTypes.displayString(provider.wkbType())
        )
    return True, ""


def _can_add_features(provider: QgsVectorDataProvider) -> bool:
    capability = getattr(getattr(Qgis, "VectorProviderCapability", None), "AddFeatures", None)  # QGIS >= 3.40
    if capability is None:
        capability = QgsVectorDataProvider.AddFeatures
    return bool(provider.capabilities() & capability)


# --- the gate ---------------------------------------------------------------------------------
class _LayerState:
    def __init__(self, layer: QgsVectorLayer) -> None:
        self.layer = layer
        self.connections: list[tuple[Any, Any]] = []
        self.guard_fid: Optional[int] = None
        self.guard_index: Optional[int] = None  # undo-stack index right after the guard was pushed
        self.last_problems: list[Problem] = []
        self.last_refused = False
        self.switch_touched = False  # QGIS's own allowCommit switch changed since the guard went in


class CommitGate(QObject):
    """Validates the pending edits of the layers it is installed on whenever they are saved.

    Signals carry the layer id and the list of :class:`Problem`:
    ``refused`` (the save was stopped, errors and warnings), ``passed`` (the save may go on,
    warnings only), ``unguarded`` (a save happened on a layer the gate cannot block; reason).
    """

    refused = pyqtSignal(str, list)
    passed = pyqtSignal(str, list)
    unguarded = pyqtSignal(str, str)

    def __init__(self, validator: Validator, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.validator = validator
        self._layers: dict[str, _LayerState] = {}

    # installing -----------------------------------------------------------------------------
    def install(self, layer: QgsVectorLayer) -> None:
        """Gate every save of `layer`; GateUnsupportedError when a refusal could not be guaranteed."""
        if layer.id() in self._layers:
            return
        ok, reason = blocking_support(layer)
        if not ok:
            raise GateUnsupportedError(tr("Saves of {layer} cannot be checked: {reason}.").format(layer=layer.name(),
                                                                                               reason=reason))
        state = _LayerState(layer)

        def before_commit(*_args: Any) -> None:
            self._before_commit(state)

        def repaint(*_args: Any) -> None:
            self._after_failed_commit(state)

        def allow_commit(*_args: Any) -> None:
            # QGIS's own switch (the desktop's geometry validation) moved; the signal carries no value.
            # If it refused this commit, the edit buffer never runs and no repaint follows: take the
            # guard out once QGIS is back in its event loop (commitChanges has returned by then).
            state.switch_touched = True
            if state.guard_fid is not None:
                QTimer.singleShot(0, lambda: self._remove_guard(state) if _alive(state.layer) else None)

        def gone(*_args: Any) -> None:
            self._forget(state.layer.id() if _alive(state.layer) else None, state)

        for signal, slot in ((layer.beforeCommitChanges, before_commit), (layer.repaintRequested, repaint),
                             (layer.editingStopped, repaint), (layer.allowCommitChanged, allow_commit),
                             (layer.willBeDeleted, gone)):
            signal.connect(slot)
            state.connections.append((signal, slot))
        self._layers[layer.id()] = state

    def uninstall(self, layer: QgsVectorLayer) -> None:
        """Stop gating `layer` (a pending guard is removed first)."""
        state = self._layers.get(layer.id())
        if state is not None:
            self._remove_guard(state)
            self._forget(layer.id(), state)

    def uninstall_all(self) -> None:
        for state in list(self._layers.values()):
            if _alive(state.layer):
                self._remove_guard(state)
            self._forget(None, state)
        self._layers.clear()

    def is_installed(self, layer: QgsVectorLayer) -> bool:
        return layer.id() in self._layers

    def layer_ids(self) -> list[str]:
        return list(self._layers)

    def last_problems(self, layer: QgsVectorLayer) -> list[Problem]:
        """The problems found at the last save attempt of `layer` (empty before any)."""
        state = self._layers.get(layer.id())
        return list(state.last_problems) if state else []

    def commit(self, layer: QgsVectorLayer, stop_editing: bool = True) -> CommitResult:
        """Save `layer` through QGIS (``commitChanges``) with the gate in place; what happened."""
        state = self._layers.get(layer.id())
        if state is None:
            raise ValueError(f"the commit gate is not installed on {layer.name()}")
        state.last_problems, state.last_refused = [], False
        saved = bool(layer.commitChanges(stop_editing))
        return CommitResult(saved=saved, problems=list(state.last_problems), commit_errors=list(layer.commitErrors()),
                            refused_by_gate=state.last_refused and not saved)

    # the slots -------------------------------------------------------------------------------
    def _forget(self, layer_id: Optional[str], state: _LayerState) -> None:
        for signal, slot in state.connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):  # already gone with the layer
                pass
        state.connections.clear()
        for key in [k for k, v in self._layers.items() if v is state or k == layer_id]:
            del self._layers[key]

    def _before_commit(self, state: _LayerState) -> None:
        layer = state.layer
        self._remove_guard(state)  # a guard left by an interrupted save must never block this one
        state.last_problems, state.last_refused = [], False
        buffer = layer.editBuffer()
        if buffer is None:
            return
        ok, reason = blocking_support(layer)
        features, deleted = pending_changes(layer)
        if not features and not deleted:
            return
        problems = run_validator(self.validator, layer, features, deleted)
        state.last_problems = problems
        errors = [p for p in problems if p.is_error]
        if not errors:
            self.passed.emit(layer.id(), problems)
            return
        if not ok:
            log(f"{layer.name()}: validation errors but the save cannot be stopped ({reason})",
                Qgis.MessageLevel.Critical)
            self.unguarded.emit(layer.id(), reason)
            return
        other = _GUARDS.get(layer.id())
        if other is not None and not buffer.isFeatureAdded(other):
            del _GUARDS[layer.id()]  # gone with a rollback or an undo: stale
            other = None
        if other is None:  # else another gate on this layer has stopped this save already
            self._add_guard(state)
        state.last_refused = True
        log(f"{layer.name()}: save refused, {len(errors)} error(s)\n{format_problems(problems)}",
            Qgis.MessageLevel.Warning)
        self.refused.emit(layer.id(), problems)

    def _add_guard(self, state: _LayerState) -> None:
        layer = state.layer
        geometry = guard_geometry(layer)
        guard = QgsFeature(layer.fields())
        guard.setGeometry(geometry)
        buffer = layer.editBuffer()
        # The buffer's own signals (featureAdded, layerModified...) are held back: the guard is
        # never seen by the attribute table, snapping, QGIS's geometry validation or the map.
        blocked = buffer.blockSignals(True)
        try:
            added = buffer.addFeature(guard)
        finally:
            buffer.blockSignals(blocked)
        if not added:
            raise RuntimeError(f"could not stop the save of {layer.name()}")
        state.guard_fid = int(guard.id())
        state.guard_index = layer.undoStack().index()
        state.switch_touched = False
        _GUARDS[layer.id()] = state.guard_fid

    def _after_failed_commit(self, state: _LayerState) -> None:
        """After commitChanges (its errors are filled in): take the guard out."""
        if state.guard_fid is None or not _alive(state.layer):
            return
        if state.layer.editBuffer() is not None and not state.layer.commitErrors() and not state.switch_touched:
            return  # a repaint before the edit buffer ran: the guard must stay
        self._remove_guard(state)

    def _remove_guard(self, state: _LayerState) -> None:
        fid, index = state.guard_fid, state.guard_index
        state.guard_fid = state.guard_index = None
        layer = state.layer
        if fid is None or not _alive(layer):
            return
        if _GUARDS.get(layer.id()) == fid:
            del _GUARDS[layer.id()]
        buffer = layer.editBuffer()
        if buffer is None or not buffer.isFeatureAdded(fid):
            if buffer is None and state.last_refused:
                log(f"{layer.name()}: editing stopped while a refused save was pending", Qgis.MessageLevel.Warning)
            return
        stack = layer.undoStack()
        blocked = buffer.blockSignals(True)
        try:
            if stack.index() == index and index > 0:
                # As QgsVectorLayer::destroyEditCommand: undo, then an obsolete command drops it from redo.
                stack.undo()
                drop = QUndoCommand()
                drop.setObsolete(True)
                stack.push(drop)
            else:  # something was pushed on top meanwhile: delete the guard as an edit of its own
                buffer.deleteFeature(fid)
        finally:
            buffer.blockSignals(blocked)
        if buffer.isFeatureAdded(fid):
            log(f"{layer.name()}: could not take the guard feature {fid} out of the edit buffer",
                Qgis.MessageLevel.Critical)


def _alive(layer: QgsVectorLayer) -> bool:
    try:
        from qgis.PyQt import sip

        return not sip.isdeleted(layer)
    except Exception:  # noqa: BLE001
        return False


# --- one-shot API -----------------------------------------------------------------------------
def commit_with_validation(layer: QgsVectorLayer, validator: Validator, stop_editing: bool = True) -> CommitResult:
    """Save `layer` only if `validator` finds no error; headless-friendly, any save path of QGIS.

    Installs a temporary gate, saves with ``commitChanges`` and removes the gate (a gate already
    on the layer, e.g. the desktop's, validates too: both must pass). On refusal the edit buffer
    is intact and nothing is written."""
    if not layer.isEditable():
        return CommitResult(saved=False, commit_errors=[tr("The layer is not in editing mode.")])
    gate = CommitGate(validator)
    gate.install(layer)
    try:
        return gate.commit(layer, stop_editing)
    finally:
        gate.uninstall(layer)
        gate.deleteLater()


# --- a stand-in rule for tests and demos ------------------------------------------------------
def overlap_validator(error_area: float = 0.5, name_field: str = "INSPIRE_ID") -> Validator:
    """"No two features overlap": an overlap larger than `error_area` (layer units²) is an error,
    a smaller one a warning; features that only touch are fine. Checks each added or changed
    feature against the rest of the layer (as edited) and against the others of the batch."""

    def validate(layer: QgsVectorLayer, features: list, deleted: set) -> list[Problem]:
        problems: list[Problem] = []
        seen: set[tuple[int, int]] = set()
        index = layer.fields().indexOf(name_field)

        def label(feature: QgsFeature) -> str:
            value = feature.attribute(index) if index >= 0 else None
            return str(value) if value not in (None, "") and not _is_null(value) else f"#{feature.id()}"

        for feature in features:
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                continue
            request = QgsFeatureRequest().setFilterRect(geometry.boundingBox())
            for other in layer.getFeatures(request):
                if other.id() == feature.id() or other.id() in deleted:
                    continue
                pair = (min(feature.id(), other.id()), max(feature.id(), other.id()))
                if pair in seen or not other.hasGeometry():
                    continue
                seen.add(pair)
                if not geometry.intersects(other.geometry()):
                    continue
                area = geometry.intersection(other.geometry()).area()
                if area <= 0:
                    continue
                severity = ERROR if area > error_area else WARNING
                template = (tr("{feature} overlaps {other} by {area} m².") if severity == ERROR
                            else tr("{feature} slightly overlaps {other} ({area} m²)."))
                problems.append(Problem(severity, template.format(feature=label(feature), other=label(other),
                                                                  area=f"{area:.2f}"),
                                        fid=int(feature.id()), layer_id=layer.id(), rule="no-overlap"))
        return problems

    return validate


def _is_null(value: Any) -> bool:
    return hasattr(value, "isNull") and value.isNull()
