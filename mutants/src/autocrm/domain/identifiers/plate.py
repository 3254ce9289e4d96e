"""Chinese motor-vehicle number plates (机动车号牌, GA 36).

An ordinary plate has seven characters: the one-character abbreviation of the
province (京, 沪, 粤...), the letter of the issuing authority (``A`` is usually
the provincial capital) and a five-character serial of digits and letters. The
letters ``I`` and ``O`` are never used (they read as ``1`` and ``0``).

New-energy plates (GA 36-2018) have eight characters. On small vehicles the
first serial character is the energy letter, followed by a letter or digit and
four digits (京A·D12345). GA 36-2018 as first issued used ``D`` (pure
electric) and ``F`` (other new energy); SPEC section 1 records that cities now
also issue ``A``, ``B``, ``C``, ``E`` (pure electric) and ``G``, ``H``,
``J``, ``K`` (other), so all ten are accepted. On large vehicles the energy
letter comes last, after five digits (京A·12345D); the same ten letters are
accepted there.

Special series end in a character naming the series, after four serial
characters: 警 police, 学 driving-school coach, 挂 trailer, 领 consulate, 港 and
澳 cross-border vehicles from Hong Kong and Macao (always 粤Z). Embassy plates
start with 使 followed by six digits (使014·578).

Military, armed-police (WJ) and civil-aviation plates are not issued under
GA 36 and are refused.

Examples:
    >>> validate("京a·12345")
    '京A12345'
    >>> format("粤b d12345")
    '粤B·D12345'
    >>> plate_kind("粤Z·1234港")
    <PlateKind.HONG_KONG: 'hong_kong'>
"""

from __future__ import annotations

