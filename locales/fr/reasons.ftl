### Raisons : une phrase chacune, toujours centrée sur l’orientation ou les priorités de
### l’expéditeur, jamais sur un manque de l’interlocuteur. Formulations distinctes pour les
### recrutements (job_interview, clarification_reply, stay_in_touch), pour les sollicitations
### (media_interview, speaking_engagement, academic_invitation) et pour un report, où la raison
### explique le calendrier. `company_fit` ne nomme jamais de réserve. Aucun accord ne suppose
### le genre de l’expéditeur.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je viens de prendre un nouveau poste, et mes premières semaines sont entièrement consacrées à cette prise de fonctions.
        [brief] Je viens de prendre un nouveau poste.
       *[other] Je viens de prendre un nouveau poste, et mes premières semaines sont déjà bien remplies.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] J’ai récemment accepté une autre proposition, qui répond pleinement à mes objectifs actuels.
        [brief] J’ai accepté une autre offre.
       *[other] J’ai récemment accepté une autre offre, qui correspond bien à mes objectifs actuels.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] J’ai récemment pris de nouvelles fonctions et je préserve mon agenda le temps de m’y installer.
    [brief] Je viens de prendre un nouveau poste et je garde mon agenda libre.
   *[other] J’ai récemment pris un nouveau poste, et je garde mon agenda libre le temps de trouver mes marques.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je traverse une phase de projet très soutenue et souhaite pouvoir accorder toute mon attention à notre échange.
        [brief] Je traverse une phase de projet intense.
       *[other] Je suis en pleine phase de projet, et j’aimerais pouvoir accorder toute mon attention à notre échange.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Je me consacre actuellement à des postes qui font plus directement appel à mon cœur d’expertise.
        [brief] J’oriente ma recherche dans une autre direction.
       *[other] Je me concentre actuellement sur des postes qui s’appuient plus directement sur mon expertise principale.
    }
}
engagement-career-focus = { $tone ->
    [formal] Je réserve actuellement mon temps à un petit nombre de projets essentiels.
    [brief] Je me consacre en ce moment à quelques projets essentiels.
   *[other] En ce moment, je consacre mon temps à quelques projets essentiels.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je souhaiterais clarifier quelques points relatifs à mes conditions avant notre échange.
        [brief] J’aimerais d’abord clarifier mes conditions.
       *[other] J’aimerais clarifier quelques questions concernant mes conditions avant que nous échangions.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] Je recherche un poste plus en phase avec mes attentes en matière de rémunération à ce stade de ma carrière.
        [brief] Je recherche un poste plus proche de mes attentes salariales.
       *[other] Je recherche un poste plus en phase avec mes attentes en matière de rémunération à ce stade.
    }
}
engagement-compensation = { $tone ->
    [formal] Pour le moment, je n’accepte que les interventions conformes à mes conditions professionnelles.
    [brief] Je n’accepte en ce moment que des interventions conformes à mes conditions habituelles.
   *[other] En ce moment, je n’accepte que les interventions qui correspondent à mes conditions professionnelles.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] J’approche d’une échéance de projet importante et souhaite y consacrer toute mon attention.
        [brief] Une échéance de projet approche.
       *[other] Je suis en pleine échéance de projet, et j’aimerais y consacrer toute mon attention.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Après examen de mes engagements actuels, j’ai conclu que le moment n’est pas opportun pour moi d’envisager un changement.
        [brief] Le moment n’est pas idéal pour moi.
       *[other] Après avoir fait le point sur mes engagements, je me rends compte que ce n’est pas le bon moment pour moi de changer de poste.
    }
}
engagement-timing = { $tone ->
    [formal] Les dates coïncident avec des engagements que j’ai déjà pris.
    [brief] Les dates tombent en même temps que d’autres engagements.
   *[other] Malheureusement, les dates coïncident avec des engagements déjà pris.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mes déplacements coïncident avec la date initialement prévue.
        [brief] Je serai en déplacement à la date prévue.
       *[other] Mon calendrier de déplacements tombe sur le créneau que nous avions envisagé.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Je privilégie les postes dont la localisation et les horaires conviennent à ma situation actuelle.
        [brief] Je privilégie les postes dont le lieu et les horaires me conviennent.
       *[other] Je privilégie des postes dont la localisation et les horaires correspondent à ma situation actuelle.
    }
}
engagement-logistics = { $tone ->
    [formal] Il ne m’est pas possible, pour le moment, d’organiser les déplacements et le calendrier que cela implique.
    [brief] Je ne peux pas organiser le déplacement en ce moment.
   *[other] Je ne suis pas en mesure d’organiser le déplacement et le calendrier que cela implique en ce moment.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Une obligation familiale requiert ma présence durant cette période.
        [brief] Une obligation familiale me retient à ce moment-là.
       *[other] Une obligation familiale demande toute mon attention durant cette période.
    }
   *[other] { $tone ->
        [formal] Mes responsabilités familiales requièrent actuellement toute mon attention.
        [brief] Des responsabilités familiales requièrent mon attention en ce moment.
       *[other] Mes responsabilités familiales demandent mon attention en ce moment, et je tiens à m’y consacrer pleinement.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je souhaiterais disposer d’un peu plus de temps de réflexion, afin que notre échange soit aussi utile que possible.
        [brief] J’aimerais prendre un peu plus de temps pour réfléchir.
       *[other] J’aimerais prendre un peu plus de temps pour réfléchir, afin que notre échange soit aussi utile que possible.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] J’ai décidé de me tourner vers des opportunités plus en phase avec mon orientation actuelle.
        [brief] Je m’oriente dans une autre direction.
       *[other] J’ai décidé de me tourner vers des opportunités plus en phase avec la direction que je souhaite prendre.
    }
}
engagement-company-fit = { $tone ->
    [formal] Je limite mes engagements à ceux qui s’inscrivent pleinement dans mes priorités actuelles.
    [brief] Je m’en tiens à quelques priorités actuelles.
   *[other] Je réserve mes engagements à ceux qui correspondent pleinement à mes priorités du moment.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je souhaiterais prendre le temps d’examiner comment le périmètre du poste s’articule avec mon expérience avant notre échange.
        [brief] J’aimerais d’abord examiner le périmètre du poste.
       *[other] J’aimerais prendre un peu de temps pour voir comment le périmètre du poste s’accorde avec mon expérience avant que nous en parlions.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Je recherche un poste qui mobilise l’ensemble de mon expérience.
        [brief] Je recherche un poste d’un autre niveau.
       *[other] Je recherche un poste qui fasse appel à toute l’étendue de mon expérience.
    }
}
engagement-overqualified = { $tone ->
    [formal] Je consacre mon temps aux interventions qui appellent un regard plus senior.
    [brief] Je privilégie des interventions d’un autre niveau.
   *[other] Je réserve mon temps aux interventions qui demandent un regard plus senior.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mes engagements des prochaines semaines sont importants, et je souhaite accorder à ce rendez-vous l’attention qu’il mérite.
        [brief] Mes prochaines semaines sont entièrement prises.
       *[other] Mes engagements des prochaines semaines sont lourds, et je tiens à accorder à ce rendez-vous l’attention qu’il mérite.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Mes engagements actuels ne me permettraient pas d’accorder à ce processus l’attention qu’il mérite.
        [brief] Je ne pourrais pas accorder à ce processus l’attention qu’il mérite.
       *[other] Mes engagements actuels ne me laisseraient pas la disponibilité nécessaire pour accorder à ce processus l’attention qu’il mérite.
    }
}
engagement-bandwidth = { $tone ->
    [formal] Mes engagements actuels ne me permettraient pas d’y consacrer le temps et l’attention qu’une telle invitation mérite.
    [brief] Mon agenda ne me laisserait pas le temps de m’y consacrer comme il se doit.
   *[other] Mes engagements actuels ne me permettraient pas d’y consacrer le temps qu’il faudrait.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Je souhaiterais disposer du temps nécessaire pour bien me préparer, le sujet étant légèrement éloigné de mon domaine habituel.
        [brief] J’aimerais prendre le temps de bien me préparer.
       *[other] J’aimerais prendre un peu de temps pour bien me préparer, car le sujet s’éloigne légèrement de mon domaine habituel.
    }
    [media_interview] { $tone ->
        [formal] Le sujet ne relève pas de mon domaine d’expertise, et votre public mérite l’éclairage d’une personne plus spécialisée.
        [brief] Le sujet sort de mon domaine d’expertise.
       *[other] Le sujet sort de mon domaine d’expertise, et votre public mérite l’avis d’une personne qui le maîtrise mieux.
    }
    [speaking_engagement] { $tone ->
        [formal] Le sujet ne relève pas de mon domaine d’expertise, et votre public mérite l’éclairage d’une personne plus spécialisée.
        [brief] Le sujet sort de mon domaine d’expertise.
       *[other] Le sujet sort de mon domaine d’expertise, et votre public mérite une personne qui le maîtrise mieux.
    }
    [academic_invitation] { $tone ->
        [formal] Le sujet ne relève pas de mon domaine de recherche, et une personne plus spécialisée serait mieux à même d’en juger.
        [brief] Le sujet sort de mon domaine de recherche.
       *[other] Le sujet sort de mon domaine de recherche, et une personne plus spécialisée serait mieux placée pour en juger.
    }
   *[other] { $tone ->
        [formal] À la réflexion, ce poste se situe en dehors du domaine dans lequel je peux apporter le plus.
        [brief] Ce poste sort de mon principal domaine d’expertise.
       *[other] À la réflexion, ce poste se situe en dehors du domaine où je peux le plus apporter.
    }
}
