"""The UI's own names of the documents' vocabulary: the pledge kinds, the official forms, a pledge's state
(the service's labels are Chinese only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KIND_TEXT: dict[str, str] = {
    "teacher_parent": QT_TRANSLATE_NOOP("Documents", "Parent pledge (school \u2013 parent)"),
    "principal_teacher": QT_TRANSLATE_NOOP("Documents", "Class teacher pledge (principal \u2013 class teacher)"),
    "bureau_principal": QT_TRANSLATE_NOOP("Documents", "Principal pledge (education bureau \u2013 principal)"),
}
KIND_HINT: dict[str, str] = {
    "teacher_parent": QT_TRANSLATE_NOOP("Documents", "One pledge for every guardian on file, filled with the "
                                                     "student's name and class and the guardian's name and phone."),
    "principal_teacher": QT_TRANSLATE_NOOP("Documents", "One pledge for the class teacher of each class."),
    "bureau_principal": QT_TRANSLATE_NOOP("Documents", "One pledge between the county education bureau and the "
                                                       "school."),
}
FORM_TEXT: dict[str, str] = {
    "home-visit": QT_TRANSLATE_NOOP("Documents", "Home-visit record"),
    "absence-report": QT_TRANSLATE_NOOP("Documents", "Absence report to the township and the county bureau"),
    "return-notice": QT_TRANSLATE_NOOP("Documents", "Deadline-to-return notice"),
    "weekly": QT_TRANSLATE_NOOP("Documents", "Weekly / monthly report"),
    "inspection": QT_TRANSLATE_NOOP("Documents", "Inspection sheet (enrolled and present)"),
    "roll": QT_TRANSLATE_NOOP("Documents", "Class roll"),
    "transfer": QT_TRANSLATE_NOOP("Documents", "Transfer contact form"),
    "suspension": QT_TRANSLATE_NOOP("Documents", "Suspension approval form"),
}
FORM_HINT: dict[str, str] = {
    "home-visit": QT_TRANSLATE_NOOP("Documents", "Leave the student empty for blank sheets to fill in by hand; "
                                                 "with a student, the family's details are printed."),
    "absence-report": QT_TRANSLATE_NOOP("Documents", "The written report the 48-hour rule requires, filled from "
                                                     "an open absence alert. Empty fields are left as blanks."),
    "return-notice": QT_TRANSLATE_NOOP("Documents", "Issued by the township to the guardians, with a tear-off "
                                                    "receipt. Choose an absence alert or a student."),
    "weekly": QT_TRANSLATE_NOOP("Documents", "The figures of the reporting period containing the day "
                                             "(weekly or monthly, as the policy says)."),
    "inspection": QT_TRANSLATE_NOOP("Documents", "Per class: on roll against present at that day's roll call."),
    "roll": QT_TRANSLATE_NOOP("Documents", "The students of a class with their guardians; the whole school "
                                           "starts each class on a new page."),
    "transfer": QT_TRANSLATE_NOOP("Documents", "The paper form stamped by both schools and both bureaus."),
    "suspension": QT_TRANSLATE_NOOP("Documents", "For the school and the bureau to sign; attach the medical "
                                                 "certificate."),
}
STATUS_TEXT: dict[str, str] = {
    "printed": QT_TRANSLATE_NOOP("Documents", "Not back yet"),
    "returned": QT_TRANSLATE_NOOP("Documents", "Returned, signed"),
    "returned_unsigned": QT_TRANSLATE_NOOP("Documents", "Returned, not signed"),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate("Documents", KIND_TEXT.get(kind, kind))


def form_text(key: str) -> str:
    return QCoreApplication.translate("Documents", FORM_TEXT.get(key, key))

