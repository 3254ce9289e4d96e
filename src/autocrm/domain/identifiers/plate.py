"""Chinese motor-vehicle number plates (机动车号牌, GA 36).

An ordinary plate has seven characters: the one-character abbreviation of the
province (京, 沪, 粤...), the letter of the issuing authority (``A`` is usually
the provincial capital) and a five-character serial of digits and letters. The
letters ``I`` and ``O`` are never used (they read as ``1`` and ``0``).

New-energy plates (GA 36-2018) have eight characters. On small vehicles the
first serial character is the energy letter, followed by a letter or digit and
four digits (京A·D12345). GA 36-2018 as first issued used ``D`` (pure
electric) and ``F`` (other new energy); cities now
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


def _check_serial(serial: str, original: object) -> None:
    """Refuse serial characters a plate never carries."""
    for char in serial:
        if char in "IO":
            msg = f"letter {char!r} is never used on a plate (it reads as a digit)"
            raise InvalidFormat(msg, field=_FIELD, value=original)
        if char not in _SERIAL_CHARS:
            msg = f"character {char!r} is not allowed in a plate serial"
            raise InvalidFormat(msg, field=_FIELD, value=original)


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


def is_valid(number: object) -> bool:
    """Tell whether ``number`` is a valid plate; never raises.

    Args:
        number: Anything.

    Returns:
        ``True`` when [`validate`][autocrm.domain.identifiers.plate.validate] would accept it.

    Examples:
        >>> is_valid("京A12345"), is_valid("京A1234I"), is_valid(42)
        (True, False, False)
    """
    try:
        validate(number)
    except ValidationError:
        return False
    return True


def plate_kind(number: object) -> PlateKind:
    """Return the series of a valid plate.

    Args:
        number: A plate.

    Returns:
        The [`PlateKind`][autocrm.domain.identifiers.plate.PlateKind].

    Raises:
        ValidationError: The plate is not valid (see
            [`validate`][autocrm.domain.identifiers.plate.validate]).

    Examples:
        >>> plate_kind("京A·12345D").name
        'NEW_ENERGY'
        >>> plate_kind("使014·578").name
        'EMBASSY'
    """
    return _classify(compact(number), number)


def province(number: object) -> str | None:
    """Return the province abbreviation of a valid plate.

    Args:
        number: A plate.

    Returns:
        The first character (``'京'``...), or ``None`` for an embassy plate,
        which carries no province.

    Raises:
        ValidationError: The plate is not valid (see
            [`validate`][autocrm.domain.identifiers.plate.validate]).

    Examples:
        >>> province("川A·12345")
        '川'
        >>> province("使014578") is None
        True
    """
    plate = validate(number)
    return None if plate[0] == _EMBASSY else plate[0]


def format(number: object) -> str:
    """Return the display form of a valid plate, with a middle dot.

    The dot follows the province and authority letter (``'京A·12345'``); on an
    embassy plate it follows the embassy code (``'使014·578'``).

    Args:
        number: A plate.

    Returns:
        The plate as painted.

    Raises:
        ValidationError: The plate is not valid (see
            [`validate`][autocrm.domain.identifiers.plate.validate]).

    Examples:
        >>> format("京a12345")
        '京A·12345'
        >>> format("使014578")
        '使014·578'
    """
    plate = validate(number)
    split = 4 if plate[0] == _EMBASSY else 2
    return f"{plate[:split]}·{plate[split:]}"
