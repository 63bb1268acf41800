### Les phrases de chaque scénario : objet, remerciements (avec ou sans détail à saluer),
### décision, et une phrase de clôture qui garde la porte ouverte ($stay-in-touch) ou formule
### simplement des vœux. Vouvoiement partout ; le ton formel suit les usages de la lettre ;
### le ton bref est plus court mais chaleureux ; le ton ferme ne laisse aucun doute sur le
### refus. Seules les phrases de porte ouverte parlent d’avenir (rester en contact, futures
### occasions) ; seules les phrases « -detail » saluent un point précis (j’ai apprécié,
### j’admire, plaisir à découvrir).

## job_interview

# « ma candidature au poste « … » (Acme) » ; le dernier tour est dit par la décision.
candidacy-for = { $has-position ->
    [true] ma candidature au poste { job-title }{ at-employer }
   *[false] { $has-organization ->
        [true] ma candidature au poste à pourvoir{ at-employer }
       *[false] ma candidature à ce poste
    }
}

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Retrait de ma candidature au poste { job-title }
       *[false] Retrait de ma candidature
    }
    [firm] { $has-position ->
        [true] Poste { job-title } : retrait de ma candidature
       *[false] Retrait de ma candidature
    }
    [brief] { $has-position ->
        [true] { $position } : retrait de ma candidature
       *[false] Retrait de ma candidature
    }
   *[warm] { $has-position ->
        [true] Ma candidature au poste { job-title }
       *[false] Ma candidature
    }
}

job-interview-thanks = { $tone ->
    [formal] Je vous remercie de l’intérêt que vous avez porté à { candidacy-for }, ainsi que du temps que vous y avez consacré.
    [firm] Je vous remercie de l’attention portée à { candidacy-for }, ainsi que du temps que vous y avez consacré.
    [brief] Merci d’avoir examiné { candidacy-for }.
   *[warm] Merci beaucoup de l’attention que vous avez accordée à { candidacy-for } et du temps que vous m’avez consacré.
}

job-interview-thanks-detail = { $tone ->
    [formal] Je vous remercie de l’intérêt que vous avez porté à { candidacy-for } ; j’ai tout particulièrement apprécié { $detail }.
    [firm] Je vous remercie d’avoir examiné { candidacy-for } ; j’ai apprécié { $detail }.
    [brief] Merci d’avoir examiné { candidacy-for } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup de l’attention que vous avez accordée à { candidacy-for } ; j’ai sincèrement apprécié { $detail }.
}

# « … avant l’entretien de présélection », « … avant l’entretien final », ou rien.
withdrawal-stage = { $invitation ->
    [screening_call] {" "}et ne pas donner suite à l’entretien de présélection prévu
    [interview] {" "}et ne pas donner suite à l’entretien prévu
    [final_round] {" "}et ne pas donner suite à l’entretien final prévu
   *[other] {""}
}

# fix13 : la même suite, au présent (« Je me retire … et ne donnerai pas suite à … »).
withdrawal-stage-finite = { $invitation ->
    [screening_call] {" "}et ne donnerai pas suite à l’entretien de présélection prévu
    [interview] {" "}et ne donnerai pas suite à l’entretien prévu
    [final_round] {" "}et ne donnerai pas suite à l’entretien final prévu
   *[other] {""}
}

job-interview-decision = { $tone ->
    [formal] { $reason ->
        [accepted_offer] J’ai toutefois décidé de me retirer de la procédure de recrutement{ withdrawal-stage }.
       *[other] Après mûre réflexion, j’ai décidé de me retirer de la procédure de recrutement{ withdrawal-stage }.
    }
    [firm] Je me retire de la procédure de recrutement{ withdrawal-stage-finite } ; je préfère vous le faire savoir sans attendre.
    [brief] Je me retire toutefois de la procédure de recrutement{ withdrawal-stage-finite }.
   *[warm] { $reason ->
        [accepted_offer] Je souhaite toutefois me retirer de la procédure de recrutement{ withdrawal-stage }.
       *[other] Après y avoir longuement réfléchi, j’ai toutefois décidé de me retirer de la procédure de recrutement{ withdrawal-stage }.
    }
}

job-interview-door-open = { $tone ->
    [formal] J’aurais plaisir à rester en contact avec vous, et je vous souhaite de trouver sans tarder la personne idéale.
    [firm] N’hésitez pas à penser à moi pour de futures occasions ; je vous souhaite de trouver rapidement le bon profil.
    [brief] Restons en contact, et bonne continuation !
   *[warm] J’aimerais beaucoup que nous restions en contact, et je vous souhaite de trouver la personne idéale.
}

job-interview-closing = { $tone ->
    [formal] Je vous souhaite de trouver sans tarder la personne idéale.
    [firm] Je vous souhaite de trouver rapidement le bon profil.
    [brief] Je vous souhaite une bonne continuation.
   *[warm] Je vous souhaite de trouver la personne idéale.
}

## media_interview

# « votre émission sur le télétravail (Le Quotidien) », « votre article (Le Quotidien) »,
# « votre sujet » (sans type précisé). Avec un programme ou une série nommé par l’appelant
# (`event`) : « votre émission « C ce soir » sur le télétravail (France 5) », « votre podcast
# « Les Pieds sur terre » ». Le média reste entre parenthèses : « pour Université de Lyon »
# voudrait un article que nous ne connaissons pas.
piece-phrase = { $invitation ->
    [broadcast] { piece-phrase-outlet-first }
    [podcast] { piece-phrase-outlet-first }
   *[other] { $has-event ->
        [true] { programme-piece }{ subject-clause }
       *[false] { $has-topic ->
            [true] { piece-noun } { on-topic }
           *[false] { piece-noun }
        }
    }{ media-outlet }
}

# Une émission ou un podcast : la station avant le sujet (« votre émission de BFM Business sur
# l’inflation »), jamais « … sur les vaccins à ARN de France Culture ».
piece-phrase-outlet-first = { $has-event ->
    [true] { programme-piece }{ media-outlet }{ subject-clause }
   *[false] { $invitation ->
        [podcast] { $has-organization ->
            [true] un épisode de « { $organization } »{ topic-on }
           *[false] { piece-noun }{ topic-on }
        }
       *[other] { $has-topic ->
            [true] { piece-noun }{ topic-on }{ aired-on }
           *[false] { piece-noun }{ on-outlet }
        }
    }
}

topic-on = { $has-topic ->
    [true] {" "}{ on-topic }
   *[false] {""}
}

