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
date-day-month = { $day }. { $month }
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
cli-calendar-added = { $path } hinzugefügt ({ $events ->
        [one] ein belegter Termin
       *[other] { $events } belegte Termine
    }): Erinnerungen warten, solange seine Termine laufen.
cli-calendar-removed = { $path } entfernt; die Datei selbst bleibt, wie sie ist.
cli-calendars-none = Noch kein Kalender: `aloud config calendar add DATEI.ics` fügt einen hinzu.
cli-calendar-reads = { $path }: { $events ->
        [one] ein belegter Termin
       *[other] { $events } belegte Termine
    }{ $unreadable ->
        [0] {""}
        [one] , einer ausgelassen (seine Zeiten lassen sich nicht lesen)
       *[other] , { $unreadable } ausgelassen (ihre Zeiten lassen sich nicht lesen)
    }
cli-calendar-problem = { $path }: { $problem }. Erinnerungen kommen weiter, ohne ihn.
cli-calendars-next = Nächster Termin heute: { $start }–{ $end }
busy-free = Gerade nicht beschäftigt.
busy-now = Gerade beschäftigt ({ $reasons }): Erinnerungen warten.
busy-until = Beschäftigt bis { $time } ({ $reasons }): Erinnerungen warten.
busy-meeting = in einem Termin
busy-do-not-disturb = „Nicht stören“ ist an
busy-full-screen = ein Fenster ist im Vollbild
status-waiting-busy = Wartet, bis Sie frei sind: { $names }.
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
tray-waiting-busy-until = beschäftigt bis { $time }, dann: { $names }
tray-waiting-busy = wartet, bis Sie frei sind: { $names }
tray-next-today = als Nächstes: { $habit } um { $time }
tray-next-later = als Nächstes: { $habit } { $when }
tray-no-reminder = keine Erinnerung geplant
menu-done = ✓ { $habit } — erledigt
menu-skipped = – { $habit } — übersprungen
menu-paused = ‖ { $habit } — { $cue } (pausiert)
menu-pending = ○ { $habit } — { $cue }
menu-pending-quiet = ○ { $habit } — { $cue } (leise Erinnerung)
menu-pending-off = ○ { $habit } — { $cue } (keine Erinnerung)
menu-undo-done = „Erledigt“ zurücknehmen
menu-undo-skip = Überspringen zurücknehmen
menu-finish-checkin = Check-in beenden
menu-cancel-checkin = Check-in abbrechen
menu-start-checkin = Check-in starten
menu-snooze-hour = Erinnerungen 1 Std. zurückstellen
menu-resume = Erinnerungen fortsetzen
menu-pause-tomorrow = Bis morgen pausieren
menu-open-dashboard = Übersicht öffnen
menu-automaticity-check = Wöchentlicher Automatismus-Check…
menu-start-at-login = Bei der Anmeldung starten
menu-quit = Aloud beenden

## Erinnerungen und andere Benachrichtigungen

reminder-moment = { $cue }: { $prompt }
reminder-late-summary = { $habit } (verspätet)
reminder-late = Das war um { $time } fällig; der Rechner schlief oder Aloud lief nicht. { $body }
reminder-waited = Wieder am Platz: Das hat seit { $time } auf Sie gewartet. { $body }
reminder-after-meeting = Nach Ihrem Termin: Das hat seit { $time } gewartet. { $body }
reminder-after-do-not-disturb = „Nicht stören“ ist vorbei: Das hat seit { $time } gewartet. { $body }
reminder-after-full-screen = Kein Vollbild mehr: Das hat seit { $time } gewartet. { $body }
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
dashboard-not-started = { $program } ließ sich nicht starten: { $why }
dashboard-needs-webview2 = Die Übersicht braucht Microsoft Edge WebView2, das auf diesem Computer nicht installiert ist. Installieren Sie die WebView2-Laufzeit von Microsoft und öffnen Sie Aloud dann erneut. Ihr Verlauf ist sicher; das Symbol in der Taskleiste und die Erinnerungen funktionieren auch ohne.
notice-no-tray = Dieser Desktop zeigt keine Symbole im Systembereich, darum öffnet sich Aloud hier. Erinnerungen kommen trotzdem pünktlich. Damit das Symbol von Aloud unter GNOME in der oberen Leiste erscheint, installiere die Erweiterung „AppIndicator and KStatusNotifierItem Support“ (Debian-Paket gnome-shell-extension-appindicator) und melde dich ab und wieder an.
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
ui-minutes-range = Die Minuten müssen zwischen 1 und { $max } liegen.
ui-language-title = Sprache
ui-language-label = Aloud spricht
ui-language-auto = Die Sprache des Desktops
ui-save = Speichern

## Die Selbsteinschätzung der Denkweisen

mindset-real-human = Sei der echte (manchmal unvollkommene) Mensch, der du bist
mindset-real-human-try-1 = Schreib deinen nächsten Beitrag zu „Beschreiben“ selbst, mit den Worten, die du einer Kollegin auf dem Flur sagen würdest.
mindset-real-human-try-2 = Teile ein kleines, wahres Detail deines Tages (wo du bist, was dich gerade interessiert), nicht nur offizielle Neuigkeiten.
mindset-real-human-try-3 = Wenn etwas nicht nach Plan lief, sag es, und was du daraus gelernt hast.
mindset-think-networks = Denk in Netzwerken
mindset-think-networks-try-1 = Nenne fünf Menschen, deren Arbeit für deine Ziele zählt, und antworte oder folge jedem von ihnen diese Woche.
mindset-think-networks-try-2 = Achte darauf, wem in den Gesprächen, die dir wichtig sind, schon vertraut wird, egal mit welchem Titel, und geh auf diese Menschen ein.
mindset-think-networks-try-3 = Hol eine beteiligte Person in einen Thread, zu dem sie etwas beitragen kann: So wächst dein Netzwerk durch echten Austausch.
mindset-listen-engage = Hör zu und bring andere ein
mindset-listen-engage-try-1 = Lies in den ersten Minuten jedes Check-ins, bevor du etwas postest.
mindset-listen-engage-try-2 = Beantworte oder ergänze für jeden eigenen neuen Beitrag zwei, die andere begonnen haben.
mindset-listen-engage-try-3 = Frag ein Team, wie die Strategie von seinem Platz aus aussieht, und geh auf die Antwort ein.
mindset-be-helpful = Sei hilfsbereit
mindset-be-helpful-try-1 = Stell einmal pro Woche jemandem eine Person vor, die ihm helfen kann.
mindset-be-helpful-try-2 = Teile ein Dokument, den Hintergrund einer Entscheidung oder eine Anleitung, damit andere weiterkommen, ohne auf dich zu warten.
mindset-be-helpful-try-3 = Poste eine unfertige Arbeit und bitte um Rückmeldung; lass andere zeigen, was sie beitragen können.
mindset-experiment = Experimentiere, lerne und verändere etwas
mindset-experiment-try-1 = Probiere diese Woche ein neues Format aus: eine Frage, ein Foto, ein kurzes Video oder eine Umfrage.
mindset-experiment-try-2 = Such eine Sicht, die sich von deiner unterscheidet, und antworte mit dem, was du daraus gelernt hast.
mindset-experiment-try-3 = Ändere eine kleine Sache aufgrund von etwas, das du im Netzwerk gehört hast, und sag es.
scale-1 = Stimme gar nicht zu
scale-2 = Stimme nicht zu
scale-3 = Weder noch
scale-4 = Stimme zu
scale-5 = Stimme voll zu
assess-stem = In den letzten zwei Wochen habe ich
statement-01 = meine Beiträge selbst geschrieben, mit meiner eigenen Stimme.
statement-02 = etwas darüber geteilt, wie ich arbeite oder was mir wichtig ist, über die offizielle Botschaft hinaus.
statement-03 = offen gesagt, wenn ich einen Fehler gemacht hatte oder unsicher war.
statement-04 = meine Beiträge von jemand anderem entwerfen oder glätten lassen, bevor sie erschienen.
statement-05 = mich mit jemandem außerhalb meiner Berichtslinie verbunden, weil seine Arbeit für meine zählt.
statement-06 = mich an einem Gespräch beteiligt, in dem Menschen, die meinen Zielen nahestehen, schon aktiv waren.
statement-07 = darauf geachtet, wem die Leute vertrauen und zuhören, egal mit welchem Titel.
statement-08 = auf meine Position gesetzt, damit meine Beiträge beachtet werden.
statement-09 = Gespräche gelesen und verfolgt, bevor ich selbst etwas gepostet habe.
statement-10 = auf den Beitrag eines anderen geantwortet oder darauf aufgebaut, statt einen neuen Thread zu beginnen.
statement-11 = jemandem geholfen zu sehen, wie seine Arbeit mit unserer Strategie zusammenhängt.
statement-12 = Ankündigungen gepostet, ohne zu lesen, worüber andere schon sprachen.
statement-13 = jemandem eine Person vorgestellt, die ihm helfen konnte.
statement-14 = Hintergrund, ein Dokument oder eine Antwort geteilt, mit denen andere ein Problem selbst lösen konnten.
statement-15 = eine durchdachte oder herausfordernde Frage gestellt, wo andere sie sehen konnten.
statement-16 = meine laufende Arbeit für mich behalten, bis sie fertig war.
statement-17 = eine neue Art ausprobiert, das Netzwerk zu nutzen: ein Format, eine Gruppe oder ein Werkzeug.
statement-18 = eine Sicht begrüßt, die sich von meiner unterschied, und daraus gelernt.
statement-19 = etwas an meiner Arbeitsweise geändert, weil ich es im Netzwerk gehört hatte.
statement-20 = das Netzwerk vor allem genutzt, um meine Ansichten zu verbreiten und mein Profil zu schärfen.

