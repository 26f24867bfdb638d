"""Does a layer still carry the house style, and what drifted? Restore it when it did.

The layer is compared with what :mod:`.styling` would give it now: renderer and
rules (filters, scale ranges), every symbol layer's properties (colours apart),
labels (text expression and mode, look, placement, priority, scale range) and,
for a catalogue layer, its visibility scale range. Each difference is one
:class:`Drift` with a translated message naming the layer, the expected and the
found value. Publishing refuses layers whose report is not conformant.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from qgis.core import (
    QgsAbstractVectorLayerLabeling,
    QgsFeatureRenderer,
    QgsPalLayerSettings,
    QgsProject,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsSymbolLayerUtils,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from .catalogue import Catalogue, load_catalogue
from .i18n import tr
from .labels import label_pair, label_rules, mode_of_expression, mode_titles
from .loader import REF_PROPERTY
from .settings import PluginSettings
from .styling import (
    PLACEMENTS,
    STYLE_PROPERTY,
    apply_house_labels,
    apply_house_style,
    expected_labeling,
    house_pair,
    house_style,
    renderer_for,
)

STYLE = "style"
COLOUR = "colour"
SYMBOL = "symbol"
LABELS = "labels"
LABEL_MODE = "label_mode"
LABEL_EXPRESSION = "label_expression"
SCALE_RANGE = "scale_range"
#: Every kind of drift.
DRIFT_KINDS = (STYLE, COLOUR, SYMBOL, LABELS, LABEL_MODE, LABEL_EXPRESSION, SCALE_RANGE)


@dataclass(frozen=True)
class Drift:
    """One way a layer differs from the house style."""

    kind: str
    message: str
    expected: str = ""
    found: str = ""


@dataclass
class ConformityReport:
    """The outcome of :func:`check_conformity` for one layer."""

    layer_id: str
    layer_name: str
    style: str | None
    drifts: list[Drift] = field(default_factory=list)

    @property
    def conformant(self) -> bool:
        """True when the layer carries the house style without any drift."""
        return not self.drifts

    def kinds(self) -> set[str]:
        """The kinds of drift found."""
        return {drift.kind for drift in self.drifts}

    def summary(self) -> str:
        """One translated sentence."""
        if self.conformant:
            return tr("Layer '{layer}' carries the house style.").format(layer=self.layer_name)
        return tr("Layer '{layer}' differs from the house style in {count} point(s).").format(
            layer=self.layer_name, count=len(self.drifts)
        )

    def text(self) -> str:
        """The summary and one line per drift."""
        return "\n".join([self.summary(), *(f"- {drift.message}" for drift in self.drifts)])

    def html(self) -> str:
        """The report as a small HTML document."""
        items = "".join(f"<li>{escape(drift.message)}</li>" for drift in self.drifts)
        return (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{escape(self.layer_name)}</title></head>'
            f"<body><h1>{escape(tr('House style conformity'))}</h1><p>{escape(self.summary())}</p>"
            f"{f'<ul>{items}</ul>' if items else ''}</body></html>\n"
        )


def _rule_key(rule: QgsRuleBasedLabeling.Rule) -> tuple:
    """What must match between a label rule and the house style's: filter, scales, on, drawing or blocking."""
    return (
        rule.filterExpression(),
        rule.minimumScale(),
        rule.maximumScale(),
        rule.active(),
        rule.settings().drawLabels,
    )


def _scale_range(visible: bool, minimum: float, maximum: float) -> str:
    """A scale range for messages (`minimum`: most zoomed out, `maximum`: most zoomed in, 0: no limit)."""
    if not visible or (not minimum and not maximum):
        return tr("at all scales")
    if not maximum:
        return tr("at 1:{scale} and larger scales").format(scale=f"{minimum:,.0f}")
    if not minimum:
        return tr("at scales smaller than 1:{scale}").format(scale=f"{maximum:,.0f}")
    return tr("between 1:{zoomed_out} and 1:{zoomed_in}").format(
        zoomed_out=f"{minimum:,.0f}", zoomed_in=f"{maximum:,.0f}"
    )


