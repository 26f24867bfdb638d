"""The reference layers in QGIS's Browser: drag them in, or double-click to add them styled."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import (
    Qgis,
    QgsDataCollectionItem,
    QgsDataItem,
    QgsDataItemProvider,
    QgsDataProvider,
    QgsLayerItem,
)
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QIcon

from ..core.catalogue import Catalogue, ReferenceLayer
from ..core.i18n import tr
from ..core.paths import icon_path
from ..core.settings import PluginSettings
from ..core.sources import SourceError, layer_spec

PROVIDER_NAME = "Paradigm UrbIS"
ROOT_PATH = "paradigm_carto:"

AddLayers = Callable[[list[ReferenceLayer]], None]


def _net_capability() -> int:
    """The 'network' capability flag, wherever this QGIS version keeps it."""
    holder = getattr(Qgis, "DataItemProviderCapability", None)
    if holder is not None:
        return holder.NetworkSources
    return QgsDataProvider.DataCapability.Net


class ReferenceLayersProvider(QgsDataItemProvider):
    """Adds one root entry, "Paradigm UrbIS", to the Browser."""

    def __init__(self, catalogue: Callable[[], Catalogue], add_layers: AddLayers) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._add_layers = add_layers

    def name(self) -> str:  # noqa: D102
        return PROVIDER_NAME

    def dataProviderKey(self) -> str:  # noqa: N802, D102
        return "paradigm_carto"

    def capabilities(self):  # noqa: D102
        return _net_capability()

    def createDataItem(self, path: str, parent: QgsDataItem | None):  # noqa: N802, D102
        if path:
            return None
        root = RootItem(parent, self._catalogue, self._add_layers)
        sip.transferto(root, None)  # QGIS's Browser owns it from now on
        return root


class RootItem(QgsDataCollectionItem):
    """The root: one child per catalogue group."""

    def __init__(self, parent: QgsDataItem | None, catalogue: Callable[[], Catalogue], add_layers: AddLayers) -> None:
        super().__init__(parent, tr("Brussels reference layers (UrbIS)"), ROOT_PATH, PROVIDER_NAME)
        self._catalogue = catalogue
        self._add_layers = add_layers
        self.setIcon(QIcon(icon_path("paradigm.svg")))

    def createChildren(self):  # noqa: N802, D102
        catalogue = self._catalogue()
        return _owned_by(self, [GroupItem(self, catalogue, group.id, self._add_layers) for group in catalogue.groups])


class GroupItem(QgsDataCollectionItem):
    """A catalogue group; its layers follow the remembered mode."""

    def __init__(self, parent: QgsDataItem, catalogue: Catalogue, group_id: str, add_layers: AddLayers) -> None:
        title = catalogue.group(group_id).title.get()
        super().__init__(parent, title, f"{ROOT_PATH}{group_id}", PROVIDER_NAME)
        self._catalogue = catalogue
        self._group_id = group_id
        self._add_layers = add_layers
        self.setIcon(QIcon.fromTheme("folder"))

    def createChildren(self):  # noqa: N802, D102
        settings = PluginSettings()
        items = [
            _layer_item(self, self._catalogue, settings, ref, self._add_layers)
            for ref in self._catalogue.layers_in(self._group_id)
        ]
        return _owned_by(self, [item for item in items if item is not None])


def _owned_by(parent: QgsDataItem, items: list) -> list:
    """Hand Python-made items to their C++ parent, so the Python side never deletes them."""
    for item in items:
        sip.transferto(item, parent)
    return items


def _layer_item(
    parent: QgsDataItem, catalogue: Catalogue, settings: PluginSettings, ref: ReferenceLayer, add_layers: AddLayers
) -> QgsLayerItem | None:
    """A draggable Browser item for `ref` in the remembered mode (None when it has no source there)."""
    source = ref.source_for(settings.mode, settings.vector_protocol)
    if source is None:
        return None
    try:
        spec = layer_spec(source, settings.service_url(catalogue.services[source.service]))
    except SourceError:
        return None
    layer_type = Qgis.BrowserLayerType.Raster if spec.raster else Qgis.BrowserLayerType.Vector
    return ReferenceLayerItem(parent, ref, spec.uri, layer_type, spec.provider, add_layers)


class ReferenceLayerItem(QgsLayerItem):
    """A reference layer; double-click adds it through the plugin (styled, grouped)."""

    def __init__(self, parent, ref: ReferenceLayer, uri: str, layer_type, provider: str, add_layers: AddLayers) -> None:
        super().__init__(parent, ref.title.get(), f"{ROOT_PATH}{ref.group}/{ref.id}", uri, layer_type, provider)
        self.ref = ref
        self._add_layers = add_layers
        self.setToolTip(f"{ref.title.fr}\n{ref.title.nl}")

    def handleDoubleClick(self) -> bool:  # noqa: N802, D102
        self._add_layers([self.ref])
        return True
