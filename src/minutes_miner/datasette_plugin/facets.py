"""Facets and filters on the meeting a record comes from.

Record tables (resolutions, actions, statistics, ...) hold a document_id, not the council,
body or meeting date; those live in `documents`. `MeetingFacet` counts a table's rows by a
column of their document, and the `?_council=`, `?_body=` and `?_meeting_date=` filters it
links to narrow the table to that council, body or meeting, so a user can go from "all
actions" to "actions of the Corporate Parenting Panel" in one click on any record table.
"""

from __future__ import annotations

import urllib.parse

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet, Facet
from datasette.filters import FilterArguments
from datasette.utils import path_with_added_args, path_with_removed_args

from . import catalog

# The documents columns a record can be faceted and filtered by, and how they read.
# The facet's heading reads "<name> (meeting)": "council (meeting)", "date (meeting)".
MEETING_COLUMNS = {"council": "council", "body": "body", "meeting_date": "date"}


def filter_arg(column: str) -> str:
    return f"_{column}"


class MeetingFacet(Facet):
    """Facet on documents.<column> of each row's document: {"meeting": "body"} in metadata."""

    type = "meeting"

    async def suggest(self):
        return []

    async def facet_results(self):
        results, timed_out = [], []
        if not self.table:
            return results, timed_out
        qs_pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
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
                rows = await self._counts(sql)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            arg = filter_arg(column)
            values = []
            for row in rows.rows[:size]:
                value = str(row["value"])
                selected = (arg, value) in qs_pairs
                path = path_with_removed_args(self.request, {arg: value}) if selected else path_with_added_args(self.request, {arg: value})
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path)),
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

    async def _counts(self, sql: str):
        """The facet's counts, computed once per version of the database file."""

        async def run():
            return await self.ds.execute(self.database, sql, self.params, truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms"))

        key = "facet:" + sql + repr(sorted((str(k), str(v)) for k, v in (self.params or {}).items()))
        return await catalog.cached(self.ds, self.database, key, run)


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
    """Datasette's column facet, its counts kept per page URL and version of the database.

    `{"cached": "unit"}` in metadata (catalog.py turns the laid-out tables' plain column
    facets into these). A table page asked again (the same URL) reuses the counts until the
    database file changes: on a database 10x ../shared the statistics page spent 0.6 s
    counting units and directions. Shown exactly as Datasette's column facets.
    """

    type = "cached"

    async def suggest(self):
        return []

    async def facet_results(self):
        if not self.request:
            return await super().facet_results()
        key = f"column-facet:{self.table}:{self.request.path}?{self.request.query_string}"
        entry = catalog.entry(self.ds, self.database)
        if entry is not None and entry.signature is not None and key in entry.values:
            return entry.values[key]
        results, timed_out = await super().facet_results()
        results = [dict(r, type="column") for r in results]
        if entry is not None and entry.signature is not None and not timed_out:
            if len(entry.values) >= catalog.MAX_CACHED:
                entry.values.clear()
            entry.values[key] = (results, timed_out)
        return results, timed_out
