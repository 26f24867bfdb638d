#!/usr/bin/env python3
"""A real pycsw 2.6.2 catalogue (CSW 2.0.2 + CSW-T, ISO 19139 via apiso) on loopback.

pycsw lives in its own virtual environment (``$PARADIGM_PYCSW_VENV``, default
``.venv-pycsw`` in the repository), made on first use from the pinned
``requirements-pycsw.txt``; it is never installed into QGIS's Python. Plain
standard library: runs with ``/usr/bin/python3``::

    python3 scripts/pycsw_server.py --setup          # create/refresh the venv only
    python3 scripts/pycsw_server.py [--port 8011]    # serve until Ctrl-C

From tests::

    with PycswServer() as csw:
        csw.url        # http://127.0.0.1:PORT/  (the URL its capabilities advertise)
        csw.gmd_xsd    # pycsw's ISO 19139 gmd.xsd, for schema validation
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # (also when run as a script)
    sys.path.insert(0, str(ROOT))
from scripts.processes import stop  # noqa: E402

REQUIREMENTS = ROOT / "requirements-pycsw.txt"
VENV_ENV = "PARADIGM_PYCSW_VENV"
SYSTEM_PYTHON = "/usr/bin/python3"
STAMP = "paradigm-requirements.sha256"
#: Seconds one readiness poll waits for an answer.
POLL_TIMEOUT = 2.0
#: Inside pycsw's package: the ISO 19139 (2007-04-17) schemas of the apiso profile.
GMD_XSD = Path("plugins/profiles/apiso/schemas/ogc/iso/19139/20070417/gmd/gmd.xsd")

#: Run by the venv's Python: bind a free port, write it into the config's [server] url
#: (clients follow the URLs of GetCapabilities), report it, serve pycsw's WSGI app.
_SERVE = r"""
import configparser, os, sys
from wsgiref.simple_server import WSGIRequestHandler, make_server
from pycsw.wsgi import application

class Handler(WSGIRequestHandler):
    def log_message(self, *args):
        pass

config_path, port_file, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
httpd = make_server("127.0.0.1", port, application, handler_class=Handler)
port = httpd.server_address[1]
config = configparser.ConfigParser(interpolation=None)
config.read(config_path, encoding="utf-8")
config["server"]["url"] = f"http://127.0.0.1:{port}/"
with open(config_path, "w", encoding="utf-8") as handle:
    config.write(handle)
with open(port_file + ".tmp", "w") as handle:
    handle.write(str(port))
os.replace(port_file + ".tmp", port_file)
httpd.serve_forever()
"""

_SETUP_DB = r"""
import sys
from pycsw.core import admin
admin.setup_db(sys.argv[1], sys.argv[2], sys.argv[3])
"""


def venv_dir(venv: Path | str | None = None) -> Path:
    """The pycsw virtual environment: `venv`, else $PARADIGM_PYCSW_VENV, else .venv-pycsw."""
    return Path(venv or os.environ.get(VENV_ENV) or ROOT / ".venv-pycsw").resolve()


def _requirements_hash() -> str:
    return hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()


def ensure_venv(venv: Path | str | None = None, quiet: bool = True) -> Path:
    """Create (or refresh after a change of requirements-pycsw.txt) the pycsw venv; return its python.

    Safe when several processes call it at once (a file lock serialises them).
    """
    path = venv_dir(venv)
    python = path / "bin" / "python"
    path.parent.mkdir(parents=True, exist_ok=True)
    wanted = _requirements_hash()
    lock_path = Path(tempfile.gettempdir()) / f"paradigm-pycsw-{hashlib.sha1(bytes(path)).hexdigest()[:12]}.lock"
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stamp = path / STAMP
        if python.exists() and stamp.is_file() and stamp.read_text().strip() == wanted:
            return python
        started = time.monotonic()
        if not python.exists():
            base = SYSTEM_PYTHON if Path(SYSTEM_PYTHON).exists() else sys.executable
            subprocess.run([base, "-m", "venv", str(path)], check=True)
        pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check"]
        if quiet:
            pip.append("-q")
        subprocess.run([*pip, "-r", str(REQUIREMENTS)], check=True)
        subprocess.run([str(python), "-c", "import pycsw.wsgi, pycsw.core.admin"], check=True)
        stamp.write_text(wanted + "\n")
        print(f"pycsw venv ready at {path} in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return python


def pycsw_package(venv: Path | str | None = None) -> Path:
    """The installed `pycsw` package folder inside the venv."""
    found = sorted(venv_dir(venv).glob("lib/python3*/site-packages/pycsw"))
    if not found:
        raise FileNotFoundError(f"pycsw is not installed in {venv_dir(venv)}")
    return found[-1]


def gmd_xsd(venv: Path | str | None = None) -> Path:
    """pycsw's copy of the ISO 19139 gmd.xsd (its imports resolve to files beside it)."""
    return pycsw_package(venv) / GMD_XSD


