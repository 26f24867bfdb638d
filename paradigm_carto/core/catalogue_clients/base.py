"""One interface for metadata catalogues (CSW-T today; GeoNetwork REST or CKAN could follow)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from ..i18n import tr


class CatalogueError(Exception):
    """A catalogue operation failed; the message (UI language) names the target and the reason."""

    def __init__(self, target: str, reason: str) -> None:
        self.target = target
        self.reason = reason
        super().__init__(tr("Catalogue {target}: {reason}").format(target=target, reason=reason))


@dataclass(frozen=True)
class PublishResult:
    """What a successful publication did: 'insert' or 'update', checked by reading the record back."""

    identifier: str
    action: str
    target: str
    verified: bool = True


@dataclass(frozen=True)
class SearchHit:
    """One record found by :meth:`CatalogueClient.search` (title in the requested language)."""

    identifier: str
    title: str
    abstract: str = ""


class CatalogueClient(ABC):
    """Publish, read, search and withdraw ISO 19139 records in one catalogue."""

    #: Where the records go (a URL), for messages.
    target: str = ""

    @abstractmethod
    def exists(self, identifier: str) -> bool:
        """True when the catalogue holds a record with this identifier."""

    @abstractmethod
    def publish(self, record_xml: bytes, identifier: str) -> PublishResult:
        """Insert the record when new, update it when the identifier exists; verify by reading back."""

    @abstractmethod
    def get(self, identifier: str) -> bytes | None:
        """The record (gmd:MD_Metadata, UTF-8 XML) or None when absent."""

    @abstractmethod
    def withdraw(self, identifier: str) -> bool:
        """Delete the record; True when one was deleted, False when there was none."""

    @abstractmethod
    def search(self, text: str, language: str | None = None) -> list[SearchHit]:
        """Records whose text contains `text` (any language); titles in `language` when given."""
