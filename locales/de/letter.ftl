### Teile, die jeder Brief teilt: Anrede, Grußformel, Nominalphrasen, der eigene Grund
### des Absenders und die Empfehlung einer Kollegin oder eines Kollegen.
###
### Register: Sie in allen Tonlagen. „formal“ und „firm“ schreiben wie ein Geschäftsbrief
### („Sehr geehrte Damen und Herren,“ / „Guten Tag …,“), „warm“ und „brief“ freundlicher
### („Hallo …,“, „Viele Grüße“), aber ebenfalls gesiezt.
###
### Nach der Anrede mit Komma beginnt der erste Satz nach deutscher Briefkonvention klein
### („Guten Tag Jordan Lee,“ – „vielen Dank …“). Deshalb beginnen alle Dankessätze, die in
### den Vorlagen immer direkt auf die Anrede folgen, mit einem kleingeschriebenen Wort.
###
### Namen werden nie gebeugt und nie einem Geschlecht zugeordnet: die Anrede nennt „Frau“
### oder „Herr“ nur, wenn der Absender die Form angibt, sonst ist sie neutral. Veranstaltungstitel
### stehen in Anführungszeichen („…“) nach einem Gattungswort („die Veranstaltung „…““), nie
### direkt nach einer Präposition, sodass kein Artikel und kein Kasus geraten werden muss.

## Anrede und Grußformel

# Die Anrede folgt der Form, die der Absender angibt ($recipient-form), nie dem Namen:
# - „formal“ und „firm“: „Sehr geehrte Frau Professorin Berg,“ / „Sehr geehrter Herr Dr. Berg,“
#   (nur der höchste Titel: „Prof. Dr.“ wird zu „Professorin“/„Professor“).
# - „warm“: „Liebe Frau Berg,“ / „Lieber Herr Berg,“; „brief“: „Hallo Frau Berg,“ – immer mit
#   Nachnamen, denn die Briefe siezen in jeder Tonlage.
# - Neutrale Form: „Guten Tag Anna Berg,“ (voller Name, kein Geschlecht), mit Titel „Guten Tag
#   Prof. Berg,“ (die Abkürzung ist geschlechtsneutral; kein Titel vor dem Vornamen).
# - Ein Titel, den das Paket nicht kennt, steht wie geschrieben: „Sehr geehrter Herr Senator Berg,“.
#   Akademische Grade wie „M.A.“ (degree) und Anreden wie „Frau“ (honorific) stehen nie in der Anrede.
# - Nur ein Nachname ohne Form und Titel: „Guten Tag,“ („Guten Tag Berg,“ klänge nach Kaserne).
# - Nur ein Vorname: „Guten Tag Anna,“ / „Hallo Anna,“; nur ein voller Name ($recipient ohne
#   Teile): „Guten Tag Anna Berg,“ in „formal“ und „firm“, „Hallo Anna Berg,“ in „warm“ und
#   „brief“ (Panel ab2: „Guten Tag“ ließ warme Briefe wie einen Bescheid beginnen).
greeting = { $has-recipient ->
    [true] { $has-recipient-family ->
        [true] { greeting-family }
       *[false] { $has-recipient-given ->
            [true] { $tone ->
                [formal] Guten Tag { $recipient },
                [firm] Guten Tag { $recipient },
               *[other] Hallo { $recipient-given },
            }
           *[false] { $tone ->
                [formal] Guten Tag { $recipient },
                [firm] Guten Tag { $recipient },
               *[other] Guten Tag { $recipient },
            }
        }
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Sehr geehrtes Organisationskomitee,
            [firm] Sehr geehrtes Organisationsteam,
           *[other] Liebes Organisationsteam,
        }
        [academic_invitation] { $tone ->
            [formal] Sehr geehrte Kolleginnen und Kollegen,
            [firm] Sehr geehrte Kolleginnen und Kollegen,
           *[other] Liebe Kolleginnen und Kollegen,
        }
       *[other] { $tone ->
            [formal] Sehr geehrte Damen und Herren,
           *[other] Guten Tag,
        }
    }
}

