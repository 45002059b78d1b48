// No console window on Windows release builds; the CLI still writes to a parent console.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    std::process::exit(aloud_app::main());
}
