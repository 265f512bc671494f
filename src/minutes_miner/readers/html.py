"""HTML reader (stdlib html.parser only): the minutes, not the website around them.

Council pages are mostly site chrome: menus, breadcrumbs, cookie banners, footers,
"PDF 129 KB" link labels. We build a small element tree (html_tree.py), pick the content
element if the page has one and drop navigation-like elements (html_content.py), and turn
what is left into heading, paragraph, list item and table cell blocks (html_render.py).
"""

from __future__ import annotations

from pathlib import Path

from .base import Document, DocumentBuilder
from .html_content import content_roots, first_text, page_title, strip_file_size_labels
from .html_render import BlockRenderer
from .html_tree import Element, decode_html, parse_html

__all__ = ["read_html", "decode_html", "parse_html", "add_html", "strip_file_size_labels"]


def read_html(path: Path, data: bytes) -> Document:
    """Read an HTML page into a `Document`: its content element, or its body without chrome."""
    text, encoding = decode_html(data)
    text = text.replace("\x00", "")
    builder = DocumentBuilder(str(path), "html")
    builder.metadata["encoding"] = encoding
    root = parse_html(text)
    add_html(builder, root)
    document = builder.build()
    document.title = page_title(root, document.text)
    head_title = first_text(root, "title")
    if head_title:
        document.metadata["page_title"] = head_title  # the site's name after '|' or ' - ' names the authority (meeting_council.page_title_council)
    return document


def add_html(builder: DocumentBuilder, root: Element, whole_page: bool = True) -> None:
    """Add the blocks of a parsed page (or fragment) to `builder`.

    With `whole_page`, read only the content element(s) if the page has any; if the
    noise filter leaves nothing (a site whose wrapper div is called "has-sidebar"),
    read again without it rather than lose the page.
    """
    roots = content_roots(root) if whole_page else []
    inside = bool(roots)
    targets = roots or [root]
    blocks_before = len(builder.blocks)
    BlockRenderer(builder, filter_noise=True, inside_content=inside).render_all(targets)
    if len(builder.blocks) == blocks_before:
        BlockRenderer(builder, filter_noise=False, inside_content=inside).render_all(targets)