# Nur mit Nachnamen ($has-recipient-family ist „true“).
greeting-family = { $recipient-form ->
    [feminine] { $tone ->
        [formal] Sehr geehrte Frau { greeting-title-feminine }{ $recipient-family },
        [firm] Sehr geehrte Frau { greeting-title-feminine }{ $recipient-family },
        [brief] { $recipient-title-kind ->
            [professor] Guten Tag Frau { greeting-title-feminine }{ $recipient-family },
           *[other] Hallo Frau { greeting-title-feminine }{ $recipient-family },
        }
       *[warm] Liebe Frau { greeting-title-feminine }{ $recipient-family },
    }
    [masculine] { $tone ->
        [formal] Sehr geehrter Herr { greeting-title-masculine }{ $recipient-family },
        [firm] Sehr geehrter Herr { greeting-title-masculine }{ $recipient-family },
        [brief] { $recipient-title-kind ->
            [professor] Guten Tag Herr { greeting-title-masculine }{ $recipient-family },
           *[other] Hallo Herr { greeting-title-masculine }{ $recipient-family },
        }
       *[warm] Lieber Herr { greeting-title-masculine }{ $recipient-family },
    }
   *[neutral] { greeting-neutral }
}

# Neutral in jeder Tonlage, ohne Frau/Herr und ohne gebeugtes Adjektiv.
# Mit Vornamen steht der volle Name nach dem Titel („Guten Tag Dr. Henrike von Berg,“): so
# schreibt man ohne Frau/Herr; „Guten Tag Dr. von Berg,“ liest sich wie ein Telegramm.
greeting-neutral = { $recipient-title-kind ->
    [professor] { $has-recipient-given ->
        [true] Guten Tag Prof. { $recipient },
       *[false] Guten Tag Prof. { $recipient-family },
    }
    [doctor] { $has-recipient-given ->
        [true] Guten Tag Dr. { $recipient },
       *[false] Guten Tag Dr. { $recipient-family },
    }
    [none] { greeting-neutral-name }
    [degree] { greeting-neutral-name }
    [honorific] { greeting-neutral-name }
   *[other] Guten Tag { $recipient-title } { $recipient-family },
}

# Ein voller Name ohne Anredeform steht in jeder Tonlage nach „Guten Tag“ (Panel ab7: „Hallo
# Julia Brandt,“ las sich wie ein Serienbrief).
# Ohne Vornamen ergäbe „Guten Tag Berg,“ einen Kasernenton; dann ohne Namen.
# Mit Vornamen ist $recipient der volle Name (der des Absenders, sonst Vor- und Nachname).
greeting-neutral-name = { $has-recipient-given ->
    [true] { $tone ->
        [formal] Guten Tag { $recipient },
        [firm] Guten Tag { $recipient },
       *[other] Guten Tag { $recipient },
    }
   *[false] Guten Tag,
}

greeting-title-feminine = { $recipient-title-kind ->
    [professor] Professorin{" "}
    [doctor] Dr.{" "}
    [none] {""}
    [degree] {""}
    [honorific] {""}
   *[other] { $recipient-title }{" "}
}

greeting-title-masculine = { $recipient-title-kind ->
    [professor] Professor{" "}
    [doctor] Dr.{" "}
    [none] {""}
    [degree] {""}
    [honorific] {""}
   *[other] { $recipient-title }{" "}
}

generic-hiring-greeting = { $tone ->
    [formal] Sehr geehrte Damen und Herren,
    [firm] Sehr geehrte Damen und Herren,
   *[other] Guten Tag,
}

# Nach DIN 5008 steht nach der Grußformel kein Komma.
signature = { $tone ->
    [formal]
        Mit freundlichen Grüßen
        { $sender }
    [firm]
        Freundliche Grüße
        { $sender }
    [brief]
        Beste Grüße
        { $sender }
   *[warm]
        Viele Grüße
        { $sender }
}

## Nominalphrasen in Sätzen

