### Le frasi di ogni scenario: oggetto, ringraziamento (con o senza un dettaglio da apprezzare),
### decisione e una frase finale che lascia la porta aperta ($stay-in-touch) o fa semplicemente
### gli auguri. Il tono formal è quello di una lettera; brief è più breve ma cordiale; firm non
### lascia dubbi sul fatto che questa opportunità è chiusa. Lei quando c'è un destinatario,
### voi quando si scrive a un gruppo. Le frasi con un $detail usano «ammirare», «apprezzare
### molto», «seguire con interesse», «scoprire», «approfondire»: le altre li evitano.

## job_interview

# Ciò per cui si ringrazia: il profilo preso in considerazione, o all'ultima fase l'intero
# percorso. Mai «candidatura», che torna nella frase seguente.
job-considered = { $invitation ->
    [final_round] avermi accompagnato fino all'ultima fase della selezione per { role-phrase }
   *[other] { $tone ->
        [formal] aver preso in considerazione il mio profilo per { role-phrase }
        [firm] aver valutato il mio profilo per { role-phrase }
        [brief] aver considerato il mio profilo per { role-phrase }
       *[warm] aver pensato a me per { role-phrase }
    }
}

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Ritiro della candidatura per la posizione di { $position }
       *[false] Ritiro della candidatura
    }
    [firm] { $has-position ->
        [true] Ritiro dalla selezione per la posizione di { $position }
       *[false] Ritiro della mia candidatura
    }
    [brief] { $has-position ->
        [true] { $position }: ritiro della candidatura
       *[false] Ritiro della candidatura
    }
   *[warm] { $has-position ->
        [true] La mia candidatura per la posizione di { $position }
       *[false] La mia candidatura
    }
}

job-interview-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per { job-considered } e per l'attenzione che mi ha riservato.
       *[false] Vi ringrazio per { job-considered } e per l'attenzione che mi avete riservato.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per { job-considered }.
       *[false] Vi ringrazio per { job-considered }.
    }
    [brief] Grazie per { job-considered }.
   *[warm] { $has-recipient ->
        [true] La ringrazio molto per { job-considered } e per la disponibilità che mi ha dimostrato.
       *[false] Vi ringrazio molto per { job-considered } e per la disponibilità che mi avete dimostrato.
    }
}

job-interview-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per { job-considered }; ho apprezzato in particolare { $detail }.
       *[false] Vi ringrazio per { job-considered }; ho apprezzato in particolare { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per { job-considered }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio per { job-considered }; ho apprezzato molto { $detail }.
    }
    [brief] Grazie per { job-considered }; ho apprezzato molto { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio molto per { job-considered }; ho apprezzato in particolare { $detail }.
       *[false] Vi ringrazio molto per { job-considered }; ho apprezzato in particolare { $detail }.
    }
}

# « prima del colloquio conoscitivo», « prima del colloquio finale», oppure niente.
withdrawal-stage = { $invitation ->
    [screening_call] {" "}prima del colloquio conoscitivo
    [interview] {" "}prima del colloquio
    [final_round] {" "}prima del colloquio finale
   *[other] {""}
}

# Dopo «non proseguire»: « con il colloquio finale», « nella selezione».
continue-stage = { $invitation ->
    [screening_call] {" "}con il colloquio conoscitivo
    [interview] {" "}con il colloquio
    [final_round] {" "}con il colloquio finale
   *[other] {" "}nella selezione
}

# Con un'altra offerta già accettata non c'è nulla da soppesare: si comunica il ritiro.
job-interview-decision = { $reason ->
    [accepted_offer] { $tone ->
        [formal] Con la presente ritiro la mia candidatura{ withdrawal-stage }.
        [firm] { $has-recipient ->
            [true] Le comunico che ritiro la mia candidatura{ withdrawal-stage }.
           *[false] Vi comunico che ritiro la mia candidatura{ withdrawal-stage }.
        }
        [brief] Ritiro la mia candidatura{ withdrawal-stage }.
       *[warm] { $has-recipient ->
            [true] Le scrivo per comunicarLe che ritiro la mia candidatura{ withdrawal-stage }.
           *[false] Vi scrivo per comunicarvi che ritiro la mia candidatura{ withdrawal-stage }.
        }
    }
   *[other] { $tone ->
        [formal] Dopo attenta valutazione, ho deciso di ritirare la mia candidatura{ withdrawal-stage }.
        [firm] { $has-recipient ->
            [true] Le comunico che ritiro la mia candidatura{ withdrawal-stage }.
           *[false] Vi comunico che ritiro la mia candidatura{ withdrawal-stage }.
        }
        [brief] Ho deciso di ritirare la mia candidatura{ withdrawal-stage }.
       *[warm] Dopo averci riflettuto a lungo, preferisco non proseguire{ continue-stage }.
    }
}

job-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] { $has-recipient ->
            [true] Qualora in futuro si aprisse una posizione più vicina al mio campo, mi farebbe piacere saperlo; intanto Le auguro pieno successo nella ricerca.
           *[false] Qualora in futuro si aprisse una posizione più vicina al mio campo, mi farebbe piacere saperlo; intanto vi auguro pieno successo nella ricerca.
        }
        [firm] Se in futuro si aprisse una posizione più vicina al mio campo, sarei felice di saperlo.
        [brief] { $has-recipient ->
            [true] Mi tenga presente per posizioni più vicine al mio campo; Le auguro buon lavoro.
           *[false] Tenetemi presente per posizioni più vicine al mio campo; vi auguro buon lavoro.
        }
       *[warm] { $has-recipient ->
            [true] Mi farebbe piacere risentirci se si aprisse una posizione più vicina al mio campo e Le auguro di trovare presto la persona giusta.
           *[false] Mi farebbe piacere risentirci se si aprisse una posizione più vicina al mio campo e vi auguro di trovare presto la persona giusta.
        }
    }
   *[other] { $tone ->
        [formal] { $has-recipient ->
            [true] Sarebbe per me un piacere restare in contatto e Le auguro pieno successo nell'individuare la persona più adatta.
           *[false] Sarebbe per me un piacere restare in contatto e vi auguro pieno successo nell'individuare la persona più adatta.
        }
        [firm] { $has-recipient ->
            [true] Le auguro di trovare presto il profilo più adatto e sarei felice di restare in contatto.
           *[false] Vi auguro di trovare presto il profilo più adatto e sarei felice di restare in contatto.
        }
        [brief] { $has-recipient ->
            [true] Spero che le nostre strade si incrocino di nuovo; Le auguro buon lavoro.
           *[false] Spero che le nostre strade si incrocino di nuovo; vi auguro buon lavoro.
        }
       *[warm] { $has-recipient ->
            [true] Mi farebbe piacere restare in contatto e Le auguro di trovare presto la persona giusta.
           *[false] Mi farebbe piacere restare in contatto e vi auguro di trovare presto la persona giusta.
        }
    }
}


