# Aloud en français. Les variables sont celles du fichier anglais.

## Dates

weekday-long = { $day ->
    [mon] lundi
    [tue] mardi
    [wed] mercredi
    [thu] jeudi
    [fri] vendredi
    [sat] samedi
   *[sun] dimanche
}
weekday-short = { $day ->
    [mon] lun.
    [tue] mar.
    [wed] mer.
    [thu] jeu.
    [fri] ven.
    [sat] sam.
   *[sun] dim.
}
month-long = { $month ->
    [jan] janvier
    [feb] février
    [mar] mars
    [apr] avril
    [may] mai
    [jun] juin
    [jul] juillet
    [aug] août
    [sep] septembre
    [oct] octobre
    [nov] novembre
   *[dec] décembre
}
month-short = { $month ->
    [jan] janv.
    [feb] févr.
    [mar] mars
    [apr] avr.
    [may] mai
    [jun] juin
    [jul] juil.
    [aug] août
    [sep] sept.
    [oct] oct.
    [nov] nov.
   *[dec] déc.
}
date-long = { $weekday } { $day } { $month } { $year }
weekday-time = { $weekday } { $time }
date-time-short = { $weekday } { $day } { $month } à { $time }

## L'état d'une habitude aujourd'hui

state-done = fait
state-skipped = sautée
state-paused = en pause
state-pending = à faire
state-not-today = pas aujourd'hui

## aloud status

status-head = { $date } — { $done } sur { $scheduled } { $done ->
    [one] faite
   *[other] faites
}
status-waiting = En attente de votre retour : { $names }.
status-checkin = Un passage { $habit } est en cours : { $minutes } min jusqu'ici ; `aloud finish` l'enregistre.
status-paused = Rappels en pause jusqu'au { $when }.
status-next = Prochain rappel : { $habit } le { $when }
status-no-reminder = Aucun rappel prévu.

## La barre : son titre et son menu

tray-progress = Aujourd'hui : { $done } sur { $scheduled }
tray-header = { $progress } · { $next }
checkin-running = Passage { $habit } · { $minutes } min
tray-paused-until = en pause jusqu'à { $when }
tray-waiting = vous attend : { $names }
tray-next-today = ensuite : { $habit } à { $time }
tray-next-later = ensuite : { $habit } { $when }
tray-no-reminder = aucun rappel prévu
menu-done = ✓ { $habit } — fait
menu-skipped = – { $habit } — sautée
menu-paused = ‖ { $habit } — { $cue } (en pause)
menu-pending = ○ { $habit } — { $cue }
menu-undo-done = Annuler « Fait »
menu-undo-skip = Annuler le saut
menu-finish-checkin = Terminer le passage
menu-cancel-checkin = Abandonner le passage
menu-start-checkin = Commencer un passage
menu-snooze-hour = Reporter les rappels d'une heure
menu-resume = Reprendre les rappels
menu-pause-tomorrow = Pause jusqu'à demain
menu-open-dashboard = Ouvrir le tableau de bord
menu-start-at-login = Lancer à l'ouverture de session
menu-quit = Quitter Aloud

## Rappels et autres notifications

reminder-late-summary = { $habit } (en retard)
reminder-late = C'était prévu à { $time } ; l'ordinateur était en veille ou Aloud ne tournait pas. { $body }
reminder-waited = De retour à votre bureau : ceci vous attend depuis { $time }. { $body }
reminder-idea = Une idée : { $idea }
reminder-no-buttons = Cliquez pour ouvrir Aloud et l'enregistrer, ou utilisez son menu dans la barre.
action-open-dashboard = Ouvrir le tableau de bord
action-open = Ouvrir
action-start = Commencer
action-done = Fait
action-snooze = Plus tard
action-take-it-now = Le faire maintenant
action-finish = Terminer
action-more = { $minutes } minutes de plus
retake-summary = L'heure de votre auto-évaluation des états d'esprit
retake-body = Vingt affirmations rapides sur les deux dernières semaines : voyez comment vos cinq états d'esprit ont évolué.
wrap-up-body = Terminez pour l'enregistrer avec le temps passé, ou prenez { $minutes } minutes de plus.
wrap-up-body-no-buttons = Terminez-le depuis le menu d'Aloud dans la barre pour l'enregistrer avec le temps passé.
ended-summary = Le passage { $habit } s'est terminé tout seul
ended-body = Personne ne l'a terminé : il est enregistré avec sa durée, { $minutes } min. Corrigez les minutes dans l'historique du tableau de bord si elles étaient différentes.
no-link-summary = Le passage a commencé
no-link-body = Aloud n'a pas encore de lien vers votre réseau : ajoutez-en un dans le tableau de bord (Réglages → Votre réseau) ou avec `aloud link add`.
could-not-open-summary = Aloud n'a pas pu ouvrir votre réseau
could-not-open-body = { $why }. Ouvrez-le vous-même : { $url }
cannot-start-summary = Aloud n'a pas pu démarrer
restored-summary = Aloud a restauré votre historique depuis une sauvegarde
dashboard-failed-summary = Aloud n'a pas pu ouvrir son tableau de bord
could-not-save-summary = Aloud n'a pas pu enregistrer