# « votre émission sur l’histoire de la médecine, diffusée sur France Culture » (jamais
# « émission de France Culture »).
aired-on = { $has-organization ->
    [true] { $organization-shape ->
        [plain] , diffusée sur { $organization }
        [article] , diffusée sur { $organization }
        [kind-first] { $organization-gender ->
            [masculine] , diffusée sur le { $organization }
            [feminine] , diffusée sur la { $organization }
            [elided-masculine] , diffusée sur l’{ $organization }
            [elided-feminine] , diffusée sur l’{ $organization }
            [plural-masculine] , diffusée sur les { $organization }
            [plural-feminine] , diffusée sur les { $organization }
           *[other] {" "}({ $organization })
        }
       *[other] {" "}({ $organization })
    }
   *[false] {""}
}

# Le programme ou la série, entre guillemets après un nom à nous ; jamais « article » pour
# une émission ou un podcast.
programme-piece = { $invitation ->
    [broadcast] votre émission « { $event } »
    [podcast] votre podcast « { $event } »
    [article] votre article dans « { $event } »
    [comment] un commentaire dans « { $event } »
   *[other] votre sujet dans « { $event } »
}

# « (Le Quotidien) », ou rien ; un article ou un commentaire paraît « dans Les Échos », « dans
# la Revue XXI » (pas « pour un commentaire … pour Le Monde »).
media-outlet = { $invitation ->
    [article] { outlet-after-event }
    [comment] { for-organization }
    [broadcast] { $has-topic ->
        [true] { from-outlet }
       *[false] { on-outlet }
    }
    [podcast] { $has-topic ->
        [true] { from-outlet }
       *[false] { on-outlet }
    }
   *[other] { outlet-after-event }
}

# Après un programme nommé (« pour « Le Monde des livres » »), le média entre parenthèses, pour
# ne pas répéter « pour » (« … pour « X » sur … pour Le Parisien »).
outlet-after-event = { $has-event ->
    [true] { $has-organization ->
        [true] { $event-names-organization ->
            [true] {""}
           *[false] {" "}({ $organization })
        }
       *[false] {""}
    }
   *[false] { for-organization }
}


# Après « Je vous remercie de » : la demande, sans « votre invitation à … votre émission ».
media-request = { $invitation ->
    [comment] votre demande de commentaire{ $has-event ->
        [true] {" "}pour « { $event } »
       *[false] {""}
    }{ subject-clause }{ media-outlet }
    [broadcast] m’avoir proposé d’intervenir dans { piece-phrase }
    [podcast] m’avoir proposé d’intervenir dans { piece-phrase }
    [article] votre demande d’interview en vue de { article-piece }
   *[other] votre demande d’interview{ $has-event ->
        [true] {" "}pour « { $event } »
       *[false] {""}
    }{ subject-clause }{ media-outlet }
}

# « l’article que vous préparez sur le télétravail (Le Quotidien) » (pas « votre demande … pour
# votre article »).
article-piece = { $has-event ->
    [true] l’article que vous préparez pour « { $event } »{ subject-clause }
   *[false] l’article que vous préparez{ subject-clause }
}{ media-outlet }

# Ce qu’on ne fera pas : « y participer », ou pour un commentaire « vous donner mon point de vue ».
media-decline = { $invitation ->
    [comment] vous donner mon point de vue sur cette question
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
    [comment] votre article
   *[other] votre travail
}

# En objet : « Votre émission sur le télétravail ».
# Un vœu pour la suite, selon ce que prépare la ou le journaliste.
piece-wish = { $invitation ->
    [article] bonne continuation dans la préparation de cet article
    [broadcast] plein succès pour cette émission
    [podcast] un excellent épisode
   *[other] bonne continuation dans votre travail
}
piece-wish-brief = { $invitation ->
    [broadcast] très bonne émission
    [podcast] très bon épisode
   *[other] bonne continuation
}

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
            [comment] Votre demande de commentaire { on-topic }
           *[other] Votre demande d’interview { on-topic }
        }
       *[other] { piece-noun-subject } { on-topic }
    }
   *[false] { $invitation ->
        [comment] Votre demande de commentaire
       *[other] Votre demande d’interview
    }
}

media-interview-thanks = { $tone ->
    [formal] Je vous remercie vivement de { media-request }.
    [firm] Je vous remercie de votre prise de contact concernant { piece-phrase }.
    [brief] Merci de { media-request }.
   *[warm] Merci beaucoup de { media-request } ; c’est très aimable à vous d’avoir pensé à moi.
}

media-interview-thanks-detail = { $tone ->
    [formal] Je vous remercie de { media-request } ; j’ai particulièrement apprécié { $detail }.
    [firm] Je vous remercie de votre prise de contact concernant { piece-phrase } ; j’ai apprécié { $detail }.
    [brief] Merci de { media-request } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup de { media-request } ; j’ai sincèrement apprécié { $detail }.
}

media-interview-decision = { $tone ->
    [formal] À mon grand regret, je ne suis pas en mesure { $invitation ->
        [comment] de vous donner mon point de vue sur cette question
        [article] de répondre à vos questions
       *[other] d’y participer
    }.
    [firm] { $invitation ->
        [comment] Je ne m’exprimerai pas sur ce point ; je vous le fais savoir dès maintenant afin que vous puissiez solliciter quelqu’un d’autre.
        [article] Je ne donnerai pas suite à cette demande d’interview ; je vous le fais savoir dès maintenant afin que vous puissiez solliciter quelqu’un d’autre.
        [broadcast] Je n’y participerai pas ; je vous le fais savoir dès maintenant afin que vous puissiez solliciter quelqu’un d’autre.
        [podcast] Je n’y participerai pas ; je vous le fais savoir dès maintenant afin que vous puissiez solliciter quelqu’un d’autre.
       *[other] Je ne participerai pas à cette interview ; je vous le fais savoir dès maintenant afin que vous puissiez solliciter quelqu’un d’autre.
    }
    [brief] Je ne pourrai malheureusement pas { media-decline }.
   *[warm] Je ne pourrai hélas pas { media-decline } cette fois-ci.
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Je reste à votre disposition pour de futurs sujets plus proches de mon domaine, et je vous souhaite plein succès pour { piece-noun-again }.
        [firm] N’hésitez pas à penser à moi pour de futurs sujets plus proches de mon domaine.
        [brief] Au plaisir d’échanger sur un prochain sujet plus proche de mon domaine !
       *[warm] J’aurais grand plaisir à échanger avec vous sur un sujet plus proche de mon domaine, et je vous souhaite { piece-wish }.
    }
   *[other] { $tone ->
        [formal] Je reste volontiers à votre disposition pour de futurs sujets, et je vous souhaite plein succès pour { piece-noun-again }.
        [firm] N’hésitez pas à penser à moi pour de futurs sujets.
        [brief] Au plaisir d’échanger sur un prochain sujet, et { piece-wish-brief } !
       *[warm] Je répondrai avec plaisir à une prochaine invitation, et je vous souhaite { piece-wish }.
    }
}

