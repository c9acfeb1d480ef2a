"""Bytes to text: gzip with a size cap, encoding detection, binary detection."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from charset_normalizer import from_bytes

from dyads.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
_PREFERENCE = [
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "cp1251",
    "koi8_r",
    "iso8859_2",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "cp1256",
    "cp1253",
    "cp1254",
]


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def read_capped(stream: BinaryIO, limit: int, *, what: str) -> bytes:
    """Read at most ``limit`` bytes, refusing (not truncating) anything larger."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"{what} is larger than the {_mb(limit)} limit; raise it with --max-bytes "
            "or DYADS_MAX_TEXT_BYTES if this is a real article"
        )
    return data


def gunzip_capped(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, refusing output past ``limit`` bytes (zip bombs)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            return read_capped(handle, limit, what="decompressed content")
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"corrupt or truncated gzip data ({exc})") from exc


# Image file signatures (the formats' own specifications: PNG, JFIF/EXIF, GIF, TIFF, WebP,
# BMP, ISO BMFF brands for HEIF and AVIF, JPEG 2000).
_IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"),
)
_ISO_BRANDS = {b"heic": "HEIC", b"heix": "HEIC", b"mif1": "HEIF", b"avif": "AVIF"}


def image_kind(data: bytes) -> str | None:
    """The image format of ``data`` by its signature ("PNG", "JPEG", ...), or None."""
    for signature, kind in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[4:8] == b"ftyp" and data[8:12] in _ISO_BRANDS:
        return _ISO_BRANDS[data[8:12]]
    if data[:2] == b"BM" and len(data) > 26 and looks_binary(data[:64]):
        return "BMP"
    return None


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding: NUL bytes or many control bytes."""
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return bool(sample) and controls / len(sample) > 0.05


def decode_text(data: bytes, *, declared: str | None = None) -> str:
    """Decode bytes to str: UTF-8 (with BOM), a declared charset, else detected; never crash."""
    if not data.strip():
        raise InputError("the file is empty (no text to read)")
    if looks_binary(data):
        raise InputError("the file is binary, not text or HTML (NUL or control bytes found)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    candidates = list(from_bytes(data))
    if not candidates:
        raise InputError("the file's encoding could not be detected; convert it to UTF-8")
    # Short texts fit many code pages equally well; among the least chaotic, prefer the
    # encodings news pages actually use.
    least = min(match.chaos for match in candidates)
    tied = [match for match in candidates if match.chaos <= least + 0.01]
    best = min(
        tied, key=lambda m: _PREFERENCE.index(m.encoding) if m.encoding in _PREFERENCE else 99
    )
    return str(best)
