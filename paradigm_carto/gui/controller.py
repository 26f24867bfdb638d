"""What the plugin's actions do, between the QGIS interface and the core modules."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

from ..core.catalogue import Catalogue, CatalogueError, ReferenceLayer, load_catalogue
from ..core.gazetteer import SampleGazetteer, WfsGazetteer
from ..core.loader import REGION_EXTENT, LoadResult, ReferenceLayerLoader
from ..core.network import fetch_bytes
from ..core.settings import PluginSettings
from ..core.sources import CRS
from ..core.tasks import LoadLayersTask
from .feedback import push, report_load


class ReferenceLayersController:
    """Loads catalogue layers with feedback; knows the catalogue and the gazetteer of the mode."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.settings = PluginSettings()
        self._catalogue: Catalogue | None = None
        self._gazetteers: dict[str, object] = {}
        self.tasks: list[LoadLayersTask] = []

    def catalogue(self) -> Catalogue:
        """The catalogue, read on first use (an unreadable one yields an empty catalogue and a message)."""
        if self._catalogue is None:
            try:
                self._catalogue = load_catalogue()
            except CatalogueError as error:
                push(self.iface, str(error), Qgis.MessageLevel.Critical, 0)
                self._catalogue = Catalogue(services={}, groups=(), layers=())
        return self._catalogue

    def settings_changed(self) -> None:
        """Forget what depends on settings (service addresses, mode)."""
        self._gazetteers.clear()

    def add_layers(self, refs: list[ReferenceLayer]) -> LoadLayersTask | None:
        """Add layers in the background; one message per failure, the rest still loads."""
        loader = ReferenceLayerLoader(self.catalogue(), self.settings, QgsProject.instance())
        task = LoadLayersTask(loader, refs, self.settings.mode, self._loaded)
        self.tasks = [t for t in self.tasks if t.status() not in (t.TaskStatus.Complete, t.TaskStatus.Terminated)]
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        return task

    def add_standard_set(self) -> LoadLayersTask | None:
        """The catalogue's standard set in the remembered mode."""
        return self.add_layers(self.catalogue().standard_set(self.settings.mode))

    def _loaded(self, result: LoadResult) -> None:
        report_load(self.iface, result)
        if result.project_was_empty and result.added:
            canvas = self.iface.mapCanvas()
            transform = QgsCoordinateTransform(
                QgsCoordinateReferenceSystem(CRS), canvas.mapSettings().destinationCrs(), QgsProject.instance()
            )
            canvas.setExtent(transform.transformBoundingBox(REGION_EXTENT))
            canvas.refresh()

    def gazetteer(self):
        """The street/municipality search of the current mode (reused between searches)."""
        catalogue = self.catalogue()
        if self.settings.mode == "offline":
            path = self.settings.service_url(catalogue.services["sample"])
            key = f"offline:{path}"
            if key not in self._gazetteers:
                self._gazetteers[key] = SampleGazetteer(path)
        else:
            url = self.settings.service_url(catalogue.services["urbisvector_wfs"])
            key = f"online:{url}"
            if key not in self._gazetteers:
                self._gazetteers[key] = WfsGazetteer(url, fetch_bytes)
        return self._gazetteers[key]
