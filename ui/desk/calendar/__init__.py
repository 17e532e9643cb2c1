"""The desk's calendar: day and week views painted by one widget; today's list."""
