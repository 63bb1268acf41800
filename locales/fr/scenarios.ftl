### Les phrases de chaque scénario : objet, remerciements (avec ou sans détail à saluer),
### décision, et une phrase de clôture qui garde la porte ouverte ($stay-in-touch) ou formule
### simplement des vœux. Vouvoiement partout ; le ton formel suit les usages de la lettre ;
### le ton bref est plus court mais chaleureux ; le ton ferme ne laisse aucun doute sur le
### refus. Seules les phrases de porte ouverte parlent d’avenir (rester en contact, futures
### occasions) ; seules les phrases « -detail » saluent un point précis (j’ai apprécié,
### j’admire, plaisir à découvrir).

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Retrait de ma candidature au poste « { $position } »
       *[false] Retrait de ma candidature
    }
    [firm] { $has-position ->
        [true] Je retire ma candidature au poste « { $position } »
       *[false] Je retire ma candidature
    }
    [brief] { $has-position ->
        [true] { $position } : retrait de ma candidature
       *[false] Retrait de ma candidature
    }
   *[warm] { $has-position ->
        [true] Poste « { $position } » : merci pour votre intérêt
       *[false] Merci pour votre intérêt
    }
}

job-interview-thanks = { $tone ->
    [formal] Je vous remercie de l’intérêt que vous avez porté à ma candidature pour { role-phrase }, ainsi que du temps que vous y avez consacré.
    [firm] Je vous remercie d’avoir examiné ma candidature pour { role-phrase } et pour le temps que vous y avez consacré.
    [brief] Merci d’avoir examiné ma candidature pour { role-phrase }.
   *[warm] Merci beaucoup d’avoir examiné ma candidature pour { role-phrase } et pour tout le temps que vous y avez consacré.
}

job-interview-thanks-detail = { $tone ->
    [formal] Je vous remercie de l’intérêt que vous avez porté à ma candidature pour { role-phrase } ; j’ai tout particulièrement apprécié { $detail }.
    [firm] Je vous remercie d’avoir examiné ma candidature pour { role-phrase } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci d’avoir examiné ma candidature pour { role-phrase } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup d’avoir examiné ma candidature pour { role-phrase } ; j’ai sincèrement apprécié { $detail }.
}

job-interview-decision = { $tone ->
    [formal] Après mûre réflexion, j’ai décidé de retirer ma candidature.
    [firm] J’ai décidé de retirer ma candidature, et cette décision est définitive.
    [brief] J’ai décidé de retirer ma candidature.
   *[warm] Après y avoir longuement réfléchi, j’ai décidé de me retirer du processus de recrutement.
}

job-interview-door-open = { $tone ->
    [formal] Il me serait agréable de rester en contact avec vous, et je vous souhaite plein succès dans votre recherche.
    [firm] J’aurai plaisir à rester en contact en vue de futures opportunités, et je vous souhaite de pourvoir rapidement ce poste.
    [brief] Restons en contact ; je vous souhaite le meilleur.
   *[warm] J’aimerais beaucoup que nous restions en contact, et je vous souhaite de trouver la personne idéale pour ce poste.
}

job-interview-closing = { $tone ->
    [formal] Je vous souhaite plein succès dans votre recherche.
    [firm] Je vous souhaite de pourvoir rapidement ce poste.
    [brief] Je vous souhaite le meilleur.
   *[warm] Je vous souhaite de trouver la personne idéale pour ce poste.
}

## media_interview

# « votre article sur le télétravail pour Le Quotidien », « votre article pour Le Quotidien », « votre article »
piece-phrase = { $has-topic ->
    [true] votre article sur { $topic }
   *[false] votre article
}{ $has-organization ->
    [true] {" "}pour { $organization }
   *[false] {""}
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] Votre demande d’interview sur { $topic }
       *[other] Votre article sur { $topic }
    }
   *[false] Votre demande d’interview
}

media-interview-thanks = { $tone ->
    [formal] Je vous remercie de votre invitation à contribuer à { piece-phrase } ; c’est un honneur que vous ayez pensé à moi.
    [firm] Je vous remercie d’avoir pensé à moi pour { piece-phrase }.
    [brief] Merci d’avoir pensé à moi pour { piece-phrase }.
   *[warm] Merci beaucoup pour votre message concernant { piece-phrase } ; c’est un plaisir que vous ayez pensé à moi.
}

media-interview-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre invitation à contribuer à { piece-phrase } ; j’admire depuis longtemps { $detail }.
    [firm] Je vous remercie d’avoir pensé à moi pour { piece-phrase } ; j’admire { $detail }.
    [brief] Merci d’avoir pensé à moi ; j’admire { $detail }.
   *[warm] Merci beaucoup pour votre message concernant { piece-phrase } ; j’admire depuis longtemps { $detail }.
}

