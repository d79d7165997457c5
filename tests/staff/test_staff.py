"""Staff accounts: only scrypt hashes, the first admin, log-in, the growing wait after wrong passwords."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.audit import Actor, verify_chain
from station_app.audit.log import entries_for
from station_app.db import close_database, open_database
from station_app.db.models import AuditEntry, Staff
from station_app.errors import PermissionDenied, ValidationFailed
from station_app.staff import accounts
from station_app.staff.accounts import LoginFailed, create_first_admin, create_staff, log_in

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture
def admin(station_db):
    return create_first_admin("王站长", "zhanzhang-2026")


def test_passwords_are_stored_only_as_scrypt_hashes(admin):
    row = Staff.get(Staff.id == admin.id)
    assert row.password_hash.startswith("scrypt$") and "zhanzhang-2026" not in row.password_hash
    for entry in AuditEntry.select():
        assert "zhanzhang-2026" not in (entry.after or "") + (entry.before or "")


def test_the_first_admin_is_made_once(admin):
    assert admin.role == "admin" and accounts.has_staff()
    with pytest.raises(ValueError, match="已有工作人员账号"):
        create_first_admin("冒名者", "whatever-123")
    assert [e["action"] for e in entries_for("staff", admin.id)] == ["staff.create"]


def test_short_passwords_and_duplicate_names_are_refused(admin):
    with pytest.raises(ValidationFailed) as info:
        create_staff("王站长", "operator", "123", admin.actor())
    assert {e.field for e in info.value.errors} == {"name", "password"}


def test_log_in_with_the_right_password_and_audit(admin):
    who = log_in(" 王站长 ", "zhanzhang-2026", now=T0)
    assert who.name == "王站长" and who.is_admin and who.last_login_at
    actor = who.actor()
    assert actor.role == "admin" and actor.via == "gui" and str(actor) == "王站长"
    assert entries_for("staff", admin.id)[-1]["action"] == "staff.login"


def test_wrong_passwords_make_the_account_wait_longer_each_time_and_restart_does_not_reset(admin, station_db):
    for n in range(1, 5):
        with pytest.raises(LoginFailed, match=f"再错 {5 - n} 次") as info:
            log_in("王站长", "wrong", now=T0)
        assert info.value.wait_seconds == 0
    with pytest.raises(LoginFailed, match="1 分钟") as info:
        log_in("王站长", "wrong", now=T0)
    assert info.value.wait_seconds == 60
    # restarting the program does not reset the count
    close_database()
    open_database(station_db)
    with pytest.raises(LoginFailed, match="过多") as info:  # even the right password waits
        log_in("王站长", "zhanzhang-2026", now=T0 + dt.timedelta(seconds=30))
    assert info.value.wait_seconds == 30
    assert accounts.wait_seconds("王站长", now=T0 + dt.timedelta(seconds=30)) == 30
    with pytest.raises(LoginFailed) as info:  # the 6th wrong one: two minutes
        log_in("王站长", "wrong", now=T0 + dt.timedelta(seconds=61))
    assert info.value.wait_seconds == 120
    with pytest.raises(LoginFailed):
        log_in("王站长", "zhanzhang-2026", now=T0 + dt.timedelta(seconds=61 + 119))
    assert log_in("王站长", "zhanzhang-2026", now=T0 + dt.timedelta(seconds=61 + 121)).name == "王站长"
    row = Staff.get(Staff.id == admin.id)
    assert row.failed_attempts == 0 and row.locked_until is None
    actions = [e["action"] for e in entries_for("staff", admin.id)]
    assert actions.count("staff.login_failed") == 6 and actions[-1] == "staff.login"
    assert verify_chain() == []


def test_the_wait_is_capped():
    assert accounts._wait_after(4) == 0
    assert accounts._wait_after(5) == 60
    assert accounts._wait_after(7) == 240
    assert accounts._wait_after(40) == accounts.MAX_WAIT


def test_unknown_names_and_disabled_accounts_cannot_log_in(admin):
    zhao = create_staff("赵值班", "operator", "zhiban-123", admin.actor())
    assert log_in("赵值班", "zhiban-123").role == "operator"
    accounts.set_active(zhao.id, False, admin.actor())
    with pytest.raises(LoginFailed, match="停用"):
        log_in("赵值班", "zhiban-123")
    with pytest.raises(LoginFailed, match="姓名或密码不对"):
        log_in("没有这个人", "zhiban-123")
    assert accounts.active_names() == ["王站长"]


def test_operators_cannot_manage_staff(admin):
    zhao = create_staff("赵值班", "operator", "zhiban-123", admin.actor())
    op = zhao.actor()
    with pytest.raises(PermissionDenied, match="只有站长"):
        create_staff("钱值班", "operator", "zhiban-456", op)
    with pytest.raises(PermissionDenied):
        accounts.set_active(admin.id, False, op)
    with pytest.raises(PermissionDenied):
        accounts.set_role(zhao.id, "admin", op)
    with pytest.raises(PermissionDenied):
        accounts.change_password(admin.id, "taken-over-1", op)
    assert log_in("王站长", "zhanzhang-2026").is_admin


def test_the_last_admin_cannot_be_disabled_or_demoted(admin):
    with pytest.raises(ValueError, match="最后一个站长"):
        accounts.set_active(admin.id, False, admin.actor())
    with pytest.raises(ValueError, match="最后一个站长"):
        accounts.set_role(admin.id, "operator", admin.actor())


def test_changing_a_password(admin):
    zhao = create_staff("赵值班", "operator", "zhiban-123", admin.actor())
    with pytest.raises(ValidationFailed, match="原密码"):
        accounts.change_password(zhao.id, "new-pass-1", zhao.actor(), old_password="wrong")
    accounts.change_password(zhao.id, "new-pass-1", zhao.actor(), old_password="zhiban-123")
    assert log_in("赵值班", "new-pass-1").name == "赵值班"
    accounts.change_password(zhao.id, "reset-by-admin", admin.actor())  # an admin resets a forgotten one
    assert log_in("赵值班", "reset-by-admin").name == "赵值班"
    with pytest.raises(LoginFailed):
        log_in("赵值班", "new-pass-1")


def test_the_command_line_actor_is_an_admin_named_as_command_line():
    from station_app.cli_support import cli_actor

    actor = cli_actor()
    assert actor.role == "admin" and actor.via == "cli" and str(actor).endswith("（命令行）")


def test_an_actor_without_a_role_is_an_operator():
    assert Actor("某人").role == "operator" and not Actor("某人").is_admin


def test_command_line_staff_accounts_and_the_way_back_in_for_a_forgotten_admin_password(tmp_path, monkeypatch,
                                                                                         capsys):
    import io

    from station_app.__main__ import main as run

    folder = str(tmp_path / "s")

    def staff(*args, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return run(["--data-dir", folder, "staff", *args])

    assert staff("add", "王站长", "--role", "admin", "--password-stdin", stdin="zhanzhang-1\n") == 0
    assert staff("add", "李值班", "--password-stdin", stdin="abc\n") == 1
    assert "至少 6 个字符" in capsys.readouterr().err
    assert staff("list") == 0
    assert "王站长\t站长\t启用" in capsys.readouterr().out
    open_database(tmp_path / "s")
    try:
        for _ in range(5):
            with pytest.raises(LoginFailed):
                log_in("王站长", "forgotten")
    finally:
        close_database()
    assert staff("reset-password", "王站长", "--password-stdin", stdin="new-pass-1\n") == 0
    assert staff("disable", "王站长") == 1 and "最后一个站长" in capsys.readouterr().err
    assert staff("disable", "无此人") == 1
    open_database(tmp_path / "s")
    try:
        assert log_in("王站长", "new-pass-1").is_admin
        by_action = {e["action"]: e["actor"] for e in entries_for("staff", 1)}
        assert by_action["staff.create"].endswith("（命令行）") and by_action["staff.password"].endswith("（命令行）")
    finally:
        close_database()
