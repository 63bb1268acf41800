### Die Sätze jedes Szenarios: Betreff, Dank (mit oder ohne ein konkretes Lob), Entscheidung
### und ein Schlusssatz, der die Tür offen hält ($stay-in-touch) oder einfach alles Gute
### wünscht. „formal“ schreibt im Stil eines Geschäftsbriefs, „brief“ ist kürzer, aber
### freundlich, „firm“ lässt keinen Zweifel, dass diese Gelegenheit abgeschlossen ist.
###
### Der Dankessatz steht in jedem Brief direkt nach der Anrede und beginnt deshalb klein.
### Ein konkretes Lob ($detail) tippt der Absender im Nominativ mit Artikel („der Einsatz
### Ihres Teams …“); es steht deshalb immer als Subjekt („… beeindruckt hat mich …“), nie als
### Objekt oder nach einer Präposition. Sätze ohne $detail verwenden „beeindruck…“,
### „bewunder…“ und „spannend/interessant fand ich“ nicht.
###
### Namen von Veranstaltungen, Zeitschriften und Gremien ($event) stehen in Anführungszeichen
### nach einem Gattungswort („der Veranstaltung „…““, „der Zeitschrift „…““) oder nach einem
### Doppelpunkt, nie direkt nach einer Präposition, die Artikel und Kasus verlangt.
### $invitation nennt, was genau abgesagt wird; die Vorgabe (*) passt zu jeder Art.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Rückzug meiner Bewerbung als { $position }
       *[false] Rückzug meiner Bewerbung
    }
    [firm] { $has-position ->
        [true] Rückzug aus dem Bewerbungsverfahren: { $position }
       *[false] Rückzug meiner Bewerbung
    }
    [brief] { $has-position ->
        [true] { $position }: Rückzug meiner Bewerbung
       *[false] Rückzug meiner Bewerbung
    }
   *[warm] { $has-position ->
        [true] Vielen Dank für die Gelegenheit – { $position }
       *[false] Vielen Dank für die Gelegenheit
    }
}

job-interview-thanks = { $tone ->
    [formal] vielen Dank für die Berücksichtigung meiner Bewerbung für { role-phrase } und für die Zeit, die Sie ihr gewidmet haben.
    [firm] vielen Dank für Ihre Zeit und dafür, dass Sie mich für { role-phrase } berücksichtigt haben.
    [brief] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt haben.
   *[warm] herzlichen Dank, dass Sie mich für { role-phrase } in Betracht gezogen und sich so viel Zeit für meine Bewerbung genommen haben.
}

job-interview-thanks-detail = { $tone ->
    [formal] vielen Dank, dass Sie mich für { role-phrase } in Betracht gezogen haben; besonders beeindruckt hat mich { $detail }.
    [firm] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt haben; sehr beeindruckt hat mich { $detail }.
    [brief] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt haben; beeindruckt hat mich { $detail }.
   *[warm] herzlichen Dank, dass Sie mich für { role-phrase } in Betracht gezogen haben; wirklich beeindruckt hat mich { $detail }.
}

# Vor dem Vorgespräch und in der letzten Runde nennt der Satz die abgesagte Gesprächsrunde
# ausdrücklich.
job-interview-decision = { $invitation ->
    [screening_call] { $tone ->
        [formal] Nach sorgfältiger Überlegung habe ich mich entschieden, meine Bewerbung noch vor dem vereinbarten Vorgespräch zurückzuziehen.
        [firm] Ich ziehe meine Bewerbung noch vor dem Vorgespräch zurück; diese Entscheidung ist endgültig.
        [brief] Ich ziehe meine Bewerbung vor dem Vorgespräch zurück.
       *[warm] Nach reiflicher Überlegung habe ich mich entschieden, mich schon vor dem Vorgespräch aus dem Auswahlverfahren zurückzuziehen.
    }
    [final_round] { $tone ->
        [formal] Nach sorgfältiger Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen, und nehme daher an der abschließenden Gesprächsrunde nicht teil.
        [firm] Ich ziehe meine Bewerbung zurück und nehme an der abschließenden Gesprächsrunde nicht teil; diese Entscheidung ist endgültig.
        [brief] Ich ziehe meine Bewerbung zurück und sage die letzte Gesprächsrunde ab.
       *[warm] Nach reiflicher Überlegung habe ich mich entschieden, mich vor der letzten Gesprächsrunde aus dem Auswahlverfahren zurückzuziehen.
    }
   *[other] { $tone ->
        [formal] Nach sorgfältiger Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen.
        [firm] Ich habe mich entschieden, meine Bewerbung zurückzuziehen, und diese Entscheidung ist endgültig.
        [brief] Ich habe mich entschieden, meine Bewerbung zurückzuziehen.
       *[warm] Nach reiflicher Überlegung habe ich mich entschieden, mich aus dem Auswahlverfahren zurückzuziehen.
    }
}

