"""Publication targets: named catalogues (CSW or GeoNetwork) the wizard publishes to.

A target is a name, a type (``csw`` or ``geonetwork``), a URL and the id of a QGIS
authentication configuration (only the id: the credentials stay in QGIS's
authentication manager). The list is kept in QGIS settings as JSON by
:class:`~paradigm_carto.core.settings.PluginSettings`; these are plain functions.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from ..catalogue_clients.base import CatalogueClient
from ..i18n import tr

CSW = "csw"
GEONETWORK = "geonetwork"
TARGET_TYPES = (CSW, GEONETWORK)


class TargetError(ValueError):
    """Invalid targets; `problems` lists every reason (UI language)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(self.problems))


@dataclass(frozen=True)
class PublicationTarget:
    """A catalogue to publish to."""

    name: str
    type: str
    url: str
    authcfg: str = ""

    def to_dict(self) -> dict[str, str]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PublicationTarget:
        """From a dict (unknown keys ignored, missing ones empty)."""
        return cls(
            str(data.get("name", "") or "").strip(),
            str(data.get("type", "") or "").strip().lower(),
            str(data.get("url", "") or "").strip(),
            str(data.get("authcfg", "") or "").strip(),
        )


def type_title(target_type: str) -> str:
    """The target type for people."""
    titles = {CSW: tr("CSW catalogue"), GEONETWORK: tr("GeoNetwork")}
    return titles.get(target_type, target_type)


def target_problems(target: PublicationTarget) -> list[str]:
    """Why `target` is unusable (empty when fine), naming it."""
    from ..sources import SourceError, check_url

    problems: list[str] = []
    label = target.name or target.url
    if not target.name:
        problems.append(tr("A publication target has no name."))
    if target.type not in TARGET_TYPES:
        problems.append(
            tr("Publication target '{name}': unknown type '{type}' (expected csw or geonetwork).").format(
                name=label, type=target.type
            )
        )
    try:
        check_url(target.url)
    except SourceError:
        problems.append(
            tr("Publication target '{name}': the address is not a valid http(s) URL: '{url}'.").format(
                name=label, url=target.url
            )
        )
    return problems


def targets_problems(targets: list[PublicationTarget]) -> list[str]:
    """Why the list is unusable: each target's problems, and duplicate names (case-insensitive)."""
    problems: list[str] = []
    seen: set[str] = set()
    for target in targets:
        problems.extend(target_problems(target))
        key = target.name.casefold()
        if key and key in seen:
            problems.append(tr("Two publication targets are named '{name}'.").format(name=target.name))
        seen.add(key)
    return problems


def check_targets(targets: list[PublicationTarget]) -> None:
    """Raise :class:`TargetError` listing every problem of `targets`."""
    problems = targets_problems(targets)
    if problems:
        raise TargetError(problems)


def targets_to_json(targets: list[PublicationTarget]) -> str:
    """The JSON list kept in the settings."""
    return json.dumps([t.to_dict() for t in targets], ensure_ascii=False)


def targets_from_json(text: str) -> list[PublicationTarget]:
    """The targets of a JSON list (anything unreadable gives an empty list)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    return [PublicationTarget.from_dict(item) for item in data if isinstance(item, dict)]


def find_target(targets: list[PublicationTarget], name_or_url: str) -> PublicationTarget | None:
    """The target with that name, else the one with that URL (as a client reports it), else None."""
    for target in targets:
        if target.name == name_or_url:
            return target
    wanted = name_or_url.rstrip("/")
    for target in targets:
        if target.url.rstrip("/") == wanted:
            return target
    return None


def client_for(target: PublicationTarget, timeout: float = 30.0, retries: int = 3) -> CatalogueClient:
    """The catalogue client of `target` (TargetError when the target is invalid)."""
    check_targets([target])
    if target.type == GEONETWORK:
        from ..catalogue_clients.geonetwork import GeoNetworkClient

        return GeoNetworkClient(target.url, authcfg=target.authcfg, timeout=timeout, retries=retries)
    from ..catalogue_clients.csw import CswClient

    return CswClient(target.url, authcfg=target.authcfg, timeout=timeout, retries=retries)


def public_url_problem(url: str) -> str:
    """Why the store's public base URL is unusable ('' when fine or empty)."""
    from ..sources import SourceError, check_url

    if not url.strip():
        return ""
    try:
        check_url(url.strip())
    except SourceError:
        return tr("The public base URL of the publication store is not a valid http(s) URL: '{url}'.").format(
            url=url.strip()
        )
    return ""
