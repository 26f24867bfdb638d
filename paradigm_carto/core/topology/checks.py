"""The checks, one function per family, run by :mod:`.engine` on a :class:`Run`.

Per-feature checks (``feature_checks``) look at one feature (and the related
layers through their spatial indexes and prepared GEOS engines); layer checks
(``layer_checks``) compare a feature with its neighbours in the same layer.
Everything is QGIS/GEOS: QgsGeometry, QgsGeometryEngine, QgsSpatialIndex.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex

from ..i18n import tr
from .errors import TopologyError
from .index import LayerData
from .rules import Rule, RuleSet

Box = tuple[float, float, float, float]
EPSILON_AREA = 1e-6  # m², numerical noise of GEOS overlays
EPSILON_LENGTH = 1e-6  # m


def number(value: float) -> str:
    """A measure for a message: one decimal, more for small values."""
    return f"{value:.1f}" if abs(value) >= 0.1 or value == 0 else f"{value:.3g}"


def box(geometry: QgsGeometry) -> Box:
    """A geometry's bounding box as a tuple."""
    r = geometry.boundingBox()
    return (r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum())


def rectangle(b: Box, grow: float = 0.0) -> QgsRectangle:
    """A QgsRectangle from a box tuple, grown by `grow` on each side."""
    return QgsRectangle(b[0] - grow, b[1] - grow, b[2] + grow, b[3] + grow)


def overlap_area(a: Box, b: Box) -> float:
    """Area of the intersection of two boxes (0 when they only touch or are apart)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


@dataclass(slots=True)
class Subject:
    """A feature being checked."""

    fid: int
    geometry: QgsGeometry | None
    attributes: dict[str, object] = field(default_factory=dict)
    bbox: Box | None = None
    usable: bool = False  # a non-null, non-empty geometry
    rect: QgsRectangle | None = None

    def set_geometry(self, geometry: QgsGeometry | None) -> Subject:
        """Set the geometry with its box; usable when neither null nor empty."""
        self.geometry = geometry
        self.usable = geometry is not None and not geometry.isNull() and not geometry.isEmpty()
        if self.usable:
            r = geometry.boundingBox()
            self.rect = r
            self.bbox = (r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum())
        return self


class Neighbours:
    """The rest of the layer: a spatial index and geometry lookup, minus excluded ids, plus extra features."""

    def __init__(
        self,
        index: QgsSpatialIndex,
        geometry: Callable[[int], QgsGeometry],
        excluded: set[int] | None = None,
        extra: dict[int, Subject] | None = None,
        all_ids: Callable[[], Iterable[int]] | None = None,
        boxes: dict[int, Box] | None = None,
    ) -> None:
        self.boxes = boxes
        self.index = index
        self._geometry = geometry
        self.excluded = excluded or set()
        self.extra = extra or {}
        self._all_ids = all_ids

    def near(self, rect: QgsRectangle) -> list[int]:
        """Ids whose bounding box intersects `rect`."""
        excluded = self.excluded
        hits = [fid for fid in self.index.intersects(rect) if fid not in excluded] if excluded else list(
            self.index.intersects(rect)
        )
        if self.extra:
            b = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
            for fid, s in self.extra.items():
                if s.usable and s.bbox[0] <= b[2] and b[0] <= s.bbox[2] and s.bbox[1] <= b[3] and b[1] <= s.bbox[3]:
                    hits.append(fid)
        return hits

    def geometry(self, fid: int) -> QgsGeometry:
        """A neighbour's geometry."""
        s = self.extra.get(fid)
        return s.geometry if s is not None else self._geometry(fid)

    def bbox(self, fid: int) -> Box:
        """A neighbour's bounding box."""
        if self.boxes is not None:
            b = self.boxes.get(fid)
            if b is not None:
                return b
        s = self.extra.get(fid)
        return s.bbox if s is not None else box(self.geometry(fid))

    def ids(self) -> list[int]:
        """Every id of the layer as it is being checked."""
        base = self._all_ids() if self._all_ids else []
        return [fid for fid in base if fid not in self.excluded and fid not in self.extra] + [
            fid for fid, s in self.extra.items() if s.usable
        ]


