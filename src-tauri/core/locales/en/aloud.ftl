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
date-day-month = { $day } { $month }
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
cli-calendar-added = Added { $path } ({ $events ->
        [one] one busy event
       *[other] { $events } busy events
    }): reminders wait while its meetings run.
cli-calendar-removed = Removed { $path }; the file itself is left alone.
cli-calendars-none = No calendar yet: `aloud config calendar add FILE.ics` adds one.
cli-calendar-reads = { $path }: { $events ->
        [one] one busy event
       *[other] { $events } busy events
    }{ $unreadable ->
        [0] {""}
        [one] , one left out (its times cannot be read)
       *[other] , { $unreadable } left out (their times cannot be read)
    }
cli-calendar-problem = { $path }: { $problem }. Reminders go on without it.
cli-calendars-next = Next meeting today: { $start }–{ $end }
busy-free = Not busy now.
busy-now = Busy now ({ $reasons }): reminders wait.
busy-until = Busy until { $time } ({ $reasons }): reminders wait.
busy-meeting = in a meeting
busy-do-not-disturb = Do Not Disturb is on
busy-full-screen = a window is full screen
status-waiting-busy = Waiting until you are free: { $names }.
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
tray-waiting-busy-until = busy until { $time }, then: { $names }
tray-waiting-busy = waiting until you are free: { $names }
tray-next-today = next: { $habit } at { $time }
tray-next-later = next: { $habit } { $when }
tray-no-reminder = no reminder planned
menu-done = ✓ { $habit } — done
menu-skipped = – { $habit } — skipped
menu-paused = ‖ { $habit } — { $cue } (paused)
menu-pending = ○ { $habit } — { $cue }
menu-pending-quiet = ○ { $habit } — { $cue } (quiet reminder)
menu-pending-off = ○ { $habit } — { $cue } (no reminder)
menu-undo-done = Undo Done
menu-undo-skip = Undo skip
menu-finish-checkin = Finish check-in
menu-cancel-checkin = Cancel check-in
menu-start-checkin = Start a check-in
menu-snooze-hour = Snooze reminders 1 h
menu-resume = Resume reminders
menu-pause-tomorrow = Pause until tomorrow
menu-open-dashboard = Open dashboard
menu-automaticity-check = Weekly automaticity check…
menu-start-at-login = Start at login
menu-quit = Quit Aloud

## Reminders and other notifications

reminder-moment = { $cue }: { $prompt }
reminder-late-summary = { $habit } (late)
reminder-late = This was due at { $time }; the computer was asleep or Aloud was not running. { $body }
reminder-waited = Back at your desk: this waited for you since { $time }. { $body }
reminder-after-meeting = After your meeting: this waited since { $time }. { $body }
reminder-after-do-not-disturb = Do Not Disturb is over: this waited since { $time }. { $body }
reminder-after-full-screen = Out of full screen: this waited since { $time }. { $body }
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
dashboard-not-started = { $program } could not be started: { $why }
dashboard-needs-webview2 = The dashboard needs Microsoft Edge WebView2, which is not installed on this computer. Install the WebView2 Runtime from Microsoft, then open Aloud again. Your history is safe, and the tray icon and reminders keep working without it.
notice-no-tray = This desktop shows no tray icons, so Aloud opens here instead. Reminders still come on time. To get Aloud's icon in the top bar on GNOME, install the "AppIndicator and KStatusNotifierItem Support" extension (Debian package gnome-shell-extension-appindicator), then log out and in again.
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
ui-minutes-range = Minutes must be between 1 and { $max }.
ui-language-title = Language
ui-language-label = Aloud speaks
ui-language-auto = The desktop's language
ui-save = Save

## The mindset self-assessment: five mindsets, three things to try for each,
## and twenty statements that each complete assess-stem. A statement's meaning,
## and whether agreeing with it is the old broadcast-and-control habit, must
## survive translation: the scoring depends on it.

mindset-real-human = Be the real human (and sometimes flawed) you
mindset-real-human-try-1 = Write your next Describe post yourself, in the words you would use with a colleague in the corridor.
mindset-real-human-try-2 = Share one small, true detail of your day (where you are, what you are curious about), not only official news.
mindset-real-human-try-3 = When something did not go to plan, say so and what you learned from it.
mindset-think-networks = Think networks
mindset-think-networks-try-1 = Name five people whose work matters to your goals, and reply to or follow each of them this week.
mindset-think-networks-try-2 = Notice who is already trusted in the conversations you care about, whatever their title, and engage with them.
mindset-think-networks-try-3 = Bring a stakeholder into a thread where they can add something, so your network grows through real exchanges.
mindset-listen-engage = Listen and engage others
mindset-listen-engage-try-1 = Spend the first minutes of each check-in reading before you post anything.
mindset-listen-engage-try-2 = For every new post you start, answer or build on two that others started.
mindset-listen-engage-try-3 = Ask a team how the strategy looks from where they sit, and respond to what they say.
mindset-be-helpful = Be helpful
mindset-be-helpful-try-1 = Once a week, introduce someone to a person who can help them.
mindset-be-helpful-try-2 = Share a document, the context of a decision or a how-to that lets others move without waiting for you.
mindset-be-helpful-try-3 = Post a piece of unfinished work and ask for input; let others show what they can add.
mindset-experiment = Experiment, learn and change stuff
mindset-experiment-try-1 = Try one new format this week: a question, a photo, a short video or a poll.
mindset-experiment-try-2 = Look for a view that differs from yours and reply with what you learned from it.
mindset-experiment-try-3 = Change one small thing because of something you heard on the network, and say so.
scale-1 = Strongly disagree
scale-2 = Disagree
scale-3 = Neither agree nor disagree
scale-4 = Agree
scale-5 = Strongly agree
assess-stem = In the last two weeks I
statement-01 = wrote my posts myself, in my own voice.
statement-02 = shared something about how I work or what I care about, beyond the official message.
statement-03 = said openly when I had made a mistake or was unsure.
statement-04 = had my posts drafted or polished by someone else before they went out.
statement-05 = connected with someone outside my reporting line because their work matters to mine.
statement-06 = joined a conversation where people close to my goals were already active.
statement-07 = paid attention to whom people trust and listen to, whatever their title.
statement-08 = counted on my position to get my posts noticed.
statement-09 = read and followed conversations before adding a post of my own.
statement-10 = replied to or built on someone else's post rather than starting a new thread.
statement-11 = helped someone see how their work connects to our strategy.
statement-12 = posted announcements without reading what others were already discussing.
statement-13 = introduced someone to a person who could help them.
statement-14 = shared context, a document or an answer that let others solve a problem themselves.
statement-15 = asked a thoughtful or challenging question where others could see it.
statement-16 = kept my work in progress to myself until it was finished.
statement-17 = tried a new way of using the network: a format, a group or a tool.
statement-18 = welcomed a view that differed from mine and learned from it.
statement-19 = changed something in how I work because of what I heard on the network.
statement-20 = used the network mainly to broadcast my views and build my profile.

