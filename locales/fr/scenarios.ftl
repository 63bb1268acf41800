### Les phrases de chaque scénario : objet, remerciements (avec ou sans détail à saluer),
### décision, et une phrase de clôture qui garde la porte ouverte ($stay-in-touch) ou formule
### simplement des vœux. Vouvoiement partout ; le ton formel suit les usages de la lettre ;
### le ton bref est plus court mais chaleureux ; le ton ferme ne laisse aucun doute sur le
### refus. Seules les phrases de porte ouverte parlent d’avenir (rester en contact, futures
### occasions) ; seules les phrases « -detail » saluent un point précis (j’ai apprécié,
### j’admire, plaisir à découvrir).

## job_interview

# « ma candidature pour le poste … » ; au dernier tour : « ma candidature, jusqu’à l’entretien final, pour le poste … ».
candidacy-for = { $invitation ->
    [final_round] ma candidature, jusqu’à la dernière étape, pour { role-phrase }
   *[other] ma candidature pour { role-phrase }
}

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
    [formal] Je vous remercie de l’intérêt que vous avez porté à { candidacy-for }, ainsi que du temps que vous y avez consacré.
    [firm] Je vous remercie d’avoir examiné { candidacy-for } et pour le temps que vous y avez consacré.
    [brief] Merci d’avoir examiné { candidacy-for }.
   *[warm] Merci beaucoup d’avoir examiné { candidacy-for } et pour tout le temps que vous y avez consacré.
}

job-interview-thanks-detail = { $tone ->
    [formal] Je vous remercie de l’intérêt que vous avez porté à { candidacy-for } ; j’ai tout particulièrement apprécié { $detail }.
    [firm] Je vous remercie d’avoir examiné { candidacy-for } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci d’avoir examiné { candidacy-for } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup d’avoir examiné { candidacy-for } ; j’ai sincèrement apprécié { $detail }.
}

# « … avant l’entretien de présélection », « … avant l’entretien final », ou rien.
withdrawal-stage = { $invitation ->
    [screening_call] {" "}avant l’entretien de présélection
    [interview] {" "}avant l’entretien
    [final_round] {" "}avant l’entretien final
   *[other] {""}
}

