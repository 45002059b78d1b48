# Aloud auf Deutsch. Die Variablen sind die der englischen Datei.

## Daten

weekday-long = { $day ->
    [mon] Montag
    [tue] Dienstag
    [wed] Mittwoch
    [thu] Donnerstag
    [fri] Freitag
    [sat] Samstag
   *[sun] Sonntag
}
weekday-short = { $day ->
    [mon] Mo
    [tue] Di
    [wed] Mi
    [thu] Do
    [fri] Fr
    [sat] Sa
   *[sun] So
}
month-long = { $month ->
    [jan] Januar
    [feb] Februar
    [mar] März
    [apr] April
    [may] Mai
    [jun] Juni
    [jul] Juli
    [aug] August
    [sep] September
    [oct] Oktober
    [nov] November
   *[dec] Dezember
}
month-short = { $month ->
    [jan] Jan.
    [feb] Feb.
    [mar] März
    [apr] Apr.
    [may] Mai
    [jun] Juni
    [jul] Juli
    [aug] Aug.
    [sep] Sept.
    [oct] Okt.
    [nov] Nov.
   *[dec] Dez.
}
date-long = { $weekday }, { $day }. { $month } { $year }
weekday-time = { $weekday } { $time }
date-time-short = { $weekday }, { $day }. { $month } um { $time }

## Der Stand einer Gewohnheit heute

state-done = erledigt
state-skipped = übersprungen
state-paused = pausiert
state-pending = offen
state-not-today = nicht heute

## aloud status

status-head = { $date } — { $done } von { $scheduled } erledigt
status-waiting = Wartet, bis Sie zurück sind: { $names }.
status-checkin = Ein Check-in für { $habit } läuft: bisher { $minutes } Min.; `aloud finish` trägt ihn ein.
status-paused = Erinnerungen pausiert bis { $when }.
status-next = Nächste Erinnerung: { $habit } am { $when }
status-no-reminder = Keine Erinnerung geplant.

## Die Leiste: Titel und Menü

tray-progress = Heute: { $done } von { $scheduled }
tray-header = { $progress } · { $next }
checkin-running = Check-in { $habit } · { $minutes } Min.
tray-paused-until = pausiert bis { $when }
tray-waiting = wartet auf Sie: { $names }
tray-next-today = als Nächstes: { $habit } um { $time }
tray-next-later = als Nächstes: { $habit } { $when }
tray-no-reminder = keine Erinnerung geplant
menu-done = ✓ { $habit } — erledigt
menu-skipped = – { $habit } — übersprungen
menu-paused = ‖ { $habit } — { $cue } (pausiert)
menu-pending = ○ { $habit } — { $cue }
menu-undo-done = „Erledigt“ zurücknehmen
menu-undo-skip = Überspringen zurücknehmen
menu-finish-checkin = Check-in beenden
menu-cancel-checkin = Check-in abbrechen
menu-start-checkin = Check-in starten
menu-snooze-hour = Erinnerungen 1 Std. zurückstellen
menu-resume = Erinnerungen fortsetzen
menu-pause-tomorrow = Bis morgen pausieren
menu-open-dashboard = Übersicht öffnen
menu-start-at-login = Bei der Anmeldung starten
menu-quit = Aloud beenden

## Erinnerungen und andere Benachrichtigungen

reminder-late-summary = { $habit } (verspätet)
reminder-late = Das war um { $time } fällig; der Rechner schlief oder Aloud lief nicht. { $body }
reminder-waited = Wieder am Platz: Das hat seit { $time } auf Sie gewartet. { $body }
reminder-idea = Eine Idee: { $idea }
reminder-no-buttons = Klicken Sie, um Aloud zu öffnen und es einzutragen, oder nutzen Sie sein Menü in der Leiste.
action-open-dashboard = Übersicht öffnen
action-open = Öffnen
action-start = Starten
action-done = Erledigt
action-snooze = Später
action-take-it-now = Jetzt ausfüllen
action-finish = Beenden
action-more = { $minutes } Minuten mehr
retake-summary = Zeit für Ihre Selbsteinschätzung der Denkweisen
retake-body = Zwanzig kurze Aussagen über die letzten zwei Wochen: Sehen Sie, wie sich Ihre fünf Denkweisen bewegt haben.
wrap-up-body = Beenden trägt ihn mit der gebrauchten Zeit ein – oder nehmen Sie sich { $minutes } Minuten mehr.
wrap-up-body-no-buttons = Beenden Sie ihn im Menü von Aloud in der Leiste, um ihn mit der gebrauchten Zeit einzutragen.
ended-summary = Der Check-in { $habit } hat sich selbst beendet
ended-body = Niemand hat ihn beendet, also ist er mit seiner Länge eingetragen: { $minutes } Min. Ändern Sie die Minuten im Verlauf der Übersicht, wenn es anders war.
no-link-summary = Der Check-in hat begonnen
no-link-body = Aloud kennt noch keinen Link zu Ihrem Netzwerk: Fügen Sie ihn in der Übersicht hinzu (Einstellungen → Ihr Netzwerk) oder mit `aloud link add`.
could-not-open-summary = Aloud konnte Ihr Netzwerk nicht öffnen
could-not-open-body = { $why }. Öffnen Sie es selbst: { $url }
cannot-start-summary = Aloud konnte nicht starten
restored-summary = Aloud hat Ihren Verlauf aus einer Sicherung wiederhergestellt
dashboard-failed-summary = Aloud konnte seine Übersicht nicht öffnen
could-not-save-summary = Aloud konnte nicht speichern