def write_config(path: Path, database: Path, home: Path, port: int, log_file: Path) -> None:
    """pycsw's INI configuration (transactions from 127.0.0.1 only, apiso profile, SQLite)."""
    path.write_text(
        f"""[server]
home={home}
url=http://127.0.0.1:{port}/
mimetype=application/xml; charset=UTF-8
encoding=UTF-8
language=fr-BE
maxrecords=100
loglevel=WARNING
logfile={log_file}
pretty_print=false
profiles=apiso

[manager]
transactions=true
allowed_ips=127.0.0.1

[metadata:main]
identification_title=Paradigm test catalogue (pycsw)
identification_abstract=Loopback CSW catalogue for the paradigm_carto tests
identification_keywords=catalogue,UrbIS,Brussels
identification_keywords_type=theme
identification_fees=None
identification_accessconstraints=None
provider_name=Paradigm
provider_url=https://paradigm.brussels/
contact_name=Paradigm
contact_position=Catalogue
contact_address=Avenue des Arts 21
contact_city=Brussels
contact_stateorprovince=Brussels-Capital Region
contact_postalcode=1000
contact_country=Belgium
contact_phone=+32-2-000-00-00
contact_fax=+32-2-000-00-00
contact_email=catalogue@example.invalid
contact_url=https://paradigm.brussels/
contact_hours=Always
contact_instructions=None
contact_role=pointOfContact

[repository]
database=sqlite:///{database}
table=records
""",
        encoding="utf-8",
    )


class PycswServer:
    """pycsw serving a fresh SQLite repository on 127.0.0.1 (a context manager)."""

    def __init__(self, venv: Path | str | None = None, port: int = 0, timeout: float = 60.0) -> None:
        self.venv = venv_dir(venv)
        self.requested_port = port
        self.port = 0
        self.timeout = timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.workdir: Path | None = None

    @property
    def url(self) -> str:
        """The CSW endpoint, as advertised in GetCapabilities."""
        return f"http://127.0.0.1:{self.port}/"

    @property
    def gmd_xsd(self) -> Path:
        """pycsw's ISO 19139 gmd.xsd."""
        return gmd_xsd(self.venv)

    def log(self) -> str:
        """pycsw's log and the server's stderr so far."""
        if self.workdir is None:
            return ""
        texts = []
        for name in ("pycsw.log", "server.log"):
            try:
                texts.append((self.workdir / name).read_text(encoding="utf-8", errors="replace"))
            except OSError:
                pass
        return "\n".join(texts)

    def start(self) -> PycswServer:
        """Create the venv if needed, the repository, then serve and wait for GetCapabilities."""
        if self.process is not None:
            raise RuntimeError("pycsw already started")
        python = ensure_venv(self.venv)
        self.workdir = Path(tempfile.mkdtemp(prefix="paradigm-pycsw-"))
        config = self.workdir / "pycsw.cfg"
        database = self.workdir / "records.db"
        write_config(config, database, self.workdir, self.requested_port, self.workdir / "pycsw.log")
        env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
        env["PYCSW_CONFIG"] = str(config)
        try:
            subprocess.run(
                [str(python), "-c", _SETUP_DB, f"sqlite:///{database}", "records", str(self.workdir)],
                check=True,
                env=env,
                cwd=self.workdir,
                capture_output=True,
                timeout=120,
            )
        except subprocess.CalledProcessError as exc:
            self.stop()
            raise RuntimeError(f"pycsw setup_db failed: {exc.stderr.decode(errors='replace')}") from exc
        port_file = self.workdir / "port"
        with open(self.workdir / "server.log", "wb") as log:
            self.process = subprocess.Popen(
                [str(python), "-c", _SERVE, str(config), str(port_file), str(self.requested_port)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=self.workdir,
            )
        try:
            self._wait_ready(port_file)
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self, port_file: Path) -> None:
        deadline = time.monotonic() + self.timeout
        last_error = "no answer"
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"pycsw exited with code {self.process.returncode}; its log:\n{self.log()}")
            if not self.port and port_file.is_file():
                self.port = int(port_file.read_text())
            if self.port:
                try:
                    url = f"{self.url}?service=CSW&version=2.0.2&request=GetCapabilities"
                    with urllib.request.urlopen(url, timeout=POLL_TIMEOUT) as response:
                        if b"Capabilities" in response.read():
                            return
                        last_error = "the answer is not CSW capabilities"
                except (urllib.error.URLError, OSError) as exc:
                    last_error = str(exc)
            time.sleep(0.1)
        raise TimeoutError(f"pycsw did not answer within {self.timeout:.0f} s ({last_error}); log:\n{self.log()}")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL) and remove its repository."""
        stop(self.process)
        self.process = None
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None
        self.port = 0

    def __enter__(self) -> PycswServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def main() -> None:
    """Create the venv (--setup) or serve until interrupted."""
    signal.signal(signal.SIGTERM, _exit)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", action="store_true", help="only create/refresh the pycsw venv")
    parser.add_argument("--venv", type=Path, help=f"venv folder (default ${VENV_ENV} or .venv-pycsw)")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    if args.setup:
        print(ensure_venv(args.venv, quiet=False))
        return
    with PycswServer(args.venv, args.port) as server:
        print(f"CSW 2.0.2 (+ transactions from 127.0.0.1): {server.url}", flush=True)
        try:
            assert server.process is not None
            server.process.wait()
        except KeyboardInterrupt:
            print("Stopping.")


if __name__ == "__main__":
    main()
