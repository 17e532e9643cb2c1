<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutStep</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (day, month, year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email (if you want)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also a practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s diary of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable or enable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: new password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password / PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no diary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed to {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary linked: this person&apos;s decisions are recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The account is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStaffForm</name>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for the kiosk exit (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, 4–8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now sign in as “{user}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffectedDialog</name>
    <message>
        <source>Bookings now in closed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked appointments now in closed time: {n}. A new time is proposed for each (the same practitioner where possible); phone the patients once they are moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings in closed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free time nearby: move by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move them as proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentCard</name>
    <message>
        <source>appointment-card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment card for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you cannot come, please phone us at least {hours} hours before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalCard</name>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrived {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {sent}, reached the desk {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {dob} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent alert acknowledged by {name} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match or create patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why booking waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the urgent alert above first: the consultation is booked once a staff member has seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match or create the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival {first} {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>Arrivals today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-entered intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an intake for a patient at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has filled in the kiosk yet today. New arrivals appear here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting or with staff, {total} today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (no. {id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by patient number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the merge of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {n} entries; narrow the filters to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Record no. {other} merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into record no. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with record no. {other} reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Last good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt backups with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in this computer&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second disk or a network share keeps the backups safe when this computer&apos;s disk fails. The newest backup of each of the last 7 days, 4 weeks and 12 months is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For backups that leave the clinic. Keep the passphrase somewhere safe: without it an encrypted backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not answer: what is shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {kind} — {size} — {checks}{locked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this database has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} on computer {host}, in {folder} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase, or untick encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… the desk can be used meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made and checked: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>Backup warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this database yet: an admin can make one in Settings › Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup for over {hours} hours (last: {when}): see Settings › Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map, front and back. Tap where it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Move to another day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled and no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid: treatment (n/12) · dashed: free consultation · ⚡ electro · ✓ attended · ✗ no-show · grey area: closed. Drag a booked appointment to move it; click it to open the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}  {name}
{what} · {practitioner} · {room} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name}&apos;s appointment from {old} to {new}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move undone: back at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move to {when}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateBox</name>
    <message>
        <source>{first} {last}, patient no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ same (written differently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the intake&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update {field} from the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person: add the intake to this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as patient no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CausesStep</name>
    <message>
        <source>What may have caused it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everything that may fit, or &quot;Not sure&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicPlace</name>
    <message>
        <source>Whole country (national holidays only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicTab</name>
    <message>
        <source>Changing the time zone changes what &quot;now&quot; is for the desk. Appointments keep their wall-clock times: a visit at 10:00 stays at 10:00 in the new zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save clinic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (holidays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional public holidays (for example Easter Monday in England) count only when the region is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language the kiosk greets in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients can switch to another language on any screen; the kiosk returns to this one for the next patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not offered at the kiosk: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the English text changed since it was translated ({files}); please have it translated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentStep</name>
    <message>
        <source>Your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Book the free consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free consultation for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soonest free times. One click books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search from day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation already booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a second free consultation all the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a second free consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a second one is needed (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a second consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode already has its free consultation: {when} with {practitioner} ({status}). One free consultation per episode — book a second one only when it is needed, and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “book a second” and write why, then choose a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}  {time}   ·   {practitioner}, {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time found in the coming weeks. Check the opening hours and practitioners in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time was just taken at another desk. Here are the next free times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode already has its free consultation ({when}). Tick “book a second” and write why to book another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations of the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the consultation to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation cancelled by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation cancelled by clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late: under 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation moved to {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation cancelled — a late cancellation (less than {hours} hours before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CourseExports</name>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the course to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the appointment card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment card saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment card sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesPanel</name>
    <message>
        <source>Treatment courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a new course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain today, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the patient: how bad is the pain today, 0 (none) to 10 (worst)? Saved with &quot;Attended&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain today: not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain today: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the status this session had before its last change (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a status cannot be recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this and all following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a make-up session at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print appointment card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save card as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} — booked {day} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No treatment course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(was session {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · pain {score}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late: under 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · entered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{attended} of {planned} attended · {booked} to come · {cancelled} cancelled · {no_show} no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{window}-day window ends {end} ({days} days left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} booked sessions fall after the {window}-day window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain {base} → {latest} ({points:+d} points, {percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due: improving — up to {n} more sessions may be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due: no meaningful improvement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended and No-show can be recorded from the session&apos;s day on ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled — a late cancellation (less than {hours} hours before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status change undone: the session is “{status}” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a make-up session at the end ({n} missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved this session and all the following ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A make-up session was added at the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: {part}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskMessages</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: holds characters that cannot be kept (control or invisible characters). Please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: must contain letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is more than 120 years ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} was removed meanwhile: the list shows what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: this name is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: digits only (4 to 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: must be between {minimum} and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clinic is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intake already belongs to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record that looks like this person was just added: check the list before creating a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these records has already been merged: reload and check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both records have an active course: stop one of the courses first, then merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge has already been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record this one was merged into has since been merged itself: reverse that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write times like 09:00–12:30, 13:30–18:00 (24-hour clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two periods overlap: a break must come between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code (two letters, e.g. GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day has passed: choose today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a full folder path, for example D:\Backups or /media/backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be written to from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time was just taken at another desk. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pattern is not possible: check the numbers and weekdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This practitioner&apos;s account is not linked to a diary (Staff → Practitioner&apos;s diary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked appointment can be moved, cancelled or marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no status change to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has no intake form yet: ask them to fill one in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: nothing is changed without a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account was not found: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been disabled: ask an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active admin can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active admin: make another admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not the deciding practitioner&apos;s. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked for a while. An admin can unlock it by resetting its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: the practitioner signs in with their password to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: the kiosk&apos;s staff exit stays closed for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent red flag is not acknowledged yet: no course can be booked until a staff member has seen the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This episode already has its free consultation: a second one needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practitioner&apos;s recorded decision is needed before booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: Attended and No-show can be recorded from the session&apos;s day on ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course already has all its planned sessions booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course can be extended only while the patient is improving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more sessions than the yearly limit allows (up to {allowed} more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: this account is locked until {time}. An admin can unlock it now by resetting its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs: unlock with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an admin to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or the password is wrong. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent alert for this patient is not acknowledged yet: acknowledge it on the Arrivals page first, then book the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second free consultation in one episode needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: keep it under {maximum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder cannot be written to: no backup was made. Choose another folder, or connect the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_dump is not installed on this computer: no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active admin can back up from the desk: no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been disabled: no backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made or checked. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to export the undelivered intakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active admin can export the undelivered intakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth is not valid: write it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone is not a valid number: check the digits (e.g. 07911 123456 or +44 …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not valid: write it like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username: letters, digits, dot, dash or underscore only (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a practitioner can record this, signed in or with their own PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the practitioner&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: a make-up session has taken this session&apos;s place. Cancel the make-up session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} ({when}) was just taken at another desk: {reason}. New times have been proposed; please check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot book or move session {n}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot book or move to that time: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskRecords</name>
    <message>
        <source>Intake of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEG:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake of {when}, {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: saved early at an urgent answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {sent}, reached the desk {received}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map of where it hurts (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{score} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean {mean} (pain {p}, enjoyment of life {e}, general activity {a})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain {score}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEG {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the intake of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder or bowel change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saddle numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sexual dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexplained weight loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever or unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent fall or injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Osteoporosis or steroids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV drugs or weak immunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night or rest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg getting weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 50, new pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implanted device: no electro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bleeding risk or blood thinners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metal implants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle fear or fainting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the patient: {sign} (please check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent answer withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskShell</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk staff exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk exit refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undelivered kiosk intakes exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>BackCare — Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L); open forms are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{role}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>This person may already be on file. Open the record if it is them; create a new patient only if it is someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that look related (check before creating a new patient):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {id}: {first} {last}, born {dob}, phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open patient no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first and last name swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name, one surname missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same surname, different first name (a twin?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares a phone with this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same person: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares a phone with this patient (families do): not the same person by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly related, not the same person by default: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>BackCare — Set up the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the clinic and the admin account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to BackCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the desk can be used, name the clinic and create the first admin account. The admin can then add the other staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for phone numbers and public holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional public holidays (for example Easter Monday in England) count only when the region is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters. Keep it safe: BackCare has no default password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatesPanel</name>
    <message>
        <source>Safety checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding practitioner for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN of the deciding practitioner for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: practitioner&apos;s decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safety answer stops this course.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <source>Save opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last closed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays; ticked ones are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per day, e.g. 09:00–12:30, 13:30–18:00. The gap is the lunch break. Empty = closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays (next 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic is closed on these days. Tick a day to open anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closure planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your privacy, your answers will be cleared in {n} seconds. Touch the screen to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoStep</name>
    <message>
        <source>About back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information sheet about back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start check-in  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeFlow</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {n} of {total}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer every group of questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at the messages in red: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell reception that this answer was a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have told reception that this answer was a mistake. A member of staff may still check with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is cleared. Please answer this group again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll sideways: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskMessages</name>
    <message>
        <source>your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long you have had the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days, weeks or months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your pain right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your average pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how pain affects enjoyment of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how pain affects your general activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what may have caused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your current treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the year of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date does not exist. Please check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your mobile number. It should look like 07911 123456, or start with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your email address, like name@example.com. You can also leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick the box to agree, so we can treat you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write which other treatment you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter how many days, weeks or months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tap days, weeks or months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the number: that is longer than a lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tap at least one place where it hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use letters for {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; or &quot;None&quot; cannot be ticked with other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskNotice</name>
    <message>
        <source>Kiosk status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export undelivered intakes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the intakes a kiosk could not deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin can export them at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} undelivered intake(s) saved to {file}. Enter them at the desk, then keep the file safe or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} offline since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds 1 intake that has not reached the desk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {n} intakes that have not reached the desk yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} has 1 intake it could not deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} has {n} intakes it could not deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export undelivered intakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Keep this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <source>Match or create patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed? Search by name, phone (or its last 4 digits) or date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the patient&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient: create from the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient from this intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient on file shares this name, or a date of birth or phone number with a similar name. Search below if you know otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible matches: check every line before choosing. Nothing is merged until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search for the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake says: {first} {last}, born {dob}, phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by your search ({n}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your search finds no other record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {last} (patient no. {id}) is likely the same person. Choose &quot;Same person&quot; on that record, or create a new patient only if this is someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new patient anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records of one patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, phone (or its last 4 digits), date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep no. {id} (this record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record stays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record: {who} — patient no. {id}. Find the other record of the same person, then choose which record stays. Everything on the other record moves to it; the other is kept, marked as merged and hidden from search. A merge can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} — patient no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep no. {id} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the record that stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to no. {kept}: {intakes} intake(s) with their consents and scores, {appointments} appointment(s), {courses} course(s). No. {other} stays on file as &quot;merged into no. {kept}&quot;, hidden from search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeHistory</name>
    <message>
        <source>Records merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. {other} merged on {day}: {intakes} intake(s), {appointments} appointment(s), {courses} course(s) moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — reversed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse this merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the merge of no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovePreviewDialog</name>
    <message>
        <source>Move this and the following sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to move: {n}. Those that cannot keep the same shift ({clashes}) get another free time, highlighted with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message>
        <source>Database status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unreachable — retrying. What is on screen stays readable; nothing can be saved until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainHowStep</name>
    <message>
        <source>How long, and how much does it hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long have you had this pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had the pain for: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad is your pain right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past week, what was your pain on average?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your enjoyment of life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the past week, how much did pain get in the way of your general activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–6 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6–12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 1 year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>0 = no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainWhereStep</name>
    <message>
        <source>Where does it hurt? Tap every place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Edit patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 07911 123456 or +44 7911 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new patient anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientPage</name>
    <message>
        <source>← Back to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the patient search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the patient&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-entered intake…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an intake for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a treatment course for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with another record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this record with another record of the same patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {dob} ({age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient no. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety flags (answered yes on an intake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intakes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intake yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} course, {n} sessions, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} — {kind} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course or appointment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was merged into patient no. {id}. It is kept for the history and hidden from search; its intakes and appointments are on no. {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientResults</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name (e.g. smi jo), phone (07911 123456) or date of birth (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a phone number or a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches “{text}”. Check the spelling, or create a new patient (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {n} matches; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} matching — Enter opens the highlighted one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>Proposed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time for the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner for the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room for the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions from {first} to {last}; {moved} moved from the pattern (highlighted). {course} sessions should fall within {days} days of the first: by {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to change its time, practitioner or room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {n} cannot go there: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Plan a treatment course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and book all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment course for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerForm</name>
    <message>
        <source>Standard acupuncture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electro-acupuncture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some per week, then fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On chosen weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every K days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how many weeks (0 = until done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First phase weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PractitionersTab</name>
    <message>
        <source>New practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time kept before and after each of this practitioner&apos;s appointments, in every booking and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer between appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours (empty = not working)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuedThankYouPage</name>
    <message>
        <source>Thank you — please tell reception you have checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are kept safely on this kiosk and will reach the desk shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Please check your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a box to change it. When all is right, tap &quot;Send my answers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heading}: {text}. Tap to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain now: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average pain last week: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets in the way of enjoying life: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets in the way of general activity: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side effects ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered Yes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered No to every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may have caused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyStep</name>
    <message>
        <source>Please tell us at once if you have any of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before acupuncture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some questions for your safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap each one that is true for you, then Next. If none is, tap &quot;None of these apply to me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFailedPage</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not save your answers — please tell reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are still here. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scheduling</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {start}–{end} · {practitioner} · {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that time has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinic is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient has another appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session before it moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another session of this course is on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practitioner not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the practitioner is already booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room is already booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {placed} of {sessions} sessions fit by {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is too sparse for the review window: {n} per week would fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is too sparse for the review window, and the diary is too full for more per week: try another practitioner or room, or fewer sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is full on the pattern&apos;s days: try another practitioner or room, another time of day, or a later start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s practitioner: {reason} → {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {reason} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard acupuncture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electro-acupuncture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient has no intake form yet: ask them to fill one in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent red flag is not acknowledged yet: no course can be booked until a staff member has seen the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electro-acupuncture is refused: the patient has a pacemaker, defibrillator or another implanted electrical device. The device does not stop standard acupuncture: choose Standard acupuncture as the course type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This course type is refused: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety check stops this booking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsMessages</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not answer: what is shown may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours &amp;&amp; holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change these settings. You can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read: the database did not answer. They are read again when you come back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellShots</name>
    <message>
        <source>This page is provided by its own module and wired in by the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to the front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose work the lock keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open work of {name} is kept. {name} can unlock with their PIN; anyone else on the staff signs in with their password to go on where the desk was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not answer. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with your finger. With a keyboard, press Enter to sign with a mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted: disable someone who leaves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffExitPanel</name>
    <message>
        <source>Staff: leave the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s database does not answer, so the PIN cannot be checked now. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries. The staff exit opens again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SymptomsStep</name>
    <message>
        <source>What do you notice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everything that fits. You may leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThankYouPage</name>
    <message>
        <source>The intake is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you — please take a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will call you soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TouchKeyboard</name>
    <message>
        <source>On-screen keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreatmentsStep</name>
    <message>
        <source>What do you take or use for it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick everything you use, or &quot;None&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which other treatment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatment: please write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you noticed any of these side effects?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgentAlarm</name>
    <message>
        <source>⚠ URGENT ARRIVAL — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgentBanner</name>
    <message>
        <source>⚠ URGENT — {first} {last} (arrived {time}) answered yes to a cauda equina warning sign: {signs}. Speak to them now; a clinician must assess them today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have seen it — acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge urgent alert for {first} {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgentLockNotice</name>
    <message>
        <source>Urgent arrival waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see who, then acknowledge the alert on the Arrivals page. A clinician must assess them today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} urgent arrivals waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived {time} — {sign}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cauda equina warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent answer on the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgentMessage</name>
    <message>
        <source>Please speak to reception now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have spoken to reception — continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I tapped by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. We have let them know. This is a precaution — please go to the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer means a member of staff should talk with you before anything else. Please go to the desk now and tell them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekHoursEditor</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example 09:00–12:30, 13:30–18:00. A break is the gap between two periods. Leave empty when closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeStep</name>
    <message>
        <source>Welcome. Please check in here for your visit.
It takes about {n} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read about back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Corner</name>
    <message>
        <source>Staff corner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Screen</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these apply to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tap the ones that apply to you, or &quot;None of these apply to me&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>back up the database now into this computer&apos;s backup folder (verified, with a checksum of every part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the backup into DIR instead of this computer&apos;s backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcare backup: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: {where}, schema version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: {rows} in {tables} tables; content files: {files}; encrypted: {encrypted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older backups removed by the rotation: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a BackCare backup (a backup is a folder with a manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged: a part does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup was made by a newer BackCare; install that version to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is of the other kind of database (SQLite or PostgreSQL) than the one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is encrypted: give its passphrase (--passphrase-file, or BACKCARE_BACKUP_PASSPHRASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BackCare desk or kiosk has the database open: close every one, then restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a restore is running on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s client programs (pg_dump, pg_restore, psql) are needed and not installed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup could not be made or checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <source>check the database without changing it: integrity, schema version, row counts, audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: {applied} of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain: ok ({rows} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>backcare: this database has no clinic yet: start BackCare at the desk once to set it up (or use --demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCare: intake kiosk and front desk for a back-pain acupuncture clinic. Without a command it opens the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the patient kiosk (full screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with a demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL: sqlite:////path/backcare.db or postgresql://user@host/dbname (default: BACKCARE_DB, else backcare.db in the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not valid: use sqlite:////path/to/backcare.db or postgresql://user@host:5432/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL needs its driver, which this installation does not have: pip install &quot;backcare[postgres]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a BackCare database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer BackCare; install that version to open it (it was left untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database or its folder cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is from an older BackCare and could not be backed up before the upgrade (PostgreSQL needs the pg_dump program); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcare: a restore is running on this database; start BackCare again when it has finished: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcare: a content file is malformed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner</name>
    <message>
        <source>Preferred time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>restore a backup over the database (every BackCare on it must be closed; what it replaces is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup folder (backcare-YYYYMMDD-HHMMSS) or its manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for an encrypted backup: a file holding its passphrase (or set BACKCARE_BACKUP_PASSPHRASE; else this computer&apos;s own passphrase is tried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcare restore: the passphrase file cannot be read: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backcare restore: refused, nothing changed: {problem}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored: {name} (made {created} on {host}, schema version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it replaced is kept in: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content files restored: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content files not restored (BACKCARE_CONTENT is not set): {n}; they are in the backup&apos;s content folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>BackCare could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>windows</name>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BackCare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match this arrival to a patient first (Match or create), then book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake entered by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on this screen. What was already saved is safe. If it happens again, please tell the clinic&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