media-interview-decision = { $tone ->
    [formal] À mon grand regret, je ne suis pas en mesure d’y participer.
    [firm] Je ne participerai pas à cette interview, et je préfère vous le dire dès maintenant pour faciliter votre organisation.
    [brief] Je ne pourrai malheureusement pas y participer.
   *[warm] Malheureusement, je ne pourrai pas y participer cette fois-ci.
}

media-interview-door-open = { $tone ->
    [formal] Je me tiens volontiers à votre disposition pour de futurs sujets, et je vous souhaite plein succès pour cet article.
    [firm] J’aurai plaisir à rester en contact pour de futurs sujets, et je vous souhaite le meilleur pour cet article.
    [brief] Au plaisir d’échanger sur de futurs sujets, et bonne chance pour l’article.
   *[warm] J’aurais grand plaisir à échanger avec vous à l’avenir, lorsque le calendrier s’y prêtera mieux, et je vous souhaite le meilleur pour cet article.
}

media-interview-closing = { $tone ->
    [formal] Je vous souhaite plein succès pour cet article.
    [firm] Je vous souhaite le meilleur pour cet article.
    [brief] Bonne chance pour l’article.
   *[warm] Je vous souhaite tout le meilleur pour cet article.
}

## speaking_engagement

# « Design Summit 2027 (Acme) », « l’événement organisé par Acme », « votre événement »
event-phrase = { $has-event ->
    [true] { $event }{ at-organization }
   *[false] { $has-organization ->
        [true] l’événement organisé par { $organization }
       *[false] votre événement
    }
}

topic-clause = { $has-topic ->
    [true] {" "}sur { $topic }
   *[false] {""}
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Votre invitation à intervenir à { $event }
        [firm] Je ne pourrai pas intervenir à { $event }
        [brief] { $event } : invitation à intervenir
       *[warm] Merci pour votre invitation à { $event }
    }
   *[false] { $tone ->
        [formal] Votre invitation à intervenir
        [firm] Je ne pourrai pas donner suite à votre invitation
        [brief] Votre invitation à intervenir
       *[warm] Merci pour votre invitation à intervenir
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à intervenir à { event-phrase }{ topic-clause }.
    [firm] Je vous remercie de votre invitation à intervenir à { event-phrase }{ topic-clause }.
    [brief] Merci de votre invitation à intervenir à { event-phrase }.
   *[warm] Merci beaucoup de votre invitation à intervenir à { event-phrase }{ topic-clause } ; cette marque de confiance me touche sincèrement.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à intervenir à { event-phrase }{ topic-clause } ; j’ai beaucoup apprécié { $detail }.
    [firm] Je vous remercie de votre invitation à intervenir à { event-phrase } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci de votre invitation ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup de votre invitation à intervenir à { event-phrase }{ topic-clause } ; j’ai sincèrement apprécié { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Après mûre réflexion, je suis au regret de devoir décliner.
    [firm] J’ai décidé de ne pas y donner suite, et je préfère vous en informer dès maintenant pour que vous puissiez organiser le programme.
    [brief] Je vais devoir décliner.
   *[warm] Après avoir examiné attentivement mon agenda, j’ai le regret de devoir décliner.
}

speaking-engagement-door-open = { $tone ->
    [formal] Ce serait un plaisir de contribuer à l’un de vos prochains événements, et je vous souhaite plein succès pour celui que vous préparez.
    [firm] N’hésitez pas à me faire part de vos prochains événements, et je vous souhaite un franc succès pour celui que vous préparez.
    [brief] Au plaisir de futures invitations ; je vous souhaite un très bel événement.
   *[warm] J’aurais plaisir à en reparler pour une prochaine occasion, lorsque mon agenda le permettra, et je vous souhaite un très bel événement.
}

speaking-engagement-closing = { $tone ->
    [formal] Je vous souhaite plein succès pour cet événement.
    [firm] Je vous souhaite un franc succès pour cet événement.
    [brief] Je vous souhaite un très bel événement.
   *[warm] Je vous souhaite un événement très réussi.
}

## academic_invitation

invitation-phrase = { $has-event ->
    [true] { $event }{ at-organization }
   *[false] { $has-organization ->
        [true] cette initiative portée par { $organization }
       *[false] cette initiative
    }
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] Votre invitation : { $event }
        [firm] Je ne pourrai pas participer à { $event }
        [brief] { $event }
       *[warm] Merci pour votre invitation à { $event }
    }
   *[false] { $tone ->
        [formal] Votre aimable invitation
        [firm] Je ne pourrai pas donner suite à votre invitation
        [brief] Votre invitation
       *[warm] Merci pour votre aimable invitation
    }
}

