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
date-day-month = { $day } { $month }
weekday-time = { $weekday } { $time }
date-time-short = { $weekday } { $day } { $month } à { $time }

## L'état d'une habitude aujourd'hui

state-done = fait
state-skipped = sautée
state-paused = en pause
state-pending = à faire
state-not-today = pas aujourd’hui

## aloud status

status-head = { $date } — { $done } sur { $scheduled } { $done ->
    [one] faite
   *[other] faites
}
status-waiting = En attente de votre retour : { $names }.
cli-calendar-added = { $path } ajouté ({ $events ->
        [one] un événement occupé
       *[other] { $events } événements occupés
    }) : les rappels attendent pendant ses réunions.
cli-calendar-removed = { $path } retiré ; le fichier lui-même reste tel quel.
cli-calendars-none = Pas encore de calendrier : `aloud config calendar add FICHIER.ics` en ajoute un.
cli-calendar-reads = { $path } : { $events ->
        [one] un événement occupé
       *[other] { $events } événements occupés
    }{ $unreadable ->
        [0] {""}
        [one] , un laissé de côté (ses heures ne se lisent pas)
       *[other] , { $unreadable } laissés de côté (leurs heures ne se lisent pas)
    }
cli-calendar-problem = { $path } : { $problem }. Les rappels continuent sans lui.
cli-calendars-next = Prochaine réunion aujourd’hui : { $start }–{ $end }
busy-free = Pas occupé en ce moment.
busy-now = Occupé en ce moment ({ $reasons }) : les rappels attendent.
busy-until = Occupé jusqu’à { $time } ({ $reasons }) : les rappels attendent.
busy-meeting = en réunion
busy-do-not-disturb = « Ne pas déranger » est activé
busy-full-screen = une fenêtre est en plein écran
status-waiting-busy = En attente que vous soyez libre : { $names }.
status-checkin = Un passage { $habit } est en cours : { $minutes } min jusqu’ici ; `aloud finish` l’enregistre.
status-paused = Rappels en pause jusqu’au { $when }.
status-next = Prochain rappel : { $habit } le { $when }
status-no-reminder = Aucun rappel prévu.

## La barre : son titre et son menu

tray-progress = Aujourd’hui : { $done } sur { $scheduled }
tray-header = { $progress } · { $next }
checkin-running = Passage { $habit } · { $minutes } min
tray-paused-until = en pause jusqu’à { $when }
tray-waiting = vous attend : { $names }
tray-waiting-busy-until = occupé jusqu’à { $time }, puis : { $names }
tray-waiting-busy = en attente que vous soyez libre : { $names }
tray-next-today = ensuite : { $habit } à { $time }
tray-next-later = ensuite : { $habit } { $when }
tray-no-reminder = aucun rappel prévu
menu-done = ✓ { $habit } — fait
menu-skipped = – { $habit } — sautée
menu-paused = ‖ { $habit } — { $cue } (en pause)
menu-pending = ○ { $habit } — { $cue }
menu-pending-quiet = ○ { $habit } — { $cue } (rappel discret)
menu-pending-off = ○ { $habit } — { $cue } (sans rappel)
menu-undo-done = Annuler « Fait »
menu-undo-skip = Annuler le saut
menu-finish-checkin = Terminer le passage
menu-cancel-checkin = Abandonner le passage
menu-start-checkin = Commencer un passage
menu-snooze-hour = Reporter les rappels d’une heure
menu-resume = Reprendre les rappels
menu-pause-tomorrow = Pause jusqu’à demain
menu-open-dashboard = Ouvrir le tableau de bord
menu-automaticity-check = Point hebdomadaire d’automatisme…
menu-start-at-login = Lancer à l’ouverture de session
menu-quit = Quitter Aloud

## Rappels et autres notifications

reminder-moment = { $cue } : { $prompt }
reminder-late-summary = { $habit } (en retard)
reminder-late = C’était prévu à { $time } ; l’ordinateur était en veille ou Aloud ne tournait pas. { $body }
reminder-waited = De retour à votre bureau : ceci vous attend depuis { $time }. { $body }
reminder-after-meeting = Après votre réunion : ceci attend depuis { $time }. { $body }
reminder-after-do-not-disturb = « Ne pas déranger » est terminé : ceci attend depuis { $time }. { $body }
reminder-after-full-screen = Sorti du plein écran : ceci attend depuis { $time }. { $body }
reminder-idea = Une idée : { $idea }
reminder-no-buttons = Cliquez pour ouvrir Aloud et l’enregistrer, ou utilisez son menu dans la barre.
action-open-dashboard = Ouvrir le tableau de bord
action-open = Ouvrir
action-start = Commencer
action-done = Fait
action-snooze = Plus tard
action-take-it-now = Le faire maintenant
action-finish = Terminer
action-more = { $minutes } minutes de plus
retake-summary = L’heure de votre auto-évaluation des états d’esprit
retake-body = Vingt affirmations rapides sur les deux dernières semaines : voyez comment vos cinq états d’esprit ont évolué.
wrap-up-body = Terminez pour l’enregistrer avec le temps passé, ou prenez { $minutes } minutes de plus.
wrap-up-body-no-buttons = Terminez-le depuis le menu d’Aloud dans la barre pour l’enregistrer avec le temps passé.
ended-summary = Le passage { $habit } s’est terminé tout seul
ended-body = Personne ne l’a terminé : il est enregistré avec sa durée, { $minutes } min. Corrigez les minutes dans l’historique du tableau de bord si elles étaient différentes.
no-link-summary = Le passage a commencé
no-link-body = Aloud n’a pas encore de lien vers votre réseau : ajoutez-en un dans le tableau de bord (Réglages → Votre réseau) ou avec `aloud link add`.
could-not-open-summary = Aloud n’a pas pu ouvrir votre réseau
could-not-open-body = { $why }. Ouvrez-le vous-même : { $url }
cannot-start-summary = Aloud n’a pas pu démarrer
restored-summary = Aloud a restauré votre historique depuis une sauvegarde
dashboard-failed-summary = Aloud n’a pas pu ouvrir son tableau de bord
dashboard-not-started = { $program } n’a pas pu être lancé : { $why }
dashboard-needs-webview2 = Le tableau de bord a besoin de Microsoft Edge WebView2, qui n’est pas installé sur cet ordinateur. Installez le runtime WebView2 de Microsoft, puis rouvrez Aloud. Votre historique est intact ; l’icône de la barre des tâches et les rappels fonctionnent sans lui.
notice-no-tray = Ce bureau n’affiche pas d’icônes de zone de notification : Aloud s’ouvre donc ici. Les rappels arrivent quand même à l’heure. Pour voir l’icône d’Aloud dans la barre du haut sous GNOME, installez l’extension « AppIndicator and KStatusNotifierItem Support » (paquet Debian gnome-shell-extension-appindicator), puis fermez la session et rouvrez-la.
could-not-save-summary = Aloud n’a pas pu enregistrer

## aloud people forget

forget-done = { $name } est oublié : retiré { $entries ->
    [0] d’aucun passage
    [one] d’un passage
   *[other] de { $entries } passages
} et { $notes ->
    [0] d’aucune note
    [one] d’une note
   *[other] de { $notes } notes
}, { $purged ->
    [yes] et du fichier de la base
   *[no] et de la base, dont un autre processus Aloud occupait le fichier : ses dernières traces partiront au prochain checkpoint
}.
forget-backups-done = Retiré aussi { $backups ->
    [0] d’aucune sauvegarde
    [one] d’une sauvegarde
   *[other] de { $backups } sauvegardes
}.
forget-backups-hint = Les sauvegardes peuvent encore le contenir : `aloud people forget "{ $name }" --from-backups` l’y retire aussi.


## Le tableau de bord (ui-…)

ui-loading = Chargement de la journée…
ui-progress = Aujourd’hui : { $done } sur { $scheduled } faites
ui-panels = Panneaux
ui-tab-today = Aujourd’hui
ui-tab-history = Historique
ui-tab-review = Bilan
ui-tab-network = Réseau
ui-tab-mindsets = États d’esprit
ui-tab-settings = Réglages
ui-today-habits = Les habitudes du jour
ui-today-empty = Rien n’est prévu aujourd’hui : un jour de repos pour les habitudes. Les jours de chaque habitude se règlent dans Réglages.
ui-next-reminder = Prochain rappel : { $habit } à { $time }
ui-next-reminder-later = Prochain rappel : { $habit } à { $time } le { $date }
ui-no-reminder = Aucun rappel prévu
ui-paused-until = Rappels en pause jusqu’au { $date } { $time }
ui-resume = Reprendre les rappels
ui-pause-tomorrow = Pause jusqu’à demain
ui-celebrate = Bravo — { $habit } est fait pour aujourd’hui.
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
ui-named = Nommés
ui-with-placeholder = Un ou une collègue, une équipe ; Entrée ajoute
ui-names-used = Noms déjà utilisés
ui-remove-name = Retirer { $name }
ui-log = Enregistrer
ui-update = Modifier
ui-skip = Sauter aujourd’hui
ui-undo = Annuler
ui-state-done = Fait
ui-state-skipped = Sautée
ui-state-paused = En pause
ui-state-pending = À faire
ui-state-not-scheduled = Pas aujourd’hui
ui-minutes-whole = Les minutes doivent être un nombre entier.
ui-minutes-range = Les minutes doivent être entre 1 et { $max }.
ui-language-title = Langue
ui-language-label = Aloud parle
ui-language-auto = La langue du bureau
ui-save = Enregistrer

