"""The station settings, each with its type, default and (Chinese, translated in the UI) label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    label: str

    def parse(self, value: Any) -> Any:
        if isinstance(self.default, bool):
            return bool(value)
        return value


# Which case stages wait for the supervisor (督导审批). A stage that waits does not move on until
# its record is approved; one that does not wait moves on, and its record can still be submitted.
APPROVE_ASSESSMENT = Setting("approval.assessment", False, "需求评估经督导批准后才能确认服务计划")
APPROVE_PLAN = Setting("approval.plan", True, "服务计划经督导批准后才能开始介入")
APPROVE_CLOSURE = Setting("approval.closure", True, "结案须经督导批准")

SETTINGS: dict[str, Setting] = {
    s.key: s for s in (APPROVE_ASSESSMENT, APPROVE_PLAN, APPROVE_CLOSURE)
}
