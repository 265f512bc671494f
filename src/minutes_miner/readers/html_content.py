"""Choosing what to read of an HTML page: its content element (ModernGov's #mgContent,
WordPress's .entry-content, <article>, <main>, #content), not the navigation, cookie banners,
footers and "PDF 129 KB" link labels around it; and the page's title.
"""

from __future__ import annotations

import re

from .cleanup import plausible_title
from .html_tree import DROP_TAGS, Element


# Content containers, most specific first: the first kind found is what we read.
CONTENT_SELECTORS: list[tuple[str, str]] = [
    ("id", "mgcontent"),
    ("class", "mgcontent"),
    ("class", "entry-content"),
    ("tag", "article"),
    ("tag", "main"),
    ("role", "main"),
    ("id", "content"),
]

# class/id words that mark navigation and page furniture.
_NOISE_PART_RE = re.compile(r"^(?:nav|navbar|navigation|menu|menus|menubar|breadcrumbs?|cookies?|footer|sidebar|skip|skiplinks?)$")
_NOISE_ANYWHERE_RE = re.compile(r"breadcrumb|cookie|sidebar|footer|skiplink|skip-link|skip-to|navbar|navigation|mainmenu|megamenu")
# ModernGov and CMS link labels: "pdf icon PDF 129 KB", "PDF 116 KB", "Word 2 MB".
_FILE_SIZE_RE = re.compile(
    r"(?:\b(?:pdf|word|doc|docx|excel|xls|xlsx)\s+icon\s+)?\b(?:PDF|DOC|DOCX|XLS|XLSX|RTF|PPT|PPTX|ODT|CSV|HTML?|Word|Excel)"
    r"\s+\d+(?:[.,]\d+)?\s*(?:KB|MB|kB|Kb|kb|mb|bytes)\b",
    re.IGNORECASE,
)


# --- choosing what to read -----------------------------------------------------------


def page_title(root: Element, text: str) -> str | None:
    """The <title> if it describes this page's text, else the first <h1> of the content.

    <title> often carries the site name or a converter's name ("Created by BCL
    easyConverter SDK 3"), so it has to pass the same check as PDF metadata titles.
    """
    title = first_text(root, "title")
    if plausible_title(title, text):
        return plausible_title(title, text)
    for scope in content_roots(root) + [root]:
        heading = first_text(scope, "h1")
        if heading:
            return heading
    return None


def first_text(root: Element, tag: str) -> str | None:
    """The text of the first element with this tag that has any."""
    for element in root.iter():
        if element.tag == tag:
            text = " ".join(element.text().split())
            if text:
                return text
    return None


def content_roots(root: Element) -> list[Element]:
    """The page's content elements (outermost matches of the first selector that matches)."""
    for kind, value in CONTENT_SELECTORS:
        found = _outermost(root, lambda e: _matches(e, kind, value))
        if found:
            return found
    return []


def _matches(element: Element, kind: str, value: str) -> bool:
    if kind == "tag":
        return element.tag == value
    if kind == "class":
        return value in element.classes
    return element.attrs.get(kind, "").lower() == value


def _outermost(root: Element, predicate) -> list[Element]:
    found: list[Element] = []

    def walk(element: Element) -> None:
        if predicate(element):
            found.append(element)
            return
        for child in element.children:
            if isinstance(child, Element):
                walk(child)

    walk(root)
    return found


def is_noise(element: Element, inside_content: bool) -> bool:
    """True for elements that are site furniture, not document text.

    Inside a chosen content element a <header> is the article's own header (its
    title), so only a page-level <header> is dropped.
    """
    if element.tag in DROP_TAGS or (element.tag == "header" and not inside_content):
        return True
    if "hidden" in element.attrs or element.attrs.get("aria-hidden") == "true":
        return True
    if re.search(r"display\s*:\s*none", element.attrs.get("style", ""), re.IGNORECASE):
        return True
    if element.tag in ("html", "body"):
        return False
    names = element.classes + element.attrs.get("id", "").lower().split() + [element.attrs.get("role", "").lower()]
    for name in names:
        if _NOISE_ANYWHERE_RE.search(name) or any(_NOISE_PART_RE.match(part) for part in re.split(r"[-_]", name)):
            return True
    return False


def strip_file_size_labels(text: str) -> str:
    """Remove "pdf icon PDF 129 KB"-style link labels, keeping the words around them."""
    if not _FILE_SIZE_RE.search(text):
        return text
    text = _FILE_SIZE_RE.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", re.sub(r"[ \t]+(\n|$)", r"\1", text))
