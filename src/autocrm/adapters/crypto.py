"""Field encryption for the SQL archive (extra ``crypto``: the ``cryptography`` package).

A [`FieldCipher`][autocrm.adapters.crypto.FieldCipher] holds the keys the embedding system supplies
— the library never stores or logs a key (``cryptography`` is imported when a cipher is made, so
[`is_encrypted`][autocrm.adapters.crypto.is_encrypted] works without the extra). Values are
encrypted with AES-256-GCM (a fresh 96-bit nonce per value; the field name is authenticated with it,
so a value cannot be moved to another field unnoticed) and written as text::

    enc1:<key id>:<base64 of nonce + ciphertext + tag>

The key id travels with every value, so a cipher holding several keys reads values
written under any of them and writes new ones under ``current``: a key is rotated by
adding the new key, making it current and re-encrypting
([`autocrm.adapters.sqlalchemy.SqlArchive.rotate_key`][autocrm.adapters.sqlalchemy.repository.SqlArchive.rotate_key],
``autocrm rotate-key``), after which the old key can be dropped.

Exact-match look-ups (find by mobile or resident ID, duplicates) go through a keyed
hash: HMAC-SHA-256 under a separate ``lookup_key``. Every phone field (mobile,
phone, office phone, fax) hashes in one domain, so the same number matches across
them, as duplicate detection needs. See the security guide (``docs/security.md``).

Examples:
    >>> cipher = FieldCipher(keys={"2026-01": bytes(range(32))}, current="2026-01",
    ...                      lookup_key=b"0123456789abcdef0123456789abcdef")
    >>> token = cipher.encrypt("mobile", "+8613800138000")
    >>> token.startswith("enc1:2026-01:"), cipher.decrypt("mobile", token)
    (True, '+8613800138000')
    >>> cipher.lookup_hash("mobile", "+8613800138000") == cipher.lookup_hash(
    ...     "phone", "+8613800138000")
    True
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from autocrm import _toml
from autocrm.errors import EncryptionError, shown

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

__all__ = ["PREFIX", "FieldCipher", "generate_key", "is_encrypted", "load_cipher"]

#: The start of every encrypted value (format version 1).
PREFIX = "enc1:"

_KEY_BYTES = 32
_NONCE_BYTES = 12
_MIN_LOOKUP_KEY_BYTES = 16
#: Fields whose look-up hashes share one domain (a number is a number in any of them).
_HASH_DOMAINS: Mapping[str, str] = MappingProxyType(
    {"mobile": "phone", "phone": "phone", "office_phone": "phone", "fax": "phone"}
)


def is_encrypted(value: object) -> bool:
    """Return True if ``value`` is a value written by
    [`FieldCipher.encrypt`][autocrm.adapters.crypto.FieldCipher.encrypt].

    Examples:
        >>> is_encrypted("enc1:k1:AAAA"), is_encrypted("+8613800138000"), is_encrypted(None)
        (True, False, False)
    """
    return isinstance(value, str) and value.startswith(PREFIX)


def generate_key() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(os.urandom(_KEY_BYTES)).decode("ascii")


def _aesgcm() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(msg, field="keys") from None
    return AESGCM


def _key_bytes(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(msg, field=name)
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


class FieldCipher:
    """Encrypts and decrypts field values, and hashes them for exact look-ups.

    Args:
        keys: Key id -> 256-bit key (32 bytes, or URL-safe base64 text). Ids are
            short names without ``:`` (a date such as ``"2026-01"`` works well).
        current: The id of the key new values are encrypted under.
        lookup_key: The HMAC key of the look-up hashes (at least 16 bytes, or
            base64 text); keep it apart from the encryption keys. Changing it
            needs a [`rotate_key`][autocrm.adapters.sqlalchemy.repository.SqlArchive.rotate_key]
            run.

    Raises:
        autocrm.errors.EncryptionError: a key is malformed or ``current`` unknown.

    Examples:
        >>> cipher = FieldCipher(keys={"k1": generate_key()}, current="k1",
        ...                      lookup_key=generate_key())
        >>> cipher.current, cipher.key_ids
        ('k1', ('k1',))
    """

    __slots__ = ("_aead", "_lookup_key", "current")

    def __init__(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not key_id or ":" in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(key_id)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    @property
    def key_ids(self) -> tuple[str, ...]:
        """The ids of the keys this cipher can decrypt with, sorted."""
        return tuple(sorted(self._aead))

    def __repr__(self) -> str:
        return f"FieldCipher(key_ids={list(self.key_ids)!r}, current={shown(self.current)})"

    def encrypt(self, field: str, value: str) -> str:
        """Return ``value`` encrypted under the current key, bound to ``field``.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> cipher.encrypt("mobile", "+8613800138000") != cipher.encrypt(
            ...     "mobile", "+8613800138000")  # a fresh nonce each time
            True
        """
        nonce = os.urandom(_NONCE_BYTES)
        sealed = self._aead[self.current].encrypt(
            nonce, value.encode("utf-8"), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def decrypt(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by
        [`encrypt`][autocrm.adapters.crypto.FieldCipher.encrypt] for ``field``.

        Raises:
            autocrm.errors.EncryptionError: the token is malformed, its key id is not
                one of this cipher's, or the key is wrong / the value was altered.

        Examples:
            >>> a = FieldCipher(keys={"k1": bytes(32)}, current="k1", lookup_key=bytes(16))
            >>> b = FieldCipher(keys={"k1": b"x" * 32}, current="k1", lookup_key=bytes(16))
            >>> try:
            ...     b.decrypt("mobile", a.encrypt("mobile", "+8613800138000"))
            ... except EncryptionError as exc:
            ...     print(exc)
            mobile: cannot decrypt with key 'k1': the key is wrong or the value was altered
        """
        prefix, _, rest = token.partition(PREFIX)
        key_id, _, body = rest.partition(":")
        if prefix or not key_id or not body:
            msg = f"{field}: not an encrypted value"
            raise EncryptionError(msg, field=field)
        aead = self._aead.get(key_id)
        if aead is None:
            msg = (
                f"{field}: the value is encrypted under key {shown(key_id)}, which this cipher "
                f"does not hold (it holds {list(self.key_ids)})"
            )
            raise EncryptionError(msg, field=field)
        from cryptography.exceptions import InvalidTag

        try:
            raw = base64.urlsafe_b64decode(body.encode("ascii"))
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def lookup_hash(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()


def load_cipher(path: str | Path) -> FieldCipher:
    """Read a cipher from a TOML key file (keep it out of the repository and backups).

    The file names the current key, the look-up key and every key still needed::

        current = "2026-02"
        lookup_key = "<base64>"

        [keys]
        "2026-01" = "<base64>"
        "2026-02" = "<base64>"

    Raises:
        autocrm.errors.EncryptionError: the file is missing, not TOML or incomplete.

    Examples:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = Path(folder) / "keys.toml"
        ...     _ = path.write_text(f'current = "k1"\\nlookup_key = "{generate_key()}"\\n'
        ...                         f'[keys]\\nk1 = "{generate_key()}"\\n', encoding="utf-8")
        ...     load_cipher(path)
        FieldCipher(key_ids=['k1'], current='k1')
    """
    if not isinstance(path, str | os.PathLike):
        msg = f"path: expected the path of a key file, got {type(path).__name__}"  # type: ignore[unreachable]
        raise EncryptionError(msg, field="path")
    try:
        data = _toml.loads(Path(path).read_text(encoding="utf-8"))
    except ValueError as exc:  # a NUL in the path (TOMLDecodeError is caught below)
        if isinstance(exc, _toml.TOMLDecodeError | UnicodeDecodeError):
            msg = f"key file {path}: not TOML ({exc})"
            raise EncryptionError(msg, field="keys") from None
        msg = f"path: not a usable file name ({exc})"
        raise EncryptionError(msg, field="path") from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)
