"""Blocking HTTP GET through QGIS's network stack (proxy, SSL settings, authcfg)."""

from __future__ import annotations

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from .i18n import tr


class NetworkError(Exception):
    """A request failed; the message (UI language) names the URL and the reason."""


def fetch_bytes(url: str, authcfg: str = "") -> bytes:
    """GET `url` and return the body; raise :class:`NetworkError` on any HTTP or network error.

    Usable from worker threads (the locator's); QGIS's timeout setting applies.
    """
    request = QgsBlockingNetworkRequest()
    if authcfg:
        request.setAuthCfg(authcfg)
    error = request.get(QNetworkRequest(QUrl(url)), True)
    reply = request.reply()
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    if error != QgsBlockingNetworkRequest.ErrorCode.NoError or (status and int(status) >= 400):
        host = QUrl(url).host()
        reason = request.errorMessage() or tr("HTTP status {status}").format(status=status)
        raise NetworkError(tr("the request to {host} failed: {reason}").format(host=host, reason=reason))
    return bytes(reply.content())