@dataclass
class Run:
    """What the checks need: the rule set, the layer, its neighbours and the related layers."""

    rule_set: RuleSet
    layer_name: str
    kind: str  # polygon, line, point
    neighbours: Neighbours | None
    related: dict[str, LayerData]
    full: bool  # whole layer (pairs reported once) or incremental
    subject_ids: set[int]
    errors: list[TopologyError] = field(default_factory=list)
    memo: dict[str, tuple] = field(default_factory=dict)  # rule id -> last container (box, prepared engine)

    def __post_init__(self) -> None:
        self.noun = self.rule_set.noun()

    def report(self, rule: Rule, fids: Iterable[int], message: str, geometry: QgsGeometry | None) -> None:
        """Record one finding."""
        self.errors.append(
            TopologyError(rule.id, rule.severity, self.layer_name, tuple(fids), message, geometry, rule.check)
        )

    def label(self, fid: int) -> str:
        """'building 12'."""
        return f"{self.noun} {fid}"


# --- per-feature checks --------------------------------------------------------


def check_not_null(run: Run, rule: Rule, s: Subject) -> None:
    """Null or empty geometry."""
    g = s.geometry
    if g is None or g.isNull():
        run.report(rule, [s.fid], tr("{feature} has no geometry").format(feature=run.label(s.fid)), None)
    elif g.isEmpty():
        run.report(rule, [s.fid], tr("{feature} has an empty geometry").format(feature=run.label(s.fid)), None)


def _parts(g: QgsGeometry, kind: str) -> list[list[QgsPointXY]]:
    """The vertex lists of every line part or polygon ring."""
    if g.isMultipart():
        if kind == "line":
            return list(g.asMultiPolyline())
        if kind == "polygon":
            return [ring for polygon in g.asMultiPolygon() for ring in polygon]
        return []
    if kind == "line":
        return [g.asPolyline()]
    if kind == "polygon":
        return list(g.asPolygon())
    return []


def _too_few_vertices(g: QgsGeometry, kind: str) -> int | None:
    """The vertex count of the first line part (< 2) or ring (< 4) too short; None when all are fine."""
    minimum = 2 if kind == "line" else 4
    try:
        parts = _parts(g, kind)
    except (TypeError, ValueError):
        return None
    for part in parts:
        if len(part) < minimum:
            return len(part)
    return None


def _geos_engine() -> object:
    from qgis.core import Qgis

    engine = getattr(Qgis, "GeometryValidationEngine", None)
    return engine.Geos if engine is not None else QgsGeometry.ValidatorGeos


def check_valid(run: Run, rule: Rule, s: Subject) -> None:
    """GEOS validity (self-intersection, ring problems) and too few vertices."""
    g = s.geometry
    if g.isGeosValid():
        return
    count = _too_few_vertices(g, run.kind)
    if count is not None:
        message = tr("{feature} has too few vertices ({count}) in a part or ring").format(
            feature=run.label(s.fid), count=count
        )
        run.report(rule, [s.fid], message, QgsGeometry(g))
        return
    problems = g.validateGeometry(_geos_engine())
    reason = "; ".join(p.what() for p in problems) or tr("invalid geometry")
    where = next((p.where() for p in problems if p.hasWhere()), None)
    location = QgsGeometry.fromPointXY(where) if where is not None else QgsGeometry(g)
    run.report(
        rule, [s.fid], tr("{feature} is not valid: {reason}").format(feature=run.label(s.fid), reason=reason), location
    )


def check_single_part(run: Run, rule: Rule, s: Subject) -> None:
    """Multi-part geometry where a single part is required."""
    g = s.geometry
    if g.isMultipart():
        parts = g.constGet().partCount()
        if parts > 1:
            message = tr("{feature} has {parts} parts where one is required").format(
                feature=run.label(s.fid), parts=parts
            )
            run.report(rule, [s.fid], message, QgsGeometry(g))


def check_self_crossing(run: Run, rule: Rule, s: Subject) -> None:
    """A line crossing or touching itself (GEOS isSimple)."""
    g = s.geometry
    if not g.isSimple():
        run.report(rule, [s.fid], tr("{feature} crosses itself").format(feature=run.label(s.fid)), QgsGeometry(g))


def check_min_segment_length(run: Run, rule: Rule, s: Subject) -> None:
    """Segments shorter than `min_length`."""
    minimum = rule.param("min_length")
    try:
        parts = _parts(s.geometry, run.kind)
    except (TypeError, ValueError):
        return
    for part in parts:
        for a, b in zip(part, part[1:]):
            length = math.hypot(b.x() - a.x(), b.y() - a.y())
            if length < minimum:
                message = tr("{feature} has a segment of {length} m (minimum {minimum} m)").format(
                    feature=run.label(s.fid), length=number(length), minimum=number(minimum)
                )
                run.report(rule, [s.fid], message, QgsGeometry.fromPolylineXY([a, b]))
                return