# Immer im Akkusativ verwendet („für …“, „über …“, „was … betrifft“). Ein Firmenname steht in
# Klammern nach „in Ihrem Haus“, nie nach „bei“: Artikel und Kasus eines Namens („bei der
# Universität Heidelberg“) kennen wir nicht.
# „die Stelle als Product Designer in Ihrem Haus (Acme)“, „die Stelle in Ihrem Haus (Acme)“,
# „diese Stelle“
# Ein schlichter Firmenname steht nach „bei“ ohne Artikel: „die Stelle als Product Designer bei
# Zalando“. Sagt ein Name hinten, was er ist („Siemens AG“, „Springer Verlag“), steht er in der
# festen Wendung „im Hause …“, die keinen Artikel verlangt. Namen, die im Satz einen Artikel
# brauchen („beim ZDF“, „bei der Allianz“), stehen deshalb unter kind_words in pack.toml.
# Bringt der Name einen Artikel mit oder steht das Gattungswort vorn („die Techniker
# Krankenkasse“, „Universität Heidelberg“), bleibt er in Klammern.
# Ein Name mit eigenem Artikel („die Techniker Krankenkasse“, „der Deutschlandfunk“) oder mit
# gebeugtem Adjektiv („Deutsche Bahn“) steht hier nicht („in Ihrem Haus“); der Satz nennt ihn
# selbst als Subjekt im Nominativ („dass mich die Techniker Krankenkasse … berücksichtigt hat“,
# job-interview-thanks-nom, clarification-reply-decision-nom). Kein Relativsatz mehr („…, die
# derzeit die Techniker Krankenkasse ausschreibt,“: Review de-fix1).
role-phrase = { role-phrase-open }

# Die Stelle ohne Haus, wenn der Satz den Namen als Subjekt nennt („dass mich die Techniker
# Krankenkasse für die Stelle als … berücksichtigt hat“).
role-bare = { $has-position ->
    [true] die Stelle als { $position }
   *[false] die ausgeschriebene Stelle
}


# Der Name im Nominativ, nur für Namen mit eigenem Artikel oder mit Adjektiv auf „-e“.
org-nom = { $organization-shape ->
    [article] { $organization }
   *[other] die { $organization }
}

role-phrase-open = { $has-position ->
    [true] { $has-organization ->
        [true] die Stelle als { $position }{ org-house-role }
       *[false] die Stelle als { $position }
    }
   *[false] { $has-organization ->
        [true] die Stelle{ org-house-role }
       *[false] diese Stelle
    }
}

# „bei Zalando“ (ein schlichter Firmenname steht ohne Artikel nach „bei“) oder „in Ihrem Haus (die Techniker Krankenkasse)“
org-house = { $organization-shape ->
    [plain] bei { $organization }
    [kind-first] { org-bei }
    [kind] { org-bei }
    [article] { org-for-article }
   *[other] in Ihrem Haus ({ $organization })
}

# Nur in role-phrase: wie org-house, aber Namen mit Artikel oder Adjektiv im Nominativ.
# Ein Name mit eigenem Artikel oder gebeugtem Adjektiv („die Techniker Krankenkasse“,
# „Deutsche Bahn“) stünde nach „bei“ im Dativ, den wir nicht bilden können; ein Relativsatz
# („…, die derzeit die Techniker Krankenkasse ausschreibt,“) liest sich umständlich. Die Leserin
# arbeitet dort: „in Ihrem Haus“ sagt dasselbe.
org-house-role = { $organization-shape ->
    [article] {" "}in Ihrem Haus
   *[other] { $organization-gender ->
        [adjektiv] {" "}in Ihrem Haus
       *[other] {" "}{ org-house }
    }
}

# Ein Name mit eigenem Artikel („die Techniker Krankenkasse“, „das Fraunhofer-Institut …“,
# „die Zeit“) lässt sich nicht in den Dativ setzen, wohl aber nach „für“ in den Akkusativ, der
# bei Femininum, Neutrum und Plural dem Nominativ gleicht. Nur „der …“ (Maskulinum) bliebe
# falsch („für der Tagesspiegel“): dann die sichere Form in Klammern.
org-for-article = { $organization-gender ->
    [masculine] in Ihrem Haus ({ org-label }: { $organization })
   *[other] für { $organization }
}

# Das Gattungswort steht vorn oder hinten („Universität Heidelberg“, „Siemens AG“): der Artikel
# richtet sich nach ihm („bei der Siemens AG“, „beim Springer Verlag“, „beim ZDF“). Ein Name, der
# mit einem gebeugten Adjektiv beginnt („Deutsche Bahn“), oder ein Plural („Stadtwerke
# München“) änderte im Dativ seine Endung; er steht in der festen Wendung „im Hause …“.
org-bei = { $organization-gender ->
    [masculine] beim { $organization }
    [neuter] beim { $organization }
    [feminine] bei der { $organization }
   *[other] im Hause { $organization }
}

