"""Tests for forms.names: normalisation, canonical spellings, phonetic keys, similarity, pools."""

from __future__ import annotations

import copy
import importlib.resources
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forms import names
from forms.names import (
    CANONICAL_VARIANTS,
    NamePoolError,
    SearchKeys,
    canonical_token,
    load_name_pools,
    name_similarity,
    name_tokens,
    normalise_name,
    parse_name_pools,
    phonetic_key,
    script_of,
    search_keys,
    token_similarity,
    tokens_similarity,
)

# --- normalise_name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Latin: case, diacritics, letters without decomposition, punctuation
        ("  Muḥammad   ASLAM ", "muhammad aslam"),
        ("Zoë Ångström", "zoe angstrom"),
        ("Søren Łukasz Đorđe", "soren lukasz dorde"),
        ("Straße", "strasse"),
        ("İBRAHIM", "ibrahim"),
        ("Ｍｕｈａｍｍａｄ", "muhammad"),  # fullwidth
        ("Ma'ruf Sa’ad D´Souza", "maruf saad dsouza"),  # apostrophes deleted
        ("Zia-ul-Haq", "zia ul haq"),
        ("Ali, Hasan. (Bhatti)", "ali hasan bhatti"),
        ("Abdul_Rahman\tKhan\n", "abdul rahman khan"),
        ("Block ۱۲", "block 12"),  # digits of accepted scripts become ASCII
        # Arabic script: harakat, tatweel, hamza, letter variants, controls
        ("مُحَمَّد", "محمد"),
        ("محـــمد", "محمد"),
        ("أحمد", "احمد"),
        ("آمنہ", "امنہ"),
        ("مؤمن", "مومن"),
        ("ضیاء", "ضیا"),
        ("رحمٰن", "رحمن"),
        ("كريم", "کریم"),  # Arabic kaf and yeh
        ("\u202bمحمد\u202c", "محمد"),
        ("\ufefb", "لا"),  # presentation-form ligature
        ("چوده\u200cری", "چودہری"),  # Arabic heh and ZWNJ
        # Khmer: marks and coeng kept, deprecated forms mapped, ZWSP and punctuation removed
        ("សុខ", "សុខ"),
        ("ស្រីមុំ", "ស្រីមុំ"),
        ("សុខ\u200bចាន់", "សុខចាន់"),
        ("សុខ។", "សុខ"),
        ("\u17a3", "\u17a2"),
        ("\u17a4", "\u17a2\u17b6"),
        ("ក\u17b4ខ", "កខ"),
        # mixed and empty
        ("Muhammad محمد", "muhammad محمد"),
        ("", ""),
        (" \u200b\u200f ", ""),
    ],
)
def test_normalise_name(raw: str, expected: str) -> None:
    assert normalise_name(raw) == expected


@pytest.mark.parametrize(
    "spellings",
    [
        ("إبراهيم", "ابراہیم", "ابراھیم"),  # Arabic heh/yeh, do-chashmi he
        ("عائشة", "عائشہ", "عایشہ", "عائشۃ"),  # teh marbuta, hamza seat
        ("مصطفیٰ", "مصطفى", "مصطفے", "مصطفی"),  # superscript alef, alef maksura, bari ye
        ("چودھری", "چودہری", "چودهری"),
        ("ضیاء الحق", "ضیا الحق", "ضياء الحق"),
    ],
)
def test_arabic_script_variants_normalise_alike(spellings: tuple[str, ...]) -> None:
    assert len({normalise_name(s) for s in spellings}) == 1


@given(st.text())
def test_normalise_name_is_idempotent(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once
    assert once == " ".join(once.split())


_TRICKY = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x1780, max_codepoint=0x17FF),
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),
    st.characters(min_codepoint=0x0000, max_codepoint=0x024F),
    st.characters(min_codepoint=0x2000, max_codepoint=0x206F),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF),
)


