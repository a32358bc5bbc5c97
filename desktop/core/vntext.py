"""Vietnamese text rules shared by every part of DoanDesk.

Plain Python (standard library only, no Qt) so that importers, the CLI and tests use
exactly the same rules as the screens.

* :func:`normalize` -- every string that enters the program passes through it: NFC,
  trimmed, inner white space collapsed to one space.
* :func:`fold` -- the search form: lower case, no tones, ``đ`` folded to ``d`` by hand
  because Unicode does not decompose it.
* :func:`name_case` and :func:`split_name` -- tidy an imported full name and split it
  into (family, middle, given) the way Vietnamese names are written.
* :func:`sort_key` and :func:`sort_key_full` -- a plain string (ASCII for Vietnamese
  names) that orders people by given name, then middle, then family name in Vietnamese
  alphabet order, with tones only breaking ties. Store it in a column and ``ORDER BY`` it
  with SQLite's default BINARY collation; Python's ``sorted`` agrees with SQLite on it.
* :func:`detect_legacy_encoding`, :func:`convert_legacy`, :func:`fix_legacy` and
  :func:`detect_and_fix_column` -- repair text typed with the old TCVN3 (ABC, ``.VnTime``)
  or VNI (``VNI-Times``) fonts, which reaches us from spreadsheets as Unicode strings whose
  characters are really the legacy byte values read as Windows-1252 / Latin-1.
* :func:`format_date` (dd/mm/yyyy) and :func:`mask_citizen_id` for display.
"""
# i18n: vi-module — Vietnamese grammar: letter tables, syllables, legacy encodings.

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "normalize",
    "fold",
    "name_case",
    "split_name",
    "sort_key",
    "sort_key_full",
    "detect_legacy_encoding",
    "convert_legacy",
    "fix_legacy",
    "detect_and_fix_column",
    "format_date",
    "mask_citizen_id",
]

# ---------------------------------------------------------------------------
# Letter tables shared by folding, sorting and the syllable check
# ---------------------------------------------------------------------------

# Index = tone weight in dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_HUYEN, _HOI, _NGA, _SAC, _NANG = 1, 2, 3, 4, 5

# The twelve vowels that carry tones, spelled with their own base mark.
_VOWELS = "aăâeêioôơuưy"

# (vowel, tone) -> precomposed lower-case letter.
_COMPOSE: dict[tuple[str, int], str] = {
    (v, t): unicodedata.normalize("NFC", v + mark)
    for v in _VOWELS
    for t, mark in enumerate(_TONE_MARKS)
}

# Lower-case letter -> (letter without tone, tone). Covers a-z, đ and all 134 toned or
# modified vowels; anything else is "not a Vietnamese letter" for the syllable check.
_LETTER_INFO: dict[str, tuple[str, int]] = {c: (c, 0) for c in "abcdefghijklmnopqrstuvwxyz"}
_LETTER_INFO["đ"] = ("đ", 0)
for (_v, _t), _c in _COMPOSE.items():
    _LETTER_INFO[_c] = (_v, _t)

# Vietnamese letter (either case) -> its plain ASCII letter, for the fast path of fold().
_FOLD_TABLE: dict[int, str] = {}
for _c, (_plain, _t) in _LETTER_INFO.items():
    _ascii = unicodedata.normalize("NFD", _plain)[0] if _plain != "đ" else "d"
    _FOLD_TABLE[ord(_c)] = _ascii
    _FOLD_TABLE[ord(_c.upper())] = _ascii
# Unicode gives đ/Đ no decomposition, so NFD + dropping marks leaves them alone.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_FOLD_TABLE.update({ord("ð"): "d", ord("Ð"): "d"})


# ---------------------------------------------------------------------------
# Normalising and folding
# ---------------------------------------------------------------------------


def normalize(text: object) -> str:
    """NFC, trimmed, inner runs of white space collapsed to one space; None gives ''."""
    if text is None:
        return ""
    s = text if isinstance(text, str) else str(text)
    if not s:
        return ""
    # NFC of pure ASCII is itself; skipping it is the common case for codes and numbers.
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    # str.split() splits on exactly the characters the regex \s matches (NBSP included),
    # and is several times faster than re.sub + strip.
    return " ".join(s.split())


