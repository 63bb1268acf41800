### Die Sätze jedes Szenarios: Betreff, Dank (mit oder ohne ein konkretes Lob), Entscheidung
### und ein Schlusssatz, der die Tür offen hält ($stay-in-touch) oder einfach alles Gute
### wünscht. „formal“ schreibt im Stil eines Geschäftsbriefs, „brief“ ist kürzer, aber
### freundlich, „firm“ lässt keinen Zweifel, dass diese Gelegenheit abgeschlossen ist.
###
### Der Dankessatz steht in jedem Brief direkt nach der Anrede und beginnt deshalb klein.
### Ein konkretes Lob ($detail) tippt der Absender im Nominativ mit Artikel („der Einsatz
### Ihres Teams …“, aber auch „die vielen Gespräche …“ im Plural); es steht deshalb immer
### nach einem Doppelpunkt („– was mich besonders beeindruckt hat: …“), wo Kasus und Numerus
### frei bleiben, nie als Subjekt eines Verbs im Singular, als Objekt oder nach einer Präposition. Sätze ohne $detail verwenden „beeindruck…“,
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
        [true] Rückzug meiner Bewerbung als { $position }
       *[false] Rückzug meiner Bewerbung
    }
    [brief] { $has-position ->
        [true] Rückzug meiner Bewerbung als { $position }
       *[false] Rückzug meiner Bewerbung
    }
   *[warm] { $has-position ->
        [true] Meine Bewerbung als { $position }
       *[false] Meine Bewerbung
    }
}

# Ein Name mit eigenem Artikel oder gebeugtem Adjektiv („die Techniker Krankenkasse“, „Deutsche
# Bahn“) steht als Subjekt im Nominativ: „dass mich die Techniker Krankenkasse … berücksichtigt
# hat“; kein Relativsatz („…, die derzeit die … ausschreibt,“).
job-interview-thanks = { $organization-shape ->
    [article] { job-interview-thanks-nom }
   *[other] { $organization-gender ->
        [adjektiv] { job-interview-thanks-nom }
       *[other] { job-interview-thanks-house }
    }
}

job-interview-thanks-nom = { $tone ->
    [formal] { $invitation ->
        [final_round] vielen Dank, dass mich { org-nom } für { role-bare } berücksichtigt hat und Sie sich bereits so viel Zeit für mich genommen haben.
       *[other] vielen Dank, dass mich { org-nom } für { role-bare } berücksichtigt hat und Sie sich Zeit für meine Unterlagen genommen haben.
    }
    [firm] vielen Dank für Ihre Zeit und dafür, dass mich { org-nom } für { role-bare } berücksichtigt hat.
    [brief] vielen Dank, dass mich { org-nom } für { role-bare } berücksichtigt hat.
   *[warm] herzlichen Dank, dass mich { org-nom } für { role-bare } in Betracht gezogen hat und Sie sich so viel Zeit für meine Bewerbung genommen haben.
}

job-interview-thanks-house = { $tone ->
    [formal] { $invitation ->
        [final_round] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt und sich bereits so viel Zeit für mich genommen haben.
       *[other] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt und sich Zeit für meine Unterlagen genommen haben.
    }
    [firm] vielen Dank für Ihre Zeit und dafür, dass Sie mich für { role-phrase } berücksichtigt haben.
    [brief] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt haben.
   *[warm] herzlichen Dank, dass Sie mich für { role-phrase } in Betracht gezogen und sich so viel Zeit für meine Bewerbung genommen haben.
}

job-interview-thanks-detail = { $organization-shape ->
    [article] { job-interview-thanks-detail-nom }
   *[other] { $organization-gender ->
        [adjektiv] { job-interview-thanks-detail-nom }
       *[other] { job-interview-thanks-detail-house }
    }
}

job-interview-thanks-detail-nom = { $tone ->
    [formal] vielen Dank, dass mich { org-nom } für { role-bare } in Betracht gezogen hat; besonders beeindruckt hat mich { $detail }.
    [firm] vielen Dank, dass mich { org-nom } für { role-bare } berücksichtigt hat; positiv aufgefallen ist mir vor allem { $detail }.
    [brief] vielen Dank, dass mich { org-nom } für { role-bare } berücksichtigt hat – besonders gefallen hat mir { $detail }.
   *[warm] herzlichen Dank, dass mich { org-nom } für { role-bare } in Betracht gezogen hat – besonders beeindruckt hat mich { $detail }.
}

job-interview-thanks-detail-house = { $tone ->
    [formal] vielen Dank, dass Sie mich für { role-phrase } in Betracht gezogen haben; besonders beeindruckt hat mich { $detail }.
    [firm] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt haben; positiv aufgefallen ist mir vor allem { $detail }.
    [brief] vielen Dank, dass Sie mich für { role-phrase } berücksichtigt haben – besonders gefallen hat mir { $detail }.
   *[warm] herzlichen Dank, dass Sie mich für { role-phrase } in Betracht gezogen haben – besonders beeindruckt hat mich { $detail }.
}

# Vor dem Vorgespräch und in der letzten Runde nennt der Satz die abgesagte Gesprächsrunde
# ausdrücklich.
job-interview-decision = { $invitation ->
    [screening_call] { $tone ->
        [formal] Nach sorgfältiger Überlegung habe ich mich entschieden, meine Bewerbung noch vor dem vereinbarten Vorgespräch zurückzuziehen.
        [firm] Ich ziehe meine Bewerbung noch vor dem Vorgespräch zurück.
        [brief] Ich ziehe meine Bewerbung vor dem Vorgespräch zurück.
       *[warm] Nach reiflicher Überlegung ziehe ich mich schon vor dem Vorgespräch aus dem Auswahlverfahren zurück.
    }
    [final_round] { $tone ->
        [formal] Nach sorgfältiger Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen, und nehme daher an der abschließenden Gesprächsrunde nicht teil.
        [firm] Ich ziehe meine Bewerbung zurück und nehme an der abschließenden Gesprächsrunde nicht teil.
        [brief] Ich ziehe meine Bewerbung zurück und sage die letzte Gesprächsrunde ab.
       *[warm] Nach reiflicher Überlegung ziehe ich mich vor der letzten Gesprächsrunde aus dem Auswahlverfahren zurück.
    }
   *[other] { $reason ->
        [accepted_offer] { $tone ->
            [formal] Ich möchte Ihnen mitteilen, dass ich meine Bewerbung zurückziehe.
            [firm] Hiermit ziehe ich meine Bewerbung zurück.
            [brief] Ich ziehe meine Bewerbung zurück.
           *[warm] Ich möchte Ihnen rechtzeitig Bescheid geben, dass ich mich aus dem Auswahlverfahren zurückziehe.
        }
       *[other] { $tone ->
            [formal] Nach sorgfältiger Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen.
            [firm] Hiermit ziehe ich meine Bewerbung zurück.
            [brief] Ich ziehe meine Bewerbung zurück.
           *[warm] Nach reiflicher Überlegung ziehe ich mich aus dem Auswahlverfahren zurück.
        }
    }
}

