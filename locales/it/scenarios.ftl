### Le frasi di ogni scenario: oggetto, ringraziamento (con o senza un dettaglio da apprezzare),
### decisione e una frase finale che lascia la porta aperta ($stay-in-touch) o fa semplicemente
### gli auguri. Il tono formal è quello di una lettera; brief è più breve ma cordiale; firm non
### lascia dubbi sul fatto che questa opportunità è chiusa. Lei quando c'è un destinatario,
### voi quando si scrive a un gruppo. Le frasi con un $detail usano «ammirare», «apprezzare
### molto», «seguire con interesse», «scoprire», «approfondire»: le altre li evitano.

## job_interview

# «la mia candidatura per la posizione …»; all'ultima fase: «la mia candidatura fino al colloquio finale per la posizione …».
candidacy-for = { $invitation ->
    [final_round] la mia candidatura fino all'ultima fase per { role-phrase }
   *[other] la mia candidatura per { role-phrase }
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
        [true] Grazie per l'opportunità: posizione di { $position }
       *[false] Grazie per l'opportunità
    }
}

job-interview-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per aver preso in considerazione { candidacy-for } e per il tempo dedicato al mio profilo.
       *[false] Vi ringrazio per aver preso in considerazione { candidacy-for } e per il tempo dedicato al mio profilo.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per aver preso in considerazione { candidacy-for } e per il tempo che mi ha dedicato.
       *[false] Vi ringrazio per aver preso in considerazione { candidacy-for } e per il tempo che mi avete dedicato.
    }
    [brief] Grazie per aver preso in considerazione { candidacy-for }.
   *[warm] { $has-recipient ->
        [true] La ringrazio molto per aver preso in considerazione { candidacy-for } e per il tempo che ha dedicato al mio profilo.
       *[false] Vi ringrazio molto per aver preso in considerazione { candidacy-for } e per il tempo che avete dedicato al mio profilo.
    }
}

job-interview-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per aver preso in considerazione { candidacy-for }; ho apprezzato in particolare { $detail }.
       *[false] Vi ringrazio per aver preso in considerazione { candidacy-for }; ho apprezzato in particolare { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per aver preso in considerazione { candidacy-for }; ho apprezzato molto { $detail }.
       *[false] Vi ringrazio per aver preso in considerazione { candidacy-for }; ho apprezzato molto { $detail }.
    }
    [brief] Grazie per aver preso in considerazione { candidacy-for }; ho apprezzato molto { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio molto per aver preso in considerazione { candidacy-for }; ho sinceramente ammirato { $detail }.
       *[false] Vi ringrazio molto per aver preso in considerazione { candidacy-for }; ho sinceramente ammirato { $detail }.
    }
}

# « prima del colloquio conoscitivo», « prima del colloquio finale», oppure niente.
withdrawal-stage = { $invitation ->
    [screening_call] {" "}prima del colloquio conoscitivo
    [interview] {" "}prima del colloquio
    [final_round] {" "}prima del colloquio finale
   *[other] {""}
}

job-interview-decision = { $tone ->
    [formal] Dopo attenta riflessione, ho deciso di ritirare la mia candidatura{ withdrawal-stage }.
    [firm] Ho deciso di ritirare la mia candidatura{ withdrawal-stage } e la mia decisione è definitiva.
    [brief] Ho deciso di ritirare la mia candidatura{ withdrawal-stage }.
   *[warm] Dopo averci riflettuto a lungo, ho deciso di ritirarmi dal processo di selezione{ withdrawal-stage }.
}

