"""Bilingual print layouts: the templates, the built layouts, PDF/PNG export (checked with poppler's
pdftotext/pdfinfo), the "New Brussels map" helper, the demo export, and the Processing algorithm
``paradigm_carto:exportmap`` run through ``processing.run``."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TEMPLATES = ("A4-portrait", "A4-landscape", "A3-portrait", "A3-landscape")
# Page sizes in PDF points (1/72 inch), as pdfinfo prints them.
PAGE_POINTS = {"A4": (595, 842), "A3": (842, 1191)}
CRS_NOTE = "Lambert belge 72 / Belgische Lambert 72 (EPSG:31370)"
ATTRIBUTION = "Realized by means of Brussels UrbIS® © — Distribution: Paradigm"
TITLE_FR, TITLE_NL = "Grand-Place de Bruxelles", "Grote Markt van Brussel"
ITEM_IDS = {
    "title_band", "title_fr", "title_nl", "map", "north_arrow", "legend", "scalebar", "scale_numeric",
    "crs_note", "date", "attribution",
}  # fmt: skip
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")


def page_points(template: str) -> tuple[int, int]:
    """Expected (width, height) in points for a template id."""
    short, long = PAGE_POINTS[template[:2]]
    return (short, long) if template.endswith("portrait") else (long, short)


def pdf_text(path: Path) -> str:
    """The text of a PDF, as pdftotext reads it (lines of a paragraph joined)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def pdf_page_size(path: Path) -> tuple[int, int]:
    """(width, height) of the first page in points, rounded."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match, info
    return round(float(match.group(1))), round(float(match.group(2)))


@pytest.fixture
def loaded(project):
    """The project with the standard set loaded from the bundled sample."""
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.loader import ReferenceLayerLoader

    result = ReferenceLayerLoader(load_catalogue(), project=project).load_standard_set("offline")
    assert result.added and not result.failures
    return project


@pytest.fixture
def grand_place(loaded):
    """600 m around the sample's Grand-Place (as scripts/demo.py computes it)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from demo import grand_place_extent

    return grand_place_extent(loaded)


def by_ref(project, ref_id: str):
    from paradigm_carto.core.loader import REF_PROPERTY

    return next(layer for layer in project.mapLayers().values() if layer.customProperty(REF_PROPERTY) == ref_id)


def legend_names(legend) -> list[str]:
    return [node.name().replace("\n", " ") for node in legend.model().rootGroup().findLayers()]


# --- pure helpers and the template file ---------------------------------------------


def test_nice_number_and_fit_extent():
    from qgis.core import QgsRectangle

    from paradigm_carto.core.layouts import fit_extent, nice_number

    assert nice_number(3712) == 4000
    assert nice_number(4000) == 4000
    assert nice_number(117_000) == 125_000
    assert nice_number(0.0) == 0.0
    assert nice_number(180, (1, 2, 2.5, 5, 10), up=False) == 100
    wide = fit_extent(QgsRectangle(0, 0, 100, 10), 2, 1)
    assert (wide.width(), wide.height()) == pytest.approx((100, 50))
    assert wide.center().y() == pytest.approx(5)
    tall = fit_extent(QgsRectangle(0, 0, 10, 100), 2, 1)
    assert (tall.width(), tall.height()) == pytest.approx((200, 100))


def test_templates_are_data():
    from paradigm_carto.core.layouts import templates_data

    data = templates_data()
    assert tuple(data["templates"]) == TEMPLATES
    assert data["colours"]["house"] == "#1d3f73"
    assert data["texts"]["crs"] == CRS_NOTE
    assert data["texts"]["attribution"] == ATTRIBUTION
    for name, spec in data["templates"].items():
        width, height = spec["page"]
        ids = {item["id"] for item in spec["items"]}
        assert ITEM_IDS <= ids, name
        for item in spec["items"]:
            x, y, w, h = item["rect"]
            assert x >= 10 - 1e-6 and y >= 10 - 1e-6, (name, item["id"])  # 10 mm margins at least
            assert x + w <= width - 10 + 1e-6 and y + h <= height - 10 + 1e-6, (name, item["id"])


