"""The server on more cores and with less work a page (issue 13, docs/load.md).

- `serve --workers N`: uvicorn's process manager over N Datasette workers on one port, which
  die with it (serve_workers.py); each fills its caches as it starts (warmup.py).
- Lists of a page made in Python (facets, filter options, column notes, an agenda item's
  records) read as Datasette's and the plugin's templates wrote them.
- Permission answers and schema answers kept per version, without changing an answer.
- The plugin keeps its hooks when it is imported before Datasette.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode
from markupsafe import Markup

from minutes_miner import serve_workers
from minutes_miner.datasette_plugin import catalog, introspection, table_html, warmup
from minutes_miner.datasette_plugin.source_records import quick_tilde_encode, related_items_html

from datasette_helpers import fetch
from test_cli import run


def squeeze(html: str) -> str:
    """HTML without its whitespace: what the browser shows does not depend on it here."""
    return "".join(str(html).split())


# --- the plugin's import ------------------------------------------------------------------


def test_the_plugin_keeps_its_hooks_when_imported_before_datasette():
    # Importing datasette.plugins loads every entry point; a plugin module registered while it
    # was itself being imported had no hooks (every page then was Datasette's own).
    code = (
        "import minutes_miner.datasette_plugin\n"
        "from datasette.plugins import pm\n"
        "plugin = pm.get_plugin('minutes_miner')\n"
        "print(sorted(h.name for h in pm.get_hookcallers(plugin)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    for hook in ("render_cell", "register_routes", "asgi_wrapper", "handle_exception", "startup"):
        assert hook in out.stdout


# --- serve --workers ------------------------------------------------------------------------


def test_serve_with_workers_runs_the_process_manager_with_serve_settings(tmp_path, monkeypatch, samples_db):
    calls = []
    monkeypatch.setattr(os, "execv", lambda exe, cmd: calls.append(cmd))
    result = run("serve", samples_db, "--port", "8124", "--workers", "2")
    assert result.exit_code == 0, result.output
    (cmd,) = calls
    assert cmd[1:3] == ["-m", "minutes_miner.serve_workers"] and str(samples_db) in cmd
    assert cmd[cmd.index("--workers") + 1] == "2" and cmd[cmd.index("--port") + 1] == "8124"
    settings = {cmd[i + 1]: cmd[i + 2] for i, part in enumerate(cmd) if part == "--setting"}
    assert settings["suggest_facets"] == "off" and settings["facet_time_limit_ms"] == "200"
    # One worker is Datasette's own server, as before.
    calls.clear()
    assert run("serve", samples_db, "--port", "8124").exit_code == 0
    assert calls[0][1:4] == ["-m", "datasette", "serve"]


def test_settings_reach_each_worker_typed_as_datasette_reads_them():
    assert serve_workers.typed_settings({"truncate_cells_html": "300", "suggest_facets": "off", "facet_time_limit_ms": "200"}) == {
        "truncate_cells_html": 300,
        "suggest_facets": False,
        "facet_time_limit_ms": 200,
    }


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                    found.add(int(entry.name))
            except (OSError, IndexError):
                pass
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_serve_one_port_and_die_with_their_manager_even_when_it_is_killed(samples_db):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cmd = [sys.executable, "-c", "from minutes_miner.cli import cli; cli()", "serve", str(samples_db), "--port", str(port), "--workers", "2"]
    manager = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/{samples_db.stem}/actions", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("the workers did not start")
        assert "mm-table-page" in page  # the plugin's layout: each worker has the plugin
        workers = {pid for pid in _children(manager.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}
        assert len(workers) == 2
        manager.send_signal(signal.SIGKILL)  # no chance to stop them itself
        manager.wait(timeout=10)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() and _state(pid) != "Z" for pid in workers):
            time.sleep(0.2)
        assert not any(Path(f"/proc/{pid}").exists() and _state(pid) != "Z" for pid in workers), "a worker outlived its manager"
    finally:
        manager.kill()


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


# --- warm-up ----------------------------------------------------------------------------------


def test_a_starting_server_fills_its_caches_before_the_first_reader(samples_db):
    async def go():
        ds = Datasette([str(samples_db)])
        app = ds.app()
        messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
        sent = []

        async def receive():
            return messages.pop(0)

        async def send(message):
            # uvicorn takes connections once the start is complete: by then the caches are warm.
            sent.append((message["type"], ds._minutes_warm_up.done()))

        await app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send)
        statuses = await ds._minutes_warm_up
        values = catalog.entry(ds, samples_db.stem).values
        return sent, statuses, values

    sent, statuses, values = asyncio.run(go())
    assert sent == [("lifespan.startup.complete", True), ("lifespan.shutdown.complete", True)]
    assert statuses and all(status == 200 for status in statuses)
    # What the first readers would otherwise compute: the summary, the meetings, facet counts.
    assert {"summary", "summary_html", "documents_by_id"} <= set(values)
    assert any(key.startswith("facet:") for key in values)


def test_warm_up_asks_for_the_database_page_and_the_record_tables(samples_db):
    async def go():
        ds = Datasette([str(samples_db)])
        await ds.invoke_startup()
        return warmup.warm_paths(ds)

    paths = asyncio.run(go())
    name = samples_db.stem
    assert paths[0] == f"/{name}" and f"/{name}/resolutions" in paths and f"/{name}/outstanding_actions" in paths


def test_a_database_that_is_not_minutes_is_not_warmed(tmp_path):
    from datasette_helpers import other_database

    other = other_database(tmp_path, "create table t (x)")

    async def go():
        ds = Datasette([str(other)])
        await ds.invoke_startup()
        return warmup.warm_paths(ds)

    assert asyncio.run(go()) == []


# --- lists made in Python ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["e22c80353a69e39c", "doc_1-a", "with space", "a/b.c~d", "Café £3", ""])
def test_quick_tilde_encode_is_datasettes_tilde_encode(text):
    assert quick_tilde_encode(text) == tilde_encode(text)


def _jinja(ds, source: str, **context) -> str:
    async def go():
        return await ds.jinja_env.from_string(source).render_async(**context)

    return asyncio.run(go())


def test_the_records_of_an_agenda_item_read_as_the_template_wrote_them():
    ds = Datasette([])
    rows = [
        {"url": "/-/minutes/m/record/resolutions/a1#evidence", "label": "RESOLVED that the <budget> be " + "approved " * 30, "page": 3, "current": True},
        {"url": "/-/minutes/m/record/actions/b~202#evidence", "label": "Clerk to write to KCC & the police", "page": None, "current": False},
    ]
    template = (
        '{% for row in rows %}<li{% if row.current %} class="mm-current"{% endif %}><a href="{{ row.url }}">{{ row.label|truncate(160) }}</a>'
        '{% if row.page %} <span class="mm-muted">p.&nbsp;{{ row.page }}</span>{% endif %}{% if row.current %} <em>(this record)</em>{% endif %}</li>{% endfor %}'
    )
    made = related_items_html(ds, rows)
    assert isinstance(made, Markup)
    assert squeeze(made) == squeeze(_jinja(ds, template, rows=rows))
    assert "&lt;budget&gt;" in made and "&amp; the police" in made


def _facets(truncated: bool) -> list[dict]:
    values = [
        {"value": "Cabinet", "label": "Cabinet", "count": 1234, "toggle_url": "http://x/db/actions?_body=Cabinet", "selected": False},
        {"value": "A & B", "label": "A & B <panel>", "count": 2, "toggle_url": "http://x/db/actions?_body=A+%26+B", "selected": True},
        {"value": 0, "label": 0, "count": 1, "toggle_url": "http://x/db/actions?status=0", "selected": False},
    ]
    return [
        {"name": "body", "type": "meeting", "hideable": False, "toggle_url": "/db/actions", "results": values, "truncated": truncated},
        {"name": "status", "type": "column", "hideable": True, "toggle_url": "/db/actions?_x=1", "results": values[:1], "truncated": False},
    ]


@pytest.mark.parametrize("truncated", [False, True])
def test_facets_read_as_datasettes_facet_template(samples_db, truncated):
    from datasette.utils.asgi import Request

    async def go():
        ds = Datasette([str(samples_db)])
        request = Request.fake("/samples/actions?_body=A+%26+B")
        facets = _facets(truncated)
        template = ds.jinja_env.get_template("_facet_results.html")
        from datasette.utils import path_with_replaced_args

        theirs = await template.render_async(
            sorted_facet_results=facets, database="samples", table="actions", request=request, path_with_replaced_args=path_with_replaced_args
        )
        return theirs, table_html.facet_results("samples", "actions", facets, request)

    theirs, ours = asyncio.run(go())
    assert squeeze(ours) == squeeze(theirs)
    assert "A &amp; B &lt;panel&gt;" in ours


def test_filter_options_and_column_notes_read_as_the_template_wrote_them():
    from datasette.filters import Filters

    ds = Datasette([])
    filters = Filters([])
    columns = ["description", "owner", "status"]
    template = (
        "{% for c in columns %}<option{% if c == column %} selected{% endif %}>{{ c }}</option>{% endfor %}|"
        '{% for key, display, no_argument in filters.lookups() %}<option value="{{ key }}{% if no_argument %}__1{% endif %}"'
        "{% if key == lookup %} selected{% endif %}>{{ display }}</option>{% endfor %}|"
        "{% for name, note in notes.items() %}<dt>{{ name }}</dt><dd>{{ note }}</dd>{% endfor %}"
    )
    notes = {"owner": "Who must do it <as written>", "status": "open & done"}
    for column, lookup in ((None, None), ("owner", "contains")):
        theirs = _jinja(ds, template, columns=columns, column=column, filters=filters, lookup=lookup, notes=notes)
        ours = f"{table_html.column_options(columns, column)}|{table_html.lookup_options(filters, lookup)}|{table_html.column_notes(notes)}"
        assert ours == theirs


# --- answers kept per version -----------------------------------------------------------------


def test_permission_answers_are_the_same_when_kept_and_follow_the_metadata(samples_db):
    name = samples_db.stem

    async def go():
        ds = Datasette([str(samples_db)], metadata={"databases": {name: {"tables": {"votes": {"allow": False}}}}})
        await ds.invoke_startup()
        assert getattr(ds.permission_allowed, "minutes_miner", False)
        first = [(await ds.client.get(f"/{name}/{t}")).status_code for t in ("votes", "actions")]
        again = [(await ds.client.get(f"/{name}/{t}?_x=1")).status_code for t in ("votes", "actions")]
        logged = len(ds._permission_checks)
        page = (await ds.client.get(f"/{name}")).text
        return first, again, logged, len(ds._permission_checks), page

    first, again, logged, logged_after, page = asyncio.run(go())
    assert first == again == [403, 200]
    assert logged_after > logged  # each check still logged for /-/permissions
    assert f'href="/{name}/actions"' in page and f'href="/{name}/votes"' not in page


def test_a_kept_column_list_cannot_be_changed_by_its_caller(samples_db):
    async def go():
        ds = Datasette([str(samples_db)])
        await ds.invoke_startup()
        db = ds.get_database(samples_db.stem)
        columns = await db.table_columns("actions")
        columns.append("not a column")
        keys = await db.get_all_foreign_keys()
        keys["actions"]["outgoing"].clear()
        return await db.table_columns("actions"), await db.get_all_foreign_keys()

    columns, keys = asyncio.run(go())
    assert "not a column" not in columns and "description" in columns
    assert keys["actions"]["outgoing"]


def test_scalars_and_lists_of_scalars_are_copied_cheaply():
    names = ["a", "b"]
    assert introspection._copy(names) == names and introspection._copy(names) is not names
    assert introspection._copy("x") == "x" and introspection._copy(None) is None
    nested = {"t": {"incoming": [{"column": "id"}]}}
    copied = introspection._copy(nested)
    copied["t"]["incoming"].clear()
    assert nested["t"]["incoming"]


def test_pages_answer_as_before_with_the_kept_answers(samples_db):
    name = samples_db.stem
    (database, actions, record) = fetch([samples_db], f"/{name}", f"/{name}/actions", f"/{name}/actions.json?_shape=array")
    assert database.status_code == actions.status_code == record.status_code == 200
    assert "mm-facets" in actions.text and "facet-results" in actions.text and '<select name="_filter_op">' in actions.text
