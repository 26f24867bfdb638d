"""Spatial indexes of layers, built once (C++ bulk load) and kept up to date across commits.

A :class:`LayerData` holds a QgsSpatialIndex storing the geometries (in the CRS
of the layer being validated), the wanted attribute values, and lazily prepared
GEOS engines for fast repeated predicates (e.g. one block tested against many
buildings). :class:`IndexCache` keeps one per layer for incremental checks and
follows the layer's committed changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsFeedback,
    QgsGeometry,
    QgsGeometryEngine,
    QgsProject,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)


def geometry_kind(layer: QgsVectorLayer) -> str:
    """'polygon', 'line', 'point' or 'unknown' for a layer (version-neutral)."""
    from qgis.core import QgsWkbTypes

    name = QgsWkbTypes.geometryDisplayString(QgsWkbTypes.geometryType(layer.wkbType())).lower()
    return {"polygon": "polygon", "line": "line", "point": "point"}.get(name, "unknown")


def transform_context() -> QgsCoordinateTransformContext:
    """The current project's datum-transform choices."""
    return QgsProject.instance().transformContext()


def request_for(
    layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem | None, fields: Sequence[str] = ()
) -> QgsFeatureRequest:
    """A request for geometries (reprojected to `crs` when needed) and only `fields`."""
    request = QgsFeatureRequest()
    if fields:
        request.setSubsetOfAttributes(list(fields), layer.fields())
    else:
        request.setNoAttributes()
    if crs is not None and crs.isValid() and layer.crs().isValid() and layer.crs() != crs:
        request.setDestinationCrs(crs, transform_context())
    return request


class LayerData:
    """One layer's geometries in a spatial index, with attribute values and prepared engines."""

    def __init__(
        self,
        layer: QgsVectorLayer,
        crs: QgsCoordinateReferenceSystem | None = None,
        fields: Sequence[str] = (),
        committed: bool = False,
        feedback: QgsFeedback | None = None,
    ) -> None:
        self.name = layer.name()
        self.layer_id = layer.id()
        self.crs = crs
        self.fields = tuple(fields)
        self.committed = committed
        source = layer.dataProvider() if committed else layer
        request = request_for(layer, crs, self.fields)
        flags = QgsSpatialIndex.Flag.FlagStoreFeatureGeometries
        self.index = QgsSpatialIndex(source.getFeatures(request), feedback, flags)
        self.attributes: dict[int, list] = {}
        self.ids: set[int] | None = None
        if self.fields:
            indexes = [layer.fields().lookupField(f) for f in self.fields]
            self.ids = set()
            for feature in source.getFeatures(request):
                attrs = feature.attributes()
                self.attributes[feature.id()] = [attrs[i] if i >= 0 else None for i in indexes]
                self.ids.add(feature.id())
        self._layer = layer
        self._engines: dict[int, tuple[QgsGeometryEngine, QgsGeometry]] = {}
        self._outlines: dict[int, QgsGeometry] = {}
        self._boxes: dict[int, tuple[float, float, float, float]] = {}

    # --- reading ----------------------------------------------------------

    def geometry(self, fid: int) -> QgsGeometry:
        """The stored geometry of a feature (null geometry when unknown)."""
        return self.index.geometry(fid)

    def near(self, rect: QgsRectangle) -> list[int]:
        """Ids of the features whose bounding box intersects `rect`."""
        return self.index.intersects(rect)

    def all_ids(self) -> set[int]:
        """Every feature id (read once from the source when not known yet)."""
        if self.ids is None:
            source = self._layer.dataProvider() if self.committed else self._layer
            request = QgsFeatureRequest().setNoAttributes()
            request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
            self.ids = {f.id() for f in source.getFeatures(request)}
        return self.ids

    def prepared(self, fid: int) -> QgsGeometryEngine | None:
        """A prepared GEOS engine for a feature's geometry, made once."""
        engine = self._engines.get(fid)
        if engine is None:
            geometry = self.geometry(fid)
            if geometry.isNull() or geometry.isEmpty():
                return None
            engine = QgsGeometry.createGeometryEngine(geometry.constGet())
            engine.prepareGeometry()
            self._engines[fid] = (engine, geometry)  # keep the geometry alive with its engine
            return engine
        return engine[0]

    def bbox(self, fid: int) -> tuple[float, float, float, float]:
        """A feature's bounding box (made once)."""
        b = self._boxes.get(fid)
        if b is None:
            r = self.geometry(fid).boundingBox()
            b = self._boxes[fid] = (r.xMinimum(), r.yMinimum(), r.xMaximum(), r.yMaximum())
        return b

    def boundary(self, fid: int) -> QgsGeometry | None:
        """A polygon's outline (or a line itself), made once."""
        outline = self._outlines.get(fid)
        if outline is None:
            geometry = self.geometry(fid)
            if geometry.isNull() or geometry.isEmpty():
                return None
            shape = geometry.constGet().boundary()
            outline = QgsGeometry(shape) if shape is not None else geometry
            self._outlines[fid] = outline
        return outline

    # --- keeping up to date -------------------------------------------------

    def remove(self, fids: Iterable[int]) -> None:
        """Forget features (deleted, or about to be re-added with a new geometry)."""
        for fid in fids:
            geometry = self.index.geometry(fid)
            if not geometry.isNull():
                self.index.deleteFeature(_feature(fid, geometry))
            self._engines.pop(fid, None)
            self._outlines.pop(fid, None)
            self._boxes.pop(fid, None)
            self.attributes.pop(fid, None)
            if self.ids is not None:
                self.ids.discard(fid)

    def add(self, features: Iterable) -> None:
        """Add (or replace) features, reprojected like the rest."""
        features = list(features)
        self.remove(f.id() for f in features)
        transform = None
        if self.crs is not None and self.crs.isValid() and self._layer.crs() != self.crs:
            from qgis.core import QgsCoordinateTransform

            transform = QgsCoordinateTransform(self._layer.crs(), self.crs, transform_context())
        indexes = [self._layer.fields().lookupField(f) for f in self.fields]
        for feature in features:
            geometry = QgsGeometry(feature.geometry())
            if transform is not None and not geometry.isNull():
                geometry.transform(transform)
            if not geometry.isNull():
                self.index.addFeature(_feature(feature.id(), geometry))
            if self.fields:
                attrs = feature.attributes()
                self.attributes[feature.id()] = [attrs[i] if 0 <= i < len(attrs) else None for i in indexes]
            if self.ids is not None:
                self.ids.add(feature.id())


