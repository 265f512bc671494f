"""Build the project's own sample minutes (docx, pdf, html) from corpus/sources/.

    .venv/bin/python corpus/build_samples.py            # (re)write samples/docx, pdf, html
    .venv/bin/python corpus/build_samples.py --check    # build to a temp dir, compare bytes

Every sample is fiction written for this project in the style of real UK council minutes.
Plain .txt and .md samples are written by hand straight into samples/txt and samples/md;
this script only renders the sources in corpus/sources/ whose `@format:` is docx, pdf or html.
Output is byte-for-byte deterministic: fixed document dates, fixed zip timestamps, no clock.

Source markup (one block per line or paragraph; blank lines separate paragraphs)
--------------------------------------------------------------------------------
    @key: value         metadata, only at the top of the file (see META below)
    %% text            comment, ignored
    # Heading          heading level 1 (## level 2, ### level 3)
    * text             bulleted list item
    + text             auto-numbered list item (Word "List Number"; 1. 2. 3. in PDF/HTML)
    > text             indented paragraph (lettered clauses, quoted motions)
    | a | b | c |      table row; a row may run over several source lines and ends at a
                       line ending in "|"; a row of dashes (|---|---|) marks the row above
                       as the header row; "<br>" starts a new paragraph inside a cell
    ~~~                page break (PDF and docx)
    **bold**           inline bold, anywhere
    {pdf:Title|129 KB} ModernGov attachment link (html only: "Title pdf icon PDF 129 KB")
    anything else      paragraph text; consecutive lines are joined with a space

META keys: format (docx|pdf|html), output (file name), title, council, date (YYYY-MM-DD,
used for document metadata), header (PDF running header), footer (docx footer text),
template (html: moderngov|plain), site_title, breadcrumb, meeting_line, attachment
(repeatable, "Title|PDF 129 KB"), table_widths (comma-separated relative column widths).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import io
import re
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
OUT = HERE / "samples"

# ---------------------------------------------------------------------------------------
# Parsing


@dataclass
class Block:
    kind: str  # h1 h2 h3 p bullet number indent table pagebreak
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0


@dataclass
class Source:
    path: Path
    meta: dict[str, str]
    attachments: list[tuple[str, str]]
    blocks: list[Block]

    @property
    def date(self) -> datetime:
        d = datetime.strptime(self.meta["date"], "%Y-%m-%d")
        return d.replace(hour=9, tzinfo=timezone.utc)


_PREFIXES = (("### ", "h3"), ("## ", "h2"), ("# ", "h1"), ("* ", "bullet"), ("+ ", "number"), ("> ", "indent"))


def parse(path: Path) -> Source:
    meta: dict[str, str] = {}
    attachments: list[tuple[str, str]] = []
    blocks: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    # metadata
    while i < len(lines) and (lines[i].startswith("@") or lines[i].startswith("%%") or not lines[i].strip()):
        line = lines[i]
        if line.startswith("@"):
            key, _, value = line[1:].partition(":")
            key, value = key.strip(), value.strip()
            if key == "attachment":
                title, _, size = value.partition("|")
                attachments.append((title.strip(), size.strip()))
            else:
                meta[key] = value
        i += 1
    para: list[str] = []
    table: Block | None = None

    def flush_para() -> None:
        if para:
            blocks.append(Block("p", " ".join(s.strip() for s in para)))
            para.clear()

    def flush_table() -> None:
        nonlocal table
        if table is not None:
            blocks.append(table)
            table = None

    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if line.startswith("%%"):
            continue
        if not line.strip():
            flush_para()
            flush_table()
            continue
        if line.startswith("|"):
            flush_para()
            row_text = line
            while not row_text.rstrip().endswith("|") and i < len(lines):
                row_text += " " + lines[i].strip()
                i += 1
            if table is None:
                table = Block("table")
            if re.fullmatch(r"\|[\s:|-]+\|", row_text.strip()):
                table.header_rows = len(table.rows)
            else:
                table.rows.append([c.strip() for c in row_text.strip()[1:-1].split(" | ")])
            continue
        flush_table()
        if line.strip() == "~~~":
            flush_para()
            blocks.append(Block("pagebreak"))
            continue
        for prefix, kind in _PREFIXES:
            if line.startswith(prefix):
                flush_para()
                blocks.append(Block(kind, line[len(prefix):].strip()))
                break
        else:
            # continuation of a list item / indented paragraph written over several lines
            if not para and blocks and blocks[-1].kind in ("bullet", "number", "indent") and lines[i - 2].strip():
                blocks[-1].text += " " + line.strip()
            else:
                para.append(line)
    flush_para()
    flush_table()
    for key in ("format", "output", "title", "council", "date"):
        if key not in meta:
            raise SystemExit(f"{path.name}: missing @{key}:")
    return Source(path, meta, attachments, blocks)


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_PDFLINK = re.compile(r"\{pdf:([^|}]+)\|([^}]+)\}")


def plain(text: str) -> str:
    """Text as a reader sees it: markup removed."""
    text = _PDFLINK.sub(lambda m: f"{m.group(1)} pdf icon PDF {m.group(2)}", text)
    return _BOLD.sub(r"\1", text)


def runs(text: str) -> list[tuple[str, bool]]:
    """Split into (text, bold) runs."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _BOLD.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


