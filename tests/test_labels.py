"""Bilingual labels, evaluated by QGIS's own expression engine on real features.

"Rue de la Loi - Wetstraat", but "Jette" once; never "NULL" nor a dangling separator.
"""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from paradigm_carto.core.labels import (
    FR_NL,
    MODES,
    NL_FR,
    STACKED,
    apply_label_mode_to_project,
    detect_pair,
    label_expression,
    label_mode,
    label_pair,
    legacy_label_expression,
    mode_of_expression,
    mode_titles,
    text_settings,
)
from paradigm_carto.core.loader import REF_PROPERTY, ReferenceLayerLoader
from paradigm_carto.core.settings import PluginSettings
from paradigm_carto.core.styling import apply_house_labels

LOI = ("Rue de la Loi", "Wetstraat")
ALSEMBERG = ("Chaussée d'Alsemberg", "Alsembergsesteenweg")
#: (French, Dutch) -> label per mode; None: no label.
CASES = [
    (LOI, {FR_NL: "Rue de la Loi - Wetstraat", NL_FR: "Wetstraat - Rue de la Loi", STACKED: "Rue de la Loi\nWetstraat",
           "fr": "Rue de la Loi", "nl": "Wetstraat"}),
    (("Jette", "Jette"), dict.fromkeys(MODES, "Jette")),
    ((" Anderlecht ", "ANDERLECHT"), {FR_NL: "Anderlecht", NL_FR: "ANDERLECHT", STACKED: "Anderlecht",
                                      "fr": "Anderlecht", "nl": "ANDERLECHT"}),
    ((None, "Wetstraat"), dict.fromkeys(MODES, "Wetstraat")),
    (("Rue de la Loi", None), dict.fromkeys(MODES, "Rue de la Loi")),
    (("", "Wetstraat"), dict.fromkeys(MODES, "Wetstraat")),
    (("Rue de la Loi", "   "), dict.fromkeys(MODES, "Rue de la Loi")),
    (("  ", ""), dict.fromkeys(MODES)),
    ((None, None), dict.fromkeys(MODES)),
    (ALSEMBERG, {FR_NL: "Chaussée d'Alsemberg - Alsembergsesteenweg",
                 NL_FR: "Alsembergsesteenweg - Chaussée d'Alsemberg",
                 STACKED: "Chaussée d'Alsemberg\nAlsembergsesteenweg", "fr": "Chaussée d'Alsemberg",
                 "nl": "Alsembergsesteenweg"}),
    (("Église Saint-Gilles", "église saint-gilles"), {FR_NL: "Église Saint-Gilles", NL_FR: "église saint-gilles",
                                                     STACKED: "Église Saint-Gilles", "fr": "Église Saint-Gilles",
                                                     "nl": "église saint-gilles"}),
]


def memory_layer(fr_field: str = "NAMEFRE", nl_field: str = "NAMEDUT") -> QgsVectorLayer:
    """A point layer holding every case, one feature each (NULL for None)."""
    layer = QgsVectorLayer("Point?crs=EPSG:31370", "cases", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(fr_field, QVariant.String), QgsField(nl_field, QVariant.String)])
    layer.updateFields()
    features = []
    for index, ((fr, nl), _expected) in enumerate(CASES):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([fr, nl])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(149000 + index, 170000)))
        features.append(feature)
    assert provider.addFeatures(features)[0]
    return layer


def plain(value: object) -> object:
    return None if value is None or (isinstance(value, QVariant) and value.isNull()) else value


def evaluate(layer: QgsVectorLayer, expression_text: str) -> list[object]:
    """The expression's value for every feature, through QGIS's engine with the feature's scope."""
    expression = QgsExpression(expression_text)
    assert not expression.hasParserError(), expression.parserErrorString()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    assert expression.prepare(context), expression.evalErrorString()
    values = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        values.append(plain(expression.evaluate(context)))
        assert not expression.hasEvalError(), expression.evalErrorString()
    return values


def layer_labels(layer: QgsVectorLayer) -> list[object]:
    """What the layer's own label settings give for every feature."""
    settings = text_settings(layer.labeling())[0]
    assert settings.isExpression
    return evaluate(layer, settings.fieldName)


@pytest.mark.parametrize("mode", MODES)
def test_every_case_in_every_mode(qgis_app, mode):
    layer = memory_layer()
    assert evaluate(layer, label_expression("NAMEFRE", "NAMEDUT", mode)) == [expected[mode] for _, expected in CASES]


@pytest.mark.parametrize("mode", MODES)
def test_awkward_field_names_are_quoted(qgis_app, mode):
    fr, nl = 'Dénomination "officielle" FR', "naam l'officiële NL"
    layer = memory_layer(fr, nl)
    assert evaluate(layer, label_expression(fr, nl, mode)) == [expected[mode] for _, expected in CASES]


