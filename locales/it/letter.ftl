### Parti comuni a ogni lettera: saluto iniziale, firma, sintagmi nominali, il motivo indicato
### da chi scrive e la segnalazione di un'altra persona.
###
### Registro: Lei di cortesia in tutti i toni (formal, firm, warm, brief); i toni warm e brief
### sono più calorosi nella scelta delle parole, non nel pronome. Quando manca il nome del
### destinatario la lettera si rivolge a un gruppo (ufficio, comitato, redazione) e usa il voi:
### per questo molte frasi scelgono la forma su $has-recipient.
###
### Nessuna concordanza di genere su chi scrive, su chi legge o sulla persona segnalata
### (niente «lieto/lieta», «grato/grata», «il mio collega»): si usano forme invariabili
### («felice», «mi farebbe piacere», «professionista»). Il testo di chi chiama non viene mai
### preceduto da una preposizione articolata: «presso { $organization }», «sul tema «{ $topic }»»,
### il nome di un evento tra virgolette dopo un nome comune («l'evento «{ $event }»»),
### verbi transitivi davanti a { $detail }.

## Saluto iniziale e firma

# Con un destinatario: «Gentile» (formal, firm, warm) o «Buongiorno» (brief) e il titolo col
# cognome: «Gentile Professoressa Marchetti,», «Gentile Dottor Marchetti,», «Gentile Signora
# Marchetti,». Il genere viene solo da chi chiama ($recipient-form), mai dal nome; con la forma
# neutra le abbreviazioni invariabili «Prof.» e «Dott.», oppure il nome com'è stato scritto
# («Gentile Elena Marchetti,»). Un titolo sconosciuto si usa com'è stato scritto, davanti al
# cognome («Gentile Ing. Marchetti,», «Gentile Avv. Marchetti,»). Mai il solo cognome senza
# titolo («Gentile Marchetti,»): in quel caso «Buongiorno,». Il Lei resta in tutti i toni.
greeting = { $has-recipient ->
    [true] { $recipient-form ->
        [feminine] { greeting-named }
        [masculine] { greeting-named }
       *[neutral] { $has-recipient-given ->
            [true] { greeting-named }
           *[false] { $has-recipient-family ->
                [true] { $recipient-title-kind ->
                    [none] Buongiorno,
                    [honorific] Buongiorno,
                   *[other] { greeting-named }
                }
               *[false] { greeting-named }
            }
        }
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $invitation ->
            [webinar] { $tone ->
                [formal] Gentili Signore e Signori,
               *[other] Buongiorno,
            }
           *[other] { $tone ->
                [formal] Spettabile Comitato organizzatore,
                [firm] Gentile comitato organizzatore,
               *[other] Buongiorno,
            }
        }
        [academic_invitation] { $tone ->
            [formal] Gentili colleghe e colleghi,
            [firm] Gentili colleghe e colleghi,
           *[other] Buongiorno,
        }
        [media_interview] { $tone ->
            [formal] Spettabile redazione,
            [firm] Gentile redazione,
           *[other] Buongiorno,
        }
       *[other] { $tone ->
            [formal] Gentili Signore e Signori,
           *[other] Buongiorno,
        }
    }
}

generic-hiring-greeting = { $tone ->
    [formal] Gentili responsabili della selezione,
    [firm] Gentili responsabili della selezione,
   *[other] Buongiorno,
}

greeting-named = { $tone ->
    [formal] Gentile { greeting-addressee },
    [firm] Gentile { greeting-addressee },
    [brief] { $has-recipient-given ->
        [true] Buongiorno { greeting-friendly-addressee },
       *[false] { $has-recipient-family ->
            [true] Buongiorno { greeting-friendly-addressee },
           *[false] Gentile { greeting-friendly-addressee },
        }
    }
   *[warm] Gentile { greeting-friendly-addressee },
}

# Toni warm e brief: il nome proprio («Gentile Sara,», «Buongiorno Alessio,») quando non c'è
# un titolo da rispettare; con un titolo («Gentile Professoressa Marchetti,») come nei toni formali.
greeting-friendly-addressee = { $has-recipient-given ->
    [true] { $recipient-title-kind ->
        [none] { $recipient-given }
        [honorific] { $recipient-given }
       *[other] { greeting-addressee }
    }
   *[false] { greeting-addressee }
}

