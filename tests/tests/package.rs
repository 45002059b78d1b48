//! The debug .deb (built by `make test` through `make deb-debug`) installs like a
//! desktop app: the installed `aloud status` works, the installed app's tray
//! registers, and `dpkg -r` removes every file (needs root or password-less sudo).
//! It passes lintian with no error and its metadata validates; the .rpm made beside
//! it holds the same files.
use aloud_e2e::app::{named_below, Session};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The files both packages must install.
const PACKAGE_FILES: [&str; 16] = [
    "/usr/bin/aloud",
    "/usr/bin/aloud-tray",
    "/usr/bin/aloud-dashboard",
    "/usr/share/applications/app.aloud.Aloud.desktop",
    "/usr/share/metainfo/app.aloud.Aloud.metainfo.xml",
    "/usr/share/icons/hicolor/16x16/apps/aloud.png",
    "/usr/share/icons/hicolor/256x256/apps/aloud.png",
    "/usr/share/doc/aloud/copyright",
    "/usr/share/doc/aloud/changelog.gz",
    "/usr/share/man/man1/aloud.1.gz",
    "/usr/share/man/man1/aloud-habit-set.1.gz",
    "/usr/share/man/man1/aloud-tray.1.gz",
    "/usr/share/man/man1/aloud-dashboard.1.gz",
    "/usr/share/bash-completion/completions/aloud",
    "/usr/share/zsh/vendor-completions/_aloud",
    "/usr/share/fish/vendor_completions.d/aloud.fish",
];

fn deb() -> PathBuf {
    built("deb")
}

/// The one `.kind` file `make deb-debug` left in target/debug/bundle/KIND.
fn built(kind: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../target/debug/bundle/{kind}"));
    std::fs::read_dir(&dir)
        .ok()
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == kind))
        .unwrap_or_else(|| {
            panic!(
                "no .{kind} in {}: run `make deb-debug` (make test does)",
                dir.display()
            )
        })
}

/// Runs a command that must succeed, and gives its standard output.
fn output_of(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} (make test installs it): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The files (not folders) a .deb installs, as absolute paths.
fn deb_files(deb: &Path) -> std::collections::BTreeSet<String> {
    output_of("dpkg-deb", &["-c", deb.to_str().unwrap()])
        .lines()
        .filter(|l| l.starts_with('-'))
        .filter_map(|l| l.split_whitespace().last())
        .map(|p| p.trim_start_matches('.').to_string())
        .collect()
}

/// Runs a package-manager command as root (directly, or through `sudo -n`).
fn as_root(args: &[&str]) -> std::process::Output {
    let root = Command::new("id").arg("-u").output().unwrap().stdout == b"0\n";
    let mut cmd = if root {
        Command::new(args[0])
    } else {
        let mut c = Command::new("sudo");
        c.arg("-n").arg(args[0]);
        c
    };
    cmd.args(&args[1..]).output().unwrap()
}

fn installed() -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${Status}", "aloud"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("ok installed"))
}