def test_unknown_template(loaded):
    from qgis.core import QgsRectangle

    from paradigm_carto.core.layouts import LayoutError, build_layout

    with pytest.raises(LayoutError, match="A5-portrait"):
        build_layout(loaded, "A5-portrait", QgsRectangle(0, 0, 1, 1), "a", "b")


# --- building ------------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_build_layout_items(loaded, grand_place, template):
    from qgis.core import (
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutItemShape,
    )

    from paradigm_carto.core.layouts import build_layout, layout_items

    layout = build_layout(loaded, template, grand_place, TITLE_FR, TITLE_NL)
    items = layout_items(layout)
    assert ITEM_IDS <= set(items)
    page = layout.pageCollection().page(0).pageSize()
    assert (round(page.width() / 25.4 * 72), round(page.height() / 25.4 * 72)) == pytest.approx(
        page_points(template), abs=1
    )

    assert isinstance(items["title_band"], QgsLayoutItemShape)
    assert items["title_band"].symbol().color().name() == "#1d3f73"
    labels = {key: items[key] for key in ("title_fr", "title_nl", "crs_note", "date", "attribution")}
    assert all(isinstance(label, QgsLayoutItemLabel) for label in labels.values())
    assert labels["title_fr"].text() == TITLE_FR and labels["title_nl"].text() == TITLE_NL
    assert labels["crs_note"].text().replace("\n", " ") == CRS_NOTE
    assert labels["attribution"].text() == ATTRIBUTION
    assert datetime.date.today().strftime("%d/%m/%Y") in labels["date"].currentText()

    map_item = items["map"]
    assert isinstance(map_item, QgsLayoutItemMap)
    assert map_item.crs().authid() == "EPSG:31370"
    extent = map_item.extent()
    assert extent.contains(grand_place)
    frame = map_item.rect()
    assert extent.width() / extent.height() == pytest.approx(frame.width() / frame.height(), rel=1e-3)
    assert map_item.scale() == pytest.approx(round(map_item.scale(), -2))  # a round scale (1:4,000…)
    assert map_item.scale() < 10_000  # the Grand-Place area, not the Region

    arrow = items["north_arrow"]
    assert isinstance(arrow, QgsLayoutItemPicture) and "north_arrow" in arrow.picturePath()
    assert arrow.linkedMap() is map_item
    bar = items["scalebar"]
    assert isinstance(bar, QgsLayoutItemScaleBar) and bar.linkedMap() is map_item
    assert bar.unitLabel() == "m"
    legend = items["legend"]
    assert isinstance(legend, QgsLayoutItemLegend) and legend.linkedMap() is map_item
    names = " ".join(legend_names(legend))
    for readable in ("Bâtiments / Gebouwen", "Adresses / Adressen", "Communes / Gemeenten"):
        assert readable in names
    assert "Parcelles" not in names  # loaded unchecked: not visible, not in the legend


def test_region_map_in_kilometres_and_legend_follows_scale_and_visibility(loaded):
    from paradigm_carto.core.layouts import build_layout, default_extent, layout_items

    by_ref(loaded, "blocks")  # present
    node = loaded.layerTreeRoot().findLayer(by_ref(loaded, "municipalities").id())
    node.setItemVisibilityChecked(False)
    layout = build_layout(loaded, "A4-portrait", default_extent(loaded), "Région", "Gewest")
    items = layout_items(layout)
    assert items["map"].scale() > 50_000
    assert items["scalebar"].unitLabel() == "km"
    names = " ".join(legend_names(items["legend"]))
    assert "Axes de voirie / Wegassen" in names
    assert "Région de Bruxelles-Capitale" in names
    assert "Adresses" not in names and "Bâtiments" not in names  # hidden at 1:100,000 and smaller
    assert "Communes" not in names  # unchecked


