"""What the demo school is drawn from: the place, the names, the focus-group rates, and the builder's context.

The stages (:mod:`app.demo.staff`, :mod:`app.demo.students` and the later capabilities) each take one
:class:`Builder`: the session, the random source, the plan and what was built so far.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from sqlmodel import Session

from app.accounts import SYSTEM, Actor
from app.codes import ETHNICITY
from app.errors import BaoxueError
from app.paths import DataPaths


DEMO_PASSWORD = "baoxue2026"

Progress = Callable[[int, int, str], "bool | None"]


# --- the school ------------------------------------------------------------------------

SCHOOL_NAME = "留坝县马道镇中心学校"
SCHOOL_CODE = "2161072901"
COUNTY_CODE, COUNTY_NAME = "610729", "留坝县"
TOWNSHIP = "马道镇"
SCHOOL_ADDRESS = "陕西省汉中市留坝县马道镇马道村一组8号"
SCHOOL_PHONE = "0916-3921026"
TEACHING_POINT_VILLAGE = "青桥驿村"
MIXED_CLASS_NAME = "青桥驿教学点一二年级复式班"
MIXED_CLASS_MIN_STUDENTS = 300
MAX_CLASS_SIZE = 45  # the national limit against 大班额

# (village, weight): villages of 马道镇; the town seat is the biggest
VILLAGES: list[tuple[str, int]] = [
    ("马道村", 22), ("青桥驿村", 10), ("沙坝村", 9), ("小留坝村", 8), ("砖房村", 8), ("瓦窑坝村", 8),
    ("丰乐村", 7), ("红岩村", 7), ("寨子沟村", 6), ("石门村", 5), ("庙台村", 5), ("东河村", 5),
]
GROUPS = "一二三四五六七八"

# resident-ID area codes: where the children were registered at birth
HOME_AREAS: list[tuple[str, int]] = [("610729", 86), ("610702", 5), ("610703", 4), ("610724", 3), ("610725", 2)]
MIGRANT_AREAS: list[tuple[str, int]] = [
    ("510821", 3),  # 四川广元旺苍县
    ("510822", 3),  # 四川广元青川县
    ("621227", 2),  # 甘肃陇南徽县
    ("621228", 2),  # 甘肃陇南两当县
    ("500101", 1),  # 重庆万州区
    ("411323", 1),  # 河南南阳淅川县
]

WORK_PLACES: list[tuple[str, int]] = [
    ("广东东莞", 12), ("广东深圳", 10), ("广东广州", 6), ("浙江宁波", 8), ("浙江杭州", 6), ("江苏苏州", 7),
    ("上海", 5), ("北京", 3), ("西安", 12), ("汉中市区", 6), ("新疆乌鲁木齐", 3), ("福建厦门", 3),
    ("四川成都", 4), ("山西太原", 2),
]

# --- names ---------------------------------------------------------------------------------

# (surname, weight ‰-ish): common surnames, tilted towards southern Shaanxi
SURNAMES: list[tuple[str, int]] = [
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 40), ("赵", 25), ("黄", 22), ("周", 21),
    ("吴", 20), ("徐", 16), ("孙", 15), ("胡", 13), ("朱", 12), ("高", 14), ("林", 8), ("何", 11), ("郭", 12),
    ("马", 12), ("罗", 9), ("梁", 8), ("宋", 7), ("郑", 7), ("谢", 6), ("韩", 6), ("唐", 6), ("冯", 7),
    ("于", 5), ("董", 5), ("程", 5), ("曹", 5), ("袁", 5), ("邓", 5), ("许", 5), ("傅", 4), ("沈", 4),
    ("曾", 4), ("彭", 4), ("吕", 4), ("苏", 4), ("卢", 4), ("蒋", 4), ("蔡", 4), ("贾", 4), ("丁", 3),
    ("魏", 4), ("薛", 3), ("叶", 3), ("阎", 3), ("余", 4), ("潘", 3), ("杜", 3), ("戴", 3), ("夏", 3),
    ("钟", 3), ("汪", 3), ("田", 4), ("任", 3), ("姜", 3), ("范", 3), ("方", 3), ("石", 3), ("姚", 3),
    ("谭", 3), ("廖", 2), ("邹", 2), ("熊", 2), ("金", 2), ("陆", 2), ("郝", 2), ("孔", 2), ("白", 2),
    ("崔", 2), ("康", 2), ("毛", 2), ("邱", 2), ("秦", 2), ("江", 2), ("史", 2), ("侯", 2), ("邵", 2),
    ("孟", 2), ("龙", 2), ("段", 2), ("雷", 3), ("汤", 2), ("尹", 2), ("常", 2), ("武", 2), ("乔", 2),
    ("贺", 2), ("龚", 2), ("文", 2), ("向", 2), ("鲜", 1), ("庞", 1),
]
# polyphonic surnames read as surnames (pypinyin alone reads 曾 as ceng)
SURNAME_PINYIN = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "翟": "zhai"}

_BOY_FIRST = "浩宇子梓俊博家嘉一天志文思明佳晨雨泽睿铭承皓鑫奕锦宏昊建伟"
_BOY_SECOND = "轩杰涛鹏强磊博文军伟明辉斌超勇峰刚健凯鑫宏阳恒亮旭睿泽豪然宇航林辰彬诚"
_GIRL_FIRST = "欣梓子雨思佳嘉诗语若紫梦雅静可心晓美婉秀一书月馨安"
_GIRL_SECOND = "怡婷雪娜静敏丽芳悦琪涵瑶萱慧婧琳颖蕊露妍晴甜倩茜洁丹媛彤曦萌玥瑜"
_MEN = ["建军", "国强", "志刚", "海军", "宏伟", "文斌", "永刚", "建华", "明", "勇", "军", "斌", "涛", "鹏", "伟",
        "强", "刚", "林", "波", "华", "永军", "小军", "红兵", "建平", "海涛", "俊", "亮", "峰", "新民", "长春",
        "立新", "东升", "金平", "小平", "宝林", "剑", "超", "杰", "磊", "军华"]
_WOMEN = ["丽", "芳", "艳", "红", "霞", "娟", "敏", "燕", "玲", "琴", "秀英", "小红", "春燕", "海燕", "丽娟", "晓燕",
          "桂芳", "小琴", "翠", "丹", "静", "莉", "萍", "英", "美玲", "春梅", "玉梅", "晓丽", "红梅", "雪梅",
          "慧", "婷", "小燕", "彩霞", "金凤", "秀琴", "丽华", "爱玲", "亚丽", "文静"]
_OLD_MEN = ["德明", "富贵", "长江", "国华", "振华", "建国", "保国", "有才", "正清", "水生", "玉林", "永福", "成林",
            "德胜", "万福", "世明", "家荣", "占山", "守成", "明德", "树林", "春生"]
_OLD_WOMEN = ["秀兰", "桂英", "玉兰", "秀英", "翠花", "凤英", "淑芬", "桂兰", "玉珍", "素珍", "春兰", "玉梅",
              "桂香", "兰英", "秀珍", "菊花", "金花", "玉芳", "凤兰", "腊梅"]

_MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
                    "153", "155", "156", "157", "158", "159", "180", "181", "182", "183", "187", "188", "189"]

# --- focus-group rates (share of all students) -------------------------------------------

RATES: dict[str, float] = {
    "poor_household": 0.12,
    "left_behind_1": 0.15,
    "left_behind_2": 0.10,
    "migrant_child": 0.03,
    "learning_difficulty": 0.06,
    "disabled": 0.015,
    "orphan": 0.005,
    "prisoner_child": 0.003,
    "economic_hardship": 0.08,
    "only_child": 0.20,
}
DISABILITY_TYPES = [("physical", 3), ("intellectual", 3), ("hearing", 2), ("vision", 2), ("speech", 2),
                     ("mental", 1), ("multiple", 1), ("other", 1)]
MINORITIES = [("回", 4), ("羌", 3), ("藏", 1), ("土家", 1), ("满", 1), ("苗", 1)]
ETHNICITY_CODE = {label: code for code, label in ETHNICITY.items()}

# subjects beyond the head teacher's own, per grade
PRIMARY_LOW = ["体育", "音乐", "美术"]
PRIMARY_HIGH = ["英语", "科学", "体育"]
JUNIOR = ["英语", "道德与法治", "历史", "地理", "体育"]




# --- the builder context ----------------------------------------------------------------


@dataclass
class StaffRec:
    id: int
    name: str
    sex: str
    job: str  # "principal" | "registrar" | "head" | "subject"
    subject: str = ""


@dataclass
class ClassPlan:
    name: str
    grade_level: int
    extra_grade_levels: tuple[int, ...]
    sizes: dict[int, int]  # grade level → number of students
    village: str = ""  # a teaching point's village (its pupils live there)
    id: int | None = None
    head: StaffRec | None = None


@dataclass
class Builder:
    """Everything the stages share: the session, the random source, the plan and what was built."""

    session: Session
    rng: random.Random
    n_students: int
    today: date
    progress: Progress | None
    start_year: int = 0
    total: int = 0
    done: int = 0
    actor: Actor = SYSTEM  # the demo is system work, recorded as such in the audit log
    password_hash: str = ""
    school_name: str = SCHOOL_NAME
    principal_name: str = ""
    principal_sex: str = "1"
    plan: list[ClassPlan] = field(default_factory=list)
    staff: list[StaffRec] = field(default_factory=list)
    student_ids: list[int] = field(default_factory=list)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)
    used_ids: set[str] = field(default_factory=set)
    used_numbers: set[str] = field(default_factory=set)
    used_usernames: set[str] = field(default_factory=set)
    paths: DataPaths | None = None  # where attachments of the demo's requests are stored

    def step(self, label: str, advance: int = 0) -> None:
        self.done = min(self.total, self.done + advance)
        if self.progress is not None and self.progress(self.done, self.total, label) is False:
            raise BaoxueError("demo.cancelled")

    def weighted(self, pairs):
        items, weights = zip(*pairs)
        return self.rng.choices(items, weights=weights)[0]

    def mobile(self) -> str:
        return self.rng.choice(_MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def surname(self) -> str:
        return self.weighted(SURNAMES)

    def child_given(self, sex: str) -> str:
        first, second = (_BOY_FIRST, _BOY_SECOND) if sex == "1" else (_GIRL_FIRST, _GIRL_SECOND)
        if self.rng.random() < 0.3:
            return self.rng.choice(second)
        a, b = self.rng.choice(first), self.rng.choice(second)
        return a + (b if b != a or sex == "2" else self.rng.choice(second))

    def adult_name(self, surname: str, sex: str, old: bool = False) -> str:
        pool = (_OLD_MEN if sex == "1" else _OLD_WOMEN) if old else (_MEN if sex == "1" else _WOMEN)
        return surname + self.rng.choice(pool)
