"""Style conformity: a freshly styled layer is conformant; each drift is detected, named and restored."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from qgis.core import (
    QgsApplication,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from paradigm_carto.core.conformity import (
    COLOUR,
    LABEL_EXPRESSION,
    LABEL_MODE,
    LABELS,
    SCALE_RANGE,
    STYLE,
    SYMBOL,
    check_conformity,
    restore_all,
    restore_house_style,
)
from paradigm_carto.core.labels import NL_FR, apply_label_mode, label_rules, text_settings
from paradigm_carto.core.loader import REF_PROPERTY, ReferenceLayerLoader
from paradigm_carto.core.styling import STYLE_PROPERTY, apply_house_labels


@pytest.fixture
def loaded(project, catalogue, sample_gpkg) -> dict[str, QgsVectorLayer]:
    """The standard set from the sample, by catalogue id."""
    result = ReferenceLayerLoader(catalogue, project=project).load_standard_set("offline")
    assert not result.failures
    return {layer.customProperty(REF_PROPERTY): layer for layer in result.added}


def edit_labels(layer: QgsVectorLayer, change: Callable[[QgsPalLayerSettings], None]) -> None:
    """Apply `change` to the label settings (of every rule of a rule-based labeling), keeping the rules."""
    labeling = layer.labeling().clone()
    rules = label_rules(labeling)
    if not rules:
        settings = QgsPalLayerSettings(labeling.settings())
        change(settings)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        return
    for rule in rules:
        settings = QgsPalLayerSettings(rule.settings())
        change(settings)
        rule.setSettings(settings)
    layer.setLabeling(labeling)


def recolour_local_streets(layer: QgsVectorLayer) -> None:
    layer.renderer().rootRule().children()[0].symbol().symbolLayer(1).setColor(QColor("#ff0000"))


def widen_buildings_outline(layer: QgsVectorLayer) -> None:
    layer.renderer().symbol().symbolLayer(0).setStrokeWidth(2.0)


def single_symbol_streets(layer: QgsVectorLayer) -> None:
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({})))


def streets_in_dutch_first(layer: QgsVectorLayer) -> None:
    assert apply_label_mode(layer, NL_FR)


def french_field_only(layer: QgsVectorLayer) -> None:
    edit_labels(layer, lambda settings: setattr(settings, "fieldName", "upper(\"STRNAMEFRE\")"))


def labels_off(layer: QgsVectorLayer) -> None:
    layer.setLabelsEnabled(False)


def red_municipality_labels(layer: QgsVectorLayer) -> None:
    def change(settings: QgsPalLayerSettings) -> None:
        text = settings.format()
        text.setColor(QColor("#ff0000"))
        settings.setFormat(text)

    edit_labels(layer, change)


def municipality_labels_free(layer: QgsVectorLayer) -> None:
    edit_labels(layer, lambda settings: setattr(settings, "placement", QgsPalLayerSettings.Placement.Free))


def street_labels_at_all_scales(layer: QgsVectorLayer) -> None:
    edit_labels(layer, lambda settings: setattr(settings, "scaleVisibility", False))


def local_streets_at_all_scales(layer: QgsVectorLayer) -> None:
    rule = layer.renderer().rootRule().children()[1]
    rule.setMinimumScale(0)


def buildings_at_all_scales(layer: QgsVectorLayer) -> None:
    layer.setScaleBasedVisibility(False)


DRIFTS = [
    ("street_axes", recolour_local_streets, COLOUR, ("#ff0000", "#ffffff", "Rues locales / Lokale straten")),
    ("buildings", widen_buildings_outline, SYMBOL, ("outline_width", "2", "0.1")),
    ("street_axes", single_symbol_streets, SYMBOL, ("singleSymbol", "RuleRenderer")),
    ("street_axes", streets_in_dutch_first, LABEL_MODE, ("Dutch - French", "French - Dutch")),
    ("street_axes", french_field_only, LABEL_EXPRESSION, ('upper("STRNAMEFRE")', "coalesce(trim(")),
    ("municipalities", labels_off, LABELS, ()),
    ("municipalities", red_municipality_labels, COLOUR, ("#ff0000", "#5b4480")),
    ("municipalities", municipality_labels_free, LABELS, ("horizontal",)),
    ("street_axes", street_labels_at_all_scales, SCALE_RANGE, ("1:20,000",)),
    ("street_axes", local_streets_at_all_scales, SCALE_RANGE, ("1:25,000", "Rues locales / Lokale straten")),
    ("buildings", buildings_at_all_scales, SCALE_RANGE, ("1:25,000",)),
]


def test_freshly_styled_layers_are_conformant(loaded):
    for layer in loaded.values():
        report = check_conformity(layer)
        assert report.conformant, report.text()
        assert report.style == layer.customProperty(STYLE_PROPERTY)


def test_rule_titles_are_bilingual(loaded):
    from paradigm_carto.core.styling import rule_title

    titles = [rule.label() for rule in loaded["street_axes"].renderer().rootRule().children()]
    assert titles[0] == "Rues locales / Lokale straten"
    assert "Avenues et chaussées / Lanen en steenwegen" in titles
    assert "Boulevards" in titles  # the same in both languages: once
    assert rule_title({"title": {"fr": "Îlots", "en": "Blocks"}}, "en") == "Blocks"  # no Dutch: the UI language
    assert rule_title({}, "fr") == ""


def test_saved_and_reopened_project_stays_conformant(loaded, project, tmp_path):
    path = tmp_path / "styled.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    for layer in project.mapLayers().values():
        assert check_conformity(layer).conformant, check_conformity(layer).text()


@pytest.mark.parametrize(("ref_id", "drift", "kind", "words"), DRIFTS, ids=[d[1].__name__ for d in DRIFTS])
def test_each_drift_is_detected_named_and_restored(loaded, ref_id, drift, kind, words):
    layer = loaded[ref_id]
    drift(layer)

    report = check_conformity(layer)

    assert not report.conformant
    assert kind in report.kinds(), report.text()
    message = next(d.message for d in report.drifts if d.kind == kind)
    assert f"'{layer.name()}'" in message
    for word in words:
        assert word in message, message
    assert restore_house_style(layer)
    assert check_conformity(layer).conformant, check_conformity(layer).text()


def test_a_layer_without_house_style_is_not_conformant(qgis_app, sample_gpkg):
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=StreetAxes", "raw streets", "ogr")
    report = check_conformity(layer)
    assert not report.conformant and report.kinds() == {STYLE}
    assert "'raw streets'" in report.drifts[0].message
    assert not restore_house_style(layer)


def test_labels_written_by_an_earlier_version_are_conformant(loaded):
    from paradigm_carto.core.labels import FR_NL, legacy_label_expression

    layer = loaded["street_axes"]
    edit_labels(layer, lambda settings: setattr(
        settings, "fieldName", legacy_label_expression("STRNAMEFRE", "STRNAMEDUT", FR_NL)))
    assert check_conformity(layer, FR_NL).conformant, check_conformity(layer, FR_NL).text()
    assert check_conformity(layer, NL_FR).kinds() == {LABEL_MODE}


def test_user_labelled_layer_is_checked_and_restored(qgis_app, sample_gpkg):
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=Addresses", "my addresses", "ogr")
    apply_house_labels(layer, "MUNNAMEFRE", "MUNNAMEDUT")
    assert check_conformity(layer).conformant
    assert apply_label_mode(layer, NL_FR)
    assert check_conformity(layer).kinds() == {LABEL_MODE}
    assert check_conformity(layer, NL_FR).conformant
    assert restore_house_style(layer)
    assert check_conformity(layer).conformant
    from paradigm_carto.core.labels import FR_NL, label_expression

    assert text_settings(layer.labeling())[0].fieldName == label_expression("MUNNAMEFRE", "MUNNAMEDUT", FR_NL)


def test_restore_all(loaded, project):
    recolour_local_streets(loaded["street_axes"])
    labels_off(loaded["municipalities"])
    buildings_at_all_scales(loaded["buildings"])

    restored = restore_all(project)

    assert {layer.customProperty(REF_PROPERTY) for layer in restored} == {"street_axes", "municipalities", "buildings"}
    assert all(check_conformity(layer).conformant for layer in project.mapLayers().values())


# --- the Processing algorithm ---------------------------------------------------------


def run_checkstyle(layer: QgsVectorLayer, **parameters) -> dict:
    import processing

    return processing.run("paradigm_carto:checkstyle", {"INPUT": layer, **parameters})


def test_algorithm_metadata(processing_provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("paradigm_carto:checkstyle")
    assert algorithm is not None
    assert algorithm.displayName() and algorithm.group()
    assert {output.name() for output in algorithm.outputDefinitions()} >= {"CONFORMANT", "DRIFTS", "REPORT"}


def test_algorithm_on_a_conformant_layer(processing_provider, loaded, tmp_path):
    path = tmp_path / "report.html"
    result = run_checkstyle(loaded["street_axes"], REPORT_FILE=str(path))
    assert result["CONFORMANT"] is True and result["DRIFTS"] == 0
    assert "Street axes" in result["REPORT"]
    assert "<html>" in path.read_text(encoding="utf-8")


def test_algorithm_on_a_drifted_layer(processing_provider, loaded, tmp_path):
    layer = loaded["street_axes"]
    recolour_local_streets(layer)
    streets_in_dutch_first(layer)
    path = tmp_path / "report.txt"

    result = run_checkstyle(layer, REPORT_FILE=str(path))

    assert result["CONFORMANT"] is False
    assert result["DRIFTS"] == 2
    assert "#ff0000" in result["REPORT"] and "Dutch - French" in result["REPORT"]
    assert path.read_text(encoding="utf-8").strip() == result["REPORT"].strip()


def test_algorithm_without_report_file(processing_provider, loaded):
    result = run_checkstyle(loaded["buildings"])
    assert result["CONFORMANT"] is True
    assert not result.get("REPORT_FILE")