def test_expression_is_plain_qgis(qgis_app):
    text = label_expression("STRNAMEFRE", "STRNAMEDUT", STACKED)
    assert "paradigm" not in text.lower()
    functions = {"coalesce", "nullif", "trim", "lower"}
    assert all(name in text for name in functions)
    assert all(QgsExpression.isFunctionName(name) for name in functions)
    assert "with_variable" not in text and "@" not in text  # no variables: cheaper for every feature
    assert "'\\n'" in text


@pytest.mark.parametrize("mode", MODES)
def test_legacy_expression_gives_the_same_labels_and_is_recognised(qgis_app, mode):
    layer = memory_layer()
    legacy = legacy_label_expression("NAMEFRE", "NAMEDUT", mode)
    assert "with_variable" in legacy and legacy != label_expression("NAMEFRE", "NAMEDUT", mode)
    assert evaluate(layer, legacy) == evaluate(layer, label_expression("NAMEFRE", "NAMEDUT", mode))
    assert mode_of_expression(legacy, "NAMEFRE", "NAMEDUT") == mode


def test_user_pick_applies_house_labels_and_records_the_pair(qgis_app):
    layer = memory_layer("nom", "naam")
    apply_house_labels(layer, "nom", "naam", NL_FR)
    assert layer.labelsEnabled()
    assert label_pair(layer) == ("nom", "naam") and label_mode(layer) == NL_FR
    assert layer_labels(layer) == [expected[NL_FR] for _, expected in CASES]
    assert mode_of_expression(text_settings(layer.labeling())[0].fieldName, "nom", "naam") == NL_FR


def test_switch_all_layers_of_a_project(project, catalogue, sample_gpkg):
    ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")
    mine = memory_layer("nom", "naam")
    apply_house_labels(mine, "nom", "naam")
    project.addMapLayer(mine)

    switched = apply_label_mode_to_project(project, NL_FR)

    ids = {layer.customProperty(REF_PROPERTY) or layer.name() for layer in switched}
    assert ids == {"street_axes", "municipalities", "cases"}
    assert all(label_mode(layer) == NL_FR for layer in switched)
    assert layer_labels(mine)[0] == "Wetstraat - Rue de la Loi"
    streets = next(layer for layer in switched if layer.customProperty(REF_PROPERTY) == "street_axes")
    assert "Wetstraat - Rue de la Loi" in layer_labels(streets)
    with pytest.raises(ValueError):
        apply_label_mode_to_project(project, "latin")


def sample_labels(project: QgsProject, ref_id: str) -> dict[str, object]:
    """French name -> label, for a layer of the standard set loaded from the sample."""
    layer = next(layer for layer in project.mapLayers().values() if layer.customProperty(REF_PROPERTY) == ref_id)
    fr_field = label_pair(layer)[0]
    return dict(zip((feature[fr_field] for feature in layer.getFeatures()), layer_labels(layer)))


def test_sample_layers_are_labelled_the_brussels_way(project, catalogue, sample_gpkg):
    ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")

    municipalities = sample_labels(project, "municipalities")
    assert municipalities["Jette"] == "Jette"
    assert municipalities["Bruxelles"] == "Bruxelles - Brussel"
    assert municipalities["Ixelles"] == "Ixelles - Elsene"
    streets = sample_labels(project, "street_axes")
    assert streets["Rue de la Loi"] == "Rue de la Loi - Wetstraat"
    assert streets["Grand-Place"] == "Grand-Place - Grote Markt"
    for label in [*municipalities.values(), *streets.values()]:
        assert label and "NULL" not in label and not label.startswith(" - ") and not label.endswith(" - ")


def test_mode_setting(qgis_app):
    settings = PluginSettings()
    assert settings.label_mode == FR_NL
    settings.label_mode = STACKED
    assert PluginSettings().label_mode == STACKED
    with pytest.raises(ValueError):
        settings.label_mode = "latin"
    assert set(mode_titles()) == set(MODES)


@pytest.mark.parametrize(
    ("fields", "pair"),
    [
        (["fid", "NAMEFRE", "NAMEDUT"], ("NAMEFRE", "NAMEDUT")),
        (["STRNAMEFRE", "STRNAMEDUT"], ("STRNAMEFRE", "STRNAMEDUT")),
        (["MUNNAMEFRE", "MUNNAMEDUT"], ("MUNNAMEFRE", "MUNNAMEDUT")),
        (["NAME_FRE", "NAME_DUT"], ("NAME_FRE", "NAME_DUT")),
        (["MU_NAME_FRE", "MU_NAME_DUT"], ("MU_NAME_FRE", "MU_NAME_DUT")),
        (["PN_NAME_FRE", "PN_NAME_DUT"], ("PN_NAME_FRE", "PN_NAME_DUT")),
        (["id", "name_fr", "name_nl"], ("name_fr", "name_nl")),
        (["Label_FR", "LABEL_nl"], ("Label_FR", "LABEL_nl")),
        (["namefre", "namedut"], ("namefre", "namedut")),
        # Addresses: the street's names win over the municipality's.
        (["MUNNAMEFRE", "MUNNAMEDUT", "STRNAMEFRE", "STRNAMEDUT", "POLICENUM"], ("STRNAMEFRE", "STRNAMEDUT")),
        (["NAMEFRE", "NAME"], None),
        (["FRE", "DUT"], None),
        (["TYPE", "HIERARCHY"], None),
    ],
)
def test_pair_detection_across_generations(qgis_app, fields, pair):
    assert detect_pair(fields) == pair