job-interview-decision = { $tone ->
    [formal] Après mûre réflexion, j’ai décidé de retirer ma candidature{ withdrawal-stage }.
    [firm] J’ai décidé de retirer ma candidature{ withdrawal-stage }, et cette décision est définitive.
    [brief] J’ai décidé de retirer ma candidature{ withdrawal-stage }.
   *[warm] Après y avoir longuement réfléchi, j’ai décidé de me retirer du processus de recrutement{ withdrawal-stage }.
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

# « votre émission sur le télétravail (Le Quotidien) », « votre article (Le Quotidien) »,
# « votre sujet » (sans type précisé). Avec un programme ou une série nommé par l’appelant
# (`event`) : « votre émission « C ce soir » sur le télétravail (France 5) », « votre podcast
# « Les Pieds sur terre » ». Le média reste entre parenthèses : « pour Université de Lyon »
# voudrait un article que nous ne connaissons pas.
piece-phrase = { $has-event ->
    [true] { programme-piece }{ subject-clause }
   *[false] { $has-topic ->
        [true] { piece-noun } sur { $topic }
       *[false] { piece-noun }
    }
}{ media-outlet }

# Le programme ou la série, entre guillemets après un nom à nous ; jamais « article » pour
# une émission ou un podcast.
programme-piece = { $invitation ->
    [broadcast] votre émission « { $event } »
    [podcast] votre podcast « { $event } »
    [article] votre article dans « { $event } »
    [comment] un commentaire dans « { $event } »
   *[other] votre sujet dans « { $event } »
}

# « (Le Quotidien) », ou rien.
media-outlet = { $has-organization ->
    [true] {" "}({ $organization })
   *[false] {""}
}

# Après « Je vous remercie de » : la demande, sans « votre invitation à … votre émission ».
media-request = { $invitation ->
    [comment] votre demande de commentaire{ $has-event ->
        [true] {" "}pour « { $event } »
       *[false] {""}
    }{ subject-clause }{ media-outlet }
    [broadcast] l’invitation à intervenir dans { piece-phrase }
    [podcast] l’invitation à intervenir dans { piece-phrase }
    [article] votre demande d’interview pour { piece-phrase }
   *[other] l’invitation à contribuer à { piece-phrase }
}

# Ce qu’on ne fera pas : « y participer », ou pour un commentaire « vous donner mon point de vue ».
media-decline = { $invitation ->
    [comment] vous donner mon point de vue sur ce sujet
    [article] répondre à vos questions
   *[other] y participer
}

# Ce que prépare la ou le journaliste, selon le type de sollicitation.
piece-noun = { $invitation ->
    [article] votre article
    [broadcast] votre émission
    [podcast] votre épisode de podcast
    [comment] un commentaire
   *[other] votre sujet
}

# Le même, une fois nommé : « je vous souhaite plein succès pour cette émission ».
piece-noun-again = { $invitation ->
    [article] cet article
    [broadcast] cette émission
    [podcast] cet épisode
   *[other] votre travail
}

# En objet : « Votre émission sur le télétravail ».
piece-noun-subject = { $invitation ->
    [article] Votre article
    [broadcast] Votre émission
    [podcast] Votre épisode de podcast
    [comment] Votre demande de commentaire
   *[other] Votre sujet
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { $invitation ->
            [comment] Votre demande de commentaire sur { $topic }
           *[other] Votre demande d’interview sur { $topic }
        }
       *[other] { piece-noun-subject } sur { $topic }
    }
   *[false] { $invitation ->
        [comment] Votre demande de commentaire
       *[other] Votre demande d’interview
    }
}

media-interview-thanks = { $tone ->
    [formal] Je vous remercie de { media-request } ; c’est un honneur que vous ayez pensé à moi.
    [firm] Je vous remercie d’avoir pensé à moi pour { piece-phrase }.
    [brief] Merci d’avoir pensé à moi pour { piece-phrase }.
   *[warm] Merci beaucoup pour { media-request } ; c’est un plaisir que vous ayez pensé à moi.
}

media-interview-thanks-detail = { $tone ->
    [formal] Je vous remercie de { media-request } ; j’admire depuis longtemps { $detail }.
    [firm] Je vous remercie d’avoir pensé à moi pour { piece-phrase } ; j’admire { $detail }.
    [brief] Merci d’avoir pensé à moi pour { piece-phrase } ; j’admire { $detail }.
   *[warm] Merci beaucoup pour { media-request } ; j’admire depuis longtemps { $detail }.
}

media-interview-decision = { $tone ->
    [formal] À mon grand regret, je ne suis pas en mesure { $invitation ->
        [comment] de vous donner mon point de vue sur ce sujet
        [article] de répondre à vos questions
       *[other] d’y participer
    }.
    [firm] { $invitation ->
        [comment] Je ne donnerai pas suite à votre demande de commentaire, et je préfère vous le dire dès maintenant pour faciliter votre organisation.
       *[other] Je ne participerai pas à cette interview, et je préfère vous le dire dès maintenant pour faciliter votre organisation.
    }
    [brief] Je ne pourrai malheureusement pas { media-decline }.
   *[warm] Je ne pourrai hélas pas { media-decline } cette fois-ci.
}

media-interview-door-open = { $tone ->
    [formal] Je me tiens volontiers à votre disposition pour de futurs sujets, et je vous souhaite plein succès pour { piece-noun-again }.
    [firm] J’aurai plaisir à rester en contact pour de futurs sujets, et je vous souhaite le meilleur pour { piece-noun-again }.
    [brief] Au plaisir d’échanger sur de futurs sujets, et bonne chance pour { piece-noun-again }.
   *[warm] J’aurais grand plaisir à échanger avec vous sur de futurs sujets, et je vous souhaite le meilleur pour { piece-noun-again }.
}

