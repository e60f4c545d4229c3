"""Validation messages in the three shipped languages.

Each rule has one template per language with named placeholders. The field label is put in
front by `Problem.text`, so every message names the field and the rule.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("en", "ur", "km")

RULE_MESSAGES: Mapping[str, Mapping[str, str]] = {
    "required": {
        "en": "is required",
        "ur": "لازمی ہے",
        "km": "ត្រូវតែបំពេញ",
    },
    "too_long": {
        "en": "must be at most {max} characters (got {length})",
        "ur": "زیادہ سے زیادہ {max} حروف ہو سکتے ہیں ({length} درج ہوئے)",
        "km": "មិនអាចលើសពី {max} តួអក្សរ (បានបញ្ចូល {length})",
    },
    "control_chars": {
        "en": "contains characters that cannot be stored (control characters)",
        "ur": "ایسے حروف شامل ہیں جو محفوظ نہیں ہو سکتے",
        "km": "មានតួអក្សរដែលមិនអាចរក្សាទុកបាន",
    },
    "not_integer": {
        "en": "must be a whole number",
        "ur": "مکمل عدد ہونا چاہیے",
        "km": "ត្រូវតែជាចំនួនគត់",
    },
    "not_decimal": {
        "en": "must be a number",
        "ur": "عدد ہونا چاہیے",
        "km": "ត្រូវតែជាលេខ",
    },
    "below_min": {
        "en": "must be at least {min}",
        "ur": "کم از کم {min} ہونا چاہیے",
        "km": "ត្រូវតែយ៉ាងតិច {min}",
    },
    "above_max": {
        "en": "must be at most {max}",
        "ur": "زیادہ سے زیادہ {max} ہو سکتا ہے",
        "km": "មិនអាចលើសពី {max}",
    },
    "not_date": {
        "en": "must be a date written as YYYY-MM-DD",
        "ur": "تاریخ YYYY-MM-DD کی صورت میں ہونی چاہیے",
        "km": "ត្រូវតែជាកាលបរិច្ឆេទ YYYY-MM-DD",
    },
    "date_range": {
        "en": "must be between {min} and {max}",
        "ur": "{min} اور {max} کے درمیان ہونی چاہیے",
        "km": "ត្រូវតែនៅចន្លោះ {min} និង {max}",
    },
    "not_a_choice": {
        "en": "must be one of the listed options",
        "ur": "دی گئی فہرست میں سے ہونا چاہیے",
        "km": "ត្រូវតែជាជម្រើសមួយក្នុងបញ្ជី",
    },
    "too_many_choices": {
        "en": "allows at most {max} selections",
        "ur": "زیادہ سے زیادہ {max} انتخاب",
        "km": "អាចជ្រើសរើសបានច្រើនបំផុត {max}",
    },
    "bad_phone": {
        "en": "must be a phone number of {min} to {max} digits",
        "ur": "فون نمبر {min} سے {max} ہندسوں کا ہونا چاہیے",
        "km": "លេខទូរស័ព្ទត្រូវមាន {min} ដល់ {max} ខ្ទង់",
    },
    "bad_identifier": {
        "en": "{detail}",
        "ur": "{detail}",
        "km": "{detail}",
    },
    "identifier_type_missing": {
        "en": "needs the kind of document chosen first",
        "ur": "پہلے دستاویز کی قسم منتخب کریں",
        "km": "សូមជ្រើសរើសប្រភេទឯកសារជាមុនសិន",
    },
    "constraint": {
        "en": "is not valid",
        "ur": "درست نہیں",
        "km": "មិនត្រឹមត្រូវ",
    },
    "repeat_min": {
        "en": "needs at least {min} entries",
        "ur": "کم از کم {min} اندراج ضروری ہیں",
        "km": "ត្រូវការយ៉ាងតិច {min}",
    },
    "repeat_max": {
        "en": "allows at most {max} entries",
        "ur": "زیادہ سے زیادہ {max} اندراج",
        "km": "អាចមានច្រើនបំផុត {max}",
    },
    "record_too_large": {
        "en": "the record is too large to store ({size} bytes, at most {max})",
        "ur": "ریکارڈ بہت بڑا ہے ({size} بائٹس، حد {max})",
        "km": "កំណត់ត្រាធំពេក ({size} បៃ អតិបរមា {max})",
    },
    "calculation_failed": {
        "en": "could not be calculated ({detail})",
        "ur": "حساب نہیں ہو سکا ({detail})",
        "km": "មិនអាចគណនាបាន ({detail})",
    },
}


def render(rule: str, language: str, params: Mapping[str, object]) -> str:
    templates = RULE_MESSAGES[rule]
    template = templates.get(language) or templates["en"]
    return template.format(**params)
