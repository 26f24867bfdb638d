"""House style in the GUI: the "house labels" dialog, restore actions and the per-layer indicator."""

from __future__ import annotations

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsLayerTreeViewIndicator, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QObject, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..core.conformity import carries_house_style, check_conformity, restore_house_style
from ..core.i18n import tr
from ..core.labels import detect_pair, mode_titles
from ..core.paths import icon_path
from ..core.settings import PluginSettings
from ..core.styling import apply_house_labels
from .feedback import push


class HouseLabelsDialog(QDialog):
    """Pick a layer and its French and Dutch fields; label it the Brussels way."""

    def __init__(self, layer: QgsVectorLayer | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Bilingual house labels"))
        form = QFormLayout(self)
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setFilters(_vector_filter())
        if layer is not None:
            self.layer_combo.setLayer(layer)
        self.fr_combo = QgsFieldComboBox(self)
        self.nl_combo = QgsFieldComboBox(self)
        self.mode_combo = QComboBox(self)
        for mode, title in mode_titles().items():
            self.mode_combo.addItem(title, mode)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(PluginSettings().label_mode))
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        form.addRow(tr("Layer"), self.layer_combo)
        form.addRow(tr("French name field"), self.fr_combo)
        form.addRow(tr("Dutch name field"), self.nl_combo)
        form.addRow(tr("Label mode"), self.mode_combo)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self._layer_changed(self.layer_combo.currentLayer())

    def _layer_changed(self, layer) -> None:
        """Offer the layer's fields, preselecting the FR/NL pair when one is recognised."""
        self.fr_combo.setLayer(layer)
        self.nl_combo.setLayer(layer)
        pair = detect_pair(layer.fields().names()) if isinstance(layer, QgsVectorLayer) else None
        if pair:
            self.fr_combo.setField(pair[0])
            self.nl_combo.setField(pair[1])
        self.message.setText("" if pair or layer is None else tr("No French/Dutch field pair recognised: pick both."))

    def problem(self) -> str | None:
        """Why the choice cannot be applied (None when it can)."""
        layer = self.layer_combo.currentLayer()
        fr, nl = self.fr_combo.currentField(), self.nl_combo.currentField()
        if not isinstance(layer, QgsVectorLayer):
            return tr("Choose a vector layer.")
        if not fr or not nl:
            return tr("Choose a French and a Dutch field of layer '{layer}'.").format(layer=layer.name())
        if fr == nl:
            return tr("The French and Dutch fields must differ (both are '{field}').").format(field=fr)
        return None

    def accept(self) -> None:  # noqa: D102
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        layer = self.layer_combo.currentLayer()
        fr, nl = self.fr_combo.currentField(), self.nl_combo.currentField()
        apply_house_labels(layer, fr, nl, self.mode_combo.currentData())
        layer.triggerRepaint()
        super().accept()


def _vector_filter():
    """The 'vector layers' filter of QgsMapLayerComboBox, wherever this QGIS version keeps it."""
    holder = getattr(Qgis, "LayerFilter", None)
    return holder.VectorLayer if holder is not None else QgsMapLayerProxyModel.Filter.VectorLayer


def restore_layer(iface, layer) -> None:
    """Restore the house style of one layer, with feedback."""
    if isinstance(layer, QgsVectorLayer) and restore_house_style(layer):
        push(iface, tr("House style restored on '{layer}'.").format(layer=layer.name()), Qgis.MessageLevel.Success, 4)
    else:
        push(iface, tr("Select a layer styled by Paradigm or carrying house labels."), Qgis.MessageLevel.Info, 5)


def report_layer(iface, layer) -> None:
    """Tell whether a layer carries the house style, and what drifted."""
    if not isinstance(layer, QgsVectorLayer):
        push(iface, tr("Select a vector layer."), Qgis.MessageLevel.Info, 4)
        return
    report = check_conformity(layer)
    level = Qgis.MessageLevel.Success if report.conformant else Qgis.MessageLevel.Warning
    push(iface, report.text(), level, 8)


class StyleIndicators(QObject):
    """A warning icon in the layer tree beside each house-styled layer that drifted; click to restore."""

    def __init__(self, iface) -> None:
        super().__init__()
        self.iface = iface
        self.indicators: dict[str, QgsLayerTreeViewIndicator] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self._watched: set[str] = set()
        QgsProject.instance().layersAdded.connect(self._layers_added)
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)
        self._layers_added(list(QgsProject.instance().mapLayers().values()))

    def _layers_added(self, layers) -> None:
        for layer in layers:
            if isinstance(layer, QgsVectorLayer) and layer.id() not in self._watched:
                layer.styleChanged.connect(self._timer.start)
                layer.rendererChanged.connect(self._timer.start)
                layer.customPropertyChanged.connect(self._timer.start)
                self._watched.add(layer.id())
        self._timer.start()

    def _layers_removed(self, layer_ids) -> None:
        for layer_id in layer_ids:
            self._watched.discard(layer_id)
            self._remove(layer_id)

    def refresh(self) -> None:
        """Recheck every house-styled layer; add or remove indicators."""
        view = self.iface.layerTreeView()
        for layer in QgsProject.instance().mapLayers().values():
            drifted = (
                isinstance(layer, QgsVectorLayer)
                and carries_house_style(layer)
                and not check_conformity(layer).conformant
            )
            node = view.layerTreeModel().rootGroup().findLayer(layer.id()) if view else None
            if drifted and node is not None and layer.id() not in self.indicators:
                indicator = QgsLayerTreeViewIndicator(view)
                indicator.setIcon(QIcon(icon_path("style_drift.svg")))
                indicator.setToolTip(tr("This layer drifted from the house style: click to restore it."))
                indicator.clicked.connect(lambda _index, lyr=layer: restore_layer(self.iface, lyr))
                view.addIndicator(node, indicator)
                self.indicators[layer.id()] = indicator
            elif not drifted:
                self._remove(layer.id())

    def _remove(self, layer_id: str) -> None:
        indicator = self.indicators.pop(layer_id, None)
        view = self.iface.layerTreeView()
        if indicator is None or view is None:
            return
        node = view.layerTreeModel().rootGroup().findLayer(layer_id)
        if node is not None:
            view.removeIndicator(node, indicator)
        indicator.deleteLater()

    def unload(self) -> None:
        """Remove every indicator and disconnect."""
        self._timer.stop()
        for layer_id in list(self.indicators):
            self._remove(layer_id)
        QgsProject.instance().layersAdded.disconnect(self._layers_added)
        QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)
        for layer_id in self._watched:
            layer = QgsProject.instance().mapLayer(layer_id)
            if layer is not None:
                for signal in (layer.styleChanged, layer.rendererChanged, layer.customPropertyChanged):
                    try:
                        signal.disconnect(self._timer.start)
                    except TypeError:
                        pass
        self._watched.clear()
