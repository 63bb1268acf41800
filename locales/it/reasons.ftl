### Motivi: una frase ciascuno, sempre sulla direzione o sulle priorità di chi scrive, mai una
### colpa di chi legge. Le formulazioni cambiano per le selezioni (job_interview,
### clarification_reply, stay_in_touch), per gli inviti (media_interview, speaking_engagement,
### academic_invitation) e per uno spostamento (reschedule), dove il motivo spiega i tempi.
### `company_fit` non nomina mai un problema. Nessun aggettivo o participio che concordi con
### il genere di chi scrive.
###
### Il motivo segue la decisione e ne è la spiegazione: non ripete le sue parole («deciso»,
### «candidatura», «ritirare», «riflettere», «declinare», «partecipare») né quelle del
### ringraziamento o della segnalazione che gli stanno accanto («posizione», «ruolo»,
### «esperienza», «professionista», «contributo», «opportunità»). In uno spostamento sta tra il
### ringraziamento e la proposta: evita «incontro», «colloquio», «nuova», «momento», «possibile».

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ho appena assunto un nuovo incarico e le prime settimane sono interamente occupate.
        [brief] Ho appena iniziato un nuovo lavoro.
       *[other] Ho appena iniziato un nuovo lavoro e le prime settimane sono già piene.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Nel frattempo ho accettato un'altra proposta, in linea con i miei obiettivi attuali.
        [brief] Nel frattempo ho accettato un'altra proposta.
       *[other] { $scenario ->
            [stay_in_touch] Nel frattempo ho scelto un'altra strada e ho accettato un incarico in un'altra azienda.
           *[other] Nel frattempo ho accettato un'altra proposta, più in linea con i miei obiettivi.
        }
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Ho da poco assunto un nuovo incarico e, in questa fase di inserimento, preferisco mantenere libera la mia agenda.
    [brief] Ho appena cominciato un nuovo incarico e per ora limito gli impegni esterni.
   *[other] Ho cominciato da poco un nuovo incarico e, finché mi ambiento, evito di assumere altri impegni.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Un progetto che seguo attraversa una fase particolarmente intensa, e preferirei aspettare che si assesti.
        [brief] Un mio progetto è in una fase particolarmente intensa.
       *[other] Un progetto che seguo è nel pieno di una fase intensa, e preferirei aspettare che si assesti.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] In questa fase sto orientando la mia ricerca verso incarichi più vicini al mio ambito professionale.
        [brief] Sto orientando la mia ricerca in un'altra direzione.
       *[other] Al momento mi sto concentrando su incarichi più vicini al mio ambito professionale.
    }
}
engagement-career-focus = { $tone ->
    [formal] In questa fase concentro le mie energie su un numero ristretto di progetti prioritari.
    [brief] Per ora mi dedico a pochi progetti prioritari.
   *[other] { $scenario ->
        [academic_invitation] { $invitation ->
            [editorial_board] In questo periodo ho scelto di non assumere nuovi incarichi editoriali, per dedicarmi alla mia ricerca.
            [peer_review] In questo periodo ho scelto di ridurre le revisioni, per dedicarmi alla mia ricerca.
           *[other] In questo periodo ho scelto di non assumere nuovi incarichi, per dedicarmi alla mia ricerca.
        }
        [speaking_engagement] In questo periodo ho scelto di ridurre gli interventi pubblici, per concentrarmi su pochi progetti.
       *[other] Al momento sto dedicando le mie energie a pochi progetti prioritari.
    }
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Prima di procedere desidererei chiarire alcuni aspetti relativi alle condizioni.
        [brief] Vorrei prima chiarire le condizioni.
       *[other] Prima di procedere vorrei chiarire alcuni aspetti relativi alle condizioni.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
    [clarification_reply] { $tone ->
        [brief] In questa fase cerco un percorso diverso.
       *[other] Al di là dell'aspetto economico, in questa fase cerco un percorso diverso.
    }
   *[other] { $tone ->
        [formal] In questa fase della mia carriera cerco condizioni economiche più in linea con le mie aspettative.
        [brief] Cerco una retribuzione più in linea con le mie aspettative.
       *[other] In questa fase cerco una retribuzione più in linea con le mie aspettative.
    }
}
engagement-compensation = { $tone ->
    [formal] Al momento accetto esclusivamente incarichi alle mie consuete condizioni economiche.
    [brief] Al momento accetto solo incarichi alle mie consuete condizioni.
   *[other] Per ora accetto solo incarichi in linea con le mie condizioni abituali.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Proprio nei giorni previsti avrò un impegno che non posso rimandare.
        [brief] Nei giorni previsti ho un altro impegno.
       *[other] Proprio nei giorni previsti ho un impegno che non riesco a spostare.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Alla luce degli impegni in corso, non è questa la fase giusta per un cambiamento.
        [firm] Alla luce degli impegni in corso, non è il momento giusto per un cambiamento.
        [brief] Non è la fase giusta per un cambiamento.
       *[other] Per via degli impegni che ho adesso, non è il periodo ideale per cambiare lavoro.
    }
}
engagement-timing = { $scenario ->
    [speaking_engagement] { $tone ->
        [formal] Nelle date previste ho già assunto impegni che non posso rimandare.
        [brief] In quelle date ho già altri impegni.
       *[other] Nelle date previste ho già preso impegni che non riesco a spostare.
    }
    [academic_invitation] { $tone ->
        [formal] In questi mesi ho già assunto impegni che non posso rimandare.
        [brief] In questi mesi ho già altri impegni.
       *[other] In questi mesi ho già preso impegni che non riesco a spostare.
    }
   *[other] { $tone ->
        [formal] Nei prossimi giorni ho già assunto impegni che non posso rimandare.
        [brief] Nei prossimi giorni ho già altri impegni.
       *[other] Nei prossimi giorni ho già preso impegni che non riesco a spostare.
    }
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Purtroppo un viaggio già programmato coincide con la data inizialmente prevista.
        [brief] Alla data prevista sarò in viaggio.
       *[other] Purtroppo quel giorno sarò in viaggio per lavoro.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Al momento devo privilegiare una sede e orari compatibili con la mia situazione attuale.
        [brief] Ho bisogno di una sede e di orari più compatibili con la mia situazione.
       *[other] In questo periodo ho bisogno di una sede e di orari più compatibili con la mia situazione attuale.
    }
}
engagement-logistics = { $tone ->
    [formal] Al momento non sono in condizione di affrontare la trasferta che l'impegno richiederebbe.
    [brief] Al momento non posso affrontare la trasferta.
   *[other] In questo periodo non riesco ad affrontare la trasferta.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Alla data prevista un impegno di assistenza familiare richiederà la mia presenza.
        [brief] Alla data prevista ho un impegno familiare.
       *[other] Alla data prevista devo occuparmi di un familiare che ha bisogno di me.
    }
   *[other] { $tone ->
        [formal] Le mie responsabilità di assistenza familiare richiedono attualmente tutta la mia attenzione.
        [brief] Al momento ho impegni familiari a cui dare priorità.
       *[other] In questo periodo l'assistenza a un familiare assorbe tutte le mie energie.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Desidererei qualche giorno in più per riflettere e prepararmi al meglio.
        [brief] Vorrei qualche giorno in più per riflettere.
       *[other] Vorrei qualche giorno in più per riflettere e prepararmi bene.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Ho scelto di orientarmi verso realtà più in linea con ciò che cerco in questa fase della mia carriera.
        [brief] Ho scelto di orientarmi verso realtà diverse.
       *[other] Ho scelto di orientarmi verso realtà più vicine a ciò che cerco in questa fase.
    }
}
engagement-company-fit = { $tone ->
    [formal] Sto limitando i miei impegni a quelli strettamente legati alle mie priorità attuali.
    [brief] Mi sto concentrando su poche priorità.
   *[other] Sto riservando le mie energie agli impegni più vicini alle mie priorità attuali.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Prima di procedere desidererei approfondire il perimetro dell'incarico.
        [brief] Vorrei prima approfondire il perimetro dell'incarico.
       *[other] Prima di procedere vorrei capire meglio il perimetro dell'incarico.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Sono alla ricerca di un incarico con responsabilità più vicine al mio livello di seniority.
        [brief] Cerco un incarico di livello più senior.
       *[other] Cerco un incarico che rispecchi meglio il mio livello di seniority.
    }
}
engagement-overqualified = { $tone ->
    [formal] In questa fase privilegio incarichi più in linea con il mio attuale livello di responsabilità.
    [brief] Mi sto concentrando su impegni di livello diverso.
   *[other] Al momento privilegio incarichi più vicini al mio attuale livello di responsabilità.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Nelle prossime settimane ho una serie di scadenze che non mi permetterebbero di prepararmi come vorrei.
        [brief] Le prossime settimane sono già piene.
       *[other] Le prossime settimane sono piuttosto piene, e vorrei prepararmi con calma.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Gli impegni in corso non mi consentirebbero di portare avanti questo percorso con l'attenzione che merita.
        [brief] Non potrei portare avanti questo percorso con l'attenzione che merita.
       *[other] Gli impegni attuali non mi permetterebbero di portare avanti questo percorso con l'attenzione che merita.
    }
}
engagement-bandwidth = { $tone ->
    [formal] { $scenario ->
        [media_interview] Gli impegni già assunti non mi lascerebbero il tempo di prepararmi adeguatamente.
       *[other] Gli impegni già assunti non mi consentirebbero di occuparmene con la cura necessaria.
    }
    [brief] { $scenario ->
        [media_interview] Al momento non ho la disponibilità necessaria.
        [speaking_engagement] Al momento non riuscirei a prepararmi con la dovuta cura.
       *[other] Al momento non riuscirei a dedicarmici con la dovuta cura.
    }
   *[other] { $scenario ->
        [academic_invitation] Gli impegni che ho già preso non mi permetterebbero di occuparmene con la cura che merita.
       *[other] Gli impegni che ho già preso non mi consentirebbero di prepararmi adeguatamente.
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Desidererei un po' più di tempo per prepararmi, poiché l'argomento esula in parte dal mio ambito abituale.
        [brief] Vorrei un po' più di tempo per prepararmi.
       *[other] Vorrei un po' più di tempo per prepararmi, perché l'argomento è leggermente fuori dal mio ambito abituale.
    }
    [media_interview] { $tone ->
        [formal] { $invitation ->
            [article] L'argomento esula dal mio ambito di competenza e ai lettori sarebbe più utile il parere di chi se ne occupa direttamente.
            [comment] L'argomento esula dal mio ambito di competenza e ai lettori sarebbe più utile il parere di chi se ne occupa direttamente.
            [podcast] L'argomento esula dal mio ambito di competenza e agli ascoltatori sarebbe più utile la voce di chi se ne occupa direttamente.
           *[other] L'argomento esula dal mio ambito di competenza e la parola spetta a chi se ne occupa direttamente.
        }
        [brief] L'argomento esula dal mio ambito di competenza.
       *[other] { $invitation ->
            [article] L'argomento è al di fuori del mio ambito di competenza e i lettori troverebbero più utile il punto di vista di uno specialista.
            [comment] L'argomento è al di fuori del mio ambito di competenza e i lettori troverebbero più utile il punto di vista di uno specialista.
            [podcast] L'argomento è al di fuori del mio ambito di competenza e gli ascoltatori troverebbero più utile sentire uno specialista.
           *[other] L'argomento è al di fuori del mio ambito di competenza e c'è chi potrebbe parlarne meglio di me.
        }
    }
    [speaking_engagement] { $tone ->
        [formal] L'argomento esula dal mio ambito di competenza e il pubblico merita di ascoltare chi se ne occupa ogni giorno.
        [brief] L'argomento esula dal mio ambito di competenza.
       *[other] L'argomento è al di fuori del mio ambito di competenza e il pubblico merita qualcuno che se ne occupi ogni giorno.
    }
    [academic_invitation] { $has-topic ->
        [true] { academic-outside-topic }
       *[false] { $invitation ->
            [committee] { academic-outside-board }
            [program_committee] { academic-outside-board }
            [editorial_board] { academic-outside-board }
           *[other] { academic-outside-topic }
        }
    }
   *[other] { $tone ->
        [formal] Le competenze richieste esulano dall'ambito in cui posso offrire l'apporto più significativo.
        [brief] Le competenze richieste esulano dal mio ambito principale.
       *[other] Le competenze richieste sono al di fuori dell'ambito in cui posso dare il meglio.
    }
}
academic-outside-board = { $tone ->
    [formal] L'ambito di questo incarico è lontano dalla mia ricerca e altri potrebbero offrire un apporto più qualificato.
    [brief] L'ambito dell'incarico è lontano dalla mia ricerca.
   *[other] L'ambito di questo incarico è lontano dalla mia ricerca e altri saprebbero occuparsene meglio di me.
}
academic-outside-topic = { $tone ->
    [formal] { academic-outside-subject } esula dal mio ambito di ricerca e chi lavora in quel settore potrebbe offrire un apporto più qualificato.
    [brief] { academic-outside-subject } esula dal mio ambito di ricerca.
   *[other] { academic-outside-subject } è lontano dal mio ambito di ricerca e chi lo studia da vicino saprebbe occuparsene meglio.
}
# Ciò di cui si parla, anche quando la lettera non ha nominato il tema: «L'argomento della tesi».
academic-outside-subject = { $invitation ->
    [examiner] L'argomento della tesi
    [peer_review] Il tema del manoscritto
   *[other] L'argomento
}
