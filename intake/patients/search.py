"""Search as you type: what the text is (a name, a phone, its last digits, a date of birth) and
the few hand-written SELECTs that find it, best matches first."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers
from peewee import SqliteDatabase

from intake import access
from intake.models import Patient, database
from intake.patients.keys import fold_name
from intake.patients.records import PatientRow, _default_region

SEARCH_LIMIT = 50
MIN_PHONE_END = 4  # digits needed to search by the end of a phone number
_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y")
_PHONE_END = re.compile(r"^[\d\s().-]+$")
_PARTIAL_DATE = re.compile(r"^(\d{1,2}[/.]\d{0,2}([/.]\d{0,4})?|\d{4}-\d{0,2}(-\d{0,2})?|\d{1,2}[/.-]?)$")


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def phone_prefix(text: str, region: str) -> str | None:
    """What an E.164 number typed as `text` (any format, maybe unfinished) starts with."""
    text = text.strip()
    digits = re.sub(r"\D", "", text)
    if not digits or re.search(r"[^\d\s+()./-]", text):
        return None
    if text.startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    code = phonenumbers.country_code_for_region(region.upper()) or 44
    if digits.startswith("0"):
        return f"+{code}{digits[1:]}"
    return f"+{code}{digits}"


def classify(query: str) -> tuple[str, object]:
    """("dob", date) | ("phone", "+44...") | ("phone_end", reversed digits) |
    ("name", "folded tokens") | ("none", "")."""
    query = query[:SEARCH_INPUT_MAX].strip()
    if not query:
        return "none", ""
    date = parse_date(query)
    if date is not None:
        return "dob", date
    if _PARTIAL_DATE.match(query):
        return "none", ""  # a date of birth being typed: wait for the whole of it
    if any(ch.isdigit() for ch in query):
        digits = re.sub(r"\D", "", query)
        if _PHONE_END.match(query) and not digits.startswith("0"):
            # digits alone, no leading 0 or +: the last digits of a number ("ends in 3456")
            return ("phone_end", digits[::-1]) if len(digits) >= MIN_PHONE_END else ("none", "")
        prefix = phone_prefix(query, _default_region())
        if prefix is not None and len(prefix) >= 4:
            return "phone", prefix
    folded = " ".join(search_words(query))
    return ("name", folded) if folded else ("none", "")


SEARCH_WORDS = 8  # a pasted paragraph is searched by its first words only
WALK_WORDS = 4  # the index walk (words starting later words of a name) for up to this many
SEARCH_INPUT_MAX = 400  # characters of the query looked at


def search_words(query: str) -> list[str]:
    """The folded words a name search uses: at most SEARCH_WORDS, read from the first
    SEARCH_INPUT_MAX characters, so the SQL and its parameters stay small whatever is pasted."""
    return fold_name(query[:SEARCH_INPUT_MAX]).split()[:SEARCH_WORDS]


def _upper_bound(prefix: str) -> str:
    return prefix + "\uffff"


_CODEPOINT_COLLATIONS = {"c", "posix", "c.utf-8", "c.utf8", "ucs_basic"}


def codepoint_order() -> bool:
    """Does the database compare text by code point, so that an index range [x, x+U+FFFF) holds
    exactly the keys starting with x? SQLite (BINARY): yes. PostgreSQL: when the database's
    collation is C / POSIX / C.UTF-8 (asked once per connection); with a language collation the
    search uses LIKE 'x%' instead, which is always right but cannot use the plain index."""
    obj = database.obj
    if isinstance(obj, SqliteDatabase):
        return True
    known = getattr(obj, "_backcare_codepoint_order", None)
    if known is None:
        row = obj.execute_sql(
            "SELECT datcollate FROM pg_database WHERE datname = current_database()").fetchone()
        known = bool(row) and str(row[0]).lower() in _CODEPOINT_COLLATIONS
        obj._backcare_codepoint_order = known
    return known


def starts_with(column, prefix: str):
    """An index range where text is in code-point order, else LIKE 'x%'."""
    if codepoint_order():
        return (column >= prefix) & (column < _upper_bound(prefix))
    return column % (prefix + "%")


# The search runs hand-written SQL: it is the desk's hottest path (every keystroke), and building
# peewee expressions cost more than the queries themselves. Only a few shapes exist; their text
# is cached per backend and number of typed words.

_COLUMNS = "id, first_name, last_name, date_of_birth, phone, email"


@dataclass(frozen=True)
class SearchStep:
    sql: str
    params: tuple
    only_if_nothing_yet: bool = False


def _prefix_sql(column: str, lite: bool, p: str) -> str:
    return f"({column} >= {p} AND {column} < {p})" if lite else f"{column} LIKE {p}"


def _prefix_params(prefix: str, lite: bool) -> tuple:
    return (prefix, _upper_bound(prefix)) if lite else (prefix + "%",)


def _word_sql(lite: bool, p: str, sqlite: bool) -> str:
    """A typed word starts some word of the name: the first (a range) or a later one."""
    return f"({_prefix_sql('name_key', lite, p)} OR {_later_sql(p, sqlite)})"


def _later_sql(p: str, sqlite: bool) -> str:
    return f"{'instr' if sqlite else 'strpos'}(name_key, {p}) > 0"


def _word_params(token: str, lite: bool) -> tuple:
    return (*_prefix_params(token, lite), " " + token)


@functools.lru_cache(maxsize=64)
def _search_sql(step: str, words: int, lite: bool, p: str, table: str, sqlite: bool) -> str:
    """lite: prefixes as index ranges (code-point order), else LIKE. sqlite: instr, else strpos."""
    head = f'SELECT {_COLUMNS} FROM "{table}"'
    order = "ORDER BY name_key, id"
    live = "merged_into_id IS NULL"  # a record merged into another is never offered
    if step == "dob":
        return f"{head} WHERE date_of_birth = {p} AND {live} {order} LIMIT {p}"
    if step == "phone":
        return f"{head} WHERE {_prefix_sql('phone', lite, p)} AND {live} ORDER BY phone, id LIMIT {p}"
    if step == "phone_end":  # digits only, so a plain range is right in any collation
        return (f"{head} WHERE phone_reversed >= {p} AND phone_reversed < {p} AND {live} "
                f"{order} LIMIT {p}")
    if step == "last_name":
        return f"{head} WHERE {_prefix_sql('name_key', lite, p)} AND {live} {order} LIMIT {p}"
    if step == "any_word_first":
        # one of the words starts the key (one index range per word, as a union) and every word
        # starts some word of the name: 3 terms per word, so the SQL grows linearly with them
        first = " UNION ALL ".join(
            [f'SELECT id FROM "{table}" WHERE {_prefix_sql("name_key", lite, p)}'] * words)
        each = " AND ".join([_word_sql(lite, p, sqlite)] * words)
        return f"{head} WHERE id IN ({first}) AND {each} AND {live} {order} LIMIT {p}"
    # "walk": every word starts a later word (one word) or any word (several)
    if words == 1:
        condition = _later_sql(p, sqlite)
    else:
        condition = " AND ".join([_word_sql(lite, p, sqlite)] * words)
    walk = f'SELECT id FROM "{table}" WHERE {condition} AND {live} {order} LIMIT {p}'
    return f"{head} WHERE id IN ({walk}) {order}"


def digits_after(prefix: str) -> str | None:
    """The smallest digit string above every string starting with `prefix` ("129" → "13"),
    None when there is none ("999")."""
    stripped = prefix.rstrip("9")
    if not stripped:
        return None
    return stripped[:-1] + str(int(stripped[-1]) + 1)


@access.guarded(access.PATIENTS)
def search_steps(query: str, *, staff_id: int | None,
                 limit: int = SEARCH_LIMIT) -> Iterator[SearchStep]:
    """The SELECTs behind `search_patients` (see `_search_steps`)."""
    return _search_steps(query, limit)


def _search_steps(query: str, limit: int) -> Iterator[SearchStep]:
    """The SELECTs behind `search_patients`, best matches first, made only when asked for.
    `search_patients` runs them in turn until it has `limit` rows (at most three queries, never
    one per patient).

    Names: (1) the text starts the key, i.e. the last name: an index range; (2) with several
    words, one of them starts the key and each other starts a word of the name ("john smith"):
    index ranges; (3) the words start later words of the name (a first name, a second surname):
    a walk of the name_key index in order that stops after enough hits. With several words (3)
    is a fallback, run only when (1) and (2) found no one."""
    kind, value = classify(query)
    if kind == "none":
        return
    sqlite = isinstance(database.obj, SqliteDatabase)
    shape = (codepoint_order(), database.obj.param, Patient._meta.table_name, sqlite)
    lite = shape[0]
    if kind == "dob":
        day = value.isoformat() if sqlite else value
        yield SearchStep(_search_sql("dob", 0, *shape), (day, limit))
        return
    if kind == "phone":
        yield SearchStep(_search_sql("phone", 0, *shape),
                         (*_prefix_params(value, lite), limit))
        digits = re.sub(r"\D", "", query)
        if not (_PHONE_END.match(query) and len(digits) >= MIN_PHONE_END):
            return
        kind, value = "phone_end", digits[::-1]  # "0111": the start of a number or its end
    if kind == "phone_end":
        # a stored phone has at most 19 digits: 21 nines lie above every key starting "99…"
        yield SearchStep(_search_sql("phone_end", 0, *shape),
                         (value, digits_after(value) or "9" * 21, limit))
        return
    tokens = value.split(" ")
    yield SearchStep(_search_sql("last_name", 1, *shape),
                     (*_prefix_params(value, lite), limit))
    if len(tokens) > 1:
        params: list = [v for token in tokens for v in _prefix_params(token, lite)]
        params += [v for token in tokens for v in _word_params(token, lite)]
        yield SearchStep(_search_sql("any_word_first", len(tokens), *shape),
                         (*params, 2 * limit))
        params = [v for token in tokens for v in _word_params(token, lite)]
    else:
        params = [" " + value]
    if len(tokens) > WALK_WORDS:
        return  # a pasted paragraph: no name has that many words for the walk to find
    yield SearchStep(_search_sql("walk", len(tokens), *shape), (*params, 2 * limit),
                     only_if_nothing_yet=len(tokens) > 1)


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


@access.guarded(access.PATIENTS)
def search_patients(query: str, *, staff_id: int | None,
                    limit: int = SEARCH_LIMIT) -> list[PatientRow]:
    """Name (folded word prefixes, the first SEARCH_WORDS words), phone (any format) or date of
    birth; 1 to 3 queries."""
    found: dict[int, PatientRow] = {}
    for step in _search_steps(query, limit):
        if step.only_if_nothing_yet and found:
            break
        for pid, first, last, born, phone, email in database.execute_sql(step.sql, step.params):
            if pid not in found:
                found[pid] = PatientRow(pid, first, last, _as_date(born), phone, email)
        if len(found) >= limit:
            break
    return list(found.values())[:limit]
