"""Staff accounts (admins only): the table and its two forms."""
