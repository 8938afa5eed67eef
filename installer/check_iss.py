"""Checks of installer/baoxue.iss and its Chinese language file that need no Windows.

    python installer/check_iss.py            # after `make dist`: every [Files] source is there too

- the script's sections are known Inno Setup sections, each entry line well-formed
  (``Name: "value"; ...`` parameters), and ``[Setup]`` has a fixed AppId;
- ``installer/build/version.iss`` defines the package's version (app.__version__);
- every language file exists (``compiler:`` ones are Inno Setup's own);
- every ``[Files]`` source exists (a wildcard source must match at least one file);
- the icon and the licence files it names exist;
- the Chinese .isl translates every message of the English Default.isl (when Inno Setup's files
  are at hand: ``make installer-check`` fetches them) and keeps each message's placeholders.

Compiling for real is `make installer-check` (Inno Setup's ISCC.exe run through wine).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "baoxue.iss"
ISL = ROOT / "installer" / "languages" / "ChineseSimplified.isl"
INNO_DIR = ROOT / "build" / "innosetup" / "package" / "bin"  # `make installer-tools`

SECTIONS = {"Setup", "Languages", "CustomMessages", "Messages", "LangOptions", "Tasks", "Types", "Components",
            "Dirs", "Files", "Icons", "INI", "InstallDelete", "Registry", "Run", "UninstallDelete",
            "UninstallRun", "Code"}
_PARAM = re.compile(r'\s*(\w+)\s*:\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)')
_PLACEHOLDER = re.compile(r"%\d|%n|\[\w+(?:/\w+)?\]")


@dataclass
class Script:
    sections: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    defines: dict[str, str] = field(default_factory=dict)
    includes: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)


def parse(path: Path = ISS) -> Script:
    """Sections with their (line number, line) entries; preprocessor #define and #include."""
    script = Script()
    current = None
    for no, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = raw.strip()
        if not line or (line.startswith(";") and current != "Code"):
            continue
        if line.startswith("#"):
            m = re.match(r'#define\s+(\w+)\s+"([^"]*)"', line)
            if m:
                script.defines[m.group(1)] = m.group(2)
            m = re.match(r'#include\s+"([^"]+)"', line)
            if m:
                script.includes.append(m.group(1))
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            script.order.append(current)
            script.sections.setdefault(current, [])
            continue
        if current is None:
            raise ValueError(f"{path.name}:{no}: a line outside any section: {raw}")
        script.sections[current].append((no, line))
    return script


def entry_params(line: str) -> dict[str, str]:
    """``Name: "x"; Flags: a b`` → {"Name": "x", "Flags": "a b"}; raises on a malformed entry."""
    params: dict[str, str] = {}
    pos = 0
    while pos < len(line):
        m = _PARAM.match(line, pos)
        if not m or m.end() == pos:
            raise ValueError(f"malformed entry at column {pos + 1}: {line}")
        value = m.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        params[m.group(1)] = value
        pos = m.end()
    return params


def setup_directives(script: Script) -> dict[str, str]:
    out = {}
    for _no, line in script.sections.get("Setup", []):
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip()
    return out