def check_min_area(run: Run, rule: Rule, s: Subject) -> None:
    """Polygons smaller than `min_area`."""
    area = s.geometry.area()
    minimum = rule.param("min_area")
    if area < minimum:
        message = tr("{feature} has an area of {area} m² (minimum {minimum} m²)").format(
            feature=run.label(s.fid), area=number(area), minimum=number(minimum)
        )
        run.report(rule, [s.fid], message, QgsGeometry(s.geometry))


def thinness(geometry: QgsGeometry) -> float:
    """4πA/P²: 1 for a disc, about 0.785 for a square, towards 0 for a sliver."""
    perimeter = geometry.constGet().perimeter()
    return 4 * math.pi * geometry.area() / (perimeter * perimeter) if perimeter > 0 else 0.0


def check_slivers(run: Run, rule: Rule, s: Subject) -> None:
    """Thin polygons: thinness below `min_thinness` (only below `max_area` when given)."""
    g = s.geometry
    max_area = rule.param("max_area")
    if max_area is not None and g.area() >= max_area:
        return
    value = thinness(g)
    minimum = rule.param("min_thinness")
    if value < minimum:
        message = tr("{feature} is a sliver (thinness {value}, minimum {minimum})").format(
            feature=run.label(s.fid), value=f"{value:.3f}", minimum=f"{minimum:.3f}"
        )
        run.report(rule, [s.fid], message, QgsGeometry(g))


def _empty(value: object) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() in ("", "NULL")


def check_bilingual(run: Run, rule: Rule, s: Subject) -> None:
    """Both the French and the Dutch name present."""
    for fr, nl in rule.param("fields"):
        missing_fr, missing_nl = _empty(s.attributes.get(fr)), _empty(s.attributes.get(nl))
        if missing_fr and missing_nl:
            message = tr("{feature} has neither a French ({fr}) nor a Dutch ({nl}) name").format(
                feature=run.label(s.fid), fr=fr, nl=nl
            )
        elif missing_fr:
            message = tr("{feature} has a Dutch name but no French name ({field})").format(
                feature=run.label(s.fid), field=fr
            )
        elif missing_nl:
            message = tr("{feature} has a French name but no Dutch name ({field})").format(
                feature=run.label(s.fid), field=nl
            )
        else:
            continue
        run.report(rule, [s.fid], message, QgsGeometry(s.geometry) if s.usable else None)