def fold(text: object) -> str:
    """Search form: lower case, tones and marks removed, đ→d, spaces collapsed."""
    s = normalize(text)
    if not s:
        return ""
    if s.isascii():
        return s.lower()
    # Folding works letter by letter and never across a space, so each word can be
    # folded alone; names and addresses repeat the same few thousand words.
    return " ".join([_fold_word(word) for word in s.split(" ")])


@lru_cache(maxsize=1 << 14)
def _fold_word(word: str) -> str:
    # A table lookup handles every Vietnamese letter; only a word that still has other
    # non-ASCII characters (French, German, symbols) needs the general NFD route.
    quick = word.translate(_FOLD_TABLE)
    if quick.isascii():
        return quick.lower()
    decomposed = unicodedata.normalize("NFD", word.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

# First letter of each word, and of each part after a hyphen or apostrophe (O'Neil).
_WORD_START = re.compile(r"(^|[\s\-'’])(\w)")


def name_case(s: object) -> str:
    """Normalise a name and title-case it if it was typed ALL CAPS or all lower case.

    Mixed-case names are left as typed: "McDonald" or "Nguyễn văn A" may be deliberate,
    and guessing would be worse than leaving them.
    """
    t = normalize(s)
    if not t or not (t.isupper() or t.islower()):
        return t
    return _WORD_START.sub(lambda m: m.group(1) + m.group(2).upper(), t.lower())


def split_name(full: object) -> tuple[str, str, str]:
    """(family, middle, given) of a normalised full name.

    Vietnamese names are written family first and given name last, whatever the number of
    middle names; a single word is taken as the given name, as rosters sort by it.
    """
    words = normalize(full).split(" ")
    if words == [""]:
        return ("", "", "")
    if len(words) == 1:
        return ("", "", words[0])
    return (words[0], " ".join(words[1:-1]), words[-1])


# ---------------------------------------------------------------------------
# Sort keys
# ---------------------------------------------------------------------------
#
# The key is   given , middle , family ! tones   (words of one part joined by ".")
# where each letter is spelled so that plain byte order is Vietnamese alphabet order:
# a letter with a mark sorts after the plain letter and after every word that continues
# with a plain letter (a < az < ă < â < b), because "|" and "}" come after "z" in ASCII.
# The separators are below every letter and digit, so a shorter word sorts first
# ("An" < "Anh") and the tone part is only reached when all letters are equal. Letters
# outside the alphabet (ß, CJK) stay as themselves after "{"; UTF-8 keeps code point
# order, so SQLite's byte comparison still agrees with Python's.

_LEVEL_SEP = "!"  # before the tone digits: lower than everything else
_PART_SEP = ","  # between given, middle and family
_WORD_SEP = "."  # between words of one part (several middle names)
_UNKNOWN = "{"  # before a letter outside the alphabet: after z, before the marks | }

_SORT_SYMBOL: dict[str, str] = {c: c for c in "abcdefghijklmnopqrstuvwxyz"}
_SORT_SYMBOL.update({"ă": "a|", "â": "a}", "đ": "d|", "ê": "e|", "ô": "o|", "ơ": "o}", "ư": "u|"})

# A character's sort symbol and tone; precomputed for the alphabet, digits included.
_CHAR_SORT: dict[str, tuple[str, int]] = {
    c: (_SORT_SYMBOL[plain], tone) for c, (plain, tone) in _LETTER_INFO.items()
}
_CHAR_SORT.update({d: (d, 0) for d in "0123456789"})
# Some converters put the look-alike ð (eth) where đ belongs; fold() treats it as d too.
_CHAR_SORT["ð"] = _CHAR_SORT["đ"]


def _char_sort_fallback(ch: str) -> tuple[str, int]:
    # Foreign letters (ñ, ü, ç) sort with their base letter; the rest after z.
    decomposed = unicodedata.normalize("NFD", ch)
    base = _CHAR_SORT.get(decomposed[0])
    if base is not None:
        tone = 0
        for mark in decomposed[1:]:
            if mark in _TONE_MARKS:
                tone = _TONE_MARKS.index(mark)
                break
        return base[0], tone
    if ch.isalnum():
        return _UNKNOWN + ch, 0
    return "", 0  # punctuation such as the apostrophe in O'Neil does not sort


@lru_cache(maxsize=1 << 16)
def _word_sort(word: str) -> tuple[str, str]:
    """(letters, tone digit) of one word; a roster repeats the same few thousand words."""
    letters = []
    tone = 0
    for ch in unicodedata.normalize("NFC", word).lower():
        info = _CHAR_SORT.get(ch)
        if info is None:
            info = _char_sort_fallback(ch)
        letters.append(info[0])
        if info[1] and not tone:
            tone = info[1]
    return "".join(letters), str(tone)


@lru_cache(maxsize=1 << 16)
def _part_sort(part: str) -> tuple[str, str]:
    keys = [_word_sort(w) for w in part.split()]
    keys = [k for k in keys if k[0]]
    return _WORD_SEP.join(k[0] for k in keys), "".join(k[1] for k in keys)


def sort_key(family: str | None, middle: str | None, given: str | None) -> str:
    """Key ordering people by given, middle, family name, tones breaking ties.

    Letters follow a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y
    (z), digits first, case ignored. Tones weigh none < huyền < hỏi < ngã < sắc < nặng
    and count only when every letter of all three parts is equal. Compare keys as plain
    strings: Python ``sorted`` and SQLite ``ORDER BY`` (BINARY collation) agree.
    """
    g_letters, g_tones = _part_sort(given or "")
    m_letters, m_tones = _part_sort(middle or "")
    f_letters, f_tones = _part_sort(family or "")
    return (
        f"{g_letters}{_PART_SEP}{m_letters}{_PART_SEP}{f_letters}"
        f"{_LEVEL_SEP}{g_tones}{m_tones}{f_tones}"
    )


def sort_key_full(full_name: object) -> str:
    """:func:`sort_key` of a full name, split with :func:`split_name`."""
    return sort_key(*split_name(full_name))


# ---------------------------------------------------------------------------
# Vietnamese syllables: the yardstick for telling legacy text from real Unicode
# ---------------------------------------------------------------------------
#
# Legacy text read as Windows-1252 is full of characters such as ¨ ª µ ï å Ô that no
# Vietnamese syllable contains, while correctly decoded text is made of syllables.
# Checking syllable structure (onset, vowel cluster, final consonant, tone rules) is what
# keeps "Café", "Müller" or "Võ Thành Tâm" from being "repaired".

_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
    r"(?:"
    # vowel clusters that end the syllable
    r"(?P<open>iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu"
    r"|ia|iu|oa|oe|oi|ôi|ơi|ua|uê|ui|uy|ưa|ưi|ưu|uơ|a|e|ê|i|y|o|ô|ơ|u|ư)"
    # vowel clusters followed by a final consonant. "oo" (xoong, boong) is left out on
    # purpose: those loanwords are ASCII anyway, and allowing it let VNI "Coâng" also
    # read as TCVN3 "Coõng".
    r"|(?P<closed>uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư)"
    r"(?P<coda>ch|nh|ng|c|m|n|p|t)"
    r")"
)
# Open clusters whose last vowel is a glide: the tone never sits on that glide
# (hai, kéo, tươi), which tells TCVN3 "Leõ" apart from VNI "Leâ" (Lê).
_GLIDE_ENDED = frozenset(
    "ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu oai oao oay oeo uây uôi ươi ươu "
    "uyu".split()
)
# Clusters whose tone sits on the first vowel (mía, mùa, mưa) ...
_TONE_FIRST = frozenset(("ia", "ua", "ưa"))
# ... and the three-vowel ones, where it sits on the middle vowel (khuỷu aside).
_TONE_MIDDLE = frozenset(c for c in _GLIDE_ENDED if len(c) == 3 and c != "uyu")


