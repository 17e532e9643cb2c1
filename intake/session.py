"""Who is signed in at the desk. One mutable object shared by the desk's screens; the sign-in
screen fills it and the idle lock empties it. No Qt, no patient data.

What the person may do is decided in the domain (intake.access) from the database on every call;
`roles` here only chooses what a screen offers. Imports no storage code: the desk's sign-in page
is drawn before it is loaded (docs/performance.md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from intake.vocabulary import STAFF_ROLES, Role

ROLES = STAFF_ROLES
ADMIN_ROLE = Role.admin


@dataclass
class StaffSession:
    staff_id: int | None = None
    display_name: str = ""
    role: str = ""  # the first of `roles`
    roles: tuple[str, ...] = field(default=())

    @property
    def signed_in(self) -> bool:
        return self.staff_id is not None

    @property
    def is_admin(self) -> bool:
        return self.signed_in and ADMIN_ROLE in self.roles

    def __post_init__(self) -> None:
        if self.role and not self.roles:
            self.roles = (self.role,)

    def sign_in(self, staff_id: int, display_name: str, roles: str | tuple[str, ...]) -> None:
        held = (roles,) if isinstance(roles, str) else tuple(roles)
        self.staff_id, self.display_name = staff_id, display_name
        self.roles, self.role = held, held[0] if held else ""

    def sign_out(self) -> None:
        self.staff_id, self.display_name, self.role, self.roles = None, "", "", ()
