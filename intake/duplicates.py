"""Likely duplicates: is the person about to be created already on file?

Asked on every create path (a new patient at the desk, a new patient from an intake) before
anything is stored. Candidates come from two indexed lookups — the same date of birth, the same
phone — and each is judged on its name:

- the same date of birth and the same or a similar name (accents and letters such as Ł, Đ, Ø
  folded; one typo; first and last name swapped; one of two surnames missing) → `LIKELY`;
- the same date of birth and surname with a different first name (twins) → `POSSIBLE`: shown,
  never treated as the same person by default;
- the same phone → `POSSIBLE`, worded "shares a phone with" (families share numbers), or
  `LIKELY` when the name is the same or similar too.

A name that matches with neither the date of birth nor the phone is not a duplicate. The result
is plain data with reason codes; the desk words them. `find_duplicates` takes the acting staff
member (`staff_id`) and follows the patients rule (intake/access.py); the create paths, already
guarded, ask `_find_duplicates`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz.distance import OSA

from intake import access, patients
from intake.errors import ValidationError
from intake.models import Patient

MAX_SHOWN = 10


class Likelihood(StrEnum):
    LIKELY = "likely"  # probably the same person
    POSSIBLE = "possible"  # a twin, a relative sharing a phone: look before creating


class Reason(StrEnum):
    SAME_BIRTH_DATE = "same_birth_date"
    SAME_NAME = "same_name"  # the same once accents, case and punctuation are folded
    SIMILAR_NAME = "similar_name"  # one typo, another spelling
    NAMES_SWAPPED = "names_swapped"  # first and last name the other way round
    SURNAME_PART_MISSING = "surname_part_missing"  # "Núñez" against "Núñez García"
    SAME_SURNAME_OTHER_FIRST_NAME = "same_surname_other_first_name"  # twins
    SHARES_PHONE = "shares_phone"


class NameMatch(StrEnum):
    SAME = "same"
    SIMILAR = "similar"
    SWAPPED = "swapped"
    SURNAME_PART = "surname_part"
    SURNAME_ONLY = "surname_only"
    NONE = "none"


@dataclass(frozen=True)
class LikelyDuplicate:
    patient: patients.PatientRow
    likelihood: Likelihood
    reasons: tuple[Reason, ...]


# --------------------------------------------------------------------------- names


def _allowed_edits(a: str, b: str) -> int:
    """One typo (a letter wrong, missing, extra or two swapped) in a word of 4+ letters; two in
    a word of 10+; none in shorter words, where one letter makes another name (Jo / Jan)."""
    length = min(len(a), len(b))
    return 0 if length < 4 else 1 if length < 10 else 2


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if not a or not b:
        return False
    return OSA.distance(a, b, score_cutoff=_allowed_edits(a, b)) <= _allowed_edits(a, b)


def _first_close(a: str, b: str) -> bool:
    """First names: the whole, or the first of several ("Mary Ann" / "Mary")."""
    return _close(a, b) or _close(a.split(" ")[0], b.split(" ")[0])


def _surname_close(a: str, b: str) -> NameMatch:
    if _close(a, b) or _close(a.replace(" ", ""), b.replace(" ", "")):
        return NameMatch.SIMILAR
    words_a, words_b = a.split(" "), b.split(" ")
    if len(words_a) != len(words_b) and any(_close(x, y) for x in words_a for y in words_b
                                            if len(x) >= 3 and len(y) >= 3):
        return NameMatch.SURNAME_PART
    return NameMatch.NONE


def compare_names(first_a: str, last_a: str, first_b: str, last_b: str) -> NameMatch:
    """How two people's names relate, after folding (see intake.patients.fold_name)."""
    fa, la = patients.fold_name(first_a), patients.fold_name(last_a)
    fb, lb = patients.fold_name(first_b), patients.fold_name(last_b)
    if not (fa or la) or not (fb or lb):
        return NameMatch.NONE
    if (fa, la) == (fb, lb) or (fa + la).replace(" ", "") == (fb + lb).replace(" ", ""):
        return NameMatch.SAME
    surname = _surname_close(la, lb)
    first = _first_close(fa, fb)
    if surname is not NameMatch.NONE and first:
        return surname
    if (_close(fa, lb) and _close(la, fb)) or sorted(f"{fa} {la}".split()) == sorted(f"{fb} {lb}".split()):
        return NameMatch.SWAPPED
    if surname is not NameMatch.NONE:
        return NameMatch.SURNAME_ONLY
    return NameMatch.NONE


