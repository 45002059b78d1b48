//! A bare XEmbed system tray host (freedesktop System Tray spec): it owns the
//! `_NET_SYSTEM_TRAY_S<n>` selection and notes when an icon asks to dock. Enough to
//! time apps whose tray icon is a GtkStatusIcon (Workrave); nothing is embedded.
use std::sync::{Arc, Mutex};
use std::time::Instant;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{
    ClientMessageEvent, ConnectionExt, CreateWindowAux, EventMask, WindowClass,
};
use x11rb::protocol::Event;
use x11rb::CURRENT_TIME;

const REQUEST_DOCK: u32 = 0;

/// Dock requests seen, with their time.
#[derive(Clone, Default)]
pub struct Docked(pub Arc<Mutex<Vec<Instant>>>);

impl Docked {
    pub fn first(&self) -> Option<Instant> {
        self.0.lock().unwrap().first().copied()
    }
}

/// Starts the host on `$DISPLAY` in a thread; it runs until the process exits.
pub fn start() -> Docked {
    let docked = Docked::default();
    let seen = docked.clone();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (conn, screen_num) = x11rb::connect(None).expect("an X display");
        let screen = &conn.setup().roots[screen_num];
        let atom = |name: &str| {
            conn.intern_atom(false, name.as_bytes())
                .unwrap()
                .reply()
                .unwrap()
                .atom
        };
        let selection = atom(&format!("_NET_SYSTEM_TRAY_S{screen_num}"));
        let opcode = atom("_NET_SYSTEM_TRAY_OPCODE");
        let manager = atom("MANAGER");
        let window = conn.generate_id().unwrap();
        conn.create_window(
            0,
            window,
            screen.root,
            -1,
            -1,
            1,
            1,
            0,
            WindowClass::INPUT_OUTPUT,
            0,
            &CreateWindowAux::new().event_mask(EventMask::STRUCTURE_NOTIFY),
        )
        .unwrap();
        conn.set_selection_owner(window, selection, CURRENT_TIME)
            .unwrap();
        // Tell clients already waiting that a tray is here.
        let announce = ClientMessageEvent::new(
            32,
            screen.root,
            manager,
            [CURRENT_TIME, selection, window, 0, 0],
        );
        conn.send_event(false, screen.root, EventMask::STRUCTURE_NOTIFY, announce)
            .unwrap();
        conn.flush().unwrap();
        let _ = ready_tx.send(());
        while let Ok(event) = conn.wait_for_event() {
            if let Event::ClientMessage(m) = event {
                if m.type_ == opcode && m.data.as_data32()[1] == REQUEST_DOCK {
                    seen.0.lock().unwrap().push(Instant::now());
                }
            }
        }
    });
    let _ = ready_rx.recv();
    docked
}
