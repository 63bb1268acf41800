### Raisons : une phrase chacune, toujours centrée sur l’orientation ou les priorités de
### l’expéditeur, jamais sur un manque de l’interlocuteur. Formulations distinctes pour les
### recrutements (job_interview, clarification_reply, stay_in_touch), pour les sollicitations
### (media_interview, speaking_engagement, academic_invitation) et pour un report, où la raison
### explique le calendrier. `company_fit` ne nomme jamais de réserve. Aucun accord ne suppose
### le genre de l’expéditeur.

reason-accepted-offer = { $scenario ->
    [stay_in_touch] { $tone ->
        [formal] J’ai depuis accepté une autre proposition, qui répond pleinement à mes objectifs actuels.
        [brief] J’ai depuis accepté une autre offre.
       *[other] J’ai depuis accepté une autre offre, plus proche de ce que je recherche aujourd’hui.
    }
    [reschedule] { $tone ->
        [formal] Je viens de changer d’employeur, et mes premières semaines sont entièrement consacrées à cette prise de fonctions.
        [brief] Je viens de changer d’employeur.
       *[other] Je viens de changer d’employeur, et mes premières semaines sont déjà bien remplies.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] J’ai en effet accepté une autre proposition, qui répond pleinement à mes objectifs actuels.
        [brief] J’ai accepté une autre offre entre-temps.
       *[other] J’ai en effet accepté une autre offre, qui correspond bien à mes objectifs actuels.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Je viens en effet de prendre de nouvelles fonctions, et je réduis mes engagements le temps de m’y installer.
    [brief] Je viens de changer de poste et je limite mes engagements pour l’instant.
   *[other] Je viens en effet de changer de poste, et je limite mes engagements le temps de trouver mes marques.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je traverse une phase de projet très soutenue et souhaite pouvoir accorder toute mon attention à ce rendez-vous.
        [brief] Je traverse une phase de projet intense.
       *[other] Je suis dans une phase de projet très dense, et j’aimerais pouvoir me rendre pleinement disponible pour ce rendez-vous.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Je concentre désormais mes recherches sur des fonctions plus proches de mon cœur de métier.
        [brief] Je cible désormais des fonctions plus proches de mon cœur de métier.
       *[other] Je m’oriente en ce moment vers des fonctions plus proches de mon cœur de métier.
    }
}
engagement-career-focus = { $tone ->
    [formal] Je réserve actuellement mon temps à un petit nombre de projets prioritaires.
    [brief] Je me consacre en ce moment à quelques projets prioritaires.
   *[other] Je consacre en ce moment mon temps à quelques projets prioritaires.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je souhaiterais d’abord clarifier quelques points relatifs à mes conditions.
        [brief] J’aimerais d’abord clarifier mes conditions.
       *[other] J’aimerais d’abord clarifier quelques questions liées à mes conditions.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] À ce stade de ma carrière, mes attentes en matière de rémunération se situent à un autre niveau.
        [brief] Mes attentes salariales se situent à un autre niveau.
       *[other] À ce stade de ma carrière, mes attentes salariales se situent à un autre niveau.
    }
}
engagement-compensation = { $tone ->
    [formal] Pour le moment, je limite mes engagements à ceux qui correspondent à mes conditions professionnelles habituelles.
    [brief] Je m’en tiens en ce moment aux engagements conformes à mes conditions habituelles.
   *[other] En ce moment, je réserve mon temps aux engagements qui correspondent à mes conditions habituelles.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je ne suis malheureusement pas disponible à la date initialement prévue.
        [brief] Je ne suis pas disponible à cette date.
       *[other] Je ne suis malheureusement pas disponible à la date prévue.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Le moment n’est pas opportun pour moi d’envisager un changement professionnel.
        [brief] Ce n’est pas le bon moment pour moi de changer d’emploi.
       *[other] Ce n’est tout simplement pas le bon moment pour moi d’envisager un changement.
    }
}
# Jamais « à ces dates » : aucune date n’a été citée. Une intervention ou une conférence a
# une date prévue, une soutenance la sienne, un enregistrement son moment ; le reste (un
# article, une évaluation, un comité) relève de l’agenda des prochains mois.
engagement-timing = { $invitation ->
    [talk] { engagement-timing-date }
    [keynote] { engagement-timing-date }
    [panel] { engagement-timing-date }
    [workshop] { engagement-timing-date }
    [webinar] { engagement-timing-date }
    [guest_lecture] { engagement-timing-date }
    [examiner] { $tone ->
        [formal] Des engagements pris de longue date me retiennent à la date de la soutenance.
        [brief] Je ne suis pas disponible à la date de la soutenance.
       *[other] Il se trouve que j’ai déjà d’autres engagements à la date de la soutenance.
    }
    [broadcast] { engagement-timing-recording }
    [podcast] { engagement-timing-recording }
    [article] { engagement-timing-deadline }
    [comment] { engagement-timing-deadline }
    [none] { $scenario ->
        [speaking_engagement] { engagement-timing-date }
       *[other] { engagement-timing-busy }
    }
   *[other] { engagement-timing-busy }
}
engagement-timing-date = { $tone ->
    [formal] Des engagements pris de longue date me retiennent à la date prévue.
    [brief] Je ne suis pas disponible à la date prévue.
   *[other] Il se trouve que j’ai déjà d’autres engagements à la date prévue.
}
engagement-timing-recording = { $tone ->
    [formal] Des engagements pris de longue date ne me laissent aucune disponibilité au moment prévu pour l’enregistrement.
    [brief] Je ne suis pas disponible au moment de l’enregistrement.
   *[other] Il se trouve que je ne suis pas disponible au moment prévu pour l’enregistrement.
}
# fix13 : un article se prépare en quelques jours ; jamais « mon calendrier des prochains mois ».
engagement-timing-deadline = { $tone ->
    [formal] Mon emploi du temps de ces prochains jours ne me permet pas de vous répondre dans les délais de votre article.
    [brief] Je ne suis pas disponible dans vos délais.
   *[other] Il se trouve que je ne suis pas disponible dans les délais de votre article.
}
engagement-timing-busy = { $tone ->
    [formal] Mon calendrier des prochains mois ne me le permet pas, en raison d’engagements pris de longue date.
    [brief] Mon agenda ne me le permet pas en ce moment.
   *[other] Il se trouve que mon agenda ne me le permet pas en ce moment.
}

