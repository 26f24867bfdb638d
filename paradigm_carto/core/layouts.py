"""Bilingual print layouts (A4/A3, portrait/landscape) built from `resources/layouts/templates.json`.

The templates are data: each names its page size and its frames (title band,
FR and NL titles, map, north arrow, legend, scale bars, CRS note, date,
attribution) in millimetres; :func:`build_layout` turns one into a
:class:`QgsPrintLayout`. :func:`export_pdf` and :func:`export_png` write it,
raising :class:`LayoutExportError` with a translated message on failure.
No widgets here: the GUI action and the Processing algorithm call these.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayerTreeLayer,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from .i18n import tr
from .paths import resource

LAYOUT_CRS = "EPSG:31370"
TEMPLATES_FILE = ("layouts", "templates.json")
TEMPLATES = ("A4-portrait", "A4-landscape", "A3-portrait", "A3-landscape")
LAYOUT_PROPERTY = "paradigm_carto/template"
# Steps of a "nice" number within a power of ten (scales, scale-bar segments).
SCALE_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0)
SEGMENT_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)
SCALEBAR_SEGMENTS = 4
LEGEND_MAX_COLUMNS = 3
LEGEND_MIN_COLUMN_MM = 40.0
LEGEND_MIN_FONT = 6.0
_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "top": Qt.AlignmentFlag.AlignTop,
    "bottom": Qt.AlignmentFlag.AlignBottom,
    "middle": Qt.AlignmentFlag.AlignVCenter,
}


class LayoutError(ValueError):
    """A template is unknown or malformed."""


class LayoutExportError(RuntimeError):
    """A layout could not be exported (message translated)."""


# --- enums that moved between QGIS 3.22 and 3.40 (resolved once, both work) ---


def _distance_unit(name: str):
    """Metres or kilometres: Qgis.DistanceUnit (3.30+) or QgsUnitTypes.DistanceUnit (3.22)."""
    if hasattr(Qgis, "DistanceUnit"):
        return getattr(Qgis.DistanceUnit, name)
    return getattr(QgsUnitTypes.DistanceUnit, "Distance" + name)


def _scalebar_alignment(side: str):
    """Scale-bar text alignment: Qgis.ScaleBarAlignment (3.24+) or QgsScaleBarSettings.Alignment (3.22)."""
    if hasattr(Qgis, "ScaleBarAlignment"):
        return getattr(Qgis.ScaleBarAlignment, side)
    from qgis.core import QgsScaleBarSettings

    return getattr(QgsScaleBarSettings.Alignment, "Align" + side)


def _legend_component(name: str):
    """A legend component: Qgis.LegendComponent (3.32+) or QgsLegendStyle.Style (3.22)."""
    if hasattr(Qgis, "LegendComponent"):
        return getattr(Qgis.LegendComponent, name)
    return getattr(QgsLegendStyle.Style, name)


# --- the template file -------------------------------------------------------


@lru_cache(maxsize=4)
def _read_templates(path: str) -> dict[str, Any]:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        message = tr("Cannot read the layout templates {path}: {reason}").format(path=path, reason=error)
        raise LayoutError(message) from None


def templates_data(path: Path | str | None = None) -> dict[str, Any]:
    """The parsed template file (default: the shipped `resources/layouts/templates.json`)."""
    return _read_templates(str(path or resource(*TEMPLATES_FILE)))


def template_names() -> list[str]:
    """Ids of the shipped templates, in file order ('A4-portrait', …)."""
    return list(templates_data()["templates"])


def template(name: str) -> dict[str, Any]:
    """One template (page and items); :class:`LayoutError` when unknown."""
    templates = templates_data()["templates"]
    if name not in templates:
        raise LayoutError(
            tr("Unknown layout template '{template}'; expected one of: {templates}").format(
                template=name, templates=", ".join(templates)
            )
        )
    return templates[name]


def default_titles() -> tuple[str, str]:
    """The default French and Dutch titles (the Region's names)."""
    texts = templates_data()["texts"]
    return texts["default_title_fr"], texts["default_title_nl"]


@lru_cache(maxsize=1)
def font_family() -> str:
    """The first family of the template file's font list installed here (Qt's default otherwise)."""
    installed = set(QFontDatabase().families())
    for family in templates_data()["fonts"]:
        if family in installed:
            return family
    return QFont().family()


# --- geometry helpers (pure) ---------------------------------------------------


def nice_number(value: float, steps: Iterable[float] = SCALE_STEPS, up: bool = True) -> float:
    """`value` rounded up (or down) to a step times a power of ten, e.g. 3712 -> 4000."""
    if value <= 0:
        return value
    power = 10 ** math.floor(math.log10(value))
    candidates = [s * power for s in steps]
    if up:
        return next((c for c in candidates if c >= value * (1 - 1e-9)), 10 * power)
    return max((c for c in candidates if c <= value * (1 + 1e-9)), default=power)


def fit_extent(extent: QgsRectangle, width: float, height: float) -> QgsRectangle:
    """`extent` grown around its centre to the aspect ratio width/height (so it still contains `extent`)."""
    centre = extent.center()
    ext_w, ext_h = max(extent.width(), 1e-6), max(extent.height(), 1e-6)
    ratio = width / height
    if ext_w / ext_h > ratio:
        ext_h = ext_w / ratio
    else:
        ext_w = ext_h * ratio
    return QgsRectangle(centre.x() - ext_w / 2, centre.y() - ext_h / 2, centre.x() + ext_w / 2, centre.y() + ext_h / 2)


def to_layout_crs(
    extent: QgsRectangle, crs: QgsCoordinateReferenceSystem | None = None, project: QgsProject | None = None
) -> QgsRectangle:
    """`extent` in EPSG:31370 (a QgsReferencedRectangle carries its own CRS; default: already 31370)."""
    if isinstance(extent, QgsReferencedRectangle) and extent.crs().isValid():
        crs = extent.crs()
    target = QgsCoordinateReferenceSystem(LAYOUT_CRS)
    if crs is None or not crs.isValid() or crs == target:
        return QgsRectangle(extent)
    context = project.transformContext() if project else QgsProject.instance().transformContext()
    return QgsCoordinateTransform(crs, target, context).transformBoundingBox(extent)


# --- building --------------------------------------------------------------------


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(float(size))
    font.setBold(bold)
    return font


def _text_format(size: float, colour: QColor, bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat.fromQFont(_font(size, bold))
    text_format.setColor(colour)
    return text_format


def _place(item: QgsLayoutItem, spec: dict[str, Any]) -> None:
    x, y, width, height = (float(v) for v in spec["rect"])
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(width, height))


class _Builder:
    """Turns one template's items into layout items."""

    def __init__(self, layout: QgsPrintLayout, data: dict[str, Any], texts: dict[str, str]) -> None:
        self.layout = layout
        self.colours = data["colours"]
        self.data = data
        self.texts = texts
        self.map: QgsLayoutItemMap | None = None

    def colour(self, name: str) -> QColor:
        return QColor(self.colours.get(name, name))

    def text(self, template_text: str) -> str:
        for key, value in self.texts.items():
            template_text = template_text.replace("{" + key + "}", value)
        return template_text

    def add(self, item: QgsLayoutItem, spec: dict[str, Any]) -> QgsLayoutItem:
        self.layout.addLayoutItem(item)
        item.setId(spec["id"])
        _place(item, spec)
        return item

    def band(self, spec: dict[str, Any]) -> QgsLayoutItem:
        shape = QgsLayoutItemShape(self.layout)
        shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        shape.setSymbol(QgsFillSymbol.createSimple({"color": self.colours[spec.get("colour", "house")],
                                                    "outline_style": "no"}))
        return self.add(shape, spec)

    def label(self, spec: dict[str, Any]) -> QgsLayoutItem:
        label = QgsLayoutItemLabel(self.layout)
        label.setText(self.text(spec["text"]))
        colour = self.colour(spec.get("colour", "text"))
        if hasattr(label, "setTextFormat"):  # QGIS 3.24+
            label.setTextFormat(_text_format(spec.get("size", 8), colour, spec.get("bold", False)))
        else:  # QGIS 3.22
            label.setFont(_font(spec.get("size", 8), spec.get("bold", False)))
            label.setFontColor(colour)
        label.setHAlign(_ALIGN[spec.get("halign", "left")])
        label.setVAlign(_ALIGN[spec.get("valign", "middle")])
        label.setMarginX(0.0)
        label.setMarginY(0.0)
        return self.add(label, spec)

    def picture(self, spec: dict[str, Any], path: str | None = None) -> QgsLayoutItemPicture:
        picture = QgsLayoutItemPicture(self.layout)
        path = path or spec["path"]
        picture.setPicturePath(path if path.startswith(":/") else str(resource(*path.split("/"))))
        self.add(picture, spec)
        return picture

    def north_arrow(self, spec: dict[str, Any]) -> QgsLayoutItem:
        picture = self.picture(spec, spec.get("path") or self.data["north_arrow_svg"])
        picture.setSvgFillColor(self.colour("house"))
        picture.setSvgStrokeColor(self.colour("house"))
        if self.map is not None:
            picture.setLinkedMap(self.map)  # rotates with the map
        return picture

    def map_item(self, spec: dict[str, Any]) -> QgsLayoutItem:
        item = QgsLayoutItemMap(self.layout)
        self.add(item, spec)
        item.setCrs(QgsCoordinateReferenceSystem(LAYOUT_CRS))
        item.setFrameEnabled(True)
        item.setFrameStrokeColor(self.colour("frame"))
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.35))
        self.map = item
        return item

    def legend(self, spec: dict[str, Any]) -> QgsLayoutItem:
        legend = QgsLayoutItemLegend(self.layout)
        self.add(legend, spec)
        legend.setTitle(self.text(spec.get("title", "")))
        if self.map is not None:
            legend.setLinkedMap(self.map)
        legend.setResizeToContents(False)
        legend.setColumnCount(int(spec.get("columns", 1)))
        legend.setSplitLayer(False)
        legend.setEqualColumnWidth(False)
        legend.setSymbolWidth(6.0)
        legend.setSymbolHeight(3.5)
        legend.setMaximumSymbolSize(3.5)  # symbols with widths in map units stay legend-sized
        legend.setMinimumSymbolSize(1.5)
        legend.setColumnSpace(5.0)
        legend.setWrapString("\n")
        style_legend(legend, spec.get("size", 8), spec.get("title_size", 10), self.colour("text"))
        legend.rstyle(_legend_component("Title")).setMargin(QgsLegendStyle.Side.Bottom, 2.0)
        return legend

    def scalebar(self, spec: dict[str, Any]) -> QgsLayoutItem:
        bar = QgsLayoutItemScaleBar(self.layout)
        self.layout.addLayoutItem(bar)
        bar.setId(spec["id"])
        bar.setStyle(spec.get("style", "Single Box"))
        if self.map is not None:
            bar.setLinkedMap(self.map)
        bar.setTextFormat(_text_format(spec.get("size", 7), self.colour("text"), spec.get("bold", False)))
        bar.setFillSymbol(QgsFillSymbol.createSimple({"color": self.colours["scalebar_fill"], "outline_style": "no"}))
        bar.setAlternateFillSymbol(
            QgsFillSymbol.createSimple({"color": self.colours["scalebar_fill_alt"], "outline_style": "no"})
        )
        bar.setLineSymbol(
            QgsLineSymbol.createSimple({"line_color": self.colours["scalebar_fill"], "line_width": "0.2"})
        )
        bar.setHeight(2.0)
        bar.setLabelBarSpace(1.5)
        bar.setAlignment(_scalebar_alignment("Right" if spec.get("halign") == "right" else "Left"))
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(SCALEBAR_SEGMENTS)
        bar.setUnits(_distance_unit("Meters"))
        bar.setMapUnitsPerScaleBarUnit(1.0)
        bar.setUnitLabel("m")
        bar.setUnitsPerSegment(100.0)
        _place(bar, spec)
        return bar

    def build(self, items: list[dict[str, Any]]) -> None:
        builders = {"band": self.band, "label": self.label, "picture": self.picture, "map": self.map_item,
                    "north_arrow": self.north_arrow, "legend": self.legend, "scalebar": self.scalebar}
        # The map first: the north arrow, legend and scale bars link to it.
        ordered = sorted(items, key=lambda spec: spec["type"] != "map")
        for spec in ordered:
            if spec.get("type") not in builders:
                raise LayoutError(
                    tr("Layout template item '{item}': unknown type '{type}'").format(
                        item=spec.get("id", "?"), type=spec.get("type")
                    )
                )
            builders[spec["type"]](spec)
        # Keep the template's stacking order (map under its north arrow).
        for z, spec in enumerate(items):
            item = self.layout.itemById(spec["id"])
            if item is not None:
                item.setZValue(z + 1)


