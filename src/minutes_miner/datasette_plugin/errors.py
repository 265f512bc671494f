"""Client errors (404, 400, 403) answered fast, without a traceback on the server's console.

Datasette's own handler prints every exception with `rich` and its local variables, 404s
included: 0.4-2.5 s of formatting on the event loop per bad URL (and ~20 s for a URL holding a
20,000-character id), during which the server answers nobody. A client's mistake is not a
server fault: render the error page at once and print nothing. Real faults (500s) still
reach Datasette's handler and its traceback.

Datasette awaits every handle_exception hook, not just the first, so its own would still
format the traceback after ours answered: it is taken out of the plugin manager at startup
(when every plugin is registered) and called by this hook for all that is not a client error.
"""

from __future__ import annotations

import importlib

from datasette import Response, hookimpl
from datasette.utils.asgi import Base400


def _datasette_default():
    """Datasette's own handler module, imported when first needed, not with this module.

    Importing it imports datasette.plugins, which loads every plugin's entry point, this one
    included: a plugin module registered while it is still being imported (a program or test
    that imports minutes_miner.datasette_plugin before Datasette) would have no hooks.
    """
    return importlib.import_module("datasette.handle_exception")


def startup(datasette):
    """Called from the plugin's startup hook (__init__.py)."""
    from datasette.plugins import pm  # not at import: see _datasette_default

    datasette_default = _datasette_default()
    if pm.is_registered(datasette_default):
        pm.unregister(datasette_default)


_MESSAGE_LIMIT = 200  # characters of the message echoed back (a URL may hold any length of id)


def client_status(request, exception) -> int | None:
    """The HTTP status when the exception is the client's mistake, else None (a real fault).

    Datasette refuses a POST it does not take (to a table, a row or a database page: "You may
    only POST to a canned query") with an `assert`, which would be a 500 and a traceback: a
    request with the wrong method is answered 405 Method Not Allowed instead. Only that assert:
    any other failing during a POST (a canned write query's, a plugin's) is a real fault.
    """
    if isinstance(exception, Base400):
        return exception.status
    if isinstance(exception, AssertionError) and request.method == "POST" and str(exception).startswith(_POST_REFUSED):
        return 405
    return None


_POST_REFUSED = "You may only POST to"  # datasette/views/table.py: "You may only POST to a canned query"


@hookimpl
def handle_exception(datasette, request, exception):
    status = client_status(request, exception)
    if status is None:
        return _datasette_default().handle_exception(datasette, request, exception)

    async def client_error():
        message = str(exception.args[0]) if exception.args else "Not found"
        if len(message) > _MESSAGE_LIMIT:
            message = message[:_MESSAGE_LIMIT] + "…"
        info = {"ok": False, "error": message, "status": status, "title": None}
        if request.path.endswith(".json"):
            return Response.json(info, status=status)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: []))
        return Response.html(html, status=status)

    return client_error