job-interview-door-open = { $tone ->
    [formal] { $has-recipient ->
        [true] Sarebbe per me un piacere restare in contatto, e Le auguro pieno successo nell'individuare la persona più adatta.
       *[false] Sarebbe per me un piacere restare in contatto, e vi auguro pieno successo nell'individuare la persona più adatta.
    }
    [firm] { $has-recipient ->
        [true] Sarei felice di restare in contatto per future opportunità, e Le auguro buon esito nella selezione.
       *[false] Sarei felice di restare in contatto per future opportunità, e vi auguro buon esito nella selezione.
    }
    [brief] { $has-recipient ->
        [true] Sarei felice di restare in contatto; Le auguro il meglio.
       *[false] Sarei felice di restare in contatto; vi auguro il meglio.
    }
   *[warm] { $has-recipient ->
        [true] Mi farebbe davvero piacere restare in contatto, e Le auguro di trovare presto la persona giusta.
       *[false] Mi farebbe davvero piacere restare in contatto, e vi auguro di trovare presto la persona giusta.
    }
}

job-interview-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Le auguro pieno successo nell'individuare la persona più adatta.
       *[false] Vi auguro pieno successo nell'individuare la persona più adatta.
    }
    [firm] { $has-recipient ->
        [true] Le auguro buon esito nella selezione.
       *[false] Vi auguro buon esito nella selezione.
    }
    [brief] { $has-recipient ->
        [true] Le auguro il meglio.
       *[false] Vi auguro il meglio.
    }
   *[warm] { $has-recipient ->
        [true] Le auguro di trovare presto la persona giusta per il ruolo.
       *[false] Vi auguro di trovare presto la persona giusta per il ruolo.
    }
}

## media_interview

# «il Suo articolo sul tema lavoro da remoto per The Daily», «la vostra trasmissione per The Daily»,
# «il Suo servizio» (senza tipo, o per un commento destinato a un servizio)
# Con un programma o una serie indicati da chi scrive (`event`): «la trasmissione «Report» sul
# tema «…» (Rai 3)», «il podcast «Il Mondo»»; la testata sempre tra parentesi, perché «per
# Corriere della Sera» vorrebbe un articolo che non conosciamo.
piece-phrase = { $has-event ->
    [true] { programme-piece }
   *[false] { piece-noun }
}{ $has-topic ->
    [true] {" "}sul tema «{ $topic }»
   *[false] {""}
}{ $has-organization ->
    [true] {" "}({ $organization })
   *[false] {""}
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

# Lo stesso, una volta nominato: «Le auguro pieno successo con la puntata».
piece-noun-again = { $invitation ->
    [article] l'articolo
    [broadcast] la trasmissione
    [podcast] la puntata
   *[other] { $has-recipient ->
        [true] il Suo servizio
       *[false] il vostro servizio
    }
}

# «partecipare»; per un commento, «rilasciare un commento».
media-decline = { $invitation ->
    [comment] rilasciare un commento
    [article] dare il mio contributo
   *[other] partecipare
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { $invitation ->
            [comment] Richiesta di commento sul tema «{ $topic }»
           *[other] Richiesta di intervista sul tema «{ $topic }»
        }
       *[other] { $invitation ->
            [comment] Commento sul tema «{ $topic }»
           *[other] Intervista sul tema «{ $topic }»
        }
    }
   *[false] { $invitation ->
        [comment] Richiesta di commento
       *[other] Richiesta di intervista
    }
}

media-interview-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per { $invitation ->
            [comment] la cortese richiesta di { piece-phrase }
           *[other] la cortese richiesta di intervista per { piece-phrase }
        }; la considerazione che mi ha dimostrato mi onora.
       *[false] Vi ringrazio per { $invitation ->
            [comment] la cortese richiesta di { piece-phrase }
           *[other] la cortese richiesta di intervista per { piece-phrase }
        }; la considerazione che mi avete dimostrato mi onora.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio di aver pensato a me per { piece-phrase }.
       *[false] Vi ringrazio di aver pensato a me per { piece-phrase }.
    }
    [brief] Grazie di aver pensato a me per { piece-phrase }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per { $invitation ->
            [comment] la richiesta di { piece-phrase }
           *[other] la richiesta di intervista per { piece-phrase }
        }; mi fa molto piacere che abbia pensato a me.
       *[false] Vi ringrazio di cuore per { $invitation ->
            [comment] la richiesta di { piece-phrase }
           *[other] la richiesta di intervista per { piece-phrase }
        }; mi fa molto piacere che abbiate pensato a me.
    }
}