job-interview-door-open = { $tone ->
    [formal] Ich würde mich freuen, wenn sich unsere Wege künftig wieder kreuzen, und wünsche Ihnen viel Erfolg bei der Besetzung.
    [firm] { $reason ->
        [company_fit] Ich wünsche Ihnen viel Erfolg im laufenden Verfahren und hoffe, dass sich unsere Wege später wieder kreuzen.
       *[other] Künftige Ausschreibungen sehe ich mir gern an; für das laufende Verfahren wünsche ich Ihnen viel Erfolg.
    }
    [brief] Ich hoffe, unsere Wege kreuzen sich wieder – alles Gute!
   *[warm] Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben, und wünsche Ihnen viel Erfolg bei der Besetzung.
}

job-interview-closing = { $tone ->
    [formal] Ich wünsche Ihnen viel Erfolg bei der Besetzung.
    [firm] Für die Besetzung wünsche ich Ihnen alles Gute.
    [brief] Alles Gute und viel Erfolg!
   *[warm] Ich wünsche Ihnen viel Erfolg dabei, die passende Person zu finden.
}

## media_interview

# Immer im Akkusativ verwendet („für …“). Nennt der Absender eine Sendung, einen Podcast
# oder eine Reihe ($event), steht der Name in Anführungszeichen nach einem Gattungswort. Die
# Redaktion ($organization) folgt in Klammern, nie nach „für“: Artikel und Kasus des Namens
# („für den Deutschlandfunk“) kennen wir nicht.
# „eine Folge Ihres Podcasts „Lage der Nation“ (Deutschlandfunk) zum Thema Homeoffice“,
# „Ihren Artikel (Die Zeit) zum Thema Homeoffice“, „Ihren Beitrag“
piece-phrase = { $has-event ->
    [true] { programme-piece }{ $has-organization ->
        [true] { $event-names-organization ->
            [true] {""}
           *[false] { media-outlet }
        }
       *[false] {""}
    }{ $has-topic ->
        [true] {" "}{ topic-about }
       *[false] {""}
    }
   *[false] { piece-noun }{ $has-organization ->
        [true] { media-outlet }
       *[false] {""}
    }{ $has-topic ->
        [true] {" "}{ topic-about }
       *[false] {""}
    }
}

# „zum Thema Homeoffice“; ein Thema mit eigenem Artikel („die Zukunft der Rente“) steht nach
# „über“ (Akkusativ = Nominativ bei Femininum, Neutrum, Plural), nie nach „zum Thema“. Ein
# maskulines („der Wandel …“) stünde nach „über“ im falschen Fall: es steht in Anführungszeichen.
topic-about = { $topic-shape ->
    [article] { $topic-gender ->
        [masculine] (Thema: { $topic })
       *[other] über { $topic }
    }
   *[other] zum Thema { $topic }
}

# Der Beitrag innerhalb der Sendung, des Podcasts oder der Reihe, die der Absender als $event
# nennt (Akkusativ). Eine Sendung oder ein Podcast ist nie ein „Artikel“.
# „im WDR“, „im Handelsblatt“, „in der Frankfurter Rundschau“, „bei Zeit Online“; ein Name mit
# eigenem Artikel oder gebeugtem Adjektiv („Süddeutsche Zeitung“) in Klammern.
# Mit führendem Leerzeichen. Ein Name mit eigenem Artikel oder mit Adjektiv auf „-e“
# („der Deutschlandfunk“, „Süddeutsche Zeitung“) fehlt hier: der Dank nennt ihn im Nominativ
# (media-interview-thanks-nom).
media-outlet = { $organization-shape ->
    [plain] {" "}bei { $organization }
    [kind-first] { media-outlet-gender }
    [kind] { media-outlet-gender }
    [article] {""}
   *[other] { $organization-gender ->
        [adjektiv] {""}
       *[other] {" "}({ $organization })
    }
}

media-outlet-gender = { $organization-gender ->
    [masculine] {" "}im { $organization }
    [neuter] {" "}im { $organization }
    [feminine] {" "}in der { $organization }
    [adjektiv] {""}
   *[other] {" "}({ $organization })
}

programme-piece = { $invitation ->
    [article] Ihren Artikel in der Reihe „{ $event }“
    [broadcast] Ihren Beitrag in der Sendung „{ $event }“
    [podcast] eine Folge Ihres Podcasts „{ $event }“
   *[other] Ihren Beitrag im Format „{ $event }“
}

# Woran die Journalistin oder der Journalist arbeitet, im Akkusativ; ein Statement (comment) ist
# für ihren Beitrag.
piece-noun = { $invitation ->
    [article] Ihren Artikel
    [broadcast] Ihre Sendung
    [podcast] Ihre Podcastfolge
   *[other] Ihren Beitrag
}

# Dasselbe, wenn es schon genannt ist, nach „mit“: „viel Erfolg mit der Folge“.
# Beim Podcast „der Aufnahme“, damit „Folge“ nicht zum zweiten Mal fällt; bei einer
# genannten Sendung „der Produktion“ (Panel ab7: „Beitrag … Beitrag“).
piece-noun-again = { $invitation ->
    [article] dem Artikel
    [broadcast] { $has-event ->
        [true] der Produktion
       *[false] der Sendung
    }
    [podcast] der Aufnahme
   *[other] Ihrer Berichterstattung
}

# Die Anfrage im Betreff; ein Statement (comment) ist kein Interview.
media-request-noun = { $invitation ->
    [comment] Ihre Anfrage nach einer Stellungnahme
   *[other] Ihre Interviewanfrage
}

media-interview-subject = { $has-topic ->
    [true] { $topic-shape ->
        [article] { $invitation ->
            [comment] { $topic-gender ->
                [masculine] { media-request-noun }: { $topic }
               *[other] Ihre Bitte um eine Stellungnahme für einen Beitrag über { $topic }
            }
           *[other] { $topic-gender ->
                [masculine] { media-request-noun }: { $topic }
               *[other] Ihre Anfrage für ein Interview über { $topic }
            }
        }
       *[other] { $tone ->
            [formal] { media-request-noun } zum Thema { $topic }
           *[other] { $invitation ->
                [comment] { media-request-noun } zum Thema { $topic }
               *[other] Ihre Anfrage zum Thema { $topic }
            }
        }
    }
   *[false] { media-request-noun }
}

media-interview-thanks = { $organization-shape ->
    [article] { media-interview-thanks-nom }{ media-thanks-end }
   *[other] { $organization-gender ->
        [adjektiv] { media-interview-thanks-nom }{ media-thanks-end }
       *[other] { media-interview-thanks-dative }
    }
}

media-thanks-end = .

# Der Name im Nominativ: „die Anfrage, die mir der Deutschlandfunk … geschickt hat“.
# Panel ab2: „dass Sie und der Deutschlandfunk …“ machte das Haus zu einer zweiten Person. Der
# Dank gilt der Anfrage; das Haus steht danach allein als Subjekt im Nominativ.
media-interview-thanks-nom = { $tone ->
    [formal] haben Sie vielen Dank für Ihr Interesse, mich für { piece-phrase } zu befragen – es freut mich, dass { org-nom } an mich gedacht hat
    [firm] vielen Dank für Ihr Interesse, mich für { piece-phrase } zu befragen; ich weiß es zu schätzen, dass { org-nom } an mich gedacht hat
    [brief] danke für Ihr Interesse, mich für { piece-phrase } zu befragen – schön, dass { org-nom } an mich denkt
   *[warm] herzlichen Dank für Ihr Interesse, mich für { piece-phrase } zu befragen – ich freue mich, dass { org-nom } an mich gedacht hat
}

