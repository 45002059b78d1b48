//! What a screen reader sees: the AT-SPI tree of the desktop's own programs, on the
//! accessibility bus. Qt and GTK programs describe their widgets there (a menu's
//! items, a notification's buttons) with their names, roles and places on screen,
//! so a test can find the one a person would click, and click it.
use zbus::blocking::Connection;
use zbus::zvariant::OwnedObjectPath;

const ACCESSIBLE: &str = "org.a11y.atspi.Accessible";
const ROOT: &str = "/org/a11y/atspi/accessible/root";

pub struct Atspi {
    conn: Connection,
}

/// One widget: where it lives on the accessibility bus, with its name and role.
#[derive(Debug, Clone)]
pub struct Node {
    pub bus_name: String,
    pub path: String,
    pub name: String,
    pub role: String,
}

impl Atspi {
    /// The accessibility bus of the desktop whose session bus is `session`, once
    /// `org.a11y.Bus` answers there (it is started on demand).
    pub fn connect(session: &Connection) -> zbus::Result<Atspi> {
        let address: String = session
            .call_method(
                Some("org.a11y.Bus"),
                "/org/a11y/bus",
                Some("org.a11y.Bus"),
                "GetAddress",
                &(),
            )?
            .body()
            .deserialize()?;
        let conn = zbus::blocking::connection::Builder::address(address.as_str())?.build()?;
        Ok(Atspi { conn })
    }

    /// Whether the registry (which the accessibility bus starts on demand) answers.
    pub fn registry_answers(&self) -> bool {
        self.conn
            .call_method(
                Some("org.a11y.atspi.Registry"),
                ROOT,
                Some(ACCESSIBLE),
                "GetChildren",
                &(),
            )
            .is_ok()
    }

    /// The programs registered on the bus, by their accessible names.
    pub fn applications(&self) -> Vec<Node> {
        self.children("org.a11y.atspi.Registry", ROOT)
    }

    /// The first widget of `application` (by name) that `wanted` picks, searched
    /// breadth first through at most 4000 widgets.
    pub fn find(&self, application: &str, mut wanted: impl FnMut(&Node) -> bool) -> Option<Node> {
        let app = self
            .applications()
            .into_iter()
            .find(|a| a.name == application)?;
        let mut queue = std::collections::VecDeque::from([app]);
        let mut seen = 0;
        while let Some(node) = queue.pop_front() {
            if wanted(&node) {
                return Some(node);
            }
            seen += 1;
            if seen > 4000 {
                return None;
            }
            queue.extend(self.children(&node.bus_name, &node.path));
        }
        None
    }

    fn children(&self, bus_name: &str, path: &str) -> Vec<Node> {
        let reply =
            self.conn
                .call_method(Some(bus_name), path, Some(ACCESSIBLE), "GetChildren", &());
        let Ok(children) =
            reply.and_then(|r| r.body().deserialize::<Vec<(String, OwnedObjectPath)>>())
        else {
            return Vec::new();
        };
        children
            .into_iter()
            .filter_map(|(bus_name, path)| self.node(bus_name, path.to_string()))
            .collect()
    }

    fn node(&self, bus_name: String, path: String) -> Option<Node> {
        let name: zbus::zvariant::OwnedValue = self
            .conn
            .call_method(
                Some(bus_name.as_str()),
                path.as_str(),
                Some("org.freedesktop.DBus.Properties"),
                "Get",
                &(ACCESSIBLE, "Name"),
            )
            .ok()?
            .body()
            .deserialize()
            .ok()?;
        let role: String = self
            .conn
            .call_method(
                Some(bus_name.as_str()),
                path.as_str(),
                Some(ACCESSIBLE),
                "GetRoleName",
                &(),
            )
            .ok()?
            .body()
            .deserialize()
            .ok()?;
        Some(Node {
            name: String::try_from(name).unwrap_or_default(),
            role,
            bus_name,
            path,
        })
    }

    /// Where `node` is on the screen: (x, y, width, height).
    pub fn extents(&self, node: &Node) -> Option<(i32, i32, i32, i32)> {
        self.conn
            .call_method(
                Some(node.bus_name.as_str()),
                node.path.as_str(),
                Some("org.a11y.atspi.Component"),
                "GetExtents",
                &(0u32,),
            )
            .ok()?
            .body()
            .deserialize()
            .ok()
    }
}