@lru_cache(maxsize=1 << 15)
def _is_syllable(run: str) -> bool:
    """True if the run is one well-formed Vietnamese syllable (any tone placement style)."""
    plain = []
    tone = 0
    tone_at = -1
    for i, ch in enumerate(run.lower()):
        info = _LETTER_INFO.get(ch)
        if info is None:
            return False
        if info[1]:
            if tone:
                return False  # two tone marks on one syllable
            tone, tone_at = info[1], i
        plain.append(info[0])
    m = _SYLLABLE.fullmatch("".join(plain))
    if m is None:
        return False
    coda = m.group("coda")
    group = "open" if coda is None else "closed"
    nucleus = m.group(group)
    if tone:
        # Old (hòa, thúy) and new (hoà, thuý) placements are both accepted.
        at = tone_at - m.start(group)
        if not 0 <= at < len(nucleus):
            return False
        if coda is None:
            if nucleus in _TONE_FIRST and at != 0:
                return False
            if nucleus in _TONE_MIDDLE and at != 1:
                return False
            if nucleus in _GLIDE_ENDED and at == len(nucleus) - 1:
                return False
        elif len(nucleus) > 1 and at != len(nucleus) - 1 and nucleus not in ("oa", "oe", "uy"):
            return False  # tiến, muốn, nguyễn, thuận: on the last vowel before the coda
    if coda is None:
        return True
    # ch/nh only follow a, ê, i/y (anh, ênh, inh, uynh); a stop takes only sắc or nặng.
    if coda in ("ch", "nh") and nucleus[-1] not in "aêiy":
        return False
    if coda in ("c", "ch", "p", "t") and tone not in (_SAC, _NANG):
        return False
    return True


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _letters_are_vietnamese(token: str) -> bool:
    """True if the token holds letters and every run of letters is a syllable."""
    runs = _LETTER_RUN.findall(unicodedata.normalize("NFC", token))
    return bool(runs) and all(_is_syllable(r) for r in runs)