media-interview-closing = { $tone ->
    [formal] Je vous souhaite plein succès pour { piece-noun-again }.
    [firm] Je vous souhaite le meilleur pour { piece-noun-again }.
    [brief] Bonne chance pour { piece-noun-again }.
   *[warm] Je vous souhaite tout le meilleur pour { piece-noun-again }.
}

## speaking_engagement

# « l’événement « Design Summit 2027 » (Acme) », « l’événement organisé par Acme », « votre
# événement » : le nom en apposition, entre guillemets, après « lors de l’événement » (jamais
# « à Design Summit », qui ne peut ni contracter ni recevoir d’article).
event-phrase = { $has-event ->
    [true] l’événement « { $event } »{ at-organization }
   *[false] { $has-organization ->
        [true] votre événement ({ $organization })
       *[false] votre événement
    }
}

topic-clause = { $has-topic ->
    [true] {" "}sur { $topic }
   *[false] {""}
}

# Ce qu’on demande à l’intervenante ou à l’intervenant, selon le type d’invitation.
speaking-activity = { $invitation ->
    [talk] donner une conférence
    [keynote] donner la conférence plénière
    [panel] participer à la table ronde
    [workshop] animer un atelier
    [webinar] animer un webinaire
   *[other] intervenir
}

# L’invitation avec son cadre : « donner la conférence plénière sur … lors de l’événement « … » » ;
# un webinaire n’a pas lieu « lors d’un événement » : « animer le webinaire « … » (Acme) sur … ».
speaking-ask-topic = { $invitation ->
    [webinar] { webinar-ask }{ topic-clause }
   *[other] { speaking-activity }{ topic-clause } lors de { event-phrase }
}

speaking-ask = { $invitation ->
    [webinar] { webinar-ask }
   *[other] { speaking-activity } lors de { event-phrase }
}

webinar-ask = { $has-event ->
    [true] animer le webinaire « { $event } »{ at-organization }
   *[false] animer un webinaire{ org-only }
}

# « un très bel événement » ; pour un webinaire, « un excellent webinaire ».
event-wish = { $invitation ->
    [webinar] un excellent webinaire
   *[other] un très bel événement
}

