"""Staff accounts: creation, sign-in with lock-out, the kiosk's staff exit, and admin changes.

A module per topic, the same API re-exported here: `passwords` (the rules, the argon2id
hashes), `accounts` (names and roles checked, the roles held, creating, first run), `signing_in`
(desk sign-in, lock-out, unlocking, countersigning, one's own password), `kiosk` (a kiosk's
device identity and its staff exit), `admin` (an admin's changes to accounts).

Passwords and PINs are stored only as argon2id hashes (argon2-cffi's `PasswordHasher`, its
default, RFC 9106 low-memory parameters). Admin-only functions take `by_staff_id`, look the
acting account up in the database and raise `NotAllowedError(Refusal.admin_only)` unless it is an
active admin, so the rule holds whatever the screen shows. The last active admin can be neither
disabled nor demoted; there is no function to delete an account.

Error codes (never UI wording):
- sign-in: `NotAllowedError` with code `unknown_or_wrong`, `locked` (details: until), `disabled`
- admin: `NotAllowedError` with `admin_only`, `last_admin`, `first_must_be_admin`
- input: `ValidationError` with field username / display_name / role / password / pin and code
  required, too_long, bad_characters, taken, too_short, not_digits, unknown_role

The hasher in use (`passwords.hasher`, which tests swap for cheap parameters) is not re-exported:
it is made on first use, and a copy here would never see it.
"""

from __future__ import annotations

from intake.staff.accounts import (  # noqa: F401 - the package's API
    USERNAME_RE,
    account_problems,
    count_active_admins,
    create_staff,
    first_active_admin,
    has_staff,
    roles,
    set_up_clinic,
)
from intake.staff.admin import (  # noqa: F401 - the package's API
    change_role,
    get_staff,
    link_practitioner,
    list_staff,
    reset_secret,
    set_active,
)
from intake.staff.kiosk import (  # noqa: F401 - the package's API
    EXIT_TRIES,
    EXIT_WINDOW,
    kiosk_exit_closed_until,
    kiosk_identity,
    kiosk_name_ok,
    verify_staff_secret,
)
from intake.staff.passwords import (  # noqa: F401 - the package's API
    MIN_PASSWORD_LENGTH,
    PIN_LENGTHS,
    check_password,
    check_pin,
    password_hasher,
)
from intake.staff.signing_in import (  # noqa: F401 - the package's API
    FIRST_LOCK,
    FREE_ATTEMPTS,
    MAX_LOCK,
    SignedIn,
    authenticate,
    change_own_password,
    countersign,
    lock_delay,
    practitioner_accounts,
    sign_in,
    signed_in_as,
    unlock_as,
    unlock_desk,
)
