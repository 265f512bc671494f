"""Readers: real files in, one normalised Document out, or a ReadError with a reason.

Two kinds of test:
- ones that make their own small PDF/DOCX/HTML/text files in tmp_path, so a fresh
  clone without ../shared still tests every reader;
- ones that read the shared corpus (<project root>/../shared), skipped with a reason
  when it is not there.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
try:
    import minutes_miner  # noqa: F401
except ImportError:  # a checkout that is not pip-installed
    sys.path.insert(0, str(ROOT / "src"))

from minutes_miner.readers import Document, DocumentBuilder, ReadError, read_document, sniff_format  # noqa: E402
from minutes_miner.readers.cleanup import is_page_number_line, plausible_title  # noqa: E402
from minutes_miner.readers.html import decode_html, read_html  # noqa: E402
from minutes_miner.readers.ocr import ocr_disabled  # noqa: E402
from minutes_miner.readers.pdf import (  # noqa: E402
    resolve_line_break_hyphens as _resolve_line_break_hyphens,
    extract_pdf_tables,
    is_garbled,
    read_pdf,
    remove_headers_and_footers,
)
from minutes_miner.readers.text import decode_text, read_text  # noqa: E402

NO_SHARED = not SHARED.is_dir()
needs_shared = pytest.mark.skipif(NO_SHARED, reason=f"shared corpus not found at {SHARED} (fresh clone without ../shared)")


# --- helpers -----------------------------------------------------------------------------


def assert_well_formed(document: Document) -> None:
    """The contract every reader must keep, whatever the file."""
    assert document.text == document.text.strip()
    assert "\n\n\n" not in document.text
    assert document.page_starts == sorted(document.page_starts)
    for block in document.blocks:
        piece = document.text[block.start : block.end]
        assert piece and piece == piece.strip(), block
        assert document.page_at(block.start) == block.page, block
    starts = [block.start for block in document.blocks]
    assert starts == sorted(starts)


def block_texts(document: Document, kind: str | None = None) -> list[str]:
    return [document.text[b.start : b.end] for b in document.blocks if kind is None or b.kind == kind]


def make_pdf(pages: list[list[str]], header: str | None = None, footer: str | None = "Page {n} of {total}") -> bytes:
    """A text PDF: one list of lines per page, with an optional running header and page footer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if header:
            pdf.set_xy(10, 8)
            pdf.cell(0, 6, header)
        pdf.set_xy(10, 25)
        for line in lines:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        if footer:
            pdf.set_xy(10, 280)
            pdf.cell(0, 6, footer.format(n=number, total=len(pages)), align="C")
    return bytes(pdf.output())


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- PDF, made here ----------------------------------------------------------------------


MINUTES_PAGES = [
    ["KENT COUNTY COUNCIL", "MINUTES of a meeting of the Cabinet", "84. Apologies", "Apologies were received from Mrs C Bell."],
    ["85. Declarations of Interest", "No declarations of interest were received."],
    ["86. Budget", "RESOLVED that the budget be agreed.", "7"],
]


def test_pdf_pages_headers_and_footers(tmp_path):
    path = write(tmp_path, "minutes.pdf", make_pdf(MINUTES_PAGES, header="Cabinet - 30 January 2025"))
    document = read_document(path)
    assert_well_formed(document)
    assert document.format == "pdf" and document.pages == 3
    assert document.text.startswith("Cabinet - 30 January 2025\nKENT COUNTY COUNCIL")
    assert document.text.count("Cabinet - 30 January 2025") == 1, "running header kept once, dropped from later pages"
    assert not any(is_page_number_line(line) and line.startswith("Page") for line in document.text.splitlines())
    assert "\n7" in document.text, "a lone number that is not this page's number is content, not a footer"
    offset = document.text.index("RESOLVED that the budget")
    assert document.page_at(offset) == 3
    assert {b.kind for b in document.blocks} == {"line"}


