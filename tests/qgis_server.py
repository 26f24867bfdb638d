"""Serve a GeoPackage through a real QGIS Server on loopback, for tests and benchmarks.

The project written by :func:`build_server_project` names every layer exactly as
the GeoPackage layer (``Municipalities``, ``StreetAxes``...), like the UrbIS
``urbisvector`` workspace, and offers it over WMS, WFS (1.0/1.1) and OGC API
Features in EPSG:31370; stand-ins for the Region's base maps can be added as
WMS layers and as WMTS layers (PNG tiles, tile matrix set ``EPSG:31370``, like
GeoWebCache's). :class:`QgisServerProcess` runs Debian's ``qgis_mapserver`` on it::

    with QgisServerProcess(build_server_project(gpkg, tmp / "server.qgs")) as server:
        server.ows_url      # http://127.0.0.1:PORT/ows/   (WMS, WMTS and WFS)
        server.oapif_url    # http://127.0.0.1:PORT/wfs3   (OGC API Features landing page)

:func:`start_failing_http_server` and :func:`closed_port_url` give endpoints that
fail, for error-path tests. Run as a script to serve a GeoPackage by hand::

    python tests/qgis_server.py resources/sample/urbis_sample.gpkg --port 8010
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # (also when run as a script)
    sys.path.insert(0, str(ROOT))
from scripts.processes import stop  # noqa: E402

CRS = "EPSG:31370"
#: Output CRSs offered by WMS, WFS (OtherSRS) and OGC API Features (``crs``).
OUTPUT_CRS_LIST = [CRS, "EPSG:4326", "EPSG:3857", "EPSG:3812"]
#: Decimals of the coordinates written by WFS (Lambert 72 metres: micrometres).
WFS_PRECISION = 6
#: Upper bound of OGC API Features' ``limit`` (QGIS Server's default is 10000).
OAPIF_MAX_LIMIT = 1_000_000
#: WMS name of the project's root layer: all layers in one image, a stand-in base map.
WMS_ROOT_NAME = "BaseMaps"
#: Identifier of the only WMTS tile matrix set (QGIS Server names a grid by its CRS),
#: as GeoWebCache names the Region's Lambert 72 grid.
WMTS_TILE_MATRIX_SET = CRS
#: Scale denominator of the WMTS grid's level 0 (one 256-pixel tile spans Belgium)...
WMTS_TOP_SCALE = 4_000_000.0
#: ... and its last level (13: 1:488, about 0.14 m a pixel).
WMTS_LAST_LEVEL = 13
MAPSERVER = "qgis_mapserver"
#: Seconds one readiness poll waits for an answer (the server answers small projects in ms).
POLL_TIMEOUT = 2.0
#: Variables of the caller that would redirect the server (project, URLs, log, plugins).
_DROPPED_ENV = frozenset(
    {
        "QGIS_PROJECT_FILE",
        "QGIS_SERVER_SERVICE_URL",
        "QGIS_SERVER_WMS_SERVICE_URL",
        "QGIS_SERVER_WFS_SERVICE_URL",
        "QGIS_SERVER_LOG_FILE",
        "QGIS_PLUGINPATH",
    }
)

_qgis_app: QgsApplication | None = None


def _ensure_qgis() -> None:
    """Start a headless QgsApplication when the caller (a script) has none."""
    global _qgis_app
    if QgsApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _qgis_app = QgsApplication([], False)
        _qgis_app.initQgis()


def gpkg_layer_names(gpkg: Path) -> list[str]:
    """Names of the vector layers of a GeoPackage, in file order."""
    _ensure_qgis()
    sublayers = QgsProviderRegistry.instance().querySublayers(str(gpkg))
    return [s.name() for s in sublayers if s.providerKey() == "ogr"]


def wmts_grid_config(project: QgsProject) -> str:
    """The ``WMTSGrids/Config`` entry of a grid in the project's CRS: ``CRS,top,left,scale,last level``.

    The grid's top-left corner is that of the CRS's area of use (QGIS Server
    sizes the grid to cover it), rounded outwards to the metre.
    """
    crs = project.crs()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    bounds = QgsCoordinateTransform(wgs84, crs, project).transformBoundingBox(crs.bounds())
    top, left = math.ceil(bounds.yMaximum()), math.floor(bounds.xMinimum())
    return f"{crs.authid()},{top},{left},{WMTS_TOP_SCALE!r},{WMTS_LAST_LEVEL}"


def build_server_project(
    gpkg: Path,
    project_path: Path,
    layers: list[str] | None = None,
    base_maps: tuple[str, ...] = (),
    wmts_layers: tuple[str, ...] = (),
) -> Path:
    """Write a QGIS Server project offering the GeoPackage's layers by their own names.

    Every layer is a WMS layer, a WFS feature type and an OGC API Features
    collection named as in the GeoPackage; all attributes and all features are
    served (no WFS limit is set in the project). The WMS root layer
    ``BaseMaps`` draws them all. ``layers`` defaults to all vector layers of
    the GeoPackage. Each name in ``base_maps`` is an extra WMS-only layer (a
    copy of the first layer) standing in for one of the Region's base maps.
    Each name in ``wmts_layers`` is such a copy too (one layer for a name in
    both), also offered over WMTS in PNG on the tile matrix set
    :data:`WMTS_TILE_MATRIX_SET`, like the Region's GeoWebCache layers. The
    copies are never WFS feature types nor OGC API Features collections.
    """
    _ensure_qgis()
    gpkg = Path(gpkg).resolve()
    project_path = Path(project_path)
    names = layers if layers is not None else gpkg_layer_names(gpkg)
    if not names:
        raise ValueError(f"no vector layer to serve in {gpkg}")

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(CRS))
    project.setTitle(f"{gpkg.stem} (QGIS Server)")
    extent = QgsRectangle()
    extent.setMinimal()
    layer_ids = []
    for name in names:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise ValueError(f"layer {name!r} not found or invalid in {gpkg}")
        project.addMapLayer(layer)
        layer_ids.append(layer.id())
        if not layer.extent().isEmpty():
            extent.combineExtentWith(layer.extent())
    stand_ins = list(dict.fromkeys((*base_maps, *wmts_layers)))
    if set(stand_ins) & set(names):
        raise ValueError(f"base-map names {sorted(set(stand_ins) & set(names))} are served layers' names")
    stand_in_ids: dict[str, str] = {}
    for name in stand_ins:
        stand_in = QgsVectorLayer(f"{gpkg}|layername={names[0]}", name, "ogr")
        project.addMapLayer(stand_in)
        stand_in_ids[name] = stand_in.id()
    if extent.isEmpty():  # only empty layers: the Region's bounding box
        extent = QgsRectangle(140000, 160000, 160000, 180000)
    extent.grow(max(extent.width(), extent.height()) * 0.01 or 1.0)

    project.writeEntryBool("Paths", "/Absolute", True)
    project.writeEntryBool("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", project.title())
    project.writeEntry("WMSRootName", "/", WMS_ROOT_NAME)
    project.writeEntry("WMSCrsList", "/", OUTPUT_CRS_LIST)
    project.writeEntry(
        "WMSExtent",
        "/",
        [repr(value) for value in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())],
    )
    project.writeEntryBool("WMSUseLayerIDs", "/", False)
    project.writeEntry("WFSLayers", "/", layer_ids)
    for layer_id in layer_ids:
        project.writeEntry("WFSLayersPrecision", f"/{layer_id}", WFS_PRECISION)
    if wmts_layers:
        # WMTS identifiers are the layers' names; one grid only, so that
        # TILEMATRIXSET=EPSG:31370 means this grid (without WMTSGrids QGIS
        # Server derives a grid for every WMS CRS from the CRS's area of use).
        wmts_ids = [stand_in_ids[name] for name in dict.fromkeys(wmts_layers)]
        project.writeEntry("WMTSLayers", "/Layer", wmts_ids)
        project.writeEntry("WMTSPngLayers", "/Layer", wmts_ids)
        project.writeEntry("WMTSGrids", "/CRS", [WMTS_TILE_MATRIX_SET])
        project.writeEntry("WMTSGrids", "/Config", [wmts_grid_config(project)])
    project_path.parent.mkdir(parents=True, exist_ok=True)
    if not project.write(str(project_path)):
        raise OSError(f"cannot write {project_path}: {project.error()}")
    return project_path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class QgisServerProcess:
    """``qgis_mapserver`` serving one project on 127.0.0.1, with an isolated profile.

    Use as a context manager, or call :meth:`start` and :meth:`stop`.
    """

    def __init__(self, project_path: Path, port: int | None = None, timeout: float = 60.0) -> None:
        self.project_path = Path(project_path).resolve()
        self._choose_port = port is None
        self.port = port or free_port()
        self.timeout = timeout
        self.process: subprocess.Popen[bytes] | None = None
        self._workdir: Path | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``, without a trailing slash."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def ows_url(self) -> str:
        """The WMS/WFS endpoint (the URL the server advertises in its capabilities)."""
        return f"{self.base_url}/ows/"

    @property
    def oapif_url(self) -> str:
        """The OGC API Features landing page."""
        return f"{self.base_url}/wfs3"

    @property
    def log_path(self) -> Path:
        """The server's stderr (its log), kept until :meth:`stop`."""
        if self._workdir is None:
            raise RuntimeError("server not started")
        return self._workdir / "server.log"

    def log(self) -> str:
        """What the server wrote to its log so far."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except (OSError, RuntimeError):
            return ""

    def _environment(self, workdir: Path) -> dict[str, str]:
        """Environment that keeps the server away from the user's QGIS profile."""
        env = {key: value for key, value in os.environ.items() if key not in _DROPPED_ENV}
        runtime = workdir / "runtime"
        runtime.mkdir(mode=0o700)
        env.update(
            HOME=str(workdir),
            XDG_RUNTIME_DIR=str(runtime),
            QT_QPA_PLATFORM="offscreen",
            QGIS_CUSTOM_CONFIG_PATH=str(workdir / "config"),
            QGIS_OPTIONS_PATH=str(workdir / "config"),
            QGIS_SERVER_CACHE_DIRECTORY=str(workdir / "cache"),
            QGIS_SERVER_LOG_STDERR="1",
            QGIS_SERVER_LOG_LEVEL=os.environ.get("QGIS_SERVER_LOG_LEVEL", "1"),
            QGIS_SERVER_PARALLEL_RENDERING="0",
            QGIS_SERVER_API_WFS3_MAX_LIMIT=str(OAPIF_MAX_LIMIT),
            QGIS_SERVER_IGNORE_BAD_LAYERS="0",
        )
        return env

    def start(self) -> QgisServerProcess:
        """Start the server and wait until it answers a WMS GetCapabilities.

        A port chosen here that another process took meanwhile is replaced (3 tries).
        """
        if self.process is not None:
            raise RuntimeError("server already started")
        if not self.project_path.is_file():
            raise FileNotFoundError(f"no QGIS project at {self.project_path}")
        binary = shutil.which(MAPSERVER)
        if binary is None:
            raise FileNotFoundError(f"{MAPSERVER} not found: install Debian's qgis-server")
        attempts_left = 3 if self._choose_port else 1
        while True:
            attempts_left -= 1
            self._launch(binary)
            try:
                self._wait_ready()
                return self
            except BaseException as exc:
                self.stop()
                if attempts_left == 0 or "already in use" not in str(exc):
                    raise
                self.port = free_port()

    def _launch(self, binary: str) -> None:
        """Start ``qgis_mapserver`` with its log in a fresh temporary profile."""
        self._workdir = Path(tempfile.mkdtemp(prefix="qgis-server-"))
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [binary, "-p", str(self.project_path), f"127.0.0.1:{self.port}"],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self._environment(self._workdir),
                cwd=self._workdir,
            )

    def _wait_ready(self) -> None:
        """Poll GetCapabilities until it returns WMS capabilities, or fail with the log."""
        url = f"{self.ows_url}?SERVICE=WMS&REQUEST=GetCapabilities"
        deadline = time.monotonic() + self.timeout
        last_error = "no answer"
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{MAPSERVER} exited with code {self.process.returncode} before answering "
                    f"on port {self.port}; its log:\n{self.log()}"
                )
            try:
                with urllib.request.urlopen(url, timeout=POLL_TIMEOUT) as response:
                    if b"WMS_Capabilities" in response.read():
                        return
                    last_error = "answer is not WMS capabilities"
            except urllib.error.HTTPError as exc:  # up, but the project does not load
                body = exc.read().decode("utf-8", errors="replace")
                raise RuntimeError(
                    f"{MAPSERVER} answered {url} with {exc.code}: {body}\nits log:\n{self.log()}"
                ) from exc
            except (urllib.error.URLError, OSError) as exc:
                last_error = str(exc)
            time.sleep(0.1)
        raise TimeoutError(
            f"{MAPSERVER} did not answer {url} within {self.timeout:.0f} s ({last_error}); its log:\n{self.log()}"
        )

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and remove its temporary profile."""
        stop(self.process)
        self.process = None
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)
            self._workdir = None

    def __enter__(self) -> QgisServerProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def start_qgis_server(project_path: Path, port: int | None = None) -> tuple[str, QgisServerProcess]:
    """Start a server on the project; return its base URL and the running server (stop it)."""
    server = QgisServerProcess(project_path, port).start()
    return server.base_url, server


def start_failing_http_server(status: int = 500, body: bytes = b"deliberate failure") -> tuple[str, Callable[[], None]]:
    """A loopback HTTP server answering every request with ``status``; return (url, stop)."""

    class Handler(BaseHTTPRequestHandler):
        def _fail(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Stay silent."""

    for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"):
        setattr(Handler, f"do_{method}", Handler._fail)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(
        target=httpd.serve_forever,
        kwargs={"poll_interval": 0.05},
        name=f"failing-http-{status}",
        daemon=True,
    )
    thread.start()

    def stop() -> None:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)

    return f"http://127.0.0.1:{httpd.server_address[1]}/", stop