# Titolo e cognome; senza cognome il titolo da solo («Gentile Professoressa,») o il nome.
greeting-addressee = { $has-recipient-family ->
    [true] { $recipient-title-kind ->
        [professor] { $recipient-form ->
            [feminine] Professoressa { $recipient-family }
            [masculine] Professor { $recipient-family }
           *[neutral] Prof. { $recipient-family }
        }
        [doctor] { $recipient-form ->
            [feminine] Dottoressa { $recipient-family }
            [masculine] Dottor { $recipient-family }
           *[neutral] Dott. { $recipient-family }
        }
        [senator] { $recipient-form ->
            [feminine] Senatrice { $recipient-family }
            [masculine] Senatore { $recipient-family }
           *[neutral] Sen. { $recipient-family }
        }
        [president] Presidente { $recipient-family }
        [none] { greeting-plain-addressee }
        [honorific] { greeting-plain-addressee }
       *[other] { $recipient-title } { $recipient-family }
    }
   *[false] { $recipient-title-kind ->
        [professor] { $recipient-form ->
            [feminine] Professoressa
            [masculine] Professore
           *[neutral] { greeting-name-only }
        }
        [doctor] { $recipient-form ->
            [feminine] Dottoressa
            [masculine] Dottore
           *[neutral] { greeting-name-only }
        }
        [senator] { $recipient-form ->
            [feminine] Senatrice
            [masculine] Senatore
           *[neutral] { greeting-name-only }
        }
        [president] Presidente
        [none] { $recipient }
        [honorific] { $recipient }
       *[other] { $has-recipient-given ->
            [true] { $recipient }
           *[false] { $recipient-title } { $recipient }
        }
    }
}

# Cognome senza titolo: «Signora Marchetti», «Signor Marchetti»; con la forma neutra il nome
# completo (qui c'è sempre un nome proprio: vedi greeting).
greeting-plain-addressee = { $recipient-form ->
    [feminine] Signora { $recipient-family }
    [masculine] Signor { $recipient-family }
   *[neutral] { $recipient }
}

# Forma neutra senza cognome: col solo nome completo «Prof. Elena Marchetti», col nome
# proprio nessun titolo («Gentile Elena,»).
greeting-name-only = { $has-recipient-given ->
    [true] { $recipient }
   *[false] { $recipient-title-kind ->
        [professor] Prof. { $recipient }
        [doctor] Dott. { $recipient }
        [senator] Sen. { $recipient }
        [president] Presidente { $recipient }
       *[other] { $recipient }
    }
}

# La chiusura italiana non riprende il saluto iniziale: va bene con qualsiasi destinatario.
# Nel tono warm «Un caro saluto,» solo dopo un saluto col nome proprio («Gentile Anna,»);
# con titolo o cognome («Gentile Signor Rossi,», «Gentile Professoressa Rossi,») o senza
# destinatario, «caro» è troppo confidenziale: «Un cordiale saluto,».
signature = { $tone ->
    [formal]
        Distinti saluti,
        { $sender }
    [firm]
        Cordiali saluti,
        { $sender }
    [brief]
        Un saluto,
        { $sender }
   *[warm]
        { signature-warm }
        { $sender }
}

signature-warm = { $has-recipient ->
    [true] { $has-recipient-given ->
        [true] { $has-recipient-family ->
            [true] Un cordiale saluto,
           *[false] { $recipient-title-kind ->
                [none] Un cordiale saluto,
                [honorific] Un cordiale saluto,
               *[other] Un cordiale saluto,
            }
        }
       *[false] Un cordiale saluto,
    }
   *[false] Un cordiale saluto,
}

## Sintagmi nominali usati dentro le frasi

# «la posizione di Product Designer presso Acme», «la posizione presso Acme»,
# «la posizione di Product Designer», «questa posizione»
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] la posizione di { $position }{ in-organization }
       *[false] la posizione di { $position }
    }
   *[false] { $has-organization ->
        [true] la posizione aperta{ in-organization }
       *[false] questa posizione
    }
}

# Un'azienda dopo la posizione: « in Luxottica» (nome semplice), « presso la Fondazione Cariplo»
# (il nome porta il suo articolo); un nome che comincia con ciò che è («Università di Bologna»,
# «Gruppo Hera») vorrebbe un articolo che non conosciamo: resta in apposizione tra parentesi.
in-organization = { $has-organization ->
    [true] {" "}{ org-presso }
   *[false] {""}
}