media-interview-closing = { $tone ->
    [formal] Je vous souhaite plein succès pour { piece-noun-again }.
    [firm] Je vous souhaite un franc succès pour { piece-noun-again }.
    [brief] Et { piece-wish-brief } !
   *[warm] Je vous souhaite { piece-wish }.
}

## speaking_engagement

# « l’événement « Design Summit 2027 » (Acme) », « l’événement organisé par Acme », « votre
# événement » : le nom en apposition, entre guillemets, après « lors de l’événement » (jamais
# « à Design Summit », qui ne peut ni contracter ni recevoir d’article).
event-phrase = { $has-event ->
    [true] l’événement « { $event } »{ at-organization }
   *[false] { $has-organization ->
        [true] { $organization-shape ->
                [plain] l’événement organisé par { $organization }
                [article] l’événement organisé par { $organization }
                [kind-first] { $organization-gender ->
                    [masculine] l’événement organisé par le { $organization }
                    [feminine] l’événement organisé par la { $organization }
                    [elided-masculine] l’événement organisé par l’{ $organization }
                    [elided-feminine] l’événement organisé par l’{ $organization }
                    [plural-masculine] l’événement organisé par les { $organization }
                    [plural-feminine] l’événement organisé par les { $organization }
                   *[other] votre événement ({ $organization })
                }
               *[other] votre événement ({ $organization })
            }
       *[false] votre événement
    }
}

# « à VivaTech 2027 (Acme) » pour un nom simple ; sinon « lors de l’événement « … » ».
event-at = { $has-event ->
    [true] { $event-shape ->
        [plain] à { $event }{ at-organization }
        [article] pendant { $event }{ at-organization }
        [kind-first] { $event-gender ->
            [masculine] lors du { $event }{ at-organization }
            [feminine] lors de la { $event }{ at-organization }
            [elided-masculine] lors de l’{ $event }{ at-organization }
            [elided-feminine] lors de l’{ $event }{ at-organization }
            [plural-masculine] lors des { $event }{ at-organization }
            [plural-feminine] lors des { $event }{ at-organization }
           *[other] lors de { event-phrase }
        }
       *[other] lors de { event-phrase }
    }
   *[false] lors de { event-phrase }
}

topic-clause = { $has-topic ->
    [true] {" "}{ on-topic }
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

# L’invitation avec son cadre : « donner la conférence plénière sur … lors de l’événement « … » » ;
# un webinaire n’a pas lieu « lors d’un événement » : « animer le webinaire « … » (Acme) sur … ».
speaking-ask-topic = { $invitation ->
    [webinar] { webinar-ask-topic }
   *[other] { speaking-activity }{ topic-clause } { event-at }
}

speaking-ask = { $invitation ->
    [webinar] { webinar-ask }
   *[other] { speaking-activity } { event-at }
}

# Un nom simple (« Rust Live ») est celui du webinaire ; un nom qui dit ce qu’il est (« Semaine
# de l’innovation », « les Journées … ») est le cadre du webinaire, accordé par [names.genders].
webinar-ask-topic = { $has-event ->
    [true] { $event-shape ->
        [plain] animer le webinaire « { $event } »{ topic-clause }{ hosted-by-m }
       *[other] animer un webinaire{ topic-clause }{ webinar-frame }{ at-organization }
    }
   *[false] animer un webinaire{ topic-clause }{ org-only }
}

webinar-ask = { $has-event ->
    [true] { $event-shape ->
        [plain] animer le webinaire « { $event } »{ hosted-by-m }
       *[other] animer un webinaire{ webinar-frame }{ at-organization }
    }
   *[false] animer un webinaire{ org-only }
}

# « un très bel événement » ; pour un webinaire, « un excellent webinaire ».
webinar-frame = { $event-shape ->
    [kind-first] { $event-gender ->
        [masculine] {" "}dans le cadre du { $event }
        [feminine] {" "}dans le cadre de la { $event }
        [elided-masculine] {" "}dans le cadre de l’{ $event }
        [elided-feminine] {" "}dans le cadre de l’{ $event }
        [plural-masculine] {" "}dans le cadre des { $event }
        [plural-feminine] {" "}dans le cadre des { $event }
       *[other] {" "}dans le cadre de l’événement « { $event } »
    }
   *[other] {" "}dans le cadre de l’événement « { $event } »
}

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
        [formal] Votre invitation à { speaking-activity }{ subject-event-at-plain }
        [firm] Ma réponse à votre invitation à { speaking-activity }{ subject-event-at-plain }
        [brief] Votre invitation à { speaking-activity }{ subject-event-at-plain }
       *[warm] Merci pour votre invitation à { speaking-activity }{ subject-event-at-plain }
    }
   *[false] { $tone ->
        [formal] Votre invitation à { speaking-activity }
        [firm] Ma réponse à votre invitation
        [brief] Votre invitation à { speaking-activity }
       *[warm] Merci pour votre invitation à { speaking-activity }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à { speaking-ask-topic }.
    [firm] Je vous remercie de votre invitation à { speaking-ask-topic }.
    [brief] Merci de votre invitation à { speaking-ask-topic }.
   *[warm] Merci beaucoup de votre invitation à { speaking-ask-topic } ; cette marque de confiance me touche sincèrement.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre aimable invitation à { speaking-ask-topic } ; j’ai beaucoup apprécié { $detail }.
    [firm] Je vous remercie de votre invitation à { speaking-ask } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci de votre invitation à { speaking-ask-topic } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup de votre invitation à { speaking-ask-topic } ; j’ai sincèrement apprécié { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Je suis au regret de devoir y renoncer.
    [firm] Je ne pourrai pas accepter, et je préfère vous en informer dès maintenant afin que vous puissiez prendre vos dispositions.
    [brief] Je ne pourrai malheureusement pas être des vôtres.
   *[warm] Malheureusement, je ne pourrai pas être des vôtres cette fois-ci.
}

speaking-engagement-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Ce serait un plaisir de contribuer à l’un de vos prochains événements sur un sujet plus proche de mon domaine ; d’ici là, je vous souhaite plein succès.
        [firm] N’hésitez pas à penser à moi pour de prochains événements sur des sujets plus proches de mon domaine.
        [brief] Au plaisir d’une prochaine invitation sur un sujet plus proche de mon domaine !
       *[warm] J’aurais grand plaisir à intervenir lors d’une prochaine édition sur un sujet plus proche de mon domaine, et je vous souhaite { event-wish }.
    }
   *[other] { $tone ->
        [formal] Ce serait un plaisir de contribuer à l’un de vos prochains événements ; d’ici là, je vous souhaite plein succès.
        [firm] N’hésitez pas à me tenir au courant de vos prochains événements.
        [brief] Au plaisir d’une prochaine invitation, et plein succès pour { event-again } !
       *[warm] J’espère pouvoir participer à une prochaine édition, et je vous souhaite { event-wish }.
    }
}

