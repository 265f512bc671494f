"""Opening a .docx package safely: a budget on the unpacked size (a zip bomb is refused
before it is inflated), a clear ReadError for what is not a Word file, and the title from
the core properties.
"""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO

from .base import ReadError


# A Word file of minutes unpacks to a few MB; a "zip bomb" of 3.6 MB asked for ~20 GB.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024


def check_unpacked_size(data: bytes) -> None:
    """Refuse a package whose members would unpack past MAX_UNPACKED_BYTES, before unpacking any."""
    try:
        declared = sum(info.file_size for info in zipfile.ZipFile(BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        return  # python-docx reports the damage in its own words
    if declared > MAX_UNPACKED_BYTES:
        raise ReadError(f"Word document would unpack to {declared // 2**20} MB (more than {MAX_UNPACKED_BYTES // 2**20} MB): refused as a zip bomb")


def open_docx(data: bytes):
    """python-docx Document from bytes; every way a damaged package fails becomes ReadError."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_unpacked_size(data)
    try:
        return docx.Document(BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError):
        raise ReadError("corrupt Word document: not a readable zip package") from None
    except zlib.error:
        raise ReadError("corrupt Word document: damaged compressed data") from None
    except (KeyError, XMLSyntaxError, EOFError) as error:
        raise ReadError(f"corrupt Word document: damaged part ({type(error).__name__})") from None
    except ValueError as error:  # e.g. a .docm/.dotx content type, or an .xlsx renamed
        raise ReadError(f"not a Word document: {error}") from None


def core_title(word) -> str | None:
    try:
        title = (word.core_properties.title or "").strip()
    except (KeyError, ValueError, AttributeError):  # a damaged docProps/core.xml must not lose the text
        return None
    return title or None
