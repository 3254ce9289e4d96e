"""Optional dependencies: a missing extra names the ``pip install`` that brings it.

autocrm's core needs only a few small packages; the SQL archive, the pandas frames,
the DMS table import, encryption and the command line each come with an *extra*
(``autocrm[sql]``, ``autocrm[pandas]``, ...). A module that needs one calls
:func:`require_extra` before importing it, so that a missing package is a
:class:`MissingExtra` saying what to install rather than a bare
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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁMissingExtraǁ__init____mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁMissingExtraǁ__init____mutmut)
    def __init__(self, *, extra: str, package: str) -> None:
        super().__init__(f'{package} is not installed: pip install "autocrm[{extra}]"')
        self.extra = extra
        self.package = package
        self.name = package

    def xǁMissingExtraǁ__init____mutmut_orig(self, *, extra: str, package: str) -> None:
        super().__init__(f'{package} is not installed: pip install "autocrm[{extra}]"')
        self.extra = extra
        self.package = package
        self.name = package

    def xǁMissingExtraǁ__init____mutmut_1(self, *, extra: str, package: str) -> None:
        super().__init__(None)
        self.extra = extra
        self.package = package
        self.name = package

    def xǁMissingExtraǁ__init____mutmut_2(self, *, extra: str, package: str) -> None:
        super().__init__(f'{package} is not installed: pip install "autocrm[{extra}]"')
        self.extra = None
        self.package = package
        self.name = package

    def xǁMissingExtraǁ__init____mutmut_3(self, *, extra: str, package: str) -> None:
        super().__init__(f'{package} is not installed: pip install "autocrm[{extra}]"')
        self.extra = extra
        self.package = None
        self.name = package

    def xǁMissingExtraǁ__init____mutmut_4(self, *, extra: str, package: str) -> None:
        super().__init__(f'{package} is not installed: pip install "autocrm[{extra}]"')
        self.extra = extra
        self.package = package
        self.name = None

mutants_xǁMissingExtraǁ__init____mutmut['_mutmut_orig'] = MissingExtra.xǁMissingExtraǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMissingExtraǁ__init____mutmut['xǁMissingExtraǁ__init____mutmut_1'] = MissingExtra.xǁMissingExtraǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMissingExtraǁ__init____mutmut['xǁMissingExtraǁ__init____mutmut_2'] = MissingExtra.xǁMissingExtraǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁMissingExtraǁ__init____mutmut['xǁMissingExtraǁ__init____mutmut_3'] = MissingExtra.xǁMissingExtraǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁMissingExtraǁ__init____mutmut['xǁMissingExtraǁ__init____mutmut_4'] = MissingExtra.xǁMissingExtraǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_x_require_extra__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_extra__mutmut)
def require_extra(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

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


def x_require_extra__mutmut_orig(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

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


def x_require_extra__mutmut_1(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

    Args:
        extra: The extra of autocrm that installs the packages.
        packages: Top-level importable names (``"sqlalchemy"``, ``"pyarrow"``).

    Raises:
        MissingExtra: For the first package that is not installed.

    Examples:
        >>> require_extra("pandas", "pandas")
    """
    for package in packages:
        if importlib.util.find_spec(None) is None:
            raise MissingExtra(extra=extra, package=package)


def x_require_extra__mutmut_2(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

    Args:
        extra: The extra of autocrm that installs the packages.
        packages: Top-level importable names (``"sqlalchemy"``, ``"pyarrow"``).

    Raises:
        MissingExtra: For the first package that is not installed.

    Examples:
        >>> require_extra("pandas", "pandas")
    """
    for package in packages:
        if importlib.util.find_spec(package) is not None:
            raise MissingExtra(extra=extra, package=package)


def x_require_extra__mutmut_3(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

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
            raise MissingExtra(extra=None, package=package)


def x_require_extra__mutmut_4(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

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
            raise MissingExtra(extra=extra, package=None)


def x_require_extra__mutmut_5(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

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
            raise MissingExtra(package=package)


def x_require_extra__mutmut_6(extra: str, *packages: str) -> None:
    """Raise :class:`MissingExtra` unless every one of ``packages`` can be imported.

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
            raise MissingExtra(extra=extra, )

mutants_x_require_extra__mutmut['_mutmut_orig'] = x_require_extra__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_extra__mutmut['x_require_extra__mutmut_1'] = x_require_extra__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_extra__mutmut['x_require_extra__mutmut_2'] = x_require_extra__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_extra__mutmut['x_require_extra__mutmut_3'] = x_require_extra__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_extra__mutmut['x_require_extra__mutmut_4'] = x_require_extra__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_extra__mutmut['x_require_extra__mutmut_5'] = x_require_extra__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_extra__mutmut['x_require_extra__mutmut_6'] = x_require_extra__mutmut_6 # type: ignore # mutmut generated
