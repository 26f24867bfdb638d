"""Which rule set checks a layer: a binding stored in the project, else the shipped set of the layer.

A user attaches a rule set to any vector layer of a project (*Paradigm › Topology rules of a
layer…*): one of the shipped sets (``resources/rules/*.json``) or a rule file of their own in
the same format. The binding is the layer custom property ``paradigm_carto/rule_set``:

- ``shipped:<id>``: the shipped set with this id (``shipped:buildings``);
- a path to a user rule file (stored absolute; a relative path, e.g. written by hand, is
  read from the project's folder); the file is read again at every use, so edits to it apply;
- ``none``: explicitly no rules, even for a layer whose name is an UrbIS layer name.

Layer custom properties are written in the project file with the layer (``.qgs``/``.qgz``),
so a binding survives save and reopen; it goes when the layer is removed, it follows the layer
when it is duplicated, and it is part of the layer's style when a style is saved with the
"Custom properties" category. (A project entry keyed by layer id would need the id as an XML
element name, which a layer id starting with a digit would break, and outlive the layer.)

Without a binding, the layer's shipped set is looked up by catalogue id (custom property
``paradigm_carto/ref_id``, set when the plugin loads a reference layer), layer name, then
layer name in its GeoPackage, case blind -- as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

from qgis.core import QgsProject, QgsProviderRegistry, QgsVectorLayer

from ..i18n import tr
from .errors import RuleFileError
from .rules import RuleSet, load_rule_set, load_rule_sets, rules_dir

PROPERTY = "paradigm_carto/rule_set"
REF_PROPERTY = "paradigm_carto/ref_id"
SHIPPED_PREFIX = "shipped:"
NO_RULES = "none"

RuleSetRef = Union[RuleSet, str, Path]


_SHIPPED: dict[tuple, list[RuleSet]] = {}  # (file names, sizes, times) -> the parsed sets


def shipped_rule_sets() -> list[RuleSet]:
    """The rule sets shipped with the plugin, sorted by file name (parsed once while the files stay
    the same: the commit gate asks for every layer added to a project)."""
    files = sorted(rules_dir().glob("*.json"))
    key = tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files)
    if key not in _SHIPPED:
        _SHIPPED.clear()
        _SHIPPED[key] = load_rule_sets()
    return list(_SHIPPED[key])


def _project(layer: QgsVectorLayer | None) -> QgsProject:
    project = layer.project() if layer is not None and hasattr(layer, "project") else None
    return project or QgsProject.instance()


def _is_shipped_path(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return Path(path).resolve().parent == rules_dir().resolve()
    except OSError:
        return False


def normalize_ref(ref: RuleSetRef) -> str:
    """The stored form of a reference: ``shipped:<id>``, ``none`` or an absolute file path.

    `ref` is a :class:`RuleSet` (a shipped one, or one read from a user file), ``shipped:<id>``,
    the id of a shipped set ("buildings"), :data:`NO_RULES`, or the path of a rule file.
    """
    if isinstance(ref, RuleSet):
        if _is_shipped_path(ref.path) or ref.path is None:
            return SHIPPED_PREFIX + ref.id
        return str(Path(ref.path).resolve())
    if isinstance(ref, Path):
        return str(ref.expanduser().resolve())
    text = str(ref).strip()
    if not text:
        raise RuleFileError("-", "-", tr("no rule set given"))
    if text.lower() == NO_RULES or text.lower().startswith(SHIPPED_PREFIX):
        return text.lower() if text.lower() == NO_RULES else SHIPPED_PREFIX + text[len(SHIPPED_PREFIX):].strip()
    candidate = Path(text).expanduser()
    is_path = candidate.suffix.lower() == ".json" or "/" in text or "\\" in text or candidate.exists()
    if not is_path and any(s.id.lower() == text.lower() for s in shipped_rule_sets()):
        return SHIPPED_PREFIX + text
    return str(candidate.resolve())


def resolve_ref(ref: str, project: QgsProject | None = None) -> RuleSet | None:
    """The rule set a stored reference names (None for :data:`NO_RULES`); RuleFileError when the
    shipped id is unknown or the user file is missing or malformed (the message names the field)."""
    text = str(ref).strip()
    if text.lower() == NO_RULES:
        return None
    if text.lower().startswith(SHIPPED_PREFIX):
        wanted = text[len(SHIPPED_PREFIX):].strip().lower()
        found = next((s for s in shipped_rule_sets() if s.id.lower() == wanted), None)
        if found is None:
            raise RuleFileError(
                text, "id", tr("no rule set shipped with the plugin has the id '{id}'").format(id=wanted)
            )
        return found
    path = Path(text).expanduser()
    if not path.is_absolute():
        home = (project or QgsProject.instance()).homePath()
        if home:
            path = Path(home) / path
    return load_rule_set(path)


def binding(layer: QgsVectorLayer) -> str | None:
    """The stored reference bound to `layer` in the project (None when there is none)."""
    value = layer.customProperty(PROPERTY)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def bind(layer: QgsVectorLayer, rule_set_ref: RuleSetRef) -> RuleSet | None:
    """Attach a rule set to `layer` in its project; returns the rule set (None for :data:`NO_RULES`).

    The reference is checked first: a missing or malformed file raises :class:`RuleFileError`
    (naming the rule and the field) and nothing is stored. The project is marked modified.
    """
    stored = normalize_ref(rule_set_ref)
    project = _project(layer)
    rule_set = resolve_ref(stored, project)
    layer.setCustomProperty(PROPERTY, stored)
    _touch(layer, project)
    return rule_set


def unbind(layer: QgsVectorLayer) -> None:
    """Remove the project binding: the layer's shipped set (by catalogue id or name) applies again."""
    if layer.customProperty(PROPERTY) is None:
        return
    layer.removeCustomProperty(PROPERTY)
    _touch(layer, _project(layer))