speaking-engagement-closing = { $tone ->
    [formal] Je vous souhaite plein succès pour { event-again }.
    [firm] Je vous souhaite un franc succès pour { event-again }.
    [brief] Je vous souhaite { event-wish } !
   *[warm] Je vous souhaite { event-wish }, et je suivrai avec intérêt ce qui s’y dira.
}

## academic_invitation

# Sans type précisé : « pour « Colloque 2027 » (Université X) », « à participer aux travaux
# menés par Université X », « à participer à vos travaux » (ni « événement » ni « initiative »,
# qui ne conviennent pas à un comité ou à une revue).
invitation-phrase = { $has-event ->
    [true] { $event-shape ->
        [article] pour { $event }{ at-organization }
        [plain] pour { $event }{ at-organization }
        [kind-first] { $event-gender ->
            [masculine] pour le { $event }{ at-organization }
            [feminine] pour la { $event }{ at-organization }
            [elided-masculine] pour l’{ $event }{ at-organization }
            [elided-feminine] pour l’{ $event }{ at-organization }
            [plural-masculine] pour les { $event }{ at-organization }
            [plural-feminine] pour les { $event }{ at-organization }
           *[other] pour « { $event } »{ at-organization }
        }
       *[other] pour « { $event } »{ at-organization }
    }
   *[false] { $has-organization ->
        [true] à participer à vos travaux ({ $organization })
       *[false] à contribuer à votre projet
    }
}

# « pour « Journal of Applied Logic » (Université X) » : le nom entre guillemets après « pour »,
# qui ne se contracte pas ; ou rien.
for-event = { $has-event ->
    [true] { $event-shape ->
        [article] {" "}pour { $event }{ at-organization }
        [plain] {" "}pour { $event }{ at-organization }
        [kind-first] {" "}{ $event-gender ->
            [masculine] pour le { $event }{ at-organization }
            [feminine] pour la { $event }{ at-organization }
            [elided-masculine] pour l’{ $event }{ at-organization }
            [elided-feminine] pour l’{ $event }{ at-organization }
            [plural-masculine] pour les { $event }{ at-organization }
            [plural-feminine] pour les { $event }{ at-organization }
           *[other] pour « { $event } »{ at-organization }
        }
       *[other] {" "}pour « { $event } »{ at-organization }
    }
   *[false] { org-only }
}

# Un manuscrit est évalué « pour la revue « … » (Éditions X) ».
for-journal = { $has-event ->
    [true] { $event-shape ->
        [kind-first] {" "}{ $event-gender ->
            [masculine] pour le { $event }{ published-by }
            [feminine] pour la { $event }{ published-by }
            [elided-masculine] pour l’{ $event }{ published-by }
            [elided-feminine] pour l’{ $event }{ published-by }
            [plural-masculine] pour les { $event }{ published-by }
            [plural-feminine] pour les { $event }{ published-by }
           *[other] pour « { $event } »{ published-by }
        }
        [plain] {" "}pour la revue { $event }{ published-by }
        [article] {" "}pour { $event }{ published-by }
       *[other] {" "}pour la revue « { $event } »{ published-by }
    }
   *[false] { org-only }
}

# Sans nom d’événement : « pour Université X », ou rien.
org-only = { for-organization }

# Un comité nommé par l’appelant (« Comité de suivi individuel ») : « à siéger au sein de
# l’instance « … » », jamais « au comité pour « Comité … » ».
committee-task = { $has-event ->
    [true] { $event-shape ->
        [article] à { committee-named }{ of-organization }
       *[other] à siéger { committee-named }{ at-employer }
    }
   *[false] à siéger au comité{ at-employer }
}

# « au sein du Conseil scientifique », « au sein de la Commission … » ; sinon « au sein de
# l’instance « … » ».
committee-named = { $event-shape ->
    [article] { $event-gender ->
        [defini] rejoindre { $event }
        [defini-f] rejoindre { $event }
        [defini-elide] rejoindre { $event }
       *[other] au sein de l’instance « { $event } »
    }
    [kind-first] { $event-gender ->
    [masculine] au sein du { $event }
    [comite] au sein du { $event }
    [feminine] au sein de la { $event }
    [elided-masculine] au sein de l’{ $event }
    [elided-feminine] au sein de l’{ $event }
    [plural-masculine] au sein des { $event }
    [plural-feminine] au sein des { $event }
   *[other] au sein de l’instance « { $event } »
}
   *[other] au sein de l’instance « { $event } »
}

# « la réunion du Conseil scientifique », « de la Commission … », ou « de l’instance « … » ».
meeting-of-committee = { $event-shape ->
    [kind-first] { $event-gender ->
    [masculine] du { $event }
    [comite] du { $event }
    [feminine] de la { $event }
    [elided-masculine] de l’{ $event }
    [elided-feminine] de l’{ $event }
    [plural-masculine] des { $event }
    [plural-feminine] des { $event }
   *[other] de l’instance « { $event } »
}
   *[other] de l’instance « { $event } »
}

# « du comité de programme des Journées … », sinon « de l’événement « … » ».
meeting-of-event = { $event-shape ->
    [kind-first] { $event-gender ->
    [masculine] du { $event }
    [feminine] de la { $event }
    [elided-masculine] de l’{ $event }
    [elided-feminine] de l’{ $event }
    [plural-masculine] des { $event }
    [plural-feminine] des { $event }
   *[other] de l’événement « { $event } »
}
   *[other] de l’événement « { $event } »
}

# « de la Revue française … », « du Journal … », sinon « de la revue « … » ».
meeting-of-journal = { $event-shape ->
    [kind-first] { $event-gender ->
    [masculine] du { $event }
    [feminine] de la { $event }
    [elided-masculine] de l’{ $event }
    [elided-feminine] de l’{ $event }
    [plural-masculine] des { $event }
    [plural-feminine] des { $event }
   *[other] de la revue « { $event } »
}
   *[other] de la revue « { $event } »
}

# Ce qu’on demande à l’universitaire, selon le type d’invitation, introduit par « invitation » :
# « à évaluer un manuscrit pour « … » », « à siéger au jury de thèse « … » ».
academic-task = { $invitation ->
    [peer_review] à évaluer un manuscrit{ for-journal }
    [editorial_board] à rejoindre le comité de rédaction{ of-journal }
    [committee] { committee-task }
    [guest_lecture] à donner une conférence{ lecture-at }
    [program_committee] { $event-gender ->
        [comite] à siéger au { $event }{ at-organization }
       *[other] à siéger au comité de programme{ of-program }
    }
    [examiner] à siéger au jury{ thesis-name }
   *[other] { invitation-phrase }
}

