# Aloud's English messages: the fallback of every other language.
# Variables: $habit is a habit's name, $cue its moment ("after my first coffee"),
# $time a time of day (07:45), $when a day and time, $minutes a whole number.

## Dates

weekday-long = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
weekday-short = { $day ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}
month-long = { $month ->
    [jan] January
    [feb] February
    [mar] March
    [apr] April
    [may] May
    [jun] June
    [jul] July
    [aug] August
    [sep] September
    [oct] October
    [nov] November
   *[dec] December
}
month-short = { $month ->
    [jan] Jan
    [feb] Feb
    [mar] Mar
    [apr] Apr
    [may] May
    [jun] Jun
    [jul] Jul
    [aug] Aug
    [sep] Sep
    [oct] Oct
    [nov] Nov
   *[dec] Dec
}
date-long = { $weekday } { $day } { $month } { $year }
weekday-time = { $weekday } { $time }
date-time-short = { $weekday } { $day } { $month } at { $time }

## The state of a habit today

state-done = done
state-skipped = skipped
state-paused = paused
state-pending = pending
state-not-today = not today

## aloud status

status-head = { $date } — { $done } of { $scheduled } done
status-waiting = Waiting for you to be back: { $names }.
status-checkin = A { $habit } check-in is running: { $minutes } min so far; `aloud finish` logs it.
status-paused = Reminders paused until { $when }.
status-next = Next reminder: { $habit } on { $when }
status-no-reminder = No reminder planned.

## The tray: its title and menu

tray-progress = Today: { $done } of { $scheduled }
tray-header = { $progress } · { $next }
checkin-running = { $habit } check-in · { $minutes } min
tray-paused-until = paused until { $when }
tray-waiting = waiting for you: { $names }
tray-next-today = next: { $habit } at { $time }
tray-next-later = next: { $habit } { $when }
tray-no-reminder = no reminder planned
menu-done = ✓ { $habit } — done
menu-skipped = – { $habit } — skipped
menu-paused = ‖ { $habit } — { $cue } (paused)
menu-pending = ○ { $habit } — { $cue }
menu-undo-done = Undo Done
menu-undo-skip = Undo skip
menu-finish-checkin = Finish check-in
menu-cancel-checkin = Cancel check-in
menu-start-checkin = Start a check-in
menu-snooze-hour = Snooze reminders 1 h
menu-resume = Resume reminders
menu-pause-tomorrow = Pause until tomorrow
menu-open-dashboard = Open dashboard
menu-start-at-login = Start at login
menu-quit = Quit Aloud

## Reminders and other notifications

reminder-late-summary = { $habit } (late)
reminder-late = This was due at { $time }; the computer was asleep or Aloud was not running. { $body }
reminder-waited = Back at your desk: this waited for you since { $time }. { $body }
reminder-idea = An idea: { $idea }
reminder-no-buttons = Click to open Aloud and log it, or use its menu in the tray.
action-open-dashboard = Open dashboard
action-open = Open
action-start = Start
action-done = Done
action-snooze = Snooze
action-take-it-now = Take it now
action-finish = Finish
action-more = { $minutes } more minutes
retake-summary = Time for your mindset self-assessment
retake-body = Twenty quick statements about the last two weeks: see how your five mindsets have moved.
wrap-up-body = Finish to log it with the minutes it took, or take { $minutes } more minutes.
wrap-up-body-no-buttons = Finish it from Aloud's menu in the tray to log it with the minutes it took.
ended-summary = { $habit } check-in ended by itself
ended-body = Nobody finished it, so it is logged with its length, { $minutes } min. Change the minutes on the dashboard's History if they were different.
no-link-summary = The check-in has started
no-link-body = Aloud has no link to your network yet: add one on the dashboard (Settings → Your network) or with `aloud link add`.
could-not-open-summary = Aloud could not open your network
could-not-open-body = { $why }. Open it yourself: { $url }
cannot-start-summary = Aloud could not start
restored-summary = Aloud restored your history from a backup
dashboard-failed-summary = Aloud could not open its dashboard
could-not-save-summary = Aloud could not save

## aloud people forget

forget-done = Forgot { $name }: removed from { $entries ->
    [one] 1 check-in
   *[other] { $entries } check-ins
} and { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}, { $purged ->
    [yes] and from the database file
   *[no] and from the database, whose file another Aloud process kept busy: its last traces go at the next checkpoint
}.
forget-backups-done = Removed from { $backups ->
    [one] 1 backup
   *[other] { $backups } backups
} too.
forget-backups-hint = The backups may still hold it: `aloud people forget "{ $name }" --from-backups` removes it there too.

## The dashboard (ui-…): plain text, each variable filled in by the page

ui-loading = Loading today…
ui-progress = Today: { $done } of { $scheduled } done
ui-panels = Panels
ui-tab-today = Today
ui-tab-history = History
ui-tab-review = Review
ui-tab-network = Network
ui-tab-mindsets = Mindsets
ui-tab-settings = Settings
ui-today-habits = Today's habits
ui-today-empty = Nothing is scheduled today: a day off from the habits. The days each habit comes on are in Settings.
ui-next-reminder = Next reminder: { $habit } at { $time }
ui-next-reminder-later = Next reminder: { $habit } at { $time } on { $date }
ui-no-reminder = No reminder planned
ui-paused-until = Reminders paused until { $date } { $time }
ui-resume = Resume reminders
ui-pause-tomorrow = Pause until tomorrow
ui-celebrate = Nice — { $habit } is done for today.
ui-checkin-running = Check-in running · { $minutes } min
ui-checkin-wrap-up = Check-in running · { $minutes } min: time to wrap up
ui-another-running = Another check-in is running
ui-start-checkin = Start check-in
ui-finish-checkin = Finish check-in
ui-cancel-checkin = Cancel check-in
ui-note = Note
ui-note-placeholder = Optional, one line
ui-minutes = Minutes
ui-served = Served
ui-need-information = Information
ui-need-help = Help
ui-need-belonging = Belonging
ui-need-recognition = Recognition
ui-need-purpose = Purpose
ui-named = Named
ui-with-placeholder = A colleague or a team; Enter adds
ui-names-used = Names used before
ui-remove-name = Remove { $name }
ui-log = Log
ui-update = Update
ui-skip = Skip today
ui-undo = Undo
ui-state-done = Done
ui-state-skipped = Skipped
ui-state-paused = Paused
ui-state-pending = To do
ui-state-not-scheduled = Not today
ui-minutes-whole = Minutes must be a whole number.
ui-minutes-range = Minutes must be between 1 and 240.
ui-language-title = Language
ui-language-label = Aloud speaks
ui-language-auto = The desktop's language
ui-save = Save
