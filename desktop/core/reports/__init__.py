"""Reports (报表) and the monthly ledger (台账): indicators defined as data (catalogue), computed
from the synced tables as they were at each period's end (register, measures, report), the chart
descriptions the page, the PDF and the workbook all draw (charts), the ledger sheets (ledger), the
workbook (workbook) and the export log (exports). No Qt here."""