media-interview-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per { $invitation ->
            [comment] la cortese richiesta di { piece-phrase }
           *[other] la cortese richiesta di intervista per { piece-phrase }
        }; apprezzo molto { $detail }.
       *[false] Vi ringrazio per { $invitation ->
            [comment] la cortese richiesta di { piece-phrase }
           *[other] la cortese richiesta di intervista per { piece-phrase }
        }; apprezzo molto { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio di aver pensato a me per { piece-phrase }; ho ammirato { $detail }.
       *[false] Vi ringrazio di aver pensato a me per { piece-phrase }; ho ammirato { $detail }.
    }
    [brief] Grazie di aver pensato a me per { piece-phrase }; ammiro { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per { $invitation ->
            [comment] la richiesta di { piece-phrase }
           *[other] la richiesta di intervista per { piece-phrase }
        }; ammiro da tempo { $detail }.
       *[false] Vi ringrazio di cuore per { $invitation ->
            [comment] la richiesta di { piece-phrase }
           *[other] la richiesta di intervista per { piece-phrase }
        }; ammiro da tempo { $detail }.
    }
}

media-interview-decision = { $tone ->
    [formal] Con rammarico, non mi è possibile { media-decline }.
    [firm] { $invitation ->
        [comment] Non rilascerò un commento, e ho preferito dirlo subito per lasciare il tempo di organizzarsi diversamente.
       *[other] Non prenderò parte all'intervista, e ho preferito dirlo subito per lasciare il tempo di organizzarsi diversamente.
    }
    [brief] Purtroppo non potrò { media-decline }.
   *[warm] Purtroppo, questa volta non potrò { media-decline }.
}

media-interview-door-open = { $tone ->
    [formal] { $has-recipient ->
        [true] Sarebbe per me un piacere restare in contatto per futuri approfondimenti, e Le auguro pieno successo con { piece-noun-again }.
       *[false] Sarebbe per me un piacere restare in contatto per futuri approfondimenti, e vi auguro pieno successo con { piece-noun-again }.
    }
    [firm] { $has-recipient ->
        [true] Sarei felice di restare in contatto per futuri approfondimenti, e Le auguro ogni successo con { piece-noun-again }.
       *[false] Sarei felice di restare in contatto per futuri approfondimenti, e vi auguro ogni successo con { piece-noun-again }.
    }
    [brief] Restiamo in contatto per futuri approfondimenti; in bocca al lupo per { piece-noun-again }.
   *[warm] { $has-recipient ->
        [true] Sarei felice di risentirci per futuri approfondimenti, e Le auguro il meglio per { piece-noun-again }.
       *[false] Sarei felice di risentirci per futuri approfondimenti, e vi auguro il meglio per { piece-noun-again }.
    }
}

media-interview-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Le auguro pieno successo con { piece-noun-again }.
       *[false] Vi auguro pieno successo con { piece-noun-again }.
    }
    [firm] { $has-recipient ->
        [true] Le auguro buon lavoro con { piece-noun-again }.
       *[false] Vi auguro buon lavoro con { piece-noun-again }.
    }
    [brief] Buon lavoro con { piece-noun-again }.
   *[warm] { $has-recipient ->
        [true] Le auguro il meglio per { piece-noun-again }.
       *[false] Vi auguro il meglio per { piece-noun-again }.
    }
}

## speaking_engagement

# «in occasione dell'evento «Product Summit 2027» presso Acme», «in occasione del vostro evento»:
# il nome tra virgolette, dopo il nome comune, senza preposizione articolata davanti.
event-phrase = { $invitation ->
    [webinar] { $has-event ->
        [true] dal titolo «{ $event }»
       *[false] nell'ambito della vostra programmazione
    }
   *[other] { $has-event ->
        [true] in occasione dell'evento «{ $event }»
       *[false] in occasione del vostro evento
    }
}{ at-organization }

# Ciò che si chiede a chi interviene, secondo il tipo di invito.
speaking-activity = { $invitation ->
    [talk] tenere un intervento
    [keynote] tenere la relazione plenaria
    [panel] partecipare alla tavola rotonda
    [workshop] condurre un workshop
    [webinar] { $has-event ->
        [true] tenere il webinar
       *[false] tenere un webinar
    }
   *[other] intervenire
}

