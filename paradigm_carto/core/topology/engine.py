"""Running a rule set: on a whole layer (:func:`validate_layer`) or on edited features only
(:func:`validate_features`, for a commit gate).

Why it is fast: every layer is read once through a QgsFeatureRequest that asks only
for what the rules need (no attributes unless an attribute rule needs them);
spatial indexes are bulk-loaded in C++ (QgsSpatialIndex from a feature iterator,
storing the geometries); pairs are pre-filtered on bounding boxes in plain Python
(two boxes that only touch cannot overlap, a box overlap not above the tolerance
cannot hide an overlap above it) so GEOS overlays run only on real suspects;
containment uses prepared GEOS engines made once per container (a block tested
against hundreds of buildings); incremental checks reuse indexes cached per layer
and updated on commit, so their cost depends on the neighbourhood of the edit,
not on the size of the layer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsProject,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ..i18n import tr
from .checks import (
    FEATURE_CHECKS,
    NEIGHBOUR_CHECKS,
    PAIR_CHECKS,
    Neighbours,
    Run,
    Subject,
    box,
    check_dangles,
    check_gaps,
    check_not_null,
    grid_pairs,
)
from .errors import TopologyError, ValidationResult
from .index import DEFAULT_CACHE, IndexCache, LayerData, geometry_kind
from .rules import ANY, Rule, RuleSet

PROGRESS_EVERY = 2000


@lru_cache(maxsize=1)
def _catalogue_aliases() -> dict[str, set[str]]:
    """lower-case name or catalogue id -> every lower-case name of the same reference layer."""
    try:
        from ..catalogue import load_catalogue

        catalogue = load_catalogue()
    except Exception:  # noqa: BLE001 - a broken catalogue must not break validation
        return {}
    aliases: dict[str, set[str]] = {}
    for ref in catalogue.layers:
        names = {ref.id.lower(), *(s.layer.lower() for s in ref.sources if not s.online or s.type != "wms")}
        for name in names:
            aliases.setdefault(name, set()).update(names)
    return aliases


def layer_names(name: str) -> set[str]:
    """Every lower-case name a reference layer is known by ("Blocks" -> {"blocks"}, "buildings" -> ...)."""
    key = name.strip().lower()
    return _catalogue_aliases().get(key, set()) | {key}


def find_related(name: str, related_layers: dict[str, QgsVectorLayer]) -> QgsVectorLayer | None:
    """The layer a rule calls `name`, by dictionary key, layer name or catalogue id (case blind)."""
    if name in related_layers:
        return related_layers[name]
    wanted = layer_names(name)
    for key, layer in related_layers.items():
        if layer is None:
            continue
        ref = layer.customProperty("paradigm_carto/ref_id") if hasattr(layer, "customProperty") else None
        if key.lower() in wanted or layer.name().lower() in wanted or (ref and str(ref).lower() in wanted):
            return layer
    return None


def missing_layers(rule_set: RuleSet, related_layers: dict[str, QgsVectorLayer]) -> list[tuple[str, str]]:
    """(layer name, rule id) of every required related layer not given (rules `when_present` excepted)."""
    missing = []
    for rule in rule_set.rules:
        if rule.when_present:
            continue
        for name in rule.related_layers():
            if not _available(name, related_layers):
                missing.append((name, rule.id))
    return missing


def _config_error(rule: Rule, layer_name: str, message: str) -> TopologyError:
    return TopologyError(rule.id, rule.severity, layer_name, (), message, None, "configuration")


def _related_fields(rules: Iterable[Rule]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for rule in rules:
        for name in rule.related_layers():
            fields.setdefault(name, [])
        if rule.check == "nis_code":
            fields[rule.param("layer")].append(rule.param("code_field"))
    return fields


def _own_fields(rules: Iterable[Rule]) -> list[str]:
    fields: list[str] = []
    for rule in rules:
        if rule.check == "bilingual_names":
            fields.extend(f for pair in rule.param("fields") for f in pair)
        elif rule.check == "nis_code":
            fields.append(rule.param("field"))
    return list(dict.fromkeys(fields))


def _plan(
    layer: QgsVectorLayer,
    rule_set: RuleSet,
    related_layers: dict[str, QgsVectorLayer],
    result: ValidationResult,
    related_data: callable,
) -> tuple[list[Rule], dict[str, LayerData], str]:
    """The rules that can run, the related layers' data; configuration problems go to `result`."""
    kind = geometry_kind(layer)
    active: list[Rule] = []
    for rule in rule_set.rules:
        kinds = rule.geometry_kinds
        if ANY not in kinds and kind not in kinds:
            message = tr("the rule '{rule}' ({check}) does not apply to the {kind} layer '{layer}'").format(
                rule=rule.id, check=rule.check, kind=kind, layer=layer.name()
            )
            result.errors.append(_config_error(rule, layer.name(), message))
            continue
        absent = [n for n in rule.related_layers() if not _available(n, related_layers)]
        if absent and rule.when_present:
            continue
        if absent:
            message = tr("the layer '{layer}' needed by the rule '{rule}' is missing").format(
                layer=absent[0], rule=rule.id
            )
            result.errors.append(_config_error(rule, layer.name(), message))
            continue
        missing_field = next((f for f in _own_fields([rule]) if layer.fields().lookupField(f) < 0), None)
        if missing_field is None and rule.check == "nis_code":
            other = find_related(rule.param("layer"), related_layers)
            if other.fields().lookupField(rule.param("code_field")) < 0:
                message = tr("the field '{field}' needed by the rule '{rule}' is not in the layer '{layer}'").format(
                    field=rule.param("code_field"), rule=rule.id, layer=other.name()
                )
                result.errors.append(_config_error(rule, layer.name(), message))
                continue
        if missing_field is not None:
            message = tr("the field '{field}' needed by the rule '{rule}' is not in the layer '{layer}'").format(
                field=missing_field, rule=rule.id, layer=layer.name()
            )
            result.errors.append(_config_error(rule, layer.name(), message))
            continue
        active.append(rule)
    related: dict[str, LayerData] = {}
    for name, fields in _related_fields(active).items():
        related[name] = related_data(find_related(name, related_layers), fields)
    return active, related, kind