def test_explicit_layers_lock_the_map(loaded, grand_place):
    from paradigm_carto.core.layouts import build_layout, layout_items

    buildings = by_ref(loaded, "buildings")
    layout = build_layout(loaded, "A4-landscape", grand_place, "a", "b", layers=[buildings])
    items = layout_items(layout)
    assert items["map"].keepLayerSet() and items["map"].layers() == [buildings]
    assert legend_names(items["legend"]) == ["Bâtiments / Gebouwen"]


def test_new_brussels_map_unique_names_and_canvas_crs(loaded, grand_place):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    from paradigm_carto.core.layouts import layout_items, new_brussels_map

    first = new_brussels_map(loaded, grand_place)
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:31370"), wgs84, QgsProject.instance())
    second = new_brussels_map(loaded, to_wgs84.transformBoundingBox(grand_place), wgs84, template="A3-portrait")
    assert [layout.name() for layout in loaded.layoutManager().printLayouts()] == ["Brussels map", "Brussels map 2"]
    assert first.name() == "Brussels map" and second.name() == "Brussels map 2"
    extent = layout_items(second)["map"].extent()
    assert extent.contains(grand_place.buffered(-5))  # back in Lambert 72 (a reprojected box is a bit larger)
    assert extent.width() < 2_000
    assert not layout_items(first)["map"].keepLayerSet()  # follows the project's layers


# --- export --------------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("template", TEMPLATES)
def test_export_pdf(loaded, grand_place, template, tmp_path):
    from paradigm_carto.core.layouts import build_layout, export_pdf

    layout = build_layout(loaded, template, grand_place, TITLE_FR, TITLE_NL)
    path = export_pdf(layout, tmp_path / f"{template}.pdf")
    assert path.is_file() and path.stat().st_size > 20_000
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    for expected in (TITLE_FR, TITLE_NL, "Brussels UrbIS", "Distribution: Paradigm", CRS_NOTE,
                     "Légende / Legende", "Bâtiments / Gebouwen", "1:"):
        assert expected in text, (expected, text)
    assert datetime.date.today().strftime("%d/%m/%Y") in text
    assert re.search(r"\b\d+ m\b", text)  # scale-bar labels
    assert pdf_page_size(path) == pytest.approx(page_points(template), abs=1)


@pytest.mark.parametrize("template", ["A4-portrait", "A3-landscape"])
def test_export_png_aspect(loaded, grand_place, template, tmp_path):
    from qgis.PyQt.QtGui import QImage

    from paradigm_carto.core.layouts import build_layout, export_png

    layout = build_layout(loaded, template, grand_place, TITLE_FR, TITLE_NL)
    path = export_png(layout, tmp_path / "map.png", dpi=60)
    image = QImage(str(path))
    assert not image.isNull()
    width, height = page_points(template)
    assert image.width() / image.height() == pytest.approx(width / height, rel=0.01)
    assert image.width() == pytest.approx(width / 72 * 60, abs=2)
    # The title band is in the house colour.
    band = image.pixelColor(round(image.width() * 0.5), round(image.height() * (0.06 if height > width else 0.08)))
    assert band.name() == "#1d3f73"


def test_export_errors_are_clear(loaded, grand_place, tmp_path):
    from paradigm_carto.core.layouts import LayoutExportError, build_layout, export_pdf, export_png

    layout = build_layout(loaded, "A4-portrait", grand_place, TITLE_FR, TITLE_NL)
    missing = tmp_path / "no" / "such" / "folder" / "map.pdf"
    with pytest.raises(LayoutExportError, match="does not exist"):
        export_pdf(layout, missing)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(LayoutExportError, match="file.txt"):
        export_png(layout, a_file / "map.png", 50)


def test_export_demo_maps(loaded, grand_place, tmp_path):
    from paradigm_carto.core.layouts import export_demo_maps

    paths = export_demo_maps(loaded, tmp_path, grand_place)
    assert [p.suffix for p in paths] == [".pdf", ".png"]
    assert all(p.is_file() and p.stat().st_size > 10_000 for p in paths)


# --- the Processing algorithm ---------------------------------------------------------------


