"""The xcb plugin's missing system libraries are named, with their Debian packages, before Qt starts."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app import qt_libs

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f23b2b79000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibweird.so.9 => not found
"""


def test_missing_libraries_are_read_from_ldd_once_each():
    assert qt_libs.missing_from_ldd(LDD) == ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0",
                                             "libweird.so.9")


def test_packages_and_the_message_in_chinese_and_english():
    r = qt_libs.LibCheck(Path("/x/libqxcb.so"), qt_libs.missing_from_ldd(LDD), True)
    assert not r.ok
    assert r.packages == ["libweird.so.9", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
    text = qt_libs.message(r)
    assert "缺少图形界面所需的系统库" in text and "libxcb-icccm.so.4" in text
    assert "sudo apt-get install libweird.so.9 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in text
    assert "Could not load" not in text and "Missing:" in text


def test_only_linux_with_xcb_is_checked():
    assert not qt_libs.wants_xcb({"DISPLAY": ":0"}, "win32")
    assert not qt_libs.wants_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not qt_libs.wants_xcb({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux")
    assert qt_libs.wants_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert qt_libs.wants_xcb({"DISPLAY": ":0"}, "linux")
    assert not qt_libs.wants_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert qt_libs.check({"QT_QPA_PLATFORM": "offscreen"}, "linux").checked is False


def test_check_runs_ldd_on_the_real_plugin():
    seen = []

    def fake_run(cmd, **kw):
        seen.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout=LDD, stderr="")

    r = qt_libs.check({"DISPLAY": ":0"}, "linux", run=fake_run)
    plugin = qt_libs.xcb_plugin()
    assert plugin is not None and plugin.name == "libqxcb.so"  # PySide6's own xcb plugin is found
    assert seen and seen[0][1] == str(plugin)
    assert r.checked and "libxcb-keysyms.so.1" in r.missing


def test_this_machine_matches_ldd():
    """The real check agrees with ldd itself (whatever this machine has installed)."""
    plugin = qt_libs.xcb_plugin()
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    r = qt_libs.check({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert r.checked and set(r.missing) == {ln.split()[0] for ln in out.splitlines() if "not found" in ln}


def test_the_gui_command_stops_with_the_message_before_qt(monkeypatch, capsys):
    from app import cli

    missing = qt_libs.LibCheck(Path("/x/libqxcb.so"), ("libxcb-icccm.so.4",), True)
    monkeypatch.setattr(qt_libs, "check", lambda: missing)
    assert cli.main(["--data-dir", "unused"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert "libxcb-icccm4" in err and "保学的窗口无法打开" in err
