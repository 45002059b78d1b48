fn main() {
    std::process::exit(aloud_app::main());
}
