"""Patients: search, a patient's page and form, the intakes on it, likely duplicates and merging."""