def default_extent(project: QgsProject) -> QgsRectangle:
    """The Region: the extent of the project's 'region' reference layer in EPSG:31370, else the
    loader's fixed Region extent."""
    from .loader import REF_PROPERTY, REGION_EXTENT

    for layer in project.mapLayers().values():
        if layer.customProperty(REF_PROPERTY) == "region" and layer.isValid() and not layer.extent().isEmpty():
            return to_layout_crs(layer.extent(), layer.crs(), project)
    return QgsRectangle(REGION_EXTENT)


# --- layers and legend -------------------------------------------------------------


def visible_layers(project: QgsProject) -> list[QgsMapLayer]:
    """The project's visible layers (checked, with every parent group checked), in layer-tree order."""
    return [node.layer() for node in project.layerTreeRoot().findLayers() if node.isVisible() and node.layer()]


def legend_name(layer: QgsMapLayer, max_chars: int = 0) -> str:
    """A readable legend entry: a reference layer's French and Dutch titles ("Bâtiments / Gebouwen",
    on two lines when longer than `max_chars` > 0), else the layer's name."""
    from .catalogue import CatalogueError, load_catalogue
    from .loader import REF_PROPERTY

    ref_id = layer.customProperty(REF_PROPERTY)
    if ref_id:
        try:
            title = load_catalogue().layer(str(ref_id)).title
        except (KeyError, CatalogueError):
            return layer.name()
        if title.fr == title.nl:
            return title.fr
        name = f"{title.fr} / {title.nl}"
        return f"{title.fr} /\n{title.nl}" if 0 < max_chars < len(name) else name
    return layer.name()


