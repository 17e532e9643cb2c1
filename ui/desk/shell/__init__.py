"""The desk's frame: its window, sign-in and lock, first run, the idle lock, the database watch and the status bar's warnings."""
