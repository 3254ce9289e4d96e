"""Arguments not yet checked: junk there escapes as a non-autocrm error.

Each entry names the exception and where it is raised. The fuzzing skips these
arguments; ``test_known_gaps_are_still_open`` fails as soon as one is fixed, so that
it is taken off this list. ``update_lists.py`` rewrites this file.
"""

KNOWN_GAPS: dict[str, dict[str, str]] = {}
