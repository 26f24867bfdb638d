"""The topology engine: every check reports what it must and spares the near misses; an independent
oracle (shapely 2, tests only) agrees on random layers; the sample validates; bad input is handled."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("shapely")
import shapely  # noqa: E402
from shapely import wkt as shapely_wkt  # noqa: E402

from paradigm_carto.core.topology import (  # noqa: E402
    IndexCache,
    bound_rule_set,
    load_rule_sets,
    parse_rule_set,
    validate_features,
    validate_layer,
)

CRS = "EPSG:31370"
X0, Y0 = 150000.0, 170000.0  # in Brussels


def box_wkt(x0: float, y0: float, x1: float, y1: float) -> str:
    x0, y0, x1, y1 = X0 + x0, Y0 + y0, X0 + x1, Y0 + y1
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def at(wkt: str) -> str:
    """Shift the coordinates of a WKT written around (0, 0) to Brussels."""
    geometry = shapely.affinity.translate(shapely_wkt.loads(wkt), X0, Y0) if "EMPTY" not in wkt else None
    return geometry.wkt if geometry is not None else wkt


def make_layer(kind: str, name: str, items: list, fields: tuple[str, ...] = (), crs: str = CRS):
    """A memory layer; items are WKT (None for no geometry) or (WKT, {field: value}). Ids start at 1."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    spec = f"{kind}?crs={crs}" + "".join(f"&field={f}:string" for f in fields)
    layer = QgsVectorLayer(spec, name, "memory")
    assert layer.isValid()
    features = []
    for item in items:
        text, attrs = item if isinstance(item, tuple) else (item, {})
        feature = QgsFeature(layer.fields())
        if text is not None:
            feature.setGeometry(QgsGeometry.fromWkt(text))
        for key, value in attrs.items():
            feature[key] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer


def one_rule(check: str, layer: str = "Buildings", severity: str = "error", **params):
    rule = {"id": f"r_{check}", "check": check, "severity": severity, **params}
    return parse_rule_set({"id": "test", "layer": layer, "feature_name": {"en": "building"}, "rules": [rule]})


def found(result) -> list[tuple[int, ...]]:
    return sorted(e.feature_ids for e in result.errors)


def run(check: str, layer, related=None, **params):
    return validate_layer(layer, one_rule(check, **params), related or {})


# --- one case per rule, and its near miss ---------------------------------------------


def test_null_and_empty_geometry(qgis_app):
    layer = make_layer("Polygon", "Buildings", [box_wkt(0, 0, 5, 5), None])
    result = run("geometry_not_null", layer)
    assert found(result) == [(2,)]
    assert result.errors[0].message == "building 2 has no geometry"
    assert result.errors[0].blocking


def test_validity_self_intersection_and_too_few_vertices(qgis_app):
    bowtie = at("POLYGON((0 0,2 2,2 0,0 2,0 0))")
    l_shape = at("POLYGON((0 0,4 0,4 1,1 1,1 4,0 4,0 0))")
    layer = make_layer("Polygon", "Buildings", [bowtie, l_shape, at("POLYGON((0 0,1 1,0 0))")])
    result = run("geometry_valid", layer)
    assert found(result) == [(1,), (3,)]
    messages = {e.feature_ids[0]: e.message for e in result.errors}
    assert "Self-intersection" in messages[1]
    assert "too few vertices" in messages[3]
    lines = make_layer("LineString", "StreetAxes", [at("LINESTRING(0 0, 1 1)")])
    assert not run("geometry_valid", lines).errors


def test_single_part(qgis_app):
    two = at("MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)),((5 5,6 5,6 6,5 6,5 5)))")
    one = at("MULTIPOLYGON(((0 0,1 0,1 1,0 1,0 0)))")
    result = run("single_part", make_layer("MultiPolygon", "Buildings", [two, one]))
    assert found(result) == [(1,)]
    assert "2 parts" in result.errors[0].message


def test_duplicates(qgis_app):
    layer = make_layer("Polygon", "Buildings", [box_wkt(0, 0, 5, 5), box_wkt(0, 0, 5, 5), box_wkt(0.01, 0, 5, 5)])
    assert found(run("no_duplicates", layer)) == [(1, 2)]


