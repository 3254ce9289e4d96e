"""Rewrite inventory.py and known_gaps.py from what the code holds now (a maintainer's tool).

Run it after adding public entry points or fixing gaps, then read the diff: every new
entry point should be fuzzed, and every new gap is a bug to fix or to list knowingly.

    PYTHONPATH=src python tests/robustness/update_lists.py

Each argument of each entry point is tried with every fixed junk value (two seconds at
most a call); the first non-autocrm error it lets through is written as its gap.
"""

from __future__ import annotations

import signal
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


class _TooSlow(BaseException):
    pass


def _alarm(*_: object) -> None:
    raise _TooSlow


def _where(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    path = frame.filename.split("/src/")[-1].split("site-packages/")[-1]
    path = path.split("/lib/python3.")[-1].split("/", 1)[-1] if "/lib/python3." in path else path
    return f"{type(exc).__name__} ({path}:{frame.lineno})"


def _gap(entry: object, index: int, name: str, registry: object, junk: list[object]) -> str | None:
    from autocrm.errors import AutocrmError

    for value in junk:
        signal.setitimer(signal.ITIMER_REAL, 2.0)
        try:
            result = entry.call_at(index, value)  # type: ignore[attr-defined]
            if entry.is_predicate and not isinstance(result, bool):  # type: ignore[attr-defined]
                return "returns a non-bool"
        except AutocrmError:
            if entry.is_predicate:  # type: ignore[attr-defined]
                return "a predicate that raises"
        except _TooSlow:
            return "runs for seconds"
        except Exception as exc:
            if isinstance(exc, OSError) and registry.FILE_ARGUMENTS.get(entry.name) == name:  # type: ignore[attr-defined]
                continue
            found = _where(exc)
            return (
                found.split(" (<attrs")[0] + " (attrs-generated __init__)"
                if "<attrs" in found
                else found
            )
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return None


def main() -> None:
    (HERE / "known_gaps.py").write_text(
        "KNOWN_GAPS: dict[str, dict[str, str]] = {}\n", encoding="utf-8"
    )
    import junk
    import registry

    signal.signal(signal.SIGALRM, _alarm)
    entries, _, problems = registry.build_entries(registry.make_archives())
    if problems:
        print("entry points without valid arguments:", problems)
    gaps: dict[str, dict[str, str]] = {}
    for name, entry in sorted(entries.items()):
        for index, argument in enumerate(entry.names):
            if argument in registry.CALLERS_CODE.get(name, ()):
                continue  # the caller's own code: what it raises is the caller's
            found = _gap(entry, index, argument, registry, junk.FIXED_JUNK)
            if found is not None:
                gaps.setdefault(name, {})[argument] = found
    inventory = [
        '"""The public entry points the robustness suite fuzzes (checked against discovery).',
        "",
        "A new public function, class or archive method fails",
        "``test_every_public_entry_point_is_listed`` until it is added here (and, if its",
        "parameters are new, given valid values in ``registry.py``). What is not fuzzed, and",
        "why, is listed in ``registry.py`` (``NOT_FUZZED``, ``COVERED_ELSEWHERE``,",
        "``SKIPPED_MODULES``). ``update_lists.py`` rewrites this file.",
        '"""',
        "",
        "FUZZED = (",
        *(f'    "{name}",' for name in sorted(entries)),
        ")",
    ]
    (HERE / "inventory.py").write_text("\n".join(inventory) + "\n", encoding="utf-8")
    lines = [
        '"""Arguments not yet checked: junk there escapes as a non-autocrm error.',
        "",
        "Each entry names the exception and where it is raised. The fuzzing skips these",
        "arguments; ``test_known_gaps_are_still_open`` fails as soon as one is fixed, so that",
        "it is taken off this list. ``update_lists.py`` rewrites this file.",
        '"""',
        "",
        "KNOWN_GAPS: dict[str, dict[str, str]] = {",
    ]
    for name in sorted(gaps):
        lines.append(f'    "{name}": {{')
        lines.extend(f'        "{arg}": "{why}",' for arg, why in sorted(gaps[name].items()))
        lines.append("    },")
    lines.append("}")
    (HERE / "known_gaps.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    count = sum(len(v) for v in gaps.values())
    print(f"{len(entries)} entry points; {count} arguments of {len(gaps)} are known gaps")


if __name__ == "__main__":
    import os
    import tempfile

    # Junk strings become paths: what entry points write goes to a scratch folder.
    sys.path[:] = [str(Path(entry).resolve()) if entry else entry for entry in sys.path]
    os.chdir(tempfile.mkdtemp(prefix="autocrm-fuzz-cwd-"))
    main()