job-interview-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Le auguro pieno successo nell'individuare la persona più adatta.
       *[false] Vi auguro pieno successo nell'individuare la persona più adatta.
    }
    [firm] { $has-recipient ->
        [true] Le auguro di trovare presto il profilo più adatto.
       *[false] Vi auguro di trovare presto il profilo più adatto.
    }
    [brief] { $has-recipient ->
        [true] Le auguro buon lavoro.
       *[false] Vi auguro buon lavoro.
    }
   *[warm] { $has-recipient ->
        [true] Le auguro di trovare presto la persona giusta per questo ruolo.
       *[false] Vi auguro di trovare presto la persona giusta per questo ruolo.
    }
}

## media_interview

# «il Suo articolo sul tema «lavoro da remoto» per The Daily», «la vostra trasmissione per The Daily»,
# «il Suo servizio» (senza tipo, o per un commento destinato a un servizio)
# Con un programma o una serie indicati da chi scrive (`event`): «la trasmissione «Report» sul
# tema «…» (Rai 3)», «il podcast «Il Mondo»»; la testata sempre tra parentesi, perché «per
# Corriere della Sera» vorrebbe un articolo che non conosciamo.
piece-phrase = { $has-event ->
    [true] { programme-piece }
   *[false] { piece-noun }
}{ $has-organization ->
    [true] { piece-outlet }
   *[false] {""}
}{ $has-topic ->
    [true] {" "}{ topic-about }
   *[false] {""}
}

# Ciò che è stato chiesto, dopo «avermi chiesto»: «un commento per la Repubblica sul tema «…»»,
# «un'intervista in vista del Suo articolo per la Stampa», «un'intervista per la trasmissione
# «…» di Radio 24»: mai due «per» di fila («per il Suo articolo per la Stampa»).
media-ask = { $topic-shape ->
    [article] { media-ask-topic }
   *[other] { media-ask-piece }
}

# Un tema con il suo articolo non si fonde con «su» («sul caro affitti»), e «riguardante» suona
# burocratico: lo regge un verbo («di commentare la riforma del catasto per Il Sole 24 Ore»,
# «di approfondire il caro affitti nella trasmissione «…» di Radio 24»).
media-ask-topic = { $invitation ->
    [comment] di commentare { $topic }{ $has-event ->
        [true] {" "}nel programma «{ $event }»
       *[false] {""}
    }{ $has-organization ->
        [true] { piece-outlet }
       *[false] {""}
    }
   *[other] { $has-event ->
        [true] { $invitation ->
            [article] un'intervista per approfondire { $topic } nella rubrica «{ $event }»
            [broadcast] di approfondire { $topic } nella trasmissione «{ $event }»
            [podcast] di approfondire { $topic } nel podcast «{ $event }»
           *[other] di approfondire { $topic } nel programma «{ $event }»
        }
       *[false] un'intervista per approfondire { $topic } in vista { piece-in-view }
    }{ $has-organization ->
        [true] { piece-outlet }
       *[false] {""}
    }
}

media-ask-piece = { $invitation ->
    [comment] { piece-phrase }
   *[other] { $has-event ->
        [true] un'intervista per { piece-phrase }
       *[false] un'intervista in vista { piece-in-view }{ $has-organization ->
            [true] { piece-outlet }
           *[false] {""}
        }{ $has-topic ->
            [true] {" "}{ topic-about }
           *[false] {""}
        }
    }
}

# «in vista del Suo articolo», «in vista della puntata del Suo podcast».
piece-in-view = { $invitation ->
    [article] { $has-recipient ->
        [true] del Suo articolo
       *[false] del vostro articolo
    }
    [broadcast] { $has-recipient ->
        [true] della Sua trasmissione
       *[false] della vostra trasmissione
    }
    [podcast] { $has-organization ->
        [true] di una puntata del podcast
       *[false] { $has-recipient ->
            [true] della puntata del Suo podcast
           *[false] della puntata del vostro podcast
        }
    }
   *[other] { $has-recipient ->
        [true] del Suo servizio
       *[false] del vostro servizio
    }
}

# La testata dopo il pezzo: «la trasmissione «Radio3 Scienza» di Rai Radio 3», «un commento per
# la Repubblica», «il Suo articolo su Wired»; tra parentesi solo quando servirebbe una preposizione
# articolata che dipende dal nome («sul Corriere della Sera», «del Post»).
piece-outlet = { $organization-shape ->
    [plain] { $has-event ->
        [true] {" "}di { $organization }
       *[false] { $invitation ->
            [comment] {" "}per { $organization }
            [article] {" "}per { $organization }
           *[other] {" "}su { $organization }
        }
    }
    [kind-first] { $has-event ->
        [true] {" "}{ org-of }
       *[false] {" "}per { org-with-article }
    }
    [article] { $has-event ->
        [true] {" "}({ $organization })
       *[false] {" "}per { $organization }
    }
   *[other] {" "}{ org-presso }
}

# Il programma o la serie, tra virgolette dopo un nome comune nostro; mai «articolo» per una
# trasmissione o un podcast.
programme-piece = { $invitation ->
    [broadcast] la trasmissione «{ $event }»
    [podcast] il podcast «{ $event }»
    [article] l'articolo nella rubrica «{ $event }»
    [comment] un commento nel programma «{ $event }»
   *[other] il servizio nel programma «{ $event }»
}

# Ciò che prepara chi scrive, secondo il tipo di richiesta.
piece-noun = { $invitation ->
    [article] { $has-recipient ->
        [true] il Suo articolo
       *[false] il vostro articolo
    }
    [broadcast] { $has-recipient ->
        [true] la Sua trasmissione
       *[false] la vostra trasmissione
    }
    [podcast] { $has-recipient ->
        [true] la puntata del Suo podcast
       *[false] la puntata del vostro podcast
    }
    [comment] un commento
   *[other] { $has-recipient ->
        [true] il Suo servizio
       *[false] il vostro servizio
    }
}

# L'augurio finale sul pezzo: «Le auguro buon lavoro per l'articolo», «… per la puntata»; per un
# commento o un servizio, solo «buon lavoro» (mai «in bocca al lupo», «successo con»).
wish-object = { $invitation ->
    [article] {" "}per l'articolo
    [broadcast] {" "}per la trasmissione
    [podcast] {" "}per la puntata
   *[other] {""}
}

# «partecipare»; per un commento, «rilasciare un commento».
media-decline = { $invitation ->
    [comment] esprimermi in merito
    [article] dare il mio contributo
   *[other] partecipare
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { $invitation ->
            [comment] Richiesta di commento: { $topic }
            [article] Richiesta di intervista per un articolo: { $topic }
           *[other] Richiesta di intervista: { $topic }
        }
       *[other] { $invitation ->
            [comment] Commento: { $topic }
            [article] Intervista per un articolo: { $topic }
           *[other] Intervista: { $topic }
        }
    }
   *[false] { $invitation ->
        [comment] Richiesta di commento
       *[other] Richiesta di intervista
    }
}

media-interview-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio sentitamente per avermi chiesto { media-ask }.
       *[false] Vi ringrazio sentitamente per avermi chiesto { media-ask }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio di avermi chiesto { media-ask }.
       *[false] Vi ringrazio di avermi chiesto { media-ask }.
    }
    [brief] Grazie di avermi chiesto { media-ask }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per avermi chiesto { media-ask }: mi fa piacere che abbia pensato a me.
       *[false] Vi ringrazio di cuore per avermi chiesto { media-ask }: mi fa piacere che abbiate pensato a me.
    }
}