# Le même avec le sujet, dans les tons qui le nomment : « à évaluer un manuscrit sur le
# télétravail pour « … » ».
academic-task-on-topic = { $invitation ->
    [peer_review] à évaluer un manuscrit{ subject-clause }{ for-journal }
    [editorial_board] à rejoindre le comité de rédaction{ of-journal }
    [committee] { $has-event ->
        [true] { $event-shape ->
            [article] à { committee-named }{ subject-clause }{ of-organization }
           *[other] à siéger { committee-named }{ subject-clause }{ at-employer }
        }
       *[false] à siéger au comité{ subject-clause }{ at-employer }
    }
    [guest_lecture] à donner une conférence{ subject-clause }{ lecture-at }
    [program_committee] { $event-gender ->
        [comite] à siéger au { $event }{ at-organization }
       *[other] à siéger au comité de programme{ of-program }
    }
    [examiner] à siéger au jury{ thesis-name }
   *[other] { invitation-phrase }{ subject-clause }
}

# « de la revue « … » (Éditions X) », ou rien.
of-journal = { $has-event ->
    [true] { $event-shape ->
        [article] {" "}de votre revue, { $event }{ published-by }
        [kind-first] {" "}{ $event-gender ->
            [masculine] du { $event }{ published-by }
            [feminine] de la { $event }{ published-by }
            [elided-masculine] de l’{ $event }{ published-by }
            [elided-feminine] de l’{ $event }{ published-by }
            [plural-masculine] des { $event }{ published-by }
            [plural-feminine] des { $event }{ published-by }
           *[other] de la revue « { $event } »{ published-by }
        }
       *[other] {" "}de la revue « { $event } »{ published-by }
    }
   *[false] { $has-organization ->
        [true] {" "}de votre revue ({ $organization })
       *[false] {""}
    }
}

# Le jury en apposition : « au jury de thèse « … » (Université X) ».
thesis-name = { $has-event ->
    [true] { thesis-of-event }{ at-employer }
   *[false] {" "}de thèse{ at-employer }
}

# L’invitation, nommée en objet.
academic-invitation-noun = { $invitation ->
    [peer_review] Demande d’évaluation d’un manuscrit
    [editorial_board] Invitation à rejoindre le comité de rédaction
    [committee] Invitation à siéger au comité
    [guest_lecture] Invitation à donner une conférence
    [program_committee] Invitation au comité de programme
    [examiner] { $has-event ->
        [true] Invitation à siéger au jury
       *[false] Invitation au jury de thèse
    }
   *[other] Votre invitation
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] Votre invitation { academic-subject-task }
        [firm] Ma réponse à votre invitation { academic-subject-task }
        [brief] Votre invitation { academic-subject-task }
       *[warm] Merci pour votre invitation { academic-subject-task }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Votre aimable invitation
           *[other] { academic-invitation-noun }
        }
        [firm] Ma réponse à votre invitation
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

# En objet, sans l’organisme (fix11, repris de fix10, préféré par le panel) : « à évaluer un
# manuscrit pour la Revue française de sociologie », « au comité de rédaction des Annales de
# géographie », « au comité de programme JDIR 2027 » (apposition).
academic-subject-task = { $invitation ->
    [peer_review] à évaluer un manuscrit { $event-shape ->
        [kind-first] { $event-gender ->
            [masculine] pour le { $event }
            [feminine] pour la { $event }
            [elided-masculine] pour l’{ $event }
            [elided-feminine] pour l’{ $event }
            [plural-masculine] pour les { $event }
            [plural-feminine] pour les { $event }
           *[other] pour la revue « { $event } »
        }
        [plain] pour la revue { $event }
        [article] pour { $event }
       *[other] pour la revue « { $event } »
    }
    [editorial_board] au comité de rédaction { $event-shape ->
        [kind-first] { $event-gender ->
            [masculine] du { $event }
            [feminine] de la { $event }
            [elided-masculine] de l’{ $event }
            [elided-feminine] de l’{ $event }
            [plural-masculine] des { $event }
            [plural-feminine] des { $event }
           *[other] de la revue « { $event } »
        }
       *[other] de la revue « { $event } »
    }
    [program_committee] { $event-gender ->
        [comite] à siéger au { $event }
       *[other] au comité de programme { $event-shape ->
            [plain] { $event }
           *[other] { meeting-of-event }
        }
    }
    [committee] { $event-shape ->
        [article] à { committee-named }
       *[other] à siéger { committee-named }
    }
    [guest_lecture] à donner une conférence{ webinar-frame }
    [examiner] au jury{ thesis-of-event }
   *[other] { $event-shape ->
        [plain] à { $event }
       *[other] pour « { $event } »
    }
}

# En objet : « à VivaTech », « au Salon … », « aux Rencontres … » ; sinon « : les Rencontres … ».
subject-event-at-plain = { $event-shape ->
    [plain] {" "}à { $event }
    [kind-first] { $event-gender ->
        [masculine] {" "}au { $event }
        [feminine] {" "}à la { $event }
        [elided-masculine] {" "}à l’{ $event }
        [elided-feminine] {" "}à l’{ $event }
        [plural-masculine] {" "}aux { $event }
        [plural-feminine] {" "}aux { $event }
       *[other] {" "}: { $event }
    }
    [article] {" "}pendant { $event }
   *[other] {" "}: { $event }
}

# « sur le télétravail », ou rien
subject-clause = { $has-topic ->
    [true] {" "}{ on-topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] Je vous remercie de votre aimable invitation { academic-task-on-topic } ; j’y suis très sensible.
    [firm] Je vous remercie de votre invitation { academic-task }.
    [brief] Merci de votre invitation { academic-task-on-topic }.
   *[warm] Merci pour votre aimable invitation { academic-task-on-topic } ; votre confiance me touche.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre aimable invitation { academic-task } ; je tiens à saluer { $detail }.
    [firm] Je vous remercie de votre invitation { academic-task } ; je salue { $detail }.
    [brief] Merci de votre invitation { academic-task } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci pour votre aimable invitation { academic-task } ; j’ai particulièrement apprécié { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] Je ne suis malheureusement pas en mesure d’accepter.
    [firm] Je décline toutefois votre proposition, et je préfère vous en informer sans attendre.
    [brief] Je ne pourrai malheureusement pas accepter.
   *[warm] À mon grand regret, je ne pourrai pas accepter.
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] J’espère pouvoir contribuer à vos futurs travaux sous une autre forme, sur des questions plus proches de ma discipline.
        [firm] N’hésitez pas à me solliciter pour de futurs travaux plus proches de mes centres d’intérêt.
        [brief] Au plaisir de collaborer à l’avenir sur des questions plus proches de mes travaux.
       *[warm] J’espère que nous aurons l’occasion de collaborer à l’avenir sur des questions plus proches de mes travaux.
    }
   *[other] { $invitation ->
        [peer_review] { $tone ->
            [formal] N’hésitez pas à penser à moi pour une prochaine évaluation ; je vous souhaite plein succès pour la revue.
            [firm] N’hésitez pas à me solliciter pour de futurs travaux d’évaluation.
            [brief] Au plaisir de collaborer à l’avenir sur un autre manuscrit.
           *[warm] J’espère que vous n’hésiterez pas à penser à moi pour une prochaine évaluation.
        }
       *[other] { $tone ->
            [formal] J’aurais grand plaisir à collaborer avec vous à l’avenir, et je vous souhaite plein succès dans vos travaux.
            [firm] N’hésitez pas à me solliciter pour de futures collaborations.
            [brief] Au plaisir de collaborer à l’avenir.
           *[warm] J’espère sincèrement que nous aurons l’occasion de collaborer à l’avenir.
        }
    }
}

