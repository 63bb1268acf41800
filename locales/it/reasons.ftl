### Motivi: una frase ciascuno, sempre sulla direzione o sulle priorità di chi scrive, mai una
### colpa di chi legge. Le formulazioni cambiano per le selezioni (job_interview,
### clarification_reply, stay_in_touch), per gli inviti (media_interview, speaking_engagement,
### academic_invitation) e per uno spostamento (reschedule), dove il motivo spiega i tempi.
### `company_fit` non nomina mai un problema. Nessun aggettivo o participio che concordi con
### il genere di chi scrive.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ho appena assunto un nuovo incarico e le mie prime settimane sono interamente occupate.
        [brief] Ho appena iniziato un nuovo lavoro.
       *[other] Ho appena iniziato un nuovo lavoro e le prime settimane sono già tutte occupate.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Ho recentemente accettato un altro incarico, in linea con i miei attuali obiettivi professionali.
        [brief] Ho accettato un'altra proposta.
       *[other] Ho accettato da poco un'altra proposta, molto in linea con i miei obiettivi attuali.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Ho da poco assunto un nuovo incarico e, in questa fase di inserimento, preferisco mantenere libera la mia agenda.
    [brief] Ho appena iniziato un nuovo lavoro e per ora limito gli impegni esterni.
   *[other] Ho da poco iniziato un nuovo lavoro e, in questa fase di inserimento, preferisco non assumere altri impegni.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mi trovo in una fase particolarmente intensa di un progetto e desidero dedicare alla nostra conversazione tutta l'attenzione necessaria.
        [brief] Sto attraversando una fase di progetto molto intensa.
       *[other] Sono nel pieno di una fase di progetto impegnativa e vorrei dedicare alla nostra conversazione tutta l'attenzione che merita.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Attualmente sto orientando la mia ricerca verso ruoli che valorizzino più direttamente le mie competenze principali.
        [brief] Sto orientando la mia ricerca in un'altra direzione.
       *[other] Al momento sto cercando ruoli che valorizzino più direttamente le mie competenze principali.
    }
}
engagement-career-focus = { $tone ->
    [formal] In questo periodo sto concentrando il mio tempo su un numero ristretto di progetti prioritari.
    [brief] In questo periodo mi dedico a pochi progetti prioritari.
   *[other] In questo periodo sto dedicando il mio tempo a pochi progetti prioritari.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Prima del nostro incontro desidererei chiarire alcuni aspetti relativi alle mie condizioni.
        [brief] Vorrei prima chiarire le mie condizioni.
       *[other] Prima di sentirci vorrei chiarire alcuni aspetti relativi alle mie condizioni.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] In questa fase della mia carriera cerco una posizione più in linea con le mie aspettative economiche.
        [brief] Cerco una posizione più vicina alle mie aspettative economiche.
       *[other] In questa fase cerco una posizione più in linea con le mie aspettative economiche.
    }
}
engagement-compensation = { $tone ->
    [formal] Al momento accetto esclusivamente incarichi compatibili con le mie condizioni professionali.
    [brief] Al momento accetto solo incarichi alle mie consuete condizioni.
   *[other] In questo periodo accetto solo incarichi compatibili con le mie condizioni professionali.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mi trovo in prossimità di una scadenza di progetto e desidero poter dedicare al nostro incontro la massima concentrazione.
        [brief] Ho una scadenza di progetto imminente.
       *[other] Sono alle prese con una scadenza di progetto e vorrei poter dedicare al nostro incontro tutta la mia attenzione.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Dopo aver valutato i miei impegni attuali, ho concluso che questo non è il momento giusto per un cambiamento.
        [brief] Non è il momento giusto per un cambiamento.
       *[other] Riflettendo sui miei impegni, ho capito che questo non è il momento giusto per cambiare lavoro.
    }
}
engagement-timing = { $tone ->
    [formal] Il periodo coincide con impegni che ho già assunto.
    [brief] Il periodo si sovrappone a impegni già presi.
   *[other] Il periodo coincide con impegni che avevo già preso.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] I miei impegni di viaggio coincidono con la data inizialmente proposta.
        [brief] Alla data prevista sarò in viaggio.
       *[other] I miei spostamenti di lavoro si sovrappongono alla data di cui avevamo parlato.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Sto dando priorità a posizioni con sede e orari compatibili con la mia situazione attuale.
        [brief] Sto privilegiando ruoli con sede e orari più comodi per me.
       *[other] Sto dando la precedenza a ruoli con una sede e degli orari compatibili con la mia situazione attuale.
    }
}
engagement-logistics = { $tone ->
    [formal] Al momento non mi è possibile organizzare gli spostamenti e gli impegni di agenda che l'incarico richiede.
    [brief] Al momento non riesco a organizzare il viaggio necessario.
   *[other] In questo periodo non riesco a organizzare gli spostamenti e i tempi che l'impegno richiederebbe.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] In quel periodo un impegno di assistenza familiare richiederà la mia presenza.
        [brief] In quei giorni ho un impegno di assistenza familiare.
       *[other] In quel periodo un impegno di assistenza familiare richiede la mia attenzione.
    }
   *[other] { $tone ->
        [formal] Le mie responsabilità di assistenza familiare richiedono attualmente tutta la mia attenzione.
        [brief] Al momento ho impegni di assistenza familiare a cui dare priorità.
       *[other] In questo momento le mie responsabilità di assistenza familiare richiedono la mia presenza, e desidero dedicare loro tutta la mia attenzione.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Desidererei un po' più di tempo per riflettere, così da rendere il nostro incontro il più proficuo possibile.
        [brief] Vorrei un po' più di tempo per riflettere.
       *[other] Vorrei avere un po' più di tempo per riflettere, così che il nostro incontro sia il più utile possibile.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Ho deciso di orientarmi verso opportunità più in linea con il mio attuale percorso professionale.
        [brief] Ho scelto di seguire una direzione diversa.
       *[other] Ho deciso di dedicarmi a opportunità più in linea con la direzione che sto prendendo.
    }
}
engagement-company-fit = { $tone ->
    [formal] Sto limitando i miei impegni a quelli strettamente in linea con le mie priorità attuali.
    [brief] Mi sto concentrando su poche priorità.
   *[other] Sto riservando il mio tempo agli impegni più in linea con le mie priorità attuali.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Prima del nostro incontro desidererei un po' di tempo per valutare come il perimetro del ruolo si rapporti alla mia esperienza.
        [brief] Vorrei prima approfondire il perimetro del ruolo.
       *[other] Prima di sentirci vorrei prendermi un po' di tempo per capire come il ruolo si collochi rispetto alla mia esperienza.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Sono alla ricerca di un ruolo che valorizzi appieno l'ampiezza della mia esperienza.
        [brief] Cerco un ruolo di livello diverso.
       *[other] Cerco un ruolo che mi permetta di mettere a frutto tutta la mia esperienza.
    }
}
engagement-overqualified = { $tone ->
    [formal] In questa fase privilegio incarichi più in linea con il mio ruolo attuale.
    [brief] Mi sto concentrando su impegni di livello diverso.
   *[other] Al momento privilegio incarichi più in linea con il mio ruolo attuale.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] I miei impegni nelle prossime settimane sono considerevoli e desidero dedicare a questo incontro l'attenzione che merita.
        [brief] Le prossime settimane sono già interamente occupate.
       *[other] Nelle prossime settimane ho molti impegni e vorrei dedicare a questo incontro l'attenzione che merita.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Gli impegni attuali non mi consentirebbero di dedicare a questo processo di selezione l'attenzione che merita.
        [brief] Non potrei dedicare a questa selezione l'attenzione che merita.
       *[other] Gli impegni attuali non mi lascerebbero lo spazio per dedicare a questa selezione l'attenzione che merita.
    }
}
engagement-bandwidth = { $tone ->
    [formal] Gli impegni già assunti non mi consentirebbero di dedicarvi il tempo e la cura che l'invito merita.
    [brief] Non riuscirei a dedicarvi il tempo necessario.
   *[other] Gli impegni attuali non mi lascerebbero il tempo da dedicarvi come l'invito merita.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Desidererei del tempo per prepararmi adeguatamente, poiché l'argomento esula in parte dal mio ambito abituale.
        [brief] Vorrei del tempo per prepararmi bene.
       *[other] Vorrei un po' di tempo per prepararmi bene, perché l'argomento è leggermente al di fuori del mio ambito abituale.
    }
    [media_interview] { $tone ->
        [formal] L'argomento esula dalle mie competenze principali e il pubblico merita un parere più specialistico.
        [brief] L'argomento esula dalle mie competenze principali.
       *[other] L'argomento è al di fuori delle mie competenze principali e il pubblico merita una voce più vicina al tema.
    }
    [speaking_engagement] { $tone ->
        [formal] L'argomento esula dalle mie competenze principali e il pubblico merita un intervento più specialistico.
        [brief] L'argomento esula dalle mie competenze principali.
       *[other] L'argomento è al di fuori delle mie competenze principali e il pubblico merita una voce più vicina al tema.
    }
    [academic_invitation] { $tone ->
        [formal] L'argomento esula dal mio ambito di ricerca e merita il contributo di una figura più specializzata.
        [brief] L'argomento esula dal mio ambito di ricerca.
       *[other] L'argomento è al di fuori del mio ambito di ricerca, e una persona più vicina al tema saprebbe valutarlo meglio.
    }
   *[other] { $tone ->
        [formal] Riflettendoci, ritengo che il ruolo esuli dall'ambito in cui posso offrire il contributo più significativo.
        [brief] Il ruolo è al di fuori del mio ambito principale.
       *[other] Riflettendoci, il ruolo è al di fuori dell'ambito in cui posso dare il contributo migliore.
    }
}
