"""Visit and contact-log codes (DOMAIN.md §4)."""

from __future__ import annotations

from kamdesk.domain.codes import Coded


class ObjectiveKind(Coded):
    SELL = ("sell", "销售", "Sell")
    MAINTAIN = ("maintain", "维护市场", "Maintain the market")
    RELATIONSHIP = ("relationship", "建立客情", "Build the relationship")
    INFORMATION = ("information", "收集信息", "Gather information")
    ADVISE = ("advise", "指导客户", "Advise the customer")


class VisitStatus(Coded):
    PLANNED = ("planned", "计划中", "Planned")
    DONE = ("done", "已完成", "Done")
    CANCELLED = ("cancelled", "已取消", "Cancelled")


class VisitKind(Coded):
    NEW = ("new", "新拜访", "New visit")
    REVISIT = ("revisit", "回访", "Revisit")


class ContactWay(Coded):
    PHONE = ("phone", "电话", "Phone")
    VISIT = ("visit", "拜访", "Visit")
    OTHER = ("other", "其他", "Other")


class ContactCategory(Coded):
    """What a contact-log entry was about, for the contact value indicators."""

    ROUTINE = ("routine", "日常", "Routine")
    TASK = ("task", "任务", "Task")
    PRAISE = ("praise", "表扬", "Praise")
    COMPLAINT = ("complaint", "投诉", "Complaint")
    SUGGESTION = ("suggestion", "建议", "Suggestion")


class Side(Coded):
    US = ("us", "我方", "Us")
    THEM = ("them", "客户方", "Customer")


class Gender(Coded):
    MALE = ("m", "男", "Male")
    FEMALE = ("f", "女", "Female")