@settings(max_examples=300)
@given(st.text(_TRICKY, max_size=25))
def test_normalise_name_is_idempotent_on_tricky_scripts(text: str) -> None:
    once = normalise_name(text)
    assert normalise_name(once) == once
    for dropped in "\u0640\u064b\u0650\u0670\u200b\u200c\u200d\u200f\u202b\ufeff":
        assert dropped not in once


@given(st.text(st.characters(max_codepoint=0x7F)))
def test_ascii_fast_path_matches_general_path(text: str) -> None:
    assert normalise_name(text) == names._normalise_unicode(text)


_KHMER_CONSONANTS = [chr(c) for c in range(0x1780, 0x17A3)]
_KHMER_VOWELS = ["", *(chr(c) for c in range(0x17B6, 0x17C6))]
_KHMER_SYLLABLE = st.builds(
    lambda first, sub, vowel: first + (f"\u17d2{sub}" if sub else "") + vowel,
    st.sampled_from(_KHMER_CONSONANTS),
    st.sampled_from(["", *_KHMER_CONSONANTS]),
    st.sampled_from(_KHMER_VOWELS),
)


@given(st.lists(st.lists(_KHMER_SYLLABLE, min_size=1, max_size=4), min_size=1, max_size=3))
def test_khmer_names_are_preserved(words: list[list[str]]) -> None:
    text = " ".join("".join(word) for word in words)
    assert normalise_name(text) == text


def test_name_tokens() -> None:
    assert name_tokens(" Muhammad  Aslam-Khan ") == ["muhammad", "aslam", "khan"]
    assert name_tokens("") == []


# --- script_of -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Muhammad Aslam", "latin"),
        ("Zoë", "latin"),
        ("محمد اسلم", "arabic"),
        ("مُحَمَّد", "arabic"),
        ("សុខ ចាន់", "khmer"),
        ("ស្រីមុំ", "khmer"),
        ("Muhammad محمد", "mixed"),
        ("Sok សុខ", "mixed"),
        ("Иван", "other"),
        ("12 34", "other"),
        ("", "other"),
    ],
)
def test_script_of(text: str, expected: str) -> None:
    assert script_of(text) == expected


# --- canonical_token -----------------------------------------------------------------------------

REQUIRED_GROUPS = {
    "muhammad": "Muhammad Mohammad Mohammed Muhammed Mohamed Muhamad Mohamad Mohd Md Muhd",
    "hussain": "Hussain Husain Hussein Husayn Hosain",
    "hasan": "Hassan Hasan",
    "fatima": "Fatima Fatimah Fatema Fatma",
    "ahmad": "Ahmad Ahmed",
    "ayesha": "Ayesha Aisha Aysha Ayisha Aaisha",
    "zainab": "Zainab Zaynab Zenab",
    "yusuf": "Yousaf Yusuf Yousuf Yosuf Yusef",
    "usman": "Usman Osman Uthman Othman",
    "umar": "Umar Omar",
    "rahman": "Rehman Rahman Rehmaan",
    "abdul": "Abdul Abdel Abdal Abd",
    "iqbal": "Iqbal Ikbal",
    "siddiqui": "Siddiqui Siddiqi Sadiqi",
    "khadija": "Khadija Khadijah Khadeeja",
    "ibrahim": "Ibrahim Ebrahim",
    "mustafa": "Mustafa Mustapha",
    "qureshi": "Qureshi Kureshi Quraishi",
    "chaudhry": "Chaudhry Chaudhary Choudhry Ch",
    "noor": "Noor Nur",
    "rashid": "Rasheed Rashid",
    "saeed": "Saeed Said Sayeed",
    "raza": "Raza Reza",
    "javed": "Javed Javaid Jawed",
    "parveen": "Parveen Perveen Parvin",
    "nasreen": "Nasreen Nasrin",
    "tahir": "Tahir Taher",
}