job-interview-door-open = { $tone ->
    [formal] Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben, und wünsche Ihnen viel Erfolg bei der Suche nach der passenden Besetzung.
    [firm] Für künftige Gelegenheiten bleibe ich gern mit Ihnen in Kontakt, und ich wünsche Ihnen viel Erfolg bei der Besetzung der Stelle.
    [brief] Ich bleibe gern mit Ihnen in Kontakt und wünsche Ihnen alles Gute.
   *[warm] Ich würde mich sehr freuen, in Kontakt zu bleiben, und wünsche Ihnen viel Erfolg bei der Suche nach der richtigen Person.
}

job-interview-closing = { $tone ->
    [formal] Ich wünsche Ihnen viel Erfolg bei der Suche nach der passenden Besetzung.
    [firm] Ich wünsche Ihnen viel Erfolg bei der Besetzung der Stelle.
    [brief] Ich wünsche Ihnen alles Gute.
   *[warm] Ich wünsche Ihnen viel Erfolg dabei, die richtige Person für die Stelle zu finden.
}

## media_interview

# Immer im Dativ verwendet („an …“, „bei …“). Nennt der Absender eine Sendung, einen Podcast
# oder eine Reihe ($event), steht der Name in Anführungszeichen nach einem Gattungswort. Die
# Redaktion ($organization) folgt in Klammern, nie nach „für“: Artikel und Kasus des Namens
# („für den Deutschlandfunk“) kennen wir nicht.
# „Ihrer Folge des Podcasts „Lage der Nation“ zum Thema Homeoffice (Deutschlandfunk)“,
# „Ihrem Artikel zum Thema Homeoffice (Die Zeit)“, „Ihrem Beitrag“
piece-phrase = { $has-event ->
    [true] { programme-piece }{ $has-organization ->
        [true] {" "}({ $organization })
       *[false] {""}
    }{ $has-topic ->
        [true] {" "}zum Thema { $topic }
       *[false] {""}
    }
   *[false] { piece-noun }{ $has-topic ->
        [true] {" "}zum Thema { $topic }
       *[false] {""}
    }{ $has-organization ->
        [true] {" "}({ $organization })
       *[false] {""}
    }
}

# Der Beitrag innerhalb der Sendung, des Podcasts oder der Reihe, die der Absender als $event
# nennt (Dativ). Eine Sendung oder ein Podcast ist nie ein „Artikel“.
programme-piece = { $invitation ->
    [article] Ihrem Artikel in der Reihe „{ $event }“
    [broadcast] Ihrem Beitrag in der Sendung „{ $event }“
    [podcast] Ihrer Folge des Podcasts „{ $event }“
   *[other] Ihrem Beitrag im Format „{ $event }“
}

# Woran die Journalistin oder der Journalist arbeitet, im Dativ; ein Statement (comment) ist
# für ihren Beitrag.
piece-noun = { $invitation ->
    [article] Ihrem Artikel
    [broadcast] Ihrer Sendung
    [podcast] Ihrer Podcastfolge
   *[other] Ihrem Beitrag
}

# Dasselbe, wenn es schon genannt ist, nach „mit“: „viel Erfolg mit der Folge“.
piece-noun-again = { $invitation ->
    [article] dem Artikel
    [broadcast] der Sendung
    [podcast] der Folge
   *[other] Ihrer Berichterstattung
}

# Die Anfrage im Betreff; ein Statement (comment) ist kein Interview.
media-request-noun = { $invitation ->
    [comment] Ihre Anfrage nach einer Stellungnahme
   *[other] Ihre Interviewanfrage
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { media-request-noun } zum Thema { $topic }
       *[other] { $invitation ->
            [comment] { media-request-noun } zum Thema { $topic }
           *[other] Ihre Anfrage zum Thema { $topic }
        }
    }
   *[false] { media-request-noun }
}

