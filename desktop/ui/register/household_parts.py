"""What other features add to the 户档案 page, registered by them (the register knows none of them).

- ``add_section``: a part of the household's detail pane (HTML), above or below the household
  itself, with the tables it shows (a change to one renders the pane again);
- ``add_button``: a button under the detail pane acting on the selected household;
- ``add_print_entry``: an entry of the page's 打印 menu for the selected household.

The features register once at start-up (desktop/ui/shell/contributions.py); the page renders
what is registered, in ``order``. A contribution takes the page as ``HouseholdView``: ``app``
and ``current_id()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QPushButton

from desktop.core.context import Context
from desktop.ui.shell.appcontext import AppContext


class HouseholdView(Protocol):
    """What a contribution may use of the page."""

    app: AppContext

    def current_id(self) -> str | None: ...


@dataclass(frozen=True)
class Section:
    name: str
    html: Callable[[Context, str], str]  # (ctx, household id) -> HTML ("" when nothing to show)
    tables: frozenset[str]  # what it shows: a change to one of these renders the pane again
    above: bool = False  # above the household's own part (an alert), else below it
    order: int = 0


@dataclass(frozen=True)
class Button:
    name: str
    make: Callable[[HouseholdView], QPushButton]  # enabled only while a household is selected
    order: int = 0


@dataclass(frozen=True)
class PrintEntry:
    name: str  # the menu action's object name
    text: Callable[[], str]  # translated when the menu is built (the language is set by then)
    run: Callable[[HouseholdView, str], None]  # (page, household id)
    order: int = 0


_sections: dict[str, Section] = {}
_buttons: dict[str, Button] = {}
_print_entries: dict[str, PrintEntry] = {}


def add_section(section: Section) -> None:
    _sections[section.name] = section  # by name: registering again replaces, never doubles


def add_button(button: Button) -> None:
    _buttons[button.name] = button


def add_print_entry(entry: PrintEntry) -> None:
    _print_entries[entry.name] = entry


def sections() -> list[Section]:
    return sorted(_sections.values(), key=lambda s: s.order)


def buttons() -> list[Button]:
    return sorted(_buttons.values(), key=lambda b: b.order)


def print_entries() -> list[PrintEntry]:
    return sorted(_print_entries.values(), key=lambda e: e.order)


def watched_tables() -> frozenset[str]:
    """Every table a registered section shows."""
    return frozenset().union(*(s.tables for s in _sections.values()))