def test_pdf_bare_page_numbers_follow_the_page_sequence():
    pages = [["3", "Minutes text", "more"], ["Item 2", "4"], ["5", "final words"]]
    cleaned = remove_headers_and_footers(pages)
    assert cleaned == [["Minutes text", "more"], ["Item 2"], ["final words"]], "offset 2 seen on 3 pages: these are page numbers"
    table_tail = [["Budget", "Total", "12"], ["Forecast", "30"]]
    assert remove_headers_and_footers(table_tail) == table_tail, "numbers that do not fit the page sequence stay"


def test_running_lines_with_numbers_must_follow_the_pages():
    words = ["alpha", "beta", "gamma", "delta"]
    pages = [
        [f"Outcome {'AB'[n > 2]}: a section title", str(n)]
        + [f"Body text {words[n - 1]} line {letter}" for letter in "abcdef"]
        + [f"Total £m {n * 3 + 10}.5 {n * 7 + 40}.0", f"Budget Report | {n}"]
        for n in range(1, 5)
    ]
    cleaned = remove_headers_and_footers(pages)
    assert cleaned[0] == [line for line in pages[0] if line != "1"]
    for n, lines in enumerate(cleaned[1:], start=2):
        assert str(n) not in lines, "a page number behind a changing header line still goes"
        assert f"Budget Report | {n}" not in lines, "a footer carrying the page number is running"
        assert f"Total £m {n * 3 + 10}.5 {n * 7 + 40}.0" in lines, "totals that change with the page are data"
        assert lines[0].startswith("Outcome"), "a header on under half the pages stays"


def test_line_break_hyphen_marker():
    vocabulary = {"management", "father"}
    assert _resolve_line_break_hyphens("father\ufffeinclusive practice", vocabulary) == "father-inclusive practice"
    assert _resolve_line_break_hyphens("matrix manage\ufffe\r\nment approach", vocabulary) == "matrix management approach"
    assert _resolve_line_break_hyphens("the Crow\ufffeBrown family", set()) == "the Crow-Brown family"


