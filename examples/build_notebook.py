"""Write examples/shop_report.ipynb from examples/shop_report.py (the script is the source).

The script is split into cells at its ``# %%`` lines (``# %% [markdown]`` cells
are comment lines turned into Markdown), the convention of jupytext's "percent"
format and of most editors. The notebook is written without outputs; run
``python examples/build_notebook.py`` after editing the script, and the test
``tests/integration/test_examples.py`` fails when the two disagree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
SCRIPT = HERE / "shop_report.py"
NOTEBOOK = HERE / "shop_report.ipynb"


def _cells(source: str) -> list[dict[str, object]]:
    cells: list[dict[str, object]] = []
    kind, lines = "code", []  # type: tuple[str, list[str]]

    def close() -> None:
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            text = [line + "\n" for line in lines]
            text[-1] = text[-1].rstrip("\n")
            cell: dict[str, object] = {
                "cell_type": kind,
                "id": f"cell-{len(cells) + 1}",
                "metadata": {},
                "source": text,
            }
            if kind == "code":
                cell.update(execution_count=None, outputs=[])
            cells.append(cell)

    for line in source.splitlines():
        if line.startswith("# %%"):
            close()
            kind, lines = ("markdown" if "[markdown]" in line else "code"), []
        elif kind == "markdown":
            lines.append(line.removeprefix("#").removeprefix(" "))
        else:
            lines.append(line)
    close()
    return cells


def notebook_text(source: str) -> str:
    """The notebook (nbformat 4 JSON, no outputs) of a percent-format script."""
    notebook = {
        "cells": _cells(source),
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    NOTEBOOK.write_text(notebook_text(SCRIPT.read_text(encoding="utf-8")), encoding="utf-8")
    sys.stdout.write(f"wrote {NOTEBOOK}\n")
