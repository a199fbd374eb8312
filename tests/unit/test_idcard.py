import datetime as dt

import pytest

from desktop.core import idcard
from desktop.core.errors import FieldError
from tests.conftest import TODAY


def code_of(raw: str) -> str:
    with pytest.raises(ValueError) as info:
        idcard.parse(raw, dt.date(2026, 11, 29))
    error = info.value.args[0]
    assert isinstance(error, FieldError)
    return error.code


def test_known_valid_number_with_x_check_digit():
    info = idcard.parse("11010519491231002X", TODAY)
    assert info.birth_date == dt.date(1949, 12, 31)
    assert info.sex == "女"  # digit 17 is 2: even
    assert info.county_code == "110105"


def test_check_digit_matches_the_standard_weights():
    # 17 digits of a published example; the check digit follows ISO 7064 MOD 11-2.
    assert idcard.check_digit("11010519491231002") == "X"
    assert idcard.check_digit("44052418800101001") == "4"


@pytest.mark.parametrize(
    "raw", ["１１０１０５１９４９１２３１００２ｘ", " 11010519491231002x ", "110105 19491231 002X"]
)
def test_full_width_lower_case_and_spaces_are_normalised(raw):
    assert idcard.parse(raw, TODAY).number == "11010519491231002X"


def test_wrong_check_digit_names_the_expected_one():
    assert code_of("110105194912310021") == "id.check"
    with pytest.raises(ValueError) as info:
        idcard.parse("110105194912310021", TODAY)
    assert info.value.args[0].params == {"expected": "X"}


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("1101051949123100", "id.format"),
        ("11010519491231002Y", "id.format"),
        ("110105194902300020", "id.date"),  # 30 February
        ("110105203001010010", "id.future"),
    ],
)
def test_bad_numbers_are_refused_with_a_reason(raw, code):
    assert code_of(raw) == code


def test_leap_day_birth_is_valid():
    body = "11010520000229001"
    info = idcard.parse(body + idcard.check_digit(body), TODAY)
    assert info.birth_date == dt.date(2000, 2, 29)
    assert info.sex == "男"


def test_legacy_15_digit_number_converts():
    assert idcard.from_legacy15("110105491231002") == "11010519491231002X"
    assert idcard.parse("110105491231002", TODAY).number == "11010519491231002X"


def test_make_builds_valid_numbers_with_the_right_sex():
    for seq in range(50):
        for male in (True, False):
            number = idcard.make("433127", dt.date(1960, 5, 17), seq, male)
            info = idcard.parse(number, TODAY)
            assert info.sex == ("男" if male else "女")
            assert info.birth_date == dt.date(1960, 5, 17)


def test_mask_keeps_region_and_tail_only():
    assert idcard.mask("11010519491231002X") == "110105********002X"