academic-invitation-closing = { $tone ->
    [formal] Je vous souhaite plein succès dans la conduite de vos travaux.
    [firm] Je vous souhaite plein succès.
    [brief] Tous mes vœux de réussite.
   *[warm] Je vous souhaite le meilleur pour la suite de vos travaux.
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Demande de report : { meeting-phrase }
    [firm] Proposition d’une nouvelle date : { meeting-phrase }
    [brief] { reschedule-subject-brief }
   *[warm] { reschedule-subject-warm }
}

# Un entretien « pour le poste … » : l’objet évite « pour l’entretien pour le poste ».
reschedule-subject-brief = { $has-event ->
    [true] Une nouvelle date pour { meeting-phrase } ?
   *[false] { $has-position ->
        [true] { $invitation ->
            [screening_call] Nouvelle date : { meeting-phrase }
            [interview] Nouvelle date : { meeting-phrase }
            [final_round] Nouvelle date : { meeting-phrase }
            [none] Nouvelle date : { meeting-phrase }
           *[other] Une nouvelle date pour { meeting-phrase } ?
        }
       *[false] Une nouvelle date pour { meeting-phrase } ?
    }
}

reschedule-subject-warm = { $has-event ->
    [true] Un autre créneau pour { meeting-phrase } ?
   *[false] { $has-position ->
        [true] { $invitation ->
            [screening_call] Entretien de présélection pour le poste { job-title } : proposition d’un autre créneau
            [interview] Entretien pour le poste { job-title } : proposition d’un autre créneau
            [final_round] Entretien final pour le poste { job-title } : proposition d’un autre créneau
            [none] Entretien pour le poste { job-title } : proposition d’un autre créneau
           *[other] Un autre créneau pour { meeting-phrase } ?
        }
       *[false] Un autre créneau pour { meeting-phrase } ?
    }
}

reschedule-thanks = { $tone ->
    [formal] Je vous remercie de votre invitation { meeting-invitation } ; j’y attache une grande importance.
    [firm] Je vous remercie de votre invitation { meeting-invitation }.
    [brief] Merci pour votre invitation { meeting-invitation }.
   *[warm] Merci beaucoup de votre invitation { meeting-invitation } ; je m’en réjouis vraiment.
}

reschedule-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre invitation { meeting-invitation } ; j’ai beaucoup apprécié { $detail }.
    [firm] Je vous remercie de votre invitation { meeting-invitation } ; j’ai beaucoup apprécié { $detail }.
    [brief] Merci pour votre invitation ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup de votre invitation { meeting-invitation } ; j’ai sincèrement apprécié { $detail }.
}

# Sans préposition devant la date (« en septembre », « fin juin », « le jeudi 14 mai ») :
# « plutôt { $proposed-time } », « reporter cela { $proposed-time } ».
reschedule-proposal = { $tone ->
    [formal] Serait-il envisageable de prévoir plutôt un créneau { $proposed-time } ?
    [firm] Je vous propose plutôt { $proposed-time }.
    [brief] Un créneau { $proposed-time } vous conviendrait-il ?
   *[warm] Pourrions-nous plutôt trouver un créneau { $proposed-time } ?
}

# Un report ne promet pas de « rester en contact » : il offre de la souplesse (s’adapter aux
# disponibilités de l’autre), ce que le checklist `door_open` reconnaît. Sans porte ouverte,
# la clôture propose de tenir la date initiale.
reschedule-door-open = { $tone ->
    [formal] Si cela ne vous convenait pas, je m’adapterais volontiers à vos disponibilités.
    [firm] Si cette date ne vous convient pas, je m’adapterai à vos disponibilités.
    [brief] Sinon, je m’adapte à vos disponibilités.
   *[warm] Si cela ne vous arrange pas, je m’adapterai volontiers à votre emploi du temps.
}

reschedule-closing = { $tone ->
    [formal] À défaut, je ferai de mon mieux pour maintenir la date initiale.
    [firm] Sinon, je ferai le nécessaire pour conserver la date initiale.
    [brief] Sinon, je m’organiserai pour garder la date prévue.
   *[warm] Si ce n’est pas possible, je ferai de mon mieux pour me libérer à la date prévue.
}

## clarification_reply : l’interlocuteur a demandé si quelque chose pouvait faire changer d’avis.

clarification-reply-subject = { $tone ->
    [formal] Réponse à votre aimable message
    [firm] { $has-position ->
        [true] Poste { job-title } : ma réponse
       *[false] Suite à votre message
    }
    [brief] Merci pour votre retour
   *[warm] Merci pour votre message
}

clarification-reply-thanks = { $tone ->
    [formal] Je vous remercie de votre message et de votre ouverture à d’éventuels ajustements.
    [firm] Je vous remercie de votre message et de votre proposition de revoir certaines conditions.
    [brief] Merci pour votre message.
   *[warm] Merci beaucoup pour votre message et d’avoir pris la peine de me demander si quelque chose pouvait évoluer.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Je vous remercie de votre message ; j’ai tout particulièrement apprécié { $detail }, et je vous sais gré de votre ouverture à d’éventuels ajustements.
    [firm] Je vous remercie de votre message ; j’ai beaucoup apprécié { $detail }, ainsi que votre proposition.
    [brief] Merci pour votre message ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci beaucoup pour votre message ; j’ai sincèrement apprécié { $detail }, et je suis très sensible à votre démarche.
}