# Mit Lob wäre der Satz sonst zu lang: das Haus allein als Subjekt, ohne „Sie und …“.
media-interview-thanks-nom-short = { $tone ->
    [formal] haben Sie vielen Dank, dass { org-nom } mich für { piece-phrase } angefragt hat
    [firm] vielen Dank, dass { org-nom } mich für { piece-phrase } angefragt hat
    [brief] danke, dass { org-nom } für { piece-phrase } an mich gedacht hat
   *[warm] herzlichen Dank, dass { org-nom } für { piece-phrase } an mich gedacht hat
}

media-interview-thanks-dative = { $tone ->
    [formal] vielen Dank, dass Sie mich für { piece-phrase } angefragt haben – das Vertrauen, das Sie mir damit entgegenbringen, weiß ich sehr zu schätzen.
    [firm] vielen Dank, dass Sie für { piece-phrase } an mich gedacht haben.
    [brief] danke, dass Sie für { piece-phrase } an mich gedacht haben.
   *[warm] vielen Dank für Ihre Nachricht – es freut mich sehr, dass Sie für { piece-phrase } an mich gedacht haben.
}

media-interview-thanks-detail = { $organization-shape ->
    [article] { media-interview-thanks-nom-short }; { media-praise-own }
   *[other] { $organization-gender ->
        [adjektiv] { media-interview-thanks-nom-short }; { media-praise-own }
       *[other] { media-interview-thanks-detail-dative }
    }
}

# Das Lob nach dem Dank, mit dem Detail als Subjekt.
media-praise-own = { $tone ->
    [formal] besonders beeindruckt hat mich { $detail }.
    [firm] positiv aufgefallen ist mir { $detail }.
    [brief] gut gefallen hat mir { $detail }.
   *[warm] sehr gefallen hat mir { $detail }.
}

media-interview-thanks-detail-dative = { $tone ->
    [formal] vielen Dank, dass Sie mich für { piece-phrase } angefragt haben; besonders beeindruckt hat mich { $detail }.
    [firm] vielen Dank, dass Sie für { piece-phrase } an mich gedacht haben; positiv aufgefallen ist mir { $detail }.
    [brief] danke, dass Sie an mich gedacht haben – gut gefallen hat mir { $detail }.
   *[warm] vielen Dank, dass Sie für { piece-phrase } an mich gedacht haben – sehr gefallen hat mir { $detail }.
}

media-interview-decision = { $tone ->
    [formal] { $invitation ->
        [comment] Zu meinem Bedauern kann ich Ihnen keine Stellungnahme geben.
       *[other] Zu meinem Bedauern muss ich das Interview absagen.
    }
    [firm] { $invitation ->
        [comment] Für eine Stellungnahme stehe ich nicht zur Verfügung; das sage ich Ihnen gleich, damit Sie rechtzeitig disponieren können.
       *[other] Für das Interview stehe ich nicht zur Verfügung; das sage ich Ihnen gleich, damit Sie rechtzeitig disponieren können.
    }
    [brief] { $invitation ->
        [comment] Eine Stellungnahme kann ich leider nicht abgeben.
        [article] Für ein Interview stehe ich leider nicht zur Verfügung.
       *[other] Ich kann leider nicht teilnehmen.
    }
   *[warm] Leider muss ich dieses Mal absagen.
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Bei Themen, die näher an meinem Schwerpunkt liegen, stehe ich Ihnen künftig gern zur Verfügung, und ich wünsche Ihnen viel Erfolg mit { piece-noun-again }.
        [firm] Bei Fragen aus meinem eigenen Schwerpunkt wenden Sie sich jederzeit gern an mich.
        [brief] Bei Fragen aus meinem Schwerpunkt melden Sie sich gern – viel Erfolg mit { piece-noun-again }!
       *[warm] Geht es einmal um eine Frage, die eher in meinen Schwerpunkt fällt, freue ich mich, wieder von Ihnen zu hören – viel Erfolg mit { piece-noun-again }!
    }
   *[other] { $tone ->
        [formal] Bei künftigen Anfragen stehe ich Ihnen gern zur Verfügung und wünsche Ihnen viel Erfolg mit { piece-noun-again }.
        [firm] Mit künftigen Anfragen können Sie sich gern wieder an mich wenden, und ich wünsche Ihnen viel Erfolg mit { piece-noun-again }.
        [brief] Über künftige Anfragen freue ich mich – viel Erfolg mit { piece-noun-again }!
       *[warm] Ich freue mich, wenn Sie bei einer späteren Gelegenheit wieder auf mich zukommen, und wünsche Ihnen viel Erfolg mit { piece-noun-again }.
    }
}

media-interview-closing = { $tone ->
    [formal] Ich wünsche Ihnen viel Erfolg mit { piece-noun-again }.
    [firm] Ich wünsche Ihnen bei Ihrer Recherche gutes Gelingen.
    [brief] Viel Erfolg mit { piece-noun-again }!
   *[warm] Ich wünsche Ihnen von Herzen viel Erfolg mit { piece-noun-again }.
}

## speaking_engagement

# Immer im Dativ verwendet („auf …“, „im Rahmen …“): „der Veranstaltung „Design Summit“ (Acme)“,
# „Ihrer Veranstaltung (Acme)“, „Ihrer Veranstaltung“
event-phrase = { $has-event ->
    [true] { event-at }{ at-organization }
   *[false] { $has-organization ->
        [true] { org-house }
       *[false] bei Ihrer Veranstaltung
    }
}

topic-clause = { $has-topic ->
    [true] {" "}{ topic-about }
   *[false] {""}
}

# Dasselbe mit dem Thema: „die Keynote zum Thema Homeoffice auf der Veranstaltung … zu halten“.
speaking-task-on-topic = { $invitation ->
    [talk] einen Vortrag{ topic-clause } { event-phrase } zu halten
    [keynote] die Keynote{ topic-clause } { event-phrase } zu halten
    [panel] an der Podiumsdiskussion{ topic-clause } { event-phrase } teilzunehmen
    [workshop] einen Workshop{ topic-clause } { event-phrase } zu leiten
    [webinar] ein Webinar{ webinar-frame }{ topic-clause } zu halten
   *[other] { event-phrase }{ topic-clause } zu sprechen
}

# Ein Webinar findet nicht „auf“ einer Veranstaltung statt, und meist ist der Name der einer
# Reihe: „ im Rahmen von „…“ (Acme)“ (ohne Gattungswort, das nicht zu jeder Reihe passt),
# „ für Ihr Haus (Acme)“ oder nichts.
webinar-frame = { $has-event ->
    [true] { $event-shape ->
        [kind-first] {" "}{ event-frame }{ at-organization }
        [kind] {" "}{ event-frame }{ at-organization }
        [article] {" "}{ event-at }{ at-organization }
       *[other] {" "}im Rahmen von „{ $event }“{ at-organization }
    }
   *[false] { $has-organization ->
        [true] {" "}{ org-house }
       *[false] {""}
    }
}

# Die Anfrage im Betreff, immer ein Femininum: „Ihre …“, „zu Ihrer …“.
# „zum Digitalgipfel 2027“, „zur Jahrestagung Bildung 2027“; ein Plural bekäme im Dativ ein „n“.
event-to = { $event-gender ->
    [masculine] zum { $event }
    [neuter] zum { $event }
    [feminine] zur { $event }
   *[other] zur Veranstaltung „{ $event }“
}