media-interview-thanks = { $tone ->
    [formal] vielen Dank für Ihre Anfrage, an { piece-phrase } mitzuwirken; es ehrt mich, dass Sie an mich gedacht haben.
    [firm] vielen Dank, dass Sie bei { piece-phrase } an mich gedacht haben.
    [brief] danke, dass Sie bei { piece-phrase } an mich gedacht haben.
   *[warm] vielen Dank für Ihre Nachricht und dafür, dass Sie bei { piece-phrase } an mich gedacht haben; das freut mich sehr.
}

media-interview-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre Anfrage, an { piece-phrase } mitzuwirken; seit Langem beeindruckt mich { $detail }.
    [firm] vielen Dank, dass Sie bei { piece-phrase } an mich gedacht haben; sehr beeindruckt hat mich { $detail }.
    [brief] danke, dass Sie an mich gedacht haben; beeindruckt hat mich { $detail }.
   *[warm] vielen Dank, dass Sie bei { piece-phrase } an mich gedacht haben; schon lange beeindruckt mich { $detail }.
}

media-interview-decision = { $tone ->
    [formal] { $invitation ->
        [comment] Zu meinem Bedauern kann ich Ihnen keine Stellungnahme geben.
       *[other] Zu meinem Bedauern kann ich an dem Interview nicht teilnehmen.
    }
    [firm] { $invitation ->
        [comment] Ich werde keine Stellungnahme abgeben und gebe Ihnen schon jetzt Bescheid, damit Sie planen können.
       *[other] Ich werde für das Interview nicht zur Verfügung stehen und gebe Ihnen schon jetzt Bescheid, damit Sie planen können.
    }
    [brief] Ich kann leider nicht teilnehmen.
   *[warm] Leider kann ich dieses Mal nicht dabei sein.
}

media-interview-door-open = { $tone ->
    [formal] Für künftige Beiträge stehe ich Ihnen gern zur Verfügung, und ich wünsche Ihnen viel Erfolg mit { piece-noun-again }.
    [firm] Für künftige Beiträge bleibe ich gern mit Ihnen in Kontakt, und ich wünsche Ihnen alles Gute mit { piece-noun-again }.
    [brief] Über künftige Anfragen freue ich mich – viel Erfolg mit { piece-noun-again }!
   *[warm] Über einen Austausch zu künftigen Beiträgen würde ich mich freuen, und ich wünsche Ihnen viel Erfolg mit { piece-noun-again }.
}

media-interview-closing = { $tone ->
    [formal] Ich wünsche Ihnen viel Erfolg mit { piece-noun-again }.
    [firm] Ich wünsche Ihnen gutes Gelingen mit { piece-noun-again }.
    [brief] Viel Erfolg mit { piece-noun-again }!
   *[warm] Ich wünsche Ihnen von Herzen viel Erfolg mit { piece-noun-again }.
}

## speaking_engagement

# Immer im Dativ verwendet („auf …“, „im Rahmen …“): „der Veranstaltung „Design Summit“ (Acme)“,
# „Ihrer Veranstaltung (Acme)“, „Ihrer Veranstaltung“
event-phrase = { $has-event ->
    [true] der Veranstaltung „{ $event }“
   *[false] Ihrer Veranstaltung
}{ at-organization }

topic-clause = { $has-topic ->
    [true] {" "}zum Thema { $topic }
   *[false] {""}
}

# Was die Rednerin oder der Redner tun soll, als Infinitivgruppe nach „Einladung, …“:
# „die Keynote auf der Veranstaltung „Design Summit“ (Acme) zu halten“.
speaking-task = { $invitation ->
    [talk] einen Vortrag auf { event-phrase } zu halten
    [keynote] die Keynote auf { event-phrase } zu halten
    [panel] an der Podiumsdiskussion auf { event-phrase } teilzunehmen
    [workshop] einen Workshop auf { event-phrase } zu leiten
    [webinar] ein Webinar{ webinar-frame } zu halten
   *[other] auf { event-phrase } zu sprechen
}

# Dasselbe mit dem Thema: „die Keynote zum Thema Homeoffice auf der Veranstaltung … zu halten“.
speaking-task-on-topic = { $invitation ->
    [talk] einen Vortrag{ topic-clause } auf { event-phrase } zu halten
    [keynote] die Keynote{ topic-clause } auf { event-phrase } zu halten
    [panel] an der Podiumsdiskussion{ topic-clause } auf { event-phrase } teilzunehmen
    [workshop] einen Workshop{ topic-clause } auf { event-phrase } zu leiten
    [webinar] ein Webinar{ topic-clause }{ webinar-frame } zu halten
   *[other] auf { event-phrase }{ topic-clause } zu sprechen
}

