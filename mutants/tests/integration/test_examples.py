"""The example notebook: generated from its script, and it runs and draws every figure.

Running the notebook starts a Jupyter kernel and builds a small shop (about 15 s), so
that test runs in CI (``CI`` set, as ``.ci/run`` does) or with ``AUTOCRM_TEST_NOTEBOOK=1``;
the others are instant and always run.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FIGURES = ("complaints_by_year", "on_time_closure", "satisfaction", "arrivals_by_type", "fleet_abc")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _builder() -> object:
    spec = importlib.util.spec_from_file_location("build_notebook", EXAMPLES / "build_notebook.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_notebook_is_the_script() -> None:
    builder = _builder()
    script = (EXAMPLES / "shop_report.py").read_text(encoding="utf-8")
    committed = (EXAMPLES / "shop_report.ipynb").read_text(encoding="utf-8")
    assert committed == builder.notebook_text(script), "run python examples/build_notebook.py"  # type: ignore[attr-defined]


def test_committed_notebook_has_no_outputs() -> None:
    notebook = json.loads((EXAMPLES / "shop_report.ipynb").read_text(encoding="utf-8"))
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code
    assert all(cell["outputs"] == [] and cell["execution_count"] is None for cell in code)


def test_docs_show_every_committed_figure() -> None:
    page = (ROOT / "docs" / "reports.md").read_text(encoding="utf-8")
    for name in FIGURES:
        assert (ROOT / "docs" / "reports" / f"{name}.png").read_bytes().startswith(PNG_SIGNATURE)
        assert f"reports/{name}.png" in page


@pytest.mark.skipif(
    not (os.environ.get("CI") or os.environ.get("AUTOCRM_TEST_NOTEBOOK")),
    reason="runs the notebook in a Jupyter kernel (~15 s): set CI or AUTOCRM_TEST_NOTEBOOK=1",
)
def test_notebook_runs_and_writes_every_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nbclient = pytest.importorskip("nbclient")
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("matplotlib")
    pytest.importorskip("ipykernel")
    monkeypatch.setenv("AUTOCRM_REPORTS_DIR", str(tmp_path / "reports"))
    monkeypatch.setenv("AUTOCRM_EXAMPLE_CUSTOMERS", "150")  # a small shop keeps it quick
    # ipykernel's own "python3" kernel is this interpreter; it sees this checkout's code.
    monkeypatch.setenv("PYTHONPATH", str(ROOT / "src"))
    notebook = nbformat.read(EXAMPLES / "shop_report.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()
    for name in FIGURES:
        written = tmp_path / "reports" / f"{name}.png"
        assert written.read_bytes().startswith(PNG_SIGNATURE), name
    shown = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if "image/png" in output.get("data", {})
    ]
    assert len(shown) == len(FIGURES)
    tables = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if "<table" in output.get("data", {}).get("text/html", "")
    ]
    assert len(tables) >= 5  # the frames and the results show as HTML tables
