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
    def publish(self, record_xml: bytes, identifier: str, exists: bool | None = None) -> PublishResult:
        """Insert the record when new, update it when the identifier exists; verify by reading back.

        `exists` is whether the caller just found the record (None: the client looks it up). A record
        that appeared or vanished since makes the write fail rather than overwrite or recreate it.
        """

    @abstractmethod
    def get(self, identifier: str) -> bytes | None:
        """The record (gmd:MD_Metadata, UTF-8 XML) or None when absent."""

    @abstractmethod
    def withdraw(self, identifier: str) -> bool:
        """Delete the record; True when one was deleted, False when there was none."""

    @abstractmethod
    def search(self, text: str, language: str | None = None) -> list[SearchHit]:
        """Records whose text contains `text` (any language); titles in `language` when given."""


def outgoing_record(record_xml: bytes, identifier: str):
    """The record element to send, after checking it: ISO 19139, the expected identifier, declared locales.

    Raises ValueError with a translated reason (each client wraps it in its own CatalogueError).
    """
    from ..metadata.iso19139 import RecordError, find_record, locale_errors, parse_xml, record_identifier

    try:
        sent = find_record(parse_xml(record_xml))
    except RecordError as error:
        raise ValueError(tr("the record to publish is not ISO 19139 XML ({detail})").format(detail=error)) from None
    found = record_identifier(sent)
    if found != identifier:
        message = tr("the record's identifier is '{found}', expected '{expected}'")
        raise ValueError(message.format(found=found, expected=identifier))
    problems = locale_errors(sent)
    if problems:
        message = tr("the record's translations point at undeclared locales: {detail}")
        raise ValueError(message.format(detail="; ".join(problems)))
    return sent
