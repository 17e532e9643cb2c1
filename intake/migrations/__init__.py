"""Numbered schema migrations, applied in order by `intake.db` (playhouse.migrations).

Never edit a migration once it has landed: add the next number instead. Each file declares frozen
copies of the tables it creates, independent of `intake.models`.
"""