# fix11 : pour la rémunération, la décision vaut « aux conditions actuelles » ; la raison qui suit
# peut nommer les conditions (« Concrètement, il faudrait … ») sans contredire la lettre.
clarification-reply-decision = { $reason ->
    [compensation] { $tone ->
        [formal] Après plus ample réflexion, je ne suis pas en mesure, aux conditions actuelles, de revenir sur ma position concernant { role-phrase }.
        [firm] En l’état, je maintiens toutefois ma décision concernant { role-phrase }.
        [brief] Aux conditions actuelles, ma décision reste inchangée.
       *[warm] J’y ai bien réfléchi : aux conditions actuelles, je ne peux pas revenir sur ma décision concernant { role-phrase }.
    }
   *[other] { $tone ->
        [formal] Après plus ample réflexion, je maintiens ma position concernant { role-phrase }.
        [firm] Je maintiens toutefois ma décision concernant { role-phrase } : elle est définitive.
        [brief] Ma décision reste inchangée.
       *[warm] J’y ai bien réfléchi, et ma décision concernant { role-phrase } reste la même.
    }
}

# Sans préposition devant la date : « reprendre cette conversation l’an prochain ».
clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Il me serait agréable de reprendre cette conversation { $proposed-time }, et je vous remercie de votre compréhension.
        [firm] Si une nouvelle occasion se présente { $proposed-time }, j’aurai plaisir à en entendre parler.
        [brief] Au plaisir d’en reparler { $proposed-time }.
       *[warm] J’aimerais beaucoup reprendre cette conversation { $proposed-time }, et je vous remercie de votre compréhension.
    }
   *[false] { $tone ->
        [formal] Avec mes remerciements pour votre compréhension, j’espère que nos chemins se recroiseront.
        [firm] Merci de votre compréhension ; n’hésitez pas à penser à moi pour de futurs recrutements.
        [brief] Restons en contact, et bonne continuation !
       *[warm] J’aimerais vraiment que nous restions en contact, et je vous remercie de votre compréhension.
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
        [formal] Je vous remercie par avance de votre compréhension.
        [firm] Je vous remercie de votre compréhension.
        [brief] Merci de votre compréhension.
       *[warm] Je vous remercie sincèrement de votre compréhension.
    }
}

## stay_in_touch : un mot bref après un refus.

conversation-phrase = { $has-topic ->
    [true] notre échange { on-topic }
   *[false] { $has-position ->
        [true] notre échange sur { role-phrase }
       *[false] notre récent échange
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Notre récent échange
    [firm] Garder le contact
    [brief] Merci pour l’échange
   *[warm] Merci pour notre échange
}

stay-in-touch-thanks = { $tone ->
    [formal] Je vous remercie encore de { conversation-phrase } et du temps que vous m’avez accordé.
    [firm] Je vous remercie encore pour { conversation-phrase }.
    [brief] Merci encore pour { conversation-phrase }.
   *[warm] Merci encore pour { conversation-phrase }, qui m’a beaucoup plu.
}

# fix12 : sans sujet ni poste, le détail parle souvent de l’échange lui-même (« nos échanges
# sur … ») ; on remercie alors du temps accordé, sans redire « notre récent échange ».
stay-in-touch-thanks-detail = { $has-topic ->
    [true] { stay-in-touch-thanks-detail-conversation }
   *[false] { $has-position ->
        [true] { stay-in-touch-thanks-detail-conversation }
       *[false] { $tone ->
            [formal] Je vous remercie encore du temps que vous m’avez accordé ; j’ai tout particulièrement apprécié { $detail }.
            [firm] Je vous remercie encore de votre disponibilité ; j’ai apprécié { $detail }.
            [brief] Merci encore pour votre temps ; j’ai beaucoup apprécié { $detail }.
           *[warm] Merci encore pour votre disponibilité ; j’ai sincèrement apprécié { $detail }.
        }
    }
}

stay-in-touch-thanks-detail-conversation = { $tone ->
    [formal] Je vous remercie encore de { conversation-phrase } ; j’ai tout particulièrement apprécié { $detail }.
    [firm] Je vous remercie encore pour { conversation-phrase } ; j’ai apprécié { $detail }.
    [brief] Merci encore pour { conversation-phrase } ; j’ai beaucoup apprécié { $detail }.
   *[warm] Merci encore pour { conversation-phrase } ; j’ai sincèrement apprécié { $detail }.
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] { $organization-shape ->
            [plain] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite à l’équipe { $organization }.
            [kind-first] { $organization-gender ->
                [masculine] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite au { $organization }.
                [feminine] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite à la { $organization }.
                [elided-masculine] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite à l’{ $organization }.
                [elided-feminine] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite à l’{ $organization }.
                [plural-masculine] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite aux { $organization }.
                [plural-feminine] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite aux { $organization }.
               *[other] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite pour vos projets ({ $organization }).
            }
           *[other] J’aurais plaisir à rester en contact avec vous, et je forme tous mes vœux de réussite pour vos projets ({ $organization }).
        }
        [firm] { $organization-shape ->
            [plain] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès de l’équipe { $organization }.
            [kind-first] { $organization-gender ->
                [masculine] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès du { $organization }.
                [feminine] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès de la { $organization }.
                [elided-masculine] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès de l’{ $organization }.
                [elided-feminine] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès de l’{ $organization }.
                [plural-masculine] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès des { $organization }.
                [plural-feminine] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès des { $organization }.
               *[other] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès de votre équipe ({ $organization }).
            }
           *[other] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact, et je suivrai avec intérêt les progrès de votre équipe ({ $organization }).
        }
        [brief] { $organization-shape ->
            [plain] Restons en contact, et tous mes vœux de réussite à l’équipe { $organization } !
            [kind-first] { $organization-gender ->
                [masculine] Restons en contact, et tous mes vœux de réussite au { $organization } !
                [feminine] Restons en contact, et tous mes vœux de réussite à la { $organization } !
                [elided-masculine] Restons en contact, et tous mes vœux de réussite à l’{ $organization } !
                [elided-feminine] Restons en contact, et tous mes vœux de réussite à l’{ $organization } !
                [plural-masculine] Restons en contact, et tous mes vœux de réussite aux { $organization } !
                [plural-feminine] Restons en contact, et tous mes vœux de réussite aux { $organization } !
               *[other] Restons en contact, et tous mes vœux de réussite à votre équipe ({ $organization }) !
            }
           *[other] Restons en contact, et tous mes vœux de réussite à votre équipe ({ $organization }) !
        }
       *[warm] { $organization-shape ->
            [plain] { $organization-elides ->
                [true] J’aurais grand plaisir à rester en contact et à suivre les projets d’{ $organization }.
               *[false] J’aurais grand plaisir à rester en contact et à suivre les projets de { $organization }.
            }
            [kind-first] { $organization-gender ->
                [masculine] J’aurais grand plaisir à rester en contact et à suivre les projets du { $organization }.
                [feminine] J’aurais grand plaisir à rester en contact et à suivre les projets de la { $organization }.
                [elided-masculine] J’aurais grand plaisir à rester en contact et à suivre les projets de l’{ $organization }.
                [elided-feminine] J’aurais grand plaisir à rester en contact et à suivre les projets de l’{ $organization }.
                [plural-masculine] J’aurais grand plaisir à rester en contact et à suivre les projets des { $organization }.
                [plural-feminine] J’aurais grand plaisir à rester en contact et à suivre les projets des { $organization }.
               *[other] J’aurais grand plaisir à rester en contact et à suivre les projets que vous menez ({ $organization }).
            }
           *[other] J’aurais grand plaisir à rester en contact et à suivre les projets que vous menez ({ $organization }).
        }
    }
   *[false] { $tone ->
        [formal] J’aurais plaisir à rester en contact avec vous.
        [firm] Même si nos chemins se séparent pour cette fois, j’espère que nous resterons en contact.
        [brief] Restons en contact.
       *[warm] J’aurais grand plaisir à rester en contact.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] N’hésitez pas à faire appel à moi si je puis vous être utile de quelque manière que ce soit.
    [firm] N’hésitez pas à m’écrire à tout moment.
    [brief] Très bonne continuation à vous.
   *[warm] N’hésitez pas à me faire signe si vous souhaitez prendre un café.
}