def _available(name: str, related_layers: dict[str, QgsVectorLayer]) -> bool:
    layer = find_related(name, related_layers)
    return layer is not None and layer.isValid()


_NO_VALUES: dict[str, object] = {}  # shared, never written to


def _subject(feature: QgsFeature, fields: Sequence[str], indexes: Sequence[int]) -> Subject:
    values = _NO_VALUES
    if fields:
        attrs = feature.attributes()
        values = {name: attrs[i] if 0 <= i < len(attrs) else None for name, i in zip(fields, indexes)}
    return Subject(feature.id(), None, values).set_geometry(feature.geometry())


def _check_feature(run: Run, rules: list[Rule], null_rules: list[Rule], s: Subject) -> None:
    for rule in null_rules:
        check_not_null(run, rule, s)
    for rule in rules:
        if rule.check == "bilingual_names" or s.usable:
            FEATURE_CHECKS[rule.check](run, rule, s)


def _cancelled(feedback: QgsFeedback | None) -> bool:
    return feedback is not None and feedback.isCanceled()


def validate_layer(
    layer: QgsVectorLayer,
    rule_set: RuleSet,
    related_layers: dict[str, QgsVectorLayer] | None = None,
    feedback: QgsFeedback | None = None,
) -> ValidationResult:
    """Check every feature of `layer` (as seen, edit buffer included) against `rule_set`.

    `related_layers` maps names (UrbIS layer names or catalogue ids) to the other
    layers the rules need; they are reprojected to the layer's CRS on the fly.
    `feedback` (QgsFeedback/QgsProcessingFeedback) gets progress and may cancel.
    """
    related_layers = related_layers or {}
    result = ValidationResult(layer.name())
    crs = layer.crs()
    rules, related, kind = _plan(
        layer, rule_set, related_layers, result, lambda other, fields: LayerData(other, crs, fields)
    )
    run = Run(rule_set, layer.name(), kind, None, related, True, set())
    null_rules = [r for r in rules if r.check == "geometry_not_null"]
    feature_rules = [r for r in rules if r.check in FEATURE_CHECKS]
    neighbour_rules = [r for r in rules if r.check in NEIGHBOUR_CHECKS]
    gap_rules = [r for r in rules if r.check == "no_gaps"]
    fields = _own_fields(rules)
    request = QgsFeatureRequest()
    if fields:
        request.setSubsetOfAttributes(fields, layer.fields())
    else:
        request.setNoAttributes()
    indexes = [layer.fields().lookupField(f) for f in fields]
    total = max(layer.featureCount(), 1)
    share = 50.0 if neighbour_rules else 100.0
    subjects: list[Subject] = []
    for count, feature in enumerate(layer.getFeatures(request)):
        if count % PROGRESS_EVERY == 0 and feedback is not None:
            if feedback.isCanceled():
                result.cancelled = True
                break
            feedback.setProgress(share * count / total)
        s = _subject(feature, fields, indexes)
        subjects.append(s)
        _check_feature(run, feature_rules, null_rules, s)
    result.checked = len(subjects)
    usable = [s for s in subjects if s.usable]
    pair_rules = [r for r in neighbour_rules if r.check in PAIR_CHECKS]
    pairs = None
    if pair_rules and not result.cancelled:
        overlap = [r.params["tolerance_area"] for r in pair_rules if r.check == "no_overlap"]
        duplicates = any(r.check == "no_duplicates" for r in pair_rules)
        pairs = grid_pairs(usable, min(overlap) if overlap else None, duplicates)
    if pairs is not None:
        neighbour_rules = [r for r in neighbour_rules if r not in pair_rules]
        for count, (a, b) in enumerate(pairs):
            if count % (PROGRESS_EVERY * 10) == 0 and _cancelled(feedback):
                result.cancelled = True
                break
            for rule in pair_rules:
                PAIR_CHECKS[rule.check](run, rule, a, b)
    if not result.cancelled and neighbour_rules:
        geometries = {s.fid: s.geometry for s in usable}
        index = QgsSpatialIndex(layer.getFeatures(QgsFeatureRequest().setNoAttributes()), feedback)
        boxes = {s.fid: s.bbox for s in usable}
        run.neighbours = Neighbours(index, geometries.__getitem__, all_ids=lambda: geometries.keys(), boxes=boxes)
        run.subject_ids = set(geometries)
        for count, s in enumerate(usable):
            if count % PROGRESS_EVERY == 0 and feedback is not None:
                if feedback.isCanceled():
                    result.cancelled = True
                    break
                feedback.setProgress(share + (100.0 - share) * count / max(len(usable), 1))
            for rule in neighbour_rules:
                NEIGHBOUR_CHECKS[rule.check](run, rule, s)
    if not result.cancelled:
        for rule in gap_rules:
            check_gaps(run, rule, [(s.fid, s.geometry) for s in usable])
    if feedback is not None and not result.cancelled:
        feedback.setProgress(100.0)
    result.errors.extend(run.errors)
    return result