## Nomi con il loro articolo. Solo un nome che comincia con ciò che è («Banca d'Italia»,
## «Festival dell'Economia», «Università di Bologna») prende articolo e preposizione articolata
## secondo [names.genders] di pack.toml; un nome con il suo articolo («la Repubblica») li ha
## già, e sta dopo una preposizione che non si fonde («presso», «per», «con»); un nome semplice
## («Luxottica», «Codemotion Milano 2027») non ne vuole.

# «presso la Banca d'Italia», «presso l'Università di Bologna», «presso Luxottica»,
# «presso la Repubblica», «presso Sapienza Università di Roma» (forma ufficiale).
org-presso = presso { org-with-article }

# «il Politecnico di Milano», «la Banca d'Italia», «l'Università di Bologna»; altrimenti il nome com'è.
org-with-article = { $organization-shape ->
    [kind-first] { $organization-gender ->
        [masculine] il { $organization }
        [masculine-board] il { $organization }
        [masculine-lo] lo { $organization }
        [feminine] la { $organization }
        [feminine-board] la { $organization }
        [elided] l'{ $organization }
        [masculine-plural] i { $organization }
        [masculine-plural-gli] gli { $organization }
        [feminine-plural] le { $organization }
       *[other] { $organization }
    }
   *[other] { $organization }
}

# «del Politecnico…», «della Fondazione Cariplo», «dell'Università…», «di Luxottica»; un nome
# con il suo articolo o uno che non comincia con ciò che è: «presso …».
org-of = { $organization-shape ->
    [kind-first] { $organization-gender ->
        [masculine] del { $organization }
        [masculine-board] del { $organization }
        [masculine-lo] dello { $organization }
        [feminine] della { $organization }
        [feminine-board] della { $organization }
        [elided] dell'{ $organization }
        [masculine-plural] dei { $organization }
        [masculine-plural-gli] degli { $organization }
        [feminine-plural] delle { $organization }
       *[other] { org-presso }
    }
    [plain] di { $organization }
   *[other] { org-presso }
}

# «il Festival dell'Economia», «la Rivista di Filosofia»; altrimenti il nome com'è.
event-with-article = { $event-shape ->
    [kind-first] { $event-gender ->
        [masculine] il { $event }
        [masculine-board] il { $event }
        [masculine-lo] lo { $event }
        [feminine] la { $event }
        [feminine-board] la { $event }
        [elided] l'{ $event }
        [masculine-plural] i { $event }
        [masculine-plural-gli] gli { $event }
        [feminine-plural] le { $event }
       *[other] { $event }
    }
   *[other] { $event }
}

# «in occasione del Festival…», «in occasione delle Giornate…», «in occasione dell'Expo…»; un nome
# semplice «in occasione di Codemotion Milano 2027»; con il suo articolo «per il Premio Strega».
# Non «al Festival»: dopo «spostare la tavola rotonda» si leggerebbe come la nuova data.
event-at = { $event-shape ->
    [kind-first] { $event-gender ->
        [masculine] in occasione del { $event }
        [masculine-board] in occasione del { $event }
        [masculine-lo] in occasione dello { $event }
        [feminine] in occasione della { $event }
        [feminine-board] in occasione della { $event }
        [elided] in occasione dell'{ $event }
        [masculine-plural] in occasione dei { $event }
        [masculine-plural-gli] in occasione degli { $event }
        [feminine-plural] in occasione delle { $event }
       *[other] in occasione di { $event }
    }
    [article] per { $event }
   *[other] in occasione di { $event }
}

# Un webinar dentro una manifestazione: «nell'ambito degli Stati Generali del Digitale»,
# «nell'ambito della Settimana…»; il nome non è il titolo del webinar.
event-within = { $event-gender ->
    [masculine] nell'ambito del { $event }
    [masculine-board] nell'ambito del { $event }
    [masculine-lo] nell'ambito dello { $event }
    [feminine] nell'ambito della { $event }
    [feminine-board] nell'ambito della { $event }
    [elided] nell'ambito dell'{ $event }
    [masculine-plural] nell'ambito dei { $event }
    [masculine-plural-gli] nell'ambito degli { $event }
    [feminine-plural] nell'ambito delle { $event }
   *[other] nell'ambito di «{ $event }»
}