def _touch(layer: QgsVectorLayer, project: QgsProject) -> None:
    if project.mapLayer(layer.id()) is not None:
        project.setDirty(True)


def _name_in_file(layer: QgsVectorLayer) -> str:
    if layer.providerType() != "ogr":
        return ""
    return str(QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("layerName") or "")


def shipped_rule_set_for(layer: QgsVectorLayer) -> RuleSet | None:
    """The shipped set of `layer` by catalogue id, layer name, then layer name in its file; None if none."""
    sets = shipped_rule_sets()
    for key in (layer.customProperty(REF_PROPERTY), layer.name(), _name_in_file(layer)):
        if key:
            rule_set = next((s for s in sets if s.binds(str(key))), None)
            if rule_set is not None:
                return rule_set
    return None


def bound_rule_set_for(layer: QgsVectorLayer) -> RuleSet | None:
    """The rule set that checks `layer`: its project binding first, then its shipped set; None if none.

    A binding that cannot be read (file gone, malformed) raises :class:`RuleFileError` rather than
    silently falling back: the commit gate then refuses saves with that message (fail closed).
    """
    ref = binding(layer)
    if ref is not None:
        return resolve_ref(ref, _project(layer))
    return shipped_rule_set_for(layer)


def has_rules(layer) -> bool:
    """True when a rule set checks `layer` (a project binding, even a broken one, or a shipped set).

    Never raises: meant for the commit gate's ``has_rules`` callable."""
    if not isinstance(layer, QgsVectorLayer):
        return False
    ref = binding(layer)
    if ref is not None:
        return ref.lower() != NO_RULES
    try:
        return shipped_rule_set_for(layer) is not None
    except RuleFileError:
        return False


def describe_binding(layer: QgsVectorLayer) -> str:
    """One line in the UI language: which rule set checks `layer` and why."""
    ref = binding(layer)
    if ref is not None:
        if ref.lower() == NO_RULES:
            return tr("No topology rules (set in this project).")
        if ref.lower().startswith(SHIPPED_PREFIX):
            return tr("Shipped rule set '{id}' (set in this project).").format(id=ref[len(SHIPPED_PREFIX):])
        return tr("Rule file {path} (set in this project).").format(path=ref)
    try:
        shipped = shipped_rule_set_for(layer)
    except RuleFileError as error:
        return str(error)
    if shipped is not None:
        return tr("Shipped rule set '{id}' (by the layer's name or catalogue id).").format(id=shipped.id)
    return tr("No topology rules.")


def project_layers_for(layer: QgsVectorLayer, project: QgsProject | None = None) -> dict[str, QgsVectorLayer]:
    """The other vector layers of the project, by name: the related layers for a validation."""
    project = project or _project(layer)
    return {
        candidate.name(): candidate
        for candidate in project.mapLayers().values()
        if isinstance(candidate, QgsVectorLayer) and candidate.id() != layer.id()
    }


__all__ = [
    "NO_RULES",
    "PROPERTY",
    "bind",
    "binding",
    "bound_rule_set_for",
    "describe_binding",
    "has_rules",
    "normalize_ref",
    "project_layers_for",
    "resolve_ref",
    "shipped_rule_set_for",
    "shipped_rule_sets",
    "unbind",
]
