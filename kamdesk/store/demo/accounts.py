"""Accounts, their contacts (with an org chart and personal details), custom
values, purchases and payments."""

from __future__ import annotations

from kamdesk.store.demo import corpora as C
from kamdesk.store.demo import people as P
from kamdesk.store.demo.context import Batch, RepInfo, keys_of, tokens
from kamdesk.store.demo.rows import RECORD_COLS, Row

CONTACT_COLS = (*RECORD_COLS,
    "account_id", "reports_to_id", "name", "sort_key", "initials", "gender", "title", "department",
    "phone", "mobile", "email", "working_hours", "specialty", "achievements", "career_history",
    "birthday", "birthday_md", "birth_year", "native_place", "schools", "personality", "personality_notes",
    "interests", "travel_habits", "spouse", "parents", "children", "siblings", "classmates", "friends",
    "rivals", "colleagues", "notes", "is_private", "archived",
    "professional_title", "university", "employer_1", "home_address",
)  # fmt: skip

ACCOUNT_COLS = (*RECORD_COLS,
    "owner_id", "number", "name", "short_name", "sort_key", "initials", "nature", "industry", "province",
    "city", "address", "postcode", "phone", "fax", "email", "website", "founded_on", "registered_capital",
    "employee_count", "annual_revenue", "listed", "shareholders", "org_structure", "decision_background",
    "main_project", "long_term_partners", "source", "counterparty_kind", "tier", "grade", "cadence",
    "revisit_interval", "prospect_disposition", "deal_status", "need_status", "urgency",
    "relationship_type", "relationship_stage", "expected_close", "purchase_cycle_days",
    "share_of_wallet_pct", "last_touch_at", "last_visit_on", "next_visit_on", "last_purchase_on",
    "revenue_total", "notes", "archived",
    "handle_by", "urgency_manual", "man_money", "man_authority", "man_need",
)  # fmt: skip


_PATTERNS = {ind: [tokens(p) for p in pats] for ind, (pats, _n) in C.INDUSTRIES.items()}
_INDUSTRY_LIST = list(C.INDUSTRY_WEIGHTS)
_INDUSTRY_CUM = []
_total = 0
for _ind in _INDUSTRY_LIST:
    _total += C.INDUSTRY_WEIGHTS[_ind]
    _INDUSTRY_CUM.append(_total)
_SURNAME_WEIGHTS = [max(1, 120 - i) for i in range(len(P.SURNAMES))]
_BRAND_CHARS = (
    "华信恒通远景新航瑞丰同创中天宏达金盛鼎泰永安东方长城诚博海纳联卓越昌隆汇德润国兴明辉正佳禾晨锦程元九州万"
)
_MOBILE = (
    "139",
    "138",
    "137",
    "136",
    "135",
    "186",
    "185",
    "158",
    "159",
    "152",
    "133",
    "189",
    "177",
    "180",
    "181",
)
_NUMERALS = "一二三四五六七八九十"
_TIERS = (("platinum", 0.05), ("gold", 0.15), ("silver", 0.30), ("ordinary", 0.50))
_VISITS_BY_TIER = {"platinum": 20.0, "gold": 14.0, "silver": 10.0, "ordinary": 5.8}
_SPECIALTY = {
    "technical": "网络与数据中心架构",
    "financial": "预算管理和成本控制",
    "user": "生产运营管理",
    "economic": "企业战略与经营管理",
    "influencer": "供应商管理与招投标",
}
_CADENCE_BY_TIER = {
    "platinum": ("weekly", "weekly", "daily"),
    "gold": ("half_monthly", "weekly"),
    "silver": ("monthly", "half_monthly"),
    "ordinary": ("monthly", "monthly", "yearly"),
}
#: days between touches each cadence asks for
CADENCE_DAYS = {"daily": 1, "weekly": 7, "half_monthly": 15, "monthly": 30, "yearly": 365}


