//! One running `aloud` app with its own data dir, HOME and private bus, and the CLI
//! pointed at the same data dir.
use crate::bus::PrivateBus;
use crate::desktop::Desktop;
use crate::local_time::LocalClock;
use crate::menu::{MenuItem, Tray};
use crate::wait_for;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use std::time::Duration;

/// The binary under test: $ALOUD_BIN, else the workspace's debug build.
pub fn binary() -> PathBuf {
    std::env::var_os("ALOUD_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../target/debug/aloud")
                .canonicalize()
                .expect("build aloud first (make test does)")
        })
}

pub struct Session {
    pub dir: tempfile::TempDir,
    pub bus: PrivateBus,
    pub desktop: Desktop,
    pub bin: PathBuf,
    /// The session's local time (its `TZ`): chosen, never the hour the suite runs at.
    pub clock: LocalClock,
    app: Option<Child>,
    /// Extra environment for the app (and the WebDriver that starts it).
    extra_env: Vec<(String, String)>,
}

impl Session {
    /// A fresh data dir whose three habits are scheduled every day (so the tests do
    /// not depend on the weekday), a private bus and a fake desktop on it, at the
    /// suite's local time (`local_time`).
    pub fn new(tray: bool, actions: bool) -> Session {
        Session::fresh(tray, actions).with_far_habits()
    }

    /// Like `new`, with no stand-in desktop on the bus: the test starts real desktop
    /// parts there (`real_desktop`); `desktop` is only a connection to talk to them.
    pub fn on_real_desktop() -> Session {
        Session::build(LocalClock::from_env(), Desktop::bare).with_far_habits()
    }

    /// Every habit daily and twelve hours away; `new` does this at once, a test that
    /// first sets the language (which the seeded habits are written in) calls it after.
    pub fn with_far_habits(self) -> Session {
        let s = self;
        // Every day, and twelve hours away, so no default reminder fires during a
        // test unless the test moves it.
        let far = (s.clock.now() + chrono::Duration::hours(12))
            .format("%H:%M")
            .to_string();
        for id in ["describe", "interact", "recognize"] {
            s.cli_ok(&["habit", "set", id, "--days", "daily", "--time", &far]);
        }
        s
    }

    /// An empty data dir (no database yet: the app's first run), a private bus and a
    /// fake desktop.
    pub fn fresh(tray: bool, actions: bool) -> Session {
        Session::fresh_at(tray, actions, LocalClock::from_env())
    }

    /// Like `fresh`, with local time starting at `clock`'s.
    pub fn fresh_at(tray: bool, actions: bool, clock: LocalClock) -> Session {
        Session::build(clock, |address| Desktop::start(address, tray, actions))
    }

    /// Like `new`, on a bus that can start services: each `(name, program)` gets a
    /// `.service` file whose `Exec` is that program.
    pub fn offering_services(services: &[(&str, &Path)]) -> Session {
        let dir = tempfile::tempdir().unwrap();
        let files = dir.path().join("services");
        std::fs::create_dir_all(&files).unwrap();
        for (name, program) in services {
            let text = format!("[D-BUS Service]\nName={name}\nExec={}\n", program.display());
            std::fs::write(files.join(format!("{name}.service")), text).unwrap();
        }
        let bus = PrivateBus::offering(dir.path(), &files);
        Session::on_bus(dir, bus, LocalClock::from_env(), |address| {
            Desktop::start(address, true, true)
        })
        .with_far_habits()
    }

    fn build(clock: LocalClock, desktop: impl FnOnce(&str) -> Desktop) -> Session {
        let dir = tempfile::tempdir().unwrap();
        let bus = PrivateBus::start(dir.path());
        Session::on_bus(dir, bus, clock, desktop)
    }

