"""Names that moved to a topic module still import from their old place, with a warning."""

from __future__ import annotations

import importlib
import pkgutil
import warnings

import pytest

import autocrm
from autocrm.rules._moved import moved


def _moved_names() -> list[tuple[str, str, str]]:
    found = []
    for info in pkgutil.walk_packages(autocrm.__path__, prefix="autocrm."):
        if ".migrations" in info.name or info.name.startswith("autocrm.adapters"):
            continue
        if info.name in {"autocrm.cli", "autocrm.__main__"}:
            continue
        module = importlib.import_module(info.name)
        table = vars(module).get("_MOVED", {})
        found += [(info.name, name, new) for name, new in sorted(table.items())]
    return found


MOVED = _moved_names()


def test_the_moved_names_are_found() -> None:
    # Guards the parametrised test below against passing on an empty list.
    assert ("autocrm.rules.archive", "find_duplicates", "autocrm.rules.duplicates") in MOVED


@pytest.mark.parametrize(("old", "name", "new"), MOVED, ids=[f"{o}.{n}" for o, n, _ in MOVED])
def test_a_moved_name_imports_from_its_old_place_with_a_warning(
    old: str, name: str, new: str
) -> None:
    target = getattr(importlib.import_module(new), name)
    assert name in importlib.import_module(new).__all__
    assert name not in importlib.import_module(old).__all__
    with pytest.warns(DeprecationWarning, match=rf"{old}\.{name} moved to {new}\.{name}"):
        value = getattr(importlib.import_module(old), name)
    assert value is target


def test_the_from_import_form_warns_too() -> None:
    with pytest.warns(DeprecationWarning, match="autocrm.rules.duplicates"):
        from autocrm.rules.archive import find_duplicates  # noqa: F401


def test_a_name_that_never_lived_there_is_an_attribute_error() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
            moved("autocrm.rules.archive", "nothing_here", {"find_duplicates": "x"})