media-interview-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio sentitamente per avermi chiesto { media-ask }; apprezzo molto { $detail }.
       *[false] Vi ringrazio sentitamente per avermi chiesto { media-ask }; apprezzo molto { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio di avermi chiesto { media-ask }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio di avermi chiesto { media-ask }; ho apprezzato molto { $detail }.
    }
    [brief] Grazie di avermi chiesto { media-ask }; apprezzo molto { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per avermi chiesto { media-ask }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio di cuore per avermi chiesto { media-ask }; ho apprezzato molto { $detail }.
    }
}

# Dire subito di no perché chi legge possa organizzarsi: «perché possa organizzarsi per tempo».
media-firm-notice = { $has-recipient ->
    [true] Le scrivo subito perché possa organizzarsi per tempo
   *[false] vi scrivo subito perché possiate organizzarvi per tempo
}

media-interview-decision = { $tone ->
    [formal] Con rammarico, non mi è possibile { media-decline }.
    [firm] { $invitation ->
        [comment] Preferisco non esprimermi in merito e { media-firm-notice }.
        [article] Non potrò rilasciare dichiarazioni e { media-firm-notice }.
       *[other] Questa volta non parteciperò e { media-firm-notice }.
    }
    [brief] Purtroppo non potrò { media-decline }.
   *[warm] Purtroppo questa volta non potrò { media-decline }.
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] { $has-recipient ->
            [true] Resto volentieri a disposizione per futuri approfondimenti su temi più vicini al mio campo e Le auguro buon lavoro{ wish-object }.
           *[false] Resto volentieri a disposizione per futuri approfondimenti su temi più vicini al mio campo e vi auguro buon lavoro{ wish-object }.
        }
        [firm] Resto a disposizione per futuri approfondimenti su temi più vicini al mio campo.
        [brief] Per temi più vicini al mio campo resto a disposizione; buon lavoro{ wish-object }.
       *[warm] { $has-recipient ->
            [true] Mi farebbe piacere risentirLa per un tema più vicino al mio campo; intanto Le auguro buon lavoro{ wish-object }.
           *[false] Mi farebbe piacere risentirvi per un tema più vicino al mio campo; intanto vi auguro buon lavoro{ wish-object }.
        }
    }
   *[other] { $tone ->
        [formal] { $has-recipient ->
            [true] Resto volentieri a disposizione per futuri approfondimenti e Le auguro buon lavoro{ wish-object }.
           *[false] Resto volentieri a disposizione per futuri approfondimenti e vi auguro buon lavoro{ wish-object }.
        }
        [firm] Resto a disposizione per future occasioni.
        [brief] { $has-recipient ->
            [true] Spero che ci siano nuove occasioni; buon lavoro{ wish-object }.
           *[false] Spero che ci siano nuove occasioni; buon lavoro{ wish-object }.
        }
       *[warm] { $has-recipient ->
            [true] Mi farebbe piacere risentirLa in futuro; intanto Le auguro buon lavoro{ wish-object }.
           *[false] Mi farebbe piacere risentirvi in futuro; intanto vi auguro buon lavoro{ wish-object }.
        }
    }
}

media-interview-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Le auguro buon lavoro{ wish-object }.
       *[false] Vi auguro buon lavoro{ wish-object }.
    }
    [firm] { $has-recipient ->
        [true] Le auguro buon lavoro{ wish-object }.
       *[false] Vi auguro buon lavoro{ wish-object }.
    }
    [brief] Buon lavoro{ wish-object }.
   *[warm] { $has-recipient ->
        [true] Un caro augurio di buon lavoro{ wish-object }.
       *[false] Un caro augurio di buon lavoro{ wish-object }.
    }
}

## speaking_engagement

# «in occasione dell'evento «Product Summit 2027» presso Acme», «in occasione del vostro evento»:
# il nome tra virgolette, dopo il nome comune, senza preposizione articolata davanti.
event-phrase = { $invitation ->
    [webinar] { $has-event ->
        [true] { $event-shape ->
            [kind-first] { event-within }
           *[other] dal titolo «{ $event }»
        }
       *[false] nell'ambito della vostra programmazione
    }
   *[other] { $has-event ->
        [true] { event-at }
       *[false] { $has-organization ->
            [true] presso { org-with-article }
           *[false] in occasione del vostro evento
        }
    }
}{ $has-event ->
    [true] { by-organizer }
   *[false] {""}
}

# Chi organizza l'evento: «, a cura di Trentino Marketing», «, a cura della Società Italiana di
# Statistica»: niente catena «di … di …» né parentesi. Un nome con il suo articolo resta «presso …».
by-organizer = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[other] { by-organizer-named }
    }
   *[false] {""}
}

# Con tema e dettaglio la frase è già lunga: resta la forma breve.
by-organizer-named = { $has-topic ->
    [true] { $has-detail ->
        [true] { at-organization }
       *[false] { by-organizer-long }
    }
   *[false] { by-organizer-long }
}

by-organizer-long = { $organization-shape ->
            [kind-first] { $organization-gender ->
                [masculine] , a cura del { $organization }
                [masculine-board] , a cura del { $organization }
                [masculine-lo] , a cura dello { $organization }
                [feminine] , a cura della { $organization }
                [feminine-board] , a cura della { $organization }
                [elided] , a cura dell'{ $organization }
                [masculine-plural] , a cura dei { $organization }
                [masculine-plural-gli] , a cura degli { $organization }
                [feminine-plural] , a cura delle { $organization }
               *[other] { at-organization }
            }
            [plain] , a cura di { $organization }
           *[other] { at-organization }
}

# L'editore di una rivista: «, edito da Carocci editore», «, edita dal Gruppo …»; una rivista non
# sta «presso» il suo editore. Un editore con il suo articolo resta tra parentesi.
by-publisher = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[other] { $organization-shape ->
            [article] {" "}({ $organization })
            [plain] , { journal-edited } da { $organization }
           *[other] { at-organization }
        }
    }
   *[false] {""}
}

journal-edited = { $event-shape ->
    [kind-first] { $event-gender ->
        [masculine] edito
        [masculine-lo] edito
        [masculine-board] edito
        [masculine-plural] editi
        [masculine-plural-gli] editi
        [feminine-plural] edite
       *[other] edita
    }
   *[other] edita
}

# Ciò che si chiede a chi interviene, secondo il tipo di invito.
speaking-activity = { $invitation ->
    [talk] tenere un intervento
    [keynote] tenere la relazione plenaria
    [panel] partecipare alla tavola rotonda
    [workshop] condurre un workshop
    [webinar] { $has-event ->
        [true] { $event-shape ->
            [kind-first] tenere un webinar
           *[other] tenere il webinar
        }
       *[false] tenere un webinar
    }
   *[other] intervenire
}