# „im Rahmen der Ringvorlesung Klimawandel“ (Femininum, Plural: Genitiv ohne neue Endung),
# „beim Hamburger Klimaforum“; sonst die sichere Form.
event-frame = { $event-gender ->
    [feminine] im Rahmen der { $event }
    [plural] im Rahmen der { $event }
    [masculine] beim { $event }
    [neuter] beim { $event }
   *[other] im Rahmen der Veranstaltung „{ $event }“
}

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
        [formal] Ihre { speaking-request-noun }{ subject-event-for }
        [firm] Absage zu Ihrer { speaking-request-noun }{ subject-event-for }
        [brief] Ihre { speaking-request-noun }{ subject-event-for }
       *[warm] { $event-shape ->
            [kind-first] Vielen Dank für die Einladung { event-to }
            [kind] Vielen Dank für die Einladung { event-to }
           *[other] Vielen Dank für Ihre { speaking-request-noun }{ subject-event-for }
        }
    }
   *[false] { $tone ->
        [formal] Ihre { speaking-request-noun }
        [firm] Absage zu Ihrer { speaking-request-noun }
        [brief] Ihre { speaking-request-noun }
       *[warm] Vielen Dank für Ihre { speaking-request-noun }
    }
}

# Im Betreff ohne Doppelpunkt und Anführungszeichen (Panel ab8): „für die Gründerwoche“,
# „für den Digital-Gipfel 2027“, „für die Münchner Wissenschaftstage“, „für die re:publica 27“.
# Der Akkusativ mit „die/das“ lässt auch ein Adjektiv unverändert („für die Historische
# Zeitschrift“). Unbekanntes Genus: Gedankenstrich („– PyCon 2026“).
subject-event-for = { $event-shape ->
    [article] { $event-gender ->
        [feminine] {" "}für { $event }
        [neuter] {" "}für { $event }
       *[other] {" "}– { $event }
    }
   *[other] { $event-gender ->
        [masculine] {" "}für den { $event }
        [neuter] {" "}für das { $event }
        [feminine] {" "}für die { $event }
       *[other] {" "}– { $event }
    }
}

# Gremien: „in die Berufungskommission W3 Informatik“, „in den Promotionsausschuss“.
subject-event-into = { $event-shape ->
    [article] { $event-gender ->
        [feminine] {" "}in { $event }
        [neuter] {" "}in { $event }
       *[other] {" "}– { $event }
    }
   *[other] { $event-gender ->
        [masculine] {" "}in den { $event }
        [neuter] {" "}in das { $event }
        [feminine] {" "}in die { $event }
       *[other] {" "}– { $event }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] vielen Dank für Ihre freundliche Einladung, { speaking-task-on-topic }.
    [firm] vielen Dank für Ihre Einladung, { speaking-task-on-topic }.
    [brief] danke für die Einladung, { speaking-task-on-topic }.
   *[warm] haben Sie herzlichen Dank für Ihre Einladung, { speaking-task-on-topic }.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre freundliche Einladung, { speaking-task-on-topic }; beeindruckt hat mich vor allem { $detail }.
    [firm] vielen Dank für Ihre Einladung, { speaking-task-on-topic }; positiv aufgefallen ist mir { $detail }.
    [brief] danke für die Einladung, { speaking-task-on-topic } – besonders gefallen hat mir { $detail }.
   *[warm] haben Sie herzlichen Dank für Ihre Einladung, { speaking-task-on-topic }; besonders gut gefällt mir { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Nach sorgfältiger Abwägung muss ich Ihnen leider absagen.
    [firm] Ich muss Ihnen absagen und tue das bewusst frühzeitig, damit Sie noch in Ruhe umplanen können.
    [brief] Ich muss leider absagen.
   *[warm] Leider muss ich Ihnen dieses Mal absagen, so gern ich zugesagt hätte.
}

# Ein Webinar ist eine Sitzung einer Reihe, keine „Veranstaltung“ mit Begegnungen.
speaking-engagement-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Für einen Beitrag, der stärker in meinen Schwerpunkt fällt, stehe ich Ihnen künftig gern zur Verfügung, und ich wünsche Ihnen { $invitation ->
            [webinar] ein gelungenes Webinar.
           *[other] ein gelungenes Programm.
        }
        [firm] Bei Anfragen, die näher an meiner eigenen Arbeit liegen, können Sie gern wieder auf mich zukommen.
        [brief] Bei Anfragen zu meinem Schwerpunkt melden Sie sich gern – gutes Gelingen!
       *[warm] Wenn Sie einmal einen Beitrag näher an meinem Schwerpunkt suchen, melden Sie sich jederzeit gern – { $invitation ->
            [webinar] Ihnen ein rundum gelungenes Webinar!
           *[other] Ihnen ein rundum gelungenes Programm!
        }
    }
   *[other] { $invitation ->
        [webinar] { $tone ->
            [formal] Über eine Einladung zu einem künftigen Webinar würde ich mich freuen, und für dieses wünsche ich Ihnen viel Erfolg.
            [firm] Über künftige Einladungen freue ich mich, und für die anstehende Veranstaltung wünsche ich Ihnen viel Erfolg.
            [brief] Künftige Einladungen sind jederzeit willkommen – gutes Gelingen!
           *[warm] Über eine Einladung zu einem späteren Webinar würde ich mich sehr freuen, und ich wünsche Ihnen eine lebhafte Runde mit vielen guten Fragen.
        }
       *[other] { $tone ->
            [formal] Über eine künftige Einladung würde ich mich freuen, und ich wünsche Ihnen { speaking-wish }.
            [firm] Über künftige Einladungen freue ich mich, und ich wünsche Ihnen { speaking-wish }.
            [brief] Künftige Einladungen sind jederzeit willkommen – gutes Gelingen!
           *[warm] Über eine Einladung bei späterer Gelegenheit würde ich mich sehr freuen, und ich wünsche Ihnen { speaking-wish-warm }.
        }
    }
}

# Der Wunsch gilt dem, wozu eingeladen wurde (Panel ab12: „gutes Gelingen und viele anregende
# Begegnungen“ passte nicht zu einem VHS-Workshop, „das anstehende Programm“ nicht zum Kongress).
speaking-wish = { $invitation ->
    [workshop] einen erfolgreichen Workshop
    [panel] eine anregende Diskussion
   *[other] eine erfolgreiche Veranstaltung
}

speaking-wish-warm = { $invitation ->
    [workshop] einen lebendigen Workshop mit vielen engagierten Teilnehmenden
    [panel] eine lebhafte Diskussion mit vielen neuen Impulsen
   *[other] eine rundum gelungene Veranstaltung mit vielen guten Gesprächen
}

speaking-engagement-closing = { $invitation ->
    [webinar] { $tone ->
        [formal] Ich wünsche Ihnen viel Erfolg mit dem Webinar.
        [firm] Ich wünsche Ihnen ein erfolgreiches Webinar.
        [brief] Gutes Gelingen!
       *[warm] Ich wünsche Ihnen ein gelungenes Webinar mit vielen guten Fragen.
    }
   *[other] { $tone ->
        [formal] Ich wünsche Ihnen { speaking-wish }.
        [firm] Ich wünsche Ihnen { speaking-wish }.
        [brief] Gutes Gelingen!
       *[warm] Ich wünsche Ihnen { speaking-wish-warm }.
    }
}