# « sur le télétravail », ou rien
subject-clause = { $has-topic ->
    [true] {" "}sur { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à participer à { invitation-phrase }{ subject-clause } ; j’y suis très sensible.
    [firm] Je vous remercie de votre invitation à participer à { invitation-phrase }.
    [brief] Merci de votre invitation à participer à { invitation-phrase }.
   *[warm] Merci pour votre aimable invitation à participer à { invitation-phrase }{ subject-clause } ; cette marque de confiance me touche sincèrement.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à participer à { invitation-phrase } ; j’admire depuis longtemps { $detail }.
    [firm] Je vous remercie de votre invitation à participer à { invitation-phrase } ; j’admire depuis longtemps { $detail }.
    [brief] Merci de votre invitation ; j’admire { $detail }.
   *[warm] Merci pour votre aimable invitation à participer à { invitation-phrase } ; j’admire depuis longtemps { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] Après mûre réflexion, je suis au regret de devoir décliner.
    [firm] J’ai décidé de ne pas y donner suite, et je tiens à vous donner une réponse claire dès maintenant.
    [brief] Je dois malheureusement décliner.
   *[warm] J’y ai longuement réfléchi et dois, à regret, décliner.
}

academic-invitation-door-open = { $tone ->
    [formal] Il me serait agréable de rester en contact, et j’espère pouvoir contribuer à vos travaux futurs.
    [firm] J’aurai plaisir à rester en contact en vue de futures collaborations.
    [brief] Au plaisir de rester en contact.
   *[warm] J’aurais grand plaisir à rester en contact, et j’espère que nous aurons l’occasion de collaborer à l’avenir.
}

academic-invitation-closing = { $tone ->
    [formal] Je vous souhaite plein succès dans la conduite de vos travaux.
    [firm] Je vous souhaite plein succès.
    [brief] Tous mes vœux de réussite.
   *[warm] Je vous souhaite beaucoup de succès dans ce beau projet.
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Demande de report : { meeting-phrase }
    [firm] Proposition de report : { meeting-phrase }
    [brief] Un nouvel horaire pour { meeting-phrase } ?
   *[warm] Un autre créneau pour { meeting-phrase } ?
}

reschedule-thanks = { $tone ->
    [formal] Je vous remercie de votre invitation à { meeting-phrase } ; je m’en réjouis sincèrement.
    [firm] Je vous remercie de votre invitation à { meeting-phrase }.
    [brief] Merci pour votre invitation à { meeting-phrase }.
   *[warm] Merci beaucoup pour votre invitation à { meeting-phrase } ; je m’en réjouis vraiment.
}

reschedule-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre invitation à { meeting-phrase } ; j’ai beaucoup apprécié { $detail }.
    [firm] Je vous remercie de votre invitation à { meeting-phrase } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci pour votre invitation ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup pour votre invitation à { meeting-phrase } ; j’ai sincèrement apprécié { $detail }.
}

# Sans préposition devant la date : « par exemple début du mois prochain », « par exemple mardi ».
reschedule-proposal = { $tone ->
    [formal] Serait-il possible de convenir d’un autre créneau, par exemple { $proposed-time } ?
    [firm] Je vous propose un nouveau créneau : { $proposed-time }.
    [brief] Pourrions-nous trouver un autre créneau, { $proposed-time } par exemple ?
   *[warm] Seriez-vous d’accord pour trouver un autre créneau, par exemple { $proposed-time } ?
}

reschedule-door-open = { $tone ->
    [formal] Si cela n’était pas possible, je le comprendrais parfaitement, et j’aurais plaisir à rester en contact quoi qu’il en soit.
    [firm] Si ce n’est pas possible, je le comprendrai, et j’aurai plaisir à rester en contact dans tous les cas.
    [brief] Sinon, aucun souci ; restons en contact.
   *[warm] Si cela ne vous convient pas, je le comprendrai tout à fait, et j’aurai plaisir à rester en contact dans tous les cas.
}

reschedule-closing = { $tone ->
    [formal] Si cela n’était pas possible, je le comprendrais parfaitement et vous remercie en tout état de cause de votre invitation.
    [firm] Si ce n’est pas possible, je le comprendrai et vous remercie quoi qu’il en soit de votre invitation.
    [brief] Sinon, je comprendrai tout à fait.
   *[warm] Si cela ne vous convient pas, je le comprendrai tout à fait, et je vous remercie encore de votre invitation.
}

## clarification_reply : l’interlocuteur a demandé si quelque chose pouvait faire changer d’avis.

clarification-reply-subject = { $tone ->
    [formal] Réponse à votre aimable message
    [firm] { $has-position ->
        [true] Ma décision concernant le poste « { $position } »
       *[false] Ma décision
    }
    [brief] Merci pour votre retour
   *[warm] Merci pour votre message
}