# Ciò a cui si è invitati, con il tema e l'evento: «tenere un intervento sul tema «…» in
# occasione di PyCon Italia 2027»; un webinar col suo titolo prima del tema («tenere il webinar
# «Fatturazione elettronica» sul tema «…»»), non «sul tema «…» dal titolo «…»».
speaking-invite-object = { $invitation ->
    [webinar] { $has-event ->
        [true] { $event-shape ->
            [kind-first] tenere un webinar{ topic-clause } { event-within }{ at-organization }
            [article] tenere un webinar{ topic-clause } per { $event }{ at-organization }
           *[other] tenere il webinar «{ $event }»{ topic-clause }{ at-organization }
        }
       *[false] { speaking-activity }{ topic-clause } { event-phrase }
    }
   *[other] { speaking-activity }{ topic-clause } { event-phrase }
}

topic-clause = { $has-topic ->
    [true] {" "}{ topic-about }
   *[false] {""}
}

speaking-engagement-subject = { $has-event ->
    [true] { $event-shape ->
        [article] { $tone ->
            [formal] Invito a { speaking-activity } per { $event }
            [firm] Non potrò { speaking-activity } per { $event }
            [brief] Invito a { speaking-activity } per { $event }
           *[warm] Grazie per l'invito a { speaking-activity } per { $event }
        }
       *[other] { $tone ->
            [formal] Invito a { speaking-activity }: { $event }
            [firm] { $event }: non potrò { speaking-activity }
            [brief] { $event }: invito a { speaking-activity }
           *[warm] Grazie per l'invito: { $event }
        }
    }
   *[false] { $tone ->
        [formal] Invito a { speaking-activity }
        [firm] Non potrò accettare l'invito a { speaking-activity }
        [brief] Risposta all'invito a { speaking-activity }
       *[warm] Grazie per l'invito a { speaking-activity }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il cortese invito a { speaking-invite-object }.
       *[false] Vi ringrazio per il cortese invito a { speaking-invite-object }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito a { speaking-invite-object }.
       *[false] Vi ringrazio per l'invito a { speaking-invite-object }.
    }
    [brief] Grazie per l'invito a { speaking-activity } { event-phrase }.
   *[warm] { $has-recipient ->
        [true] Mi ha fatto davvero piacere ricevere l'invito a { speaking-invite-object }, e La ringrazio per aver pensato a me.
       *[false] Mi ha fatto davvero piacere ricevere l'invito a { speaking-invite-object }, e vi ringrazio per aver pensato a me.
    }
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il cortese invito a { speaking-invite-object }; ho apprezzato particolarmente { $detail }.
       *[false] Vi ringrazio per il cortese invito a { speaking-invite-object }; ho apprezzato particolarmente { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito a { speaking-activity } { event-phrase }; ho apprezzato in particolare { $detail }.
       *[false] Vi ringrazio per l'invito a { speaking-activity } { event-phrase }; ho apprezzato in particolare { $detail }.
    }
    [brief] Grazie per l'invito a { speaking-activity }; ho apprezzato molto { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per l'invito a { speaking-invite-object }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio di cuore per l'invito a { speaking-invite-object }; ho apprezzato molto { $detail }.
    }
}

speaking-engagement-decision = { $tone ->
    [formal] { $reason ->
        [caregiving] { $invitation ->
            [keynote] Me ne dispiace molto, ma questa volta non potrò esserci.
           *[other] Con sincero rammarico, questa volta non potrò esserci.
        }
       *[other] { speaking-engagement-decision-formal }
    }
    [firm] { $has-recipient ->
        [true] Non potrò esserci e Le rispondo subito, così che abbia tutto il tempo di organizzarsi.
       *[false] Non potrò esserci e vi rispondo subito, così che abbiate tutto il tempo di organizzarvi.
    }
    [brief] Purtroppo devo rinunciare.
   *[warm] Con rammarico, questa volta non potrò esserci.
}

speaking-engagement-decision-formal = { $invitation ->
    [keynote] Me ne dispiace molto, ma dopo attenta valutazione devo rinunciare.
    [panel] Purtroppo, dopo attenta valutazione, non potrò prendervi parte.
    [webinar] Dopo attenta valutazione, purtroppo non potrò intervenire.
   *[other] Dopo attenta valutazione, devo purtroppo rinunciare.
}

speaking-engagement-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] { $has-recipient ->
            [true] Sarebbe per me un piacere intervenire { speaking-next-time } su temi più vicini al mio campo e Le auguro pieno successo per { event-again }.
           *[false] Sarebbe per me un piacere intervenire { speaking-next-time } su temi più vicini al mio campo e vi auguro pieno successo per { event-again }.
        }
        [firm] Mi farebbe piacere ricevere notizie { speaking-next }, soprattutto su temi più vicini al mio campo.
        [brief] Sarò felice di intervenire in futuro su temi più vicini al mio campo.
       *[warm] { $has-recipient ->
            [true] Sarei felice di intervenire { speaking-next-time } su temi più vicini al mio campo e Le auguro un grande successo per { event-again }.
           *[false] Sarei felice di intervenire { speaking-next-time } su temi più vicini al mio campo e vi auguro un grande successo per { event-again }.
        }
    }
   *[other] { $tone ->
        [formal] { $has-recipient ->
            [true] Sarebbe per me un piacere contribuire { $invitation ->
                [webinar] in una prossima occasione
               *[other] a una prossima edizione
            } e Le auguro pieno successo per { event-again }.
           *[false] Sarebbe per me un piacere contribuire { $invitation ->
                [webinar] in una prossima occasione
               *[other] a una prossima edizione
            } e vi auguro pieno successo per { event-again }.
        }
        [firm] { $has-recipient ->
            [true] Mi farebbe piacere ricevere notizie { speaking-next } e Le auguro ogni successo per { event-again }.
           *[false] Mi farebbe piacere ricevere notizie { speaking-next } e vi auguro ogni successo per { event-again }.
        }
        [brief] { $has-recipient ->
            [true] Spero di esserci { $invitation ->
                [webinar] in una prossima occasione
               *[other] alla prossima edizione
            }; Le auguro un ottimo { event-again-noun }.
           *[false] Spero di esserci { $invitation ->
                [webinar] in una prossima occasione
               *[other] alla prossima edizione
            }; vi auguro un ottimo { event-again-noun }.
        }
       *[warm] { $has-recipient ->
            [true] Sarei felice di essere dei vostri { speaking-next-time } e Le auguro un grande successo per { event-again }.
           *[false] Sarei felice di essere dei vostri { speaking-next-time } e vi auguro un grande successo per { event-again }.
        }
    }
}

# L'evento, una volta nominato; un webinar non è un «evento» e non ha «edizioni».
event-again = { $invitation ->
    [webinar] il webinar
   *[other] l'evento
}

event-again-noun = { $invitation ->
    [webinar] webinar
   *[other] evento
}

# Un webinar non ha «edizioni».
speaking-next-time = { $invitation ->
    [webinar] in una prossima occasione
   *[other] in una prossima edizione
}

speaking-next = { $invitation ->
    [webinar] delle vostre prossime iniziative
   *[other] delle vostre prossime iniziative
}