# ---------------------------------------------------------------------------
# Legacy encodings: TCVN3 (ABC) and VNI
# ---------------------------------------------------------------------------


def _byte_chars(b: int) -> list[str]:
    """How a legacy byte can reach us: as its Windows-1252 character or as Latin-1.

    Excel stores the byte through the ANSI code page (0x80 becomes €), other tools
    use Latin-1 (0x80 becomes U+0080); both must decode the same way.
    """
    chars = [chr(b)]
    try:
        cp = bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chars
    if cp != chars[0]:
        chars.append(cp)
    return chars


# Every character a legacy string can contain; anything else proves the text is Unicode.
_LEGACY_REPERTOIRE = frozenset(c for b in range(256) for c in _byte_chars(b))
_NOT_LEGACY = re.compile("[^" + re.escape("".join(sorted(_LEGACY_REPERTOIRE))) + "]")

# TCVN3 bytes of the toned vowels, in tone order huyền, hỏi, ngã, sắc, nặng.
# Lower case: the .VnTime fonts. These are the whole of what most files contain.
_TCVN3_LOWER_ROWS = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
# Upper case with tones exists only in the full TCVN 5712 (VN1) table, squeezed into the
# C0 and 0x80-0x9F ranges and the gaps of the lower-case block. .VnTime users typed
# capitals with the .VnTimeH font instead, which reuses the lower-case bytes.
_TCVN3_UPPER_ROWS = {
    "a": (0x80, 0x81, 0x82, 0x83, 0x84),
    "ă": (0xAF, 0xBA, 0xBF, 0xC0, 0x85),
    "â": (0xC1, 0xC2, 0xC3, 0xC4, 0x86),
    "e": (0x87, 0x88, 0x89, 0x8A, 0x8B),
    "ê": (0xC5, 0xCD, 0xD9, 0xDA, 0x8C),
    "i": (0x8D, 0x8E, 0x8F, 0x90, 0x91),
    "o": (0x92, 0x93, 0x94, 0x95, 0x96),
    "ô": (0xDB, 0xE0, 0xF0, 0xFF, 0x97),
    "ơ": (0x98, 0x99, 0x9A, 0x9B, 0x9C),
    "u": (0x9D, 0x9E, 0x9F, 0x01, 0x02),
    "ư": (0x04, 0x05, 0x06, 0x11, 0x12),
    "y": (0x13, 0x14, 0x15, 0x16, 0x17),
}
_TCVN3_PLAIN = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # Tone marks typed as separate characters after the vowel.
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
}  # fmt: skip


def _tcvn3_table(rows: dict[str, tuple[int, ...]], upper: bool) -> dict[str, str]:
    table: dict[str, str] = {}
    for vowel, codes in rows.items():
        for tone, b in enumerate(codes, start=1):
            letter = _COMPOSE[(vowel, tone)]
            for ch in _byte_chars(b):
                table[ch] = letter.upper() if upper else letter
    return table