## aloud people forget

forget-done = { $name } est oublié : retiré { $entries ->
    [0] d'aucun passage
    [one] d'un passage
   *[other] de { $entries } passages
} et { $notes ->
    [0] d'aucune note
    [one] d'une note
   *[other] de { $notes } notes
}, { $purged ->
    [yes] et du fichier de la base
   *[no] et de la base, dont un autre processus Aloud occupait le fichier : ses dernières traces partiront au prochain checkpoint
}.
forget-backups-done = Retiré aussi { $backups ->
    [0] d'aucune sauvegarde
    [one] d'une sauvegarde
   *[other] de { $backups } sauvegardes
}.
forget-backups-hint = Les sauvegardes peuvent encore le contenir : `aloud people forget "{ $name }" --from-backups` l'y retire aussi.


## Le tableau de bord (ui-…)

ui-loading = Chargement de la journée…
ui-progress = Aujourd'hui : { $done } sur { $scheduled } faites
ui-panels = Panneaux
ui-tab-today = Aujourd'hui
ui-tab-history = Historique
ui-tab-review = Bilan
ui-tab-network = Réseau
ui-tab-mindsets = États d'esprit
ui-tab-settings = Réglages
ui-today-habits = Les habitudes du jour
ui-today-empty = Rien n'est prévu aujourd'hui : un jour de repos pour les habitudes. Les jours de chaque habitude se règlent dans Réglages.
ui-next-reminder = Prochain rappel : { $habit } à { $time }
ui-next-reminder-later = Prochain rappel : { $habit } à { $time } le { $date }
ui-no-reminder = Aucun rappel prévu
ui-paused-until = Rappels en pause jusqu'au { $date } { $time }
ui-resume = Reprendre les rappels
ui-pause-tomorrow = Pause jusqu'à demain
ui-celebrate = Bravo — { $habit } est fait pour aujourd'hui.
ui-checkin-running = Passage en cours · { $minutes } min
ui-checkin-wrap-up = Passage en cours · { $minutes } min : le moment de conclure
ui-another-running = Un autre passage est en cours
ui-start-checkin = Commencer le passage
ui-finish-checkin = Terminer le passage
ui-cancel-checkin = Abandonner le passage
ui-note = Note
ui-note-placeholder = Facultatif, une ligne
ui-minutes = Minutes
ui-served = Besoin servi
ui-need-information = Information
ui-need-help = Aide
ui-need-belonging = Appartenance
ui-need-recognition = Reconnaissance
ui-need-purpose = Sens
ui-named = Nommés
ui-with-placeholder = Un ou une collègue, une équipe ; Entrée ajoute
ui-names-used = Noms déjà utilisés
ui-remove-name = Retirer { $name }
ui-log = Enregistrer
ui-update = Modifier
ui-skip = Sauter aujourd'hui
ui-undo = Annuler
ui-state-done = Fait
ui-state-skipped = Sautée
ui-state-paused = En pause
ui-state-pending = À faire
ui-state-not-scheduled = Pas aujourd'hui
ui-minutes-whole = Les minutes doivent être un nombre entier.
ui-minutes-range = Les minutes doivent être entre 1 et 240.
ui-language-title = Langue
ui-language-label = Aloud parle
ui-language-auto = La langue du bureau
ui-save = Enregistrer