def test_pair_detection_on_every_sample_layer(sample_gpkg):
    expected = {
        "Region": ("NAMEFRE", "NAMEDUT"),
        "Municipalities": ("NAMEFRE", "NAMEDUT"),
        "StreetAxes": ("STRNAMEFRE", "STRNAMEDUT"),
        "Addresses": ("STRNAMEFRE", "STRNAMEDUT"),
        "Blocks": None,
        "Buildings": None,
        "CadastralParcels": None,
    }
    for name, pair in expected.items():
        layer = QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
        assert detect_pair(layer.fields().names()) == pair, name


def placed_street_hierarchies(project: QgsProject, streets: QgsVectorLayer, scale: float) -> dict[int, set[str]]:
    """HIERARCHY -> the street labels placed in a 2 km window around the Grand-Place rendered at `scale`."""
    from qgis.core import QgsExpressionContextUtils, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize

    pixels = round(2_000 / (scale * 0.0254 / 96))
    settings = QgsMapSettings()
    settings.setLayers([streets])
    settings.setDestinationCrs(project.crs())
    settings.setOutputDpi(96)
    settings.setOutputSize(QSize(pixels, pixels))
    settings.setExtent(QgsRectangle(148_200.0, 169_600.0, 150_200.0, 171_600.0))
    settings.expressionContext().appendScope(QgsExpressionContextUtils.mapSettingsScope(settings))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    found: dict[int, set[str]] = {}
    for label in job.takeLabelingResults().allLabels():
        if label.layerID == streets.id():
            hierarchy = streets.getFeature(label.featureId)["HIERARCHY"]
            found.setdefault(hierarchy, set()).add(label.labelText)
    return found


def test_local_street_names_from_1_7500_and_obstacles_beyond(project, catalogue, sample_gpkg):
    """Street axes are labelled by rules: main streets from 1:20,000, local ones (HIERARCHY 4 or unknown)
    from 1:7,500, and between the two the local streets block other names without being named."""
    from qgis.core import QgsRuleBasedLabeling

    from paradigm_carto.core.labels import label_rules

    ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")
    streets = next(x for x in project.mapLayers().values() if x.customProperty(REF_PROPERTY) == "street_axes")
    assert isinstance(streets.labeling(), QgsRuleBasedLabeling)
    rules = {
        (rule.filterExpression(), rule.maximumScale(), rule.minimumScale(), rule.settings().drawLabels): rule.settings()
        for rule in label_rules(streets.labeling())
    }
    minor = 'coalesce("HIERARCHY", 4) >= 4'
    assert set(rules) == {(f"NOT ({minor})", 0, 0, True), (minor, 0, 0, True), (minor, 7500, 20000, False)}
    assert rules[(minor, 0, 0, True)].minimumScale == 7500
    assert rules[(f"NOT ({minor})", 0, 0, True)].minimumScale == 20000
    assert rules[(minor, 7500, 20000, False)].obstacleSettings().isObstacle()

    large = placed_street_hierarchies(project, streets, 2_500)
    assert large.get(4), large  # local street names at 1:2,500
    medium = placed_street_hierarchies(project, streets, 10_000)
    assert medium and 4 not in medium and set(medium) <= {1, 2, 3}


def test_layer_without_the_hierarchy_field_gets_simple_labels(qgis_app):
    """The rules need HIERARCHY: a street layer without it is labelled by one simple labeling."""
    from qgis.core import QgsVectorLayerSimpleLabeling

    from paradigm_carto.core.conformity import check_conformity
    from paradigm_carto.core.styling import apply_house_style

    layer = QgsVectorLayer(
        "LineString?crs=EPSG:31370&field=STRNAMEFRE:string&field=STRNAMEDUT:string", "streets", "memory"
    )
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Rue de la Loi", "Wetstraat"])
    feature.setGeometry(QgsGeometry.fromWkt("LineString (149000 170600, 149400 170600)"))
    assert layer.dataProvider().addFeature(feature)
    apply_house_style(layer, "street_axes")
    assert isinstance(layer.labeling(), QgsVectorLayerSimpleLabeling)
    assert check_conformity(layer).conformant, check_conformity(layer).text()
