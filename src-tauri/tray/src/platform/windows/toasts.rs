//! The `NotificationServer` seam on Windows 10 and 11: toasts with the reminder's
//! buttons (Start, Done, Snooze…), under the AppUserModelID `app.aloud.Aloud` that
//! the installer registers and sets on its Start menu shortcut. A button opens an
//! `aloud:answer?…` address (protocol activation: it works whether or not the
//! toast is still on screen or waits in the notification centre); Windows starts
//! `aloud-tray.exe --answer ADDRESS`, which passes it to this process's shell window
//! (`aloud_app::tray_request`). Where the toast API is missing (Wine, Windows
//! Server Core) `notifications()` falls back to balloons.
use super::instance::APP_ID;
use super::shell_window;
use crate::platform::{Answer, NotificationServer, Outgoing};
use ::windows::core::HSTRING;
use ::windows::Data::Xml::Dom::XmlDocument;
use ::windows::Foundation::TypedEventHandler;
use ::windows::UI::Notifications::{
    ToastDismissalReason, ToastDismissedEventArgs, ToastNotification, ToastNotificationManager,
    ToastNotifier,
};
use aloud_app::tray_request::{answer_uri, ToastAnswer, ANSWER};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{mpsc, Arc, Mutex};

pub struct Toasts {
    notifier: ToastNotifier,
    /// This run's secret in every button's address.
    token: String,
    next: AtomicU32,
    shown: Mutex<HashMap<u32, ToastNotification>>,
    answered: mpsc::Sender<Answer>,
    answers: Mutex<mpsc::Receiver<Answer>>,
}

impl Toasts {
    /// The toast notifier, or why there is none here.
    pub fn new() -> Result<Toasts, String> {
        shell_window::hwnd().map_err(|e| e.to_string())?;
        let notifier = ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(APP_ID))
            .map_err(|e| e.message())?;
        // The XML document class too: without it no toast can be made.
        XmlDocument::new().map_err(|e| e.message())?;
        let (answered, answers) = mpsc::channel();
        let token = token();
        let toasts = Toasts {
            notifier,
            token: token.clone(),
            next: AtomicU32::new(1),
            shown: Mutex::default(),
            answered: answered.clone(),
            answers: Mutex::new(answers),
        };
        shell_window::on_message(Arc::new(move |_, msg, _, lparam| {
            let text = shell_window::copied_text(msg, lparam, ANSWER)?;
            let answer = ToastAnswer::from_message(&text)?;
            if answer.token != token {
                return Some(0);
            }
            let _ = answered.send(Answer::Chose(answer.id, answer.key));
            Some(1)
        }));
        Ok(toasts)
    }

    fn make(&self, id: u32, n: &Outgoing<'_>) -> ::windows::core::Result<ToastNotification> {
        let doc = XmlDocument::new()?;
        doc.LoadXml(&HSTRING::from(toast_xml(n, id, &self.token)))?;
        let toast = ToastNotification::CreateToastNotification(&doc)?;
        toast.SetTag(&HSTRING::from(id.to_string()))?;
        let answered = self.answered.clone();
        // Swiped away is an answer (closed); timed out moves it to the
        // notification centre, where its buttons still work.
        toast.Dismissed(&TypedEventHandler::<
            ToastNotification,
            ToastDismissedEventArgs,
        >::new(move |_, args| {
            let reason = args.as_ref().map(|a| a.Reason()).transpose()?;
            if reason == Some(ToastDismissalReason::UserCanceled) {
                let _ = answered.send(Answer::Closed(id));
            }
            Ok(())
        }))?;
        Ok(toast)
    }
}

/// 128 random bits from the OS, by way of std's per-process hash keys.
fn token() -> String {
    let half = || {
        std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish()
    };
    format!("{:016x}{:016x}", half(), half())
}

