"""Rule sets as data: `resources/rules/*.json`, parsed and checked.

A rule set is bound to one reference layer (by UrbIS layer name and catalogue id)
and lists rules; each rule names a *check* (the family of test), a severity
('error' blocks a save, 'warning' informs) and the check's parameters
(tolerances, related layers, fields). The format is documented in
`docs/topology_rules.md`. A malformed file raises :class:`RuleFileError` naming
the rule and the field at fault, in the user's language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import tr, ui_language
from ..paths import resource
from .errors import SEVERITIES, RuleFileError

FORMAT = "paradigm_carto/topology-rules"
VERSION = 1
REQUIRED = object()

POLYGON, LINE, POINT, ANY = "polygon", "line", "point", "any"

# check -> (geometry kinds it applies to, {parameter: (kind, default)}); kinds:
# "number" (>= 0), "text", "bool", "layers" (non-empty list of texts), "pairs" (list of [fr, nl] field pairs).
CHECKS: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, Any]]]] = {
    "geometry_not_null": ((ANY,), {}),
    "geometry_valid": ((ANY,), {}),
    "single_part": ((ANY,), {}),
    "no_duplicates": ((ANY,), {}),
    "no_overlap": ((POLYGON,), {"tolerance_area": ("number", 0.0)}),
    "no_gaps": ((POLYGON,), {"tolerance_area": ("number", 0.0), "boundary_layer": ("text", None)}),
    "inside": ((ANY,), {"layers": ("layers", REQUIRED), "tolerance": ("number", 0.0)}),
    "no_overlap_with": ((POLYGON,), {"layers": ("layers", REQUIRED), "tolerance_area": ("number", 0.0)}),
    "no_dangles": ((LINE,), {"tolerance": ("number", 0.0), "boundary_layer": ("text", None)}),
    "no_self_crossing": ((LINE,), {}),
    "min_segment_length": ((LINE, POLYGON), {"min_length": ("number", REQUIRED)}),
    "min_area": ((POLYGON,), {"min_area": ("number", REQUIRED)}),
    "no_slivers": ((POLYGON,), {"min_thinness": ("number", REQUIRED), "max_area": ("number", None)}),
    "bilingual_names": ((ANY,), {"fields": ("pairs", REQUIRED)}),
    "nis_code": (
        (ANY,),
        {"field": ("text", REQUIRED), "layer": ("text", "Municipalities"), "code_field": ("text", "NISCODE")},
    ),
}
COMMON_FIELDS = ("id", "check", "severity", "description", "when_present")
SET_FIELDS = ("format", "version", "id", "layer", "catalogue_id", "feature_name", "description", "rules")


@dataclass(frozen=True)
class Rule:
    """One rule: a check with its severity and parameters."""

    id: str
    check: str
    severity: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)
    description: str = ""
    when_present: bool = False

    def __post_init__(self) -> None:
        for key, (_kind, default) in CHECKS[self.check][1].items():
            self.params.setdefault(key, None if default is REQUIRED else default)

    def param(self, name: str) -> Any:
        """A parameter's value (its default when the file leaves it out)."""
        return self.params[name]

    @property
    def geometry_kinds(self) -> tuple[str, ...]:
        """The geometry kinds ('polygon', 'line', 'point', 'any') the check applies to."""
        return CHECKS[self.check][0]

    def related_layers(self) -> list[str]:
        """The other layers this rule needs (names or catalogue ids)."""
        names: list[str] = list(self.params.get("layers") or [])
        for key in ("boundary_layer",):
            if self.params.get(key):
                names.append(self.params[key])
        if self.check == "nis_code":
            names.append(self.param("layer"))
        return names