@pytest.mark.parametrize(("canonical", "spellings"), REQUIRED_GROUPS.items())
def test_required_variant_groups(canonical: str, spellings: str) -> None:
    assert {canonical_token(s) for s in spellings.split()} == {canonical}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("hasan", "hussain"),
        ("ali", "alia"),
        ("umar", "ammar"),
        ("ammar", "amar"),
        ("aslam", "asim"),
        ("sana", "sara"),
        ("shahid", "shaheed"),
        ("hamid", "hameed"),
        ("majid", "majeed"),
        ("nasir", "naseer"),
        ("hafiz", "hafeez"),
        ("wahid", "waheed"),
        ("saba", "sabah"),
        ("aamir", "amir"),
        ("saeed", "syed"),
        ("sayeed", "sayyid"),
        ("qasim", "kasim"),
        ("shah", "sha"),
        ("muhammad", "mahmood"),
    ],
)
def test_distinct_names_are_not_merged(a: str, b: str) -> None:
    assert canonical_token(a) != canonical_token(b)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("mouhammad", "muhammad"),  # rules, then the index of rewritten table spellings
        ("muhhammad", "muhammad"),
        ("hussayn", "hussain"),
        ("shameem", "shamim"),  # ee -> i
        ("mahmood", "mahmud"),  # oo -> u
        ("raouf", "rauf"),  # ou -> u
        ("farrukh", "farukh"),  # doubled consonant
        ("talhah", "talha"),  # final ah
        ("shah", "shah"),  # too short for the final-ah rule
        ("abdullah", "abdullah"),
        ("abdulla", "abdullah"),
        ("rafeeq", "rafiq"),
        ("asllam", "aslam"),
    ],
)
def test_generic_rules(token: str, expected: str) -> None:
    assert canonical_token(token) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Mohammed", "muhammad"),  # raw input is normalised first
        ("Abdul-Rahman", "abdul rahman"),
        ("محمد", "محمد"),
        ("مُحَمَّد", "محمد"),
        ("សុខ", "សុខ"),
        ("abc12", "abc12"),
        ("", ""),
    ],
)
def test_canonical_token_other_input(token: str, expected: str) -> None:
    assert canonical_token(token) == expected


def test_canonical_table_is_consistent() -> None:
    for canonical, variants in CANONICAL_VARIANTS.items():
        assert canonical_token(canonical) == canonical
        for variant in variants:
            assert canonical_token(variant) == canonical, variant


@given(st.text(string.ascii_lowercase, min_size=1, max_size=12))
def test_canonical_token_is_idempotent(token: str) -> None:
    once = canonical_token(token)
    assert canonical_token(once) == once
    assert phonetic_key(once) == phonetic_key(token)


# --- phonetic_key --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        ("aslam", "aslem", "asllam"),
        ("rizwan", "rizvan"),
        ("shazia", "shaziya"),
        ("nasreen", "nasrin"),
        ("kashif", "kashef"),
        ("khan", "kahn"),
        ("qasim", "kasim"),
        ("ghulam", "gulam"),
        ("ali", "alia"),  # documented collision
    ],
)
def test_phonetic_key_equal(group: tuple[str, ...]) -> None:
    assert len({phonetic_key(t) for t in group}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("aslam", "asim"),
        ("sana", "sara"),
        ("imran", "emran"),
        ("bilal", "iqbal"),
        ("zahid", "sajid"),
    ],
)
def test_phonetic_key_different(a: str, b: str) -> None:
    assert phonetic_key(a) != phonetic_key(b)


@pytest.mark.parametrize(
    ("token", "expected"),
    [("aslam", "aslm"), ("shazia", "xz"), ("chaudhry", "cdr"), ("محمد", "محمد"), ("ស្រី", "ស្រី")],
)
def test_phonetic_key_values(token: str, expected: str) -> None:
    assert phonetic_key(token) == expected


def test_search_keys() -> None:
    keys = search_keys("Mohd. Aslam  Chaudhary")
    assert keys == SearchKeys(
        normalised="muhammad aslam chaudhry",
        phonetic="mmd aslm cdr",
        tokens=("muhammad", "aslam", "chaudhry"),
    )
    assert search_keys("") == SearchKeys("", "", ())
    assert search_keys("محمد اسلم").phonetic == "محمد اسلم"