_TCVN3_BASIC = _tcvn3_table(_TCVN3_LOWER_ROWS, upper=False)
for _b, _letter in _TCVN3_PLAIN.items():
    for _ch in _byte_chars(_b):
        _TCVN3_BASIC[_ch] = _letter
_TCVN3_UPPER = _tcvn3_table(_TCVN3_UPPER_ROWS, upper=True)
# Characters that stand for a letter (not a detached tone mark) in TCVN3.
_TCVN3_LETTERS = frozenset(
    ch for ch, letter in (_TCVN3_BASIC | _TCVN3_UPPER).items() if letter.isalpha()
)
# The same, without the capitals that share bytes with punctuation (– “ € ™).
_TCVN3_WORD_CHARS = frozenset(
    ch for ch in _TCVN3_LETTERS if ch in _TCVN3_BASIC or ch.isalpha() or ch < " "
)
# Characters that TCVN3 reads as a lower-case letter.
_TCVN3_SMALL = frozenset(ch for ch, letter in _TCVN3_BASIC.items() if letter.islower())
# Plain vowels a detached TCVN3 tone mark may follow.
_TONE_BEARERS = frozenset(_VOWELS)

# Some converters wrote a capital toned vowel as the capital plain vowel followed by the
# lower-case toned one ("Aµ" for "À"); no Vietnamese word has such a pair, so merge it.
_TCVN3_PAIRS = {
    _COMPOSE[(v, 0)].upper() + _COMPOSE[(v, t)]: _COMPOSE[(v, t)].upper()
    for v in _VOWELS
    for t in range(1, 6)
}
_TCVN3_PAIR_RE = re.compile("|".join(sorted(_TCVN3_PAIRS)))


def _tcvn3_decode(token: str, with_upper: bool) -> tuple[str, bool]:
    """Decode one token; the flag says every non-ASCII letter had a TCVN3 meaning."""
    out = []
    complete = True
    for ch in token:
        letter = _TCVN3_BASIC.get(ch)
        if letter is None and with_upper:
            letter = _TCVN3_UPPER.get(ch)
        if letter is None:
            if not ch.isascii() and ch.isalpha():
                complete = False
            letter = ch
        elif letter in _TONE_MARKS and not (out and out[-1].lower() in _TONE_BEARERS):
            letter = ch  # ° ± ² ³ ´ after a digit or a space are just symbols
        out.append(letter)
    s = unicodedata.normalize("NFC", "".join(out))
    return _TCVN3_PAIR_RE.sub(lambda m: _TCVN3_PAIRS[m.group(0)], s), complete


@lru_cache(maxsize=1 << 14)
def _tcvn3_token(token: str) -> tuple[str, bool]:
    """(decoded token, whether it reads as Vietnamese)."""
    # Capitals with tones share their bytes with curly quotes, dashes and € (0x80-0x9F)
    # and with Latin-1 letters. Read them as letters only inside a word that then reads
    # as Vietnamese, either all in capitals (HỌ, NGƯỜI) or as its initial (Ánh): a lone
    # "–" or "€100" must stay as it is. They are tried first because a quote-like byte
    # between letters ("NG¦˜I") would otherwise just split the word in two.
    capitals = [i for i, ch in enumerate(token) if ch in _TCVN3_UPPER and ch not in _TCVN3_BASIC]
    if capitals:
        full, complete = _tcvn3_decode(token, with_upper=True)
        letters = [i for i, ch in enumerate(token) if ch.isalpha() or ch in _TCVN3_LETTERS]
        if (
            complete
            # control codes never occur in ordinary text, so a lone one may be "Ý"
            and (len(letters) >= 2 or all(token[i] < " " for i in capitals))
            and (full.isupper() or capitals == letters[:1])
            and _letters_are_vietnamese(full)
        ):
            return full, True
    basic, complete = _tcvn3_decode(token, with_upper=False)
    return basic, complete and _letters_are_vietnamese(basic)