# Dopo «partecipare»: «al Convegno…», «alla Settimana…», «all'Expo…», «alle Giornate…»; solo
# per un nome che comincia con ciò che è (vedi academic invitation-phrase).
event-to = { $event-gender ->
    [masculine] al { $event }
    [masculine-board] al { $event }
    [masculine-lo] allo { $event }
    [feminine] alla { $event }
    [feminine-board] alla { $event }
    [elided] all'{ $event }
    [masculine-plural] ai { $event }
    [masculine-plural-gli] agli { $event }
    [feminine-plural] alle { $event }
   *[other] a «{ $event }»
}

# «del Journal of Applied Logic», «della Commissione paritetica»; altrimenti «di …».
event-of = { $event-shape ->
    [kind-first] { $event-gender ->
        [masculine] del { $event }
        [masculine-board] del { $event }
        [masculine-lo] dello { $event }
        [feminine] della { $event }
        [feminine-board] della { $event }
        [elided] dell'{ $event }
        [masculine-plural] dei { $event }
        [masculine-plural-gli] degli { $event }
        [feminine-plural] delle { $event }
       *[other] di «{ $event }»
    }
    [article] con { $event }
   *[other] di «{ $event }»
}

# L'oggetto di uno spostamento: il tipo di invito, se noto («la relazione plenaria in
# occasione dell'evento «Forum 2027»»); altrimenti un appuntamento (il nome tra virgolette),
# un colloquio, un incontro. Il nome resta tra virgolette dopo un nome comune nostro, mai
# dopo una preposizione articolata.
meeting-phrase = { $invitation ->
    [screening_call] il colloquio conoscitivo{ meeting-for-event }
    [interview] il colloquio{ meeting-for-event }
    [final_round] il colloquio finale{ meeting-for-event }
    [article] l'intervista { $has-event ->
        [true] per «{ $event }»
       *[false] per l'articolo
    }
    [broadcast] l'intervista per la trasmissione{ meeting-named-event }
    [podcast] la registrazione del podcast{ meeting-named-event }
    [comment] il nostro scambio { $has-event ->
        [true] per «{ $event }»
       *[false] per il servizio
    }
    [talk] il mio intervento{ meeting-at-event }
    [keynote] la mia relazione plenaria{ meeting-at-event }
    [panel] la tavola rotonda{ meeting-at-event }
    [workshop] il workshop{ meeting-at-event }
    [webinar] { $event-shape ->
        [kind-first] il webinar { event-within }
       *[other] il webinar{ meeting-named-event }
    }
    [guest_lecture] la mia lezione{ meeting-for-event }
    [committee] { $has-event ->
        [true] la riunione { event-of }
       *[false] la riunione della commissione
    }
    [editorial_board] la riunione del comitato editoriale{ $has-event ->
        [true] { of-journal-name }
       *[false] {""}
    }
    [program_committee] { $event-gender ->
        [masculine-board] la riunione { event-of }
        [feminine-board] la riunione { event-of }
       *[other] la riunione del comitato di programma{ meeting-at-event }
    }
    [examiner] { $event-shape ->
        [kind-first] la seduta della commissione per { event-with-article }
       *[other] la discussione di tesi{ meeting-for-event }
    }
   *[other] { $has-event ->
        [true] l'appuntamento «{ $event }»
       *[false] { $has-position ->
            [true] il colloquio per la posizione di { $position }
           *[false] { $has-topic ->
                [true] il nostro incontro { topic-about }
               *[false] il nostro incontro
            }
        }
    }
}

# « per «Programma Giovani Talenti»», « in occasione dell'evento «Forum 2027»», « «Report»»
# (in apposizione), oppure niente.
meeting-for-event = { $has-event ->
    [true] {" "}per { event-with-article }
   *[false] {""}
}

# Un nome che porta il suo articolo («il Festival dell'Economia») non sta dopo «l'evento»:
# « per il Festival dell'Economia di Trento».
meeting-at-event = { $has-event ->
    [true] {" "}{ event-at }
   *[false] {""}
}

meeting-named-event = { $has-event ->
    [true] {" "}«{ $event }»
   *[false] {""}
}

