//! The command line, as clap sees it. Values are parsed by the core's own validators,
//! so a bad value is refused before any file is opened.
use aloud_core::assessment::Answers;
use aloud_core::automaticity::SrbaiAnswers;
use aloud_core::model::{
    parse_date, parse_duration, person_name, Anchor, Lead, Minutes, PromptStage, TimeOfDay,
    Weekdays,
};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "aloud",
    version,
    about = "Build the habit of working aloud: three tiny habits a day."
)]
pub struct Cli {
    /// Where the history lives (default: $ALOUD_DATA_DIR, else ~/.local/share/app.aloud.Aloud).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Started by the desktop at login: stay quietly in the tray.
    #[arg(long, hide = true)]
    pub autostarted: bool,

    /// Added by WebKitWebDriver when it starts the app for end-to-end tests; ignored.
    #[arg(long, hide = true)]
    pub automation: bool,

    /// Writes the man page and the shell completions into DIR (for the packages).
    #[arg(long, hide = true, value_name = "DIR")]
    pub write_docs: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Mark a habit done (today, or --date).
    Log(LogArgs),
    /// Remove a day's entry or skip.
    Undo(DayArgs),
    /// Excuse a day: it neither breaks nor extends the streak.
    Skip(DayArgs),
    /// Today: each habit done, skipped or pending, and the next reminder.
    Status(JsonFlag),
    /// Entries and skips between two dates (default: the last 30 days).
    History(HistoryArgs),
    /// Per habit: current and best streak, consistency, totals.
    Stats(JsonFlag),
    /// List the habits.
    Habits(JsonFlag),
    /// Change or add a habit.
    #[command(subcommand)]
    Habit(HabitCommand),
    /// Silence reminders for a while, until a date, or end a pause.
    Pause(PauseArgs),
    /// Write everything (JSON) or the entries (CSV).
    Export(ExportArgs),
    /// Merge an export (JSON) into this data dir; checked fully before writing.
    Import(ImportArgs),
    /// The weekly benefits check: record one (--rating, --responses), then see the verdict.
    Review(ReviewArgs),
    /// The five-mindset self-assessment: asked here, or --answers, or --history.
    Assess(AssessArgs),
    /// The weekly automaticity check of a habit: four answers 1–7 (or one, the quick form).
    Check(CheckArgs),
    /// Whether each habit has become automatic: its checks, its curve, its prompts.
    Automaticity(AutomaticityArgs),
    /// Take a backup now (Aloud also takes one each day it runs).
    Backup,
    /// The automatic backups: list them, or bring one back.
    Restore(RestoreArgs),
    /// Show the settings, or set one: snooze (e.g. 10m), catch_up_window (e.g. 2h), timezone,
    /// retake_every (e.g. 3w), checkin_length (e.g. 10m).
    Config(ConfigArgs),
    /// Start a timed check-in: opens the habit's network link in your browser.
    Start(StartArgs),
    /// Finish the running check-in: logs its habit with the minutes it took.
    Finish(JsonFlag),
    /// Stop the running check-in without logging it.
    Cancel,
    /// Your network links: the pages a check-in opens.
    Links(JsonFlag),
    /// Add, remove or choose the default network link.
    #[command(subcommand)]
    Link(LinkCommand),
    /// A habit's ideas for what to post, today's first; or set them.
    Ideas(IdeasArgs),
    /// The people and teams your check-ins named: whom you reached each month, and whom
    /// to recognise next. Or rename, merge, forget one, or set whether it is a team.
    People(PeopleArgs),
    /// What Aloud has learned of your day: when you usually arrive, leave for lunch
    /// and leave for the day. Or forget it.
    Rhythm(RhythmArgs),
    /// Your calendars whose meetings hold reminders, the next meeting today, and
    /// whether you are busy now.
    Calendars(JsonFlag),
}