def test_list_number_formats():
    from minutes_miner.readers.cleanup import format_list_number

    assert [format_list_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert format_list_number(14, "upperRoman") == "XIV" and format_list_number(4, "lowerRoman") == "iv"
    assert format_list_number(7, "decimalZero") == "07" and format_list_number(7, "decimal") == "7"


def test_garbled_text_layer_is_not_text():
    assert is_garbled("\x15\x1a\x1d\x1e\x17\x12\x01\x1b\x0e\x1d\x16 \x1e\x15\x01\x10")
    assert not is_garbled("Apologies were received from Cllr Smith.")
    assert not is_garbled("")


def test_pdf_metadata_title_is_checked_against_the_text(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Milburn Parish Council - 6th March 2012")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Newbiggin Parish Council - 3rd September 2019")
    document = read_pdf(tmp_path / "x.pdf", bytes(pdf.output()))
    assert document.title is None, "a template's stale title is worse than none"
    assert plausible_title("Microsoft Word - Minutes 3 Sept 2019.docx", "Minutes of 3 Sept 2019") == "Minutes 3 Sept 2019"


def test_encrypted_pdf_needs_password(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Secret minutes")
    path = write(tmp_path, "locked.pdf", bytes(pdf.output()))
    with pytest.raises(ReadError, match=r"^encrypted PDF \(password required\)$"):
        read_document(path)


def test_owner_password_only_pdf_still_reads(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner")  # no user password: anyone may open it
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "Open minutes")
    assert read_document(write(tmp_path, "open.pdf", bytes(pdf.output()))).text == "Open minutes"


def test_truncated_pdf_is_corrupt(tmp_path):
    data = make_pdf(MINUTES_PAGES)
    path = write(tmp_path, "cut.pdf", data[: len(data) // 2])
    with pytest.raises(ReadError, match=r"^corrupt PDF: .*truncated"):
        read_document(path)


def test_image_only_pdf_has_no_text(tmp_path):
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (400, 200), "white"), x=10, y=10, w=150)
    data = bytes(pdf.output())
    with ocr_disabled():
        with pytest.raises(ReadError, match="^PDF has no text layer"):  # empty, not an unreadable (garbled) layer
            read_pdf(tmp_path / "scan.pdf", data)
        with pytest.raises(ReadError, match="no text layer"):
            read_document(write(tmp_path, "scan.pdf", data))


def test_pdf_memory_stays_flat(tmp_path):
    statm = Path("/proc/self/statm")
    if not statm.exists():
        pytest.skip("needs /proc/self/statm (Linux) to measure resident memory")
    data = make_pdf(MINUTES_PAGES * 3, header="Cabinet")

    def resident_mb() -> float:
        return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

    for _ in range(50):
        read_pdf(tmp_path / "m.pdf", data)
    before = resident_mb()
    for _ in range(400):
        read_pdf(tmp_path / "m.pdf", data)
    assert resident_mb() - before < 15, "pdfium pages/text pages/documents must be closed"


def test_extract_pdf_tables(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    with pdf.table() as table:
        for values in [("Ward", "Budget", "Remaining"), ("Four Oaks", "25,000", "9,506"), ("New Hall", "25,000", "6,013")]:
            row = table.row()
            for value in values:
                row.cell(value)
    path = write(tmp_path, "tables.pdf", bytes(pdf.output()))
    tables = extract_pdf_tables(path)
    assert len(tables) == 1 and tables[0].page == 1
    assert tables[0].rows == [["Ward", "Budget", "Remaining"], ["Four Oaks", "25,000", "9,506"], ["New Hall", "25,000", "6,013"]]


# --- sniffing and malformed files ----------------------------------------------------------


def test_empty_file(tmp_path):
    with pytest.raises(ReadError, match="^empty file"):
        read_document(write(tmp_path, "minutes.pdf", b""))
    with pytest.raises(ReadError, match="^empty file"):
        read_document(write(tmp_path, "minutes.txt", b"  \n\n "))


def test_docx_that_is_really_a_pdf(tmp_path):
    document = read_document(write(tmp_path, "minutes.docx", make_pdf(MINUTES_PAGES)))
    assert document.format == "pdf"
    assert "read as pdf" in document.metadata["note"]
    assert "Apologies were received" in document.text


def test_corrupt_docx(tmp_path):
    junk = b"PK\x03\x04" + bytes(range(256)) * 20
    with pytest.raises(ReadError, match="corrupt"):
        read_document(write(tmp_path, "minutes.docx", junk))
    from minutes_miner.readers.docx import read_docx

    with pytest.raises(ReadError, match="corrupt Word document"):
        read_docx(tmp_path / "minutes.docx", junk)


def test_docx_without_document_part(tmp_path):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ReadError, match="Excel"):
        read_document(write(tmp_path, "budget.docx", buffer.getvalue()))


def test_old_binary_doc(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    with pytest.raises(ReadError, match=r"legacy binary Word"):
        read_document(write(tmp_path, "minutes.doc", ole))


def test_sniff_html_named_txt():
    assert sniff_format(b"<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt") == "html"


# --- DOCX, made here -----------------------------------------------------------------------


def make_docx() -> bytes:
    import docx

    word = docx.Document()
    word.core_properties.title = "Parish Council Minutes"
    word.add_paragraph("Parish Council Minutes", style="Title")
    word.add_heading("Apologies", level=1)
    word.add_paragraph("Apologies were received from Cllr Smith.")
    word.add_paragraph("First item", style="List Number")
    word.add_paragraph("Second item", style="List Number")
    word.add_paragraph("A bullet", style="List Bullet")
    table = word.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "REPORT OF THE COMMITTEE"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Item 1"
    table.cell(1, 1).text = "Budget"
    table.cell(1, 2).text = "ADOPTED"
    table.cell(2, 1).text = "Precept"
    table.cell(2, 2).text = "CARRIED"
    word.add_paragraph("After the table.")
    word.add_page_break()
    word.add_heading("Close", level=2)
    word.add_paragraph("Page 2 of 2")  # typed into the body, as in files converted from PDF
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def test_docx_body_order_headings_lists_and_tables(tmp_path):
    document = read_document(write(tmp_path, "minutes.docx", make_docx()))
    assert_well_formed(document)
    assert document.format == "docx" and document.title == "Parish Council Minutes"
    kinds = [(b.kind, document.text[b.start : b.end]) for b in document.blocks]
    assert kinds[:6] == [
        ("heading", "Parish Council Minutes"),
        ("heading", "Apologies"),
        ("paragraph", "Apologies were received from Cllr Smith."),
        ("list_item", "1. First item"),
        ("list_item", "2. Second item"),
        ("list_item", "• A bullet"),
    ]
    headings = {document.text[b.start : b.end]: b.level for b in document.blocks if b.kind == "heading"}
    assert headings == {"Parish Council Minutes": 1, "Apologies": 1, "Close": 2}
    cells = {(b.table, b.row, b.col): document.text[b.start : b.end] for b in document.blocks if b.kind == "table_cell"}
    assert cells == {
        (0, 0, 0): "REPORT OF THE COMMITTEE",
        (0, 1, 0): "Item 1",
        (0, 1, 1): "Budget",
        (0, 1, 2): "ADOPTED",
        (0, 2, 1): "Precept",
        (0, 2, 2): "CARRIED",
    }, "merged cells appear once, at their grid column"
    assert document.text.index("ADOPTED") < document.text.index("After the table.")
    assert "Page 2 of 2" not in document.text


def test_docx_with_malformed_numbers_still_reads(tmp_path):
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name in ("word/numbering.xml", "word/document.xml"):
                data = data.replace(b'w:ilvl="0"', b'w:ilvl="x"').replace(b'w:val="3"', b'w:val="three"')
            target.writestr(name, data)
    document = read_document(write(tmp_path, "odd.docx", buffer.getvalue()))
    assert "Apologies were received from Cllr Smith." in document.text
    assert "ADOPTED" in document.text


def test_docx_page_breaks_start_pages(tmp_path):
    document = read_document(write(tmp_path, "minutes.docx", make_docx()))
    assert document.pages == 2
    assert document.page_at(document.text.index("Close")) == 2
    assert document.page_at(document.text.index("After the table.")) == 1


# --- HTML, made here -----------------------------------------------------------------------


MODERNGOV_PAGE = """<!DOCTYPE html>
<html><head><title>Agenda item - Minutes - Slough Borough Council</title>
<script>var tracking = "do not read";</script><style>.x{color:red}</style></head>
<body class="has-sidebar">
<div id="cookieBanner">We use cookies on this site</div>
<a class="skip-link" href="#main">Skip to content</a>
<header><div class="logo">Slough Borough Council</div></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/council">Councillors</a></li></ul></nav>
<div class="mgBreadCrumbs">Home &gt; Committees &gt; Minutes</div>
<div id="mgContent">
  <h1>Minutes of the last meeting</h1>
  <h2>Agenda item 63</h2>
  <p>The minutes of the meeting held on 14 July 2021 were agreed.<br>Signed by the Chair</p>
  <ul class="mgBulletList"><li><a href="/doc.pdf">Minutes 14 July 2021 <img alt="pdf icon"> PDF 129 KB</a></li></ul>
  <ol start="4"><li>Cabinet had approved the bus bid.</li><li>Safer Streets funding was won.</li></ol>
  <table><tr><th>Ward</th><th>Budget</th></tr><tr><td>Chalvey</td><td>&pound;25,000</td></tr></table>
  <div class="sidebar">Related documents</div>
</div>
<aside>Follow us on social media</aside>
<footer>Copyright Slough Borough Council</footer>
</body></html>"""


def test_html_reads_content_not_chrome(tmp_path):
    document = read_document(write(tmp_path, "mgAi.aspx.html", MODERNGOV_PAGE.encode("utf-8")))
    assert_well_formed(document)
    text = document.text
    for chrome in ("cookies", "Skip to content", "Councillors", "Committees", "social media", "Copyright", "do not read", "color:red", "Related documents"):
        assert chrome not in text, chrome
    assert "PDF 129 KB" not in text and "pdf icon" not in text
    assert text.startswith("Minutes of the last meeting\n\nAgenda item 63")
    assert "were agreed.\nSigned by the Chair" in text, "<br> is a line break"
    headings = [(document.text[b.start : b.end], b.level) for b in document.blocks if b.kind == "heading"]
    assert headings == [("Minutes of the last meeting", 1), ("Agenda item 63", 2)]
    assert block_texts(document, "list_item") == ["• Minutes 14 July 2021", "4. Cabinet had approved the bus bid.", "5. Safer Streets funding was won."]
    cells = {(b.row, b.col): document.text[b.start : b.end] for b in document.blocks if b.kind == "table_cell"}
    assert cells == {(0, 0): "Ward", (0, 1): "Budget", (1, 0): "Chalvey", (1, 1): "£25,000"}
    assert document.title == "Minutes of the last meeting", "<title> names the site, so the <h1> is used"


def test_html_wordpress_entry_content(tmp_path):
    page = """<html><head><meta charset="utf-8"><title>Minutes – April 17, 2018 – Nipissing Township</title></head><body>
    <div id="page" class="site"><div class="menu-main">Home About Business Directory</div>
    <article><header class="entry-header"><h1 class="entry-title">Minutes – April 17, 2018</h1></header>
    <div class="entry-content"><p>MINUTES<br/>TOWNSHIP OF NIPISSING<br/>Tuesday, April 17, 2018<br/>R2018-077 That we approve the budget. Carried.</p></div>
    </article><div class="widget">Sunrise &amp; Sunset Times</div></div></body></html>"""
    document = read_html(tmp_path / "m.html", page.encode("utf-8"))
    assert document.text == "MINUTES\nTOWNSHIP OF NIPISSING\nTuesday, April 17, 2018\nR2018-077 That we approve the budget. Carried."
    assert document.title == "Minutes – April 17, 2018 – Nipissing Township"


def test_html_without_content_element_drops_noise_but_not_everything(tmp_path):
    page = b"""<html><body><div class="wrapper has-sidebar"><p>Resolved that the report be noted.</p></div></body></html>"""
    document = read_html(tmp_path / "m.html", page)
    assert document.text == "Resolved that the report be noted.", "a filter that removes everything is undone"


def test_html_charset_and_fallbacks():
    cp1252 = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>“Agreed” – £5</p></body></html>'
    assert decode_html(cp1252.encode("cp1252")) == (cp1252, "cp1252")
    latin1 = cp1252.replace("windows-1252", "iso-8859-1")
    assert decode_html(latin1.encode("cp1252"))[0] == latin1, "iso-8859-1 pages are really cp1252"
    undeclared = "<p>“Agreed” – £5</p>"
    assert decode_html(undeclared.encode("cp1252")) == (undeclared, "cp1252")
    assert decode_html(undeclared.encode("utf-8")) == (undeclared, "utf-8")
    assert decode_html(b"\xef\xbb\xbf" + undeclared.encode("utf-8"))[0] == undeclared


def test_html_page_divs_become_pages(tmp_path):
    page = b'<html><body><div id="page_1"><p>First page text.</p></div><div id="page_2"><p>Second page text.</p></div></body></html>'
    document = read_html(tmp_path / "h.htm", page)
    assert document.pages == 2
    assert document.page_at(document.text.index("Second")) == 2


HTML_PIECES = ["<p>", "</p>", "<div class='entry-content'>", "</div>", "<table>", "<tr>", "<td colspan='2'>", "<td rowspan='9'>",
               "</td>", "</table>", "<ol start='x'>", "<li value='²'>", "</li>", "<h2>", "</h2>", "<br>", "<nav>", "</nav>",
               "<pre>", "</pre>", "Resolved", " that ", "PDF 12 KB", "&amp;", "&#0;", "\n\n", "<!--", "-->", "<", "<div id='page_2'>"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(HTML_PIECES), max_size=60))
def test_html_reader_survives_tag_soup(pieces):
    document = read_html(Path("soup.html"), "".join(pieces).encode("utf-8"))
    assert_well_formed(document)


# --- text and Markdown, made here ------------------------------------------------------------


def test_text_encodings(tmp_path):
    words = "Resolved: “That the precept of £5,000 be agreed” – carried."
    for data, encoding in [
        (words.encode("cp1252"), "cp1252"),
        (words.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + words.encode("utf-8"), "utf-8-sig"),
        (words.encode("utf-16"), "utf-16"),  # with BOM
    ]:
        assert decode_text(data) == (words, encoding)
        document = read_document(write(tmp_path, f"minutes-{encoding}.txt", data))
        assert document.text == words and document.metadata["encoding"] == encoding


def test_text_paragraphs_and_list_items(tmp_path):
    data = (
        "MINUTES\r\nof the meeting\r\n\r\n"
        "\u00a0\r\n"
        "Resolved:\r\n\r\n"
        "(a) That the report be noted;\r\n"
        "(b) That the budget be agreed\r\n  subject to review.\r\n\r\n"
        "- one\n* two\n1. three\n"
    ).encode("utf-8")
    document = read_text(tmp_path / "m.txt", data)
    assert_well_formed(document)
    assert block_texts(document, "paragraph") == ["MINUTES\nof the meeting", "Resolved:"]
    assert block_texts(document, "list_item") == [
        "(a) That the report be noted;",
        "(b) That the budget be agreed\nsubject to review.",
        "- one",
        "* two",
        "1. three",
    ]


def test_saved_moderngov_page_text(tmp_path):
    data = (
        "URL: https://democracy.slough.gov.uk/ieIssueDetails.aspx?IId=41815\nCOUNCIL: Slough Borough Council\n\n"
        "63 Minutes of the last meeting held on 14 July 2021 pdf icon PDF 92 KB\n\nMinutes:\n\n\u00a0\n\n"
        "·  With regard to public feedback, Cabinet had approved the bid.\n"
    ).encode("utf-8")
    document = read_text(tmp_path / "11_slough.txt", data)
    assert document.metadata["council"] == "Slough Borough Council"
    assert document.metadata["url"].startswith("https://democracy.slough.gov.uk/")
    assert document.text == (
        "63 Minutes of the last meeting held on 14 July 2021\n\nMinutes:\n\n· With regard to public feedback, Cabinet had approved the bid."
    )


def test_markdown_headings_front_matter_and_html_table(tmp_path):
    data = """---
title: "Northwold Parish Council 7th October 2014"
date: "2014-12-04"
---

# **Minutes**

## _Finance_

**Present:** Cllr. R. Crisp \\- Chair, see [the agenda](http://example.org/a.pdf)

<table><tbody><tr><td><strong>Item</strong></td><td>Business</td><td>Action</td></tr>

<tr><td>14/10/3</td><td>Local Authority Reports</td><td>Clerk</td></tr></tbody></table>

After the table.
""".encode("utf-8")
    document = read_document(write(tmp_path, "minutes.md", data))
    assert_well_formed(document)
    assert document.format == "md" and document.title == "Northwold Parish Council 7th October 2014"
    assert document.metadata["front_matter_date"] == "2014-12-04"
    assert [(document.text[b.start : b.end], b.level) for b in document.blocks if b.kind == "heading"] == [("Minutes", 1), ("Finance", 2)]
    assert "Present: Cllr. R. Crisp - Chair, see the agenda" in document.text
    cells = {(b.row, b.col): document.text[b.start : b.end] for b in document.blocks if b.kind == "table_cell"}
    assert cells[(1, 0)] == "14/10/3" and cells[(1, 2)] == "Clerk" and cells[(0, 0)] == "Item"
    assert document.text.endswith("After the table.")
    assert "<td>" not in document.text and "---" not in document.text


# --- the builder contract, for any input -----------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.text(min_size=0, max_size=40), st.booleans(), st.sampled_from(["\n", "\n\n"])), max_size=25))
def test_builder_offsets_are_exact(pieces):
    builder = DocumentBuilder("x", "txt")
    for text, new_page, separator in pieces:
        if new_page:
            builder.new_page()
        builder.add(text, "paragraph", separator=separator)
    assert_well_formed(builder.build())


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_text_reader_keeps_the_contract_on_any_text(text):
    document = read_text(Path("any.md"), text.encode("utf-8"))
    assert_well_formed(document)


# --- the shared corpus ----------------------------------------------------------------------


def shared_files(folder: str, suffixes: set[str]) -> list:
    """Files under ../shared/<folder> as pytest params, or one skipped param saying why."""
    base = SHARED / folder
    if not base.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{base} not found (fresh clone without ../shared)"))]
    files = sorted(p for p in base.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
    return [pytest.param(p, id=str(p.relative_to(SHARED))) for p in files]


def kent_sample() -> list:
    """All Kent minutes plus every 6th other Kent PDF: a sample that covers each kind of report."""
    params = shared_files("corpus/kent", {".pdf"})
    if params and params[0].values[0] is None:
        return params
    minutes = [p for p in params if "minutes" in p.values[0].name.lower()]
    others = [p for p in params if p not in minutes][::6]
    return minutes + others


# Subset fonts without ToUnicode: read by OCR (tests/test_ocr.py), so here without it.
UNREADABLE_ON_PURPOSE = {"horsley_pc_agenda_363.pdf": "text layer is unreadable"}
SUFFIX_FORMAT = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".md": "md", ".txt": "txt"}


@pytest.mark.parametrize("path", shared_files("corpus/formats", set(SUFFIX_FORMAT)))
def test_every_format_file_reads(path):
    if path.name in UNREADABLE_ON_PURPOSE:
        with ocr_disabled(), pytest.raises(ReadError, match=UNREADABLE_ON_PURPOSE[path.name]):
            read_document(path)
        return
    document = read_document(path)
    assert_well_formed(document)
    assert document.format == SUFFIX_FORMAT[path.suffix.lower()]
    assert len(document.text) > 500
    assert "\ufffe" not in document.text and "\ufffd" not in document.text
    assert "<table" not in document.text and "<td" not in document.text


@pytest.mark.parametrize("path", kent_sample())
def test_kent_pdfs(path):
    document = read_document(path)
    assert_well_formed(document)
    lines = document.text.splitlines()
    if "minutes" in path.name.lower():
        if not path.name.startswith("CPP"):  # the Corporate Parenting Panel's minutes have their own heading
            assert document.text.startswith("KENT COUNTY COUNCIL\n")
        assert "Apologies" in document.text and "A pologies" not in document.text
        assert not [line for line in lines if is_page_number_line(line)], "no page-number-only lines left"
    if document.pages >= 3:
        offset = document.page_starts[2] + 1
        assert document.page_at(offset) == 3
        assert [b for b in document.blocks if b.start <= offset < b.end or b.start > offset][0].page == 3
    for start, end in zip(document.page_starts, document.page_starts[1:] + [len(document.text)]):
        page_lines = [line for line in document.text[start:end].splitlines() if line.strip()]
        if page_lines:
            assert not page_lines[0].lower().startswith("page "), "explicit page labels removed at page tops"
            assert not page_lines[-1].lower().startswith("page "), "and at page bottoms"


@needs_shared
def test_kent_line_break_hyphens_become_hyphens():
    path = SHARED / "corpus/kent/cabinet_2025-01-30/Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"
    document = read_document(path)
    assert "developed a multi-agency father-inclusive practice guide" in document.text.replace("\n", " ")
    assert "family group decision-making meetings" in document.text.replace("\n", " ")
    assert "fatherinclusive" not in document.text
    assert document.title == "Minutes"


@needs_shared
def test_winnipeg_disposition_tables():
    path = SHARED / "corpus/formats/docx/winnipeg_council_disposition_of_items_2017-12-13.docx"
    document = read_document(path)
    cells = [b for b in document.blocks if b.kind == "table_cell"]
    assert len({b.table for b in cells}) >= 10
    first_report = document.text.index("REPORT OF THE EXECUTIVE POLICY COMMITTEE dated November 29, 2017")
    assert document.text.count("REPORT OF THE EXECUTIVE POLICY COMMITTEE dated November 29, 2017") == 1, "gridSpan cell once"
    row = [b for b in cells if b.start >= first_report][:4]
    assert [document.text[b.start : b.end] for b in row[1:4]] == ["1", "Zoning Agreement Amendment – 51 Burnley Place – ZAA 4/2017", "ADOPTED"]
    assert [b.col for b in row[1:4]] == [0, 1, 2]
    assert document.pages > 5


@needs_shared
def test_winnipeg_list_labels_rendered():
    document = read_document(SHARED / "corpus/formats/docx/winnipeg_council_disposition_of_items_2015-03-25.docx")
    assert "\nA. mines, minerals and named substances" in document.text
    assert "\nB. reservations in favour of the Crown" in document.text


@needs_shared
def test_newbiggin_docx_paragraphs():
    document = read_document(SHARED / "corpus/formats/docx/newbiggin_pc_minutes_2019-09-03.docx")
    assert document.text.startswith("Newbiggin Parish Council - 3rd September 2019")
    assert "19.09.01 Apologies" in document.text
    assert "Page 1 of 3" not in document.text
    assert document.title is None, "its core title says 'Milburn ... 2012', a reused template"


@needs_shared
def test_wordpress_html_drops_site_chrome():
    document = read_document(SHARED / "corpus/formats/html/nipissing_township_council_minutes_april-17-2018.html")
    assert document.text.startswith("MINUTES\nTOWNSHIP OF NIPISSING\nTuesday, April 17, 2018")
    for chrome in ("Business Directory", "Sunrise", "weatherwidget", "Search for"):
        assert chrome not in document.text


@needs_shared
def test_northwold_markdown_table_is_cells():
    document = read_document(SHARED / "corpus/formats/md/northwold_pc_minutes_2014-10-07.md")
    cells = {document.text[b.start : b.end] for b in document.blocks if b.kind == "table_cell"}
    assert any(cell.startswith("14/10/3") for cell in cells)
    assert any(cell.startswith("Local Authority Reports:") for cell in cells)
    html = read_document(SHARED / "corpus/formats/html/stokeferry_site_northwold-parish-council-7th-october-2014-at-730pm.html")
    html_cells = [html.text[b.start : b.end] for b in html.blocks if b.kind == "table_cell"]
    md_cells = [document.text[b.start : b.end] for b in document.blocks if b.kind == "table_cell"]
    assert html_cells == md_cells, "the same minutes as HTML and as Markdown give the same cells"


@pytest.mark.parametrize("path", shared_files("corpus/pages", {".txt"}) + shared_files("seeds", {".txt"}))
def test_saved_pages_read_cleanly(path):
    document = read_document(path)
    assert_well_formed(document)
    assert document.format == "txt"
    assert "URL:" not in document.text and "COUNCIL:" not in document.text.split("\n", 1)[0]
    assert not any(token in document.text for token in (" KB\n", "pdf icon")), "ModernGov file-size labels removed"
    assert "\u00a0" not in document.text and "\t" not in document.text
    if path.parent.name == "pages":
        assert document.metadata["url"].startswith("http")
