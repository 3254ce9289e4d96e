"""Meta-tests: the architecture rules of DESIGN.md, checked on the source itself."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import autocrm

SRC = Path(autocrm.__file__).parent
CLOCK = re.compile(
    r"\b(date\.today|datetime\.now|datetime\.utcnow|time\.time|datetime\.today)\s*\("
)
#: Modules that may read the clock (DESIGN.md principle 2: the CLI only).
CLOCK_ALLOWED = {"cli.py", "__main__.py"}
#: Modules that need an optional extra, with the distribution that provides it.
EXTRA_MODULES = {
    "autocrm.adapters.sqlalchemy": "sqlalchemy",
    "autocrm.adapters.pandas": "pandas",
    "autocrm.cli": "typer",
    "autocrm.__main__": "typer",
    "autocrm.testing.strategies": "hypothesis",
    "autocrm.testing._identifier_strategies": "hypothesis",
}
PURE = ("autocrm.domain", "autocrm.rules", "autocrm.stats", "autocrm.query")
FORBIDDEN_IN_PURE = ("sqlalchemy", "pandas", "autocrm.adapters", "alembic", "typer", "rich")


def _modules() -> list[str]:
    names = ["autocrm"]
    for info in pkgutil.walk_packages([str(SRC)], prefix="autocrm."):
        if ".migrations" in info.name:
            continue
        names.append(info.name)
    return sorted(names)


def _needs_missing_extra(name: str) -> bool:
    for prefix, dist in EXTRA_MODULES.items():
        if name == prefix or name.startswith(prefix + "."):
            try:
                importlib.import_module(dist)
            except ImportError:
                return True
    return False


def test_the_source_scan_finds_a_clock_call() -> None:
    # The scanner itself must be able to fail.
    assert CLOCK.search("due = date.today()")
    assert CLOCK.search("now = datetime.now(tz)")
    assert not CLOCK.search("as_of: date")


def test_nothing_outside_the_cli_reads_the_clock() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name in CLOCK_ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if CLOCK.search(line):
                offenders.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert offenders == []


def test_import_autocrm_leaves_sqlalchemy_and_pandas_unloaded() -> None:
    code = (
        "import sys, autocrm, autocrm.domain, autocrm.rules, autocrm.stats, autocrm.query;"
        "import autocrm.adapters.json, autocrm.adapters.memory;"
        "print(sorted(m for m in ('sqlalchemy', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "[]"


@pytest.mark.parametrize("name", _modules())
def test_every_public_name_imports(name: str) -> None:
    if _needs_missing_extra(name):
        pytest.skip(f"{name} needs an optional extra that is not installed")
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if name.rsplit(".", 1)[-1].startswith("_") and exported is None:
        return
    assert exported is not None, f"{name} has no __all__"
    missing = [n for n in exported if not hasattr(module, n)]
    assert missing == []
    assert len(set(exported)) == len(exported), f"{name}.__all__ repeats a name"


@pytest.mark.parametrize("name", [m for m in _modules() if m.startswith(PURE)])
def test_the_pure_core_imports_no_adapter(name: str) -> None:
    path = SRC.joinpath(*name.split(".")[1:])
    file = path.with_suffix(".py") if path.with_suffix(".py").exists() else path / "__init__.py"
    text = file.read_text(encoding="utf-8")
    imports = re.findall(r"^\s*(?:from|import)\s+([\w.]+)", text, flags=re.MULTILINE)
    bad = [i for i in imports if i.startswith(FORBIDDEN_IN_PURE)]
    assert bad == []


def test_public_functions_and_classes_have_docstrings() -> None:
    undocumented = []
    for name in _modules():
        if _needs_missing_extra(name):
            continue
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            if (callable(obj) or isinstance(obj, type)) and not getattr(obj, "__doc__", None):
                undocumented.append(f"{name}.{attr}")
    assert undocumented == []