def _colour_name(value: str) -> str:
    """'r,g,b,a' as '#rrggbb' (with alpha when not opaque)."""
    colour = QgsSymbolLayerUtils.decodeColor(value)
    return colour.name() if colour.alpha() == 255 else f"{colour.name()} ({colour.alpha()})"


def _placement_name(placement: object) -> str:
    """A label placement as named in the house style file (QGIS's number for others)."""
    names = {value: name for name, value in PLACEMENTS.items()}
    names[QgsPalLayerSettings.Placement.Line] = "parallel"
    return names.get(placement, str(int(placement)))


class _Checker:
    """Collects the drifts of one layer."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        self.layer = layer
        self.drifts: list[Drift] = []

    def add(self, kind: str, message: str, expected: object = "", found: object = "", **names: str) -> None:
        """Record a drift; `message` is a translated template with {layer}, {expected}, {found} and `names`."""
        text = message.format(layer=self.layer.name(), expected=expected, found=found, **names)
        drift = Drift(kind, text, str(expected), str(found))
        if drift not in self.drifts:  # the same drift in several label rules is one drift
            self.drifts.append(drift)

    # --- symbols ---------------------------------------------------------------

    def renderer(self, expected: QgsFeatureRenderer) -> None:
        found = self.layer.renderer()
        if found is None or found.type() != expected.type():
            self.add(
                SYMBOL,
                tr("Layer '{layer}': the renderer is '{found}', the house style has '{expected}'."),
                expected.type(),
                found.type() if found else "",
            )
            return
        if found.usingSymbolLevels() != expected.usingSymbolLevels():
            self.add(
                SYMBOL,
                tr("Layer '{layer}': symbol levels are {found}, the house style has {expected}."),
                expected.usingSymbolLevels(),
                found.usingSymbolLevels(),
            )
        if isinstance(expected, QgsRuleBasedRenderer):
            self.rules(expected.rootRule().children(), found.rootRule().children())
        else:
            self.symbol(tr("the symbol"), expected.symbol(), found.symbol())

    def rules(self, expected: list, found: list) -> None:
        if len(found) != len(expected):
            self.add(
                SYMBOL,
                tr("Layer '{layer}': {found} symbol rules, the house style has {expected}."),
                len(expected),
                len(found),
            )
            return
        for want, have in zip(expected, found):
            part = tr("the rule '{rule}'").format(rule=want.label() or want.filterExpression())
            if want.filterExpression() != have.filterExpression() or have.children():
                self.add(
                    SYMBOL,
                    tr("Layer '{layer}': the filter of {part} is {found}, the house style has {expected}."),
                    want.filterExpression(),
                    have.filterExpression(),
                    part=part,
                )
            want_range = _scale_range(True, want.minimumScale(), want.maximumScale())
            have_range = _scale_range(True, have.minimumScale(), have.maximumScale())
            if want_range != have_range:
                self.add(
                    SCALE_RANGE,
                    tr("Layer '{layer}': {part} is drawn {found}, the house style draws it {expected}."),
                    want_range,
                    have_range,
                    part=part,
                )
            self.symbol(part, want.symbol(), have.symbol())

    def symbol(self, part: str, expected: QgsSymbol, found: QgsSymbol | None) -> None:
        if found is None:
            self.add(SYMBOL, tr("Layer '{layer}': {part} has no symbol."), part=part)
            return
        want_layers, have_layers = expected.symbolLayers(), found.symbolLayers()
        want_types = [layer.layerType() for layer in want_layers]
        have_types = [layer.layerType() for layer in have_layers]
        if want_types != have_types or expected.opacity() != found.opacity():
            self.add(
                SYMBOL,
                tr("Layer '{layer}': the symbol of {part} is {found}, the house style has {expected}."),
                f"{' + '.join(want_types)} ({expected.opacity():.0%})",
                f"{' + '.join(have_types)} ({found.opacity():.0%})",
                part=part,
            )
            return
        for want_layer, have_layer in zip(want_layers, have_layers):
            want, have = want_layer.properties(), have_layer.properties()
            for key in sorted(set(want) | set(have)):
                if want.get(key) == have.get(key):
                    continue
                if "color" in key:
                    self.add(
                        COLOUR,
                        tr("Layer '{layer}': the colour of {part} is {found}, the house style has {expected}."),
                        _colour_name(want.get(key, "0,0,0,0")),
                        _colour_name(have.get(key, "0,0,0,0")),
                        part=part,
                    )
                else:
                    self.add(
                        SYMBOL,
                        tr("Layer '{layer}': {part} has {what} {found}, the house style has {expected}."),
                        want.get(key, ""),
                        have.get(key, ""),
                        part=part,
                        what=key,
                    )

    # --- labels ------------------------------------------------------------------

    def labels(self, expected: QgsAbstractVectorLayerLabeling | None, mode: str) -> None:
        labeling = self.layer.labeling()
        enabled = self.layer.labelsEnabled() and labeling is not None
        if expected is None:
            if enabled:
                self.add(LABELS, tr("Layer '{layer}': labels are on, the house style has none for this layer."))
            return
        wanted = label_rules(expected)
        if not wanted:
            if not enabled or not isinstance(labeling, QgsVectorLayerSimpleLabeling):
                self.add(LABELS, tr("Layer '{layer}': labels are off or not simple labels, the house style labels it."))
                return
            self.label_settings(expected.settings(), labeling.settings(), mode)
            return
        found = label_rules(labeling) if enabled else []
        if [_rule_key(rule) for rule in found] != [_rule_key(rule) for rule in wanted]:
            self.add(
                LABELS,
                tr("Layer '{layer}': labels are off or not by the rules of the house style, which has {expected}."),
                "; ".join(rule.description() for rule in wanted),
                "",
            )
            return
        for want, have in zip(wanted, found):
            self.label_settings(want.settings(), have.settings(), mode)

    def label_settings(self, expected: QgsPalLayerSettings, found: QgsPalLayerSettings, mode: str) -> None:
        if expected.drawLabels:
            self.label_text(expected, found, mode)
        self.text_format(expected.format(), found.format())
        if found.placement != expected.placement:
            self.add(
                LABELS,
                tr("Layer '{layer}': the label placement is {found}, the house style has {expected}."),
                _placement_name(expected.placement),
                _placement_name(found.placement),
            )
        want_priority = expected.dataDefinedProperties().property(QgsPalLayerSettings.Property.Priority)
        have_priority = found.dataDefinedProperties().property(QgsPalLayerSettings.Property.Priority)
        if want_priority.expressionString() != have_priority.expressionString():
            self.add(
                LABELS,
                tr("Layer '{layer}': the label priority is {found}, the house style has {expected}."),
                want_priority.expressionString() or "-",
                have_priority.expressionString() or "-",
            )
        want_range = _scale_range(expected.scaleVisibility, expected.minimumScale, expected.maximumScale)
        have_range = _scale_range(found.scaleVisibility, found.minimumScale, found.maximumScale)
        if want_range != have_range:
            self.add(
                SCALE_RANGE,
                tr("Layer '{layer}': labels show {found}, the house style shows them {expected}."),
                want_range,
                have_range,
            )

    def label_text(self, expected: QgsPalLayerSettings, found: QgsPalLayerSettings, mode: str) -> None:
        if found.fieldName == expected.fieldName and found.isExpression == expected.isExpression:
            return
        pair = house_pair(self.layer)
        found_mode = mode_of_expression(found.fieldName, *pair) if pair and found.isExpression else None
        if found_mode == mode and expected.isExpression:
            return  # the same mode as an earlier version of the plugin wrote it: the same labels
        if found_mode is not None:
            titles = mode_titles()
            self.add(
                LABEL_MODE,
                tr("Layer '{layer}': labels are in the mode '{found}', the house style has '{expected}'."),
                titles[mode],
                titles[found_mode],
            )
        else:
            self.add(
                LABEL_EXPRESSION,
                tr("Layer '{layer}': the label text is {found}, the house style has {expected}."),
                expected.fieldName,
                found.fieldName,
            )

    def text_format(self, expected: QgsTextFormat, found: QgsTextFormat) -> None:
        if found.color().name() != expected.color().name() or found.opacity() != expected.opacity():
            self.add(
                COLOUR,
                tr("Layer '{layer}': the label colour is {found}, the house style has {expected}."),
                expected.color().name(),
                found.color().name(),
            )
        want_buffer, have_buffer = expected.buffer(), found.buffer()
        if (want_buffer.enabled(), want_buffer.color().name()) != (have_buffer.enabled(), have_buffer.color().name()):
            self.add(
                COLOUR,
                tr("Layer '{layer}': the label halo is {found}, the house style has {expected}."),
                want_buffer.color().name() if want_buffer.enabled() else "-",
                have_buffer.color().name() if have_buffer.enabled() else "-",
            )
        want_font = f"{expected.font().family()} {expected.size():g} pt{' bold' if expected.font().bold() else ''}"
        have_font = f"{found.font().family()} {found.size():g} pt{' bold' if found.font().bold() else ''}"
        if want_font != have_font or want_buffer.size() != have_buffer.size():
            self.add(
                LABELS,
                tr("Layer '{layer}': the label font is {found}, the house style has {expected}."),
                f"{want_font}, {want_buffer.size():g} mm",
                f"{have_font}, {have_buffer.size():g} mm",
            )

    # --- layer -------------------------------------------------------------------

    def layer_scale_range(self, catalogue: Catalogue) -> None:
        try:
            ref = catalogue.layer(str(self.layer.customProperty(REF_PROPERTY)))
        except KeyError:
            return
        want = _scale_range(True, ref.min_scale, ref.max_scale)
        have = _scale_range(
            self.layer.hasScaleBasedVisibility(), self.layer.minimumScale(), self.layer.maximumScale()
        )
        if want != have:
            self.add(
                SCALE_RANGE,
                tr("Layer '{layer}': the layer shows {found}, the house style shows it {expected}."),
                want,
                have,
            )


def carries_house_style(layer: QgsVectorLayer) -> bool:
    """True for a layer styled by the plugin or carrying house labels (the user's pick of fields)."""
    return layer.customProperty(STYLE_PROPERTY) in house_style()["kinds"] or label_pair(layer) is not None


def check_conformity(
    layer: QgsVectorLayer, mode: str | None = None, catalogue: Catalogue | None = None
) -> ConformityReport:
    """Whether `layer` carries the house style, and every drift from it.

    `mode` is the expected label mode (default: the options page's).
    """
    mode = mode or PluginSettings().label_mode
    kind = layer.customProperty(STYLE_PROPERTY)
    kind = str(kind) if kind in house_style()["kinds"] else None
    checker = _Checker(layer)
    if not carries_house_style(layer):
        checker.add(STYLE, tr("Layer '{layer}' does not carry the house style."))
    else:
        if kind is not None:
            checker.renderer(renderer_for(kind))
            if layer.customProperty(REF_PROPERTY):
                checker.layer_scale_range(catalogue or load_catalogue())
        checker.labels(expected_labeling(layer, mode), mode)
    return ConformityReport(layer.id(), layer.name(), kind, checker.drifts)


def restore_house_style(layer: QgsVectorLayer, mode: str | None = None, catalogue: Catalogue | None = None) -> bool:
    """Give a house-styled layer its house style back (symbols, labels, scale ranges); False for other layers."""
    mode = mode or PluginSettings().label_mode
    kind = layer.customProperty(STYLE_PROPERTY)
    pair = label_pair(layer)
    if kind in house_style()["kinds"]:
        apply_house_style(layer, str(kind), mode)
        ref_id = layer.customProperty(REF_PROPERTY)
        if ref_id:
            try:
                ref = (catalogue or load_catalogue()).layer(str(ref_id))
            except KeyError:
                ref = None
            if ref is not None:
                layer.setScaleBasedVisibility(bool(ref.min_scale or ref.max_scale))
                layer.setMinimumScale(ref.min_scale)
                layer.setMaximumScale(ref.max_scale)
    elif pair is not None:
        apply_house_labels(layer, *pair, mode)
    else:
        return False
    layer.triggerRepaint()
    return True


def restore_all(project: QgsProject, mode: str | None = None) -> list[QgsVectorLayer]:
    """Restore every house-styled layer of `project` that drifted; return those layers."""
    catalogue = load_catalogue()
    restored = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or not carries_house_style(layer):
            continue
        if not check_conformity(layer, mode, catalogue).conformant:
            restore_house_style(layer, mode, catalogue)
            restored.append(layer)
    return restored