clarification-reply-thanks = { $tone ->
    [formal] Je vous remercie de votre message et de votre ouverture à d’éventuels ajustements.
    [firm] Je vous remercie de votre message et de votre proposition d’ajuster certains éléments.
    [brief] Merci pour votre message.
   *[warm] Merci beaucoup pour votre message et d’avoir pris la peine de me demander si quelque chose pouvait évoluer ; j’y suis très sensible.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre message ; j’ai tout particulièrement apprécié { $detail }, et je vous sais gré de votre ouverture à d’éventuels ajustements.
    [firm] Je vous remercie de votre message ; j’ai beaucoup apprécié { $detail }, ainsi que votre proposition.
    [brief] Merci pour votre message ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup pour votre message ; j’ai sincèrement apprécié { $detail }, et je suis très sensible à votre démarche.
}

clarification-reply-decision = { $tone ->
    [formal] Après plus ample réflexion, j’ai décidé de maintenir ma décision concernant { role-phrase }.
    [firm] Ma décision concernant { role-phrase } est définitive, et il n’y a rien à ajuster de votre côté.
    [brief] Ma décision reste inchangée.
   *[warm] J’y ai bien réfléchi, et ma décision concernant { role-phrase } reste la même.
}

# Sans préposition devant la date : « reprendre cette conversation l’an prochain ».
clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Il me serait agréable de reprendre cette conversation { $proposed-time }, et je vous remercie de votre compréhension.
        [firm] Si une nouvelle opportunité se présente { $proposed-time }, j’aurai plaisir à en entendre parler.
        [brief] Au plaisir d’en reparler { $proposed-time }.
       *[warm] J’aimerais beaucoup reprendre cette conversation { $proposed-time }, et je vous remercie de votre compréhension.
    }
   *[false] { $tone ->
        [formal] Je vous remercie de votre compréhension et souhaiterais que nous restions en contact.
        [firm] Je vous remercie de votre compréhension, et j’aurai plaisir à rester en contact en vue de futures opportunités.
        [brief] Merci de votre compréhension ; restons en contact.
       *[warm] Merci beaucoup de votre compréhension ; j’aimerais beaucoup que nous restions en contact.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Si ma situation venait à évoluer { $proposed-time }, je ne manquerais pas de revenir vers vous.
        [firm] Si ma situation évolue { $proposed-time }, je reviendrai vers vous.
        [brief] Si les choses évoluent { $proposed-time }, je reviendrai vers vous.
       *[warm] Si ma situation évolue { $proposed-time }, je ne manquerai pas de revenir vers vous.
    }
   *[false] { $tone ->
        [formal] Je vous remercie encore de votre compréhension.
        [firm] Je vous remercie de votre compréhension.
        [brief] Merci de votre compréhension.
       *[warm] Merci encore de votre compréhension.
    }
}

## stay_in_touch : un mot bref après un refus.

conversation-phrase = { $has-topic ->
    [true] notre échange sur { $topic }
   *[false] { $has-position ->
        [true] notre échange sur { role-phrase }
       *[false] notre récent échange
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Rester en contact
    [brief] Restons en contact
   *[other] Garder le contact
}

stay-in-touch-thanks = { $tone ->
    [formal] Je vous remercie encore de { conversation-phrase } et du temps que vous m’avez accordé.
    [firm] Je vous remercie encore pour { conversation-phrase }.
    [brief] Merci encore pour { conversation-phrase }.
   *[warm] Merci encore pour { conversation-phrase }, qui m’a beaucoup plu, et pour le temps que vous m’avez consacré.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] Je vous remercie encore de { conversation-phrase } ; j’ai pris un grand intérêt à découvrir { $detail }.
    [firm] Je vous remercie encore pour { conversation-phrase } ; j’ai eu plaisir à découvrir { $detail }.
    [brief] Merci encore pour { conversation-phrase } ; j’ai eu plaisir à découvrir { $detail }.
   *[warm] Merci encore pour { conversation-phrase } ; j’ai pris beaucoup de plaisir à découvrir { $detail }.
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] Il me serait agréable de rester en contact tandis que { $organization } poursuit son développement.
        [firm] Même si ce poste n’était pas la bonne étape pour moi, j’aurai plaisir à rester en contact tandis que { $organization } se développe.
        [brief] Restons en contact, et belle croissance à { $organization } !
       *[warm] J’aimerais beaucoup rester en contact et voir { $organization } continuer à grandir.
    }
   *[false] { $tone ->
        [formal] Il me serait agréable de rester en contact.
        [firm] Même si ce poste n’était pas la bonne étape pour moi, j’aurai plaisir à rester en contact.
        [brief] Restons en contact.
       *[warm] J’aimerais beaucoup rester en contact.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] N’hésitez pas à me contacter si je puis vous être utile de quelque manière que ce soit.
    [firm] N’hésitez pas à me contacter à tout moment.
    [brief] Au plaisir de prendre un café un de ces jours.
   *[warm] N’hésitez pas à me faire signe si vous souhaitez prendre un café.
}
