"""The normalisation every identifier module's ``compact`` shares."""

from __future__ import annotations

import unicodedata
from collections.abc import Container

from autocrm.errors import InvalidFormat


def fold(
    number: object, *, what: str, field: str, separators: Container[str], upper: bool = True
) -> str:
    """Return ``number`` with full-width forms folded (NFKC) and ``separators`` removed.

    Raises:
        InvalidFormat: ``number`` is not a string; the message calls it ``what``.
    """
    if not isinstance(number, str):
        msg = f"{what} must be text, not {type(number).__name__}"
        raise InvalidFormat(msg, field=field, value=number)
    if number.isascii() and number.isalnum():
        # Already compact (the common case: a value read back from the archive): NFKC
        # leaves ASCII alone and no separator is a letter or digit.
        return number.upper() if upper else number
    folded = unicodedata.normalize("NFKC", number)
    cleaned = "".join(char for char in folded if char not in separators)
    return cleaned.upper() if upper else cleaned
