"""The plugin's settings, in one place.

Precedence for a service URL: environment variable
``PARADIGM_CARTO_SERVICE_<ID>`` (e.g. ``PARADIGM_CARTO_SERVICE_URBISVECTOR_WFS``),
then the options page (QGIS settings), then the catalogue's default. Nothing
here holds credentials: those live in QGIS's authentication manager.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsSettings

from .catalogue import MODES, VECTOR_PROTOCOLS, Service
from .labels import DEFAULT_MODE as DEFAULT_LABEL_MODE
from .labels import MODES as LABEL_MODES
from .paths import resources_dir

PREFIX = "paradigm_carto"
ENV_PREFIX = "PARADIGM_CARTO_SERVICE_"


def env_variable(service_id: str) -> str:
    """The environment variable overriding a service's URL."""
    return ENV_PREFIX + service_id.upper()


class PluginSettings:
    """Typed access to the plugin's QGIS settings."""

    def __init__(self, settings: QgsSettings | None = None) -> None:
        self._settings = settings or QgsSettings()

    def _get(self, key: str, default: str) -> str:
        return str(self._settings.value(f"{PREFIX}/{key}", default, type=str) or default)

    def _set(self, key: str, value: str) -> None:
        self._settings.setValue(f"{PREFIX}/{key}", value)

    @property
    def mode(self) -> str:
        """'online' (the Region's services) or 'offline' (the bundled sample)."""
        value = self._get("mode", "online")
        return value if value in MODES else "online"

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in MODES:
            raise ValueError(value)
        self._set("mode", value)

    @property
    def vector_protocol(self) -> str:
        """Protocol for online vector layers: 'wfs' or 'oapif' (OGC API Features)."""
        value = self._get("vector_protocol", "wfs")
        return value if value in VECTOR_PROTOCOLS else "wfs"

    @vector_protocol.setter
    def vector_protocol(self, value: str) -> None:
        if value not in VECTOR_PROTOCOLS:
            raise ValueError(value)
        self._set("vector_protocol", value)

    @property
    def label_mode(self) -> str:
        """How names are labelled: 'fr_nl' (default), 'nl_fr', 'stacked', 'fr' or 'nl' (see core.labels)."""
        value = self._get("label_mode", DEFAULT_LABEL_MODE)
        return value if value in LABEL_MODES else DEFAULT_LABEL_MODE

    @label_mode.setter
    def label_mode(self, value: str) -> None:
        if value not in LABEL_MODES:
            raise ValueError(value)
        self._set("label_mode", value)

    @property
    def publication_targets(self) -> list:
        """The named publication targets (list of :class:`~.publication.targets.PublicationTarget`)."""
        from .publication.targets import targets_from_json

        return targets_from_json(self._get("publication/targets", "[]"))

    @publication_targets.setter
    def publication_targets(self, targets: list) -> None:
        """Store the targets (TargetError, nothing stored, when any is invalid or names repeat)."""
        from .publication.targets import check_targets, targets_to_json

        check_targets(list(targets))
        self._set("publication/targets", targets_to_json(list(targets)))

    @property
    def publication_store(self) -> str:
        """The publication store folder ('' when not configured)."""
        return self._get("publication/store", "").strip()

    @publication_store.setter
    def publication_store(self, folder: str) -> None:
        self._set("publication/store", str(folder or "").strip())

    @property
    def publication_public_url(self) -> str:
        """The public base URL of the publication store ('' for file:// links)."""
        return self._get("publication/public_url", "").strip()

    @publication_public_url.setter
    def publication_public_url(self, url: str) -> None:
        self._set("publication/public_url", str(url or "").strip())

    def service_override(self, service_id: str) -> str:
        """The URL set in the options page for a service ('' when none)."""
        return self._get(f"services/{service_id}", "").strip()

    def set_service_override(self, service_id: str, url: str) -> None:
        """Set (or, with '', clear) a service's URL in the options page."""
        if url.strip():
            self._set(f"services/{service_id}", url.strip())
        else:
            self._settings.remove(f"{PREFIX}/services/{service_id}")

    def service_url(self, service: Service) -> str:
        """The effective URL (or sample path) of a service."""
        url = os.environ.get(env_variable(service.id), "").strip() or self.service_override(service.id)
        url = url or service.url
        if service.type == "gpkg" and not Path(url).is_absolute():
            return str(resources_dir() / url)
        return url

    def service_source(self, service: Service) -> str:
        """Where the effective URL comes from: 'environment', 'options' or 'catalogue'."""
        if os.environ.get(env_variable(service.id), "").strip():
            return "environment"
        return "options" if self.service_override(service.id) else "catalogue"
