"""Encrypted columns of the SQL archive: the column types and the engine's cipher.

A [`FieldCipher`][autocrm.adapters.crypto.FieldCipher] is attached to an engine
(``SqlArchive(engine, cipher=...)`` or ``SqlArchive.from_url(url, cipher=...)``
call [`use_cipher`][autocrm.adapters.sqlalchemy.encryption.use_cipher]); the column types below look
it up by the engine's dialect each time a value is written or read:

* [`EncryptedText`][autocrm.adapters.sqlalchemy.encryption.EncryptedText] /
  [`EncryptedJSON`][autocrm.adapters.sqlalchemy.encryption.EncryptedJSON] encrypt on write and
  decrypt on read (a value written before encryption was switched on is read as it is, so an archive
  can be encrypted in place by ``rotate_key``);
* [`LookupHash`][autocrm.adapters.sqlalchemy.encryption.LookupHash] stores the keyed hash of the
  plain value written to it — the column an exact look-up compares (`lookup_column`).

Without a cipher every type passes values through and hash columns stay empty; an
encrypted value read without a cipher is refused with
[`autocrm.errors.EncryptionError`][autocrm.errors.EncryptionError], never handed out as if it were
the value.

Examples:
    >>> ENCRYPTED_FIELDS[:3], HASHED_FIELDS[:2]
    (('resident_id', 'tax_number', 'mobile'), ('resident_id', 'mobile'))
"""

from __future__ import annotations

import json
from typing import Any, Protocol, TypeVar
from weakref import WeakKeyDictionary

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from autocrm.adapters.crypto import is_encrypted
from autocrm.errors import EncryptionError

__all__ = [
    "ENCRYPTED_FIELDS",
    "HASHED_FIELDS",
    "Cipher",
    "EncryptedJSON",
    "EncryptedText",
    "LookupHash",
    "cipher_of",
    "hash_column_name",
    "use_cipher",
]

#: Customer fields stored encrypted: the resident ID (and the tax number, which for a
#: person is the resident ID), every phone, the bank account, the addresses, and the
#: other contacts (phones of relatives). The name stays plain (sorting, name search).
ENCRYPTED_FIELDS: tuple[str, ...] = (
    "resident_id",
    "tax_number",
    "mobile",
    "phone",
    "office_phone",
    "fax",
    "bank_account",
    "address",
    "home_address",
    "work_address",
    "contacts",
)

#: Encrypted customer fields with a look-up hash column (``<field>_hash``).
HASHED_FIELDS: tuple[str, ...] = ("resident_id", "mobile", "phone", "office_phone", "fax")


class Cipher(Protocol):
    """What the column types need of a cipher
    ([`FieldCipher`][autocrm.adapters.crypto.FieldCipher]).

    Examples:
        >>> from autocrm.adapters.crypto import FieldCipher
        >>> cipher: Cipher = FieldCipher({"k1": bytes(32)}, current="k1", lookup_key=bytes(16))
        >>> cipher.decrypt("fax", cipher.encrypt("fax", "+861065123457"))
        '+861065123457'
    """

    def encrypt(self, field: str, value: str) -> str:
        """Return ``value`` encrypted for ``field``."""

    def decrypt(self, field: str, token: str) -> str:
        """Return the plain value of ``token``."""

    def lookup_hash(self, field: str, value: str) -> str:
        """Return the keyed hash of ``value`` for exact look-ups."""


_CIPHERS: WeakKeyDictionary[Dialect, Cipher] = WeakKeyDictionary()


def use_cipher(engine: sa.Engine, cipher: Cipher | None) -> None:
    """Encrypt (``cipher``) or stop encrypting (None) what the archive writes through ``engine``.

    The cipher belongs to the engine: every archive on that engine uses it.

    Examples:
        >>> engine = sa.create_engine("sqlite://")
        >>> use_cipher(engine, None)
        >>> cipher_of(engine) is None
        True
    """
    if cipher is None:
        _CIPHERS.pop(engine.dialect, None)
    else:
        _CIPHERS[engine.dialect] = cipher


def cipher_of(engine: sa.Engine) -> Cipher | None:
    """Return the cipher attached to ``engine``, or None.

    Examples:
        >>> cipher_of(sa.create_engine("sqlite://")) is None
        True
    """
    return _CIPHERS.get(engine.dialect)


def hash_column_name(field: str) -> str:
    """Return the name of the look-up hash column of ``field``.

    Examples:
        >>> hash_column_name("mobile")
        'mobile_hash'
    """
    return f"{field}_hash"


_V = TypeVar("_V")


def _no_cipher(field: str) -> EncryptionError:
    msg = (
        f"{field}: the archive holds encrypted values; open it with its FieldCipher "
        "(SqlArchive.from_url(url, cipher=...))"
    )
    return EncryptionError(msg, field=field)


class _FieldType(sa.types.TypeDecorator[_V]):
    """A column type of one personal field: the field names the key the cipher derives."""

    cache_ok = True

    def __init__(self, field: str) -> None:
        super().__init__()
        self.field = field

    def _decrypted(self, value: str, dialect: Dialect) -> str:
        """The plain text of a stored encrypted value, or EncryptionError without a cipher."""
        cipher = _CIPHERS.get(dialect)
        if cipher is None:
            raise _no_cipher(self.field)
        return cipher.decrypt(self.field, value)


class EncryptedText(_FieldType[str]):
    """Text encrypted under the engine's cipher (plain text without one).

    Examples:
        >>> EncryptedText("mobile").process_bind_param(
        ...     "+8613800138000", sa.create_engine("sqlite://").dialect)
        '+8613800138000'
    """

    impl = sa.Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        """Encrypt ``value`` if the engine has a cipher."""
        cipher = _CIPHERS.get(dialect)
        if value is None or cipher is None:
            return value
        return cipher.encrypt(self.field, value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        """Decrypt an encrypted value; a plain one is returned as it is."""
        if not is_encrypted(value):
            return value  # type: ignore[no-any-return]
        return self._decrypted(value, dialect)


class EncryptedJSON(_FieldType[Any]):
    """A JSON value, stored as one encrypted JSON string under the engine's cipher.

    Examples:
        >>> EncryptedJSON("address").process_bind_param(
        ...     {"text": "北京"}, sa.create_engine("sqlite://").dialect)
        {'text': '北京'}
    """

    impl = sa.JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        """Encrypt the JSON text of ``value`` if the engine has a cipher."""
        cipher = _CIPHERS.get(dialect)
        if value is None or cipher is None:
            return value
        text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return cipher.encrypt(self.field, text)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        """Decrypt and parse an encrypted value; a plain one is returned as it is."""
        if not is_encrypted(value):
            return value
        return json.loads(self._decrypted(value, dialect))


class LookupHash(_FieldType[str]):
    """The keyed hash of the plain value bound to it (NULL without a cipher).

    Examples:
        >>> LookupHash("mobile").process_bind_param(
        ...     "+8613800138000", sa.create_engine("sqlite://").dialect) is None
        True
    """

    impl = sa.String(64)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        """Hash ``value`` under the engine's cipher."""
        cipher = _CIPHERS.get(dialect)
        if value is None or cipher is None:
            return None
        return cipher.lookup_hash(self.field, value)
