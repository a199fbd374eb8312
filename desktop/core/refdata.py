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
    "户主", "配偶", "子", "女", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女",
    "父亲", "母亲", "祖父", "祖母", "兄弟姐妹", "其他亲属", "非亲属",
)
LIVING_SITUATIONS: tuple[str, ...] = (
    "独居", "与配偶同住", "与子女同住", "与祖辈同住", "与父母同住", "与其他亲属同住", "机构供养", "其他",
)
# GB/T 26341 disability categories, numbered as on the disability certificate.
DISABILITY_TYPES: tuple[str, ...] = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
DISABILITY_GRADES: tuple[str, ...] = ("一级", "二级", "三级", "四级")
GUARDIAN_RELATIONS: tuple[str, ...] = ("父亲", "母亲", "祖父母", "外祖父母", "兄姐", "其他亲属", "村(居)委会", "民政部门")

CHILD_AGE = 18
ELDER_AGE = 60