def _typed_in_capitals(text: str) -> bool:
    """True if the text was typed in capitals with the .VnTimeH font.

    .VnTimeH draws the lower-case TCVN3 bytes as capitals, so "NGUYÔN" means NGUYỄN.
    The sign is a word holding at least two ASCII capitals and a lower-case TCVN3 letter,
    with no lower-case ASCII letter anywhere. "Lª Tó" (one capital per word) is title
    case, and "Sè CCCD" is a title-case word beside an abbreviation.
    """
    if any("a" <= ch <= "z" for ch in text):
        return False
    return any(
        sum("A" <= ch <= "Z" for ch in word) >= 2 and any(ch in _TCVN3_SMALL for ch in word)
        for word in text.split()
    )


_SPACE_RUNS = re.compile(r"(\s+)")


def _convert_tcvn3(text: str) -> str:
    pieces = _SPACE_RUNS.split(text)
    for i in range(0, len(pieces), 2):  # even indexes are the words
        if pieces[i] and not (pieces[i].isascii() and pieces[i].isprintable()):
            pieces[i] = _tcvn3_token(pieces[i])[0]
    out = "".join(pieces)
    if _typed_in_capitals(text):
        out = out.upper()
    return unicodedata.normalize("NFC", out)


# VNI writes a vowel as the plain ASCII letter followed by one mark byte: a tone, a
# quality mark (â ê ô, ă), or both at once. ơ, ư, đ, the toned i and ỵ are single bytes.
# The capital mark bytes (Ù, Â, Ã...) read like the small ones: the base letter decides
# the case, so "NGUYEÃN" and a carelessly typed "NGUYEãN" both give NGUYỄN.
_VNI_LETTERS = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ",
    "í": "í", "Í": "Í", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
}  # fmt: skip
_CIRCUMFLEX, _BREVE = "^", "("
_VNI_MARKS: dict[str, tuple[str, int]] = {}
for _lower, _quality, _tone in (
    ("ø", "", _HUYEN), ("û", "", _HOI), ("õ", "", _NGA), ("ù", "", _SAC), ("ï", "", _NANG),
    ("â", _CIRCUMFLEX, 0), ("ê", _BREVE, 0),
    ("à", _CIRCUMFLEX, _HUYEN), ("å", _CIRCUMFLEX, _HOI), ("ã", _CIRCUMFLEX, _NGA),
    ("á", _CIRCUMFLEX, _SAC), ("ä", _CIRCUMFLEX, _NANG),
    ("è", _BREVE, _HUYEN), ("ú", _BREVE, _HOI), ("ü", _BREVE, _NGA),
    ("é", _BREVE, _SAC), ("ë", _BREVE, _NANG),
):  # fmt: skip
    _VNI_MARKS[_lower] = _VNI_MARKS[_lower.upper()] = (_quality, _tone)
_VNI_QUALITY = {("a", _CIRCUMFLEX): "â", ("e", _CIRCUMFLEX): "ê", ("o", _CIRCUMFLEX): "ô",
                ("a", _BREVE): "ă"}  # fmt: skip
# Letters that take marks after them: the ASCII vowels plus VNI's single-byte ơ and ư.
_VNI_BASES = {c: c.lower() for c in "aeiouyAEIOUY"} | {"ô": "ơ", "Ô": "ơ", "ö": "ư", "Ö": "ư"}


def _vni_decode(text: str) -> tuple[str, bool]:
    """Decode VNI; the flag is False if a mark byte followed no vowel that can take it,
    or a character that means something only in TCVN3 was met."""
    out = []
    clean = True
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        vowel = _VNI_BASES.get(ch)
        if vowel is None:
            letter = _VNI_LETTERS.get(ch)
            if letter is None:
                # A stray mark, or a character that only TCVN3 gives a meaning (§ ¨ ª),
                # means this is not VNI text.
                if ch in _VNI_MARKS or ch in _TCVN3_WORD_CHARS:
                    clean = False
                letter = ch
            out.append(letter)
            i += 1
            continue
        capital = ch.isupper()
        tone = 0
        has_quality = vowel in "ơư"
        i += 1
        # A mark may carry quality and tone together (ệ = e + ä), or come as two bytes
        # (e + â + ï); accept both, at most one of each.
        while i < n and text[i] in _VNI_MARKS:
            quality, mark_tone = _VNI_MARKS[text[i]]
            if quality and (has_quality or (vowel, quality) not in _VNI_QUALITY):
                break
            if mark_tone and tone:
                break
            if quality:
                vowel = _VNI_QUALITY[(vowel, quality)]
                has_quality = True
            tone = mark_tone or tone
            i += 1
        letter = _COMPOSE[(vowel, tone)]
        out.append(letter.upper() if capital else letter)
    return unicodedata.normalize("NFC", "".join(out)), clean