## L’auto-évaluation des cinq états d’esprit

mindset-real-human = Être l’humain vrai (et parfois imparfait) que vous êtes
mindset-real-human-try-1 = Écrivez vous-même votre prochaine publication « Raconter », avec les mots que vous auriez pour un collègue dans le couloir.
mindset-real-human-try-2 = Partagez un petit détail vrai de votre journée (où vous êtes, ce qui vous intrigue), pas seulement les nouvelles officielles.
mindset-real-human-try-3 = Quand quelque chose ne s’est pas passé comme prévu, dites-le, et ce que vous en avez appris.
mindset-think-networks = Penser réseaux
mindset-think-networks-try-1 = Nommez cinq personnes dont le travail compte pour vos objectifs, et répondez à chacune ou suivez-la cette semaine.
mindset-think-networks-try-2 = Remarquez qui inspire déjà confiance dans les conversations qui vous importent, quel que soit son titre, et échangez avec ces personnes.
mindset-think-networks-try-3 = Invitez une partie prenante dans un fil où elle peut apporter quelque chose : votre réseau grandit par de vrais échanges.
mindset-listen-engage = Écouter et faire participer
mindset-listen-engage-try-1 = Passez les premières minutes de chaque passage à lire avant de publier quoi que ce soit.
mindset-listen-engage-try-2 = Pour chaque nouvelle publication que vous lancez, répondez à deux que d’autres ont lancées, ou enrichissez-les.
mindset-listen-engage-try-3 = Demandez à une équipe comment la stratégie se voit depuis sa place, et répondez à ce qu’elle dit.
mindset-be-helpful = Être utile
mindset-be-helpful-try-1 = Une fois par semaine, présentez quelqu’un à une personne qui peut l’aider.
mindset-be-helpful-try-2 = Partagez un document, le contexte d’une décision ou un mode d’emploi qui permet aux autres d’avancer sans vous attendre.
mindset-be-helpful-try-3 = Publiez un travail inachevé et demandez des avis ; laissez les autres montrer ce qu’ils peuvent apporter.
mindset-experiment = Expérimenter, apprendre et changer les choses
mindset-experiment-try-1 = Essayez un nouveau format cette semaine : une question, une photo, une courte vidéo ou un sondage.
mindset-experiment-try-2 = Cherchez un point de vue différent du vôtre et répondez avec ce que vous en avez appris.
mindset-experiment-try-3 = Changez une petite chose grâce à ce que vous avez entendu sur le réseau, et dites-le.
scale-1 = Pas du tout d’accord
scale-2 = Pas d’accord
scale-3 = Ni d’accord ni en désaccord
scale-4 = D’accord
scale-5 = Tout à fait d’accord
assess-stem = Ces deux dernières semaines, j’ai
statement-01 = écrit mes publications moi-même, avec ma propre voix.
statement-02 = partagé quelque chose de ma façon de travailler ou de ce qui compte pour moi, au-delà du message officiel.
statement-03 = dit ouvertement quand je m’étais trompé ou que je n’étais pas sûr.
statement-04 = fait rédiger ou retoucher mes publications par quelqu’un d’autre avant leur parution.
statement-05 = noué un lien avec quelqu’un hors de ma ligne hiérarchique parce que son travail compte pour le mien.
statement-06 = rejoint une conversation où des personnes proches de mes objectifs étaient déjà actives.
statement-07 = prêté attention à qui les gens font confiance et écoutent, quel que soit son titre.
statement-08 = compté sur ma position pour que mes publications soient remarquées.
statement-09 = lu et suivi des conversations avant d’y ajouter ma propre publication.
statement-10 = répondu à la publication de quelqu’un d’autre ou prolongé celle-ci, plutôt que de lancer un nouveau fil.
statement-11 = aidé quelqu’un à voir comment son travail se relie à notre stratégie.
statement-12 = publié des annonces sans lire ce dont les autres parlaient déjà.
statement-13 = présenté quelqu’un à une personne qui pouvait l’aider.
statement-14 = partagé un contexte, un document ou une réponse qui a permis à d’autres de résoudre un problème par eux-mêmes.
statement-15 = posé une question réfléchie ou stimulante là où d’autres pouvaient la voir.
statement-16 = gardé mon travail en cours pour moi jusqu’à ce qu’il soit fini.
statement-17 = essayé une nouvelle façon d’utiliser le réseau : un format, un groupe ou un outil.
statement-18 = accueilli un point de vue différent du mien et appris de lui.
statement-19 = changé quelque chose dans ma façon de travailler grâce à ce que j’ai entendu sur le réseau.
statement-20 = utilisé le réseau surtout pour diffuser mes opinions et soigner mon image.

## Les suggestions de l’onglet Réseau, et qui un passage demande

suggest-never-recognised = Vous avez travaillé à voix haute avec { $name } { $count } fois en { $month } sans jamais lui dire merci.
suggest-no-team = Aucune équipe remerciée ce mois-ci.
suggest-no-team-last = Aucune équipe remerciée ce mois-ci. { $name } faisait partie d’un passage pour la dernière fois le { $date }.
suggest-same-one = Vos { $count } derniers remerciements sont allés à { $name }.
suggest-same-two = Vos { $count } derniers remerciements sont allés à { $first } et { $second }.
suggest-same-other = { $name } faisait aussi partie de vos passages récemment : le ou la remercier la prochaine fois ?
suggest-same-who-else = Qui d’autre vous a aidé récemment ?
suggest-drifting = Vous n’avez plus travaillé à voix haute avec { $name } depuis le { $date } ; une réponse ou un merci renouerait le fil.
hint-think-networks = { $name } fait déjà partie de { $entries } de vos passages : demandez qui d’autre devrait voir votre travail.
hint-be-helpful = Qui pourrait aider { $name } dans son travail en cours ? Présentez-les l’un à l’autre dans une réponse.
with-whom = Avec qui ? (facultatif)
with-whom-recognised = Qui avez-vous remercié ?

## La recette d’une habitude (les habitudes françaises disent quoi faire à l’infinitif)

cue-after = après { $trigger }
cue-when = quand { $trigger }
recipe = { $cue }, je vais { $prompt }.

## Les trois habitudes par défaut et leurs idées

habit-describe = Raconter
habit-describe-trigger = mon premier café, thé ou autre boisson de la journée
habit-describe-prompt = Partager un moment de la journée à venir : ce que vous commencez, une visite, une conversation, ou simplement où vous êtes.
habit-interact = Échanger
habit-interact-trigger = je pars déjeuner
habit-interact-prompt = Aimer la publication de quelqu’un d’autre ou y répondre. Une réponse rapide peut aider plus que vous ne le pensez.
habit-recognize = Remercier
habit-recognize-trigger = je quitte le travail
habit-recognize-prompt = Remercier une personne ou une équipe, nommément, pour ce qu’elle a accompli.
idea-describe-1 = Où vous êtes aujourd’hui, et pourquoi
idea-describe-2 = Une réunion que vous préparez, et ce que vous en espérez
idea-describe-3 = Une question qui vous occupe cette semaine
idea-describe-4 = Quelque chose que vous commencez, même petit
idea-describe-5 = Une visite ou une conversation que vous attendez avec plaisir
idea-describe-6 = Ce que vous lisez ou écoutez et qui vous a fait changer d’avis
idea-interact-1 = Répondre à une question posée dans votre réseau
idea-interact-2 = Ajouter un lien ou un nom qui pourrait aider un collègue avec son problème
idea-interact-3 = Remercier quelqu’un pour une publication qui vous a appris quelque chose
idea-interact-4 = Poser une question de suivi dans un fil qui vous intrigue
idea-interact-5 = Présenter l’une à l’autre deux personnes qui devraient se parler
idea-recognize-1 = Une équipe qui a livré quelque chose cette semaine, et ce que cela a permis
idea-recognize-2 = Quelqu’un qui vous a aidé aujourd’hui sans qu’on le lui demande
idea-recognize-3 = La première contribution d’un nouveau venu
idea-recognize-4 = Un travail de l’ombre que peu de gens voient
idea-recognize-5 = Quelqu’un qui vous a fait changer d’avis par une bonne question

## Ce que disent les semaines (Bilan)

