"""Load reference layers into a project: one named group, sub-groups in catalogue order.

Creating layers (slow for web services) is separate from adding them to the
project (main thread only), so the GUI can create them in a background task.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)

from .catalogue import Catalogue, ReferenceLayer
from .i18n import tr, ui_language
from .settings import PluginSettings
from .sources import CRS, SourceError, create_layer
from .styling import apply_house_style

REF_PROPERTY = "paradigm_carto/ref_id"
GROUP_PROPERTY = "paradigm_carto/group"
ROOT_GROUP_VALUE = "__root__"
REGION_EXTENT = QgsRectangle(140000.0, 160000.0, 161000.0, 180000.0)


@dataclass(frozen=True)
class LoadFailure:
    """A layer that could not be loaded, and why (in the UI language)."""

    ref: ReferenceLayer
    reason: str

    def message(self) -> str:
        """One sentence naming the layer and the reason."""
        return tr("Could not load the layer '{layer}': {reason}").format(
            layer=self.ref.title.get(), reason=self.reason
        )


@dataclass
class LoadResult:
    """What a load did."""

    added: list[QgsMapLayer] = field(default_factory=list)
    failures: list[LoadFailure] = field(default_factory=list)
    already_loaded: list[ReferenceLayer] = field(default_factory=list)
    project_was_empty: bool = False


@dataclass(frozen=True)
class CreatedLayer:
    """A layer created for a catalogue entry, not yet in a project."""

    ref: ReferenceLayer
    layer: QgsMapLayer


def root_group_name() -> str:
    """The name of the project group holding the reference layers."""
    return tr("UrbIS reference layers")


class ReferenceLayerLoader:
    """Creates catalogue layers and puts them in a project, grouped and ordered."""

    def __init__(
        self,
        catalogue: Catalogue,
        settings: PluginSettings | None = None,
        project: QgsProject | None = None,
    ) -> None:
        self.catalogue = catalogue
        self.settings = settings or PluginSettings()
        self.project = project or QgsProject.instance()

    # --- creating (any thread) ---------------------------------------------

    def create(self, ref: ReferenceLayer, mode: str) -> QgsMapLayer:
        """Open the layer of `ref` in `mode`, styled; raise :class:`SourceError`."""
        source = ref.source_for(mode, self.settings.vector_protocol)
        if source is None:
            raise SourceError(
                tr("no source for this layer in the offline sample")
                if mode == "offline"
                else tr("no online source for this layer")
            )
        url = self.settings.service_url(self.catalogue.services[source.service])
        layer = create_layer(ref, source, url, ref.title.get())
        self._decorate(ref, layer)
        return layer

    def create_all(
        self,
        refs: Iterable[ReferenceLayer],
        mode: str,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> tuple[list[CreatedLayer], list[LoadFailure]]:
        """Create each layer; failures are collected, never raised."""
        refs = list(refs)
        created: list[CreatedLayer] = []
        failures: list[LoadFailure] = []
        for index, ref in enumerate(refs):
            if cancelled and cancelled():
                break
            try:
                created.append(CreatedLayer(ref, self.create(ref, mode)))
            except SourceError as error:
                failures.append(LoadFailure(ref, error.reason))
            if progress:
                progress(100.0 * (index + 1) / len(refs))
        return created, failures

    def _decorate(self, ref: ReferenceLayer, layer: QgsMapLayer) -> None:
        """Style, scale range and identity of a freshly created layer."""
        if ref.style and isinstance(layer, QgsVectorLayer):
            apply_house_style(layer, ref.style)
        if ref.min_scale or ref.max_scale:
            layer.setScaleBasedVisibility(True)
            layer.setMinimumScale(ref.min_scale)
            layer.setMaximumScale(ref.max_scale)
        layer.setCustomProperty(REF_PROPERTY, ref.id)
        layer.setAttribution(tr("Realized by means of Brussels UrbIS® © — Distribution: Paradigm"))

    # --- adding (main thread) ------------------------------------------------

    def load(self, refs: Iterable[ReferenceLayer], mode: str | None = None) -> LoadResult:
        """Create and add layers synchronously (headless use, offline sample)."""
        mode = mode or self.settings.mode
        wanted, already = self.not_yet_loaded(refs)
        created, failures = self.create_all(wanted, mode)
        result = self.add(created)
        result.failures = failures
        result.already_loaded = already
        return result

    def load_standard_set(self, mode: str | None = None) -> LoadResult:
        """The standard set of the catalogue, in `mode` (default: the remembered one)."""
        mode = mode or self.settings.mode
        return self.load(self.catalogue.standard_set(mode, ui_language()), mode)

    def loaded_ids(self) -> set[str]:
        """Catalogue ids of the reference layers already in the project."""
        return {
            str(layer.customProperty(REF_PROPERTY))
            for layer in self.project.mapLayers().values()
            if layer.customProperty(REF_PROPERTY)
        }

    def not_yet_loaded(
        self, refs: Iterable[ReferenceLayer]
    ) -> tuple[list[ReferenceLayer], list[ReferenceLayer]]:
        loaded = self.loaded_ids()
        refs = list(dict.fromkeys(refs))
        return [r for r in refs if r.id not in loaded], [r for r in refs if r.id in loaded]

    def add(self, created: Iterable[CreatedLayer]) -> LoadResult:
        """Add created layers to the project, each in its place in the tree."""
        result = LoadResult(project_was_empty=not self.project.mapLayers())
        created = sorted(created, key=lambda c: self.catalogue.sort_key(c.ref))
        if not created:
            return result
        if result.project_was_empty:
            self._prepare_empty_project()
        root = self._root_group()
        for item in created:
            self.project.addMapLayer(item.layer, False)
            group = self._sub_group(root, item.ref.group)
            node = group.insertLayer(self._position(group, item.ref), item.layer)
            node.setItemVisibilityChecked(item.ref.visible)
            node.setExpanded(False)
            result.added.append(item.layer)
        return result

    def _prepare_empty_project(self) -> None:
        """An empty project gets EPSG:31370 and the Region as its default view."""
        crs = QgsCoordinateReferenceSystem(CRS)
        self.project.setCrs(crs)
        self.project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(REGION_EXTENT, crs))

    def _root_group(self) -> QgsLayerTreeGroup:
        """The plugin's group at the top of the layer tree (created when missing)."""
        root = self.project.layerTreeRoot()
        for child in root.children():
            if isinstance(child, QgsLayerTreeGroup) and child.customProperty(GROUP_PROPERTY) == ROOT_GROUP_VALUE:
                return child
        group = root.insertGroup(0, root_group_name())
        group.setCustomProperty(GROUP_PROPERTY, ROOT_GROUP_VALUE)
        return group

    def _sub_group(self, root: QgsLayerTreeGroup, group_id: str) -> QgsLayerTreeGroup:
        """The sub-group for a catalogue group, inserted in catalogue order."""
        order = self.catalogue.group(group_id).order
        position = 0
        for index, child in enumerate(root.children()):
            child_id = child.customProperty(GROUP_PROPERTY)
            if child_id == group_id and isinstance(child, QgsLayerTreeGroup):
                return child
            if child_id in {g.id for g in self.catalogue.groups} and self.catalogue.group(child_id).order < order:
                position = index + 1
        group = root.insertGroup(position, self.catalogue.group(group_id).title.get())
        group.setCustomProperty(GROUP_PROPERTY, group_id)
        return group

    def _position(self, group: QgsLayerTreeGroup, ref: ReferenceLayer) -> int:
        """Index in `group` that keeps catalogue order among the reference layers."""
        position = 0
        for index, child in enumerate(group.children()):
            if not isinstance(child, QgsLayerTreeLayer) or child.layer() is None:
                continue
            other = child.layer().customProperty(REF_PROPERTY)
            try:
                if self.catalogue.sort_key(self.catalogue.layer(str(other))) < self.catalogue.sort_key(ref):
                    position = index + 1
            except KeyError:
                continue
        return position