class ContactDraft:
    __slots__ = ("boss", "id", "level", "name", "role", "title")

    def __init__(self, cid: int, name: str, title: str, role: str, level: int, boss: int | None) -> None:
        self.id, self.name, self.title, self.role, self.level, self.boss = cid, name, title, role, level, boss


class AccountDraft:
    """An account while its chunk is generated; written once its summaries are known."""

    __slots__ = (
        "area",
        "cadence",
        "city",
        "contacts",
        "created",
        "cycle_days",
        "district",
        "domain",
        "existing",
        "id",
        "industry",
        "keys",
        "last_purchase",
        "last_touch",
        "last_visit",
        "name",
        "nature",
        "negotiating",
        "next_visit",
        "open_close",
        "postcode",
        "province",
        "rep",
        "revenue",
        "share",
        "short",
        "tier",
        "visits_mean",
        "won",
    )  # fmt: skip

    id: int
    rep: RepInfo
    name: str
    short: str
    keys: tuple[str, str]
    industry: str
    nature: str
    province: str
    city: str
    area: str
    postcode: str
    district: str
    tier: str
    cadence: str
    visits_mean: float
    created: int
    contacts: list[ContactDraft]
    share: float
    cycle_days: int | None
    revenue: int
    last_purchase: int | None
    last_touch: str | None
    last_visit: int | None
    next_visit: int | None
    open_close: int | None
    won: int
    domain: str
    existing: bool
    negotiating: bool

    def __init__(self, aid: int, rep: RepInfo) -> None:
        self.id = aid
        self.rep = rep
        self.contacts: list[ContactDraft] = []
        self.revenue = 0
        self.last_purchase: int | None = None
        self.last_touch: str | None = None
        self.last_visit: int | None = None
        self.next_visit: int | None = None
        self.open_close: int | None = None  # earliest expected close of an open opportunity (day offset)
        self.won = 0
        self.negotiating = False
        self.cycle_days: int | None = None


def person_name(b: Batch, male: bool) -> tuple[str, list[str]]:
    rng = b.rng
    surname = rng.choices(P.SURNAMES, cum_weights=_SURNAME_CUM)[0]
    pool = P.MALE_GIVEN if male else P.FEMALE_GIVEN
    if rng.random() < 0.55:
        parts = [
            surname,
            P.GIVEN_SECOND[int(rng.random() * len(P.GIVEN_SECOND))],
            pool[int(rng.random() * len(pool))],
        ]
    else:
        parts = [surname, pool[int(rng.random() * len(pool))]]
    return "".join(parts), parts


_SURNAME_CUM = []
_acc = 0
for _w in _SURNAME_WEIGHTS:
    _acc += _w
    _SURNAME_CUM.append(_acc)


