"""The column memory of the roster import: a column the user said what it is, once imported, is mapped the
same way in the next file with the same header; audited; an unknown column stops the import until decided."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlmodel import select

from app.cli import main
from app.data.models import AuditEntry, Guardian, Setting, Student
from app.students import column_memory, roster_import
from tests.conftest import TODAY
from tests.students.test_roster_national import NATIONAL, national_row

#: a header the program does not know (a county's own spreadsheet) and one it keeps out
HEADERS = [h if h != "成员1联系电话" else "家长手机" for h in NATIONAL] + ["家长QQ"]


def write(path: Path, rows: list[dict], headers: list[str] = HEADERS) -> Path:
    with open(path, "w", encoding="gb18030", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for r in rows:
            w.writerow([r.get("成员1联系电话" if h == "家长手机" else h, "12345" if h == "家长QQ" else "")
                        for h in headers])
    return path


def _memory(db) -> dict:
    with db.session() as s:
        return column_memory.remembered(s)


def test_an_unknown_column_stops_the_import_until_the_user_says_what_it_is(school_db, tmp_path):
    reg = school_db.actors["reg"]
    path = write(tmp_path / "县表.csv", [national_row(1)])
    plan, result = roster_import.import_roster(school_db, reg, path, today=TODAY)
    assert result is None
    unknown = [c for c in plan.columns if c.unknown]
    assert [c.header for c in unknown] == ["家长手机", "家长QQ"]
    assert {(e.row, e.column) for e in plan.errors} == {(1, "家长手机"), (1, "家长QQ")}
    assert all("不认识的列" in e.reason and "--map" in e.reason for e in plan.errors)
    with school_db.session() as s:
        assert s.exec(select(Student)).all() == []

    # the user's choice: 家长手机 is the first family member's phone, 家长QQ is not imported
    choice = {"家长手机": "监护人1电话", "家长QQ": None}
    plan, result = roster_import.import_roster(school_db, reg, path, today=TODAY, mapping=choice)
    assert plan.ok, plan.errors
    assert result.created == 1
    uses = {c.header: c for c in plan.columns}
    assert (uses["家长手机"].target, uses["家长手机"].source) == ("监护人1电话", "chosen")
    assert uses["家长QQ"].ignored and uses["家长QQ"].source == "chosen" and uses["家长QQ"].note
    with school_db.session() as s:
        kid = s.exec(select(Student)).one()
        assert s.exec(select(Guardian).where(Guardian.student_id == kid.id, Guardian.sort_order == 0)).one().phone \
            == "13700001111"
        entry = s.exec(select(AuditEntry).where(AuditEntry.action == "roster.columns")).one()
        assert entry.after["mapping"] == choice and entry.username == "reg" and "家长手机 → 监护人1电话" in entry.summary
    assert list(_memory(school_db).values()) == [choice]


def test_the_next_file_with_the_same_header_is_mapped_the_same_way(school_db, tmp_path):
    reg = school_db.actors["reg"]
    choice = {"家长手机": "监护人1电话", "家长QQ": None}
    roster_import.import_roster(school_db, reg, write(tmp_path / "九月.csv", [national_row(1)]), today=TODAY, mapping=choice)
    plan, result = roster_import.import_roster(school_db, reg, write(tmp_path / "十月.csv", [national_row(2)]), today=TODAY)
    assert plan.ok, plan.errors
    assert plan.mapping == choice and plan.mapping_source == "remembered" and not plan.mapping_chosen
    assert {c.header: c.source for c in plan.columns}["家长手机"] == "remembered"
    assert any("按上次导入时的选择" in str(w) for w in plan.warnings)
    with school_db.session() as s:
        assert len(s.exec(select(AuditEntry).where(AuditEntry.action == "roster.columns")).all()) == 1
    # another layout (one column more) is not mapped by that memory
    other = write(tmp_path / "别的表.csv", [national_row(3)], HEADERS + ["备用"])
    plan, _ = roster_import.import_roster(school_db, reg, other, today=TODAY, dry_run=True)
    assert {c.header for c in plan.columns if c.unknown} == {"家长手机", "家长QQ", "备用"}


def test_a_choice_is_kept_only_when_the_file_is_imported_and_can_be_changed_or_undone(school_db, tmp_path):
    reg = school_db.actors["reg"]
    path = write(tmp_path / "表.csv", [national_row(1)])
    roster_import.import_roster(school_db, reg, path, today=TODAY, dry_run=True, mapping={"家长手机": "联系电话",
                                                                                  "家长QQ": None})
    assert _memory(school_db) == {}, "a dry run remembers nothing"
    roster_import.import_roster(school_db, reg, path, today=TODAY, mapping={"家长手机": "联系电话", "家长QQ": None})
    # changed: the phone was the guardian's after all
    roster_import.import_roster(school_db, reg, path, today=TODAY, mapping={"家长手机": "监护人1电话", "家长QQ": None})
    assert list(_memory(school_db).values()) == [{"家长手机": "监护人1电话", "家长QQ": None}]
    # a column the program knows, mapped elsewhere, is remembered too; choosing what it does itself is no choice
    plan, _ = roster_import.import_roster(school_db, reg, path, today=TODAY, dry_run=True,
                                   mapping={"家长手机": "监护人1电话", "家长QQ": None, "现住址": "家庭住址"})
    assert plan.mapping == {"家长手机": "监护人1电话", "家长QQ": None}
    # undone ({}): the unknown columns are unknown again, so nothing is imported and the memory stays
    plan, result = roster_import.import_roster(school_db, reg, path, today=TODAY, mapping={})
    assert result is None and {e.column for e in plan.errors} == {"家长手机", "家长QQ"}
    assert _memory(school_db)


def test_a_choice_naming_no_template_column_or_two_columns_for_one(school_db, tmp_path):
    reg = school_db.actors["reg"]
    path = write(tmp_path / "表.csv", [national_row(1)])
    plan, _ = roster_import.import_roster(school_db, reg, path, today=TODAY, dry_run=True,
                                   mapping={"家长手机": "手机", "家长QQ": None})
    assert any(e.column == "家长手机" and "不是模板中的列" in e.reason for e in plan.errors)
    plan, _ = roster_import.import_roster(school_db, reg, path, today=TODAY, dry_run=True,
                                   mapping={"家长手机": "联系电话", "家长QQ": None})  # 联系电话 is there already
    [twice] = [e for e in plan.errors if "都对应到" in e.reason]
    assert twice.row == 1 and "联系电话" in twice.reason and plan.creates == []


def test_the_command_line_says_what_a_column_is(school_db, paths, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BAOXUE_PASSWORD", "registrar-pass")
    path = write(tmp_path / "县表.csv", [national_row(1)])
    base = ["roster", "import", str(path), "--data-dir", str(paths.root), "--user", "reg"]
    assert main(base) != 0
    out = capsys.readouterr().out
    assert "家长手机" in out and "不认识的列" in out
    assert main(base + ["--map", "家长手机=监护人1电话", "--map", "家长QQ="]) == 0
    out = capsys.readouterr().out
    assert "家长QQ" in out and "不导入" in out  # the columns not imported are listed
    with school_db.session() as s:
        assert s.exec(select(Setting).where(Setting.key.startswith(column_memory.PREFIX))).one()
    # the next run needs no --map
    path2 = write(tmp_path / "县表2.csv", [national_row(2)])
    assert main(["roster", "import", str(path2), "--data-dir", str(paths.root), "--user", "reg"]) == 0
