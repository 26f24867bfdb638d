"""The Brussels house style, read from `resources/styles/house_style.json` and applied to layers."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from qgis.core import (
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
)

from .paths import resource

STYLE_PROPERTY = "paradigm_carto/style"


@lru_cache(maxsize=1)
def house_style() -> dict[str, Any]:
    """The house style file, parsed once."""
    return json.loads(resource("styles", "house_style.json").read_text(encoding="utf-8"))


def colour(name: str | None) -> str:
    """A palette colour as 'r,g,b,a' for QGIS symbol properties ('transparent' for None)."""
    if name is None:
        return "0,0,0,0"
    value = house_style()["palette"][name].lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return f"{r},{g},{b},255"


def symbol_for(kind: str) -> QgsSymbol:
    """A new symbol for a layer kind of the house style."""
    spec = house_style()["kinds"][kind]
    line_style = {"dash": "dash", None: "solid"}.get(spec.get("line_style"), "solid")
    if spec["geometry"] == "polygon":
        return QgsFillSymbol.createSimple(
            {
                "color": colour(spec.get("fill")),
                "style": "solid" if spec.get("fill") else "no",
                "outline_color": colour(spec.get("line")),
                "outline_width": str(spec.get("line_width", 0.26)),
                "outline_style": line_style,
            }
        )
    if spec["geometry"] == "line":
        symbol = QgsLineSymbol.createSimple(
            {"line_color": colour(spec["line"]), "line_width": str(spec["line_width"]), "capstyle": "round"}
        )
        if spec.get("casing"):
            casing = QgsLineSymbol.createSimple(
                {"line_color": colour(spec["casing"]), "line_width": str(spec["casing_width"])}
            )
            symbol.insertSymbolLayer(0, casing.symbolLayer(0).clone())
        return symbol
    return QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": colour(spec.get("fill")),
            "outline_color": colour(spec.get("line")),
            "outline_width": str(spec.get("line_width", 0.2)),
            "size": str(spec.get("size", 1.5)),
        }
    )


def apply_house_style(layer: QgsVectorLayer, kind: str) -> None:
    """Give `layer` the house style of `kind` and remember which kind it carries."""
    layer.setRenderer(QgsSingleSymbolRenderer(symbol_for(kind)))
    layer.setCustomProperty(STYLE_PROPERTY, kind)
