"""The built wheel: it installs with only the core dependencies and behaves.

Builds the wheel (``pip wheel . --no-deps``), installs it into a fresh virtual
environment with the core dependencies only, and checks the package there. It
takes about 40 s (a wheel build and a venv with a pip install), so it runs in CI
(``CI`` set, as ``.ci/run`` does) or with ``AUTOCRM_TEST_WHEEL=1``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.wheel,
    pytest.mark.skipif(
        not (os.environ.get("CI") or os.environ.get("AUTOCRM_TEST_WHEEL")),
        reason="builds and installs the wheel (~40 s): set CI or AUTOCRM_TEST_WHEEL=1",
    ),
]


def _run(*command: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = _run(sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w", out)
    assert built.returncode == 0, built.stderr
    (found,) = out.glob("autocrm-*.whl")
    return found


@pytest.fixture(scope="module")
def core_python(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    installed = _run(python, "-m", "pip", "install", "-q", wheel, cwd=home)
    assert installed.returncode == 0, installed.stderr
    return python


def test_wheel_carries_license_and_type_marker(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "autocrm/py.typed" in names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-File: LICENSE" in text
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "Requires-Dist: phonenumberslite" in text
    assert "Requires-Dist: phonenumbers" not in text.replace("phonenumberslite", "")


def test_core_install_imports_and_validates(core_python: Path) -> None:
    shown = _run(
        core_python,
        "-c",
        "import autocrm; from autocrm.domain.identifiers import vin;"
        "print(vin.validate('LFV2A21K3D3109826'))",
        cwd=core_python.parent,
    )
    assert (shown.returncode, shown.stdout.strip()) == (0, "LFV2A21K3D3109826"), shown.stderr


def test_core_install_has_one_phone_number_package(core_python: Path) -> None:
    listed = _run(core_python, "-m", "pip", "list", "--format=freeze", cwd=core_python.parent)
    names = {line.split("==")[0].lower() for line in listed.stdout.splitlines()}
    assert "phonenumberslite" in names
    assert "phonenumbers" not in names


@pytest.mark.parametrize(
    ("module", "extra"),
    [("autocrm.adapters.sqlalchemy", "sql"), ("autocrm.adapters.pandas", "pandas")],
)
def test_a_missing_extra_names_its_install(core_python: Path, module: str, extra: str) -> None:
    shown = _run(
        core_python,
        "-c",
        f"from autocrm.extras import MissingExtra\n"
        f"try:\n    import {module}\nexcept MissingExtra as e:\n    print(e)",
        cwd=core_python.parent,
    )
    assert shown.returncode == 0, shown.stderr
    assert f'pip install "autocrm[{extra}]"' in shown.stdout


def test_command_without_cli_extra_says_how_to_get_it(core_python: Path) -> None:
    shown = _run(core_python.parent / "autocrm", "--version", cwd=core_python.parent)
    assert shown.returncode == 1
    assert 'pip install "autocrm[cli]"' in shown.stderr
    assert "Traceback" not in shown.stderr
