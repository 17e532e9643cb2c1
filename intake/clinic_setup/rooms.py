"""The clinic's rooms."""


from __future__ import annotations

from intake import access, audit, db
from intake.clinic_setup.base import (
    _check_unique,
    _get,
    _text,
)
from intake.models import (
    Room,
)
from intake.records import RoomRow, row_of, rows_of

# --------------------------------------------------------------------------- rooms


@access.guarded(access.SETTINGS_READ, "by_staff_id")
def list_rooms(*, by_staff_id: int | None, include_inactive: bool = True) -> list[RoomRow]:
    query = Room.select().order_by(Room.name, Room.id)
    if not include_inactive:
        query = query.where(Room.active == True)  # noqa: E712
    return rows_of(RoomRow, query)


@access.guarded(access.ADMIN, "by_staff_id")
def add_room(name: str, *, by_staff_id: int | None) -> RoomRow:
    name = _text(name, "room_name", 100, required=True)
    with db.write():
        _check_unique(Room, name, "room_name", None)
        room = Room.create(name=name)
        audit.record("room_added", staff_id=by_staff_id, detail=f"room={room.id}")
    return row_of(RoomRow, room)


@access.guarded(access.ADMIN, "by_staff_id")
def update_room(room_id: int, *, name: str, active: bool, by_staff_id: int | None) -> RoomRow:
    name = _text(name, "room_name", 100, required=True)
    with db.write():
        _get(Room, room_id, field="room")
        _check_unique(Room, name, "room_name", room_id)
        Room.update(name=name, active=active).where(Room.id == room_id).execute()
        audit.record("room_changed", staff_id=by_staff_id,
                     detail=f"room={room_id} active={int(active)}")
    return row_of(RoomRow, Room.get_by_id(room_id))
