"""The audit trail viewer (admins only) and its words."""
