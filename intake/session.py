"""Who is signed in at the desk. One mutable object shared by the desk's screens; the sign-in
screen fills it and the idle lock empties it. No Qt, no patient data."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("admin", "front_desk", "practitioner")


@dataclass
class StaffSession:
    staff_id: int | None = None
    display_name: str = ""
    role: str = ""

    @property
    def signed_in(self) -> bool:
        return self.staff_id is not None

    @property
    def is_admin(self) -> bool:
        return self.signed_in and self.role == "admin"

    def sign_in(self, staff_id: int, display_name: str, role: str) -> None:
        self.staff_id, self.display_name, self.role = staff_id, display_name, role

    def sign_out(self) -> None:
        self.staff_id, self.display_name, self.role = None, "", ""