topic-clause = { $has-topic ->
    [true] {" "}sul tema «{ $topic }»
   *[false] {""}
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Invito a { speaking-activity }: { $event }
        [firm] Non potrò { speaking-activity }: { $event }
        [brief] { $event }: invito a { speaking-activity }
       *[warm] Grazie per l'invito: { $event }
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
        [true] La ringrazio per il cortese invito a { speaking-activity }{ topic-clause } { event-phrase }.
       *[false] Vi ringrazio per il cortese invito a { speaking-activity }{ topic-clause } { event-phrase }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito a { speaking-activity }{ topic-clause } { event-phrase }.
       *[false] Vi ringrazio per l'invito a { speaking-activity }{ topic-clause } { event-phrase }.
    }
    [brief] Grazie per l'invito a { speaking-activity } { event-phrase }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per l'invito a { speaking-activity }{ topic-clause } { event-phrase }; mi fa davvero piacere che abbia pensato a me.
       *[false] Vi ringrazio di cuore per l'invito a { speaking-activity }{ topic-clause } { event-phrase }; mi fa davvero piacere che abbiate pensato a me.
    }
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il cortese invito a { speaking-activity }{ topic-clause } { event-phrase }; ho seguito con grande interesse { $detail }.
       *[false] Vi ringrazio per il cortese invito a { speaking-activity }{ topic-clause } { event-phrase }; ho seguito con grande interesse { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito a { speaking-activity } { event-phrase }; ho seguito con interesse { $detail }.
       *[false] Vi ringrazio per l'invito a { speaking-activity } { event-phrase }; ho seguito con interesse { $detail }.
    }
    [brief] Grazie per l'invito a { speaking-activity }; ho seguito con interesse { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio di cuore per l'invito a { speaking-activity }{ topic-clause } { event-phrase }; ho sinceramente ammirato { $detail }.
       *[false] Vi ringrazio di cuore per l'invito a { speaking-activity }{ topic-clause } { event-phrase }; ho sinceramente ammirato { $detail }.
    }
}

speaking-engagement-decision = { $tone ->
    [formal] Dopo attenta valutazione, devo purtroppo declinare.
    [firm] Ho deciso di non partecipare e ho voluto comunicarlo subito, così da lasciare il tempo di definire il programma.
    [brief] Purtroppo devo declinare.
   *[warm] Ci ho riflettuto a lungo e, con rammarico, devo declinare.
}

speaking-engagement-door-open = { $tone ->
    [formal] { $has-recipient ->
        [true] Sarebbe per me un piacere poter contribuire a una prossima iniziativa, e Le auguro che l'evento sia un grande successo.
       *[false] Sarebbe per me un piacere poter contribuire a una prossima iniziativa, e vi auguro che l'evento sia un grande successo.
    }
    [firm] { $has-recipient ->
        [true] Mi farebbe piacere ricevere notizie sulle vostre prossime iniziative, e Le auguro che l'evento sia un grande successo.
       *[false] Mi farebbe piacere ricevere notizie sulle vostre prossime iniziative, e vi auguro che l'evento sia un grande successo.
    }
    [brief] { $has-recipient ->
        [true] Sarei felice di ricevere inviti futuri; Le auguro un ottimo evento.
       *[false] Sarei felice di ricevere inviti futuri; vi auguro un ottimo evento.
    }
   *[warm] { $has-recipient ->
        [true] Sarei felice di valutare future occasioni, e Le auguro che l'evento sia un grande successo.
       *[false] Sarei felice di valutare future occasioni, e vi auguro che l'evento sia un grande successo.
    }
}

