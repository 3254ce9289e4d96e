"""autocrm: the rules and numbers of a car dealership's customer-service department.

The pure core (:mod:`autocrm.domain`, :mod:`autocrm.rules`, :mod:`autocrm.stats`,
:mod:`autocrm.query`) needs no database; adapters live in :mod:`autocrm.adapters`.

Examples:
    >>> import autocrm
    >>> autocrm.Policies().followups.max_attempts
    3
"""

from autocrm.errors import AutocrmError, InvalidTransition, ValidationError
from autocrm.policies import Policies, load_policies

__version__ = "0.1.0"

__all__ = [
    "AutocrmError",
    "InvalidTransition",
    "Policies",
    "ValidationError",
    "__version__",
    "load_policies",
]