/// Text as XML carries it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// The toast: its title and text, a click on it as the `default` action, and a
/// button for each other action; each opens its `aloud:answer` address.
pub fn toast_xml(n: &Outgoing<'_>, id: u32, token: &str) -> String {
    let uri = |key: &str| escaped(&answer_uri(id, key, token));
    let launch = n
        .actions
        .iter()
        .any(|(key, _)| *key == "default")
        .then(|| format!(" activationType=\"protocol\" launch=\"{}\"", uri("default")))
        .unwrap_or_default();
    let buttons: String = n
        .actions
        .iter()
        .filter(|(key, _)| *key != "default")
        .map(|(key, label)| {
            format!(
                "<action content=\"{}\" activationType=\"protocol\" arguments=\"{}\"/>",
                escaped(label),
                uri(key)
            )
        })
        .collect();
    let actions = if buttons.is_empty() {
        String::new()
    } else {
        format!("<actions>{buttons}</actions>")
    };
    format!(
        "<toast{launch}><visual><binding template=\"ToastGeneric\"><text>{}</text><text>{}</text></binding></visual>{actions}</toast>",
        escaped(n.summary),
        escaped(n.body)
    )
}

impl NotificationServer for Toasts {
    fn has_buttons(&self) -> bool {
        true
    }

    fn show(&self, n: &Outgoing<'_>) -> Result<u32, String> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let toast = self.make(id, n).map_err(|e| e.message())?;
        if n.replaces != 0 {
            self.close(n.replaces);
        }
        self.notifier.Show(&toast).map_err(|e| e.message())?;
        self.shown
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, toast);
        Ok(id)
    }

    fn close(&self, id: u32) {
        let toast = self
            .shown
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&id);
        if let Some(toast) = toast {
            let _ = self.notifier.Hide(&toast);
        }
    }

    fn server(&self) -> Option<String> {
        Some("Windows toasts".into())
    }

    fn listen(&self, on_answer: &mut dyn FnMut(Answer)) {
        let answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        while let Ok(answer) = answers.recv() {
            let (Answer::Chose(id, _) | Answer::Closed(id)) = &answer;
            self.shown
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(id);
            on_answer(answer);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reminder_becomes_a_toast_with_its_buttons_and_nothing_else() {
        let n = Outgoing {
            summary: "Describe <your> work",
            body: "Q&A: \"what's new\"",
            actions: vec![
                ("default", "Open"),
                ("start", "Start"),
                ("done", "Done"),
                ("snooze", "Snooze 10 min"),
            ],
            replaces: 0,
        };
        let xml = toast_xml(&n, 7, "t0k");
        assert!(xml.starts_with(
            "<toast activationType=\"protocol\" launch=\"aloud:answer?n=7&amp;key=default&amp;token=t0k\">"
        ), "{xml}");
        assert!(
            xml.contains("<text>Describe &lt;your&gt; work</text>"),
            "{xml}"
        );
        assert!(
            xml.contains("<text>Q&amp;A: &quot;what&apos;s new&quot;</text>"),
            "{xml}"
        );
        for (key, label) in [
            ("start", "Start"),
            ("done", "Done"),
            ("snooze", "Snooze 10 min"),
        ] {
            let button = format!(
                "<action content=\"{label}\" activationType=\"protocol\" arguments=\"aloud:answer?n=7&amp;key={key}&amp;token=t0k\"/>"
            );
            assert!(xml.contains(&button), "{key}: {xml}");
        }
        assert_eq!(xml.matches("<action ").count(), 3, "{xml}");
        // Each button's address, read back as Windows hands it over.
        let uri = answer_uri(7, "done", "t0k");
        assert_eq!(ToastAnswer::parse(&uri).unwrap().key, "done");

        let plain = Outgoing {
            summary: "Aloud",
            body: "text",
            actions: vec![],
            replaces: 0,
        };
        let xml = toast_xml(&plain, 8, "t0k");
        assert!(
            !xml.contains("<actions>") && !xml.contains("launch="),
            "{xml}"
        );
    }

    #[test]
    fn each_run_has_its_own_token() {
        let (a, b) = (token(), token());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
