//! The dashboard through real WebKit: tauri-driver in front of WebKitWebDriver, which
//! starts `aloud-tray` itself (so the app gets the session's data dir, HOME and bus
//! from tauri-driver's environment). Creating the WebDriver session waits until a
//! webview listens on the automation port WebKitWebDriver gave the app in its
//! environment: the tray app has none, and passes that environment on to the
//! `aloud-dashboard` process it starts, whose window is then the one driven. So
//! callers open the dashboard while the session waits.
use crate::app::Session;
use fantoccini::{Client, ClientBuilder};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Driver {
    child: Child,
    pub port: u16,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Driver {
    /// The app's process (`aloud-tray`, started by WebKitWebDriver), once it runs.
    pub fn app_pid(&self) -> Option<u32> {
        crate::app::named_below(self.child.id(), "aloud-tray").next()
    }

    pub fn start(session: &Session) -> Driver {
        let (port, native) = (free_port(), free_port());
        let child = session
            .env(Command::new("tauri-driver"))
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native.to_string(),
            ])
            .stdout(Stdio::null())
            .spawn()
            .expect("tauri-driver (make test installs it)");
        crate::wait_for("tauri-driver to listen", Duration::from_secs(20), || {
            std::net::TcpStream::connect(("127.0.0.1", port))
                .ok()
                .map(drop)
        });
        Driver { child, port }
    }

    /// Connects a WebDriver client; resolves once the app has opened a webview.
    pub async fn connect(&self, session: &Session) -> Client {
        let app = session.bin.with_file_name("aloud-tray");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app }),
        );
        caps.insert("browserName".into(), "wry".into());
        tokio::time::timeout(
            Duration::from_secs(60),
            ClientBuilder::native()
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{}", self.port)),
        )
        .await
        .expect("the WebDriver session in time")
        .expect("a WebDriver session")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // WebKitWebDriver and the app it started go with the driver.
        for pid in crate::app::descendants(self.child.id()).into_iter().rev() {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
