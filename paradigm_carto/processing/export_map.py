"""``paradigm_carto:exportmap``: a bilingual map of the project (template, titles, label mode) to PDF or PNG."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
    QgsVectorLayer,
)

from ..core.i18n import tr
from ..core.layouts import (
    LAYOUT_CRS,
    TEMPLATES,
    LayoutError,
    LayoutExportError,
    build_layout,
    check_destination,
    default_extent,
    default_titles,
    export_pdf,
    export_png,
)

# The label modes of paradigm_carto.core.labels, in its order (index = enum value).
LABEL_MODES = ("fr_nl", "nl_fr", "stacked", "fr", "nl")


def _no_threading():
    """The "run in the main thread" flag: Qgis.ProcessingAlgorithmFlag (3.36+) or the 3.22 one."""
    if hasattr(Qgis, "ProcessingAlgorithmFlag"):
        return Qgis.ProcessingAlgorithmFlag.NoThreading
    return QgsProcessingAlgorithm.Flag.FlagNoThreading


def _advanced():
    """The "advanced parameter" flag: Qgis.ProcessingParameterFlag (3.36+) or the 3.22 one."""
    if hasattr(Qgis, "ProcessingParameterFlag"):
        return Qgis.ProcessingParameterFlag.Advanced
    return QgsProcessingParameterDefinition.Flag.FlagAdvanced


def label_mode_titles() -> list[str]:
    """The LABEL_MODE options in the UI language."""
    from ..core.labels import mode_titles

    titles = mode_titles()
    return [titles[mode] for mode in LABEL_MODES]


@contextmanager
def label_mode(project: QgsProject, mode: str) -> Iterator[None]:
    """Every layer with house labels in `mode` for the duration; each gets its own mode back afterwards."""
    from ..core.labels import apply_label_mode, apply_label_mode_to_project
    from ..core.labels import label_mode as current_mode

    previous = {
        layer: current_mode(layer) for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
    }
    apply_label_mode_to_project(project, mode)
    try:
        yield
    finally:
        for layer, old in previous.items():
            if old is not None and old != mode:
                apply_label_mode(layer, old)


class ExportMapAlgorithm(QgsProcessingAlgorithm):
    """Export a bilingual (FR/NL) map of the project with one of the Brussels layout templates."""

    EXTENT = "EXTENT"
    TEMPLATE = "TEMPLATE"
    LABEL_MODE = "LABEL_MODE"
    TITLE_FR = "TITLE_FR"
    TITLE_NL = "TITLE_NL"
    DPI = "DPI"
    OUTPUT = "OUTPUT"

    def name(self) -> str:  # noqa: D102
        return "exportmap"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Export a bilingual map")

    def group(self) -> str:  # noqa: D102
        return tr("Cartography")

    def groupId(self) -> str:  # noqa: N802, D102
        return "cartography"

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Exports the project's visible layers as a bilingual map (titles in French and Dutch, legend, "
            "scale bar, north arrow, Belgian Lambert 72 note, date and the UrbIS attribution) to a PDF or a "
            "PNG file, chosen by the file extension. Without an extent, the map shows the Brussels-Capital "
            "Region. The label mode applies to the export only: the layers get their own mode back afterwards."
        )

    def flags(self):  # noqa: D102
        # Layout export and the label-mode switch touch the project's layers: main thread only.
        return super().flags() | _no_threading()

    def createInstance(self) -> ExportMapAlgorithm:  # noqa: N802, D102
        return ExportMapAlgorithm()

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802, D102
        default_fr, default_nl = default_titles()
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, tr("Map extent"), optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TEMPLATE, tr("Layout template"), options=list(TEMPLATES), defaultValue=TEMPLATES[0],
                usesStaticStrings=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(self.LABEL_MODE, tr("Label mode"), options=label_mode_titles(), defaultValue=0)
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE_FR, tr("Title in French"), defaultValue=default_fr))
        self.addParameter(QgsProcessingParameterString(self.TITLE_NL, tr("Title in Dutch"), defaultValue=default_nl))
        dpi = QgsProcessingParameterNumber(
            self.DPI, tr("Resolution (dpi)"), defaultValue=300, minValue=50, maxValue=1200
        )
        dpi.setFlags(dpi.flags() | _advanced())
        self.addParameter(dpi)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, tr("Map file (PDF or PNG)"), fileFilter=tr("PDF files (*.pdf);;PNG images (*.png)")
            )
        )

    def processAlgorithm(  # noqa: N802, D102
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        project = context.project()
        if project is None or not project.mapLayers():
            raise QgsProcessingException(
                tr("The project has no layers: load the reference layers or open a project first "
                   "(with qgis_process: --PROJECT_PATH=project.qgz).")
            )
        output = Path(self.parameterAsFileOutput(parameters, self.OUTPUT, context))
        suffix = output.suffix.lower()
        if suffix not in (".pdf", ".png"):
            raise QgsProcessingException(
                tr("The map file must end in .pdf or .png: {path}").format(path=output)
            )
        try:
            check_destination(output)
        except LayoutExportError as error:
            raise QgsProcessingException(str(error)) from None
        template = self.parameterAsEnumString(parameters, self.TEMPLATE, context) or TEMPLATES[0]
        mode = LABEL_MODES[self.parameterAsEnum(parameters, self.LABEL_MODE, context)]
        default_fr, default_nl = default_titles()
        title_fr = self.parameterAsString(parameters, self.TITLE_FR, context) or default_fr
        title_nl = self.parameterAsString(parameters, self.TITLE_NL, context) or default_nl
        dpi = self.parameterAsDouble(parameters, self.DPI, context) or 300.0
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, QgsCoordinateReferenceSystem(LAYOUT_CRS))
        if extent.isNull() or extent.isEmpty():
            extent = default_extent(project)

        feedback.pushInfo(tr("Template {template}, label mode {mode}, output {path}").format(
            template=template, mode=mode, path=output))
        try:
            with label_mode(project, mode):
                layout = build_layout(project, template, extent, title_fr, title_nl)
                feedback.setProgress(30)
                if suffix == ".pdf":
                    export_pdf(layout, output, dpi=dpi)
                else:
                    export_png(layout, output, dpi=dpi)
        except (LayoutError, LayoutExportError) as error:
            raise QgsProcessingException(str(error)) from None
        feedback.setProgress(100)
        return {self.OUTPUT: str(output)}
