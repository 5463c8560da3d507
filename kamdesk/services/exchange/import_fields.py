"""The fields an import can fill, with the column names that map to them:
the seeds' own Chinese names (客户名称, 简称, 性质…), common variants, English
names and the headers of our own exports (so an export imports back)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kamdesk.store.io.tabular import Cell


@dataclass(frozen=True)
class ImportField:
    key: str
    zh: str
    en: str
    aliases: tuple[str, ...]
    required: bool = False

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.startswith("zh") else self.en


def _f(key: str, zh: str, en: str, *aliases: str, required: bool = False) -> ImportField:
    return ImportField(key, zh, en, (zh, en, key, *aliases), required)


ACCOUNT_FIELDS: tuple[ImportField, ...] = (
    _f(
        "name",
        "客户名称",
        "Name",
        "名称",
        "公司名称",
        "单位名称",
        "企业名称",
        "客户",
        "客户全称",
        "公司",
        "单位",
        "account",
        "account name",
        "company",
        "company name",
        "customer",
        required=True,
    ),
    _f("short_name", "简称", "Short name", "客户简称", "公司简称", "short"),
    _f("number", "客户编号", "Account no.", "编号", "客户代码", "number", "account number"),
    _f("nature", "性质", "Nature", "企业性质", "公司性质", "单位性质", "所有制"),
    _f("industry", "行业", "Industry", "所属行业", "行业类别"),
    _f("region", "地区", "Region", "区域", "所在地区", "所在地", "城市", "city", "地市"),
    _f("province", "省份", "Province", "省", "所在省份"),
    _f("address", "地址", "Address", "公司地址", "通讯地址", "详细地址", "办公地址"),
    _f("postcode", "邮编", "Postcode", "邮政编码", "zip", "postal code"),
    _f("phone", "电话", "Phone", "公司电话", "联系电话", "总机", "电话号码", "tel", "telephone"),
    _f("fax", "传真", "Fax", "传真号码"),
    _f("email", "邮箱", "E-mail", "电子邮件", "电子邮箱", "email", "mail"),
    _f("website", "网址", "Website", "网站", "主页", "公司网址", "web", "url"),
    _f("founded_on", "成立日期", "Founded", "成立时间", "成立年份", "founded on"),
    _f(
        "registered_capital",
        "注册资本(万元)",
        "Registered capital",
        "注册资本",
        "注册资金",
        "registered capital (10k yuan)",
    ),
    _f("employee_count", "员工人数", "Employees", "人数", "员工数", "职工人数", "employee count"),
    _f(
        "annual_revenue",
        "年营业额(万元)",
        "Annual revenue",
        "年营业额",
        "年销售额",
        "营业额",
        "年收入",
        "annual revenue (10k yuan)",
    ),
    _f("listed", "是否上市", "Listed", "上市"),
    _f("source", "客户来源", "Source", "来源", "信息来源"),
    _f("counterparty_kind", "往来类型", "Counterparty kind", "单位类型", "客户类型", "往来单位类型", "kind"),
    _f("tier", "客户级别", "Tier", "级别", "大客户分级", "客户分级"),
    _f("grade", "客户等级", "Grade", "等级", "成交等级"),
    _f("cadence", "跟进周期", "Cadence", "追踪周期", "跟进频率", "客户追踪"),
    _f("relationship_type", "关系类型", "Relationship type", "客户类型(IBM)"),
    _f("relationship_stage", "关系阶段", "Relationship stage"),
    _f("expected_close", "预计成交日期", "Expected close", "预计成交", "预计签约日期"),
    _f("purchase_cycle_days", "购买周期(天)", "Purchase cycle (days)", "购买周期", "采购周期"),
    _f("handle_by", "须处理日期", "Handle by", "处理期限", "最迟处理日期", "handle-by date"),
    _f("urgency", "处理时间", "Urgency", "紧急程度", "缓急"),
    _f("man_money", "M 购买能力", "M Money", "购买能力", "money", "M"),
    _f("man_authority", "A 购买决定权", "A Authority", "购买决定权", "决定权", "authority", "A"),
    _f("man_need", "N 需求", "N Need", "need", "N"),
    _f("owner", "负责人", "Owner", "业务员", "销售代表", "客户经理", "rep"),
    _f("contact", "联系人", "Contact", "联系人姓名", "contact name", "主要联系人"),
    _f("contact_title", "联系人职务", "Contact title", "职务", "职位"),
    _f("contact_mobile", "联系人手机", "Contact mobile", "手机", "联系人电话", "移动电话", "mobile"),
    _f("contact_email", "联系人邮箱", "Contact e-mail"),
    _f("notes", "备注", "Notes", "说明", "备注信息", "remark", "remarks", "note"),
)

CONTACT_FIELDS: tuple[ImportField, ...] = (
    _f(
        "account",
        "客户名称",
        "Account",
        "所属客户",
        "公司名称",
        "单位名称",
        "公司",
        "单位",
        "客户",
        "企业名称",
        "account name",
        "company",
        required=True,
    ),
    _f("name", "姓名", "Name", "联系人", "联系人姓名", "名字", "contact", required=True),
    _f("gender", "性别", "Gender", "sex"),
    _f("title", "职务", "Title", "职位", "头衔", "job title", "position"),
    _f("department", "部门", "Department", "所在部门", "dept"),
    _f("phone", "电话", "Phone", "办公电话", "座机", "工作电话", "tel"),
    _f("mobile", "手机", "Mobile", "手机号", "手机号码", "移动电话", "cell"),
    _f("email", "邮箱", "E-mail", "电子邮件", "电子邮箱", "email", "mail"),
    _f("reports_to", "上级", "Reports to", "直接上级", "汇报对象", "superior"),
    _f("working_hours", "工作时间", "Working hours"),
    _f("birthday", "生日", "Birthday", "出生日期", "出生年月日"),
    _f("native_place", "籍贯", "Native place", "老家"),
    _f("schools", "毕业院校", "Schools", "学校", "毕业学校", "教育背景"),
    _f("career_history", "工作经历", "Previous employers", "职业经历", "从业经历"),
    _f("interests", "兴趣爱好", "Interests", "爱好", "兴趣"),
    _f("professional_title", "职称", "Professional title"),
    _f("professional_rank", "专业职称", "Professional rank"),
    _f("subordinates_text", "下级", "Subordinates", "下属"),
    _f("specialty", "专业特长", "Specialty", "特长"),
    _f("achievements", "专业成就", "Achievements", "成就"),
    _f("personality", "性格", "Personality", "客户性格", "性格类型"),
    _f("travel_habits", "出行规律", "Travel habits", "出行习惯"),
    _f("home_address", "住址", "Home address", "家庭住址", "家庭地址"),
    _f("spouse", "配偶", "Spouse", "妻子", "爱人"),
    _f("parents", "父母", "Parents"),
    _f("children", "子女", "Children"),
    _f("siblings", "兄妹", "Siblings", "兄弟姐妹"),
    _f("cousins", "舅子老表", "In-laws and cousins", "亲戚"),
    _f("uncles", "叔伯", "Uncles"),
    _f("classmates", "同学", "Classmates"),
    _f("friends", "朋友", "Friends"),
    _f("rivals", "对头", "Rivals", "对手"),
    _f("colleagues", "同事", "Colleagues"),
    _f("primary_school", "小学", "Primary school"),
    _f("middle_school", "中学", "Middle school"),
    _f("university", "大学", "University"),
    _f("graduate_school", "研究生", "Graduate school"),
    _f("employer_1", "单位1", "Employer 1"),
    _f("employer_2", "单位2", "Employer 2"),
    _f("employer_3", "单位3", "Employer 3"),
    _f("notes", "备注", "Notes", "说明", "remark", "remarks"),
)

FIELDS_BY_KIND: dict[str, tuple[ImportField, ...]] = {"accounts": ACCOUNT_FIELDS, "contacts": CONTACT_FIELDS}

_PARENS = str.maketrans({"（": "(", "）": ")", "：": "", ":": "", "*": "", "＊": ""})
_SPACE = re.compile(r"[\s_\-]+")


def normalise_header(text: str) -> str:
    """Lower-case, half-width parentheses, no spaces, no trailing marks."""
    return _SPACE.sub("", str(text).translate(_PARENS)).lower().strip()


def _without_unit(text: str) -> str:
    return re.sub(r"\(.*?\)$", "", text)


def alias_index(fields: Sequence[ImportField], extra: dict[str, str] | None = None) -> dict[str, str]:
    """Normalised column name → field key (``extra``: custom field names → keys)."""
    index: dict[str, str] = {}
    for f in fields:
        for alias in f.aliases:
            index.setdefault(normalise_header(alias), f.key)
    for name, key in (extra or {}).items():
        index.setdefault(normalise_header(name), key)
    return index


def match_header(header: str, index: dict[str, str]) -> str | None:
    norm = normalise_header(header)
    if norm in index:
        return index[norm]
    bare = _without_unit(norm)
    return index.get(bare)


def header_scorer(index: dict[str, str]) -> Callable[[Sequence[Cell]], int]:
    """A scorer for :func:`read_table`: how many cells of a row are known names."""

    def score(cells: Sequence[Cell]) -> int:
        return sum(1 for c in cells if isinstance(c, str) and match_header(c, index) is not None)

    return score


def guess_mapping(headers: Sequence[str], index: dict[str, str]) -> dict[str, str | None]:
    """Header → field key (None: ignored). A field goes to its first column."""
    used: set[str] = set()
    out: dict[str, str | None] = {}
    for h in headers:
        key = match_header(h, index)
        if key is not None and key not in used:
            used.add(key)
            out[h] = key
        else:
            out[h] = None
    return out
