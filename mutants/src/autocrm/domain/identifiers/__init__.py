"""Validation of the identifiers kept in the customer archive (SPEC section 1).

One module per identifier, each in the manner of python-stdnum: ``compact``
normalises, ``validate`` returns the normalised value or raises a
:class:`~autocrm.errors.ValidationError` subclass naming the problem, and
``is_valid`` never raises.

* :mod:`~autocrm.domain.identifiers.vin` - vehicle identification numbers;
* :mod:`~autocrm.domain.identifiers.plate` - Chinese number plates;
* :mod:`~autocrm.domain.identifiers.ric` - resident identity card numbers;
* :mod:`~autocrm.domain.identifiers.uscc` - unified social credit codes;
* :mod:`~autocrm.domain.identifiers.phone` - telephone numbers.

Examples:
    >>> from autocrm.domain.identifiers import plate, vin
    >>> vin.is_valid("1HGCM82633A004352"), plate.is_valid("京A·12345")
    (True, True)
"""

from __future__ import annotations

from autocrm.domain.identifiers import phone, plate, ric, uscc, vin

__all__ = ["phone", "plate", "ric", "uscc", "vin"]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
