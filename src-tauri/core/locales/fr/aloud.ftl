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

reminder-moment = { $cue } : { $prompt }
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
verdict-challenge = { $habit } est régulière ({ $strength } % de solidité). Prête pour un plus grand défi ? Réécrivez son invitation : un nouveau sujet, une publication plus longue ou une question à votre réseau.

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