def _feature(fid: int, geometry: QgsGeometry):
    from qgis.core import QgsFeature

    feature = QgsFeature(fid)
    feature.setGeometry(geometry)
    return feature


class IndexCache:
    """LayerData per (layer, CRS, fields), built from the committed data once and updated on commit."""

    def __init__(self) -> None:
        self._data: dict[tuple, LayerData] = {}
        self._watched: set[str] = set()

    def get(
        self, layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem | None = None, fields: Sequence[str] = ()
    ) -> LayerData:
        """The cached data of a layer (built on first use)."""
        key = (layer.id(), crs.authid() if crs is not None else "", tuple(fields))
        data = self._data.get(key)
        if data is None:
            data = LayerData(layer, crs, fields, committed=True)
            self._data[key] = data
            self._watch(layer)
        return data

    def invalidate(self, layer_id: str | None = None) -> None:
        """Drop the cached data of one layer (all layers when None)."""
        for key in [k for k in self._data if layer_id is None or k[0] == layer_id]:
            del self._data[key]

    def _entries(self, layer_id: str) -> list[LayerData]:
        return [d for k, d in self._data.items() if k[0] == layer_id]

    def _watch(self, layer: QgsVectorLayer) -> None:
        if layer.id() in self._watched:
            return
        self._watched.add(layer.id())
        layer_id = layer.id()

        def added(_layer_id: str, features: list) -> None:
            for data in self._entries(layer_id):
                data.add(features)

        def removed(_layer_id: str, fids: list) -> None:
            for data in self._entries(layer_id):
                data.remove(fids)

        def geometries_changed(_layer_id: str, changes: dict) -> None:
            for data in self._entries(layer_id):
                source = data._layer
                request = QgsFeatureRequest().setFilterFids(list(changes))
                request.setSubsetOfAttributes(list(data.fields), source.fields())
                data.add(list(source.dataProvider().getFeatures(request)))

        def attributes_changed(_layer_id: str, changes: dict) -> None:
            for data in self._entries(layer_id):
                if data.fields:
                    geometries_changed(layer_id, {fid: None for fid in changes})

        def dropped(*_args: object) -> None:
            self.invalidate(layer_id)
            self._watched.discard(layer_id)

        layer.committedFeaturesAdded.connect(added)
        layer.committedFeaturesRemoved.connect(removed)
        layer.committedGeometriesChanges.connect(geometries_changed)
        layer.committedAttributeValuesChanges.connect(attributes_changed)
        layer.dataSourceChanged.connect(lambda: self.invalidate(layer_id))
        layer.subsetStringChanged.connect(lambda: self.invalidate(layer_id))
        layer.willBeDeleted.connect(dropped)


DEFAULT_CACHE = IndexCache()
