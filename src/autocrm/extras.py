"""Optional dependencies: a missing extra names the ``pip install`` that brings it.

autocrm's core needs only a few small packages; the SQL archive, the pandas frames,
the DMS table import, encryption and the command line each come with an *extra*
(``autocrm[sql]``, ``autocrm[pandas]``, ...). A module that needs one calls
[`require_extra`][autocrm.extras.require_extra] before importing it, so that a missing package is a
[`MissingExtra`][autocrm.extras.MissingExtra] saying what to install rather than a bare
``ModuleNotFoundError``.

Examples:
    >>> require_extra("sql", "sqlalchemy")  # installed: nothing happens
    >>> try:
    ...     require_extra("reports", "no_such_package_for_autocrm")
    ... except MissingExtra as exc:
    ...     print(exc)
    no_such_package_for_autocrm is not installed: pip install "autocrm[reports]"
"""

from __future__ import annotations

import importlib.util

from autocrm.errors import AutocrmError

__all__ = ["MissingExtra", "require_extra"]


class MissingExtra(AutocrmError, ImportError):
    """A package of an optional extra is not installed.

    It is also an ``ImportError``, so code that already guards an import with
    ``except ImportError`` keeps working.

    Attributes:
        extra: The extra that brings the package (``"sql"`` for ``autocrm[sql]``).
        package: The importable name that is missing.

    Examples:
        >>> error = MissingExtra(extra="pandas", package="pandas")
        >>> str(error), isinstance(error, ImportError)
        ('pandas is not installed: pip install "autocrm[pandas]"', True)
    """

    def __init__(self, *, extra: str, package: str) -> None:
        super().__init__(f'{package} is not installed: pip install "autocrm[{extra}]"')
        self.extra = extra
        self.package = package
        self.name = package


def require_extra(extra: str, *packages: str) -> None:
    """Raise [`MissingExtra`][autocrm.extras.MissingExtra] unless every one of ``packages`` can be
    imported.

    Args:
        extra: The extra of autocrm that installs the packages.
        packages: Top-level importable names (``"sqlalchemy"``, ``"pyarrow"``).

    Raises:
        MissingExtra: For the first package that is not installed.

    Examples:
        >>> require_extra("pandas", "pandas")
    """
    for package in packages:
        if importlib.util.find_spec(package) is None:
            raise MissingExtra(extra=extra, package=package)
