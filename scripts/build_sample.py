"""Build the bundled UrbIS sample GeoPackage (EPSG:31370), deterministically.

Real inputs (``--input``, default ``<repo>/../shared/data/urbis``): the Region
boundary, the 19 municipalities (NIS code, French and Dutch names, seed points)
and 70 bilingual street names. Everything else is synthetic:

* Municipalities: Voronoi diagram of the seed points, merged per NIS code and
  clipped to the real Region (a gap- and overlap-free approximation).
* StreetAxes: a regular grid (``--spacing`` metres) clipped to the Region, one
  feature per segment between two nodes. The real names go to runs of grid
  segments inside their municipality, nearest its main (first) seed point;
  "Grand-Place" is the segment nearest the real Grand-Place. Other grid lines
  get honest synthetic names ("Rue synthétique H12" / "Synthetische straat H12").
  ``TYPE``: ``P`` (place) for squares, ``S`` (road segment) for all other
  axes; the other UrbIS codes (I, T, PT, B, PB, A, G, W, C: intersections,
  tunnels, bridges, ramps, galleries...) do not occur in a flat grid.
  ``HIERARCHY``: 1 real boulevards, 2 real avenues and chaussées, 3 other real
  names and every 8th synthetic line (synthetic avenues), 4 other lines.
* Blocks: grid cells shrunk by a street half-width, split by municipality.
* Buildings, CadastralParcels, Addresses: terraced plots along the block
  frontages (corners left free), filled block by block from the Grand-Place
  outwards until ``--buildings`` buildings exist. House numbers are odd on the
  left of the street's direction (W->E, S->N), even on the right, and restart
  per street and municipality. Identifiers do not depend on ``--buildings``:
  a small sample is a subset of a larger one.

Same inputs and options give the same features.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import shapely
from numpy.lib.stride_tricks import sliding_window_view
from osgeo import gdal, ogr, osr
from pyproj import Transformer
from pyproj.transformer import TransformerGroup

if TYPE_CHECKING:
    from qgis.core import QgsLayerMetadata

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO.parent / "shared" / "data" / "urbis"
DEFAULT_OUTPUT = REPO / "resources" / "sample" / "urbis_sample.gpkg"
DEFAULT_BUILDINGS = 2000
DEFAULT_SPACING = 250.0  # street grid spacing (m)

EPSG = 31370
TRANSFORMATION = "BD72 to WGS 84 (3)"  # EPSG's 1 m Helmert, PROJ's choice when no grid is installed
GRAND_PLACE = (4.3525, 50.8467)  # lon, lat
FIXED_TIMESTAMP = "2026-01-01T00:00:00.000Z"
SAMPLE_ID = "SAMPLE"  # prefix of the synthetic identifiers
MUNICIPALITY_URI = "https://databrussels.be/id/municipality/"

HALF_WIDTH = 6.0  # street half-width: blocks are cells shrunk by it (m)
MIN_BLOCK_AREA = 100.0  # smaller block fragments are dropped (m2)
MIN_STREET_LENGTH = 1.0  # shorter clipped street pieces are dropped (m)
PARCEL_DEPTH = 20.0  # (m)
CORNER = PARCEL_DEPTH + 2.0  # free length at both ends of a frontage (m)
SETBACK = 0.5  # building front behind the block edge (m)
ADDRESS_DEPTH = 2.0  # address point behind the block edge (m)
WIDTHS = (7.0, 9.0, 6.0, 8.0, 10.0, 7.5)  # plot widths, cycled (m)
DEPTHS = (9.0, 12.0, 10.0, 13.0, 11.0)  # building depths, cycled (m)
AVENUE_EVERY = 8  # every n-th synthetic grid line is an avenue

H, V = 0, 1  # grid segment orientation: horizontal (W->E), vertical (S->N)
SOUTH, EAST, NORTH, WEST = range(4)  # block sides

POLICE_ZONES = {
    "5339": ("21004", "21009"),
    "5340": ("21001", "21007", "21013"),
    "5341": ("21003", "21008", "21010", "21011", "21012"),
    "5342": ("21016", "21017", "21002"),
    "5343": ("21005", "21018", "21019"),
    "5344": ("21015", "21006", "21014"),
}
POSTAL_CODES = {
    "21001": "1070", "21002": "1160", "21003": "1082", "21004": "1000",
    "21005": "1040", "21006": "1140", "21007": "1190", "21008": "1083",
    "21009": "1050", "21010": "1090", "21011": "1081", "21012": "1080",
    "21013": "1060", "21014": "1210", "21015": "1030", "21016": "1180",
    "21017": "1170", "21018": "1200", "21019": "1150",
}  # fmt: skip
# Real street kinds by French prefix: (prefix, TYPE, HIERARCHY, run length).
STREET_KINDS = (
    ("Grand-Place", "P", 3, 1),
    ("Place ", "P", 3, 2),
    ("Boulevard ", "S", 1, 6),
    ("Avenue ", "S", 2, 6),
    ("Chaussée ", "S", 2, 6),
    ("Quai ", "S", 3, 4),
    ("Rue ", "S", 3, 4),
)

ATTRIBUTION = "Realized by means of Brussels UrbIS® © — Distribution: Paradigm"
LICENCE = (
    "UrbIS is open data of the Brussels-Capital Region, free to reuse under the Region's open-data licence with the "
    f'mandatory attribution "{ATTRIBUTION}". The Region boundary is UrbIS-Adm UrbAdm_REGION as republished in '
    "FARI-brussels/fari-twin-toolkit (Apache-2.0). The synthetic parts are generated by paradigm_carto "
    "scripts/build_sample.py (GPL-2.0-or-later)."
)
REAL_NOTE = (
    "Real: the Region boundary (UrbIS-Adm), the 19 municipalities' NIS codes and French/Dutch names, their police "
    "zones and postal codes, and 70 real street names."
)
SYNTHETIC_NOTE = (
    "Synthetic: municipal boundaries approximated by a Voronoi diagram of seed points clipped to the real Region; "
    "streets (a regular grid), blocks, buildings, parcels and addresses are generated and describe nothing real."
)
LAYER_NOTES = {
    "Region": "Real boundary of the Brussels-Capital Region (UrbIS-Adm).",
    "Municipalities": "Real NIS codes, French/Dutch names and police zones; approximate geometry (Voronoi of seed "
    "points clipped to the real Region).",
    "StreetAxes": "Synthetic street grid; 70 real street names placed near their municipality, all other names "
    "synthetic.",
    "Blocks": "Synthetic blocks between the grid streets, split by municipality.",
    "Buildings": "Synthetic terraced buildings along the block frontages.",
    "CadastralParcels": "Synthetic parcels, one per building; CAPAKEY and division (the municipality's NIS code) are "
    "synthetic.",
    "Addresses": "Synthetic addresses with the fronting street's name, real postal codes and municipality names.",
}


@dataclass(frozen=True)
class Municipality:
    """A municipality: real codes and names, approximate geometry."""

    nis: str
    name_fr: str
    name_nl: str
    seeds: np.ndarray  # (n, 2) Lambert 72 coordinates
    geom: shapely.Geometry


@dataclass(frozen=True)
class StreetName:
    """A bilingual street name with its UrbIS TYPE and HIERARCHY."""

    fr: str
    nl: str
    type: str
    hierarchy: int


@dataclass(frozen=True)
class Grid:
    """Regular street grid: ``nx`` vertical and ``ny`` horizontal lines."""

    x0: float
    y0: float
    nx: int
    ny: int
    spacing: float

    def x(self, i: np.ndarray | int) -> np.ndarray:
        """Abscissa of vertical line(s) ``i``."""
        return self.x0 + np.asarray(i) * self.spacing

    def y(self, j: np.ndarray | int) -> np.ndarray:
        """Ordinate of horizontal line(s) ``j``."""
        return self.y0 + np.asarray(j) * self.spacing

    def code(self, orient: np.ndarray | int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Segment code: H from node (i, j) to (i+1, j), V from (i, j) to (i, j+1)."""
        return (np.asarray(orient) * self.ny + j) * self.nx + i

    def decode(self, code: np.ndarray | int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Inverse of :meth:`code`: (orient, i, j)."""
        rest, i = np.divmod(code, self.nx)
        orient, j = np.divmod(rest, self.ny)
        return orient, i, j

    def cell_box(self, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, ...]:
        """Bounds of the block of cell (i, j): the cell minus the streets."""
        i, j = np.asarray(i), np.asarray(j)
        return (
            self.x(i) + HALF_WIDTH,
            self.y(j) + HALF_WIDTH,
            self.x(i + 1) - HALF_WIDTH,
            self.y(j + 1) - HALF_WIDTH,
        )


@dataclass
class Streets:
    """Street axes, one per clipped grid segment piece, sorted by code."""

    codes: np.ndarray
    geoms: np.ndarray
    names: list[StreetName]
    start_nodes: np.ndarray
    end_nodes: np.ndarray

    def ids(self) -> list[str]:
        """INSPIRE_ID of every axis."""
        return [f"{SAMPLE_ID}.SA.{n:06d}" for n in range(1, len(self.codes) + 1)]


@dataclass
class Blocks:
    """Blocks: grid cells clipped to one municipality each."""

    cell_i: np.ndarray
    cell_j: np.ndarray
    muni: np.ndarray
    full: np.ndarray  # the block is the whole shrunk cell
    geoms: np.ndarray

    def ids(self) -> list[str]:
        """INSPIRE_ID of every block."""
        return [f"{SAMPLE_ID}.BL.{n:06d}" for n in range(1, len(self.geoms) + 1)]


@dataclass
class Candidates:
    """Possible plots along the frontages of the cells that have blocks."""

    i: np.ndarray
    j: np.ndarray
    side: np.ndarray
    a0: np.ndarray  # interval along the frontage, from the block box corner
    a1: np.ndarray
    depth: np.ndarray  # building depth

    def take(self, index: np.ndarray) -> Candidates:
        """The candidates at ``index``."""
        return Candidates(*(value[index] for value in vars(self).values()))


@dataclass
class Plots:
    """Built plots (parcel, building, address point), one row each."""

    cand: np.ndarray  # stable candidate number (identifier)
    block: np.ndarray
    street: np.ndarray  # index into Streets
    number: np.ndarray
    capakeys: list[str]
    parcels: np.ndarray
    buildings: np.ndarray
    points: np.ndarray

    def ids(self, kind: str) -> list[str]:
        """Identifiers of a kind of feature (BU, CP, AD)."""
        return [f"{SAMPLE_ID}.{kind}.{c:07d}" for c in self.cand.tolist()]


# --- inputs -------------------------------------------------------------------


@functools.cache
def transformer() -> Transformer:
    """CRS84 to EPSG:31370, pinned to one operation so that installed PROJ grids never change the output."""
    group = TransformerGroup("OGC:CRS84", f"EPSG:{EPSG}", always_xy=True)
    for candidate in group.transformers:
        if TRANSFORMATION in candidate.description:
            return candidate
    raise RuntimeError(f"PROJ does not offer the transformation {TRANSFORMATION!r}")


def to_lambert(lon: Sequence[float], lat: Sequence[float]) -> np.ndarray:
    """CRS84 lon/lat to EPSG:31370 coordinates, shape (n, 2)."""
    return np.column_stack(transformer().transform(lon, lat))


def grand_place() -> shapely.Geometry:
    """The real Grand-Place in EPSG:31370."""
    return shapely.points(to_lambert([GRAND_PLACE[0]], [GRAND_PLACE[1]]))[0]


def load_region(input_dir: Path) -> tuple[shapely.Geometry, dict]:
    """The real Region boundary in EPSG:31370 and its source properties."""
    data = json.loads((input_dir / "region_urbadm.geojson").read_text("utf-8"))
    feature = data["features"][0]
    geom = shapely.geometry.shape(feature["geometry"])
    region = shapely.transform(geom, lambda xy: to_lambert(xy[:, 0], xy[:, 1]))
    return shapely.normalize(region), feature["properties"]


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV file."""
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def load_municipalities(input_dir: Path, region: shapely.Geometry) -> list[Municipality]:
    """Municipalities by NIS code; geometry: Voronoi of the seeds in the Region."""
    rows = read_csv(input_dir / "municipalities.csv")
    lon = [float(r["seed_lon"]) for r in rows]
    seeds = to_lambert(lon, [float(r["seed_lat"]) for r in rows])
    points = shapely.points(seeds)
    envelope = shapely.buffer(region.envelope, 5000.0)
    diagram = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=envelope)
    cells = shapely.get_parts(diagram)
    seed, cell = shapely.STRtree(cells).query(points, predicate="within")
    cell_of_seed = dict(zip(seed.tolist(), cell.tolist(), strict=True))
    result = []
    for nis in sorted({r["niscode"] for r in rows}):
        members = [k for k, r in enumerate(rows) if r["niscode"] == nis]
        merged = shapely.union_all(cells[[cell_of_seed[k] for k in members]])
        geom = shapely.normalize(shapely.intersection(merged, region))
        row = rows[members[0]]
        result.append(Municipality(nis, row["name_fr"], row["name_nl"], seeds[members], geom))
    return result


