"""Options-page section: publication targets (CSW / GeoNetwork), the store folder and its public URL."""

from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect, QgsFileWidget
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.i18n import tr
from ..core.publication.targets import (
    TARGET_TYPES,
    PublicationTarget,
    TargetError,
    public_url_problem,
    target_problems,
    targets_problems,
    type_title,
)
from ..core.settings import PluginSettings


class TargetDialog(QDialog):
    """Edit one target: name, type, URL, authentication configuration (QGIS's authentication manager)."""

    def __init__(self, target: PublicationTarget | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Publication target"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        form.addRow(tr("Name"), self.name_edit)
        self.type_combo = QComboBox(self)
        for target_type in TARGET_TYPES:
            self.type_combo.addItem(type_title(target_type), target_type)
        form.addRow(tr("Type"), self.type_combo)
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://")
        form.addRow(tr("Address"), self.url_edit)
        self.auth_select = QgsAuthConfigSelect(self)
        form.addRow(tr("Authentication"), self.auth_select)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        if target is not None:
            self.set_target(target)

    def set_target(self, target: PublicationTarget) -> None:
        """Show `target`."""
        self.name_edit.setText(target.name)
        index = self.type_combo.findData(target.type)
        self.type_combo.setCurrentIndex(max(index, 0))
        self.url_edit.setText(target.url)
        self.auth_select.setConfigId(target.authcfg)

    def target(self) -> PublicationTarget:
        """The target as typed."""
        return PublicationTarget(
            self.name_edit.text().strip(),
            str(self.type_combo.currentData()),
            self.url_edit.text().strip(),
            self.auth_select.configId() or "",
        )

    def accept(self) -> None:  # noqa: D102 (refuses an invalid target, saying why)
        problems = target_problems(self.target())
        self.status.setText("\n".join(problems))
        if not problems:
            super().accept()


class PublicationTargetsBox(QGroupBox):
    """The publication settings of the options page; :meth:`load` and :meth:`save` (PluginSettings)."""

    COLUMNS = 4  # name, type, address, authentication

    def __init__(self, parent=None, settings: PluginSettings | None = None) -> None:
        super().__init__(tr("Publication"), parent)
        self.settings = settings or PluginSettings()
        self._targets: list[PublicationTarget] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Catalogues to publish to"), self))
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Type"), tr("Address"), tr("Authentication")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the address
        self.table.doubleClicked.connect(lambda _index: self.edit_target())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add…"), self)
        self.add_button.clicked.connect(lambda: self.add_target())
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_target())
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_target)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.store_widget = QgsFileWidget(self)
        self.store_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.store_widget.setDialogTitle(tr("Publication store folder"))
        form.addRow(tr("Publication store folder"), self.store_widget)
        self.public_url_edit = QLineEdit(self)
        self.public_url_edit.setPlaceholderText(tr("empty: file:// links"))
        form.addRow(tr("Public base URL of the store"), self.public_url_edit)
        layout.addLayout(form)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.load()

    # --- targets ---------------------------------------------------------------------

    def targets(self) -> list[PublicationTarget]:
        """The targets as shown."""
        return list(self._targets)

    def set_targets(self, targets: list[PublicationTarget]) -> None:
        """Show `targets`."""
        self._targets = list(targets)
        self.table.setRowCount(len(self._targets))
        for row, target in enumerate(self._targets):
            texts = [target.name, type_title(target.type), target.url, target.authcfg or tr("none")]
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current_row() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def current_row(self) -> int | None:
        """The selected row (None when none)."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def _dialog(self, target: PublicationTarget | None) -> TargetDialog:
        """The dialog editing a target (a hook for tests)."""
        return TargetDialog(target, self)

    def add_target(self, target: PublicationTarget | None = None) -> bool:
        """Add `target`, or the one typed in the dialog; False when cancelled or the name is taken."""
        if target is None:
            dialog = self._dialog(None)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            target = dialog.target()
        return self._replace(None, target)

    def edit_target(self, row: int | None = None, target: PublicationTarget | None = None) -> bool:
        """Edit the selected target (or `row`) in the dialog, or replace it by `target`."""
        row = self.current_row() if row is None else row
        if row is None or row >= len(self._targets):
            return False
        if target is None:
            dialog = self._dialog(self._targets[row])
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            target = dialog.target()
        return self._replace(row, target)

    def _replace(self, row: int | None, target: PublicationTarget) -> bool:
        targets = list(self._targets)
        if row is None:
            targets.append(target)
        else:
            targets[row] = target
        problems = targets_problems(targets)
        self.status.setText("\n".join(problems))
        if problems:
            return False
        self.set_targets(targets)
        self.table.selectRow(len(targets) - 1 if row is None else row)
        return True

    def remove_target(self, row: int | None = None) -> bool:
        """Remove the selected target (or `row`)."""
        row = self.current_row() if row is None else row
        if row is None or row >= len(self._targets):
            return False
        self.set_targets([t for i, t in enumerate(self._targets) if i != row])
        return True

    # --- load / save ---------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Why the section cannot be saved (empty when fine)."""
        problems = targets_problems(self._targets)
        url_problem = public_url_problem(self.public_url_edit.text())
        if url_problem:
            problems.append(url_problem)
        return problems

    def load(self) -> None:
        """Show the settings."""
        self.set_targets(self.settings.publication_targets)
        self.store_widget.setFilePath(self.settings.publication_store)
        self.public_url_edit.setText(self.settings.publication_public_url)
        self.status.setText("")

    def save(self) -> bool:
        """Store the section in the settings; False (nothing stored, reasons shown) when invalid."""
        problems = self.problems()
        self.status.setText("\n".join(problems))
        if problems:
            return False
        try:
            self.settings.publication_targets = self._targets
        except TargetError as error:
            self.status.setText("\n".join(error.problems))
            return False
        self.settings.publication_store = self.store_widget.filePath()
        self.settings.publication_public_url = self.public_url_edit.text()
        return True
