"""Topology and attribute validation of the UrbIS layers: rules as data, a fast QGIS/GEOS engine.

Entry points: :func:`validate_layer` (a whole layer) and :func:`validate_features`
(only edited features, against the rest of the layer and the related layers).
"""

from .engine import IndexCache, validate_features, validate_layer
from .errors import RuleFileError, TopologyError, ValidationResult
from .rules import Rule, RuleSet, bound_rule_set, load_rule_set, load_rule_sets, parse_rule_set

__all__ = [
    "IndexCache",
    "Rule",
    "RuleFileError",
    "RuleSet",
    "TopologyError",
    "ValidationResult",
    "bound_rule_set",
    "load_rule_set",
    "load_rule_sets",
    "parse_rule_set",
    "validate_features",
    "validate_layer",
]