def new_account(b: Batch, aid: int, rep: RepInfo) -> AccountDraft:
    """Pick the account's profile (no rows yet) and write its contacts."""
    rng = b.rng
    a = AccountDraft(aid, rep)
    if rng.random() < 0.9:
        province = rep.provinces[int(rng.random() * len(rep.provinces))]
    else:
        province = rng.choice(list(C.CITIES))
    city, area, postcode, districts = rng.choice(C.CITIES[province])
    a.province, a.city, a.area, a.postcode = province, city, area, postcode
    a.district = districts[int(rng.random() * len(districts))]
    # a name not yet used in this chunk (one city has one 财政局, one 卷烟厂)
    for _attempt in range(12):
        industry = _INDUSTRY_LIST[_pick_cum(rng.random() * _total)]
        a.industry = industry
        natures = C.INDUSTRIES[industry][1]
        a.nature = natures[int(rng.random() * len(natures))]
        if rng.random() < 0.5:
            brand = C.BRANDS[int(rng.random() * len(C.BRANDS))]
        else:
            brand = (
                _BRAND_CHARS[int(rng.random() * len(_BRAND_CHARS))]
                + _BRAND_CHARS[int(rng.random() * len(_BRAND_CHARS))]
            )
        pattern = _PATTERNS[industry][int(rng.random() * len(_PATTERNS[industry]))]
        parts: list[str] = []
        for tok in pattern:
            if tok == "{c}":
                parts.append(city)
            elif tok == "{p}":
                parts.append(province)
            elif tok == "{b}":
                parts.append(brand)
            elif tok == "{d}":
                parts.append(a.district)
            elif tok == "{n}":
                parts.append(_NUMERALS[int(rng.random() * 10)])
            else:
                parts.append(tok)
        a.name = "".join(parts)
        a.short = brand + industry if "{b}" in pattern else _short_of(a.name)
        if a.name not in b.names:
            break
    b.names.add(a.name)
    a.keys = keys_of(parts)
    a.domain = part_domain(brand)
    r = rng.random()
    tier = "ordinary"
    for name, share in _TIERS:
        r -= share
        if r < 0:
            tier = name
            break
    a.tier = tier
    cadences = _CADENCE_BY_TIER[tier]
    a.cadence = cadences[int(rng.random() * len(cadences))]
    a.visits_mean = _VISITS_BY_TIER[tier] * b.run.profile.visit_factor
    a.created = -rng.randint(10, 1800)
    a.existing = tier in ("platinum", "gold") or rng.random() < 0.35
    lo, hi = {"platinum": (50, 100), "gold": (30, 75), "silver": (10, 50), "ordinary": (5, 30)}[tier]
    a.share = float(rng.randint(lo, hi)) if a.existing else 0.0
    _contacts(b, a)
    return a


_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "分公司", "集团", "公司")


