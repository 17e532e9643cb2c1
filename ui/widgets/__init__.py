"""Shared touch-friendly widgets: body map, pain scale, yes/no, signature pad, date picker,
checklist."""
