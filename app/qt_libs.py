"""Does this Linux desktop have the system libraries Qt's window plugin (xcb) needs?

On a fresh Debian/Ubuntu machine Qt stops with "Could not load the Qt platform plugin xcb"
and no word about what is missing. ``ldd`` of the plugin is the source of truth: every
library it reports "not found" is named, with the Debian package that provides it, before
the window is created (no Qt import here: this runs before Qt is loaded).

    python -m app.qt_libs            # a report; exit 1 when something is missing
    python -m app.qt_libs --packages # only the Debian package names (for `make qtdeps`)
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

#: the libraries the xcb plugin (and Qt's GUI libraries behind it) load → the Debian package
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


@dataclass(frozen=True)
class LibCheck:
    plugin: Path | None
    missing: tuple[str, ...]  # library file names ldd could not find
    checked: bool  # False: not Linux, another platform plugin chosen, or no ldd

    @property
    def ok(self) -> bool:
        return not self.missing

    @property
    def packages(self) -> list[str]:
        """The Debian packages to install (unknown libraries are named as they are)."""
        return sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in self.missing})


def missing_from_ldd(ldd_output: str) -> tuple[str, ...]:
    """The libraries ``ldd`` reports "not found", each once, in order."""
    return tuple(dict.fromkeys(_NOT_FOUND.findall(ldd_output)))


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin of the PySide6 in use (the frozen bundle's own when frozen)."""
    bases: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        bases.append(Path(frozen) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        bases += [Path(p) for p in spec.submodule_search_locations]
    for base in bases:
        for candidate in (base / "Qt" / "plugins" / "platforms" / "libqxcb.so",
                          base / "plugins" / "platforms" / "libqxcb.so"):
            if candidate.is_file():
                return candidate
    return None


def wants_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Qt would use xcb: Linux, no other platform plugin asked for, an X display (or none at all)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen:
        return chosen == "xcb"
    return not environ.get("WAYLAND_DISPLAY") or bool(environ.get("DISPLAY"))


def check(environ=os.environ, platform: str = sys.platform, run=subprocess.run) -> LibCheck:
    if not wants_xcb(environ, platform):
        return LibCheck(None, (), False)
    plugin = xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return LibCheck(plugin, (), False)
    try:
        out = run([ldd, str(plugin)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return LibCheck(plugin, (), False)
    return LibCheck(plugin, missing_from_ldd(out), True)


def message(result: LibCheck) -> str:
    """What to tell the user (Chinese first, then English) when libraries are missing."""
    libs = ", ".join(result.missing)
    install = "sudo apt-get install " + " ".join(result.packages)
    return (
        "保学的窗口无法打开:这台电脑缺少图形界面所需的系统库。\n"
        f"缺少:{libs}\n"
        f"请让管理员安装(Debian/Ubuntu):\n  {install}\n"
        "(在源码目录里运行 make run 会自动安装。)\n\n"
        "Baoxue cannot open its window: this computer lacks system libraries that Qt's xcb plugin needs.\n"
        f"Missing: {libs}\n"
        f"Install them (Debian/Ubuntu) with:\n  {install}\n"
    )


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    result = check()
    if "--packages" in args:
        if result.missing:
            print(" ".join(result.packages))
        return 0
    if not result.checked:
        print("not checked (not Linux/xcb, or no ldd, or no PySide6 xcb plugin)")
        return 0
    if result.ok:
        print(f"ok: every library of {result.plugin} is found")
        return 0
    print(message(result))
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