def test_overlap_reported_touching_and_below_tolerance_are_not(qgis_app):
    layer = make_layer(
        "Polygon",
        "Buildings",
        [
            box_wkt(0, 0, 10, 10),
            box_wkt(9, 9, 20, 20),  # overlaps 1 by 1 m²
            box_wkt(10, 0, 20, 5),  # touches 1 along an edge
            box_wkt(19.8, 0, 30, 5),  # overlaps 3 by 0.2 * 5 = 1.0 m²... see tolerance below
            box_wkt(40, 0, 50, 10),
            box_wkt(49.9, 0, 60, 1),  # overlaps 5 by 0.1 m², below the tolerance
        ],
    )
    result = run("no_overlap", layer, tolerance_area=0.5)
    assert found(result) == [(1, 2), (3, 4)]
    first = next(e for e in result.errors if e.feature_ids == (1, 2))
    assert first.message == "building 1 overlaps building 2 by 1.0 m²"
    assert first.geometry.area() == pytest.approx(1.0)


def test_gaps_inside_the_region_above_tolerance(qgis_app):
    region = make_layer("Polygon", "Region", [box_wkt(0, 0, 100, 100)])
    tiles = [box_wkt(0, 0, 50, 100), box_wkt(50, 0, 100, 48), box_wkt(50, 50, 100, 100)]  # 50 x 2 m gap
    rules = dict(tolerance_area=1.0, boundary_layer="Region")
    result = run("no_gaps", make_layer("Polygon", "Municipalities", tiles), {"Region": region}, **rules)
    assert len(result.errors) == 1
    assert result.errors[0].geometry.area() == pytest.approx(100.0)
    assert result.errors[0].feature_ids == (1, 2, 3)
    thin = [box_wkt(0, 0, 50, 100), box_wkt(50, 0, 100, 49.99), box_wkt(50, 50, 100, 100)]  # 0.5 m² gap
    assert not run("no_gaps", make_layer("Polygon", "Municipalities", thin), {"Region": region}, **rules).errors


def test_gaps_without_boundary_are_holes(qgis_app):
    ring = [box_wkt(0, 0, 30, 10), box_wkt(0, 20, 30, 30), box_wkt(0, 10, 10, 20), box_wkt(20, 10, 30, 20)]
    result = run("no_gaps", make_layer("Polygon", "Municipalities", ring), tolerance_area=1.0)
    assert [round(e.geometry.area()) for e in result.errors] == [100]


def test_inside_with_tolerance_and_union(qgis_app):
    blocks = make_layer("Polygon", "Blocks", [box_wkt(0, 0, 50, 50), box_wkt(50, 0, 100, 50)])
    buildings = make_layer(
        "Polygon",
        "Buildings",
        [
            box_wkt(10, 10, 20, 20),  # inside
            box_wkt(0, 0, 10, 10),  # flush with the block's corner
            box_wkt(45, 10, 55, 20),  # across two adjacent blocks: covered by their union
            box_wkt(10, 45, 20, 51),  # 1 m out: 10 m²
            box_wkt(30, 45, 40, 50.005),  # 5 mm out, below the 1 cm tolerance
            box_wkt(200, 200, 210, 210),  # far away
        ],
    )
    result = run("inside", buildings, {"Blocks": blocks}, layers=["Blocks"], tolerance=0.01)
    assert found(result) == [(4,), (6,)]
    assert result.errors[0].message == "building 4 is not inside Blocks: 10.0 m² outside"


def test_inside_points_and_lines(qgis_app):
    parcels = make_layer("Polygon", "CadastralParcels", [box_wkt(0, 0, 10, 10)])
    addresses = make_layer(
        "Point", "Addresses", [at("POINT(5 5)"), at("POINT(10 5)"), at("POINT(10.3 5)"), at("POINT(12 5)")]
    )
    result = run("inside", addresses, {"CadastralParcels": parcels}, layers=["CadastralParcels"], tolerance=0.5)
    assert found(result) == [(4,)]
    lines = make_layer("LineString", "StreetAxes", [at("LINESTRING(1 1, 9 9)"), at("LINESTRING(5 5, 15 5)")])
    result = run("inside", lines, {"Region": parcels}, layers=["Region"], tolerance=0.5)
    assert found(result) == [(2,)]
    assert "5.0 m outside" in result.errors[0].message