impl Command {
    /// Whether the output asked for is JSON, which is English on every desktop.
    pub fn json(&self) -> bool {
        match self {
            Command::Status(f) | Command::Stats(f) | Command::Habits(f) => f.json,
            Command::Finish(f) | Command::Links(f) | Command::Calendars(f) => f.json,
            Command::History(a) => a.json,
            Command::Review(a) => a.json,
            Command::Assess(a) => a.json,
            Command::Check(a) => a.json,
            Command::Automaticity(a) => a.json,
            Command::Config(a) => a.json,
            Command::Start(a) => a.json,
            Command::Ideas(a) => a.json,
            Command::People(a) => a.json,
            Command::Rhythm(a) => a.json,
            _ => false,
        }
    }
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct RhythmArgs {
    #[command(subcommand)]
    pub command: Option<RhythmCommand>,
    /// Print JSON (shapes documented in the README).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum RhythmCommand {
    /// Forget every mark of your days learned so far.
    Forget,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PeopleArgs {
    #[command(subcommand)]
    pub command: Option<PeopleCommand>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PeopleCommand {
    /// Spell a name differently; every check-in that named it follows.
    Rename { from: String, to: String },
    /// Fold one name into another (the same person written two ways).
    Merge { from: String, into: String },
    /// Remove a name from every check-in, note and the database file itself.
    Forget {
        name: String,
        /// Remove it from the automatic backups too.
        #[arg(long)]
        from_backups: bool,
    },
    /// Whether a name is a person or a team.
    Kind {
        name: String,
        #[arg(value_parser = ["person", "team"])]
        kind: String,
    },
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// describe, interact, recognize, or a habit of your own.
    pub habit: String,
    /// Start the clock without opening the link.
    #[arg(long)]
    pub no_open: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum LinkCommand {
    /// Add a link (or give one a new address): https:// or http:// only.
    Add(LinkAddArgs),
    /// Remove a link; habits that opened it open the default.
    Remove(LinkNameArg),
    /// Make a link the default, which habits without their own open.
    Default(LinkNameArg),
}

#[derive(Debug, Args)]
pub struct LinkAddArgs {
    /// A short name, e.g. "Viva Engage" or LinkedIn.
    pub name: String,
    /// The page to open, e.g. https://www.linkedin.com/feed/.
    pub url: String,
    /// Make it the default link.
    #[arg(long)]
    pub default: bool,
}

#[derive(Debug, Args)]
pub struct LinkNameArg {
    pub name: String,
}

#[derive(Debug, Args)]
pub struct IdeasArgs {
    pub habit: String,
    /// Replace the ideas with these lines of a file (`-`: standard input).
    #[arg(long, value_name = "FILE", conflicts_with = "reset")]
    pub set: Option<PathBuf>,
    /// Bring back the habit's own ideas.
    #[arg(long)]
    pub reset: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// How much benefit you see from working aloud, 1 (none) to 5 (a lot).
    #[arg(long, requires = "responses", value_parser = clap::value_parser!(i64).range(1..=5))]
    pub rating: Option<i64>,
    /// Responses received that week: likes, comments, questions asked of you.
    #[arg(long, requires = "rating", value_parser = clap::value_parser!(i64).range(0..=9999))]
    pub responses: Option<i64>,
    /// A day of the week being checked (default: this week).
    #[arg(long, requires = "rating", value_parser = date, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Twenty answers 1–5, comma-separated, in the order `aloud assess` asks them.
    #[arg(long, value_parser = answers, value_name = "A1,…,A20", conflicts_with = "history")]
    pub answers: Option<Answers>,
    /// Every attempt so far, oldest first.
    #[arg(long)]
    pub history: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// describe, interact, recognize, or a habit of your own.
    pub habit: String,
    /// How much you agree, 1–7, with: it is something I do automatically, without having to
    /// consciously remember, without thinking, and start before I realise I'm doing it.
    #[arg(long, value_parser = srbai, value_name = "A,B,C,D")]
    pub answers: SrbaiAnswers,
    /// The day the check is about (default: today).
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AutomaticityArgs {
    /// Only this habit.
    pub habit: Option<String>,
    /// Print JSON (shapes documented in the README).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct RestoreArgs {
    /// A backup's name (from --list) or the path of a backup file.
    pub file: Option<String>,
    /// The backups, newest first.
    #[arg(long)]
    pub list: bool,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ConfigArgs {
    #[command(subcommand)]
    pub command: Option<ConfigCommand>,
    /// snooze, catch_up_window or timezone.
    pub key: Option<String>,
    /// The new value.
    pub value: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Add or remove a calendar whose meetings hold reminders.
    #[command(subcommand)]
    Calendar(CalendarCommand),
}

#[derive(Debug, Subcommand)]
pub enum CalendarCommand {
    /// Add an iCalendar (.ics) file: reminders wait while its meetings run.
    Add(CalendarPath),
    /// Remove a calendar (the file itself is left alone).
    Remove(CalendarPath),
}

#[derive(Debug, Args)]
pub struct CalendarPath {
    /// The calendar file (exported or synced by Outlook, Thunderbird, Evolution…).
    pub path: PathBuf,
}

#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Print JSON (shapes documented in the README).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// describe, interact, recognize, or a habit of your own.
    pub habit: String,
    /// One line, at most 500 characters.
    #[arg(long)]
    pub note: Option<String>,
    /// Minutes spent, 1–240.
    #[arg(long, value_parser = minutes)]
    pub minutes: Option<i64>,
    /// The need it served: information, help, belonging, recognition or purpose.
    #[arg(long)]
    pub need: Option<String>,
    /// A person or team it involved (repeat for several; at most 10, 80 characters each).
    #[arg(long, value_name = "NAME", value_parser = name)]
    pub with: Vec<String>,
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct DayArgs {
    pub habit: String,
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub from: Option<NaiveDate>,
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub to: Option<NaiveDate>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum HabitCommand {
    /// Change a habit's time, latest time, days, name, trigger, prompt, link or whether it is enabled.
    Set(HabitSetArgs),
    /// Add a habit of your own.
    Add(HabitAddArgs),
}

#[derive(Debug, Args)]
pub struct HabitSetArgs {
    pub id: String,
    /// HH:MM or HH:MM:SS, 24-hour local time.
    #[arg(long, value_parser = time)]
    pub time: Option<TimeOfDay>,
    /// mon,tue,… or weekdays or daily.
    #[arg(long, value_parser = days)]
    pub days: Option<Weekdays>,
    #[arg(long, value_parser = clap::value_parser!(bool), value_name = "true|false")]
    pub enabled: Option<bool>,
    /// Archive (true) hides the habit and its reminders but keeps its history.
    #[arg(long, value_parser = clap::value_parser!(bool), value_name = "true|false")]
    pub archived: Option<bool>,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub trigger: Option<String>,
    #[arg(long)]
    pub prompt: Option<String>,
    /// The latest time its reminder may still be shown (HH:MM, after --time), e.g.
    /// when it waited for you; `default` for its time plus the catch-up window.
    #[arg(long, value_parser = latest, value_name = "HH:MM|default")]
    pub latest: Option<Latest>,
    /// The network link its check-ins open (see `aloud links`); `default` for the
    /// default link.
    #[arg(long, value_name = "NAME|default")]
    pub link: Option<String>,
    /// How it is prompted: full (a pop-up), quiet (no pop-up; the tray shows it due) or
    /// off (nothing until it is logged).
    #[arg(long, value_parser = stage, value_name = "full|quiet|off")]
    pub prompts: Option<PromptStage>,
    /// A smaller "I will …" that reminders propose on hard days; "" removes it.
    #[arg(long)]
    pub starter: Option<String>,
    /// What its reminder is tied to: its time, when you first sit down (arrival, from
    /// --time), or before you usually leave for lunch or for the day (lunch, leaving).
    #[arg(long, value_parser = anchor, value_name = "time|arrival|lunch|leaving")]
    pub anchor: Option<Anchor>,
    /// How long before the usual lunch or departure its reminder comes, 0 to 60
    /// minutes, e.g. 10m.
    #[arg(long, value_parser = lead, value_name = "DURATION")]
    pub lead: Option<Lead>,
}

#[derive(Debug, Args)]
pub struct HabitAddArgs {
    /// A short id: a lowercase letter, then letters, digits or '-'.
    pub id: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub trigger: String,
    #[arg(long, value_parser = time)]
    pub time: TimeOfDay,
    #[arg(long, value_parser = days)]
    pub days: Option<Weekdays>,
    #[arg(long)]
    pub prompt: Option<String>,
    /// The latest time its reminder may still be shown (HH:MM, after --time).
    #[arg(long, value_parser = time)]
    pub latest: Option<TimeOfDay>,
}

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct PauseArgs {
    /// How long, e.g. 2h, 90m, 3d.
    #[arg(long = "for", value_parser = duration, value_name = "DURATION")]
    pub length: Option<chrono::Duration>,
    /// Reminders come back on this date.
    #[arg(long, value_parser = date, value_name = "YYYY-MM-DD")]
    pub until: Option<NaiveDate>,
    /// End the pause now.
    #[arg(long)]
    pub off: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: crate::exports::Format,
    /// Write to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: PathBuf,
}

fn answers(v: &str) -> Result<Answers, String> {
    Answers::parse(v).map_err(|e| e.to_string())
}

fn srbai(v: &str) -> Result<SrbaiAnswers, String> {
    SrbaiAnswers::parse(v).map_err(|e| e.to_string())
}

fn anchor(v: &str) -> Result<Anchor, String> {
    v.parse::<Anchor>().map_err(|e| e.to_string())
}

fn lead(v: &str) -> Result<Lead, String> {
    Lead::parse(v).map_err(|e| e.to_string())
}

fn stage(v: &str) -> Result<PromptStage, String> {
    v.parse::<PromptStage>().map_err(|e| e.to_string())
}

fn date(v: &str) -> Result<NaiveDate, String> {
    parse_date(v).map_err(|e| e.to_string())
}

fn name(v: &str) -> Result<String, String> {
    person_name(v).map_err(|e| e.to_string())
}

fn time(v: &str) -> Result<TimeOfDay, String> {
    TimeOfDay::parse(v).map_err(|e| e.to_string())
}

/// `--latest`: a time, or `None` for the default (its time plus the catch-up window).
#[derive(Debug, Clone, Copy)]
pub struct Latest(pub Option<TimeOfDay>);

fn latest(v: &str) -> Result<Latest, String> {
    TimeOfDay::parse_latest(v)
        .map(Latest)
        .map_err(|e| e.to_string())
}

fn days(v: &str) -> Result<Weekdays, String> {
    Weekdays::parse(v).map_err(|e| e.to_string())
}

fn minutes(v: &str) -> Result<i64, String> {
    Minutes::parse(v)
        .map(|m| i64::from(m.get()))
        .map_err(|e| e.to_string())
}

fn duration(v: &str) -> Result<chrono::Duration, String> {
    parse_duration(v).map_err(|e| e.to_string())
}
