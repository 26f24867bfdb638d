"""The plugin's entry object: wires menus, toolbar, panel, Browser, locator and options into
QGIS, and undoes all of it in :meth:`unload`. Nothing slow or networked happens here."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .core.i18n import install_translator, remove_translator, tr
from .core.paths import icon_path
from .core.topology.binding import has_rules
from .core.topology.engine import gate_validator
from .core.topology.index import DEFAULT_CACHE
from .gui.browser import ReferenceLayersProvider
from .gui.commit_gate_gui import CommitGateGui
from .gui.controller import ReferenceLayersController
from .gui.feedback import push
from .gui.house_style_gui import StyleIndicators, report_layer, restore_layer
from .gui.locator import BrusselsLocatorFilter
from .gui.options import OPTIONS_PAGE_NAME, OptionsFactory
from .gui.publish_wizard import (
    log_action_text,
    open_publish_wizard,
    publish_action_text,
    show_publication_log,
    vector_layer_type,
    withdraw_action_text,
    withdraw_layer,
)
from .gui.topology_dock import RecordingValidator, TopologyErrorsDock

MENU_OBJECT_NAME = "ParadigmCartoMenu"
TOOLBAR_OBJECT_NAME = "ParadigmCartoToolbar"


class ParadigmCartoPlugin:
    """QGIS plugin object (see ``classFactory``)."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()
        self.controller = ReferenceLayersController(iface)
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.panel = None
        self.browser_provider: ReferenceLayersProvider | None = None
        self.locator_filter: BrusselsLocatorFilter | None = None
        self.options_factory: OptionsFactory | None = None
        self.processing_provider = None
        self.style_indicators: StyleIndicators | None = None
        self.commit_gate = None
        self.gate_results: RecordingValidator | None = None
        self.topology_dock: TopologyErrorsDock | None = None
        self.publish_layer_action: QAction | None = None

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API: also called by qgis_process)
        """Register the Processing provider (once)."""
        if self.processing_provider is None:
            from .processing.provider import ParadigmProvider

            self.processing_provider = ParadigmProvider()
            QgsApplication.processingRegistry().addProvider(self.processing_provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS API)
        """Create the menu, toolbar and registrations (the panel is built on first use)."""
        self.initProcessing()
        icon = QIcon(icon_path("paradigm.svg"))
        self.menu = QMenu(tr("Paradigm"), self.iface.mainWindow())
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(tr("Paradigm"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        self.panel_action = self._action(icon, tr("Reference layers"), self.toggle_panel, checkable=True)
        self._action(QIcon(icon_path("standard_set.svg")), tr("Add the standard set"), self.controller.add_standard_set)
        self.menu.addSeparator()
        self._action(QIcon(icon_path("new_map.svg")), tr("New Brussels map"), self.new_map)
        self._action(None, tr("Bilingual house labels…"), self.house_labels, toolbar=False)
        self._action(None, tr("Check the house style of the current layer"), self.check_style, toolbar=False)
        self._action(None, tr("Restore the house style of the current layer"), self.restore_style, toolbar=False)
        self._action(None, tr("Restore the house style of all layers"), self.restore_all_styles, toolbar=False)
        self.menu.addSeparator()
        self.topology_action = self._action(None, tr("Topology errors"), lambda: None, checkable=True,
                                            toolbar=False)
        self._action(None, tr("Validate current layer"), self.validate_current_layer, toolbar=False)
        self._action(None, tr("Topology rules of a layer…"), self.topology_rules, toolbar=False)
        self.menu.addSeparator()
        self._action(None, publish_action_text(), lambda: open_publish_wizard(self.iface), toolbar=False)
        self._action(None, withdraw_action_text(), lambda: withdraw_layer(self.iface, self.iface.activeLayer()),
                     toolbar=False)
        self._action(None, log_action_text(), lambda: show_publication_log(self.iface), toolbar=False)
        self.publish_layer_action = QAction(publish_action_text(), self.iface.mainWindow())
        self.publish_layer_action.triggered.connect(
            lambda *_args: open_publish_wizard(self.iface, self.iface.activeLayer())
        )
        self.iface.addCustomActionForLayerType(self.publish_layer_action, "", vector_layer_type(), True)
        self.menu.addSeparator()
        self._action(None, tr("Options…"), self.show_options, toolbar=False)
        self.style_indicators = StyleIndicators(self.iface)
        self.gate_results = RecordingValidator(gate_validator())  # keeps the gate's full results for the dock
        self.commit_gate = CommitGateGui(self.iface, self.gate_results, has_rules)
        self.commit_gate.start()
        self.topology_dock = TopologyErrorsDock(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.topology_dock)
        self.topology_dock.setToggleVisibilityAction(self.topology_action)
        self.topology_dock.setUserVisible(False)
        self.topology_dock.watch_gate(self.commit_gate, self.gate_results)

        menu_bar = self.iface.mainWindow().menuBar()
        help_menu = self.iface.helpMenu()
        menu_bar.insertMenu(help_menu.menuAction() if help_menu else None, self.menu)

        self.browser_provider = ReferenceLayersProvider(self.controller.catalogue, self.controller.add_layers)
        QgsApplication.dataItemProviderRegistry().addProvider(self.browser_provider)
        self.locator_filter = BrusselsLocatorFilter(self.iface, self.controller.gazetteer)
        self.iface.registerLocatorFilter(self.locator_filter)
        self.options_factory = OptionsFactory(self.controller.catalogue, self.settings_changed)
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def _action(self, icon: QIcon | None, text: str, slot, checkable: bool = False, toolbar: bool = True) -> QAction:
        action = QAction(icon or QIcon(), text, self.iface.mainWindow())
        action.setCheckable(checkable)
        action.triggered.connect(lambda *_args: slot())
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def toggle_panel(self) -> None:
        """Build the reference-layers panel the first time; from then on the action toggles it."""
        if self.panel is None:
            from .gui.panel import ReferenceLayersPanel

            self.panel = ReferenceLayersPanel(
                self.controller.catalogue(), self.controller.add_layers, self.controller.add_standard_set,
                self.iface.mainWindow(),
            )
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
            self.panel.setToggleVisibilityAction(self.panel_action)
            self.panel.setUserVisible(True)

    def new_map(self) -> None:
        """A bilingual print layout of the current map view, opened in the layout designer."""
        from .core.layouts import LayoutError, new_brussels_map

        canvas = self.iface.mapCanvas()
        try:
            layout = new_brussels_map(QgsProject.instance(), canvas.extent(), canvas.mapSettings().destinationCrs())
        except LayoutError as error:
            push(self.iface, str(error), Qgis.MessageLevel.Warning)
            return
        self.iface.openLayoutDesigner(layout)

    def house_labels(self) -> None:
        """Label any layer the Brussels way from two fields of its choice."""
        from .gui.house_style_gui import HouseLabelsDialog

        HouseLabelsDialog(self.iface.activeLayer(), self.iface.mainWindow()).exec()

    def check_style(self) -> None:
        """Report whether the current layer carries the house style."""
        report_layer(self.iface, self.iface.activeLayer())

    def restore_style(self) -> None:
        """Restore the house style of the current layer."""
        restore_layer(self.iface, self.iface.activeLayer())

    def restore_all_styles(self) -> None:
        """Restore every house-styled layer that drifted."""
        from .core.conformity import restore_all

        restored = restore_all(QgsProject.instance())
        push(self.iface, tr("House style restored on {count} layer(s).").format(count=len(restored)),
             Qgis.MessageLevel.Success, 4)

    def validate_current_layer(self) -> None:
        """Validate the whole current layer with its rule set; the findings land in the dock."""
        self.topology_dock.validate_current_layer()

    def topology_rules(self) -> None:
        """Attach a rule set (shipped or the user's own file) to a layer of the project."""
        from .gui.rules_dialog import TopologyRulesDialog

        TopologyRulesDialog(self.iface.activeLayer(), self.iface.mainWindow(),
                            on_changed=self.commit_gate.refresh).exec()

    def show_options(self) -> None:
        """Open QGIS's Options dialog on the plugin's page."""
        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=OPTIONS_PAGE_NAME)

    def settings_changed(self) -> None:
        """Options saved: refresh what depends on them."""
        self.controller.settings_changed()
        if self.panel is not None:
            self.panel.populate()
        if self.browser_provider is not None and hasattr(self.iface, "browserModel"):
            self.iface.browserModel().reload()

    def unload(self) -> None:
        """Remove everything initGui and later use added."""
        if self.publish_layer_action is not None:
            self.iface.removeCustomActionForLayerType(self.publish_layer_action)
            self.publish_layer_action.deleteLater()
            self.publish_layer_action = None
        if self.topology_dock is not None:  # before the gate it listens to
            self.topology_dock.unload()
            self.iface.removeDockWidget(self.topology_dock)
            self.topology_dock.deleteLater()
            self.topology_dock = None
        self.gate_results = None
        if self.commit_gate is not None:
            self.commit_gate.unload()
            self.commit_gate = None
        DEFAULT_CACHE.invalidate()  # indexes of the incremental checks hold layers
        if self.style_indicators is not None:
            self.style_indicators.unload()
            self.style_indicators = None
        if self.processing_provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.processing_provider)
            self.processing_provider = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)
        if self.browser_provider is not None:
            QgsApplication.dataItemProviderRegistry().removeProvider(self.browser_provider)
        if self.panel is not None:
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
        for action in self.actions:
            action.deleteLater()
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
        remove_translator(self.translator)
        self.options_factory = self.locator_filter = self.browser_provider = None
        self.panel = self.menu = self.toolbar = None
        self.actions = []