published-by-m = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , publié par { $organization }
            [article] , publié par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , publié par le { $organization }
                [feminine] , publié par la { $organization }
                [elided-masculine] , publié par l’{ $organization }
                [elided-feminine] , publié par l’{ $organization }
                [plural-masculine] , publié par les { $organization }
                [plural-feminine] , publié par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

published-by-f = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , publiée par { $organization }
            [article] , publiée par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , publiée par le { $organization }
                [feminine] , publiée par la { $organization }
                [elided-masculine] , publiée par l’{ $organization }
                [elided-feminine] , publiée par l’{ $organization }
                [plural-masculine] , publiée par les { $organization }
                [plural-feminine] , publiée par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

published-by-mp = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , publiés par { $organization }
            [article] , publiés par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , publiés par le { $organization }
                [feminine] , publiés par la { $organization }
                [elided-masculine] , publiés par l’{ $organization }
                [elided-feminine] , publiés par l’{ $organization }
                [plural-masculine] , publiés par les { $organization }
                [plural-feminine] , publiés par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

published-by-fp = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , publiées par { $organization }
            [article] , publiées par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , publiées par le { $organization }
                [feminine] , publiées par la { $organization }
                [elided-masculine] , publiées par l’{ $organization }
                [elided-feminine] , publiées par l’{ $organization }
                [plural-masculine] , publiées par les { $organization }
                [plural-feminine] , publiées par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

# Après une revue : « , publiée par les Presses de Sciences Po » (accord avec « la revue »
# ou avec le nom de la revue quand on connaît son genre) ; sinon entre parenthèses.
published-by = { $event-shape ->
    [kind-first] { $event-gender ->
        [masculine] { published-by-m }
        [elided-masculine] { published-by-m }
        [feminine] { published-by-f }
        [elided-feminine] { published-by-f }
        [plural-masculine] { published-by-mp }
        [plural-feminine] { published-by-fp }
       *[other] { hosted-by-paren }
    }
    [article] { hosted-by-paren }
   *[other] { published-by-f }
}

# Une émission passe « sur France Inter », « sur Arte » (sans sujet, pour éviter « sur … sur »).
# « de France Culture », « d’Europe 1 », « du Journal … », ou « (Le Quotidien) » : après un
# sujet (« votre émission sur l’inflation de BFM Business », jamais « sur … sur … »).
from-outlet = { $has-organization ->
    [true] {" "}{ $organization-shape ->
            [plain] { $organization-elides ->
                [true] d’{ $organization }
               *[false] de { $organization }
            }
            [kind-first] { $organization-gender ->
                [masculine] du { $organization }
                [feminine] de la { $organization }
                [elided-masculine] de l’{ $organization }
                [elided-feminine] de l’{ $organization }
                [plural-masculine] des { $organization }
                [plural-feminine] des { $organization }
               *[other] ({ $organization })
            }
           *[other] ({ $organization })
        }
   *[false] {""}
}

on-outlet = { $has-organization ->
    [true] {" "}{ $organization-shape ->
            [plain] sur { $organization }
            [article] sur { $organization }
            [kind-first] { $organization-gender ->
                [masculine] sur le { $organization }
                [feminine] sur la { $organization }
                [elided-masculine] sur l’{ $organization }
                [elided-feminine] sur l’{ $organization }
                [plural-masculine] sur les { $organization }
                [plural-feminine] sur les { $organization }
               *[other] ({ $organization })
            }
           *[other] ({ $organization })
        }
   *[false] {""}
}

# « au comité de programme des Journées … », « du Festival … » ; sinon « pour … ».
of-program = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { $event-gender ->
            [masculine] {" "}du { $event }{ at-organization }
            [feminine] {" "}de la { $event }{ at-organization }
            [elided-masculine] {" "}de l’{ $event }{ at-organization }
            [elided-feminine] {" "}de l’{ $event }{ at-organization }
            [plural-masculine] {" "}des { $event }{ at-organization }
            [plural-feminine] {" "}des { $event }{ at-organization }
           *[other] { for-event }
        }
        [plain] {" "}{ $event }{ at-organization }
       *[other] { for-event }
    }
   *[false] { for-event }
}

# fix11 : « sur la sobriété énergétique » ; un sujet tapé sans article (« reprendre une entreprise
# familiale », « IA générative ») est nommé comme thème, jamais « sur reprendre … ».
on-topic = { $topic-shape ->
    [plain] sur le thème « { $topic } »
   *[other] sur { $topic }
}

# fix11 : une conférence universitaire se donne « à Sciences Po », « à l’Université … ».
lecture-at = { $has-event ->
    [true] { for-event }
   *[false] { $has-organization ->
        [true] {" "}{ $organization-shape ->
            [plain] à { $organization }
            [article] { $organization-gender ->
                [defini-f] à { $organization }
                [defini-elide] à { $organization }
               *[other] pour { $organization }
            }
            [kind-first] { $organization-gender ->
                [masculine] au { $organization }
                [feminine] à la { $organization }
                [elided-masculine] à l’{ $organization }
                [elided-feminine] à l’{ $organization }
                [plural-masculine] aux { $organization }
                [plural-feminine] aux { $organization }
               *[other] ({ $organization })
            }
           *[other] ({ $organization })
        }
       *[false] {""}
    }
}
