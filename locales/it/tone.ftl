### Che cosa dicono i rilievi di tono. Per ogni regola: il valore è la descrizione della regola,
### `.message` dice che cosa non va, `.suggestion` che cosa scrivere invece. I casi di una
### regola possono avere un proprio messaggio di suggerimento. Esempi tra «virgolette basse».

tone-negative-language = Formulazioni colpevolizzanti o sprezzanti
    .message = Così il motivo ricade su chi legge, e il messaggio può risultare sprezzante o arrogante.
    .suggestion = Meglio descrivere ciò che si cerca anziché ciò che manca all'altra parte, ad esempio: «Sto dando priorità a ruoli più in linea con il mio attuale percorso.»
tone-negative-language-pay = Presentarlo come una propria aspettativa: «In questa fase della mia carriera cerco una posizione più in linea con le mie aspettative economiche.»
tone-negative-language-offer = Dirlo senza confronti: «Ho accettato un'altra opportunità, più in linea con i miei obiettivi attuali.»
tone-negative-language-dismissive = Parlare delle proprie priorità: «Sto dando priorità a ruoli in linea con il mio attuale percorso» suona ponderato, non sprezzante.

tone-presumptuous-fit = Decidere da soli che non c'è sintonia
    .message = Dire che «non è adatto» suona presuntuoso: anche l'altra parte ha voce in capitolo.
    .suggestion = Parlare della propria direzione: «Ho deciso di concentrarmi su ruoli più in linea con i miei obiettivi attuali.»

tone-too-busy = Troppi impegni
    .message = «Sono troppo impegnato/a» può far pensare a una cattiva gestione del tempo o a una scarsa considerazione per chi legge.
    .suggestion = Nominare l'impegno: «Gli impegni attuali non mi consentirebbero di dedicare a questo l'attenzione che merita.»

tone-noncommittal = Risposta evasiva
    .message = «Magari un'altra volta» lascia la questione in sospeso senza una vera risposta.
    .suggestion = Chiudere con chiarezza, poi offrire qualcosa di concreto: «Sarei felice di restare in contatto per future opportunità.»

tone-criticism = Critiche all'organizzazione
    .message = Citare campanelli d'allarme come la cultura aziendale, il turnover o le recensioni brucia i ponti e apre a discussioni.
    .suggestion = Mantenere un motivo generico: «Ho deciso di orientarmi verso opportunità più in linea con il mio attuale percorso.»

tone-oversharing = Troppi dettagli
    .message = Il messaggio spiega i propri motivi più di quanto serva a chi legge.
    .suggestion = Basta un motivo breve: «Ho deciso di accettare un'altra opportunità, in linea con il mio percorso attuale.»

tone-too-short = Troppo breve
    .message = Un messaggio di meno di tre frasi può risultare brusco o sbrigativo.
    .suggestion = Ringraziare, dare un motivo breve e aggiungere una frase rivolta al futuro.

tone-too-long = Troppo lungo
    .message = Più di cinque frasi: un rifiuto arriva meglio quando è breve.
    .suggestion = Restare tra tre e cinque frasi, togliendo le spiegazioni che non servono a chi legge.

tone-missing-gratitude = Nessun ringraziamento
    .message = Il messaggio non ringrazia chi legge per il tempo dedicato o per l'opportunità.
    .suggestion = Aprire con un ringraziamento: «La ringrazio per aver preso in considerazione la mia candidatura e per il tempo che mi ha dedicato.»

tone-missing-door-open = Nessuna porta aperta
    .message = Nessuna frase guarda al futuro, quindi il messaggio può sembrare la fine del rapporto.
    .suggestion = Aggiungere una frase rivolta al futuro: «Mi farebbe piacere restare in contatto, e spero che le nostre strade si incrocino di nuovo.»