event-again = { $invitation ->
    [webinar] ce webinaire
   *[other] cet événement
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Votre invitation à { speaking-activity } : { $event }
        [firm] { $invitation ->
            [webinar] Je ne pourrai pas animer le webinaire « { $event } »
           *[other] Je ne pourrai pas { speaking-activity } lors de l’événement « { $event } »
        }
        [brief] { $event } : invitation à { speaking-activity }
       *[warm] Merci pour votre invitation : { $event }
    }
   *[false] { $tone ->
        [formal] Votre invitation à { speaking-activity }
        [firm] Je ne pourrai pas donner suite à votre invitation
        [brief] Votre invitation à { speaking-activity }
       *[warm] Merci pour votre invitation à { speaking-activity }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à { speaking-ask-topic }.
    [firm] Je vous remercie de votre invitation à { speaking-ask-topic }.
    [brief] Merci de votre invitation à { speaking-ask }.
   *[warm] Merci beaucoup de votre invitation à { speaking-ask-topic } ; cette marque de confiance me touche sincèrement.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à { speaking-ask-topic } ; j’ai beaucoup apprécié { $detail }.
    [firm] Je vous remercie de votre invitation à { speaking-ask } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci de votre invitation à { speaking-activity } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup de votre invitation à { speaking-ask-topic } ; j’ai sincèrement apprécié { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Après mûre réflexion, je suis au regret de devoir décliner.
    [firm] J’ai décidé de ne pas y donner suite, et je préfère vous en informer dès maintenant pour que vous puissiez organiser le programme.
    [brief] Je dois malheureusement décliner.
   *[warm] Après avoir examiné attentivement mon agenda, j’ai le regret de devoir décliner.
}

speaking-engagement-door-open = { $tone ->
    [formal] Ce serait un plaisir de contribuer à l’un de vos prochains événements, et je vous souhaite plein succès pour celui que vous préparez.
    [firm] N’hésitez pas à me faire part de vos prochains événements, et je vous souhaite un franc succès pour celui que vous préparez.
    [brief] Au plaisir de futures invitations ; je vous souhaite { event-wish }.
   *[warm] J’aurais grand plaisir à en reparler pour une prochaine occasion, et je vous souhaite { event-wish }.
}

speaking-engagement-closing = { $tone ->
    [formal] Je vous souhaite plein succès pour { event-again }.
    [firm] Je vous souhaite un franc succès pour { event-again }.
    [brief] Je vous souhaite { event-wish }.
   *[warm] Je vous souhaite { event-wish }.
}

## academic_invitation

# Sans type précisé : « pour « Colloque 2027 » (Université X) », « à participer aux travaux
# menés par Université X », « à participer à vos travaux » (ni « événement » ni « initiative »,
# qui ne conviennent pas à un comité ou à une revue).
invitation-phrase = { $has-event ->
    [true] pour « { $event } »{ at-organization }
   *[false] { $has-organization ->
        [true] à participer à vos travaux ({ $organization })
       *[false] à contribuer à votre projet
    }
}

# « pour « Journal of Applied Logic » (Université X) » : le nom entre guillemets après « pour »,
# qui ne se contracte pas ; ou rien.
for-event = { $has-event ->
    [true] {" "}pour « { $event } »{ at-organization }
   *[false] { org-only }
}

# Un manuscrit est évalué « pour la revue « … » (Éditions X) ».
for-journal = { $has-event ->
    [true] {" "}pour la revue « { $event } »{ at-organization }
   *[false] { org-only }
}

# Sans nom d’événement : « pour Université X », ou rien.
org-only = { $has-organization ->
    [true] {" "}({ $organization })
   *[false] {""}
}

# Un comité nommé par l’appelant (« Comité de suivi individuel ») : « à siéger au sein de
# l’instance « … » », jamais « au comité pour « Comité … » ».
committee-task = { $has-event ->
    [true] à siéger au sein de l’instance « { $event } »{ at-organization }
   *[false] à siéger au comité{ org-only }
}

# Ce qu’on demande à l’universitaire, selon le type d’invitation, introduit par « invitation » :
# « à évaluer un manuscrit pour « … » », « à siéger au jury de thèse « … » ».
academic-task = { $invitation ->
    [peer_review] à évaluer un manuscrit{ for-journal }
    [editorial_board] à rejoindre le comité de rédaction{ of-journal }
    [committee] { committee-task }
    [guest_lecture] à donner une conférence{ for-event }
    [program_committee] à siéger au comité de programme{ for-event }
    [examiner] à siéger au jury{ thesis-name }
   *[other] { invitation-phrase }
}

# Le même avec le sujet, dans les tons qui le nomment : « à évaluer un manuscrit sur le
# télétravail pour « … » ».
academic-task-on-topic = { $invitation ->
    [peer_review] à évaluer un manuscrit{ subject-clause }{ for-journal }
    [editorial_board] à rejoindre le comité de rédaction{ of-journal }
    [committee] { $has-event ->
        [true] à siéger au sein de l’instance « { $event } »{ subject-clause }{ at-organization }
       *[false] à siéger au comité{ subject-clause }{ org-only }
    }
    [guest_lecture] à donner une conférence{ subject-clause }{ for-event }
    [program_committee] à siéger au comité de programme{ for-event }
    [examiner] à siéger au jury{ thesis-name }
   *[other] { invitation-phrase }{ subject-clause }
}

# « de la revue « … » (Éditions X) », ou rien.
of-journal = { $has-event ->
    [true] {" "}de la revue « { $event } »{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}de votre revue ({ $organization })
       *[false] {""}
    }
}

