"""Helpers for the loopback servers the demo and the tests start (pycsw, QGIS Server)."""

from __future__ import annotations

import subprocess


def stop(process: subprocess.Popen | None, timeout: float = 10.0) -> None:
    """End `process` if it still runs: SIGTERM, then SIGKILL after `timeout` seconds; wait for it."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