def street_kind(name_fr: str) -> tuple[str, int, int]:
    """(TYPE, HIERARCHY, run length) of a real street from its French name."""
    for prefix, type_, hierarchy, run in STREET_KINDS:
        if name_fr.startswith(prefix):
            return type_, hierarchy, run
    raise ValueError(f"unknown street kind: {name_fr}")


# --- streets ------------------------------------------------------------------


def make_grid(region: shapely.Geometry, spacing: float) -> Grid:
    """Grid on multiples of ``spacing``, covering the Region."""
    minx, miny, maxx, maxy = region.bounds
    x0 = np.floor(minx / spacing) * spacing
    y0 = np.floor(miny / spacing) * spacing
    nx = int(np.ceil((maxx - x0) / spacing)) + 1
    ny = int(np.ceil((maxy - y0) / spacing)) + 1
    return Grid(float(x0), float(y0), nx, ny, spacing)


def grid_segments(grid: Grid) -> tuple[np.ndarray, np.ndarray]:
    """Codes (ascending) and lines of every grid segment."""
    orient, j, i = (a.ravel() for a in np.meshgrid([H, V], np.arange(grid.ny), np.arange(grid.nx), indexing="ij"))
    keep = np.where(orient == H, i < grid.nx - 1, j < grid.ny - 1)
    orient, i, j = orient[keep], i[keep], j[keep]
    start = np.column_stack([grid.x(i), grid.y(j)])
    end = np.column_stack([grid.x(i + (orient == H)), grid.y(j + (orient == V))])
    return grid.code(orient, i, j), shapely.linestrings(np.stack([start, end], axis=1))