# ---------------------------------------------------------------------------------------
# DOCX

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _normalise_zip(data: bytes, when: tuple[int, ...]) -> bytes:
    """Rewrite a zip with fixed member timestamps and attributes (python-docx uses now)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def _add_page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _docx_runs(paragraph, text: str, bold_all: bool = False) -> None:
    for chunk, bold in runs(text):
        run = paragraph.add_run(chunk)
        if bold or bold_all:
            run.bold = True


def build_docx(src: Source) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)

    widths = [float(w) for w in src.meta.get("table_widths", "").split(",") if w.strip()]
    for block in src.blocks:
        if block.kind in ("h1", "h2", "h3"):
            h = doc.add_heading(level=int(block.kind[1]))
            _docx_runs(h, block.text)
        elif block.kind == "p":
            _docx_runs(doc.add_paragraph(), block.text)
        elif block.kind == "bullet":
            _docx_runs(doc.add_paragraph(style="List Bullet"), block.text)
        elif block.kind == "number":
            _docx_runs(doc.add_paragraph(style="List Number"), block.text)
        elif block.kind == "indent":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            _docx_runs(p, block.text)
        elif block.kind == "pagebreak":
            doc.add_page_break()
        elif block.kind == "table":
            ncols = max(len(r) for r in block.rows)
            table = doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r_index, row in enumerate(block.rows):
                cells = table.add_row().cells
                for c_index in range(ncols):
                    value = row[c_index] if c_index < len(row) else ""
                    cell = cells[c_index]
                    parts = value.split("<br>")
                    first = True
                    for part in parts:
                        p = cell.paragraphs[0] if first else cell.add_paragraph()
                        first = False
                        _docx_runs(p, part.strip(), bold_all=r_index < block.header_rows)
            if widths and len(widths) == ncols:
                usable = 17.0
                total = sum(widths)
                for row in table.rows:
                    for c_index, cell in enumerate(row.cells):
                        cell.width = Cm(usable * widths[c_index] / total)
            doc.add_paragraph()
    if src.meta.get("footer"):
        fp = section.footer.paragraphs[0]
        fp.text = src.meta["footer"] + "    Page "
        _add_page_field(fp)

    cp = doc.core_properties
    cp.title = src.meta["title"]
    cp.author = src.meta.get("author", src.meta["council"])
    cp.last_modified_by = cp.author
    cp.subject = src.meta["council"]
    cp.keywords = "minutes"
    cp.comments = "minutes-miner sample (fiction)"
    cp.category = ""
    cp.created = src.date.replace(tzinfo=None)
    cp.modified = src.date.replace(tzinfo=None)
    cp.last_printed = src.date.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue(), src.date.timetuple()[:6])


# ---------------------------------------------------------------------------------------
# PDF

_LATIN1_FIXES = {
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u2026": "...", "\u2022": "-", "\u00a0": " ",
}


def latin1(text: str) -> str:
    for a, b in _LATIN1_FIXES.items():
        text = text.replace(a, b)
    try:
        text.encode("latin-1")
    except UnicodeEncodeError as e:
        raise SystemExit(f"not latin-1 safe for a core PDF font: {text[e.start:e.end]!r} in {text[:60]!r}")
    return text


def build_pdf(src: Source) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    header_text = latin1(src.meta.get("header", src.meta["council"]))

    class MinutesPDF(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, header_text, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(160, 160, 160)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = MinutesPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.set_title(latin1(src.meta["title"]))
    pdf.set_author(latin1(src.meta.get("author", src.meta["council"])))
    pdf.set_subject(latin1(src.meta["council"]))
    pdf.set_creator("minutes-miner corpus/build_samples.py")
    pdf.set_producer("minutes-miner sample builder")
    pdf.set_creation_date(src.date)
    pdf.add_page()
    body = 10
    number = 0
    widths = [float(w) for w in src.meta.get("table_widths", "").split(",") if w.strip()]

    def write(text: str, indent: float = 0, size: float = body, style: str = "", gap: float = 2.5,
              lead: str | None = None) -> None:
        pdf.set_font("Helvetica", style, size)
        x0 = pdf.l_margin
        if lead is not None:
            pdf.set_x(x0 + indent)
            pdf.cell(7, size * 0.5, latin1(lead))
            indent += 7
        pdf.set_left_margin(x0 + indent)
        if lead is None:
            pdf.set_x(x0 + indent)
        pdf.multi_cell(0, size * 0.5, latin1(text), markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_left_margin(x0)
        pdf.ln(gap)

    for block in src.blocks:
        if block.kind != "number":
            number = 0
        if block.kind == "h1":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            write(block.text, size=13, style="B", gap=2)
        elif block.kind == "h2":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            write(block.text, size=11, style="B", gap=1.5)
        elif block.kind == "h3":
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            write(block.text, size=10, style="BI", gap=1.5)
        elif block.kind == "p":
            write(block.text)
        elif block.kind == "bullet":
            write(block.text, indent=4, lead="-", gap=1.5)
        elif block.kind == "number":
            number += 1
            write(block.text, indent=0, lead=f"{number}.", gap=1.5)
        elif block.kind == "indent":
            write(block.text, indent=10, gap=1.5)
        elif block.kind == "pagebreak":
            pdf.add_page()
        elif block.kind == "table":
            pdf.set_font("Helvetica", "", 9)
            ncols = max(len(r) for r in block.rows)
            col_widths = tuple(widths) if widths and len(widths) == ncols else None
            with pdf.table(col_widths=col_widths, first_row_as_headings=block.header_rows > 0,
                           line_height=4.5, text_align="LEFT", markdown=True) as table:
                for row in block.rows:
                    r = table.row()
                    for c_index in range(ncols):
                        value = row[c_index] if c_index < len(row) else ""
                        r.cell(latin1(value.replace("<br>", "\n")))
            pdf.ln(3)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------
# HTML


def _inline_html(text: str) -> str:
    out = html.escape(text, quote=False)
    out = _BOLD.sub(r"<strong>\1</strong>", out)

    def link(m: re.Match) -> str:
        title, size = m.group(1), m.group(2)
        slug = re.sub(r"[^A-Za-z0-9]+", "%20", title.strip())
        return (f'<a class="mgFileLink" href="../documents/s{abs(hash_text(title)) % 90000 + 10000}/{slug}.pdf">'
                f'{title} <span class="mgIconText">pdf icon</span> PDF {size}</a>')

    return _PDFLINK.sub(link, out)


def hash_text(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)


def _body_html(blocks: list[Block], indent: str = "    ") -> str:
    out: list[str] = []
    open_list: str | None = None
    for block in blocks:
        list_kind = {"bullet": "ul", "number": "ol"}.get(block.kind)
        if open_list and list_kind != open_list:
            out.append(f"{indent}</{open_list}>")
            open_list = None
        if list_kind and not open_list:
            out.append(f"{indent}<{list_kind}>")
            open_list = list_kind
        if block.kind in ("h1", "h2", "h3"):
            level = int(block.kind[1]) + 1
            out.append(f"{indent}<h{level}>{_inline_html(block.text)}</h{level}>")
        elif block.kind == "p":
            out.append(f"{indent}<p>{_inline_html(block.text)}</p>")
        elif list_kind:
            out.append(f"{indent}  <li>{_inline_html(block.text)}</li>")
        elif block.kind == "indent":
            out.append(f'{indent}<p class="indent" style="margin-left:2em">{_inline_html(block.text)}</p>')
        elif block.kind == "table":
            out.append(f'{indent}<table class="minutes-table">')
            for r_index, row in enumerate(block.rows):
                tag = "th" if r_index < block.header_rows else "td"
                cells = "".join(f"<{tag}>{'<br>'.join(_inline_html(p.strip()) for p in c.split('<br>'))}</{tag}>" for c in row)
                out.append(f"{indent}  <tr>{cells}</tr>")
            out.append(f"{indent}</table>")
    if open_list:
        out.append(f"{indent}</{open_list}>")
    return "\n".join(out)


MODERNGOV = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{page_title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css">
<script src="jquery-ui/js/jquery-3.5.1.min.js"></script>
</head>
<body class="mgBody">
<a class="skiplink" href="#mgMainContent">Skip to main content</a>
<div id="header">
  <div class="logo"><a href="https://www.example.org/"><img src="SiteSpecific/logo.png" alt="{council} logo"></a></div>
  <form class="search" action="mgSearchDocuments.aspx"><label for="q">Search this site</label> <input id="q" name="q"> <button>Search</button></form>
  <ul class="topnav">
    <li><a href="https://www.example.org/">Home</a></li>
    <li><a href="https://www.example.org/services">Services</a></li>
    <li><a href="https://www.example.org/news">News</a></li>
    <li><a href="https://www.example.org/contact">Contact us</a></li>
  </ul>
</div>
<div id="breadcrumb"><a href="https://www.example.org/">Home</a> &gt; <a href="mgGeneric.aspx?bcr=1">Council and democracy</a> &gt; <a href="ieDocHome.aspx?bcr=1">Committee meetings</a> &gt; {breadcrumb}</div>
<div id="mgSideNav">
  <h2>Democracy</h2>
  <ul>
    <li><a href="mgMemberIndex.aspx?bcr=1">Councillors</a></li>
    <li><a href="mgListCommittees.aspx?bcr=1">Committees</a></li>
    <li><a href="ieDocHome.aspx?bcr=1">Meetings</a></li>
    <li><a href="mgDelegatedDecisions.aspx?bcr=1">Decisions</a></li>
    <li><a href="mgListPlans.aspx?bcr=1">Forward plans</a></li>
    <li><a href="mgConsultationListDisplay.aspx?bcr=1">Consultations</a></li>
    <li><a href="mgEPetitionListDisplay.aspx?bcr=1">Petitions</a></li>
    <li><a href="mgRegisterKeywordInterest.aspx?bcr=1">Subscribe to updates</a></li>
    <li><a href="ieListDocuments.aspx?bcr=1">Search documents</a></li>
  </ul>
</div>
<div id="mgMainContent" class="mgContent">
  <h1 class="mgMainTitleTxt">Agenda item</h1>
  <h2 class="mgSubTitleTxt">{item_title}</h2>
  <p class="mgSubSubTitleTxt">{meeting_line}</p>
  <div class="mgAiTitleTxt">
{item_head}
  </div>
{body}
  <div class="mgSectionTitle">Supporting documents:</div>
  <ul class="mgBulletList">
{supporting}
  </ul>
  <p class="mgPrintLink"><a href="javascript:window.print()">Print this page</a></p>
</div>
<div id="footer">
  <ul class="footernav">
    <li><a href="https://www.example.org/accessibility">Accessibility</a></li>
    <li><a href="https://www.example.org/privacy">Privacy and cookies</a></li>
    <li><a href="https://www.example.org/contact">Contact us</a></li>
  </ul>
  <p>Follow us: Facebook | X | Instagram | YouTube</p>
  <p>&copy; {council}. Switchboard 01632 960000.</p>
  <p class="mgFooterNote">Powered by ModernGov</p>
</div>
</body>
</html>
"""