speaking-engagement-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Le auguro pieno successo per { event-again }.
       *[false] Vi auguro pieno successo per { event-again }.
    }
    [firm] { $has-recipient ->
        [true] Le auguro ogni successo per { event-again }.
       *[false] Vi auguro ogni successo per { event-again }.
    }
    [brief] { $has-recipient ->
        [true] Le auguro un ottimo { event-again-noun }.
       *[false] Vi auguro un ottimo { event-again-noun }.
    }
   *[warm] { $has-recipient ->
        [true] Le auguro un grande successo per { event-again }.
       *[false] Vi auguro un grande successo per { event-again }.
    }
}


## academic_invitation

# Senza tipo: «a partecipare a «Convegno 2027» presso Università X», «a collaborare con
# Università X», «a questa collaborazione» (né «evento» né «iniziativa», che non si addicono a
# una commissione o a una rivista).
invitation-phrase = { $has-event ->
    [true] { $event-shape ->
        [article] a collaborare con { $event }{ at-organization }
        [kind-first] a partecipare { event-to }{ at-organization }
       *[other] a collaborare con { $event }{ at-organization }
    }
   *[false] { $has-organization ->
        [true] a una collaborazione con { org-with-article }
       *[false] a questa collaborazione
    }
}

# « per «Journal of Applied Logic» presso Università X», « per Università X», oppure niente.
for-event = { $has-event ->
    [true] {" "}per { event-with-article }{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}{ org-presso }
       *[false] {""}
    }
}

# Una lezione dentro un ciclo o una scuola: « nell'ambito delle Lezioni Lincee», « nell'ambito del
# Master in Data Science» (non «una lezione per le Lezioni…»); altrimenti come for-event.
lecture-in-event = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { $event-gender ->
            [masculine] {" "}nell'ambito del { $event }{ at-organization }
            [masculine-board] {" "}nell'ambito del { $event }{ at-organization }
            [masculine-lo] {" "}nell'ambito dello { $event }{ at-organization }
            [feminine] {" "}nell'ambito della { $event }{ at-organization }
            [feminine-board] {" "}nell'ambito della { $event }{ at-organization }
            [elided] {" "}nell'ambito dell'{ $event }{ at-organization }
            [masculine-plural] {" "}nell'ambito dei { $event }{ at-organization }
            [masculine-plural-gli] {" "}nell'ambito degli { $event }{ at-organization }
            [feminine-plural] {" "}nell'ambito delle { $event }{ at-organization }
           *[other] { for-event }
        }
       *[other] { for-event }
    }
   *[false] { for-event }
}

# « della rivista «…» presso Editore X», « della rivista pubblicata da Editore X», oppure niente.
of-journal = { $has-event ->
    [true] { $event-shape ->
        [kind-first] {" "}{ event-of }{ by-publisher }
       *[other] {" "}della rivista «{ $event }»{ by-publisher }
    }
   *[false] { $has-organization ->
        [true] {" "}della rivista { org-of }
       *[false] {""}
    }
}

# Ciò che si chiede, secondo il tipo di invito, retto da «invito»: «a valutare un manoscritto
# per «…»», «a entrare nel comitato editoriale della rivista «…»».
# Un manoscritto si valuta «per la rivista «…» (Editore X)».
for-journal = { $has-event ->
    [true] { $event-shape ->
        [kind-first] {" "}per { event-with-article }{ at-publisher }
       *[other] {" "}per la rivista «{ $event }»{ at-publisher }
    }
   *[false] { $has-organization ->
        [true] {" "}{ org-presso }
       *[false] {""}
    }
}

# La tesi per titolo: «a valutare la tesi «…» (Università X)», altrimenti «a valutare una tesi».
examiner-task = { $has-event ->
    [true] { $event-shape ->
        [kind-first] a far parte della commissione giudicatrice per { event-with-article }{ at-organization }
       *[other] a valutare una tesi per { event-with-article }{ at-organization }
    }
   *[false] a far parte di una commissione di tesi{ for-event }
}

# Una commissione col suo nome: «a far parte di «Commissione paritetica» (Università X)»; i nomi
# delle commissioni cominciano quasi sempre con «Commissione»: mai «la commissione per «Commissione…»».
committee-task = { $has-event ->
    [true] { $event-shape ->
        [article] a collaborare con { $event }{ at-organization }
        [kind-first] a far parte { event-of }{ at-organization }
       *[other] a far parte di { $event }{ at-organization }
    }
   *[false] a far parte della commissione{ for-event }
}

# Il comitato di programma di un convegno: «del comitato di programma del Convegno AIS 2027»;
# se il nome è già quello dell'organo («Comitato scientifico del Convegno AISRe»), lo si nomina
# da solo: «a far parte del Comitato scientifico…».
program-committee-task = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { $event-gender ->
            [masculine-board] a far parte { event-of }{ at-organization }
            [feminine-board] a far parte { event-of }{ at-organization }
           *[other] a far parte del comitato di programma { event-of }{ by-organizer }
        }
        [plain] a far parte del comitato di programma di { $event }{ by-organizer }
       *[other] a far parte del comitato di programma{ for-event }
    }
   *[false] a far parte del comitato di programma{ for-event }
}

academic-task = { $invitation ->
    [peer_review] a valutare un manoscritto{ for-journal }
    [editorial_board] a entrare nel comitato editoriale{ of-journal }
    [committee] { committee-task }
    [guest_lecture] a tenere una lezione{ lecture-in-event }
    [program_committee] { program-committee-task }
    [examiner] { examiner-task }
   *[other] { invitation-phrase }
}

# Lo stesso con il tema, nei toni che lo nominano.
academic-task-on-topic = { $invitation ->
    [peer_review] { $topic-shape ->
        [article] a valutare{ for-journal } un manoscritto che affronta { $topic }
       *[other] a valutare un manoscritto{ subject-clause }{ for-journal }
    }
    [editorial_board] a entrare nel comitato editoriale{ of-journal }
    [committee] { $has-event ->
        [true] { $event-shape ->
            [article] a collaborare con { $event }{ subject-clause }{ at-organization }
            [kind-first] a far parte { event-of }{ subject-clause }{ at-organization }
           *[other] a far parte di { $event }{ subject-clause }{ at-organization }
        }
       *[false] a far parte della commissione{ subject-clause }{ for-event }
    }
    [guest_lecture] a tenere una lezione{ subject-clause }{ lecture-in-event }
    [program_committee] { program-committee-task }
    [examiner] { examiner-task }
   *[other] { invitation-phrase }{ subject-clause }
}

# L'invito, nominato nell'oggetto.
academic-invitation-noun = { $invitation ->
    [peer_review] Richiesta di revisione di un manoscritto
    [editorial_board] Invito a entrare nel comitato editoriale
    [committee] { $has-event ->
        [true] Invito
       *[false] Invito a far parte della commissione
    }
    [guest_lecture] Invito a tenere una lezione
    [program_committee] { $event-gender ->
        [masculine-board] Invito
        [feminine-board] Invito
       *[other] Invito a far parte del comitato di programma
    }
    [examiner] Invito a far parte di una commissione di tesi
   *[other] Invito
}