# Ein Webinar findet nicht „auf“ einer Veranstaltung statt, und meist ist der Name der einer
# Reihe: „ im Rahmen von „…“ (Acme)“ (ohne Gattungswort, das nicht zu jeder Reihe passt),
# „ für Ihr Haus (Acme)“ oder nichts.
webinar-frame = { $has-event ->
    [true] {" "}im Rahmen von „{ $event }“{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}für Ihr Haus ({ $organization })
       *[false] {""}
    }
}

# Die Anfrage im Betreff, immer ein Femininum: „Ihre …“, „zu Ihrer …“.
speaking-request-noun = { $invitation ->
    [talk] Vortragsanfrage
    [keynote] Keynote-Anfrage
    [panel] Anfrage zur Podiumsdiskussion
    [workshop] Workshop-Anfrage
    [webinar] Webinar-Anfrage
   *[other] Vortragsanfrage
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Ihre { speaking-request-noun }: „{ $event }“
        [firm] Absage zu Ihrer { speaking-request-noun }: „{ $event }“
        [brief] „{ $event }“: Ihre { speaking-request-noun }
       *[warm] Vielen Dank für die Einladung zur Veranstaltung „{ $event }“
    }
   *[false] { $tone ->
        [formal] Ihre { speaking-request-noun }
        [firm] Absage zu Ihrer { speaking-request-noun }
        [brief] Ihre { speaking-request-noun }
       *[warm] Vielen Dank für Ihre { speaking-request-noun }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] vielen Dank für Ihre freundliche Einladung, { speaking-task-on-topic }.
    [firm] vielen Dank für Ihre Einladung, { speaking-task-on-topic }.
    [brief] danke für die Einladung, { speaking-task }.
   *[warm] herzlichen Dank für Ihre Einladung, { speaking-task-on-topic }; es ehrt mich sehr, dass Sie an mich gedacht haben.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre freundliche Einladung, { speaking-task-on-topic }; besonders beeindruckt mich { $detail }.
    [firm] vielen Dank für Ihre Einladung, { speaking-task }; sehr beeindruckt mich { $detail }.
    [brief] danke für Ihre { speaking-request-noun }; beeindruckt hat mich { $detail }.
   *[warm] herzlichen Dank für Ihre Einladung, { speaking-task-on-topic }; wirklich beeindruckt mich { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Nach sorgfältiger Abwägung muss ich Ihnen leider absagen.
    [firm] Ich habe mich entschieden abzusagen und gebe Ihnen schon jetzt Bescheid, damit Sie das Programm planen können.
    [brief] Ich muss leider absagen.
   *[warm] Nach einem genauen Blick in meinen Kalender muss ich Ihnen leider absagen.
}

speaking-engagement-door-open = { $tone ->
    [formal] Über die Gelegenheit, bei einer künftigen Veranstaltung mitzuwirken, würde ich mich freuen, und ich wünsche Ihnen mit dem aktuellen Programm viel Erfolg.
    [firm] Von künftigen Veranstaltungen höre ich gern, und für die anstehende wünsche ich Ihnen viel Erfolg.
    [brief] Künftige Einladungen sind jederzeit willkommen – gutes Gelingen!
   *[warm] Über künftige Gelegenheiten spreche ich jederzeit gern, und ich wünsche Ihnen eine rundum gelungene Veranstaltung.
}

speaking-engagement-closing = { $tone ->
    [formal] Ich wünsche Ihnen viel Erfolg mit der Veranstaltung.
    [firm] Ich wünsche Ihnen eine erfolgreiche Veranstaltung.
    [brief] Gutes Gelingen!
   *[warm] Ich wünsche Ihnen eine rundum gelungene Veranstaltung.
}

## academic_invitation

# Ohne bestimmte Art (none) nach „an …“ (Dativ): „dem Vorhaben „Ringvorlesung 2027“ (Acme)“,
# „diesem Vorhaben (Acme)“, „diesem Vorhaben“. Kein Gattungswort wie „Veranstaltung“: die
# Einladung kann auch eine Zeitschrift oder ein Gremium betreffen.
invitation-phrase = { $has-event ->
    [true] dem Vorhaben „{ $event }“{ at-organization }
   *[false] { $has-organization ->
        [true] diesem Vorhaben ({ $organization })
       *[false] diesem Vorhaben
    }
}

