"""Processing algorithm ``paradigm_carto:publishlayer``: publish an approved layer to a CSW catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.catalogue_clients.csw import CswClient
from ..core.i18n import tr
from ..core.metadata.model import LayerMetadata, load_from_layer, prefill_from_layer
from ..core.publication.approval import ApprovalError
from ..core.publication.publisher import PublicationError, PublicationRefusedError, publish
from ..core.publication.store import PublicationStore


def _source_type(name: str) -> object:
    """A Processing source type: Qgis.ProcessingSourceType (3.36+) or QgsProcessing.SourceType (3.22)."""
    new = getattr(Qgis, "ProcessingSourceType", None)
    return getattr(new, name) if new is not None else getattr(QgsProcessing.SourceType, "Type" + name)


def _folder_behavior() -> object:
    """The 'folder' behaviour of a file parameter: Qgis.ProcessingFileParameterBehavior (3.36+) or the old enum."""
    new = getattr(Qgis, "ProcessingFileParameterBehavior", None)
    return new.Folder if new is not None else QgsProcessingParameterFile.Behavior.Folder


def read_metadata(path: str, layer: Any) -> LayerMetadata:
    """The metadata from a JSON file of LayerMetadata, else the metadata stored with the layer (refreshed)."""
    if path:
        try:
            text = Path(path).read_text(encoding="utf-8")
            return LayerMetadata.from_json(text)
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as error:
            raise QgsProcessingException(
                tr("The metadata file '{path}' cannot be read: {reason}").format(path=path, reason=error)
            ) from None
    stored = load_from_layer(layer)
    if stored is None:
        raise QgsProcessingException(
            tr("No metadata is stored with layer '{layer}': fill in its metadata or give a metadata file.").format(
                layer=layer.name()
            )
        )
    return prefill_from_layer(layer, stored)


class PublishLayerAlgorithm(QgsProcessingAlgorithm):
    """Publishes an approved layer: data package in the publication store, record in the catalogue."""

    INPUT = "INPUT"
    METADATA = "METADATA"
    TARGET = "TARGET"
    AUTHCFG = "AUTHCFG"
    STORE = "STORE"
    PUBLIC_URL = "PUBLIC_URL"
    RECORD_ID = "RECORD_ID"
    PACKAGE = "PACKAGE"

    def createInstance(self) -> PublishLayerAlgorithm:  # noqa: N802, D102
        return PublishLayerAlgorithm()

    def name(self) -> str:  # noqa: D102
        return "publishlayer"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Publish layer to catalogue")

    def group(self) -> str:  # noqa: D102
        return tr("Publication")

    def groupId(self) -> str:  # noqa: N802, D102
        return "publication"

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Publishes an approved layer: checks that it is approved on unchanged data, carries the house style "
            "and has complete metadata; writes the data package (GeoPackage with the house style, SLD, ISO 19139 "
            "XML) into the publication store, then inserts or updates the catalogue record (CSW-T) and reads it "
            "back. Any failure leaves the store and the catalogue as they were. Credentials come only from a QGIS "
            "authentication configuration."
        )

    def initAlgorithm(self, config: dict[str, Any] | None = None) -> None:  # noqa: N802, D102
        self.addParameter(
            QgsProcessingParameterVectorLayer(self.INPUT, tr("Layer to publish"), [_source_type("VectorAnyGeometry")])
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.METADATA,
                tr("Metadata file (JSON; default: the metadata stored with the layer)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TARGET, tr("Catalogue (CSW URL)")))
        self.addParameter(
            QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("Authentication configuration"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFile(self.STORE, tr("Publication store folder"), behavior=_folder_behavior())
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PUBLIC_URL, tr("Public base URL of the store (default: file:// links)"), optional=True
            )
        )
        self.addOutput(QgsProcessingOutputString(self.RECORD_ID, tr("Record identifier")))
        self.addOutput(QgsProcessingOutputFile(self.PACKAGE, tr("Data package")))

    def processAlgorithm(  # noqa: N802, D102
        self, parameters: dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> dict[str, Any]:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise QgsProcessingException(tr("The layer to publish could not be opened."))
        metadata = read_metadata(self.parameterAsFile(parameters, self.METADATA, context), layer)
        url = self.parameterAsString(parameters, self.TARGET, context).strip()
        if not url.lower().startswith(("http://", "https://")):
            raise QgsProcessingException(tr("The catalogue URL must start with http:// or https://."))
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context) or ""
        folder = self.parameterAsFile(parameters, self.STORE, context)
        if not folder:
            raise QgsProcessingException(tr("Choose the publication store folder."))
        store = PublicationStore(folder, self.parameterAsString(parameters, self.PUBLIC_URL, context) or "")
        client = CswClient(url, authcfg=authcfg)
        try:
            result = publish(layer, metadata, client, store, feedback)
        except PublicationRefusedError as error:
            raise QgsProcessingException(
                "\n".join(
                    [tr("Layer '{layer}' cannot be published:").format(layer=layer.name()), *error.reasons]
                )
            ) from None
        except (PublicationError, ApprovalError) as error:
            raise QgsProcessingException(str(error)) from None
        feedback.pushInfo(
            tr("Published '{layer}' as record '{identifier}' ({action}), package {package}.").format(
                layer=layer.name(), identifier=result.identifier, action=result.action, package=result.package
            )
        )
        return {self.RECORD_ID: result.identifier, self.PACKAGE: str(result.package)}