def closed_port_url() -> str:
    """An ``http://127.0.0.1:PORT/`` URL where nothing listens (connections are refused)."""
    return f"http://127.0.0.1:{free_port()}/"


def _exit(signum: int, frame: object) -> None:
    """Turn SIGTERM into SystemExit, so that the server is stopped on the way out."""
    raise SystemExit(128 + signum)


def main() -> None:
    """Serve a GeoPackage until interrupted (Ctrl-C or SIGTERM)."""
    signal.signal(signal.SIGTERM, _exit)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gpkg", type=Path)
    parser.add_argument("--port", type=int)
    parser.add_argument("--layers", nargs="*")
    parser.add_argument("--base-maps", nargs="*", default=[], help="extra WMS layer names")
    parser.add_argument("--wmts-layers", nargs="*", default=[], help="extra WMS and WMTS layer names")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qgis-server-project-") as tmp:
        project = build_server_project(
            args.gpkg, Path(tmp) / "server.qgs", args.layers, tuple(args.base_maps), tuple(args.wmts_layers)
        )
        with QgisServerProcess(project, args.port) as server:
            print(f"WMS/WMTS/WFS: {server.ows_url}\nOGC API Features: {server.oapif_url}", flush=True)
            try:
                server.process.wait()
            except KeyboardInterrupt:
                print("Stopping.")


if __name__ == "__main__":
    main()