# Was die Wissenschaftlerin oder der Wissenschaftler tun soll, als Infinitivgruppe nach
# „Einladung, …“; der Name steht nach einem Gattungswort in Anführungszeichen.
academic-task = { $invitation ->
    [peer_review] ein Manuskript{ for-journal } zu begutachten
    [editorial_board] { editorial-board-phrase } beizutreten
    [committee] { committee-phrase } mitzuwirken
    [guest_lecture] einen Gastvortrag{ lecture-frame } zu halten
    [program_committee] { program-committee-phrase } mitzuwirken
    [examiner] { examination-phrase } zu übernehmen
   *[other] an { invitation-phrase } mitzuwirken
}

# Dasselbe mit dem Thema, wo die ausführlicheren Tonlagen es nennen: „ein Manuskript zum Thema
# Homeoffice für die Zeitschrift „…“ zu begutachten“.
academic-task-on-topic = { $invitation ->
    [peer_review] ein Manuskript{ subject-clause }{ for-journal } zu begutachten
    [editorial_board] { editorial-board-phrase } beizutreten
    [committee] { committee-phrase }{ subject-clause } mitzuwirken
    [guest_lecture] einen Gastvortrag{ subject-clause }{ lecture-frame } zu halten
    [program_committee] { program-committee-phrase } mitzuwirken
    [examiner] { examination-phrase } zu übernehmen
   *[other] an { invitation-phrase }{ subject-clause } mitzuwirken
}

# „ für die Zeitschrift „…“ (Acme)“, „ (Acme)“ oder nichts
for-journal = { $has-event ->
    [true] {" "}für die Zeitschrift „{ $event }“
   *[false] {""}
}{ at-organization }

# Im Dativ: „dem Herausgeberbeirat der Zeitschrift „…“ (Acme)“, „Ihrem Herausgeberbeirat“
editorial-board-phrase = { $has-event ->
    [true] dem Herausgeberbeirat der Zeitschrift „{ $event }“
   *[false] Ihrem Herausgeberbeirat
}{ at-organization }

# „in der Kommission „…“ (Acme)“, „in Ihrer Kommission“
committee-phrase = { $has-event ->
    [true] in der Kommission „{ $event }“
   *[false] in Ihrer Kommission
}{ at-organization }

# „ im Rahmen der Veranstaltung „…“ (Acme)“, „ in Ihrem Haus (Acme)“ oder nichts
lecture-frame = { $has-event ->
    [true] {" "}im Rahmen der Veranstaltung „{ $event }“{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}in Ihrem Haus ({ $organization })
       *[false] {""}
    }
}

# „im Programmkomitee der Tagung „…“ (Acme)“, „in Ihrem Programmkomitee“
program-committee-phrase = { $has-event ->
    [true] im Programmkomitee der Tagung „{ $event }“
   *[false] in Ihrem Programmkomitee
}{ at-organization }

# Im Akkusativ: „die Begutachtung im Rahmen von „…“ (Acme)“, „die Begutachtung einer
# Abschlussarbeit in Ihrem Haus (Acme)“, „die Begutachtung einer Abschlussarbeit“. Der Name kann ein Verfahren, ein Programm oder der Titel der Arbeit sein;
# „im Rahmen von „…““ passt zu allen, „der Arbeit „…““ nur zum Titel.
examination-phrase = { $has-event ->
    [true] die Begutachtung im Rahmen von „{ $event }“{ at-organization }
   *[false] die Begutachtung einer Abschlussarbeit{ $has-organization ->
        [true] {" "}in Ihrem Haus ({ $organization })
       *[false] {""}
    }
}

# Die Einladung im Betreff, vor „: „…““.
academic-invitation-noun = { $invitation ->
    [peer_review] Gutachtenanfrage
    [editorial_board] Einladung in den Herausgeberbeirat
    [committee] Einladung in die Kommission
    [guest_lecture] Einladung zum Gastvortrag
    [program_committee] Einladung ins Programmkomitee
    [examiner] Anfrage zur Begutachtung einer Abschlussarbeit
   *[other] Ihre Einladung
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-invitation-noun }: „{ $event }“
        [firm] Absage: „{ $event }“
        [brief] { academic-invitation-noun }: „{ $event }“
       *[warm] Vielen Dank für Ihre Einladung: „{ $event }“
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Ihre freundliche Einladung
           *[other] { academic-invitation-noun }
        }
        [firm] { $invitation ->
            [none] Absage zu Ihrer freundlichen Einladung
           *[other] Absage: { academic-invitation-noun }
        }
        [brief] { academic-invitation-noun }
       *[warm] Vielen Dank für Ihre freundliche Einladung
    }
}

