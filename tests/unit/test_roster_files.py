"""Roster files of every kind the stations have (.xls, GBK and UTF-8 csv) and the ones that cannot
be imported: each gets a clear Chinese message, never a traceback."""

from __future__ import annotations

import json

import pytest
import xlsxwriter

from desktop.cli import main
from desktop.core.roster import mappings, reading
from desktop.core.roster.plan import Options, make_plan
from desktop.core.roster.reading import RosterError
from desktop.core.tasks import TaskState
from tests.unit import roster_files as rf


def counts(ctx, path, **options):
    opened = mappings.open_roster(ctx, path)
    return make_plan(ctx, opened.table, opened.header, opened.mapping, Options(**options)).counts


def test_a_real_xls_file_is_read(ctx, tmp_path):
    path = rf.write_xls(tmp_path / "特困.xls")
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE2 (BIFF8) file
    opened = mappings.open_roster(ctx, path)
    assert opened.table.sheet == "特困人员" and opened.header.first_row == 1
    c = counts(ctx, path)
    assert (c["created_households"], c["added_members"], c["repeated"], c["errors"]) == (7, 1, 1, 4)


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_gbk_and_utf8(ctx, tmp_path, encoding):
    path = rf.write_csv(tmp_path / "低保.csv", encoding=encoding)
    opened = mappings.open_roster(ctx, path)
    assert opened.header.headings[2] == "姓名"
    names = [opened.table.cells[i][2] for i in range(2, 5)]
    assert names == ["张三", "李四花", "王 五"]
    c = counts(ctx, path)
    assert c["created_households"] == 7 and c["errors"] == 4


def test_csv_id_that_excel_cut_to_000_is_named_as_that(ctx, tmp_path):
    path = rf.write_csv(tmp_path / "低保.csv")
    opened = mappings.open_roster(ctx, path)
    plan = make_plan(ctx, opened.table, opened.header, opened.mapping, Options())
    zhao = next(a for a in plan.actions if a.row.person.name == "赵六")
    assert [p.code for p in zhao.row.problems] == ["roster.id_excel_000"]
    assert zhao.row.problems[0].params["shown"].endswith("000")


def test_password_protected_workbook(tmp_path):
    # What Excel writes for a workbook with an open password: an OLE2 container whose directory
    # names the EncryptedPackage stream (instead of a zip of XML parts).
    path = tmp_path / "加密.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 504
        + "EncryptedPackage".encode("utf-16-le")
        + b"\0" * 2048
    )
    with pytest.raises(RosterError) as err:
        reading.read(path)
    assert err.value.code == "roster.password" and "密码" in err.value.message


@pytest.mark.parametrize(
    "name, content, code",
    [
        ("坏.xlsx", b"PK\x03\x04 not really a workbook", "roster.unreadable"),
        ("坏.xls", b"\x00\x01 garbage" * 40, "roster.unreadable"),
        ("名册.docx", b"whatever", "roster.file_type"),
        ("乱码.csv", bytes(range(128, 256)) * 4, "roster.encoding"),
    ],
)
def test_unreadable_files(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RosterError) as err:
        reading.read(path)
    assert err.value.code == code


def test_missing_file_and_sheet(tmp_path):
    with pytest.raises(RosterError) as err:
        reading.read(tmp_path / "没有.xlsx")
    assert err.value.code == "roster.file_missing"
    path = rf.write_xlsx(tmp_path / "r.xlsx")
    with pytest.raises(RosterError) as err:
        reading.read(path, "不存在")
    assert err.value.code == "roster.sheet" and "低保名册" in err.value.message


def test_a_sheet_without_a_header(ctx, tmp_path):
    path = tmp_path / "无表头.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Sheet1")
    for r in range(5):
        sheet.write_row(r, 0, ["张三", "433127195003010011", "青山村"])
    book.close()
    with pytest.raises(RosterError) as err:
        mappings.open_roster(ctx, path)
    assert err.value.code == "roster.no_header" and "Sheet1" in err.value.message


def test_an_empty_sheet(tmp_path):
    path = tmp_path / "空.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("空表")
    book.close()
    with pytest.raises(RosterError) as err:
        reading.read(path)
    assert err.value.code == "roster.empty"


def test_100000_rows_report_progress_and_cancel_rolls_back(ctx, tmp_path):
    rows = [
        [
            i,
            f"户主{i}",
            f"户主{i}",
            "男",
            rf.make_id(rf.dt.date(1950, 1, 1) + rf.dt.timedelta(days=i % 9000), i % 1000, True),
            "户主",
            "",
            "青山村",
            "一组",
            "",
            "",
        ]
        for i in range(100_000)
    ]
    path = rf.write_csv(tmp_path / "大名册.csv", rows, encoding="utf-8")
    opened = mappings.open_roster(ctx, path)
    seen: list[tuple[int, int]] = []

    class State(TaskState):
        def progress(self, done, total):
            seen.append((done, total))
            if done > 50_000:
                self.cancel_requested = True
            super().progress(done, total)

    from desktop.core.tasks import Cancelled

    with pytest.raises(Cancelled):
        make_plan(ctx, opened.table, opened.header, opened.mapping, Options(), State())
    assert len(seen) > 50 and seen[-1][1] == 200_000


def test_cli_json_dry_run_then_import(data_dir, tmp_path, capsys):
    path = rf.write_xlsx(tmp_path / "r.xlsx")
    errors = tmp_path / "错误.xlsx"
    args = [
        "--data-dir",
        str(data_dir),
        "import",
        "roster",
        str(path),
        "--tag",
        "低保对象",
        "--roster-date",
        "2026-11",
        "--mapping",
        "县民政局低保名册",
        "--json",
    ]
    assert main([*args, "--dry-run", "--errors", str(errors)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {
        k: out[k]
        for k in (
            "created_households",
            "added_members",
            "updated",
            "tagged",
            "errors",
            "missing_from_roster",
            "unchanged",
        )
    } == {
        "created_households": 7,
        "added_members": 1,
        "updated": 0,
        "tagged": 0,
        "errors": 4,
        "missing_from_roster": 0,
        "unchanged": 0,
    }
    assert errors.is_file()
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["import_id"] and first["created_households"] == 7
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert (
        second["import_id"] is None
        and second["created_households"] == 0
        and second["unchanged"] == 8
        and second["candidates"] == 0
    )
    assert main(["--data-dir", str(data_dir), "import", "undo", first["import_id"]]) == 0
    assert "已撤销" in capsys.readouterr().out


def test_cli_bad_file_is_a_message_not_a_traceback(data_dir, tmp_path, capsys):
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    assert main(["--data-dir", str(data_dir), "import", "roster", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "无法读取" in err and "Traceback" not in err
    assert (
        main(["--data-dir", str(data_dir), "import", "roster", str(bad), "--roster-date", "11月"])
        == 2
    )