PLAIN = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{page_title}</title>
<link rel="stylesheet" href="/wp-content/themes/towncouncil/style.css">
</head>
<body class="page-template-default page">
<header class="site-header">
  <p class="site-title"><a href="/">{site_title}</a></p>
  <nav class="main-navigation">
    <ul id="primary-menu" class="menu">
      <li><a href="/">Home</a></li>
      <li><a href="/your-council/">Your Council</a></li>
      <li><a href="/councillors/">Councillors</a></li>
      <li class="current-menu-ancestor"><a href="/meetings/">Meetings, Agendas &amp; Minutes</a></li>
      <li><a href="/town-hall/">Town Hall Hire</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
</header>
<main id="main" class="site-main">
  <article class="page type-page">
    <header class="entry-header"><h1 class="entry-title">{item_title}</h1></header>
    <div class="entry-content">
{body}
    </div>
  </article>
</main>
<aside class="widget-area">
  <section class="widget"><h2 class="widget-title">Latest News</h2>
    <ul><li><a href="/news/spring-clean/">Great Millford Spring Clean</a></li><li><a href="/news/allotments/">Allotment vacancies</a></li></ul>
  </section>
</aside>
<footer class="site-footer">
  <p>{footer}</p>
  <p><a href="/privacy/">Privacy notice</a> | <a href="/accessibility/">Accessibility statement</a> | <a href="/sitemap/">Site map</a></p>
