"""The bundled UrbIS sample: schema, real facts, topology, metadata, determinism."""

from __future__ import annotations

import csv
import functools
import importlib.util
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
import shapely
from osgeo import ogr

ROOT = Path(__file__).resolve().parent.parent
INPUT = ROOT.parent / "shared" / "data" / "urbis"
ATTRIBUTION = "Realized by means of Brussels UrbIS® © — Distribution: Paradigm"
FIELDS = {
    "Region": ["INSPIRE_ID", "NAMEFRE", "NAMEDUT", "AREA"],
    "Municipalities": ["ID", "NISCODE", "NAMEFRE", "NAMEDUT", "POLICEZONE", "AREA"],
    "StreetAxes": [
        "INSPIRE_ID",
        "TYPE",
        "HIERARCHY",
        "LVL",
        "STRNAMEFRE",
        "STRNAMEDUT",
        "LENGTH",
        "STARTSN_ID",
        "ENDSN_ID",
    ],
    "Blocks": ["INSPIRE_ID", "TYPE", "NAMEFRE", "LVL"],
    "Buildings": ["INSPIRE_ID", "CAPA_ID", "CAPAKEY", "BLOCK_ID", "AREA"],
    "CadastralParcels": ["CAPAKEY", "TYPE", "CADAST_DIV", "MUNNISCODE", "INSPIRE_ID", "AREA"],
    "Addresses": [
        "INSPIRE_ID",
        "STREET_ID",
        "STRNAMEFRE",
        "STRNAMEDUT",
        "POLICENUM",
        "BOXNUMBER",
        "ZIPCODE",
        "MUNNISCODE",
        "MUNNAMEFRE",
        "MUNNAMEDUT",
        "CAPAKEY",
        "BU_ID",
    ],
}
GEOMETRY_TYPES = {
    "Region": ogr.wkbMultiPolygon, "Municipalities": ogr.wkbMultiPolygon,
    "StreetAxes": ogr.wkbLineString, "Blocks": ogr.wkbPolygon, "Buildings": ogr.wkbPolygon,
    "CadastralParcels": ogr.wkbPolygon, "Addresses": ogr.wkbPoint,
}  # fmt: skip
PLOT_LAYERS = ("Buildings", "CadastralParcels", "Addresses")
STABLE_LAYERS = ("Region", "Municipalities", "StreetAxes", "Blocks")  # independent of N
TOLERANCE = 0.01  # metres


class Layer:
    """A layer read into memory: attribute rows, shapely geometries, WKB."""

    def __init__(self, path: Path, name: str) -> None:
        dataset = ogr.Open(str(path))
        layer = dataset.GetLayerByName(name)
        assert layer is not None, f"missing layer {name}"
        self.srs = layer.GetSpatialRef().GetAuthorityCode(None)
        self.geometry_type = layer.GetGeomType()
        definition = layer.GetLayerDefn()
        self.fields = [definition.GetFieldDefn(k).GetName() for k in range(definition.GetFieldCount())]
        self.rows: list[dict] = []
        self.wkb: list[bytes] = []
        for feature in layer:
            self.rows.append({f: feature.GetField(f) for f in self.fields})
            self.wkb.append(bytes(feature.GetGeometryRef().ExportToIsoWkb()))
        self.geoms = shapely.from_wkb(self.wkb)

    def column(self, field: str) -> list:
        """All values of a field."""
        return [row[field] for row in self.rows]

    def by(self, field: str) -> dict:
        """Geometry by (unique) field value."""
        return dict(zip(self.column(field), self.geoms, strict=True))


