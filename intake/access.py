"""Who may do what: the clinic's role table, enforced in the domain.

Every public function of `intake/` that reads or changes the clinic's records takes the acting
person (a staff account id, or a kiosk's device identity) and calls `require()` first, most of
them through the `guarded` decorator. `require` looks the actor up in the database each time, so a
disabled account or a removed role stops working at once, whatever a screen still shows.

    action        admin  front desk  practitioner  kiosk
    PATIENTS      yes    yes         yes           -     arrivals, search, open/create/update a
                                                         patient, staff-entered intake
    BOOKINGS      yes    yes         yes           -     book/move/cancel, attended, no-show
    DECIDE        only if also practitioner  yes   -     precaution / course-review decisions
    SETTINGS_READ yes    yes         yes           -     opening hours, practitioners, rooms ...
    ADMIN         yes    -           -             -     merge, settings, staff accounts, audit
    KIOSK         -      -           -             yes   submit an intake, returning check-in

Refusals are `NotAllowedError` with code `no_actor` (None), `unknown_actor`, `disabled`,
`admin_only` (an admin action) or `not_allowed` (details: action).

The functions that take no actor are classified in `UNGUARDED` (pure computation, sign-in
checks that verify a secret themselves, first-run setup, infrastructure, helpers that only run
inside a guarded function, the command line's backup / restore / check and the desk's own backup
scheduler, and the backup status the desk shows). What a person triggers at the desk is guarded,
backups included (the admin rule). tests/intake/test_access.py walks `intake/` and fails on any
public function that is neither guarded nor listed there; docs/access.md gives the reasons.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from peewee import JOIN, InterfaceError, OperationalError

from intake.errors import NotAllowedError, StorageError, ValidationError
from intake.models import Staff, StaffRole
from intake.vocabulary import STAFF_ROLES, Action, Refusal, Role

ADMIN_ROLE, FRONT_DESK, PRACTITIONER, KIOSK_ROLE = Role.admin, Role.front_desk, Role.practitioner, Role.kiosk
ALL_ROLES = (*STAFF_ROLES, KIOSK_ROLE)

PATIENTS, BOOKINGS, DECIDE = Action.patients, Action.bookings, Action.decide
SETTINGS_READ, ADMIN, KIOSK = Action.settings_read, Action.admin, Action.kiosk

# The role table of issue 11 as data: action -> the roles that may do it.
RULES: dict[str, frozenset[str]] = {
    PATIENTS: frozenset({ADMIN_ROLE, FRONT_DESK, PRACTITIONER}),
    BOOKINGS: frozenset({ADMIN_ROLE, FRONT_DESK, PRACTITIONER}),
    DECIDE: frozenset({PRACTITIONER}),  # an admin only when also a practitioner
    SETTINGS_READ: frozenset({ADMIN_ROLE, FRONT_DESK, PRACTITIONER}),
    ADMIN: frozenset({ADMIN_ROLE}),
    KIOSK: frozenset({KIOSK_ROLE}),
}


@dataclass(frozen=True)
class Actor:
    """The acting person (or kiosk) as the database holds it right now."""

    id: int
    display_name: str
    roles: frozenset[str]
    practitioner_id: int | None

    def may(self, action: str) -> bool:
        return bool(self.roles & RULES[action])


def roles_of(staff_id: int) -> frozenset[str]:
    """The roles account `staff_id` holds (empty for an unknown id)."""
    return frozenset(row.role for row in StaffRole.select(StaffRole.role)
                     .where(StaffRole.staff == staff_id))


def actor(actor_id: object) -> Actor:
    """The active account `actor_id`, or NotAllowedError(no_actor / unknown_actor / disabled)."""
    if actor_id is None:
        raise NotAllowedError(Refusal.no_actor)
    if isinstance(actor_id, bool) or not isinstance(actor_id, int):
        raise NotAllowedError(Refusal.unknown_actor)
    from intake import db  # noqa: PLC0415 - db imports the models too

    if not db.is_available():  # known down: refused at once, as every write is
        raise StorageError("unavailable")
    try:
        rows = list(Staff.select(Staff.id, Staff.display_name, Staff.active, Staff.practitioner,
                                 StaffRole.role)
                    .join(StaffRole, JOIN.LEFT_OUTER, on=(StaffRole.staff == Staff.id))
                    .where(Staff.id == actor_id).tuples())  # one query per check
    except (OperationalError, InterfaceError) as exc:  # the database went away
        raise StorageError("unavailable") from exc
    if not rows:
        raise NotAllowedError(Refusal.unknown_actor)
    staff_id, name, active, practitioner_id, _ = rows[0]
    if not active:
        raise NotAllowedError(Refusal.disabled)
    return Actor(id=staff_id, display_name=name, roles=frozenset(r[4] for r in rows if r[4]),
                 practitioner_id=practitioner_id)


def require(actor_id: object, action: str) -> Actor:
    """The actor, if it may do `action`; NotAllowedError otherwise (see the module's codes)."""
    if action not in RULES:
        raise ValueError(f"unknown action {action!r}")
    who = actor(actor_id)
    if not who.may(action):
        raise NotAllowedError(Refusal.admin_only if action == ADMIN else Refusal.not_allowed, action=action)
    return who


def allowed(actor_id: object, action: str) -> bool:
    """Whether `actor_id` may do `action` right now (for a screen deciding what to offer)."""
    try:
        require(actor_id, action)
    except NotAllowedError:
        return False
    return True


F = TypeVar("F", bound=Callable)


def guarded(action: str | dict[str, str], actor_param: str = "staff_id", *,
            by: str | None = None) -> Callable[[F], F]:
    """Decorate a domain function: `require(<its actor_param argument>, action)` runs before its
    body. With `by`, `action` maps the value of parameter `by` to the action (e.g. an intake's
    source: the kiosk's or the desk's). `fn.__access__` is (action, actor_param, by)."""
    actions = action.values() if isinstance(action, dict) else (action,)
    if any(name not in RULES for name in actions) or (isinstance(action, dict) != (by is not None)):
        raise ValueError(f"bad access rule {action!r}")

    def wrap(fn: F) -> F:
        signature = inspect.signature(fn)
        for name in (actor_param, by):
            if name is not None and name not in signature.parameters:
                raise TypeError(f"{fn.__qualname__} has no parameter {name!r}")

        @functools.wraps(fn)
        def checked(*args, **kwargs):
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError:
                return fn(*args, **kwargs)  # let Python report the bad call as it would
            bound.apply_defaults()
            wanted = action
            if isinstance(action, dict):
                wanted = action.get(bound.arguments.get(by))
                if wanted is None:
                    raise ValidationError("invalid", field=by)
            require(bound.arguments.get(actor_param), wanted)
            return fn(*args, **kwargs)

        checked.__access__ = (action, actor_param, by)  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return wrap


# Public functions that take no actor, by why. Keys are "module.function".
PURE = "pure"  # computes from its arguments (and the shipped content files) only
SIGN_IN = "sign_in"  # checks a secret itself before anything is shown (counted, audited)
SETUP = "setup"  # first run / demo / database plumbing, before any account exists
INTERNAL = "internal"  # runs only inside a guarded function or the shell's own bookkeeping
CLOCK = "clock"  # the clinic's time zone and "now"

DEVICE = "device"  # the kiosk's own bookkeeping: its outbox on its disk, its heartbeat
SLOTS = "slots"  # free times computed from the clinic's hours and bookings, no patient data

UNGUARDED: dict[str, str] = {}


def _classify(kind: str, names: str) -> None:
    for name in names.split():
        UNGUARDED[name] = kind


_classify(PURE, """
    intake.access.allowed intake.access.guarded intake.access.roles_of intake.access.actor
    intake.access.require intake.staff.kiosk.kiosk_name_ok intake.arrivals.is_late
    intake.outbox.draft_to_payload intake.outbox.draft_from_payload
    intake.outbox.is_connection_failure intake.outbox.refusal_reason
    intake.arrivals.urgent_notices intake.arrivals.badge_for intake.arrivals.flag_badges
    intake.arrivals.badges
    intake.clinic_setup.base.parse_time intake.clinic_setup.base.format_time intake.clinic_setup.base.parse_periods
    intake.clinic_setup.base.format_periods intake.clinic_setup.base.check_periods
    intake.clinic_setup.details.supported_countries intake.clinic_setup.details.regions_of
    intake.clinic.check_timezone intake.records.row_of intake.records.rows_of
    intake.content.read_text intake.content.reload intake.content.parse_checklists
    intake.ics_export.default_summary
    intake.intakes.check_identity intake.intakes.check_pain intake.intakes.check_checklist
    intake.intakes.check_safety intake.intakes.check_consent intake.intakes.check_all
    intake.intakes.check_texts
    intake.matching.compare
    intake.patients.keys.fold_name intake.patients.keys.name_key
    intake.patients.records.clean_fields intake.patients.records.changed_fields
    intake.patients.search.parse_date intake.patients.search.phone_prefix
    intake.patients.search.classify intake.patients.search.search_words
    intake.scheduling.booking.new_uid
    intake.scheduling.courses.status_changeable
    intake.scheduling.patterns.spread intake.scheduling.patterns.even_weekdays
    intake.scheduling.patterns.intended_days intake.scheduling.patterns.near_days
    intake.scheduling.patterns.search_order
    intake.scheduling.planner.replace_session
    intake.staff.passwords.check_password intake.staff.passwords.check_pin
    intake.staff.passwords.password_hasher intake.staff.signing_in.lock_delay
    intake.staff.accounts.account_problems
    intake.validation.clean_name intake.validation.clean_date_of_birth intake.validation.age_on
    intake.validation.clean_phone intake.validation.clean_email intake.validation.clean_pain_since
    intake.validation.pain_duration intake.validation.clean_score intake.validation.peg_score
    intake.validation.clean_text intake.validation.check_text
""")
_classify(SIGN_IN, """
    intake.staff.signing_in.authenticate intake.staff.signing_in.unlock_desk
    intake.staff.signing_in.change_own_password intake.staff.signing_in.countersign
    intake.staff.signing_in.sign_in intake.staff.signing_in.unlock_as
    intake.staff.signing_in.signed_in_as
    intake.staff.kiosk.verify_staff_secret intake.staff.kiosk.kiosk_exit_closed_until
    intake.staff.kiosk.kiosk_identity
""")
_classify(SETUP, """
    intake.staff.accounts.has_staff intake.staff.accounts.set_up_clinic
    intake.staff.accounts.count_active_admins intake.staff.accounts.first_active_admin
    intake.clinic.create_clinic intake.clinic.is_set_up intake.clinic.get_clinic
    intake.clinic.default_region
    intake.demo.fill_if_empty intake.demo.fill
    intake.location.default_data_dir intake.location.default_url intake.location.resolve_url
    intake.location.describe intake.location.sqlite_path intake.location.postgres_schema
    intake.location.check_sqlite_header intake.location.check_address
    intake.db.versions.migrations_dir intake.db.versions.shipped_migrations
    intake.db.versions.latest_version intake.db.versions.schema_status
    intake.db.versions.backup_database
    intake.db.opening.open_database intake.db.opening.close_database intake.db.opening.bind_unopened
    intake.db.postgres.postgres_driver_installed
    intake.db.driver_errors.constraint_name intake.db.driver_errors.storage_code
    intake.db.writes.write
    intake.db.connection.is_sqlite intake.db.connection.ensure_connected
    intake.db.connection.verify_schema intake.db.connection.mark_unavailable
    intake.db.connection.mark_available intake.db.connection.is_available
    intake.db.connection.thread_connection intake.db.connection.storage_lost
    intake.db.connection.probe intake.db.connection.drop_connection intake.db.connection.reconnect
""")
_classify(CLOCK, """
    intake.clinic.utc_now intake.clinic.forget_zone intake.clinic.clinic_zone intake.clinic.now
    intake.clinic.today intake.clinic.as_of
""")
_classify(INTERNAL, """
    intake.arrivals.waiting_urgent intake.arrivals.change_marker intake.staff.accounts.roles
    intake.staff.accounts.staff_row intake.staff.accounts.roles_by_account
    intake.clinic_setup.base.can_edit intake.scheduling.gates.decision_maker
    intake.outbox.deliver_item intake.scheduling.calendar.calendar_marker
    intake.kiosks.kiosk_states intake.kiosks.refused_count
    intake.audit.record
    intake.patients.search.codepoint_order intake.patients.search.starts_with
    intake.patients.page.load_intakes
    intake.scheduling.availability.lock_resources intake.scheduling.availability.load_holiday_tables
    intake.scheduling.availability.country_holidays intake.scheduling.availability.closed_holidays
    intake.scheduling.booking.guarded intake.scheduling.booking.insert_sessions
    intake.scheduling.courses.renumber intake.scheduling.courses.avail_problem
    intake.scheduling.calendar.appointment_rows
    intake.scheduling.gates.latest_intake intake.scheduling.gates.require_gates
""")
# Backups, restore and the audit chain. What a person triggers at the desk is guarded (the admin
# rule: backup_schedule.back_up_from_desk, backup_settings.save, kiosks.export_refused); what
# follows runs with the rights of whoever holds the database and this computer's files.
MAINTENANCE = "maintenance"  # entry points of the command line (`backcare backup / restore /
# check`, run by whoever has the machine's files: no account signs in there) and of the desk's
# own daily scheduler (no person asks for it)
MAINTENANCE_STEP = "maintenance_step"  # runs only inside a maintenance entry point or inside
# back_up_from_desk: copying, dumping, encrypting, checking, rotating, the backup lease
STATUS = "status"  # what the desk shows about backups to whoever stands at it, before sign-in
# too: the last good backup's time and place (the status bar's 48-hour warning), this computer's
# backup folder and its listing (dates, sizes); no patient data, the passphrase never shown
_classify(MAINTENANCE, """
    intake.backup_schedule.back_up_now intake.backup_schedule.run_if_due intake.restore.restore
    intake.check.check_database
""")
_classify(MAINTENANCE_STEP, """
    intake.audit_chain.verify intake.audit_chain.has_chain
    intake.backup.create_backup intake.backup.write_sqlite_copy intake.backup.verify_sqlite_copy
    intake.backup.trial_restore_pg intake.backup.rotate_folder
    intake.backup.open_backup intake.backup.extract_part intake.backup.passphrase_key
    intake.backup.content_target
    intake.backup_crypto.new_params intake.backup_crypto.fernet intake.backup_crypto.check_token
    intake.backup_crypto.check_passphrase intake.backup_crypto.encrypt_stream
    intake.backup_crypto.decrypt_chunks
    intake.backup_format.sha256_of intake.backup_format.read_manifest
    intake.backup_format.backup_root intake.backup_format.check_parts
    intake.backup_pg.connect intake.backup_pg.current_schema intake.backup_pg.dump
    intake.backup_pg.archive_tables intake.backup_pg.restore_into intake.backup_pg.table_counts
    intake.backup_pg.drop_schema intake.backup_pg.scratch_database intake.backup_pg.swap_in
    intake.backup_rotation.to_keep
    intake.backup_schedule.this_desk intake.backup_schedule.take_lease
    intake.backup_schedule.release_lease intake.backup_schedule.record_good
    intake.backup_schedule.in_own_connection intake.backup_schedule.restore_test_due
    intake.private_files.private_dir intake.private_files.tighten_dir
    intake.private_files.make_private intake.private_files.touch_private
    intake.restore.check_compatible
""")
_classify(STATUS, """
    intake.backup_schedule.status intake.backup.list_backups intake.backup_settings.config_dir
    intake.backup_settings.default_folder intake.backup_settings.load
""")
# the chain's hashing runs inside audit.record (every audited write); hashing the rows an older
# database already held is migration 0004's; the upgrade copies and the one-process lock belong
# to opening the database
_classify(INTERNAL, """
    intake.audit_chain.content intake.audit_chain.row_hash intake.audit_chain.link
    intake.audit_chain.advance
""")
_classify(SETUP, """
    intake.audit_chain.hash_existing intake.db.versions.prune_copies intake.instance_lock.lock_file_for
    intake.instance_lock.pg_key
""")
_classify(PURE, """
    intake.check.chain_problem intake.duplicates.compare_names intake.duplicates.judge
    intake.duplicates.unseen_likely intake.intakes.pain_band intake.merge.refusal_error
    intake.merge.merge_id_of intake.patients.keys.phone_reversed
    intake.patients.search.digits_after
""")
_classify(INTERNAL, "intake.duplicates.candidate_query")
_classify(PURE, """
    intake.content_languages.file_name intake.content_languages.source_hash
    intake.content_languages.parse_labels intake.content_languages.status
    intake.content_languages.usable_languages intake.content_languages.label
    intake.content_languages.reload intake.languages.check_language intake.languages.language_name
""")
_classify(SETUP, "intake.clinic.kiosk_language")
_classify(DEVICE, """
    intake.kiosks.kiosk_name intake.kiosks.beat intake.kiosks.report_refused
    intake.outbox.default_queue_dir intake.outbox.deliver_pending
""")
_classify(SLOTS, """
    intake.scheduling.booking.soonest_consultation_slots intake.scheduling.planner.plan_course
    intake.scheduling.planner.check_slot
""")