## Vorschläge im Bereich Netzwerk, und wen ein Check-in erfragt

suggest-never-recognised = Du hast im { $month } { $count } Mal mit { $name } laut gearbeitet und { $name } noch nie gewürdigt.
suggest-no-team = Diesen Monat noch kein Team gewürdigt.
suggest-no-team-last = Diesen Monat noch kein Team gewürdigt. { $name } war zuletzt am { $date } Teil eines Check-ins.
suggest-same-one = Deine letzten { $count } Würdigungen gingen an { $name }.
suggest-same-two = Deine letzten { $count } Würdigungen gingen an { $first } und { $second }.
suggest-same-other = { $name } war in letzter Zeit auch Teil deiner Check-ins: als Nächstes würdigen?
suggest-same-who-else = Wer hat in letzter Zeit noch geholfen?
suggest-drifting = Du hast seit dem { $date } nicht mehr mit { $name } laut gearbeitet; eine Antwort oder ein Dankeschön würde den Faden wieder aufnehmen.
hint-think-networks = { $name } ist schon Teil von { $entries } deiner Check-ins: frag, wer deine Arbeit noch sehen sollte.
hint-be-helpful = Wer könnte { $name } bei der aktuellen Arbeit helfen? Stell die beiden in einer Antwort einander vor.
with-whom = Mit wem? (optional)
with-whom-recognised = Wen hast du gewürdigt?

## Das Rezept einer Gewohnheit

cue-after = nach { $trigger }
cue-when = wenn { $trigger }
recipe = { $cue }: { $prompt }.

## Die drei voreingestellten Gewohnheiten und ihre Ideen

habit-describe = Beschreiben
habit-describe-trigger = meinem ersten Kaffee, Tee oder anderen Getränk des Tages
habit-describe-prompt = Teile einen Moment aus dem kommenden Tag: was du beginnst, einen Besuch, ein Gespräch oder einfach, wo du bist.
habit-interact = Mitreden
habit-interact-trigger = ich gleich zum Mittagessen gehe
habit-interact-prompt = Like oder beantworte den Beitrag eines anderen. Eine kurze Antwort kann mehr helfen, als du denkst.
habit-recognize = Würdigen
habit-recognize-trigger = ich Feierabend mache
habit-recognize-prompt = Danke einer Person oder einem Team namentlich für etwas, das sie erreicht haben.
idea-describe-1 = Wo du heute bist, und warum
idea-describe-2 = Ein Termin, auf den du dich vorbereitest, und was du dir davon erhoffst
idea-describe-3 = Eine Frage, über die du diese Woche nachdenkst
idea-describe-4 = Etwas, das du beginnst, auch wenn es klein ist
idea-describe-5 = Ein Besuch oder ein Gespräch, auf das du dich freust
idea-describe-6 = Was du liest oder hörst und was deine Meinung geändert hat
idea-interact-1 = Beantworte eine Frage, die jemand in deinem Netzwerk gestellt hat
idea-interact-2 = Ergänze einen Link oder einen Namen, der bei einem Problem einer Kollegin helfen könnte
idea-interact-3 = Danke jemandem für einen Beitrag, aus dem du etwas gelernt hast
idea-interact-4 = Stell eine Nachfrage in einem Thread, der dich neugierig macht
idea-interact-5 = Bring zwei Menschen zusammen, die miteinander reden sollten
idea-recognize-1 = Ein Team, das diese Woche etwas geliefert hat, und was dadurch möglich wurde
idea-recognize-2 = Jemand, der dir heute ungefragt geholfen hat
idea-recognize-3 = Der erste Beitrag einer neuen Kollegin oder eines neuen Kollegen
idea-recognize-4 = Eine Arbeit hinter den Kulissen, die nur wenige sehen
idea-recognize-5 = Jemand, der mit einer guten Frage deine Meinung geändert hat

## Was die Wochen sagen (Rückblick)

verdict-facts = In den letzten { $weeks } Wochen hast du an { $percent } % der geplanten Tage geübt, den Nutzen mit { $rating } von 5 bewertet und { $responses ->
    [one] 1 Reaktion
   *[other] { $responses } Reaktionen
} gezählt.
verdict-too-early = { $done } von { $weeks } Wochen geübt. Der Nutzen zeigt sich erst mit der Zeit: Halte die Gewohnheiten klein und stetig und beurteile sie in { $left ->
    [one] 1 weiteren Woche
   *[other] { $left } weiteren Wochen
}.
verdict-too-little = Das ist zu wenig Übung, um den Nutzen zu beurteilen. Passe zuerst an: einen leichteren Auslöser, eine bessere Uhrzeit oder weniger Tage, dann schau noch einmal.
verdict-carry-on = Die Übung zahlt sich aus: Mach weiter.
verdict-stop = Nach einem fairen Versuch ist der Nutzen nicht da, also hör auf: Schalte die Gewohnheiten in den Einstellungen ab. Laut arbeiten ist ein Mittel, keine Pflicht.
verdict-adjust = Etwas Nutzen, aber noch nicht viel. Passe an: andere Themen, andere Tageszeiten, andere Menschen, denen du antwortest; dann prüfe in ein paar Wochen erneut.
verdict-check-in = { $done } Wochen geübt: genug, um zu urteilen. Trag den Nutzen-Check dieser Woche ein, um zu sehen, ob du weitermachen, anpassen oder aufhören solltest.
verdict-challenge = { $habit } ist stetig ({ $strength } % Beständigkeit). Bereit für eine größere Herausforderung? Schreib den Impuls neu: ein neues Thema, ein längerer Beitrag oder eine Frage an dein Netzwerk.

## aloud assess

assess-intro = Zwanzig Aussagen über die letzten zwei Wochen. Beantworte jede mit 1–5 ({ $scale }); q bricht ab, ohne zu speichern.
assess-again = Gib eine Zahl von 1 bis 5 ein, oder q zum Abbrechen.
assess-stopped = abgebrochen; nichts wurde gespeichert
assess-ended-early = die Antworten endeten vor der letzten Aussage; nichts wurde gespeichert
assessed-saved = Gespeichert. Deine Werte (0–100):
assessed-overall = gesamt
assessed-changed = Verändert seit dem letzten Mal: { $mindset } { $from } → { $to }
assessed-all-same = Alle fünf Denkweisen liegen gleichauf: Stärke die, die dir jetzt am wichtigsten ist.
assessed-to-grow = Um „{ $mindset }“ zu stärken, probiere:

## Die Bereiche der Übersicht (ui-…, Fortsetzung)

