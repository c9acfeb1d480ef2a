"""PDF inputs: recognised by their signature, read through pypdf, processed as text; a scanned
PDF and an image fail with a reason that names what they are. Every PDF here is written by
the test itself (``pdf_bytes``): a minimal PDF 1.4 file with Helvetica text or an image."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from dyads.article import build_article
from dyads.ingest import Summary, run
from dyads.pipeline import Pipeline
from dyads.records import Failure, RawDocument
from dyads.sources import iter_documents
from dyads.store import open_store

LINES = [
    "EU Agrees To Open Membership Talks With Moldova",
    "",
    "By Maria Jensen and Tomas Berg",
    "",
    "BRUSSELS (Dyads Wire) - European Union governments agreed on Tuesday to open",
    "membership talks with Moldova, a step the government in Chisinau has sought for",
    "years, diplomats said after the meeting of ministers.",
    "The decision follows a report by the European Commission which found that the",
    "country had met most of the conditions set last year.",
]


def pdf_bytes(pages: list[list[str] | None]) -> bytes:
    """A PDF with one page per item: lines of text, or None for a page that is one image."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog, pages_id = add(b""), add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for lines in pages:
        if lines is not None:
            ops = ["BT /F1 11 Tf 14 TL 72 720 Td"]
            for line in lines:
                escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                ops.append(f"({escaped}) Tj T*")
            stream = ("\n".join(ops) + "\nET").encode("latin-1")
            resources = b"<< /Font << /F1 %d 0 R >> >>" % font
        else:
            image = add(
                b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\x40\x80\nendstream"
            )
            stream = b"q 400 0 0 500 100 150 cm /Im0 Do Q"
            resources = b"<< /XObject << /Im0 %d 0 R >> >>" % image
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %s "
                b"/Contents %d 0 R >>" % (pages_id, resources, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)


def png_bytes() -> bytes:
    """A 1x1 grey PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


def _read(path: Path) -> list[RawDocument | Failure]:
    return list(iter_documents([path]))


def test_pdf_with_text_is_read_as_its_text(tmp_path: Path) -> None:
    path = tmp_path / "story.pdf"
    path.write_bytes(pdf_bytes([LINES]))
    (doc,) = _read(path)
    assert isinstance(doc, RawDocument) and doc.kind == "text"
    assert not doc.content.startswith("%PDF")
    article = build_article(doc)
    assert article.headline == "EU Agrees To Open Membership Talks With Moldova"
    assert article.byline == "Maria Jensen and Tomas Berg"
    assert article.dateline.place == "BRUSSELS"
    body = article.text[article.body[0] : article.body[1]]
    assert body.startswith("European Union governments agreed on Tuesday to open membership")
    assert "Chisinau has sought for years, diplomats said" in body  # lines joined
    assert body.endswith("met most of the conditions set last year.")


def test_pdf_is_recognised_by_its_signature_not_its_name(tmp_path: Path) -> None:
    path = tmp_path / "download.bin.txt"
    path.write_bytes(pdf_bytes([LINES]))
    (doc,) = _read(path)
    assert isinstance(doc, RawDocument)
    assert "%PDF" not in doc.content and "Membership Talks" in doc.content


def test_pdf_is_stored_as_its_text(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.pdf").write_bytes(pdf_bytes([LINES, ["The talks open in March."]]))
    store = open_store(str(tmp_path / "s.duckdb"))
    try:
        summary = Summary()
        for outcome in run([folder], pipeline=Pipeline(), store=store):
            summary.add(outcome)
        assert summary.counts["stored"] == 1, summary.failures
        (row,) = store.query("SELECT text, headline, language FROM articles")
    finally:
        store.close()
    assert row["headline"] == "EU Agrees To Open Membership Talks With Moldova"
    assert row["language"] == "en"
    assert "%PDF" not in row["text"] and row["text"].endswith("The talks open in March.")


def test_scanned_pdf_fails_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_bytes([None, None]))
    (failure,) = _read(path)
    assert isinstance(failure, Failure)
    assert "scanned PDF" in failure.reason and "no text layer" in failure.reason


def test_images_fail_naming_their_format(tmp_path: Path) -> None:
    png = tmp_path / "page.png"
    png.write_bytes(png_bytes())
    jpeg = tmp_path / "photo.txt"  # a wrong name does not hide what it is
    jpeg.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(64))
    (first,) = _read(png)
    (second,) = _read(jpeg)
    assert isinstance(first, Failure) and "PNG image" in first.reason
    assert isinstance(second, Failure) and "JPEG image" in second.reason


def test_broken_pdf_fails_with_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage\n")
    (failure,) = _read(path)
    assert isinstance(failure, Failure)
    assert "PDF" in failure.reason and "\n" not in failure.reason


def test_pdf_by_url_is_read_as_text_and_a_scan_fails() -> None:
    import socket

    import httpx

    from dyads.sources.pages import read_url
    from dyads.sources.urls import Fetcher, FetchPolicy

    bodies = {"/story.pdf": pdf_bytes([LINES]), "/scan.pdf": pdf_bytes([None])}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path not in bodies:
            return httpx.Response(404)
        body = bodies[request.url.path]
        return httpx.Response(200, content=body, headers={"Content-Type": "application/pdf"})

    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    fetcher = Fetcher(
        FetchPolicy(respect_robots=False), transport=httpx.MockTransport(answer), resolver=resolve
    )
    (doc,) = read_url("http://news.example/story.pdf", fetcher=fetcher)
    assert isinstance(doc, RawDocument) and doc.url == "http://news.example/story.pdf"
    assert doc.content.startswith("EU Agrees To Open Membership Talks With Moldova\n\n")
    (failure,) = read_url("http://news.example/scan.pdf", fetcher=fetcher)
    assert isinstance(failure, Failure) and "scanned PDF" in failure.reason
