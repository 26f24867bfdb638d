"""Bilingual labels the way Brussels writes them: "Rue de la Loi - Wetstraat", but "Jette" once.

Labels are plain QGIS expressions (``trim``, ``coalesce``, ``nullif``,
``lower``, ``CASE``, ``||``), so a saved project or a published style renders
the same in QGIS Server and in a QGIS without the plugin. The FR/NL fields and
the mode of a labelled layer are kept as layer custom properties, so every
labelled layer can be switched to another mode later.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsAbstractVectorLayerLabeling,
    QgsExpression,
    QgsPalLayerSettings,
    QgsProject,
    QgsRuleBasedLabeling,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from .i18n import tr

FR_NL = "fr_nl"
NL_FR = "nl_fr"
STACKED = "stacked"
FR_ONLY = "fr"
NL_ONLY = "nl"
#: Every mode, in the order the options page lists them.
MODES = (FR_NL, NL_FR, STACKED, FR_ONLY, NL_ONLY)
DEFAULT_MODE = FR_NL
SEPARATOR = " - "

FR_FIELD_PROPERTY = "paradigm_carto/label_fr"
NL_FIELD_PROPERTY = "paradigm_carto/label_nl"
MODE_PROPERTY = "paradigm_carto/label_mode"


def mode_titles() -> dict[str, str]:
    """Mode -> its name in the UI language (for the options page)."""
    return {
        FR_NL: tr("French - Dutch"),
        NL_FR: tr("Dutch - French"),
        STACKED: tr("French above Dutch (two lines)"),
        FR_ONLY: tr("French only"),
        NL_ONLY: tr("Dutch only"),
    }


def label_expression(fr_field: str, nl_field: str, mode: str = DEFAULT_MODE) -> str:
    """The label expression of `mode` over two fields, in plain QGIS expression syntax.

    Both names are trimmed, a blank name counts as missing; when one is missing
    the other stands alone, when both are missing there is no label (NULL), and
    names equal but for case and surrounding spaces appear once. The one-language
    modes fall back on the other language when theirs is missing.

    Only ``trim``, ``coalesce``, ``nullif``, ``lower``, ``CASE`` and ``||``: no
    variables: the earlier ``with_variable`` form (:func:`legacy_label_expression`)
    opened an expression scope for every feature and took about 1.7 times as long
    to evaluate, for the same text.
    """
    if mode not in MODES:
        raise ValueError(mode)
    fr, nl = QgsExpression.quotedColumnRef(fr_field), QgsExpression.quotedColumnRef(nl_field)
    first, second = (nl, fr) if mode in (NL_FR, NL_ONLY) else (fr, nl)
    if mode in (FR_ONLY, NL_ONLY):
        return f"coalesce(nullif(trim({first}), ''), nullif(trim({second}), ''))"
    joiner = QgsExpression.quotedString("\n" if mode == STACKED else SEPARATOR)
    return (
        f"CASE WHEN coalesce(trim({first}), '') = '' THEN nullif(trim({second}), '') "
        f"WHEN coalesce(trim({second}), '') = '' OR lower(trim({first})) = lower(trim({second})) "
        f"THEN trim({first}) "
        f"ELSE trim({first}) || {joiner} || trim({second}) END"
    )


def legacy_label_expression(fr_field: str, nl_field: str, mode: str = DEFAULT_MODE) -> str:
    """The label expression of `mode` as earlier versions of the plugin wrote it (``with_variable``).

    Projects saved with them carry it; it gives the same labels, so it is still
    recognised (:func:`mode_of_expression`) and counts as conformant.
    """
    if mode not in MODES:
        raise ValueError(mode)
    first, second = ("@label_nl", "@label_fr") if mode in (NL_FR, NL_ONLY) else ("@label_fr", "@label_nl")
    if mode in (FR_ONLY, NL_ONLY):
        body = f"coalesce({first}, {second})"
    else:
        joiner = QgsExpression.quotedString("\n" if mode == STACKED else SEPARATOR)
        body = (
            f"CASE WHEN {first} IS NULL THEN {second} "
            f"WHEN {second} IS NULL OR lower({first}) = lower({second}) THEN {first} "
            f"ELSE {first} || {joiner} || {second} END"
        )
    fr = QgsExpression.quotedColumnRef(fr_field)
    nl = QgsExpression.quotedColumnRef(nl_field)
    return (
        f"with_variable('label_fr', nullif(trim({fr}), ''), "
        f"with_variable('label_nl', nullif(trim({nl}), ''), {body}))"
    )


def mode_of_expression(expression: str, fr_field: str, nl_field: str) -> str | None:
    """The mode whose expression over these fields is `expression`, current or legacy (None: none of them)."""
    for mode in MODES:
        current, legacy = label_expression(fr_field, nl_field, mode), legacy_label_expression(fr_field, nl_field, mode)
        if expression in (current, legacy):
            return mode
    return None


def detect_pair(
    field_names: Iterable[str],
    suffixes: Iterable[tuple[str, str]] | None = None,
    preferred_stems: Iterable[str] | None = None,
) -> tuple[str, str] | None:
    """The (French, Dutch) field names of a layer across UrbIS generations, or None.

    Names are compared case-insensitively: ``NAMEFRE``/``NAMEDUT``,
    ``MU_NAME_FRE``/``MU_NAME_DUT``, ``name_fr``/``name_nl``... Defaults come from
    the ``label_pairs`` section of the house style.
    """
    if suffixes is None or preferred_stems is None:
        from .styling import house_style  # the house style's data; styling builds on this module

        config = house_style()["label_pairs"]
        suffixes = [tuple(pair) for pair in config["suffixes"]] if suffixes is None else suffixes
        preferred_stems = config["preferred_stems"] if preferred_stems is None else preferred_stems
    names = list(field_names)
    by_upper = {name.upper(): name for name in names}
    pairs: dict[str, tuple[str, str]] = {}
    for name in names:
        upper = name.upper()
        for fr_suffix, nl_suffix in suffixes:
            fr_suffix, nl_suffix = fr_suffix.upper(), nl_suffix.upper()
            stem = upper[: -len(fr_suffix)]
            if upper.endswith(fr_suffix) and stem and stem + nl_suffix in by_upper:
                pairs.setdefault(stem, (name, by_upper[stem + nl_suffix]))
    for stem in preferred_stems:
        if stem.upper() in pairs:
            return pairs[stem.upper()]
    return next(iter(pairs.values()), None)


def set_label_text(settings: QgsPalLayerSettings, fr_field: str, nl_field: str, mode: str) -> None:
    """Make `settings` label the two fields in `mode`.

    Curved labels along lines cannot break lines in QGIS 3.22: in the stacked
    mode they become parallel to the line, and curved again in the other modes.
    """
    settings.fieldName = label_expression(fr_field, nl_field, mode)
    settings.isExpression = True
    if settings.placement in (QgsPalLayerSettings.Placement.Curved, QgsPalLayerSettings.Placement.Line):
        stacked = mode == STACKED
        settings.placement = QgsPalLayerSettings.Placement.Line if stacked else QgsPalLayerSettings.Placement.Curved


def label_pair(layer: QgsVectorLayer) -> tuple[str, str] | None:
    """The FR/NL fields a layer's house labels use (None: the layer has no house labels)."""
    fr, nl = layer.customProperty(FR_FIELD_PROPERTY), layer.customProperty(NL_FIELD_PROPERTY)
    return (str(fr), str(nl)) if fr and nl else None