</footer>
</body>
</html>
"""


def build_html(src: Source) -> bytes:
    template = src.meta.get("template", "plain")
    body = _body_html(src.blocks)
    if template == "moderngov":
        item_head = _inline_html(src.meta["item_head"])
        supporting = "\n".join(
            f"    <li>{_inline_html('{pdf:' + t + '|' + s.replace('PDF ', '') + '}')}</li>" for t, s in src.attachments
        )
        page = MODERNGOV.format(
            page_title=html.escape(f"Agenda item - {src.meta['title']} | {src.meta['council']}"),
            council=html.escape(src.meta["council"]),
            breadcrumb=html.escape(src.meta.get("breadcrumb", "")),
            item_title=html.escape(src.meta["title"]),
            meeting_line=html.escape(src.meta.get("meeting_line", "")),
            item_head="    <p>" + item_head + "</p>",
            body=body,
            supporting=supporting,
        )
    else:
        page = PLAIN.format(
            page_title=html.escape(f"{src.meta['title']} | {src.meta.get('site_title', src.meta['council'])}"),
            site_title=html.escape(src.meta.get("site_title", src.meta["council"])),
            item_title=html.escape(src.meta["title"]),
            body=body,
            footer=html.escape(src.meta.get("footer", src.meta["council"])),
        )
    return page.encode("utf-8")


# ---------------------------------------------------------------------------------------

BUILDERS = {"docx": build_docx, "pdf": build_pdf, "html": build_html}


def build_all(out_root: Path) -> dict[str, str]:
    """Build every source into out_root/<format>/<output>; return {relative path: sha256}."""
    digests: dict[str, str] = {}
    for path in sorted(SRC.glob("*.txt")):
        src = parse(path)
        fmt = src.meta["format"]
        data = BUILDERS[fmt](src)
        target = out_root / fmt / src.meta["output"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        digests[f"{fmt}/{src.meta['output']}"] = hashlib.sha256(data).hexdigest()
    return digests


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="build into a temp dir and compare with samples/")
    args = ap.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            digests = build_all(Path(tmp))
        stale = [rel for rel, digest in digests.items()
                 if not (OUT / rel).exists() or hashlib.sha256((OUT / rel).read_bytes()).hexdigest() != digest]
        for rel in stale:
            print(f"stale: samples/{rel}")
        print(f"{len(digests) - len(stale)}/{len(digests)} samples up to date")
        return 1 if stale else 0
    digests = build_all(OUT)
    for rel, digest in digests.items():
        print(f"{digest[:16]}  samples/{rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
