"""The Brussels house style, read from `resources/styles/house_style.json` and applied to layers.

A layer kind (``street_axes``, ``municipalities``...) gets its symbols (rules by
street hierarchy and scale), its labels (bilingual where the data has FR/NL
names, see :mod:`.labels`) and its label scale range, all from the file.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from qgis.core import (
    QgsAbstractVectorLayerLabeling,
    QgsExpression,
    QgsFeatureRenderer,
    QgsFillSymbol,
    QgsLabeling,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from .i18n import ui_language
from .labels import apply_labels, detect_pair, label_pair, relabelled
from .paths import resource
from .settings import PluginSettings

STYLE_PROPERTY = "paradigm_carto/style"
PLACEMENTS = {
    "curved": QgsPalLayerSettings.Placement.Curved,
    "horizontal": QgsPalLayerSettings.Placement.Horizontal,
    "around_point": QgsPalLayerSettings.Placement.AroundPoint,
    "over_point": QgsPalLayerSettings.Placement.OverPoint,
}
GEOMETRIES = {
    QgsWkbTypes.GeometryType.PointGeometry: "point",
    QgsWkbTypes.GeometryType.LineGeometry: "line",
    QgsWkbTypes.GeometryType.PolygonGeometry: "polygon",
}


@lru_cache(maxsize=1)
def house_style() -> dict[str, Any]:
    """The house style file, parsed once."""
    return json.loads(resource("styles", "house_style.json").read_text(encoding="utf-8"))


def hex_colour(name: str) -> str:
    """A palette colour as '#rrggbb'."""
    return house_style()["palette"]["colours"][name]


def colour(name: str | None) -> str:
    """A palette colour as 'r,g,b,a' for QGIS symbol properties (transparent for None)."""
    if name is None:
        return "0,0,0,0"
    value = QColor(hex_colour(name))
    return f"{value.red()},{value.green()},{value.blue()},255"


def width(name: str | float) -> float:
    """A palette line width in millimetres (a number is taken as it is)."""
    return float(name) if isinstance(name, (int, float)) else float(house_style()["palette"]["widths"][name])


def rule_title(rule: dict[str, Any], language: str) -> str:
    """A rule's legend text ('' when untitled).

    Maps are bilingual: a rule titled in French and Dutch reads "FR / NL" ("Rues
    locales / Lokale straten"), like the layer names of print layouts' legends, and
    once when both are the same ("Boulevards"). A rule lacking one of them falls back
    on `language`, then English.
    """
    title = rule.get("title") or {}
    fr, nl = (str(title.get(key) or "").strip() for key in ("fr", "nl"))
    if fr and nl:
        return fr if fr.casefold() == nl.casefold() else f"{fr} / {nl}"
    return title.get(language) or title.get("en") or fr or nl


def symbol_for_rule(geometry: str, rule: dict[str, Any]) -> QgsSymbol:
    """A new symbol for one rule of a kind."""
    if geometry == "polygon":
        return QgsFillSymbol.createSimple(
            {
                "color": colour(rule.get("fill")),
                "style": "solid" if rule.get("fill") else "no",
                "outline_color": colour(rule.get("line")),
                "outline_width": str(width(rule.get("line_width", "thin"))),
                "outline_style": rule.get("line_style", "solid"),
                "joinstyle": "round",
            }
        )
    if geometry == "line":
        line_width = width(rule["line_width"])
        symbol = QgsLineSymbol.createSimple(
            {"line_color": colour(rule["line"]), "line_width": str(line_width), "capstyle": "round"}
        )
        symbol.symbolLayer(0).setRenderingPass(int(rule.get("level", 0)))
        if rule.get("casing"):
            casing_symbol = QgsLineSymbol.createSimple(
                {
                    "line_color": colour(rule["casing"]),
                    "line_width": str(line_width + 2 * width(rule["casing_width"])),
                    "capstyle": "flat",
                }
            )
            casing = casing_symbol.symbolLayer(0).clone()
            casing.setRenderingPass(0)
            symbol.insertSymbolLayer(0, casing)
        return symbol
    return QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": colour(rule.get("fill")),
            "outline_color": colour(rule.get("line")),
            "outline_style": "solid" if rule.get("line") else "no",
            "size": str(rule.get("size", 1.5)),
        }
    )


def renderer_for(kind: str) -> QgsFeatureRenderer:
    """A new renderer for a kind: one symbol, or rules by filter and scale."""
    spec = house_style()["kinds"][kind]
    rules = spec["rules"]
    plain = len(rules) == 1 and not any(key in rules[0] for key in ("filter", "min_scale", "max_scale"))
    if plain:
        return QgsSingleSymbolRenderer(symbol_for_rule(spec["geometry"], rules[0]))
    root = QgsRuleBasedRenderer.Rule(None)
    language = ui_language()
    for rule in rules:
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                symbol_for_rule(spec["geometry"], rule),
                int(rule.get("max_scale", 0)),
                int(rule.get("min_scale", 0)),
                rule.get("filter", ""),
                rule_title(rule, language),
            )
        )
    renderer = QgsRuleBasedRenderer(root)
    renderer.setUsingSymbolLevels(bool(spec.get("symbol_levels")))
    return renderer


def text_format(name: str) -> QgsTextFormat:
    """A text format of the house style (font, size in points, colour, halo)."""
    spec = house_style()["text_formats"][name]
    font = QFont(house_style()["palette"]["fonts"][spec["font"]])
    font.setBold(bool(spec.get("bold")))
    if spec.get("letter_spacing"):
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, float(spec["letter_spacing"]))
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(float(spec["size"]))
    text.setColor(QColor(hex_colour(spec["colour"])))
    if spec.get("buffer"):
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(float(spec["buffer"]))
        buffer.setColor(QColor(hex_colour(spec["buffer_colour"])))
        text.setBuffer(buffer)
    return text


def label_settings(spec: dict[str, Any], layer: QgsVectorLayer) -> QgsPalLayerSettings:
    """Look, placement, priority and scale range of a label spec (the text is set by the caller)."""
    settings = QgsPalLayerSettings()
    settings.setFormat(text_format(spec["format"]))
    settings.placement = PLACEMENTS[spec["placement"]]
    if spec["placement"] == "curved":
        line = settings.lineSettings()
        line.setPlacementFlags(QgsLabeling.LinePlacementFlag.OnLine)
        line.setMergeLines(bool(spec.get("merge_lines")))
        settings.setLineSettings(line)
    if spec.get("min_scale") or spec.get("max_scale"):
        settings.scaleVisibility = True
        settings.minimumScale = float(spec.get("min_scale", 0))
        settings.maximumScale = float(spec.get("max_scale", 0))
    priority = spec.get("priority")
    if priority and layer.fields().indexOf(priority["field"]) >= 0:
        field = QgsExpression.quotedColumnRef(priority["field"])
        cases = " ".join(f"WHEN {field} = {value} THEN {rank}" for value, rank in priority["values"].items())
        settings.dataDefinedProperties().setProperty(
            QgsPalLayerSettings.Property.Priority,
            QgsProperty.fromExpression(f"CASE {cases} ELSE {priority['default']} END"),
        )
    return settings


def geometry_of(layer: QgsVectorLayer) -> str:
    """'point', 'line' or 'polygon' ('' for a table)."""
    return GEOMETRIES.get(layer.geometryType(), "")


def label_spec(layer: QgsVectorLayer) -> dict[str, Any] | None:
    """The label spec a layer should carry: its kind's, else the generic one when it has house labels."""
    kind = layer.customProperty(STYLE_PROPERTY)
    if kind in house_style()["kinds"]:
        return house_style()["kinds"][kind].get("labels")
    generic = house_style()["generic_labels"].get(geometry_of(layer))
    return {"text": "bilingual", **generic} if generic and label_pair(layer) is not None else None


def house_pair(layer: QgsVectorLayer) -> tuple[str, str] | None:
    """The FR/NL fields of a layer's house labels: those recorded on it, else those detected."""
    return label_pair(layer) or detect_pair(layer.fields().names())


def minor_filter(spec: dict[str, Any], layer: QgsVectorLayer) -> str | None:
    """The filter of the features a label spec names only at large scales (None: no such features, or the
    layer lacks the fields the filter reads)."""
    minor = spec.get("minor")
    if not minor:
        return None
    names = set(layer.fields().names())
    return minor["filter"] if QgsExpression(minor["filter"]).referencedColumns() <= names else None


def house_labeling(
    spec: dict[str, Any], layer: QgsVectorLayer, settings: QgsPalLayerSettings
) -> QgsAbstractVectorLayerLabeling:
    """`settings` as a labeling: simple, or by rules when the spec has minor features.

    Minor features (local streets) are labelled only from ``minor.min_scale`` on; between that scale
    and the label's own limit they stay obstacles (QGIS "blocking" labels), so the other names keep
    away from them as they would if those were labelled, without laying out text nobody sees.
    """
    where = minor_filter(spec, layer)
    if where is None:
        return QgsVectorLayerSimpleLabeling(settings)
    large_scale = float(spec["minor"]["min_scale"])
    titles = spec["minor"].get("titles", {})
    language = ui_language()

    def rule(rule_settings: QgsPalLayerSettings, expression: str, part: str, scales: tuple[float, float] = (0, 0)):
        # QGIS's order: the zoomed-in limit (maximum scale), then the zoomed-out one (minimum scale)
        title = rule_title({"title": titles.get(part)}, language) or part
        return QgsRuleBasedLabeling.Rule(rule_settings, scales[0], scales[1], expression, title)

    root = QgsRuleBasedLabeling.Rule(None)
    major = rule(QgsPalLayerSettings(settings), f"NOT ({where})", "major")
    minor_settings = QgsPalLayerSettings(settings)
    minor_settings.scaleVisibility = True
    minor_settings.minimumScale = large_scale
    minor = rule(minor_settings, where, "minor")
    blocking_settings = QgsPalLayerSettings(settings)
    blocking_settings.drawLabels = False
    blocking_settings.scaleVisibility = False
    zoomed_out = float(settings.minimumScale) if settings.scaleVisibility else 0.0
    blocking = rule(blocking_settings, where, "blocking", (large_scale, zoomed_out))
    for child in (major, minor, blocking):
        root.appendChild(child)
    return QgsRuleBasedLabeling(root)


def expected_labeling(layer: QgsVectorLayer, mode: str | None = None) -> QgsAbstractVectorLayerLabeling | None:
    """The complete labeling of the house style for `layer` in `mode` (None: no labels)."""
    spec = label_spec(layer)
    if not spec:
        return None
    settings = label_settings(spec, layer)
    if spec["text"] == "field":
        if layer.fields().indexOf(spec["field"]) < 0:
            return None
        settings.fieldName = spec["field"]
        settings.isExpression = False
        return house_labeling(spec, layer, settings)
    pair = house_pair(layer)
    if pair is None:
        return None
    return relabelled(house_labeling(spec, layer, settings), *pair, mode or PluginSettings().label_mode)


def _set_labels(layer: QgsVectorLayer, mode: str) -> None:
    """Give `layer` the labels of the house style (or none when its kind has none)."""
    labeling = expected_labeling(layer, mode)
    if labeling is None:
        layer.setLabeling(None)
        layer.setLabelsEnabled(False)
    elif label_spec(layer)["text"] == "bilingual":
        apply_labels(layer, *house_pair(layer), mode, labeling)
    else:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)


def apply_house_style(layer: QgsVectorLayer, kind: str, mode: str | None = None) -> None:
    """Give `layer` the house style of `kind` (symbols, labels, scale ranges) and remember the kind.

    `mode` is the bilingual label mode (default: the one chosen in the options page).
    """
    layer.setRenderer(renderer_for(kind))
    layer.setCustomProperty(STYLE_PROPERTY, kind)
    _set_labels(layer, mode or PluginSettings().label_mode)


def apply_house_labels(layer: QgsVectorLayer, fr_field: str, nl_field: str, mode: str | None = None) -> None:
    """House bilingual labels on any layer from two fields the user picked (look by geometry type)."""
    spec = house_style()["generic_labels"].get(geometry_of(layer))
    if spec is None:
        raise ValueError(layer.name())
    settings = label_settings(spec, layer)
    apply_labels(layer, fr_field, nl_field, mode or PluginSettings().label_mode, house_labeling(spec, layer, settings))
