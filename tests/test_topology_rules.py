"""Rule files: the shipped rule sets parse and bind to their layers; malformed rules give clear errors."""

from __future__ import annotations

import copy
import json

import pytest

from paradigm_carto.core.topology.errors import RuleFileError
from paradigm_carto.core.topology.rules import (
    CHECKS,
    bound_rule_set,
    load_rule_set,
    load_rule_sets,
    parse_rule_set,
    rules_dir,
)

UrbIS = ("Buildings", "Blocks", "CadastralParcels", "Addresses", "StreetAxes", "Municipalities", "Region")

VALID = {
    "format": "paradigm_carto/topology-rules",
    "version": 1,
    "id": "mine",
    "layer": "Buildings",
    "feature_name": {"en": "building", "fr": "bâtiment"},
    "rules": [
        {"id": "no_overlap", "check": "no_overlap", "severity": "error", "tolerance_area": 0.5},
        {"id": "in_blocks", "check": "inside", "severity": "warning", "layers": ["Blocks"], "tolerance": 0.1},
    ],
}


def test_shipped_rule_sets_cover_every_reference_layer(qgis_app):
    sets = load_rule_sets()
    assert sorted(s.layer for s in sets) == sorted(UrbIS)
    for rule_set in sets:
        assert rule_set.rules
        assert {r.check for r in rule_set.rules} <= set(CHECKS)
        assert all(r.severity in ("error", "warning") for r in rule_set.rules)


@pytest.mark.parametrize("key", ["Buildings", "buildings", "BUILDINGS"])
def test_bound_by_layer_name_or_catalogue_id(qgis_app, key):
    assert bound_rule_set(key).layer == "Buildings"
    assert bound_rule_set("parcels").layer == "CadastralParcels"
    assert bound_rule_set("NotAReferenceLayer") is None


def test_every_check_family_is_used_by_the_shipped_rules(qgis_app):
    used = {r.check for s in load_rule_sets() for r in s.rules}
    assert used == set(CHECKS)


def test_parse_a_user_rule_set(qgis_app):
    rule_set = parse_rule_set(VALID)
    assert rule_set.rule("no_overlap").param("tolerance_area") == 0.5
    assert rule_set.rule("in_blocks").param("layers") == ["Blocks"]
    assert rule_set.related_layers() == ["Blocks"]
    assert rule_set.noun("fr") == "bâtiment"
    assert rule_set.noun("nl") == "building"  # falls back to English


def test_defaults_apply(qgis_app):
    data = copy.deepcopy(VALID)
    del data["rules"][0]["tolerance_area"]
    assert parse_rule_set(data).rule("no_overlap").param("tolerance_area") == 0.0


def _broken(change) -> RuleFileError:
    data = copy.deepcopy(VALID)
    change(data)
    with pytest.raises(RuleFileError) as caught:
        parse_rule_set(data)
    return caught.value


@pytest.mark.parametrize(
    ("change", "rule", "field"),
    [
        (lambda d: d["rules"][0].update(severity="fatal"), "no_overlap", "severity"),
        (lambda d: d["rules"][0].update(check="no_overlaps"), "no_overlap", "check"),
        (lambda d: d["rules"][0].update(tolerance_area=-1), "no_overlap", "tolerance_area"),
        (lambda d: d["rules"][0].update(tolerance_area="big"), "no_overlap", "tolerance_area"),
        (lambda d: d["rules"][0].update(tolerence_area=1), "no_overlap", "tolerence_area"),
        (lambda d: d["rules"][1].pop("layers"), "in_blocks", "layers"),
        (lambda d: d["rules"][1].update(layers=[]), "in_blocks", "layers"),
        (lambda d: d["rules"][1].pop("id"), "rules[1]", "id"),
        (lambda d: d["rules"][1].update(id="no_overlap"), "no_overlap", "id"),
        (lambda d: d["rules"].append({"id": "b", "check": "bilingual_names", "severity": "error",
                                      "fields": ["NAMEFRE"]}), "b", "fields"),
        (lambda d: d["rules"].append({"id": "m", "check": "min_area", "severity": "error"}), "m", "min_area"),
        (lambda d: d["rules"].append({"id": "w", "check": "inside", "severity": "error", "layers": ["Blocks"],
                                      "when_present": "yes"}), "w", "when_present"),
        (lambda d: d.pop("layer"), "mine", "layer"),
        (lambda d: d.update(rules=[]), "mine", "rules"),
        (lambda d: d.update(version=2), "rules", "version"),
    ],
)
def test_malformed_rule_names_the_rule_and_the_field(qgis_app, change, rule, field):
    error = _broken(change)
    assert (error.rule, error.field) == (rule, field)
    assert f"'{rule}'" in str(error) and f"'{field}'" in str(error)


def test_unreadable_files(qgis_app, tmp_path):
    with pytest.raises(RuleFileError, match="does not exist"):
        load_rule_set(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x",', encoding="utf-8")
    with pytest.raises(RuleFileError, match="line 1"):
        load_rule_set(bad)


def test_user_rule_folder(qgis_app, tmp_path):
    (tmp_path / "mine.json").write_text(json.dumps(VALID), encoding="utf-8")
    assert bound_rule_set("Buildings", tmp_path).id == "mine"
    assert rules_dir().is_dir()