from autocrm.domain._enum import LabelledEnum
from autocrm.domain.identifiers._text import fold
from autocrm.errors import (
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

__all__ = [
    "PROVINCES",
    "PlateKind",
    "compact",
    "format",
    "is_valid",
    "plate_kind",
    "province",
    "validate",
]

_FIELD = "plate"


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class PlateKind(LabelledEnum):
    """The series a plate belongs to.

    Examples:
        >>> PlateKind.NEW_ENERGY.value, PlateKind.NEW_ENERGY.label
        ('new_energy', '新能源号牌')
        >>> PlateKind.from_label("警用号牌") is PlateKind.POLICE
        True
        >>> plate_kind("粤B·D12345") is PlateKind.NEW_ENERGY, plate_kind("京A12345").label
        (True, '普通号牌')
    """

    ORDINARY = ("ordinary", "普通号牌")
    NEW_ENERGY = ("new_energy", "新能源号牌")
    POLICE = ("police", "警用号牌")
    COACH = ("coach", "教练号牌")
    TRAILER = ("trailer", "挂车号牌")
    EMBASSY = ("embassy", "使馆号牌")
    CONSULATE = ("consulate", "领馆号牌")
    HONG_KONG = ("hong_kong", "港籍号牌")
    MACAO = ("macao", "澳籍号牌")


#: One-character abbreviations of the 31 mainland provincial-level divisions.
PROVINCES: frozenset[str] = frozenset(
    "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
)

_DIGITS = frozenset("0123456789")
# GA 36 leaves out I and O everywhere on a plate.
_LETTERS = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ")
_SERIAL_CHARS = _DIGITS | _LETTERS
_ENERGY_LETTERS = frozenset("ABCDEFGHJK")
_SUFFIX_KINDS = {
    "警": PlateKind.POLICE,
    "学": PlateKind.COACH,
    "挂": PlateKind.TRAILER,
    "领": PlateKind.CONSULATE,
    "港": PlateKind.HONG_KONG,
    "澳": PlateKind.MACAO,
}
_EMBASSY = "使"
_SEPARATORS = frozenset(" \t\n\r\u3000·•‧・.-")
mutants_x_compact__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_compact__mutmut)
def compact(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="a plate number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_orig(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="a plate number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_1(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(None, what="a plate number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_2(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what=None, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_3(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="a plate number", field=None, separators=_SEPARATORS)


def x_compact__mutmut_4(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="a plate number", field=_FIELD, separators=None)


def x_compact__mutmut_5(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(what="a plate number", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_6(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_7(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="a plate number", separators=_SEPARATORS)


def x_compact__mutmut_8(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="a plate number", field=_FIELD, )


def x_compact__mutmut_9(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="XXa plate numberXX", field=_FIELD, separators=_SEPARATORS)


def x_compact__mutmut_10(number: object) -> str:
    """Return the plate without separators, full-width forms folded, upper-cased.

    Args:
        number: The plate as typed, e.g. ``'京A·12345'`` or ``'京ａ 12345'``.

    Returns:
        The normalised string; nothing else is checked.

    Raises:
        InvalidFormat: ``number`` is not a string.

    Examples:
        >>> compact("粤ｂ-d1234５")
        '粤BD12345'
    """
    return fold(number, what="A PLATE NUMBER", field=_FIELD, separators=_SEPARATORS)

mutants_x_compact__mutmut['_mutmut_orig'] = x_compact__mutmut_orig # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_1'] = x_compact__mutmut_1 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_2'] = x_compact__mutmut_2 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_3'] = x_compact__mutmut_3 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_4'] = x_compact__mutmut_4 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_5'] = x_compact__mutmut_5 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_6'] = x_compact__mutmut_6 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_7'] = x_compact__mutmut_7 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_8'] = x_compact__mutmut_8 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_9'] = x_compact__mutmut_9 # type: ignore # mutmut generated
mutants_x_compact__mutmut['x_compact__mutmut_10'] = x_compact__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_serial__mutmut)
def _check_serial(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_orig(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_1(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char not in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_2(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "XXIOXX":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_3(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "io":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_4(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_5(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(None, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_6(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=None, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_7(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=None)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_8(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_9(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_10(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, )
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_11(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_12(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)


def x__check_serial__mutmut_13(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(None, field=_FIELD, value=original)


def x__check_serial__mutmut_14(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=None, value=original)


def x__check_serial__mutmut_15(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=None)


def x__check_serial__mutmut_16(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(field=_FIELD, value=original)


def x__check_serial__mutmut_17(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, value=original)


def x__check_serial__mutmut_18(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, )

mutants_x__check_serial__mutmut['_mutmut_orig'] = x__check_serial__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_1'] = x__check_serial__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_2'] = x__check_serial__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_3'] = x__check_serial__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_4'] = x__check_serial__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_5'] = x__check_serial__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_6'] = x__check_serial__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_7'] = x__check_serial__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_8'] = x__check_serial__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_9'] = x__check_serial__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_10'] = x__check_serial__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_11'] = x__check_serial__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_12'] = x__check_serial__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_13'] = x__check_serial__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_14'] = x__check_serial__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_15'] = x__check_serial__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_16'] = x__check_serial__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_17'] = x__check_serial__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_serial__mutmut['x__check_serial__mutmut_18'] = x__check_serial__mutmut_18 # type: ignore # mutmut generated
mutants_x__classify__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__classify__mutmut)
def _classify(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_orig(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_1(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_2(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (8, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_3(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 9):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_4(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = None
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_5(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(None, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_6(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=None, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_7(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=None)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_8(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_9(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_10(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, )
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_11(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = None
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_12(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[1]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_13(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head != _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_14(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 and not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_15(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) == 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_16(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 8 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_17(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_18(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(None):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_19(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char not in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_20(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[2:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_21(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_22(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "XXan embassy plate is 使 followed by six digitsXX"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_23(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "AN EMBASSY PLATE IS 使 FOLLOWED BY SIX DIGITS"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_24(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(None, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_25(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=None, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_26(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=None)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_27(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_28(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_29(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, )
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_30(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_31(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = None
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_32(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(None, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_33(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=None, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_34(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=None)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_35(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_36(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_37(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, )
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_38(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = None
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_39(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[2]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_40(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority not in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_41(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "XXIOXX":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_42(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "io":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_43(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = None
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_44(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(None, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_45(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=None, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_46(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=None)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_47(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_48(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_49(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, )
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_50(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_51(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = None
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_52(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(None, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_53(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=None, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_54(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=None)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_55(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_56(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_57(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, )
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_58(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = None
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_59(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[+1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_60(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-2]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_61(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 or last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_62(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) != 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_63(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 8 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_64(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last not in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_65(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = None
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_66(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(None, original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_67(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], None)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_68(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_69(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], )
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_70(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[3:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_71(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:+1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_72(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-2], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_73(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) or plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_74(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind not in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_75(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:3] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_76(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] == "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_77(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "XX粤ZXX":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_78(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_79(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = None
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_80(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:3]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_81(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(None, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_82(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=None, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_83(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=None)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_84(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_85(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_86(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, )
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_87(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = None
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_88(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[3:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_89(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(None, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_90(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, None)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_91(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_92(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, )
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_93(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) != 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_94(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 8:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, original)


def x__classify__mutmut_95(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(None, original)


def x__classify__mutmut_96(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, None)


def x__classify__mutmut_97(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(original)


def x__classify__mutmut_98(plate: str, original: object) -> PlateKind:
    """Return the kind of a compacted plate or raise the reason it is refused."""
    if len(plate) not in (7, 8):
        msg = f"a plate has 7 characters (8 for new-energy vehicles), got {len(plate)}"
        raise InvalidLength(msg, field=_FIELD, value=original)
    head = plate[0]
    if head == _EMBASSY:
        if len(plate) != 7 or not all(char in _DIGITS for char in plate[1:]):
            msg = "an embassy plate is 使 followed by six digits"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        return PlateKind.EMBASSY
    if head not in PROVINCES:
        msg = f"unknown province abbreviation {head!r}"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    authority = plate[1]
    if authority in "IO":
        msg = f"letter {authority!r} is never used on a plate (it reads as a digit)"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    if authority not in _LETTERS:
        msg = f"the issuing-authority code must be a letter, got {authority!r}"
        raise InvalidFormat(msg, field=_FIELD, value=original)
    last = plate[-1]
    if len(plate) == 7 and last in _SUFFIX_KINDS:
        kind = _SUFFIX_KINDS[last]
        _check_serial(plate[2:-1], original)
        if kind in (PlateKind.HONG_KONG, PlateKind.MACAO) and plate[:2] != "粤Z":
            msg = f"a {last} plate is issued by Guangdong as 粤Z, not {plate[:2]}"
            raise InvalidComponent(msg, field=_FIELD, value=original)
        return kind
    serial = plate[2:]
    _check_serial(serial, original)
    if len(plate) == 7:
        return PlateKind.ORDINARY
    return _classify_new_energy(serial, )

mutants_x__classify__mutmut['_mutmut_orig'] = x__classify__mutmut_orig # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_1'] = x__classify__mutmut_1 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_2'] = x__classify__mutmut_2 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_3'] = x__classify__mutmut_3 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_4'] = x__classify__mutmut_4 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_5'] = x__classify__mutmut_5 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_6'] = x__classify__mutmut_6 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_7'] = x__classify__mutmut_7 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_8'] = x__classify__mutmut_8 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_9'] = x__classify__mutmut_9 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_10'] = x__classify__mutmut_10 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_11'] = x__classify__mutmut_11 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_12'] = x__classify__mutmut_12 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_13'] = x__classify__mutmut_13 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_14'] = x__classify__mutmut_14 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_15'] = x__classify__mutmut_15 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_16'] = x__classify__mutmut_16 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_17'] = x__classify__mutmut_17 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_18'] = x__classify__mutmut_18 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_19'] = x__classify__mutmut_19 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_20'] = x__classify__mutmut_20 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_21'] = x__classify__mutmut_21 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_22'] = x__classify__mutmut_22 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_23'] = x__classify__mutmut_23 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_24'] = x__classify__mutmut_24 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_25'] = x__classify__mutmut_25 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_26'] = x__classify__mutmut_26 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_27'] = x__classify__mutmut_27 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_28'] = x__classify__mutmut_28 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_29'] = x__classify__mutmut_29 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_30'] = x__classify__mutmut_30 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_31'] = x__classify__mutmut_31 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_32'] = x__classify__mutmut_32 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_33'] = x__classify__mutmut_33 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_34'] = x__classify__mutmut_34 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_35'] = x__classify__mutmut_35 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_36'] = x__classify__mutmut_36 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_37'] = x__classify__mutmut_37 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_38'] = x__classify__mutmut_38 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_39'] = x__classify__mutmut_39 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_40'] = x__classify__mutmut_40 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_41'] = x__classify__mutmut_41 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_42'] = x__classify__mutmut_42 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_43'] = x__classify__mutmut_43 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_44'] = x__classify__mutmut_44 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_45'] = x__classify__mutmut_45 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_46'] = x__classify__mutmut_46 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_47'] = x__classify__mutmut_47 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_48'] = x__classify__mutmut_48 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_49'] = x__classify__mutmut_49 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_50'] = x__classify__mutmut_50 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_51'] = x__classify__mutmut_51 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_52'] = x__classify__mutmut_52 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_53'] = x__classify__mutmut_53 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_54'] = x__classify__mutmut_54 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_55'] = x__classify__mutmut_55 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_56'] = x__classify__mutmut_56 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_57'] = x__classify__mutmut_57 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_58'] = x__classify__mutmut_58 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_59'] = x__classify__mutmut_59 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_60'] = x__classify__mutmut_60 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_61'] = x__classify__mutmut_61 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_62'] = x__classify__mutmut_62 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_63'] = x__classify__mutmut_63 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_64'] = x__classify__mutmut_64 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_65'] = x__classify__mutmut_65 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_66'] = x__classify__mutmut_66 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_67'] = x__classify__mutmut_67 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_68'] = x__classify__mutmut_68 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_69'] = x__classify__mutmut_69 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_70'] = x__classify__mutmut_70 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_71'] = x__classify__mutmut_71 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_72'] = x__classify__mutmut_72 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_73'] = x__classify__mutmut_73 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_74'] = x__classify__mutmut_74 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_75'] = x__classify__mutmut_75 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_76'] = x__classify__mutmut_76 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_77'] = x__classify__mutmut_77 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_78'] = x__classify__mutmut_78 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_79'] = x__classify__mutmut_79 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_80'] = x__classify__mutmut_80 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_81'] = x__classify__mutmut_81 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_82'] = x__classify__mutmut_82 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_83'] = x__classify__mutmut_83 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_84'] = x__classify__mutmut_84 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_85'] = x__classify__mutmut_85 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_86'] = x__classify__mutmut_86 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_87'] = x__classify__mutmut_87 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_88'] = x__classify__mutmut_88 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_89'] = x__classify__mutmut_89 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_90'] = x__classify__mutmut_90 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_91'] = x__classify__mutmut_91 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_92'] = x__classify__mutmut_92 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_93'] = x__classify__mutmut_93 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_94'] = x__classify__mutmut_94 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_95'] = x__classify__mutmut_95 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_96'] = x__classify__mutmut_96 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_97'] = x__classify__mutmut_97 # type: ignore # mutmut generated
mutants_x__classify__mutmut['x__classify__mutmut_98'] = x__classify__mutmut_98 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__classify_new_energy__mutmut)
def _classify_new_energy(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_orig(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_1(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(None):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_2(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char not in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_3(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:6]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_4(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = None
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_5(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[6]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_6(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy not in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_7(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_8(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "XXa new-energy plate needs an energy letter, first or last in the serialXX"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_9(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "A NEW-ENERGY PLATE NEEDS AN ENERGY LETTER, FIRST OR LAST IN THE SERIAL"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_10(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(None, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_11(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=None, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_12(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=None)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_13(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_14(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_15(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, )
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_16(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = None
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_17(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[1]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_18(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS and not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_19(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy not in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_20(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_21(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(None):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_22(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char not in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_23(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[3:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_24(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = None
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_25(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "XXa new-energy plate serial is an energy letter, a letter or digit and XX"
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_26(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "A NEW-ENERGY PLATE SERIAL IS AN ENERGY LETTER, A LETTER OR DIGIT AND "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_27(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "XXfour digits (small vehicles) or five digits and an energy letter (large)XX"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_28(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "FOUR DIGITS (SMALL VEHICLES) OR FIVE DIGITS AND AN ENERGY LETTER (LARGE)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_29(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(None, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_30(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=None, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_31(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=None)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_32(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_33(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_34(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, )
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_35(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_36(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = None
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_37(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(None)
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_38(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "XXXX".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_39(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(None))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_40(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = None
        raise InvalidComponent(msg, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_41(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(None, field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_42(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=None, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_43(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, value=None)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_44(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(field=_FIELD, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_45(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, value=original)
    return PlateKind.NEW_ENERGY


def x__classify_new_energy__mutmut_46(serial: str, original: object) -> PlateKind:
    """Check the six-character serial of a new-energy plate (GA 36-2018)."""
    if all(char in _DIGITS for char in serial[:5]):
        # Large vehicle: five digits, then the energy letter.
        energy = serial[5]
        if energy in _DIGITS:
            msg = "a new-energy plate needs an energy letter, first or last in the serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)
    else:
        # Small vehicle: energy letter, a letter or digit, then four digits.
        energy = serial[0]
        if energy in _DIGITS or not all(char in _DIGITS for char in serial[2:]):
            msg = (
                "a new-energy plate serial is an energy letter, a letter or digit and "
                "four digits (small vehicles) or five digits and an energy letter (large)"
            )
            raise InvalidFormat(msg, field=_FIELD, value=original)
    if energy not in _ENERGY_LETTERS:
        allowed = "".join(sorted(_ENERGY_LETTERS))
        msg = f"bad energy letter {energy!r} (allowed: {allowed})"
        raise InvalidComponent(msg, field=_FIELD, )
    return PlateKind.NEW_ENERGY

mutants_x__classify_new_energy__mutmut['_mutmut_orig'] = x__classify_new_energy__mutmut_orig # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_1'] = x__classify_new_energy__mutmut_1 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_2'] = x__classify_new_energy__mutmut_2 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_3'] = x__classify_new_energy__mutmut_3 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_4'] = x__classify_new_energy__mutmut_4 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_5'] = x__classify_new_energy__mutmut_5 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_6'] = x__classify_new_energy__mutmut_6 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_7'] = x__classify_new_energy__mutmut_7 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_8'] = x__classify_new_energy__mutmut_8 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_9'] = x__classify_new_energy__mutmut_9 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_10'] = x__classify_new_energy__mutmut_10 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_11'] = x__classify_new_energy__mutmut_11 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_12'] = x__classify_new_energy__mutmut_12 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_13'] = x__classify_new_energy__mutmut_13 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_14'] = x__classify_new_energy__mutmut_14 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_15'] = x__classify_new_energy__mutmut_15 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_16'] = x__classify_new_energy__mutmut_16 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_17'] = x__classify_new_energy__mutmut_17 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_18'] = x__classify_new_energy__mutmut_18 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_19'] = x__classify_new_energy__mutmut_19 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_20'] = x__classify_new_energy__mutmut_20 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_21'] = x__classify_new_energy__mutmut_21 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_22'] = x__classify_new_energy__mutmut_22 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_23'] = x__classify_new_energy__mutmut_23 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_24'] = x__classify_new_energy__mutmut_24 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_25'] = x__classify_new_energy__mutmut_25 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_26'] = x__classify_new_energy__mutmut_26 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_27'] = x__classify_new_energy__mutmut_27 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_28'] = x__classify_new_energy__mutmut_28 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_29'] = x__classify_new_energy__mutmut_29 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_30'] = x__classify_new_energy__mutmut_30 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_31'] = x__classify_new_energy__mutmut_31 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_32'] = x__classify_new_energy__mutmut_32 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_33'] = x__classify_new_energy__mutmut_33 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_34'] = x__classify_new_energy__mutmut_34 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_35'] = x__classify_new_energy__mutmut_35 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_36'] = x__classify_new_energy__mutmut_36 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_37'] = x__classify_new_energy__mutmut_37 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_38'] = x__classify_new_energy__mutmut_38 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_39'] = x__classify_new_energy__mutmut_39 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_40'] = x__classify_new_energy__mutmut_40 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_41'] = x__classify_new_energy__mutmut_41 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_42'] = x__classify_new_energy__mutmut_42 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_43'] = x__classify_new_energy__mutmut_43 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_44'] = x__classify_new_energy__mutmut_44 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_45'] = x__classify_new_energy__mutmut_45 # type: ignore # mutmut generated
mutants_x__classify_new_energy__mutmut['x__classify_new_energy__mutmut_46'] = x__classify_new_energy__mutmut_46 # type: ignore # mutmut generated
mutants_x_validate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_validate__mutmut)
def validate(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = compact(number)
    _classify(plate, number)
    return plate


def x_validate__mutmut_orig(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = compact(number)
    _classify(plate, number)
    return plate


def x_validate__mutmut_1(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = None
    _classify(plate, number)
    return plate


def x_validate__mutmut_2(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = compact(None)
    _classify(plate, number)
    return plate


def x_validate__mutmut_3(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = compact(number)
    _classify(None, number)
    return plate


def x_validate__mutmut_4(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = compact(number)
    _classify(plate, None)
    return plate


def x_validate__mutmut_5(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = compact(number)
    _classify(number)
    return plate


def x_validate__mutmut_6(number: object) -> str:
    """Check a plate number and return it in normalised form.

    Args:
        number: The plate to check.

    Returns:
        The plate without separators, upper-cased, e.g. ``'京A12345'``.

    Raises:
        InvalidFormat: Not a string, a letter ``I``/``O``, a character a plate
            cannot hold, or a serial of the wrong shape.
        InvalidLength: Not 7 (8 for new energy) characters.
        InvalidComponent: Unknown province abbreviation, a bad energy letter,
            or a 港/澳 plate not issued as 粤Z.

    Examples:
        >>> validate("沪A·12O45")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidFormat: letter 'O' is never used on a plate (it reads as a digit)
        >>> validate("沪A·X12345")
        Traceback (most recent call last):
            ...
        autocrm.errors.InvalidComponent: bad energy letter 'X' (allowed: ABCDEFGHJK)
        >>> validate("沪a d12345")
        '沪AD12345'
    """
    plate = compact(number)
    _classify(plate, )
    return plate

mutants_x_validate__mutmut['_mutmut_orig'] = x_validate__mutmut_orig # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_1'] = x_validate__mutmut_1 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_2'] = x_validate__mutmut_2 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_3'] = x_validate__mutmut_3 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_4'] = x_validate__mutmut_4 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_5'] = x_validate__mutmut_5 # type: ignore # mutmut generated
mutants_x_validate__mutmut['x_validate__mutmut_6'] = x_validate__mutmut_6 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_valid__mutmut)
def is_valid(number: object) -> bool:
    """Tell whether ``number`` is a valid plate; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("京A12345"), is_valid("京A1234I"), is_valid(42)
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_orig(number: object) -> bool:
    """Tell whether ``number`` is a valid plate; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("京A12345"), is_valid("京A1234I"), is_valid(42)
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_1(number: object) -> bool:
    """Tell whether ``number`` is a valid plate; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("京A12345"), is_valid("京A1234I"), is_valid(42)
        (True, False, False)
    """
    try:
        validate(None)
    except ValidationError:
        return False
    return True


def x_is_valid__mutmut_2(number: object) -> bool:
    """Tell whether ``number`` is a valid plate; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("京A12345"), is_valid("京A1234I"), is_valid(42)
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return True
    return True


def x_is_valid__mutmut_3(number: object) -> bool:
    """Tell whether ``number`` is a valid plate; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when :func:`validate` would accept it.

    Examples:
        >>> is_valid("京A12345"), is_valid("京A1234I"), is_valid(42)
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return False

mutants_x_is_valid__mutmut['_mutmut_orig'] = x_is_valid__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_1'] = x_is_valid__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_2'] = x_is_valid__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_valid__mutmut['x_is_valid__mutmut_3'] = x_is_valid__mutmut_3 # type: ignore # mutmut generated
mutants_x_plate_kind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_plate_kind__mutmut)
def plate_kind(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The :class:`PlateKind`.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(compact(number), number)


def x_plate_kind__mutmut_orig(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The :class:`PlateKind`.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(compact(number), number)


def x_plate_kind__mutmut_1(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The :class:`PlateKind`.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(None, number)


def x_plate_kind__mutmut_2(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The :class:`PlateKind`.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(compact(number), None)


def x_plate_kind__mutmut_3(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The :class:`PlateKind`.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(number)


def x_plate_kind__mutmut_4(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The :class:`PlateKind`.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(compact(number), )


def x_plate_kind__mutmut_5(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The :class:`PlateKind`.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(compact(None), number)

mutants_x_plate_kind__mutmut['_mutmut_orig'] = x_plate_kind__mutmut_orig # type: ignore # mutmut generated
mutants_x_plate_kind__mutmut['x_plate_kind__mutmut_1'] = x_plate_kind__mutmut_1 # type: ignore # mutmut generated
mutants_x_plate_kind__mutmut['x_plate_kind__mutmut_2'] = x_plate_kind__mutmut_2 # type: ignore # mutmut generated
mutants_x_plate_kind__mutmut['x_plate_kind__mutmut_3'] = x_plate_kind__mutmut_3 # type: ignore # mutmut generated
mutants_x_plate_kind__mutmut['x_plate_kind__mutmut_4'] = x_plate_kind__mutmut_4 # type: ignore # mutmut generated
mutants_x_plate_kind__mutmut['x_plate_kind__mutmut_5'] = x_plate_kind__mutmut_5 # type: ignore # mutmut generated
mutants_x_province__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_province__mutmut)
def province(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if plate[0] == _EMBASSY else plate[0]


def x_province__mutmut_orig(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if plate[0] == _EMBASSY else plate[0]


def x_province__mutmut_1(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = None
    return None if plate[0] == _EMBASSY else plate[0]


def x_province__mutmut_2(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(None)
    return None if plate[0] == _EMBASSY else plate[0]


def x_province__mutmut_3(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if (plate[0] == _EMBASSY) and False else plate[0]


def x_province__mutmut_4(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if (plate[0] == _EMBASSY) or True else plate[0]


def x_province__mutmut_5(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if plate[1] == _EMBASSY else plate[0]


def x_province__mutmut_6(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if plate[0] != _EMBASSY else plate[0]


def x_province__mutmut_7(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if plate[0] == _EMBASSY else plate[1]

mutants_x_province__mutmut['_mutmut_orig'] = x_province__mutmut_orig # type: ignore # mutmut generated
mutants_x_province__mutmut['x_province__mutmut_1'] = x_province__mutmut_1 # type: ignore # mutmut generated
mutants_x_province__mutmut['x_province__mutmut_2'] = x_province__mutmut_2 # type: ignore # mutmut generated
mutants_x_province__mutmut['x_province__mutmut_3'] = x_province__mutmut_3 # type: ignore # mutmut generated
mutants_x_province__mutmut['x_province__mutmut_4'] = x_province__mutmut_4 # type: ignore # mutmut generated
mutants_x_province__mutmut['x_province__mutmut_5'] = x_province__mutmut_5 # type: ignore # mutmut generated
mutants_x_province__mutmut['x_province__mutmut_6'] = x_province__mutmut_6 # type: ignore # mutmut generated
mutants_x_province__mutmut['x_province__mutmut_7'] = x_province__mutmut_7 # type: ignore # mutmut generated
mutants_x_format__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_format__mutmut)
def format(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if plate[0] == _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_orig(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if plate[0] == _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_1(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = None
    split = 4 if plate[0] == _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_2(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(None)
    split = 4 if plate[0] == _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_3(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = None
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_4(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if (plate[0] == _EMBASSY) and False else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_5(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if (plate[0] == _EMBASSY) or True else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_6(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 5 if plate[0] == _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_7(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if plate[1] == _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_8(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if plate[0] != _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"


def x_format__mutmut_9(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see :func:`validate`).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if plate[0] == _EMBASSY else 3
    return f"{plate[:split]}·{plate[split:]}"

mutants_x_format__mutmut['_mutmut_orig'] = x_format__mutmut_orig # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_1'] = x_format__mutmut_1 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_2'] = x_format__mutmut_2 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_3'] = x_format__mutmut_3 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_4'] = x_format__mutmut_4 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_5'] = x_format__mutmut_5 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_6'] = x_format__mutmut_6 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_7'] = x_format__mutmut_7 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_8'] = x_format__mutmut_8 # type: ignore # mutmut generated
mutants_x_format__mutmut['x_format__mutmut_9'] = x_format__mutmut_9 # type: ignore # mutmut generated