reason-logistics = { $scenario ->
    [stay_in_touch] { $tone ->
        [formal] Je privilégie des fonctions dont le lieu et les horaires conviennent à ma situation actuelle.
        [brief] Le lieu et les horaires ne convenaient pas à ma situation actuelle.
       *[other] Je privilégie des fonctions dont le lieu et les horaires s’accordent avec ma situation actuelle.
    }
    [reschedule] { $tone ->
        [formal] Je serai en déplacement à la date initialement prévue.
        [brief] Je serai en déplacement à cette date.
       *[other] Un déplacement tombe malheureusement sur la date prévue.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Je privilégie des fonctions dont le lieu et les horaires conviennent à ma situation actuelle.
        [brief] Le lieu et les horaires ne conviennent pas à ma situation actuelle.
       *[other] Je privilégie en effet des fonctions dont le lieu et les horaires s’accordent avec ma situation actuelle.
    }
}
engagement-logistics = { $tone ->
    [formal] Il ne m’est pas possible, pour le moment, de prévoir le déplacement que cela implique.
    [brief] Un déplacement m’est en effet impossible en ce moment.
   *[other] Je ne suis pas en mesure, en ce moment, d’envisager le déplacement que cela demande.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je suis au regret de vous indiquer qu’une obligation familiale me retient ce jour-là.
        [brief] Une obligation familiale me retient à ce moment-là.
       *[other] Une obligation familiale me retient malheureusement à la date prévue.
    }
   *[other] { $tone ->
        [formal] Mes responsabilités familiales requièrent actuellement toute mon attention.
        [brief] Des obligations familiales passent en priorité en ce moment.
       *[other] Des obligations familiales m’accaparent en ce moment, et je tiens à m’y consacrer pleinement.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je souhaiterais disposer d’un peu plus de temps de réflexion, afin que notre rencontre soit vraiment fructueuse.
        [brief] J’aimerais prendre un peu plus de temps pour réfléchir.
       *[other] J’aimerais prendre un peu plus de temps pour réfléchir, afin que notre rencontre soit la plus utile possible.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] J’ai choisi de m’orienter vers des fonctions plus en phase avec mes aspirations professionnelles.
        [brief] { $scenario ->
            [clarification_reply] Je souhaite donner une autre orientation à mon parcours.
           *[other] Mes aspirations professionnelles ont pris une autre orientation.
        }
       *[other] Je me tourne désormais vers des missions plus proches de mes aspirations professionnelles.
    }
}
engagement-company-fit = { $tone ->
    [formal] Je limite mes engagements à ceux qui s’inscrivent pleinement dans mes priorités actuelles.
    [brief] Je m’en tiens à quelques priorités en ce moment.
   *[other] Je réserve mes engagements à ceux qui correspondent pleinement à mes priorités du moment.
}