def isl_messages(path: Path) -> dict[str, str]:
    """name → text of the [Messages] and [CustomMessages] of a language file."""
    out: dict[str, str] = {}
    section = None
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            section = m.group(1)
            continue
        if section in ("Messages", "CustomMessages") and "=" in line:
            key, _, value = line.partition("=")
            out[key] = value
    return out


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problems(with_dist: bool = True, root: Path = ROOT) -> list[str]:
    """Everything wrong with the script (an empty list: all good)."""
    issues: list[str] = []
    iss = root / "installer" / "baoxue.iss"
    script = parse(iss)
    base = iss.parent
    for name in script.order:
        if name not in SECTIONS:
            issues.append(f"unknown section [{name}]")
    for name in ("Setup", "Languages", "Files", "Icons"):
        if name not in script.sections:
            issues.append(f"no [{name}] section")
    for name, entries in script.sections.items():
        if name in ("Setup", "Code", "CustomMessages", "Messages", "LangOptions"):
            continue
        for no, line in entries:
            try:
                params = entry_params(line)
            except ValueError as exc:
                issues.append(f"line {no}: {exc}")
                continue
            if "Name" not in params and "Source" not in params and "Filename" not in params:
                issues.append(f"line {no}: an entry without Name/Source/Filename")
    setup = setup_directives(script)
    if not re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup.get("AppId", "")):
        issues.append(f"AppId is not a fixed GUID: {setup.get('AppId')!r}")
    if setup.get("AppVersion") != "{#AppVersion}":
        issues.append("AppVersion does not come from the package (#AppVersion)")
    # the generated version include
    sys.path.insert(0, str(root))
    from app import __version__

    for inc in script.includes:
        path = base / inc.replace("\\", "/")
        if not path.is_file():
            issues.append(f"#include {inc}: missing (run installer/build_assets.py)")
            continue
        m = re.search(r'#define\s+AppVersion\s+"([^"]+)"', path.read_text(encoding="utf-8"))
        if not m or m.group(1) != __version__:
            issues.append(f"{inc} says version {m.group(1) if m else None}, the package is {__version__}")
    icon = setup.get("SetupIconFile")
    if icon and not (base / icon.replace("\\", "/")).is_file():
        issues.append(f"SetupIconFile {icon} missing (run installer/build_assets.py)")
    for no, line in script.sections.get("Languages", []):
        f = entry_params(line).get("MessagesFile", "")
        if not f.startswith("compiler:") and not (base / f.replace("\\", "/")).is_file():
            issues.append(f"line {no}: language file {f} missing")
    for no, line in script.sections.get("Files", []):
        src = entry_params(line)["Source"].replace("{#DistDir}", script.defines.get("DistDir", ""))
        if src.startswith("..\\dist\\") and not with_dist:
            continue
        pattern = src.replace("\\", "/")
        folder, _, leaf = pattern.rpartition("/")
        matches = list((base / folder).glob(leaf)) if "*" in leaf else [base / pattern]
        if not any(p.exists() for p in matches):
            issues.append(f"line {no}: [Files] Source {src} matches nothing")
    if with_dist:
        for exe in ("baoxue.exe", "baoxue-cli.exe") if sys.platform == "win32" else ("baoxue", "baoxue-cli"):
            if not (root / "dist" / "baoxue" / exe).is_file():
                issues.append(f"dist/baoxue/{exe} missing (the [Icons] point at it)")
    issues += isl_problems(root / "installer" / "languages" / "ChineseSimplified.isl")
    return issues


def isl_problems(isl: Path, default: Path | None = None) -> list[str]:
    issues = []
    chinese = isl_messages(isl)
    if not isl.read_bytes().startswith(b"\xef\xbb\xbf"):
        issues.append(f"{isl.name}: not UTF-8 with a BOM (Inno Setup reads it as ANSI otherwise)")
    default = default or INNO_DIR / "Default.isl"
    if default.is_file():
        english = isl_messages(default)
        for key in sorted(set(english) - set(chinese)):
            issues.append(f"{isl.name}: message {key} not translated")
        for key in sorted(set(chinese) & set(english)):
            if placeholders(chinese[key]) != placeholders(english[key]):
                issues.append(f"{isl.name}: {key} changes the placeholders {placeholders(english[key])}"
                              f" → {placeholders(chinese[key])}")
            if ("&" in english[key]) != ("&" in chinese[key]):
                issues.append(f"{isl.name}: {key} loses or adds the access key (&)")
    return issues


if __name__ == "__main__":
    found = problems(with_dist="--no-dist" not in sys.argv)
    for p in found:
        print(p)
    print(f"{ISS.name}: {'OK' if not found else f'{len(found)} problem(s)'}"
          + ("" if (INNO_DIR / "Default.isl").is_file() else " (Default.isl not at hand: run make installer-tools)"))
    sys.exit(1 if found else 0)