# Eine Veranstaltung mit Präposition im Dativ: „beim Digitalgipfel 2027“, „bei der Jahrestagung
# Bildung 2027“, ein Plural im Genitiv („im Rahmen der Kölner Datenschutztage 2027“, das Nomen
# bleibt unverändert); ein Name mit eigenem Artikel im Akkusativ, der dem Nominativ gleicht
# („für die Ringvorlesung Klimawandel“, „für das Hamburger Klimaforum“); sonst die sichere
# Form nach einem Gattungswort („bei der Veranstaltung „re:publica 2027““).
event-at = { $event-shape ->
    [kind-first] { event-at-gender }
    [kind] { event-at-gender }
    [article] { $event-gender ->
        [feminine] für { $event }
        [neuter] für { $event }
        [plural] für { $event }
       *[other] bei Ihrer Veranstaltung ({ $event })
    }
   *[other] bei der Veranstaltung „{ $event }“
}

event-at-gender = { $event-gender ->
    [masculine] beim { $event }
    [neuter] beim { $event }
    [feminine] bei der { $event }
    [plural] im Rahmen der { $event }
   *[other] bei der Veranstaltung „{ $event }“
}

# Worum es bei einer Terminverschiebung geht, nur im Akkusativ verwendet („auf …“, „für …“):
# die Art der Einladung, wenn sie bekannt ist („die Keynote bei der Veranstaltung „…““);
# sonst ein Termin, ein Vorstellungsgespräch, ein Gespräch. Ein Name steht in
# Anführungszeichen nach einem Gattungswort.
meeting-phrase = { $invitation ->
    [screening_call] das Vorgespräch{ meeting-for-role }
    [interview] das Vorstellungsgespräch{ meeting-for-role }
    [final_round] die letzte Gesprächsrunde{ meeting-for-role }
    [article] das Interview zu Ihrem Artikel{ $has-event ->
        [true] {" "}in der Reihe „{ $event }“
       *[false] {""}
    }
    [broadcast] { $has-event ->
        [true] das Interview in der Sendung „{ $event }“
       *[false] das Interview in Ihrer Sendung
    }
    [podcast] { $has-event ->
        [true] die Aufnahme im Podcast „{ $event }“
       *[false] die Podcastaufnahme
    }
    [comment] unser Gespräch zu Ihrem Beitrag{ $has-event ->
        [true] {" "}im Format „{ $event }“
       *[false] {""}
    }
    [talk] den Vortrag{ meeting-at-event }
    [keynote] die Keynote{ meeting-at-event }
    [panel] die Podiumsdiskussion{ meeting-at-event }
    [workshop] den Workshop{ meeting-at-event }
    [webinar] das Webinar{ $has-event ->
        [true] { $event-shape ->
            [article] {" "}({ $event })
           *[other] {" "}„{ $event }“
        }
       *[false] {""}
    }
    [guest_lecture] den Gastvortrag{ $has-event ->
        [true] { $event-shape ->
            [article] {" "}im Rahmen Ihrer Veranstaltung ({ $event })
           *[other] {" "}im Rahmen der Veranstaltung „{ $event }“
        }
       *[false] {""}
    }
    [committee] { $has-event ->
        [true] { $event-shape ->
            [kind-first] die Sitzung des Gremiums „{ $event }“
            [kind] die Sitzung des Gremiums „{ $event }“
            [article] die Sitzung Ihres Gremiums ({ $event })
           *[other] die Sitzung der Kommission „{ $event }“
        }
       *[false] die Kommissionssitzung
    }
    [editorial_board] { $has-event ->
        [true] { $event-shape ->
            [plain] die Sitzung des Herausgeberbeirats der Zeitschrift „{ $event }“
           *[other] die Sitzung des Herausgeberbeirats ({ $event })
        }
       *[false] die Sitzung des Herausgeberbeirats
    }
    [program_committee] { $has-event ->
        [true] { $event-shape ->
            [plain] die Sitzung des Programmkomitees der Tagung „{ $event }“
           *[other] die Sitzung des Programmkomitees ({ $event })
        }
       *[false] die Sitzung des Programmkomitees
    }
    [examiner] { $has-event ->
        [true] { $event-shape ->
            [article] die Verteidigung ({ $event })
           *[other] die Verteidigung im Rahmen von „{ $event }“
        }
       *[false] die Verteidigung im Prüfungsverfahren
    }
   *[other] { $has-event ->
        [true] { $event-shape ->
            [article] den Termin ({ $event })
           *[other] den Termin „{ $event }“
        }
       *[false] { $has-position ->
            [true] das Vorstellungsgespräch zur Stelle als { $position }
           *[false] { $has-topic ->
                [true] unser Gespräch { $topic-gender ->
                    [masculine] (Thema: { $topic })
                   *[other] über { $topic }
                }
               *[false] unser Gespräch
            }
        }
    }
}

