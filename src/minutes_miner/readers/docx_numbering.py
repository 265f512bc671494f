"""Word list numbering: the label ("3.", "(b)", "iv)", "•") each numbered paragraph shows,
counted per list and level the way Word counts them (numbering.xml, abstract numbers,
level overrides and restarts).
"""

from __future__ import annotations

from dataclasses import dataclass

from .cleanup import SYMBOL_FONT_CHARS, format_list_number
from .docx_xml import as_int, w, w_val


_BULLET_TEXT = {"o": "◦", "§": "▪", "": "•"}


@dataclass
class _Level:
    """One level of a Word list definition."""

    fmt: str  # decimal, lowerLetter, upperRoman, bullet, none, ...
    text: str  # "%1.", "(%2)", "%1.%2", or the bullet character
    start: int


class ListNumbering:
    """Renders Word list labels ("1.", "(a)", "2.3", "•") in document order.

    Word stores only the list definition (numbering.xml) and each paragraph's list id and
    level; the visible number is a running count. We keep that count per list so the
    minute numbers that clerks type as automatic numbering are not lost.
    """

    def __init__(self, numbering_element) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counts: dict[str, list[int | None]] = {}
        if numbering_element is not None:
            self._parse(numbering_element)

    def _parse(self, numbering) -> None:
        for abstract in numbering.iter(w("abstractNum")):
            levels = {}
            for lvl in abstract.iter(w("lvl")):
                levels[as_int(lvl.get(w("ilvl")), 0)] = _Level(
                    fmt=w_val(lvl, "numFmt") or "decimal",
                    text=w_val(lvl, "lvlText") or "",
                    start=as_int(w_val(lvl, "start"), 1),
                )
            self._abstract[abstract.get(w("abstractNumId"))] = levels
        for num in numbering.iter(w("num")):
            overrides = {}
            for override in num.iter(w("lvlOverride")):
                start = w_val(override, "startOverride")
                if start is not None:
                    overrides[as_int(override.get(w("ilvl")), 0)] = as_int(start, 1)
            self._nums[num.get(w("numId"))] = (w_val(num, "abstractNumId") or "", overrides)

    def label(self, num_id: str, level: int) -> str | None:
        """The label of the next item of list `num_id` at `level`, advancing the count."""
        if num_id not in self._nums:
            return None
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        if level not in levels or not 0 <= level <= 9:
            return None
        # Lists that share a definition continue each other's numbering unless restarted.
        key = f"num:{num_id}" if overrides else f"abstract:{abstract_id}"
        counts = self._counts.setdefault(key, [None] * 10)
        current = counts[level]
        counts[level] = overrides.get(level, levels[level].start) if current is None else current + 1
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = None
        return self._render(levels, level, counts, overrides)

    def _render(self, levels: dict[int, _Level], level: int, counts: list[int | None], overrides: dict[int, int]) -> str | None:
        spec = levels[level]
        if spec.fmt == "none":
            return None
        if spec.fmt == "bullet":
            return SYMBOL_FONT_CHARS.get(spec.text, _BULLET_TEXT.get(spec.text, spec.text or "•"))
        text = spec.text
        for index in range(9, -1, -1):
            placeholder = f"%{index + 1}"
            if placeholder in text:
                other = levels.get(index, spec)
                value = counts[index] if counts[index] is not None else overrides.get(index, other.start)
                text = text.replace(placeholder, format_list_number(value, other.fmt))
        return text.strip() or None


def numbering_element(word):
    """numbering.xml's root, or None for documents without lists."""
    try:
        return word.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return None