@lru_cache(maxsize=1 << 14)
def _vni_token(token: str) -> tuple[str, bool]:
    """(decoded token, whether it reads as Vietnamese)."""
    decoded, clean = _vni_decode(token)
    return decoded, clean and _letters_are_vietnamese(decoded)


_ENCODINGS = {"tcvn3": "tcvn3", "abc": "tcvn3", "vni": "vni", "vni-windows": "vni"}


def convert_legacy(text: str, encoding: str) -> str:
    """Convert text typed in a legacy encoding ('tcvn3' or 'vni') to NFC Unicode.

    Characters with no meaning in that encoding are kept as they are, so converting a
    whole column never loses data. Raises ValueError for an unknown encoding name.
    """
    enc = _ENCODINGS.get(str(encoding).lower())
    if enc is None:
        raise ValueError(f"Unknown legacy encoding {encoding!r}; expected 'tcvn3' or 'vni'.")
    if not text:
        return text
    if enc == "tcvn3":
        return _convert_tcvn3(text)
    return _vni_decode(text)[0]


_ASCII, _UNICODE, _UNKNOWN_TEXT = "ascii", "unicode", "unknown"

# Symbols that are letters in TCVN3 (¢ § ¨ © ª « ¬ soft hyphen ® ¸ ...): inside a word of
# real Unicode text they do not occur, in a TCVN3 word they are everywhere.
_TCVN3_ONLY_SYMBOLS = frozenset(ch for ch in _TCVN3_WORD_CHARS if not ch.isalpha())


@lru_cache(maxsize=1 << 14)
def _unicode_token(token: str) -> bool:
    """Whether the token, taken as it is, reads as Vietnamese."""
    if any(ch in _TCVN3_ONLY_SYMBOLS for ch in token):
        return False
    # A capital after a small letter (TuÊn, YÕn) is never Vietnamese spelling, but is
    # how TCVN3 looks: many of its lower-case letters sit on Latin-1 capitals.
    for run in _LETTER_RUN.findall(token):
        if any(b.isupper() and a.islower() for a, b in zip(run, run[1:])):
            return False
    return _letters_are_vietnamese(token)


def _classify(text: str) -> str:
    """'ascii', 'unicode', 'tcvn3', 'vni' or 'unknown' (non-ASCII, none fits)."""
    # TCVN3 puts a few capitals (Ú Ụ Ừ Ử Ữ Ứ Ự Ỳ Ỷ Ỹ Ý Ỵ) on control codes, hence isprintable.
    if text.isascii() and text.isprintable():
        return _ASCII
    if _NOT_LEGACY.search(text):
        return _UNICODE  # ạ, ơ, đ, combining marks...: no legacy byte reads as these
    # Only words with a letter in some reading carry evidence; "–" or "±5°C" do not.
    tokens = [
        t
        for t in text.split()
        if not (t.isascii() and t.isprintable())
        and any(ch.isalpha() or ch in _TCVN3_WORD_CHARS for ch in t)
    ]
    if not tokens:
        return _UNKNOWN_TEXT
    n = len(tokens)
    as_unicode = sum(_unicode_token(t) for t in tokens)
    # Real Vietnamese that happens to use only Latin-1 letters (Võ Thành Tâm) must stay.
    if as_unicode == n:
        return _UNICODE
    tcvn3 = [_tcvn3_token(t) for t in tokens]
    vni = [_vni_token(t) for t in tokens]
    as_tcvn3 = sum(ok for _decoded, ok in tcvn3)
    as_vni = sum(ok for _decoded, ok in vni)
    if as_tcvn3 == as_vni:
        # Both read as Vietnamese ("Bí thö"): prefer the one that leaves more words as
        # they were, as í means í in VNI but ớ in TCVN3. The bonus stays below one word.
        as_tcvn3 += sum(d == t for (d, _ok), t in zip(tcvn3, tokens)) / (n + 1)
        as_vni += sum(d == t for (d, _ok), t in zip(vni, tokens)) / (n + 1)
    best, count = ("tcvn3", as_tcvn3) if as_tcvn3 > as_vni else ("vni", as_vni)
    # Demand that (nearly) every word decodes, not just more than before: one lucky
    # syllable in a foreign word must not trigger a conversion.
    if as_tcvn3 != as_vni and int(count) > as_unicode and int(count) * 5 >= n * 4:
        return best
    return _UNKNOWN_TEXT