# „ zur Stelle als Controllerin“; ohne Stelle der Rahmen („ im Rahmen von „Auswahltag 2027““).
meeting-for-role = { $has-position ->
    [true] {" "}zur Stelle als { $position }{ meeting-in-frame }
   *[false] { meeting-in-frame }
}

# „ bei der Veranstaltung „Design Summit 2027““, oder nichts („auf die Keynote auf der …“ hinkt).
# Bringt der Name seinen eigenen Artikel mit („die Berliner Energietage“), steht er in Klammern
# nach „Ihrer Veranstaltung“: „der Veranstaltung „die …““ verdoppelte den Artikel.
meeting-at-event = { $has-event ->
    [true] {" "}{ event-at }
   *[false] {""}
}

# „ im Rahmen von „Auswahltag 2027““, oder nichts: der Name kann eine Reihe, ein Programm
# oder ein Verfahren sein, und „im Rahmen von „…““ passt zu allen.
meeting-in-frame = { $has-event ->
    [true] { $event-shape ->
        [article] {" "}({ $event })
       *[other] {" "}im Rahmen von „{ $event }“
    }
   *[false] {""}
}

# „(die Berliner Energietage, Acme)“: ein Name mit eigenem Artikel in Klammern, zusammen mit
# der Organisation, wenn es eine gibt.
event-org-paren = ({ $event }{ $has-organization ->
    [true] { $organization-shape ->
        [article] ; { org-label }: { $organization }
       *[other] , { $organization }
    }
   *[false] {""}
})

# „ (Acme)“ nach einem eigenen Nomen; ein Name mit eigenem Artikel („(der Bitkom)“) steht nie in
# Klammern: dann nichts, denn das Nomen („Ihre Zeitschrift“, „Ihr Haus“) meint ihn schon.
org-paren = { $organization-shape ->
    [article] {" "}({ org-label }: { $organization })
   *[other] {" "}({ $organization })
}

# Ein Name mit eigenem Artikel steht nie bloß in Klammern („(der Bitkom)“) und nie nach einer
# Präposition („vom der Bitkom“), sondern nach einer Rolle mit Doppelpunkt im Nominativ:
# „(Gastgeber: der Bitkom)“, „(Herausgeber: die Zeit)“.
org-label = { $scenario ->
    [academic_invitation] { $invitation ->
        [peer_review] Herausgeber
        [editorial_board] Herausgeber
        [program_committee] Veranstalter
        [guest_lecture] Veranstalter
       *[other] Einrichtung
    }
    [media_interview] Redaktion
   *[other] Gastgeber
}

# „ (Acme)“ nach einer Veranstaltung oder Einladung, oder nichts. Nicht „bei Acme“: Artikel
# und Kasus des Namens („bei der Universität Heidelberg“) kennen wir nicht.
# Nach einem Femininum im Genitiv ohne Klammern: „bei der Jahrestagung Bildung 2027 der
# Körber-Stiftung“. Nennt der Name der Veranstaltung das Haus schon („re:publica 2027“ und
# „re:publica GmbH“), steht es nicht noch einmal da.
at-organization = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [kind-first] { org-genitive }
            [kind] { org-genitive }
            [plain] {" "}von { $organization }
            [article] { org-by-article }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

# Ein Name mit eigenem Artikel nach „durch“ im Akkusativ, der bei Femininum, Neutrum und Plural
# dem Nominativ gleicht: „(ausgerichtet durch die Gesellschaft für Informatik)“. Nur „der …“
# (Maskulinum) bliebe falsch: dann die Rolle mit Doppelpunkt.
org-by-article = { $organization-gender ->
    [masculine] {" "}({ org-label }: { $organization })
   *[other] , { org-participle } durch { $organization },
}

