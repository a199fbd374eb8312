"""Wiring at start-up: each feature registers what it adds to other features' pages.

The 户档案 page (desktop/ui/register/household_parts.py) shows visits, case work and print
entries without importing those features; they register here, once, before a page is made
(``open_app_context`` calls ``wire``). Registering again replaces, never doubles.
"""

from __future__ import annotations

from desktop.ui.cases import case_hooks
from desktop.ui.printing import print_hooks
from desktop.ui.visits import visit_hooks


def wire() -> None:
    visit_hooks.register()  # crisis alert, visits, 记录走访
    case_hooks.register()  # open cases, duplicate aid
    print_hooks.register()  # 打印 ▸ 家庭档案 / 空白走访记录表（本户）