def detect_legacy_encoding(text: str) -> str | None:
    """'tcvn3' or 'vni' if the text reads as Vietnamese only once decoded, else None.

    Unicode Vietnamese, ASCII and foreign text (Café, Müller, O'Neil) give None. A single
    short value can be ambiguous; importers should prefer :func:`detect_and_fix_column`.
    """
    if not isinstance(text, str) or not text:
        return None
    verdict = _classify(text)
    return verdict if verdict in ("tcvn3", "vni") else None


def fix_legacy(text: str) -> tuple[str, str | None]:
    """(converted text, encoding it was converted from), or (text unchanged, None)."""
    encoding = detect_legacy_encoding(text)
    if encoding is None:
        return text, None
    return convert_legacy(text, encoding), encoding


def detect_and_fix_column(values: Iterable[object]) -> tuple[list, str | None]:
    """Decide the encoding of a whole column by majority and convert every value.

    A column comes from one file typed with one font, and a single cell such as "Tó"
    (TCVN3 for Tú) is also valid Unicode, so the column decides rather than each cell.
    Only values that carry evidence vote: ASCII-only values read the same in every
    encoding, and values nothing fits abstain. A legacy encoding wins if it has more than
    half of the votes. Values that cannot be legacy (ASCII, characters outside
    Windows-1252) and non-strings are returned unchanged.
    """
    values = list(values)
    votes: Counter[str] = Counter()
    for v in values:
        if isinstance(v, str) and v:
            votes[_classify(v)] += 1
    voters = votes[_UNICODE] + votes["tcvn3"] + votes["vni"]
    encoding = "tcvn3" if votes["tcvn3"] > votes["vni"] else "vni"
    if votes["tcvn3"] == votes["vni"] or votes[encoding] * 2 <= voters:
        return values, None
    fixed = [convert_legacy(v, encoding) if _may_be_legacy(v) else v for v in values]
    return fixed, encoding


def _may_be_legacy(value: object) -> bool:
    # Plain ASCII reads the same in every encoding (TCVN3 control-code capitals aside),
    # and a character outside Windows-1252 means someone already typed it in Unicode.
    return (
        isinstance(value, str)
        and not (value.isascii() and value.isprintable())
        and not _NOT_LEGACY.search(value)
    )


# ---------------------------------------------------------------------------
# Display helpers
# ---------------------------------------------------------------------------


def format_percent(value: float, *, keep_zero_decimal: bool = False) -> str:
    """31.3 → '31,3%' with the Vietnamese decimal comma; 50.0 → '50%' on screen, or
    '50,0%' with ``keep_zero_decimal`` (report tables, where columns line up)."""
    text = f"{value:.1f}"
    if text.endswith(".0") and not keep_zero_decimal:
        text = text[:-2]
    return text.replace(".", ",") + "%"


def format_date(d: _dt.date | str | None) -> str:
    """dd/mm/yyyy for a date or datetime (or an ISO date string); '' for None."""
    if d is None:
        return ""
    if isinstance(d, str):
        s = d.strip()
        if not s:
            return ""
        d = _dt.date.fromisoformat(s[:10])
    if not isinstance(d, _dt.date):
        raise TypeError(f"format_date expects a date, not {type(d).__name__}")
    # strftime pads years below 1000 differently per platform; format by hand.
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def mask_citizen_id(s: object) -> str:
    """Citizen ID (CCCD) for display: only the last 4 characters, e.g. ********4391.

    Separators are dropped. Values of 4 characters or fewer are masked completely:
    showing them would show the whole value.
    """
    if s is None or isinstance(s, bool):
        return ""
    if isinstance(s, float) and s.is_integer():
        s = int(s)  # a number cell from a spreadsheet
    chars = "".join(ch for ch in str(s) if ch.isalnum())
    if len(chars) <= 4:
        return "*" * len(chars)
    return "*" * (len(chars) - 4) + chars[-4:]