reason-overqualified = { $scenario ->
    [stay_in_touch] { $tone ->
        [formal] Je recherche une fonction qui mobilise l’ensemble de mon parcours.
        [brief] Je recherche pour ma part une fonction qui fasse appel à toute mon expérience.
       *[other] Je recherche une fonction qui fasse appel à toute l’étendue de mon parcours.
    }
    [reschedule] { $tone ->
        [formal] Je souhaiterais d’abord examiner comment le périmètre de la fonction s’articule avec mon parcours.
        [brief] J’aimerais d’abord examiner le périmètre de la fonction.
       *[other] J’aimerais d’abord prendre le temps de voir comment le périmètre de la fonction s’accorde avec mon parcours.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Je recherche une fonction qui mobilise l’ensemble de mon parcours.
        [brief] Je recherche une fonction d’un autre niveau.
       *[other] Je recherche en effet une fonction qui fasse appel à toute l’étendue de mon parcours.
    }
}
engagement-overqualified = { $tone ->
    [formal] Je réserve désormais mon temps à des projets qui font plus directement appel à mon expérience.
    [brief] Je privilégie désormais d’autres types d’engagements.
   *[other] Je privilégie désormais des projets qui font davantage appel à mon expérience.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mes engagements des prochaines semaines sont nombreux, et je souhaite accorder à ce rendez-vous l’attention qu’il mérite.
        [brief] Mes prochaines semaines sont entièrement prises.
       *[other] Mes prochaines semaines sont très chargées, et je tiens à accorder à ce rendez-vous l’attention qu’il mérite.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Mes engagements actuels ne me permettraient pas de donner aux prochaines étapes l’attention qu’elles méritent.
        [brief] Je ne pourrais pas y consacrer l’attention nécessaire.
       *[other] Avec mes engagements actuels, je ne pourrais pas offrir aux prochaines étapes toute l’attention voulue.
    }
}
# fix12 : une phrase propre à chaque famille d’invitations (« m’y consacrer comme il se doit »
# revenait d’une lettre à l’autre).
engagement-bandwidth = { $invitation ->
    [peer_review] { $tone ->
        [formal] Ma charge de travail actuelle ne me permettrait pas d’accorder à ce manuscrit le soin qu’il mérite.
        [brief] Ma charge de travail actuelle ne me le permet pas.
       *[other] Avec ma charge de travail actuelle, je ne pourrais pas accorder à ce manuscrit toute l’attention qu’il mérite.
    }
    [editorial_board] { engagement-bandwidth-role }
    [program_committee] { engagement-bandwidth-role }
    [committee] { engagement-bandwidth-role }
    [examiner] { engagement-bandwidth-role }
    [article] { engagement-bandwidth-media }
    [comment] { engagement-bandwidth-media }
    [broadcast] { engagement-bandwidth-media }
    [podcast] { engagement-bandwidth-media }
    [talk] { engagement-bandwidth-talk }
    [keynote] { engagement-bandwidth-talk }
    [panel] { engagement-bandwidth-talk }
    [workshop] { engagement-bandwidth-talk }
    [webinar] { engagement-bandwidth-talk }
    [guest_lecture] { engagement-bandwidth-talk }
   *[other] { $tone ->
        [formal] Mes engagements actuels ne me permettraient pas d’y consacrer le temps et le soin nécessaires.
        [brief] Mon emploi du temps ne me permettrait pas de m’y consacrer comme il se doit.
       *[other] Mes engagements actuels ne me laisseraient pas le temps de m’y consacrer comme il se doit.
    }
}
engagement-bandwidth-role = { $tone ->
    [formal] Mes engagements actuels ne me permettraient pas d’assumer cette fonction avec toute la disponibilité qu’elle requiert.
    [brief] Je n’aurais pas la disponibilité que demande cette fonction.
   *[other] Mes engagements actuels ne me laisseraient pas la disponibilité que demande cette fonction.
}
engagement-bandwidth-media = { $tone ->
    [formal] Mon agenda des prochaines semaines ne me permettrait pas de vous accorder le temps nécessaire.
    [brief] Mes engagements actuels ne me le permettent pas.
   *[other] Mes engagements des prochaines semaines ne me permettraient pas de vous accorder le temps nécessaire.
}
engagement-bandwidth-talk = { $tone ->
    [formal] Mes engagements des prochains mois ne me permettraient pas de préparer une intervention digne de ce nom.
    [brief] Des engagements déjà pris m’en empêchent.
   *[other] Mes engagements des prochains mois ne me permettraient pas de préparer cette intervention avec le soin qu’elle mérite.
}