    fn on_bus(
        dir: tempfile::TempDir,
        bus: PrivateBus,
        clock: LocalClock,
        desktop: impl FnOnce(&str) -> Desktop,
    ) -> Session {
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        let desktop = desktop(&bus.address);
        Session {
            dir,
            bus,
            desktop,
            bin: binary(),
            clock,
            app: None,
            extra_env: Vec::new(),
        }
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn command(&self, bin: &Path) -> Command {
        self.env(Command::new(bin))
    }

    /// Gives `cmd` this session's data dir, HOME, zone and bus.
    ///
    /// Presence is off (`ALOUD_PRESENCE=off`) unless a test turns it on with
    /// `with_presence`: a whole run leaves Xvfb without input far longer than the
    /// five minutes after which the person would count as away, and a real logind
    /// on the machine running the suite must not hold its reminders either.
    pub fn env(&self, mut cmd: Command) -> Command {
        cmd.env("ALOUD_DATA_DIR", self.data_dir())
            .env("HOME", self.home())
            .env("TZ", self.clock.tz())
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus.address)
            .env("ALOUD_PRESENCE", "off")
            .env("DBUS_SYSTEM_BUS_ADDRESS", self.no_system_bus())
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            // English unless a test chooses a language, whatever the machine's is.
            .env("LANG", "C.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .envs(self.extra_env.iter().map(|(k, v)| (k, v)));
        cmd
    }

    /// A system bus address where no bus listens: no logind unless a test gives one.
    pub fn no_system_bus(&self) -> String {
        format!(
            "unix:path={}",
            self.dir.path().join("no-system-bus").display()
        )
    }

    /// Lets the app follow presence from now on, counting the person away after
    /// `away_after_secs` without input.
    pub fn with_presence(&mut self, away_after_secs: u32) {
        self.set_env("ALOUD_PRESENCE", "on");
        self.set_env("ALOUD_AWAY_AFTER_SECS", &away_after_secs.to_string());
    }

    /// Sets a variable for every process this session starts from now on.
    pub fn set_env(&mut self, key: &str, value: &str) {
        self.extra_env.push((key.into(), value.into()));
    }

    pub fn cli(&self, args: &[&str]) -> Output {
        self.command(&self.bin).args(args).output().unwrap()
    }

    pub fn cli_ok(&self, args: &[&str]) -> String {
        let out = self.cli(args);
        assert!(
            out.status.success(),
            "aloud {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.cli_ok(args)).unwrap()
    }

    /// Starts the app (from `bin`, default the binary under test).
    pub fn launch_from(&mut self, bin: &Path) -> u32 {
        self.launch_with(&bin.to_string_lossy(), &[])
    }

    /// Starts `program args…` with this session's environment as the app (e.g. the
    /// app under a shell that sets limits first).
    pub fn launch_with(&mut self, program: &str, args: &[&str]) -> u32 {
        let child = self
            .command(Path::new(program))
            .args(args)
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("start aloud");
        let pid = child.id();
        self.app = Some(child);
        pid
    }

    /// Waits for a notification whose summary starts with `prefix`.
    pub fn notification(&self, prefix: &str, timeout: Duration) -> crate::desktop::Notified {
        wait_for(&format!("a notification '{prefix}…'"), timeout, || {
            self.desktop
                .notifications()
                .into_iter()
                .find(|n| n.summary.starts_with(prefix))
        })
    }

    /// Waits for the app to exit by itself; its exit code, or None if a signal ended it.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        let child = self.app.as_mut().expect("launched");
        let status = wait_for("the app to exit", timeout, || child.try_wait().unwrap());
        self.app = None;
        status.code()
    }

    pub fn launch(&mut self) -> u32 {
        let bin = self.bin.clone();
        self.launch_from(&bin)
    }

    /// Reaps the app (after it quit or was killed) so it can be launched again.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.app.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        self.desktop.recorded.lock().unwrap().items.clear();
    }

    pub fn pid(&self) -> u32 {
        self.app.as_ref().expect("launched").id()
    }

    /// Waits for the tray to register and returns a handle on its menu.
    pub fn tray(&self) -> Tray {
        let (sender, service) = wait_for("the tray to register", Duration::from_secs(30), || {
            self.desktop.tray_items().into_iter().next()
        });
        Tray::locate(&self.desktop.conn, &sender, &service).expect("the tray item has a menu")
    }

    pub fn menu(&self, tray: &Tray) -> MenuItem {
        tray.layout(&self.desktop.conn).expect("read the menu")
    }

    /// Waits until the menu has an item whose label starts with `prefix`.
    pub fn menu_item(&self, tray: &Tray, prefix: &str, timeout: Duration) -> MenuItem {
        wait_for(&format!("a menu item '{prefix}…'"), timeout, || {
            self.menu(tray).find(prefix).cloned()
        })
    }

    /// Whether the app has spawned a WebKit web process (a dashboard window exists).
    pub fn has_webview(&self) -> bool {
        named_below(self.pid(), "WebKitWebProces").next().is_some()
    }

    /// Whether the app has started a dashboard process (its window may not be up yet).
    pub fn has_dashboard(&self) -> bool {
        named_below(self.pid(), "aloud-dashboard").next().is_some()
    }

    /// Waits until `aloud status --json` says the person is `expected` (`present`,
    /// `away`, `unknown`): the tray has seen the change and recorded it.
    pub fn wait_presence(&self, expected: &str) {
        wait_for(
            &format!("presence {expected}"),
            Duration::from_secs(10),
            || (self.json(&["status", "--json"])["presence"] == expected).then_some(()),
        );
    }

