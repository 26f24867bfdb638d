"""The commit gate in QGIS desktop: puts a :class:`~paradigm_carto.core.commit_gate.CommitGate`
on every project layer that has topology rules (now and as layers are added), and tells the
user in the message bar why a save was refused, with the list of errors.

All of QGIS's save paths (Save Layer Edits, Toggle Editing › Save, Save All Edits, Python's
``commitChanges``) are gated by the core gate itself; this module only wires and reports.
:meth:`CommitGateGui.unload` removes every connection, gate and message it made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

from qgis.core import Qgis, QgsMapLayer, QgsMessageLog, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer

from ..core.commit_gate import LOG_TAG, CommitGate, GateUnsupportedError, Validator, format_problems
from ..core.i18n import tr


class CommitGateGui(QObject):
    """Desktop side of the gate. `has_rules(layer)` says which layers are gated."""

    def __init__(self, iface, validator: Validator, has_rules: Callable[[QgsVectorLayer], bool],
                 project: Optional[QgsProject] = None) -> None:
        super().__init__(iface.mainWindow() if iface is not None else None)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.has_rules = has_rules
        self.gate = CommitGate(validator, self)
        self.gate.refused.connect(self._on_refused)
        self.gate.passed.connect(self._on_passed)
        self.gate.unguarded.connect(self._on_unguarded)
        self.unsupported: dict[str, str] = {}  # layer id -> reason, reported once
        self._items: list[Any] = []  # message-bar items we pushed
        self._refusals: dict[str, list[Any]] = {}  # layer id -> its "Save refused" items still shown
        self._started = False
        self._unloaded = False

    # wiring -----------------------------------------------------------------------------------
    def start(self) -> None:
        """Gate the project's layers that have rules, and those added later."""
        if self._started:
            return
        self._started, self._unloaded = True, False
        self.project.layersAdded.connect(self._on_layers_added)
        self.project.layersWillBeRemoved.connect(self._on_layers_removed)
        self.refresh()

    def refresh(self) -> None:
        """Re-read which layers have rules (e.g. after the rules changed)."""
        for layer in self.project.mapLayers().values():
            self._consider(layer)

    def unload(self) -> None:
        """Undo everything: connections, gates (a pending guard is taken out), our messages."""
        if self._started:
            for signal, slot in ((self.project.layersAdded, self._on_layers_added),
                                 (self.project.layersWillBeRemoved, self._on_layers_removed)):
                try:
                    signal.disconnect(slot)
                except (TypeError, RuntimeError):
                    pass
            self._started = False
        self.gate.uninstall_all()
        for signal, slot in ((self.gate.refused, self._on_refused), (self.gate.passed, self._on_passed),
                             (self.gate.unguarded, self._on_unguarded)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        bar = self._bar()
        for item in self._items:
            try:
                if bar is not None:
                    bar.popWidget(item)
            except RuntimeError:  # already closed by the user
                pass
        self._items.clear()
        self._refusals.clear()
        self.unsupported.clear()
        self._unloaded = True
        self.setParent(None)  # no longer a child of QGIS's main window: gone with the last reference

    def gated_layer_ids(self) -> list[str]:
        return self.gate.layer_ids()

    def _consider(self, layer: QgsMapLayer) -> None:
        if not isinstance(layer, QgsVectorLayer):
            return
        try:
            wanted = bool(self.has_rules(layer))
        except Exception as exc:  # noqa: BLE001 (a broken rule lookup must not break QGIS)
            QgsMessageLog.logMessage(f"rule lookup failed for {layer.name()}: {exc}", LOG_TAG,
                                     Qgis.MessageLevel.Warning)
            wanted = False
        if not wanted:
            if self.gate.is_installed(layer):
                self.gate.uninstall(layer)
            return
        if self.gate.is_installed(layer) or layer.id() in self.unsupported:
            return
        try:
            self.gate.install(layer)
        except GateUnsupportedError as exc:
            self.unsupported[layer.id()] = str(exc)
            self._push(tr("Topology check"), str(exc), "", Qgis.MessageLevel.Warning, 0)

    def _on_layers_added(self, layers: list) -> None:
        for layer in layers:
            self._consider(layer)

    def _on_layers_removed(self, layer_ids: list) -> None:
        for layer_id in layer_ids:
            layer = self.project.mapLayer(layer_id)
            if isinstance(layer, QgsVectorLayer) and self.gate.is_installed(layer):
                self.gate.uninstall(layer)
            self.unsupported.pop(layer_id, None)

    # reporting --------------------------------------------------------------------------------
    def _layer_name(self, layer_id: str) -> str:
        layer = self.project.mapLayer(layer_id)
        return layer.name() if layer is not None else layer_id

    def _on_refused(self, layer_id: str, problems: list) -> None:
        errors = [p for p in problems if p.is_error]
        text = tr("{layer}: not saved, {count} topology error(s). Your edits are kept; fix them and save "
                  "again.").format(layer=self._layer_name(layer_id), count=len(errors))
        details = "\n".join([
            format_problems(problems),
            "",
            tr("QGIS may also report that feature(s) could not be added because the geometry type is not "
               "compatible: that is how the plugin stops the save. Nothing was written."),
        ])
        def push() -> None:
            self._clear_refusals(layer_id)  # one "Save refused" per layer: the latest
            item = self._push(tr("Save refused"), text, details, Qgis.MessageLevel.Critical, 0)
            if item is not None:
                self._refusals.setdefault(layer_id, []).append(item)

        # After QGIS's own "Commit errors" message, so that ours is the one on top.
        QTimer.singleShot(0, push)

    def _clear_refusals(self, layer_id: str) -> None:
        bar = self._bar()
        for item in self._refusals.pop(layer_id, []):
            try:
                if bar is not None:
                    bar.popWidget(item)
            except RuntimeError:  # already closed by the user
                pass

    def _on_passed(self, layer_id: str, problems: list) -> None:
        self._clear_refusals(layer_id)  # the errors are fixed
        if not problems:
            return
        text = tr("{layer}: saved with {count} warning(s).").format(layer=self._layer_name(layer_id),
                                                                      count=len(problems))
        QTimer.singleShot(0, lambda: self._push(tr("Topology check"), text, format_problems(problems),
                                                 Qgis.MessageLevel.Warning, 10))

    def _on_unguarded(self, layer_id: str, reason: str) -> None:
        text = tr("{layer}: topology errors were found but the save could not be stopped ({reason}).").format(
            layer=self._layer_name(layer_id), reason=reason)
        problems = []
        layer = self.project.mapLayer(layer_id)
        if isinstance(layer, QgsVectorLayer):
            problems = self.gate.last_problems(layer)
        QTimer.singleShot(0, lambda: self._push(tr("Topology check"), text, format_problems(problems),
                                                 Qgis.MessageLevel.Critical, 0))

    def _bar(self):
        return self.iface.messageBar() if self.iface is not None else None

    def _push(self, title: str, text: str, details: str, level: Qgis.MessageLevel, duration: int) -> Any:
        if self._unloaded:
            return None
        QgsMessageLog.logMessage(f"{text}\n{details}".rstrip(), LOG_TAG, level)
        bar = self._bar()
        if bar is None:
            return None
        if details:
            bar.pushMessage(title, text, details, level, duration)
        else:
            bar.pushMessage(title, text, level, duration)
        item = bar.currentItem()
        if item is not None:
            self._items.append(item)
        return item

