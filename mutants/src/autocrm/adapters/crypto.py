"""Field encryption for the SQL archive (extra ``crypto``: the ``cryptography`` package).

A :class:`FieldCipher` holds the keys the embedding system supplies — the library
never stores or logs a key (``cryptography`` is imported when a cipher is made, so
:func:`is_encrypted` works without the extra). Values are encrypted with AES-256-GCM (a fresh
96-bit nonce per value; the field name is authenticated with it, so a value cannot
be moved to another field unnoticed) and written as text::

    enc1:<key id>:<base64 of nonce + ciphertext + tag>

The key id travels with every value, so a cipher holding several keys reads values
written under any of them and writes new ones under ``current``: a key is rotated by
adding the new key, making it current and re-encrypting
(:meth:`autocrm.adapters.sqlalchemy.SqlArchive.rotate_key`, ``autocrm rotate-key``),
after which the old key can be dropped.

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_is_encrypted__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_encrypted__mutmut)
def is_encrypted(value: object) -> bool:
    """Return True if ``value`` is a value written by :meth:`FieldCipher.encrypt`.

    Examples:
        >>> is_encrypted("enc1:k1:AAAA"), is_encrypted("+8613800138000"), is_encrypted(None)
        (True, False, False)
    """
    return isinstance(value, str) and value.startswith(PREFIX)


def x_is_encrypted__mutmut_orig(value: object) -> bool:
    """Return True if ``value`` is a value written by :meth:`FieldCipher.encrypt`.

    Examples:
        >>> is_encrypted("enc1:k1:AAAA"), is_encrypted("+8613800138000"), is_encrypted(None)
        (True, False, False)
    """
    return isinstance(value, str) and value.startswith(PREFIX)


def x_is_encrypted__mutmut_1(value: object) -> bool:
    """Return True if ``value`` is a value written by :meth:`FieldCipher.encrypt`.

    Examples:
        >>> is_encrypted("enc1:k1:AAAA"), is_encrypted("+8613800138000"), is_encrypted(None)
        (True, False, False)
    """
    return isinstance(value, str) or value.startswith(PREFIX)


def x_is_encrypted__mutmut_2(value: object) -> bool:
    """Return True if ``value`` is a value written by :meth:`FieldCipher.encrypt`.

    Examples:
        >>> is_encrypted("enc1:k1:AAAA"), is_encrypted("+8613800138000"), is_encrypted(None)
        (True, False, False)
    """
    return isinstance(value, str) and value.startswith(None)

mutants_x_is_encrypted__mutmut['_mutmut_orig'] = x_is_encrypted__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_encrypted__mutmut['x_is_encrypted__mutmut_1'] = x_is_encrypted__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_encrypted__mutmut['x_is_encrypted__mutmut_2'] = x_is_encrypted__mutmut_2 # type: ignore # mutmut generated
mutants_x_generate_key__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_generate_key__mutmut)
def generate_key() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(os.urandom(_KEY_BYTES)).decode("ascii")


def x_generate_key__mutmut_orig() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(os.urandom(_KEY_BYTES)).decode("ascii")


def x_generate_key__mutmut_1() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(os.urandom(_KEY_BYTES)).decode(None)


def x_generate_key__mutmut_2() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(None).decode("ascii")


def x_generate_key__mutmut_3() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(os.urandom(None)).decode("ascii")


def x_generate_key__mutmut_4() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(os.urandom(_KEY_BYTES)).decode("XXasciiXX")


def x_generate_key__mutmut_5() -> str:
    """Return a new random 256-bit key as URL-safe base64 text (for a key file or vault).

    Examples:
        >>> len(base64.urlsafe_b64decode(generate_key()))
        32
    """
    return base64.urlsafe_b64encode(os.urandom(_KEY_BYTES)).decode("ASCII")

mutants_x_generate_key__mutmut['_mutmut_orig'] = x_generate_key__mutmut_orig # type: ignore # mutmut generated
mutants_x_generate_key__mutmut['x_generate_key__mutmut_1'] = x_generate_key__mutmut_1 # type: ignore # mutmut generated
mutants_x_generate_key__mutmut['x_generate_key__mutmut_2'] = x_generate_key__mutmut_2 # type: ignore # mutmut generated
mutants_x_generate_key__mutmut['x_generate_key__mutmut_3'] = x_generate_key__mutmut_3 # type: ignore # mutmut generated
mutants_x_generate_key__mutmut['x_generate_key__mutmut_4'] = x_generate_key__mutmut_4 # type: ignore # mutmut generated
mutants_x_generate_key__mutmut['x_generate_key__mutmut_5'] = x_generate_key__mutmut_5 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__aesgcm__mutmut)
def _aesgcm() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(msg, field="keys") from None
    return AESGCM


def x__aesgcm__mutmut_orig() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(msg, field="keys") from None
    return AESGCM


def x__aesgcm__mutmut_1() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = None
        raise EncryptionError(msg, field="keys") from None
    return AESGCM


def x__aesgcm__mutmut_2() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "XXencryption needs the cryptography package: pip install 'autocrm[crypto]'XX"
        raise EncryptionError(msg, field="keys") from None
    return AESGCM


def x__aesgcm__mutmut_3() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "ENCRYPTION NEEDS THE CRYPTOGRAPHY PACKAGE: PIP INSTALL 'AUTOCRM[CRYPTO]'"
        raise EncryptionError(msg, field="keys") from None
    return AESGCM


def x__aesgcm__mutmut_4() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(None, field="keys") from None
    return AESGCM


def x__aesgcm__mutmut_5() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(msg, field=None) from None
    return AESGCM


def x__aesgcm__mutmut_6() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(field="keys") from None
    return AESGCM


def x__aesgcm__mutmut_7() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(msg, ) from None
    return AESGCM


def x__aesgcm__mutmut_8() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(msg, field="XXkeysXX") from None
    return AESGCM


def x__aesgcm__mutmut_9() -> Any:
    try:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError:  # pragma: no cover - the extra is installed where tests run
        msg = "encryption needs the cryptography package: pip install 'autocrm[crypto]'"
        raise EncryptionError(msg, field="KEYS") from None
    return AESGCM

mutants_x__aesgcm__mutmut['_mutmut_orig'] = x__aesgcm__mutmut_orig # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_1'] = x__aesgcm__mutmut_1 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_2'] = x__aesgcm__mutmut_2 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_3'] = x__aesgcm__mutmut_3 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_4'] = x__aesgcm__mutmut_4 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_5'] = x__aesgcm__mutmut_5 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_6'] = x__aesgcm__mutmut_6 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_7'] = x__aesgcm__mutmut_7 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_8'] = x__aesgcm__mutmut_8 # type: ignore # mutmut generated
mutants_x__aesgcm__mutmut['x__aesgcm__mutmut_9'] = x__aesgcm__mutmut_9 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__key_bytes__mutmut)
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


def x__key_bytes__mutmut_orig(name: str, value: object, size: int | None) -> bytes:
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


def x__key_bytes__mutmut_1(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = None
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


def x__key_bytes__mutmut_2(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(None)
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


def x__key_bytes__mutmut_3(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode(None))
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


def x__key_bytes__mutmut_4(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("XXasciiXX"))
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


def x__key_bytes__mutmut_5(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ASCII"))
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


def x__key_bytes__mutmut_6(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = None
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


def x__key_bytes__mutmut_7(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(None, field=name) from None
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


def x__key_bytes__mutmut_8(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=None) from None
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


def x__key_bytes__mutmut_9(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(field=name) from None
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


def x__key_bytes__mutmut_10(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, ) from None
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


def x__key_bytes__mutmut_11(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(msg, field=name)
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_12(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = None
        raise EncryptionError(msg, field=name)
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_13(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(None).__name__}"
        raise EncryptionError(msg, field=name)
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_14(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(None, field=name)
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_15(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(msg, field=None)
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_16(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(field=name)
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_17(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(msg, )
    if size is not None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_18(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(msg, field=name)
    if size is not None or len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_19(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) != size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_20(name: str, value: object, size: int | None) -> bytes:
    if isinstance(value, str):
        try:
            value = base64.urlsafe_b64decode(value.encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            msg = f"{name}: a key given as text must be URL-safe base64"
            raise EncryptionError(msg, field=name) from None
    if not isinstance(value, bytes):
        msg = f"{name}: a key is bytes or base64 text, got {type(value).__name__}"
        raise EncryptionError(msg, field=name)
    if size is not None and len(value) == size:
        msg = f"{name}: an AES-256 key has {size} bytes, got {len(value)}"
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_21(name: str, value: object, size: int | None) -> bytes:
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
        msg = None
        raise EncryptionError(msg, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_22(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(None, field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_23(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(msg, field=None)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_24(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(field=name)
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_25(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(msg, )
    if size is None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_26(name: str, value: object, size: int | None) -> bytes:
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
    if size is None or len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_27(name: str, value: object, size: int | None) -> bytes:
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
    if size is not None and len(value) < _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_28(name: str, value: object, size: int | None) -> bytes:
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
    if size is None and len(value) <= _MIN_LOOKUP_KEY_BYTES:
        msg = f"{name}: a look-up key has at least {_MIN_LOOKUP_KEY_BYTES} bytes"
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_29(name: str, value: object, size: int | None) -> bytes:
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
        msg = None
        raise EncryptionError(msg, field=name)
    return value


def x__key_bytes__mutmut_30(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(None, field=name)
    return value


def x__key_bytes__mutmut_31(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(msg, field=None)
    return value


def x__key_bytes__mutmut_32(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(field=name)
    return value


def x__key_bytes__mutmut_33(name: str, value: object, size: int | None) -> bytes:
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
        raise EncryptionError(msg, )
    return value

mutants_x__key_bytes__mutmut['_mutmut_orig'] = x__key_bytes__mutmut_orig # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_1'] = x__key_bytes__mutmut_1 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_2'] = x__key_bytes__mutmut_2 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_3'] = x__key_bytes__mutmut_3 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_4'] = x__key_bytes__mutmut_4 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_5'] = x__key_bytes__mutmut_5 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_6'] = x__key_bytes__mutmut_6 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_7'] = x__key_bytes__mutmut_7 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_8'] = x__key_bytes__mutmut_8 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_9'] = x__key_bytes__mutmut_9 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_10'] = x__key_bytes__mutmut_10 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_11'] = x__key_bytes__mutmut_11 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_12'] = x__key_bytes__mutmut_12 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_13'] = x__key_bytes__mutmut_13 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_14'] = x__key_bytes__mutmut_14 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_15'] = x__key_bytes__mutmut_15 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_16'] = x__key_bytes__mutmut_16 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_17'] = x__key_bytes__mutmut_17 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_18'] = x__key_bytes__mutmut_18 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_19'] = x__key_bytes__mutmut_19 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_20'] = x__key_bytes__mutmut_20 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_21'] = x__key_bytes__mutmut_21 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_22'] = x__key_bytes__mutmut_22 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_23'] = x__key_bytes__mutmut_23 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_24'] = x__key_bytes__mutmut_24 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_25'] = x__key_bytes__mutmut_25 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_26'] = x__key_bytes__mutmut_26 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_27'] = x__key_bytes__mutmut_27 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_28'] = x__key_bytes__mutmut_28 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_29'] = x__key_bytes__mutmut_29 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_30'] = x__key_bytes__mutmut_30 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_31'] = x__key_bytes__mutmut_31 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_32'] = x__key_bytes__mutmut_32 # type: ignore # mutmut generated
mutants_x__key_bytes__mutmut['x__key_bytes__mutmut_33'] = x__key_bytes__mutmut_33 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldCipherǁ__repr____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldCipherǁencrypt__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldCipherǁdecrypt__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldCipherǁlookup_hash__mutmut: MutantDict = {}  # type: ignore


class FieldCipher:
    """Encrypts and decrypts field values, and hashes them for exact look-ups.

    Args:
        keys: Key id -> 256-bit key (32 bytes, or URL-safe base64 text). Ids are
            short names without ``:`` (a date such as ``"2026-01"`` works well).
        current: The id of the key new values are encrypted under.
        lookup_key: The HMAC key of the look-up hashes (at least 16 bytes, or
            base64 text); keep it apart from the encryption keys. Changing it
            needs a :meth:`~autocrm.adapters.sqlalchemy.SqlArchive.rotate_key` run.

    Raises:
        autocrm.errors.EncryptionError: a key is malformed or ``current`` unknown.

    Examples:
        >>> cipher = FieldCipher(keys={"k1": generate_key()}, current="k1",
        ...                      lookup_key=generate_key())
        >>> cipher.current, cipher.key_ids
        ('k1', ('k1',))
    """

    __slots__ = ("_aead", "_lookup_key", "current")

    @_mutmut_mutated(mutants_xǁFieldCipherǁ__init____mutmut)
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

    def xǁFieldCipherǁ__init____mutmut_orig(
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

    def xǁFieldCipherǁ__init____mutmut_1(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = None
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

    def xǁFieldCipherǁ__init____mutmut_2(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) and not keys:
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

    def xǁFieldCipherǁ__init____mutmut_3(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if isinstance(keys, Mapping) or not keys:
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

    def xǁFieldCipherǁ__init____mutmut_4(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or keys:
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

    def xǁFieldCipherǁ__init____mutmut_5(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = None
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

    def xǁFieldCipherǁ__init____mutmut_6(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "XXkeys: at least one key id -> key is neededXX"
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

    def xǁFieldCipherǁ__init____mutmut_7(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "KEYS: AT LEAST ONE KEY ID -> KEY IS NEEDED"
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

    def xǁFieldCipherǁ__init____mutmut_8(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(None, field="keys")
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

    def xǁFieldCipherǁ__init____mutmut_9(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field=None)
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

    def xǁFieldCipherǁ__init____mutmut_10(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(field="keys")
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

    def xǁFieldCipherǁ__init____mutmut_11(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, )
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

    def xǁFieldCipherǁ__init____mutmut_12(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="XXkeysXX")
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

    def xǁFieldCipherǁ__init____mutmut_13(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="KEYS")
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

    def xǁFieldCipherǁ__init____mutmut_14(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = None
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

    def xǁFieldCipherǁ__init____mutmut_15(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not key_id and ":" in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(key_id)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_16(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) and not key_id or ":" in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(key_id)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_17(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if isinstance(key_id, str) or not key_id or ":" in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(key_id)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_18(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or key_id or ":" in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(key_id)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_19(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not key_id or "XX:XX" in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(key_id)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_20(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not key_id or ":" not in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(key_id)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_21(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not key_id or ":" in key_id:
                msg = None
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_22(
        self, keys: Mapping[str, bytes | str], *, current: str, lookup_key: bytes | str
    ) -> None:
        aesgcm = _aesgcm()
        if not isinstance(keys, Mapping) or not keys:
            msg = "keys: at least one key id -> key is needed"
            raise EncryptionError(msg, field="keys")
        aead: dict[str, AESGCM] = {}
        for key_id, key in keys.items():
            if not isinstance(key_id, str) or not key_id or ":" in key_id:
                msg = f"keys: a key id is a non-empty text without ':', got {shown(None)}"
                raise EncryptionError(msg, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_23(
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
                raise EncryptionError(None, field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_24(
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
                raise EncryptionError(msg, field=None)
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_25(
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
                raise EncryptionError(field="keys")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_26(
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
                raise EncryptionError(msg, )
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_27(
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
                raise EncryptionError(msg, field="XXkeysXX")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_28(
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
                raise EncryptionError(msg, field="KEYS")
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_29(
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
            aead[key_id] = None
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_30(
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
            aead[key_id] = aesgcm(None)
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_31(
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
            aead[key_id] = aesgcm(_key_bytes(None, key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_32(
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
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", None, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_33(
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
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, None))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_34(
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
            aead[key_id] = aesgcm(_key_bytes(key, _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_35(
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
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", _KEY_BYTES))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_36(
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
            aead[key_id] = aesgcm(_key_bytes(f"keys[{key_id}]", key, ))
        if not isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_37(
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
        if not isinstance(current, str) and current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_38(
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
        if isinstance(current, str) or current not in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_39(
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
        if not isinstance(current, str) or current in aead:
            msg = f"current: {shown(current)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_40(
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
            msg = None
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_41(
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
            msg = f"current: {shown(None)} is not one of the key ids {sorted(aead)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_42(
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
            msg = f"current: {shown(current)} is not one of the key ids {sorted(None)}"
            raise EncryptionError(msg, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_43(
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
            raise EncryptionError(None, field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_44(
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
            raise EncryptionError(msg, field=None)
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_45(
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
            raise EncryptionError(field="current")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_46(
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
            raise EncryptionError(msg, )
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_47(
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
            raise EncryptionError(msg, field="XXcurrentXX")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_48(
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
            raise EncryptionError(msg, field="CURRENT")
        self._aead: Mapping[str, AESGCM] = MappingProxyType(aead)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_49(
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
        self._aead: Mapping[str, AESGCM] = None
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_50(
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
        self._aead: Mapping[str, AESGCM] = MappingProxyType(None)
        self._lookup_key = _key_bytes("lookup_key", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_51(
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
        self._lookup_key = None
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_52(
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
        self._lookup_key = _key_bytes(None, lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_53(
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
        self._lookup_key = _key_bytes("lookup_key", None, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_54(
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
        self._lookup_key = _key_bytes(lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_55(
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
        self._lookup_key = _key_bytes("lookup_key", None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_56(
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
        self._lookup_key = _key_bytes("lookup_key", lookup_key, )
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_57(
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
        self._lookup_key = _key_bytes("XXlookup_keyXX", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_58(
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
        self._lookup_key = _key_bytes("LOOKUP_KEY", lookup_key, None)
        self.current = current

    def xǁFieldCipherǁ__init____mutmut_59(
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
        self.current = None

    @property
    def key_ids(self) -> tuple[str, ...]:
        """The ids of the keys this cipher can decrypt with, sorted."""
        return tuple(sorted(self._aead))

    @_mutmut_mutated(mutants_xǁFieldCipherǁ__repr____mutmut)
    def __repr__(self) -> str:
        return f"FieldCipher(key_ids={list(self.key_ids)!r}, current={shown(self.current)})"

    def xǁFieldCipherǁ__repr____mutmut_orig(self) -> str:
        return f"FieldCipher(key_ids={list(self.key_ids)!r}, current={shown(self.current)})"

    def xǁFieldCipherǁ__repr____mutmut_1(self) -> str:
        return f"FieldCipher(key_ids={list(None)!r}, current={shown(self.current)})"

    def xǁFieldCipherǁ__repr____mutmut_2(self) -> str:
        return f"FieldCipher(key_ids={list(self.key_ids)!r}, current={shown(None)})"

    @_mutmut_mutated(mutants_xǁFieldCipherǁencrypt__mutmut)
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

    def xǁFieldCipherǁencrypt__mutmut_orig(self, field: str, value: str) -> str:
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

    def xǁFieldCipherǁencrypt__mutmut_1(self, field: str, value: str) -> str:
        """Return ``value`` encrypted under the current key, bound to ``field``.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> cipher.encrypt("mobile", "+8613800138000") != cipher.encrypt(
            ...     "mobile", "+8613800138000")  # a fresh nonce each time
            True
        """
        nonce = None
        sealed = self._aead[self.current].encrypt(
            nonce, value.encode("utf-8"), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_2(self, field: str, value: str) -> str:
        """Return ``value`` encrypted under the current key, bound to ``field``.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> cipher.encrypt("mobile", "+8613800138000") != cipher.encrypt(
            ...     "mobile", "+8613800138000")  # a fresh nonce each time
            True
        """
        nonce = os.urandom(None)
        sealed = self._aead[self.current].encrypt(
            nonce, value.encode("utf-8"), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_3(self, field: str, value: str) -> str:
        """Return ``value`` encrypted under the current key, bound to ``field``.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> cipher.encrypt("mobile", "+8613800138000") != cipher.encrypt(
            ...     "mobile", "+8613800138000")  # a fresh nonce each time
            True
        """
        nonce = os.urandom(_NONCE_BYTES)
        sealed = None
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_4(self, field: str, value: str) -> str:
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
            None, value.encode("utf-8"), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_5(self, field: str, value: str) -> str:
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
            nonce, None, field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_6(self, field: str, value: str) -> str:
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
            nonce, value.encode("utf-8"), None
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_7(self, field: str, value: str) -> str:
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
            value.encode("utf-8"), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_8(self, field: str, value: str) -> str:
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
            nonce, field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_9(self, field: str, value: str) -> str:
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
            nonce, value.encode("utf-8"), )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_10(self, field: str, value: str) -> str:
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
            nonce, value.encode(None), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_11(self, field: str, value: str) -> str:
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
            nonce, value.encode("XXutf-8XX"), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_12(self, field: str, value: str) -> str:
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
            nonce, value.encode("UTF-8"), field.encode("utf-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_13(self, field: str, value: str) -> str:
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
            nonce, value.encode("utf-8"), field.encode(None)
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_14(self, field: str, value: str) -> str:
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
            nonce, value.encode("utf-8"), field.encode("XXutf-8XX")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_15(self, field: str, value: str) -> str:
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
            nonce, value.encode("utf-8"), field.encode("UTF-8")
        )
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_16(self, field: str, value: str) -> str:
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
        body = None
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_17(self, field: str, value: str) -> str:
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
        body = base64.urlsafe_b64encode(nonce + sealed).decode(None)
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_18(self, field: str, value: str) -> str:
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
        body = base64.urlsafe_b64encode(None).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_19(self, field: str, value: str) -> str:
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
        body = base64.urlsafe_b64encode(nonce - sealed).decode("ascii")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_20(self, field: str, value: str) -> str:
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
        body = base64.urlsafe_b64encode(nonce + sealed).decode("XXasciiXX")
        return f"{PREFIX}{self.current}:{body}"

    def xǁFieldCipherǁencrypt__mutmut_21(self, field: str, value: str) -> str:
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
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ASCII")
        return f"{PREFIX}{self.current}:{body}"

    @_mutmut_mutated(mutants_xǁFieldCipherǁdecrypt__mutmut)
    def decrypt(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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

    def xǁFieldCipherǁdecrypt__mutmut_orig(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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

    def xǁFieldCipherǁdecrypt__mutmut_1(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        prefix, _, rest = None
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

    def xǁFieldCipherǁdecrypt__mutmut_2(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        prefix, _, rest = token.partition(None)
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

    def xǁFieldCipherǁdecrypt__mutmut_3(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        prefix, _, rest = token.rpartition(PREFIX)
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

    def xǁFieldCipherǁdecrypt__mutmut_4(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        key_id, _, body = None
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

    def xǁFieldCipherǁdecrypt__mutmut_5(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        key_id, _, body = rest.partition(None)
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

    def xǁFieldCipherǁdecrypt__mutmut_6(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        key_id, _, body = rest.rpartition(":")
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

    def xǁFieldCipherǁdecrypt__mutmut_7(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        key_id, _, body = rest.partition("XX:XX")
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

    def xǁFieldCipherǁdecrypt__mutmut_8(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        if prefix or not key_id and not body:
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

    def xǁFieldCipherǁdecrypt__mutmut_9(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        if prefix and not key_id or not body:
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

    def xǁFieldCipherǁdecrypt__mutmut_10(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        if prefix or key_id or not body:
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

    def xǁFieldCipherǁdecrypt__mutmut_11(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        if prefix or not key_id or body:
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

    def xǁFieldCipherǁdecrypt__mutmut_12(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            msg = None
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

    def xǁFieldCipherǁdecrypt__mutmut_13(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(None, field=field)
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

    def xǁFieldCipherǁdecrypt__mutmut_14(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(msg, field=None)
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

    def xǁFieldCipherǁdecrypt__mutmut_15(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(field=field)
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

    def xǁFieldCipherǁdecrypt__mutmut_16(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(msg, )
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

    def xǁFieldCipherǁdecrypt__mutmut_17(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        aead = None
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

    def xǁFieldCipherǁdecrypt__mutmut_18(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        aead = self._aead.get(None)
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

    def xǁFieldCipherǁdecrypt__mutmut_19(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        if aead is not None:
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

    def xǁFieldCipherǁdecrypt__mutmut_20(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            msg = None
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

    def xǁFieldCipherǁdecrypt__mutmut_21(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
                f"{field}: the value is encrypted under key {shown(None)}, which this cipher "
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

    def xǁFieldCipherǁdecrypt__mutmut_22(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
                f"does not hold (it holds {list(None)})"
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

    def xǁFieldCipherǁdecrypt__mutmut_23(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(None, field=field)
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

    def xǁFieldCipherǁdecrypt__mutmut_24(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(msg, field=None)
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

    def xǁFieldCipherǁdecrypt__mutmut_25(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(field=field)
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

    def xǁFieldCipherǁdecrypt__mutmut_26(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(msg, )
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

    def xǁFieldCipherǁdecrypt__mutmut_27(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raw = None
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_28(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raw = base64.urlsafe_b64decode(None)
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_29(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raw = base64.urlsafe_b64decode(body.encode(None))
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_30(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raw = base64.urlsafe_b64decode(body.encode("XXasciiXX"))
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_31(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raw = base64.urlsafe_b64decode(body.encode("ASCII"))
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_32(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = None
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_33(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(None, raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_34(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[:_NONCE_BYTES], None, field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_35(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], None)
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_36(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[_NONCE_BYTES:], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_37(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[:_NONCE_BYTES], field.encode("utf-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_38(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], )
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_39(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode(None))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_40(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("XXutf-8XX"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_41(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            plain = aead.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], field.encode("UTF-8"))
        except (InvalidTag, binascii.Error, ValueError):
            msg = (
                f"{field}: cannot decrypt with key {shown(key_id)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_42(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            msg = None
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_43(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
                f"{field}: cannot decrypt with key {shown(None)}: the key is wrong or the "
                "value was altered"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_44(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
                "XXvalue was alteredXX"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_45(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
                "VALUE WAS ALTERED"
            )
            raise EncryptionError(msg, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_46(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(None, field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_47(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(msg, field=None) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_48(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(field=field) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_49(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
            raise EncryptionError(msg, ) from None
        return plain.decode("utf-8")

    def xǁFieldCipherǁdecrypt__mutmut_50(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        return plain.decode(None)

    def xǁFieldCipherǁdecrypt__mutmut_51(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        return plain.decode("XXutf-8XX")

    def xǁFieldCipherǁdecrypt__mutmut_52(self, field: str, token: str) -> str:
        """Return the plain value of a ``token`` written by :meth:`encrypt` for ``field``.

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
        return plain.decode("UTF-8")

    @_mutmut_mutated(mutants_xǁFieldCipherǁlookup_hash__mutmut)
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

    def xǁFieldCipherǁlookup_hash__mutmut_orig(self, field: str, value: str) -> str:
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

    def xǁFieldCipherǁlookup_hash__mutmut_1(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = None
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_2(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(None, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_3(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, None)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_4(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_5(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, )
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_6(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = None
        return hmac.new(self._lookup_key, message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_7(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(None, message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_8(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, None, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_9(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, None).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_10(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(message, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_11(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, hashlib.sha256).hexdigest()

    def xǁFieldCipherǁlookup_hash__mutmut_12(self, field: str, value: str) -> str:
        """Return the keyed hash (hex) that exact look-ups of ``value`` in ``field`` use.

        Examples:
            >>> cipher = FieldCipher(keys={"k1": bytes(32)}, current="k1",
            ...                      lookup_key=bytes(16))
            >>> len(cipher.lookup_hash("resident_id", "11010519491231002X"))
            64
        """
        domain = _HASH_DOMAINS.get(field, field)
        message = f"{domain}\x00{value}".encode()
        return hmac.new(self._lookup_key, message, ).hexdigest()

mutants_xǁFieldCipherǁ__init____mutmut['_mutmut_orig'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_1'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_2'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_3'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_4'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_5'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_6'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_7'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_8'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_9'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_10'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_11'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_12'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_13'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_14'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_15'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_16'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_17'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_18'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_19'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_20'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_21'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_22'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_23'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_24'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_25'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_26'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_27'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_28'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_29'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_30'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_31'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_32'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_33'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_34'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_35'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_36'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_37'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_38'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_39'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_40'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_40 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_41'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_41 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_42'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_42 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_43'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_43 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_44'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_44 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_45'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_45 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_46'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_46 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_47'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_47 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_48'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_48 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_49'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_49 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_50'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_50 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_51'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_51 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_52'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_52 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_53'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_53 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_54'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_54 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_55'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_55 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_56'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_56 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_57'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_57 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_58'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_58 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__init____mutmut['xǁFieldCipherǁ__init____mutmut_59'] = FieldCipher.xǁFieldCipherǁ__init____mutmut_59 # type: ignore # mutmut generated

mutants_xǁFieldCipherǁ__repr____mutmut['_mutmut_orig'] = FieldCipher.xǁFieldCipherǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__repr____mutmut['xǁFieldCipherǁ__repr____mutmut_1'] = FieldCipher.xǁFieldCipherǁ__repr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁ__repr____mutmut['xǁFieldCipherǁ__repr____mutmut_2'] = FieldCipher.xǁFieldCipherǁ__repr____mutmut_2 # type: ignore # mutmut generated

mutants_xǁFieldCipherǁencrypt__mutmut['_mutmut_orig'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_1'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_2'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_3'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_4'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_5'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_6'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_7'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_8'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_9'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_10'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_11'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_12'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_13'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_14'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_15'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_16'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_17'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_18'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_19'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_20'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁencrypt__mutmut['xǁFieldCipherǁencrypt__mutmut_21'] = FieldCipher.xǁFieldCipherǁencrypt__mutmut_21 # type: ignore # mutmut generated

mutants_xǁFieldCipherǁdecrypt__mutmut['_mutmut_orig'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_1'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_2'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_3'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_4'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_5'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_6'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_7'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_8'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_9'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_10'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_11'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_12'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_13'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_14'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_15'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_16'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_17'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_18'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_19'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_20'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_21'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_22'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_23'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_23 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_24'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_24 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_25'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_25 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_26'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_26 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_27'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_27 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_28'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_28 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_29'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_29 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_30'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_30 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_31'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_31 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_32'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_32 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_33'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_33 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_34'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_34 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_35'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_35 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_36'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_36 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_37'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_37 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_38'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_38 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_39'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_39 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_40'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_40 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_41'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_41 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_42'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_42 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_43'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_43 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_44'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_44 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_45'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_45 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_46'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_46 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_47'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_47 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_48'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_48 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_49'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_49 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_50'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_50 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_51'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_51 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁdecrypt__mutmut['xǁFieldCipherǁdecrypt__mutmut_52'] = FieldCipher.xǁFieldCipherǁdecrypt__mutmut_52 # type: ignore # mutmut generated

mutants_xǁFieldCipherǁlookup_hash__mutmut['_mutmut_orig'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_1'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_2'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_3'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_4'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_5'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_6'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_7'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_8'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_9'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_10'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_11'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldCipherǁlookup_hash__mutmut['xǁFieldCipherǁlookup_hash__mutmut_12'] = FieldCipher.xǁFieldCipherǁlookup_hash__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_cipher__mutmut)
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


def x_load_cipher__mutmut_orig(path: str | Path) -> FieldCipher:
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


def x_load_cipher__mutmut_1(path: str | Path) -> FieldCipher:
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
    if isinstance(path, str | os.PathLike):
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


def x_load_cipher__mutmut_2(path: str | Path) -> FieldCipher:
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
        msg = None  # type: ignore[unreachable]
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


def x_load_cipher__mutmut_3(path: str | Path) -> FieldCipher:
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
        msg = f"path: expected the path of a key file, got {type(None).__name__}"  # type: ignore[unreachable]
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


def x_load_cipher__mutmut_4(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(None, field="path")
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


def x_load_cipher__mutmut_5(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field=None)
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


def x_load_cipher__mutmut_6(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(field="path")
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


def x_load_cipher__mutmut_7(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, )
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


def x_load_cipher__mutmut_8(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="XXpathXX")
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


def x_load_cipher__mutmut_9(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="PATH")
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


def x_load_cipher__mutmut_10(path: str | Path) -> FieldCipher:
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
        data = None
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


def x_load_cipher__mutmut_11(path: str | Path) -> FieldCipher:
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
        data = _toml.loads(None)
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


def x_load_cipher__mutmut_12(path: str | Path) -> FieldCipher:
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
        data = _toml.loads(Path(path).read_text(encoding=None))
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


def x_load_cipher__mutmut_13(path: str | Path) -> FieldCipher:
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
        data = _toml.loads(Path(None).read_text(encoding="utf-8"))
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


def x_load_cipher__mutmut_14(path: str | Path) -> FieldCipher:
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
        data = _toml.loads(Path(path).read_text(encoding="XXutf-8XX"))
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


def x_load_cipher__mutmut_15(path: str | Path) -> FieldCipher:
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
        data = _toml.loads(Path(path).read_text(encoding="UTF-8"))
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


def x_load_cipher__mutmut_16(path: str | Path) -> FieldCipher:
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
            msg = None
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


def x_load_cipher__mutmut_17(path: str | Path) -> FieldCipher:
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
            raise EncryptionError(None, field="keys") from None
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


def x_load_cipher__mutmut_18(path: str | Path) -> FieldCipher:
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
            raise EncryptionError(msg, field=None) from None
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


def x_load_cipher__mutmut_19(path: str | Path) -> FieldCipher:
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
            raise EncryptionError(field="keys") from None
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


def x_load_cipher__mutmut_20(path: str | Path) -> FieldCipher:
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
            raise EncryptionError(msg, ) from None
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


def x_load_cipher__mutmut_21(path: str | Path) -> FieldCipher:
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
            raise EncryptionError(msg, field="XXkeysXX") from None
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


def x_load_cipher__mutmut_22(path: str | Path) -> FieldCipher:
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
            raise EncryptionError(msg, field="KEYS") from None
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


def x_load_cipher__mutmut_23(path: str | Path) -> FieldCipher:
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
        msg = None
        raise EncryptionError(msg, field="path") from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_24(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(None, field="path") from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_25(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field=None) from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_26(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(field="path") from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_27(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, ) from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_28(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="XXpathXX") from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_29(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="PATH") from None
    except OSError as exc:
        msg = f"key file {path}: cannot be read ({exc.strerror})"
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_30(path: str | Path) -> FieldCipher:
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
        msg = None
        raise EncryptionError(msg, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_31(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(None, field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_32(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field=None) from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_33(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(field="keys") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_34(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, ) from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_35(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="XXkeysXX") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_36(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="KEYS") from None
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_37(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = None
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_38(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get(None), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_39(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("XXkeysXX"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_40(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("KEYS"), data.get("current"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_41(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("keys"), data.get(None), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_42(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("keys"), data.get("XXcurrentXX"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_43(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("keys"), data.get("CURRENT"), data.get("lookup_key")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_44(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("keys"), data.get("current"), data.get(None)
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_45(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("XXlookup_keyXX")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_46(path: str | Path) -> FieldCipher:
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
    keys, current, lookup = data.get("keys"), data.get("current"), data.get("LOOKUP_KEY")
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_47(path: str | Path) -> FieldCipher:
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
    if not isinstance(keys, dict) or not isinstance(current, str) and lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_48(path: str | Path) -> FieldCipher:
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
    if not isinstance(keys, dict) and not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_49(path: str | Path) -> FieldCipher:
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
    if isinstance(keys, dict) or not isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_50(path: str | Path) -> FieldCipher:
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
    if not isinstance(keys, dict) or isinstance(current, str) or lookup is None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_51(path: str | Path) -> FieldCipher:
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
    if not isinstance(keys, dict) or not isinstance(current, str) or lookup is not None:
        msg = f"key file {path}: needs current, lookup_key and a [keys] table"
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_52(path: str | Path) -> FieldCipher:
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
        msg = None
        raise EncryptionError(msg, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_53(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(None, field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_54(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field=None)
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_55(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(field="keys")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_56(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, )
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_57(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="XXkeysXX")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_58(path: str | Path) -> FieldCipher:
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
        raise EncryptionError(msg, field="KEYS")
    return FieldCipher(keys, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_59(path: str | Path) -> FieldCipher:
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
    return FieldCipher(None, current=current, lookup_key=lookup)


def x_load_cipher__mutmut_60(path: str | Path) -> FieldCipher:
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
    return FieldCipher(keys, current=None, lookup_key=lookup)


def x_load_cipher__mutmut_61(path: str | Path) -> FieldCipher:
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
    return FieldCipher(keys, current=current, lookup_key=None)


def x_load_cipher__mutmut_62(path: str | Path) -> FieldCipher:
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
    return FieldCipher(current=current, lookup_key=lookup)


def x_load_cipher__mutmut_63(path: str | Path) -> FieldCipher:
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
    return FieldCipher(keys, lookup_key=lookup)


def x_load_cipher__mutmut_64(path: str | Path) -> FieldCipher:
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
    return FieldCipher(keys, current=current, )

mutants_x_load_cipher__mutmut['_mutmut_orig'] = x_load_cipher__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_1'] = x_load_cipher__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_2'] = x_load_cipher__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_3'] = x_load_cipher__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_4'] = x_load_cipher__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_5'] = x_load_cipher__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_6'] = x_load_cipher__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_7'] = x_load_cipher__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_8'] = x_load_cipher__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_9'] = x_load_cipher__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_10'] = x_load_cipher__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_11'] = x_load_cipher__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_12'] = x_load_cipher__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_13'] = x_load_cipher__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_14'] = x_load_cipher__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_15'] = x_load_cipher__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_16'] = x_load_cipher__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_17'] = x_load_cipher__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_18'] = x_load_cipher__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_19'] = x_load_cipher__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_20'] = x_load_cipher__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_21'] = x_load_cipher__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_22'] = x_load_cipher__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_23'] = x_load_cipher__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_24'] = x_load_cipher__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_25'] = x_load_cipher__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_26'] = x_load_cipher__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_27'] = x_load_cipher__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_28'] = x_load_cipher__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_29'] = x_load_cipher__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_30'] = x_load_cipher__mutmut_30 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_31'] = x_load_cipher__mutmut_31 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_32'] = x_load_cipher__mutmut_32 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_33'] = x_load_cipher__mutmut_33 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_34'] = x_load_cipher__mutmut_34 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_35'] = x_load_cipher__mutmut_35 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_36'] = x_load_cipher__mutmut_36 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_37'] = x_load_cipher__mutmut_37 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_38'] = x_load_cipher__mutmut_38 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_39'] = x_load_cipher__mutmut_39 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_40'] = x_load_cipher__mutmut_40 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_41'] = x_load_cipher__mutmut_41 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_42'] = x_load_cipher__mutmut_42 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_43'] = x_load_cipher__mutmut_43 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_44'] = x_load_cipher__mutmut_44 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_45'] = x_load_cipher__mutmut_45 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_46'] = x_load_cipher__mutmut_46 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_47'] = x_load_cipher__mutmut_47 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_48'] = x_load_cipher__mutmut_48 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_49'] = x_load_cipher__mutmut_49 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_50'] = x_load_cipher__mutmut_50 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_51'] = x_load_cipher__mutmut_51 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_52'] = x_load_cipher__mutmut_52 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_53'] = x_load_cipher__mutmut_53 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_54'] = x_load_cipher__mutmut_54 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_55'] = x_load_cipher__mutmut_55 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_56'] = x_load_cipher__mutmut_56 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_57'] = x_load_cipher__mutmut_57 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_58'] = x_load_cipher__mutmut_58 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_59'] = x_load_cipher__mutmut_59 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_60'] = x_load_cipher__mutmut_60 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_61'] = x_load_cipher__mutmut_61 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_62'] = x_load_cipher__mutmut_62 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_63'] = x_load_cipher__mutmut_63 # type: ignore # mutmut generated
mutants_x_load_cipher__mutmut['x_load_cipher__mutmut_64'] = x_load_cipher__mutmut_64 # type: ignore # mutmut generated