# „ zum Thema Homeoffice“, oder nichts
subject-clause = { $has-topic ->
    [true] {" "}zum Thema { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] vielen Dank für Ihre freundliche Einladung, { academic-task-on-topic }; es ist mir eine Ehre, dass Sie mich angefragt haben.
    [firm] vielen Dank für Ihre Einladung, { academic-task }.
    [brief] vielen Dank für Ihre Einladung, { academic-task }.
   *[warm] herzlichen Dank für Ihre freundliche Einladung, { academic-task-on-topic }; es bedeutet mir viel, dass Sie mich gefragt haben.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre freundliche Einladung, { academic-task }; seit Langem beeindruckt mich { $detail }.
    [firm] vielen Dank für Ihre Einladung, { academic-task }; sehr beeindruckt hat mich { $detail }.
    [brief] vielen Dank für Ihre Einladung; sehr beeindruckt hat mich { $detail }.
   *[warm] herzlichen Dank für Ihre freundliche Einladung, { academic-task }; schon lange beeindruckt mich { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] Nach sorgfältiger Abwägung muss ich Ihnen leider absagen.
    [firm] Ich habe mich entschieden abzusagen und möchte Ihnen schon jetzt eine klare Antwort geben.
    [brief] Ich muss leider absagen.
   *[warm] Ich habe gründlich darüber nachgedacht und muss Ihnen leider absagen.
}

academic-invitation-door-open = { $tone ->
    [formal] Ich würde mich freuen, in Verbindung zu bleiben, und hoffe, künftig zu Ihrer Arbeit beitragen zu können.
    [firm] Für künftige Kooperationen bleibe ich gern mit Ihnen in Kontakt.
    [brief] Ich bleibe gern mit Ihnen in Kontakt.
   *[warm] Ich würde mich sehr freuen, in Kontakt zu bleiben, und hoffe auf eine künftige Zusammenarbeit.
}

academic-invitation-closing = { $tone ->
    [formal] Ich wünsche Ihnen viel Erfolg bei diesem Vorhaben.
    [firm] Ich wünsche Ihnen dabei viel Erfolg.
    [brief] Alles Gute für Ihr Vorhaben!
   *[warm] Ich wünsche Ihnen dabei von Herzen viel Erfolg.
}

## reschedule
## $proposed-time steht als Zeitangabe ohne Präposition („Anfang nächsten Monats“,
## „am 3. März“, „nächste Woche“), so wie sie im Deutschen adverbial gebraucht wird.

# Ist die Art bekannt, nennt der Betreff sie mit dem Namen („… für die Keynote auf der
# Veranstaltung „…““); ohne Art steht ein Name nach dem Doppelpunkt, sonst „für unser Gespräch“.
reschedule-subject = { $invitation ->
    [none] { $has-event ->
        [true] { $tone ->
            [formal] Bitte um Terminverschiebung: „{ $event }“
            [firm] Vorschlag für einen neuen Termin: „{ $event }“
            [brief] „{ $event }“: neuer Termin?
           *[warm] Eine Bitte um Verschiebung: „{ $event }“
        }
       *[false] { reschedule-subject-phrase }
    }
   *[other] { reschedule-subject-phrase }
}

reschedule-subject-phrase = { $tone ->
    [formal] Bitte um einen neuen Termin für { meeting-phrase }
    [firm] Neuer Terminvorschlag für { meeting-phrase }
    [brief] Neuer Termin für { meeting-phrase }?
   *[warm] Ein neuer Termin für { meeting-phrase }?
}

reschedule-thanks = { $tone ->
    [formal] vielen Dank für Ihre Einladung; auf { meeting-phrase } freue ich mich aufrichtig.
    [firm] vielen Dank für Ihre Einladung; ich freue mich auf { meeting-phrase }.
    [brief] danke für die Einladung – ich freue mich auf { meeting-phrase }.
   *[warm] vielen Dank für die Einladung; ich freue mich wirklich auf { meeting-phrase }.
}

