"""Reference data shipped with StationDesk. Lists a station can extend are seeded into the database."""

from __future__ import annotations

# Special-group tags (several per person). Seeded into the tag_types table; stations add more.
DEFAULT_TAGS: tuple[str, ...] = (
    "留守老年人",
    "独居老年人",
    "特殊困难老年人",
    "留守儿童",
    "困境儿童",
    "孤儿/事实无人抚养儿童",
    "残疾人",
    "低保对象",
    "特困人员",
    "受灾人员",
    "其他",
)
TAG_DISABLED = "残疾人"
CHILD_TAGS = frozenset({"留守儿童", "困境儿童", "孤儿/事实无人抚养儿童"})

RISK_LEVELS: tuple[str, ...] = ("高风险", "重点", "一般")
SEXES: tuple[str, ...] = ("男", "女")
RELATIONS: tuple[str, ...] = (
    "户主",
    "配偶",
    "儿子",
    "女儿",
    "儿媳",
    "女婿",
    "孙子",
    "孙女",
    "外孙子",
    "外孙女",
    "父亲",
    "母亲",
    "祖父",
    "祖母",
    "兄弟姐妹",
    "其他亲属",
    "非亲属",
)
LIVING_SITUATIONS: tuple[str, ...] = (
    "独居",
    "与配偶同住",
    "与子女同住",
    "与祖辈同住",
    "与父母同住",
    "与其他亲属同住",
    "机构供养",
    "其他",
)
# GB/T 26341 disability categories, numbered as on the disability certificate.
DISABILITY_TYPES: tuple[str, ...] = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
DISABILITY_GRADES: tuple[str, ...] = ("一级", "二级", "三级", "四级")
GUARDIAN_RELATIONS: tuple[str, ...] = (
    "父亲",
    "母亲",
    "祖父母",
    "外祖父母",
    "兄姐",
    "其他亲属",
    "村(居)委会",
    "民政部门",
)

CHILD_AGE = 18
ELDER_AGE = 60

# -- Household visits (入户走访) ---------------------------------------------------------------
VISIT_TYPES: tuple[str, ...] = ("入户走访", "电话回访", "视频", "集中活动", "陪同办事/就医", "其他")
# Default observation domains, seeded into the synced table observation_domains (stations add more).
# Domains listed in CHILD_DOMAINS are offered only for households with a member under 18.
OBSERVATION_DOMAINS: tuple[str, ...] = (
    "居住安全",
    "身体健康",
    "心理情绪",
    "生活照料",
    "经济状况",
    "监护与教育",
    "社会支持",
)
CHILD_DOMAINS = frozenset({"监护与教育"})
OBSERVATION_RATINGS: tuple[str, ...] = ("正常", "需关注", "有风险")
NEED_TYPES: tuple[str, ...] = (
    "生活照顾",
    "情绪疏导",
    "精神慰藉",
    "危机干预",
    "医疗康复",
    "教育",
    "就业",
    "政策申请/救助",
    "法律",
    "其他",
)
SERVICE_TYPES: tuple[str, ...] = (
    "生活照顾",
    "照顾安排",
    "情绪疏导",
    "精神慰藉",
    "危机干预",
    "救助服务/政策代办",
    "适老化改造",
    "家庭辅导",
    "社会支持网络",
    "学业成长支持",
    "医疗康复",
    "法律/权益保障",
    "咨询",
    "资源链接",
    "其他",
)
PARTNER_KINDS: tuple[str, ...] = ("村/社区干部", "儿童主任", "志愿者", "社会组织", "其他")
PARTNER_OTHER = "其他"
SIGNATURE_STATUSES: tuple[str, ...] = (
    "待签字",
    "本人已签字",
    "代签",
    "拒绝签字",
    "无法签字",
    "不适用",
)
SIGNATURE_PROXY = "代签"
# Suspicions that oblige a mandatory report (未成年人保护法 art. 11, 反家庭暴力法 art. 14).
SAFEGUARDING_KINDS: tuple[str, ...] = ("疑似未成年人遭受侵害", "疑似家庭暴力")
REPORT_ANSWERS: tuple[str, ...] = ("已报告", "未报告")
INTERVAL_UNITS: tuple[str, ...] = ("天", "周", "个月")
RULE_OTHER = "其他户"
# Default visit interval rules (kind, value, interval): the shortest matching rule wins; a household
# matched by no tag or risk rule gets the "other" rule. Seeded into the synced table visit_rules.
DEFAULT_VISIT_RULES: tuple[tuple[str, str, str], ...] = (
    ("risk", "高风险", "1w"),
    ("risk", "重点", "1m"),
    ("tag", "独居老年人", "2w"),
    ("tag", "特殊困难老年人", "1m"),
    ("tag", "留守儿童", "1m"),
    ("tag", "困境儿童", "1m"),
    ("tag", "孤儿/事实无人抚养儿童", "1m"),
    ("other", "", "3m"),
)

# -- Case work (个案), plans, resources and referrals (issue 4) ---------------------------------------
CASE_SOURCES: tuple[str, ...] = ("走访发现", "村(居)委转介", "本人/家属求助", "上级交办", "其他")
# MZ/T 094-2017 stages, in order. A case moves forward through them; reopening goes back to 预估.
CASE_STAGES: tuple[str, ...] = ("接案", "预估", "计划", "介入", "评估", "结案")
CLOSURE_REASONS: tuple[str, ...] = (
    "服务目标达成",
    "服务对象主动要求结案",
    "转介其他机构跟进",
    "服务对象迁出或失联",
    "服务对象去世",
    "其他",
)
# Need level of an assessed domain, 0-3, by its index.
NEED_LEVELS: tuple[str, ...] = ("无需求", "轻度需求", "中度需求", "严重需求")
# 五社联动: the five kinds of responsible party; plans also name government and the family itself.
FIVE_SOCIETY: tuple[str, ...] = (
    "社区/村委",
    "社会组织",
    "社会工作者",
    "社区志愿者",
    "社会慈善资源",
)
PARTY_KINDS: tuple[str, ...] = FIVE_SOCIETY + ("政府部门", "服务对象及家庭")
RESOURCE_KINDS: tuple[str, ...] = ("机构/单位", "志愿服务队", "志愿者个人", "慈善资源", "政府服务")
ACTION_STATUSES: tuple[str, ...] = ("未开始", "进行中", "已完成", "已取消")
REFERRAL_STATUSES: tuple[str, ...] = ("已转介", "已接收", "服务中", "已完成", "未接收")
REFERRAL_DONE: frozenset[str] = frozenset({"已完成", "未接收"})
CONSENT_KINDS: tuple[str, ...] = ("书面同意", "口头同意", "紧急情况未取得")
# Goal attainment scaling (GAS): -2 … +2, by the score + 2.
GAS_LABELS: tuple[str, ...] = ("远低于预期", "低于预期", "达到预期", "高于预期", "远高于预期")
APPROVAL_SUBJECTS: tuple[str, ...] = ("需求评估", "服务计划", "结案")
APPROVAL_STATUSES: tuple[str, ...] = ("待审批", "已批准", "已退回")