## The Network panel's suggestions, and the names a check-in asks for
## ($count and $entries are numbers, $month a month's name, $date a day and month)

suggest-never-recognised = You worked aloud with { $name } { $count } times in { $month } and have never recognised them.
suggest-no-team = No team recognised this month yet.
suggest-no-team-last = No team recognised this month yet. { $name } was last part of a check-in on { $date }.
suggest-same-one = Your last { $count } recognitions went to { $name }.
suggest-same-two = Your last { $count } recognitions went to { $first } and { $second }.
suggest-same-other = { $name } was part of your check-ins lately too: recognise them next?
suggest-same-who-else = Who else helped lately?
suggest-drifting = You have not worked aloud with { $name } since { $date }; a reply or a thank-you would pick the thread back up.
hint-think-networks = { $name } is already part of { $entries } of your check-ins: ask them who else should see your work.
hint-be-helpful = Who could help { $name } with what they are working on? Introduce them in a reply.
with-whom = With whom? (optional)
with-whom-recognised = Whom did you recognise?

## A habit's recipe: its trigger ($trigger, as the person wrote it) and what to do ($prompt)

cue-after = after { $trigger }
cue-when = when { $trigger }
recipe = { $cue }, I will { $prompt }.

## The three default habits and their ideas for what to post. The trigger completes
## cue-after or cue-when; the prompt is set into recipe.

habit-describe = Describe
habit-describe-trigger = my first coffee, tea or other drink of the day
habit-describe-prompt = Share one moment from the day ahead: what you are starting, a visit, a conversation, or just where you are.
habit-interact = Interact
habit-interact-trigger = I'm about to leave for lunch
habit-interact-prompt = Like or reply to someone else's post. A quick answer can help more than you think.
habit-recognize = Recognition
habit-recognize-trigger = I leave for the day
habit-recognize-prompt = Thank one person or team, by name, for something they achieved.
idea-describe-1 = Where you are today, and why
idea-describe-2 = A meeting you are preparing for, and what you hope comes of it
idea-describe-3 = A question you are chewing on this week
idea-describe-4 = Something you are starting, even if it is small
idea-describe-5 = A visit or a conversation you are looking forward to
idea-describe-6 = What you are reading or listening to that changed your mind
idea-interact-1 = Answer a question someone asked in your network
idea-interact-2 = Add a link or a name that could help with a colleague's problem
idea-interact-3 = Thank someone for a post that taught you something
idea-interact-4 = Ask a follow-up question on a thread you are curious about
idea-interact-5 = Introduce two people who should talk to each other
idea-recognize-1 = A team that shipped something this week, and what it made possible
idea-recognize-2 = Someone who helped you today without being asked
idea-recognize-3 = A newcomer's first contribution
idea-recognize-4 = A piece of work behind the scenes that few people see
idea-recognize-5 = Someone who changed your mind with a good question

## What the weeks say (Review). $weeks is the weeks of a fair try, $done those
## practised, $percent the share of scheduled days done, $rating a mean like 3.5.

verdict-facts = Over the last { $weeks } weeks you practised on { $percent }% of scheduled days, rated the benefit { $rating } of 5 and counted { $responses ->
    [one] 1 response
   *[other] { $responses } responses
}.
verdict-too-early = { $done } of { $weeks } weeks practised. Benefits take a while to show: keep the habits tiny and steady, and judge them after { $left ->
    [one] 1 more week
   *[other] { $left } more weeks
}.
verdict-too-little = That is too little practice to judge the benefits. Adjust first: an easier trigger, a better time or fewer days, then look again.
verdict-carry-on = The practice is paying off: carry on.
verdict-stop = After a fair try the benefits are not there, so stop: turn the habits off in Settings. Working aloud is a means, not a duty.
verdict-adjust = Some benefit, not much yet. Adjust: other topics, other times of day, other people to answer; then check again in a few weeks.
verdict-check-in = { $done } weeks practised: enough to judge. Record this week's benefits check to see whether to carry on, adjust or stop.
verdict-challenge = { $habit } is steady ({ $strength }% consistency). Ready for a bigger challenge? Rewrite its prompt: a new topic, a longer post, or a question to your network.

## aloud assess ($scale lists the points "1 Strongly disagree · 2 …")

assess-intro = Twenty statements about the last two weeks. Answer each 1–5 ({ $scale }); q stops without saving.
assess-again = Type a number from 1 to 5, or q to stop.
assess-stopped = stopped; nothing was saved
assess-ended-early = the answers stopped before the last statement; nothing was saved
assessed-saved = Saved. Your scores (0–100):
assessed-overall = overall
assessed-changed = Changed since last time: { $mindset } { $from } → { $to }
assessed-all-same = All five mindsets score the same: grow whichever matters most to you now.
assessed-to-grow = To grow "{ $mindset }", try:

## The dashboard's panels (ui-…, continued): History, Review, Network, Mindsets,
## Settings and the welcome. {count} messages in pairs (-one, -other) are chosen
## by the page with the language's plural rules.