# --- similarity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("Muhammad Aslam", "Aslam Mohd", 1.0, 1.0),
        ("Fatima Bibi", "Fatimah Bibi", 1.0, 1.0),
        ("محمد اسلم", "اسلم محمد", 1.0, 1.0),
        ("សុខ ចាន់", "ចាន់ សុខ", 1.0, 1.0),
        ("Shazia Parveen", "Shaziya Perveen", 0.9, 0.95),
        ("M. Aslam", "Muhammad Aslam", 0.8, 0.9),
        ("Muhammad Aslam", "Muhammad Aslam Khan", 0.8, 0.8),
        ("Aslam", "Asim", 0.55, 0.65),
        ("Hasan", "Hussain", 0.5, 0.6),
        ("Muhammad Aslam", "Bilal Chaudhry", 0.0, 0.35),
        ("Muhammad Aslam", "محمد اسلم", 0.0, 0.0),  # different scripts
        ("", "Aslam", 0.0, 0.0),
        ("", "", 0.0, 0.0),
    ],
)
def test_name_similarity(a: str, b: str, low: float, high: float) -> None:
    assert low <= name_similarity(a, b) <= high
    assert name_similarity(a, b) == name_similarity(b, a)


def test_similarity_ranks_closer_names_higher() -> None:
    query = "Muhammad Aslam"
    ranked = sorted(
        ["Muhammad Asim", "Mohammed Aslam", "Aslam Muhammad Khan", "Ahmad Aslam"],
        key=lambda n: name_similarity(query, n),
        reverse=True,
    )
    assert ranked[0] == "Mohammed Aslam"
    assert ranked[-1] in {"Muhammad Asim", "Ahmad Aslam"}


_LATIN_NAMES = st.lists(st.text("abcdehiklmnorsuz", min_size=1, max_size=8), max_size=4).map(
    " ".join
)


@given(_LATIN_NAMES, _LATIN_NAMES)
def test_similarity_properties(a: str, b: str) -> None:
    score = name_similarity(a, b)
    assert 0.0 <= score <= 1.0
    assert score == name_similarity(b, a)
    if a:
        assert name_similarity(a, a) == 1.0
        assert name_similarity(a, " ".join(reversed(a.split()))) == 1.0
    assert tokens_similarity(search_keys(a).tokens, search_keys(b).tokens) == score


