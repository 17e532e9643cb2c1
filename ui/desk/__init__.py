"""The staff (front desk) window, its views and dialogs."""
