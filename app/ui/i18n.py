"""Translation upkeep: refresh the .ts sources and fill translations from a TSV.

    python -m app.ui.i18n update              # pyside6-lupdate over app/ui → resources/translations/*.ts
    python -m app.ui.i18n fill [FILE.tsv...]  # Context<TAB>English<TAB>中文 lines into baoxue_zh_CN.ts
                                              # (default: every resources/translations/zh_CN/*.tsv)
    python -m app.ui.i18n sync                # update, then fill from every TSV, then check
    python -m app.ui.i18n check               # list zh_CN strings still untranslated (exit 1 if any)

The ``.ts`` files are the source of truth (editable in Qt Linguist); ``make``
builds the ``.qm`` files from them with pyside6-lrelease.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.paths import resource

LANGS = ("zh_CN", "en")


def ts_path(lang: str) -> Path:
    return resource("translations", f"baoxue_{lang}.ts")


def ui_sources() -> list[Path]:
    return sorted(p for p in (Path(__file__).resolve().parent).rglob("*.py") if p.name != "i18n.py")


def qt_tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def update() -> None:
    for lang in LANGS:
        subprocess.run([qt_tool("pyside6-lupdate"), *map(str, ui_sources()), "-no-obsolete", "-source-language", "en",
                        "-target-language", lang, "-ts", str(ts_path(lang))], check=True)


def tsv_files(lang: str = "zh_CN") -> list[Path]:
    return sorted(resource("translations", lang).glob("*.tsv"))


def read_tsv(path: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{n}: expected 3 tab-separated fields, got {len(parts)}")
        context, source, text = parts
        out[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    return out


def fill(tsv_files: list[Path], lang: str = "zh_CN") -> tuple[int, list[tuple[str, str]]]:
    """Put the TSV translations into the .ts; returns (filled, still-missing)."""
    table: dict[tuple[str, str], str] = {}
    for f in tsv_files:
        table.update(read_tsv(f))
    by_source = {}
    for (ctx, src), text in table.items():
        by_source.setdefault(src, text)
    path = ts_path(lang)
    tree = ET.parse(path)
    filled, missing = 0, []
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for msg in context.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            text = table.get((cname, src)) or by_source.get(src)
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
            elif tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append((cname, src))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def build_qm(sources: list[Path], tsvs: list[Path], out_dir: Path, stem: str = "part_zh_CN"
             ) -> tuple[Path, list[tuple[str, str]]]:
    """lupdate ``sources`` into a fresh .ts, fill it from ``tsvs`` by (context, source), lrelease it.

    Returns the .qm and the (context, source) pairs no TSV translates: the tests of each part of
    the UI use it to check that their own TSV is complete and to render that part in Chinese.
    """
    ts = out_dir / f"{stem}.ts"
    subprocess.run([qt_tool("pyside6-lupdate"), *map(str, sources), "-source-language", "en", "-target-language",
                    "zh_CN", "-ts", str(ts)], check=True, capture_output=True)
    table: dict[tuple[str, str], str] = {}
    for f in tsvs:
        table.update(read_tsv(f))
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            text = table.get((name, msg.findtext("source")))
            tr = msg.find("translation")
            if text:
                tr.text = text
                tr.attrib.pop("type", None)
            else:
                missing.append((name, msg.findtext("source")))
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = out_dir / f"{stem}.qm"
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm, missing


def untranslated(lang: str = "zh_CN") -> list[tuple[str, str]]:
    tree = ET.parse(ts_path(lang))
    out = []
    for context in tree.getroot().iter("context"):
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
                if tr is not None and tr.get("type") == "vanished":
                    continue
                out.append((context.findtext("name"), msg.findtext("source")))
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
        return 0
    if argv[0] in ("fill", "sync"):
        if argv[0] == "sync":
            update()
        files = [Path(a) for a in argv[1:]] or tsv_files()
        filled, missing = fill(files)
        print(f"filled {filled}; untranslated {len(missing)}")
        for ctx, src in missing:
            print(f"  {ctx}\t{src}")
        return 1 if (missing and argv[0] == "sync") else 0
    if argv[0] == "check":
        missing = untranslated()
        for ctx, src in missing:
            print(f"{ctx}\t{src}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