def _reference_osa(a: str, b: str) -> int:
    """Textbook dynamic programme for the optimal-string-alignment distance."""
    rows = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(
                rows[i - 1][j] + 1,
                rows[i][j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


@settings(max_examples=300)
@given(st.text("abcdeسلمសុ", max_size=14), st.text("abcdeسلمសុ", max_size=14))
def test_osa_distance_matches_reference(a: str, b: str) -> None:
    assert names._osa_distance(a, b) == _reference_osa(a, b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("aslam", "aslam", 1.0),
        ("aslam", "aslma", 0.8),  # one transposition
        ("aslam", "asim", 0.6),
        ("m", "muhammad", 0.7),  # initial
        ("k", "muhammad", 0.0),
        ("", "aslam", 0.0),
    ],
)
def test_token_similarity(a: str, b: str, expected: float) -> None:
    assert token_similarity(a, b) == pytest.approx(expected)


# --- name pools ----------------------------------------------------------------------------------


def test_name_pools_load() -> None:
    pools = load_name_pools()
    assert load_name_pools() is pools  # cached
    assert 110 <= len(pools.pakistan.male) <= 140
    assert 110 <= len(pools.pakistan.female) <= 140
    assert 90 <= len(pools.pakistan.family) <= 120
    assert 55 <= len(pools.cambodia.given) <= 80
    assert 35 <= len(pools.cambodia.family) <= 50
    resource = importlib.resources.files("forms") / "data" / "name_pools.yaml"
    assert len(resource.read_bytes()) < 60_000


def test_name_pool_entries() -> None:
    pools = load_name_pools()
    pakistan = (*pools.pakistan.male, *pools.pakistan.female, *pools.pakistan.family)
    cambodia = (*pools.cambodia.given, *pools.cambodia.family)
    assert any(e.latin == "Muhammad" and e.native == "محمد" for e in pakistan)
    assert any(e.latin == "Sok" and e.native == "សុខ" for e in cambodia)
    assert all(script_of(e.native) == "arabic" for e in pakistan)
    assert all(script_of(e.native) == "khmer" for e in cambodia)
    assert sum(1 for e in pakistan if e.variants) >= 20
    for entry in pakistan:
        for variant in entry.variants:
            assert name_similarity(entry.latin, variant) >= 0.6, (entry.latin, variant)


@pytest.mark.parametrize("list_name", ["male", "female", "family"])
def test_pool_names_keep_distinct_canonical_forms(list_name: str) -> None:
    entries = getattr(load_name_pools().pakistan, list_name)
    keys = [search_keys(e.latin).normalised for e in entries]
    assert len(set(keys)) == len(keys)


def _pool_data() -> dict[str, object]:
    return {
        "pakistan": {
            "male": [{"latin": "Ali", "urdu": "علی", "variants": ["Aly"]}],
            "female": [{"latin": "Sana", "urdu": "ثناء"}],
            "family": [{"latin": "Khan", "urdu": "خان"}],
        },
        "cambodia": {
            "given": [{"latin": "Dara", "khmer": "ដារ៉ា"}],
            "family": [{"latin": "Sok", "khmer": "សុខ"}],
        },
    }


def test_parse_name_pools_minimal() -> None:
    pools = parse_name_pools(_pool_data())
    assert pools.pakistan.male[0].variants == ("Aly",)
    assert pools.cambodia.family[0].native == "សុខ"


def _mutate(path: str, value: object) -> dict[str, object]:
    data = copy.deepcopy(_pool_data())
    target: object = data
    *parents, last = path.split("/")
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]  # type: ignore[index]
    if isinstance(target, list):
        target[int(last)] = value
    elif value is None:
        del target[last]  # type: ignore[attr-defined]
    else:
        target[last] = value  # type: ignore[index]
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected a mapping with keys cambodia, pakistan"),
        (_mutate("cambodia", None), "expected keys cambodia, pakistan, got pakistan"),
        (_mutate("pakistan/male", []), "pakistan.male: expected a non-empty list"),
        (_mutate("pakistan/male/0", "Ali"), "pakistan.male[0]: expected a mapping"),
        (_mutate("pakistan/male/0/urdu", None), "expected keys latin, urdu and optional"),
        (_mutate("pakistan/male/0/khmer", "x"), "expected keys latin, urdu and optional"),
        (_mutate("pakistan/male/0/urdu", "Ali"), "male[0].urdu: 'Ali' is not written in arabic"),
        (_mutate("pakistan/male/0/latin", "علی"), "latin: 'علی' is not written in latin"),
        (_mutate("pakistan/male/0/latin", " Ali"), "without outer spaces"),
        (_mutate("cambodia/given/0/khmer", "ដារ៉ា Dara"), "is not written in khmer"),
        (_mutate("pakistan/male/0/variants", "Aly"), "variants: expected a list"),
        (_mutate("pakistan/male/0/variants", ["ALI"]), "variants: duplicate spelling"),
        (_mutate("pakistan/male/0/variants", ["Aly", "aly"]), "variants: duplicate spelling"),
        (
            _mutate("pakistan/family", [{"latin": "Khan", "urdu": "خان"}] * 2),
            "family[1]: duplicate latin name 'Khan' (same as entry 0)",
        ),
        (
            _mutate(
                "pakistan/female",
                [{"latin": "Sana", "urdu": "ثناء"}, {"latin": "Sanaa", "urdu": "ثنا"}],
            ),
            "female[1]: duplicate native name 'ثنا'",
        ),
    ],
)
def test_parse_name_pools_errors(data: object, message: str) -> None:
    with pytest.raises(NamePoolError, match=re.escape(message)):
        parse_name_pools(data)
