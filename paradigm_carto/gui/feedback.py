"""User feedback: the message bar for people, the log panel for the record."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

from ..core.i18n import tr
from ..core.loader import LoadResult

LOG_TAG = "Paradigm Carto"


def log(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    """Write to QGIS's log panel under the plugin's tab."""
    QgsMessageLog.logMessage(message, LOG_TAG, level)


def push(iface, message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info, duration: int = 6) -> None:
    """One message in the message bar (and the log)."""
    log(message, level)
    iface.messageBar().pushMessage(tr("Paradigm"), message, level, duration)


def report_load(iface, result: LoadResult) -> None:
    """One message per failed layer, and one summary of what was added."""
    for failure in result.failures:
        push(iface, failure.message(), Qgis.MessageLevel.Warning, 0)
    if result.added:
        push(
            iface,
            tr("Reference layers added: {count}.").format(count=len(result.added)),
            Qgis.MessageLevel.Success,
            4,
        )
    elif result.already_loaded and not result.failures:
        push(iface, tr("These reference layers are already in the project."), Qgis.MessageLevel.Info, 4)
