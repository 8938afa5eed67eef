"""The user guide for teachers (使用说明): its topics, and its pages built from Markdown text.

The text is written in Markdown, one file per topic, in ``resources/guide/zh_CN/<topic>.md``
(committed). ``make guide`` takes the screenshots from the real windows
(:mod:`app.ui.guide_shots`) and then builds the pages here: one HTML page per topic plus a table
of contents, with the screenshots reduced to 256-colour PNGs, into
``resources/guide/zh_CN/html/`` — committed and shipped, so F1 works in a source checkout, an
installed wheel and the frozen program alike (the program needs neither Markdown nor the demo
school to show the guide).

::

    python -m app.guide pages              the pages again from the text (keeps the images)
    python -m app.guide build --shots DIR  the pages and the images from fresh screenshots in DIR
    python -m app.guide check              stale pages, missing or unused images (also a test)

A topic is named by its file stem (``roll-call``), optionally with a heading's id
(``first-start#accounts``, written ``## 账号 {#accounts}`` in the text); windows declare the topic
their F1 opens (``guide_topic``). The pages are plain HTML with relative links and images, for
Qt's QTextBrowser and any browser.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from app.paths import resource

LANG = "zh_CN"
GUIDE_TITLE = "保学使用说明"
IMAGES = "images"
#: colours kept in a screenshot of the guide (palette PNG, a third of the size of a full-colour one)
PALETTE_COLOURS = 256


@dataclass(frozen=True)
class Topic:
    key: str  # the file stem of its text and page
    title: str


TOPICS: tuple[Topic, ...] = (
    Topic("install", "安装"),
    Topic("first-start", "第一次启动"),
    Topic("roll-call", "每天点名"),
    Topic("leave", "请假"),
    Topic("case", "从预警到返校的个案"),
    Topic("approvals", "审批"),
    Topic("mentors", "导师帮扶"),
    Topic("printing", "打印承诺书和返校材料"),
    Topic("county", "导出给县里"),
    Topic("backup", "备份与恢复"),
)
TOPIC_KEYS = tuple(t.key for t in TOPICS)
INDEX = "index"


class GuideError(Exception):
    """The guide cannot be built: the message names the file and what is wrong."""


def source_dir(lang: str = LANG) -> Path:
    return resource("guide", lang)


def pages_dir(lang: str = LANG) -> Path:
    """Where the built pages are (shipped with the program)."""
    return resource("guide", lang, "html")


def split_topic(topic: str) -> tuple[str, str]:
    """``"first-start#accounts"`` → ``("first-start", "accounts")``; an unknown topic → the table of contents."""
    key, _, anchor = (topic or "").partition("#")
    return (key, anchor) if key in TOPIC_KEYS else (INDEX, "")


def page_path(topic: str, lang: str = LANG) -> tuple[Path, str]:
    """The built page of ``topic`` and the anchor inside it ("" for the top)."""
    key, anchor = split_topic(topic)
    return pages_dir(lang) / f"{key}.html", anchor


# --- building the pages ---------------------------------------------------------------------------

STYLESHEET = "guide.css"
_STYLE = """
body { font-family: "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; font-size: 12pt; line-height: 1.6;
       max-width: 1000px; margin: 0 auto; padding: 0 12px; color: #222222; }
h1 { font-size: 20pt; color: #1f4e79; border-bottom: 2px solid #1f4e79; }
h2 { font-size: 15pt; color: #1f4e79; margin-top: 24px; }
h3 { font-size: 13pt; }
img { max-width: 100%; border: 1px solid #999999; }
p.nav { color: #666666; font-size: 10.5pt; }
code { background: #f2f2f2; font-family: Consolas, "DejaVu Sans Mono", monospace; }
pre { background: #f2f2f2; padding: 6px; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbbbbb; padding: 3px 8px; }
th { background: #e8eef5; }
kbd { background: #eeeeee; border: 1px solid #bbbbbb; padding: 0 4px; }
"""

# a line break inside a Chinese paragraph is not a space (Markdown keeps it; a browser shows it as one)
_CJK = "\u2e80-\u9fff\u3000-\u303f\uff00-\uffef\u201c\u201d"
_CJK_BREAK = re.compile(f"(?<=[{_CJK}])\n(?=[{_CJK}<(`*])|(?<=[>)`*])\n(?=[{_CJK}])")
_IMG = re.compile(r'<img\b[^>]*\bsrc="([^"]+)"')
_ID = re.compile(r'\bid="([^"]+)"')


def _page(title: str, body: str, nav: str, source: str) -> str:
    return (
        "<!DOCTYPE html>\n"
        f"<!-- built by `make guide` from resources/guide/{LANG}/{source}; edit the text there, not this file -->\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)} \u2014 {GUIDE_TITLE}</title>\n"
        f'<link rel="stylesheet" type="text/css" href="{STYLESHEET}">\n</head>\n<body>\n'
        f'<p class="nav">{nav}</p>\n{body}\n<p class="nav">{nav}</p>\n</body>\n</html>\n')


def _nav(n: int) -> str:
    parts = [f'<a href="{INDEX}.html">目录</a>']
    if n > 0:
        prev = TOPICS[n - 1]
        parts.append(f'上一章:<a href="{prev.key}.html">{html.escape(prev.title)}</a>')
    if n + 1 < len(TOPICS):
        nxt = TOPICS[n + 1]
        parts.append(f'下一章:<a href="{nxt.key}.html">{html.escape(nxt.title)}</a>')
    return " \u00b7 ".join(parts)


def _markdown(text: str) -> str:
    try:
        import markdown
    except ImportError as exc:  # a build-time tool: the program itself only reads the built pages
        raise GuideError("生成使用说明需要 Markdown 库:pip install -e '.[guide]'(make guide 会自动安装)") from exc
    # nl2br is left out on purpose: Chinese paragraphs are written on several lines
    body = markdown.markdown(text, extensions=["attr_list", "tables", "sane_lists"], output_format="html")
    return _CJK_BREAK.sub("", body)


def render_pages(src: Path | None = None) -> dict[str, str]:
    """Every page of the guide (file name → HTML, and the shared stylesheet) from the Markdown text in ``src``."""
    src = src or source_dir()
    pages: dict[str, str] = {}
    items = []
    for n, topic in enumerate(TOPICS):
        path = src / f"{topic.key}.md"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise GuideError(f"使用说明缺少 {path}({exc})") from exc
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        if not first.startswith("# "):
            raise GuideError(f"{path}:第一行应是本章标题“# {topic.title}”")
        pages[f"{topic.key}.html"] = _page(topic.title, _markdown(text), _nav(n), path.name)
        items.append(f'<li><a href="{topic.key}.html">{html.escape(topic.title)}</a></li>')
    intro_path = src / f"{INDEX}.md"
    intro = _markdown(intro_path.read_text(encoding="utf-8")) if intro_path.is_file() else f"<h1>{GUIDE_TITLE}</h1>"
    body = intro + "\n<ol>\n" + "\n".join(items) + "\n</ol>"
    pages[f"{INDEX}.html"] = _page(GUIDE_TITLE, body, f'<a href="{TOPICS[0].key}.html">从第一章开始</a>',
                                   intro_path.name)
    pages[STYLESHEET] = f"/* built by `make guide` (app/guide.py); the pages of the user guide share it */{_STYLE}"
    return pages


def images_of(page_html: str) -> list[str]:
    """The image files a page shows (relative paths, as written)."""
    return _IMG.findall(page_html)


def anchors_of(page_html: str) -> set[str]:
    return set(_ID.findall(page_html))


def referenced_images(pages: dict[str, str]) -> list[str]:
    """Every image name (without the ``images/`` folder) the pages show, in page order, each once."""
    seen: dict[str, None] = {}
    for name, text in pages.items():
        for ref in images_of(text):
            folder, _, file = ref.partition("/")
            if folder != IMAGES or not file or "/" in file:
                raise GuideError(f"{name}:图片 {ref} 应写成 {IMAGES}/名称.png")
            seen.setdefault(file, None)
    return list(seen)


def compress_image(source: Path, dest: Path) -> None:
    """A screenshot as a 256-colour PNG (the same picture, a third of the bytes)."""
    from PIL import Image

    with Image.open(source) as img:
        small = img.convert("RGB").quantize(colors=PALETTE_COLOURS, method=Image.Quantize.MEDIANCUT, dither=0)
    dest.parent.mkdir(parents=True, exist_ok=True)
    small.save(dest, format="PNG", optimize=True)


def write_pages(out: Path, pages: dict[str, str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (out / name).write_text(text, encoding="utf-8", newline="\n")
    for old in [*out.glob("*.html"), *out.glob("*.css")]:
        if old.name not in pages:
            old.unlink()


def build(shots: Path, out: Path | None = None, src: Path | None = None) -> list[Path]:
    """The pages and their images (from the screenshots in ``shots``) into ``out``; returns the images written."""
    out = out or pages_dir()
    pages = render_pages(src)
    names = referenced_images(pages)
    missing = [n for n in names if not (shots / n).is_file()]
    if missing:
        raise GuideError(f"这些截图没有生成({shots}):" + "、".join(missing))
    written = []
    for n in names:
        compress_image(shots / n, out / IMAGES / n)
        written.append(out / IMAGES / n)
    for old in (out / IMAGES).glob("*.png"):
        if old.name not in names:
            old.unlink()
    write_pages(out, pages)
    return written


def problems(out: Path | None = None, src: Path | None = None) -> list[str]:
    """What is wrong with the built guide in ``out``: stale or missing pages, missing or unused images."""
    out = out or pages_dir()
    pages = render_pages(src)
    found = []
    for name, text in pages.items():
        path = out / name
        if not path.is_file():
            found.append(f"{path} 不存在")
        elif path.read_text(encoding="utf-8") != text:
            found.append(f"{path} 与 {name.replace('.html', '.md')} 的文字不一致" if name.endswith(".html")
                         else f"{path} 不是最新的")
    names = referenced_images(pages)
    found += [f"{out / IMAGES / n} 不存在" for n in names if not (out / IMAGES / n).is_file()]
    found += [f"{p} 没有页面用到" for p in sorted((out / IMAGES).glob("*.png")) if p.name not in names]
    found += [f"{p} 不是使用说明的页面" for p in sorted([*out.glob("*.html"), *out.glob("*.css")]) if p.name not in pages]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.guide", description="保学使用说明:从文字生成页面")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("pages", help="只重新生成页面(沿用已有的截图)")
    b = sub.add_parser("build", help="生成页面,并从截图目录取图")
    b.add_argument("--shots", required=True, type=Path)
    sub.add_parser("check", help="检查页面是否与文字一致、图片是否齐全")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            written = build(args.shots)
            size = sum(p.stat().st_size for p in written)
            print(f"{len(TOPICS) + 1} 个页面、{len(written)} 张截图({size / 1e6:.1f} MB)→ {pages_dir()}")
            return 0
        if args.command == "pages":
            pages = render_pages()
            missing = [n for n in referenced_images(pages) if not (pages_dir() / IMAGES / n).is_file()]
            if missing:
                raise GuideError("这些截图还没有:" + "、".join(missing) + "。请运行 make guide。")
            write_pages(pages_dir(), pages)
            print(f"{len(pages)} 个页面 → {pages_dir()}")
            return 0
        found = problems()
    except GuideError as exc:
        print(exc, file=sys.stderr)
        return 1
    for p in found:
        print(p, file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
