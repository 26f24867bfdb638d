"""Processing algorithm ``paradigm_carto:checkstyle``: does a layer carry the house style?"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterVectorLayer,
)

from ..core.conformity import check_conformity
from ..core.i18n import tr


class CheckStyleAlgorithm(QgsProcessingAlgorithm):
    """Compares a layer with the house style and reports every drift."""

    INPUT = "INPUT"
    REPORT_FILE = "REPORT_FILE"
    CONFORMANT = "CONFORMANT"
    DRIFTS = "DRIFTS"
    REPORT = "REPORT"

    def createInstance(self) -> CheckStyleAlgorithm:  # noqa: N802, D102
        return CheckStyleAlgorithm()

    def name(self) -> str:  # noqa: D102
        return "checkstyle"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Check house style conformity")

    def group(self) -> str:  # noqa: D102
        return tr("House style")

    def groupId(self) -> str:  # noqa: N802, D102
        return "housestyle"

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Tells whether a layer carries the Brussels house style and lists what drifted "
            "(colours, symbols, label mode, label text, scale ranges), each with the expected and the found value. "
            "The report can be written to an HTML or a text file."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterVectorLayer(self.INPUT, tr("Layer")))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT_FILE,
                tr("Report file"),
                tr("HTML files (*.html);;Text files (*.txt)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputBoolean(self.CONFORMANT, tr("Conformant")))
        self.addOutput(QgsProcessingOutputNumber(self.DRIFTS, tr("Number of drifts")))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))

    def processAlgorithm(  # noqa: N802, D102
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(tr("The layer to check could not be opened."))
        report = check_conformity(layer)
        text = report.text()
        for line in text.splitlines():
            feedback.pushInfo(line)
        results: dict[str, Any] = {
            self.CONFORMANT: report.conformant,
            self.DRIFTS: len(report.drifts),
            self.REPORT: text,
        }
        path = self.parameterAsFileOutput(parameters, self.REPORT_FILE, context)
        if path:
            html = Path(path).suffix.lower() in (".html", ".htm")
            Path(path).write_text(report.html() if html else text + "\n", encoding="utf-8")
            results[self.REPORT_FILE] = path
        return results