def _code(value: object) -> str:
    if _empty(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def check_nis_code(run: Run, rule: Rule, s: Subject) -> None:
    """The NIS code of the feature is the one of the municipality containing it."""
    data = run.related[rule.param("layer")]
    point = s.geometry if run.kind == "point" else s.geometry.pointOnSurface()
    if point.isNull() or point.isEmpty():
        return
    own = _code(s.attributes.get(rule.param("field")))
    for cid in data.near(point.boundingBox()):
        engine = data.prepared(cid)
        if engine is not None and engine.intersects(point.constGet()):
            expected = _code(data.attributes.get(cid, [None])[0])
            if expected and own != expected:
                message = tr("{feature} has NIS code {code} but lies in municipality {expected}").format(
                    feature=run.label(s.fid), code=own or "NULL", expected=expected
                )
                run.report(rule, [s.fid], message, QgsGeometry(point))
            return


def check_inside(run: Run, rule: Rule, s: Subject) -> None:
    """Covered by the features of the related layers (their union), within `tolerance` metres."""
    g = s.geometry
    b = s.bbox
    abstract = g.constGet()
    # neighbouring features often share their container: try the last one first
    last = run.memo.get(rule.id)
    if last is not None:
        o, engine = last
        if o[0] <= b[0] and o[1] <= b[1] and o[2] >= b[2] and o[3] >= b[3] and engine.contains(abstract):
            return
    tolerance = rule.params["tolerance"]
    datas = [run.related[name] for name in rule.params["layers"]]
    rect = rectangle(b, tolerance) if tolerance > 0 else s.rect
    candidates: list[QgsGeometry] = []
    for data in datas:
        for cid in data.near(rect):
            other = data.geometry(cid)
            o = data.bbox(cid)
            if o[0] <= b[0] and o[1] <= b[1] and o[2] >= b[2] and o[3] >= b[3]:
                engine = data.prepared(cid)
                if engine is not None and engine.contains(abstract):
                    run.memo[rule.id] = (o, engine)
                    return
            candidates.append(other)
    names = ", ".join(rule.param("layers"))
    outside = QgsGeometry(g)
    if candidates:
        window = rectangle(b, 2 * tolerance + 1.0)  # only the cover near the feature matters
        union = QgsGeometry.unaryUnion([c.clipped(window) for c in candidates])
        cover = union.buffer(tolerance, 8) if tolerance > 0 else union
        outside = g.difference(cover)
        if outside.isNull() or outside.isEmpty():
            return
        if run.kind != "point" and (outside.area() > EPSILON_AREA or outside.length() > EPSILON_LENGTH):
            outside = g.difference(union)  # report what lies outside the features themselves
    if run.kind == "polygon":
        area = outside.area()
        if area <= EPSILON_AREA:
            return
        message = tr("{feature} is not inside {layers}: {area} m² outside").format(
            feature=run.label(s.fid), layers=names, area=number(area)
        )
    elif run.kind == "line":
        length = outside.length()
        if length <= EPSILON_LENGTH:
            return
        message = tr("{feature} is not inside {layers}: {length} m outside").format(
            feature=run.label(s.fid), layers=names, length=number(length)
        )
    else:
        message = tr("{feature} is not inside {layers}").format(feature=run.label(s.fid), layers=names)
    run.report(rule, [s.fid], message, outside)


def check_overlap_with(run: Run, rule: Rule, s: Subject) -> None:
    """No overlap (area above `tolerance_area`) with the features of other layers."""
    tolerance = rule.param("tolerance_area")
    g = s.geometry
    for name in rule.param("layers"):
        data = run.related.get(name)
        if data is None:
            continue
        for cid in data.near(s.rect):
            other = data.geometry(cid)
            if overlap_area(s.bbox, box(other)) <= tolerance:
                continue
            common = g.intersection(other)
            area = common.area() if not common.isNull() else 0.0
            if area > max(tolerance, EPSILON_AREA):
                message = tr("{feature} overlaps {layer} {other} by {area} m²").format(
                    feature=run.label(s.fid), layer=data.name, other=cid, area=number(area)
                )
                run.report(rule, [s.fid], message, common)


# --- checks against the rest of the layer ---------------------------------------------


def _pair_wanted(run: Run, fid: int, other: int) -> bool:
    """Report each pair once: in a full run (or between two edited features) from the smaller id."""
    if run.full or other in run.subject_ids:
        return other > fid
    return True


def check_overlap(run: Run, rule: Rule, s: Subject) -> None:
    """No overlap above `tolerance_area` (m²) with another feature of the layer; touching is fine."""
    tolerance = rule.param("tolerance_area")
    g = s.geometry
    neighbours = run.neighbours
    for other_id in neighbours.near(s.rect):
        if other_id == s.fid or not _pair_wanted(run, s.fid, other_id):
            continue
        if overlap_area(s.bbox, neighbours.bbox(other_id)) <= tolerance:
            continue
        other = neighbours.geometry(other_id)
        common = g.intersection(other)
        area = common.area() if not common.isNull() else 0.0
        if area > max(tolerance, EPSILON_AREA):
            message = tr("{feature} overlaps {other} by {area} m²").format(
                feature=run.label(s.fid), other=run.label(other_id), area=number(area)
            )
            run.report(rule, [s.fid, other_id], message, common)


def overlap_pair(run: Run, rule: Rule, a: Subject, b: Subject) -> None:
    """`no_overlap` for one candidate pair (a.fid < b.fid) of a full run."""
    tolerance = rule.params["tolerance_area"]
    if overlap_area(a.bbox, b.bbox) <= tolerance:
        return
    common = a.geometry.intersection(b.geometry)
    area = common.area() if not common.isNull() else 0.0
    if area > max(tolerance, EPSILON_AREA):
        message = tr("{feature} overlaps {other} by {area} m²").format(
            feature=run.label(a.fid), other=run.label(b.fid), area=number(area)
        )
        run.report(rule, [a.fid, b.fid], message, common)


def duplicate_pair(run: Run, rule: Rule, a: Subject, b: Subject) -> None:
    """`no_duplicates` for one candidate pair (a.fid < b.fid) of a full run."""
    if a.bbox == b.bbox and a.geometry.isGeosEqual(b.geometry):
        message = tr("{feature} duplicates {other}").format(feature=run.label(a.fid), other=run.label(b.fid))
        run.report(rule, [a.fid, b.fid], message, QgsGeometry(a.geometry))


PAIR_CHECKS: dict[str, Callable[[Run, Rule, Subject, Subject], None]] = {
    "no_overlap": overlap_pair,
    "no_duplicates": duplicate_pair,
}
MAX_CELLS = 64  # a feature spanning more grid cells sends the layer to the spatial index instead


def grid_pairs(
    subjects: list[Subject], min_box_overlap: float | None, equal_boxes: bool
) -> Iterator[tuple[Subject, Subject]] | None:
    """The pairs of subjects that may break a pair rule, each once, smaller id first: boxes
    overlapping by more than `min_box_overlap` (None: never), or identical boxes when `equal_boxes`.

    A uniform grid (cell: twice the median feature size) hashed in a dict: cheaper than one
    spatial-index query per feature for a whole layer of similar features. None when some
    feature is too large for the grid (the caller then uses the spatial index).
    """
    if len(subjects) < 2:
        return iter(())
    sizes = sorted(max(s.bbox[2] - s.bbox[0], s.bbox[3] - s.bbox[1]) for s in subjects)
    cell = 2 * sizes[len(sizes) // 2]
    if cell <= 0:
        xs = [s.bbox[0] for s in subjects]
        ys = [s.bbox[1] for s in subjects]
        cell = max(max(xs) - min(xs), max(ys) - min(ys), 1.0) / max(math.sqrt(len(subjects)), 1.0)
    cells: dict[tuple[float, float], list[Subject]] = {}
    for s in subjects:
        b = s.bbox
        x0, y0, x1, y1 = b[0] // cell, b[1] // cell, b[2] // cell, b[3] // cell  # floored, as floats
        if x0 == x1 and y0 == y1:
            key = (x0, y0)
            bucket = cells.get(key)
            if bucket is None:
                cells[key] = [s]
            else:
                bucket.append(s)
            continue
        if (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS:
            return None
        for x in range(int(x0), int(x1) + 1):
            for y in range(int(y0), int(y1) + 1):
                cells.setdefault((float(x), float(y)), []).append(s)
    threshold = math.inf if min_box_overlap is None else min_box_overlap
    return _pairs_in_cells(cells, cell, threshold, equal_boxes)


def _pairs_in_cells(
    cells: dict[tuple[float, float], list[Subject]], cell: float, threshold: float, equal_boxes: bool
) -> Iterator[tuple[Subject, Subject]]:
    for (x, y), bucket in cells.items():
        count = len(bucket)
        if count < 2:
            continue
        for i in range(count - 1):
            a = bucket[i]
            ax0, ay0, ax1, ay1 = a.bbox
            for j in range(i + 1, count):
                b = bucket[j]
                bx0, by0, bx1, by1 = b.bbox
                left = ax0 if ax0 > bx0 else bx0
                bottom = ay0 if ay0 > by0 else by0
                width = (ax1 if ax1 < bx1 else bx1) - left
                height = (ay1 if ay1 < by1 else by1) - bottom
                if width < 0 or height < 0:
                    continue
                suspect = (width > 0 and height > 0 and width * height > threshold) or (
                    equal_boxes and a.bbox == b.bbox
                )
                # each pair once: in the cell holding the lower-left corner of the boxes' intersection
                if suspect and left // cell == x and bottom // cell == y:
                    yield (a, b) if a.fid < b.fid else (b, a)


def check_duplicates(run: Run, rule: Rule, s: Subject) -> None:
    """No two features with the same geometry."""
    g = s.geometry
    neighbours = run.neighbours
    for other_id in neighbours.near(s.rect):
        if other_id == s.fid or not _pair_wanted(run, s.fid, other_id):
            continue
        if neighbours.bbox(other_id) != s.bbox:
            continue
        other = neighbours.geometry(other_id)
        if g.isGeosEqual(other):
            message = tr("{feature} duplicates {other}").format(feature=run.label(s.fid), other=run.label(other_id))
            run.report(rule, [s.fid, other_id], message, QgsGeometry(g))


def _endpoints(g: QgsGeometry) -> list[QgsPointXY]:
    points = []
    for part in _parts(g, "line"):
        if len(part) >= 2 and part[0] != part[-1]:
            points.extend((part[0], part[-1]))
    return points


def _near_boundary(run: Run, rule: Rule, point: QgsGeometry, tolerance: float) -> bool:
    name = rule.param("boundary_layer")
    if not name:
        return False
    data = run.related[name]
    rect = point.boundingBox()
    rect.grow(tolerance if tolerance > 0 else EPSILON_LENGTH)
    for cid in data.near(rect):
        outline = data.boundary(cid)
        if outline is not None and outline.distance(point) <= max(tolerance, EPSILON_LENGTH):
            return True
    return False


def check_dangles(run: Run, rule: Rule, s: Subject) -> None:
    """Line ends touching no other line within `tolerance` (except on the boundary layer's outline)."""
    tolerance = rule.param("tolerance")
    reach = max(tolerance, EPSILON_LENGTH)
    neighbours = run.neighbours
    ends = _endpoints(s.geometry)
    for index, end in enumerate(ends):
        point = QgsGeometry.fromPointXY(end)
        rect = QgsRectangle(end.x() - reach, end.y() - reach, end.x() + reach, end.y() + reach)
        connected = any(
            o.distance(point) <= reach
            for o in (neighbours.geometry(fid) for fid in neighbours.near(rect) if fid != s.fid)
        )
        # the feature's own other ends (a ring closed by two parts, a loop)
        connected = connected or any(
            j != index and math.hypot(e.x() - end.x(), e.y() - end.y()) <= reach for j, e in enumerate(ends)
        )
        if connected or _near_boundary(run, rule, point, tolerance):
            continue
        message = tr("{feature} has a dangling end at ({x}, {y})").format(
            feature=run.label(s.fid), x=f"{end.x():.2f}", y=f"{end.y():.2f}"
        )
        run.report(rule, [s.fid], message, point)


FEATURE_CHECKS: dict[str, Callable[[Run, Rule, Subject], None]] = {
    "geometry_valid": check_valid,
    "single_part": check_single_part,
    "no_self_crossing": check_self_crossing,
    "min_segment_length": check_min_segment_length,
    "min_area": check_min_area,
    "no_slivers": check_slivers,
    "inside": check_inside,
    "no_overlap_with": check_overlap_with,
    "nis_code": check_nis_code,
    "bilingual_names": check_bilingual,
}
NEIGHBOUR_CHECKS: dict[str, Callable[[Run, Rule, Subject], None]] = {
    "no_overlap": check_overlap,
    "no_duplicates": check_duplicates,
    "no_dangles": check_dangles,
}


def check_gaps(run: Run, rule: Rule, geometries: list[tuple[int, QgsGeometry]]) -> None:
    """No gap above `tolerance_area` inside the coverage (inside the boundary layer when given)."""
    tolerance = rule.param("tolerance_area")
    usable = [g for _fid, g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
    if not usable:
        return
    union = QgsGeometry.unaryUnion(usable)
    name = rule.param("boundary_layer")
    if name:
        data = run.related[name]
        outline = [data.geometry(fid) for fid in data.all_ids()]
        limit = QgsGeometry.unaryUnion([g for g in outline if not g.isNull()])
        gaps = limit.difference(union)
    else:
        holes = []
        for polygon in union.asMultiPolygon() if union.isMultipart() else [union.asPolygon()]:
            holes.extend(QgsGeometry.fromPolygonXY([ring]) for ring in polygon[1:])
        gaps = QgsGeometry.unaryUnion(holes) if holes else QgsGeometry()
    if gaps.isNull() or gaps.isEmpty():
        return
    index = {fid: g for fid, g in geometries if g is not None and not g.isNull()}
    for part in gaps.asGeometryCollection():
        area = part.area()
        if area <= max(tolerance, EPSILON_AREA):
            continue
        grown = part.boundingBox()
        grown.grow(EPSILON_LENGTH * 10)
        near = sorted(
            fid for fid, g in index.items() if g.boundingBox().intersects(grown) and g.distance(part) <= 1e-5
        )
        message = tr("gap of {area} m² in {layer}, next to {features}").format(
            area=number(area), layer=run.layer_name, features=", ".join(run.label(f) for f in near) or "-"
        )
        run.report(rule, near, message, part)
