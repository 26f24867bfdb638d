"""``qgis_process run paradigm_carto:exportmap`` from the command line, with the plugin installed in a
throwaway profile.

How qgis_process (3.22 to 3.40) finds the plugin's provider:

* it reads its settings and plugins from the profile ``default`` under ``QGIS_CUSTOM_CONFIG_PATH``
  (``<config>/profiles/default/``), so the plugin folder goes to
  ``<config>/profiles/default/python/plugins/paradigm_carto/``;
* it loads only *enabled* plugins whose metadata says ``hasProcessingProvider=yes``, calling their
  ``initProcessing()``; ``qgis_process plugins enable paradigm_carto`` (present in Debian 12's 3.22.16)
  writes ``[PythonPlugins] paradigm_carto=true`` to the profile's ``QGIS/QGIS3.ini``; when that command is
  missing, the test writes the key itself;
* Debian's ``/usr/bin/qgis_process`` wrapper adds ``$QGIS_OPTS`` (``--noversioncheck``), which 3.22's
  ``qgis_process.bin`` rejects: the ``.bin`` is called when it exists;
* the project comes from ``--PROJECT_PATH=<file>`` (a ``.qgz`` with the reference layers).

The plugin folder is assembled here from the source tree (package, ``resources/``, ``metadata.txt``,
compiled translations when present), not from ``make package``, which needs finished translations.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "paradigm_carto"
TIMEOUT_S = 120


def qgis_process_command() -> str | None:
    """``qgis_process.bin`` (Debian) when present, else ``qgis_process`` on the PATH."""
    for candidate in ("/usr/bin/qgis_process.bin", shutil.which("qgis_process.bin"), shutil.which("qgis_process")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


QGIS_PROCESS = qgis_process_command()
pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")


def install_plugin(config: Path) -> Path:
    """The plugin folder as a packaged install would have it, in the profile 'default' of `config`."""
    target = config / "profiles" / "default" / "python" / "plugins" / PLUGIN
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / PLUGIN, target, ignore=ignore)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=ignore)
    shutil.copy2(ROOT / "metadata.txt", target / "metadata.txt")
    compiled = sorted((ROOT / "i18n").glob("*.qm"))
    if compiled:
        (target / "i18n").mkdir()
        for qm in compiled:
            shutil.copy2(qm, target / "i18n" / qm.name)
    return target


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """qgis_process with `args`; output decoded, never raising on a non-zero exit."""
    return subprocess.run(
        [QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )


def enable_plugin(env: dict[str, str], config: Path) -> str:
    """Enable the plugin for qgis_process; returns how ('command' or 'ini')."""
    result = run(env, "plugins", "enable", PLUGIN)
    if result.returncode == 0:
        return "command"
    sys.path.insert(0, str(ROOT / "scripts"))
    from install_profile import write_settings

    write_settings(config / "profiles" / "default" / "QGIS" / "QGIS3.ini", [("PythonPlugins", PLUGIN, "true")])
    return "ini"


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory) -> dict[str, str]:
    """Environment for qgis_process: a fresh config folder with the plugin installed and enabled."""
    config = tmp_path_factory.mktemp("qgis_process_config")
    install_plugin(config)
    env = dict(os.environ)
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}"),
    )
    env.pop("PYTHONPATH", None)  # the plugin must come from the profile, not from this source tree
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    enable_plugin(env, config)
    ini = (config / "profiles" / "default" / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")
    assert re.search(rf"^{PLUGIN}=true$", ini, re.MULTILINE), ini
    return env


@pytest.fixture
def project_file(project, tmp_path) -> Path:
    """A saved project with the standard set from the bundled sample."""
    from paradigm_carto.core.catalogue import load_catalogue
    from paradigm_carto.core.loader import ReferenceLayerLoader

    assert ReferenceLayerLoader(load_catalogue(), project=project).load_standard_set("offline").added
    path = tmp_path / "brussels.qgz"
    assert project.write(str(path)), project.error()
    return path


def test_provider_is_loaded(qgis_process_env):
    listing = run(qgis_process_env, "plugins")
    assert re.search(rf"^\* {PLUGIN}$", listing.stdout, re.MULTILINE), listing.stdout + listing.stderr
    help_text = run(qgis_process_env, "help", "paradigm_carto:exportmap")
    assert help_text.returncode == 0, help_text.stderr
    for name in ("EXTENT", "TEMPLATE", "LABEL_MODE", "TITLE_FR", "TITLE_NL", "OUTPUT", "A3-landscape"):
        assert name in help_text.stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_run_exportmap_pdf(qgis_process_env, project_file, tmp_path):
    output = tmp_path / "x.pdf"
    result = run(
        qgis_process_env, "--json", "run", "paradigm_carto:exportmap", f"--PROJECT_PATH={project_file}", "--",
        "TEMPLATE=A4-landscape", "LABEL_MODE=2", "TITLE_FR=Carte de Bruxelles", "TITLE_NL=Kaart van Brussel",
        f"OUTPUT={output}",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout)["results"]["OUTPUT"] == str(output)
    text = subprocess.run(["pdftotext", str(output), "-"], capture_output=True, text=True, check=True).stdout
    assert "Carte de Bruxelles" in text and "Kaart van Brussel" in text and "Brussels UrbIS" in text
    info = subprocess.run(["pdfinfo", str(output)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+84[12](\.\d+)? x 595(\.\d+)? pts", info), info


def test_run_exportmap_png_with_extent(qgis_process_env, project_file, tmp_path):
    output = tmp_path / "x.png"
    result = run(
        qgis_process_env, "run", "paradigm_carto:exportmap", f"--PROJECT_PATH={project_file}", "--",
        "TEMPLATE=A3-portrait", "EXTENT=148000,151000,169000,172000 [EPSG:31370]", "DPI=50", f"OUTPUT={output}",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("with_project", "output", "expected"),
    [
        (True, "/nonexistent-paradigm/dir/x.pdf", "does not exist"),
        (False, "{tmp}/x.pdf", "no layers"),
    ],
)
def test_run_exportmap_errors_are_clear(qgis_process_env, project_file, tmp_path, with_project, output, expected):
    args = ["run", "paradigm_carto:exportmap"]
    if with_project:
        args.append(f"--PROJECT_PATH={project_file}")
    result = run(qgis_process_env, *args, "--", "TEMPLATE=A4-portrait", f"OUTPUT={output.format(tmp=tmp_path)}")
    assert result.returncode != 0
    assert expected in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
