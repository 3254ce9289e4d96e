"""The shape of the house: import directions between layers, a pure core, no cycles.

The graph is read from the source (the AST of every module under ``src/autocrm``), not
from what happens to be imported at run time, so an import inside a function or under
``TYPE_CHECKING`` counts too: it is still a dependency a reader has to follow.

Layers, lowest first (a module may import its own layer and the layers below):
errors → domain → rules, query → stats → ports → adapters → cli. ``rules`` and
``query`` are peers that do not import each other.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

import autocrm

SRC = Path(autocrm.__file__).parent

#: Each layer and the top-level units (packages or modules under autocrm) it holds.
LAYERS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "errors",
        frozenset({"autocrm.errors", "autocrm._toml", "autocrm.extras", "autocrm.deprecations"}),
    ),
    ("domain", frozenset({"autocrm.domain"})),
    ("rules", frozenset({"autocrm.rules"})),
    ("query", frozenset({"autocrm.query"})),
    ("stats", frozenset({"autocrm.stats"})),
    ("ports", frozenset({"autocrm.ports", "autocrm.policies", "autocrm.erasure", "autocrm.retry"})),
    ("adapters", frozenset({"autocrm.adapters", "autocrm.testing"})),
    ("cli", frozenset({"autocrm.cli", "autocrm.__main__", "autocrm"})),
)
#: Layers that sit side by side: neither may import the other.
PEERS = frozenset({frozenset({"rules", "query"})})
#: The pure core, and what it never imports.
PURE = ("autocrm.domain", "autocrm.rules", "autocrm.stats", "autocrm.query")
FORBIDDEN_IN_PURE = ("sqlalchemy", "pandas", "alembic", "duckdb", "pyarrow", "typer", "rich")
#: Private names imported from another package, each with why it is left; this list must
#: only shrink. (``autocrm._toml``, the root's own TOML reader, serves every package.)
KNOWN_PRIVATE_IMPORTS: dict[tuple[str, str], str] = {
    ("autocrm.stats.renewals", "autocrm.domain._fields"): (
        "the domain's attrs field validators are the construction hot path, reworked by the "
        "construction-speed work; they become public there"
    ),
}
#: Cycles known today, each with why it is left; this list must only shrink.
KNOWN_CYCLES: dict[tuple[str, ...], str] = {}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {
        _module_name(path): path
        for path in sorted(SRC.rglob("*.py"))
        if "migrations" not in path.relative_to(SRC).parts
    }


MODULES = _modules()


def _imports(path: Path, known: Iterable[str]) -> set[str]:
    """Every module ``path`` imports (autocrm modules resolved to the module imported)."""
    names = set(known)
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # ``from autocrm.rules import churn`` imports the module autocrm.rules.churn;
            # ``from autocrm.rules import is_lost`` imports autocrm.rules itself.
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in names else node.module)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the autocrm modules it imports, read from the source."""
    return {
        name: {target for target in _imports(path, MODULES) if target in MODULES}
        for name, path in MODULES.items()
    }


def _layer_of(module: str) -> int:
    unit = ".".join(module.split(".")[:2])
    for index, (_, units) in enumerate(LAYERS):
        if unit in units:
            return index
    msg = f"{module} is in no layer: add its package to LAYERS"
    raise AssertionError(msg)


def find_cycles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The import cycles of ``graph``: its strongly connected parts of two or more nodes.

    A module that imports itself counts as a cycle too. Tarjan's algorithm, iterative so
    that a deep graph does not hit the recursion limit.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                target = pending.pop(0)
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, sorted(graph.get(target, ()))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                part: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.append(member)
                    if member == node:
                        break
                if len(part) > 1 or node in graph.get(node, ()):
                    cycles.append(sorted(part))
    return cycles


def layer_violations(graph: Mapping[str, Iterable[str]]) -> list[str]:
    """Each import that goes up a layer, or sideways between peers."""
    found = []
    for module, targets in sorted(graph.items()):
        mine = _layer_of(module)
        for target in sorted(targets):
            theirs = _layer_of(target)
            names = frozenset({LAYERS[mine][0], LAYERS[theirs][0]})
            if theirs > mine or (theirs != mine and names in PEERS):
                found.append(f"{module} ({LAYERS[mine][0]}) imports {target} ({LAYERS[theirs][0]})")
    return found


def test_the_graph_is_read_from_the_source() -> None:
    # Guards the tests below against passing on an empty graph.
    graph = import_graph()
    assert len(graph) > 50
    assert "autocrm.rules.churn" in graph["autocrm.rules.churn_segments"]
    assert "autocrm.rules.loyalty" in graph["autocrm.rules.risk"]


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        _layer_of(module)


def test_imports_go_down_the_layers() -> None:
    assert layer_violations(import_graph()) == []


