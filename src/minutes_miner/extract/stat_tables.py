"""Statistics in tables: cells of a real table, and rows of numbers a PDF's text layer gives line by line.

Split from statistics.py: a table names its own subject (row label) and period (column
header), and its money unit from a sign in the cell or a money word in the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text_utils import squash
from .money import Currencies
from ..numbers import apply_multiplier, parse_digits
from .stat_record import FoundStatistic
from .stat_vocabulary import statistics_rules

# --- tables -------------------------------------------------------------------------------

# Each run of spaces is read by one \s* (never two adjacent ones over the same spaces), so a cell of
# "1", thousands of spaces and "x" fails in linear time instead of backtracking cubically.
_CELL_NUMBER_RE = re.compile(
    r"^\s*(?:(?P<cur>£|\$|€)\s*)?(?P<num>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?:\s*(?P<mult>m|k|bn))?(?:\s*(?P<pct>%))?\s*$", re.I
)
_HEADER_SIGN_RE = re.compile(r"[£$€]")
_PERIOD_HEADER_RE = re.compile(r"\b(?:19|20)\d{2}(?:[-/]\d{2,4})?\b|\bQ[1-4]\b|\bquarter\b", re.I)


@dataclass
class TableCell:
    start: int
    end: int
    table: int
    row: int
    col: int
    text: str


def table_statistics(cells: list[TableCell], currencies: Currencies = Currencies()) -> list[FoundStatistic]:
    """Numbers in table cells, with the row label and column header as subject and period.

    A header that names a reference ('Cheque No', 'Year') makes its column labels, not
    measures; a currency sign in the cell or header ('£' GBP, '$' the council's dollar) or a
    money word in the header makes the column money (the document's home currency).
    """
    rules = statistics_rules()  # the header words: models/patterns/statistics.json table_headers
    found: list[FoundStatistic] = []
    tables: dict[int, dict[int, dict[int, TableCell]]] = {}
    for cell in cells:
        tables.setdefault(cell.table, {}).setdefault(cell.row, {})[cell.col] = cell
    for rows in tables.values():
        header_row = next((r for r in sorted(rows) if _mostly_words(rows[r].values())), None)
        headers = {col: cell.text for col, cell in rows.get(header_row, {}).items()} if header_row is not None else {}
        pence_columns = _pence_columns(rows, header_row)
        for r in sorted(rows):
            if r == header_row:
                continue
            row = rows[r]
            label = next((c.text for _, c in sorted(row.items()) if c.text.strip() and not _CELL_NUMBER_RE.match(c.text)), "")
            first_col = min(row)
            for col, cell in sorted(row.items()):
                m = _CELL_NUMBER_RE.match(cell.text)
                if m and col == first_col and not m.group("cur") and not m.group("pct") and re.fullmatch(r"\d{1,3}", m.group("num")):
                    continue  # "1", "2", "3" down the first column: item numbers
                if m and col == first_col and _numbers_its_row(m, row, col):
                    continue  # "8.0 | Tree Management Plan", "8.1 | Three quotes were sought ...": paragraph numbers
                header = squash(headers.get(col, ""))
                if not m or rules["not_measure_header_re"].search(header) or (not header and not label):
                    continue
                value = parse_digits(m.group("num").lstrip("-"))
                if value is None or value == 0:
                    continue
                if not m.group("cur") and not m.group("pct") and "," not in m.group("num") and "." not in m.group("num") and 1900 <= value <= 2100:
                    continue  # a year in a table
                value = apply_multiplier(value, m.group("mult"))
                if m.group("pct") or "%" in header:
                    unit = "percent"
                elif (
                    m.group("cur")
                    or rules["money_header_re"].search(header)
                    or (col in pence_columns and not rules["measure_header_re"].search(f"{header} {label}"))
                ):
                    sign = m.group("cur") or (_HEADER_SIGN_RE.search(header) or [None])[0]
                    unit = currencies.of(sign) if sign else currencies.home
                    if re.search(r"[£$€]\s*k\b|\([£$€]k\)|[£$€]000", header, re.I):
                        value *= 1_000
                    elif re.search(r"[£$€]\s*m\b|\([£$€]m\)", header, re.I):
                        value *= 1_000_000
                else:
                    unit = "count"
                subject = " – ".join(p for p in (squash(label), header) if p and not _PERIOD_HEADER_RE.fullmatch(p)) or None
                period = header if header and _PERIOD_HEADER_RE.search(header) else None
                found.append(
                    FoundStatistic(
                        value=value,
                        unit=unit,
                        start=cell.start,
                        end=cell.end,
                        text=squash(f"{label} {header} {cell.text}")[:200],
                        subject=subject,
                        period=period,
                    )
                )
    return found


_PENCE_RE = re.compile(r"-?\d{1,3}(?:,\d{3})*\.\d{2}|-?\d+\.\d{2}")


def _pence_columns(rows: dict[int, dict[int, TableCell]], header_row: int | None) -> set[int]:
    """Columns of pounds and pence ('240.00', '56.78', '1,240.00'): every figure with two decimals,
    two figures at least. A payments table names no currency when its header says 'Sum', 'Inc GST'
    or nothing at all; the figures are money in the council's currency all the same."""
    figures: dict[int, list[str]] = {}
    for r, row in rows.items():
        if r == header_row:
            continue
        for col, cell in row.items():
            m = _CELL_NUMBER_RE.match(cell.text)
            if m and not m.group("pct") and not m.group("mult"):
                figures.setdefault(col, []).append(m.group("num"))
    return {col for col, nums in figures.items() if len(nums) >= 2 and all(_PENCE_RE.fullmatch(n) for n in nums)}


def _numbers_its_row(m: re.Match, row: dict[int, TableCell], col: int) -> bool:
    """A paragraph number ('8.1', '12.0') in a row's first cell, with the row's words after it:
    the minute's number, not a measure (a measure follows its label)."""
    if m.group("cur") or m.group("pct") or m.group("mult") or not re.fullmatch(r"\d{1,2}\.\d{1,2}", m.group("num")):
        return False
    return any(c > col and re.search(r"[A-Za-z]{3}", cell.text) for c, cell in row.items())


def _mostly_words(cells) -> bool:
    cells = [c for c in cells if c.text.strip()]
    return bool(cells) and sum(1 for c in cells if not _CELL_NUMBER_RE.match(c.text)) >= 0.75 * len(cells)


# --- tables that a PDF's text layer gives as lines of numbers ---------------------------------

_NUM_TOKEN = r"(?:[-–]?[£$€]?\d[\d,]*(?:\.\d+)?%?|[-–])"
_NUMERIC_ROW_RE = re.compile(
    rf"^[ \t]*(?P<label>(?:[A-Za-z(][^\n£$€%]{{1,80}}?|(?:19|20)\d{{2}}(?:[-/]\d{{2,4}})?))[ \t]+(?P<nums>{_NUM_TOKEN}(?:[ \t]+{_NUM_TOKEN}){{1,12}})[ \t]*$",
    re.M,
)
_UNIT_MARK_RE = re.compile(r"\(\s*([£$€]m|[£$€]k|[£$€]000s?|[£$€]|%|m|k|number|no\.?)\s*\)", re.I)


def text_table_statistics(text: str, currencies: Currencies = Currencies()) -> list[FoundStatistic]:
    """Rows of numbers under a header, as a PDF table reads line by line ('2025/26 1.50 2.67 3.10 0.43').

    A block needs three or more such rows in a row; columns are named from the header when it
    splits into as many names as the rows have numbers (at unit marks like '(£m)', else at spaces).
    """
    rows = list(_NUMERIC_ROW_RE.finditer(text))
    found: list[FoundStatistic] = []
    block: list[re.Match] = []
    for row in rows + [None]:
        if row is not None and block and _next_line(text, block[-1].end()) == row.start() and _width(row) == _width(block[-1]):
            block.append(row)
            continue
        if len(block) >= 3:
            found += _block_statistics(text, block, currencies)
        block = [row] if row is not None else []
    return found


def _width(row: re.Match) -> int:
    return len(re.findall(_NUM_TOKEN, row.group("nums")))


def _next_line(text: str, end: int) -> int:
    return end + 1 if text[end : end + 1] == "\n" else -1


def _block_statistics(text: str, block: list[re.Match], currencies: Currencies) -> list[FoundStatistic]:
    header_start = text.rfind("\n\n", 0, block[0].start())
    lines = text[max(0, header_start, block[0].start() - 600) : block[0].start()].strip().split("\n")[-6:]
    caption = next((ln for ln in reversed(lines) if re.match(r"\s*Table\s+\d", ln)), "")
    header_lines = lines[lines.index(caption) + 1 :] if caption in lines else lines[-2:]
    header = squash(" ".join(header_lines))
    width = _width(block[0])
    columns = _split_columns(header, width)
    table_unit = _UNIT_MARK_RE.search(caption) or _UNIT_MARK_RE.search(header)
    tokens = [t.group(0) for row in block for t in re.finditer(_NUM_TOKEN, row.group("nums")) if t.group(0) not in {"-", "–"}]
    pence = not table_unit and not statistics_rules()["measure_header_re"].search(header) and all(_PENCE_RE.fullmatch(t.lstrip("£$€")) for t in tokens)
    found = []
    for row in block:
        label = squash(row.group("label"))
        for index, token in enumerate(re.finditer(_NUM_TOKEN, row.group("nums"))):
            raw = token.group(0).replace(" ", "")
            if raw in {"-", "–"}:
                continue
            column = columns[index] if columns else ""
            unit_mark = _UNIT_MARK_RE.search(column) or table_unit
            value = parse_digits(raw.lstrip("-–£$€").rstrip("%"))
            if value is None:
                continue
            value = -value if raw[0] in "-–" else value
            unit, value = _table_unit(raw, unit_mark.group(1).lower() if unit_mark else "", value, currencies)
            if pence and unit == "count":
                unit = currencies.home  # "Clerk salary 456.23 0.00 456.23": rows of pounds and pence
            start = row.start("nums") + token.start()
            period = next((p for p in (label, column) if _PERIOD_HEADER_RE.fullmatch(p.strip() or "x")), None)
            subject = " – ".join(p for p in (label, _UNIT_MARK_RE.sub("", column).strip()) if p and p != period) or None
            found.append(
                FoundStatistic(value, unit, start, start + len(token.group(0)), squash(f"{label} {column} {raw}")[:200], subject=subject, period=period)
            )
    return found


def _split_columns(header: str, width: int) -> list[str]:
    marked = [squash(p) for p in re.split(r"(?<=\))\s+", header) if p.strip()]
    marked = [p for p in marked if _UNIT_MARK_RE.search(p)]
    if len(marked) == width:
        return marked
    plain = header.split()
    return plain[-width:] if len(plain) >= width and all(_PERIOD_HEADER_RE.search(p) or p.lower() == "total" for p in plain[-width:]) else []


def _table_unit(raw: str, mark: str, value: float, currencies: Currencies) -> tuple[str, float]:
    if raw.endswith("%") or mark == "%":
        return "percent", value
    sign = next((c for c in raw + mark if c in "£$€"), None)
    if sign or mark in {"m", "k"}:
        scale = {"m": 1e6, "k": 1e3, "000": 1e3, "000s": 1e3}.get(mark.lstrip("£$€"), 1)
        return (currencies.of(sign) if sign else currencies.home), round(value * scale, 2)
    return "count", value
