//! `make-rpm ROOT OUT.rpm`: the .rpm for Fedora and openSUSE, made from the file
//! tree of the finished .deb (`dpkg-deb -R`), so both packages install the same
//! files under the same names. Tauri's bundler has an .rpm target, but it names the
//! desktop entry after the product (`Aloud.desktop`), and an .rpm cannot be edited
//! in place the way `tools/finish-packages` fixes the .deb; building it here, with
//! the rpm-rs library the bundler uses too, keeps the app id's name.
//!
//! Name, version, summary, description, homepage and maintainer come from the
//! .deb's control file; the requirements are the shared libraries the programs
//! link (`libgtk-3.so.0()(64bit)`…), the names both distributions provide.
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [root, out] = args.as_slice() else {
        println!("usage: make-rpm ROOT OUT.rpm   (ROOT: a .deb unpacked with dpkg-deb -R)");
        return ExitCode::from(2);
    };
    match build(root, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            println!("make-rpm: {e}");
            ExitCode::FAILURE
        }
    }
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn build(root: &Path, out: &Path) -> Result<()> {
    let control = Control::parse(&fs::read_to_string(root.join("DEBIAN/control"))?)?;
    let arch = match control.field("Architecture")? {
        "amd64" => "x86_64",
        "arm64" => "aarch64",
        other => return Err(format!("no rpm architecture for {other}").into()),
    };
    let (summary, description) = control.description()?;
    let mut package = rpm::PackageBuilder::new(
        control.field("Package")?,
        control.field("Version")?,
        env!("CARGO_PKG_LICENSE"),
        arch,
        &summary,
    )
    // Stored, not compressed: rpm-rs (0.18, 0.19) hashes again what a compressor did
    // not take of a write, which makes the uncompressed payload's digest wrong and
    // the build quadratic (25 s for the debug package). The package test checks
    // that digest.
    .using_config(rpm::BuildConfig::default().compression(rpm::CompressionWithLevel::None))
    .description(description)
    .url(control.field("Homepage")?)
    .packager(control.field("Maintainer")?)
    .vendor(control.field("Maintainer")?)
    .group("Applications/Productivity");
    let mut files = Vec::new();
    walk(root, root, &mut files)?;
    let mut libraries = BTreeSet::new();
    for (source, destination) in &files {
        if destination.starts_with("/usr/bin/") {
            libraries.extend(needed_libraries(source)?);
        }
        let options = rpm::FileOptions::new(destination.as_str());
        let options = if destination.ends_with("/copyright") {
            options.is_license()
        } else if destination.starts_with("/usr/share/doc/")
            || destination.starts_with("/usr/share/man/")
        {
            options.is_doc()
        } else {
            options
        };
        package = package.with_file(source, options)?;
    }
    if libraries.is_empty() {
        return Err("no program in /usr/bin links a shared library: is ROOT a .deb tree?".into());
    }
    for library in libraries {
        package = package.requires(rpm::Dependency::any(format!("{library}()(64bit)")));
    }
    let mut file = fs::File::create(out)?;
    package.build()?.write(&mut file)?;
    Ok(())
}

/// Every regular file under `dir` but the control files, with its installed path.
fn walk(root: &Path, dir: &Path, files: &mut Vec<(PathBuf, String)>) -> Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let relative = path.strip_prefix(root)?;
        if relative == Path::new("DEBIAN") {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(root, &path, files)?;
        } else if kind.is_file() {
            let destination = format!("/{}", relative.to_str().ok_or("a non-UTF-8 path")?);
            files.push((path, destination));
        } else {
            return Err(format!("{} is neither a file nor a folder", relative.display()).into());
        }
    }
    Ok(())
}

/// The sonames an ELF program links (its `NEEDED` entries); none for a script.
fn needed_libraries(program: &Path) -> Result<Vec<String>> {
    if fs::read(program)?.get(..4) != Some(b"\x7fELF") {
        return Ok(Vec::new());
    }
    let output = Command::new("readelf").arg("-d").arg(program).output()?;
    if !output.status.success() {
        return Err(format!("readelf -d {} failed", program.display()).into());
    }
    Ok(String::from_utf8(output.stdout)?
        .lines()
        .filter(|line| line.contains("(NEEDED)"))
        .filter_map(|line| {
            let start = line.find('[')? + 1;
            let end = line.rfind(']')?;
            Some(line[start..end].to_string())
        })
        .collect())
}

/// A Debian control file: `Field: value` lines, continuation lines start with a space.
struct Control(Vec<(String, String)>);

impl Control {
    fn parse(text: &str) -> Result<Self> {
        let mut fields: Vec<(String, String)> = Vec::new();
        for line in text.lines() {
            if let Some(more) = line.strip_prefix(' ') {
                let (_, value) = fields.last_mut().ok_or("a continuation line comes first")?;
                value.push('\n');
                value.push_str(more);
            } else if let Some((name, value)) = line.split_once(':') {
                fields.push((name.to_string(), value.trim().to_string()));
            } else if !line.is_empty() {
                return Err(format!("not a control line: {line}").into());
            }
        }
        Ok(Control(fields))
    }

    fn field(&self, name: &str) -> Result<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| format!("the control file has no {name}").into())
    }

    /// The synopsis and the extended description (" ." lines are blank lines).
    fn description(&self) -> Result<(String, String)> {
        let full = self.field("Description")?;
        let (summary, rest) = full.split_once('\n').unwrap_or((full, ""));
        let body: Vec<&str> = rest
            .lines()
            .map(|line| if line == "." { "" } else { line })
            .collect();
        Ok((summary.to_string(), body.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_file_gives_its_fields_and_description() {
        let control = Control::parse(
            "Package: aloud\nVersion: 0.1.0\nDescription: Short\n First line\n .\n Second\n",
        )
        .unwrap();
        assert_eq!(control.field("Package").unwrap(), "aloud");
        assert!(control.field("Homepage").is_err());
        let (summary, body) = control.description().unwrap();
        assert_eq!(summary, "Short");
        assert_eq!(body, "First line\n\nSecond");
        assert!(Control::parse(" orphan\n").is_err());
    }
}
