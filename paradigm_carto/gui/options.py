"""The plugin's page in QGIS's Options dialog: mode, protocol, service addresses."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout

from ..core.catalogue import Catalogue
from ..core.i18n import tr
from ..core.labels import apply_label_mode_to_project, mode_titles
from ..core.paths import icon_path
from ..core.settings import PluginSettings, env_variable
from ..core.sources import SourceError, check_url
from .feedback import log
from .publication_targets import PublicationTargetsBox

OPTIONS_PAGE_NAME = "ParadigmCartoOptionsPage"


class OptionsFactory(QgsOptionsWidgetFactory):
    """Registers the "Paradigm" page."""

    def __init__(self, catalogue: Callable[[], Catalogue], on_saved: Callable[[], None]) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.on_saved = on_saved
        self.setTitle(tr("Paradigm"))

    def icon(self) -> QIcon:  # noqa: D102
        return QIcon(icon_path("paradigm.svg"))

    def createWidget(self, parent=None) -> QgsOptionsPageWidget:  # noqa: N802, D102
        return OptionsPage(self.catalogue(), self.on_saved, parent)


class OptionsPage(QgsOptionsPageWidget):
    """Edits :class:`PluginSettings`; saved when the Options dialog is accepted."""

    def __init__(self, catalogue: Catalogue, on_saved: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(OPTIONS_PAGE_NAME)
        self.catalogue = catalogue
        self.on_saved = on_saved
        self.settings = PluginSettings()
        layout = QVBoxLayout(self)

        general = QGroupBox(tr("Reference layers"), self)
        form = QFormLayout(general)
        self.mode_combo = QComboBox(general)
        self.mode_combo.addItem(tr("Online (Region's services)"), "online")
        self.mode_combo.addItem(tr("Offline (bundled sample)"), "offline")
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(self.settings.mode))
        form.addRow(tr("Source"), self.mode_combo)
        self.protocol_combo = QComboBox(general)
        self.protocol_combo.addItem(tr("WFS"), "wfs")
        self.protocol_combo.addItem(tr("OGC API Features"), "oapif")
        self.protocol_combo.setCurrentIndex(self.protocol_combo.findData(self.settings.vector_protocol))
        form.addRow(tr("Protocol for vector layers online"), self.protocol_combo)
        self.label_mode_combo = QComboBox(general)
        for mode, title in mode_titles().items():
            self.label_mode_combo.addItem(title, mode)
        self.label_mode_combo.setCurrentIndex(self.label_mode_combo.findData(self.settings.label_mode))
        form.addRow(tr("Bilingual labels"), self.label_mode_combo)
        layout.addWidget(general)

        services = QGroupBox(tr("Service addresses (empty: the Region's default)"), self)
        service_form = QFormLayout(services)
        self.url_edits: dict[str, QLineEdit] = {}
        for service in catalogue.services.values():
            edit = QLineEdit(self.settings.service_override(service.id), services)
            edit.setPlaceholderText(service.url)
            edit.setToolTip(
                tr("Overridden by the environment variable {name} when it is set.").format(
                    name=env_variable(service.id)
                )
            )
            if self.settings.service_source(service) == "environment":
                edit.setEnabled(False)
                edit.setText(self.settings.service_url(service))
            self.url_edits[service.id] = edit
            service_form.addRow(service.title.get(), edit)
        layout.addWidget(services)
        self.publication_box = PublicationTargetsBox(self, self.settings)
        layout.addWidget(self.publication_box)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _url_problem(self, service_id: str) -> str | None:
        """Why the address typed for a service is unusable (None when fine or empty)."""
        edit = self.url_edits[service_id]
        url = edit.text().strip()
        if not url or not edit.isEnabled() or self.catalogue.services[service_id].type == "gpkg":
            return None
        try:
            check_url(url)
        except SourceError as error:
            return error.reason
        return None

    def isValid(self) -> bool:  # noqa: N802, D102 (QGIS 3.26+ asks before apply)
        problems = [p for p in map(self._url_problem, self.url_edits) if p] + self.publication_box.problems()
        self.status.setText("\n".join(problems))
        return not problems

    def apply(self) -> None:  # noqa: D102
        self.settings.mode = self.mode_combo.currentData()
        self.settings.vector_protocol = self.protocol_combo.currentData()
        if self.label_mode_combo.currentData() != self.settings.label_mode:
            self.settings.label_mode = self.label_mode_combo.currentData()
            apply_label_mode_to_project(QgsProject.instance(), self.settings.label_mode)
        for service_id, edit in self.url_edits.items():
            problem = self._url_problem(service_id)
            if problem:
                log(problem, Qgis.MessageLevel.Warning)
            elif edit.isEnabled():
                self.settings.set_service_override(service_id, edit.text())
        self.publication_box.save()
        self.on_saved()