def test_overlap_with_another_layer_and_when_present(qgis_app):
    streets = make_layer("Polygon", "StreetSurfaces", [box_wkt(0, 0, 100, 6)])
    buildings = make_layer("Polygon", "Buildings", [box_wkt(0, 6, 10, 16), box_wkt(20, 5, 30, 15)])
    params = dict(layers=["StreetSurfaces"], tolerance_area=0.01)
    result = run("no_overlap_with", buildings, {"StreetSurfaces": streets}, **params)
    assert found(result) == [(2,)]
    assert "overlaps StreetSurfaces 1 by 10.0 m²" in result.errors[0].message
    assert not run("no_overlap_with", buildings, {}, when_present=True, **params).errors
    missing = run("no_overlap_with", buildings, {}, **params)
    assert [e.check for e in missing.errors] == ["configuration"]
    assert "'StreetSurfaces'" in missing.errors[0].message


def test_dangles_with_region_boundary_and_tolerance(qgis_app):
    region = make_layer("Polygon", "Region", [box_wkt(-100, -100, 100, 100)])
    lines = make_layer(
        "LineString",
        "StreetAxes",
        [
            at("LINESTRING(-100 0, 0 0)"),  # starts on the Region boundary, ends at the T
            at("LINESTRING(0 -50, 0 50)"),  # both ends free: two dangles
            at("LINESTRING(0 20, 30 20)"),  # starts on line 2, ends free
            at("LINESTRING(30.5 10, 30.5 30)"),  # passes 0.5 m from line 3's end (within 1 m)
            at("LINESTRING(60 0, 99.2 0)"),  # ends 0.8 m from the boundary: within tolerance
        ],
    )
    rules = dict(tolerance=1.0, boundary_layer="Region")
    result = run("no_dangles", lines, {"Region": region}, **rules)
    assert found(result) == [(2,), (2,), (4,), (4,), (5,)]
    assert "dangling end at (150060.00, 170000.00)" in next(e.message for e in result.errors if e.feature_ids == (5,))
    strict = run("no_dangles", lines, {"Region": region}, tolerance=0.1, boundary_layer="Region")
    assert (3,) in found(strict) and found(strict).count((5,)) == 2


def test_self_crossing(qgis_app):
    crossing, bent = at("LINESTRING(0 0, 2 2, 2 0, 0 2)"), at("LINESTRING(0 0, 2 0, 2 2)")
    lines = make_layer("LineString", "StreetAxes", [crossing, bent])
    assert found(run("no_self_crossing", lines)) == [(1,)]


def test_min_segment_length(qgis_app):
    short, long = at("LINESTRING(0 0, 10 0, 10.3 0)"), at("LINESTRING(0 5, 10 5, 10.6 5)")
    lines = make_layer("LineString", "StreetAxes", [short, long])
    result = run("min_segment_length", lines, min_length=0.5)
    assert found(result) == [(1,)]
    assert "segment of 0.3 m" in result.errors[0].message


def test_min_area_and_slivers(qgis_app):
    layer = make_layer("Polygon", "Buildings", [box_wkt(0, 0, 1, 3), box_wkt(5, 0, 10, 1), box_wkt(20, 0, 120, 1)])
    assert found(run("min_area", layer, min_area=4.0)) == [(1,)]
    result = run("no_slivers", layer, severity="warning", min_thinness=0.1)
    assert found(result) == [(3,)]  # 100 x 1 m: thinness 0.031; 5 x 1 m: 0.44
    assert not result.blocking and result.warning_count == 1
    assert not run("no_slivers", layer, min_thinness=0.1, max_area=50).errors


