"""Processing algorithm ``paradigm_carto:validatelayer``: check a layer against its topology rules."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.i18n import tr
from ..core.topology.engine import gather_related, validate_layer
from ..core.topology.errors import RuleFileError, TopologyError
from ..core.topology.rules import RuleSet, load_rule_set

REF_PROPERTY = "paradigm_carto/ref_id"


def _source_type(name: str) -> object:
    """A Processing source type: Qgis.ProcessingSourceType (3.36+) or QgsProcessing.SourceType (3.22)."""
    new = getattr(Qgis, "ProcessingSourceType", None)
    return getattr(new, name) if new is not None else getattr(QgsProcessing.SourceType, "Type" + name)


def _wkb_type(name: str) -> object:
    """A WKB type: Qgis.WkbType (3.30+) or QgsWkbTypes.Type (3.22)."""
    new = getattr(Qgis, "WkbType", None)
    return getattr(new, name) if new is not None else getattr(QgsWkbTypes.Type, name)


def _string_type() -> object:
    """The text field type: QVariant.Type.String (Qt 5), QMetaType.Type.QString (Qt 6)."""
    variant_type = getattr(QVariant, "Type", None)
    if variant_type is not None and hasattr(variant_type, "String"):
        return variant_type.String
    from qgis.PyQt.QtCore import QMetaType

    return QMetaType.Type.QString


def source_path_and_name(layer: QgsVectorLayer) -> tuple[str, str]:
    """(file path, layer name in the file) of an OGR layer; ('', '') for other providers."""
    if layer.providerType() != "ogr":
        return "", ""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return str(parts.get("path") or ""), str(parts.get("layerName") or "")


def default_rule_set(layer: QgsVectorLayer) -> RuleSet | None:
    """The rule set bound to the layer: the project's binding, else the shipped one (catalogue id,
    layer name or name in its file)."""
    from ..core.topology.binding import bound_rule_set_for

    return bound_rule_set_for(layer)


def find_related_layers(
    rule_set: RuleSet, layer: QgsVectorLayer, context: QgsProcessingContext
) -> tuple[dict[str, QgsVectorLayer], list[tuple[str, str]]]:
    """The layers the rules need: from the project (by name or catalogue id), else from the input's
    GeoPackage. Returns them by rule name, and (name, rule id) of the ones found nowhere."""
    path, _in_file = source_path_and_name(layer)
    return gather_related(rule_set, layer, context.project(), path)


def error_fields() -> QgsFields:
    """The attributes of the error layer."""
    fields = QgsFields()
    for name in ("rule", "severity", "check", "layer", "feature_ids", "message"):
        fields.append(QgsField(name, _string_type()))
    return fields


def location(error: TopologyError) -> QgsGeometry:
    """A point where the error is: the error geometry's point on surface (empty when none)."""
    geometry = error.geometry
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.geometryDisplayString(geometry.type()) == "Point" and not geometry.isMultipart():
        return QgsGeometry(geometry)
    point = geometry.pointOnSurface()
    return point if not point.isNull() else geometry.centroid()


class ValidateLayerAlgorithm(QgsProcessingAlgorithm):
    """Runs the topology and attribute rules of a layer and writes one feature per finding."""

    INPUT = "INPUT"
    RULES = "RULES"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"

    def createInstance(self) -> ValidateLayerAlgorithm:  # noqa: N802, D102
        return ValidateLayerAlgorithm()

    def name(self) -> str:  # noqa: D102
        return "validatelayer"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Validate layer topology")

    def group(self) -> str:  # noqa: D102
        return tr("Quality")

    def groupId(self) -> str:  # noqa: N802, D102
        return "quality"

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Checks a layer against topology and attribute rules: validity, overlaps, gaps, containment in "
            "other layers, dangles, NIS codes, bilingual names. Without a rule file, the rule set shipped for "
            "the layer (by its UrbIS name or catalogue id) is used. The other layers a rule needs are taken from "
            "the project by name, else from the same GeoPackage as the input. One output point per finding "
            "(rule, severity, features, message); errors block a save, warnings inform."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802, D102
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.INPUT, tr("Layer to validate"), [_source_type("VectorAnyGeometry")]
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES,
                tr("Rule file (default: the rules of the layer)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Topology errors"), _source_type("VectorPoint"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS,
                tr("Topology error areas"),
                _source_type("VectorPolygon"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, tr("Number of errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, tr("Number of warnings")))

    def processAlgorithm(  # noqa: N802, D102
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(tr("The layer to validate could not be opened."))
        rules_path = self.parameterAsFile(parameters, self.RULES, context)
        try:
            rule_set = load_rule_set(rules_path) if rules_path else default_rule_set(layer)
        except RuleFileError as error:
            raise QgsProcessingException(str(error)) from None
        if rule_set is None:
            raise QgsProcessingException(
                tr("No rule set is bound to the layer '{layer}': choose a rule file.").format(layer=layer.name())
            )
        feedback.pushInfo(
            tr("Rule set '{rules}': {count} rules.").format(rules=rule_set.id, count=len(rule_set.rules))
        )
        related, missing = find_related_layers(rule_set, layer, context)
        if missing:
            name, rule_id = missing[0]
            raise QgsProcessingException(
                tr(
                    "The layer '{layer}' needed by the rule '{rule}' was found neither in the project nor in the "
                    "input's GeoPackage."
                ).format(layer=name, rule=rule_id)
            )
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, error_fields(), _wkb_type("Point"), layer.crs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        area_sink, area_dest = self.parameterAsSink(
            parameters, self.OUTPUT_AREAS, context, error_fields(), _wkb_type("MultiPolygon"), layer.crs()
        )
        result = validate_layer(layer, rule_set, related, feedback)
        project = context.project()
        _path, in_file = source_path_and_name(layer)
        layer_name = layer.name()
        if in_file and (project is None or project.mapLayer(layer.id()) is None):
            layer_name = in_file  # opened from a path: its name in the file, not the file's
        if result.cancelled:
            feedback.reportError(tr("Validation cancelled: the results are incomplete."))
        fields = error_fields()
        for error in result.errors:
            if feedback.isCanceled():
                break
            attributes = [
                error.rule_id,
                error.severity,
                error.check,
                layer_name,
                ",".join(str(fid) for fid in error.feature_ids),
                error.message,
            ]
            feature = QgsFeature(fields)
            feature.setAttributes(attributes)
            feature.setGeometry(location(error))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if area_sink is not None and error.geometry is not None and error.geometry.area() > 0:
                polygons = QgsGeometry(error.geometry)
                parts = [g for g in polygons.asGeometryCollection() if g.area() > 0]
                area = QgsFeature(fields)
                area.setAttributes(attributes)
                area.setGeometry(QgsGeometry.collectGeometry(parts))
                area_sink.addFeature(area, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(
            tr("{errors} errors, {warnings} warnings on {count} features.").format(
                errors=result.error_count, warnings=result.warning_count, count=result.checked
            )
        )
        results: dict[str, Any] = {
            self.OUTPUT: dest,
            self.ERRORS: result.error_count,
            self.WARNINGS: result.warning_count,
        }
        if area_sink is not None:
            results[self.OUTPUT_AREAS] = area_dest
        return results
