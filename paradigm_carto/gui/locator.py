"""Locator bar filter: Brussels streets and municipalities by French or Dutch name."""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLocatorFilter,
    QgsLocatorResult,
    QgsProject,
    QgsRectangle,
)

from ..core.gazetteer import GazetteerError, Place
from ..core.i18n import tr
from ..core.network import NetworkError
from ..core.sources import CRS
from .feedback import log

MIN_QUERY_LENGTH = 3
MIN_MARGIN_M = 75.0  # metres around a place when zooming to it


class BrusselsLocatorFilter(QgsLocatorFilter):
    """Searches the gazetteer of the current mode; zooms to and flashes the chosen place."""

    def __init__(self, iface, gazetteer: Callable[[], object]) -> None:
        super().__init__()
        self.iface = iface
        self.gazetteer = gazetteer  # returns the gazetteer of the current mode

    def clone(self) -> BrusselsLocatorFilter:  # noqa: D102
        return BrusselsLocatorFilter(self.iface, self.gazetteer)

    def name(self) -> str:  # noqa: D102
        return "paradigm_carto"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Brussels streets and municipalities (UrbIS)")

    def prefix(self) -> str:  # noqa: D102
        return "bxl"

    def priority(self):  # noqa: D102
        return QgsLocatorFilter.Priority.High

    def fetchResults(self, string: str, context, feedback) -> None:  # noqa: N802, D102
        if len(string.strip()) < MIN_QUERY_LENGTH or (feedback and feedback.isCanceled()):
            return
        try:
            places = self.gazetteer().search(string)
        except (GazetteerError, NetworkError) as error:
            log(tr("Search failed: {reason}").format(reason=error))
            return
        for place in places:
            if feedback and feedback.isCanceled():
                return
            result = QgsLocatorResult()
            result.filter = self
            result.displayString = place.label
            result.description = (
                tr("Municipality") if place.kind == "municipality" else place.municipality or tr("Street")
            )
            result.group = tr("Municipalities") if place.kind == "municipality" else tr("Streets")
            _set_user_data(result, place)
            self.resultFetched.emit(result)

    def triggerResult(self, result: QgsLocatorResult) -> None:  # noqa: N802, D102
        zoom_to_place(self.iface.mapCanvas(), _user_data(result))


def _set_user_data(result: QgsLocatorResult, place: Place) -> None:
    """Attach the place to a result (a method since QGIS 3.34, an attribute before)."""
    if callable(getattr(result, "setUserData", None)):
        result.setUserData(place)
    else:
        result.userData = place


def _user_data(result: QgsLocatorResult) -> Place:
    data = result.userData
    return data() if callable(data) else data


def zoom_to_place(canvas, place: Place) -> None:
    """Zoom the canvas to a place, with a margin (a straight street has no height), and flash it."""
    source_crs = QgsCoordinateReferenceSystem(CRS)
    extent = QgsRectangle(place.extent)
    extent.grow(max(extent.width(), extent.height()) * 0.15 + MIN_MARGIN_M)
    transform = QgsCoordinateTransform(source_crs, canvas.mapSettings().destinationCrs(), QgsProject.instance())
    canvas.setExtent(transform.transformBoundingBox(extent))
    canvas.refresh()
    canvas.flashGeometries([place.geometry], source_crs)