@functools.cache
def load_generator() -> ModuleType:
    """scripts/build_sample.py as a module."""
    spec = importlib.util.spec_from_file_location("build_sample", ROOT / "scripts" / "build_sample.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of an input CSV."""
    with (INPUT / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def overlap_areas(geoms: np.ndarray) -> np.ndarray:
    """Areas of the pairwise intersections of distinct geometries."""
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    distinct = left < right
    return shapely.area(shapely.intersection(geoms[left[distinct]], geoms[right[distinct]]))


@pytest.fixture(scope="module")
def layers(sample_gpkg: Path) -> dict[str, Layer]:
    """Every layer of the committed sample."""
    return {name: Layer(sample_gpkg, name) for name in FIELDS}


@pytest.fixture(scope="module")
def region(layers: dict[str, Layer]) -> shapely.Geometry:
    """The Region polygon."""
    return layers["Region"].geoms[0]


@pytest.fixture(scope="module")
def inputs() -> Path:
    """The real inputs of the generator."""
    assert INPUT.is_dir(), f"generator inputs not found: {INPUT} (the shared/ folder beside the repository)"
    return INPUT


@pytest.fixture(scope="module")
def small_build(inputs: Path, tmp_path_factory) -> Path:
    """A fresh 300-building sample."""
    return load_generator().build_sample(inputs, tmp_path_factory.mktemp("small") / "a.gpkg", 300)


def test_layers_fields_and_crs(layers):
    for name, layer in layers.items():
        assert layer.srs == "31370", name
        assert layer.geometry_type == GEOMETRY_TYPES[name], name
        assert layer.fields == FIELDS[name], name
        assert layer.rows, name


def test_municipalities_are_the_real_ones(layers, inputs):
    expected = {r["niscode"]: (r["name_fr"], r["name_nl"]) for r in read_csv("municipalities.csv")}
    rows = layers["Municipalities"].rows
    assert [r["NISCODE"] for r in rows] == [f"210{k:02d}" for k in range(1, 20)]
    assert {r["NISCODE"]: (r["NAMEFRE"], r["NAMEDUT"]) for r in rows} == expected
    assert all(r["ID"] == f"https://databrussels.be/id/municipality/{r['NISCODE']}" for r in rows)
    zones = {r["NISCODE"]: r["POLICEZONE"] for r in rows}
    assert zones["21004"] == zones["21009"] == "5339"
    assert zones["21016"] == zones["21017"] == zones["21002"] == "5342"
    assert set(zones.values()) == {"5339", "5340", "5341", "5342", "5343", "5344"}


def test_municipalities_cover_the_region_without_gaps_or_overlaps(layers, region):
    municipalities = layers["Municipalities"].geoms
    assert shapely.union_all(municipalities).area == pytest.approx(region.area, rel=1e-9)
    assert shapely.area(municipalities).sum() == pytest.approx(region.area, rel=1e-9)
    assert overlap_areas(municipalities).max() < 1e-3
    assert layers["Region"].rows[0]["AREA"] == pytest.approx(region.area, abs=0.01)
    assert region.area == pytest.approx(162_423_680, rel=1e-6)  # UrbIS-Adm AREA


def test_everything_is_inside_the_region(layers, region):
    envelope = shapely.buffer(region, TOLERANCE)
    shapely.prepare(envelope)
    for name, layer in layers.items():
        assert shapely.covers(envelope, layer.geoms).all(), name


def test_geometries_are_valid(layers):
    for name, layer in layers.items():
        assert shapely.is_valid(layer.geoms).all(), name
        assert not shapely.is_empty(layer.geoms).any(), name


def test_identifiers_are_unique(layers):
    for name, layer in layers.items():
        key = "ID" if name == "Municipalities" else "INSPIRE_ID"
        assert len(set(layer.column(key))) == len(layer.rows), name
    for name in ("Buildings", "CadastralParcels"):
        assert len(set(layers[name].column("CAPAKEY"))) == len(layers[name].rows), name


def test_streets_are_named_and_typed(layers):
    streets = layers["StreetAxes"]
    for row, length in zip(streets.rows, shapely.length(streets.geoms), strict=True):
        assert row["STRNAMEFRE"].strip() and row["STRNAMEDUT"].strip()
        assert row["TYPE"] in {"S", "I", "T", "PT", "B", "PB", "A", "P", "G", "W", "C"}
        assert 1 <= row["HIERARCHY"] <= 4 and row["LVL"] == 0
        assert row["LENGTH"] == pytest.approx(length, abs=0.01)
        assert row["STARTSN_ID"] != row["ENDSN_ID"]


def test_street_nodes_are_consistent(layers):
    streets = layers["StreetAxes"]
    starts = shapely.get_coordinates(shapely.get_point(streets.geoms, 0))
    ends = shapely.get_coordinates(shapely.get_point(streets.geoms, -1))
    nodes: dict[int, set] = {}
    for row, start, end in zip(streets.rows, starts.round(3), ends.round(3), strict=True):
        nodes.setdefault(row["STARTSN_ID"], set()).add(tuple(start))
        nodes.setdefault(row["ENDSN_ID"], set()).add(tuple(end))
    assert all(len(points) == 1 for points in nodes.values())
    assert len({next(iter(points)) for points in nodes.values()}) == len(nodes)


def test_real_street_names_lie_in_their_municipality(layers, inputs):
    streets, municipalities = layers["StreetAxes"], layers["Municipalities"].by("NISCODE")
    for row in read_csv("street_names.csv"):
        named = [
            g
            for r, g in zip(streets.rows, streets.geoms, strict=True)
            if (r["STRNAMEFRE"], r["STRNAMEDUT"]) == (row["name_fr"], row["name_nl"])
        ]
        assert named, row["name_fr"]
        middles = shapely.line_interpolate_point(named, 0.5, normalized=True)
        assert shapely.within(middles, municipalities[row["niscode"]]).all(), row["name_fr"]


def test_grand_place_is_at_the_grand_place(layers):
    generator = load_generator()
    streets = layers["StreetAxes"]
    nearest = int(np.argmin(shapely.distance(streets.geoms, generator.grand_place())))
    assert streets.rows[nearest]["STRNAMEFRE"] == "Grand-Place"
    assert streets.rows[nearest]["STRNAMEDUT"] == "Grote Markt"


def test_blocks_buildings_and_parcels_do_not_overlap(layers):
    for name in ("Blocks", "Buildings", "CadastralParcels"):
        assert overlap_areas(layers[name].geoms).max(initial=0.0) < 1e-6, name


def test_plots_nest_in_blocks_parcels_and_buildings(layers):
    blocks = layers["Blocks"].by("INSPIRE_ID")
    parcels = layers["CadastralParcels"].by("CAPAKEY")
    parcel_ids = dict(
        zip(layers["CadastralParcels"].column("CAPAKEY"), layers["CadastralParcels"].column("INSPIRE_ID"), strict=True)
    )
    buildings = layers["Buildings"]
    assert len(buildings.rows) == len(parcels) == len(layers["Addresses"].rows)
    block = np.array([blocks[r["BLOCK_ID"]] for r in buildings.rows])
    parcel = np.array([parcels[r["CAPAKEY"]] for r in buildings.rows])
    assert shapely.contains_properly(block, buildings.geoms).all()
    assert shapely.covers(shapely.buffer(parcel, 1e-6), buildings.geoms).all()
    assert shapely.covers(shapely.buffer(block, 1e-6), parcel).all()
    assert all(parcel_ids[r["CAPAKEY"]] == r["CAPA_ID"] for r in buildings.rows)
    building_of = buildings.by("INSPIRE_ID")
    addresses = layers["Addresses"]
    homes = np.array([building_of[r["BU_ID"]] for r in addresses.rows])
    assert shapely.contains_properly(homes, addresses.geoms).all()


def test_addresses_follow_their_street_and_municipality(layers, inputs):
    municipalities = {r["niscode"]: (r["name_fr"], r["name_nl"]) for r in read_csv("municipalities.csv")}
    generator = load_generator()
    streets = dict(zip(layers["StreetAxes"].column("INSPIRE_ID"), layers["StreetAxes"].rows, strict=True))
    axes = layers["StreetAxes"].by("INSPIRE_ID")
    for row, point in zip(layers["Addresses"].rows, layers["Addresses"].geoms, strict=True):
        assert row["STRNAMEFRE"].strip() and row["STRNAMEDUT"].strip()
        street = streets[row["STREET_ID"]]
        assert (row["STRNAMEFRE"], row["STRNAMEDUT"]) == (street["STRNAMEFRE"], street["STRNAMEDUT"])
        assert (row["MUNNAMEFRE"], row["MUNNAMEDUT"]) == municipalities[row["MUNNISCODE"]]
        assert row["ZIPCODE"] == generator.POSTAL_CODES[row["MUNNISCODE"]]
        (x0, y0), (x1, y1) = shapely.get_coordinates(axes[row["STREET_ID"]])[[0, -1]]
        left = (x1 - x0) * (point.y - y0) - (y1 - y0) * (point.x - x0) > 0
        assert int(row["POLICENUM"]) % 2 == (1 if left else 0), row["INSPIRE_ID"]


def test_metadata_is_stored_for_gdal_and_qgis(sample_gpkg):
    from qgis.core import QgsVectorLayer

    with sqlite3.connect(sample_gpkg) as db:
        contents = dict(db.execute("SELECT table_name, description FROM gpkg_contents").fetchall())
        stamps = {s for (s,) in db.execute("SELECT last_change FROM gpkg_contents")}
        indexed = {
            t for (t,) in db.execute("SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")
        }
    assert set(contents) == set(FIELDS) == indexed
    assert all(ATTRIBUTION in text and "synthetic" in text for text in contents.values())
    assert stamps == {"2026-01-01T00:00:00.000Z"}
    for name in FIELDS:
        metadata = QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr").metadata()
        assert name in metadata.title()
        assert "Real:" in metadata.abstract() and "Synthetic:" in metadata.abstract()
        assert metadata.rights() == [ATTRIBUTION]
        assert metadata.licenses() and ATTRIBUTION in metadata.licenses()[0]
        assert metadata.crs().authid() == "EPSG:31370"


def test_regeneration_gives_the_same_features(small_build, inputs, tmp_path):
    again = load_generator().build_sample(inputs, tmp_path / "b.gpkg", 300)
    for name in FIELDS:
        first, second = Layer(small_build, name), Layer(again, name)
        assert first.rows == second.rows, name
        assert first.wkb == second.wkb, name


def test_size_parameter_scales_and_keeps_identifiers(small_build, layers):
    for name in PLOT_LAYERS:
        small = Layer(small_build, name)
        assert len(small.rows) == 300, name
        full = dict(
            zip(layers[name].column("INSPIRE_ID"), zip(layers[name].rows, layers[name].wkb, strict=True), strict=True)
        )
        assert all(full[r["INSPIRE_ID"]] == (r, w) for r, w in zip(small.rows, small.wkb, strict=True)), name
    for name in STABLE_LAYERS:
        assert Layer(small_build, name).wkb == layers[name].wkb, name
