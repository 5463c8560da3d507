"""Descriptive facts on an account file (DOMAIN.md §1): how the account came to
us (客户来源) and who owns the company (企业性质). Unlike the axes in
:mod:`kamdesk.domain.grading` they rank nothing."""

from __future__ import annotations

from kamdesk.domain.codes import Coded, terms


class AccountSource(Coded):
    AD = ("ad", "广告反馈", "Ad response")
    TRADE_SHOW = ("trade_show", "展会", "Trade show")
    REFERRAL = ("referral", "老客户介绍", "Referral")
    WALK_IN = ("walk_in", "主动上门", "Walk-in")
    PROSPECTING = ("prospecting", "主动发掘", "Own prospecting")
    INDUSTRY_MEETING = ("industry_meeting", "行业会议", "Industry meeting")
    REPEAT = ("repeat", "追加购买", "Repeat purchase")


terms(
    AccountSource,
    synonyms={
        AccountSource.AD: ("广告",),
        AccountSource.TRADE_SHOW: ("展览会", "展销会"),
        AccountSource.REFERRAL: ("老用户推荐", "客户介绍", "转介绍", "推荐"),
        AccountSource.WALK_IN: ("上门",),
        AccountSource.PROSPECTING: ("自行开发", "陌生拜访"),
        AccountSource.INDUSTRY_MEETING: ("会议",),
        AccountSource.REPEAT: ("复购", "再次购买"),
    },
)


class CompanyNature(Coded):
    STATE = ("state", "国有", "State-owned")
    COLLECTIVE = ("collective", "集体", "Collective")
    PRIVATE = ("private", "个体", "Private")
    JOINT_VENTURE = ("joint_venture", "合资", "Joint venture")
    FOREIGN = ("foreign", "外资", "Foreign-owned")
    GOVERNMENT = ("government", "政府", "Government")
    INSTITUTION = ("institution", "事业单位", "Public institution")
    OTHER = ("other", "其他", "Other")


terms(
    CompanyNature,
    synonyms={
        CompanyNature.STATE: ("国有企业", "国企", "国营"),
        CompanyNature.COLLECTIVE: ("集体企业",),
        CompanyNature.PRIVATE: ("私营", "私营企业", "民营", "民营企业", "私企", "个体户", "个体企业"),
        CompanyNature.JOINT_VENTURE: ("合资企业", "中外合资"),
        CompanyNature.FOREIGN: ("外资企业", "外商独资", "独资"),
        CompanyNature.GOVERNMENT: ("政府机关", "机关"),
        CompanyNature.INSTITUTION: ("事业",),
        CompanyNature.OTHER: ("其它",),
    },
)