ui-got-it = Got it
ui-welcome-to-aloud = Welcome to Aloud
ui-working-aloud-means-letting-colleagues = Working aloud means letting colleagues see a little of your work while it happens. Aloud helps you make it a habit with three tiny habits, each hooked to a moment that already happens every day.
ui-three-short-visits-a-day = Three short visits a day of 5 to 15 minutes are enough to be present. Give it a few weeks before you judge it: responses take time to come. If after a fair try the benefits don't show, stop — the Review panel helps you decide.
ui-save-and-start = Save and start
ui-save-then-take-the-baseline = Save, then take the baseline self-assessment
ui-notes = Notes
ui-this-weeks-benefits-check = This week's benefits check
ui-how-much-good-is-working = How much good is working aloud doing you this week?
ui-save-check = Save check
ui-what-the-weeks-say = What the weeks say
ui-edit-its-prompt = Edit its prompt
ui-benefits-over-time = Benefits over time
ui-bars-responses-line-how-much = Bars: responses · line: how much benefit (1 low, 5 high)
ui-the-checks-week-by-week = The checks, week by week
ui-weekly-benefits-checks = Weekly benefits checks
ui-week-of = Week of
ui-benefit = Benefit
ui-responses = Responses
ui-the-iceberg-needs-served = The iceberg: needs served
ui-each-column-is-a-month = Each column is a month; from the tip (information) down to purpose.
ui-whom-to-reach-next = Whom to reach next
ui-breadth-over-the-months = Breadth over the months
ui-bars-people-and-teams-reached = Bars: people and teams reached (the light part new that month) · dashed line: habit consistency (0–100)
ui-month-by-month = Month by month
ui-people-and-teams-reached-each = People and teams reached each month
ui-month = Month
ui-reached = Reached
ui-new = New
ui-strength = Consistency
ui-by-habit = By habit
ui-recognised = Recognised
ui-people-and-teams = People and teams
ui-these-names-stay-on-this = These names stay on this computer. Choose one to rename it, merge it into another, set whether it is a team, or forget it.
ui-everyone-your-check-ins-named = Everyone your check-ins named
ui-name = Name
ui-kind = Kind
ui-first-seen = First seen
ui-last-seen = Last seen
ui-check-ins = Check-ins
ui-last-recognised = Last recognised
ui-actions = Actions
ui-rename = Rename
ui-merge = Merge
ui-person = Person
ui-team = Team
ui-save-kind = Save kind
ui-forget = Forget
ui-keep = Keep
ui-your-five-mindsets = Your five mindsets
ui-where-to-grow-next = Where to grow next
ui-mindsets-and-practice-over-time = Mindsets and practice over time
ui-every-attempt = Every attempt
ui-taken = Taken
ui-human = Human
ui-networks = Networks
ui-listen = Listen
ui-helpful = Helpful
ui-experiment = Experiment
ui-overall = Overall
ui-take-the-self-assessment = Take the self-assessment
ui-save-my-answers = Save my answers
ui-start-again = Start again
ui-habits = Habits
ui-archived = Archived
ui-add-a-habit-of-your = Add a habit of your own
ui-add-habit = Add habit
ui-reminders = Reminders
ui-when-youre-away = When you're away
ui-vacation = Vacation
ui-pause = Pause
ui-resume-now = Resume now
ui-your-network = Your network
ui-links-a-check-in-opens = Links a check-in opens
ui-start-on-a-reminder-or = Start on a reminder or on Today opens the habit's link (else the default) in your browser and times the check-in. Aloud itself never connects to it.
ui-add-a-link = Add a link
ui-add-link = Add link
ui-check-in-length = Check-in length
ui-your-data = Your data
ui-export-everything-json = Export everything (JSON)
ui-export-entries-csv = Export entries (CSV)
ui-import = Import
ui-backups = Backups
ui-aloud-copies-your-history-each = Aloud copies your history each day it runs and keeps the last seven. Restoring one replaces the history with it; what it replaces is backed up first.
ui-history-database = History database
ui-automatic-backups = Automatic backups
ui-with-whom-optional = With whom? (optional)
ui-search-notes = Search notes
ui-responses-this-week-likes-comments = Responses this week: likes, comments, questions asked of you
ui-new-spelling = New spelling
ui-the-same-person-as = The same person as
ui-trigger-after = Trigger (after…)
ui-what-to-do = What to do
ui-time-hh-mm = Time (HH:MM)
ui-snooze-length-e-g-10m = Snooze length (e.g. 10m)
ui-show-a-missed-reminder-up = Show a missed reminder up to this late (e.g. 2h, 0 for never)
ui-suggest-the-self-assessment-every = Suggest the self-assessment every (e.g. 3w)
ui-away-after-this-many-minutes = Away after this many minutes without input ({ $min }–{ $max })
ui-pause-reminders-until-yyyy-mm = Pause reminders until (YYYY-MM-DD)
ui-address-https = Address (https://…)
ui-wrap-up-after-this-many = Wrap up after this many minutes ({ $min }–{ $max })
ui-import-a-json-export-full = Import a JSON export (full path)
ui-start-aloud-when-i-log = Start Aloud when I log in
ui-1-none = 1 · none
ui-2-a-little = 2 · a little
ui-3-some = 3 · some
ui-4-clear = 4 · clear
ui-5-a-lot = 5 · a lot
ui-also-remove-it-from-the = Also remove it from the backups
ui-wait-for-me-when-im = Wait for me when I'm away
ui-the-default-link = The default link
ui-a-name-a-team-a = A name, a team, a topic…
ui-read-a-thread = Read a thread
ui-my-3-pm-call-ends = my 3 pm call ends
ui-optional-read-one-long-thread = Optional: read one long thread to the end
ui-yyyy-mm-dd = YYYY-MM-DD
ui-your-three-habits = Your three habits
ui-forget-ask = Forget…
ui-export-into = Export into
ui-day-mon = Mon
ui-day-tue = Tue
ui-day-wed = Wed
ui-day-thu = Thu
ui-day-fri = Fri
ui-day-sat = Sat
ui-day-sun = Sun
ui-days = Days
ui-check-ins-open = Check-ins open
ui-habit-label = Habit: { $habit }
ui-archive = Archive
ui-archive-habit = Archive { $habit }
ui-until-latest-or-late-window = Until at the latest (HH:MM; empty: time plus the late window)
ui-remind-me = Remind me
ui-ideas-one-per-line = Ideas for what to post, one per line
ui-saved = Saved.
ui-habit-archived = { $habit } archived: its history is kept; restore it below.
ui-restore = Restore
ui-restore-habit = Restore { $habit }
ui-habit-restored = { $habit } restored.
ui-habit-added = Added { $habit }.
ui-until-latest-optional = Until at the latest (HH:MM, optional)
ui-day-done = done
ui-day-extra = done (extra day)
ui-day-skipped = skipped
ui-day-paused = paused
ui-day-missed = missed
ui-day-pending = to do today
ui-day-unscheduled = not scheduled
ui-heatmap-label = { $habit }: the last 26 weeks, one square a day
ui-trend-label = Consistency over 26 weeks, now { $strength }%
ui-band-below = below the 5–15 band
ui-band-within = within the 5–15 band
ui-band-above = above the 5–15 band
ui-band-none = No minutes recorded in the last 4 weeks
ui-count-checkins =
    { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }
ui-band = { $minutes } min per check-in, { $place } (last 4 weeks, { $count })
ui-current-streak = Current streak
ui-best-streak = Best streak
ui-percent = { $value }%
ui-days-done = Days done
ui-this-week = This week
ui-n-of-m = { $done } of { $due }
ui-heatmap-legend = Filled: done · dot: done on a rest day · slash: skipped · dash: paused · cross: missed
ui-no-note-matches = No note matches.
ui-no-notes-yet = No notes yet.
ui-count-notes =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
ui-short-real-human = Real human
ui-short-think-networks = Networks
ui-short-listen-engage = Listen & engage
ui-short-be-helpful = Helpful
ui-short-experiment = Experiment
ui-answered = { $given } of { $total } answered
ui-stem-help = Each statement completes “{ $stem }…”. Answer from what you actually did.
ui-radar-label = Latest scores out of 100: { $scores }
ui-latest-attempt = Latest attempt
ui-first-attempt = First attempt
ui-radar-legend = Solid: latest ({ $latest }) · dashed: first ({ $first })
ui-radar-legend-first = Your first attempt, { $date }
ui-trends-label = Each mindset's score at each attempt, with the habits' mean consistency as a dashed line
ui-overall-on = { $date }: overall { $overall }
ui-habit-strength = Habit consistency
ui-all-same = All five mindsets score the same: grow whichever matters most to you now.
ui-since-last-time = Since last time: { $changes }.
ui-take-again = Take the self-assessment again
ui-next-suggested = Next suggested: { $date }
ui-statement-unanswered = Statement { $number } has no answer yet.
ui-results-above = Saved. Your results are above.
ui-month-jan = Jan
ui-month-feb = Feb
ui-month-mar = Mar
ui-month-apr = Apr
ui-month-may = May
ui-month-jun = Jun
ui-month-jul = Jul
ui-month-aug = Aug
ui-month-sep = Sep
ui-month-oct = Oct
ui-month-nov = Nov
ui-month-dec = Dec
ui-default-mark = (default)
ui-make-default-label = Make { $link } the default link
ui-make-default = Make default
ui-default-now = { $link } is the default link now.
ui-remove-link-label = Remove the link { $link }
ui-remove = Remove
ui-link-removed-fell-back = Removed { $link }; { $habits } now open the default link.
ui-link-removed = Removed { $link }.
ui-no-link-yet = No link yet: a check-in then only keeps the time.
ui-link-saved = Saved the link { $link }.
ui-minutes-1-60 = Give the minutes as a whole number from 1 to 60.
ui-no-one-named-yet = No one named yet. When you log a check-in on Today, say whom it involved in “With”: the colleague you answered, the team you recognised.
ui-this-month-reached = This month: { $reached } reached, { $new } new.
ui-count-people =
    { $count ->
        [one] { $count } person or team
       *[other] { $count } people and teams
    }
ui-nothing-to-suggest = Nothing to suggest yet: keep naming whom your check-ins involve.
ui-reach-bar = { $month }: { $reached } reached, { $new } new
ui-mix-row = { $habit }: { $names } this month, { $ever } ever
ui-count-names =
    { $count ->
        [one] { $count } name
       *[other] { $count } names
    }
ui-team-mark = (team)
ui-no-one-recognised = No one recognised by name yet.
ui-manage = Manage
ui-manage-person = Manage { $name }
ui-renamed = Renamed { $from } to { $to }.
ui-merged = Merged { $from } into { $into }.
ui-now-a-team = { $name } is a team now.
ui-now-a-person = { $name } is a person now.
ui-forget-confirm = Forget { $name }? The name goes from every check-in and from every note; the check-ins stay. This cannot be undone.
ui-forget-confirm-backups = Forget { $name }? The name goes from every check-in, from every note and from the backups; the check-ins stay. This cannot be undone.
ui-forgot = Forgot { $name }: removed from { $entries } and { $notes }.
ui-forgot-backups = Forgot { $name }: removed from { $entries } and { $notes } and from { $backups }.
ui-count-backups =
    { $count ->
        [one] { $count } backup
       *[other] { $count } backups
    }
ui-rating-1 = none
ui-rating-2 = a little
ui-rating-3 = some
ui-rating-4 = clear
ui-rating-5 = a lot
ui-benefits-label = Benefits over { $checks } weekly checks: bars show responses (up to { $most }), the line shows the rating from 1 to 5
ui-no-benefits-check = No benefits check recorded yet
ui-week-responses = Week of { $week }: { $responses } responses
ui-week-rating = Week of { $week }: rated { $rating } of 5
ui-this-week-axis = this week
ui-iceberg-label = Needs served per month; the deepest so far: { $need }
ui-no-need-yet = No check-in tagged with a need yet
ui-iceberg-summary = Over the last 12 months your check-ins reached down to { $need }.
ui-iceberg-none = Tag what a check-in served when you log it (Today → Served) to see how your use of the network deepens.
ui-week-of-date = Week of { $week }
ui-choose-rating = Choose how much benefit you see, from 1 to 5.
ui-count-responses = Count the responses as a whole number (0 if none).
ui-presence-here = you are here
ui-presence-away = you are away
ui-presence-unknown = not known
ui-source-x-idle = X idle time
ui-source-screensaver = screensaver
ui-source-gnome-idle = GNOME idle monitor
ui-source-logind = logind
ui-presence-from = Aloud learns whether you are here from: { $sources }. Right now: { $now }.
ui-presence-none = This desktop tells Aloud nothing about whether you are at the computer (no screen lock, screensaver or idle time it can follow), so reminders are shown as they come due.
ui-when-youre-busy = When you're busy
ui-busy-intro = Reminders wait while you are busy and come once you are free, saying why they waited.
ui-busy-calendar = Wait during the meetings of my calendars
ui-busy-do-not-disturb = Wait while the desktop's Do Not Disturb is on
ui-busy-full-screen = Wait while a window is full screen (a presentation, a shared screen)
ui-busy-meeting = in a meeting
ui-busy-dnd-on = Do Not Disturb is on
ui-busy-full-screen-on = a window is full screen
ui-busy-no-tray = The tray app is not running: it is what follows Do Not Disturb and full-screen windows.
ui-busy-no-source = This desktop tells Aloud nothing of Do Not Disturb or full-screen windows; your calendars still count.
ui-busy-from = Aloud follows: { $sources }.
ui-busy-no-full-screen = This desktop does not tell other programs when a window is full screen (GNOME and Plasma on Wayland), so Aloud cannot know.
ui-busy-until = Right now: busy until { $time } ({ $reasons }).
ui-busy-now = Right now: busy ({ $reasons }).
ui-busy-free = Right now: free.
ui-busy-next = Next meeting today: { $start }–{ $end }.
ui-source-full-screen = full-screen windows (X11)
ui-calendars = Your calendars
ui-calendar-path = An iCalendar file (.ics) that your calendar program exports or syncs, by its full path
ui-calendar-add = Add calendar
ui-calendar-added = Added { $path }: its meetings now hold reminders.
ui-calendar-events = { $events ->
        [one] one busy event
       *[other] { $events } busy events
    }
ui-calendar-problem = { $problem }; reminders go on without it
ui-calendar-remove = Remove
ui-calendar-remove-label = Remove the calendar { $path }
ui-calendar-removed = Removed { $path }; the file itself is left alone.
ui-calendars-none = No calendar yet: add the file your calendar program exports or syncs (Outlook, Thunderbird, Evolution…).
ui-paused-until-sentence = Reminders are paused until { $date } { $time }.
ui-reminders-on = Reminders are on.
ui-restore-backup-label = Restore the backup of { $when }
ui-backup-restored = Restored the backup of { $when }.
ui-kilobytes = { $size } KB
ui-no-backup-yet = No backup yet.
ui-paused-enjoy = Paused. Enjoy the break.
ui-reminders-back-on = Reminders are back on.
ui-will-start-at-login = Aloud will start when you log in.
ui-will-not-start-at-login = Aloud will not start at login.
ui-exported-to = Exported to:
ui-imported = Imported { $habits } habits, { $entries } entries, { $skips } skips, { $checks } benefits checks.
ui-an-idea = An idea: { $idea }
ui-utc-time = { $date } { $time } UTC

## The command line's other answers ($habit is a habit's id or name, $date a day
## as 2026-12-06, $path a file)

need-information = information
need-help = help
need-belonging = belonging
need-recognition = recognition
need-purpose = purpose
cli-minutes = { $minutes } min
cli-seconds = { $seconds } s
cli-served = served: { $need }
cli-quoted = "{ $note }"
cli-with = with { $names }
cli-logged = Logged { $habit } for { $date }{ $extras }.
cli-updated = Updated { $habit } for { $date }{ $extras }.
cli-removed-entry = Removed the entry of { $habit } on { $date }.
cli-removed-skip = Removed the skip of { $habit } on { $date }.
cli-nothing-to-undo = Nothing to undo for { $habit } on { $date }.
cli-skipped = Skipped { $habit } on { $date }: the day won't count against the streak.
cli-history-empty = Nothing recorded in that period.
cli-col-habit = habit
cli-col-streak = streak
cli-col-best = best
cli-col-strength = consistency
cli-col-done = done
cli-col-skipped = skipped
cli-col-missed = missed
cli-col-minutes = minutes
cli-col-taken = taken
cli-col-overall = overall
cli-col-month = month
cli-col-reached = reached
cli-col-new = new
cli-col-name = name
cli-col-kind = kind
cli-col-first-seen = first seen
cli-col-last-seen = last seen
cli-col-check-ins = check-ins
cli-col-last-recognised = last recognised
cli-kind-person = person
cli-kind-team = team
cli-archived = archived
cli-off = off
cli-system-zone = (system)
cli-desktop-language = auto (the desktop's)
cli-no-links = No network links yet: add one with `aloud link add NAME URL`.
cli-default = default
cli-review-week = week of { $week }  benefit { $rating }/5  { $responses ->
    [one] 1 response
   *[other] { $responses } responses
}
cli-no-benefits-check = No benefits check recorded yet.
cli-needs-served = Needs served in the last 12 months: { $needs } (deepest: { $deepest }).
cli-no-assessment = No self-assessment yet: run `aloud assess`.
cli-no-backups = No backups yet: Aloud takes one each day it runs, and before upgrades.
cli-habit-updated = Updated { $habit }.
cli-habit-added = Added { $habit }.
cli-exported = Exported to { $path }
cli-check-recorded = Recorded the benefits check for the week of { $week }: { $rating } of 5, { $responses ->
    [one] 1 response
   *[other] { $responses } responses
}.
cli-backed-up = Backed up to { $path }
cli-restored = Restored { $path }. What it replaced was backed up first (`aloud restore --list`).
cli-give-a-value = give a value for { $name }, e.g. `aloud config snooze 10m`
cli-link-saved = Saved the link { $link }.
cli-imported = Imported { $habits } habits, { $entries } entries, { $skips } skips, { $pauses } pauses, { $settings } settings, { $checks } benefits checks, { $names } names.
cli-not-paused = Reminders were not paused.
cli-paused-until = Reminders paused until { $when }.
cli-started = Started a { $habit } check-in of { $length }; `aloud finish` logs it.
cli-started-no-link = No network link yet: add one with `aloud link add NAME URL`. The clock runs.
cli-could-not-open = Could not open { $link } ({ $why }); open it yourself: { $url }
cli-finished = Logged { $habit } with { $minutes } min.
cli-finished-by-itself = The { $habit } check-in had ended by itself; logged with its length, { $minutes } min.
cli-cancelled = Cancelled the { $habit } check-in; nothing was logged.
cli-cannot-read-ideas = cannot read the ideas: { $why }
cli-no-ideas = No ideas: add some with `aloud ideas HABIT --set FILE`.
cli-ideas-today = Today:
cli-renamed = Renamed { $from } to { $to }
cli-merged = Merged { $from } into { $into }
cli-people-changed = { $done }: { $entries ->
    [one] 1 check-in names
   *[other] { $entries } check-ins name
} them now.
cli-people-unchanged = Nothing to do: { $name } is already so ({ $entries ->
    [one] 1 check-in
   *[other] { $entries } check-ins
}).
cli-no-one-named = No one named yet. Name whom a check-in involved, e.g. `aloud log recognize --with "the Lyon plant team"`.
cli-this-month = This month ({ $month }): { $reached } people and teams reached, { $new } new.

## A sentence already in the person's words (a refusal the command line has phrased)

said-as-is = { $text }

## Refusals: what was wrong, and that nothing changed ($value is what the person gave)

error-empty = { $field } must not be empty
error-too-long = { $field } is { $count } characters long; the limit is { $max }
error-one-line = { $field } must be a single line without control characters
error-not-a-date = '{ $value }' is not a date in the form YYYY-MM-DD
error-no-such-date = '{ $value }' is not a real calendar date
error-not-a-duration = '{ $value }' is not a duration; use a number with s, m, h, d or w, e.g. 90s, 10m, 2h, 1h30m, 3w
field-name = name
field-note = note
field-prompt = prompt
field-trigger = trigger
field-link-name = a link's name
field-person-name = a name
field-idea = an idea
field-starter = starter step
error-link-too-long = a link is { $count } characters long; the limit is { $max }
error-link-spaces = a link must not contain spaces or control characters
error-not-a-web-address = '{ $url }' is not a web address; links start with https:// or http://
error-scheme = { $scheme }: links are not allowed; only https:// and http:// are
error-no-host = '{ $url }' names no host (or hides one behind '@')
error-not-one-of = '{ $value }' is not a { $what }; use one of: { $known }
error-minutes = minutes must be a whole number from 1 to { $max }, not { $value }
error-rating = the benefit rating must be a whole number from 1 to { $max }, not { $value }
error-responses = responses must be a whole number from 0 to { $max }, not { $value }
error-not-a-monday = week { $week } is not a Monday
error-kind = '{ $value }' is not a kind; use person or team
error-too-many-names = { $count } names on one check-in is too many; keep at most { $max }
error-habit-id = '{ $value }' is not a habit id; use a lowercase letter then letters, digits or '-' (at most 32)
error-latest = the latest time must be after the habit's time { $time }
error-weekday = '{ $value }' is not a weekday; use mon,tue,wed,thu,fri,sat,sun, weekdays or daily
error-time = '{ $value }' is not a time; use HH:MM or HH:MM:SS on a 24-hour clock
error-answer-count = give { $wanted } answers, one per statement; got { $count }
error-answer-range = answer { $number } is { $value }; each answer is a whole number from 1 to 5
error-not-an-answer = '{ $value }' is not an answer; answers are whole numbers from 1 to 5
error-nothing-to-change = nothing to change: give at least one of --time, --latest, --days, --enabled, --name, --trigger, --prompt, --link
error-habit-exists = a habit '{ $habit }' already exists; use `habit set` to change it
error-pause-length = a pause lasts from 1 minute to 366 days
error-pause-begun = { $date } has already begun; pause until a later date
error-pause-too-long = a pause lasts at most 366 days
error-on-off = { $name } is on or off, not '{ $value }'
error-language = '{ $value }' is not a language Aloud speaks: en, de, fr, or auto (the desktop's)
error-time-zone = '{ $value }' is not an IANA time zone such as Europe/Berlin
error-calendar-path = '{ $path }' is not a calendar file's full path (it starts with /)
error-calendar = { $path }: { $problem }
error-calendar-not-named = { $path } is not one of your calendars (see: aloud calendars)
error-calendars-full = You have named { $max } calendars, as many as Aloud reads; remove one first
calendar-missing = the file is not there (moved, deleted, or on a drive not mounted)
calendar-unreadable = the file cannot be read ({ $reason })
calendar-too-big = the file is { $size } MB; Aloud reads calendars of up to { $max } MB
calendar-not-a-calendar = this is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)
calendar-malformed-at = this iCalendar file breaks off at line { $line }
calendar-malformed = this iCalendar file cannot be read to its end
error-setting = '{ $name }' is not a setting; known settings: { $known }
error-between = { $name } must be between { $min } and { $max }
error-not-stored = '{ $name }' is not stored
error-no-such-person = there is no one called '{ $name }' in your network
error-person-exists = '{ $to }' is already in your network; merge '{ $from }' into it instead
error-same-name = '{ $from }' and '{ $to }' are the same name
error-archived-log = '{ $habit }' is archived; restore it before logging
error-already-done = '{ $habit }' is already done on { $date }; undo it first to skip the day
error-future-day = cannot log { $date }: that day has not come yet
error-no-link = there is no link '{ $name }'; add one first
error-no-such-link = there is no link '{ $name }'; the links are { $known }
error-too-many-links = there are already { $max } links; remove one first
error-too-many-ideas = { $count } ideas is too many; keep at most { $max }
error-archived-start = '{ $habit }' is archived; restore it before starting a check-in
error-checkin-running = a { $habit } check-in is already running; finish or cancel it first
error-no-checkin = no check-in is running
error-write-json = could not write JSON: { $why }
error-import-habit-link = habits ({ $habit }): its link '{ $name }' is not among the links
error-from-after-to = --from { $from } is after --to { $to }
error-check-future = { $date } is in the future; a benefits check looks back on a week that has begun
error-snooze-length = a snooze lasts from 1 second to 12 hours
error-no-such-habit = there is no habit '{ $habit }'; known habits: { $known }
error-search-long = a search is at most { $max } characters
error-draft = a draft has { $count } answers, each 0 (not yet) or 1 to 5
error-no-backup = there is no backup '{ $file }'; `aloud restore --list` shows them
error-import-too-large = the import file is larger than { $size } MB
error-import-json = the import file is not valid JSON: { $why }
error-import-format = the import file is not an Aloud export (format must be "{ $format }")
error-import-newer = the import file has version { $found }, made by a newer Aloud; this one reads version { $known }
error-import-version = the import file's version is missing or unknown; expected { $known }
error-import-shape = the import file does not match the export format: { $why }
error-import-at = { $place }: { $error }
error-twice = '{ $name }' appears twice
error-unknown-habit = unknown habit
error-logged-twice = the day is logged twice
error-done-and-skipped = the day is both done and skipped
error-skipped-twice = the day is skipped twice
error-pause-backwards = it ends before it starts
error-checked-twice = the week is checked twice
error-day-checked-twice = the habit is checked twice on that day
error-two-defaults = more than one is the default
error-import-path = give the full path of the file to import, not '{ $path }'
error-export-format = '{ $value }' is not an export format; use json or csv
error-cannot-read = cannot read { $path }: { $why }
error-not-utf8 = { $path } is not UTF-8 text
error-close-window = could not close the window: { $why }
error-not-a-backup = '{ $name }' is not the name of a backup
start-at-login-failed = Could not change “Start at login”: { $why }
error-newer-schema = { $path } was written by a newer version of Aloud (schema { $found }, this build knows up to { $known }); it was not opened or changed
error-corrupt = { $path } is not a readable Aloud database: { $why }
error-io = { $doing }: { $why }
error-disk-full = the disk is full: nothing was saved; free some space and try again
error-read-only = the history file is read-only: nothing was saved
error-disk-failing = the history file could not be written (is the disk full or failing?): nothing was saved ({ $why })
error-locked = the history is locked by another program: nothing was saved; try again
error-database = database error: { $why }
io-creating = creating { $path }
io-creating-folder = creating the folder { $path }
io-writing = writing { $path }
io-reading = reading { $path }
io-removing = removing { $path }
io-moving-aside = moving { $path } aside
io-restoring = restoring { $path }
io-stdout = writing to standard output
io-terminal = talking to the terminal
io-autostart = writing the autostart entry
io-cannot-write-data = Aloud cannot write in { $path }, where it keeps your history (nothing was changed)

## After a damaged history was set aside ($why is the damage, $path where the file went)

recovered-from-backup = Aloud's history file was damaged ({ $why }). It was set aside as { $path } and the backup of { $backup } was restored; anything logged after that is missing.
recovered-afresh = Aloud's history file was damaged ({ $why }) and there was no sound backup. It was set aside as { $path } and a new, empty history was started.

## aloud --help: each command (help-<path>) and each of its arguments (help-<path>--<name>),
## the same words as the doc comments in src/cli/args.rs (a test keeps them equal)

help-aloud = Build the habit of working aloud: three tiny habits a day.
help-aloud--data-dir = Where the history lives (default: $ALOUD_DATA_DIR, else ~/.local/share/app.aloud.Aloud)
tray-about = The Aloud tray app: the icon, its menu and the reminders.
help-log = Mark a habit done (today, or --date)
help-log--habit = describe, interact, recognize, or a habit of your own
help-log--note = One line, at most 500 characters
help-log--minutes = Minutes spent, 1–240
help-log--need = The need it served: information, help, belonging, recognition or purpose
help-log--with = A person or team it involved (repeat for several; at most 10, 80 characters each)
help-undo = Remove a day's entry or skip
help-skip = Excuse a day: it neither breaks nor extends the streak
help-status = Today: each habit done, skipped or pending, and the next reminder
help-status--json = Print JSON (shapes documented in the README)
help-history = Entries and skips between two dates (default: the last 30 days)
help-stats = Per habit: current and best streak, consistency, totals
help-stats--json = Print JSON (shapes documented in the README)
help-habits = List the habits
help-habits--json = Print JSON (shapes documented in the README)
help-habit = Change or add a habit
help-habit-set = Change a habit's time, latest time, days, name, trigger, prompt, link or whether it is enabled
help-habit-set--time = HH:MM or HH:MM:SS, 24-hour local time
help-habit-set--days = mon,tue,… or weekdays or daily
help-habit-set--archived = Archive (true) hides the habit and its reminders but keeps its history
help-habit-set--latest = The latest time its reminder may still be shown (HH:MM, after --time), e.g. when it waited for you; `default` for its time plus the catch-up window
help-habit-set--link = The network link its check-ins open (see `aloud links`); `default` for the default link
help-check = The weekly automaticity check of a habit: four answers 1–7 (or one, the quick form)
help-check--habit = describe, interact, recognize, or a habit of your own
help-check--answers = How much you agree, 1–7, with: it is something I do automatically, without having to consciously remember, without thinking, and start before I realise I'm doing it
help-check--date = The day the check is about (default: today)
help-automaticity = Whether each habit has become automatic: its checks, its curve, its prompts
help-automaticity--habit = Only this habit
help-automaticity--json = Print JSON (shapes documented in the README)
help-habit-set--prompts = How it is prompted: full (a pop-up), quiet (no pop-up; the tray shows it due) or off (nothing until it is logged)
help-habit-set--starter = A smaller "I will …" that reminders propose on hard days; "" removes it
help-habit-add = Add a habit of your own
help-habit-add--id = A short id: a lowercase letter, then letters, digits or '-'
help-habit-add--latest = The latest time its reminder may still be shown (HH:MM, after --time)
help-pause = Silence reminders for a while, until a date, or end a pause
help-pause--length = How long, e.g. 2h, 90m, 3d
help-pause--until = Reminders come back on this date
help-pause--off = End the pause now
help-export = Write everything (JSON) or the entries (CSV)
help-export--output = Write to FILE instead of standard output
help-import = Merge an export (JSON) into this data dir; checked fully before writing
help-review = The weekly benefits check: record one (--rating, --responses), then see the verdict
help-review--rating = How much benefit you see from working aloud, 1 (none) to 5 (a lot)
help-review--responses = Responses received that week: likes, comments, questions asked of you
help-review--date = A day of the week being checked (default: this week)
help-assess = The five-mindset self-assessment: asked here, or --answers, or --history
help-assess--answers = Twenty answers 1–5, comma-separated, in the order `aloud assess` asks them
help-assess--history = Every attempt so far, oldest first
help-backup = Take a backup now (Aloud also takes one each day it runs)
help-restore = The automatic backups: list them, or bring one back
help-restore--file = A backup's name (from --list) or the path of a backup file
help-restore--list = The backups, newest first
help-config = Show the settings, or set one: snooze (e.g. 10m), catch_up_window (e.g. 2h), timezone, retake_every (e.g. 3w), checkin_length (e.g. 10m)
help-config--key = snooze, catch_up_window or timezone
help-config--value = The new value
help-calendars = Your calendars whose meetings hold reminders, the next meeting today, and whether you are busy now
help-calendars--json = Print JSON (shapes documented in the README)
help-config-calendar = Add or remove a calendar whose meetings hold reminders
help-config-calendar-add = Add an iCalendar (.ics) file: reminders wait while its meetings run
help-config-calendar-add--path = The calendar file (exported or synced by Outlook, Thunderbird, Evolution…)
help-config-calendar-remove = Remove a calendar (the file itself is left alone)
help-config-calendar-remove--path = The calendar file (exported or synced by Outlook, Thunderbird, Evolution…)
help-start = Start a timed check-in: opens the habit's network link in your browser
help-start--habit = describe, interact, recognize, or a habit of your own
help-start--no-open = Start the clock without opening the link
help-finish = Finish the running check-in: logs its habit with the minutes it took
help-finish--json = Print JSON (shapes documented in the README)
help-cancel = Stop the running check-in without logging it
help-links = Your network links: the pages a check-in opens
help-links--json = Print JSON (shapes documented in the README)
help-link = Add, remove or choose the default network link
help-link-add = Add a link (or give one a new address): https:// or http:// only
help-link-add--name = A short name, e.g. "Viva Engage" or LinkedIn
help-link-add--url = The page to open, e.g. https://www.linkedin.com/feed/
help-link-add--default = Make it the default link
help-link-remove = Remove a link; habits that opened it open the default
help-link-default = Make a link the default, which habits without their own open
help-ideas = A habit's ideas for what to post, today's first; or set them
help-ideas--set = Replace the ideas with these lines of a file (`-`: standard input)
help-ideas--reset = Bring back the habit's own ideas
help-people = The people and teams your check-ins named: whom you reached each month, and whom to recognise next. Or rename, merge, forget one, or set whether it is a team
help-people-rename = Spell a name differently; every check-in that named it follows
help-people-merge = Fold one name into another (the same person written two ways)
help-people-forget = Remove a name from every check-in, note and the database file itself
help-people-forget--from-backups = Remove it from the automatic backups too
help-people-kind = Whether a name is a person or a team
help-rhythm = What Aloud has learned of your day: when you usually arrive, leave for lunch and leave for the day. Or forget it
help-rhythm--json = Print JSON (shapes documented in the README)
help-rhythm-forget = Forget every mark of your days learned so far
cli-rhythm-head = Your day, as Aloud learns it from when you are at your desk:
cli-rhythm-head-off = Your day (learning is off; `aloud config learn_rhythm on` turns it on):
cli-rhythm-learned = { $moment }: { $time }, over the last { $days ->
        [one] day
       *[other] { $days } days
    }
cli-rhythm-learning = { $moment }: learning, { $days } of { $needed } days
cli-rhythm-forgotten = Forgot what Aloud had learned of your day ({ $count ->
        [one] one mark
       *[other] { $count } marks
    }).
rhythm-arrival = You arrive
rhythm-lunch = You leave for lunch
rhythm-leaving = You leave for the day
ui-date = { $day } { $month } { $year }

## Automaticity: the SRBAI check (Gardner et al. 2012; the published English items,
## with the habit named in the stem), the curve, prompts that fade, the troubleshoot.
srbai-automatically = “{ $habit }” is something I do automatically.
srbai-without-remembering = “{ $habit }” is something I do without having to consciously remember.
srbai-without-thinking = “{ $habit }” is something I do without thinking.
srbai-before-realising = “{ $habit }” is something I start doing before I realise I’m doing it.
error-srbai-range = answer { $number } is { $value }; each answer is a whole number from 1 (strongly disagree) to 7 (strongly agree)
error-srbai-count = give four answers (one per statement) or one (the quick form); got { $count }
error-srbai-not-an-answer = '{ $value }' is not an answer; answers are whole numbers from 1 to 7
error-srbai-future = { $date } is in the future; a check is about how the habit feels so far
error-srbai-before = { $date } is before { $habit } began ({ $began })
error-srbai-past = the check of { $date } is kept as it was; a check can be changed only on its own day
error-prompt-stage = '{ $value }' is not a prompt stage; use full, quiet or off
error-no-offer = Aloud has no step back to offer for { $habit } now
fit-too-few = No curve yet: it needs { $wanted } checks over at least { $weeks } weeks, and there { $count ->
    [one] is { $count }
   *[other] are { $count }
}.
fit-too-short = No curve yet: the checks span { $days } days, and a curve needs at least { $weeks } weeks.
fit-flat = No curve: your answers have hardly moved, so there is no rise to measure.
fit-falling = No curve: your answers are falling rather than rising. The troubleshoot in Review can help.
fit-no-plateau = No plateau yet: your answers are still climbing steadily, so where they will settle cannot be told.
prompts-full = full reminders
prompts-quiet = quiet (no pop-up; the tray shows it due)
prompts-off = off (nothing until you log it)
automaticity-recorded = { $habit }: automaticity { $score } of 7 on { $date }.
automaticity-habit = { $habit } — consistency { $consistency } %; prompts: { $prompts }
automaticity-checks = automaticity { $score } of 7 on { $date } ({ $count ->
    [one] { $count } check
   *[other] { $count } checks
})
automaticity-no-checks = no automaticity check yet
automaticity-curve = plateau { $plateau } of 7, now { $percent } % of it; 95 % around { $date } (day { $days }; most people take 18–254 days, median 66)
automaticity-restored = full reminders came back after the misses of { $first } and { $second }
automaticity-offer = it has become automatic: Aloud offers { $stage } (aloud habit set { $id } --prompts { $stage })
automaticity-check-due = a check is due: aloud check { $id } --answers A,B,C,D
menu-due-quiet = ● { $habit } — due now ({ $cue })
reminder-starter = Too much today? Start small: { $starter }
ui-automaticity-title = Has it become automatic?
ui-automaticity-explain = Once a week, four statements about each habit, from 1 (strongly disagree) to 7 (strongly agree). A habit is automatic when it happens without a reminder: most people's answers level off after about 66 days (18 to 254). Consistency says how regularly you did it; automaticity says whether it now happens without thinking. When both are high, Aloud offers to remind you less.
ui-scale-hint = 1 strongly disagree · 7 strongly agree
ui-quick-form-hint = Short of time? Answer only the first statement: that is the quick form.
ui-answer-all-or-first = Answer all four statements, or only the first for the quick form.
ui-check-saved = Saved { $habit }'s check.
ui-population-band = Most people reach 95 % of their plateau between day 18 and day 254 (median 66)
ui-check-point = { $date }: { $score } of 7
ui-day-zero = day 0
ui-day-n = day { $day }
ui-curve-summary = Plateau { $plateau } of 7, today { $percent } % of it; 95 % around { $date } (day { $days }). Most people take 18 to 254 days, median 66.
ui-step-back-yes = Yes, step back
ui-not-now = Not now
ui-stepped-back = { $habit }: { $stage } from now on.
ui-offer = { $habit } has become automatic for you: your last two checks are high and you do it regularly. Step back to { $stage }?
ui-trouble-misses = { $habit } was missed on { $first } and { $second }. Let's find what to change, in this order:
ui-trouble-slipping = { $habit }'s consistency fell from { $from } % to { $to } % in four weeks. Let's find what to change, in this order:
ui-trouble-moment = The moment: is this the right time? Move it to
ui-move-it = Move it
ui-trouble-starter = Make it easier: a smaller first step, "I will …"
ui-save-starter = Save starter step
ui-trouble-motivation = Motivation: is it still worth it? Look at the benefits check.
ui-to-benefits = To the benefits check
ui-trouble-saved = Saved into the habit.
ui-auto-summary = Consistency { $consistency } % · automaticity { $score } of 7 · { $prompts }
ui-auto-summary-none = Consistency { $consistency } % · no check yet · { $prompts }
ui-restored = Full reminders are back for { $habit }: it was missed on { $first } and { $second }. Aloud will offer to step back again once it is easy again.
ui-next-check = Next check from { $date }.
ui-prompts-full = full reminders
ui-prompts-quiet = quiet reminders (no pop-up)
ui-prompts-off = reminders off
ui-due-now-quiet = due now (quiet reminder)
ui-starter-step = Starter step (optional): a smaller "I will …" for hard days
ui-starter-is = Too much today? Start small: { $starter }
reminder-restored = Full reminders are back: missed on { $first } and { $second }.
ui-curve-legend = Dots: your checks · line: the fitted curve · dashed: 95 % of the plateau · dotted: today · grey band: where most people reach 95 % (days 18–254, median 66)

## Why a habit's reminder comes when it does (Today, the tray menu, the reminder,
## `aloud status --json`'s why_text). $at is the time it comes today.
why-arrival = from { $at }, when you first sit down
why-lunch = { $at } — { $lead } min before you usually leave for lunch, { $typical } over the last { $days } days
why-leaving = { $at } — { $lead } min before you usually leave for the day, { $typical } over the last { $days } days
why-learning-lunch = { $at } until Aloud knows when you usually leave for lunch (learning: { $days } of { $needed } days)
why-learning-leaving = { $at } until Aloud knows when you usually leave for the day (learning: { $days } of { $needed } days)
why-not-workday = { $at } (your usual times are learned on workdays)
error-anchor = '{ $value }' is not an anchor; use time, arrival, lunch or leaving
error-lead = '{ $value }' is not a lead time; use whole minutes from 0 to 60, like 10m
anchor-time = at this time
anchor-arrival = when I first sit down (from this time)
anchor-lunch = before I leave for lunch
anchor-leaving = before I leave for the day
ui-reminder-comes = The reminder comes
ui-lead-minutes = Minutes before ({ $min }–{ $max })
ui-anchor-offer-arrival = { $habit } comes at { $time }, but on { $days } of the last { $of } workdays you sat down more than 20 minutes later (usually at { $typical }).
ui-anchor-offer-lunch = { $habit } comes at { $time }, but on { $days } of the last { $of } workdays you left for lunch more than 20 minutes from then (usually at { $typical }).
ui-anchor-offer-leaving = { $habit } comes at { $time }, but on { $days } of the last { $of } workdays you left for the day more than 20 minutes from then (usually at { $typical }).
ui-anchor-offer-take = Remind me { $anchor } instead
ui-anchor-offer-no = No thanks
ui-anchor-offers = At your real moments
ui-anchor-taken = { $habit } now comes { $anchor }.
ui-rhythm = Your day, as Aloud learns it
ui-learn-rhythm = Learn my day from when I'm at my desk (arrival, breaks, leaving)
ui-rhythm-learned = { $moment }: { $time }, over the last { $days } days
ui-rhythm-learning = { $moment }: learning, { $days } of { $needed } days
ui-rhythm-forget = Forget what Aloud learned
ui-rhythm-forgotten = Forgot what Aloud had learned of your day.
ui-moment-arrival = You arrive
ui-moment-lunch = You leave for lunch
ui-moment-leaving = You leave for the day
cli-anchor-offer = { $habit } comes at { $time }, but on { $days } of the last { $of } workdays its moment was more than 20 minutes away (usually at { $typical }): `aloud habit set { $id } --anchor { $anchor }` ties it to the moment.
help-habit-set--anchor = What its reminder is tied to: its time, when you first sit down (arrival, from --time), or before you usually leave for lunch or for the day (lunch, leaving)
help-habit-set--lead = How long before the usual lunch or departure its reminder comes, 0 to 60 minutes, e.g. 10m