## academic_invitation

# Ohne bestimmte Art (none) nach „an …“ (Dativ): „dem Vorhaben „Ringvorlesung 2027“ (Acme)“,
# „diesem Vorhaben (Acme)“, „diesem Vorhaben“. Kein Gattungswort wie „Veranstaltung“: die
# Einladung kann auch eine Zeitschrift oder ein Gremium betreffen.
invitation-phrase = { $has-event ->
    [true] { $event-shape ->
        [article] Ihrem Vorhaben { event-org-paren }
       *[other] dem Vorhaben „{ $event }“{ at-organization }
    }
   *[false] { $has-organization ->
        [true] diesem Vorhaben{ org-paren }
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

# „ für die Zeitschrift „…“ (Acme)“, „ für Ihre Zeitschrift (Acme)“ oder nichts. Sagt der Name
# selbst, was er ist („Zeitschrift für Soziologie“, „Journal of …“), fiele „die Zeitschrift
# „Zeitschrift …““ doppelt aus: dann „Ihre Zeitschrift“, denn der Betreff nennt den Namen.
for-journal = { $has-event ->
    [true] { $event-shape ->
        [kind-first] {" "}{ journal-for }{ at-organization }
        [kind] {" "}{ journal-for }{ at-organization }
        [article] {" "}für Ihre Zeitschrift { event-org-paren }
       *[other] {" "}für die Zeitschrift „{ $event }“{ at-organization }
    }
   *[false] { $has-organization ->
        [true] {" "}für Ihre Zeitschrift{ org-paren }
       *[false] {""}
    }
}

# Im Dativ: „dem Herausgeberbeirat der Zeitschrift „…“ (Acme)“, „Ihrem Herausgeberbeirat“
# „für die Zeitschrift für Soziologie“, „für das Journal of …“, „für den … Anzeiger“: der
# Akkusativ lässt das Nomen unverändert.
journal-for = { $event-gender ->
    [feminine] für die { $event }
    [neuter] für das { $event }
    [masculine] für den { $event }
   *[other] für die Zeitschrift „{ $event }“
}

editorial-board-phrase = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { board-of-journal }{ board-publisher }
        [kind] { board-of-journal }{ board-publisher }
        [article] Ihrem Herausgeberbeirat { event-org-paren }
       *[other] dem Herausgeberbeirat der Zeitschrift „{ $event }“{ at-organization }
    }
   *[false] Ihrem Herausgeberbeirat{ at-organization }
}

# „in der Kommission „…“ (Acme)“, „in Ihrer Kommission“
# Sagt der Name schon, was das Gremium ist („Berufungskommission …“, „Promotionsausschuss …“),
# steht er nach dem allgemeinen „Gremium“, nicht nach „Kommission“.
# Nach „von „…““ nicht noch einmal „von De Gruyter“: ein schlichter Verlagsname steht nach
# „bei“ („von „Historische Zeitschrift“ bei De Gruyter“), wie man es von Zeitschriften sagt.
board-publisher = { $event-gender ->
    [feminine] { at-organization }
    [plural] { at-organization }
   *[other] { $has-organization ->
        [true] { $event-names-organization ->
            [true] {""}
           *[false] { $organization-shape ->
                [plain] {" "}bei { $organization }
               *[other] { at-organization }
            }
        }
       *[false] {""}
    }
}

board-of-journal = { $event-gender ->
    [feminine] dem Herausgeberbeirat der { $event }
    [plural] dem Herausgeberbeirat der { $event }
   *[other] dem Herausgeberbeirat von „{ $event }“
}

committee-phrase = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { committee-in }{ at-organization }
        [kind] { committee-in }{ at-organization }
        [article] in Ihrem Gremium { event-org-paren }
       *[other] in der Kommission „{ $event }“{ at-organization }
    }
   *[false] in Ihrer Kommission{ at-organization }
}

# „ im Rahmen der Veranstaltung „…“ (Acme)“, „ an Ihrer Einrichtung (Acme)“ oder nichts
# (eine Hochschule oder ein Institut ist kein „Haus“)
# „im Fachkollegium Informatik“, „in der Berufungskommission“, „im Programmausschuss“.
committee-in = { $event-gender ->
    [masculine] im { $event }
    [neuter] im { $event }
    [feminine] in der { $event }
   *[other] im Gremium „{ $event }“
}

lecture-frame = { $has-event ->
    [true] { $event-shape ->
        [kind-first] {" "}{ event-frame }{ at-organization }
        [kind] {" "}{ event-frame }{ at-organization }
        [article] {" "}{ event-at }{ at-organization }
       *[other] {" "}im Rahmen der Veranstaltung „{ $event }“{ at-organization }
    }
   *[false] { $has-organization ->
        [true] {" "}{ org-at-institution }
       *[false] {""}
    }
}

# „im Programmkomitee der Tagung „…“ (Acme)“, „in Ihrem Programmkomitee“
# „an der Universität Heidelberg“, „am Fraunhofer-Institut …“; sonst „an Ihrer Einrichtung (…)“.
org-at-institution = { $organization-shape ->
    [kind-first] { org-an }
    [kind] { org-an }
    [plain] bei { $organization }
    [article] { org-for-article }
   *[other] an Ihrer Einrichtung ({ $organization })
}

org-an = { $organization-gender ->
    [feminine] an der { $organization }
    [masculine] am { $organization }
    [neuter] am { $organization }
   *[other] an Ihrer Einrichtung ({ $organization })
}

program-committee-phrase = { $has-event ->
    [true] { $event-shape ->
        [plain] im Programmkomitee der Tagung „{ $event }“{ at-organization }
        [kind-first] { $event-gender ->
            [masculine] im { $event }{ at-organization }
            [neuter] im { $event }{ at-organization }
           *[other] im Programmkomitee { event-pc }{ at-organization }
        }
        [kind] im Programmkomitee { event-pc }{ at-organization }
       *[other] im Programmkomitee { event-org-paren }
    }
   *[false] in Ihrem Programmkomitee{ at-organization }
}

# Im Akkusativ: „die Begutachtung im Rahmen von „…“ (Acme)“, „die Begutachtung einer
# Abschlussarbeit in Ihrem Haus (Acme)“, „die Begutachtung einer Abschlussarbeit“. Der Name kann ein Verfahren, ein Programm oder der Titel der Arbeit sein;
# „im Rahmen von „…““ passt zu allen, „der Arbeit „…““ nur zum Titel.
event-pc = { $event-gender ->
    [feminine] der { $event }
    [plural] der { $event }
    [masculine] beim { $event }
    [neuter] beim { $event }
   *[other] der Tagung „{ $event }“
}

examination-phrase = { $has-event ->
    [true] { $event-shape ->
        [article] die Begutachtung { event-org-paren }
       *[other] die Begutachtung im Rahmen von „{ $event }“{ at-organization }
    }
   *[false] ein Gutachten im Prüfungsverfahren{ $has-organization ->
        [true] {" "}{ org-at-institution }
       *[false] {""}
    }
}