@dataclass(frozen=True)
class RuleSet:
    """The rules bound to one layer."""

    id: str
    layer: str
    rules: tuple[Rule, ...]
    catalogue_id: str | None = None
    feature_name: dict[str, str] = field(default_factory=dict, compare=False)
    description: str = ""
    path: Path | None = field(default=None, compare=False)

    def noun(self, language: str | None = None) -> str:
        """What one feature is called in messages ("building"), in the UI language."""
        names = self.feature_name
        return names.get(language or ui_language()) or names.get("en") or tr("feature")

    def rule(self, rule_id: str) -> Rule:
        """The rule with this id (KeyError when unknown)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def related_layers(self) -> list[str]:
        """Every other layer the rules need, each once."""
        return list(dict.fromkeys(name for rule in self.rules for name in rule.related_layers()))

    def binds(self, name_or_id: str) -> bool:
        """True when this set is for the layer with this name or catalogue id (case blind)."""
        wanted = name_or_id.strip().lower()
        return wanted in {self.layer.lower(), (self.catalogue_id or "").lower(), self.id.lower()}

    def only(self, rule_ids: Iterable[str]) -> RuleSet:
        """A copy keeping only some rules (e.g. for a benchmark or a quick check)."""
        keep = set(rule_ids)
        return RuleSet(
            self.id,
            self.layer,
            tuple(r for r in self.rules if r.id in keep),
            self.catalogue_id,
            self.feature_name,
            self.description,
            self.path,
        )


# --- reading and checking -------------------------------------------------


def rules_dir() -> Path:
    """The rule sets shipped with the plugin."""
    return resource("rules")


def load_rule_set(path: Path | str) -> RuleSet:
    """Read and check one rule file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RuleFileError(path.name, "-", tr("the file does not exist: {path}").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileError(path.name, "-", str(error)) from None
    except json.JSONDecodeError as error:
        raise RuleFileError(
            path.name,
            "-",
            tr("not valid JSON at line {line}, column {column}: {message}").format(
                line=error.lineno, column=error.colno, message=error.msg
            ),
        ) from None
    return parse_rule_set(data, path)


def load_rule_sets(directory: Path | str | None = None) -> list[RuleSet]:
    """Every rule set of a folder (default: the shipped ones), sorted by file name."""
    folder = Path(directory) if directory else rules_dir()
    return [load_rule_set(p) for p in sorted(folder.glob("*.json"))]


def bound_rule_set(name_or_id: str, directory: Path | str | None = None) -> RuleSet | None:
    """The rule set bound to a layer name ("Buildings") or catalogue id ("buildings"); None if none."""
    return next((s for s in load_rule_sets(directory) if s.binds(name_or_id)), None)


def _fail(rule: str, field_name: str, reason: str) -> RuleFileError:
    return RuleFileError(rule, field_name, reason)


def _text(raw: dict, entry: str, key: str, required: bool = True) -> str | None:
    if key not in raw or raw[key] is None:
        if required:
            raise _fail(entry, key, tr("this field is required"))
        return None
    value = raw[key]
    if not isinstance(value, str) or not value.strip():
        raise _fail(entry, key, tr("expected a non-empty text, got {value!r}").format(value=value))
    return value.strip()


def _value(entry: str, key: str, kind: str, value: Any) -> Any:
    """Check one parameter value of kind `kind`."""
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise _fail(entry, key, tr("expected a number of zero or more, got {value!r}").format(value=value))
        return float(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise _fail(entry, key, tr("expected true or false, got {value!r}").format(value=value))
        return value
    if kind == "text":
        if not isinstance(value, str) or not value.strip():
            raise _fail(entry, key, tr("expected a non-empty text, got {value!r}").format(value=value))
        return value.strip()
    if kind == "layers":
        if isinstance(value, str):
            value = [value]
        ok = isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value)
        if not ok:
            raise _fail(entry, key, tr("expected a non-empty list of layer names, got {value!r}").format(value=value))
        return [v.strip() for v in value]
    # pairs
    ok = isinstance(value, list) and value
    ok = ok and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(f, str) and f.strip() for f in p) for p in value
    )
    if not ok:
        raise _fail(
            entry,
            key,
            tr('expected a list of [French field, Dutch field] pairs, e.g. [["NAMEFRE", "NAMEDUT"]], got {value!r}')
            .format(value=value),
        )
    return [(p[0].strip(), p[1].strip()) for p in value]


def parse_rule(raw: Any, index: int) -> Rule:
    """Build and check one rule (`index` names it while its id is unknown)."""
    entry = f"rules[{index}]"
    if not isinstance(raw, dict):
        raise _fail(entry, "-", tr("a rule must be an object"))
    rule_id = _text(raw, entry, "id")
    check = _text(raw, rule_id, "check")
    if check not in CHECKS:
        raise _fail(
            rule_id,
            "check",
            tr("unknown check '{value}' (expected one of {allowed})").format(value=check, allowed=", ".join(CHECKS)),
        )
    severity = _text(raw, rule_id, "severity")
    if severity not in SEVERITIES:
        raise _fail(
            rule_id,
            "severity",
            tr("unknown severity '{value}' (expected one of {allowed})").format(
                value=severity, allowed=", ".join(SEVERITIES)
            ),
        )
    schema = CHECKS[check][1]
    for key in raw:
        if key not in COMMON_FIELDS and key not in schema:
            allowed = ", ".join([*COMMON_FIELDS, *schema])
            raise _fail(
                rule_id,
                key,
                tr("unknown field for the check '{check}' (expected one of {allowed})").format(
                    check=check, allowed=allowed
                ),
            )
    params: dict[str, Any] = {}
    for key, (kind, default) in schema.items():
        if key not in raw or raw[key] is None:
            if default is REQUIRED:
                raise _fail(rule_id, key, tr("this field is required"))
            params[key] = default
            continue
        params[key] = _value(rule_id, key, kind, raw[key])
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise _fail(rule_id, "description", tr("expected a text"))
    when_present = _value(rule_id, "when_present", "bool", raw.get("when_present", False))
    return Rule(rule_id, check, severity, params, description, when_present)


def parse_rule_set(data: Any, path: Path | None = None) -> RuleSet:
    """Build a :class:`RuleSet` from parsed JSON, checking every rule."""
    root = path.name if path else "rules"
    if not isinstance(data, dict):
        raise _fail(root, "-", tr("the top level must be an object"))
    for key in data:
        if key not in SET_FIELDS:
            raise _fail(
                root, key, tr("unknown field (expected one of {allowed})").format(allowed=", ".join(SET_FIELDS))
            )
    if data.get("format", FORMAT) != FORMAT:
        raise _fail(root, "format", tr("expected '{value}'").format(value=FORMAT))
    if data.get("version", VERSION) != VERSION:
        raise _fail(root, "version", tr("unsupported version {value!r} (expected {expected})").format(
            value=data.get("version"), expected=VERSION
        ))
    set_id = _text(data, root, "id")
    layer = _text(data, set_id, "layer")
    catalogue_id = _text(data, set_id, "catalogue_id", required=False)
    names = data.get("feature_name", {})
    ok = isinstance(names, dict) and all(isinstance(v, str) and v.strip() for v in names.values())
    if not ok:
        raise _fail(set_id, "feature_name", tr("expected an object of texts by language, such as \"en\": \"building\""))
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise _fail(set_id, "rules", tr("expected a non-empty list of rules"))
    rules = tuple(parse_rule(raw, index) for index, raw in enumerate(raw_rules))
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise _fail(rule.id, "id", tr("the id is used twice in '{list}'").format(list=set_id))
        seen.add(rule.id)
    description = data.get("description", "")
    return RuleSet(
        id=set_id,
        layer=layer,
        rules=rules,
        catalogue_id=catalogue_id,
        feature_name=dict(names),
        description=description if isinstance(description, str) else "",
        path=path,
    )
