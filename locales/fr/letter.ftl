### Éléments communs à toutes les lettres : formule d’appel, signature, groupes nominaux,
### raison libre de l’expéditeur et recommandation d’une ou d’un collègue.
###
### Conventions : vouvoiement dans toutes les tonalités ; aucune formule genrée devinée
### d’après un nom (« Bonjour { $recipient } », jamais « Madame X ») ; aucun accord qui
### supposerait le genre de l’expéditeur (« c’est un honneur », pas « je suis honoré ») ;
### les noms ne suivent jamais « de » ou « à le » (élision, contraction) : « chez », « pour »,
### guillemets ou parenthèses. Typographie : espace fine insécable avant ; ! ?, espace
### insécable avant : et à l’intérieur des guillemets « ».

## Formule d’appel et signature

greeting = { $has-recipient ->
    [true] Bonjour { $recipient },
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Mesdames, Messieurs,
            [firm] Chère équipe d’organisation,
           *[other] Bonjour,
        }
        [academic_invitation] { $tone ->
            [formal] Chères et chers collègues,
            [firm] Chères et chers collègues,
           *[other] Bonjour,
        }
       *[other] { $tone ->
            [formal] Madame, Monsieur,
           *[other] Bonjour,
        }
    }
}

generic-hiring-greeting = { $tone ->
    [formal] Madame, Monsieur,
    [firm] Chère équipe de recrutement,
   *[other] Bonjour,
}

# En formel, la formule de politesse reprend l’appel de la lettre ; avec un nom, elle n’en
# reprend aucun.
signature = { $tone ->
    [formal] { $has-recipient ->
        [true]
            Je vous prie d’agréer l’expression de mes salutations distinguées.
            { $sender }
       *[false] { $scenario ->
            [speaking_engagement]
                Je vous prie d’agréer, Mesdames, Messieurs, l’expression de mes salutations distinguées.
                { $sender }
            [academic_invitation]
                Je vous prie de recevoir, chères et chers collègues, mes salutations les plus cordiales.
                { $sender }
           *[other]
                Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
                { $sender }
        }
    }
    [firm]
        Cordialement,
        { $sender }
    [brief]
        Bien à vous,
        { $sender }
   *[warm]
        Bien cordialement,
        { $sender }
}

## Groupes nominaux

# « le poste « Product Designer » chez Acme », « le poste à pourvoir chez Acme », « ce poste »
# (guillemets : « le poste de » donnerait « de Ingénieur »).
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] le poste « { $position } » chez { $organization }
       *[false] le poste « { $position } »
    }
   *[false] { $has-organization ->
        [true] le poste à pourvoir chez { $organization }
       *[false] ce poste
    }
}

# L’objet d’un report : un événement, un entretien, un échange.
meeting-phrase = { $has-event ->
    [true] { $event }
   *[false] { $has-position ->
        [true] l’entretien pour le poste « { $position } »
       *[false] { $has-topic ->
            [true] notre échange sur { $topic }
           *[false] notre échange
        }
    }
}

# « (Acme) » après un événement, ou rien.
at-organization = { $has-organization ->
    [true] {" "}({ $organization })
   *[false] {""}
}

## La raison de l’expéditeur, dans ses mots (son point final est retiré avant d’arriver ici).

reason-note = { $reason-note }.

## Recommander une ou un collègue (sans « mon collègue » / « ma collègue », qui supposerait un genre)

referral = { $tone ->
    [formal] Si cela peut vous être utile, il me semble que { $referral }{ referral-expertise } { referral-fit }{ referral-contact }.
    [brief] Je vous suggère de contacter { $referral }{ referral-expertise }{ referral-contact }.
   *[other] Si cela peut vous aider, je pense que { $referral }{ referral-expertise } { referral-fit }{ referral-contact }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , qui possède une solide expérience en { $referral-expertise },
        [brief] , spécialiste en { $referral-expertise }
       *[other] , qui a une grande expérience en { $referral-expertise },
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] apporterait un éclairage précieux à votre article
        [speaking_engagement] serait un excellent choix pour votre programme
        [academic_invitation] serait parfaitement à même d’y contribuer
       *[other] serait un excellent choix pour ce poste
    }
   *[other] { $scenario ->
        [media_interview] pourrait apporter un éclairage précieux à votre article
        [speaking_engagement] pourrait être un excellent choix pour votre programme
        [academic_invitation] pourrait tout à fait y contribuer
       *[other] pourrait présenter un profil très intéressant
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] {"\u202F"}; { $referral } est joignable à l’adresse suivante : { $referral-contact }
        [brief] {" "}({ $referral-contact })
       *[other] {"\u202F"}; vous pouvez lui écrire à l’adresse { $referral-contact }
    }
   *[false] {""}
}