ui-got-it = Verstanden
ui-welcome-to-aloud = Willkommen bei Aloud
ui-working-aloud-means-letting-colleagues = Laut arbeiten heißt, Kolleginnen und Kollegen ein wenig von deiner Arbeit sehen zu lassen, während sie entsteht. Aloud macht daraus eine Gewohnheit: drei winzige Gewohnheiten, jede an einen Moment geknüpft, den es ohnehin jeden Tag gibt.
ui-three-short-visits-a-day = Drei kurze Besuche am Tag von 5 bis 15 Minuten genügen, um präsent zu sein. Gib dem Ganzen ein paar Wochen, bevor du urteilst: Reaktionen brauchen Zeit. Zeigt sich nach einem fairen Versuch kein Nutzen, hör auf – der Rückblick hilft dir bei der Entscheidung.
ui-save-and-start = Speichern und loslegen
ui-save-then-take-the-baseline = Speichern, dann die erste Selbsteinschätzung machen
ui-notes = Notizen
ui-this-weeks-benefits-check = Nutzen-Check dieser Woche
ui-how-much-good-is-working = Wie viel bringt dir das laute Arbeiten diese Woche?
ui-save-check = Check speichern
ui-what-the-weeks-say = Was die Wochen sagen
ui-edit-its-prompt = Impuls bearbeiten
ui-benefits-over-time = Nutzen im Zeitverlauf
ui-bars-responses-line-how-much = Balken: Reaktionen · Linie: wie viel Nutzen (1 wenig, 5 viel)
ui-the-checks-week-by-week = Die Checks, Woche für Woche
ui-weekly-benefits-checks = Wöchentliche Nutzen-Checks
ui-week-of = Woche vom
ui-benefit = Nutzen
ui-responses = Reaktionen
ui-the-iceberg-needs-served = Der Eisberg: erfüllte Bedürfnisse
ui-each-column-is-a-month = Jede Spalte ist ein Monat; von der Spitze (Information) hinab bis zum Sinn.
ui-whom-to-reach-next = Wen du als Nächstes erreichst
ui-breadth-over-the-months = Reichweite über die Monate
ui-bars-people-and-teams-reached = Balken: erreichte Menschen und Teams (der helle Teil neu in dem Monat) · gestrichelte Linie: Beständigkeit der Gewohnheiten (0–100)
ui-month-by-month = Monat für Monat
ui-people-and-teams-reached-each = Erreichte Menschen und Teams pro Monat
ui-month = Monat
ui-reached = Erreicht
ui-new = Neu
ui-strength = Beständigkeit
ui-by-habit = Nach Gewohnheit
ui-recognised = Gewürdigt
ui-people-and-teams = Menschen und Teams
ui-these-names-stay-on-this = Diese Namen bleiben auf diesem Computer. Wähle einen, um ihn umzubenennen, mit einem anderen zusammenzuführen, als Team zu kennzeichnen oder zu vergessen.
ui-everyone-your-check-ins-named = Alle, die deine Check-ins genannt haben
ui-name = Name
ui-kind = Art
ui-first-seen = Zuerst
ui-last-seen = Zuletzt
ui-check-ins = Check-ins
ui-last-recognised = Zuletzt gewürdigt
ui-actions = Aktionen
ui-rename = Umbenennen
ui-merge = Zusammenführen
ui-person = Person
ui-team = Team
ui-save-kind = Art speichern
ui-forget = Vergessen
ui-keep = Behalten
ui-your-five-mindsets = Deine fünf Denkweisen
ui-where-to-grow-next = Wo du als Nächstes wachsen kannst
ui-mindsets-and-practice-over-time = Denkweisen und Übung im Zeitverlauf
ui-every-attempt = Alle Durchgänge
ui-taken = Am
ui-human = Mensch
ui-networks = Netzwerke
ui-listen = Zuhören
ui-helpful = Hilfsbereit
ui-experiment = Experiment
ui-overall = Gesamt
ui-take-the-self-assessment = Selbsteinschätzung machen
ui-save-my-answers = Antworten speichern
ui-start-again = Neu beginnen
ui-habits = Gewohnheiten
ui-archived = Archiviert
ui-add-a-habit-of-your = Eigene Gewohnheit hinzufügen
ui-add-habit = Gewohnheit hinzufügen
ui-reminders = Erinnerungen
ui-when-youre-away = Wenn du weg bist
ui-vacation = Urlaub
ui-pause = Pausieren
ui-resume-now = Jetzt fortsetzen
ui-your-network = Dein Netzwerk
ui-links-a-check-in-opens = Links, die ein Check-in öffnet
ui-start-on-a-reminder-or = „Starten“ in einer Erinnerung oder unter „Heute“ öffnet den Link der Gewohnheit (sonst den Standardlink) im Browser und misst die Zeit des Check-ins. Aloud selbst verbindet sich nie damit.
ui-add-a-link = Link hinzufügen
ui-add-link = Link hinzufügen
ui-check-in-length = Dauer eines Check-ins
ui-your-data = Deine Daten
ui-export-everything-json = Alles exportieren (JSON)
ui-export-entries-csv = Einträge exportieren (CSV)
ui-import = Importieren
ui-backups = Sicherungen
ui-aloud-copies-your-history-each = Aloud sichert deinen Verlauf an jedem Tag, an dem es läuft, und behält die letzten sieben. Eine Wiederherstellung ersetzt den Verlauf; was sie ersetzt, wird vorher gesichert.
ui-history-database = Verlaufsdatenbank
ui-automatic-backups = Automatische Sicherungen
ui-with-whom-optional = Mit wem? (optional)
ui-search-notes = Notizen durchsuchen
ui-responses-this-week-likes-comments = Reaktionen diese Woche: Likes, Kommentare, Fragen an dich
ui-new-spelling = Neue Schreibweise
ui-the-same-person-as = Dieselbe Person wie
ui-trigger-after = Auslöser (nach …)
ui-what-to-do = Was zu tun ist
ui-time-hh-mm = Uhrzeit (HH:MM)
ui-snooze-length-e-g-10m = Dauer von „Später“ (z. B. 10m)
ui-show-a-missed-reminder-up = Verpasste Erinnerung höchstens so spät noch zeigen (z. B. 2h, 0 für nie)
ui-suggest-the-self-assessment-every = Selbsteinschätzung vorschlagen alle (z. B. 3w)
ui-away-after-this-many-minutes = Abwesend nach so vielen Minuten ohne Eingabe ({ $min }–{ $max })
ui-pause-reminders-until-yyyy-mm = Erinnerungen pausieren bis (JJJJ-MM-TT)
ui-address-https = Adresse (https://…)
ui-wrap-up-after-this-many = Nach so vielen Minuten abschließen ({ $min }–{ $max })
ui-import-a-json-export-full = Einen JSON-Export importieren (vollständiger Pfad)
ui-start-aloud-when-i-log = Aloud beim Anmelden starten
ui-1-none = 1 · keiner
ui-2-a-little = 2 · etwas
ui-3-some = 3 · einiger
ui-4-clear = 4 · deutlich
ui-5-a-lot = 5 · sehr viel
ui-also-remove-it-from-the = Auch aus den Sicherungen entfernen
ui-wait-for-me-when-im = Auf mich warten, wenn ich weg bin
ui-the-default-link = Der Standardlink
ui-a-name-a-team-a = Ein Name, ein Team, ein Thema …
ui-read-a-thread = Einen Thread lesen
ui-my-3-pm-call-ends = mein Termin um 15 Uhr endet
ui-optional-read-one-long-thread = Optional: einen langen Thread bis zum Ende lesen
ui-yyyy-mm-dd = JJJJ-MM-TT
ui-your-three-habits = Deine drei Gewohnheiten
ui-forget-ask = Vergessen …
ui-export-into = Exportieren nach
ui-day-mon = Mo
ui-day-tue = Di
ui-day-wed = Mi
ui-day-thu = Do
ui-day-fri = Fr
ui-day-sat = Sa
ui-day-sun = So
ui-days = Tage
ui-check-ins-open = Check-ins öffnen
ui-habit-label = Gewohnheit: { $habit }
ui-archive = Archivieren
ui-archive-habit = { $habit } archivieren
ui-until-latest-or-late-window = Spätestens bis (HH:MM; leer: Uhrzeit plus Nachholfrist)
ui-remind-me = Erinnere mich
ui-ideas-one-per-line = Ideen für Beiträge, eine pro Zeile
ui-saved = Gespeichert.
ui-habit-archived = { $habit } archiviert: Der Verlauf bleibt erhalten; unten wiederherstellen.
ui-restore = Wiederherstellen
ui-restore-habit = { $habit } wiederherstellen
ui-habit-restored = { $habit } wiederhergestellt.
ui-habit-added = { $habit } hinzugefügt.
ui-until-latest-optional = Spätestens bis (HH:MM, optional)
ui-day-done = erledigt
ui-day-extra = erledigt (zusätzlicher Tag)
ui-day-skipped = ausgelassen
ui-day-paused = pausiert
ui-day-missed = verpasst
ui-day-pending = heute offen
ui-day-unscheduled = nicht geplant
ui-heatmap-label = { $habit }: die letzten 26 Wochen, ein Quadrat pro Tag
ui-trend-label = Beständigkeit über 26 Wochen, jetzt { $strength } %
ui-band-below = unter dem Bereich 5–15
ui-band-within = im Bereich 5–15
ui-band-above = über dem Bereich 5–15
ui-band-none = Keine Minuten in den letzten 4 Wochen erfasst
ui-count-checkins =
    { $count ->
        [one] { $count } Check-in
       *[other] { $count } Check-ins
    }
ui-band = { $minutes } Min. pro Check-in, { $place } (letzte 4 Wochen, { $count })
ui-current-streak = Aktuelle Serie
ui-best-streak = Beste Serie
ui-percent = { $value } %
ui-days-done = Erledigte Tage
ui-this-week = Diese Woche
ui-n-of-m = { $done } von { $due }
ui-heatmap-legend = Gefüllt: erledigt · Punkt: an einem freien Tag erledigt · Schrägstrich: ausgelassen · Strich: pausiert · Kreuz: verpasst
ui-no-note-matches = Keine Notiz passt.
ui-no-notes-yet = Noch keine Notizen.
ui-count-notes =
    { $count ->
        [one] { $count } Notiz
       *[other] { $count } Notizen
    }
ui-short-real-human = Echter Mensch
ui-short-think-networks = Netzwerke
ui-short-listen-engage = Zuhören & einbinden
ui-short-be-helpful = Hilfsbereit
ui-short-experiment = Experimentieren
ui-answered = { $given } von { $total } beantwortet
ui-stem-help = Jede Aussage vervollständigt „{ $stem } …“. Antworte nach dem, was du tatsächlich getan hast.
ui-radar-label = Neueste Werte von 100: { $scores }
ui-latest-attempt = Neuester Durchgang
ui-first-attempt = Erster Durchgang
ui-radar-legend = Durchgezogen: neuester ({ $latest }) · gestrichelt: erster ({ $first })
ui-radar-legend-first = Dein erster Durchgang, { $date }
ui-trends-label = Der Wert jeder Denkweise bei jedem Durchgang, mit der mittleren Beständigkeit der Gewohnheiten als gestrichelter Linie
ui-overall-on = { $date }: gesamt { $overall }
ui-habit-strength = Beständigkeit der Gewohnheiten
ui-all-same = Alle fünf Denkweisen liegen gleichauf: Stärke die, die dir jetzt am wichtigsten ist.
ui-since-last-time = Seit dem letzten Mal: { $changes }.
ui-take-again = Selbsteinschätzung erneut machen
ui-next-suggested = Nächster Vorschlag: { $date }
ui-statement-unanswered = Aussage { $number } ist noch nicht beantwortet.
ui-results-above = Gespeichert. Deine Ergebnisse stehen oben.
ui-month-jan = Jan.
ui-month-feb = Feb.
ui-month-mar = März
ui-month-apr = Apr.
ui-month-may = Mai
ui-month-jun = Juni
ui-month-jul = Juli
ui-month-aug = Aug.
ui-month-sep = Sep.
ui-month-oct = Okt.
ui-month-nov = Nov.
ui-month-dec = Dez.
ui-default-mark = (Standard)
ui-make-default-label = { $link } zum Standardlink machen
ui-make-default = Als Standard
ui-default-now = { $link } ist jetzt der Standardlink.
ui-remove-link-label = Den Link { $link } entfernen
ui-remove = Entfernen
ui-link-removed-fell-back = { $link } entfernt; { $habits } öffnen jetzt den Standardlink.
ui-link-removed = { $link } entfernt.
ui-no-link-yet = Noch kein Link: Ein Check-in misst dann nur die Zeit.
ui-link-saved = Link { $link } gespeichert.
ui-minutes-1-60 = Gib die Minuten als ganze Zahl von 1 bis 60 an.
ui-no-one-named-yet = Noch niemand genannt. Wenn du unter „Heute“ einen Check-in einträgst, sag unter „Mit wem?“, wen er betraf: die Kollegin, der du geantwortet hast, das Team, das du gewürdigt hast.
ui-this-month-reached = Diesen Monat: { $reached } erreicht, { $new } neu.
ui-count-people =
    { $count ->
        [one] { $count } Person oder Team
       *[other] { $count } Menschen und Teams
    }
ui-nothing-to-suggest = Noch nichts vorzuschlagen: Nenne weiter, wen deine Check-ins betreffen.
ui-reach-bar = { $month }: { $reached } erreicht, { $new } neu
ui-mix-row = { $habit }: { $names } diesen Monat, { $ever } insgesamt
ui-count-names =
    { $count ->
        [one] { $count } Name
       *[other] { $count } Namen
    }
ui-team-mark = (Team)
ui-no-one-recognised = Noch niemand namentlich gewürdigt.
ui-manage = Verwalten
ui-manage-person = { $name } verwalten
ui-renamed = { $from } in { $to } umbenannt.
ui-merged = { $from } mit { $into } zusammengeführt.
ui-now-a-team = { $name } ist jetzt ein Team.
ui-now-a-person = { $name } ist jetzt eine Person.
ui-forget-confirm = { $name } vergessen? Der Name verschwindet aus jedem Check-in und jeder Notiz; die Check-ins bleiben. Das lässt sich nicht rückgängig machen.
ui-forget-confirm-backups = { $name } vergessen? Der Name verschwindet aus jedem Check-in, jeder Notiz und den Sicherungen; die Check-ins bleiben. Das lässt sich nicht rückgängig machen.
ui-forgot = { $name } vergessen: entfernt aus { $entries } und { $notes }.
ui-forgot-backups = { $name } vergessen: entfernt aus { $entries } und { $notes } sowie aus { $backups }.
ui-count-backups =
    { $count ->
        [one] { $count } Sicherung
       *[other] { $count } Sicherungen
    }
ui-rating-1 = keiner
ui-rating-2 = etwas
ui-rating-3 = einiger
ui-rating-4 = deutlich
ui-rating-5 = sehr viel
ui-benefits-label = Nutzen über { $checks } wöchentliche Checks: Balken zeigen Reaktionen (bis { $most }), die Linie die Bewertung von 1 bis 5
ui-no-benefits-check = Noch kein Nutzen-Check eingetragen
ui-week-responses = Woche vom { $week }: { $responses } Reaktionen
ui-week-rating = Woche vom { $week }: mit { $rating } von 5 bewertet
ui-this-week-axis = diese Woche
ui-iceberg-label = Erfüllte Bedürfnisse pro Monat; das tiefste bisher: { $need }
ui-no-need-yet = Noch kein Check-in mit einem Bedürfnis gekennzeichnet
ui-iceberg-summary = In den letzten 12 Monaten reichten deine Check-ins hinab bis: { $need }.
ui-iceberg-none = Kennzeichne beim Eintragen, wozu ein Check-in diente (Heute → Gedient), um zu sehen, wie sich deine Nutzung des Netzwerks vertieft.
ui-week-of-date = Woche vom { $week }
ui-choose-rating = Wähle, wie viel Nutzen du siehst, von 1 bis 5.
ui-count-responses = Zähle die Reaktionen als ganze Zahl (0, wenn keine).
ui-presence-here = du bist da
ui-presence-away = du bist weg
ui-presence-unknown = unbekannt
ui-source-x-idle = X-Leerlaufzeit
ui-source-screensaver = Bildschirmschoner
ui-source-gnome-idle = GNOME-Leerlaufmonitor
ui-source-logind = logind
ui-presence-from = Aloud erkennt, ob du da bist, über: { $sources }. Gerade: { $now }.
ui-presence-none = Dieser Desktop verrät Aloud nicht, ob du am Computer bist (keine Bildschirmsperre, kein Bildschirmschoner und keine Leerlaufzeit, denen es folgen kann); Erinnerungen erscheinen daher, sobald sie fällig sind.
ui-when-youre-busy = Wenn du beschäftigt bist
ui-busy-intro = Erinnerungen warten, solange du beschäftigt bist, und kommen, sobald du frei bist – mit dem Grund, warum sie gewartet haben.
ui-busy-calendar = Während der Termine meiner Kalender warten
ui-busy-do-not-disturb = Warten, solange „Nicht stören“ des Desktops an ist
ui-busy-full-screen = Warten, solange ein Fenster im Vollbild ist (eine Präsentation, ein geteilter Bildschirm)
ui-busy-meeting = in einem Termin
ui-busy-dnd-on = „Nicht stören“ ist an
ui-busy-full-screen-on = ein Fenster ist im Vollbild
ui-busy-no-tray = Die Tray-App läuft nicht: Sie ist es, die „Nicht stören“ und Vollbildfenster verfolgt.
ui-busy-no-source = Dieser Desktop verrät Aloud nichts über „Nicht stören“ oder Vollbildfenster; deine Kalender zählen trotzdem.
ui-busy-from = Aloud verfolgt: { $sources }.
ui-busy-no-full-screen = Dieser Desktop sagt anderen Programmen nicht, wann ein Fenster im Vollbild ist (GNOME und Plasma unter Wayland), daher kann Aloud es nicht wissen.
ui-busy-until = Gerade: beschäftigt bis { $time } ({ $reasons }).
ui-busy-now = Gerade: beschäftigt ({ $reasons }).
ui-busy-free = Gerade: frei.
ui-busy-next = Nächster Termin heute: { $start }–{ $end }.
ui-source-full-screen = Vollbildfenster (X11)
ui-calendars = Deine Kalender
ui-calendar-path = Eine iCalendar-Datei (.ics), die dein Kalenderprogramm exportiert oder synchronisiert, mit vollem Pfad
ui-calendar-add = Kalender hinzufügen
ui-calendar-added = { $path } hinzugefügt: Seine Termine halten jetzt Erinnerungen zurück.
ui-calendar-events = { $events ->
        [one] ein belegter Termin
       *[other] { $events } belegte Termine
    }
ui-calendar-problem = { $problem }; Erinnerungen kommen weiter, ohne ihn
ui-calendar-remove = Entfernen
ui-calendar-remove-label = Den Kalender { $path } entfernen
ui-calendar-removed = { $path } entfernt; die Datei selbst bleibt, wie sie ist.
ui-calendars-none = Noch kein Kalender: Füge die Datei hinzu, die dein Kalenderprogramm exportiert oder synchronisiert (Outlook, Thunderbird, Evolution…).
ui-paused-until-sentence = Erinnerungen pausiert bis { $date } { $time }.
ui-reminders-on = Erinnerungen sind an.
ui-restore-backup-label = Die Sicherung vom { $when } wiederherstellen
ui-backup-restored = Sicherung vom { $when } wiederhergestellt.
ui-kilobytes = { $size } KB
ui-no-backup-yet = Noch keine Sicherung.
ui-paused-enjoy = Pausiert. Genieß die Pause.
ui-reminders-back-on = Erinnerungen sind wieder an.
ui-will-start-at-login = Aloud startet, wenn du dich anmeldest.
ui-will-not-start-at-login = Aloud startet nicht beim Anmelden.
ui-exported-to = Exportiert nach:
ui-imported = Importiert: { $habits } Gewohnheiten, { $entries } Einträge, { $skips } ausgelassene Tage, { $checks } Nutzen-Checks.
ui-an-idea = Eine Idee: { $idea }
ui-utc-time = { $date } { $time } UTC

## Die übrigen Antworten der Befehlszeile

need-information = Information
need-help = Hilfe
need-belonging = Zugehörigkeit
need-recognition = Anerkennung
need-purpose = Sinn
cli-minutes = { $minutes } Min.
cli-seconds = { $seconds } s
cli-served = gedient: { $need }
cli-quoted = „{ $note }“
cli-with = mit { $names }
cli-logged = { $habit } für { $date } eingetragen{ $extras }.
cli-updated = { $habit } für { $date } geändert{ $extras }.
cli-removed-entry = Eintrag von { $habit } am { $date } entfernt.
cli-removed-skip = Auslassung von { $habit } am { $date } entfernt.
cli-nothing-to-undo = Nichts zurückzunehmen für { $habit } am { $date }.
cli-skipped = { $habit } am { $date } ausgelassen: Der Tag zählt nicht gegen die Serie.
cli-history-empty = In diesem Zeitraum ist nichts eingetragen.
cli-col-habit = Gewohnheit
cli-col-streak = Serie
cli-col-best = beste
cli-col-strength = Beständigkeit
cli-col-done = erledigt
cli-col-skipped = ausgelassen
cli-col-missed = verpasst
cli-col-minutes = Minuten
cli-col-taken = am
cli-col-overall = gesamt
cli-col-month = Monat
cli-col-reached = erreicht
cli-col-new = neu
cli-col-name = Name
cli-col-kind = Art
cli-col-first-seen = zuerst
cli-col-last-seen = zuletzt
cli-col-check-ins = Check-ins
cli-col-last-recognised = zuletzt gewürdigt
cli-kind-person = Person
cli-kind-team = Team
cli-archived = archiviert
cli-off = aus
cli-system-zone = (System)
cli-desktop-language = auto (die des Desktops)
cli-no-links = Noch keine Netzwerk-Links: Füge einen mit `aloud link add NAME URL` hinzu.
cli-default = Standard
cli-review-week = Woche vom { $week }  Nutzen { $rating }/5  { $responses ->
    [one] 1 Reaktion
   *[other] { $responses } Reaktionen
}
cli-no-benefits-check = Noch kein Nutzen-Check eingetragen.
cli-needs-served = Erfüllte Bedürfnisse in den letzten 12 Monaten: { $needs } (das tiefste: { $deepest }).
cli-no-assessment = Noch keine Selbsteinschätzung: Starte `aloud assess`.
cli-no-backups = Noch keine Sicherungen: Aloud legt an jedem Tag, an dem es läuft, eine an, und vor Aktualisierungen.
cli-habit-updated = { $habit } geändert.
cli-habit-added = { $habit } hinzugefügt.
cli-exported = Exportiert nach { $path }
cli-check-recorded = Nutzen-Check für die Woche vom { $week } eingetragen: { $rating } von 5, { $responses ->
    [one] 1 Reaktion
   *[other] { $responses } Reaktionen
}.
cli-backed-up = Gesichert nach { $path }
cli-restored = { $path } wiederhergestellt. Was ersetzt wurde, ist vorher gesichert worden (`aloud restore --list`).
cli-give-a-value = gib einen Wert für { $name } an, z. B. `aloud config snooze 10m`
cli-link-saved = Link { $link } gespeichert.
cli-imported = Importiert: { $habits } Gewohnheiten, { $entries } Einträge, { $skips } ausgelassene Tage, { $pauses } Pausen, { $settings } Einstellungen, { $checks } Nutzen-Checks, { $names } Namen.
cli-not-paused = Die Erinnerungen waren nicht pausiert.
cli-paused-until = Erinnerungen pausiert bis { $when }.
cli-started = Check-in { $habit } über { $length } gestartet; `aloud finish` trägt ihn ein.
cli-started-no-link = Noch kein Netzwerk-Link: Füge einen mit `aloud link add NAME URL` hinzu. Die Uhr läuft.
cli-could-not-open = { $link } ließ sich nicht öffnen ({ $why }); öffne es selbst: { $url }
cli-finished = { $habit } mit { $minutes } Min. eingetragen.
cli-finished-by-itself = Der Check-in { $habit } war von selbst zu Ende; mit seiner Dauer eingetragen, { $minutes } Min.
cli-cancelled = Check-in { $habit } abgebrochen; nichts wurde eingetragen.
cli-cannot-read-ideas = die Ideen lassen sich nicht lesen: { $why }
cli-no-ideas = Keine Ideen: Füge welche mit `aloud ideas GEWOHNHEIT --set DATEI` hinzu.
cli-ideas-today = Heute:
cli-renamed = { $from } in { $to } umbenannt
cli-merged = { $from } mit { $into } zusammengeführt
cli-people-changed = { $done }: { $entries ->
    [one] 1 Check-in nennt
   *[other] { $entries } Check-ins nennen
} den Namen jetzt.
cli-people-unchanged = Nichts zu tun: { $name } ist schon so ({ $entries ->
    [one] 1 Check-in
   *[other] { $entries } Check-ins
}).
cli-no-one-named = Noch niemand genannt. Nenne, wen ein Check-in betraf, z. B. `aloud log recognize --with "das Team im Werk Lyon"`.
cli-this-month = Diesen Monat ({ $month }): { $reached } Menschen und Teams erreicht, { $new } neu.

## A sentence already in the person's words (a refusal the command line has phrased)

said-as-is = { $text }

## Ablehnungen: was falsch war, und dass sich nichts geändert hat

error-empty = { $field } darf nicht leer sein
error-too-long = { $field } ist { $count } Zeichen lang; erlaubt sind { $max }
error-one-line = { $field } muss eine einzelne Zeile ohne Steuerzeichen sein
error-not-a-date = „{ $value }“ ist kein Datum der Form JJJJ-MM-TT
error-no-such-date = „{ $value }“ ist kein echtes Kalenderdatum
error-not-a-duration = „{ $value }“ ist keine Dauer; nimm eine Zahl mit s, m, h, d oder w, z. B. 90s, 10m, 2h, 1h30m, 3w
field-name = der Name
field-note = die Notiz
field-prompt = der Impuls
field-trigger = der Auslöser
field-link-name = der Name eines Links
field-person-name = ein Name
field-idea = eine Idee
field-starter = Einstiegsschritt
error-link-too-long = ein Link ist { $count } Zeichen lang; erlaubt sind { $max }
error-link-spaces = ein Link darf keine Leer- oder Steuerzeichen enthalten
error-not-a-web-address = „{ $url }“ ist keine Webadresse; Links beginnen mit https:// oder http://
error-scheme = { $scheme }:-Links sind nicht erlaubt, nur https:// und http://
error-no-host = „{ $url }“ nennt keinen Host (oder versteckt einen hinter „@“)
error-not-one-of = „{ $value }“ ist kein gültiger Wert für { $what }; möglich sind: { $known }
error-minutes = die Minuten müssen eine ganze Zahl von 1 bis { $max } sein, nicht { $value }
error-rating = die Nutzen-Bewertung muss eine ganze Zahl von 1 bis { $max } sein, nicht { $value }
error-responses = die Reaktionen müssen eine ganze Zahl von 0 bis { $max } sein, nicht { $value }
error-not-a-monday = die Woche { $week } beginnt nicht an einem Montag
error-kind = „{ $value }“ ist keine Art; nimm person oder team
error-too-many-names = { $count } Namen in einem Check-in sind zu viele; höchstens { $max }
error-habit-id = „{ $value }“ ist keine Gewohnheits-ID; nimm einen Kleinbuchstaben, dann Buchstaben, Ziffern oder „-“ (höchstens 32)
error-latest = die späteste Uhrzeit muss nach der Uhrzeit der Gewohnheit liegen, { $time }
error-weekday = „{ $value }“ ist kein Wochentag; nimm mon,tue,wed,thu,fri,sat,sun, weekdays oder daily
error-time = „{ $value }“ ist keine Uhrzeit; nimm HH:MM oder HH:MM:SS im 24-Stunden-Format
error-answer-count = gib { $wanted } Antworten, eine pro Aussage; es waren { $count }
error-answer-range = Antwort { $number } ist { $value }; jede Antwort ist eine ganze Zahl von 1 bis 5
error-not-an-answer = „{ $value }“ ist keine Antwort; Antworten sind ganze Zahlen von 1 bis 5
error-nothing-to-change = nichts zu ändern: gib mindestens eines von --time, --latest, --days, --enabled, --name, --trigger, --prompt, --link an
error-habit-exists = eine Gewohnheit „{ $habit }“ gibt es schon; ändere sie mit `habit set`
error-pause-length = eine Pause dauert zwischen 1 Minute und 366 Tagen
error-pause-begun = der { $date } hat schon begonnen; pausiere bis zu einem späteren Datum
error-pause-too-long = eine Pause dauert höchstens 366 Tage
error-on-off = { $name } ist on oder off, nicht „{ $value }“
error-language = „{ $value }“ ist keine Sprache, die Aloud spricht: en, de, fr oder auto (die des Desktops)
error-time-zone = „{ $value }“ ist keine IANA-Zeitzone wie Europe/Berlin
error-calendar-path = „{ $path }“ ist nicht der volle Pfad einer Kalenderdatei (er beginnt mit /)
error-calendar = { $path }: { $problem }
error-calendar-not-named = { $path } ist keiner Ihrer Kalender (siehe: aloud calendars)
error-calendars-full = Sie haben { $max } Kalender angegeben, so viele, wie Aloud liest; entfernen Sie zuerst einen
calendar-missing = die Datei ist nicht da (verschoben, gelöscht oder auf einem nicht eingehängten Laufwerk)
calendar-unreadable = die Datei lässt sich nicht lesen ({ $reason })
calendar-too-big = die Datei hat { $size } MB; Aloud liest Kalender bis { $max } MB
calendar-not-a-calendar = das ist keine iCalendar-Datei (sie beginnt nicht mit BEGIN:VCALENDAR)
calendar-malformed-at = diese iCalendar-Datei bricht in Zeile { $line } ab
calendar-malformed = diese iCalendar-Datei lässt sich nicht bis zum Ende lesen
error-setting = „{ $name }“ ist keine Einstellung; bekannt sind: { $known }
error-between = { $name } muss zwischen { $min } und { $max } liegen
error-not-stored = „{ $name }“ ist nicht gespeichert
error-no-such-person = in deinem Netzwerk heißt niemand „{ $name }“
error-person-exists = „{ $to }“ ist schon in deinem Netzwerk; führe „{ $from }“ stattdessen damit zusammen
error-same-name = „{ $from }“ und „{ $to }“ sind derselbe Name
error-archived-log = „{ $habit }“ ist archiviert; stelle es wieder her, bevor du etwas einträgst
error-already-done = „{ $habit }“ ist am { $date } schon erledigt; nimm das zuerst zurück, um den Tag auszulassen
error-future-day = der { $date } lässt sich nicht eintragen: Der Tag ist noch nicht gekommen
error-no-link = es gibt keinen Link „{ $name }“; füge zuerst einen hinzu
error-no-such-link = es gibt keinen Link „{ $name }“; die Links sind { $known }
error-too-many-links = es gibt schon { $max } Links; entferne zuerst einen
error-too-many-ideas = { $count } Ideen sind zu viele; höchstens { $max }
error-archived-start = „{ $habit }“ ist archiviert; stelle es wieder her, bevor du einen Check-in startest
error-checkin-running = ein Check-in { $habit } läuft schon; beende oder brich ihn zuerst ab
error-no-checkin = es läuft kein Check-in
error-write-json = JSON ließ sich nicht schreiben: { $why }
error-import-habit-link = habits ({ $habit }): sein Link „{ $name }“ ist nicht unter den Links
error-from-after-to = --from { $from } liegt nach --to { $to }
error-check-future = der { $date } liegt in der Zukunft; ein Nutzen-Check blickt auf eine begonnene Woche zurück
error-snooze-length = „Später“ dauert zwischen 1 Sekunde und 12 Stunden
error-no-such-habit = es gibt keine Gewohnheit „{ $habit }“; bekannt sind: { $known }
error-search-long = eine Suche hat höchstens { $max } Zeichen
error-draft = ein Entwurf hat { $count } Antworten, jede 0 (noch nicht) oder 1 bis 5
error-no-backup = es gibt keine Sicherung „{ $file }“; `aloud restore --list` zeigt sie
error-import-too-large = die Importdatei ist größer als { $size } MB
error-import-json = die Importdatei ist kein gültiges JSON: { $why }
error-import-format = die Importdatei ist kein Aloud-Export (format muss „{ $format }“ sein)
error-import-newer = die Importdatei hat Version { $found } und stammt von einem neueren Aloud; dieses liest Version { $known }
error-import-version = die Version der Importdatei fehlt oder ist unbekannt; erwartet wird { $known }
error-import-shape = die Importdatei passt nicht zum Exportformat: { $why }
error-import-at = { $place }: { $error }
error-twice = „{ $name }“ kommt doppelt vor
error-unknown-habit = unbekannte Gewohnheit
error-logged-twice = der Tag ist doppelt eingetragen
error-done-and-skipped = der Tag ist zugleich erledigt und ausgelassen
error-skipped-twice = der Tag ist doppelt ausgelassen
error-pause-backwards = sie endet, bevor sie beginnt
error-checked-twice = die Woche ist doppelt bewertet
error-day-checked-twice = die Gewohnheit ist an dem Tag zweimal gecheckt
error-two-defaults = mehr als einer ist der Standard
error-import-path = gib den vollständigen Pfad der Importdatei an, nicht „{ $path }“
error-export-format = „{ $value }“ ist kein Exportformat; nimm json oder csv
error-cannot-read = { $path } lässt sich nicht lesen: { $why }
error-not-utf8 = { $path } ist kein UTF-8-Text
error-close-window = das Fenster ließ sich nicht schließen: { $why }
error-not-a-backup = „{ $name }“ ist nicht der Name einer Sicherung
start-at-login-failed = „Beim Anmelden starten“ ließ sich nicht ändern: { $why }
error-newer-schema = { $path } wurde von einer neueren Aloud-Version geschrieben (Schema { $found }, diese kennt bis { $known }); die Datei wurde weder geöffnet noch verändert
error-corrupt = { $path } ist keine lesbare Aloud-Datenbank: { $why }
error-io = { $doing }: { $why }
error-disk-full = die Festplatte ist voll: nichts wurde gespeichert; schaffe Platz und versuche es noch einmal
error-read-only = die Verlaufsdatei ist schreibgeschützt: nichts wurde gespeichert
error-disk-failing = die Verlaufsdatei ließ sich nicht schreiben (ist die Festplatte voll oder defekt?): nichts wurde gespeichert ({ $why })
error-locked = der Verlauf ist von einem anderen Programm gesperrt: nichts wurde gespeichert; versuche es noch einmal
error-database = Datenbankfehler: { $why }
io-creating = beim Anlegen von { $path }
io-creating-folder = beim Anlegen des Ordners { $path }
io-writing = beim Schreiben von { $path }
io-reading = beim Lesen von { $path }
io-removing = beim Entfernen von { $path }
io-moving-aside = beim Beiseitelegen von { $path }
io-restoring = beim Wiederherstellen von { $path }
io-stdout = beim Schreiben auf die Standardausgabe
io-terminal = im Gespräch mit dem Terminal
io-autostart = beim Schreiben des Autostart-Eintrags
io-cannot-write-data = Aloud kann nicht in { $path } schreiben, wo es deinen Verlauf aufbewahrt (nichts wurde geändert)

## Nachdem ein beschädigter Verlauf beiseitegelegt wurde

recovered-from-backup = Die Verlaufsdatei von Aloud war beschädigt ({ $why }). Sie wurde als { $path } beiseitegelegt und die Sicherung vom { $backup } wiederhergestellt; was danach eingetragen wurde, fehlt.
recovered-afresh = Die Verlaufsdatei von Aloud war beschädigt ({ $why }), und es gab keine intakte Sicherung. Sie wurde als { $path } beiseitegelegt, und ein neuer, leerer Verlauf wurde begonnen.

## aloud --help

help-aloud = Den Weg zur Gewohnheit, laut zu arbeiten: drei winzige Gewohnheiten am Tag.
help-aloud--data-dir = Wo der Verlauf liegt (Standard: $ALOUD_DATA_DIR, sonst ~/.local/share/app.aloud.Aloud)
tray-about = Aloud im Infobereich: das Symbol, sein Menü und die Erinnerungen.
help-log = Eine Gewohnheit als erledigt eintragen (heute oder --date)
help-log--habit = describe, interact, recognize oder eine eigene Gewohnheit
help-log--note = Eine Zeile, höchstens 500 Zeichen
help-log--minutes = Aufgewendete Minuten, 1–240
help-log--need = Das erfüllte Bedürfnis: information, help, belonging, recognition oder purpose
help-log--with = Eine beteiligte Person oder ein Team (für mehrere wiederholen; höchstens 10, je 80 Zeichen)
help-undo = Den Eintrag oder die Auslassung eines Tages entfernen
help-skip = Einen Tag entschuldigen: Er unterbricht die Serie nicht und verlängert sie nicht
help-status = Heute: jede Gewohnheit erledigt, ausgelassen oder offen, und die nächste Erinnerung
help-status--json = JSON ausgeben (die Formen stehen im README)
help-history = Einträge und Auslassungen zwischen zwei Daten (Standard: die letzten 30 Tage)
help-stats = Pro Gewohnheit: aktuelle und beste Serie, Beständigkeit, Summen
help-stats--json = JSON ausgeben (die Formen stehen im README)
help-habits = Die Gewohnheiten auflisten
help-habits--json = JSON ausgeben (die Formen stehen im README)
help-habit = Eine Gewohnheit ändern oder hinzufügen
help-habit-set = Uhrzeit, späteste Uhrzeit, Tage, Name, Auslöser, Impuls, Link einer Gewohnheit ändern oder sie an- und abschalten
help-habit-set--time = HH:MM oder HH:MM:SS, Ortszeit im 24-Stunden-Format
help-habit-set--days = mon,tue,… oder weekdays oder daily
help-habit-set--archived = Archivieren (true) blendet die Gewohnheit und ihre Erinnerungen aus, behält aber ihren Verlauf
help-habit-set--latest = Die späteste Uhrzeit, zu der ihre Erinnerung noch erscheinen darf (HH:MM, nach --time), etwa wenn sie auf dich gewartet hat; `default` für ihre Uhrzeit plus Nachholfrist
help-habit-set--link = Der Netzwerk-Link, den ihre Check-ins öffnen (siehe `aloud links`); `default` für den Standardlink
help-check = Der wöchentliche Automatismus-Check einer Gewohnheit: vier Antworten 1–7 (oder eine, die Kurzform)
help-check--habit = describe, interact, recognize oder eine eigene Gewohnheit
help-check--answers = Wie sehr du zustimmst, 1–7: Ich tue es automatisch, ohne bewusst daran denken zu müssen, ohne nachzudenken, und fange an, bevor mir bewusst wird, dass ich es tue
help-check--date = Der Tag, um den es geht (Standard: heute)
help-automaticity = Ob jede Gewohnheit zum Automatismus geworden ist: ihre Checks, ihre Kurve, ihre Erinnerungen
help-automaticity--habit = Nur diese Gewohnheit
help-automaticity--json = JSON ausgeben (die Formen stehen im README)
help-habit-set--prompts = Wie erinnert wird: full (ein Pop-up), quiet (kein Pop-up; das Tray zeigt sie fällig) oder off (nichts, bis sie eingetragen ist)
help-habit-set--starter = Ein kleineres „Ich werde …“, das Erinnerungen an schweren Tagen vorschlagen; "" entfernt es
help-habit-add = Eine eigene Gewohnheit hinzufügen
help-habit-add--id = Eine kurze ID: ein Kleinbuchstabe, dann Buchstaben, Ziffern oder „-“
help-habit-add--latest = Die späteste Uhrzeit, zu der ihre Erinnerung noch erscheinen darf (HH:MM, nach --time)
help-pause = Erinnerungen eine Weile oder bis zu einem Datum stumm schalten, oder eine Pause beenden
help-pause--length = Wie lange, z. B. 2h, 90m, 3d
help-pause--until = An diesem Datum kommen die Erinnerungen zurück
help-pause--off = Die Pause jetzt beenden
help-export = Alles (JSON) oder die Einträge (CSV) schreiben
help-export--output = In DATEI statt auf die Standardausgabe schreiben
help-import = Einen Export (JSON) in dieses Datenverzeichnis übernehmen; vor dem Schreiben vollständig geprüft
help-review = Der wöchentliche Nutzen-Check: einen eintragen (--rating, --responses), dann das Urteil sehen
help-review--rating = Wie viel Nutzen du im lauten Arbeiten siehst, 1 (keinen) bis 5 (sehr viel)
help-review--responses = Reaktionen in der Woche: Likes, Kommentare, Fragen an dich
help-review--date = Ein Tag der bewerteten Woche (Standard: diese Woche)
help-assess = Die Selbsteinschätzung der fünf Denkweisen: hier gefragt, oder --answers, oder --history
help-assess--answers = Zwanzig Antworten 1–5, durch Kommas getrennt, in der Reihenfolge, in der `aloud assess` fragt
help-assess--history = Alle bisherigen Durchgänge, die ältesten zuerst
help-backup = Jetzt eine Sicherung anlegen (Aloud legt an jedem Tag, an dem es läuft, auch eine an)
help-restore = Die automatischen Sicherungen: auflisten oder eine zurückholen
help-restore--file = Der Name einer Sicherung (aus --list) oder der Pfad einer Sicherungsdatei
help-restore--list = Die Sicherungen, die neuesten zuerst
help-config = Die Einstellungen zeigen oder eine setzen: snooze (z. B. 10m), catch_up_window (z. B. 2h), timezone, retake_every (z. B. 3w), checkin_length (z. B. 10m)
help-config--key = snooze, catch_up_window oder timezone
help-config--value = Der neue Wert
help-calendars = Ihre Kalender, deren Termine Erinnerungen zurückhalten, der nächste Termin heute und ob Sie gerade beschäftigt sind
help-calendars--json = JSON ausgeben (Formen im README beschrieben)
help-config-calendar = Einen Kalender hinzufügen oder entfernen, dessen Termine Erinnerungen zurückhalten
help-config-calendar-add = Eine iCalendar-Datei (.ics) hinzufügen: Erinnerungen warten, solange ihre Termine laufen
help-config-calendar-add--path = Die Kalenderdatei (von Outlook, Thunderbird, Evolution… exportiert oder synchronisiert)
help-config-calendar-remove = Einen Kalender entfernen (die Datei selbst bleibt, wie sie ist)
help-config-calendar-remove--path = Die Kalenderdatei (von Outlook, Thunderbird, Evolution… exportiert oder synchronisiert)
help-start = Einen gemessenen Check-in starten: öffnet den Netzwerk-Link der Gewohnheit im Browser
help-start--habit = describe, interact, recognize oder eine eigene Gewohnheit
help-start--no-open = Die Uhr starten, ohne den Link zu öffnen
help-finish = Den laufenden Check-in beenden: trägt seine Gewohnheit mit der gebrauchten Zeit ein
help-finish--json = JSON ausgeben (die Formen stehen im README)
help-cancel = Den laufenden Check-in abbrechen, ohne ihn einzutragen
help-links = Deine Netzwerk-Links: die Seiten, die ein Check-in öffnet
help-links--json = JSON ausgeben (die Formen stehen im README)
help-link = Einen Netzwerk-Link hinzufügen, entfernen oder zum Standard machen
help-link-add = Einen Link hinzufügen (oder ihm eine neue Adresse geben): nur https:// oder http://
help-link-add--name = Ein kurzer Name, z. B. "Viva Engage" oder LinkedIn
help-link-add--url = Die zu öffnende Seite, z. B. https://www.linkedin.com/feed/
help-link-add--default = Zum Standardlink machen
help-link-remove = Einen Link entfernen; Gewohnheiten, die ihn öffneten, öffnen den Standardlink
help-link-default = Einen Link zum Standard machen, den Gewohnheiten ohne eigenen öffnen
help-ideas = Die Ideen einer Gewohnheit für Beiträge, die heutige zuerst; oder sie setzen
help-ideas--set = Die Ideen durch die Zeilen einer Datei ersetzen (`-`: Standardeingabe)
help-ideas--reset = Die eigenen Ideen der Gewohnheit zurückholen
help-people = Die Menschen und Teams, die deine Check-ins genannt haben: wen du jeden Monat erreicht hast und wen du als Nächstes würdigen könntest. Oder einen umbenennen, zusammenführen, vergessen oder als Team kennzeichnen
help-people-rename = Einen Namen anders schreiben; jeder Check-in, der ihn nennt, folgt
help-people-merge = Einen Namen in einen anderen überführen (dieselbe Person, zweimal anders geschrieben)
help-people-forget = Einen Namen aus jedem Check-in, jeder Notiz und der Datenbankdatei selbst entfernen
help-people-forget--from-backups = Ihn auch aus den automatischen Sicherungen entfernen
help-people-kind = Ob ein Name eine Person oder ein Team ist
help-rhythm = Was Aloud über deinen Tag gelernt hat: wann du meist ankommst, zum Mittagessen gehst und Feierabend machst. Oder es vergessen
help-rhythm--json = JSON ausgeben (die Formen stehen im README)
help-rhythm-forget = Alles vergessen, was über deine Tage gelernt wurde
cli-rhythm-head = Dein Tag, wie Aloud ihn daraus lernt, wann du am Platz bist:
cli-rhythm-head-off = Dein Tag (das Lernen ist aus; `aloud config learn_rhythm on` schaltet es ein):
cli-rhythm-learned = { $moment }: { $time }, über { $days ->
        [one] den letzten Tag
       *[other] die letzten { $days } Tage
    }
cli-rhythm-learning = { $moment }: wird gelernt, { $days } von { $needed } Tagen
cli-rhythm-forgotten = Vergessen, was Aloud über deinen Tag gelernt hatte ({ $count ->
        [one] eine Markierung
       *[other] { $count } Markierungen
    }).
rhythm-arrival = Du kommst an
rhythm-lunch = Du gehst zum Mittagessen
rhythm-leaving = Du machst Feierabend
ui-date = { $day }. { $month } { $year }

## Automatismus: der SRBAI-Check (Gardner et al. 2012; eigene Übersetzung, Aussage für
## Aussage parallel zum englischen Original), die Kurve, leiser werdende Erinnerungen,
## die Fehlersuche.
srbai-automatically = „{ $habit }“ ist etwas, das ich automatisch tue.
srbai-without-remembering = „{ $habit }“ ist etwas, das ich tue, ohne bewusst daran denken zu müssen.
srbai-without-thinking = „{ $habit }“ ist etwas, das ich tue, ohne nachzudenken.
srbai-before-realising = „{ $habit }“ ist etwas, womit ich anfange, bevor mir bewusst wird, dass ich es tue.
error-srbai-range = Antwort { $number } ist { $value }; jede Antwort ist eine ganze Zahl von 1 (stimme gar nicht zu) bis 7 (stimme völlig zu)
error-srbai-count = gib vier Antworten (eine pro Aussage) oder eine (die Kurzform); es waren { $count }
error-srbai-not-an-answer = „{ $value }“ ist keine Antwort; Antworten sind ganze Zahlen von 1 bis 7
error-srbai-future = der { $date } liegt in der Zukunft; ein Check fragt, wie sich die Gewohnheit bisher anfühlt
error-srbai-before = der { $date } liegt vor dem Beginn von { $habit } ({ $began })
error-srbai-past = der Check vom { $date } bleibt, wie er war; ein Check lässt sich nur an seinem eigenen Tag ändern
error-prompt-stage = „{ $value }“ ist keine Erinnerungsstufe; nimm full, quiet oder off
error-no-offer = Aloud hat für { $habit } gerade keinen Schritt zurück anzubieten
fit-too-few = Noch keine Kurve: Sie braucht { $wanted } Checks über mindestens { $weeks } Wochen, bisher { $count ->
    [one] ist es { $count }
   *[other] sind es { $count }
}.
fit-too-short = Noch keine Kurve: Die Checks umfassen { $days } Tage, eine Kurve braucht mindestens { $weeks } Wochen.
fit-flat = Keine Kurve: Deine Antworten haben sich kaum bewegt, es gibt keinen Anstieg zu messen.
fit-falling = Keine Kurve: Deine Antworten sinken, statt zu steigen. Die Fehlersuche im Rückblick kann helfen.
fit-no-plateau = Noch kein Plateau: Deine Antworten steigen noch gleichmäßig, wo sie sich einpendeln, ist nicht abzusehen.
prompts-full = volle Erinnerungen
prompts-quiet = leise (kein Pop-up; das Tray zeigt sie fällig)
prompts-off = aus (nichts, bis du sie einträgst)
automaticity-recorded = { $habit }: Automatismus { $score } von 7 am { $date }.
automaticity-habit = { $habit } — Beständigkeit { $consistency } %; Erinnerungen: { $prompts }
automaticity-checks = Automatismus { $score } von 7 am { $date } ({ $count ->
    [one] { $count } Check
   *[other] { $count } Checks
})
automaticity-no-checks = noch kein Automatismus-Check
automaticity-curve = Plateau { $plateau } von 7, jetzt { $percent } % davon; 95 % etwa am { $date } (Tag { $days }; die meisten brauchen 18–254 Tage, im Median 66)
automaticity-restored = volle Erinnerungen sind zurück nach den verpassten Tagen { $first } und { $second }
automaticity-offer = sie ist zum Automatismus geworden: Aloud bietet { $stage } an (aloud habit set { $id } --prompts { $stage })
automaticity-check-due = ein Check ist fällig: aloud check { $id } --answers A,B,C,D
menu-due-quiet = ● { $habit } — jetzt fällig ({ $cue })
reminder-starter = Heute zu viel? Fang klein an: { $starter }
ui-automaticity-title = Ist es schon ein Automatismus?
ui-automaticity-explain = Einmal pro Woche vier Aussagen zu jeder Gewohnheit, von 1 (stimme gar nicht zu) bis 7 (stimme völlig zu). Eine Gewohnheit ist automatisch, wenn sie ohne Erinnerung geschieht: Bei den meisten pendeln sich die Antworten nach etwa 66 Tagen ein (18 bis 254). Beständigkeit sagt, wie regelmäßig du sie getan hast; Automatismus, ob sie jetzt ohne Nachdenken geschieht. Sind beide hoch, bietet Aloud an, dich seltener zu erinnern.
ui-scale-hint = 1 stimme gar nicht zu · 7 stimme völlig zu
ui-quick-form-hint = Wenig Zeit? Beantworte nur die erste Aussage: Das ist die Kurzform.
ui-answer-all-or-first = Beantworte alle vier Aussagen oder nur die erste für die Kurzform.
ui-check-saved = Check für { $habit } gespeichert.
ui-population-band = Die meisten erreichen 95 % ihres Plateaus zwischen Tag 18 und Tag 254 (Median 66)
ui-check-point = { $date }: { $score } von 7
ui-day-zero = Tag 0
ui-day-n = Tag { $day }
ui-curve-summary = Plateau { $plateau } von 7, heute { $percent } % davon; 95 % etwa am { $date } (Tag { $days }). Die meisten brauchen 18 bis 254 Tage, im Median 66.
ui-step-back-yes = Ja, einen Schritt zurück
ui-not-now = Jetzt nicht
ui-stepped-back = { $habit }: ab jetzt { $stage }.
ui-offer = { $habit } ist für dich zum Automatismus geworden: Deine letzten beiden Checks sind hoch und du tust es regelmäßig. Einen Schritt zurück zu { $stage }?
ui-trouble-misses = { $habit } wurde am { $first } und am { $second } verpasst. Finden wir heraus, was sich ändern sollte, in dieser Reihenfolge:
ui-trouble-slipping = Die Beständigkeit von { $habit } fiel in vier Wochen von { $from } % auf { $to } %. Finden wir heraus, was sich ändern sollte, in dieser Reihenfolge:
ui-trouble-moment = Der Moment: Ist das die richtige Zeit? Verlege sie auf
ui-move-it = Verlegen
ui-trouble-starter = Mach es leichter: ein kleinerer erster Schritt, „Ich werde …“
ui-save-starter = Einstiegsschritt speichern
ui-trouble-motivation = Motivation: Lohnt es sich noch? Schau dir den Nutzen-Check an.
ui-to-benefits = Zum Nutzen-Check
ui-trouble-saved = In der Gewohnheit gespeichert.
ui-auto-summary = Beständigkeit { $consistency } % · Automatismus { $score } von 7 · { $prompts }
ui-auto-summary-none = Beständigkeit { $consistency } % · noch kein Check · { $prompts }
ui-restored = Volle Erinnerungen sind zurück für { $habit }: Sie wurde am { $first } und am { $second } verpasst. Aloud bietet den Schritt zurück wieder an, sobald es wieder leicht geht.
ui-next-check = Nächster Check ab { $date }.
ui-prompts-full = volle Erinnerungen
ui-prompts-quiet = leise Erinnerungen (kein Pop-up)
ui-prompts-off = Erinnerungen aus
ui-due-now-quiet = jetzt fällig (leise Erinnerung)
ui-starter-step = Einstiegsschritt (optional): ein kleineres „Ich werde …“ für schwere Tage
ui-starter-is = Heute zu viel? Fang klein an: { $starter }
reminder-restored = Volle Erinnerungen sind zurück: verpasst am { $first } und am { $second }.
ui-curve-legend = Punkte: deine Checks · Linie: die angepasste Kurve · gestrichelt: 95 % des Plateaus · gepunktet: heute · graues Band: wo die meisten 95 % erreichen (Tag 18–254, Median 66)

## Warum die Erinnerung einer Gewohnheit dann kommt, wann sie kommt.
why-arrival = ab { $at }, beim ersten Hinsetzen am Platz
why-lunch = { $at } — { $lead } Min. vor der üblichen Mittagspause, { $typical } über die letzten { $days } Tage
why-leaving = { $at } — { $lead } Min. vor dem üblichen Feierabend, { $typical } über die letzten { $days } Tage
why-learning-lunch = { $at }, bis Aloud die übliche Mittagspause kennt (wird gelernt: { $days } von { $needed } Tagen)
why-learning-leaving = { $at }, bis Aloud den üblichen Feierabend kennt (wird gelernt: { $days } von { $needed } Tagen)
why-not-workday = { $at } (die üblichen Zeiten werden an Werktagen gelernt)
error-anchor = „{ $value }“ ist kein Anker; nimm time, arrival, lunch oder leaving
error-lead = „{ $value }“ ist keine Vorlaufzeit; nimm ganze Minuten von 0 bis 60, etwa 10m
anchor-time = zu dieser Uhrzeit
anchor-arrival = wenn ich mich zuerst an den Platz setze (ab dieser Uhrzeit)
anchor-lunch = bevor ich zum Mittagessen gehe
anchor-leaving = bevor ich Feierabend mache
ui-reminder-comes = Die Erinnerung kommt
ui-lead-minutes = Minuten vorher ({ $min }–{ $max })
ui-anchor-offer-arrival = { $habit } kommt um { $time }, aber an { $days } der letzten { $of } Werktage hast du dich mehr als 20 Minuten später an den Platz gesetzt (meist um { $typical }).
ui-anchor-offer-lunch = { $habit } kommt um { $time }, aber an { $days } der letzten { $of } Werktage bist du mehr als 20 Minuten davon entfernt zum Mittagessen gegangen (meist um { $typical }).
ui-anchor-offer-leaving = { $habit } kommt um { $time }, aber an { $days } der letzten { $of } Werktage hast du mehr als 20 Minuten davon entfernt Feierabend gemacht (meist um { $typical }).
ui-anchor-offer-take = Stattdessen erinnern: { $anchor }
ui-anchor-offer-no = Nein, danke
ui-anchor-offers = Zu deinen echten Momenten
ui-anchor-taken = { $habit } kommt jetzt: { $anchor }.
ui-rhythm = Dein Tag, wie Aloud ihn lernt
ui-learn-rhythm = Meinen Tag daraus lernen, wann ich am Platz bin (Ankunft, Pausen, Feierabend)
ui-rhythm-learned = { $moment }: { $time }, über die letzten { $days } Tage
ui-rhythm-learning = { $moment }: wird gelernt, { $days } von { $needed } Tagen
ui-rhythm-forget = Vergessen, was Aloud gelernt hat
ui-rhythm-forgotten = Vergessen, was Aloud über deinen Tag gelernt hatte.
ui-moment-arrival = Du kommst an
ui-moment-lunch = Du gehst zum Mittagessen
ui-moment-leaving = Du machst Feierabend
cli-anchor-offer = { $habit } kommt um { $time }, aber an { $days } der letzten { $of } Werktage lag sein Moment mehr als 20 Minuten davon entfernt (meist um { $typical }): `aloud habit set { $id } --anchor { $anchor }` knüpft es an den Moment.
help-habit-set--anchor = Woran die Erinnerung geknüpft ist: an ihre Uhrzeit, an dein erstes Hinsetzen am Platz (arrival, ab --time) oder an die Zeit, bevor du meist zum Mittagessen gehst oder Feierabend machst (lunch, leaving)
help-habit-set--lead = Wie lange vor der üblichen Mittagspause oder dem Feierabend die Erinnerung kommt, 0 bis 60 Minuten, etwa 10m
