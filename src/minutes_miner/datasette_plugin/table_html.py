"""The repeated parts of a minutes table page as HTML made in Python, for the template.

Jinja in async mode passes every piece of a page (each literal run and each expression) up
through every template the page inherits from (table.html, minutes_table.html, Datasette's
table.html and base.html), as an awaited step at each level. A table page of ../shared had
~2,200 such pieces, most of them in lists: the facet values (30 a facet, ~10 pieces each),
the options of the filter form (every column, every one of Datasette's ~30 lookups) and the
column notes. Each list is one string here, written as Datasette's templates write it
(`_facet_results.html`, the filter rows of `table.html`), so the page shows what it showed.
"""

from __future__ import annotations

import functools

from datasette.utils import path_with_replaced_args, to_css_class
from markupsafe import Markup, escape


def facet_results(database: str, table: str, facets: list[dict], request) -> Markup:
    """Datasette's _facet_results.html for these facets."""
    out = ['<div class="facet-results">']
    for info in facets:
        name = info["name"]
        css = to_css_class(name)
        kind = "" if info["type"] == "column" else f" ({escape(info['type'])})"
        more = "&gt;" if info["truncated"] else ""
        cross = f'<a href="{escape(info["toggle_url"])}" class="cross">&#x2716;</a>' if info["hideable"] else ""
        out.append(
            f'<div class="facet-info facet-{escape(to_css_class(database))}-{escape(to_css_class(table))}-{escape(css)}" id="facet-{escape(css)}"'
            f' data-column="{escape(name)}">\n<p class="facet-info-name">\n<strong>{escape(name)}{kind}\n'
            f'<span class="facet-info-total">{more}{len(info["results"])}</span>\n</strong>\n{cross}\n</p>\n<ul class="tight-bullets">'
        )
        for value in info["results"]:
            count = "{:,}".format(value["count"])
            url = escape(value["toggle_url"])
            if not value["selected"]:
                out.append(f'<li><a href="{url}">{escape(str(value["label"]) or "-")}</a> {count}</li>')
            else:
                out.append(f'<li>{escape(value["label"] or "-")} &middot; {count} <a href="{url}" class="cross">&#x2716;</a></li>')
        if info["truncated"]:
            if request.args.get("_facet_size") != "max":
                out.append(f'<li class="facet-truncated"><a href="{escape(path_with_replaced_args(request, {"_facet_size": "max"}))}">…</a></li>')
            else:
                out.append('<li class="facet-truncated">…</li>')
        out.append("</ul>\n</div>")
    out.append("</div>")
    return Markup("\n".join(out))


@functools.lru_cache(maxsize=64)
def _lookup_options(lookups: tuple, selected: str | None) -> Markup:
    options = []
    for key, display, no_argument in lookups:
        value = f"{key}__1" if no_argument else key
        chosen = " selected" if selected is not None and key == selected else ""
        options.append(f'<option value="{escape(value)}"{chosen}>{escape(display)}</option>')
    return Markup("".join(options))


def lookup_options(filters, selected: str | None = None) -> Markup:
    """The <option>s of a filter row's operator (Datasette's lookups never change)."""
    return _lookup_options(tuple(filters.lookups()), selected)


def column_options(columns: list[str], selected: str | None = None) -> Markup:
    """The <option>s of a filter row's column."""
    return Markup("".join(f"<option{' selected' if selected is not None and c == selected else ''}>{escape(c)}</option>" for c in columns))


def column_notes(columns: dict) -> Markup:
    """The <dt>/<dd> pairs of "What the columns mean"."""
    return Markup("".join(f"<dt>{escape(name)}</dt><dd>{escape(note)}</dd>" for name, note in columns.items()))
