//! Reading and clicking a tray menu the way a panel does: com.canonical.dbusmenu.
use std::collections::HashMap;
use zbus::blocking::Connection;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, Value};

const DBUSMENU: &str = "com.canonical.dbusmenu";

/// One node of a dbusmenu layout on the wire: (id, properties, children).
type Node = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

#[derive(Debug, Clone, PartialEq)]
pub struct MenuItem {
    pub id: i32,
    pub label: String,
    pub enabled: bool,
    /// Some(true/false) for check items.
    pub checked: Option<bool>,
    /// True for a submenu, whose children a panel asks for when it opens.
    pub submenu: bool,
    pub children: Vec<MenuItem>,
}

impl MenuItem {
    /// Depth-first search by a label prefix (mnemonic underscores removed).
    pub fn find(&self, prefix: &str) -> Option<&MenuItem> {
        if self.label.starts_with(prefix) {
            return Some(self);
        }
        self.children.iter().find_map(|c| c.find(prefix))
    }

    pub fn labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        for c in &self.children {
            out.push(c.label.clone());
            out.extend(c.labels());
        }
        out
    }
}

/// A registered tray item: where its menu lives.
pub struct Tray {
    pub bus_name: String,
    pub menu_path: OwnedObjectPath,
}

impl Tray {
    /// Finds the menu of a StatusNotifierItem registered as (sender, service).
    pub fn locate(conn: &Connection, sender: &str, service: &str) -> zbus::Result<Tray> {
        let path = if service.starts_with('/') {
            service.to_string()
        } else {
            "/StatusNotifierItem".to_string()
        };
        let reply = conn.call_method(
            Some(sender),
            path.as_str(),
            Some("org.freedesktop.DBus.Properties"),
            "Get",
            &("org.kde.StatusNotifierItem", "Menu"),
        )?;
        let value: OwnedValue = reply.body().deserialize()?;
        let menu_path = OwnedObjectPath::try_from(value)?;
        Ok(Tray {
            bus_name: sender.to_string(),
            menu_path,
        })
    }

    /// The whole menu, opening each submenu as a panel would (AboutToShow, then its layout).
    /// Retries when the app swaps its menu between two calls (ids then change).
    pub fn layout(&self, conn: &Connection) -> zbus::Result<MenuItem> {
        let mut attempt = 0;
        loop {
            let result = self.layout_of(conn, 0).and_then(|mut root| {
                self.open_submenus(conn, &mut root)?;
                Ok(root)
            });
            attempt += 1;
            match result {
                Err(zbus::Error::MethodError(..)) if attempt < 10 => {
                    std::thread::sleep(std::time::Duration::from_millis(100))
                }
                other => return other,
            }
        }
    }

    fn open_submenus(&self, conn: &Connection, item: &mut MenuItem) -> zbus::Result<()> {
        for child in &mut item.children {
            if child.submenu && child.children.is_empty() {
                child.children = self.layout_of(conn, child.id)?.children;
            }
            self.open_submenus(conn, child)?;
        }
        Ok(())
    }

    fn layout_of(&self, conn: &Connection, id: i32) -> zbus::Result<MenuItem> {
        let _ = conn.call_method(
            Some(self.bus_name.as_str()),
            &self.menu_path,
            Some(DBUSMENU),
            "AboutToShow",
            &(id,),
        );
        let reply = conn.call_method(
            Some(self.bus_name.as_str()),
            &self.menu_path,
            Some(DBUSMENU),
            "GetLayout",
            &(id, -1i32, Vec::<String>::new()),
        )?;
        let (_revision, root): (u32, Node) = reply.body().deserialize()?;
        Ok(item(root.0, &root.1, &root.2))
    }

    /// A left click on the icon itself (StatusNotifierItem `Activate`).
    pub fn activate(&self, conn: &Connection) -> zbus::Result<()> {
        conn.call_method(
            Some(self.bus_name.as_str()),
            "/StatusNotifierItem",
            Some("org.kde.StatusNotifierItem"),
            "Activate",
            &(0i32, 0i32),
        )?;
        Ok(())
    }

    pub fn click(&self, conn: &Connection, id: i32) -> zbus::Result<()> {
        conn.call_method(
            Some(self.bus_name.as_str()),
            &self.menu_path,
            Some(DBUSMENU),
            "Event",
            &(id, "clicked", Value::I32(0), 0u32),
        )?;
        Ok(())
    }
}

fn item(id: i32, props: &HashMap<String, OwnedValue>, children: &[OwnedValue]) -> MenuItem {
    let text = |key: &str| {
        props
            .get(key)
            .and_then(|v| String::try_from(v.try_clone().ok()?).ok())
    };
    let flag = |key: &str| {
        props
            .get(key)
            .and_then(|v| bool::try_from(v.try_clone().ok()?).ok())
    };
    let toggle = props
        .get("toggle-state")
        .and_then(|v| i32::try_from(v.try_clone().ok()?).ok());
    let checked = match text("toggle-type").as_deref() {
        Some("checkmark") | Some("radio") => Some(toggle == Some(1)),
        _ => None,
    };
    MenuItem {
        id,
        label: text("label")
            .unwrap_or_default()
            .replace("__", "\u{0}")
            .replace('_', "")
            .replace('\u{0}', "_"),
        enabled: flag("enabled").unwrap_or(true),
        checked,
        submenu: text("children-display").as_deref() == Some("submenu"),
        children: children.iter().filter_map(child).collect(),
    }
}

fn child(value: &OwnedValue) -> Option<MenuItem> {
    let Value::Structure(s) = &**value else {
        return None;
    };
    let fields = s.fields();
    let id = match fields.first()? {
        Value::I32(id) => *id,
        _ => return None,
    };
    let props: HashMap<String, OwnedValue> = match fields.get(1)? {
        Value::Dict(d) => HashMap::try_from(d.try_clone().ok()?).ok()?,
        _ => return None,
    };
    let children: Vec<OwnedValue> = match fields.get(2)? {
        Value::Array(a) => a
            .iter()
            .filter_map(|v| OwnedValue::try_from(v.try_clone().ok()?).ok())
            .collect(),
        _ => Vec::new(),
    };
    Some(item(id, &props, &children))
}