academic-invitation-subject = { $has-event ->
    [true] { $event-shape ->
        [article] { $tone ->
            [formal] Invito a collaborare con { $event }
            [firm] Rinuncia all'invito a collaborare con { $event }
            [brief] Invito a collaborare con { $event }
           *[warm] Grazie per l'invito a collaborare con { $event }
        }
       *[other] { $tone ->
            [formal] { academic-invitation-noun }: { $event }
            [firm] Rinuncia all'invito: { $event }
            [brief] { academic-invitation-noun }: { $event }
           *[warm] Grazie per l'invito: { $event }
        }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Risposta al cortese invito
           *[other] { academic-invitation-noun }
        }
        [firm] Rinuncia all'invito
        [brief] { $invitation ->
            [none] Risposta all'invito
           *[other] { academic-invitation-noun }
        }
       *[warm] { $invitation ->
            [none] Grazie per l'invito
           *[other] { academic-invitation-noun }
        }
    }
}

# « sul tema «lavoro da remoto»», oppure niente
subject-clause = { $has-topic ->
    [true] {" "}{ topic-about }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il cortese invito { academic-task-on-topic }.
       *[false] Vi ringrazio per il cortese invito { academic-task-on-topic }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito { academic-task }.
       *[false] Vi ringrazio per l'invito { academic-task }.
    }
    [brief] Grazie per l'invito { academic-task }.
   *[warm] { $has-recipient ->
        [true] La ringrazio per l'invito { academic-task-on-topic }: { academic-warm-pleasure }.
       *[false] Vi ringrazio per l'invito { academic-task-on-topic }: { academic-warm-pleasure }.
    }
}

# Un manoscritto è appena arrivato: lo si è trovato interessante, non «ammirato da tempo».
academic-detail-praise = { $invitation ->
    [peer_review] ho trovato di grande interesse { $detail }
   *[other] { $tone ->
        [brief] apprezzo molto { $detail }
       *[other] apprezzo particolarmente { $detail }
    }
}

academic-invitation-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il cortese invito { academic-task }; { academic-detail-praise }.
       *[false] Vi ringrazio per il cortese invito { academic-task }; { academic-detail-praise }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito { academic-task }; { academic-detail-praise }.
       *[false] Vi ringrazio per l'invito { academic-task }; { academic-detail-praise }.
    }
    [brief] Grazie per l'invito { academic-task }; { academic-detail-praise }.
   *[warm] { $has-recipient ->
        [true] La ringrazio per l'invito { academic-task }; { academic-detail-praise }.
       *[false] Vi ringrazio per l'invito { academic-task }; { academic-detail-praise }.
    }
}

# Ciò che fa piacere dell'invito, secondo l'incarico: lettere diverse non devono ripetere la stessa frase.
academic-warm-pleasure = { $invitation ->
    [editorial_board] è un segno di fiducia che apprezzo molto
    [program_committee] { $has-recipient ->
        [true] mi fa piacere che abbia pensato a me
       *[false] mi fa piacere che abbiate pensato a me
    }
   *[other] mi ha fatto molto piacere riceverlo
}

academic-invitation-decision = { $tone ->
    [formal] { $invitation ->
        [editorial_board] Si tratta di un incarico prestigioso, ma dopo un'attenta riflessione devo purtroppo declinarlo.
        [committee] Dopo un'attenta riflessione, purtroppo non mi è possibile accettare.
        [program_committee] Dopo averci riflettuto con attenzione, purtroppo non mi è possibile accettare.
        [guest_lecture] Con rammarico, devo rinunciare.
       *[other] Dopo un'attenta riflessione, devo purtroppo rinunciare.
    }
    [firm] Ho deciso di rinunciare e preferisco dare subito una risposta chiara.
    [brief] Purtroppo devo rinunciare.
   *[warm] { $invitation ->
        [peer_review] Ci ho pensato con attenzione, ma questa volta non posso accettare.
        [editorial_board] Dopo averci pensato a lungo, con dispiacere devo rinunciare.
        [committee] Ci ho pensato a lungo e, con dispiacere, non posso accettare.
        [program_committee] Mi dispiace, ma questa volta non riesco a dare la mia disponibilità.
        [examiner] Ci ho pensato a lungo e, con dispiacere, non posso accettare.
       *[other] Ci ho riflettuto con attenzione e, con rammarico, devo rinunciare.
    }
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Sarei felice di dare il mio contributo in futuro su temi più vicini al mio campo.
        [firm] Resto a disposizione per future collaborazioni su temi più vicini al mio campo.
        [brief] Sarei felice di collaborare in futuro su temi più vicini al mio campo.
       *[warm] Mi piacerebbe molto collaborare in futuro su temi più vicini al mio campo.
    }
   *[other] { $invitation ->
        [peer_review] { $tone ->
            [formal] Resto a disposizione per future revisioni.
            [firm] Resto a disposizione per future valutazioni.
            [brief] Resto a disposizione per una prossima valutazione.
           *[warm] { $has-recipient ->
                [true] Spero che vorrà pensare di nuovo a me per una prossima valutazione e Le auguro buon lavoro.
               *[false] Spero che vorrete pensare di nuovo a me per una prossima valutazione e vi auguro buon lavoro.
            }
        }
       *[other] { $tone ->
            [formal] Sarebbe per me un piacere contribuire in una prossima occasione.
            [firm] Resto a disposizione per future collaborazioni.
            [brief] Spero di poter collaborare in futuro.
           *[warm] { $invitation ->
                [editorial_board] Seguirò con interesse il lavoro della rivista e spero che in futuro ci sia occasione di collaborare.
               *[other] { $has-recipient ->
                    [true] Spero che in futuro ci sia occasione di collaborare e Le auguro buon lavoro.
                   *[false] Spero che in futuro ci sia occasione di collaborare e vi auguro buon lavoro.
                }
            }
        }
    }
}

academic-invitation-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Le auguro pieno successo nelle vostre attività.
       *[false] Vi auguro pieno successo nelle vostre attività.
    }
    [firm] { $has-recipient ->
        [true] Le auguro ogni successo.
       *[false] Vi auguro ogni successo.
    }
    [brief] Un augurio di buon lavoro.
   *[warm] { $has-recipient ->
        [true] Le auguro di cuore buon lavoro.
       *[false] Vi auguro di cuore buon lavoro.
    }
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Richiesta di spostare { meeting-phrase }
    [firm] Proposta di una nuova data: { meeting-phrase }
    [brief] Possiamo spostare { meeting-phrase }?
   *[warm] Sarebbe possibile spostare { meeting-phrase-short }?
}

# Nelle domande dell'oggetto l'evento di un intervento non si ripete (è nel testo): «Sarebbe
# possibile spostare la tavola rotonda?», non «… la tavola rotonda in occasione dell'evento «…»?».
meeting-phrase-short = { $invitation ->
    [talk] il mio intervento
    [keynote] la mia relazione plenaria
    [panel] la tavola rotonda
    [workshop] il workshop
   *[other] { meeting-phrase }
}

reschedule-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per { meeting-thanks }: è un appuntamento a cui tengo molto.
       *[false] Vi ringrazio per { meeting-thanks }: è un appuntamento a cui tengo molto.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per { meeting-thanks }.
       *[false] Vi ringrazio per { meeting-thanks }.
    }
    [brief] Grazie per { meeting-thanks }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per { meeting-thanks }: ci tengo davvero a esserci.
       *[false] Vi ringrazio di cuore per { meeting-thanks }: ci tengo davvero a esserci.
    }
}

