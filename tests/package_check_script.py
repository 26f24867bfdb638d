"""Runs INSIDE the real QGIS desktop for ``tests/test_package.py`` (not a pytest module).

Used twice by the same QGIS process:

* as ``PYQGIS_STARTUP`` (before QGIS loads any plugin; ``qgis.utils.iface`` is still None):
  records every QGIS message-log entry and replaces QGIS's blocking Python-error dialog
  by a recorder, so an error while the plugin loads is reported instead of hanging QGIS;
* as ``--code`` (QGIS up, plugins loaded): waits for the plugin, records what it added,
  uses it a little (panel, Browser entry, Options page), unloads it with
  ``qgis.utils.unloadPlugin``, records what is left, writes everything as JSON to the
  file named by ``$PARADIGM_PACKAGE_CHECK_OUTPUT`` and quits QGIS.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
import types
from collections.abc import Callable
from typing import Any

PLUGIN = "paradigm_carto"
MENU = "ParadigmCartoMenu"
TOOLBAR = "ParadigmCartoToolbar"
PROVIDER = "Paradigm UrbIS"
OPTIONS_TITLE = "Paradigm"
DOCK = "ParadigmCartoReferenceLayersPanel"
OUTPUT_ENV = "PARADIGM_PACKAGE_CHECK_OUTPUT"
STATE_MODULE = "_paradigm_package_check"
LOAD_TIMEOUT_S = 20.0
OVERALL_TIMEOUT_S = 60.0
DIALOG_TIMEOUT_S = 15.0


def _state() -> types.ModuleType:
    """What both runs share (a module object, so it survives between the two executions)."""
    state = sys.modules.get(STATE_MODULE)
    if state is None:
        state = types.ModuleType(STATE_MODULE)
        state.messages = []  # every QgsMessageLog entry: {tag, level, message}
        state.python_errors = []  # exceptions reported by QGIS (log tag "Python error") or sys.excepthook
        state.dialogs = []  # unexpected modal dialogs (they would block QGIS), closed by the checker
        state.hooks = set()
        state.requests = []  # every URL asked through QGIS's network manager
        sys.modules[STATE_MODULE] = state
    return state


def install_early_hooks() -> None:
    """Message-log recorder and non-blocking Python-error dialog (idempotent)."""
    state = _state()
    if "early" in state.hooks:
        return
    state.hooks.add("early")
    import qgis.utils
    from qgis.core import Qgis, QgsApplication

    def on_message(message: str, tag: str, level: Any) -> None:
        entry = {"tag": tag, "level": int(level), "message": message[:4000]}
        state.messages.append(entry)
        if tag.strip().lower() == "python error" and int(level) >= int(Qgis.MessageLevel.Warning):
            state.python_errors.append({"source": "message log", **entry})

    QgsApplication.messageLog().messageReceived.connect(on_message)
    state.on_message = on_message  # keep the slot alive

    from qgis.core import QgsNetworkAccessManager

    def on_request(parameters: Any) -> None:
        state.requests.append(parameters.request().url().toString())

    QgsNetworkAccessManager.instance().requestAboutToBeCreated.connect(on_request)
    state.on_request = on_request

    def record_stack_dialog(type_, value, tb, msg, pop_error=True) -> None:  # noqa: ANN001 (QGIS signature)
        text = "".join(traceback.format_exception(type_, value, tb))
        state.python_errors.append({"source": "error dialog", "message": f"{msg}\n{text}"})

    qgis.utils.open_stack_dialog = record_stack_dialog


def install_excepthook() -> None:
    """Record uncaught exceptions (QGIS replaces sys.excepthook after PYQGIS_STARTUP, so wrap it now)."""
    state = _state()
    if "excepthook" in state.hooks:
        return
    state.hooks.add("excepthook")
    previous = sys.excepthook

    def hook(type_, value, tb) -> None:  # noqa: ANN001
        text = "".join(traceback.format_exception(type_, value, tb))
        state.python_errors.append({"source": "sys.excepthook", "message": text})
        previous(type_, value, tb)

    sys.excepthook = hook


class Checker:
    """Drives the checks from QGIS's event loop, one step per timer shot."""

    def __init__(self, output: str) -> None:
        import qgis.utils

        self.output = output
        self.iface = qgis.utils.iface
        self.result: dict[str, Any] = {"qgis_version": None, "steps": [], "errors": []}
        self.started = time.monotonic()
        self.finished = False
        self.plugin_objects: dict[str, Any] = {}
        self.expected_dialog = ""  # Qt class name of the modal dialog a step is opening on purpose

    # --- driving -------------------------------------------------------------------------
    def start(self) -> None:
        """Schedule the checks (and a watchdog that ends everything after OVERALL_TIMEOUT_S)."""
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QTimer

        self.result["qgis_version"] = Qgis.QGIS_VERSION
        QTimer.singleShot(int(OVERALL_TIMEOUT_S * 1000), lambda: self.finish("overall timeout inside QGIS"))
        self.watchdog = QTimer()
        self.watchdog.timeout.connect(self.close_unexpected_dialog)
        self.watchdog.start(500)
        self.later(0, self.wait_for_plugin)

    def close_unexpected_dialog(self) -> None:
        """Record and close any modal dialog nobody asked for (a message box would block the run)."""
        from qgis.PyQt.QtWidgets import QApplication, QDialog, QMessageBox

        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.metaObject().className() == self.expected_dialog:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        _state().dialogs.append({"class": dialog.metaObject().className(), "title": dialog.windowTitle(),
                                 "text": text})
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    def later(self, delay_ms: int, step: Callable[[], None]) -> None:
        """Run `step` from the event loop; an exception ends the run (recorded)."""
        from qgis.PyQt.QtCore import QTimer

        def run() -> None:
            if self.finished:
                return
            if not self.result["steps"] or self.result["steps"][-1] != step.__name__:
                self.result["steps"].append(step.__name__)
                print(f"[package check] {step.__name__}", file=sys.stderr, flush=True)
            try:
                step()
            except Exception:  # noqa: BLE001 (everything is reported to the test)
                self.result["errors"].append(f"{step.__name__}: {traceback.format_exc()}")
                self.finish(f"step {step.__name__} failed")

        QTimer.singleShot(delay_ms, run)

    # --- steps -----------------------------------------------------------------------------
    def wait_for_plugin(self) -> None:
        """Wait until QGIS has started the plugin (it loads enabled plugins at startup)."""
        import qgis.utils

        if PLUGIN in qgis.utils.active_plugins:
            module = sys.modules.get(PLUGIN)
            self.result["loaded"] = True
            self.result["plugin_file"] = getattr(module, "__file__", None)
            self.result["plugin_time"] = qgis.utils.plugin_times.get(PLUGIN)
            self.later(300, self.record_after_start)
        elif _state().python_errors or time.monotonic() - self.started > LOAD_TIMEOUT_S:
            # QGIS starts enabled plugins before running --code: an error so far means it failed
            self.result["loaded"] = False
            self.result["available_plugins"] = list(qgis.utils.available_plugins)
            self.result["active_plugins"] = list(qgis.utils.active_plugins)
            self.finish("plugin not started")
        else:
            self.later(200, self.wait_for_plugin)

    def record_after_start(self) -> None:
        """What the plugin added to QGIS."""
        import qgis.utils

        plugin = qgis.utils.plugins[PLUGIN]
        self.plugin_objects = {
            "menu": plugin.menu,
            "toolbar": plugin.toolbar,
            **{f"action {index}": action for index, action in enumerate(plugin.actions)},
        }
        self.result["after_start"] = self.snapshot()
        self.later(0, self.use_panel)

    def use_panel(self) -> None:
        """Trigger "Reference layers" from the plugin's menu: the dock is built and shown."""
        from qgis.PyQt.QtWidgets import QApplication, QDockWidget

        menu = self.plugin_menu()
        actions = [a for a in menu.actions() if not a.isSeparator()] if menu else []
        self.result["menu_actions"] = [a.text() for a in actions]
        panel_action = next((a for a in actions if a.isCheckable()), None)
        if panel_action is None:
            raise RuntimeError("no checkable 'Reference layers' action in the plugin menu")
        panel_action.trigger()
        QApplication.processEvents()
        dock = self.iface.mainWindow().findChild(QDockWidget, DOCK)
        panel: dict[str, Any] = {"action": panel_action.text(), "dock_found": dock is not None}
        if dock is not None:
            self.plugin_objects["dock"] = dock
            tree = getattr(dock, "tree", None)
            panel.update(
                visible=dock.isVisible(),
                action_checked=panel_action.isChecked(),
                groups=tree.topLevelItemCount() if tree is not None else None,
                layers=sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))
                if tree is not None
                else None,
            )
            panel_action.trigger()  # and hide it again through the same action
            QApplication.processEvents()
            panel["hidden_by_second_trigger"] = not dock.isVisible()
            panel["action_checked_after_second_trigger"] = panel_action.isChecked()
        self.result["panel"] = panel
        self.later(0, self.use_browser)

    def use_browser(self) -> None:
        """Expand the plugin's root entry in QGIS's Browser (catalogue groups and layers).

        Children are read through the model: ``QgsDataItem.children()`` hands the C++ items'
        ownership to Python, which then deletes them (QGIS crashes), whatever the plugin does.
        """
        model = self.iface.browserModel()
        root = self.browser_root_index()
        browser: dict[str, Any] = {"root_found": root is not None}
        if root is not None:
            model.dataItem(root).populate(True)  # foreground: createChildren() now, in this thread
            groups = [model.index(row, 0, root) for row in range(model.rowCount(root))]
            for group in groups:  # groups may build their layers lazily too
                model.dataItem(group).populate(True)
            browser["root_name"] = model.data(root)
            browser["groups"] = [model.data(group) for group in groups]
            browser["layers"] = sum(model.rowCount(group) for group in groups)
        self.result["browser"] = browser
        self.later(0, self.use_options)

    def use_options(self) -> None:
        """Trigger "Options…" from the plugin menu: QGIS's Options dialog opens on the plugin's page."""
        menu = self.plugin_menu()
        actions = [a for a in menu.actions() if not a.isSeparator()] if menu else []
        options_action = actions[-1] if actions else None
        if options_action is None:
            raise RuntimeError("no 'Options…' action in the plugin menu")
        self.result["options_after_start"] = self.inspect_options_dialog(options_action.trigger)
        self.later(0, self.unload)

    def unload(self) -> None:
        """Unload the plugin the way the Plugin Manager does."""
        import qgis.utils

        self.result["unload_returned"] = bool(qgis.utils.unloadPlugin(PLUGIN))
        # deleteLater() calls are run once control is back in the event loop
        self.later(500, self.record_after_unload)

    def record_after_unload(self) -> None:
        """What is left once the plugin is unloaded."""
        from qgis.PyQt import sip

        self.result["after_unload"] = self.snapshot()
        self.result["after_unload"]["objects_not_deleted"] = sorted(
            name for name, obj in self.plugin_objects.items() if obj is not None and not sip.isdeleted(obj)
        )
        self.result["options_after_unload"] = self.inspect_options_dialog(
            lambda: self.iface.showOptionsDialog(self.iface.mainWindow())
        )
        self.later(0, self.done)

    def done(self) -> None:
        """All steps ran."""
        self.finish(None)

    # --- observations ------------------------------------------------------------------------
    def plugin_menu(self):  # noqa: ANN201 (QMenu | None)
        """The plugin's menu, found in the main window's menu bar."""
        for action in self.iface.mainWindow().menuBar().actions():
            if action.menu() is not None and action.menu().objectName() == MENU:
                return action.menu()
        return None

    def browser_root_index(self):  # noqa: ANN201 (QModelIndex | None)
        """The Browser model index of the top-level item made by the plugin's provider, if any."""
        model = self.iface.browserModel()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            item = model.dataItem(index)
            if item is not None and item.providerKey() == PROVIDER:
                return index
        return None

    def locators(self) -> list[Any]:
        """The QgsLocator of the main window's locator bar (where iface.registerLocatorFilter puts filters).

        ``findChildren(QgsLocatorWidget)`` finds nothing (sip sees the widget as a plain QWidget),
        so the widget is found by its Qt class name and cast.
        """
        from qgis.gui import QgsLocatorWidget
        from qgis.PyQt import sip
        from qgis.PyQt.QtWidgets import QWidget

        widgets = [w for w in self.iface.mainWindow().findChildren(QWidget)
                   if w.metaObject().className() == "QgsLocatorWidget"]
        return [sip.cast(widget, QgsLocatorWidget).locator() for widget in widgets]

    def snapshot(self) -> dict[str, Any]:
        """Everything the plugin may have added, as QGIS reports it now."""
        import qgis.utils
        from qgis.core import QgsApplication
        from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar

        window = self.iface.mainWindow()
        menubar_actions = [a for a in window.menuBar().actions() if a.menu() is not None]
        model = self.iface.browserModel()
        browser_items = []
        for row in range(model.rowCount()):
            item = model.dataItem(model.index(row, 0))
            if item is not None:
                browser_items.append({"name": item.name(), "provider": item.providerKey()})
        locators = self.locators()
        return {
            "menubar_menus": [a.menu().objectName() or a.text() for a in menubar_actions],
            "menu_in_menubar": any(a.menu().objectName() == MENU for a in menubar_actions),
            "menu_objects": len(window.findChildren(QMenu, MENU)),
            "toolbars": [t.objectName() for t in window.findChildren(QToolBar) if t.objectName() == TOOLBAR],
            "docks": [d.objectName() for d in window.findChildren(QDockWidget) if d.objectName() == DOCK],
            "data_item_providers": [p.name() for p in QgsApplication.dataItemProviderRegistry().providers()],
            "browser_initialized": model.initialized(),
            "browser_root_items": browser_items,
            "locator_widgets": len(locators),
            "locator_filters": [f.name() for locator in locators for f in locator.filters()],
            "plugins": sorted(qgis.utils.plugins),
            "active_plugins": list(qgis.utils.active_plugins),
            "modules": sorted(m for m in sys.modules if m == PLUGIN or m.startswith(PLUGIN + ".")),
            "processing_providers": [p.id() for p in QgsApplication.processingRegistry().providers()],
            "processing_algorithms": sorted(
                a.id() for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == PLUGIN
            ),
        }

    def inspect_options_dialog(self, open_dialog: Callable[[], None]) -> dict[str, Any]:
        """Open QGIS's (modal) Options dialog with `open_dialog`, list its pages, then cancel it.

        QGIS keeps its options-page factories private, so the pages of a real dialog are
        the observable effect of (un)registering the plugin's factory.
        """
        from qgis.PyQt.QtCore import QModelIndex, QTimer
        from qgis.PyQt.QtWidgets import QAbstractItemView, QApplication, QStackedWidget

        report: dict[str, Any] = {"opened": False}
        deadline = time.monotonic() + DIALOG_TIMEOUT_S

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog.metaObject().className() != "QgsOptions":
                if time.monotonic() < deadline and not report.get("returned"):
                    QTimer.singleShot(100, poll)
                return
            report["opened"] = True
            titles: list[str] = []
            for view in dialog.findChildren(QAbstractItemView):
                if view.objectName() in ("mOptionsTreeView", "mOptionsListWidget") and view.model() is not None:
                    titles += _model_texts(view.model(), QModelIndex())
            report["page_titles"] = titles
            pages = []
            current = None
            for stack in dialog.findChildren(QStackedWidget):
                if stack.objectName() != "mOptionsStackedWidget":
                    continue
                for index in range(stack.count()):
                    page = stack.widget(index)
                    pages.append({"class": type(page).__name__, "module": type(page).__module__,
                                  "object_name": page.objectName()})
                current = stack.currentWidget()
            report["plugin_pages"] = [p for p in pages if p["module"].split(".")[0] == PLUGIN]
            report["page_count"] = len(pages)
            if current is not None:
                report["current_page"] = {"class": type(current).__name__, "module": type(current).__module__,
                                          "object_name": current.objectName()}
            dialog.reject()  # Cancel: nothing is saved

        QTimer.singleShot(100, poll)
        self.expected_dialog = "QgsOptions"
        try:
            open_dialog()  # returns when the dialog is closed
        finally:
            self.expected_dialog = ""
        report["returned"] = True
        report["plugin_page_listed"] = OPTIONS_TITLE in report.get("page_titles", [])
        return report

    # --- end ---------------------------------------------------------------------------------------
    def finish(self, problem: str | None) -> None:
        """Write the JSON report and quit QGIS without any "save project?" question."""
        if self.finished:
            return
        self.finished = True
        from qgis.core import QgsApplication, QgsProject

        if getattr(self, "watchdog", None) is not None:
            self.watchdog.stop()

        state = _state()
        self.result["problem"] = problem
        self.result["python_errors"] = state.python_errors
        self.result["unexpected_dialogs"] = state.dialogs
        self.result["python_warnings"] = [m for m in state.messages if m["tag"].strip().lower() == "python warning"]
        self.result["plugin_log"] = [m for m in state.messages if m["tag"] == "Paradigm Carto"]
        self.result["network_requests"] = state.requests
        self.result["duration_s"] = round(time.monotonic() - self.started, 2)
        temporary = self.output + ".part"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(self.result, handle, indent=2, default=repr)
        os.replace(temporary, self.output)
        QgsProject.instance().setDirty(False)
        QgsApplication.exit(0)


def _model_texts(model: Any, parent: Any) -> list[str]:
    """Display texts of every item under `parent` in a Qt item model (depth first)."""
    texts = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        texts.append(str(model.data(index)))
        texts += _model_texts(model, index)
    return texts


def main() -> None:
    """Entry point for both runs (see the module docstring)."""
    import qgis.utils

    install_early_hooks()
    if qgis.utils.iface is None:  # PYQGIS_STARTUP: QGIS is not up yet
        return
    install_excepthook()
    state = _state()
    if getattr(state, "checker", None) is None:
        state.checker = Checker(os.environ[OUTPUT_ENV])
        state.checker.start()


if __name__ == "__main__":  # PYQGIS_STARTUP and --code both run it as __main__
    main()
