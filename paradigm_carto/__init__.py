"""Paradigm Carto: the Brussels-Capital Region's QGIS plugin (UrbIS reference layers)."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """QGIS entry point: build the plugin without touching the network or the UI."""
    from .plugin import ParadigmCartoPlugin

    return ParadigmCartoPlugin(iface)