def _short_of(name: str) -> str:
    """A short name for a company without a brand word: drop the legal suffix."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)]
    return name[:8]


def _pick_cum(x: float) -> int:
    for i, c in enumerate(_INDUSTRY_CUM):
        if x < c:
            return i
    return len(_INDUSTRY_CUM) - 1


def part_domain(brand: str) -> str:
    from kamdesk.store.demo.context import part_initials

    return part_initials(brand) or "corp"


def _roles_for(a: AccountDraft) -> tuple[tuple[str, str, int, str], ...]:
    if a.nature in ("government",) or a.industry == "政府":
        return C.PUBLIC_ROLES
    heads = C.INSTITUTION_HEADS.get(a.industry)
    if heads and a.nature == "institution":
        top, deputy = heads
        return (
            (top, "院（校）领导", 0, "economic"),
            (deputy, "院（校）领导", 1, "economic"),
            *C.ENTERPRISE_ROLES[2:],
        )
    return C.ENTERPRISE_ROLES


#: 职称 of senior people by department (the seed's form asks for it)
_PRO_TITLES = ("高级工程师", "高级会计师", "高级经济师", "工程师")


def _form_extras(row: Row, dept: str, senior: bool, detailed: bool, rid: int) -> tuple[object, ...]:
    """职称, 大学, 单位1 and 住址 of 客户信息收集表, from what the row already
    holds (no random draw: the rest of the data stays as it was)."""
    if not detailed:
        return (None, None, None, None)
    history, native, school = row[18], row[22], row[23]  # career_history, native_place, schools
    pro = _PRO_TITLES[rid % len(_PRO_TITLES)] if senior else None
    uni = str(school).split("大学")[0] + "大学" if school and "大学" in str(school) else None
    employer = str(history)[len("曾任职于") :] if history else None
    home = f"{str(native)[:2]}籍，现住单位附近小区" if native and rid % 5 == 0 else None
    return (pro, uni, employer, home)


def _contacts(b: Batch, a: AccountDraft) -> None:
    rng = b.rng
    cal = b.run.cal
    lo, hi = b.run.profile.contacts_per_account
    n = rng.randint(lo, hi)
    roles = _roles_for(a)
    chosen = [roles[0]]
    rest = list(roles[1:])
    rng.shuffle(rest)
    rest.sort(key=lambda r: r[2])  # bosses before their people, so reports-to ids exist
    chosen.extend(rest[: n - 1])
    created = cal.at(a.created, 10)
    placed: list[tuple[int, str, ContactDraft]] = []  # (level, department, contact)
    add = b.rows["contact"].append
    b.cols["contact"] = CONTACT_COLS
    for title, dept, level, role in chosen:
        male = rng.random() < (0.72 if level <= 1 else 0.55)
        name, parts = person_name(b, male)
        sk, ini = keys_of(parts)
        # the boss: the most senior person above in the same department, else the nearest level up
        boss: ContactDraft | None = None
        for lvl, d, c in placed:
            if lvl < level and d == dept:
                boss = c
                break
        if boss is None:
            above = [c for lvl, _d, c in placed if lvl < level]
            boss = above[-1] if above and level > 1 else (above[0] if above else None)
        rid, uuid, ca, ua = b.rec("contact", created)
        draft = ContactDraft(rid, name, title, role, level, boss.id if boss else None)
        a.contacts.append(draft)
        placed.append((level, dept, draft))
        senior = level <= 2
        mobile = f"{_MOBILE[int(rng.random() * len(_MOBILE))]}{int(rng.random() * 1e8):08d}"
        detailed = senior or rng.random() < 0.3
        if detailed:
            age = rng.randint(32, 58) if senior else rng.randint(24, 45)
            year = cal.today.year - age
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            birthday = f"{year:04d}-{month:02d}-{day:02d}" if rng.random() < 0.7 else None
            bmd = f"{month:02d}-{day:02d}" if birthday else None
            uni = rng.choice(P.UNIVERSITIES)
            school = f"{uni}{rng.choice(P.MAJORS)}专业"
            spouse = (
                f"{'妻子' if male else '丈夫'}在{rng.choice(P.SPOUSE_JOBS[:])}岗位工作"
                if rng.random() < 0.5
                else None
            )
            children = rng.choice(P.CHILD_DESC) if rng.random() < 0.5 else None
            native = rng.choice(P.NATIVE_PLACES)
            row: Row = (
                rid, uuid, ca, ua, a.id, draft.boss, name, sk, ini, "m" if male else "f", title, dept,
                f"{a.area}-{rng.randint(2000_0000, 8999_9999)}", mobile, f"{ini}@{a.domain}.com.cn",
                rng.choice(P.WORKING_HOURS), _SPECIALTY.get(role) if rng.random() < 0.6 else None,
                rng.choice(P.ACHIEVEMENTS) if senior else None,
                f"曾任职于{rng.choice(P.FORMER_EMPLOYERS)}" if rng.random() < 0.4 else None,
                birthday, bmd, year, native, school,
                rng.choice(("expressive", "driver", "analytical", "amiable")),
                rng.choice(P.PERSONALITY_NOTES), "、".join(rng.sample(P.INTERESTS, 2)),
                rng.choice(P.TRAVEL_HABITS) if rng.random() < 0.4 else None,
                spouse, f"父母在{native[:2]}老家" if rng.random() < 0.3 else None, children,
                "有一个妹妹在本市工作" if rng.random() < 0.1 else None,
                f"{uni}同学：{rng.choice(P.SURNAMES)}处长" if rng.random() < 0.2 else None,
                "与本地几家银行行长熟识" if level == 0 and rng.random() < 0.3 else None,
                f"与{rng.choice(P.SURNAMES)}副总在项目上意见常有分歧" if level <= 1 and rng.random() < 0.2 else None,
                None, "生日前一周送花" if birthday and rng.random() < 0.2 else None, rng.random() < 0.02, False,
            )  # fmt: skip
        else:
            row = (
                rid, uuid, ca, ua, a.id, draft.boss, name, sk, ini, "m" if male else "f", title, dept,
                None, mobile, None, None, None, None, None, None, None, None, None, None, None, None, None,
                None, None, None, None, None, None, None, None, None, None, False, False,
            )  # fmt: skip
        add((*row, *_form_extras(row, dept, senior, detailed, rid)))