def validate_features(
    layer: QgsVectorLayer,
    features: Iterable[QgsFeature | int],
    rule_set: RuleSet,
    related_layers: dict[str, QgsVectorLayer] | None = None,
    deleted_ids: Iterable[int] = (),
    feedback: QgsFeedback | None = None,
    cache: IndexCache | None = None,
) -> ValidationResult:
    """Check only `features` (added or changed, e.g. from the edit buffer) against the rest of the
    layer and the related layers, ignoring `deleted_ids`.

    `features` are QgsFeature (their geometry and attributes are used as given; ids
    may be the buffer's negative ids) or feature ids (read from the layer, edit
    buffer included). The rest of the layer and the related layers come from
    their committed data, indexed once and cached in `cache` (default: a
    module-wide cache updated when the layers commit).
    """
    related_layers = related_layers or {}
    cache = cache or DEFAULT_CACHE
    result = ValidationResult(layer.name())
    crs = layer.crs()
    rules, related, kind = _plan(
        layer, rule_set, related_layers, result, lambda other, fields: cache.get(other, crs, fields)
    )
    features = list(features)
    ids = [f for f in features if isinstance(f, int)]
    if ids:
        fetched = {f.id(): f for f in layer.getFeatures(QgsFeatureRequest().setFilterFids(ids))}
        features = [fetched.get(f, f) if isinstance(f, int) else f for f in features]
        features = [f for f in features if not isinstance(f, int)]
    fields = _own_fields(rules)
    subjects = []
    for feature in features:
        names = feature.fields() if feature.fields().count() else layer.fields()
        subjects.append(_subject(feature, fields, [names.lookupField(f) for f in fields]))
    deleted = set(deleted_ids)
    needs_layer = any(r.check in NEIGHBOUR_CHECKS or r.check == "no_gaps" for r in rules)
    data = cache.get(layer, None, ()) if needs_layer else None
    extra = {s.fid: s for s in subjects}
    excluded = deleted | set(extra)
    neighbours = None
    if data is not None:
        neighbours = Neighbours(data.index, data.geometry, excluded, extra, data.all_ids)
    run = Run(rule_set, layer.name(), kind, neighbours, related, False, set(extra))
    null_rules = [r for r in rules if r.check == "geometry_not_null"]
    feature_rules = [r for r in rules if r.check in FEATURE_CHECKS]
    for count, s in enumerate(subjects):
        if _cancelled(feedback):
            result.cancelled = True
            break
        _check_feature(run, feature_rules, null_rules, s)
        for rule in rules:
            if rule.check in NEIGHBOUR_CHECKS and s.usable:
                NEIGHBOUR_CHECKS[rule.check](run, rule, s)
        if feedback is not None:
            feedback.setProgress(100.0 * (count + 1) / max(len(subjects), 1))
    result.checked = len(subjects)
    if data is not None and not result.cancelled:
        dangle_rules = [r for r in rules if r.check == "no_dangles"]
        if dangle_rules:
            # lines that touched the old or touch the new geometries may now dangle
            boxes = [s.bbox for s in subjects if s.usable]
            for fid in excluded:
                old = data.geometry(fid)
                if not old.isNull():
                    boxes.append(box(old))
            affected: set[int] = set()
            for b in boxes:
                affected.update(neighbours.near(_grown(b, max(r.param("tolerance") for r in dangle_rules))))
            for fid in sorted(affected - set(extra) - deleted):
                s = Subject(fid, None).set_geometry(neighbours.geometry(fid))
                for rule in dangle_rules:
                    check_dangles(run, rule, s)
        for rule in (r for r in rules if r.check == "no_gaps"):
            check_gaps(run, rule, [(fid, neighbours.geometry(fid)) for fid in neighbours.ids()])
    result.errors.extend(run.errors)
    return result


