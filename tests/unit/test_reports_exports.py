"""The reports as files: the month's workbook read back with openpyxl (sheets, headers, numbers,
totals, masking, print set-up, native charts), the printed report read back with pdftotext, the
export log (who asked for full numbers, when), the command line, and the coverage page's export.
A slow test has LibreOffice open the workbook."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import openpyxl
import pytest

from desktop.cli import main
from desktop.core.reports import coverage, periods
from desktop.core.reports.exports import export_ledger, export_log, signed
from desktop.core.reports.report import build
from desktop.core.store import changes
from desktop.printing.reports import coverage_pdf, monthly_pdf
from tests.unit.test_reports_support import build as build_story

SHEETS = [
    "汇总",
    "走访台账",
    "个案台账",
    "服务计划台账",
    "转介台账",
    "资源链接台账",
    "服务对象名册",
]


@pytest.fixture
def story(ctx, clock):
    return build_story(ctx, clock)


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def summary_rows(ws) -> dict[str, tuple]:
    return {
        row[0]: row[1:6] for row in ws.iter_rows(min_row=4, values_only=True) if row[0] and row[1]
    }


def test_the_month_workbook_has_the_county_form_and_the_ledgers(ctx, story, tmp_path):
    path = tmp_path / "台账.xlsx"
    result = export_ledger(ctx, periods.parse("2026-11"), path)
    assert result.counts == {
        "走访台账": 3,
        "个案台账": 1,
        "服务计划台账": 1,
        "转介台账": 1,
        "资源链接台账": 2,
        "服务对象名册": 4,
    }
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS
    ws = book["汇总"]
    assert ws["A1"].value == "青山镇社工站 2026年11月工作统计表"
    assert ws["A2"].value == "报送单位（盖章）：青山镇社工站" and ws["C2"].value == "填报人：李明"
    assert ws["F2"].value == "报送时间：2026-11-29"
    assert [c.value for c in ws[3]][:6] == ["指标名称", "单位", "本月", "上月", "环比", "本年累计"]
    rows = summary_rows(ws)
    assert rows["入户走访户次"] == ("户次", 3, 1, "+200.0%", 4)
    assert rows["入户未遇"] == ("户次", 0, 1, "-100.0%", 1)
    assert rows["探访率：低保/特困"][:2] == ("%", 0.5) and rows["探访率：低保/特困"][2] == "—"
    assert rows["危机处置用时中位数"][:2] == ("天", 3)
    assert ws.freeze_panes == "A4"
    assert ws.print_title_rows == "$1:$3"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    visits = book["走访台账"]
    assert [c.value for c in visits[2]][:10] == [
        "序号",
        "走访日期",
        "时间",
        "行政村",
        "村民小组",
        "门牌号",
        "户主",
        "联系电话",
        "走访方式",
        "结果",
    ]
    lines = list(visits.iter_rows(min_row=3, values_only=True))
    assert [r[1] for r in lines[:3]] == ["2026-11-01", "2026-11-02", "2026-11-12"]
    assert lines[0][7] == "139****5678"  # masked
    assert lines[1][20].startswith("第2版")  # the corrected version, in its new month
    assert lines[3][:2] == ("合计", "共 3 条")
    assert visits.freeze_panes == "A3" and visits.print_title_rows == "$1:$2"
    assert visits.print_area is not None and visits.auto_filter.ref
    roster = book["服务对象名册"]
    names = [r[1] for r in roster.iter_rows(min_row=3, values_only=True)][:-1]
    assert sorted(names) == [
        "小明",
        "张大爷",
        "李奶奶",
        "王伯",
    ]  # 赵某 removed; the four on the register
    zhang = next(r for r in roster.iter_rows(min_row=3, values_only=True) if r[1] == "张大爷")
    assert zhang[4] == "110105********0015"
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 6  # native charts on 汇总
    log = export_log(ctx)
    assert (
        log[0]["kind"] == "ledger" and log[0]["full_numbers"] == 0 and log[0]["period"] == "2026-11"
    )


def test_full_numbers_only_when_asked_and_the_choice_is_logged(ctx, story, tmp_path):
    path = tmp_path / "full.xlsx"
    result = export_ledger(ctx, periods.parse("2026-11"), path, full_numbers=True)
    roster = openpyxl.load_workbook(path)["服务对象名册"]
    zhang = next(r for r in roster.iter_rows(min_row=3, values_only=True) if r[1] == "张大爷")
    assert zhang[4] == "110105194002020015" and zhang[5] == "13912345678"
    entry = export_log(ctx)[0]
    assert (entry["full_numbers"], entry["exported_by"], entry["file_name"]) == (
        1,
        "李明",
        "full.xlsx",
    )
    assert entry["exported_at"].startswith("2026-11-29")
    history = changes.history(
        ctx.store, "export_log", entry["id"]
    )  # in the sync log: synced and audited
    assert history[0]["author"] == "李明" and history[0]["fields"]["full_numbers"] == 1
    assert result.changes.touches("export_log")


def test_a_quarter_workbook_and_a_file_that_cannot_be_written(ctx, story, tmp_path):
    result = export_ledger(ctx, periods.parse("2026Q4"), tmp_path / "q.xlsx")
    assert result.counts["走访台账"] == 6  # Q4: 5 visits where someone was met and 1 入户未遇
    ws = openpyxl.load_workbook(tmp_path / "q.xlsx")["汇总"]
    assert [c.value for c in ws[3]][2:4] == ["本季度", "上季度"]
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    with pytest.raises(Exception) as err:
        export_ledger(ctx, periods.parse("2026-11"), blocker / "x.xlsx")
    assert getattr(err.value, "code", "") == "report.write"
    assert not list(tmp_path.glob(".report-*"))


def test_the_printed_report_has_the_same_numbers_and_a_signature_line(ctx, story, tmp_path):
    report = build(ctx, periods.parse("2026-11"))
    path = tmp_path / "月报.pdf"
    path.write_bytes(monthly_pdf(report, signed(ctx)))
    text = pdf_text(path)
    assert "2026年11月工作月报" in text and "报送单位（盖章）：青山镇社工站" in text
    lines = text.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.strip() == "入户走访户次")
    assert lines[at + 1].split()[-5:] == ["户次", "3", "1", "+200.0%", "4"]  # beside its definition
    assert "站长（负责人）签字" in text and "填报人签字" in text
    assert "近12个月探访率" in text and "结案个案目标达成分布" in text  # the charts' titles


def test_coverage_export_and_print(ctx, story, tmp_path):
    target, changes_made = coverage.export(ctx, 2026, 11, tmp_path / "探访率.xlsx")
    ws = openpyxl.load_workbook(target)["探访率"]
    header = next(r for r in ws.iter_rows(values_only=True) if r[0] == "行政村 / 村民小组")
    assert header[1:] == ("应访户数", "已访户数", "未访户数", "探访率")
    total = next(r for r in ws.iter_rows(values_only=True) if r[0] == "合计")
    assert total[1] >= total[2] >= 1
    assert changes_made.touches("export_log")
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(coverage_pdf(coverage.data(ctx, 2026, 11)))
    text = pdf_text(pdf)
    assert "2026年11月探访率" in text and "合计" in text and "站长（负责人）签字" in text


def test_cli_indicators_json_ledger_and_monthly(ctx, story, data_dir, tmp_path, capsys):
    ctx.close()  # the command opens the database itself
    assert (
        main(["--data-dir", str(data_dir), "report", "indicators", "--month", "2026-11", "--json"])
        == 0
    )
    found = json.loads(capsys.readouterr().out)
    assert found["home_visits"] == {
        "name": "入户走访户次",
        "unit": "户次",
        "value": 3,
        "previous": 1,
    }
    assert (
        found["rate_dibao_tekun"]["value"] == 50.0 and found["rate_dibao_tekun"]["previous"] is None
    )
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "report",
                "ledger",
                "--month",
                "2026-11",
                "--out",
                str(tmp_path / "台账.xlsx"),
            ]
        )
        == 0
    )
    assert "走访台账 3 条" in capsys.readouterr().out
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "report",
                "monthly",
                "--month",
                "2026-11",
                "--out",
                str(tmp_path / "月报.pdf"),
            ]
        )
        == 0
    )
    assert "入户走访户次" in pdf_text(tmp_path / "月报.pdf")
    assert main(["--data-dir", str(data_dir), "report", "indicators", "--month", "2026-13"]) == 2
    assert "2026-11" in capsys.readouterr().err
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "report",
                "definitions",
                "--out",
                str(tmp_path / "d.json"),
            ]
        )
        == 0
    )
    assert (
        json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["indicators"][0]["code"]
        == "home_visits"
    )


@pytest.mark.slow
def test_libreoffice_opens_the_workbook(ctx, story, tmp_path):
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (apt-get install -y libreoffice-calc)")
    export_ledger(ctx, periods.parse("2026-11"), tmp_path / "ledger.xlsx")
    out = tmp_path / "out"
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "--outdir",
            str(out),
            str(tmp_path / "ledger.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    found = {p.name: p.read_text(encoding="utf-8") for p in out.glob("*.csv")}
    summary = next(text for name, text in found.items() if "汇总" in name)
    assert "入户走访户次,户次,3,1,+200.0%,4" in summary
    visits = next(text for name, text in found.items() if "走访台账" in name)
    assert "合计,共 3 条" in visits
