//! A temporary data dir and the real `aloud` binary pointed at it.
#![allow(dead_code)] // each test file uses its own part of this

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

pub struct DataDir {
    pub _tmp: tempfile::TempDir,
    pub path: PathBuf,
}

impl DataDir {
    pub fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("data");
        DataDir { _tmp: tmp, path }
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("aloud").unwrap();
        cmd.arg("--data-dir")
            .arg(&self.path)
            .args(args)
            .env("TZ", "Europe/Berlin")
            .env_remove("ALOUD_DATA_DIR")
            // English unless a test chooses a language, whatever the machine's is.
            .env("LANG", "C.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        cmd
    }

    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    pub fn db(&self) -> Vec<u8> {
        fs::read(self.path.join("aloud.db")).unwrap()
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self._tmp.path().join(name)
    }
}

/// Runs `args`, expects exit 2 with exactly one line on stderr, and the database
/// byte-for-byte as it was.
pub fn refused(d: &DataDir, args: &[&str]) {
    let before = d.db();
    let out = d.cmd(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{args:?} → {:?}: {stderr}",
        out.status
    );
    assert_eq!(stderr.lines().count(), 1, "{args:?} stderr: {stderr}");
    assert!(stderr.starts_with("aloud: "), "{stderr}");
    assert!(out.stdout.is_empty(), "{args:?} printed to stdout");
    assert_eq!(d.db(), before, "{args:?} changed the database");
}
