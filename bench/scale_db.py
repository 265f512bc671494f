"""A minutes database N times the size of another, for timing pages at scale.

Every document and every record is copied N-1 more times with distinct ids (each id column
gets "-k"), distinct paths and distinct council names ("<council> (copy k)"), so the copy
holds N times the documents, councils, bodies and records, each one different, as an ingest
of N unique copies of the corpus would (one ingest of the corpus, then SQL instead of N-1
more hours of extraction). The full-text indexes are filled by their triggers.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

ID_COLUMNS = {"id", "document_id", "agenda_item_id", "resolution_id", "action_id", "person_id", "meeting_id", "copy_of", "fingerprint_id"}
RENAMED = {"council": " (copy {k})", "path": "#copy{k}"}


def scaled_copy(source: Path, factor: int) -> Path:
    """`<stem>-x<factor>.db` beside `source`, built unless a newer one is there already."""
    target = source.with_name(f"{source.stem}-x{factor}.db")
    if target.exists() and target.stat().st_mtime > source.stat().st_mtime:
        return target
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    src.execute("pragma wal_checkpoint(truncate)")
    src.close()
    shutil.copyfile(source, tmp)
    conn = sqlite3.connect(tmp)
    conn.execute("pragma journal_mode = off")
    conn.execute("pragma synchronous = off")
    tables = [
        r[0]
        for r in conn.execute(
            "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' and name not like '\\_%' escape '\\'"
        )
    ]
    # Only the original rows are copied: those up to each table's rowid before the first copy.
    last = {t: conn.execute(f"select coalesce(max(rowid), 0) from [{t}]").fetchone()[0] for t in tables}
    for k in range(1, factor):
        for table in tables:
            columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])")]
            if not (ID_COLUMNS & set(columns)):
                continue
            select = ", ".join(_copied(c, k) for c in columns)
            names = ", ".join(f"[{c}]" for c in columns)
            conn.execute(f"insert into [{table}] ({names}) select {select} from [{table}] where rowid <= ?", [last[table]])
        conn.commit()
    conn.execute("analyze")
    conn.commit()
    conn.close()
    tmp.rename(target)
    return target


def _copied(column: str, k: int) -> str:
    if column in ID_COLUMNS:
        return f"case when [{column}] is null then null else [{column}] || '-{k}' end"
    if column in RENAMED:
        return f"case when [{column}] is null then null else [{column}] || '{RENAMED[column].format(k=k)}' end"
    return f"[{column}]"
