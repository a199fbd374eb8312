"""Every character of every printed field is checked against the font before a PDF is written.

A document builder passes each text through :meth:`GlyphCheck.text` with the record and field
it belongs to. Whatever the font cannot draw is collected; :meth:`GlyphCheck.raise_if_any`
raises :class:`MissingGlyphError` naming the record, the field and the character — a printed,
signed form that silently lost a character of a name is a real error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.errors import StationDeskError
from desktop.printing import fonts


@dataclass(frozen=True)
class Problem:
    record: str  # e.g. "走访记录 D3C630AD（王某某户）"
    field: str  # e.g. "备注"
    char: str

    @property
    def code(self) -> str:
        return f"U+{ord(self.char):04X}"


class MissingGlyphError(StationDeskError):
    """The font has no glyph for a character of a field. ``problems`` lists every one found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        params = {
            "record": first.record,
            "field": first.field,
            "char": first.char,
            "unicode": first.code,
        }
        if len(problems) > 1:
            super().__init__("print.glyphs", **params, more=len(problems) - 1)
        else:
            super().__init__("print.glyph", **params)


@dataclass
class GlyphCheck:
    """Collects the characters the font cannot draw, per record and field."""

    record: str = ""
    problems: list[Problem] = field(default_factory=list)

    def text(self, value: object, field_name: str, record: str | None = None) -> str:
        """``value`` as text (None: ""), after noting any character the fonts cannot draw."""
        text = "" if value is None else str(value)
        if text and not text.isascii():  # one face draws both weights (bold is emboldened)
            for char in fonts.missing(text):
                problem = Problem(self.record if record is None else record, field_name, char)
                if problem not in self.problems:
                    self.problems.append(problem)
        return text

    def raise_if_any(self) -> None:
        if self.problems:
            raise MissingGlyphError(list(self.problems))