def test_bilingual_names(qgis_app):
    items = [
        (box_wkt(0, 0, 1, 1), {"NAMEFRE": "Ixelles", "NAMEDUT": "Elsene"}),
        (box_wkt(2, 0, 3, 1), {"NAMEFRE": "Uccle", "NAMEDUT": ""}),
        (box_wkt(4, 0, 5, 1), {"NAMEDUT": "Ukkel"}),
    ]
    layer = make_layer("Polygon", "Municipalities", items, ("NAMEFRE", "NAMEDUT"))
    result = run("bilingual_names", layer, fields=[["NAMEFRE", "NAMEDUT"]])
    assert found(result) == [(2,), (3,)]
    assert "no Dutch name (NAMEDUT)" in result.errors[0].message
    assert "no French name (NAMEFRE)" in result.errors[1].message
    missing_field = run("bilingual_names", layer, fields=[["NAMEFRE", "NAAM"]])
    assert "'NAAM'" in missing_field.errors[0].message


def test_nis_code_matches_the_containing_municipality(qgis_app):
    municipalities = make_layer(
        "Polygon",
        "Municipalities",
        [(box_wkt(0, 0, 50, 50), {"NISCODE": "21004"}), (box_wkt(50, 0, 100, 50), {"NISCODE": "21009"})],
        ("NISCODE",),
    )
    addresses = make_layer(
        "Point",
        "Addresses",
        [(at("POINT(10 10)"), {"MUNNISCODE": "21004"}), (at("POINT(60 10)"), {"MUNNISCODE": "21004"})],
        ("MUNNISCODE",),
    )
    result = run("nis_code", addresses, {"Municipalities": municipalities}, field="MUNNISCODE")
    assert found(result) == [(2,)]
    assert result.errors[0].message == "building 2 has NIS code 21004 but lies in municipality 21009"


def test_rule_for_the_wrong_geometry_is_reported(qgis_app):
    points = make_layer("Point", "Addresses", [at("POINT(1 1)")])
    result = run("no_overlap", points)
    assert [e.check for e in result.errors] == ["configuration"]


# --- bad input ------------------------------------------------------------------------