#[test]
fn the_deb_installs_runs_and_removes_cleanly() {
    assert!(
        !installed(),
        "the package aloud is already installed on this machine; this test would replace it"
    );
    let package = deb();
    let out = as_root(&["dpkg", "-i", package.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "dpkg -i: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files = String::from_utf8(
        Command::new("dpkg")
            .args(["-L", "aloud"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    for wanted in PACKAGE_FILES {
        assert!(
            files.lines().any(|l| l == wanted),
            "{wanted} is not in the package"
        );
    }
    // Named by the app id, as the reminders' desktop-entry hint says, with their icon.
    let desktop =
        std::fs::read_to_string("/usr/share/applications/app.aloud.Aloud.desktop").unwrap();
    assert!(desktop.contains("Exec=aloud"), "{desktop}");
    assert!(desktop.contains("Icon=aloud\n"), "{desktop}");
    assert!(desktop.contains("\nKeywords="), "{desktop}");
    // Named in German and French in menus too (the app itself speaks the catalogue).
    assert!(desktop.contains("\nComment[de]=") && desktop.contains("\nComment[fr]="));
    let wm_class = desktop
        .lines()
        .find_map(|l| l.strip_prefix("StartupWMClass="))
        .expect("a StartupWMClass")
        .to_string();
    let checked = Command::new("desktop-file-validate")
        .arg("/usr/share/applications/app.aloud.Aloud.desktop")
        .output()
        .expect("desktop-file-validate (desktop-file-utils) is installed by make test");
    assert!(
        checked.status.success() && checked.stdout.is_empty(),
        "desktop-file-validate: {}",
        String::from_utf8_lossy(&checked.stdout)
    );
    assert!(!Path::new("/usr/share/applications/Aloud.desktop").exists());

    // `man aloud` renders the installed page; bash completes `aloud <TAB>`.
    let page = Command::new("man")
        .arg("aloud")
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .expect("man (man-db)");
    let page = String::from_utf8_lossy(&page.stdout);
    assert!(page.contains("working aloud"), "man aloud: {page}");
    assert!(
        page.contains("status"),
        "man aloud lists the subcommands: {page}"
    );
    let completion = Command::new("bash")
        .args([
            "-c",
            "source /usr/share/bash-completion/completions/aloud; complete -p aloud; \
             COMP_WORDS=(aloud st); COMP_CWORD=1; COMP_LINE='aloud st'; COMP_POINT=8; \
             _aloud aloud st aloud; printf '%s\\n' \"${COMPREPLY[@]}\"",
        ])
        .output()
        .unwrap();
    let completion = String::from_utf8_lossy(&completion.stdout);
    assert!(completion.contains("-F _aloud aloud"), "{completion}");
    for sub in ["stats", "status"] {
        assert!(
            completion.lines().any(|l| l == sub),
            "aloud st<TAB> offers {sub}: {completion}"
        );
    }

    let result = std::panic::catch_unwind(|| {
        let mut s = Session::new(true, true);
        s.bin = PathBuf::from("/usr/bin/aloud");
        let status = s.json(&["status", "--json"]);
        assert_eq!(status["habits"].as_array().unwrap().len(), 3);
        s.launch();
        let tray = s.tray();
        let open = s.menu_item(&tray, "Open dashboard", Duration::from_secs(20));
        // The installed tray app finds the installed dashboard beside it.
        tray.click(&s.desktop.conn, open.id).unwrap();
        aloud_e2e::wait_for(
            "the dashboard's web process",
            Duration::from_secs(30),
            || s.has_webview().then_some(()),
        );
        // Its window is the installed entry's: WM_CLASS as StartupWMClass says.
        let (instance, _class) =
            aloud_e2e::wait_for("the dashboard's window", Duration::from_secs(30), || {
                let dashboard = named_below(s.pid(), "aloud-dashboard").next()?;
                aloud_e2e::x11::wm_class(dashboard)
            });
        assert_eq!(instance, wm_class, "WM_CLASS of the installed dashboard");
    });

    let out = as_root(&["dpkg", "-r", "aloud"]);
    assert!(
        out.status.success(),
        "dpkg -r: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!installed());
    for gone in [
        "/usr/bin/aloud",
        "/usr/bin/aloud-tray",
        "/usr/bin/aloud-dashboard",
        "/usr/share/applications/app.aloud.Aloud.desktop",
    ] {
        assert!(!Path::new(gone).exists(), "{gone} is left behind");
    }
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn lintian_finds_no_error_in_the_deb() {
    let package = deb();
    let out = Command::new("lintian")
        .args(["--tag-display-limit", "0", package.to_str().unwrap()])
        .output()
        .expect("lintian (make test installs it)");
    let report = String::from_utf8_lossy(&out.stdout);
    println!("lintian:\n{report}");
    let errors: Vec<&str> = report.lines().filter(|l| l.starts_with("E:")).collect();
    assert!(errors.is_empty(), "lintian errors:\n{}", errors.join("\n"));
    // lintian exits 1 on errors, 2 when it could not run at all.
    assert!(out.status.code().is_some_and(|c| c < 2), "lintian: {out:?}");
}

#[test]
fn the_deb_depends_on_the_libc_its_programs_need() {
    let package = deb();
    let depends = output_of("dpkg-deb", &["-f", package.to_str().unwrap(), "Depends"]);
    let stated = depends
        .split(',')
        .find_map(|d| d.trim().strip_prefix("libc6 (>= "))
        .and_then(|v| v.strip_suffix(')'))
        .unwrap_or_else(|| panic!("Depends names no libc6 version: {depends}"))
        .to_string();
    let unpacked = tempfile::tempdir().unwrap();
    output_of(
        "dpkg-deb",
        &[
            "-x",
            package.to_str().unwrap(),
            unpacked.path().to_str().unwrap(),
        ],
    );
    let version = |v: &str| -> Vec<u32> { v.split('.').map(|n| n.parse().unwrap()).collect() };
    for program in ["aloud", "aloud-tray", "aloud-dashboard"] {
        let path = unpacked.path().join("usr/bin").join(program);
        let symbols = output_of("objdump", &["-T", path.to_str().unwrap()]);
        let needed = symbols
            .split_whitespace()
            .filter_map(|w| w.strip_prefix("(GLIBC_").or(w.strip_prefix("GLIBC_")))
            .map(|v| v.trim_end_matches(')'))
            .filter(|v| v.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .max_by_key(|v| version(v))
            .unwrap_or_else(|| panic!("{program} uses no versioned glibc symbol"));
        assert!(
            version(needed) <= version(&stated),
            "{program} needs glibc {needed}, the package says libc6 (>= {stated})"
        );
    }
}

#[test]
fn the_unpacked_deb_validates_as_appstream_and_freedesktop_metadata() {
    let package = deb();
    let tree = tempfile::tempdir().unwrap();
    let root = tree.path().to_str().unwrap();
    output_of("dpkg-deb", &["-x", package.to_str().unwrap(), root]);
    let report = output_of(
        "appstreamcli",
        &["validate-tree", "--no-net", "--pedantic", root],
    );
    println!("appstreamcli validate-tree:\n{report}");
    // Debian 12's appstream (0.16) remarks on what it predates (`developer`, the
    // current form) and, pedantically, on the app id's capitals; errors and
    // warnings fail.
    let serious: Vec<&str> = report
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with("E:") || l.starts_with("W:"))
        .collect();
    assert!(serious.is_empty(), "appstreamcli:\n{report}");
    assert!(report.contains("Validation was successful"), "{report}");
    let desktop = tree
        .path()
        .join("usr/share/applications/app.aloud.Aloud.desktop");
    let remarks = output_of("desktop-file-validate", &[desktop.to_str().unwrap()]);
    assert!(remarks.is_empty(), "desktop-file-validate: {remarks}");

    // The metainfo names what the package really installs.
    let metainfo = std::fs::read_to_string(
        tree.path()
            .join("usr/share/metainfo/app.aloud.Aloud.metainfo.xml"),
    )
    .unwrap();
    let between = |open: &str, close: &str| -> Vec<String> {
        metainfo
            .split(open)
            .skip(1)
            .filter_map(|rest| rest.split_once(close).map(|(v, _)| v.to_string()))
            .collect()
    };
    let launchable = between("<launchable type=\"desktop-id\">", "</launchable>");
    assert_eq!(launchable, ["app.aloud.Aloud.desktop"]);
    for binary in between("<binary>", "</binary>") {
        assert!(
            tree.path().join("usr/bin").join(&binary).exists(),
            "the metainfo provides {binary}, the package has no such program"
        );
    }
    let version = output_of("dpkg-deb", &["-f", package.to_str().unwrap(), "Version"]);
    assert!(
        metainfo.contains(&format!("<release version=\"{}\"", version.trim())),
        "the metainfo's releases lack this version {version}"
    );
    // Its screenshots are the README's pictures, which `make screenshots` makes.
    let screenshots = between("<image>", "</image>");
    assert!(screenshots.len() >= 3, "{screenshots:?}");
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/screenshots");
    for url in screenshots {
        let name = url.rsplit('/').next().unwrap();
        assert!(
            docs.join(name).exists(),
            "the screenshot {url} is not in docs/"
        );
    }
}

#[test]
fn the_rpm_holds_the_same_files_as_the_deb() {
    let rpm = built("rpm");
    let rpm = rpm.to_str().unwrap();
    let listed: std::collections::BTreeSet<String> = output_of("rpm", &["-qlp", rpm])
        .lines()
        .map(str::to_string)
        .collect();
    for wanted in PACKAGE_FILES {
        assert!(listed.contains(wanted), "{wanted} is not in the .rpm");
    }
    let deb = deb();
    assert_eq!(listed, deb_files(&deb), "the .rpm and the .deb differ");
    let field = |name: &str| output_of("dpkg-deb", &["-f", deb.to_str().unwrap(), name]);
    let identity = output_of("rpm", &["-qp", "--qf", "%{NAME} %{VERSION} %{URL}", rpm]);
    let expected = format!(
        "{} {} {}",
        field("Package"),
        field("Version"),
        field("Homepage")
    );
    assert_eq!(identity, expected.replace('\n', ""));
    // rpm checks the header and the stored payload's digests on install; the digest
    // of the uncompressed payload is checked here.
    output_of("rpm", &["-K", rpm]);
    let digest = output_of("rpm", &["-qp", "--qf", "%{PAYLOADDIGESTALT}", rpm]);
    let payload = output_of("sh", &["-c", &format!("rpm2cpio '{rpm}' | sha256sum")]);
    assert_eq!(payload.split_whitespace().next(), Some(digest.as_str()));
    let requires = output_of("rpm", &["-qp", "--requires", rpm]);
    for library in [
        "libwebkit2gtk-4.1.so.0()(64bit)",
        "libgtk-3.so.0()(64bit)",
        "libc.so.6()(64bit)",
    ] {
        assert!(
            requires.lines().any(|l| l == library),
            "the .rpm does not require {library}: {requires}"
        );
    }
}
