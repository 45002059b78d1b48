//! The dashboard runs in its own process (`aloud-dashboard`), started on demand and
//! gone when its window closes. The tray process never links WebKit or GTK, so it
//! stays small for months, and closing the window gives back every byte the web
//! engine took. Both processes share the core and the database file; the tray sees
//! the dashboard's writes through its watch on the data dir.
use crate::plain;
use crate::platform::Opener;
pub use aloud_app::panel::Panel;
use aloud_core::i18n::{Args, Catalogue};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};

pub struct Launcher {
    program: PathBuf,
    data_dir: PathBuf,
    /// What was restored at start (a damaged database), told in every opening.
    restored: Option<String>,
    /// The dashboard processes still running, ended on "Quit".
    running: Arc<Mutex<Vec<u32>>>,
    /// Ends them.
    opener: Arc<dyn Opener>,
}

impl Launcher {
    /// `aloud-dashboard` from this program's own folder.
    pub fn new(data_dir: PathBuf, restored: Option<String>, opener: Arc<dyn Opener>) -> Launcher {
        let program = std::env::current_exe()
            .map(|exe| exe.with_file_name("aloud-dashboard"))
            .unwrap_or_else(|_| PathBuf::from("aloud-dashboard"));
        Launcher {
            program,
            data_dir,
            restored,
            running: Arc::default(),
            opener,
        }
    }

    /// Opens the dashboard at `panel`. When one is already open, the new process
    /// hands the panel to it and exits (the dashboard is single-instance itself).
    pub fn open(&self, panel: Panel) {
        let mut command = Command::new(&self.program);
        command
            .arg("--data-dir")
            .arg(&self.data_dir)
            .arg("--panel")
            .arg(panel.name());
        if let Some(message) = &self.restored {
            command.arg("--restored").arg(message);
        }
        // Its errors come back through a pipe: passed on to this process's stderr,
        // and the last one told on screen if the window could not open.
        command.stderr(Stdio::piped());
        match command.spawn() {
            Ok(child) => self.watch(child),
            Err(e) => {
                let c = Catalogue::for_setting(None);
                let args = Args::new()
                    .str("program", self.program.display().to_string())
                    .str("why", e.to_string());
                plain::dashboard_failed(c, &c.msg_with("dashboard-not-started", &args));
            }
        }
    }

    /// Follows the process in a thread of its own, blocked reading its stderr and
    /// then in `waitpid` (never woken otherwise), so no zombie is left behind.
    fn watch(&self, mut child: Child) {
        let pid = child.id();
        lock(&self.running).push(pid);
        let running = self.running.clone();
        let spawned = std::thread::Builder::new()
            .name("dashboard".into())
            .spawn(move || {
                let mut last_error = None;
                if let Some(stderr) = child.stderr.take() {
                    for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                        let _ = writeln!(std::io::stderr(), "{line}");
                        if let Some(message) = line.strip_prefix("aloud: ") {
                            last_error = Some(message.to_string());
                        }
                    }
                }
                let status = child.wait();
                lock(&running).retain(|p| *p != pid);
                let failed = status.is_ok_and(|s| s.code().is_some_and(|c| c != 0));
                if let (true, Some(message)) = (failed, last_error) {
                    plain::dashboard_failed(Catalogue::for_setting(None), &message);
                }
            });
        if let Err(e) = spawned {
            aloud_app::report!("aloud: could not watch the dashboard process: {e}");
        }
    }

    /// Ends the open dashboards (on "Quit"): asked politely, as a desktop would.
    pub fn close_all(&self) {
        for pid in lock(&self.running).iter() {
            self.opener.end_process(*pid);
        }
    }
}

fn lock(running: &Mutex<Vec<u32>>) -> MutexGuard<'_, Vec<u32>> {
    running.lock().unwrap_or_else(|e| e.into_inner())
}