def clip_line(line: shapely.Geometry, region: shapely.Geometry) -> list[shapely.Geometry]:
    """Pieces of a grid segment inside the Region, in the segment's direction."""
    merged = shapely.line_merge(shapely.intersection(line, region))
    pieces = [p for p in shapely.get_parts(merged) if p.geom_type == "LineString" and p.length >= MIN_STREET_LENGTH]
    direction = np.diff(shapely.get_coordinates(line), axis=0)[0]
    result = []
    for piece in pieces:
        coords = shapely.get_coordinates(piece)
        result.append(piece if np.dot(coords[-1] - coords[0], direction) > 0 else piece.reverse())
    return sorted(result, key=lambda p: tuple(shapely.get_coordinates(p)[0]))


def clip_segments(
    codes: np.ndarray, lines: np.ndarray, region: shapely.Geometry
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Clip segments to the Region: (codes, pieces, complete flag) per piece."""
    shapely.prepare(region)
    inside = shapely.contains_properly(region, lines)
    crossing = np.nonzero(~inside & shapely.intersects(region, lines))[0]
    cut = [(codes[k], piece) for k in crossing for piece in clip_line(lines[k], region)]
    all_codes = np.concatenate([codes[inside], [c for c, _ in cut]]).astype(int)
    all_geoms = np.concatenate([lines[inside], np.array([p for _, p in cut], dtype=object)])
    complete = np.r_[np.ones(inside.sum(), bool), np.zeros(len(cut), bool)]
    order = np.argsort(all_codes, kind="stable")
    return all_codes[order], all_geoms[order], complete[order]


def node_ids(grid: Grid, codes: np.ndarray, geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start/end node ids: grid node (i, j) is j*nx+i+1, boundary nodes follow."""
    orient, i, j = grid.decode(codes)
    ends = []
    extra: dict[tuple[float, float], int] = {}
    for position, di, dj in ((0, 0, 0), (-1, orient == H, orient == V)):
        xy = shapely.get_coordinates(shapely.get_point(geoms, position))
        ni, nj = i + di, j + dj
        on_grid = (xy[:, 0] == grid.x(ni)) & (xy[:, 1] == grid.y(nj))
        ids = np.where(on_grid, nj * grid.nx + ni + 1, 0)
        for k in np.nonzero(~on_grid)[0]:
            key = (round(xy[k, 0], 3), round(xy[k, 1], 3))
            ids[k] = extra.setdefault(key, grid.nx * grid.ny + len(extra) + 1)
        ends.append(ids)
    return ends[0], ends[1]


def synthetic_name(orient: int, line: int) -> StreetName:
    """Clearly synthetic bilingual name of a grid line."""
    label = f"{'H' if orient == H else 'V'}{line}"
    if line % AVENUE_EVERY == 0:
        return StreetName(f"Avenue synthétique {label}", f"Synthetische laan {label}", "S", 3)
    return StreetName(f"Rue synthétique {label}", f"Synthetische straat {label}", "S", 4)


class NamePlacer:
    """Places real street names on free runs of complete grid segments."""

    def __init__(self, grid: Grid, muni_of_segment: np.ndarray) -> None:
        self.grid = grid
        self.muni = muni_of_segment  # (2, ny, nx), -1 where no complete segment
        self.blocked = np.zeros_like(muni_of_segment, dtype=bool)

    def lines(self, orient: int) -> tuple[np.ndarray, np.ndarray]:
        """(municipality, blocked) views with one row per grid line."""
        if orient == H:
            return self.muni[H], self.blocked[H]
        return self.muni[V].T, self.blocked[V].T

    def middles(self, orient: int, lines: np.ndarray, starts: np.ndarray, run: int) -> np.ndarray:
        """World coordinates of the middles of runs."""
        along = starts + run / 2
        if orient == H:
            return np.column_stack([self.grid.x(along), self.grid.y(lines)])
        return np.column_stack([self.grid.x(lines), self.grid.y(along)])

    def best_run(self, muni: int, run: int, seeds: np.ndarray) -> tuple[int, int, int] | None:
        """(orient, line, start) of the free run nearest the seeds, if any."""
        best, best_distance = None, np.inf
        for orient in (H, V):
            munis, blocked = self.lines(orient)
            if munis.shape[1] < run:
                continue
            free = (munis == muni) & ~blocked
            lines, starts = np.nonzero(sliding_window_view(free, run, axis=1).all(axis=2))
            if not len(lines):
                continue
            offsets = self.middles(orient, lines, starts, run)[:, None, :] - seeds[None]
            distance = np.hypot(offsets[..., 0], offsets[..., 1]).min(axis=1)
            k = int(np.argmin(distance))
            if distance[k] < best_distance:
                best, best_distance = (orient, int(lines[k]), int(starts[k])), distance[k]
        return best

    def block(self, orient: int, line: int, start: int, length: int) -> None:
        """Keep a run and its neighbours on the line free of other names."""
        self.lines(orient)[1][line, max(start - 1, 0) : start + length + 1] = True

    def place(self, muni: int, run: int, seeds: np.ndarray) -> list[int]:
        """Codes of the best free run (shortened if needed), then blocked."""
        for length in range(run, 0, -1):
            found = self.best_run(muni, length, seeds)
            if found:
                orient, line, start = found
                self.block(orient, line, start, length)
                along = np.arange(start, start + length)
                if orient == H:
                    return self.grid.code(H, along, line).tolist()
                return self.grid.code(V, line, along).tolist()
        raise ValueError(f"no free grid segment left in municipality #{muni}")


def segment_municipalities(
    grid: Grid,
    codes: np.ndarray,
    geoms: np.ndarray,
    complete: np.ndarray,
    municipalities: list[Municipality],
) -> np.ndarray:
    """(2, ny, nx) municipality index of complete segments (by midpoint), else -1."""
    result = np.full((2, grid.ny, grid.nx), -1)
    middles = shapely.line_interpolate_point(geoms[complete], 0.5, normalized=True)
    tree = shapely.STRtree([m.geom for m in municipalities])
    segment, muni = tree.query(middles, predicate="within")
    orient, i, j = grid.decode(codes[complete][segment])
    result[orient, j, i] = muni
    return result


def name_streets(
    grid: Grid,
    codes: np.ndarray,
    geoms: np.ndarray,
    complete: np.ndarray,
    municipalities: list[Municipality],
    street_rows: list[dict[str, str]],
) -> list[StreetName]:
    """Name every street piece: real names near their municipality, else synthetic."""
    placer = NamePlacer(grid, segment_municipalities(grid, codes, geoms, complete, municipalities))
    distance = shapely.distance(geoms[complete], grand_place())
    gp_code = int(codes[complete][np.argmin(distance)])
    orient, i, j = (int(v) for v in grid.decode(gp_code))
    placer.block(orient, *((j, i) if orient == H else (i, j)), 1)
    nis_index = {m.nis: k for k, m in enumerate(municipalities)}
    names: dict[int, StreetName] = {}
    for row in street_rows:
        type_, hierarchy, run = street_kind(row["name_fr"])
        name = StreetName(row["name_fr"], row["name_nl"], type_, hierarchy)
        k = nis_index[row["niscode"]]
        is_grand_place = name.fr == "Grand-Place"
        main_seed = municipalities[k].seeds[:1]
        for code in [gp_code] if is_grand_place else placer.place(k, run, main_seed):
            names[code] = name
    result = []
    for code in codes.tolist():
        orient, i, j = (int(v) for v in grid.decode(code))
        result.append(names.get(code) or synthetic_name(orient, j if orient == H else i))
    return result


def build_streets(
    grid: Grid,
    region: shapely.Geometry,
    municipalities: list[Municipality],
    street_rows: list[dict[str, str]],
) -> Streets:
    """The synthetic street network with real and synthetic names."""
    codes, geoms, complete = clip_segments(*grid_segments(grid), region)
    names = name_streets(grid, codes, geoms, complete, municipalities, street_rows)
    return Streets(codes, geoms, names, *node_ids(grid, codes, geoms))


# --- blocks -------------------------------------------------------------------


def build_blocks(grid: Grid, municipalities: list[Municipality]) -> Blocks:
    """Cells shrunk by the street half-width, split by municipality."""
    j, i = (a.ravel() for a in np.meshgrid(np.arange(grid.ny - 1), np.arange(grid.nx - 1), indexing="ij"))
    boxes = shapely.box(*grid.cell_box(i, j))
    munis = np.array([m.geom for m in municipalities])
    shapely.prepare(munis)
    cell, muni = shapely.STRtree(munis).query(boxes, predicate="intersects")
    order = np.lexsort((muni, cell))
    cell, muni = cell[order], muni[order]
    full = shapely.contains_properly(munis[muni], boxes[cell])
    pieces = boxes[cell].copy()
    pieces[~full] = shapely.intersection(boxes[cell[~full]], munis[muni[~full]])
    parts, source = shapely.get_parts(pieces, return_index=True)
    keep = (shapely.get_type_id(parts) == 3) & (shapely.area(parts) >= MIN_BLOCK_AREA)
    parts, source = parts[keep], source[keep]
    return Blocks(i[cell[source]], j[cell[source]], muni[source], full[source], parts)


# --- plots --------------------------------------------------------------------


def frontage_patterns(spacing: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Plot intervals along a frontage for each rotation of WIDTHS.

    Returns (count, start, end), start/end padded to the longest pattern.
    """
    usable = spacing - 2 * HALF_WIDTH - 2 * CORNER
    if usable < max(WIDTHS):
        raise ValueError(f"the grid spacing must be at least {2 * (HALF_WIDTH + CORNER) + max(WIDTHS)} m")
    edges = []
    for r in range(len(WIDTHS)):
        cycle = WIDTHS[r:] + WIDTHS[:r]
        widths: list[float] = []
        while sum(widths) + cycle[len(widths) % len(cycle)] <= usable:
            widths.append(cycle[len(widths) % len(cycle)])
        edges.append(CORNER + np.r_[0.0, np.cumsum(widths)] * usable / sum(widths))
    longest = max(len(e) for e in edges)
    padded = np.array([np.pad(e, (0, longest - len(e)), mode="edge") for e in edges])
    return np.array([len(e) - 1 for e in edges]), padded[:, :-1], padded[:, 1:]


def candidate_plots(blocks: Blocks, spacing: float) -> Candidates:
    """Candidates ordered by cell (j, i), side (S, E, N, W), position."""
    cells = np.unique(np.column_stack([blocks.cell_j, blocks.cell_i]), axis=0)
    j, i = np.repeat(cells[:, 0], 4), np.repeat(cells[:, 1], 4)
    side = np.tile(np.arange(4), len(cells))
    counts, starts, ends = frontage_patterns(spacing)
    rotation = (i + 2 * j + side) % len(WIDTHS)
    n = counts[rotation]
    owner = np.repeat(np.arange(len(side)), n)
    rank = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)
    r = rotation[owner]
    depth = np.array(DEPTHS)[np.arange(n.sum()) % len(DEPTHS)]
    return Candidates(i[owner], j[owner], side[owner], starts[r, rank], ends[r, rank], depth)


def plot_geometries(grid: Grid, c: Candidates) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(parcel, building, address point) of every candidate."""
    bx0, by0, bx1, by1 = grid.cell_box(c.i, c.j)
    along_x = (c.side == SOUTH) | (c.side == NORTH)
    origin = np.where(along_x, bx0, by0)
    lo, hi = origin + c.a0, origin + c.a1
    front = np.select([c.side == SOUTH, c.side == EAST, c.side == NORTH], [by0, bx1, by1], bx0)
    inward = np.where((c.side == SOUTH) | (c.side == WEST), 1.0, -1.0)

    def rectangle(d0: float, d1: np.ndarray | float) -> np.ndarray:
        near, far = front + inward * d0, front + inward * d1
        a, b = np.minimum(near, far), np.maximum(near, far)
        return shapely.box(
            np.where(along_x, lo, a), np.where(along_x, a, lo), np.where(along_x, hi, b), np.where(along_x, b, hi)
        )

    middle, depth = (lo + hi) / 2, front + inward * ADDRESS_DEPTH
    points = shapely.points(np.where(along_x, middle, depth), np.where(along_x, depth, middle))
    return rectangle(0.0, PARCEL_DEPTH), rectangle(SETBACK, SETBACK + c.depth), points


def locate_plots(
    grid: Grid, blocks: Blocks, c: Candidates, parcels: np.ndarray, buildings: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(candidate, block): parcel within the block, building strictly inside."""
    cell_block = np.full((grid.ny, grid.nx), -1)
    whole = np.nonzero(blocks.full)[0]
    cell_block[blocks.cell_j[whole], blocks.cell_i[whole]] = whole
    block = cell_block[c.j, c.i]
    simple, rest = np.nonzero(block >= 0)[0], np.nonzero(block < 0)[0]
    partial = np.nonzero(~blocks.full)[0]
    cand, hit = shapely.STRtree(blocks.geoms[partial]).query(parcels[rest], predicate="within")
    cand, hit = rest[cand], partial[hit]
    inside = shapely.contains_properly(blocks.geoms[hit], buildings[cand])
    cand = np.concatenate([simple, cand[inside]])
    block = np.concatenate([block[simple], hit[inside]])
    order = np.argsort(cand)
    return cand[order], block[order]


def fronting_segment(grid: Grid, c: Candidates) -> tuple[np.ndarray, np.ndarray]:
    """Code of the segment each candidate fronts, and whether it is on the odd side."""
    orient = np.where((c.side == SOUTH) | (c.side == NORTH), H, V)
    code = grid.code(orient, c.i + (c.side == EAST), c.j + (c.side == NORTH))
    odd = (c.side == SOUTH) | (c.side == EAST)  # left of the W->E / S->N direction
    return code, odd


def nearest_piece(streets: Streets, codes: np.ndarray, points: np.ndarray) -> np.ndarray:
    """Index of the street piece of each code nearest each point (-1: none)."""
    first = np.searchsorted(streets.codes, codes, side="left")
    count = np.searchsorted(streets.codes, codes, side="right") - first
    result = np.where(count > 0, first, -1)
    for k in np.nonzero(count > 1)[0]:
        pieces = np.arange(first[k], first[k] + count[k])
        result[k] = pieces[np.argmin(shapely.distance(streets.geoms[pieces], points[k]))]
    return result


def house_numbers(street_key: np.ndarray, odd: np.ndarray, along: np.ndarray) -> np.ndarray:
    """Odd/even numbers per street and side, increasing along the street."""
    order = np.lexsort((along, odd, street_key))
    key = np.column_stack([street_key, odd])[order]
    new_group = np.r_[True, np.any(key[1:] != key[:-1], axis=1)]
    group_start = np.maximum.accumulate(np.where(new_group, np.arange(len(order)), 0))
    rank = np.empty(len(order), dtype=int)
    rank[order] = np.arange(len(order)) - group_start
    return 2 * rank + np.where(odd, 1, 2)


def capakeys(muni: np.ndarray, municipalities: list[Municipality]) -> list[str]:
    """Synthetic unique CAPAKEY-like keys, numbered per municipality."""
    counters = [0] * len(municipalities)
    keys = []
    for k in muni.tolist():
        section, number = divmod(counters[k], 9999)
        counters[k] += 1
        keys.append(f"{municipalities[k].nis}{chr(65 + section)}{number + 1:04d}/00_000")
    return keys


def fill_order(blocks: Blocks, block: np.ndarray, cand: np.ndarray) -> np.ndarray:
    """Plot order: blocks by distance from the Grand-Place, then candidate."""
    distance = shapely.distance(shapely.centroid(blocks.geoms), grand_place())
    block_rank = np.empty(len(distance), dtype=int)
    block_rank[np.argsort(distance, kind="stable")] = np.arange(len(distance))
    return np.lexsort((cand, block_rank[block]))


def build_plots(
    grid: Grid,
    blocks: Blocks,
    streets: Streets,
    municipalities: list[Municipality],
    count: int,
) -> Plots:
    """The ``count`` plots nearest the Grand-Place, block by block."""
    c = candidate_plots(blocks, grid.spacing)
    parcels, buildings, points = plot_geometries(grid, c)
    cand, block = locate_plots(grid, blocks, c, parcels, buildings)
    codes, odd = fronting_segment(grid, c.take(cand))
    street = nearest_piece(streets, codes, points[cand])
    served = street >= 0
    cand, block, street, odd = cand[served], block[served], street[served], odd[served]
    if count > len(cand):
        raise ValueError(f"at most {len(cand)} buildings fit in the Region, not {count}")
    name = np.unique([n.fr for n in streets.names], return_inverse=True)[1][street]
    street_key = name * len(municipalities) + blocks.muni[block]
    along = np.where(np.isin(c.side[cand], (SOUTH, NORTH)), shapely.get_x(points[cand]), shapely.get_y(points[cand]))
    numbers = house_numbers(street_key, odd, along)
    keys = capakeys(blocks.muni[block], municipalities)
    chosen = np.sort(fill_order(blocks, block, cand)[:count])
    picked = cand[chosen]
    return Plots(
        picked,
        block[chosen],
        street[chosen],
        numbers[chosen],
        [keys[k] for k in chosen.tolist()],
        parcels[picked],
        buildings[picked],
        points[picked],
    )


# --- layers -------------------------------------------------------------------

STRING, INTEGER, REAL = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal


@dataclass
class Layer:
    """A layer to write: name, geometry type, fields and rows."""

    name: str
    geometry_type: int
    fields: list[tuple[str, int]]
    geoms: Sequence[shapely.Geometry]
    rows: list[tuple]


def police_zone(nis: str) -> str:
    """Police zone number of a municipality."""
    return next(zone for zone, members in POLICE_ZONES.items() if nis in members)


def region_layer(region: shapely.Geometry, props: dict) -> Layer:
    """The Region layer (real boundary)."""
    fields = [("INSPIRE_ID", STRING), ("NAMEFRE", STRING), ("NAMEDUT", STRING), ("AREA", REAL)]
    row = (props["INSPIRE_ID"], props["NAME_FRE"], props["NAME_DUT"], round(region.area, 2))
    return Layer("Region", ogr.wkbMultiPolygon, fields, [region], [row])


def municipality_layer(municipalities: list[Municipality]) -> Layer:
    """The Municipalities layer (real codes, approximate geometry)."""
    fields = [
        ("ID", STRING),
        ("NISCODE", STRING),
        ("NAMEFRE", STRING),
        ("NAMEDUT", STRING),
        ("POLICEZONE", STRING),
        ("AREA", REAL),
    ]
    rows = [
        (MUNICIPALITY_URI + m.nis, m.nis, m.name_fr, m.name_nl, police_zone(m.nis), round(m.geom.area, 2))
        for m in municipalities
    ]
    geoms = [m.geom for m in municipalities]
    return Layer("Municipalities", ogr.wkbMultiPolygon, fields, geoms, rows)


def street_layer(streets: Streets) -> Layer:
    """The StreetAxes layer."""
    fields = [
        ("INSPIRE_ID", STRING),
        ("TYPE", STRING),
        ("HIERARCHY", INTEGER),
        ("LVL", INTEGER),
        ("STRNAMEFRE", STRING),
        ("STRNAMEDUT", STRING),
        ("LENGTH", REAL),
        ("STARTSN_ID", INTEGER),
        ("ENDSN_ID", INTEGER),
    ]
    lengths = np.round(shapely.length(streets.geoms), 2).tolist()
    rows = [
        (sid, n.type, n.hierarchy, 0, n.fr, n.nl, length, a, b)
        for sid, n, length, a, b in zip(
            streets.ids(), streets.names, lengths, streets.start_nodes.tolist(), streets.end_nodes.tolist(), strict=True
        )
    ]
    return Layer("StreetAxes", ogr.wkbLineString, fields, streets.geoms, rows)


def block_layer(blocks: Blocks) -> Layer:
    """The Blocks layer (TYPE 'B': built-up block, a synthetic code; no names)."""
    fields = [("INSPIRE_ID", STRING), ("TYPE", STRING), ("NAMEFRE", STRING), ("LVL", INTEGER)]
    rows = [(bid, "B", None, 0) for bid in blocks.ids()]
    return Layer("Blocks", ogr.wkbPolygon, fields, blocks.geoms, rows)


def building_layer(plots: Plots, blocks: Blocks) -> Layer:
    """The Buildings layer (CAPA_ID: the parcel's INSPIRE_ID)."""
    fields = [("INSPIRE_ID", STRING), ("CAPA_ID", STRING), ("CAPAKEY", STRING), ("BLOCK_ID", STRING), ("AREA", REAL)]
    block_ids = blocks.ids()
    areas = np.round(shapely.area(plots.buildings), 2).tolist()
    rows = [
        (bu, cp, key, block_ids[b], area)
        for bu, cp, key, b, area in zip(
            plots.ids("BU"), plots.ids("CP"), plots.capakeys, plots.block.tolist(), areas, strict=True
        )
    ]
    return Layer("Buildings", ogr.wkbPolygon, fields, plots.buildings, rows)


def parcel_layer(plots: Plots, blocks: Blocks, municipalities: list[Municipality]) -> Layer:
    """The CadastralParcels layer (TYPE 'PR': private parcel, a synthetic code)."""
    fields = [
        ("CAPAKEY", STRING),
        ("TYPE", STRING),
        ("CADAST_DIV", STRING),
        ("MUNNISCODE", STRING),
        ("INSPIRE_ID", STRING),
        ("AREA", REAL),
    ]
    nis = [municipalities[k].nis for k in blocks.muni[plots.block].tolist()]
    areas = np.round(shapely.area(plots.parcels), 2).tolist()
    rows = [
        (key, "PR", n, n, cp, area)
        for key, n, cp, area in zip(plots.capakeys, nis, plots.ids("CP"), areas, strict=True)
    ]
    return Layer("CadastralParcels", ogr.wkbPolygon, fields, plots.parcels, rows)


def address_layer(plots: Plots, blocks: Blocks, streets: Streets, municipalities: list[Municipality]) -> Layer:
    """The Addresses layer (STREET_ID: the fronting street axis's INSPIRE_ID)."""
    fields = [
        ("INSPIRE_ID", STRING),
        ("STREET_ID", STRING),
        ("STRNAMEFRE", STRING),
        ("STRNAMEDUT", STRING),
        ("POLICENUM", STRING),
        ("BOXNUMBER", STRING),
        ("ZIPCODE", STRING),
        ("MUNNISCODE", STRING),
        ("MUNNAMEFRE", STRING),
        ("MUNNAMEDUT", STRING),
        ("CAPAKEY", STRING),
        ("BU_ID", STRING),
    ]
    street_ids = streets.ids()
    rows = []
    for ad, bu, key, k, s, number in zip(
        plots.ids("AD"),
        plots.ids("BU"),
        plots.capakeys,
        blocks.muni[plots.block].tolist(),
        plots.street.tolist(),
        plots.number.tolist(),
        strict=True,
    ):
        m, name = municipalities[k], streets.names[s]
        place = (POSTAL_CODES[m.nis], m.nis, m.name_fr, m.name_nl)
        rows.append((ad, street_ids[s], name.fr, name.nl, str(number), None, *place, key, bu))
    return Layer("Addresses", ogr.wkbPoint, fields, plots.points, rows)


# --- writing ------------------------------------------------------------------


def short_description(name: str) -> str:
    """gpkg_contents.description of a layer."""
    return f"UrbIS sample (partly synthetic). {LAYER_NOTES[name]} {ATTRIBUTION}."


def write_layer(dataset: gdal.Dataset, srs: osr.SpatialReference, layer: Layer) -> None:
    """Create one GeoPackage table with a spatial index and fill it."""
    options = [
        "FID=fid",
        "GEOMETRY_NAME=geom",
        "SPATIAL_INDEX=YES",
        f"IDENTIFIER={layer.name}",
        f"DESCRIPTION={short_description(layer.name)}",
    ]
    target = dataset.CreateLayer(layer.name, srs, layer.geometry_type, options=options)
    for name, type_ in layer.fields:
        target.CreateField(ogr.FieldDefn(name, type_))
    definition = target.GetLayerDefn()
    multi = layer.geometry_type == ogr.wkbMultiPolygon
    target.StartTransaction()
    for wkb, row in zip(shapely.to_wkb(layer.geoms), layer.rows, strict=True):
        feature = ogr.Feature(definition)
        geom = ogr.CreateGeometryFromWkb(wkb)
        feature.SetGeometryDirectly(ogr.ForceToMultiPolygon(geom) if multi else geom)
        for k, value in enumerate(row):
            if value is not None:
                feature.SetField(k, value)
        target.CreateFeature(feature)
    target.CommitTransaction()


def write_geopackage(output: Path, layers: list[Layer]) -> None:
    """Write all layers into a fresh GeoPackage."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.unlink(missing_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_TIMESTAMP)
    try:
        dataset = gdal.GetDriverByName("GPKG").Create(str(output), 0, 0, 0, gdal.GDT_Unknown)
        for layer in layers:
            write_layer(dataset, srs, layer)
        del dataset  # closes the file
    finally:
        gdal.SetConfigOption("OGR_CURRENT_DATE", None)


@contextlib.contextmanager
def qgis_session() -> Iterator[None]:
    """Ensure a QgsApplication exists; exit it afterwards only if started here."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        yield
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: no display needed
    app = QgsApplication([], False)
    app.initQgis()
    try:
        yield
    finally:
        app.exitQgis()


def layer_metadata(layer: Layer, buildings: int) -> QgsLayerMetadata:
    """QGIS metadata of a sample layer: title, abstract, rights, licence, CRS.

    No extent: Qt writes XML attributes in a random order, and the extent is
    the only element with several.
    """
    from qgis.core import QgsCoordinateReferenceSystem, QgsLayerMetadata

    metadata = QgsLayerMetadata()
    metadata.setIdentifier(layer.name)
    metadata.setTitle(f"{layer.name} — UrbIS sample (partly synthetic)")
    metadata.setType("dataset")
    metadata.setLanguage("en")
    metadata.setAbstract(
        f"{LAYER_NOTES[layer.name]}\n\n{REAL_NOTE}\n\n{SYNTHETIC_NOTE}\n\n"
        "Offline sample in the UrbIS 'urbisvector' schema, built by paradigm_carto "
        f"scripts/build_sample.py ({buildings} buildings).\n\n{ATTRIBUTION}."
    )
    metadata.setKeywords({"keywords": ["UrbIS", "Brussels", "sample", "synthetic"]})
    metadata.setRights([ATTRIBUTION])
    metadata.setLicenses([LICENCE])
    metadata.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{EPSG}"))
    return metadata


def save_metadata(output: Path, layers: list[Layer], buildings: int) -> None:
    """Store QGIS layer metadata in the GeoPackage (Layer Properties > Metadata)."""
    from qgis.core import QgsProviderRegistry

    with qgis_session():
        registry = QgsProviderRegistry.instance()
        for layer in layers:
            uri = f"{output}|layername={layer.name}"
            registry.saveLayerMetadata("ogr", uri, layer_metadata(layer, buildings))


def finalize(output: Path, layers: list[Layer]) -> None:
    """Fix timestamps and descriptions, drop GDAL's metadata copies, compact."""
    with contextlib.closing(sqlite3.connect(output)) as db:
        db.execute("UPDATE gpkg_contents SET last_change = ?", (FIXED_TIMESTAMP,))
        db.executemany(
            "UPDATE gpkg_contents SET description = ?, identifier = ? WHERE table_name = ?",
            [(short_description(layer.name), layer.name, layer.name) for layer in layers],
        )
        gdal_copies = "SELECT id FROM gpkg_metadata WHERE md_standard_uri = 'http://gdal.org'"
        db.execute(f"DELETE FROM gpkg_metadata_reference WHERE md_file_id IN ({gdal_copies})")
        db.execute(f"DELETE FROM gpkg_metadata WHERE id IN ({gdal_copies})")
        db.execute("UPDATE gpkg_metadata_reference SET timestamp = ?", (FIXED_TIMESTAMP,))
        db.commit()
        db.execute("VACUUM")


# --- entry points -------------------------------------------------------------


def build_sample(
    input_dir: Path = DEFAULT_INPUT,
    output: Path = DEFAULT_OUTPUT,
    buildings: int = DEFAULT_BUILDINGS,
    spacing: float = DEFAULT_SPACING,
) -> Path:
    """Build the sample GeoPackage with ``buildings`` buildings; return its path."""
    input_dir, output = Path(input_dir), Path(output)
    region, props = load_region(input_dir)
    municipalities = load_municipalities(input_dir, region)
    grid = make_grid(region, spacing)
    street_rows = read_csv(input_dir / "street_names.csv")
    streets = build_streets(grid, region, municipalities, street_rows)
    blocks = build_blocks(grid, municipalities)
    plots = build_plots(grid, blocks, streets, municipalities, buildings)
    layers = [
        region_layer(region, props),
        municipality_layer(municipalities),
        street_layer(streets),
        block_layer(blocks),
        building_layer(plots, blocks),
        parcel_layer(plots, blocks, municipalities),
        address_layer(plots, blocks, streets, municipalities),
    ]
    write_geopackage(output, layers)
    save_metadata(output, layers, buildings)
    finalize(output, layers)
    return output


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--input", type=Path, default=DEFAULT_INPUT, help="directory of the real inputs (default: %(default)s)"
    )
    parser.add_argument(
        "--output", type=Path, default=DEFAULT_OUTPUT, help="GeoPackage to write (default: %(default)s)"
    )
    parser.add_argument(
        "--buildings", type=int, default=DEFAULT_BUILDINGS, help="number of buildings (default: %(default)s)"
    )
    parser.add_argument(
        "--spacing", type=float, default=DEFAULT_SPACING, help="street grid spacing in metres (default: %(default)s)"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    """Build the sample from the command line; report size and time."""
    args = parse_args(argv)
    started = time.perf_counter()
    output = build_sample(args.input, args.output, args.buildings, args.spacing)
    print(
        f"{output}: {args.buildings} buildings, "
        f"{output.stat().st_size / 1e6:.2f} MB, {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()
