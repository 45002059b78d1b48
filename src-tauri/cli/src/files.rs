//! Writing and reading the files a person handles: exports and imports.
use aloud_core::i18n::key;
use aloud_core::{CoreError, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes through a temporary file and a rename, so a half-written export never
/// replaces a good one; the file is readable by its owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |e| CoreError::io(key("io-writing"), path.display(), e);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let (tmp_path, mut tmp) = temp_file_in(dir).map_err(io)?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.sync_all())
        .map_err(io)?;
    std::fs::rename(&tmp_path, path).map_err(io)
}

fn temp_file_in(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let path = dir.join(format!(".aloud-export-{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&path)?;
    Ok((path, file))
}

/// Reads an import file as UTF-8 text, with a clear error naming the file.
pub fn read_text(path: &Path) -> Result<String> {
    let file = || path.display().to_string().into();
    let bytes = std::fs::read(path).map_err(|e| {
        CoreError::said(
            "error-cannot-read",
            vec![("path", file()), ("why", e.to_string().into())],
        )
    })?;
    String::from_utf8(bytes).map_err(|_| CoreError::said("error-not-utf8", vec![("path", file())]))
}
