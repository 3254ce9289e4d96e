"""Print the mutation score of each mutated module after a ``mutmut run`` (a maintainer's tool).

mutmut keeps the outcome of each mutant in ``mutants/<path>.meta``; this adds them up
per group of modules (the identifier modules count as one), as docs/guide/testing.md,
"Mutation testing", describes:

    python tests/mutation_scores.py [MUTMUT_DIR]

A mutant is killed when a test failed or timed out with it; one that no test runs
counts as a survivor. The score is killed / (killed + survived).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# mutmut's exit codes: 1 and 3 a failing test, 24/36/152/255/-24 a timeout, 37 the type
# checker; 0 survived, 5 and 33 no test ran the mutant, None not run yet, 34 skipped.
_KILLED = frozenset({1, 3, 24, 36, 37, 152, 255, -24, -9, -11})
_SURVIVED = frozenset({0, 5, 33})

GROUPS = {
    "src/autocrm/rules/complaints.py": "rules/complaints.py",
    "src/autocrm/rules/membership.py": "rules/membership.py",
    "src/autocrm/domain/identifiers/": "domain/identifiers/",
}


def _group(path: str) -> str:
    for prefix, name in GROUPS.items():
        if path.startswith(prefix):
            return name
    return path


def scores(root: Path) -> dict[str, Counter[str]]:
    """Count killed, survived and not-run mutants per group under ``root/mutants``."""
    counts: dict[str, Counter[str]] = {}
    mutants = root / "mutants"
    for meta in sorted(mutants.rglob("*.py.meta")):
        source = meta.relative_to(mutants).as_posix().removesuffix(".meta")
        exit_codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        tally = counts.setdefault(_group(source), Counter())
        for code in exit_codes.values():
            if code in _KILLED:
                tally["killed"] += 1
            elif code in _SURVIVED:
                tally["survived"] += 1
            else:
                tally["other"] += 1
    return counts


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path()
    for name, tally in scores(root).items():
        judged = tally["killed"] + tally["survived"]
        score = 100 * tally["killed"] / judged if judged else 0.0
        print(
            f"{name:24} {score:5.1f} %  killed {tally['killed']:4}  "
            f"survived {tally['survived']:4}  not run {tally['other']:3}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
