import pytest

from desktop.core.register import pinyin
from desktop.core.register.search import normalize_query


def keys(name: str) -> list[str]:
    return pinyin.search_keys(name).split()


def test_initials_and_full_pinyin():
    assert "zs" in keys("张三")
    assert "zhangsan" in keys("张三")


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("单田芳", "stf", "shantianfang"),
        ("曾国藩", "zgf", "zengguofan"),
        ("仇英", "qy", "qiuying"),
        ("解缙", "xj", "xiejin"),
        ("区志坚", "ozj", "ouzhijian"),
        ("朴树", "ps", "piaoshu"),
        ("尉迟恭", "ycg", "yuchigong"),
    ],
)
def test_surname_readings(name, initials, full):
    assert pinyin.initials(name) == initials
    assert full in keys(name)
    # the common reading of the surname character is not offered for a surname
    assert keys(name)[0] == full


def test_rare_characters_have_keys():
    assert "wy" in keys("王龑")
    assert "lj" in keys("李㛃")


def test_heteronyms_in_given_names_match_either_reading():
    both = keys("张行")
    assert "zx" in both and "zh" in both


def test_query_normalisation_folds_case_width_and_spaces():
    assert normalize_query(" Z S ") == "zs"
    assert normalize_query("４３３１") == "4331"