## aloud people forget

forget-done = { $name } ist vergessen: entfernt aus { $entries ->
    [one] 1 Check-in
   *[other] { $entries } Check-ins
} und { $notes ->
    [one] 1 Notiz
   *[other] { $notes } Notizen
}, { $purged ->
    [yes] und aus der Datenbankdatei
   *[no] und aus der Datenbank, deren Datei ein anderer Aloud-Prozess belegt hielt: Ihre letzten Spuren verschwinden beim nächsten Checkpoint
}.
forget-backups-done = Auch aus { $backups ->
    [one] 1 Sicherung
   *[other] { $backups } Sicherungen
} entfernt.
forget-backups-hint = Die Sicherungen können den Namen noch enthalten: `aloud people forget "{ $name }" --from-backups` entfernt ihn auch dort.

## Die Übersicht (ui-…)

ui-loading = Heute wird geladen …
ui-progress = Heute: { $done } von { $scheduled } erledigt
ui-panels = Bereiche
ui-tab-today = Heute
ui-tab-history = Verlauf
ui-tab-review = Rückblick
ui-tab-network = Netzwerk
ui-tab-mindsets = Denkweisen
ui-tab-settings = Einstellungen
ui-today-habits = Die Gewohnheiten von heute
ui-today-empty = Heute ist nichts geplant: ein freier Tag von den Gewohnheiten. An welchen Tagen jede Gewohnheit kommt, steht in den Einstellungen.
ui-next-reminder = Nächste Erinnerung: { $habit } um { $time }
ui-next-reminder-later = Nächste Erinnerung: { $habit } um { $time } am { $date }
ui-no-reminder = Keine Erinnerung geplant
ui-paused-until = Erinnerungen pausiert bis { $date } { $time }
ui-resume = Erinnerungen fortsetzen
ui-pause-tomorrow = Bis morgen pausieren
ui-celebrate = Schön — { $habit } ist für heute erledigt.
ui-checkin-running = Check-in läuft · { $minutes } Min.
ui-checkin-wrap-up = Check-in läuft · { $minutes } Min.: Zeit zum Abschließen
ui-another-running = Ein anderer Check-in läuft
ui-start-checkin = Check-in starten
ui-finish-checkin = Check-in beenden
ui-cancel-checkin = Check-in abbrechen
ui-note = Notiz
ui-note-placeholder = Freiwillig, eine Zeile
ui-minutes = Minuten
ui-served = Gedient
ui-need-information = Information
ui-need-help = Hilfe
ui-need-belonging = Zugehörigkeit
ui-need-recognition = Anerkennung
ui-need-purpose = Sinn
ui-named = Genannt
ui-with-placeholder = Eine Kollegin, ein Kollege oder ein Team; Eingabe fügt hinzu
ui-names-used = Schon verwendete Namen
ui-remove-name = { $name } entfernen
ui-log = Eintragen
ui-update = Ändern
ui-skip = Heute überspringen
ui-undo = Zurücknehmen
ui-state-done = Erledigt
ui-state-skipped = Übersprungen
ui-state-paused = Pausiert
ui-state-pending = Offen
ui-state-not-scheduled = Nicht heute
ui-minutes-whole = Die Minuten müssen eine ganze Zahl sein.
ui-minutes-range = Die Minuten müssen zwischen 1 und 240 liegen.
ui-language-title = Sprache
ui-language-label = Aloud spricht
ui-language-auto = Die Sprache des Desktops
ui-save = Speichern