def _in_legend(layer: QgsMapLayer, scale: float) -> bool:
    """Whether `layer` belongs in the legend at `scale`: shown at that scale, and not a base map (tiles
    have no useful legend, and fetching one would slow the export)."""
    if isinstance(layer, QgsRasterLayer) and layer.providerType() in ("wms", "wmts"):
        return False
    return layer.isInScaleRange(scale)


def style_legend(legend: QgsLayoutItemLegend, size: float, title_size: float, colour: QColor) -> None:
    """Fonts of the legend: bold title of `title_size` points, entries of `size` points."""
    sizes = {"Title": (title_size, True), "Group": (size, True), "Subgroup": (size, False),
             "SymbolLabel": (size, False)}
    for component, (points, bold) in sizes.items():
        style = legend.rstyle(_legend_component(component))
        if hasattr(style, "setTextFormat"):  # QGIS 3.30+
            style.setTextFormat(_text_format(points, colour, bold))
        else:
            style.setFont(_font(points, bold))
    if not hasattr(QgsLegendStyle, "setTextFormat"):
        legend.setFontColor(colour)


def _populate_legend(legend: QgsLayoutItemLegend, layers: list[QgsMapLayer], font_size: float) -> None:
    root = legend.model().rootGroup()
    root.removeAllChildren()
    max_chars = _legend_chars_per_line(legend, font_size)
    for layer in layers:
        node: QgsLayerTreeLayer = root.addLayer(layer)
        name = legend_name(layer, max_chars)
        node.setUseLayerName(False)
        node.setName(name)
        node.setCustomProperty("legend/title-label", name)
        legend.model().refreshLayerLegend(node)
        if len(legend.model().layerLegendNodes(node)) == 1:
            # One symbol: one line, the symbol and the layer's bilingual name (no separate heading).
            QgsLegendRenderer.setNodeLegendStyle(node, _legend_component("Hidden"))
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, 0, name)
            legend.model().refreshLayerLegend(node)