def _grown(b: tuple[float, float, float, float], by: float):
    from .checks import rectangle

    return rectangle(b, by + 1e-6)


def gather_related(
    rule_set: RuleSet,
    layer: QgsVectorLayer,
    project: QgsProject | None,
    source_file: str = "",
    unopened: Callable[[str], object | None] | None = None,
) -> tuple[dict[str, object], list[tuple[str, str]]]:
    """The layers the rules of `rule_set` need, by rule name: a valid vector layer of `project` (other than
    `layer`) by name or catalogue id; else `unopened(name)` when given (a stand-in found without opening a
    layer); else a layer of `source_file` opened under a name the rule's layer is known by. Also
    (name, rule id) of the layers found nowhere (rules `when_present` excepted)."""
    candidates = {
        c.name(): c
        for c in (project.mapLayers().values() if project is not None else ())
        if isinstance(c, QgsVectorLayer) and c.id() != layer.id() and c.isValid()
    }
    openable = bool(source_file) and Path(source_file).is_file()
    found: dict[str, object] = {}
    missing: list[tuple[str, str]] = []
    for rule in rule_set.rules:
        for name in rule.related_layers():
            if name in found:
                continue
            other = find_related(name, candidates)
            if other is None and unopened is not None:
                other = unopened(name)
            if other is None and openable:  # (a table not registered in the file: OGR decides)
                for in_file in sorted(layer_names(name) | {name}):
                    opened = QgsVectorLayer(f"{source_file}|layername={in_file}", name, "ogr")
                    if opened.isValid():
                        other = opened
                        break
            if other is not None:
                found[name] = other
            elif not rule.when_present:
                missing.append((name, rule.id))
    return found, missing


def related_from(layers: Iterable[QgsVectorLayer]) -> dict[str, QgsVectorLayer]:
    """A related-layers dictionary keyed by layer name."""
    return {layer.name(): layer for layer in layers}


__all__ = [
    "IndexCache",
    "find_related",
    "gate_validator",
    "gather_related",
    "missing_layers",
    "related_from",
    "validate_features",
    "validate_layer",
]


def gate_validator(
    related_layers: dict[str, QgsVectorLayer] | None = None,
    rule_set: RuleSet | None = None,
    cache: IndexCache | None = None,
):
    """A commit-gate validator ``validate(layer, features, deleted_ids) -> ValidationResult``.

    The rule set is `rule_set`, else the one bound to the layer
    (:func:`~paradigm_carto.core.topology.binding.bound_rule_set_for`: the project binding,
    then the shipped set by catalogue id custom property ``paradigm_carto/ref_id``, layer
    name or name in its file; a broken project binding raises, so the gate refuses the save
    with its message); the related layers are `related_layers`, else the project's vector
    layers by name. A layer without rules gives an empty result.
    """
    from qgis.core import QgsProject

    from .binding import bound_rule_set_for

    def validate(layer: QgsVectorLayer, features: Iterable, deleted_ids: Iterable[int] = ()) -> ValidationResult:
        rules = rule_set if rule_set is not None else bound_rule_set_for(layer)
        if rules is None:
            return ValidationResult(layer.name())
        others = related_layers
        if others is None:
            others = {
                candidate.name(): candidate
                for candidate in QgsProject.instance().mapLayers().values()
                if isinstance(candidate, QgsVectorLayer) and candidate.id() != layer.id()
            }
        return validate_features(layer, features, rules, others, deleted_ids, cache=cache)

    return validate
