"""The roster import wizard (文件 → 导入名册…): file and sheet → column mapping → dry run → apply → summary."""
