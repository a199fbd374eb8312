"""The 报表 page (indicators, charts, the ledger workbook and the printed report) and its pieces."""
