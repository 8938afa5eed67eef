"""The user guide's pages (issue #16 item 3): built from the committed text, nothing stale, no broken links."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from app import guide

HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"')


def test_the_committed_pages_are_built_from_the_committed_text():
    """A change of wording needs `make guide-pages`, new pictures `make guide`: the test names what is stale."""
    assert guide.problems() == []


def test_one_page_per_topic_with_its_title_and_links_to_the_chapters_around_it():
    pages = guide.render_pages()
    assert set(pages) == {f"{t.key}.html" for t in guide.TOPICS} | {"index.html", guide.STYLESHEET}
    titles = [t.title for t in guide.TOPICS]
    assert titles == ["安装", "第一次启动", "每天点名", "请假", "从预警到返校的个案", "审批", "导师帮扶",
                      "打印承诺书和返校材料", "导出给县里", "备份与恢复"]
    for n, topic in enumerate(guide.TOPICS):
        text = pages[f"{topic.key}.html"]
        assert f"<h1>{topic.title}</h1>" in text
        assert f"<title>{topic.title} \u2014 保学使用说明</title>" in text
        if n + 1 < len(guide.TOPICS):
            assert f'href="{guide.TOPICS[n + 1].key}.html"' in text
    assert all(f'href="{t.key}.html"' in pages["index.html"] for t in guide.TOPICS)


def test_every_link_and_image_of_the_built_pages_resolves(tmp_path):
    html_dir = guide.pages_dir()
    for page in sorted(html_dir.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        for ref in HREF.findall(text):
            parts = urlsplit(ref)
            if parts.scheme:  # none are expected: the guide works offline
                pytest.fail(f"{page.name} links outside the guide: {ref}")
            target = html_dir / parts.path if parts.path else page
            assert target.is_file(), f"{page.name}: broken link {ref}"
            if parts.fragment:
                assert parts.fragment in guide.anchors_of(target.read_text(encoding="utf-8")), \
                    f"{page.name}: no heading #{parts.fragment} in {target.name}"
        for ref in guide.images_of(text):
            with Image.open(html_dir / ref) as img:
                assert img.size == (1366, 768), f"{ref} is {img.size}, not a 1366×768 screenshot"


def test_the_shipped_screenshots_are_small_palette_pictures():
    images = sorted((guide.pages_dir() / guide.IMAGES).glob("*.png"))
    assert len(images) >= 30
    total = sum(p.stat().st_size for p in images)
    assert total < 3_500_000, f"the guide's pictures weigh {total / 1e6:.1f} MB"
    with Image.open(images[0]) as img:
        assert img.mode == "P"


def test_chinese_lines_of_a_paragraph_join_without_a_space():
    html = guide._markdown("# 标题\n\n第一行写到这里，\n第二行接着写。按 <kbd>F1</kbd>\n打开说明。\nEnglish words\nstay apart.")
    assert "第一行写到这里，第二行接着写。" in html
    assert "</kbd>打开说明" in html
    assert "English words\nstay apart." in html


def _source(tmp_path: Path, **texts: str) -> Path:
    src = tmp_path / "src"
    src.mkdir(parents=True)
    for t in guide.TOPICS:
        (src / f"{t.key}.md").write_text(texts.get(t.key.replace("-", "_"), f"# {t.title}\n\n正文。\n"),
                                         encoding="utf-8")
    return src


def test_a_chapter_without_its_title_or_with_a_misplaced_image_is_refused(tmp_path):
    src = _source(tmp_path, roll_call="点名的说明,没有标题。\n")
    with pytest.raises(guide.GuideError, match="roll-call.md.*第一行应是本章标题“# 每天点名”"):
        guide.render_pages(src)
    src2 = _source(tmp_path / "b", leave="# 请假\n\n![图](../elsewhere/x.png)\n")
    with pytest.raises(guide.GuideError, match="leave.html.*应写成 images/名称.png"):
        guide.referenced_images(guide.render_pages(src2))


def test_build_names_the_missing_screenshots_and_writes_nothing(tmp_path):
    src = _source(tmp_path, leave="# 请假\n\n![登记请假](images/leave-a.png)\n![审批](images/leave-b.png)\n")
    shots = tmp_path / "shots"
    shots.mkdir()
    Image.new("RGB", (1366, 768), "#336699").save(shots / "leave-a.png")
    out = tmp_path / "out"
    with pytest.raises(guide.GuideError, match="leave-b.png"):
        guide.build(shots, out, src)
    assert not out.exists()


def test_build_writes_pages_and_palette_images_and_drops_old_ones(tmp_path):
    src = _source(tmp_path, leave="# 请假\n\n![登记请假](images/leave-a.png)\n")
    shots = tmp_path / "shots"
    shots.mkdir()
    picture = Image.new("RGB", (1366, 768), "#f0f0f0")
    for x in range(0, 1366, 7):  # some colour, as a window has
        picture.putpixel((x, x % 768), (x % 256, 80, 200))
    picture.save(shots / "leave-a.png")
    out = tmp_path / "out"
    (out / guide.IMAGES).mkdir(parents=True)
    (out / guide.IMAGES / "old.png").write_bytes(b"old")
    (out / "old.html").write_text("old", encoding="utf-8")
    written = guide.build(shots, out, src)
    assert [p.name for p in written] == ["leave-a.png"]
    with Image.open(out / guide.IMAGES / "leave-a.png") as img:
        assert img.mode == "P" and img.size == (1366, 768)
    assert not (out / guide.IMAGES / "old.png").exists() and not (out / "old.html").exists()
    assert guide.problems(out, src) == []
    (src / "leave.md").write_text("# 请假\n\n改过的文字。\n", encoding="utf-8")
    found = guide.problems(out, src)
    assert any("leave.html 与 leave.md 的文字不一致" in p for p in found)
    assert any("leave-a.png 没有页面用到" in p for p in found)


def test_topics_resolve_to_pages_and_anchors():
    assert guide.page_path("first-start#accounts") == (guide.pages_dir() / "first-start.html", "accounts")
    assert guide.page_path("roll-call")[0].name == "roll-call.html"
    assert guide.page_path("no-such-topic") == (guide.pages_dir() / "index.html", "")
    assert guide.page_path("") == (guide.pages_dir() / "index.html", "")


def test_the_command_line_checks_the_committed_guide(capsys):
    assert guide.main(["check"]) == 0