org-participle = { $scenario ->
    [academic_invitation] { $invitation ->
        [peer_review] herausgegeben
        [editorial_board] herausgegeben
        [program_committee] veranstaltet
        [guest_lecture] veranstaltet
        [committee] eingesetzt
       *[other] getragen
    }
    [media_interview] verantwortet
   *[other] ausgerichtet
}

# Genitiv nur, wo das Nomen unverändert bleibt (Femininum, Plural); Maskulinum und Neutrum
# bekämen ein „-s“ („des Springer Verlags“, aber „des BDI“) und „vom …“ klingt umgangssprachlich:
# dort Klammern („beim Tag der Industrie (BDI)“, „der Zeitschrift „Leviathan“ (Nomos Verlag)“).
org-genitive = { $organization-gender ->
    [feminine] {" "}der { $organization }
    [plural] {" "}der { $organization }
    [masculine] {" "}({ $organization })
    [neuter] {" "}({ $organization })
   *[other] {" "}({ $organization })
}

## Der eigene Grund in den Worten des Absenders (der Schlusspunkt wird vorher entfernt).

reason-note = { $reason-note }.

## Empfehlung einer Kollegin oder eines Kollegen
## Der Name steht als Subjekt im Nominativ, so wie er getippt wird; ohne Relativpronomen
## („der“/„die“) und ohne „mein Kollege“/„meine Kollegin“, damit kein Geschlecht aus dem
## Namen geraten wird.

referral = { $tone ->
    [formal] Gestatten Sie mir einen Hinweis: { $referral }{ referral-expertise } { referral-fit }{ referral-contact }.
    [brief] Eine Empfehlung: { $referral }{ referral-contact }{ referral-expertise } { referral-fit }.
   *[other] Falls es Ihnen weiterhilft: { $referral }{ referral-expertise } { referral-fit }{ referral-contact }.
}

# „ verfügt über fundierte Erfahrung im Bereich X und“, oder nichts.
referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] {" "}hat sich im Bereich { $referral-expertise } einen Namen gemacht und
       *[other] {" "}kennt sich in Sachen { $referral-expertise } bestens aus und
    }
   *[false] {""}
}

referral-fit = { $scenario ->
    [media_interview] wäre für Ihr Vorhaben eine ausgezeichnete Wahl
    [speaking_engagement] { $tone ->
        [formal] wäre eine ausgezeichnete Besetzung
       *[other] wäre eine hervorragende Besetzung
    }
    [academic_invitation] { $tone ->
        [formal] wäre eine ausgezeichnete Wahl
       *[other] wäre eine hervorragende Wahl
    }
   *[other] wäre für Ihr Team sicher ein Gewinn
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] {" "}– erreichbar unter { $referral-contact }
        [brief] {" "}({ $referral-contact })
       *[other] {" "}– erreichbar unter { $referral-contact }
    }
   *[false] {""}
}

# Der Name nach einem Doppelpunkt im Betreff: in Anführungszeichen, außer er bringt seinen
# eigenen Artikel mit („Absage: die Ringvorlesung Klimawandel“, nicht „„die …““).
event-title = { $event-shape ->
    [article] { $event }
   *[other] „{ $event }“
}

# Nach „die Entwicklung …“: „im Hause Celonis“ bei einem schlichten Namen, sonst „Ihres Hauses
# (Universität Heidelberg)“.
org-house-genitive = { $organization-shape ->
    [plain] bei { $organization }
    [kind-first] { org-development }
    [kind] { org-development }
    [article] { $organization-gender ->
        [masculine] Ihres Hauses
       *[other] rund um { $organization }
    }
   *[other] Ihres Hauses ({ $organization })
}

org-development = { $organization-gender ->
    [feminine] der { $organization }
    [masculine] beim { $organization }
    [neuter] beim { $organization }
   *[other] im Hause { $organization }
}

# Hat der Dank das Haus schon genannt („unser Gespräch über die Stelle als … im Hause Acme“),
# den Namen nicht wiederholen: „die Entwicklung bei Ihnen“.
org-house-again = { $has-topic ->
    [true] { org-house-genitive }
   *[false] { $has-position ->
        [true] bei Ihnen
       *[false] { org-house-genitive }
    }
}