def test_algorithm_is_registered(processing_provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("paradigm_carto:exportmap")
    assert algorithm is not None
    assert algorithm.displayName() == "Export a bilingual map"
    assert algorithm.group() == "Cartography"
    assert algorithm.flags() & 64  # FlagNoThreading / Qgis.ProcessingAlgorithmFlag.NoThreading
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:6] == ["EXTENT", "TEMPLATE", "LABEL_MODE", "TITLE_FR", "TITLE_NL", "DPI"]
    assert "OUTPUT" in names
    template = algorithm.parameterDefinition("TEMPLATE")
    assert template.options() == list(TEMPLATES)
    assert len(algorithm.parameterDefinition("LABEL_MODE").options()) == 5


@needs_poppler
def test_processing_run_pdf(loaded, processing_provider, tmp_path):
    import processing

    output = tmp_path / "region.pdf"
    result = processing.run(
        "paradigm_carto:exportmap",
        {"TEMPLATE": "A4-landscape", "LABEL_MODE": 0, "TITLE_FR": "Carte de la Région",
         "TITLE_NL": "Kaart van het Gewest", "OUTPUT": str(output)},
    )
    assert result["OUTPUT"] == str(output) and output.is_file()
    text = pdf_text(output)
    assert "Carte de la Région" in text and "Kaart van het Gewest" in text and "Brussels UrbIS" in text
    assert pdf_page_size(output) == (842, 595)


def test_processing_run_png_with_extent_and_defaults(loaded, grand_place, processing_provider, tmp_path):
    import processing
    from qgis.PyQt.QtGui import QImage

    output = tmp_path / "gp.png"
    box = grand_place
    extent = f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} [EPSG:31370]"
    processing.run("paradigm_carto:exportmap", {"EXTENT": extent, "TEMPLATE": "A3-portrait", "DPI": 50,
                                                "OUTPUT": str(output)})
    image = QImage(str(output))
    assert image.width() / image.height() == pytest.approx(842 / 1191, rel=0.01)


def test_processing_label_mode_is_restored(loaded, processing_provider, tmp_path):
    import processing

    from paradigm_carto.core import labels

    streets = by_ref(loaded, "street_axes")
    labels.apply_labels(streets, "STRNAMEFRE", "STRNAMEDUT", labels.FR_ONLY)
    seen: list[str | None] = []
    original = labels.apply_label_mode_to_project

    def spy(project, mode):
        changed = original(project, mode)
        seen.append(labels.label_mode(streets))
        return changed

    labels.apply_label_mode_to_project = spy
    try:
        processing.run("paradigm_carto:exportmap", {"TEMPLATE": "A4-portrait", "LABEL_MODE": 2,
                                                    "OUTPUT": str(tmp_path / "m.pdf")})
    finally:
        labels.apply_label_mode_to_project = original
    assert seen == [labels.STACKED]  # the export ran in the requested mode…
    assert labels.label_mode(streets) == labels.FR_ONLY  # …and the layer got its own mode back


@pytest.mark.parametrize("bad", ["missing_dir", "not_a_dir", "bad_suffix"])
def test_processing_bad_output_is_a_clear_error(loaded, processing_provider, tmp_path, bad):
    import processing
    from qgis.core import QgsProcessingException

    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    output = {
        "missing_dir": tmp_path / "missing" / "map.pdf",
        "not_a_dir": a_file / "map.pdf",
        "bad_suffix": tmp_path / "map.svg",
    }[bad]
    with pytest.raises(QgsProcessingException) as raised:
        processing.run("paradigm_carto:exportmap", {"TEMPLATE": "A4-portrait", "OUTPUT": str(output)})
    message = str(raised.value)
    assert "Traceback" not in message
    assert (".pdf or .png" in message) if bad == "bad_suffix" else ("does not exist" in message)


def test_processing_empty_project_is_a_clear_error(project, processing_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="no layers"):
        processing.run("paradigm_carto:exportmap", {"TEMPLATE": "A4-portrait", "OUTPUT": str(tmp_path / "m.pdf")})
