"""Widgets and QGIS GUI integrations (panel, options page, Browser, locator)."""