_NAME_REASON = {
    NameMatch.SAME: Reason.SAME_NAME,
    NameMatch.SIMILAR: Reason.SIMILAR_NAME,
    NameMatch.SWAPPED: Reason.NAMES_SWAPPED,
    NameMatch.SURNAME_PART: Reason.SURNAME_PART_MISSING,
}


def judge(first_name: str, last_name: str, date_of_birth: dt.date | None, phone: str,
          other: patients.PatientRow) -> LikelyDuplicate | None:
    """Is `other` possibly the person with these details? None when not."""
    names = compare_names(first_name, last_name, other.first_name, other.last_name)
    same_birth = date_of_birth is not None and other.date_of_birth == date_of_birth
    same_phone = bool(phone) and other.phone == phone
    reasons: list[Reason] = []
    likelihood: Likelihood | None = None
    if same_birth:
        if names in _NAME_REASON:
            reasons += [Reason.SAME_BIRTH_DATE, _NAME_REASON[names]]
            likelihood = Likelihood.LIKELY
        elif names is NameMatch.SURNAME_ONLY:
            reasons += [Reason.SAME_BIRTH_DATE, Reason.SAME_SURNAME_OTHER_FIRST_NAME]
            likelihood = Likelihood.POSSIBLE
    if same_phone:
        if likelihood is None and names in _NAME_REASON:
            reasons.append(_NAME_REASON[names])
            likelihood = Likelihood.LIKELY
        reasons.append(Reason.SHARES_PHONE)
        likelihood = likelihood or Likelihood.POSSIBLE
    if likelihood is None:
        return None
    return LikelyDuplicate(other, likelihood, tuple(reasons))


# --------------------------------------------------------------------------- lookup


def _clean_birth(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return patients.clean_fields({"date_of_birth": value})["date_of_birth"]
    except ValidationError:
        return None


def _clean_phone(value: str | None) -> str:
    if not value:
        return ""
    try:
        return patients.clean_fields({"phone": value})["phone"] or ""
    except ValidationError:
        return ""


def candidate_query(born: dt.date | None, e164: str, *, exclude_id: int | None = None):
    """The one SELECT behind `find_duplicates`: the same date of birth or the same phone (both
    indexed), records merged into another left out. None when there is nothing to look up."""
    condition = None
    if born is not None:
        condition = Patient.date_of_birth == born
    if e164:
        by_phone = Patient.phone == e164
        condition = by_phone if condition is None else condition | by_phone
    if condition is None:
        return None
    query = (Patient.select(*patients.ROW_FIELDS)
             .where(condition & Patient.merged_into.is_null())
             .order_by(Patient.id).limit(200))
    if exclude_id is not None:
        query = query.where(Patient.id != exclude_id)
    return query.tuples()


@access.guarded(access.PATIENTS)
def find_duplicates(first_name: str, last_name: str, date_of_birth: dt.date | str | None,
                    phone: str = "", *, staff_id: int | None,
                    exclude_id: int | None = None) -> list[LikelyDuplicate]:
    """Patients on file who may be this person, likely ones first (one indexed query).

    Values may be as typed (a date as dd/mm/yyyy, a phone in any format); one that does not
    parse is simply not compared. Records merged into another are never offered."""
    return _find_duplicates(first_name, last_name, date_of_birth, phone, exclude_id)


def _find_duplicates(first_name: str, last_name: str, date_of_birth: dt.date | str | None,
                     phone: str = "", exclude_id: int | None = None) -> list[LikelyDuplicate]:
    born = _clean_birth(date_of_birth)
    e164 = _clean_phone(phone)
    query = candidate_query(born, e164, exclude_id=exclude_id)
    if query is None:
        return []
    found = []
    for row in query:
        verdict = judge(first_name, last_name, born, e164, patients.PatientRow(*row))
        if verdict is not None:
            found.append(verdict)
    found.sort(key=lambda d: (d.likelihood is not Likelihood.LIKELY, -len(d.reasons), d.patient.id))
    return found[:MAX_SHOWN]


def unseen_likely(found: list[LikelyDuplicate], seen: set[int] | frozenset[int]) -> list[int]:
    """The ids of likely duplicates the person creating the record has not been shown."""
    return [d.patient.id for d in found
            if d.likelihood is Likelihood.LIKELY and d.patient.id not in seen]
