"""The robustness tests run in a scratch directory.

Junk strings end up as paths (a backup target, a policies file): whatever an entry
point writes there lands in a throw-away folder, not in the working tree.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True, scope="module")
def _scratch_directory() -> Iterator[None]:
    before = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="autocrm-fuzz-cwd-") as scratch:
        os.chdir(scratch)
        try:
            yield
        finally:
            os.chdir(before)