    /// Waits until the running tray app has caught up with everything so far: its
    /// `Refresh` answers once a pass of its engine that began after the call has
    /// ended and whatever that pass showed has reached the notification server.
    /// What a check of "nothing happened" waits for, instead of a fixed sleep.
    pub fn settled(&self) {
        self.desktop
            .conn
            .call_method(
                Some("app.aloud.Aloud"),
                "/app/aloud/Aloud",
                Some("app.aloud.Aloud"),
                "Refresh",
                &(),
            )
            .expect("the tray app answers Refresh");
    }

    /// Moves `habit` a few seconds ahead, waits until it came due and is held (the
    /// person away or busy), and until the tray has caught up.
    pub fn held_soon(&self, habit: &str) {
        let (_, hms) = self.clock.soon(3);
        self.cli_ok(&["habit", "set", habit, "--time", &hms]);
        wait_for(&format!("{habit} held"), Duration::from_secs(15), || {
            let status = self.json(&["status", "--json"]);
            let held = status["held"].as_array().unwrap().clone();
            held.iter().any(|h| h == habit).then_some(())
        });
        self.settled();
    }

    /// Gives the services this session's bus starts from now on (dconf, xfconfd) the
    /// session's home, so they write it, as on a desktop.
    pub fn share_home_with_bus(&self) {
        let home = self.home().display().to_string();
        let config = format!("{home}/.config");
        let env = [
            ("HOME", home.as_str()),
            ("XDG_CONFIG_HOME", config.as_str()),
        ];
        crate::bus::share_environment(&self.desktop.conn, env);
    }

    /// Runs a desktop's own command line tool with this session's bus and home.
    pub fn run_tool(&self, program: &str, args: &[&str]) {
        let out = self
            .env(Command::new(program))
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{program} (make test installs it): {e}"));
        assert!(
            out.status.success(),
            "{program} {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Asks the running app over the bus to show `panel`, as a second launch or the
    /// retake reminder does.
    pub fn ask_open(&self, panel: &str) -> zbus::Result<zbus::Message> {
        self.desktop.conn.call_method(
            Some("app.aloud.Aloud"),
            "/app/aloud/Aloud",
            Some("app.aloud.Aloud"),
            "Open",
            &(panel,),
        )
    }
}

/// The CPU time (user and system, in clock ticks of 10 ms) every thread of `pid` has
/// used so far.
pub fn cpu_ticks(pid: u32) -> u64 {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return 0;
    };
    tasks
        .flatten()
        .filter_map(|task| std::fs::read_to_string(task.path().join("stat")).ok())
        .map(|stat| {
            // The fields after the command's closing parenthesis: utime is the 12th.
            let fields: Vec<&str> = stat[stat.rfind(')').unwrap_or(0) + 2..]
                .split(' ')
                .collect();
            let field = |i: usize| {
                fields
                    .get(i)
                    .and_then(|f| f.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            field(11) + field(12)
        })
        .sum()
}

/// Waits until no dashboard process runs below `pid`.
pub fn wait_dashboard_gone(pid: u32, timeout: Duration) {
    wait_for("the dashboard process to end", timeout, || {
        named_below(pid, "aloud-dashboard")
            .next()
            .is_none()
            .then_some(())
    });
}

/// The processes below `pid` whose name starts with `name` (as /proc shows it, cut
/// to 15 bytes), e.g. the dashboard processes an app started.
pub fn named_below<'a>(pid: u32, name: &'a str) -> impl Iterator<Item = u32> + 'a {
    descendants(pid).into_iter().filter(move |p| {
        std::fs::read_to_string(format!("/proc/{p}/comm")).is_ok_and(|c| c.starts_with(name))
    })
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Some(mut child) = self.app.take() {
            for pid in descendants(child.id()) {
                let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// All processes below `pid`, from /proc.
pub fn descendants(pid: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for e in entries.flatten() {
            let Some(p) = e.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else {
                continue;
            };
            if let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) {
                // The parent pid is the second field after the ")" that ends the command name.
                if let Some(ppid) = stat
                    .rsplit_once(')')
                    .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok())
                {
                    parents.push((p, ppid));
                }
            }
        }
    }
    let mut found = vec![pid];
    let mut i = 0;
    while i < found.len() {
        let current = found[i];
        found.extend(
            parents
                .iter()
                .filter(|(_, pp)| *pp == current)
                .map(|(p, _)| *p),
        );
        i += 1;
    }
    found.remove(0);
    found
}
