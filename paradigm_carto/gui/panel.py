"""The reference-layers panel: tree by group, FR/NL filter, add selected, add the standard set."""

from __future__ import annotations

from collections.abc import Callable

from qgis.gui import QgsDockWidget, QgsFilterLineEdit
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.catalogue import Catalogue, ReferenceLayer
from ..core.i18n import tr
from ..core.settings import PluginSettings

REF_ROLE = Qt.ItemDataRole.UserRole + 1


class ReferenceLayersPanel(QgsDockWidget):
    """Dock listing the catalogue; all loading goes through the callbacks given."""

    def __init__(
        self,
        catalogue: Catalogue,
        add_layers: Callable[[list[ReferenceLayer]], None],
        add_standard_set: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("UrbIS reference layers"), parent)
        self.setObjectName("ParadigmCartoReferenceLayersPanel")
        self.catalogue = catalogue
        self.add_layers = add_layers
        self.settings = PluginSettings()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addLayout(self._mode_row())
        self.filter_edit = QgsFilterLineEdit(body)
        self.filter_edit.setPlaceholderText(tr("Filter by name (French, Dutch or English)…"))
        self.filter_edit.setShowSearchIcon(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        layout.addWidget(self.filter_edit)

        self.tree = QTreeWidget(body)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        layout.addWidget(self.tree)

        buttons = QHBoxLayout()
        self.add_selected_button = QPushButton(tr("Add selected"), body)
        self.add_selected_button.clicked.connect(self.add_selected)
        self.standard_button = QPushButton(tr("Add the standard set"), body)
        self.standard_button.clicked.connect(add_standard_set)
        buttons.addWidget(self.add_selected_button)
        buttons.addWidget(self.standard_button)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.populate()

    def _mode_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.online_button = QRadioButton(tr("Online (Region's services)"))
        self.offline_button = QRadioButton(tr("Offline (bundled sample)"))
        self.mode_group = QButtonGroup(self)
        for button in (self.online_button, self.offline_button):
            self.mode_group.addButton(button)
            row.addWidget(button)
        (self.offline_button if self.settings.mode == "offline" else self.online_button).setChecked(True)
        self.online_button.toggled.connect(self._mode_changed)
        return row

    def _mode_changed(self) -> None:
        self.settings.mode = "online" if self.online_button.isChecked() else "offline"
        self.populate()

    def populate(self) -> None:
        """(Re)build the tree for the current mode; unavailable layers are greyed out."""
        self.tree.clear()
        mode = self.settings.mode
        for group in self.catalogue.groups:
            group_item = QTreeWidgetItem(self.tree, [group.title.get()])
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for ref in self.catalogue.layers_in(group.id):
                item = QTreeWidgetItem(group_item, [ref.title.get()])
                item.setData(0, REF_ROLE, ref.id)
                item.setToolTip(0, f"{ref.title.fr}\n{ref.title.nl}")
                if ref.source_for(mode, self.settings.vector_protocol) is None:
                    item.setDisabled(True)
                    item.setToolTip(0, tr("No source for this layer in the current mode."))
            group_item.setExpanded(True)
        self.apply_filter(self.filter_edit.text())

    def apply_filter(self, text: str) -> None:
        """Show only layers whose French, Dutch or English title contains `text`."""
        for index in range(self.tree.topLevelItemCount()):
            group_item = self.tree.topLevelItem(index)
            visible_children = 0
            for child_index in range(group_item.childCount()):
                child = group_item.child(child_index)
                ref = self.catalogue.layer(child.data(0, REF_ROLE))
                shown = not text.strip() or ref.title.matches(text)
                child.setHidden(not shown)
                visible_children += shown
            group_item.setHidden(visible_children == 0)

    def selected_layers(self) -> list[ReferenceLayer]:
        """Catalogue entries selected in the tree (visible and enabled only)."""
        return [
            self.catalogue.layer(item.data(0, REF_ROLE))
            for item in self.tree.selectedItems()
            if item.data(0, REF_ROLE) and not item.isHidden() and not item.isDisabled()
        ]

    def add_selected(self) -> None:
        """Add the selected layers to the project."""
        refs = self.selected_layers()
        if refs:
            self.add_layers(refs)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, REF_ROLE) and not item.isDisabled():
            self.add_layers([self.catalogue.layer(item.data(0, REF_ROLE))])