speaking-engagement-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Le auguro pieno successo per l'evento.
       *[false] Vi auguro pieno successo per l'evento.
    }
    [firm] { $has-recipient ->
        [true] Le auguro che l'evento sia un grande successo.
       *[false] Vi auguro che l'evento sia un grande successo.
    }
    [brief] { $has-recipient ->
        [true] Le auguro un ottimo evento.
       *[false] Vi auguro un ottimo evento.
    }
   *[warm] { $has-recipient ->
        [true] Le auguro che l'evento riesca nel migliore dei modi.
       *[false] Vi auguro che l'evento riesca nel migliore dei modi.
    }
}

## academic_invitation

# Senza tipo: «a partecipare a «Convegno 2027» presso Università X», «a collaborare con
# Università X», «a questa collaborazione» (né «evento» né «iniziativa», che non si addicono a
# una commissione o a una rivista).
invitation-phrase = { $has-event ->
    [true] a partecipare a «{ $event }»{ at-organization }
   *[false] { $has-organization ->
        [true] a una collaborazione ({ $organization })
       *[false] a questa collaborazione
    }
}

# « per «Journal of Applied Logic» presso Università X», « per Università X», oppure niente.
for-event = { $has-event ->
    [true] {" "}per «{ $event }»{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}({ $organization })
       *[false] {""}
    }
}

# « della rivista «…» presso Editore X», « della rivista pubblicata da Editore X», oppure niente.
of-journal = { $has-event ->
    [true] {" "}della rivista «{ $event }»{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}della vostra rivista ({ $organization })
       *[false] {""}
    }
}

# Ciò che si chiede, secondo il tipo di invito, retto da «invito»: «a valutare un manoscritto
# per «…»», «a entrare nel comitato editoriale della rivista «…»».
# Un manoscritto si valuta «per la rivista «…» (Editore X)».
for-journal = { $has-event ->
    [true] {" "}per la rivista «{ $event }»{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}({ $organization })
       *[false] {""}
    }
}

# La tesi per titolo: «a valutare la tesi «…» (Università X)», altrimenti «a valutare una tesi».
examiner-task = { $has-event ->
    [true] a valutare la tesi «{ $event }»{ at-organization }
   *[false] a valutare una tesi{ for-event }
}

# Una commissione col suo nome: «a far parte di «Commissione paritetica» (Università X)»; i nomi
# delle commissioni cominciano quasi sempre con «Commissione»: mai «la commissione per «Commissione…»».
committee-task = { $has-event ->
    [true] a far parte di «{ $event }»{ at-organization }
   *[false] a far parte della commissione{ for-event }
}

academic-task = { $invitation ->
    [peer_review] a valutare un manoscritto{ for-journal }
    [editorial_board] a entrare nel comitato editoriale{ of-journal }
    [committee] { committee-task }
    [guest_lecture] a tenere una lezione{ for-event }
    [program_committee] a far parte del comitato di programma{ for-event }
    [examiner] { examiner-task }
   *[other] { invitation-phrase }
}

# Lo stesso con il tema, nei toni che lo nominano.
academic-task-on-topic = { $invitation ->
    [peer_review] a valutare un manoscritto{ subject-clause }{ for-journal }
    [editorial_board] a entrare nel comitato editoriale{ of-journal }
    [committee] { $has-event ->
        [true] a far parte di «{ $event }»{ subject-clause }{ at-organization }
       *[false] a far parte della commissione{ subject-clause }{ for-event }
    }
    [guest_lecture] a tenere una lezione{ subject-clause }{ for-event }
    [program_committee] a far parte del comitato di programma{ for-event }
    [examiner] { examiner-task }
   *[other] { invitation-phrase }{ subject-clause }
}

# L'invito, nominato nell'oggetto.
academic-invitation-noun = { $invitation ->
    [peer_review] Richiesta di revisione di un manoscritto
    [editorial_board] Invito a entrare nel comitato editoriale
    [committee] Invito a far parte della commissione
    [guest_lecture] Invito a tenere una lezione
    [program_committee] Invito a far parte del comitato di programma
    [examiner] Invito a valutare una tesi
   *[other] Invito
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-invitation-noun }: { $event }
        [firm] Impossibilità di accettare l'invito: { $event }
        [brief] { academic-invitation-noun }: { $event }
       *[warm] Grazie per l'invito: { $event }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Riscontro al cortese invito
           *[other] { academic-invitation-noun }
        }
        [firm] Impossibilità di accettare il cortese invito
        [brief] { $invitation ->
            [none] Risposta all'invito
           *[other] { academic-invitation-noun }
        }
       *[warm] Grazie per il cortese invito
    }
}

