"""`make demo` end to end: a separate process, as a user runs it; it must exit cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_and_writes_everything(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env["HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--output", str(tmp_path / "demo")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    for name in ("paradigm_demo.qgz", "region.png", "grand_place.png", "grand_place_A4.pdf", "grand_place_A4.png"):
        path = tmp_path / "demo" / name
        assert path.is_file() and path.stat().st_size > 1000, name
    out = done.stdout
    assert "Saved: no, refused." in out and "GeoPackage unchanged (read back separately): True." in out
    assert "GeoPackage now holds the fixed position (read back separately): True." in out
    assert "CSW search 'Communes' (fr)" in out and ": Communes" in out
    assert "CSW search 'Gemeenten' (nl)" in out and ": Gemeenten" in out