def legend_content_size(legend: QgsLayoutItemLegend) -> tuple[float, float]:
    """(width, height) in mm that the legend's content needs."""
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
    return size.width(), size.height()


def fill_legend(
    legend: QgsLayoutItemLegend,
    layers: Iterable[QgsMapLayer],
    scale: float,
    font_size: float = 8.0,
    title_size: float = 10.0,
) -> list[QgsMapLayer]:
    """Show exactly `layers` (those visible at `scale`) in `legend`, with readable names; returns them.

    When the entries do not fit the frame, layers may split across columns, then a column
    is added (up to :data:`LEGEND_MAX_COLUMNS`, none narrower than :data:`LEGEND_MIN_COLUMN_MM`),
    then the font shrinks (down to :data:`LEGEND_MIN_FONT`).
    """
    legend.setAutoUpdateModel(False)
    legend.model().setLegendFilterByScale(scale)  # rules (e.g. street classes) not drawn at this scale: out
    shown = [layer for layer in layers if _in_legend(layer, scale)]
    colour = QColor(templates_data()["colours"]["text"])
    frame = legend.rect()
    size = float(font_size)
    for _attempt in range(20):
        _populate_legend(legend, shown, size)
        legend.updateLegend()
        if legend_content_size(legend)[1] <= frame.height() + 0.5:
            break
        columns = legend.columnCount()
        if not legend.splitLayer():
            legend.setSplitLayer(True)
        elif columns < LEGEND_MAX_COLUMNS and frame.width() / (columns + 1) >= LEGEND_MIN_COLUMN_MM:
            legend.setColumnCount(columns + 1)
        elif size > LEGEND_MIN_FONT:
            size -= 0.5
            style_legend(legend, size, max(size, title_size - (font_size - size)), colour)
        else:
            break
    legend.updateLegend()
    return shown