# Dopo «La ringrazio per»: l'invito a fare qualcosa («l'invito a tenere la relazione plenaria
# in occasione dell'evento «…»»), oppure «aver organizzato» un colloquio o un incontro.
meeting-thanks = { $invitation ->
    [broadcast] l'invito a partecipare alla trasmissione{ meeting-named-event }
    [podcast] l'invito a partecipare al podcast{ meeting-named-event }
    [talk] l'invito a tenere un intervento{ meeting-at-event }
    [keynote] l'invito a tenere la relazione plenaria{ meeting-at-event }
    [panel] l'invito a partecipare alla tavola rotonda{ meeting-at-event }
    [workshop] l'invito a condurre il workshop{ meeting-at-event }
    [webinar] { $event-shape ->
        [kind-first] l'invito a tenere un webinar { event-within }
       *[other] l'invito a tenere il webinar{ meeting-named-event }
    }
    [guest_lecture] l'invito a tenere una lezione{ meeting-for-event }
    [committee] l'invito alla riunione { $has-event ->
        [true] { event-of }
       *[false] della commissione
    }
    [editorial_board] l'invito alla riunione del comitato editoriale{ $has-event ->
        [true] { of-journal-name }
       *[false] {""}
    }
    [program_committee] { $event-gender ->
        [masculine-board] l'invito alla riunione { event-of }
        [feminine-board] l'invito alla riunione { event-of }
       *[other] l'invito alla riunione del comitato di programma{ meeting-at-event }
    }
    [examiner] { $event-shape ->
        [kind-first] l'invito a far parte della commissione giudicatrice per { event-with-article }
       *[other] l'invito a valutare una tesi{ meeting-for-event }
    }
   *[other] aver organizzato { meeting-phrase }
}

# La rivista per nome: «della rivista «Studi linguistici»», ma «di «Rivista di Filosofia»»
# quando il nome dice già che è una rivista.
of-journal-name = { $event-shape ->
    [kind-first] {" "}{ event-of }
   *[other] {" "}della rivista «{ $event }»
}

# « presso Acme» dopo un evento o un'iniziativa, oppure niente.
at-organization = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[other] {" "}{ org-of }
    }
   *[false] {""}
}

## Il motivo nelle parole di chi scrive (il punto finale viene tolto prima di arrivare qui).

# Un motivo scritto come frase a sé ("Mio padre…") resta da solo; in minuscolo si lega.
reason-note = { $reason-note-shape ->
    [sentence] { $reason-note }.
   *[other] { reason-note-joined }
}

reason-note-joined = { $scenario ->
    [clarification_reply] Il punto è che { $reason-note }.
   *[other] Il motivo è che { $reason-note }.
}

## Segnalare un'altra persona (senza «collega», che imporrebbe un genere)

referral = { $tone ->
    [formal] { $has-recipient ->
        [true] Se lo ritiene opportuno, mi permetto di segnalarLe un nome: { $referral }{ referral-expertise }, che a mio avviso { referral-fit }{ referral-contact }.
       *[false] Se lo ritenete opportuno, mi permetto di segnalarvi un nome: { $referral }{ referral-expertise }, che a mio avviso { referral-fit }{ referral-contact }.
    }
    [brief] { $has-recipient ->
        [true] Le suggerisco un nome: { $referral }{ referral-expertise }{ referral-contact }.
       *[false] Vi suggerisco un nome: { $referral }{ referral-expertise }{ referral-contact }.
    }
   *[other] { $has-recipient ->
        [true] Se può esserLe utile, Le suggerisco un nome: { $referral }{ referral-expertise }, che { referral-fit }{ referral-contact }.
       *[false] Se può esservi utile, vi suggerisco un nome: { $referral }{ referral-expertise }, che { referral-fit }{ referral-contact }.
    }
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , specialista di { $referral-expertise }
        [brief] , che si occupa di { $referral-expertise }
       *[other] , specialista di { $referral-expertise }
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] sarebbe una voce autorevole
        [speaking_engagement] sarebbe una scelta eccellente
        [academic_invitation] sarebbe la persona più indicata
       *[other] corrisponderebbe molto bene al profilo che cercate
    }
   *[other] { $scenario ->
        [media_interview] potrebbe offrire un punto di vista prezioso
        [speaking_engagement] potrebbe essere un'ottima scelta
        [academic_invitation] potrebbe essere la persona giusta
       *[other] potrebbe fare al caso vostro
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] ; il suo recapito è { $referral-contact }
        [brief] {" "}({ $referral-contact })
       *[other] ; il suo recapito è { $referral-contact }
    }
   *[false] {""}
}