# « sul tema lavoro da remoto», oppure niente
subject-clause = { $has-topic ->
    [true] {" "}sul tema «{ $topic }»
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il cortese invito { academic-task-on-topic }; è per me un grande onore.
       *[false] Vi ringrazio per il cortese invito { academic-task-on-topic }; è per me un grande onore.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito { academic-task }.
       *[false] Vi ringrazio per l'invito { academic-task }.
    }
    [brief] Grazie per l'invito { academic-task }.
   *[warm] { $has-recipient ->
        [true] La ringrazio per il gentile invito { academic-task-on-topic }; significa molto per me.
       *[false] Vi ringrazio per il gentile invito { academic-task-on-topic }; significa molto per me.
    }
}

academic-invitation-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il cortese invito { academic-task }; apprezzo molto { $detail }.
       *[false] Vi ringrazio per il cortese invito { academic-task }; apprezzo molto { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per l'invito { academic-task }; ammiro da tempo { $detail }.
       *[false] Vi ringrazio per l'invito { academic-task }; ammiro da tempo { $detail }.
    }
    [brief] Grazie per l'invito; ammiro { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio per il gentile invito { academic-task }; ammiro da tempo { $detail }.
       *[false] Vi ringrazio per il gentile invito { academic-task }; ammiro da tempo { $detail }.
    }
}

academic-invitation-decision = { $tone ->
    [formal] Dopo attenta valutazione, devo purtroppo declinare.
    [firm] Ho deciso di declinare, e preferisco dare subito una risposta chiara.
    [brief] Devo purtroppo declinare.
   *[warm] Ci ho riflettuto con attenzione e, con rammarico, devo declinare.
}

academic-invitation-door-open = { $tone ->
    [formal] Sarebbe per me un piacere restare in contatto e poter contribuire a future iniziative.
    [firm] Sarei felice di restare in contatto per future collaborazioni.
    [brief] Sarei felice di restare in contatto.
   *[warm] Mi farebbe molto piacere restare in contatto, e spero che in futuro potremo collaborare.
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
    [brief] Tanti auguri per le vostre attività.
   *[warm] { $has-recipient ->
        [true] Le auguro ogni successo per le vostre attività.
       *[false] Vi auguro ogni successo per le vostre attività.
    }
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Richiesta di spostare { meeting-phrase }
    [firm] Proposta di spostare { meeting-phrase }
    [brief] Possiamo spostare { meeting-phrase }?
   *[warm] Sarebbe possibile spostare { meeting-phrase }?
}

reschedule-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per l'invito e attendo con sincero interesse { meeting-phrase }.
       *[false] Vi ringrazio per l'invito e attendo con sincero interesse { meeting-phrase }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per { meeting-thanks }.
       *[false] Vi ringrazio per { meeting-thanks }.
    }
    [brief] Grazie per { meeting-thanks }.
   *[warm] { $has-recipient ->
        [true] La ringrazio per l'invito e attendo davvero con piacere { meeting-phrase }.
       *[false] Vi ringrazio per l'invito e attendo davvero con piacere { meeting-phrase }.
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
        [true] La ringrazio di cuore per { meeting-thanks }; ho sinceramente ammirato { $detail }.
       *[false] Vi ringrazio di cuore per { meeting-thanks }; ho sinceramente ammirato { $detail }.
    }
}

reschedule-proposal = { $tone ->
    [formal] Sarebbe possibile fissare una nuova data, ad esempio { $proposed-time }?
    [firm] { $has-recipient ->
        [true] Le propongo come nuova data { $proposed-time }.
       *[false] Vi propongo come nuova data { $proposed-time }.
    }
    [brief] { $has-recipient ->
        [true] Le andrebbe bene { $proposed-time }?
       *[false] Vi andrebbe bene { $proposed-time }?
    }
   *[warm] Potremmo trovare una nuova data, ad esempio { $proposed-time }?
}