reschedule-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per { meeting-thanks }; ho molto apprezzato { $detail }.
       *[false] Vi ringrazio per { meeting-thanks }; ho molto apprezzato { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per { meeting-thanks }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio per { meeting-thanks }; ho apprezzato molto { $detail }.
    }
    [brief] Grazie per l'invito; ho apprezzato molto { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per { meeting-thanks }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio di cuore per { meeting-thanks }; ho apprezzato molto { $detail }.
    }
}

# La proposta nomina il momento di chi scrive; la flessibilità (un'altra data, i tempi di chi
# legge) sta nella frase seguente, solo quando la lettera guarda avanti ($stay-in-touch).
reschedule-proposal = { $tone ->
    [formal] Sarebbe possibile un rinvio, ad esempio { $proposed-time }?
    [firm] { $has-recipient ->
        [true] Le propongo questa alternativa: { $proposed-time }.
       *[false] Vi propongo questa alternativa: { $proposed-time }.
    }
    [brief] { $has-recipient ->
        [true] Le andrebbe bene { $proposed-time }?
       *[false] Vi andrebbe bene { $proposed-time }?
    }
   *[warm] { $has-recipient ->
        [true] Sarei disponibile { $proposed-time }, se per Lei è possibile.
       *[false] Sarei disponibile { $proposed-time }, se per voi è possibile.
    }
}

# La porta aperta di uno spostamento è la flessibilità: adattarsi ai tempi di chi legge.
reschedule-door-open = { $tone ->
    [formal] { $has-recipient ->
        [true] Qualora la proposta non Le fosse comoda, mi adatterei volentieri ai Suoi impegni.
       *[false] Qualora la proposta non vi fosse comoda, mi adatterei volentieri ai vostri impegni.
    }
    [firm] { $has-recipient ->
        [true] Se non Le fosse comodo, sarei disponibile ad adattarmi ai Suoi impegni.
       *[false] Se non vi fosse comodo, sarei disponibile ad adattarmi ai vostri impegni.
    }
    [brief] { $has-recipient ->
        [true] Altrimenti mi adatto volentieri ai Suoi impegni.
       *[false] Altrimenti mi adatto volentieri ai vostri impegni.
    }
   *[warm] { $has-recipient ->
        [true] In caso contrario, troviamo pure insieme un'altra data.
       *[false] In caso contrario, troviamo pure insieme un'altra data.
    }
}

reschedule-closing = { $tone ->
    [formal] Qualora non fosse fattibile, cercherò di liberarmi per la data originaria.
    [firm] Se non fosse possibile, farò in modo di esserci comunque.
    [brief] Altrimenti cercherò di esserci comunque.
   *[warm] In caso contrario, farò di tutto per mantenere la data prevista.
}

## clarification_reply: chi legge ha chiesto se qualcosa potrebbe far cambiare idea.

clarification-reply-subject = { $tone ->
    [formal] { $has-recipient ->
        [true] Grazie per il Suo messaggio
       *[false] Grazie per il vostro messaggio
    }
    [firm] { $has-position ->
        [true] La mia decisione sulla posizione di { $position }
       *[false] Conferma della mia decisione
    }
    [brief] Grazie per il messaggio
   *[warm] Grazie di cuore per il messaggio
}

clarification-reply-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il messaggio e per la disponibilità a valutare eventuali modifiche.
       *[false] Vi ringrazio per il messaggio e per la disponibilità a valutare eventuali modifiche.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per il messaggio e per la proposta di rivedere alcune condizioni.
       *[false] Vi ringrazio per il messaggio e per la proposta di rivedere alcune condizioni.
    }
    [brief] Grazie per il messaggio.
   *[warm] { $has-recipient ->
        [true] La ringrazio per avermi chiesto se ci fosse margine per ripensarci.
       *[false] Vi ringrazio per avermi chiesto se ci fosse margine per ripensarci.
    }
}

clarification-reply-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il messaggio; ho apprezzato in particolare { $detail }, così come la disponibilità a valutare eventuali modifiche.
       *[false] Vi ringrazio per il messaggio; ho apprezzato in particolare { $detail }, così come la disponibilità a valutare eventuali modifiche.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per il messaggio; ho apprezzato molto { $detail }, così come la proposta.
       *[false] Vi ringrazio per il messaggio; ho apprezzato molto { $detail }, così come la proposta.
    }
    [brief] Grazie per il messaggio; ho apprezzato molto { $detail }.
   *[warm] { $has-recipient ->
        [true] Grazie per il messaggio e per avermelo chiesto; ho apprezzato molto { $detail }.
       *[false] Grazie per il messaggio e per avermelo chiesto; ho apprezzato molto { $detail }.
    }
}

# «sulla posizione di Responsabile marketing (Borgonuovo Software)», «su questa posizione»
decision-on-role = { $has-position ->
    [true] sulla posizione di { $position }{ in-organization }
   *[false] { $has-organization ->
        [true] sulla posizione aperta{ in-organization }
       *[false] su questa posizione
    }
}

# Solo qui, dopo che chi legge ha chiesto, la decisione si dice definitiva.
clarification-reply-decision = { $tone ->
    [formal] Dopo un'ulteriore riflessione, confermo la mia decisione { decision-on-role }.
    [firm] { $has-recipient ->
        [true] Ho valutato di nuovo la questione, ma la mia decisione { decision-on-role } è definitiva.
       *[false] Ho valutato di nuovo la questione, ma la mia decisione { decision-on-role } è definitiva.
    }
    [brief] La mia decisione resta invariata.
   *[warm] { $has-recipient ->
        [true] Ci ho riflettuto ancora, ma la mia decisione { decision-on-role } rimane quella che Le ho comunicato.
       *[false] Ci ho riflettuto ancora, ma la mia decisione { decision-on-role } rimane quella che vi ho comunicato.
    }
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] { $has-recipient ->
            [true] Sarei felice di riprendere il discorso { $proposed-time }, e confido nella Sua comprensione.
           *[false] Sarei felice di riprendere il discorso { $proposed-time }, e confido nella vostra comprensione.
        }
        [firm] Se { $proposed-time } si presentasse una nuova opportunità, mi farebbe piacere saperlo.
        [brief] Sarei felice di riparlarne { $proposed-time }.
       *[warm] { $has-recipient ->
            [true] Mi farebbe molto piacere riprendere il discorso { $proposed-time }, e La ringrazio per la comprensione.
           *[false] Mi farebbe molto piacere riprendere il discorso { $proposed-time }, e vi ringrazio per la comprensione.
        }
    }
   *[false] { $tone ->
        [formal] { $has-recipient ->
            [true] Confido nella Sua comprensione e spero che le nostre strade possano incrociarsi di nuovo.
           *[false] Confido nella vostra comprensione e spero che le nostre strade possano incrociarsi di nuovo.
        }
        [firm] { $has-recipient ->
            [true] Sarei comunque felice di ricevere notizie di future opportunità.
           *[false] Sarei comunque felice di ricevere notizie di future opportunità.
        }
        [brief] Grazie per la comprensione; restiamo in contatto.
       *[warm] Grazie per la comprensione: mi farebbe davvero piacere restare in contatto.
    }
}


clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] { $has-recipient ->
            [true] Qualora { $proposed-time } la mia situazione dovesse cambiare, sarà mia premura contattarLa.
           *[false] Qualora { $proposed-time } la mia situazione dovesse cambiare, sarà mia premura contattarvi.
        }
        [firm] Se { $proposed-time } la mia situazione dovesse cambiare, mi farò sentire io.
        [brief] Se { $proposed-time } cambiasse qualcosa, mi farò sentire.
       *[warm] Se { $proposed-time } la mia situazione dovesse cambiare, mi farò sentire.
    }
   *[false] { $tone ->
        [formal] { $has-recipient ->
            [true] Le auguro di trovare presto la figura più adatta.
           *[false] Vi auguro di trovare presto la figura più adatta.
        }
        [firm] { $has-recipient ->
            [true] Le auguro che la selezione vada a buon fine.
           *[false] Vi auguro che la selezione vada a buon fine.
        }
        [brief] Grazie per la comprensione.
       *[warm] { $has-recipient ->
            [true] La ringrazio ancora di cuore per la comprensione.
           *[false] Vi ringrazio ancora di cuore per la comprensione.
        }
    }
}

## stay_in_touch: un breve messaggio dopo aver declinato.

conversation-phrase = { $has-topic ->
    [true] la nostra conversazione { topic-about }
   *[false] { $has-position ->
        [true] il colloquio per la posizione di { $position }{ in-organization }
       *[false] la nostra recente conversazione
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Un ringraziamento e un saluto
    [firm] Restiamo in contatto
    [brief] Grazie per la chiacchierata
   *[warm] Grazie per la bella conversazione
}

stay-in-touch-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio ancora per { conversation-phrase } e per il tempo che mi ha dedicato.
       *[false] Vi ringrazio ancora per { conversation-phrase } e per il tempo che mi avete dedicato.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio ancora per { conversation-phrase }.
       *[false] Vi ringrazio ancora per { conversation-phrase }.
    }
    [brief] Grazie ancora per { conversation-phrase }.
   *[warm] { $has-recipient ->
        [true] Grazie ancora di cuore per { conversation-phrase } e per il tempo che mi ha dedicato.
       *[false] Grazie ancora di cuore per { conversation-phrase } e per il tempo che mi avete dedicato.
    }
}

# Con un dettaglio che nomina già la conversazione («la chiacchierata sul …»), non la si nomina due
# volte: «Grazie per il tempo che mi ha dedicato di recente; ho apprezzato molto la chiacchierata …».
conversation-phrase-detail = { $has-topic ->
    [true] { conversation-phrase }
   *[false] { $has-position ->
        [true] { conversation-phrase }
       *[false] { $has-recipient ->
            [true] il tempo che mi ha dedicato di recente
           *[false] il tempo che mi avete dedicato di recente
        }
    }
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio ancora per { conversation-phrase-detail }; ho apprezzato particolarmente { $detail }.
       *[false] Vi ringrazio ancora per { conversation-phrase-detail }; ho apprezzato particolarmente { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio ancora per { conversation-phrase-detail }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio ancora per { conversation-phrase-detail }; ho apprezzato molto { $detail }.
    }
    [brief] Grazie ancora per { conversation-phrase-detail }; ho apprezzato molto { $detail }.
   *[warm] Grazie ancora di cuore per { conversation-phrase-detail }; ho apprezzato molto { $detail }.
}

# Se il ringraziamento ha appena nominato l'azienda («il colloquio per la posizione di iOS
# Engineer in Bending Spoons»), qui non la si ripete.
stay-in-touch-connect = { $has-organization ->
    [true] { $has-topic ->
        [false] { $has-position ->
            [true] { stay-in-touch-connect-team }
           *[false] { stay-in-touch-connect-named }
        }
       *[true] { stay-in-touch-connect-named }
    }
   *[false] { $tone ->
        [formal] Sarebbe per me un piacere restare in contatto.
        [firm] Anche se per ora le nostre strade si separano, mi farebbe piacere restare in contatto.
        [brief] Restiamo in contatto.
       *[warm] Mi farebbe davvero piacere restare in contatto.
    }
}

# «la crescita di Satispay», «il lavoro del vostro team presso il Gruppo Hera»; tra parentesi
# quando il nome vorrebbe un articolo che non conosciamo («dell'Università di Padova»).
growth-of-organization = { $organization-shape ->
    [plain] la crescita di { $organization }
    [kind-first] i progetti { org-of }
    [article] il vostro lavoro per { $organization }
   *[other] il vostro lavoro { org-presso }
}

stay-in-touch-connect-named = { $tone ->
    [formal] Sarebbe per me un piacere restare in contatto e seguire { growth-of-organization }.
    [firm] Anche se per ora le nostre strade si separano, mi farebbe piacere restare in contatto e seguire { growth-of-organization }.
    [brief] Restiamo in contatto; seguirò con piacere { growth-of-organization }.
   *[warm] Mi farebbe davvero piacere restare in contatto e seguire { growth-of-organization }.
}

stay-in-touch-connect-team = { $tone ->
    [formal] Sarebbe per me un piacere restare in contatto e seguire la crescita del vostro team.
    [firm] Anche se per ora le nostre strade si separano, mi farebbe piacere restare in contatto e seguire la crescita del vostro team.
    [brief] Restiamo in contatto; seguirò con piacere la crescita del vostro team.
   *[warm] Mi farebbe davvero piacere restare in contatto e seguire la crescita del vostro team.
}

stay-in-touch-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Qualora potessi esserLe utile, non esiti a scrivermi.
       *[false] Qualora potessi esservi utile, non esitate a scrivermi.
    }
    [firm] { $has-recipient ->
        [true] Mi scriva pure in qualsiasi momento.
       *[false] Scrivetemi pure in qualsiasi momento.
    }
    [brief] { $has-recipient ->
        [true] Sarei felice di prendere un caffè insieme, quando Le fa comodo.
       *[false] Sarei felice di prendere un caffè insieme, quando vi fa comodo.
    }
   *[warm] { $has-recipient ->
        [true] Se crede, sarei felice di prendere un caffè insieme.
       *[false] Fatemi sapere se vi andrebbe di prendere un caffè insieme.
    }
}

# Il tema: un tema che porta il suo articolo non va tra virgolette dopo «sul tema» («sul tema
# «la riforma delle pensioni»»), né può fondersi con una preposizione: «riguardante la riforma
# delle pensioni». Senza articolo: «sul tema «finanza climatica»».
topic-about = { $topic-shape ->
    [article] che ha come tema { $topic }
   *[other] sul tema «{ $topic }»
}

# L'editore di una rivista: «dei Quaderni di Sociologia di Franco Angeli», «della Rivista … del
# Gruppo …»; un editore che porta il suo articolo va tra parentesi («(il Mulino)»): una rivista
# non sta «presso» il suo editore.
at-publisher = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[other] { $organization-shape ->
            [article] {" "}({ $organization })
           *[other] { at-organization }
        }
    }
   *[false] {""}
}