verdict-facts = Ces { $weeks } dernières semaines, vous avez pratiqué { $percent } % des jours prévus, noté le bénéfice { $rating } sur 5 et compté { $responses ->
    [one] 1 réaction
   *[other] { $responses } réactions
}.
verdict-too-early = { $done ->
    [one] { $done } semaine
   *[other] { $done } semaines
} de pratique sur { $weeks }. Les bénéfices mettent du temps à venir : gardez des habitudes minuscules et régulières, et jugez-les dans { $left ->
    [one] 1 semaine
   *[other] { $left } semaines
}.
verdict-too-little = C’est trop peu de pratique pour juger des bénéfices. Ajustez d’abord : un déclencheur plus facile, une meilleure heure ou moins de jours, puis regardez à nouveau.
verdict-carry-on = La pratique porte ses fruits : continuez.
verdict-stop = Après un vrai essai, les bénéfices ne sont pas là : arrêtez, en désactivant les habitudes dans les Réglages. Travailler à voix haute est un moyen, pas un devoir.
verdict-adjust = Un peu de bénéfice, pas encore beaucoup. Ajustez : d’autres sujets, d’autres moments de la journée, d’autres personnes à qui répondre ; puis refaites le point dans quelques semaines.
verdict-check-in = { $done } semaines de pratique : assez pour juger. Faites le point de cette semaine pour savoir s’il faut continuer, ajuster ou arrêter.
verdict-challenge = { $habit } est régulière ({ $strength } % de régularité). Prête pour un plus grand défi ? Réécrivez son invitation : un nouveau sujet, une publication plus longue ou une question à votre réseau.

## aloud assess

assess-intro = Vingt affirmations sur les deux dernières semaines. Répondez à chacune de 1 à 5 ({ $scale }) ; q arrête sans enregistrer.
assess-again = Tapez un nombre de 1 à 5, ou q pour arrêter.
assess-stopped = arrêté ; rien n’a été enregistré
assess-ended-early = les réponses se sont arrêtées avant la dernière affirmation ; rien n’a été enregistré
assessed-saved = Enregistré. Vos scores (0–100) :
assessed-overall = global
assessed-changed = Changé depuis la dernière fois : { $mindset } { $from } → { $to }
assessed-all-same = Les cinq états d’esprit ont le même score : développez celui qui compte le plus pour vous maintenant.
assessed-to-grow = Pour développer « { $mindset } », essayez :

## Les onglets du tableau de bord (ui-…, suite)

