"""Reading the tables of a DMS export in batches: CSV, Excel ``.xlsx`` and Parquet.

CSV and Parquet are read with pyarrow (CSV as text, every column a string, so that
leading zeros of ids and phone numbers survive), Excel with openpyxl in read-only
mode; all three are streamed, a batch of rows at a time. A CSV file's encoding is
the mapping's, or detected: UTF-8 (with or without a byte-order mark) if its start
decodes as UTF-8, else GB18030 (a superset of GBK and GB2312).

A row is numbered as a spreadsheet shows it: the header is row 1, the first record
row 2 (for CSV this is the line number while no cell spans several lines).

Examples:
    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "客户.csv")
    ...     _ = open(path, "w", encoding="gbk").write("客户编号,姓名\\nKH001,王建国\\n")
    ...     source = open_table(path)
    ...     source.columns, source.encoding, [list(b) for b in source.batches(["姓名"])]
    (('客户编号', '姓名'), 'gb18030', [[(2, {'姓名': '王建国'})]])
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from autocrm.adapters.tables.mapping import MappingError
from autocrm.errors import shown
from autocrm.extras import require_extra

__all__ = ["BATCH_ROWS", "TableSource", "detect_encoding", "open_table"]

#: Rows per batch handed to the importer.
BATCH_ROWS = 10_000
_SNIFF_BYTES = 1 << 16
_CSV_SUFFIXES = (".csv", ".txt", ".tsv")

Row = tuple[int, dict[str, Any]]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_detect_encoding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_detect_encoding__mutmut)
def detect_encoding(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_orig(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_1(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(None, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_2(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, None) as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_3(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_4(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, ) as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_5(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "XXrbXX") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_6(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "RB") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_7(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = None
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_8(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(None)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_9(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(None):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_10(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "XXutf-8XX"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_11(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "UTF-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_12(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = None
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_13(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder(None)()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_14(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("XXutf-8XX")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_15(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("UTF-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_16(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(None, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_17(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=None)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_18(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_19(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, )
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_20(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=True)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8"


def x_detect_encoding__mutmut_21(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "XXgb18030XX"
    return "utf-8"


def x_detect_encoding__mutmut_22(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "GB18030"
    return "utf-8"


def x_detect_encoding__mutmut_23(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "XXutf-8XX"


def x_detect_encoding__mutmut_24(path: str | Path) -> str:
    """Return ``utf-8`` if the file's start decodes as UTF-8, else ``gb18030``.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "a.csv")
        ...     _ = open(p, "wb").write("车牌,京A12345\\n".encode("gbk"))
        ...     detect_encoding(p)
        'gb18030'
    """
    with open(path, "rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        # final=False: a character cut at the end of the sample is not an error.
        decoder.decode(head, final=False)
    except UnicodeDecodeError:
        return "gb18030"
    return "UTF-8"

mutants_x_detect_encoding__mutmut['_mutmut_orig'] = x_detect_encoding__mutmut_orig # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_1'] = x_detect_encoding__mutmut_1 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_2'] = x_detect_encoding__mutmut_2 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_3'] = x_detect_encoding__mutmut_3 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_4'] = x_detect_encoding__mutmut_4 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_5'] = x_detect_encoding__mutmut_5 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_6'] = x_detect_encoding__mutmut_6 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_7'] = x_detect_encoding__mutmut_7 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_8'] = x_detect_encoding__mutmut_8 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_9'] = x_detect_encoding__mutmut_9 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_10'] = x_detect_encoding__mutmut_10 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_11'] = x_detect_encoding__mutmut_11 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_12'] = x_detect_encoding__mutmut_12 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_13'] = x_detect_encoding__mutmut_13 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_14'] = x_detect_encoding__mutmut_14 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_15'] = x_detect_encoding__mutmut_15 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_16'] = x_detect_encoding__mutmut_16 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_17'] = x_detect_encoding__mutmut_17 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_18'] = x_detect_encoding__mutmut_18 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_19'] = x_detect_encoding__mutmut_19 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_20'] = x_detect_encoding__mutmut_20 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_21'] = x_detect_encoding__mutmut_21 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_22'] = x_detect_encoding__mutmut_22 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_23'] = x_detect_encoding__mutmut_23 # type: ignore # mutmut generated
mutants_x_detect_encoding__mutmut['x_detect_encoding__mutmut_24'] = x_detect_encoding__mutmut_24 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class TableSource:
    """One file of the export, opened: its format, header and a way to read it in batches.

    Attributes:
        path: The file.
        format: ``csv``, ``xlsx`` or ``parquet``.
        columns: The header, in file order.
        encoding: The CSV encoding used (None for the other formats).
        sheet: The worksheet read (Excel only).
        delimiter: The CSV field separator (a tab for ``.tsv`` files).

    Examples:
        >>> TableSource(Path("km.parquet"), "parquet", ("vin", "km")).columns
        ('vin', 'km')
    """

    path: Path
    format: str
    columns: tuple[str, ...]
    encoding: str | None = None
    sheet: str | None = None
    delimiter: str = ","

    @_mutmut_mutated(mutants_xǁTableSourceǁbatches__mutmut)
    def batches(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_orig(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_1(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format != "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_2(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "XXcsvXX":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_3(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "CSV":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_4(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(None, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_5(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, None, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_6(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, None)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_7(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_8(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_9(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, )
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_10(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format != "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_11(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "XXxlsxXX":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_12(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "XLSX":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_13(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(None, columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_14(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, None, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_15(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, None)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_16(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(columns, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_17(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, size)
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_18(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, )
        return _parquet_batches(self, columns, size)

    def xǁTableSourceǁbatches__mutmut_19(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(None, columns, size)

    def xǁTableSourceǁbatches__mutmut_20(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, None, size)

    def xǁTableSourceǁbatches__mutmut_21(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, None)

    def xǁTableSourceǁbatches__mutmut_22(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(columns, size)

    def xǁTableSourceǁbatches__mutmut_23(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, size)

    def xǁTableSourceǁbatches__mutmut_24(self, columns: Sequence[str], size: int = BATCH_ROWS) -> Iterator[list[Row]]:
        """Yield lists of ``(row number, {column: cell})`` holding only ``columns``.

        Blank cells are None; text is stripped. Excel rows with no value at all
        are passed over.
        """
        if self.format == "csv":
            return _csv_batches(self, columns, size)
        if self.format == "xlsx":
            return _xlsx_batches(self, columns, size)
        return _parquet_batches(self, columns, )

mutants_xǁTableSourceǁbatches__mutmut['_mutmut_orig'] = TableSource.xǁTableSourceǁbatches__mutmut_orig # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_1'] = TableSource.xǁTableSourceǁbatches__mutmut_1 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_2'] = TableSource.xǁTableSourceǁbatches__mutmut_2 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_3'] = TableSource.xǁTableSourceǁbatches__mutmut_3 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_4'] = TableSource.xǁTableSourceǁbatches__mutmut_4 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_5'] = TableSource.xǁTableSourceǁbatches__mutmut_5 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_6'] = TableSource.xǁTableSourceǁbatches__mutmut_6 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_7'] = TableSource.xǁTableSourceǁbatches__mutmut_7 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_8'] = TableSource.xǁTableSourceǁbatches__mutmut_8 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_9'] = TableSource.xǁTableSourceǁbatches__mutmut_9 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_10'] = TableSource.xǁTableSourceǁbatches__mutmut_10 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_11'] = TableSource.xǁTableSourceǁbatches__mutmut_11 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_12'] = TableSource.xǁTableSourceǁbatches__mutmut_12 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_13'] = TableSource.xǁTableSourceǁbatches__mutmut_13 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_14'] = TableSource.xǁTableSourceǁbatches__mutmut_14 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_15'] = TableSource.xǁTableSourceǁbatches__mutmut_15 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_16'] = TableSource.xǁTableSourceǁbatches__mutmut_16 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_17'] = TableSource.xǁTableSourceǁbatches__mutmut_17 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_18'] = TableSource.xǁTableSourceǁbatches__mutmut_18 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_19'] = TableSource.xǁTableSourceǁbatches__mutmut_19 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_20'] = TableSource.xǁTableSourceǁbatches__mutmut_20 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_21'] = TableSource.xǁTableSourceǁbatches__mutmut_21 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_22'] = TableSource.xǁTableSourceǁbatches__mutmut_22 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_23'] = TableSource.xǁTableSourceǁbatches__mutmut_23 # type: ignore # mutmut generated
mutants_xǁTableSourceǁbatches__mutmut['xǁTableSourceǁbatches__mutmut_24'] = TableSource.xǁTableSourceǁbatches__mutmut_24 # type: ignore # mutmut generated
mutants_x_open_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_open_table__mutmut)
def open_table(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_orig(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_1(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra(None, "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_2(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", None, "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_3(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", None)
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_4(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_5(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_6(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", )
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_7(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("XXtablesXX", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_8(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("TABLES", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_9(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "XXpyarrowXX", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_10(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "PYARROW", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_11(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "XXopenpyxlXX")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_12(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "OPENPYXL")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_13(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = None
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_14(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(None)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_15(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = None
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_16(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.upper()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_17(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix not in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_18(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(None, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_19(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, None)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_20(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_21(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, )
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_22(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix != ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_23(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == "XX.xlsxXX":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_24(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".XLSX":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_25(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(None, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_26(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, None)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_27(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_28(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, )
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_29(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix not in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_30(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in ("XX.parquetXX", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_31(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".PARQUET", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_32(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", "XX.pqXX"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_33(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".PQ"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_34(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = None
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_35(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(None)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_36(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(None).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_37(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(None, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_38(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, None, names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_39(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", None)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_40(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource("parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_41(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_42(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", )
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_43(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "XXparquetXX", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_44(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "PARQUET", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_45(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = None
    raise MappingError(msg, field="paths", value=str(file))


def x_open_table__mutmut_46(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(None, field="paths", value=str(file))


def x_open_table__mutmut_47(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field=None, value=str(file))


def x_open_table__mutmut_48(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=None)


def x_open_table__mutmut_49(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(field="paths", value=str(file))


def x_open_table__mutmut_50(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, value=str(file))


def x_open_table__mutmut_51(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", )


def x_open_table__mutmut_52(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="XXpathsXX", value=str(file))


def x_open_table__mutmut_53(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="PATHS", value=str(file))


def x_open_table__mutmut_54(
    path: str | Path, *, encoding: str | None = None, sheet: str | None = None
) -> TableSource:
    """Open a CSV, ``.xlsx`` or Parquet file and read its header.

    Raises:
        MappingError: an unknown file type, an empty file, a sheet the workbook
            does not have, or a CSV that does not decode with ``encoding``.
        OSError: the file cannot be read.

    Examples:
        >>> open_table("notes.docx")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: notes.docx: ...
    """
    require_extra("tables", "pyarrow", "openpyxl")
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in _CSV_SUFFIXES:
        return _open_csv(file, encoding)
    if suffix == ".xlsx":
        return _open_xlsx(file, sheet)
    if suffix in (".parquet", ".pq"):
        import pyarrow.parquet as pq

        names = tuple(pq.ParquetFile(file).schema_arrow.names)
        return TableSource(file, "parquet", names)
    msg = f"{file.name}: a table is read from .csv, .txt, .tsv, .xlsx or .parquet files"
    raise MappingError(msg, field="paths", value=str(None))

mutants_x_open_table__mutmut['_mutmut_orig'] = x_open_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_1'] = x_open_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_2'] = x_open_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_3'] = x_open_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_4'] = x_open_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_5'] = x_open_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_6'] = x_open_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_7'] = x_open_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_8'] = x_open_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_9'] = x_open_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_10'] = x_open_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_11'] = x_open_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_12'] = x_open_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_13'] = x_open_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_14'] = x_open_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_15'] = x_open_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_16'] = x_open_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_17'] = x_open_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_18'] = x_open_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_19'] = x_open_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_20'] = x_open_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_21'] = x_open_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_22'] = x_open_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_23'] = x_open_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_24'] = x_open_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_25'] = x_open_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_26'] = x_open_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_27'] = x_open_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_28'] = x_open_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_29'] = x_open_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_30'] = x_open_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_31'] = x_open_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_32'] = x_open_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_33'] = x_open_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_34'] = x_open_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_35'] = x_open_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_36'] = x_open_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_37'] = x_open_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_38'] = x_open_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_39'] = x_open_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_40'] = x_open_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_41'] = x_open_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_42'] = x_open_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_43'] = x_open_table__mutmut_43 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_44'] = x_open_table__mutmut_44 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_45'] = x_open_table__mutmut_45 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_46'] = x_open_table__mutmut_46 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_47'] = x_open_table__mutmut_47 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_48'] = x_open_table__mutmut_48 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_49'] = x_open_table__mutmut_49 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_50'] = x_open_table__mutmut_50 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_51'] = x_open_table__mutmut_51 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_52'] = x_open_table__mutmut_52 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_53'] = x_open_table__mutmut_53 # type: ignore # mutmut generated
mutants_x_open_table__mutmut['x_open_table__mutmut_54'] = x_open_table__mutmut_54 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__open_csv__mutmut)
def _open_csv(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_orig(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_1(file: Path, encoding: str | None) -> TableSource:
    used = None
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_2(file: Path, encoding: str | None) -> TableSource:
    used = encoding and detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_3(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(None)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_4(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = None
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_5(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if (file.suffix.lower() == ".tsv") and False else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_6(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if (file.suffix.lower() == ".tsv") or True else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_7(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "XX\tXX" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_8(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.upper() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_9(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() != ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_10(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == "XX.tsvXX" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_11(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".TSV" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_12(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else "XX,XX"
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_13(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(None, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_14(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=None, newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_15(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline=None) as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_16(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_17(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_18(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), ) as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_19(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(None), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_20(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="XXXX") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_21(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = None
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_22(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(None, None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_23(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_24(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), )
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_25(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(None, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_26(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=None), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_27(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_28(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, ), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_29(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = None
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_30(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(None, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_31(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field=None, value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_32(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=None) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_33(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_34(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_35(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", ) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_36(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="XXencodingXX", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_37(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="ENCODING", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_38(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_39(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = None
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_40(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(None, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_41(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field=None, value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_42(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=None)
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_43(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_44(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_45(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", )
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_46(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="XXpathsXX", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_47(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="PATHS", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_48(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(None))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_49(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        None, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_50(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, None, tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_51(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", None, encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_52(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=None, delimiter=delimiter
    )


def x__open_csv__mutmut_53(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, delimiter=None
    )


def x__open_csv__mutmut_54(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        "csv", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_55(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_56(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_57(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), delimiter=delimiter
    )


def x__open_csv__mutmut_58(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(h.strip() for h in header), encoding=used, )


def x__open_csv__mutmut_59(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "XXcsvXX", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_60(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "CSV", tuple(h.strip() for h in header), encoding=used, delimiter=delimiter
    )


def x__open_csv__mutmut_61(file: Path, encoding: str | None) -> TableSource:
    used = encoding or detect_encoding(file)
    delimiter = "\t" if file.suffix.lower() == ".tsv" else ","
    try:
        with open(file, encoding=_python_codec(used), newline="") as handle:
            header = next(csv.reader(handle, delimiter=delimiter), None)
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: the header does not decode as {used}: {exc.reason}"
        raise MappingError(msg, field="encoding", value=used) from None
    if not header:
        msg = f"{file.name}: the file is empty; expected a header row"
        raise MappingError(msg, field="paths", value=str(file))
    return TableSource(
        file, "csv", tuple(None), encoding=used, delimiter=delimiter
    )

mutants_x__open_csv__mutmut['_mutmut_orig'] = x__open_csv__mutmut_orig # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_1'] = x__open_csv__mutmut_1 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_2'] = x__open_csv__mutmut_2 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_3'] = x__open_csv__mutmut_3 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_4'] = x__open_csv__mutmut_4 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_5'] = x__open_csv__mutmut_5 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_6'] = x__open_csv__mutmut_6 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_7'] = x__open_csv__mutmut_7 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_8'] = x__open_csv__mutmut_8 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_9'] = x__open_csv__mutmut_9 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_10'] = x__open_csv__mutmut_10 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_11'] = x__open_csv__mutmut_11 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_12'] = x__open_csv__mutmut_12 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_13'] = x__open_csv__mutmut_13 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_14'] = x__open_csv__mutmut_14 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_15'] = x__open_csv__mutmut_15 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_16'] = x__open_csv__mutmut_16 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_17'] = x__open_csv__mutmut_17 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_18'] = x__open_csv__mutmut_18 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_19'] = x__open_csv__mutmut_19 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_20'] = x__open_csv__mutmut_20 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_21'] = x__open_csv__mutmut_21 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_22'] = x__open_csv__mutmut_22 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_23'] = x__open_csv__mutmut_23 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_24'] = x__open_csv__mutmut_24 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_25'] = x__open_csv__mutmut_25 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_26'] = x__open_csv__mutmut_26 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_27'] = x__open_csv__mutmut_27 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_28'] = x__open_csv__mutmut_28 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_29'] = x__open_csv__mutmut_29 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_30'] = x__open_csv__mutmut_30 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_31'] = x__open_csv__mutmut_31 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_32'] = x__open_csv__mutmut_32 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_33'] = x__open_csv__mutmut_33 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_34'] = x__open_csv__mutmut_34 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_35'] = x__open_csv__mutmut_35 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_36'] = x__open_csv__mutmut_36 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_37'] = x__open_csv__mutmut_37 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_38'] = x__open_csv__mutmut_38 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_39'] = x__open_csv__mutmut_39 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_40'] = x__open_csv__mutmut_40 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_41'] = x__open_csv__mutmut_41 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_42'] = x__open_csv__mutmut_42 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_43'] = x__open_csv__mutmut_43 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_44'] = x__open_csv__mutmut_44 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_45'] = x__open_csv__mutmut_45 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_46'] = x__open_csv__mutmut_46 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_47'] = x__open_csv__mutmut_47 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_48'] = x__open_csv__mutmut_48 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_49'] = x__open_csv__mutmut_49 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_50'] = x__open_csv__mutmut_50 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_51'] = x__open_csv__mutmut_51 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_52'] = x__open_csv__mutmut_52 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_53'] = x__open_csv__mutmut_53 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_54'] = x__open_csv__mutmut_54 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_55'] = x__open_csv__mutmut_55 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_56'] = x__open_csv__mutmut_56 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_57'] = x__open_csv__mutmut_57 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_58'] = x__open_csv__mutmut_58 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_59'] = x__open_csv__mutmut_59 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_60'] = x__open_csv__mutmut_60 # type: ignore # mutmut generated
mutants_x__open_csv__mutmut['x__open_csv__mutmut_61'] = x__open_csv__mutmut_61 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__python_codec__mutmut)
def _python_codec(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def x__python_codec__mutmut_orig(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def x__python_codec__mutmut_1(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if (codecs.lookup(encoding).name == "utf-8") and False else encoding


def x__python_codec__mutmut_2(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if (codecs.lookup(encoding).name == "utf-8") or True else encoding


def x__python_codec__mutmut_3(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "XXutf-8-sigXX" if codecs.lookup(encoding).name == "utf-8" else encoding


def x__python_codec__mutmut_4(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "UTF-8-SIG" if codecs.lookup(encoding).name == "utf-8" else encoding


def x__python_codec__mutmut_5(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if codecs.lookup(None).name == "utf-8" else encoding


def x__python_codec__mutmut_6(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if codecs.lookup(encoding).name != "utf-8" else encoding


def x__python_codec__mutmut_7(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if codecs.lookup(encoding).name == "XXutf-8XX" else encoding


def x__python_codec__mutmut_8(encoding: str) -> str:
    # Python's utf-8-sig drops a byte-order mark; pyarrow drops it itself.
    return "utf-8-sig" if codecs.lookup(encoding).name == "UTF-8" else encoding

mutants_x__python_codec__mutmut['_mutmut_orig'] = x__python_codec__mutmut_orig # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_1'] = x__python_codec__mutmut_1 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_2'] = x__python_codec__mutmut_2 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_3'] = x__python_codec__mutmut_3 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_4'] = x__python_codec__mutmut_4 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_5'] = x__python_codec__mutmut_5 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_6'] = x__python_codec__mutmut_6 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_7'] = x__python_codec__mutmut_7 # type: ignore # mutmut generated
mutants_x__python_codec__mutmut['x__python_codec__mutmut_8'] = x__python_codec__mutmut_8 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__csv_batches__mutmut)
def _csv_batches(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_orig(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_1(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = None
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_2(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding and "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_3(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "XXutf-8XX"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_4(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "UTF-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_5(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = None
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_6(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=None,
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_7(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=None,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_8(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding=None,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_9(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=None,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_10(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_11(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_12(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_13(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_14(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(None),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_15(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=2,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_16(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if (codecs.lookup(encoding).name == "utf-8") and False else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_17(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if (codecs.lookup(encoding).name == "utf-8") or True else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_18(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="XXutf8XX" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_19(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="UTF8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_20(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(None).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_21(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name != "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_22(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "XXutf-8XX" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_23(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "UTF-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_24(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 >> 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_25(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=2 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_26(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 23,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_27(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = None
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_28(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types=None,
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_29(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=None,
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_30(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=None,
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_31(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=None,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_32(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=None,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_33(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_34(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_35(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_36(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_37(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_38(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(None),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_39(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=["XXXX"],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_40(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=False,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_41(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=False,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_42(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = None
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_43(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=None)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_44(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = None
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_45(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 3
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_46(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = None
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_47(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = None
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_48(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            None, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_49(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=None, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_50(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=None, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_51(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=None
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_52(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_53(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_54(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_55(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_56(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append(None)
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_57(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(None)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_58(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number = 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_59(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number -= 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_60(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 2
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_61(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) > size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_62(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = None
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_63(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = None
        raise MappingError(msg, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_64(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(None, field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_65(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field=None, value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_66(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=None) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_67(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(field="paths", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_68(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_69(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", ) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_70(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="XXpathsXX", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_71(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="PATHS", value=str(source.path)) from None
    if pending:
        yield pending


def x__csv_batches__mutmut_72(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    encoding = source.encoding or "utf-8"
    read = pacsv.ReadOptions(
        column_names=list(source.columns),
        skip_rows=1,
        encoding="utf8" if codecs.lookup(encoding).name == "utf-8" else encoding,
        block_size=1 << 22,
    )
    convert = pacsv.ConvertOptions(
        column_types={name: pa.string() for name in source.columns},
        include_columns=list(columns),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    parse = pacsv.ParseOptions(delimiter=source.delimiter)
    number = 2
    pending: list[Row] = []
    try:
        reader = pacsv.open_csv(
            source.path, read_options=read, convert_options=convert, parse_options=parse
        )
        for batch in reader:
            for record in batch.to_pylist():
                pending.append((number, _clean(record)))
                number += 1
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
    except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
        msg = f"{source.path.name}: cannot read near row {number}: {exc}"
        raise MappingError(msg, field="paths", value=str(None)) from None
    if pending:
        yield pending

mutants_x__csv_batches__mutmut['_mutmut_orig'] = x__csv_batches__mutmut_orig # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_1'] = x__csv_batches__mutmut_1 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_2'] = x__csv_batches__mutmut_2 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_3'] = x__csv_batches__mutmut_3 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_4'] = x__csv_batches__mutmut_4 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_5'] = x__csv_batches__mutmut_5 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_6'] = x__csv_batches__mutmut_6 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_7'] = x__csv_batches__mutmut_7 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_8'] = x__csv_batches__mutmut_8 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_9'] = x__csv_batches__mutmut_9 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_10'] = x__csv_batches__mutmut_10 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_11'] = x__csv_batches__mutmut_11 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_12'] = x__csv_batches__mutmut_12 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_13'] = x__csv_batches__mutmut_13 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_14'] = x__csv_batches__mutmut_14 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_15'] = x__csv_batches__mutmut_15 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_16'] = x__csv_batches__mutmut_16 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_17'] = x__csv_batches__mutmut_17 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_18'] = x__csv_batches__mutmut_18 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_19'] = x__csv_batches__mutmut_19 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_20'] = x__csv_batches__mutmut_20 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_21'] = x__csv_batches__mutmut_21 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_22'] = x__csv_batches__mutmut_22 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_23'] = x__csv_batches__mutmut_23 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_24'] = x__csv_batches__mutmut_24 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_25'] = x__csv_batches__mutmut_25 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_26'] = x__csv_batches__mutmut_26 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_27'] = x__csv_batches__mutmut_27 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_28'] = x__csv_batches__mutmut_28 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_29'] = x__csv_batches__mutmut_29 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_30'] = x__csv_batches__mutmut_30 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_31'] = x__csv_batches__mutmut_31 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_32'] = x__csv_batches__mutmut_32 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_33'] = x__csv_batches__mutmut_33 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_34'] = x__csv_batches__mutmut_34 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_35'] = x__csv_batches__mutmut_35 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_36'] = x__csv_batches__mutmut_36 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_37'] = x__csv_batches__mutmut_37 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_38'] = x__csv_batches__mutmut_38 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_39'] = x__csv_batches__mutmut_39 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_40'] = x__csv_batches__mutmut_40 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_41'] = x__csv_batches__mutmut_41 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_42'] = x__csv_batches__mutmut_42 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_43'] = x__csv_batches__mutmut_43 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_44'] = x__csv_batches__mutmut_44 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_45'] = x__csv_batches__mutmut_45 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_46'] = x__csv_batches__mutmut_46 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_47'] = x__csv_batches__mutmut_47 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_48'] = x__csv_batches__mutmut_48 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_49'] = x__csv_batches__mutmut_49 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_50'] = x__csv_batches__mutmut_50 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_51'] = x__csv_batches__mutmut_51 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_52'] = x__csv_batches__mutmut_52 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_53'] = x__csv_batches__mutmut_53 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_54'] = x__csv_batches__mutmut_54 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_55'] = x__csv_batches__mutmut_55 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_56'] = x__csv_batches__mutmut_56 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_57'] = x__csv_batches__mutmut_57 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_58'] = x__csv_batches__mutmut_58 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_59'] = x__csv_batches__mutmut_59 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_60'] = x__csv_batches__mutmut_60 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_61'] = x__csv_batches__mutmut_61 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_62'] = x__csv_batches__mutmut_62 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_63'] = x__csv_batches__mutmut_63 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_64'] = x__csv_batches__mutmut_64 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_65'] = x__csv_batches__mutmut_65 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_66'] = x__csv_batches__mutmut_66 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_67'] = x__csv_batches__mutmut_67 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_68'] = x__csv_batches__mutmut_68 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_69'] = x__csv_batches__mutmut_69 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_70'] = x__csv_batches__mutmut_70 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_71'] = x__csv_batches__mutmut_71 # type: ignore # mutmut generated
mutants_x__csv_batches__mutmut['x__csv_batches__mutmut_72'] = x__csv_batches__mutmut_72 # type: ignore # mutmut generated
mutants_x__clean__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__clean__mutmut)
def _clean(record: dict[str, Any]) -> dict[str, Any]:
    for key, value in record.items():
        if isinstance(value, str):
            value = value.strip()
            record[key] = value or None
    return record


def x__clean__mutmut_orig(record: dict[str, Any]) -> dict[str, Any]:
    for key, value in record.items():
        if isinstance(value, str):
            value = value.strip()
            record[key] = value or None
    return record


def x__clean__mutmut_1(record: dict[str, Any]) -> dict[str, Any]:
    for key, value in record.items():
        if isinstance(value, str):
            value = None
            record[key] = value or None
    return record


def x__clean__mutmut_2(record: dict[str, Any]) -> dict[str, Any]:
    for key, value in record.items():
        if isinstance(value, str):
            value = value.strip()
            record[key] = None
    return record


def x__clean__mutmut_3(record: dict[str, Any]) -> dict[str, Any]:
    for key, value in record.items():
        if isinstance(value, str):
            value = value.strip()
            record[key] = value and None
    return record

mutants_x__clean__mutmut['_mutmut_orig'] = x__clean__mutmut_orig # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_1'] = x__clean__mutmut_1 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_2'] = x__clean__mutmut_2 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_3'] = x__clean__mutmut_3 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__open_xlsx__mutmut)
def _open_xlsx(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_orig(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_1(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_2(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(None, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_3(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=None, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_4(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=None)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_5(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_6(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_7(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, )
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_8(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=False, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_9(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=False)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_10(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None or sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_11(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_12(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_13(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = None
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_14(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(None)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_15(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = "XX, XX".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_16(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = None
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_17(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(None)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_18(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(None, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_19(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field=None, value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_20(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=None)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_21(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_22(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_23(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", )
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_24(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="XXsheetXX", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_25(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="SHEET", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_26(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = None
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_27(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if (sheet is not None) and False else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_28(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if (sheet is not None) or True else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_29(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_30(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[1]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_31(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = None
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_32(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(None, None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_33(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_34(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), )
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_35(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=None, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_36(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=None), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_37(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_38(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, ), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_39(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=2, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_40(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=False), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_41(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_42(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = None
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_43(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(None)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_44(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(None, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_45(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field=None, value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_46(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=None)
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_47(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_48(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_49(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", )
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_50(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="XXpathsXX", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_51(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="PATHS", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_52(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(None))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_53(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = None
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_54(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple(None)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_55(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if (h is None) and False else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_56(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if (h is None) or True else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_57(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("XXXX" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_58(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is not None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_59(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(None).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_60(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(None, "xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_61(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, None, names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_62(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", None, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_63(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, sheet=None)
    finally:
        book.close()


def x__open_xlsx__mutmut_64(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource("xlsx", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_65(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_66(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_67(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "xlsx", names, )
    finally:
        book.close()


def x__open_xlsx__mutmut_68(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "XXxlsxXX", names, sheet=worksheet.title)
    finally:
        book.close()


def x__open_xlsx__mutmut_69(file: Path, sheet: str | None) -> TableSource:
    import openpyxl

    book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            sheets = ", ".join(book.sheetnames)
            msg = f"{file.name}: no sheet {shown(sheet)}; the workbook has {sheets}"
            raise MappingError(msg, field="sheet", value=sheet)
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        header = next(worksheet.iter_rows(max_row=1, values_only=True), None)
        if not header:
            msg = f"{file.name}: the sheet {shown(worksheet.title)} is empty; expected a header row"
            raise MappingError(msg, field="paths", value=str(file))
        names = tuple("" if h is None else str(h).strip() for h in header)
        return TableSource(file, "XLSX", names, sheet=worksheet.title)
    finally:
        book.close()

mutants_x__open_xlsx__mutmut['_mutmut_orig'] = x__open_xlsx__mutmut_orig # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_1'] = x__open_xlsx__mutmut_1 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_2'] = x__open_xlsx__mutmut_2 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_3'] = x__open_xlsx__mutmut_3 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_4'] = x__open_xlsx__mutmut_4 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_5'] = x__open_xlsx__mutmut_5 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_6'] = x__open_xlsx__mutmut_6 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_7'] = x__open_xlsx__mutmut_7 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_8'] = x__open_xlsx__mutmut_8 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_9'] = x__open_xlsx__mutmut_9 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_10'] = x__open_xlsx__mutmut_10 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_11'] = x__open_xlsx__mutmut_11 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_12'] = x__open_xlsx__mutmut_12 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_13'] = x__open_xlsx__mutmut_13 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_14'] = x__open_xlsx__mutmut_14 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_15'] = x__open_xlsx__mutmut_15 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_16'] = x__open_xlsx__mutmut_16 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_17'] = x__open_xlsx__mutmut_17 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_18'] = x__open_xlsx__mutmut_18 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_19'] = x__open_xlsx__mutmut_19 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_20'] = x__open_xlsx__mutmut_20 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_21'] = x__open_xlsx__mutmut_21 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_22'] = x__open_xlsx__mutmut_22 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_23'] = x__open_xlsx__mutmut_23 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_24'] = x__open_xlsx__mutmut_24 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_25'] = x__open_xlsx__mutmut_25 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_26'] = x__open_xlsx__mutmut_26 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_27'] = x__open_xlsx__mutmut_27 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_28'] = x__open_xlsx__mutmut_28 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_29'] = x__open_xlsx__mutmut_29 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_30'] = x__open_xlsx__mutmut_30 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_31'] = x__open_xlsx__mutmut_31 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_32'] = x__open_xlsx__mutmut_32 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_33'] = x__open_xlsx__mutmut_33 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_34'] = x__open_xlsx__mutmut_34 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_35'] = x__open_xlsx__mutmut_35 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_36'] = x__open_xlsx__mutmut_36 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_37'] = x__open_xlsx__mutmut_37 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_38'] = x__open_xlsx__mutmut_38 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_39'] = x__open_xlsx__mutmut_39 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_40'] = x__open_xlsx__mutmut_40 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_41'] = x__open_xlsx__mutmut_41 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_42'] = x__open_xlsx__mutmut_42 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_43'] = x__open_xlsx__mutmut_43 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_44'] = x__open_xlsx__mutmut_44 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_45'] = x__open_xlsx__mutmut_45 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_46'] = x__open_xlsx__mutmut_46 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_47'] = x__open_xlsx__mutmut_47 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_48'] = x__open_xlsx__mutmut_48 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_49'] = x__open_xlsx__mutmut_49 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_50'] = x__open_xlsx__mutmut_50 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_51'] = x__open_xlsx__mutmut_51 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_52'] = x__open_xlsx__mutmut_52 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_53'] = x__open_xlsx__mutmut_53 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_54'] = x__open_xlsx__mutmut_54 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_55'] = x__open_xlsx__mutmut_55 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_56'] = x__open_xlsx__mutmut_56 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_57'] = x__open_xlsx__mutmut_57 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_58'] = x__open_xlsx__mutmut_58 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_59'] = x__open_xlsx__mutmut_59 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_60'] = x__open_xlsx__mutmut_60 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_61'] = x__open_xlsx__mutmut_61 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_62'] = x__open_xlsx__mutmut_62 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_63'] = x__open_xlsx__mutmut_63 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_64'] = x__open_xlsx__mutmut_64 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_65'] = x__open_xlsx__mutmut_65 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_66'] = x__open_xlsx__mutmut_66 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_67'] = x__open_xlsx__mutmut_67 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_68'] = x__open_xlsx__mutmut_68 # type: ignore # mutmut generated
mutants_x__open_xlsx__mutmut['x__open_xlsx__mutmut_69'] = x__open_xlsx__mutmut_69 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__xlsx_batches__mutmut)
def _xlsx_batches(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_orig(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_1(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = None
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_2(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(None)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_3(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.rindex(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_4(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = None
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_5(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(None, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_6(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=None, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_7(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=None)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_8(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_9(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_10(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, )
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_11(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=False, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_12(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=False)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_13(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = None
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_14(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if (source.sheet) and False else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_15(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if (source.sheet) or True else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_16(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[1]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_17(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = None
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_18(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(None, 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_19(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), None):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_20(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_21(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), ):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_22(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=None, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_23(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=None), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_24(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_25(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, ), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_26(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=3, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_27(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=False), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_28(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 3):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_29(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(None):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_30(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None and cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_31(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is not None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_32(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell != "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_33(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "XXXX" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_34(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                break
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_35(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = None
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_36(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = None
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_37(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if (i < width) and False else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_38(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if (i < width) or True else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_39(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i <= width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_40(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append(None)
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_41(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(None)))
            if len(pending) >= size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_42(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) > size:
                yield pending
                pending = []
        if pending:
            yield pending
    finally:
        book.close()


def x__xlsx_batches__mutmut_43(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import openpyxl

    positions = [(name, source.columns.index(name)) for name in columns]
    book = openpyxl.load_workbook(source.path, read_only=True, data_only=True)
    try:
        worksheet = book[source.sheet] if source.sheet else book.worksheets[0]
        pending: list[Row] = []
        for number, cells in enumerate(worksheet.iter_rows(min_row=2, values_only=True), 2):
            if all(cell is None or cell == "" for cell in cells):
                continue
            width = len(cells)
            record = {name: cells[i] if i < width else None for name, i in positions}
            pending.append((number, _clean(record)))
            if len(pending) >= size:
                yield pending
                pending = None
        if pending:
            yield pending
    finally:
        book.close()

mutants_x__xlsx_batches__mutmut['_mutmut_orig'] = x__xlsx_batches__mutmut_orig # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_1'] = x__xlsx_batches__mutmut_1 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_2'] = x__xlsx_batches__mutmut_2 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_3'] = x__xlsx_batches__mutmut_3 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_4'] = x__xlsx_batches__mutmut_4 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_5'] = x__xlsx_batches__mutmut_5 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_6'] = x__xlsx_batches__mutmut_6 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_7'] = x__xlsx_batches__mutmut_7 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_8'] = x__xlsx_batches__mutmut_8 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_9'] = x__xlsx_batches__mutmut_9 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_10'] = x__xlsx_batches__mutmut_10 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_11'] = x__xlsx_batches__mutmut_11 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_12'] = x__xlsx_batches__mutmut_12 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_13'] = x__xlsx_batches__mutmut_13 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_14'] = x__xlsx_batches__mutmut_14 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_15'] = x__xlsx_batches__mutmut_15 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_16'] = x__xlsx_batches__mutmut_16 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_17'] = x__xlsx_batches__mutmut_17 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_18'] = x__xlsx_batches__mutmut_18 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_19'] = x__xlsx_batches__mutmut_19 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_20'] = x__xlsx_batches__mutmut_20 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_21'] = x__xlsx_batches__mutmut_21 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_22'] = x__xlsx_batches__mutmut_22 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_23'] = x__xlsx_batches__mutmut_23 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_24'] = x__xlsx_batches__mutmut_24 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_25'] = x__xlsx_batches__mutmut_25 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_26'] = x__xlsx_batches__mutmut_26 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_27'] = x__xlsx_batches__mutmut_27 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_28'] = x__xlsx_batches__mutmut_28 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_29'] = x__xlsx_batches__mutmut_29 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_30'] = x__xlsx_batches__mutmut_30 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_31'] = x__xlsx_batches__mutmut_31 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_32'] = x__xlsx_batches__mutmut_32 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_33'] = x__xlsx_batches__mutmut_33 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_34'] = x__xlsx_batches__mutmut_34 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_35'] = x__xlsx_batches__mutmut_35 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_36'] = x__xlsx_batches__mutmut_36 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_37'] = x__xlsx_batches__mutmut_37 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_38'] = x__xlsx_batches__mutmut_38 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_39'] = x__xlsx_batches__mutmut_39 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_40'] = x__xlsx_batches__mutmut_40 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_41'] = x__xlsx_batches__mutmut_41 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_42'] = x__xlsx_batches__mutmut_42 # type: ignore # mutmut generated
mutants_x__xlsx_batches__mutmut['x__xlsx_batches__mutmut_43'] = x__xlsx_batches__mutmut_43 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__parquet_batches__mutmut)
def _parquet_batches(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_orig(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_1(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = None
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_2(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 3
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_3(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = None
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_4(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(None)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_5(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=None, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_6(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=None):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_7(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_8(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, ):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_9(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(None)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_10(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = None
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_11(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append(None)
            number += 1
        yield rows


def x__parquet_batches__mutmut_12(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(None)))
            number += 1
        yield rows


def x__parquet_batches__mutmut_13(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number = 1
        yield rows


def x__parquet_batches__mutmut_14(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number -= 1
        yield rows


def x__parquet_batches__mutmut_15(source: TableSource, columns: Sequence[str], size: int) -> Iterator[list[Row]]:
    import pyarrow.parquet as pq

    number = 2
    parquet = pq.ParquetFile(source.path)
    for batch in parquet.iter_batches(batch_size=size, columns=list(columns)):
        rows: list[Row] = []
        for record in batch.to_pylist():
            rows.append((number, _clean(record)))
            number += 2
        yield rows

mutants_x__parquet_batches__mutmut['_mutmut_orig'] = x__parquet_batches__mutmut_orig # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_1'] = x__parquet_batches__mutmut_1 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_2'] = x__parquet_batches__mutmut_2 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_3'] = x__parquet_batches__mutmut_3 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_4'] = x__parquet_batches__mutmut_4 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_5'] = x__parquet_batches__mutmut_5 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_6'] = x__parquet_batches__mutmut_6 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_7'] = x__parquet_batches__mutmut_7 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_8'] = x__parquet_batches__mutmut_8 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_9'] = x__parquet_batches__mutmut_9 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_10'] = x__parquet_batches__mutmut_10 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_11'] = x__parquet_batches__mutmut_11 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_12'] = x__parquet_batches__mutmut_12 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_13'] = x__parquet_batches__mutmut_13 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_14'] = x__parquet_batches__mutmut_14 # type: ignore # mutmut generated
mutants_x__parquet_batches__mutmut['x__parquet_batches__mutmut_15'] = x__parquet_batches__mutmut_15 # type: ignore # mutmut generated
