"""Finding streets and municipalities by French or Dutch name, offline and online."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsLocatorContext

from paradigm_carto.core.gazetteer import SampleGazetteer, like_pattern, name_filter
from paradigm_carto.gui.locator import BrusselsLocatorFilter

CASES = [
    ("elsene", "municipality", "Ixelles", "Elsene"),
    ("ixelles", "municipality", "Ixelles", "Elsene"),
    ("IXELLES", "municipality", "Ixelles", "Elsene"),
    ("sint-joost", "municipality", "Saint-Josse-ten-Noode", "Sint-Joost-ten-Node"),
    ("wetstraat", "street", "Rue de la Loi", "Wetstraat"),
    ("rue de la loi", "street", "Rue de la Loi", "Wetstraat"),
    ("chaussee de wavre", "street", "Chaussée de Wavre", "Waversesteenweg"),
    ("Chaussée d'Alsemberg", "street", "Chaussée d'Alsemberg", "Alsembergsesteenweg"),
    ("grote markt", "street", "Grand-Place", "Grote Markt"),
]


@pytest.fixture(scope="module")
def sample_gazetteer():
    from conftest import SAMPLE

    return SampleGazetteer(SAMPLE)


@pytest.mark.parametrize(("query", "kind", "fr", "nl"), CASES)
def test_sample_search_finds_in_both_languages(sample_gazetteer, query, kind, fr, nl):
    places = sample_gazetteer.search(query)
    assert places, query
    best = places[0]
    assert (best.kind, best.name_fr, best.name_nl) == (kind, fr, nl)
    assert not best.geometry.isEmpty()


def test_street_result_names_its_municipality(sample_gazetteer):
    [loi, *_] = sample_gazetteer.search("wetstraat")
    assert loi.label == "Rue de la Loi - Wetstraat"
    assert loi.municipality  # the municipality the street lies in, bilingual
    [jette] = [p for p in sample_gazetteer.search("jette") if p.kind == "municipality"]
    assert jette.label == "Jette"


def test_nonsense_finds_nothing(sample_gazetteer):
    assert sample_gazetteer.search("zzzqqq") == []
    assert sample_gazetteer.search("   ") == []


def test_like_pattern_makes_accents_wildcards():
    assert like_pattern("chaussee") == "*.h..ss..*"  # c may be ç
    assert 'matchCase="false"' in name_filter("rue de la loi", ("STRNAMEFRE", "STRNAMEDUT"))


def test_locator_filter_zooms_to_the_chosen_place(qgis_iface, qgis_canvas, sample_gazetteer, project):
    locator_filter = BrusselsLocatorFilter(qgis_iface, lambda: sample_gazetteer)
    results = []
    locator_filter.resultFetched.connect(results.append)
    locator_filter.fetchResults("chaussee de wavre", QgsLocatorContext(), None)
    assert results and results[0].displayString == "Chaussée de Wavre - Waversesteenweg"

    canvas = qgis_iface.mapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    locator_filter.triggerResult(results[0])
    place = sample_gazetteer.search("chaussee de wavre")[0]
    assert canvas.extent().contains(place.extent.center())
    assert canvas.extent().width() < 10000, "zoomed in, not the whole Region"


def test_short_queries_are_ignored(qgis_iface, sample_gazetteer):
    locator_filter = BrusselsLocatorFilter(qgis_iface, lambda: sample_gazetteer)
    results = []
    locator_filter.resultFetched.connect(results.append)
    locator_filter.fetchResults("ru", QgsLocatorContext(), None)
    assert results == []
