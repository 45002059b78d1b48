#!/usr/bin/env python3
"""Writes the frozen schema-v1 database used by the migration tests.

Run once from the repository root; the output is committed and must never be
regenerated after v1 shipped (it stands for a real user's old file).
"""
import sqlite3

PATH = "src-tauri/core/tests/fixtures/v1.db"
schema = open("src-tauri/core/src/store/migrations/001_initial.sql").read()
db = sqlite3.connect(PATH)
db.executescript(schema)
db.execute("PRAGMA user_version = 1")
db.execute("PRAGMA application_id = %d" % 0x416C6F75)
habits = [
    ("describe", "Describe", "first coffee, tea or other drink of the day", "Share one moment.", 30600, 31, 1, 0, 0, "2025-01-06"),
    ("interact", "Interact", "about to leave for lunch", "Like or reply to a post.", 43200, 31, 1, 0, 1, "2025-01-06"),
    ("recognize", "Recognition", "leaving for the day", "Thank one person or team.", 63000, 31, 1, 0, 2, "2025-01-06"),
    ("read-1", "Read one thread", "after the 3pm call", "Read one long thread.", 54000, 127, 0, 1, 3, "2025-02-01"),
]
db.executemany("INSERT INTO habits VALUES (?,?,?,?,?,?,?,?,?,?)", habits)
entries = [
    ("describe", "2025-01-06", 1736150400, "cli", "First post, from the café", 10),
    ("describe", "2025-01-07", 1736236800, "tray", None, None),
    ("interact", "2025-01-06", 1736164800, "notification", "Answered Ana's question", 5),
    ("recognize", "2025-01-06", 1736181000, "dashboard", "Thanked the \"platform\" team, twice", 15),
    ("read-1", "2025-02-02", 1738508400, "cli", "ünïcödé ✓", 240),
]
db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?)", entries)
db.executemany("INSERT INTO skips VALUES (?,?,?)", [("interact", "2025-01-07", 1736240000)])
db.executemany("INSERT INTO pauses (starts_at, ends_at) VALUES (?,?)", [(1736500000, 1736600000)])
db.executemany("INSERT INTO settings VALUES (?,?)", [("snooze", "15m"), ("timezone", "Europe/Berlin")])
db.commit()
db.execute("PRAGMA journal_mode = DELETE")
db.close()