def test_related_layer_in_another_crs_is_reprojected(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    block = QgsGeometry.fromWkt(box_wkt(0, 0, 50, 50))
    block.transform(transform)
    blocks = make_layer("Polygon", "Blocks", [block.asWkt(12)], crs="EPSG:4326")
    buildings = make_layer("Polygon", "Buildings", [box_wkt(10, 10, 20, 20), box_wkt(45, 10, 55, 20)])
    result = run("inside", buildings, {"Blocks": blocks}, layers=["Blocks"], tolerance=0.05)
    assert found(result) == [(2,)]
    cache = IndexCache()
    incremental = validate_features(
        buildings, [1, 2], one_rule("inside", layers=["Blocks"], tolerance=0.05), {"Blocks": blocks}, cache=cache
    )
    assert found(incremental) == [(2,)]


def test_broken_geometries_do_not_crash(qgis_app):
    rule_set = bound_rule_set("Buildings")
    blocks = make_layer("Polygon", "Blocks", [box_wkt(-10, -10, 100, 100)])
    parcels = make_layer("Polygon", "CadastralParcels", [box_wkt(-10, -10, 100, 100)])
    buildings = make_layer(
        "Polygon",
        "Buildings",
        [
            at("POLYGON((0 0,2 2,2 0,0 2,0 0))"),
            None,
            at("POLYGON((0 0,1 1,0 0))"),
            box_wkt(1, 1, 3, 3),
            "POLYGON EMPTY",
        ],
    )
    related = {"Blocks": blocks, "CadastralParcels": parcels}
    result = validate_layer(buildings, rule_set, related)
    rules = {e.rule_id for e in result.errors}
    assert {"buildings_valid", "buildings_geometry"} <= rules
    assert result.blocking
    incremental = validate_features(buildings, list(buildings.getFeatures()), rule_set, related, cache=IndexCache())
    assert {"buildings_valid", "buildings_geometry"} <= {e.rule_id for e in incremental.errors}


def test_missing_related_layer_is_named(qgis_app):
    buildings = make_layer("Polygon", "Buildings", [box_wkt(0, 0, 5, 5)])
    result = validate_layer(buildings, bound_rule_set("Buildings"), {})
    configuration = [e for e in result.errors if e.check == "configuration"]
    assert {e.rule_id for e in configuration} == {"buildings_in_blocks", "buildings_in_parcels"}
    assert any("'Blocks'" in e.message for e in configuration)
    assert not any("StreetSurfaces" in e.message for e in result.errors)  # optional (when_present)


def test_cancel(qgis_app):
    from qgis.core import QgsFeedback

    feedback = QgsFeedback()
    feedback.cancel()
    layer = make_layer("Polygon", "Buildings", [box_wkt(i * 2, 0, i * 2 + 3, 1) for i in range(10)])
    result = validate_layer(layer, one_rule("no_overlap"), {}, feedback)
    assert result.cancelled and not result.errors


# --- against an independent oracle (shapely 2) on random layers ---------------------------


def random_quads(rng: random.Random, count: int, extent: float, size: float) -> list:
    polygons = []
    for _ in range(count):
        x, y = rng.uniform(0, extent), rng.uniform(0, extent)
        if rng.random() < 0.15:  # scrambled vertex order: often a bow tie
            points = [(x + rng.uniform(0, size), y + rng.uniform(0, size)) for _ in range(4)]
        else:
            w, h = rng.uniform(1, size), rng.uniform(1, size)
            # snapped to a 1 m grid so that many touch exactly
            x, y, w, h = round(x), round(y), round(w), round(h) or 1
            points = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        polygons.append(shapely.Polygon([(X0 + px, Y0 + py) for px, py in points]))
    return polygons


@pytest.mark.parametrize(("seed", "huge"), [(1, False), (2, False), (3, True)])
def test_oracle_validity_and_overlaps(qgis_app, seed, huge):
    rng = random.Random(seed)
    polygons = random_quads(rng, 400, 400.0, 25.0)
    if huge:  # a feature spanning many grid cells: the engine falls back to its spatial index
        polygons.append(shapely.box(X0 + 100, Y0 + 100, X0 + 300, Y0 + 300))
    layer = make_layer("Polygon", "Buildings", [p.wkt for p in polygons])
    tolerance = 0.5
    rules = parse_rule_set(
        {
            "id": "oracle",
            "layer": "Buildings",
            "rules": [
                {"id": "valid", "check": "geometry_valid", "severity": "error"},
                {"id": "overlap", "check": "no_overlap", "severity": "error", "tolerance_area": tolerance},
            ],
        }
    )
    result = validate_layer(layer, rules, {})
    invalid = {i + 1 for i, p in enumerate(polygons) if not shapely.is_valid(p)}
    assert {e.feature_ids[0] for e in result.by_rule("valid")} == invalid
    assert invalid, "the generator should make some bow ties"
    array = [shapely.make_valid(p) if not shapely.is_valid(p) else p for p in polygons]
    tree = shapely.STRtree(array)
    left, right = tree.query(array, predicate="intersects")
    expected = set()
    for a, b in zip(left.tolist(), right.tolist()):
        if a < b and (a + 1 not in invalid and b + 1 not in invalid):
            if shapely.area(shapely.intersection(array[a], array[b])) > tolerance:
                expected.add((a + 1, b + 1))
    got = {e.feature_ids for e in result.by_rule("overlap") if not set(e.feature_ids) & invalid}
    assert got == expected
    assert len(expected) > 20


@pytest.mark.parametrize("seed", [4, 5])
def test_oracle_inside(qgis_app, seed):
    rng = random.Random(seed)
    blocks = [shapely.box(X0 + i * 60 + 6, Y0 + j * 60 + 6, X0 + i * 60 + 54, Y0 + j * 60 + 54)
              for i in range(6) for j in range(6)]
    buildings = []
    for _ in range(500):
        x, y = rng.uniform(0, 360), rng.uniform(0, 360)
        w, h = rng.uniform(2, 15), rng.uniform(2, 15)
        buildings.append(shapely.box(X0 + x, Y0 + y, X0 + x + w, Y0 + y + h))
    block_layer = make_layer("Polygon", "Blocks", [b.wkt for b in blocks])
    layer = make_layer("Polygon", "Buildings", [b.wkt for b in buildings])
    tolerance = 0.1
    result = run("inside", layer, {"Blocks": block_layer}, layers=["Blocks"], tolerance=tolerance)
    cover = shapely.union_all(blocks).buffer(tolerance, quad_segs=8)
    expected = {i + 1 for i, b in enumerate(buildings) if shapely.area(shapely.difference(b, cover)) > 1e-6}
    assert {e.feature_ids[0] for e in result.errors} == expected
    assert 50 < len(expected) < 450


@pytest.mark.parametrize("seed", [6])
def test_oracle_incremental_matches_full(qgis_app, seed):
    """Moving features in the edit buffer: validate_features finds what a full run finds for them."""
    from qgis.core import QgsGeometry

    rng = random.Random(seed)
    polygons = random_quads(rng, 300, 300.0, 20.0)
    polygons = [p if shapely.is_valid(p) else shapely.box(*p.bounds) for p in polygons]
    blocks = make_layer("Polygon", "Blocks", [box_wkt(-10, -10, 200, 330)])
    layer = make_layer("Polygon", "Buildings", [p.wkt for p in polygons])
    rules = parse_rule_set(
        {
            "id": "incremental",
            "layer": "Buildings",
            "rules": [
                {"id": "overlap", "check": "no_overlap", "severity": "error", "tolerance_area": 0.1},
                {"id": "inside", "check": "inside", "severity": "error", "layers": ["Blocks"], "tolerance": 0.0},
            ],
        }
    )
    cache = IndexCache()
    related = {"Blocks": blocks}
    validate_features(layer, [1], rules, related, cache=cache)  # builds the cache
    layer.startEditing()
    moved = rng.sample(range(1, 301), 12)
    for fid in moved:
        geometry = QgsGeometry(layer.getFeature(fid).geometry())
        geometry.translate(rng.uniform(-5, 5), rng.uniform(-5, 5))
        layer.changeGeometry(fid, geometry)
    deleted = moved[:2]
    for fid in deleted:
        layer.deleteFeature(fid)
    edited = [layer.getFeature(fid) for fid in moved[2:]]
    incremental = validate_features(layer, edited, rules, related, deleted_ids=deleted, cache=cache)
    full = validate_layer(layer, rules, related)
    layer.rollBack()
    keys = set(moved[2:])
    want = {(e.rule_id, e.feature_ids) for e in full.errors if set(e.feature_ids) & keys}
    got = {(e.rule_id, tuple(sorted(e.feature_ids))) for e in incremental.errors}
    assert got == {(r, tuple(sorted(f))) for r, f in want}


def test_incremental_cache_follows_commits(qgis_app):
    layer = make_layer("Polygon", "Buildings", [box_wkt(0, 0, 10, 10), box_wkt(20, 0, 30, 10)])
    rules = one_rule("no_overlap")
    cache = IndexCache()
    probe = make_layer("Polygon", "Buildings", [box_wkt(25, 5, 35, 15)]).getFeature(1)
    probe.setId(-7)
    assert found(validate_features(layer, [probe], rules, {}, cache=cache)) == [(-7, 2)]
    layer.startEditing()
    layer.deleteFeature(2)
    assert layer.commitChanges()
    assert not validate_features(layer, [probe], rules, {}, cache=cache).errors
    assert found(validate_features(layer, [probe], rules, {}, deleted_ids=[1], cache=cache)) == []


# --- the bundled sample ---------------------------------------------------------------------------


def test_sample_validates(qgis_app, sample_gpkg):
    from qgis.core import QgsVectorLayer

    names = ["Region", "Municipalities", "StreetAxes", "Blocks", "Buildings", "CadastralParcels", "Addresses"]
    layers = {n: QgsVectorLayer(f"{sample_gpkg}|layername={n}", n, "ogr") for n in names}
    findings = {}
    for rule_set in load_rule_sets():
        result = validate_layer(layers[rule_set.layer], rule_set, layers)
        assert result.checked == layers[rule_set.layer].featureCount()
        findings[rule_set.layer] = sorted((e.rule_id, e.severity) for e in result.errors)
    assert findings == {
        "Region": [],
        "Municipalities": [],
        "StreetAxes": [],
        "Blocks": [("blocks_slivers", "warning")],  # one thin block clipped by a municipal boundary
        "Buildings": [],  # buildings inside blocks: 0 errors
        "CadastralParcels": [],
        "Addresses": [],
    }