# Die Einladung im Betreff, vor „: „…““.
academic-invitation-noun = { $invitation ->
    [peer_review] Gutachtenanfrage
    [editorial_board] Einladung in den Herausgeberbeirat
    [committee] Einladung zur Mitarbeit im Gremium
    [guest_lecture] Einladung zum Gastvortrag
    [program_committee] Einladung ins Programmkomitee
    [examiner] Anfrage für ein Gutachten im Prüfungsverfahren
   *[other] Ihre Einladung
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-subject-event }
        [firm] Absage zu Ihrer { academic-subject-event }
        [brief] { academic-subject-event }
       *[warm] Vielen Dank für Ihre { academic-subject-event }
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
       *[warm] { $invitation ->
            [none] Ihre Einladung
           *[other] Ihre { academic-invitation-noun }
        }
    }
}

# Mit Veranstaltung oder Gremium, ohne Doppelpunkt: „Gutachtenanfrage für die Zeitschrift für
# Soziologie“, „Einladung in die Berufungskommission W3 Informatik“, „Einladung ins
# Programmkomitee – KONVENS 2027“.
academic-subject-event = { $invitation ->
    [peer_review] Gutachtenanfrage{ subject-event-for }
    [editorial_board] Einladung in den Herausgeberbeirat{ subject-event-for }
    [committee] Einladung{ subject-event-into }
    [guest_lecture] Einladung zum Gastvortrag{ subject-event-for }
    [program_committee] Einladung ins Programmkomitee{ subject-event-for }
    [examiner] Anfrage für ein Gutachten im Prüfungsverfahren{ subject-event-for }
   *[other] Einladung{ subject-event-for }
}

# „ zum Thema Homeoffice“, oder nichts
subject-clause = { $has-topic ->
    [true] {" "}{ topic-about }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] haben Sie vielen Dank für Ihre freundliche Einladung, { academic-task-on-topic }.
    [firm] vielen Dank für Ihre Einladung, { academic-task-on-topic }.
    [brief] vielen Dank für Ihre Einladung, { academic-task-on-topic }.
   *[warm] herzlichen Dank für Ihre freundliche Einladung, { academic-task-on-topic } – es bedeutet mir viel, dass Sie dabei an mich gedacht haben.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] haben Sie vielen Dank für Ihre freundliche Einladung, { academic-task }; sehr beeindruckt hat mich { $detail }.
    [firm] vielen Dank für Ihre Einladung, { academic-task }; positiv aufgefallen ist mir { $detail }.
    [brief] vielen Dank für Ihre Einladung, { academic-task } – besonders aufgefallen ist mir { $detail }.
   *[warm] herzlichen Dank für Ihre freundliche Einladung, { academic-task }; ausgesprochen gut gefallen hat mir { $detail }.
}

academic-invitation-decision = { $invitation ->
    [peer_review] { academic-decision-review }
    [examiner] { academic-decision-review }
    [editorial_board] { academic-decision-seat }
    [committee] { academic-decision-seat }
    [program_committee] { academic-decision-seat }
   *[other] { $tone ->
        [formal] Nach sorgfältiger Prüfung muss ich Ihnen leider absagen.
        [firm] Ich muss Ihnen absagen und melde mich gleich, damit Sie rechtzeitig jemand anderen gewinnen können.
        [brief] Ich muss leider absagen.
       *[warm] Ich habe es mir nicht leicht gemacht, muss Ihnen aber leider absagen.
    }
}

academic-decision-review = { $tone ->
    [formal] Zu meinem Bedauern kann ich diese Anfrage jedoch nicht annehmen.
    [firm] Ich muss leider absagen und schreibe Ihnen deshalb umgehend, damit Sie rechtzeitig jemand anderen gewinnen können.
    [brief] Leider muss ich diesmal ablehnen.
   *[warm] So gern ich Ihnen helfen würde, muss ich diesmal leider ablehnen.
}

academic-decision-seat = { $tone ->
    [formal] Nach reiflicher Überlegung habe ich mich jedoch entschieden, diese Aufgabe nicht zu übernehmen.
    [firm] Ich muss Ihnen absagen und tue das gleich, damit Sie den Platz rechtzeitig anders besetzen können.
    [brief] Leider kann ich nicht zusagen.
   *[warm] Nach einigem Überlegen muss ich Ihnen aber leider absagen.
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Bei Anfragen, die näher an meinem eigenen Schwerpunkt liegen, stehe ich Ihnen künftig gern zur Verfügung.
        [firm] Für Anfragen näher an meinem Schwerpunkt wenden Sie sich gern wieder an mich.
        [brief] Bei Anfragen zu meinem Schwerpunkt melden Sie sich gern.
       *[warm] Passt eine Anfrage einmal besser zu meinem Schwerpunkt, melden Sie sich jederzeit gern wieder.
    }
   *[other] { $invitation ->
        [peer_review] { academic-door-review }
        [examiner] { academic-door-review }
        [editorial_board] { academic-door-seat }
        [committee] { academic-door-seat }
        [program_committee] { academic-door-seat }
       *[other] { $tone ->
            [formal] Einer künftigen Zusammenarbeit sehe ich gern entgegen, und ich wünsche Ihnen weiterhin viel Erfolg.
            [firm] Einer späteren Zusammenarbeit stehe ich offen gegenüber.
            [brief] Über eine spätere Zusammenarbeit würde ich mich freuen.
           *[warm] Auf eine künftige Zusammenarbeit hoffe ich sehr, und ich wünsche Ihnen viel Erfolg.
        }
    }
}

academic-door-review = { $tone ->
    [formal] Für spätere Anfragen dieser Art stehe ich Ihnen gern wieder zur Verfügung.
    [firm] Mit künftigen Anfragen können Sie sich gern wieder an mich wenden.
    [brief] Bei einer späteren Anfrage melden Sie sich gern wieder.
   *[warm] Bei einer späteren Anfrage denken Sie gern wieder an mich.
}

academic-door-seat = { $tone ->
    [formal] Gern bleibe ich mit Ihnen in Verbindung und unterstütze Sie bei späterer Gelegenheit in anderer Form.
    [firm] Für eine spätere Zusammenarbeit in anderer Form bin ich offen.
    [brief] Gern bleibe ich mit Ihnen in Kontakt.
   *[warm] Bleiben wir gern in Verbindung – vielleicht kann ich Ihre Arbeit später auf andere Weise unterstützen.
}

academic-invitation-closing = { $tone ->
    [formal] Ich wünsche Ihnen weiterhin viel Erfolg.
    [firm] Für Ihre Suche wünsche ich Ihnen viel Erfolg.
    [brief] Alles Gute und viel Erfolg!
   *[warm] Ich wünsche Ihnen von Herzen alles Gute.
}

## reschedule
## $proposed-time steht als Zeitangabe ohne Präposition („Anfang nächsten Monats“,
## „am 3. März“, „nächste Woche“), so wie sie im Deutschen adverbial gebraucht wird.

# Ist die Art bekannt, nennt der Betreff sie mit dem Namen („… für die Keynote auf der
# Veranstaltung „…““); ohne Art steht ein Name nach dem Doppelpunkt, sonst „für unser Gespräch“.
reschedule-subject = { $invitation ->
    [none] { $has-event ->
        [true] { $tone ->
            [formal] Bitte um Terminverschiebung: { event-title }
            [firm] Vorschlag für einen neuen Termin: { event-title }
            [brief] Terminfrage: { event-title }
           *[warm] Eine Bitte um Verschiebung: { event-title }
        }
       *[false] { reschedule-subject-phrase }
    }
   *[other] { reschedule-subject-phrase }
}

