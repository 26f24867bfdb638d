"""The publication wizard: checks (approval), bilingual metadata, target, publication in a QgsTask.

*Paradigm › Publish to catalogue…* (or the layer tree's context menu) opens :class:`PublishWizard`
for a layer. Page 1 shows the approval state and validates / approves the layer; Next only once it
is approved. Page 2 edits the metadata in French and Dutch side by side (English optional), with
the required fields still empty highlighted and listed; it is saved with the layer on Next. Page 3
picks a configured target (Settings › Options › Paradigm › Publication). Page 4 runs
:func:`~paradigm_carto.core.publication.publisher.publish` in a background task (progress, Cancel)
and shows the result or the failure; it never says "published" unless ``publish()`` returned.
:func:`withdraw_layer` withdraws a published layer; :class:`PublicationLogDialog` lists the log.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsFeedback, QgsMessageLog, QgsTask, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.i18n import tr
from ..core.metadata.model import (
    MAINTENANCE_FREQUENCIES,
    TOPIC_CATEGORIES,
    Contact,
    LayerMetadata,
    LocalisedText,
    load_from_layer,
    prefill_from_layer,
    save_with_layer,
)
from ..core.publication import approval, log
from ..core.publication.publisher import (
    ConflictError,
    PublicationCancelledError,
    PublicationError,
    PublicationRefusedError,
    PublicationResult,
    publish,
    withdraw,
)
from ..core.publication.store import PublicationStore
from ..core.publication.targets import PublicationTarget, TargetError, client_for, find_target, type_title
from ..core.settings import PluginSettings
from .feedback import LOG_TAG, push

OPTIONS_PAGE_NAME = "ParadigmCartoOptionsPage"
WIZARD_OBJECT_NAME = "ParadigmCartoPublishWizard"
MISSING_STYLE = "background-color: #ffd9d9;"
CHECKS_PAGE, METADATA_PAGE, TARGET_PAGE, PUBLISH_PAGE = range(4)


def state_title(state: str) -> str:
    """An approval state for people."""
    titles = {
        approval.DRAFT: tr("draft"),
        approval.VALIDATED: tr("validated"),
        approval.APPROVED: tr("approved"),
        approval.PUBLISHED: tr("published"),
    }
    return titles.get(state, state)


def action_title(action: str) -> str:
    """A log or publication action for people."""
    titles = {
        "publish": tr("publication"),
        "withdraw": tr("withdrawal"),
        "insert": tr("new record"),
        "update": tr("record updated"),
    }
    return titles.get(action, action)


def result_title(result: str) -> str:
    """A log result for people."""
    titles = {
        "published": tr("published"),
        "withdrawn": tr("withdrawn"),
        "refused": tr("refused"),
        "conflict": tr("conflict"),
        "failed": tr("failed"),
        "cancelled": tr("cancelled"),
    }
    return titles.get(result, result)


def publish_action_text() -> str:
    """The menu and layer-tree action that opens the wizard."""
    return tr("Publish to catalogue…")


def withdraw_action_text() -> str:
    """The menu action that withdraws the current layer."""
    return tr("Withdraw from catalogue…")


def log_action_text() -> str:
    """The menu action that shows the publication log."""
    return tr("Publication log")


def vector_layer_type():
    """The vector layer type for ``iface.addCustomActionForLayerType`` (Qgis.LayerType from 3.30)."""
    new = getattr(Qgis, "LayerType", None)
    if new is not None:
        return new.Vector
    from qgis.core import QgsMapLayerType

    return QgsMapLayerType.VectorLayer


def open_options(iface) -> None:
    """QGIS's Options dialog at the plugin's page."""
    if iface is not None:
        iface.showOptionsDialog(iface.mainWindow(), currentPage=OPTIONS_PAGE_NAME)


def _push(iface, message: str, level: Qgis.MessageLevel, duration: int = 8) -> None:
    if iface is not None:
        push(iface, message, level, duration)
    else:
        QgsMessageLog.logMessage(message, LOG_TAG, level)


# --- page 1: checks -------------------------------------------------------------------------


class ChecksPage(QWizardPage):
    """The approval state and its reasons; Validate and Approve; complete once approved."""

    def __init__(self, layer: QgsVectorLayer, parent=None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.state: approval.ApprovalState | None = None
        self.setTitle(tr("Checks"))
        self.setSubTitle(tr("Only an approved layer can be published: validate it (topology and house style), "
                            "then approve it."))
        layout = QVBoxLayout(self)
        self.state_label = QLabel("", self)
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.reasons = QListWidget(self)
        layout.addWidget(self.reasons)
        self.details = QLabel("", self)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.validate_button = QPushButton(tr("Validate"), self)
        self.validate_button.clicked.connect(self.validate)
        layout.addWidget(self.validate_button)
        box = QGroupBox(tr("Approval"), self)
        form = QFormLayout(box)
        self.approver_edit = QLineEdit(approval.current_user(), box)
        form.addRow(tr("Approved by"), self.approver_edit)
        self.comment_edit = QLineEdit(box)
        form.addRow(tr("Comment"), self.comment_edit)
        self.approve_button = QPushButton(tr("Approve"), box)
        self.approve_button.clicked.connect(self.approve)
        form.addRow(self.approve_button)
        layout.addWidget(box)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802, D102
        self.refresh()

    def refresh(self) -> None:
        """Read the layer's state again (fingerprints compared) and show it."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.state = approval.state_of(self.layer)
        except approval.ApprovalError as error:
            self.state = approval.ApprovalState(approval.DRAFT, None, [str(error)])
        finally:
            QApplication.restoreOverrideCursor()
        state = self.state
        self.state_label.setText(tr("Layer '{layer}': {state}.").format(
            layer=self.layer.name(), state=state_title(state.state)))
        record = state.record
        lines = list(state.reasons)
        if record is not None and state.state != approval.DRAFT:
            if record.validated_by:
                lines.append(tr("Validated by {who} on {when}.").format(who=record.validated_by,
                                                                       when=record.validated_at))
            if record.approved_by and state.approved:
                lines.append(tr("Approved by {who} on {when}.").format(who=record.approved_by,
                                                                      when=record.approved_at))
        self.reasons.clear()
        self.reasons.addItems(lines)
        self.validate_button.setEnabled(state.state in (approval.DRAFT, approval.VALIDATED))
        self.approve_button.setEnabled(state.state == approval.VALIDATED)
        self.completeChanged.emit()

    def validate(self) -> approval.ValidationOutcome | None:
        """Run the layer's topology rules and the house-style check (approval.validate)."""
        self.message.setText("")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = approval.validate(self.layer, who=self.approver_edit.text().strip() or None)
        except approval.ApprovalError as error:
            self.message.setText(str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        details = []
        topology = outcome.topology
        if topology is not None:
            details.append(tr("Topology: {errors} error(s), {warnings} warning(s).").format(
                errors=topology.error_count, warnings=topology.warning_count))
        if outcome.conformity is not None:
            details.append(outcome.conformity.summary())
        self.details.setText("\n".join(details))
        self.message.setText(tr("Validated: the layer can now be approved.") if outcome.passed
                             else tr("The validation found problems: see the reasons above."))
        self.refresh()
        return outcome

    def approve(self) -> bool:
        """Record the approval (name and comment typed here)."""
        try:
            approval.approve(self.layer, self.approver_edit.text().strip(), self.comment_edit.text().strip())
        except approval.ApprovalError as error:
            self.message.setText(str(error))
            self.refresh()
            return False
        self.message.setText(tr("Approved."))
        self.refresh()
        return True

    def isComplete(self) -> bool:  # noqa: N802, D102
        return self.state is not None and self.state.approved

    def validatePage(self) -> bool:  # noqa: N802, D102 (also when next() is called directly)
        return self.isComplete()


# --- page 2: metadata -----------------------------------------------------------------------


class MetadataPage(QWizardPage):
    """French and Dutch side by side (English optional); required fields highlighted and listed."""

    LANGUAGE_COLUMNS = ("fr", "nl", "en")

    def __init__(self, layer: QgsVectorLayer, parent=None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.base: LayerMetadata | None = None
        self.setTitle(tr("Metadata"))
        self.setSubTitle(tr("French and Dutch are required. English is optional, but once any English text is "
                            "given, every English text is required."))
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        headers = (tr("French"), tr("Dutch"), tr("English (optional)"))
        for column, header in enumerate(headers, start=1):
            grid.addWidget(QLabel(f"<b>{header}</b>", self), 0, column)
        self.texts: dict[tuple[str, str], QWidget] = {}
        rows = (
            ("title", tr("Title"), False),
            ("abstract", tr("Abstract"), True),
            ("keywords", tr("Keywords (comma-separated)"), False),
            ("lineage", tr("Lineage"), True),
            ("licence", tr("Licence"), False),
        )
        for row, (name, label, long_text) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label, self), row, 0)
            for column, language in enumerate(self.LANGUAGE_COLUMNS, start=1):
                edit = QPlainTextEdit(self) if long_text else QLineEdit(self)
                if long_text:
                    edit.setMaximumHeight(70)
                edit.setObjectName(f"{name}_{language}")
                edit.textChanged.connect(self.update_missing)
                self.texts[(name, language)] = edit
                grid.addWidget(edit, row, column)
        layout.addLayout(grid)
        form = QFormLayout()
        self.identifier_label = QLabel("", self)
        self.identifier_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("Identifier"), self.identifier_label)
        self.topic_combo = QComboBox(self)
        self.topic_combo.addItem("", "")
        for code in TOPIC_CATEGORIES:
            self.topic_combo.addItem(code, code)
        self.topic_combo.currentIndexChanged.connect(self.update_missing)
        form.addRow(tr("Topic category"), self.topic_combo)
        self.frequency_combo = QComboBox(self)
        self.frequency_combo.addItem("", "")
        for code in MAINTENANCE_FREQUENCIES:
            self.frequency_combo.addItem(code, code)
        self.frequency_combo.currentIndexChanged.connect(self.update_missing)
        form.addRow(tr("Update frequency"), self.frequency_combo)
        self.organisation_edit = QLineEdit(self)
        self.organisation_edit.textChanged.connect(self.update_missing)
        form.addRow(tr("Contact organisation"), self.organisation_edit)
        self.email_edit = QLineEdit(self)
        self.email_edit.textChanged.connect(self.update_missing)
        form.addRow(tr("Contact e-mail"), self.email_edit)
        self.licence_url_edit = QLineEdit(self)
        form.addRow(tr("Licence URL"), self.licence_url_edit)
        layout.addLayout(form)
        self.missing_label = QLabel("", self)
        self.missing_label.setWordWrap(True)
        layout.addWidget(self.missing_label)
        self.missing: list = []
        self._loading = False

    def initializePage(self) -> None:  # noqa: N802, D102
        if self.base is None:
            self.load()

    def load(self) -> None:
        """Fill the page: the metadata stored with the layer (layer facts refreshed), else prefilled."""
        stored = load_from_layer(self.layer)
        self.set_metadata(prefill_from_layer(self.layer, stored))

    def _edit_text(self, widget: QWidget) -> str:
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def _set_text(self, widget: QWidget, text: str) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)

    def set_metadata(self, metadata: LayerMetadata) -> None:
        """Show `metadata` (kept as the base of what the page returns)."""
        self._loading = True
        try:
            self.base = metadata
            for (name, language), widget in self.texts.items():
                if name == "keywords":
                    text = ", ".join(k.get(language) for k in metadata.keywords if k.get(language).strip())
                else:
                    text = getattr(metadata, name).get(language)
                self._set_text(widget, text)
            self.identifier_label.setText(metadata.identifier)
            self.topic_combo.setCurrentIndex(max(self.topic_combo.findData(metadata.topic_category), 0))
            self.frequency_combo.setCurrentIndex(max(self.frequency_combo.findData(metadata.update_frequency), 0))
            self.organisation_edit.setText(metadata.contact.organisation)
            self.email_edit.setText(metadata.contact.email)
            self.licence_url_edit.setText(metadata.licence_url)
        finally:
            self._loading = False
        self.update_missing()

    def metadata(self) -> LayerMetadata:
        """The metadata as edited (identifier, extents, fields and links from the base)."""
        metadata = LayerMetadata.from_dict(self.base.to_dict()) if self.base else prefill_from_layer(self.layer)
        for name in ("title", "abstract", "lineage", "licence"):
            setattr(metadata, name, LocalisedText(
                *(self._edit_text(self.texts[(name, lang)]).strip() for lang in self.LANGUAGE_COLUMNS)))
        words = {lang: [w.strip() for w in self._edit_text(self.texts[("keywords", lang)]).split(",") if w.strip()]
                 for lang in self.LANGUAGE_COLUMNS}
        count = max(len(w) for w in words.values())
        metadata.keywords = [
            LocalisedText(*(words[lang][i] if i < len(words[lang]) else "" for lang in self.LANGUAGE_COLUMNS))
            for i in range(count)
        ]
        metadata.topic_category = self.topic_combo.currentData() or ""
        metadata.update_frequency = self.frequency_combo.currentData() or ""
        metadata.contact = Contact(self.organisation_edit.text().strip(), self.email_edit.text().strip())
        metadata.licence_url = self.licence_url_edit.text().strip()
        return metadata

    def _widgets_for(self, key: str) -> list[QWidget]:
        name, _, language = key.partition(".")
        if (name, language) in self.texts:
            return [self.texts[(name, language)]]
        if key == "keywords":
            return [self.texts[("keywords", lang)] for lang in ("fr", "nl")]
        others = {
            "topic_category": self.topic_combo,
            "update_frequency": self.frequency_combo,
            "contact.organisation": self.organisation_edit,
            "contact.email": self.email_edit,
        }
        return [others[key]] if key in others else []

    def all_widgets(self) -> list[QWidget]:
        """Every widget that can be highlighted."""
        return [*self.texts.values(), self.topic_combo, self.frequency_combo, self.organisation_edit,
                self.email_edit]

    def highlighted(self) -> list[str]:
        """Object names (or class names) of the widgets highlighted as missing (for tests and people)."""
        return [w.objectName() for w in self.all_widgets() if w.property("paradigm_missing")]

    def update_missing(self) -> None:
        """Highlight the required fields still empty and list them."""
        if self._loading:
            return
        self.missing = self.metadata().missing_required()
        flagged = {id(w) for m in self.missing for w in self._widgets_for(m.key)}
        for widget in self.all_widgets():
            missing = id(widget) in flagged
            widget.setProperty("paradigm_missing", missing)
            widget.setStyleSheet(MISSING_STYLE if missing else "")
        if self.missing:
            self.missing_label.setText(tr("Required fields still empty: {fields}").format(
                fields=", ".join(m.label for m in self.missing)))
        else:
            self.missing_label.setText(tr("All required fields are filled."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802, D102
        return self.base is not None and not self.missing

    def validatePage(self) -> bool:  # noqa: N802, D102 (saved with the layer on Next)
        metadata = self.metadata()
        if metadata.missing_required():
            return False
        try:
            saved = save_with_layer(self.layer, metadata)
        except Exception as error:  # noqa: BLE001 (an unwritable GeoPackage: say it, stay here)
            self.missing_label.setText(tr("The metadata could not be saved with layer '{layer}': {error}").format(
                layer=self.layer.name(), error=error))
            return False
        if not saved:
            self.missing_label.setText(tr("Layer '{layer}' is not in a GeoPackage: its metadata cannot be saved "
                                          "with it.").format(layer=self.layer.name()))
            return False
        self.base = metadata
        return True


# --- page 3: target -------------------------------------------------------------------------


class TargetPage(QWizardPage):
    """A configured target and the store folder; a way to the options page when none is configured."""

    def __init__(self, iface, settings: PluginSettings, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.settings = settings
        self.setTitle(tr("Target"))
        self.setSubTitle(tr("The catalogue that receives the record, and the store that receives the data package."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.target_combo = QComboBox(self)
        self.target_combo.currentIndexChanged.connect(self._show_target)
        form.addRow(tr("Catalogue"), self.target_combo)
        self.address_label = QLabel("", self)
        self.address_label.setWordWrap(True)
        form.addRow(tr("Address"), self.address_label)
        self.store_label = QLabel("", self)
        self.store_label.setWordWrap(True)
        form.addRow(tr("Publication store folder"), self.store_label)
        self.public_url_label = QLabel("", self)
        form.addRow(tr("Public base URL of the store"), self.public_url_label)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.options_button = QPushButton(tr("Open the publication settings…"), self)
        self.options_button.clicked.connect(self.open_options)
        layout.addWidget(self.options_button)
        layout.addStretch(1)
        self.targets: list[PublicationTarget] = []

    def initializePage(self) -> None:  # noqa: N802, D102
        self.reload()

    def reload(self) -> None:
        """Read the targets and the store from the settings again."""
        current = self.target_combo.currentData()
        self.targets = self.settings.publication_targets
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        for target in self.targets:
            self.target_combo.addItem(f"{target.name} ({type_title(target.type)})", target.name)
        index = self.target_combo.findData(current)
        self.target_combo.setCurrentIndex(index if index >= 0 else 0 if self.targets else -1)
        self.target_combo.blockSignals(False)
        store = self.settings.publication_store
        self.store_label.setText(store or tr("not configured"))
        self.public_url_label.setText(self.settings.publication_public_url or tr("none (file:// links)"))
        problems = []
        if not self.targets:
            problems.append(tr("No publication target is configured."))
        if not store:
            problems.append(tr("No publication store folder is configured."))
        if problems:
            problems.append(tr("Configure them in Settings › Options › Paradigm › Publication."))
        self.message.setText("\n".join(problems))
        self.options_button.setVisible(bool(problems))
        self._show_target()

    def _show_target(self, *_args) -> None:
        target = self.target()
        self.address_label.setText(target.url if target else "")
        self.completeChanged.emit()

    def target(self) -> PublicationTarget | None:
        """The chosen target (None when none)."""
        name = self.target_combo.currentData()
        return next((t for t in self.targets if t.name == name), None)

    def open_options(self) -> None:
        """The options page, then the settings read again."""
        open_options(self.iface)
        self.reload()

    def isComplete(self) -> bool:  # noqa: N802, D102
        return self.target() is not None and bool(self.settings.publication_store)

    def validatePage(self) -> bool:  # noqa: N802, D102
        return self.isComplete()


# --- page 4: publish ------------------------------------------------------------------------


class PublishTask(QgsTask):
    """`publish()` in a worker thread; `on_done(task)` in the main thread. `result` or `error` tells."""

    def __init__(self, layer: QgsVectorLayer, metadata: LayerMetadata, client, store: PublicationStore,
                 who: str, on_done: Callable) -> None:
        super().__init__(tr("Publication of {layer}").format(layer=layer.name()), QgsTask.Flag.CanCancel)
        self.layer = layer
        self.metadata = metadata
        self.client = client
        self.store = store
        self.who = who
        self.on_done = on_done
        self.result: PublicationResult | None = None
        self.error: BaseException | None = None
        self._feedback = QgsFeedback()
        self._feedback.progressChanged.connect(self.setProgress)
        self.setDependentLayers([layer])

    def run(self) -> bool:
        """Worker thread."""
        if self.isCanceled():
            self._feedback.cancel()
        try:
            self.result = publish(self.layer, self.metadata, self.client, self.store, self._feedback, self.who)
        except Exception as error:  # noqa: BLE001 (reported in the main thread)
            self.error = error
            if not isinstance(error, PublicationError):
                QgsMessageLog.logMessage(f"publication failed:\n{traceback.format_exc()}", LOG_TAG,
                                         Qgis.MessageLevel.Critical)
            return False
        return True

    def cancel(self) -> None:  # noqa: D102 (also the task manager's cancel button)
        self._feedback.cancel()
        super().cancel()

    def finished(self, result: bool) -> None:  # noqa: D102 (main thread)
        self.on_done(self)


class PublishPage(QWizardPage):
    """Runs the publication in a task; shows the result or why it failed."""

    def __init__(self, iface, layer: QgsVectorLayer, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.layer = layer
        self.layer_name = layer.name()  # the layer may be removed while the task runs
        self.setTitle(tr("Publish"))
        self.setSubTitle(tr("The data package goes to the store, then the record to the catalogue. A failure "
                            "leaves both as they were."))
        layout = QVBoxLayout(self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.publish_button = QPushButton(tr("Publish"), self)
        self.publish_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(tr("Cancel the publication"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.withdraw_button = QPushButton(tr("Withdraw…"), self)
        self.withdraw_button.setToolTip(tr("Remove the record from the catalogue and the package from the store."))
        self.withdraw_button.clicked.connect(lambda: self.withdraw())
        for button in (self.publish_button, self.cancel_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.outcome = QLabel("", self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.reasons = QListWidget(self)
        self.reasons.setVisible(False)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        self.task: PublishTask | None = None
        self.result: PublicationResult | None = None
        self.error: BaseException | None = None

    def wizard_(self) -> PublishWizard:
        return self.wizard()

    def initializePage(self) -> None:  # noqa: N802, D102
        wizard = self.wizard_()
        target = wizard.target_page.target()
        self.summary.setText(tr("Layer '{layer}' to '{target}' ({url}); store: {store}").format(
            layer=self.layer.name(), target=target.name if target else "", url=target.url if target else "",
            store=wizard.settings.publication_store))
        self._update_withdraw()

    def _update_withdraw(self) -> None:
        try:
            record = approval.load_record(self.layer)
        except RuntimeError:  # the layer was removed from the project (its C++ object is gone)
            record = None
        self.withdraw_button.setEnabled(self.task is None and record is not None
                                        and record.state == approval.PUBLISHED)

    def is_running(self) -> bool:
        """True while the publication task runs."""
        return self.task is not None

    def start(self) -> PublishTask | None:
        """Start the publication task (None when it cannot start; the page says why)."""
        if self.task is not None:
            return None
        wizard = self.wizard_()
        target = wizard.target_page.target()
        store_root = wizard.settings.publication_store
        self.result, self.error = None, None
        self.reasons.clear()
        self.reasons.setVisible(False)
        if target is None or not store_root:
            self.outcome.setText(tr("Choose a target and configure the publication store first."))
            return None
        try:
            client = client_for(target)
        except TargetError as error:
            self.outcome.setText(str(error))
            return None
        store = PublicationStore(store_root, wizard.settings.publication_public_url)
        metadata = wizard.metadata_page.metadata()
        task = PublishTask(self.layer, metadata, client, store, wizard.checks_page.approver_edit.text().strip()
                           or approval.current_user(), self._done)
        self.task = task
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.publish_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.withdraw_button.setEnabled(False)
        self.outcome.setText(tr("Publishing layer '{layer}'…").format(layer=self.layer.name()))
        self.completeChanged.emit()
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel(self) -> None:
        """Cancel the running publication (honoured until the catalogue write starts)."""
        if self.task is not None:
            self.task.cancel()
            self.outcome.setText(tr("Cancelling…"))

    def _done(self, task: PublishTask) -> None:
        if self.task is task:
            self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.publish_button.setEnabled(True)
        name = self.layer_name
        if task.result is not None:
            result = task.result
            self.result = result
            self.publish_button.setEnabled(False)
            text = tr("Published layer '{layer}' as record '{identifier}' ({action}), revision {revision}.").format(
                layer=name, identifier=result.identifier, action=action_title(result.action),
                revision=result.revision)
            details = tr("Package: {package}\nDownload link: {url}").format(package=result.package,
                                                                           url=result.download_url)
            self.outcome.setText(f"{text}\n{details}")
            _push(self.iface, text, Qgis.MessageLevel.Success, 8)
        else:
            error = task.error
            self.error = error
            if isinstance(error, PublicationRefusedError):
                text = tr("The publication of layer '{layer}' was refused:").format(layer=name)
                self.reasons.addItems(error.reasons)
                self.reasons.setVisible(True)
                level = Qgis.MessageLevel.Warning
                message = f"{text} {' '.join(error.reasons)}"
            elif isinstance(error, ConflictError):
                text = tr("Conflict: the catalogue record of layer '{layer}' changed since it was last published "
                          "from this copy. Nothing was written.").format(layer=name)
                message = f"{text} {error.reason}"
                text = message
                level = Qgis.MessageLevel.Warning
            elif isinstance(error, PublicationCancelledError) or (error is None and task.isCanceled()):
                text = message = tr("The publication of layer '{layer}' was cancelled; the store and the catalogue "
                                    "are unchanged.").format(layer=name)
                level = Qgis.MessageLevel.Info
            elif isinstance(error, PublicationError):
                text = message = tr("The publication of layer '{layer}' failed at the step '{step}': {reason}").format(
                    layer=name, step=error.step, reason=error.reason)
                level = Qgis.MessageLevel.Critical
            else:
                text = message = tr("The publication of layer '{layer}' failed: {error}").format(
                    layer=name, error=error if error is not None else tr("unknown error"))
                level = Qgis.MessageLevel.Critical
            self.outcome.setText(text)
            _push(self.iface, message, level, 0 if level == Qgis.MessageLevel.Critical else 10)
        self._update_withdraw()
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and getattr(wizard, "layer_gone", False):
            wizard.reject()

    def withdraw(self, confirm: bool = True) -> bool:
        """Withdraw the published layer (record and package)."""
        done = withdraw_layer(self.iface, self.layer, self.wizard_().settings, confirm=confirm, parent=self)
        if done:
            self.result = None
            self.outcome.setText(tr("Layer '{layer}' was withdrawn from the catalogue.").format(
                layer=self.layer.name()))
            self.publish_button.setEnabled(True)
        self._update_withdraw()
        return done

    def isComplete(self) -> bool:  # noqa: N802, D102
        return self.task is None


# --- the wizard -----------------------------------------------------------------------------


class PublishWizard(QWizard):
    """Checks, metadata, target, publication of one layer."""

    def __init__(self, iface, layer: QgsVectorLayer, parent=None, settings: PluginSettings | None = None) -> None:
        super().__init__(parent if parent is not None else (iface.mainWindow() if iface is not None else None))
        self.setObjectName(WIZARD_OBJECT_NAME)
        self.iface = iface
        self.layer = layer
        self.settings = settings or PluginSettings()
        self.setWindowTitle(tr("Publish '{layer}' to the catalogue").format(layer=layer.name()))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.checks_page = ChecksPage(layer, self)
        self.metadata_page = MetadataPage(layer, self)
        self.target_page = TargetPage(iface, self.settings, self)
        self.publish_page = PublishPage(iface, layer, self)
        for page_id, page in enumerate((self.checks_page, self.metadata_page, self.target_page, self.publish_page)):
            self.setPage(page_id, page)
        self.setStartId(CHECKS_PAGE)
        self.layer_gone = False
        layer.willBeDeleted.connect(self._layer_deleted)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(820, 640)

    def _layer_deleted(self) -> None:
        """The layer left the project: close (once a running publication has stopped)."""
        self.layer_gone = True
        if not self.publish_page.is_running():
            self.reject()

    def reject(self) -> None:  # noqa: D102 (a running publication is cancelled first; the wizard stays)
        if self.publish_page.is_running():
            self.publish_page.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:  # noqa: D102
        if self.publish_page.is_running():
            self.publish_page.cancel()
            return
        super().done(result)


def open_publish_wizard(iface, layer=None, settings: PluginSettings | None = None) -> PublishWizard | None:
    """Show the wizard for `layer` (default: the current layer); None, with a message, for no vector layer."""
    layer = layer if layer is not None else (iface.activeLayer() if iface is not None else None)
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid():
        _push(iface, tr("Choose a vector layer to publish."), Qgis.MessageLevel.Info, 5)
        return None
    wizard = PublishWizard(iface, layer, settings=settings)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.show()
    return wizard


# --- withdrawal ---------------------------------------------------------------------------------


def withdraw_layer(iface, layer: QgsVectorLayer, settings: PluginSettings | None = None, confirm: bool = True,
                   parent: QWidget | None = None) -> bool:
    """Withdraw a published layer: its record from the target it was published to, its package from the
    store. The outcome goes to the message bar; True when withdrawn."""
    settings = settings or PluginSettings()
    record = approval.load_record(layer) if isinstance(layer, QgsVectorLayer) else None
    if record is None or record.state != approval.PUBLISHED or not record.identifier:
        _push(iface, tr("Layer '{layer}' is not published.").format(layer=layer.name() if layer else ""),
              Qgis.MessageLevel.Info, 5)
        return False
    target = find_target(settings.publication_targets, record.target)
    if target is None:
        _push(iface, tr("Layer '{layer}' was published to '{target}', which is not a configured publication "
                        "target.").format(layer=layer.name(), target=record.target), Qgis.MessageLevel.Warning, 0)
        return False
    root = Path(record.package).parent.parent if record.package else Path(settings.publication_store or ".")
    if not record.package and not settings.publication_store:
        _push(iface, tr("No publication store folder is configured."), Qgis.MessageLevel.Warning, 0)
        return False
    if confirm:
        answer = QMessageBox.question(
            parent or (iface.mainWindow() if iface is not None else None), tr("Withdraw"),
            tr("Withdraw layer '{layer}' (record '{identifier}') from '{target}'?").format(
                layer=layer.name(), identifier=record.identifier, target=target.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        withdraw(layer, client_for(target), PublicationStore(root, settings.publication_public_url))
    except (PublicationError, TargetError) as error:
        _push(iface, str(error), Qgis.MessageLevel.Critical, 0)
        return False
    finally:
        QApplication.restoreOverrideCursor()
    _push(iface, tr("Layer '{layer}' was withdrawn from the catalogue.").format(layer=layer.name()),
          Qgis.MessageLevel.Success, 6)
    return True


# --- publication log --------------------------------------------------------------------------


class PublicationLogDialog(QDialog):
    """The entries of the store's publication log, newest first."""

    def __init__(self, store_root: str | Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Publication log"))
        self.store_root = str(store_root) if store_root else PluginSettings().publication_store
        layout = QVBoxLayout(self)
        self.folder_label = QLabel("", self)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        headers = [tr("When"), tr("Who"), tr("Action"), tr("Layer"), tr("Record"), tr("Target"), tr("Result"),
                   tr("Message")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        refresh = buttons.addButton(tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)
        refresh.clicked.connect(self.refresh)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 420)
        self.refresh()

    def refresh(self) -> None:
        """Read the log again."""
        if not self.store_root:
            self.folder_label.setText(tr("No publication store folder is configured."))
            entries = []
        else:
            self.folder_label.setText(tr("Publication store: {folder}").format(folder=self.store_root))
            entries = list(reversed(log.read(self.store_root)))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = [entry.when, entry.who, action_title(entry.action), entry.layer, entry.identifier, entry.target,
                     result_title(entry.result), entry.message]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def rows(self) -> list[list[str]]:
        """The table's texts (for tests)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]


def show_publication_log(iface, store_root: str | Path | None = None) -> PublicationLogDialog:
    """Show the publication log dialog (the configured store by default)."""
    dialog = PublicationLogDialog(store_root, iface.mainWindow() if iface is not None else None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
