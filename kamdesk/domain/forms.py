"""The seeds' own forms, field by field, in their words: the visit-plan and
progress sheet (拜访计划与销售进度管理, seed 001), the contact log (联络记录,
seed 001's 建立基本的客户档案) and the contact information form
(客户信息收集表, seed 002).

The UI, the PDFs and imports read their labels from here, so a sheet printed
from the product carries the words the reps were trained on. Pure data.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormLabel:
    zh: str
    en: str

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


def _l(zh: str, en: str) -> FormLabel:
    return FormLabel(zh, en)


#: 拜访计划与销售进度管理: the seed's sheet, top to bottom.
VISIT_SHEET: dict[str, FormLabel] = {
    "sheet": _l("拜访计划与销售进度管理", "Visit plan and sales progress"),
    "project_no": _l("专案编号", "Project no."),
    "date": _l("日期", "Date"),
    "manager": _l("客户经理", "Account manager"),
    "account": _l("客户名称", "Account"),
    "account_no": _l("客户编号", "Account no."),
    "objective": _l("专案目标", "Project objective"),
    "breakthroughs": _l("目前主要突破", "Main breakthroughs so far"),
    "next_steps": _l("下一步的工作计划", "Next-step work plan"),
    "influencers": _l("关键影响角色", "Key influencers"),
    "name": _l("姓名", "Name"),
    "title": _l("职务", "Title"),
    "original": _l("原态度", "Original attitude"),
    "change": _l("变化", "Change"),
    "current": _l("现态度", "Current attitude"),
    "attitude_legend": _l("*态度类型：", "*Attitudes: "),
    "progress": _l("现进度", "Current progress"),
    "competitor": _l("竞争者", "Competitor"),
    "assessment": _l("行业经理评估意见", "Industry manager's assessment"),
    # not on the seed's sheet: the person the product names from the weights
    "key_decision_maker": _l("关键决策者", "Key decision maker"),
}

#: One contact-log entry (第一次联络 … of the seed's 客户档案).
CONTACT_LOG: dict[str, FormLabel] = {
    "way": _l("联络方式", "Way"),
    "our_person": _l("联络人", "Our person"),
    "time": _l("联络时间", "Time"),
    "their_person": _l("被联络人", "Their person"),
    "their_title": _l("职位", "Title"),
    "content": _l("联络内容", "Content"),
    "next_step": _l("下一步工作计划", "Next-step plan"),
}


@dataclass(frozen=True)
class InfoField:
    """One field of 客户信息收集表."""

    key: str
    zh: str
    en: str

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


@dataclass(frozen=True)
class InfoGroup:
    key: str
    zh: str
    en: str
    fields: tuple[InfoField, ...]

    def label(self, lang: str = "zh") -> str:
        return self.zh if lang.lower().startswith("zh") else self.en


#: 客户信息收集表 (seed 002), its six groups and every field, in its order.
CONTACT_INFO_FORM: tuple[InfoGroup, ...] = (
    InfoGroup(
        "personal",
        "个人信息",
        "Personal",
        (
            InfoField("age", "年龄", "Age"),
            InfoField("gender", "性别", "Gender"),
            InfoField("professional_title", "职称", "Professional title"),
            InfoField("title", "职务", "Position"),
            InfoField("schools", "毕业院校", "Schools"),
            InfoField("native_place", "籍贯", "Native place"),
            InfoField("home_address", "住址", "Home address"),
        ),
    ),
    InfoGroup(
        "character",
        "个性信息",
        "Character",
        (
            InfoField("personality", "性格", "Personality"),
            InfoField("interests", "兴趣嗜好", "Interests and hobbies"),
            InfoField("travel_habits", "出行规律", "Travel habits"),
        ),
    ),
    InfoGroup(
        "career",
        "职业信息",
        "Career",
        (
            InfoField("specialty", "专业特长", "Professional specialty"),
            InfoField("professional_rank", "专业职称", "Professional rank"),
            InfoField("achievements", "专业成就", "Achievements"),
            InfoField("working_hours", "上班时间", "Working hours"),
            InfoField("superior", "上司", "Superior"),
            InfoField("subordinates", "下级", "Subordinates"),
        ),
    ),
    InfoGroup(
        "family",
        "家庭信息",
        "Family",
        (
            InfoField("spouse", "妻子", "Spouse"),
            InfoField("parents", "父母", "Parents"),
            InfoField("children", "子女", "Children"),
            InfoField("siblings", "兄妹", "Siblings"),
            InfoField("cousins", "舅子老表", "In-laws and cousins"),
            InfoField("uncles", "叔伯", "Uncles"),
        ),
    ),
    InfoGroup(
        "social",
        "社会关系",
        "Social ties",
        (
            InfoField("classmates", "同学", "Classmates"),
            InfoField("friends", "朋友", "Friends"),
            InfoField("rivals", "对头", "Rivals"),
            InfoField("colleagues", "同事", "Colleagues"),
        ),
    ),
    InfoGroup(
        "history",
        "基本履历",
        "Background",
        (
            InfoField("primary_school", "小学", "Primary school"),
            InfoField("middle_school", "中学", "Middle school"),
            InfoField("university", "大学", "University"),
            InfoField("graduate", "研究生", "Graduate school"),
            InfoField("employer_1", "单位1", "Employer 1"),
            InfoField("employer_2", "单位2", "Employer 2"),
            InfoField("employer_3", "单位3", "Employer 3"),
        ),
    ),
)


def label(table: dict[str, FormLabel], key: str, lang: str = "zh") -> str:
    return table[key].label(lang)