reschedule-subject-phrase = { $tone ->
    [formal] Bitte um einen neuen Termin für { meeting-phrase }
    [firm] Neuer Terminvorschlag für { meeting-phrase }
    [brief] Neuer Termin für { meeting-phrase }
   *[warm] Terminwunsch für { meeting-phrase }
}

# Eine Journalistin schickt eine Anfrage, keine Einladung.
reschedule-invite-noun = { $invitation ->
    [article] Anfrage
    [broadcast] Anfrage
    [podcast] Anfrage
    [comment] Anfrage
   *[other] Einladung
}

reschedule-thanks = { $tone ->
    [formal] vielen Dank für Ihre { reschedule-invite-noun } – auf { meeting-phrase } freue ich mich sehr.
    [firm] vielen Dank für Ihre { reschedule-invite-noun } – ich freue mich auf { meeting-phrase }.
    [brief] danke für Ihre { reschedule-invite-noun } – ich freue mich auf { meeting-phrase }.
   *[warm] herzlichen Dank für Ihre { reschedule-invite-noun } – ich freue mich sehr auf { meeting-phrase }.
}

reschedule-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre { reschedule-invite-noun } – auf { meeting-phrase } freue ich mich sehr; besonders beeindruckt hat mich { $detail }.
    [firm] vielen Dank für Ihre { reschedule-invite-noun } – ich freue mich auf { meeting-phrase }; besonders aufgefallen ist mir { $detail }.
    [brief] danke für Ihre { reschedule-invite-noun } – besonders aufgefallen ist mir { $detail }.
   *[warm] herzlichen Dank für Ihre { reschedule-invite-noun } – ich freue mich sehr auf { meeting-phrase }; sehr gefallen hat mir { $detail }.
}

# Passt zu jeder Art: einen Vortrag oder eine Aufnahme „trifft“ man nicht.
reschedule-proposal = { $tone ->
    [formal] Zu meinem Bedauern muss ich Sie um eine Verschiebung bitten. Ließe es sich für Sie stattdessen { $proposed-time } einrichten?
    [firm] Am bisher vereinbarten Tag bin ich leider verhindert. Mein Gegenvorschlag: { $proposed-time }.
    [brief] Am vereinbarten Tag bin ich leider verhindert – ginge es stattdessen { $proposed-time }?
   *[warm] Leider muss ich Sie um eine Verschiebung bitten – hätten Sie stattdessen { $proposed-time } Zeit?
}

reschedule-door-open = { $tone ->
    [formal] Sollte Ihnen das nicht passen, schlagen Sie mir gern einen anderen Termin vor.
    [firm] Falls das nicht passt, nennen Sie mir bitte einen anderen Zeitpunkt, der Ihnen zusagt.
    [brief] Falls nicht, finden wir sicher einen anderen Termin.
   *[warm] Falls es Ihnen dann nicht passt, finden wir sicher einen anderen Termin.
}

reschedule-closing = { $tone ->
    [formal] Sollte Ihnen das nicht passen, habe ich dafür volles Verständnis und danke Ihnen dennoch herzlich für die { reschedule-invite-noun }.
    [firm] Falls das nicht passt, verstehe ich das und danke Ihnen dennoch für die { reschedule-invite-noun }.
    [brief] Falls nicht, verstehe ich das.
   *[warm] Falls Ihnen das nicht passt, habe ich vollstes Verständnis und danke Ihnen trotzdem herzlich für die { reschedule-invite-noun }.
}

## clarification_reply: Das Gegenüber hat gefragt, ob sich an der Entscheidung noch etwas
## ändern ließe. $proposed-time ist der Zeitpunkt, zu dem der Absender das Gespräch wieder
## aufnehmen würde, adverbial gebraucht („Anfang nächsten Jahres“).

clarification-reply-subject = { $tone ->
    [formal] Vielen Dank für Ihre Rückmeldung
    [firm] { $has-position ->
        [true] Ihre Nachfrage zur Stelle als { $position }
       *[false] Ihre Nachfrage zu meiner Absage
    }
    [brief] Danke für Ihre Nachfrage
   *[warm] Vielen Dank für Ihre Nachfrage
}

clarification-reply-thanks = { $tone ->
    [formal] vielen Dank für Ihre Rückmeldung und Ihre Bereitschaft, über Anpassungen nachzudenken.
    [firm] vielen Dank für Ihre Nachfrage und Ihre Bereitschaft, mir entgegenzukommen.
    [brief] danke für Ihre Nachfrage.
   *[warm] vielen Dank, dass Sie nachgefragt haben, ob sich etwas ändern ließe – das weiß ich sehr zu schätzen.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] vielen Dank für Ihre Rückmeldung und Ihre Bereitschaft, über Anpassungen nachzudenken; positiv aufgefallen ist mir zudem { $detail }.
    [firm] vielen Dank für Ihre Nachfrage und Ihr Entgegenkommen; positiv aufgefallen ist mir vor allem { $detail }.
    [brief] danke für Ihre Nachfrage – gut gefallen hat mir { $detail }.
   *[warm] vielen Dank, dass Sie nachgefragt haben – gut gefallen hat mir { $detail }.
}

clarification-reply-decision = { $organization-shape ->
    [article] { clarification-reply-decision-nom }
   *[other] { $organization-gender ->
        [adjektiv] { clarification-reply-decision-nom }
       *[other] { clarification-reply-decision-house }
    }
}

clarification-reply-decision-nom = { $has-reason-note ->
    [true] { $tone ->
        [formal] Unter den bisherigen Bedingungen bleibe ich bei meiner Absage für { role-bare }, so sehr ich es schätze, dass { org-nom } an mir festhalten möchte.
        [firm] Unter den bisherigen Bedingungen bleibt es bei meiner Absage für { role-bare }, auch wenn ich es schätze, dass { org-nom } noch einmal auf mich zugekommen ist.
        [brief] Unter den bisherigen Bedingungen ändert sich an meiner Entscheidung nichts.
       *[warm] Ich habe mir { role-bare } noch einmal gründlich durch den Kopf gehen lassen, doch zu den bisherigen Bedingungen bleibe ich bei meiner Absage – so sehr es mich freut, dass { org-nom } an mich gedacht hat.
    }
   *[false] { clarification-reply-decision-nom-plain }
}

clarification-reply-decision-nom-plain = { $tone ->
    [formal] Nach nochmaliger Überlegung bleibe ich bei meiner Absage für { role-bare }, so sehr ich es schätze, dass { org-nom } an mir festhalten möchte.
    [firm] Meine Absage für { role-bare } bleibt bestehen, auch wenn ich es schätze, dass { org-nom } noch einmal auf mich zugekommen ist.
    [brief] An meiner Entscheidung ändert sich nichts.
   *[warm] Ich habe { role-bare } noch einmal gründlich überdacht und halte an meiner Entscheidung fest – so sehr es mich freut, dass { org-nom } an mich gedacht hat.
}

