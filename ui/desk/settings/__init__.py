"""The clinic's settings screen: details, lengths, hours, closures, holidays, people, rooms."""