reschedule-door-open = { $tone ->
    [formal] In caso contrario, lo comprenderei pienamente e sarei comunque felice di restare in contatto.
    [firm] Se non fosse possibile, lo capirei, e sarei comunque felice di restare in contatto.
    [brief] Se non fosse possibile, nessun problema: restiamo in contatto.
   *[warm] { $has-recipient ->
        [true] Se non Le fosse comodo, lo capirei perfettamente e sarei comunque felice di restare in contatto.
       *[false] Se non vi fosse comodo, lo capirei perfettamente e sarei comunque felice di restare in contatto.
    }
}

reschedule-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] In caso contrario, lo comprenderei pienamente e La ringrazio comunque per l'invito.
       *[false] In caso contrario, lo comprenderei pienamente e vi ringrazio comunque per l'invito.
    }
    [firm] { $has-recipient ->
        [true] Se non fosse possibile, lo capirei e La ringrazio comunque per l'invito.
       *[false] Se non fosse possibile, lo capirei e vi ringrazio comunque per l'invito.
    }
    [brief] Se non fosse possibile, nessun problema.
   *[warm] { $has-recipient ->
        [true] Se non Le fosse comodo, lo capirei perfettamente e La ringrazio comunque per l'invito.
       *[false] Se non vi fosse comodo, lo capirei perfettamente e vi ringrazio comunque per l'invito.
    }
}

## clarification_reply: chi legge ha chiesto se qualcosa potrebbe far cambiare idea.

clarification-reply-subject = { $tone ->
    [formal] Grazie per il riscontro
    [firm] { $has-position ->
        [true] La mia decisione sulla posizione di { $position }
       *[false] La mia decisione
    }
    [brief] Grazie per il messaggio
   *[warm] Grazie di cuore per il riscontro
}

clarification-reply-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il riscontro e per la disponibilità a valutare eventuali modifiche.
       *[false] Vi ringrazio per il riscontro e per la disponibilità a valutare eventuali modifiche.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per il riscontro e per la proposta di rivedere alcune condizioni.
       *[false] Vi ringrazio per il riscontro e per la proposta di rivedere alcune condizioni.
    }
    [brief] Grazie per il riscontro.
   *[warm] { $has-recipient ->
        [true] La ringrazio per il messaggio e per aver chiesto se qualcosa potesse cambiare; è un gesto che apprezzo molto.
       *[false] Vi ringrazio per il messaggio e per aver chiesto se qualcosa potesse cambiare; è un gesto che apprezzo molto.
    }
}

clarification-reply-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio per il riscontro; ho apprezzato in particolare { $detail }, così come la disponibilità a valutare eventuali modifiche.
       *[false] Vi ringrazio per il riscontro; ho apprezzato in particolare { $detail }, così come la disponibilità a valutare eventuali modifiche.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio per il riscontro; ho apprezzato molto { $detail }, così come la proposta.
       *[false] Vi ringrazio per il riscontro; ho apprezzato molto { $detail }, così come la proposta.
    }
    [brief] Grazie per il riscontro; ho apprezzato molto { $detail }.
   *[warm] { $has-recipient ->
        [true] La ringrazio per il messaggio; ho sinceramente ammirato { $detail }, e apprezzo molto che me lo abbia chiesto.
       *[false] Vi ringrazio per il messaggio; ho sinceramente ammirato { $detail }, e apprezzo molto che me lo abbiate chiesto.
    }
}