# Le jury en apposition : « au jury de thèse « … » (Université X) ».
thesis-name = { $has-event ->
    [true] {" "}de la thèse « { $event } »{ at-organization }
   *[false] {" "}de thèse{ org-only }
}

# L’invitation, nommée en objet.
academic-invitation-noun = { $invitation ->
    [peer_review] Demande d’évaluation d’un manuscrit
    [editorial_board] Invitation à rejoindre le comité de rédaction
    [committee] Invitation à siéger au comité
    [guest_lecture] Invitation à donner une conférence
    [program_committee] Invitation au comité de programme
    [examiner] Invitation au jury de thèse
   *[other] Votre invitation
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-invitation-noun } : { $event }
        [firm] Je ne pourrai pas donner suite à votre invitation : { $event }
        [brief] { academic-invitation-noun } : { $event }
       *[warm] Merci pour votre invitation : { $event }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Votre aimable invitation
           *[other] { academic-invitation-noun }
        }
        [firm] Je ne pourrai pas donner suite à votre invitation
        [brief] { academic-invitation-noun }
       *[warm] { $invitation ->
            [peer_review] Merci pour votre demande d’évaluation
            [editorial_board] Merci pour votre invitation au comité de rédaction
            [committee] Merci pour votre invitation à siéger au comité
            [guest_lecture] Merci pour votre invitation à donner une conférence
            [program_committee] Merci pour votre invitation au comité de programme
            [examiner] Merci pour votre invitation au jury de thèse
           *[other] Merci pour votre aimable invitation
        }
    }
}

# « sur le télétravail », ou rien
subject-clause = { $has-topic ->
    [true] {" "}sur { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] Je vous remercie de votre aimable invitation { academic-task-on-topic } ; j’y suis très sensible.
    [firm] Je vous remercie de votre invitation { academic-task }.
    [brief] Merci de votre invitation { academic-task }.
   *[warm] Merci pour votre aimable invitation { academic-task-on-topic } ; cette marque de confiance me touche sincèrement.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre aimable invitation { academic-task } ; je tiens à saluer { $detail }.
    [firm] Je vous remercie de votre invitation { academic-task } ; je salue { $detail }.
    [brief] Merci de votre invitation ; j’admire { $detail }.
   *[warm] Merci pour votre aimable invitation { academic-task } ; j’admire depuis longtemps { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] Après mûre réflexion, je suis au regret de devoir décliner.
    [firm] J’ai décidé de ne pas y donner suite, et je tiens à vous donner une réponse claire dès maintenant.
    [brief] Je dois malheureusement décliner.
   *[warm] J’y ai longuement réfléchi et je dois, à regret, décliner.
}

academic-invitation-door-open = { $tone ->
    [formal] Il me serait agréable de rester en contact, et j’espère pouvoir contribuer à vos futurs travaux.
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
    [formal] Je vous remercie de votre invitation { meeting-invitation } ; je m’en réjouis sincèrement.
    [firm] Je vous remercie de votre invitation { meeting-invitation }.
    [brief] Merci pour votre invitation { meeting-invitation }.
   *[warm] Merci beaucoup pour votre invitation { meeting-invitation } ; je m’en réjouis vraiment.
}

reschedule-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre invitation { meeting-invitation } ; j’ai beaucoup apprécié { $detail }.
    [firm] Je vous remercie de votre invitation { meeting-invitation } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci pour votre invitation ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup pour votre invitation { meeting-invitation } ; j’ai sincèrement apprécié { $detail }.
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
        [formal] Il me serait agréable de rester en contact, et je forme tous mes vœux de réussite pour votre équipe ({ $organization }).
        [firm] Même si cette opportunité n’était pas la bonne étape pour moi, j’aurai plaisir à rester en contact et à suivre les progrès de votre équipe ({ $organization }).
        [brief] Restons en contact, et tous mes vœux de réussite à votre équipe ({ $organization }) !
       *[warm] J’aimerais beaucoup rester en contact et voir votre équipe ({ $organization }) continuer à grandir.
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
