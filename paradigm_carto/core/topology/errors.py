"""Validation results: one :class:`TopologyError` per finding, gathered in a :class:`ValidationResult`."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsGeometry

from ..i18n import tr

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)


class RuleFileError(ValueError):
    """A rule file is unreadable or a rule is malformed; the message names the rule and the field."""

    def __init__(self, rule: str, field_name: str, reason: str) -> None:
        self.rule = rule
        self.field = field_name
        self.reason = reason
        super().__init__(
            tr("Topology rules, rule '{rule}', field '{field}': {reason}").format(
                rule=rule, field=field_name, reason=reason
            )
        )


@dataclass
class TopologyError:
    """One finding: which rule, how severe, on which layer and features, why (UI language) and where."""

    rule_id: str
    severity: str
    layer: str
    feature_ids: tuple[int, ...]
    message: str
    geometry: QgsGeometry | None = None
    check: str = ""

    @property
    def blocking(self) -> bool:
        """True for an error (blocks a save), False for a warning (informs)."""
        return self.severity == ERROR

    @property
    def fid(self) -> int | None:
        """The first feature concerned (None for a layer-wide finding)."""
        return self.feature_ids[0] if self.feature_ids else None

    feature_id = fid

    @property
    def rule(self) -> str:
        """The rule id (alias)."""
        return self.rule_id


@dataclass
class ValidationResult:
    """Everything a validation found, and whether it ran to the end."""

    layer: str
    errors: list[TopologyError] = field(default_factory=list)
    checked: int = 0
    cancelled: bool = False

    @property
    def error_count(self) -> int:
        """Findings of severity 'error'."""
        return sum(1 for e in self.errors if e.severity == ERROR)

    @property
    def warning_count(self) -> int:
        """Findings of severity 'warning'."""
        return sum(1 for e in self.errors if e.severity == WARNING)

    @property
    def blocking(self) -> bool:
        """True when at least one finding must block a save."""
        return any(e.severity == ERROR for e in self.errors)

    def __iter__(self):
        """The findings, so that a result can be returned where an iterable of problems is expected."""
        return iter(self.errors)

    def __len__(self) -> int:
        return len(self.errors)

    def by_rule(self, rule_id: str) -> list[TopologyError]:
        """The findings of one rule."""
        return [e for e in self.errors if e.rule_id == rule_id]

    def extend(self, other: ValidationResult) -> None:
        """Add another result's findings (same layer)."""
        self.errors.extend(other.errors)
        self.checked += other.checked
        self.cancelled = self.cancelled or other.cancelled
