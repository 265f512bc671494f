"""Facets and filters on the meeting a record comes from.

Record tables (resolutions, actions, statistics, ...) hold a document_id, not the council,
body or meeting date; those live in `documents`. `MeetingFacet` counts a table's rows by a
column of their document, and the `?_council=`, `?_body=` and `?_meeting_date=` filters it
links to narrow the table to that council, body or meeting, so a user can go from "all
actions" to "actions of the Corporate Parenting Panel" in one click on any record table.
"""

from __future__ import annotations

import secrets
import urllib.parse

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet, Facet
from datasette.filters import FilterArguments
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from . import catalog

# The documents columns a record can be faceted and filtered by, and how they read.
# The facet's heading reads "<name> (meeting)": "council (meeting)", "date (meeting)".
MEETING_COLUMNS = {"council": "council", "body": "body", "meeting_date": "date"}


def filter_arg(column: str) -> str:
    return f"_{column}"


class ToggleUrls:
    """The links that add or remove one facet value, made by Datasette's own helpers.

    Datasette builds each value's link with `path_with_added_args`, `urls.path` and
    `absolute_url`: a parse of the query string and a `urljoin` per value (~0.3 ms each; ~190
    values on the outstanding actions page, a third of its rendering). Here those same helpers
    build one link per facet argument, for a marker value, so base_url, https, the path's
    normalisation and the request's own arguments are all Datasette's. The added argument
    comes last, so a value's link is that link with the marker replaced by the value as
    `urlencode` writes it (quote_plus); a link the marker does not end (or a value urlencode
    treats specially) is made by the helpers in full.
    """

    _MARKER = "mmfacetvalue" + secrets.token_hex(8)  # letters and digits: urlencode leaves it as it is

    def __init__(self, ds, request):
        self.ds, self.request = ds, request
        self._prefixes: dict[str, str | None] = {}

    def added(self, arg: str, value) -> str:
        if arg not in self._prefixes:
            link = self._added_by_datasette(arg, self._MARKER)
            self._prefixes[arg] = link[: -len(self._MARKER)] if link.endswith(self._MARKER) and link.count(self._MARKER) == 1 else None
        prefix = self._prefixes[arg]
        if prefix is None or value is None:  # None: path_with_added_args removes the argument
            return self._added_by_datasette(arg, value)
        return prefix + urllib.parse.quote_plus(value if isinstance(value, (str, bytes)) else str(value))

    def _added_by_datasette(self, arg: str, value) -> str:
        return self.ds.absolute_url(self.request, self.ds.urls.path(path_with_added_args(self.request, {arg: value})))

    def removed(self, arg: str, value: str) -> str:
        return self.ds.absolute_url(self.request, self.ds.urls.path(path_with_removed_args(self.request, {arg: value})))


async def cached_counts(ds, database: str, sql: str, params: dict | None):
    """A facet's counts, computed once per version of the database file.

    Keyed by the SQL and its parameters, not the page URL: the same table sorted, paged or
    opened with any other argument that leaves its rows alone reuses them.
    """

    async def run():
        return await ds.execute(database, sql, params, truncate=False, custom_time_limit=ds.setting("facet_time_limit_ms"))

    key = "facet:" + sql + repr(sorted((str(k), str(v)) for k, v in (params or {}).items()))
    return await catalog.cached(ds, database, key, run)


class MeetingFacet(Facet):
    """Facet on documents.<column> of each row's document: {"meeting": "body"} in metadata."""

    type = "meeting"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        if not self.table:
            return results, timed_out
        qs_pairs = set(self.get_querystring_pairs())
        size = self.get_facet_size()
        urls = ToggleUrls(self.ds, self.request)
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config.get("simple")
            if column not in MEETING_COLUMNS:
                continue
            # Group and order by the documents column itself: a bare "value" would be the
            # statistics table's own value column.
            sql = (
                f"select documents.[{column}] as value, count(*) as count from ({self.sql}) as facet_rows "
                f"join documents on documents.id = facet_rows.document_id where documents.[{column}] is not null "
                f"group by documents.[{column}] order by count(*) desc, documents.[{column}] limit {size + 1}"
            )
            try:
                rows = await cached_counts(self.ds, self.database, sql, self.params)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            arg = filter_arg(column)
            values = []
            for row in rows.rows[:size]:
                value = str(row["value"])
                selected = (arg, value) in qs_pairs
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": urls.removed(arg, value) if selected else urls.added(arg, value),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": MEETING_COLUMNS[column],
                    "type": self.type,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {f"_facet_{self.type}": column})),
                    "results": values,
                    "truncated": len(rows.rows) > size,
                }
            )
        return results, timed_out


def meeting_filters(request, columns: set[str]) -> FilterArguments | None:
    """?_council=, ?_body=, ?_meeting_date= on a table that has document_id."""
    if "document_id" not in columns:
        return None
    pairs = urllib.parse.parse_qsl(request.query_string, keep_blank_values=True)
    wheres, params, descriptions = [], {}, []
    for column, label in MEETING_COLUMNS.items():
        values = [v for k, v in pairs if k == filter_arg(column)]
        for i, value in enumerate(values):
            name = f"mm_{column}_{i}"
            wheres.append(f"document_id in (select id from documents where [{column}] = :{name})")
            params[name] = value
            descriptions.append(f'{label} of the meeting is "{value}"')
    if not wheres:
        return None
    return FilterArguments(wheres, params=params, human_descriptions=descriptions)


class CachedColumnFacet(ColumnFacet):
    """Datasette's column facet, its counts kept per query and version of the database.

    `{"cached": "unit"}` in metadata (catalog.py turns the laid-out tables' plain column
    facets into these). Counts are reused until the database file changes, by any page that
    asks the same query (another sort, page or URL argument): on a database 10x ../shared the
    statistics page spent 0.6 s counting units and directions. Links are built by
    `ToggleUrls`. Shown exactly as Datasette's column facets, with the same URLs.
    """

    type = "cached"

    async def suggest(self):
        return []

    async def facet_results(self):
        if not self.request:
            return await super().facet_results()
        results, timed_out = [], []
        qs_pairs = set(self.get_querystring_pairs())
        size = self.get_facet_size()
        urls = ToggleUrls(self.ds, self.request)
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            col = escape_sqlite(column)
            where = f"where {col} is not null group by {col} order by count desc, value limit {size + 1}"
            sql = f"select {col} as value, count(*) as count from ({self.sql}) {where}"
            try:
                rows = await cached_counts(self.ds, self.database, sql, self.params)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            shown = rows.rows[:size]
            expanded = await self.ds.expand_foreign_keys(self.database, self.table, column, [r["value"] for r in shown]) if self.table else {}
            arg = f"{column}__exact" if column.startswith("_") else column
            values = []
            for row in shown:
                selected = (arg, str(row["value"])) in qs_pairs
                values.append(
                    {
                        "value": row["value"],
                        "label": expanded.get((column, row["value"]), row["value"]),
                        "count": row["count"],
                        "toggle_url": urls.removed(arg, str(row["value"])) if selected else urls.added(arg, row["value"]),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    "type": "column",
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
                    "results": values,
                    "truncated": len(rows.rows) > size,
                }
            )
        return results, timed_out