def test_the_layer_check_finds_an_upward_import() -> None:
    graph = {"autocrm.rules.worklist": {"autocrm.policies"}, "autocrm.policies": set()}
    assert layer_violations(graph) == [
        "autocrm.rules.worklist (rules) imports autocrm.policies (ports)"
    ]
    sideways = {"autocrm.rules.fleet": {"autocrm.query.expr"}, "autocrm.query.expr": set()}
    assert len(layer_violations(sideways)) == 1


def test_there_is_no_import_cycle_among_autocrm_modules() -> None:
    cycles = [tuple(cycle) for cycle in find_cycles(import_graph())]
    assert [cycle for cycle in cycles if cycle not in KNOWN_CYCLES] == []
    assert set(KNOWN_CYCLES) <= set(cycles), "a known cycle is gone: drop it from the list"


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"a"}}, [["a"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"x": {"y"}, "y": {"x"}, "p": {"q"}, "q": {"p"}}, [["p", "q"], ["x", "y"]]),
    ],
    ids=["two", "three-with-a-tail", "self", "chain", "two-cycles"],
)
def test_the_cycle_check_finds_a_cycle(
    graph: dict[str, set[str]], expected: list[list[str]]
) -> None:
    assert sorted(find_cycles(graph)) == expected


def test_the_churn_and_loyalty_cycle_would_be_found() -> None:
    # The cycle the churn split removed: churn's risk read loyalty, loyalty read churn.
    graph = import_graph()
    graph["autocrm.rules.churn"] = graph["autocrm.rules.churn"] | {"autocrm.rules.loyalty"}
    pair = {"autocrm.rules.churn", "autocrm.rules.loyalty"}
    assert any(pair <= set(cycle) for cycle in find_cycles(graph))


def test_the_sql_package_and_repository_cycle_would_be_found() -> None:
    # The cycle the schema_revisions module removed: the package imported the repository,
    # the repository imported upgrade() and the revisions back from the package.
    graph = import_graph()
    repository = "autocrm.adapters.sqlalchemy.repository"
    graph[repository] = graph[repository] | {"autocrm.adapters.sqlalchemy"}
    pair = {"autocrm.adapters.sqlalchemy", repository}
    assert any(pair <= set(cycle) for cycle in find_cycles(graph))


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith(PURE)))
def test_the_pure_core_imports_no_adapter_and_no_io_library(module: str) -> None:
    imported = _imports(MODULES[module], MODULES)
    bad = sorted(
        name
        for name in imported
        if name.split(".")[0] in FORBIDDEN_IN_PURE or name.startswith("autocrm.adapters")
    )
    assert bad == [], f"{module} imports {bad}"


def _unit(module: str) -> str:
    return ".".join(module.split(".")[:2])


def private_imports(sources: Mapping[str, Path]) -> list[tuple[str, str]]:
    """Each (importer, private module or name) imported across packages.

    A name is private when it, or a module on its dotted path below the package,
    starts with ``_`` (dunders such as ``__version__`` excepted). Importing within one
    package (``autocrm.rules`` from ``autocrm.rules._visits``) is allowed, and so is
    a private module of the root package itself (``from autocrm import _toml``): the
    root holds every package, so its own helpers are shared by all of them.
    """
    found: list[tuple[str, str]] = []
    for module, path in sorted(sources.items()):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or node.level != 0 or not node.module:
                continue
            if not node.module.startswith("autocrm") or _unit(node.module) == _unit(module):
                continue
            if node.module == "autocrm":  # the root's own helpers (_toml) serve every package
                continue
            below = node.module.split(".")[2:]
            for alias in node.names:
                name = f"{node.module}.{alias.name}"
                dunder = alias.name.startswith("__") and alias.name.endswith("__")
                if any(part.startswith("_") for part in below):
                    found.append((module, node.module))
                elif alias.name.startswith("_") and not dunder:
                    found.append((module, name))
    return sorted(set(found))


def test_no_private_name_is_imported_across_packages() -> None:
    found = private_imports(MODULES)
    assert [pair for pair in found if pair not in KNOWN_PRIVATE_IMPORTS] == []
    assert set(KNOWN_PRIVATE_IMPORTS) <= set(found), "a known private import is gone: drop it"


def test_the_private_import_check_finds_one(tmp_path: Path) -> None:
    source = tmp_path / "stats_checks.py"
    source.write_text(
        "from autocrm.rules._visits import checked\n"
        "from autocrm.errors import _first_validation_error, shown\n"
        "from autocrm.stats._html import rows_to_html\n"
        "from autocrm import __version__\n",
        encoding="utf-8",
    )
    assert private_imports({"autocrm.stats._checks": source}) == [
        ("autocrm.stats._checks", "autocrm.errors._first_validation_error"),
        ("autocrm.stats._checks", "autocrm.rules._visits"),
    ]