def _legend_chars_per_line(legend: QgsLayoutItemLegend, font_size: float) -> int:
    """About how many characters of an entry fit on one line of a legend column."""
    columns = max(1, legend.columnCount())
    column = (legend.rect().width() - (columns - 1) * legend.columnSpace()) / columns
    text_width = column - legend.symbolWidth() - 4.0
    font_mm = font_size * 25.4 / 72
    return max(10, int(text_width / (0.55 * font_mm)))


def _size_scalebar(bar: QgsLayoutItemScaleBar, width_mm: float, scale: float) -> None:
    """Segments of a round length (m or km) so that the bar is at most about `width_mm` long."""
    ground = width_mm * scale / 1000.0 * 0.8  # metres; room left for the unit label
    segment = nice_number(ground / SCALEBAR_SEGMENTS, SEGMENT_STEPS, up=False)
    if segment >= 1000:
        bar.setUnits(_distance_unit("Kilometers"))
        bar.setUnitLabel("km")
        bar.setUnitsPerSegment(segment / 1000.0)
    else:
        bar.setUnitsPerSegment(segment)
    bar.update()


# --- the public API -----------------------------------------------------------------


def build_layout(
    project: QgsProject,
    template: str,
    extent: QgsRectangle,
    title_fr: str,
    title_nl: str,
    layers: Iterable[QgsMapLayer] | None = None,
    name: str | None = None,
) -> QgsPrintLayout:
    """A bilingual print layout of `extent` (EPSG:31370, or a QgsReferencedRectangle in any CRS).

    `template` is one of :data:`TEMPLATES`. The map shows `layers` (locked) or, by
    default, the project's visible layers (following the project); its extent
    contains `extent`, grown to the frame's aspect, at a round scale. The legend
    lists the layers shown at that scale.
    """
    spec = _template_spec(template)
    data = templates_data()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name or tr("Brussels map"))
    layout.setCustomProperty(LAYOUT_PROPERTY, template)
    width, height = (float(v) for v in spec["page"])
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height))

    texts = dict(data["texts"])
    texts.update(title_fr=title_fr, title_nl=title_nl)
    builder = _Builder(layout, data, texts)
    builder.build(spec["items"])
    map_item = builder.map
    if map_item is None:
        raise LayoutError(tr("Layout template '{template}' has no map").format(template=template))

    chosen = list(layers) if layers is not None else visible_layers(project)
    if layers is not None:
        map_item.setLayers(chosen)
        map_item.setKeepLayerSet(True)
    target = to_layout_crs(extent, project=project)
    if target.isNull() or target.isEmpty():
        from .loader import REGION_EXTENT

        target = QgsRectangle(REGION_EXTENT)
    frame = map_item.rect()
    map_item.setExtent(fit_extent(target, frame.width(), frame.height()))
    map_item.setScale(nice_number(map_item.scale()))

    for item_spec in spec["items"]:
        item = layout.itemById(item_spec["id"])
        if isinstance(item, QgsLayoutItemScaleBar) and item.style() != "Numeric":
            _size_scalebar(item, float(item_spec["rect"][2]), map_item.scale())
        elif isinstance(item, QgsLayoutItemLegend):
            fill_legend(
                item, chosen, map_item.scale(), float(item_spec.get("size", 8)), float(item_spec.get("title_size", 10))
            )
    layout.refresh()
    return layout


def _template_spec(name: str) -> dict[str, Any]:
    try:
        return template(name)
    except LayoutError:
        raise
    except (KeyError, TypeError) as error:  # malformed file
        raise LayoutError(str(error)) from None