clarification-reply-decision = { $tone ->
    [formal] Dopo un'ulteriore riflessione, confermo la mia decisione per quanto riguarda { role-phrase }.
    [firm] { $has-recipient ->
        [true] La mia decisione per quanto riguarda { role-phrase } è definitiva, e non c'è nulla che debba essere modificato da parte Sua.
       *[false] La mia decisione per quanto riguarda { role-phrase } è definitiva, e non c'è nulla che debba essere modificato da parte vostra.
    }
    [brief] La mia decisione resta invariata.
   *[warm] Ci ho riflettuto con attenzione e la mia decisione per quanto riguarda { role-phrase } resta la stessa.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] { $has-recipient ->
            [true] Sarei felice di riprendere il discorso { $proposed-time }, e La ringrazio per la comprensione.
           *[false] Sarei felice di riprendere il discorso { $proposed-time }, e vi ringrazio per la comprensione.
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
            [true] La ringrazio per la comprensione e sarei felice di restare in contatto.
           *[false] Vi ringrazio per la comprensione e sarei felice di restare in contatto.
        }
        [firm] { $has-recipient ->
            [true] La ringrazio per la comprensione, e sarei felice di restare in contatto per future posizioni.
           *[false] Vi ringrazio per la comprensione, e sarei felice di restare in contatto per future posizioni.
        }
        [brief] Grazie per la comprensione; restiamo in contatto.
       *[warm] { $has-recipient ->
            [true] La ringrazio per la comprensione e mi farebbe molto piacere restare in contatto.
           *[false] Vi ringrazio per la comprensione e mi farebbe molto piacere restare in contatto.
        }
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
            [true] La ringrazio ancora per la comprensione.
           *[false] Vi ringrazio ancora per la comprensione.
        }
        [firm] { $has-recipient ->
            [true] La ringrazio per la comprensione.
           *[false] Vi ringrazio per la comprensione.
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
    [true] la nostra conversazione sul tema «{ $topic }»
   *[false] { $has-position ->
        [true] il colloquio relativo alla posizione di { $position }{ $has-organization ->
            [true] {" "}({ $organization })
           *[false] {""}
        }
       *[false] la nostra recente conversazione
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Per restare in contatto
    [brief] Per restare in contatto
   *[other] Restiamo in contatto
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

stay-in-touch-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] La ringrazio ancora per { conversation-phrase }; ho trovato particolarmente interessante approfondire { $detail }.
       *[false] Vi ringrazio ancora per { conversation-phrase }; ho trovato particolarmente interessante approfondire { $detail }.
    }
    [firm] { $has-recipient ->
        [true] La ringrazio ancora per { conversation-phrase }; ho trovato interessante approfondire { $detail }.
       *[false] Vi ringrazio ancora per { conversation-phrase }; ho trovato interessante approfondire { $detail }.
    }
    [brief] Grazie ancora per { conversation-phrase }; ho trovato interessante approfondire { $detail }.
   *[warm] Grazie ancora di cuore per { conversation-phrase }; è stato davvero bello scoprire { $detail }.
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] Sarebbe per me un piacere restare in contatto e seguire la crescita del vostro team ({ $organization }).
        [firm] Pur avendo deciso di non proseguire per questa posizione, mi farebbe piacere restare in contatto e seguire la crescita del vostro team ({ $organization }).
        [brief] Restiamo in contatto; seguirò con piacere la crescita del vostro team ({ $organization }).
       *[warm] Mi farebbe davvero piacere restare in contatto e seguire la crescita del vostro team ({ $organization }).
    }
   *[false] { $tone ->
        [formal] Sarebbe per me un piacere restare in contatto.
        [firm] Pur avendo deciso di non proseguire per questa posizione, mi farebbe piacere restare in contatto.
        [brief] Restiamo in contatto.
       *[warm] Mi farebbe davvero piacere restare in contatto.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] { $has-recipient ->
        [true] Non esiti a contattarmi qualora possa esserLe utile.
       *[false] Non esitate a contattarmi qualora possa esservi utile.
    }
    [firm] { $has-recipient ->
        [true] Mi scriva pure in qualsiasi momento.
       *[false] Scrivetemi pure in qualsiasi momento.
    }
    [brief] Sarei felice di prendere un caffè insieme, quando capita.
   *[warm] { $has-recipient ->
        [true] Mi faccia sapere se Le andrebbe di prendere un caffè insieme.
       *[false] Fatemi sapere se vi andrebbe di prendere un caffè insieme.
    }
}
