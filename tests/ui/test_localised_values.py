"""What the clerk reads in Urdu and Khmer: dates and amounts written the language's way while
ID and registry numbers stay as stored, and the known errors' sentences with values (waiting
time, scheme names, catalog) translated with their values filled in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.controllers.entitlement_words import EntitlementWords
from desktop.errors import user_text
from desktop.i18n import LRI, PDI, Language, plain
from desktop.models import id_display, registry_no
from forms.definition import load_form
from sync.replica.cache import LoginThrottle, Replica
from sync.replica.entitlements import ApplicationRefused, NoCatalog
from sync.replica.errors import LoginThrottled, WeakPassword
from sync.replica.keyslots import MIN_PASSWORD_LENGTH
from tests.conftest import household
from tests.ui.conftest import WAIT_MS, Family, ShellFactory, find, log_in, open_person, wait_idle
from tests.ui.layout_checks import clipped, settle
from tests.ui.test_i18n_screens import SCREENS
from tests.ui.test_setup_login import try_login

KHMER = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
BIRTH_MONTH = {"ur": "جنوری", "km": "មករា"}
EOBI = {"ur": "ای او بی آئی بڑھاپا پنشن", "km": "ប្រាក់សោធននិវត្តន៍ EOBI"}


def digits(text: str, language: str) -> str:
    return text.translate(KHMER) if language == "km" else text


@pytest.mark.parametrize("language", ["ur", "km"])
def test_the_person_page_shows_local_dates_and_amounts_and_ids_as_stored(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, language: str
) -> None:
    shell = make_shell(language=language)
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    words = workspace.vocabulary
    details = workspace.person_view.detail_texts()
    year = date.today().year - 65
    birth = details[words.field_label("birth_date")]
    assert plain(birth) == digits(f"1 {BIRTH_MONTH[language]} {year}", language)
    assert plain(details[words.field_label("age")]) == digits("65", language)
    cnic = details[words.choice("id_type", "cnic")]
    assert cnic == f"{LRI}36302-1234567-1{PDI}"  # as typed, left to right, in every language
    head = workspace.members_model.row_at(0)
    number = registry_no(head.registry_no)
    assert f"{LRI}{number}{PDI}" in workspace.person_view.subtitle.text()
    household = workspace.person_view.household_title.text()
    assert digits("21.5", language) in household  # the poverty score
    assert digits("2", language) in household  # members
    members = workspace.members_model
    assert plain(members.data(members.index(0, 3))) == plain(birth)
    assert members.data(members.index(0, 4)) == f"{LRI}{id_display('cnic', head.id_number)}{PDI}"
    summary = find(shell.window, "schemeSummary-old_age_social")
    assert isinstance(summary, QLabel)
    assert digits("PKR 3,000", language) in plain(summary.text())


@pytest.mark.parametrize("language", ["ur", "km"])
def test_a_refusal_names_the_excluding_scheme_in_the_clerks_language(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, language: str
) -> None:
    shell = make_shell(language=language)
    workspace = log_in(qtbot, shell)
    open_person(qtbot, shell, workspace, family.head)
    # Meanwhile a sync brings the contributory pension he receives: the social one is refused.
    shell.worker.run(
        lambda replica: replica.db.execute(
            "INSERT INTO enrolment (id, reference, scheme_id, person_id, status, applied_at,"
            " applied_office, applied_by) VALUES ('e1', 'R1', 'eobi_old_age', ?, 'active',"
            " '2020-01-01', 'X', 'registry')",
            [family.head],
        ),
        lambda _cursor: None,
    )
    wait_idle(qtbot, shell)
    with qtbot.waitSignal(shell.errors.shown, timeout=WAIT_MS) as shown:
        workspace.entitlements.apply(family.head, "old_age_social")
    box = shown.args[0]
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "applicationRefused"
    text = plain(box.text())
    assert EOBI[language] in text
    assert "EOBI old-age pension" not in text and "{" not in text
    assert ("کے ساتھ نہیں ملایا جا سکتا" if language == "ur" else "មិនអាចទទួលរួមជាមួយ") in text
    settle()
    SCREENS.mkdir(parents=True, exist_ok=True)
    assert box.grab().save(str(SCREENS / f"refused-{language}.png"))
    assert not clipped(box)
    box.close()
    wait_idle(qtbot, shell)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ur", "بہت زیادہ ناکام کوششیں۔ 2 سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔"),
        ("km", "ព្យាយាមខុសច្រើនដងពេក។ សូមរង់ចាំ ២ វិនាទី រួចព្យាយាមម្ដងទៀត។"),
    ],
)
def test_the_login_throttle_says_how_long_to_wait_in_the_clerks_language(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, language: str, sentence: str
) -> None:
    shell = make_shell(language=language, throttle=LoginThrottle(lambda: 1000.0, 1))
    try_login(qtbot, shell, "supervisor", "wrong password")
    message = try_login(qtbot, shell, "supervisor", "wrong password")
    assert plain(message) == sentence
    assert shell.controller.workspace is None
    settle()
    assert shell.window.grab().save(str(SCREENS / f"throttled-{language}.png"))
    assert not clipped(shell.window)


@pytest.mark.parametrize(
    ("language", "start", "wait"),
    [
        ("en", "No scheme catalog is installed for 'FR'", "Wait 125 seconds"),
        ("ur", "'FR' کے لیے کوئی اسکیم کیٹلاگ نصب نہیں", "125 سیکنڈ"),
        ("km", "មិនមានបញ្ជីកម្មវិធីសម្រាប់ 'FR' ទេ", "រង់ចាំ ១២៥ វិនាទី"),
    ],
)
def test_known_errors_with_values_are_translated(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, language: str, start: str, wait: str
) -> None:
    shell = make_shell(language=language)
    box = shell.errors.show(NoCatalog("fr"))
    assert plain(box.text()).startswith(start)  # the code stays as it is: FR, in Latin letters
    box.close()
    assert wait in plain(user_text(LoginThrottled(124.6)))
    wait_idle(qtbot, shell)


@pytest.mark.parametrize(("language", "count"), [("en", "8"), ("ur", "8"), ("km", "៨")])
def test_the_password_length_in_the_error_is_the_stores_own(
    qtbot: QtBot, make_shell: ShellFactory, family: Family, language: str, count: str
) -> None:
    make_shell(language=language)
    assert WeakPassword().user_args == {"count": MIN_PASSWORD_LENGTH}
    assert f" {count} " in plain(user_text(WeakPassword()))


@pytest.fixture
def urdu(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    chosen = Language(app)
    chosen.apply("ur")
    yield
    chosen.apply("en")


def test_missing_fields_in_a_refusal_are_named_by_the_forms_labels(
    urdu: None, replica: Replica
) -> None:
    head = replica.persons.register_household(household(), replica.actor).members[0][0]
    with pytest.raises(ApplicationRefused) as caught:
        replica.entitlements.apply(head, "disability_allowance", replica.actor, "Sana")
    words = EntitlementWords(
        "ur", load_form("person"), replica.household_form, replica.entitlements.catalog
    )
    text = plain(user_text(caught.value, words.terms))
    assert text.startswith("معذوری الاؤنس کے لیے معلومات نامکمل ہیں: ")
    assert "کارکردگی کے سوالات میں سے 6" in text  # the six questions, grouped
    assert "wg_" not in text and "{" not in text
