#!/usr/bin/env python3
"""Writes a frozen database for a schema version that has shipped: vN.db holds the
migrations 1..N and, for every version up to N, a row of what that version added.

Run from the repository root as `tools/make-fixtures.py N` once version N is
superseded (when migration N+1 is added); the file is committed and never written
again, since it stands for a real person's old file (v1.db was written so first,
with the rows of `v1` below). The migration test checks that every version below
the latest has its file.
"""
import os
import sqlite3
import sys

MIGRATIONS = "src-tauri/core/src/store/migrations"
FIXTURES = "src-tauri/core/tests/fixtures"


def migrations(upto):
    names = sorted(n for n in os.listdir(MIGRATIONS) if n.endswith(".sql"))
    return [open(os.path.join(MIGRATIONS, n)).read() for n in names[:upto]]


def insert(db, table, **row):
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))


def v1(db):
    habits = [
        ("describe", "Describe", "first coffee, tea or other drink of the day", "Share one moment.", 30600, 31, 1, 0, 0, "2025-01-06"),
        ("interact", "Interact", "about to leave for lunch", "Like or reply to a post.", 43200, 31, 1, 0, 1, "2025-01-06"),
        ("recognize", "Recognition", "leaving for the day", "Thank one person or team.", 63000, 31, 1, 0, 2, "2025-01-06"),
        ("read-1", "Read one thread", "after the 3pm call", "Read one long thread.", 54000, 127, 0, 1, 3, "2025-02-01"),
    ]
    for h in habits:
        insert(db, "habits", id=h[0], name=h[1], trigger_label=h[2], prompt=h[3], time_secs=h[4],
               weekdays=h[5], enabled=h[6], archived=h[7], position=h[8], created_on=h[9])
    entries = [
        ("describe", "2025-01-06", 1736150400, "cli", "First post, from the café", 10),
        ("describe", "2025-01-07", 1736236800, "tray", None, None),
        ("interact", "2025-01-06", 1736164800, "notification", "Answered Ana's question", 5),
        ("recognize", "2025-01-06", 1736181000, "dashboard", "Thanked the \"platform\" team, twice", 15),
        ("read-1", "2025-02-02", 1738508400, "cli", "ünïcödé ✓", 240),
    ]
    for e in entries:
        insert(db, "entries", habit_id=e[0], day=e[1], logged_at=e[2], source=e[3], note=e[4], minutes=e[5])
    insert(db, "skips", habit_id="interact", day="2025-01-07", skipped_at=1736240000)
    insert(db, "pauses", starts_at=1736500000, ends_at=1736600000)
    insert(db, "settings", key="snooze", value="15m")
    insert(db, "settings", key="timezone", value="Europe/Berlin")


def v2(db):
    db.execute("UPDATE entries SET need = 'belonging' WHERE habit_id = 'describe' AND day = '2025-01-06'")
    insert(db, "reminders", habit_id="describe", day="2025-01-06", outcome="on_time", at=1736148600)
    insert(db, "snoozes", habit_id="interact", day="2025-01-08", until=1736337600)


def v3(db):
    insert(db, "benefit_checks", week="2025-01-06", rating=4, responses=3, recorded_at=1736700000)


def v4(db):
    insert(db, "assessments", taken_at=1736700000, instrument=1, answers="34243342334423433432")
    insert(db, "assessment_draft", id=1, answers="34200000000000000000", saved_at=1736800000)
    insert(db, "retake_reminders", due=1738500000, shown_at=1738500100)
    insert(db, "app_state", key="engine_first_run", value="1736140000")


def v5(db):
    db.execute("UPDATE habits SET created_at = 1736140000 WHERE id = 'describe'")


def v6(db):
    db.execute("UPDATE habits SET latest_secs = 37800 WHERE id = 'describe'")
    insert(db, "held_reminders", habit_id="interact", day="2025-01-08", due_at=1736334000, late=0, held_at=1736334000)


def v7(db):
    insert(db, "links", name="LinkedIn", url="https://www.linkedin.com/feed/", is_default=1, position=0)
    db.execute("UPDATE habits SET link_name = 'LinkedIn' WHERE id = 'interact'")
    insert(db, "running_checkin", only=1, habit_id="describe", day="2025-01-08", started_at=1736320000, length_secs=600)
    insert(db, "habit_ideas", habit_id="describe", lines="Where I work from today\nA draft I'm stuck on")


def v8(db):
    insert(db, "people", id=1, name="Ana López", kind="person")
    insert(db, "people", id=2, name="the platform team", kind="team")
    insert(db, "entry_people", habit_id="interact", day="2025-01-06", person_id=1, position=0)
    insert(db, "entry_people", habit_id="recognize", day="2025-01-06", person_id=2, position=0)
    insert(db, "person_aliases", name="Ana Lopez", person_id=1)


def v9(db):
    insert(db, "automaticity_checks", habit_id="describe", day="2025-01-10", answers="4455", recorded_at=1736500000)
    insert(db, "automaticity_checks", habit_id="interact", day="2025-01-10", answers="3", recorded_at=1736500000)
    db.execute("UPDATE habits SET prompts = 'quiet', prompts_since = '2025-01-10', starter = 'Read one post' WHERE id = 'describe'")
    insert(db, "habit_offers", habit_id="describe", kind="step_back", answered_on="2025-01-10")


def v10(db):
    db.execute("UPDATE running_checkin SET wrap_up_shown_for = 600")


def v11(db):
    insert(db, "day_marks", at=1736492400, kind="arrival")
    insert(db, "day_marks", at=1736508000, kind="break_start")
    insert(db, "day_marks", at=1736511600, kind="break_end")
    insert(db, "day_marks", at=1736528400, kind="departure")
    db.execute("INSERT INTO app_state (key, value) VALUES ('rhythm-away-since', '2025-01-10T17:26:40+00:00')")


def v12(db):
    db.execute("UPDATE habits SET anchor = 'lunch', lead_minutes = 15 WHERE id = 'describe'")
    insert(db, "anchor_offers", habit_id="interact", declined_on="2025-01-10")


ROWS = [v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12]


def main():
    version = int(sys.argv[1])
    if not 1 <= version <= len(ROWS):
        sys.exit(f"versions 1..{len(ROWS)}; add the rows of a new version first")
    path = os.path.join(FIXTURES, f"v{version}.db")
    if os.path.exists(path):
        sys.exit(f"{path} exists and is frozen")
    db = sqlite3.connect(path)
    for sql in migrations(version):
        db.executescript(sql)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("PRAGMA application_id = %d" % 0x416C6F75)
    for rows in ROWS[:version]:
        rows(db)
    db.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    print("wrote", path)


main()