clarification-reply-decision-house = { $has-reason-note ->
    [true] { $tone ->
        [formal] Ich habe { role-phrase } noch einmal sorgfältig abgewogen, bleibe unter den bisherigen Bedingungen aber bei meiner Entscheidung.
        [firm] Unter den bisherigen Bedingungen bleibe ich bei meiner Absage für { role-phrase }.
        [brief] Unter den bisherigen Bedingungen ändert sich an meiner Entscheidung nichts.
       *[warm] Ich habe mir { role-phrase } noch einmal gründlich durch den Kopf gehen lassen, doch zu den bisherigen Bedingungen bleibe ich bei meiner Absage.
    }
   *[false] { clarification-reply-decision-house-plain }
}

clarification-reply-decision-house-plain = { $tone ->
    [formal] Ich habe { role-phrase } noch einmal sorgfältig abgewogen und bleibe bei meiner Entscheidung.
    [firm] Meine Absage für { role-phrase } bleibt bestehen.
    [brief] An meiner Entscheidung ändert sich nichts.
   *[warm] Ich habe { role-phrase } noch einmal gründlich überdacht, halte aber an meiner Entscheidung fest.
}

# Wer eine Bedingung nennt, lädt zur Rückmeldung ein, statt die Tür zu schließen (Panel ab12).
clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Gern würde ich das Gespräch { $proposed-time } wieder aufnehmen, und ich danke Ihnen für Ihr Verständnis.
        [firm] Sollte sich { $proposed-time } eine neue Gelegenheit ergeben, würde ich mich freuen, davon zu hören.
        [brief] Gern komme ich { $proposed-time } darauf zurück.
       *[warm] Sehr gern würde ich das Gespräch { $proposed-time } wieder aufnehmen, und ich bin Ihnen für Ihr Verständnis dankbar.
    }
   *[false] { $has-reason-note ->
        [true] { $tone ->
            [formal] Sollte sich an den Bedingungen etwas ändern lassen, würde ich mich freuen, wieder von Ihnen zu hören.
            [firm] Sollte sich an den Bedingungen etwas ändern, können Sie gern wieder auf mich zukommen.
            [brief] Lässt sich daran etwas ändern, melden Sie sich gern wieder.
           *[warm] Falls sich an den Bedingungen doch etwas bewegen lässt, freue ich mich sehr, wieder von Ihnen zu hören.
        }
       *[false] { $tone ->
            [formal] Ich danke Ihnen für Ihr Verständnis und würde mich freuen, wenn sich unsere Wege später wieder kreuzen.
            [firm] Ich danke Ihnen für Ihr Verständnis und bin für künftige Ausschreibungen offen.
            [brief] Danke für Ihr Verständnis – bleiben wir in Kontakt.
           *[warm] Ich bin Ihnen für Ihr Verständnis sehr dankbar und würde mich freuen, in Kontakt zu bleiben.
        }
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
        [formal] Haben Sie vielen Dank für Ihr Verständnis.
        [firm] Vielen Dank für Ihr Verständnis.
        [brief] Danke für Ihr Verständnis.
       *[warm] Nochmals herzlichen Dank für Ihr Verständnis.
    }
}

## stay_in_touch: eine kurze Nachricht nach einer Absage.

# Immer im Akkusativ verwendet („für …“).
conversation-phrase = { $has-topic ->
    [true] unser Gespräch { topic-about }
   *[false] { $has-position ->
        [true] unser Gespräch über { role-phrase }
       *[false] unser Gespräch
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Vielen Dank für das Gespräch
    [firm] Nach unserem Gespräch
    [brief] Danke für das Gespräch
   *[warm] Schön, dass wir gesprochen haben
}

stay-in-touch-thanks = { $tone ->
    [formal] nochmals vielen Dank für { conversation-phrase } und für Ihre Zeit.
    [firm] nochmals vielen Dank für { conversation-phrase }.
    [brief] danke nochmals für { conversation-phrase }.
   *[warm] { conversation-phrase } hat mir sehr gefallen, und ich danke Ihnen noch einmal herzlich für Ihre Zeit.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] nochmals vielen Dank für { conversation-or-time } und Ihre Offenheit; besonders in Erinnerung geblieben ist mir { $detail }.
    [firm] nochmals vielen Dank für { conversation-or-time }; in Erinnerung geblieben ist mir vor allem { $detail }.
    [brief] danke nochmals für { conversation-or-time } – gut in Erinnerung geblieben ist mir { $detail }.
   *[warm] nochmals herzlichen Dank für { conversation-or-time } – besonders gern in Erinnerung geblieben ist mir { $detail }.
}

# Ohne Thema und Stelle „Ihre Zeit“ statt „unser Gespräch“: das Detail nennt das Gespräch oft
# selbst („unser Gespräch über Datenjournalismus“).
conversation-or-time = { $has-topic ->
    [true] { conversation-phrase }
   *[false] { $has-position ->
        [true] { conversation-phrase }
       *[false] Ihre Zeit
    }
}

# Ein Name mit Artikel oder Adjektiv („der Deutschlandfunk“, „Süddeutsche Zeitung“) steht im
# Nominativ: „wie sich die Süddeutsche Zeitung weiterentwickelt“.
stay-in-touch-connect = { $has-organization ->
    [true] { $organization-shape ->
        [article] { stay-in-touch-connect-nom }
       *[other] { $organization-gender ->
            [adjektiv] { stay-in-touch-connect-nom }
           *[other] { stay-in-touch-connect-org }
        }
    }
   *[false] { stay-in-touch-connect-org }
}

stay-in-touch-connect-nom = { $tone ->
    [formal] Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben; wie sich { org-nom } weiterentwickelt, verfolge ich mit großem Interesse.
    [firm] Auch wenn es diesmal nicht zusammengekommen ist, würde ich gern in Verbindung bleiben; wie sich { org-nom } weiterentwickelt, verfolge ich mit Interesse.
    [brief] Bleiben wir in Verbindung – wie sich { org-nom } weiterentwickelt, verfolge ich mit Interesse.
   *[warm] Ich würde mich freuen, in Verbindung zu bleiben und zu verfolgen, woran { org-nom } als Nächstes arbeitet.
}

stay-in-touch-connect-org = { $has-organization ->
    [true] { $tone ->
        [formal] Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben und die Entwicklungen { org-house-again } weiterzuverfolgen.
        [firm] Auch wenn es diesmal nicht zusammengekommen ist, würde ich gern in Verbindung bleiben und die Entwicklungen { org-house-again } weiter verfolgen.
        [brief] Bleiben wir in Verbindung – die Entwicklungen { org-house-again } verfolge ich mit Interesse.
       *[warm] Ich würde mich sehr freuen, in Verbindung zu bleiben und die Entwicklungen { org-house-again } weiterzuverfolgen.
    }
   *[false] { $tone ->
        [formal] Ich würde mich freuen, mit Ihnen in Kontakt zu bleiben.
        [firm] Auch wenn es diesmal nicht zusammengekommen ist, würde ich gern in Verbindung bleiben.
        [brief] Bleiben wir in Verbindung.
       *[warm] Ich würde mich sehr freuen, in Verbindung zu bleiben.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Wenn ich Ihnen einmal behilflich sein kann, wenden Sie sich gern jederzeit an mich.
    [firm] Sie erreichen mich jederzeit unter dieser Adresse.
    [brief] Über einen Kaffee würde ich mich jederzeit freuen.
   *[warm] Sagen Sie gern Bescheid, wenn Sie einmal Lust auf einen Kaffee haben.
}