def layout_items(layout: QgsPrintLayout) -> dict[str, QgsLayoutItem]:
    """The layout's items by id (those with an id)."""
    return {item.id(): item for item in layout.items() if isinstance(item, QgsLayoutItem) and item.id()}


def check_destination(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise LayoutExportError(
            tr("Cannot export the map to {path}: the folder {folder} does not exist.").format(path=path, folder=folder)
        )
    if not os.access(folder, os.W_OK):
        raise LayoutExportError(
            tr("Cannot export the map to {path}: the folder {folder} is not writable.").format(path=path, folder=folder)
        )


def _export_message(result: QgsLayoutExporter.ExportResult, path: Path, exporter: QgsLayoutExporter) -> str:
    results = QgsLayoutExporter.ExportResult
    if result == results.FileError:
        return tr("Cannot write the map to {path}: check that the folder exists and is writable.").format(path=path)
    if result == results.MemoryError:
        return tr("Not enough memory to export the map to {path}; try a lower resolution.").format(path=path)
    if result == results.Canceled:
        return tr("The export of the map to {path} was cancelled.").format(path=path)
    detail = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
    return tr("The map could not be exported to {path} (QGIS export error {code}). {detail}").format(
        path=path, code=int(result), detail=detail
    ).strip()


@contextmanager
def _quiet_gdal() -> Iterator[None]:
    """GDAL's messages silenced for the duration (failures still come back as export results)."""
    try:
        from osgeo import gdal
    except ImportError:
        yield
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def export_pdf(layout: QgsPrintLayout, path: Path | str, dpi: float = 300.0) -> Path:
    """Write `layout` as a vector PDF (text kept as text, so it can be searched); returns the path."""
    path = Path(path)
    check_destination(path)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = float(dpi)
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.rasterizeWholeImage = False
    exporter = QgsLayoutExporter(layout)
    result = exporter.exportToPdf(str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise LayoutExportError(_export_message(result, path, exporter))
    return path


def export_png(layout: QgsPrintLayout, path: Path | str, dpi: float = 150.0) -> Path:
    """Write `layout` as a PNG image at `dpi`; returns the path."""
    path = Path(path)
    check_destination(path)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = float(dpi)
    exporter = QgsLayoutExporter(layout)
    with _quiet_gdal():  # QGIS georeferences the PNG through GDAL, which cannot update a PNG: noise only
        result = exporter.exportToImage(str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise LayoutExportError(_export_message(result, path, exporter))
    return path


def unique_layout_name(project: QgsProject, base: str) -> str:
    """`base`, or `base 2`, `base 3`, … : the first name no layout of the project has."""
    manager = project.layoutManager()
    name, number = base, 1
    while manager.layoutByName(name) is not None:
        number += 1
        name = f"{base} {number}"
    return name


def new_brussels_map(
    project: QgsProject,
    canvas_extent: QgsRectangle,
    canvas_crs: QgsCoordinateReferenceSystem | None = None,
    template: str = "A4-landscape",
    title_fr: str | None = None,
    title_nl: str | None = None,
) -> QgsPrintLayout:
    """The "New Brussels map" action: a bilingual layout of the canvas extent, added to the project's
    layout manager under a unique name ("Brussels map", "Brussels map 2", …). The map follows the
    project's visible layers."""
    default_fr, default_nl = default_titles()
    extent = to_layout_crs(canvas_extent, canvas_crs, project)
    layout = build_layout(
        project, template, extent, title_fr or default_fr, title_nl or default_nl,
        name=unique_layout_name(project, tr("Brussels map")),
    )
    if not project.layoutManager().addLayout(layout):
        raise LayoutError(tr("Could not add the layout '{name}' to the project").format(name=layout.name()))
    return layout


def export_demo_maps(project: QgsProject, output_dir: Path | str, grand_place_extent: QgsRectangle) -> list[Path]:
    """`make demo`: the bilingual A4 map of the Grand-Place area as PDF and PNG; returns both paths."""
    output_dir = Path(output_dir)
    layout = build_layout(
        project, "A4-portrait", grand_place_extent, "Grand-Place de Bruxelles", "Grote Markt van Brussel"
    )
    return [
        export_pdf(layout, output_dir / "grand_place_A4.pdf"),
        export_png(layout, output_dir / "grand_place_A4.png", dpi=150),
    ]