reschedule-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre Einladung; auf { meeting-phrase } freue ich mich, zumal mich { $detail } sehr beeindruckt.
    [firm] vielen Dank für Ihre Einladung; ich freue mich auf { meeting-phrase }, zumal mich { $detail } sehr beeindruckt.
    [brief] danke für die Einladung; beeindruckt hat mich { $detail }.
   *[warm] vielen Dank für die Einladung; ich freue mich sehr auf { meeting-phrase }, zumal mich { $detail } wirklich beeindruckt.
}

# Passt zu jeder Art: einen Vortrag oder eine Aufnahme „trifft“ man nicht.
reschedule-proposal = { $tone ->
    [formal] Wäre stattdessen auch { $proposed-time } denkbar?
    [firm] Ich schlage vor, dies stattdessen { $proposed-time } einzuplanen.
    [brief] Ginge es stattdessen { $proposed-time }?
   *[warm] Wäre es für Sie denkbar, das stattdessen { $proposed-time } einzuplanen?
}

reschedule-door-open = { $tone ->
    [formal] Sollte dies nicht möglich sein, habe ich dafür volles Verständnis und würde mich freuen, in jedem Fall in Kontakt zu bleiben.
    [firm] Falls das nicht möglich ist, verstehe ich das, und ich bleibe in jedem Fall gern mit Ihnen in Kontakt.
    [brief] Falls nicht, verstehe ich das gut – bleiben wir gern in Kontakt.
   *[warm] Falls Ihnen das nicht zusagt, habe ich vollstes Verständnis und würde mich freuen, so oder so in Kontakt zu bleiben.
}

reschedule-closing = { $tone ->
    [formal] Sollte dies nicht möglich sein, habe ich dafür volles Verständnis und danke Ihnen dennoch herzlich für die Einladung.
    [firm] Falls das nicht möglich ist, verstehe ich das und danke Ihnen dennoch für die Einladung.
    [brief] Falls nicht, verstehe ich das.
   *[warm] Falls Ihnen das nicht zusagt, habe ich vollstes Verständnis und danke Ihnen trotzdem herzlich für die Einladung.
}

## clarification_reply: Das Gegenüber hat gefragt, ob sich an der Entscheidung noch etwas
## ändern ließe. $proposed-time ist der Zeitpunkt, zu dem der Absender das Gespräch wieder
## aufnehmen würde, adverbial gebraucht („Anfang nächsten Jahres“).

clarification-reply-subject = { $tone ->
    [formal] Vielen Dank für Ihre Rückmeldung
    [firm] { $has-position ->
        [true] Meine Entscheidung zur Stelle als { $position }
       *[false] Meine Entscheidung
    }
    [brief] Danke für Ihre Nachfrage
   *[warm] Vielen Dank für Ihre Nachfrage
}

clarification-reply-thanks = { $tone ->
    [formal] vielen Dank für Ihre Rückmeldung und Ihre Bereitschaft, über Anpassungen nachzudenken.
    [firm] vielen Dank für Ihre Nachfrage und Ihr Angebot, etwas anzupassen.
    [brief] danke für Ihre Nachfrage.
   *[warm] vielen Dank, dass Sie nachgefragt haben, ob sich noch etwas ändern ließe; das weiß ich sehr zu schätzen.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre Rückmeldung; besonders beeindruckt hat mich { $detail }, und ich schätze Ihre Bereitschaft, über Anpassungen nachzudenken, sehr.
    [firm] vielen Dank für Ihre Nachfrage; beeindruckt hat mich { $detail }, und ich weiß Ihr Angebot zu schätzen.
    [brief] danke für Ihre Nachfrage; beeindruckt hat mich { $detail }.
   *[warm] vielen Dank für Ihre Nachfrage; wirklich beeindruckt hat mich { $detail }, und ich freue mich, dass Sie nachgehakt haben.
}