def label_mode(layer: QgsVectorLayer) -> str | None:
    """The mode recorded on a layer with house labels."""
    mode = layer.customProperty(MODE_PROPERTY)
    return str(mode) if mode in MODES else None


def label_rules(labeling: QgsAbstractVectorLayerLabeling | None) -> list[QgsRuleBasedLabeling.Rule]:
    """The rules of a rule-based labeling that carry settings, depth first (empty for other labelings)."""
    if not isinstance(labeling, QgsRuleBasedLabeling):
        return []
    return [rule for rule in labeling.rootRule().descendants() if rule.settings() is not None]


def text_settings(labeling: QgsAbstractVectorLayerLabeling | None) -> list[QgsPalLayerSettings]:
    """The settings of a labeling that draw text: a simple labeling's, or each drawing rule's."""
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return [labeling.settings()]
    return [rule.settings() for rule in label_rules(labeling) if rule.settings().drawLabels]


def relabelled(
    labeling: QgsAbstractVectorLayerLabeling, fr_field: str, nl_field: str, mode: str
) -> QgsAbstractVectorLayerLabeling:
    """A copy of a simple or rule-based `labeling` whose drawing settings label the two fields in `mode`."""
    if isinstance(labeling, QgsRuleBasedLabeling):
        copy = labeling.clone()
        for rule in label_rules(copy):
            if rule.settings().drawLabels:
                settings = QgsPalLayerSettings(rule.settings())
                set_label_text(settings, fr_field, nl_field, mode)
                rule.setSettings(settings)
        return copy
    is_simple = isinstance(labeling, QgsVectorLayerSimpleLabeling)
    settings = QgsPalLayerSettings(labeling.settings()) if is_simple else QgsPalLayerSettings()
    set_label_text(settings, fr_field, nl_field, mode)
    return QgsVectorLayerSimpleLabeling(settings)


def apply_labels(
    layer: QgsVectorLayer,
    fr_field: str,
    nl_field: str,
    mode: str = DEFAULT_MODE,
    labeling: QgsAbstractVectorLayerLabeling | QgsPalLayerSettings | None = None,
) -> None:
    """Label `layer` bilingually from two of its fields and remember the pair and the mode.

    `labeling` gives the look, placement and rules (settings: a simple labeling with them; default: the
    layer's current simple or rule-based labeling, else QGIS's defaults); only the text is set here.
    """
    if isinstance(labeling, QgsPalLayerSettings):
        labeling = QgsVectorLayerSimpleLabeling(labeling)
    if labeling is None:
        labeling = layer.labeling()
    if not isinstance(labeling, (QgsVectorLayerSimpleLabeling, QgsRuleBasedLabeling)):
        labeling = QgsVectorLayerSimpleLabeling(QgsPalLayerSettings())
    layer.setLabeling(relabelled(labeling, fr_field, nl_field, mode))
    layer.setLabelsEnabled(True)
    layer.setCustomProperty(FR_FIELD_PROPERTY, fr_field)
    layer.setCustomProperty(NL_FIELD_PROPERTY, nl_field)
    layer.setCustomProperty(MODE_PROPERTY, mode)


def apply_label_mode(layer: QgsVectorLayer, mode: str) -> bool:
    """Switch a layer with house labels to `mode`, keeping its look; False when it has none."""
    pair = label_pair(layer)
    if pair is None or mode not in MODES:
        return False
    was_enabled = layer.labelsEnabled()
    apply_labels(layer, pair[0], pair[1], mode)
    layer.setLabelsEnabled(was_enabled)
    layer.triggerRepaint()
    return True


def apply_label_mode_to_project(project: QgsProject, mode: str) -> list[QgsVectorLayer]:
    """Switch every layer of `project` carrying house labels to `mode`; return those layers."""
    if mode not in MODES:
        raise ValueError(mode)
    return [
        layer
        for layer in project.mapLayers().values()
        if isinstance(layer, QgsVectorLayer) and apply_label_mode(layer, mode)
    ]