reason-outside-expertise = { $scenario ->
    [stay_in_touch] { $tone ->
        [formal] Les missions décrites s’éloignaient du domaine dans lequel je peux apporter le plus.
        [brief] Les missions s’éloignaient de mon domaine de compétence.
       *[other] Les missions décrites s’écartaient du domaine où je peux le plus apporter.
    }
    [reschedule] { $tone ->
        [formal] Je souhaiterais disposer du temps nécessaire pour bien me préparer, le sujet étant légèrement éloigné de mon domaine habituel.
        [brief] J’aimerais prendre le temps de bien me préparer.
       *[other] J’aimerais prendre un peu de temps pour bien me préparer, car le sujet s’éloigne légèrement de mon domaine habituel.
    }
    [media_interview] { $tone ->
        [formal] { $invitation ->
            [article] Cette thématique ne relève pas de mon champ de compétence, et vos lecteurs gagneraient à lire l’avis d’une personne qui s’y consacre au quotidien.
            [comment] Cette thématique ne relève pas de mon champ de compétence, et vos lecteurs gagneraient à lire l’avis d’une personne qui s’y consacre au quotidien.
            [podcast] Cette thématique ne relève pas de mon champ de compétence, et vos auditeurs gagneraient à entendre une personne qui s’y consacre au quotidien.
           *[other] Cette thématique ne relève pas de mon champ de compétence, et une personne qui s’y consacre au quotidien vous en parlerait avec davantage d’autorité.
        }
        [brief] Cette thématique sort de mon champ de compétence.
       *[other] { $invitation ->
            [article] Cette thématique sort de mon champ de compétence, et un spécialiste apporterait bien davantage à vos lecteurs.
            [comment] Cette thématique sort de mon champ de compétence, et un spécialiste apporterait bien davantage à vos lecteurs.
            [podcast] Cette thématique sort de mon champ de compétence, et un spécialiste apporterait bien davantage à vos auditeurs.
           *[other] Cette thématique sort de mon champ de compétence, et d’autres en parleraient bien mieux que moi.
        }
    }
    [speaking_engagement] { $tone ->
        [formal] Le thème proposé ne relève pas de mon champ de compétence, et une intervention plus pointue servirait mieux votre public.
        [brief] Le thème proposé sort de mon champ de compétence.
       *[other] Le thème proposé sort de mon champ de compétence, et d’autres sauraient le traiter bien mieux que moi.
    }
    [academic_invitation] { $invitation ->
        [peer_review] { $tone ->
            [formal] Le manuscrit s’écarte de mon champ de recherche, et une évaluation plus spécialisée servirait mieux ses auteurs.
            [brief] Le manuscrit s’écarte de mon champ de recherche.
           *[other] Le manuscrit s’écarte de mon champ de recherche, et une évaluation plus pointue rendrait davantage service à ses auteurs.
        }
        [editorial_board] { $tone ->
            [formal] La ligne éditoriale s’écarte de mon champ de recherche, et d’autres collègues y apporteraient davantage.
            [brief] La ligne éditoriale s’écarte de mon champ de recherche.
           *[other] La ligne éditoriale s’écarte de mon champ de recherche, et d’autres collègues y apporteraient bien davantage.
        }
        [committee] { academic-expertise-committee }
        [program_committee] { academic-expertise-committee }
        [examiner] { $tone ->
            [formal] Le sujet de la thèse s’écarte de mon champ de recherche, et un membre du jury plus spécialiste serait mieux à même d’en juger.
            [brief] Le sujet de la thèse s’écarte de mon champ de recherche.
           *[other] Le sujet de la thèse s’écarte de mon champ de recherche, et d’autres collègues en jugeraient bien mieux que moi.
        }
        [guest_lecture] { $tone ->
            [formal] Le thème proposé s’écarte de mon champ de recherche, et d’autres collègues le traiteraient avec davantage d’autorité.
            [brief] Le thème proposé s’écarte de mon champ de recherche.
           *[other] Le thème proposé s’écarte de mon champ de recherche, et d’autres collègues le traiteraient bien mieux que moi.
        }
       *[other] { $tone ->
            [formal] Le sujet s’écarte de mon champ de recherche, et une personne plus compétente en la matière serait mieux à même d’en juger.
            [brief] Le sujet s’écarte de mon champ de recherche.
           *[other] Le sujet s’écarte de mon champ de recherche, et une personne qui connaît mieux ce domaine serait plus à même d’en juger.
        }
    }
   *[other] { $tone ->
        [formal] Les missions décrites s’éloignent du domaine dans lequel je peux apporter le plus.
        [brief] Les missions s’éloignent de mon domaine de compétence.
       *[other] Les missions décrites s’écartent en effet du domaine où je peux le plus apporter.
    }
}

academic-expertise-committee = { $tone ->
    [formal] Les thématiques de ce comité s’écartent de mon champ de recherche, et d’autres collègues y apporteraient davantage.
    [brief] Les thématiques de ce comité s’écartent de mon champ de recherche.
   *[other] Les thématiques de ce comité s’écartent de mon champ de recherche, et d’autres collègues y apporteraient bien davantage.
}