ui-got-it = Compris
ui-welcome-to-aloud = Bienvenue dans Aloud
ui-working-aloud-means-letting-colleagues = Travailler à voix haute, c’est laisser vos collègues voir un peu de votre travail pendant qu’il se fait. Aloud vous aide à en faire une habitude grâce à trois habitudes minuscules, chacune accrochée à un moment qui existe déjà chaque jour.
ui-three-short-visits-a-day = Trois courtes visites par jour, de 5 à 15 minutes, suffisent pour être présent. Laissez passer quelques semaines avant de juger : les réactions mettent du temps à venir. Si, après un vrai essai, les bénéfices ne se montrent pas, arrêtez — l’onglet Bilan vous aide à décider.
ui-save-and-start = Enregistrer et commencer
ui-save-then-take-the-baseline = Enregistrer, puis faire la première auto-évaluation
ui-notes = Notes
ui-this-weeks-benefits-check = Le point de la semaine sur les bénéfices
ui-how-much-good-is-working = Quel bien vous fait le travail à voix haute cette semaine ?
ui-save-check = Enregistrer le point
ui-what-the-weeks-say = Ce que disent les semaines
ui-edit-its-prompt = Modifier son invitation
ui-benefits-over-time = Les bénéfices dans le temps
ui-bars-responses-line-how-much = Barres : réactions · ligne : bénéfice ressenti (1 faible, 5 fort)
ui-the-checks-week-by-week = Les points, semaine par semaine
ui-weekly-benefits-checks = Points hebdomadaires sur les bénéfices
ui-week-of = Semaine du
ui-benefit = Bénéfice
ui-responses = Réactions
ui-the-iceberg-needs-served = L’iceberg : les besoins servis
ui-each-column-is-a-month = Chaque colonne est un mois ; de la pointe (l’information) jusqu’au sens, tout en bas.
ui-whom-to-reach-next = Qui toucher ensuite
ui-breadth-over-the-months = L’étendue au fil des mois
ui-bars-people-and-teams-reached = Barres : personnes et équipes touchées (la partie claire, nouvelles ce mois-là) · pointillés : régularité des habitudes (0–100)
ui-month-by-month = Mois par mois
ui-people-and-teams-reached-each = Personnes et équipes touchées chaque mois
ui-month = Mois
ui-reached = Touchées
ui-new = Nouvelles
ui-strength = Régularité
ui-by-habit = Par habitude
ui-recognised = Remerciés
ui-people-and-teams = Personnes et équipes
ui-these-names-stay-on-this = Ces noms restent sur cet ordinateur. Choisissez-en un pour le renommer, le fusionner avec un autre, indiquer s’il s’agit d’une équipe, ou l’oublier.
ui-everyone-your-check-ins-named = Tous ceux que vos passages ont nommés
ui-name = Nom
ui-kind = Type
ui-first-seen = Première fois
ui-last-seen = Dernière fois
ui-check-ins = Passages
ui-last-recognised = Dernier merci
ui-actions = Actions
ui-rename = Renommer
ui-merge = Fusionner
ui-person = Personne
ui-team = Équipe
ui-save-kind = Enregistrer le type
ui-forget = Oublier
ui-keep = Garder
ui-your-five-mindsets = Vos cinq états d’esprit
ui-where-to-grow-next = Où progresser ensuite
ui-mindsets-and-practice-over-time = États d’esprit et pratique dans le temps
ui-every-attempt = Toutes les évaluations
ui-taken = Date
ui-human = Humain
ui-networks = Réseaux
ui-listen = Écoute
ui-helpful = Utile
ui-experiment = Expérience
ui-overall = Global
ui-take-the-self-assessment = Faire l’auto-évaluation
ui-save-my-answers = Enregistrer mes réponses
ui-start-again = Recommencer
ui-habits = Habitudes
ui-archived = Archivées
ui-add-a-habit-of-your = Ajouter votre propre habitude
ui-add-habit = Ajouter l’habitude
ui-reminders = Rappels
ui-when-youre-away = Quand vous êtes absent
ui-vacation = Vacances
ui-pause = Mettre en pause
ui-resume-now = Reprendre maintenant
ui-your-network = Votre réseau
ui-links-a-check-in-opens = Les liens qu’ouvre un passage
ui-start-on-a-reminder-or = « Commencer » sur un rappel ou dans Aujourd’hui ouvre le lien de l’habitude (sinon le lien par défaut) dans votre navigateur et chronomètre le passage. Aloud lui-même ne s’y connecte jamais.
ui-add-a-link = Ajouter un lien
ui-add-link = Ajouter le lien
ui-check-in-length = Durée d’un passage
ui-your-data = Vos données
ui-export-everything-json = Tout exporter (JSON)
ui-export-entries-csv = Exporter les entrées (CSV)
ui-import = Importer
ui-backups = Sauvegardes
ui-aloud-copies-your-history-each = Aloud copie votre historique chaque jour où il tourne et garde les sept dernières copies. En restaurer une remplace l’historique ; ce qu’elle remplace est d’abord sauvegardé.
ui-history-database = Base de l’historique
ui-automatic-backups = Sauvegardes automatiques
ui-with-whom-optional = Avec qui ? (facultatif)
ui-search-notes = Chercher dans les notes
ui-responses-this-week-likes-comments = Réactions cette semaine : mentions J’aime, commentaires, questions qu’on vous a posées
ui-new-spelling = Nouvelle orthographe
ui-the-same-person-as = La même personne que
ui-trigger-after = Déclencheur (après…)
ui-what-to-do = Que faire
ui-time-hh-mm = Heure (HH:MM)
ui-snooze-length-e-g-10m = Durée de « Plus tard » (p. ex. 10m)
ui-show-a-missed-reminder-up = Montrer un rappel manqué jusqu’à ce retard (p. ex. 2h, 0 pour jamais)
ui-suggest-the-self-assessment-every = Proposer l’auto-évaluation tous les (p. ex. 3w)
ui-away-after-this-many-minutes = Absent après ce nombre de minutes sans activité ({ $min }–{ $max })
ui-pause-reminders-until-yyyy-mm = Mettre les rappels en pause jusqu’au (AAAA-MM-JJ)
ui-address-https = Adresse (https://…)
ui-wrap-up-after-this-many = Conclure après ce nombre de minutes ({ $min }–{ $max })
ui-import-a-json-export-full = Importer un export JSON (chemin complet)
ui-start-aloud-when-i-log = Lancer Aloud à l’ouverture de session
ui-1-none = 1 · aucun
ui-2-a-little = 2 · un peu
ui-3-some = 3 · assez
ui-4-clear = 4 · nettement
ui-5-a-lot = 5 · beaucoup
ui-also-remove-it-from-the = L’effacer aussi des sauvegardes
ui-wait-for-me-when-im = M’attendre quand je suis absent
ui-the-default-link = Le lien par défaut
ui-a-name-a-team-a = Un nom, une équipe, un sujet…
ui-read-a-thread = Lire un fil
ui-my-3-pm-call-ends = mon appel de 15 h se termine
ui-optional-read-one-long-thread = Facultatif : lire un long fil jusqu’au bout
ui-yyyy-mm-dd = AAAA-MM-JJ
ui-your-three-habits = Vos trois habitudes
ui-forget-ask = Oublier…
ui-export-into = Exporter dans
ui-day-mon = lun.
ui-day-tue = mar.
ui-day-wed = mer.
ui-day-thu = jeu.
ui-day-fri = ven.
ui-day-sat = sam.
ui-day-sun = dim.
ui-days = Jours
ui-check-ins-open = Les passages ouvrent
ui-habit-label = Habitude : { $habit }
ui-archive = Archiver
ui-archive-habit = Archiver { $habit }
ui-until-latest-or-late-window = Au plus tard (HH:MM ; vide : l’heure plus le délai de rattrapage)
ui-remind-me = Me le rappeler
ui-ideas-one-per-line = Idées de publications, une par ligne
ui-saved = Enregistré.
ui-habit-archived = { $habit } archivée : son historique est conservé ; restaurez-la plus bas.
ui-restore = Restaurer
ui-restore-habit = Restaurer { $habit }
ui-habit-restored = { $habit } restaurée.
ui-habit-added = { $habit } ajoutée.
ui-until-latest-optional = Au plus tard (HH:MM, facultatif)
ui-day-done = fait
ui-day-extra = fait (jour en plus)
ui-day-skipped = sauté
ui-day-paused = en pause
ui-day-missed = manqué
ui-day-pending = à faire aujourd’hui
ui-day-unscheduled = non prévu
ui-heatmap-label = { $habit } : les 26 dernières semaines, un carré par jour
ui-trend-label = Régularité sur 26 semaines, maintenant { $strength } %
ui-band-below = sous la plage 5–15
ui-band-within = dans la plage 5–15
ui-band-above = au-dessus de la plage 5–15
ui-band-none = Aucune minute notée ces 4 dernières semaines
ui-count-checkins =
    { $count ->
        [one] { $count } passage
       *[other] { $count } passages
    }
ui-band = { $minutes } min par passage, { $place } (4 dernières semaines, { $count })
ui-current-streak = Série en cours
ui-best-streak = Meilleure série
ui-percent = { $value } %
ui-days-done = Jours faits
ui-this-week = Cette semaine
ui-n-of-m = { $done } sur { $due }
ui-heatmap-legend = Plein : fait · point : fait un jour de repos · barre oblique : sauté · tiret : en pause · croix : manqué
ui-no-note-matches = Aucune note ne correspond.
ui-no-notes-yet = Pas encore de note.
ui-count-notes =
    { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
ui-short-real-human = Humain vrai
ui-short-think-networks = Réseaux
ui-short-listen-engage = Écouter et impliquer
ui-short-be-helpful = Utile
ui-short-experiment = Expérimenter
ui-answered = { $given } sur { $total } répondues
ui-stem-help = Chaque affirmation complète « { $stem }… ». Répondez d’après ce que vous avez réellement fait.
ui-radar-label = Derniers scores sur 100 : { $scores }
ui-latest-attempt = Dernière évaluation
ui-first-attempt = Première évaluation
ui-radar-legend = Plein : la dernière ({ $latest }) · pointillés : la première ({ $first })
ui-radar-legend-first = Votre première évaluation, { $date }
ui-trends-label = Le score de chaque état d’esprit à chaque évaluation, avec la régularité moyenne des habitudes en pointillés
ui-overall-on = { $date } : global { $overall }
ui-habit-strength = Régularité des habitudes
ui-all-same = Les cinq états d’esprit ont le même score : développez celui qui compte le plus pour vous maintenant.
ui-since-last-time = Depuis la dernière fois : { $changes }.
ui-take-again = Refaire l’auto-évaluation
ui-next-suggested = Prochaine proposée : { $date }
ui-statement-unanswered = L’affirmation { $number } n’a pas encore de réponse.
ui-results-above = Enregistré. Vos résultats sont ci-dessus.
ui-month-jan = janv.
ui-month-feb = févr.
ui-month-mar = mars
ui-month-apr = avr.
ui-month-may = mai
ui-month-jun = juin
ui-month-jul = juil.
ui-month-aug = août
ui-month-sep = sept.
ui-month-oct = oct.
ui-month-nov = nov.
ui-month-dec = déc.
ui-default-mark = (par défaut)
ui-make-default-label = Faire de { $link } le lien par défaut
ui-make-default = Par défaut
ui-default-now = { $link } est maintenant le lien par défaut.
ui-remove-link-label = Supprimer le lien { $link }
ui-remove = Supprimer
ui-link-removed-fell-back = { $link } supprimé ; { $habits } ouvrent maintenant le lien par défaut.
ui-link-removed = { $link } supprimé.
ui-no-link-yet = Pas encore de lien : un passage ne garde alors que la durée.
ui-link-saved = Lien { $link } enregistré.
ui-minutes-1-60 = Indiquez les minutes en nombre entier de 1 à 60.
ui-no-one-named-yet = Personne n’est encore nommé. Quand vous notez un passage dans Aujourd’hui, dites qui il concernait dans « Avec qui ? » : le collègue à qui vous avez répondu, l’équipe que vous avez remerciée.
ui-this-month-reached = Ce mois-ci : { $reached } touchées, { $new } nouvelles.
ui-count-people =
    { $count ->
        [one] { $count } personne ou équipe
       *[other] { $count } personnes et équipes
    }
ui-nothing-to-suggest = Rien à suggérer pour l’instant : continuez à nommer ceux que vos passages concernent.
ui-reach-bar = { $month } : { $reached } touchées, { $new } nouvelles
ui-mix-row = { $habit } : { $names } ce mois-ci, { $ever } en tout
ui-count-names =
    { $count ->
        [one] { $count } nom
       *[other] { $count } noms
    }
ui-team-mark = (équipe)
ui-no-one-recognised = Personne n’a encore été remercié nommément.
ui-manage = Gérer
ui-manage-person = Gérer { $name }
ui-renamed = { $from } renommé en { $to }.
ui-merged = { $from } fusionné avec { $into }.
ui-now-a-team = { $name } est maintenant une équipe.
ui-now-a-person = { $name } est maintenant une personne.
ui-forget-confirm = Oublier { $name } ? Le nom disparaît de chaque passage et de chaque note ; les passages restent. C’est définitif.
ui-forget-confirm-backups = Oublier { $name } ? Le nom disparaît de chaque passage, de chaque note et des sauvegardes ; les passages restent. C’est définitif.
ui-forgot = { $name } oublié : retiré de { $entries } et de { $notes }.
ui-forgot-backups = { $name } oublié : retiré de { $entries } et de { $notes }, ainsi que de { $backups }.
ui-count-backups =
    { $count ->
        [one] { $count } sauvegarde
       *[other] { $count } sauvegardes
    }
ui-rating-1 = aucun
ui-rating-2 = un peu
ui-rating-3 = assez
ui-rating-4 = nettement
ui-rating-5 = beaucoup
ui-benefits-label = Bénéfices sur { $checks } points hebdomadaires : les barres montrent les réactions (jusqu’à { $most }), la ligne la note de 1 à 5
ui-no-benefits-check = Aucun point sur les bénéfices pour l’instant
ui-week-responses = Semaine du { $week } : { $responses } réactions
ui-week-rating = Semaine du { $week } : noté { $rating } sur 5
ui-this-week-axis = cette semaine
ui-iceberg-label = Besoins servis par mois ; le plus profond jusqu’ici : { $need }
ui-no-need-yet = Aucun passage n’a encore de besoin indiqué
ui-iceberg-summary = Ces 12 derniers mois, vos passages sont descendus jusqu’à : { $need }.
ui-iceberg-none = Indiquez le besoin qu’un passage a servi quand vous le notez (Aujourd’hui → Besoin servi) pour voir votre usage du réseau s’approfondir.
ui-week-of-date = Semaine du { $week }
ui-choose-rating = Choisissez le bénéfice que vous voyez, de 1 à 5.
ui-count-responses = Comptez les réactions en nombre entier (0 s’il n’y en a pas).
ui-presence-here = vous êtes là
ui-presence-away = vous êtes absent
ui-presence-unknown = inconnu
ui-source-x-idle = l’inactivité X
ui-source-screensaver = l’économiseur d’écran
ui-source-gnome-idle = le moniteur d’inactivité GNOME
ui-source-logind = logind
ui-presence-from = Aloud sait si vous êtes là grâce à : { $sources }. En ce moment : { $now }.
ui-presence-none = Ce bureau ne dit rien à Aloud de votre présence devant l’ordinateur (ni verrouillage d’écran, ni économiseur, ni temps d’inactivité à suivre) : les rappels s’affichent donc à leur heure.
ui-when-youre-busy = Quand vous êtes occupé
ui-busy-intro = Les rappels attendent pendant que vous êtes occupé et arrivent dès que vous êtes libre, en disant pourquoi ils ont attendu.
ui-busy-calendar = Attendre pendant les réunions de mes calendriers
ui-busy-do-not-disturb = Attendre tant que « Ne pas déranger » du bureau est activé
ui-busy-full-screen = Attendre tant qu’une fenêtre est en plein écran (une présentation, un écran partagé)
ui-busy-meeting = en réunion
ui-busy-dnd-on = « Ne pas déranger » est activé
ui-busy-full-screen-on = une fenêtre est en plein écran
ui-busy-no-tray = L’application de la barre système ne tourne pas : c’est elle qui suit « Ne pas déranger » et les fenêtres en plein écran.
ui-busy-no-source = Ce bureau ne dit rien à Aloud de « Ne pas déranger » ni des fenêtres en plein écran ; vos calendriers comptent toujours.
ui-busy-from = Aloud suit : { $sources }.
ui-busy-no-full-screen = Ce bureau ne dit pas aux autres programmes quand une fenêtre est en plein écran (GNOME et Plasma sous Wayland) : Aloud ne peut pas le savoir.
ui-busy-until = En ce moment : occupé jusqu’à { $time } ({ $reasons }).
ui-busy-now = En ce moment : occupé ({ $reasons }).
ui-busy-free = En ce moment : libre.
ui-busy-next = Prochaine réunion aujourd’hui : { $start }–{ $end }.
ui-source-full-screen = fenêtres en plein écran (X11)
ui-calendars = Vos calendriers
ui-calendar-path = Un fichier iCalendar (.ics) que votre agenda exporte ou synchronise, par son chemin complet
ui-calendar-add = Ajouter le calendrier
ui-calendar-added = { $path } ajouté : ses réunions retiennent désormais les rappels.
ui-calendar-events = { $events ->
        [one] un événement occupé
       *[other] { $events } événements occupés
    }
ui-calendar-problem = { $problem } ; les rappels continuent sans lui
ui-calendar-remove = Retirer
ui-calendar-remove-label = Retirer le calendrier { $path }
ui-calendar-removed = { $path } retiré ; le fichier lui-même reste tel quel.
ui-calendars-none = Pas encore de calendrier : ajoutez le fichier que votre agenda exporte ou synchronise (Outlook, Thunderbird, Evolution…).
ui-paused-until-sentence = Rappels en pause jusqu’au { $date } { $time }.
ui-reminders-on = Les rappels sont actifs.
ui-restore-backup-label = Restaurer la sauvegarde du { $when }
ui-backup-restored = Sauvegarde du { $when } restaurée.
ui-kilobytes = { $size } Ko
ui-no-backup-yet = Pas encore de sauvegarde.
ui-paused-enjoy = En pause. Bonne coupure !
ui-reminders-back-on = Les rappels sont de retour.
ui-will-start-at-login = Aloud se lancera à l’ouverture de session.
ui-will-not-start-at-login = Aloud ne se lancera pas à l’ouverture de session.
ui-exported-to = Exporté dans :
ui-imported = Importé : { $habits } habitudes, { $entries } entrées, { $skips } jours sautés, { $checks } points sur les bénéfices.
ui-an-idea = Une idée : { $idea }
ui-utc-time = { $date } { $time } UTC

## Les autres réponses de la ligne de commande

need-information = information
need-help = aide
need-belonging = appartenance
need-recognition = reconnaissance
need-purpose = sens
cli-minutes = { $minutes } min
cli-seconds = { $seconds } s
cli-served = besoin servi : { $need }
cli-quoted = « { $note } »
cli-with = avec { $names }
cli-logged = { $habit } notée pour le { $date }{ $extras }.
cli-updated = { $habit } modifiée pour le { $date }{ $extras }.
cli-removed-entry = Entrée de { $habit } du { $date } supprimée.
cli-removed-skip = Jour sauté de { $habit } du { $date } annulé.
cli-nothing-to-undo = Rien à annuler pour { $habit } le { $date }.
cli-skipped = { $habit } sautée le { $date } : ce jour ne comptera pas contre la série.
cli-history-empty = Rien de noté sur cette période.
cli-col-habit = habitude
cli-col-streak = série
cli-col-best = record
cli-col-strength = régularité
cli-col-done = faits
cli-col-skipped = sautés
cli-col-missed = manqués
cli-col-minutes = minutes
cli-col-taken = date
cli-col-overall = global
cli-col-month = mois
cli-col-reached = touchées
cli-col-new = nouvelles
cli-col-name = nom
cli-col-kind = type
cli-col-first-seen = première fois
cli-col-last-seen = dernière fois
cli-col-check-ins = passages
cli-col-last-recognised = dernier merci
cli-kind-person = personne
cli-kind-team = équipe
cli-archived = archivée
cli-off = désactivée
cli-system-zone = (système)
cli-desktop-language = auto (celle du bureau)
cli-no-links = Pas encore de lien vers votre réseau : ajoutez-en un avec `aloud link add NOM URL`.
cli-default = par défaut
cli-review-week = semaine du { $week }  bénéfice { $rating }/5  { $responses ->
    [one] { $responses } réaction
   *[other] { $responses } réactions
}
cli-no-benefits-check = Aucun point sur les bénéfices pour l’instant.
cli-needs-served = Besoins servis ces 12 derniers mois : { $needs } (le plus profond : { $deepest }).
cli-no-assessment = Pas encore d’auto-évaluation : lancez `aloud assess`.
cli-no-backups = Pas encore de sauvegarde : Aloud en fait une chaque jour où il tourne, et avant les mises à jour.
cli-habit-updated = { $habit } modifiée.
cli-habit-added = { $habit } ajoutée.
cli-exported = Exporté dans { $path }
cli-check-recorded = Point sur les bénéfices noté pour la semaine du { $week } : { $rating } sur 5, { $responses ->
    [one] { $responses } réaction
   *[other] { $responses } réactions
}.
cli-backed-up = Sauvegardé dans { $path }
cli-restored = { $path } restauré. Ce qu’il a remplacé a d’abord été sauvegardé (`aloud restore --list`).
cli-give-a-value = donnez une valeur à { $name }, p. ex. `aloud config snooze 10m`
cli-link-saved = Lien { $link } enregistré.
cli-imported = Importé : { $habits } habitudes, { $entries } entrées, { $skips } jours sautés, { $pauses } pauses, { $settings } réglages, { $checks } points sur les bénéfices, { $names } noms.
cli-not-paused = Les rappels n’étaient pas en pause.
cli-paused-until = Rappels en pause jusqu’au { $when }.
cli-started = Passage { $habit } de { $length } commencé ; `aloud finish` le note.
cli-started-no-link = Pas encore de lien vers votre réseau : ajoutez-en un avec `aloud link add NOM URL`. Le chrono tourne.
cli-could-not-open = Impossible d’ouvrir { $link } ({ $why }) ; ouvrez-le vous-même : { $url }
cli-finished = { $habit } notée avec { $minutes } min.
cli-finished-by-itself = Le passage { $habit } s’était terminé tout seul ; noté avec sa durée, { $minutes } min.
cli-cancelled = Passage { $habit } annulé ; rien n’a été noté.
cli-cannot-read-ideas = impossible de lire les idées : { $why }
cli-no-ideas = Aucune idée : ajoutez-en avec `aloud ideas HABITUDE --set FICHIER`.
cli-ideas-today = Aujourd’hui :
cli-renamed = { $from } renommé en { $to }
cli-merged = { $from } fusionné avec { $into }
cli-people-changed = { $done } : { $entries ->
    [one] { $entries } passage le nomme
   *[other] { $entries } passages le nomment
} désormais.
cli-people-unchanged = Rien à faire : { $name } est déjà ainsi ({ $entries ->
    [one] { $entries } passage
   *[other] { $entries } passages
}).
cli-no-one-named = Personne n’est encore nommé. Dites qui un passage concernait, p. ex. `aloud log recognize --with "l’équipe de l’usine de Lyon"`.
cli-this-month = Ce mois-ci ({ $month }) : { $reached } personnes et équipes touchées, { $new } nouvelles.

## A sentence already in the person's words (a refusal the command line has phrased)

said-as-is = { $text }

## Les refus : ce qui n'allait pas, et que rien n'a changé

error-empty = { $field } ne doit pas être vide
error-too-long = { $field } fait { $count } caractères ; la limite est { $max }
error-one-line = { $field } doit tenir sur une seule ligne, sans caractère de contrôle
error-not-a-date = « { $value } » n’est pas une date de la forme AAAA-MM-JJ
error-no-such-date = « { $value } » n’est pas une vraie date du calendrier
error-not-a-duration = « { $value } » n’est pas une durée ; utilisez un nombre suivi de s, m, h, d ou w, p. ex. 90s, 10m, 2h, 1h30m, 3w
field-name = le nom
field-note = la note
field-prompt = l’invitation
field-trigger = le déclencheur
field-link-name = le nom d’un lien
field-person-name = un nom
field-idea = une idée
field-starter = premier pas
error-link-too-long = un lien fait { $count } caractères ; la limite est { $max }
error-link-spaces = un lien ne doit contenir ni espace ni caractère de contrôle
error-not-a-web-address = « { $url } » n’est pas une adresse web ; les liens commencent par https:// ou http://
error-scheme = les liens { $scheme }: ne sont pas permis, seulement https:// et http://
error-no-host = « { $url } » ne nomme aucun hôte (ou en cache un derrière « @ »)
error-not-one-of = « { $value } » n’est pas une valeur possible pour { $what } ; choisissez parmi : { $known }
error-minutes = les minutes doivent être un nombre entier de 1 à { $max }, pas { $value }
error-rating = la note de bénéfice doit être un nombre entier de 1 à { $max }, pas { $value }
error-responses = les réactions doivent être un nombre entier de 0 à { $max }, pas { $value }
error-not-a-monday = la semaine { $week } ne commence pas un lundi
error-kind = « { $value } » n’est pas un type ; utilisez person ou team
error-too-many-names = { $count } noms sur un passage, c’est trop ; { $max } au plus
error-habit-id = « { $value } » n’est pas un identifiant d’habitude ; utilisez une minuscule puis des lettres, des chiffres ou « - » (32 au plus)
error-latest = l’heure limite doit venir après l’heure de l’habitude, { $time }
error-weekday = « { $value } » n’est pas un jour de la semaine ; utilisez mon,tue,wed,thu,fri,sat,sun, weekdays ou daily
error-time = « { $value } » n’est pas une heure ; utilisez HH:MM ou HH:MM:SS sur 24 heures
error-answer-count = donnez { $wanted } réponses, une par affirmation ; il y en a { $count }
error-answer-range = la réponse { $number } vaut { $value } ; chaque réponse est un nombre entier de 1 à 5
error-not-an-answer = « { $value } » n’est pas une réponse ; les réponses sont des nombres entiers de 1 à 5
error-nothing-to-change = rien à changer : donnez au moins l’un de --time, --latest, --days, --enabled, --name, --trigger, --prompt, --link
error-habit-exists = une habitude « { $habit } » existe déjà ; modifiez-la avec `habit set`
error-pause-length = une pause dure de 1 minute à 366 jours
error-pause-begun = le { $date } a déjà commencé ; mettez en pause jusqu’à une date plus tardive
error-pause-too-long = une pause dure au plus 366 jours
error-on-off = { $name } vaut on ou off, pas « { $value } »
error-language = « { $value } » n’est pas une langue que parle Aloud : en, de, fr ou auto (celle du bureau)
error-time-zone = « { $value } » n’est pas un fuseau horaire IANA comme Europe/Paris
error-calendar-path = « { $path } » n’est pas le chemin complet d’un fichier de calendrier (il commence par /)
error-calendar = { $path } : { $problem }
error-calendar-not-named = { $path } n’est pas l’un de vos calendriers (voir : aloud calendars)
error-calendars-full = Vous avez indiqué { $max } calendriers, autant qu’Aloud en lit ; retirez-en un d’abord
calendar-missing = le fichier n’est pas là (déplacé, supprimé ou sur un disque non monté)
calendar-unreadable = le fichier ne peut pas être lu ({ $reason })
calendar-too-big = le fichier fait { $size } Mo ; Aloud lit les calendriers jusqu’à { $max } Mo
calendar-not-a-calendar = ce n’est pas un fichier iCalendar (il ne commence pas par BEGIN:VCALENDAR)
calendar-malformed-at = ce fichier iCalendar s’interrompt à la ligne { $line }
calendar-malformed = ce fichier iCalendar ne peut pas être lu jusqu’au bout
error-setting = « { $name } » n’est pas un réglage ; les réglages connus : { $known }
error-between = { $name } doit être entre { $min } et { $max }
error-not-stored = « { $name } » n’est pas enregistré
error-no-such-person = personne ne s’appelle « { $name } » dans votre réseau
error-person-exists = « { $to } » est déjà dans votre réseau ; fusionnez plutôt « { $from } » avec lui
error-same-name = « { $from } » et « { $to } » sont le même nom
error-archived-log = « { $habit } » est archivée ; restaurez-la avant de noter quoi que ce soit
error-already-done = « { $habit } » est déjà faite le { $date } ; annulez d’abord pour sauter ce jour
error-future-day = impossible de noter le { $date } : ce jour n’est pas encore arrivé
error-no-link = il n’y a pas de lien « { $name } » ; ajoutez-en un d’abord
error-no-such-link = il n’y a pas de lien « { $name } » ; les liens sont { $known }
error-too-many-links = il y a déjà { $max } liens ; supprimez-en un d’abord
error-too-many-ideas = { $count } idées, c’est trop ; { $max } au plus
error-archived-start = « { $habit } » est archivée ; restaurez-la avant de commencer un passage
error-checkin-running = un passage { $habit } est déjà en cours ; terminez-le ou annulez-le d’abord
error-no-checkin = aucun passage n’est en cours
error-write-json = impossible d’écrire le JSON : { $why }
error-import-habit-link = habits ({ $habit }) : son lien « { $name } » n’est pas parmi les liens
error-from-after-to = --from { $from } vient après --to { $to }
error-check-future = le { $date } est dans le futur ; un point sur les bénéfices porte sur une semaine commencée
error-snooze-length = « Plus tard » dure de 1 seconde à 12 heures
error-no-such-habit = il n’y a pas d’habitude « { $habit } » ; les habitudes connues : { $known }
error-search-long = une recherche fait au plus { $max } caractères
error-draft = un brouillon a { $count } réponses, chacune 0 (pas encore) ou de 1 à 5
error-no-backup = il n’y a pas de sauvegarde « { $file } » ; `aloud restore --list` les montre
error-import-too-large = le fichier à importer dépasse { $size } Mo
error-import-json = le fichier à importer n’est pas du JSON valide : { $why }
error-import-format = le fichier à importer n’est pas un export d’Aloud (format doit valoir « { $format } »)
error-import-newer = le fichier à importer est en version { $found }, faite par un Aloud plus récent ; celui-ci lit la version { $known }
error-import-version = la version du fichier à importer manque ou est inconnue ; attendue : { $known }
error-import-shape = le fichier à importer ne suit pas le format d’export : { $why }
error-import-at = { $place } : { $error }
error-twice = « { $name } » apparaît deux fois
error-unknown-habit = habitude inconnue
error-logged-twice = le jour est noté deux fois
error-done-and-skipped = le jour est à la fois fait et sauté
error-skipped-twice = le jour est sauté deux fois
error-pause-backwards = elle finit avant de commencer
error-checked-twice = la semaine a deux points
error-day-checked-twice = l’habitude a deux points le même jour
error-two-defaults = plus d’un est le lien par défaut

error-import-path = donnez le chemin complet du fichier à importer, pas « { $path } »
error-export-format = « { $value } » n’est pas un format d’export ; utilisez json ou csv
error-cannot-read = impossible de lire { $path } : { $why }
error-not-utf8 = { $path } n’est pas du texte UTF-8
error-close-window = impossible de fermer la fenêtre : { $why }
error-not-a-backup = « { $name } » n’est pas le nom d’une sauvegarde
start-at-login-failed = Impossible de changer « Lancer à l’ouverture de session » : { $why }
error-newer-schema = { $path } a été écrit par une version plus récente d’Aloud (schéma { $found }, celle-ci connaît jusqu’à { $known }) ; il n’a été ni ouvert ni modifié
error-corrupt = { $path } n’est pas une base Aloud lisible : { $why }
error-io = { $doing } : { $why }
error-disk-full = le disque est plein : rien n’a été enregistré ; libérez de la place et réessayez
error-read-only = le fichier de l’historique est en lecture seule : rien n’a été enregistré
error-disk-failing = le fichier de l’historique n’a pas pu être écrit (le disque est-il plein ou défaillant ?) : rien n’a été enregistré ({ $why })
error-locked = l’historique est verrouillé par un autre programme : rien n’a été enregistré ; réessayez
error-database = erreur de base de données : { $why }
io-creating = en créant { $path }
io-creating-folder = en créant le dossier { $path }
io-writing = en écrivant { $path }
io-reading = en lisant { $path }
io-removing = en supprimant { $path }
io-moving-aside = en mettant { $path } de côté
io-restoring = en restaurant { $path }
io-stdout = en écrivant sur la sortie standard
io-terminal = en dialoguant avec le terminal
io-autostart = en écrivant l’entrée de démarrage automatique
io-cannot-write-data = Aloud ne peut pas écrire dans { $path }, où il garde votre historique (rien n’a été changé)

## Après qu'un historique endommagé a été mis de côté

recovered-from-backup = Le fichier d’historique d’Aloud était endommagé ({ $why }). Il a été mis de côté sous le nom { $path } et la sauvegarde du { $backup } a été restaurée ; ce qui a été noté depuis manque.
recovered-afresh = Le fichier d’historique d’Aloud était endommagé ({ $why }) et aucune sauvegarde n’était saine. Il a été mis de côté sous le nom { $path } et un nouvel historique, vide, a commencé.

## aloud --help

help-aloud = Prendre l’habitude de travailler à voix haute : trois habitudes minuscules par jour.
help-aloud--data-dir = Où se trouve l’historique (par défaut : $ALOUD_DATA_DIR, sinon ~/.local/share/app.aloud.Aloud)
tray-about = L’app Aloud de la zone de notification : l’icône, son menu et les rappels.
help-log = Noter une habitude comme faite (aujourd’hui, ou --date)
help-log--habit = describe, interact, recognize, ou une habitude à vous
help-log--note = Une ligne, 500 caractères au plus
help-log--minutes = Minutes passées, de 1 à 240
help-log--need = Le besoin servi : information, help, belonging, recognition ou purpose
help-log--with = Une personne ou une équipe concernée (à répéter pour plusieurs ; 10 au plus, 80 caractères chacune)
help-undo = Retirer l’entrée ou le saut d’un jour
help-skip = Excuser un jour : il n’interrompt ni ne prolonge la série
help-status = Aujourd’hui : chaque habitude faite, sautée ou à faire, et le prochain rappel
help-status--json = Écrire du JSON (formes décrites dans le README)
help-history = Entrées et jours sautés entre deux dates (par défaut : les 30 derniers jours)
help-stats = Par habitude : série en cours et record, régularité, totaux
help-stats--json = Écrire du JSON (formes décrites dans le README)
help-habits = Lister les habitudes
help-habits--json = Écrire du JSON (formes décrites dans le README)
help-habit = Modifier ou ajouter une habitude
help-habit-set = Changer l’heure, l’heure limite, les jours, le nom, le déclencheur, l’invitation, le lien d’une habitude, ou l’activer
help-habit-set--time = HH:MM ou HH:MM:SS, heure locale sur 24 heures
help-habit-set--days = mon,tue,… ou weekdays ou daily
help-habit-set--archived = Archiver (true) masque l’habitude et ses rappels mais garde son historique
help-habit-set--latest = L’heure limite à laquelle son rappel peut encore s’afficher (HH:MM, après --time), par exemple s’il vous a attendu ; `default` pour son heure plus le délai de rattrapage
help-habit-set--link = Le lien du réseau qu’ouvrent ses passages (voir `aloud links`) ; `default` pour le lien par défaut
help-check = Le point hebdomadaire d’automatisme d’une habitude : quatre réponses de 1 à 7 (ou une, la forme courte)
help-check--habit = describe, interact, recognize, ou une habitude à vous
help-check--answers = Votre accord, de 1 à 7, avec : je le fais automatiquement, sans avoir à m’en souvenir consciemment, sans y penser, et je commence avant de m’en rendre compte
help-check--date = Le jour concerné (par défaut : aujourd’hui)
help-automaticity = Si chaque habitude est devenue automatique : ses points, sa courbe, ses rappels
help-automaticity--habit = Seulement cette habitude
help-automaticity--json = Écrire du JSON (formes décrites dans le README)
help-habit-set--prompts = Comment elle est rappelée : full (une fenêtre), quiet (pas de fenêtre ; la barre l’indique à faire) ou off (rien jusqu’à ce qu’elle soit notée)
help-habit-set--starter = Un « Je vais … » plus petit que les rappels proposent les jours difficiles ; "" le retire
help-habit-add = Ajouter une habitude à vous
help-habit-add--id = Un identifiant court : une minuscule, puis des lettres, des chiffres ou « - »
help-habit-add--latest = L’heure limite à laquelle son rappel peut encore s’afficher (HH:MM, après --time)
help-pause = Faire taire les rappels un moment, jusqu’à une date, ou finir une pause
help-pause--length = Combien de temps, p. ex. 2h, 90m, 3d
help-pause--until = Les rappels reviennent à cette date
help-pause--off = Finir la pause maintenant
help-export = Écrire tout (JSON) ou les entrées (CSV)
help-export--output = Écrire dans FICHIER plutôt que sur la sortie standard
help-import = Fusionner un export (JSON) dans ce dossier de données ; entièrement vérifié avant d’écrire
help-review = Le point hebdomadaire sur les bénéfices : en noter un (--rating, --responses), puis voir le verdict
help-review--rating = Le bénéfice que vous voyez au travail à voix haute, de 1 (aucun) à 5 (beaucoup)
help-review--responses = Réactions reçues cette semaine-là : mentions J’aime, commentaires, questions qu’on vous a posées
help-review--date = Un jour de la semaine évaluée (par défaut : cette semaine)
help-assess = L’auto-évaluation des cinq états d’esprit : posée ici, ou --answers, ou --history
help-assess--answers = Vingt réponses de 1 à 5, séparées par des virgules, dans l’ordre où `aloud assess` les pose
help-assess--history = Toutes les évaluations jusqu’ici, les plus anciennes d’abord
help-backup = Faire une sauvegarde maintenant (Aloud en fait aussi une chaque jour où il tourne)
help-restore = Les sauvegardes automatiques : les lister, ou en rétablir une
help-restore--file = Le nom d’une sauvegarde (voir --list) ou le chemin d’un fichier de sauvegarde
help-restore--list = Les sauvegardes, les plus récentes d’abord
help-config = Montrer les réglages, ou en changer un : snooze (p. ex. 10m), catch_up_window (p. ex. 2h), timezone, retake_every (p. ex. 3w), checkin_length (p. ex. 10m)
help-config--key = snooze, catch_up_window ou timezone
help-config--value = La nouvelle valeur
help-calendars = Vos calendriers dont les réunions retiennent les rappels, la prochaine réunion du jour, et si vous êtes occupé maintenant
help-calendars--json = Afficher du JSON (formes décrites dans le README)
help-config-calendar = Ajouter ou retirer un calendrier dont les réunions retiennent les rappels
help-config-calendar-add = Ajouter un fichier iCalendar (.ics) : les rappels attendent pendant ses réunions
help-config-calendar-add--path = Le fichier de calendrier (exporté ou synchronisé par Outlook, Thunderbird, Evolution…)
help-config-calendar-remove = Retirer un calendrier (le fichier lui-même reste tel quel)
help-config-calendar-remove--path = Le fichier de calendrier (exporté ou synchronisé par Outlook, Thunderbird, Evolution…)
help-start = Commencer un passage chronométré : ouvre le lien du réseau de l’habitude dans votre navigateur
help-start--habit = describe, interact, recognize, ou une habitude à vous
help-start--no-open = Lancer le chrono sans ouvrir le lien
help-finish = Terminer le passage en cours : note son habitude avec les minutes passées
help-finish--json = Écrire du JSON (formes décrites dans le README)
help-cancel = Arrêter le passage en cours sans le noter
help-links = Vos liens de réseau : les pages qu’ouvre un passage
help-links--json = Écrire du JSON (formes décrites dans le README)
help-link = Ajouter, retirer ou choisir le lien de réseau par défaut
help-link-add = Ajouter un lien (ou lui donner une nouvelle adresse) : https:// ou http:// seulement
help-link-add--name = Un nom court, p. ex. "Viva Engage" ou LinkedIn
help-link-add--url = La page à ouvrir, p. ex. https://www.linkedin.com/feed/
help-link-add--default = En faire le lien par défaut
help-link-remove = Retirer un lien ; les habitudes qui l’ouvraient ouvrent le lien par défaut
help-link-default = Faire d’un lien celui par défaut, qu’ouvrent les habitudes sans lien propre
help-ideas = Les idées de publication d’une habitude, celle du jour d’abord ; ou les remplacer
help-ideas--set = Remplacer les idées par les lignes d’un fichier (`-` : entrée standard)
help-ideas--reset = Rétablir les idées propres à l’habitude
help-people = Les personnes et équipes que vos passages ont nommées : qui vous avez touché chaque mois, et qui remercier ensuite. Ou en renommer, fusionner, oublier une, ou dire si c’est une équipe
help-people-rename = Écrire un nom autrement ; chaque passage qui le nommait suit
help-people-merge = Fondre un nom dans un autre (la même personne écrite de deux façons)
help-people-forget = Retirer un nom de chaque passage, de chaque note et du fichier de la base lui-même
help-people-forget--from-backups = Le retirer aussi des sauvegardes automatiques
help-people-kind = Si un nom est une personne ou une équipe
help-rhythm = Ce qu’Aloud a appris de votre journée : quand vous arrivez d’habitude, partez déjeuner et partez le soir. Ou l’oublier
help-rhythm--json = Écrire du JSON (formes décrites dans le README)
help-rhythm-forget = Oublier tout ce qui a été appris de vos journées
cli-rhythm-head = Votre journée, telle qu’Aloud l’apprend de vos moments au poste :
cli-rhythm-head-off = Votre journée (l’apprentissage est coupé ; `aloud config learn_rhythm on` le rallume) :
cli-rhythm-learned = { $moment } : { $time }, sur { $days ->
        [one] le dernier jour
       *[other] les { $days } derniers jours
    }
cli-rhythm-learning = { $moment } : en apprentissage, { $days } jours sur { $needed }
cli-rhythm-forgotten = Ce qu’Aloud avait appris de votre journée est oublié ({ $count ->
        [one] une marque
       *[other] { $count } marques
    }).
rhythm-arrival = Vous arrivez
rhythm-lunch = Vous partez déjeuner
rhythm-leaving = Vous partez le soir
ui-date = { $day } { $month } { $year }

## Automatisme : le questionnaire SRBAI (Gardner et al. 2012 ; notre traduction,
## affirmation par affirmation parallèle à l’original anglais), la courbe, les rappels
## qui s’effacent, le dépannage.
srbai-automatically = « { $habit } » est quelque chose que je fais automatiquement.
srbai-without-remembering = « { $habit } » est quelque chose que je fais sans avoir à m’en souvenir consciemment.
srbai-without-thinking = « { $habit } » est quelque chose que je fais sans y penser.
srbai-before-realising = « { $habit } » est quelque chose que je commence à faire avant de m’en rendre compte.
error-srbai-range = la réponse { $number } vaut { $value } ; chaque réponse est un nombre entier de 1 (pas du tout d’accord) à 7 (tout à fait d’accord)
error-srbai-count = donnez quatre réponses (une par affirmation) ou une seule (la forme courte) ; il y en a { $count }
error-srbai-not-an-answer = « { $value } » n’est pas une réponse ; les réponses sont des nombres entiers de 1 à 7
error-srbai-future = le { $date } est dans le futur ; un point porte sur ce que l’habitude est devenue jusqu’ici
error-srbai-before = le { $date } précède le début de { $habit } ({ $began })
error-srbai-past = le point du { $date } reste tel quel ; un point ne se modifie que le jour même
error-prompt-stage = « { $value } » n’est pas un niveau de rappel ; choisissez full, quiet ou off
error-no-offer = Aloud n’a pas de pas en arrière à proposer pour { $habit } pour l’instant
fit-too-few = Pas encore de courbe : il faut { $wanted } points sur au moins { $weeks } semaines, et il y en a { $count }.
fit-too-short = Pas encore de courbe : les points couvrent { $days } jours, et une courbe demande au moins { $weeks } semaines.
fit-flat = Pas de courbe : vos réponses ont à peine bougé, il n’y a pas de progression à mesurer.
fit-falling = Pas de courbe : vos réponses baissent au lieu de monter. Le dépannage du Bilan peut aider.
fit-no-plateau = Pas encore de plateau : vos réponses montent encore régulièrement, on ne peut pas dire où elles se stabiliseront.
prompts-full = rappels complets
prompts-quiet = discrets (pas de fenêtre ; la barre l’indique à faire)
prompts-off = coupés (rien jusqu’à ce que vous le notiez)
automaticity-recorded = { $habit } : automatisme { $score } sur 7 le { $date }.
automaticity-habit = { $habit } — régularité { $consistency } % ; rappels : { $prompts }
automaticity-checks = automatisme { $score } sur 7 le { $date } ({ $count ->
    [one] { $count } point
   *[other] { $count } points
})
automaticity-no-checks = pas encore de point d’automatisme
automaticity-curve = plateau { $plateau } sur 7, atteint à { $percent } % ; 95 % vers le { $date } (jour { $days } ; la plupart des gens mettent 18 à 254 jours, médiane 66)
automaticity-restored = les rappels complets sont revenus après les oublis du { $first } et du { $second }
automaticity-offer = c’est devenu automatique : Aloud propose { $stage } (aloud habit set { $id } --prompts { $stage })
automaticity-check-due = un point est dû : aloud check { $id } --answers A,B,C,D
menu-due-quiet = ● { $habit } — à faire maintenant ({ $cue })
reminder-starter = Trop pour aujourd’hui ? Commencez petit : { $starter }
ui-automaticity-title = Est-ce devenu automatique ?
ui-automaticity-explain = Une fois par semaine, quatre affirmations sur chaque habitude, de 1 (pas du tout d’accord) à 7 (tout à fait d’accord). Une habitude est automatique quand elle se fait sans rappel : chez la plupart des gens, les réponses se stabilisent après environ 66 jours (18 à 254). La régularité dit à quelle fréquence vous l’avez faite ; l’automatisme, si elle se fait désormais sans y penser. Quand les deux sont hauts, Aloud propose de vous rappeler moins.
ui-scale-hint = 1 pas du tout d’accord · 7 tout à fait d’accord
ui-quick-form-hint = Peu de temps ? Répondez seulement à la première affirmation : c’est la forme courte.
ui-answer-all-or-first = Répondez aux quatre affirmations, ou seulement à la première pour la forme courte.
ui-check-saved = Point de { $habit } enregistré.
ui-population-band = La plupart des gens atteignent 95 % de leur plateau entre le jour 18 et le jour 254 (médiane 66)
ui-check-point = { $date } : { $score } sur 7
ui-day-zero = jour 0
ui-day-n = jour { $day }
ui-curve-summary = Plateau { $plateau } sur 7, atteint à { $percent } % aujourd’hui ; 95 % vers le { $date } (jour { $days }). La plupart des gens mettent 18 à 254 jours, médiane 66.
ui-step-back-yes = Oui, un pas en arrière
ui-not-now = Pas maintenant
ui-stepped-back = { $habit } : { $stage } désormais.
ui-offer = { $habit } est devenue automatique pour vous : vos deux derniers points sont hauts et vous la faites régulièrement. Passer à { $stage } ?
ui-trouble-misses = { $habit } a été oubliée le { $first } et le { $second }. Voyons quoi changer, dans cet ordre :
ui-trouble-slipping = La régularité de { $habit } est passée de { $from } % à { $to } % en quatre semaines. Voyons quoi changer, dans cet ordre :
ui-trouble-moment = Le moment : est-ce la bonne heure ? La déplacer à
ui-move-it = Déplacer
ui-trouble-starter = Rendre plus facile : un premier pas plus petit, « Je vais … »
ui-save-starter = Enregistrer le premier pas
ui-trouble-motivation = La motivation : est-ce que cela vaut encore la peine ? Regardez le point sur les bénéfices.
ui-to-benefits = Vers le point sur les bénéfices
ui-trouble-saved = Enregistré dans l’habitude.
ui-auto-summary = Régularité { $consistency } % · automatisme { $score } sur 7 · { $prompts }
ui-auto-summary-none = Régularité { $consistency } % · pas encore de point · { $prompts }
ui-restored = Les rappels complets sont revenus pour { $habit } : elle a été oubliée le { $first } et le { $second }. Aloud proposera de nouveau un pas en arrière quand ce sera facile à nouveau.
ui-next-check = Prochain point à partir du { $date }.
ui-prompts-full = rappels complets
ui-prompts-quiet = rappels discrets (pas de fenêtre)
ui-prompts-off = rappels coupés
ui-due-now-quiet = à faire maintenant (rappel discret)
ui-starter-step = Premier pas (facultatif) : un « Je vais … » plus petit pour les jours difficiles
ui-starter-is = Trop pour aujourd’hui ? Commencez petit : { $starter }
reminder-restored = Les rappels complets sont revenus : oubliée le { $first } et le { $second }.
ui-curve-legend = Points : vos réponses · ligne : la courbe ajustée · tirets : 95 % du plateau · pointillés : aujourd’hui · bande grise : là où la plupart atteignent 95 % (jours 18 à 254, médiane 66)

## Pourquoi le rappel d’une habitude vient à son heure.
why-arrival = dès { $at }, à la première arrivée au poste
why-lunch = { $at } — { $lead } min avant le départ habituel pour le déjeuner, { $typical } sur les { $days } derniers jours
why-leaving = { $at } — { $lead } min avant le départ habituel de la journée, { $typical } sur les { $days } derniers jours
why-learning-lunch = { $at }, le temps qu’Aloud apprenne l’heure habituelle du déjeuner (apprentissage : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $needed })
why-learning-leaving = { $at }, le temps qu’Aloud apprenne l’heure habituelle de départ (apprentissage : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $needed })
why-not-workday = { $at } (les heures habituelles s’apprennent les jours ouvrés)
error-anchor = « { $value } » n’est pas un ancrage ; choisissez time, arrival, lunch ou leaving
error-lead = « { $value } » n’est pas une avance ; choisissez des minutes entières de 0 à 60, par exemple 10m
anchor-time = à cette heure
anchor-arrival = quand je m’installe pour la première fois (dès cette heure)
anchor-lunch = avant de partir déjeuner
anchor-leaving = avant de partir le soir
ui-reminder-comes = Le rappel vient
ui-lead-minutes = Minutes avant ({ $min }–{ $max })
ui-anchor-offer-arrival = { $habit } vient à { $time }, mais { $days } des { $of } derniers jours ouvrés, vous vous êtes installé plus de 20 minutes après (d’habitude à { $typical }).
ui-anchor-offer-lunch = { $habit } vient à { $time }, mais { $days } des { $of } derniers jours ouvrés, vous êtes parti déjeuner à plus de 20 minutes de cette heure (d’habitude à { $typical }).
ui-anchor-offer-leaving = { $habit } vient à { $time }, mais { $days } des { $of } derniers jours ouvrés, vous êtes parti le soir à plus de 20 minutes de cette heure (d’habitude à { $typical }).
ui-anchor-offer-take = Me le rappeler plutôt { $anchor }
ui-anchor-offer-no = Non merci
ui-anchor-offers = À vos vrais moments
ui-anchor-taken = { $habit } vient désormais { $anchor }.
ui-rhythm = Votre journée, telle qu’Aloud l’apprend
ui-learn-rhythm = Apprendre ma journée de ma présence au poste (arrivée, pauses, départ)
ui-rhythm-learned = { $moment } : { $time }, sur les { $days } derniers jours
ui-rhythm-learning = { $moment } : en cours d’apprentissage, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $needed }
ui-rhythm-forget = Oublier ce qu’Aloud a appris
ui-rhythm-forgotten = Ce qu’Aloud avait appris de votre journée est oublié.
ui-moment-arrival = Vous arrivez
ui-moment-lunch = Vous partez déjeuner
ui-moment-leaving = Vous partez le soir
cli-anchor-offer = { $habit } vient à { $time }, mais { $days } des { $of } derniers jours ouvrés, son moment en était à plus de 20 minutes (d’habitude à { $typical }) : `aloud habit set { $id } --anchor { $anchor }` le lie à ce moment.
help-habit-set--anchor = Ce à quoi son rappel est lié : son heure, votre première installation au poste (arrival, dès --time), ou le moment avant votre départ habituel pour déjeuner ou le soir (lunch, leaving)
help-habit-set--lead = Combien de temps avant le déjeuner ou le départ habituel son rappel vient, de 0 à 60 minutes, par exemple 10m
