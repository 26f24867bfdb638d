"""The "Paradigm" Processing provider (id ``paradigm_carto``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.paths import icon_path


def algorithm_classes() -> list[type]:
    """Every algorithm of the provider, one module per algorithm (imported only when QGIS asks)."""
    classes: list[type] = []
    from .export_map import ExportMapAlgorithm

    classes.append(ExportMapAlgorithm)
    from .check_style import CheckStyleAlgorithm

    classes.append(CheckStyleAlgorithm)
    from .validate_layer import ValidateLayerAlgorithm

    classes.append(ValidateLayerAlgorithm)
    from .publish_layer import PublishLayerAlgorithm

    classes.append(PublishLayerAlgorithm)
    return classes


class ParadigmProvider(QgsProcessingProvider):
    """Algorithms of Paradigm Carto, usable from the toolbox, models, batch and ``qgis_process``."""

    def id(self) -> str:  # noqa: D102
        return "paradigm_carto"

    def name(self) -> str:  # noqa: D102
        return tr("Paradigm")

    def longName(self) -> str:  # noqa: N802, D102
        return tr("Paradigm Carto (Brussels UrbIS)")

    def icon(self) -> QIcon:  # noqa: D102
        return QIcon(icon_path("paradigm.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802, D102
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
