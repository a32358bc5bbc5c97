"""Vietnamese text rules: normalising, folding, names, sort keys, legacy encodings."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
import unicodedata
from pathlib import Path

import pytest

from desktop.core.vntext import (
    convert_legacy,
    detect_and_fix_column,
    detect_legacy_encoding,
    fix_legacy,
    fold,
    format_date,
    mask_citizen_id,
    name_case,
    normalize,
    sort_key,
    sort_key_full,
    split_name,
)

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# ---------------------------------------------------------------------------
# normalize / fold
# ---------------------------------------------------------------------------


def test_normalize_trims_collapses_and_composes():
    assert normalize("  Nguyễn \t Văn\n\u00a0An  ") == "Nguyễn Văn An"
    assert normalize(nfd("Nguyễn Thị Hường")) == "Nguyễn Thị Hường"
    assert unicodedata.is_normalized("NFC", normalize(nfd("Đặng Thùy Phương")))
    assert normalize(None) == ""
    assert normalize("") == ""
    assert normalize("   ") == ""
    assert normalize(12) == "12"


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("nguyen thi huong", "Nguyễn Thị Hường"),
        ("dong", "Đồng"),
        ("dang thuy phuong", "ĐẶNG THÙY PHƯƠNG"),
        ("uyen", "Uyên"),
        ("ung", "Ửng"),
        ("chi doan ap giong lon", "Chi đoàn ấp Giồng Lớn"),
    ],
)
def test_fold_finds_names_without_tones(query, name):
    assert fold(name) == query
    assert fold(nfd(name)) == query  # keyboards and old files send NFD


def test_fold_other_text():
    assert fold("  O'Neil  12A1 ") == "o'neil 12a1"
    assert fold("Café Müller") == "cafe muller"
    assert fold("ð") == "d"
    assert fold(None) == ""


def test_fold_covers_every_vietnamese_letter():
    lower = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    expected = "a" * 18 + "e" * 12 + "i" * 6 + "o" * 18 + "u" * 12 + "y" * 6 + "d"
    assert fold(lower) == expected
    assert fold(lower.upper()) == expected


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  PHẠM CÔNG NAM ", "Phạm Công Nam"),
        ("VÕ DIỄM HUYỀN", "Võ Diễm Huyền"),
        ("ĐỖ ĐỨC ĐÔNG", "Đỗ Đức Đông"),
        ("nguyễn thị hường", "Nguyễn Thị Hường"),
        (nfd("DƯƠNG THÙY QUỲNH"), "Dương Thùy Quỳnh"),
        ("Nguyễn văn A", "Nguyễn văn A"),  # mixed case is left alone
        ("McDonald", "McDonald"),
        ("Trần Hữu Cường", "Trần Hữu Cường"),
        ("O'NEIL", "O'Neil"),
        ("", ""),
        (None, ""),
    ],
)
def test_name_case(raw, expected):
    assert name_case(raw) == expected


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Nguyễn Văn An", ("Nguyễn", "Văn", "An")),
        ("Nguyễn Thị Ngọc Lan", ("Nguyễn", "Thị Ngọc", "Lan")),
        ("Tôn Nữ Thị Hồng Ân", ("Tôn", "Nữ Thị Hồng", "Ân")),
        ("Lê Hà", ("Lê", "", "Hà")),
        ("Thạch", ("", "", "Thạch")),
        ("  Trần   Hữu\tCường ", ("Trần", "Hữu", "Cường")),
        (nfd("Đặng Thùy Phương"), ("Đặng", "Thùy", "Phương")),
        ("", ("", "", "")),
        ("   ", ("", "", "")),
        (None, ("", "", "")),
    ],
)
def test_split_name(full, parts):
    result = split_name(full)
    assert result == parts
    assert all(unicodedata.is_normalized("NFC", p) for p in result)


def test_importer_path_for_all_caps_name():
    assert split_name(name_case("  PHẠM CÔNG NAM ")) == ("Phạm", "Công", "Nam")


# ---------------------------------------------------------------------------
# Sort keys
# ---------------------------------------------------------------------------

ALPHABET = "0 1 2 9 a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()


def _key(given: str, family: str = "Nguyễn", middle: str = "Văn") -> str:
    return sort_key(family, middle, given)


def test_sort_key_is_ascii_text():
    key = sort_key_full("Nguyễn Thị Hường")
    assert isinstance(key, str) and key.isascii() and key.isprintable()


def test_letters_follow_vietnamese_alphabet():
    keys = [_key(letter) for letter in ALPHABET]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("An", "Anh"),  # a shorter prefix first
        ("Anh", "Ánh"),  # tone only breaks the tie
        ("Az", "Ăn"),  # ă is a letter of its own, after all of a
        ("Ăn", "Ân"),
        ("Ân", "Bình"),
        ("Bình", "Chi"),
        ("Dũng", "Dương"),
        ("Dương", "Đức"),
        ("Dũng", "Đức"),
        ("Em", "Ên"),
        ("Ễ", "Fa"),  # foreign letters sit where dictionaries put them
        ("Hà", "Hằng"),
        ("Hùng", "Hương"),
        ("Ích", "Jin"),
        ("Jin", "Khánh"),
        ("Oanh", "Ông"),
        ("Ông", "Ơn"),
        ("Ơn", "Phúc"),
        ("Uyên", "Ưng"),
        ("Vĩnh", "Wendy"),
        ("Wendy", "Xuân"),
        ("Yến", "Zoe"),
        ("A1", "Ab"),  # digits before letters
    ],
)
def test_pairs_in_order(first, second):
    assert _key(first) < _key(second)


def test_case_is_ignored():
    assert sort_key_full("NGUYỄN VĂN AN") == sort_key_full("Nguyễn Văn An")
    assert sort_key_full("nguyễn văn an") == sort_key_full("Nguyễn Văn An")


def test_nfd_and_spacing_give_the_same_key():
    assert sort_key_full(nfd("  Đặng  Thùy Phương ")) == sort_key_full("Đặng Thùy Phương")
    assert sort_key(nfd("Đặng"), nfd("Thùy"), nfd("Phương")) == sort_key("Đặng", "Thùy", "Phương")


def test_tones_in_dictionary_order():
    # none, huyền, hỏi, ngã, sắc, nặng
    words = ["Ha", "Hà", "Hả", "Hã", "Há", "Hạ"]
    shuffled = words[::-1]
    assert sorted(shuffled, key=_key) == words
    assert len({_key(w) for w in words}) == 6


def test_tones_only_break_ties_across_all_three_parts():
    # All letters of given, middle and family name come before any tone.
    assert sort_key("Lê", "", "Hà") < sort_key("Nguyen", "", "Ha")
    assert sort_key("Nguyễn", "Đức", "Dũng") < sort_key("Đỗ", "Văn", "Dung")
    assert sort_key("Võ", "Thị", "Thủy") < sort_key("Võ", "Thị", "Thúy")
    assert sort_key("Võ", "Thị", "Thúy") < sort_key("Vo", "Thi", "Thuyz")
    # with equal letters the given name's tone decides before the family name's
    assert sort_key("Vũ", "", "Ha") < sort_key("Vu", "", "Hà")


def test_given_then_middle_then_family():
    assert sort_key("Trần", "Văn", "An") < sort_key("Lê", "Văn", "Bình")
    assert sort_key("Trần", "Thị", "Lan") < sort_key("Lê", "Văn", "Lan")
    assert sort_key("Cao", "Thị", "Lan") < sort_key("Trần", "Thị", "Lan")
    # a middle name that is a prefix of another comes first
    assert sort_key("Trần", "Thị", "Lan") < sort_key("Lê", "Thị Ngọc", "Lan")
    # no middle name before any middle name
    assert sort_key("Trần", "", "Lan") < sort_key("Lê", "An", "Lan")
    # a family name that is a prefix of another comes first, whatever its tone
    assert sort_key("Hà", "Văn", "An") < sort_key("Han", "Văn", "An")
    assert sort_key("Hà", "Văn", "An") < sort_key("Hàn", "Văn", "An")
    # a one-word name sorts by that word as given name
    assert sort_key_full("Thạch") == sort_key("", "", "Thạch")
    assert sort_key_full("Thạch") < sort_key_full("Nguyễn Văn Thạch")


# Worked out by hand: given name first (an < anh < ân < bình ...), then middle, then
# family name, tones last.
#   anh:  Cao Thị Ánh before Trần Thị Anh - letters equal up to the family name, c < t
#   dung: Vũ Đức Dũng before Đỗ Văn Dung - middle name đ < v decides before any tone
#   dung < dương (n < ư), đông < đức (ô < ư), hà < hằng (a < ă), hùng < hương (u < ư)
#   lan:  Đặng Thị Lan before Nguyễn Thị Ngọc Lan - a shorter middle name first
#   thủy: Võ Thị Thủy before Võ Thị Thúy - only the tone differs, hỏi < sắc
#   uyên < ửng (u < ư)
EXPECTED_ORDER = [
    "Nguyễn Văn An",
    "Cao Thị Ánh",
    "Trần Thị Anh",
    "Lê Văn Ân",
    "Phạm Minh Bình",
    "Hoàng Thị Chi",
    "Vũ Đức Dũng",
    "Đỗ Văn Dung",
    "Trần Văn Dương",
    "Trần Văn Đông",
    "Bùi Văn Đức",
    "Ngô Thị Hà",
    "Lâm Thị Hằng",
    "Huỳnh Văn Hùng",
    "Kim Thị Hương",
    "Trương Văn Khánh",
    "Đặng Thị Lan",
    "Nguyễn Thị Ngọc Lan",
    "Sơn Thị Mai",
    "Võ Thị Thủy",
    "Võ Thị Thúy",
    "Lương Thị Uyên",
    "Vũ Phương Ửng",
    "Lê Văn Vĩnh",
    "Hồ Thị Yến",
]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_realistic_roster_order(seed):
    names = EXPECTED_ORDER[:]
    random.Random(seed).shuffle(names)
    assert sorted(names, key=sort_key_full) == EXPECTED_ORDER
    assert sorted(EXPECTED_ORDER[::-1], key=sort_key_full) == EXPECTED_ORDER


def test_sqlite_binary_order_matches():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE m (name TEXT, sort_key TEXT)")  # default BINARY collation
    names = EXPECTED_ORDER[::-1] + [n.upper() for n in EXPECTED_ORDER[:3]]
    con.executemany("INSERT INTO m VALUES (?, ?)", [(n, sort_key_full(n)) for n in names])
    got = [row[0] for row in con.execute("SELECT name FROM m ORDER BY sort_key, name")]
    con.close()
    assert got == sorted(names, key=lambda n: (sort_key_full(n), n))
    # a name in capitals ties with its title-case twin, so the two come out side by side
    titled = [name_case(n) for n in got]
    assert [n for i, n in enumerate(titled) if i == 0 or n != titled[i - 1]] == EXPECTED_ORDER


def test_sort_key_is_fast_enough_for_an_import():
    names = [f"{f} {m} {g}" for f, m, g in zip(
        ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh"] * 40,
        ["Văn", "Thị", "Hữu", "Thùy", "Ngọc Bảo"] * 40,
        [n.split()[-1] for n in EXPECTED_ORDER] * 8,
    )]
    rows = [split_name(n) for n in names] * 250  # 50,000 rows
    start = time.perf_counter()
    for family, middle, given in rows:
        sort_key(family, middle, given)
    elapsed = time.perf_counter() - start
    # about 1-2 µs per row here; the bound only catches a lost cache or a slow rewrite
    assert elapsed < 2.0, f"{elapsed / len(rows) * 1e6:.1f} µs per key"


# ---------------------------------------------------------------------------
# Legacy encodings
# ---------------------------------------------------------------------------

# Written by hand from the TCVN3 (ABC) table, as the characters Excel shows for the
# legacy bytes. Every tone, and ă â ê ô ơ ư đ in both cases.
TCVN3_WORDS = [
    ("NguyÔn", "Nguyễn"), ("V¨n", "Văn"), ("Hïng", "Hùng"), ("Lª", "Lê"), ("Hå", "Hồ"),
    ("Tr\xadêng", "Trường"), ("§ç", "Đỗ"), ("®oµn", "đoàn"), ("Th¶o", "Thảo"), ("Ng·", "Ngã"),
    ("c¸c", "các"), ("Ph¹m", "Phạm"), ("¡n", "Ăn"), ("¢u", "Âu"), ("£m", "Êm"), ("¤ng", "Ông"),
    ("¥n", "Ơn"), ("¦ng", "Ưng"), ("T©m", "Tâm"), ("C«ng", "Công"), ("S¬n", "Sơn"),
    ("Quúnh", "Quỳnh"), ("ThÞ", "Thị"), ("Lîi", "Lợi"), ("NhËt", "Nhật"), ("BÕn", "Bến"),
    ("Vâ", "Võ"), ("H÷u", "Hữu"), ("§øc", "Đức"), ("Vò", "Vũ"), ("Ph\xad¬ng", "Phương"),
    ("Thñy", "Thủy"), ("HuyÒn", "Huyền"), ("§Æng", "Đặng"), ("Th¾ng", "Thắng"), ("H»ng", "Hằng"),
    ("®¼ng", "đẳng"), ("½m", "ẵm"), ("ChØ", "Chỉ"), ("SÜ", "Sĩ"), ("Mü", "Mỹ"), ("Lý", "Lý"),
    ("Kú", "Kỳ"), ("kþ", "kỵ"), ("Kû", "Kỷ"), ("Ých", "ích"), ("Óm", "ểm"), ("Tó", "Tú"),
    ("Th\xadëng", "Thưởng"), ("D\xad¬ng", "Dương"), ("TiÕn", "Tiến"), ("TuÊn", "Tuấn"),
]  # fmt: skip

# Written by hand from the VNI Windows table: base letter + mark byte(s).
VNI_WORDS = [
    ("Nguyeãn", "Nguyễn"), ("Vaên", "Văn"), ("Huøng", "Hùng"), ("Leâ", "Lê"), ("Hoà", "Hồ"),
    ("Tröôøng", "Trường"), ("Ñoã", "Đỗ"), ("ñoaøn", "đoàn"), ("Thaûo", "Thảo"), ("Ngaõ", "Ngã"),
    ("caùc", "các"), ("Phaïm", "Phạm"), ("AÊn", "Ăn"), ("AÂu", "Âu"), ("EÂm", "Êm"), ("OÂng", "Ông"),
    ("Ôn", "Ơn"), ("Öng", "Ưng"), ("Taâm", "Tâm"), ("Coâng", "Công"), ("Sôn", "Sơn"),
    ("Vieät", "Việt"), ("Lôïi", "Lợi"), ("Thò", "Thị"), ("Quyønh", "Quỳnh"), ("Khaùnh", "Khánh"),
    ("Nhaät", "Nhật"), ("Beán", "Bến"), ("Ñöùc", "Đức"), ("Thuûy", "Thủy"), ("Phöông", "Phương"),
    ("Vuõ", "Vũ"), ("Kieàu", "Kiều"), ("Ñaëng", "Đặng"), ("Thaéng", "Thắng"), ("Haèng", "Hằng"),
    ("ñaúng", "đẳng"), ("aüm", "ẵm"), ("Chæ", "Chỉ"), ("Só", "Sĩ"), ("Myõ", "Mỹ"), ("Lyù", "Lý"),
    ("Kyø", "Kỳ"), ("kî", "kỵ"), ("Kyû", "Kỷ"), ("ích", "ích"), ("Thìn", "Thìn"), ("Hieån", "Hiển"),
    ("Vieâït", "Việt"),  # circumflex and tone as two separate mark bytes
    ("NGUYEÃN", "NGUYỄN"), ("ÑAËNG", "ĐẶNG"), ("HÖÔØNG", "HƯỜNG"), ("ÑOAØN", "ĐOÀN"),
    ("NGUYEãN", "NGUYỄN"),  # small mark after a capital: the base letter decides
    ("Í", "Í"), ("Ì", "Ì"), ("Æ", "Ỉ"), ("Ó", "Ĩ"), ("Ò", "Ị"), ("Î", "Ỵ"), ("YÙ", "Ý"),
]  # fmt: skip


def _covers_everything(unicode_words: list[str]) -> None:
    text = " ".join(unicode_words)
    for tone_mark in ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323"):
        assert tone_mark in nfd(text)
    for letter in "ăâêôơưđĂÂÊÔƠƯĐ":
        assert letter in text, letter


def test_word_lists_cover_every_tone_and_special_letter():
    _covers_everything([u for _l, u in TCVN3_WORDS])
    _covers_everything([u for _l, u in VNI_WORDS])


@pytest.mark.parametrize(("legacy", "expected"), TCVN3_WORDS)
def test_convert_tcvn3(legacy, expected):
    result = convert_legacy(legacy, "tcvn3")
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(("legacy", "expected"), VNI_WORDS)
def test_convert_vni(legacy, expected):
    result = convert_legacy(legacy, "vni")
    assert result == expected
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(
    ("encoding", "words"), [("tcvn3", TCVN3_WORDS), ("vni", VNI_WORDS)], ids=["tcvn3", "vni"]
)
def test_single_words_are_never_misconverted(encoding, words):
    # A lone word can be ambiguous ("Tó" is valid Unicode too); then it is left alone,
    # but it is never turned into something else.
    detected = 0
    for legacy, expected in words:
        text, found = fix_legacy(legacy)
        assert (text, found) in ((expected, encoding), (legacy, None)), legacy
        detected += found == encoding
    assert detected >= len(words) * 2 // 3


@pytest.mark.parametrize(
    ("encoding", "words"), [("tcvn3", TCVN3_WORDS), ("vni", VNI_WORDS)], ids=["tcvn3", "vni"]
)
def test_column_of_words_is_converted_whole(encoding, words):
    fixed, found = detect_and_fix_column([legacy for legacy, _u in words])
    assert found == encoding
    assert fixed == [u for _l, u in words]


@pytest.mark.parametrize(
    ("legacy", "expected", "encoding"),
    [
        ("NguyÔn V¨n Hïng", "Nguyễn Văn Hùng", "tcvn3"),
        ("Nguyeãn Vaên Huøng", "Nguyễn Văn Hùng", "vni"),
        ("Chi ®oµn Tr\xadêng THPT Lª Lîi", "Chi đoàn Trường THPT Lê Lợi", "tcvn3"),
        ("Ñöôøng Leâ Lôïi, phöôøng 5", "Đường Lê Lợi, phường 5", "vni"),
        ("§Æng Thïy Ph\xad¬ng", "Đặng Thùy Phương", "tcvn3"),
        ("Ñaëng Thuøy Phöông", "Đặng Thùy Phương", "vni"),
        ("Lª Tó", "Lê Tú", "tcvn3"),  # title case, not capitals
        ("Bí thö", "Bí thư", "vni"),  # both read as Vietnamese; VNI changes less
        # typed in capitals with .VnTimeH: lower-case bytes drawn as capitals
        ("NGUYÔN V¡N HïNG", "NGUYỄN VĂN HÙNG", "tcvn3"),
        ("TRÇN THÞ Hµ", "TRẦN THỊ HÀ", "tcvn3"),
        # capitals with tones from the full TCVN3 table (0x80-0x9F and control codes)
        ("H\u2013 T£N", "HỌ TÊN", "tcvn3"),
        ("NG¦\u02dcI L\u2020P BIÍU", "NGƯỜI LẬP BIỂU", "tcvn3"),
        ("ƒnh S¸ng", "Ánh Sáng", "tcvn3"),
        ("Hå Thïy \x16", "Hồ Thùy Ý", "tcvn3"),
        # real punctuation around TCVN3 words survives
        ("\u201cHµ Néi\u201d \u2013 Tr\xadêng", "\u201cHà Nội\u201d \u2013 Trường", "tcvn3"),
    ],
)
def test_fix_legacy_whole_texts(legacy, expected, encoding):
    assert detect_legacy_encoding(legacy) == encoding
    assert fix_legacy(legacy) == (expected, encoding)
    assert convert_legacy(legacy, encoding) == expected


def test_capital_pairs_written_by_some_converters():
    # "Aµ" = capital A followed by small à, meaning À
    assert convert_legacy("Aµ", "tcvn3") == "À"
    assert convert_legacy("¢Ênh", "tcvn3") == "Ấnh"


def test_tcvn3_symbols_outside_words_stay():
    assert convert_legacy("±5°C", "tcvn3") == "±5°C"
    assert convert_legacy("50 \u2013 60 \u20ac", "tcvn3") == "50 \u2013 60 \u20ac"
    assert convert_legacy("Sè CCCD", "tcvn3") == "Số CCCD"  # not mistaken for capitals


def test_convert_legacy_rejects_unknown_encoding():
    with pytest.raises(ValueError):
        convert_legacy("abc", "viscii")
    assert convert_legacy("", "vni") == ""
    assert convert_legacy("NguyÔn", "ABC") == "Nguyễn"


NOT_LEGACY = [
    "Café",
    "Nguyễn Thị Hường",
    nfd("Nguyễn Thị Hường"),
    "O'Neil",
    "12A1",
    "Võ Thành Tâm",  # Vietnamese that needs only Latin-1 letters
    "Tô Hoàng",  # ... and whose VNI reading would be Vietnamese too (Tơ Hồng)
    "Tô Lâm",
    "Lê Hà",
    "Hòa",
    "Bùi Văn Ân",
    "Trà Vinh – Cầu Ngang",
    "Müller",
    "José Martí",
    "São Paulo",
    "naïve façade",
    "Crème brûlée",
    "Zoë",
    "résumé",
    "Ñandú",
    "€100",
    "\u201cQuoted\u201d",
    "50 – 60",
    "±5°C",
    "Coca-Cola®",
    "Copyright © 2024",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NOT_LEGACY)
def test_no_false_positives(text):
    assert detect_legacy_encoding(text) is None
    assert fix_legacy(text) == (text, None)


def test_one_decodable_word_among_foreign_ones_is_not_enough():
    assert detect_legacy_encoding("Müller Zoë Café Hµ") is None


def test_no_false_positive_on_a_foreign_column():
    column = ["Café", "Müller", "José Martí", "Zoë", "résumé", "Crème brûlée", "O'Neil"]
    assert detect_and_fix_column(column) == (column, None)


def _sample_cells() -> dict[str, list[list[object]]]:
    python_calamine = pytest.importorskip("python_calamine")
    files = sorted(SAMPLES.glob("*.xlsx"))
    if not files:
        pytest.skip(f"sample spreadsheets not found in {SAMPLES}")
    sheets = {}
    for path in files:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        for name in workbook.sheet_names:
            sheets[f"{path.name}:{name}"] = workbook.get_sheet_by_name(name).to_python()
    return sheets


def test_sample_files_come_back_unchanged():
    checked = 0
    for where, rows in _sample_cells().items():
        for row in rows:
            for cell in row:
                if isinstance(cell, str) and cell:
                    assert detect_legacy_encoding(cell) is None, (where, cell)
                    assert fix_legacy(cell) == (cell, None), (where, cell)
                    checked += 1
        width = max(len(r) for r in rows)
        for col in range(width):
            column = [r[col] if col < len(r) else "" for r in rows]
            assert detect_and_fix_column(column) == (column, None), (where, col)
    assert checked > 1000


def test_sample_names_survive_a_legacy_round_trip():
    # Take every name of the messy roster (NFD and capitals included), write it the way
    # a VNI file would, and check the column comes back as the original names.
    rows = next(r for w, r in _sample_cells().items() if w.startswith("roster_messy"))
    names = [normalize(r[1]) for r in rows[5:] if isinstance(r[1], str) and r[1].strip()]
    assert len(names) > 100
    legacy = [_to_vni(n) for n in names]
    fixed, found = detect_and_fix_column(legacy)
    assert found == "vni"
    assert fixed == names


# Unicode → VNI for the round trip above, built independently of the module under test.
_VNI_TONE = {"\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0301": "ù", "\u0323": "ï"}
_VNI_CIRC_TONE = {"": "â", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0301": "á", "\u0323": "ä"}
_VNI_BREVE_TONE = {"": "ê", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0301": "é", "\u0323": "ë"}
_VNI_I = {"\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0301": "í", "\u0323": "ò"}


def _to_vni(text: str) -> str:
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        parts = nfd(ch)
        base, marks = parts[0], parts[1:]
        tone = next((m for m in marks if m in _VNI_TONE), "")
        upper = base.isupper()

        def case(s: str) -> str:
            return s.upper() if upper else s

        if "\u031b" in marks:  # horn: ơ ư are single bytes in VNI
            out.append(case({"o": "ô", "u": "ö"}[base.lower()]) + case(_VNI_TONE.get(tone, "")))
        elif "\u0302" in marks:
            out.append(base + case(_VNI_CIRC_TONE[tone]))
        elif "\u0306" in marks:
            out.append(base + case(_VNI_BREVE_TONE[tone]))
        elif base in "iI" and tone:
            out.append(case(_VNI_I[tone]))
        elif base in "yY" and tone == "\u0323":
            out.append(case("î"))
        elif tone:
            out.append(base + case(_VNI_TONE[tone]))
        else:
            out.append(ch)
    return "".join(out)


def test_column_majority_converts_ambiguous_cells():
    # "Tó" and "Vò" alone read as Unicode; in a TCVN3 column they are Tú and Vũ.
    column = ["NguyÔn V¨n Tó", "Tó", "Vò", "Lª ThÞ Hµ", "§Æng V¨n Hïng", "Nguyen Van A", ""]
    fixed, found = detect_and_fix_column(column)
    assert found == "tcvn3"
    assert fixed == ["Nguyễn Văn Tú", "Tú", "Vũ", "Lê Thị Hà", "Đặng Văn Hùng", "Nguyen Van A", ""]


def test_ascii_values_do_not_outvote_legacy_ones():
    column = ["Nguyen Van A"] * 10 + ["NguyÔn V¨n Hïng", "Lª ThÞ Hµ"]
    fixed, found = detect_and_fix_column(column)
    assert found == "tcvn3"
    assert fixed[-2:] == ["Nguyễn Văn Hùng", "Lê Thị Hà"]
    assert fixed[:10] == column[:10]


def test_unicode_majority_leaves_column_alone():
    column = ["Nguyễn Văn Hùng", "Lê Thị Hà", "Võ Thành Tâm", "NguyÔn V¨n Hïng"]
    assert detect_and_fix_column(column) == (column, None)


def test_column_keeps_non_strings_and_unicode_cells():
    when = dt.date(2020, 1, 2)
    column = ["NguyÔn V¨n Hïng", None, 3.0, when, "Lª ThÞ Hµ", "Trần Hữu Cường"]
    fixed, found = detect_and_fix_column(column)
    assert found == "tcvn3"
    assert fixed == ["Nguyễn Văn Hùng", None, 3.0, when, "Lê Thị Hà", "Trần Hữu Cường"]
    assert detect_and_fix_column([]) == ([], None)


# ---------------------------------------------------------------------------
# Display helpers
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2005, 2, 10), "10/02/2005"),
        (dt.datetime(2023, 4, 17, 22, 5), "17/04/2023"),
        (dt.date(1, 1, 9), "09/01/0001"),
        ("2002-05-21", "21/05/2002"),
        ("2002-05-21T08:30:00", "21/05/2002"),
        (None, ""),
        ("", ""),
    ],
)
def test_format_date(value, expected):
    assert format_date(value) == expected


def test_format_date_rejects_other_types():
    with pytest.raises(TypeError):
        format_date(20020521)
    with pytest.raises(ValueError):
        format_date("21/05/2002")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("079203014391", "********4391"),
        (" 079 203 014 391 ", "********4391"),
        ("079.203.014.391", "********4391"),
        (79203014391, "*******4391"),
        ("12345", "*2345"),
        ("4391", "****"),
        ("12", "**"),
        ("", ""),
        ("   ", ""),
        (None, ""),
    ],
)
def test_mask_citizen_id(value, expected):
    assert mask_citizen_id(value) == expected
