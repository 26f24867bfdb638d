"""*Topology rules of a layer…*: attach a rule set (shipped, or a JSON file of one's own) to any
vector layer of the project. The binding is stored in the project (see
:mod:`paradigm_carto.core.topology.binding`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ..core.i18n import tr
from ..core.topology.binding import (
    NO_RULES,
    SHIPPED_PREFIX,
    bind,
    binding,
    describe_binding,
    resolve_ref,
    shipped_rule_set_for,
    shipped_rule_sets,
    unbind,
)
from ..core.topology.errors import RuleFileError
from ..core.topology.rules import RuleSet
from .topology_dock import severity_text

DEFAULT = "default"  # no project binding: the shipped set by the layer's name or catalogue id
FILE = "file"  # a rule file of the user's own


def _vector_filter():
    from qgis.core import Qgis

    holder = getattr(Qgis, "LayerFilter", None)
    return holder.VectorLayer if holder is not None else QgsMapLayerProxyModel.Filter.VectorLayer


class TopologyRulesDialog(QDialog):
    """Choose the rule set of a layer; OK stores it in the project (`on_changed()` is called then)."""

    def __init__(self, layer: QgsVectorLayer | None = None, parent: QWidget | None = None,
                 on_changed: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Topology rules of a layer"))
        self.on_changed = on_changed
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setFilters(_vector_filter())
        if isinstance(layer, QgsVectorLayer):
            self.layer_combo.setLayer(layer)
        self.current = QLabel("", self)
        self.current.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.addItem(tr("Default: the shipped rule set matching the layer's name"), DEFAULT)
        self.choice.addItem(tr("No topology rules"), NO_RULES)
        self._shipped: list[RuleSet] = []
        try:
            self._shipped = shipped_rule_sets()
        except RuleFileError:  # a broken installation: the user's own files still work
            self._shipped = []
        for rule_set in self._shipped:
            self.choice.addItem(tr("Shipped: {id} ({layer})").format(id=rule_set.id, layer=rule_set.layer),
                                SHIPPED_PREFIX + rule_set.id)
        self.choice.addItem(tr("A rule file of my own (JSON)…"), FILE)
        self.file_widget = QgsFileWidget(self)
        self.file_widget.setFilter(tr("Topology rules (*.json)"))
        self.file_widget.setDialogTitle(tr("Choose a rule file"))
        self.rules_view = QPlainTextEdit(self)
        self.rules_view.setReadOnly(True)
        self.rules_view.setMaximumHeight(160)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        form.addRow(tr("Layer"), self.layer_combo)
        form.addRow(tr("Now"), self.current)
        form.addRow(tr("Rule set"), self.choice)
        form.addRow(tr("Rule file"), self.file_widget)
        form.addRow(tr("Rules"), self.rules_view)
        form.addRow(self.message)
        form.addRow(QLabel(tr("The choice is saved in the project: save the project to keep it."), self))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.layer_combo.layerChanged.connect(lambda *_args: self._layer_changed())
        self.choice.currentIndexChanged.connect(lambda *_args: self.preview())
        self.file_widget.fileChanged.connect(lambda *_args: self.preview())
        self._layer_changed()

    # --- state ---------------------------------------------------------------------------------
    def layer(self) -> QgsVectorLayer | None:
        layer = self.layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    def choose(self, key: str) -> None:
        """Pick an entry: 'default', 'none', 'shipped:<id>' or 'file'."""
        index = self.choice.findData(key)
        if index < 0:
            raise KeyError(key)
        self.choice.setCurrentIndex(index)

    def set_file(self, path: str | Path) -> None:
        """Pick a rule file of the user's own."""
        self.choose(FILE)
        self.file_widget.setFilePath(str(path))
        self.preview()

    def _layer_changed(self) -> None:
        layer = self.layer()
        self.current.setText(describe_binding(layer) if layer is not None else "")
        ref = binding(layer) if layer is not None else None
        if ref is None:
            self.choose(DEFAULT)
        elif ref.lower() == NO_RULES:
            self.choose(NO_RULES)
        elif ref.lower().startswith(SHIPPED_PREFIX) and self.choice.findData(ref) >= 0:
            self.choose(ref)
        else:
            self.choose(FILE)
            self.file_widget.setFilePath(ref)
        self.preview()

    def chosen(self) -> tuple[str, RuleSet | None]:
        """(the entry's key or the file path, the rule set it gives); RuleFileError when the file is bad."""
        key = self.choice.currentData()
        if key == FILE:
            path = self.file_widget.filePath().strip()
            if not path:
                raise RuleFileError("-", "-", tr("choose a rule file"))
            return path, resolve_ref(str(Path(path).expanduser().resolve()))
        if key == DEFAULT:
            layer = self.layer()
            return key, shipped_rule_set_for(layer) if layer is not None else None
        if key == NO_RULES:
            return key, None
        return key, resolve_ref(key)

    def preview(self) -> bool:
        """Show the rules of the choice, or why the choice cannot be used; True when it can."""
        self.file_widget.setEnabled(self.choice.currentData() == FILE)
        try:
            _key, rule_set = self.chosen()
        except RuleFileError as error:
            self.rules_view.setPlainText("")
            self._say(str(error), error=True)
            return False
        if rule_set is None:
            self.rules_view.setPlainText(tr("No rules: saves of this layer are not checked."))
        else:
            lines = [rule_set.description, ""] if rule_set.description else []
            lines += [f"{rule.id}: {rule.check} ({severity_text(rule.severity)})" for rule in rule_set.rules]
            self.rules_view.setPlainText("\n".join(lines))
        self._say("")
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error and text else "")

    # --- apply ---------------------------------------------------------------------------------
    def apply(self) -> bool:
        """Store the choice in the project; False (and the reason shown) when it cannot be used."""
        layer = self.layer()
        if layer is None:
            self._say(tr("Choose a vector layer."), error=True)
            return False
        try:
            key, _rule_set = self.chosen()
            if key == DEFAULT:
                unbind(layer)
            else:
                bind(layer, key)
        except RuleFileError as error:
            self._say(str(error), error=True)
            return False
        self.current.setText(describe_binding(layer))
        if self.on_changed is not None:
            self.on_changed()
        return True

    def accept(self) -> None:  # noqa: D102
        if self.apply():
            super().accept()