clarification-reply-decision = { $tone ->
    [formal] Nach nochmaliger Überlegung bleibe ich bei meiner Entscheidung, was { role-phrase } betrifft.
    [firm] Meine Entscheidung, was { role-phrase } betrifft, steht fest, und auf Ihrer Seite muss dafür nichts angepasst werden.
    [brief] Meine Entscheidung bleibt bestehen.
   *[warm] Ich habe noch einmal gründlich darüber nachgedacht, und meine Entscheidung, was { role-phrase } betrifft, bleibt bestehen.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Gern würde ich das Gespräch { $proposed-time } wieder aufnehmen, und ich danke Ihnen für Ihr Verständnis.
        [firm] Sollte sich { $proposed-time } eine neue Gelegenheit ergeben, würde ich mich freuen, davon zu hören.
        [brief] Gern komme ich { $proposed-time } darauf zurück.
       *[warm] Sehr gern würde ich das Gespräch { $proposed-time } wieder aufnehmen, und ich bin Ihnen für Ihr Verständnis dankbar.
    }
   *[false] { $tone ->
        [formal] Ich danke Ihnen für Ihr Verständnis und würde mich freuen, in Kontakt zu bleiben.
        [firm] Ich danke Ihnen für Ihr Verständnis und bleibe gern für künftige Stellen mit Ihnen in Kontakt.
        [brief] Danke für Ihr Verständnis – bleiben wir in Kontakt.
       *[warm] Ich bin Ihnen für Ihr Verständnis sehr dankbar und würde mich freuen, in Kontakt zu bleiben.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Sollte sich { $proposed-time } an meiner Situation etwas ändern, werde ich mich bei Ihnen melden.
        [firm] Sollte sich { $proposed-time } an meiner Situation etwas ändern, melde ich mich.
        [brief] Ändert sich { $proposed-time } etwas, melde ich mich.
       *[warm] Falls sich { $proposed-time } bei mir etwas ändert, melde ich mich bei Ihnen.
    }
   *[false] { $tone ->
        [formal] Nochmals vielen Dank für Ihr Verständnis.
        [firm] Vielen Dank für Ihr Verständnis.
        [brief] Danke für Ihr Verständnis.
       *[warm] Nochmals herzlichen Dank für Ihr Verständnis.
    }
}

## stay_in_touch: eine kurze Nachricht nach einer Absage.

# Immer im Akkusativ verwendet („für …“).
conversation-phrase = { $has-topic ->
    [true] unser Gespräch über { $topic }
   *[false] { $has-position ->
        [true] unser Gespräch über { role-phrase }
       *[false] unser letztes Gespräch
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Weiterhin in Kontakt
    [brief] In Kontakt bleiben
   *[other] Bleiben wir in Kontakt
}

stay-in-touch-thanks = { $tone ->
    [formal] nochmals vielen Dank für { conversation-phrase } und für Ihre Zeit.
    [firm] nochmals vielen Dank für { conversation-phrase }.
    [brief] danke nochmals für { conversation-phrase }.
   *[warm] ich habe { conversation-phrase } sehr genossen und möchte mich noch einmal herzlich für Ihre Zeit bedanken.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] nochmals vielen Dank für { conversation-phrase }; besonders beeindruckt hat mich dabei { $detail }.
    [firm] nochmals vielen Dank für { conversation-phrase }; beeindruckt hat mich dabei { $detail }.
    [brief] danke nochmals für { conversation-phrase }; beeindruckt hat mich { $detail }.
   *[warm] nochmals vielen Dank für { conversation-phrase }; wirklich beeindruckt hat mich dabei { $detail }.
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben, während Ihr Team ({ $organization }) weiter wächst.
        [firm] Auch wenn diese Stelle nicht der passende nächste Schritt für mich war, würde ich gern in Verbindung bleiben, während Ihr Team ({ $organization }) wächst.
        [brief] Bleiben wir in Verbindung, während Ihr Team ({ $organization }) wächst.
       *[warm] Ich würde mich sehr freuen, in Verbindung zu bleiben und mitzuerleben, wie Ihr Team ({ $organization }) wächst.
    }
   *[false] { $tone ->
        [formal] Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.
        [firm] Auch wenn diese Stelle nicht der passende nächste Schritt für mich war, würde ich gern in Verbindung bleiben.
        [brief] Bleiben wir in Verbindung.
       *[warm] Ich würde mich sehr freuen, in Verbindung zu bleiben.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Zögern Sie bitte nicht, sich an mich zu wenden, wenn ich Ihnen einmal behilflich sein kann.
    [firm] Melden Sie sich jederzeit gern.
    [brief] Auf einen Kaffee bin ich jederzeit zu haben.
   *[warm] Sagen Sie gern Bescheid, wenn Sie einmal Lust auf einen Kaffee haben.
}
