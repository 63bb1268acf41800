### Éléments communs à toutes les lettres : formule d’appel, signature, groupes nominaux,
### raison libre de l’expéditeur et recommandation d’une ou d’un collègue.
###
### Conventions : vouvoiement dans toutes les tonalités ; aucune civilité devinée d’après
### un nom (« Madame » seulement si l’appelant l’indique) ; aucun accord qui
### supposerait le genre de l’expéditeur (« c’est un honneur », pas « je suis honoré ») ;
### les noms ne suivent jamais « de » ou « à le » (élision, contraction) : « chez », « pour »,
### guillemets ou parenthèses. Typographie : espace fine insécable avant ; ! ?, espace
### insécable avant : et à l’intérieur des guillemets « ».

## Formule d’appel et signature

# Un destinataire dont l’appelant indique la forme d’adresse (féminin, masculin) reçoit l’appel
# d’une lettre française, sans nom : « Madame, », « Monsieur le Professeur, », « Maître, » en
# formel et en ferme, repris mot pour mot par la formule de politesse ; « Bonjour Madame Dupont, »
# ou « Bonjour Madame la Professeure, » en chaleureux et en bref, avec « Bien cordialement, » /
# « Bien à vous, ». Forme neutre : jamais de civilité devinée ; « Bonjour Claire Dubois, » et une
# clôture sans formule (« Bien cordialement, ») ; avec le seul nom de famille, « Madame, Monsieur, »
# et la formule qui le reprend (en chaleureux et en bref, « Bonjour, »). « Maître » ne dépend pas
# du genre. Les fonctions connues du pack (`[titles]` : présidente, directeur, sénatrice…) donnent
# leur appel (« Madame la Présidente, », « Monsieur l’Ambassadeur, ») ; un titre inconnu n’est
# jamais recopié (« Monsieur le Senator », « Madame la Ing. ») : la civilité seule, « Madame, ».

greeting = { $has-recipient ->
    [true] { $recipient-form ->
        [feminine] { greeting-civil }
        [masculine] { greeting-civil }
       *[neutral] { $recipient-title-kind ->
            [maitre] { greeting-civil }
           *[other] { greeting-neutral }
        }
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Mesdames, Messieurs,
            [firm] Chère équipe organisatrice,
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
    [firm] Madame, Monsieur,
   *[other] Bonjour,
}

# Forme d’adresse connue (ou « Maître ») : l’appel, ou « Bonjour » suivi de la civilité.
greeting-civil = { $tone ->
    [formal] { greeting-appel },
    [firm] { greeting-appel },
   *[other] Bonjour { greeting-cordial },
}

# L’appel d’une lettre, que la formule de politesse reprend. Seulement sous une forme
# d’adresse féminine ou masculine, ou pour « Maître ». Un titre inconnu (« Senator », « Ing. »)
# n’est pas recopié : « Madame, » / « Monsieur, ».
greeting-appel = { $recipient-title-kind ->
    [maitre] Maître
    [professor] { $recipient-form ->
        [feminine] Madame la Professeure
       *[masculine] Monsieur le Professeur
    }
    [doctor] { greeting-civility }
    [president] { $recipient-form ->
        [feminine] Madame la Présidente
       *[masculine] Monsieur le Président
    }
    [directeur] { $recipient-form ->
        [feminine] Madame la Directrice
       *[masculine] Monsieur le Directeur
    }
    [doyen] { $recipient-form ->
        [feminine] Madame la Doyenne
       *[masculine] Monsieur le Doyen
    }
    [recteur] { $recipient-form ->
        [feminine] Madame la Rectrice
       *[masculine] Monsieur le Recteur
    }
    [senateur] { $recipient-form ->
        [feminine] Madame la Sénatrice
       *[masculine] Monsieur le Sénateur
    }
    [ministre] { $recipient-form ->
        [feminine] Madame la Ministre
       *[masculine] Monsieur le Ministre
    }
    [ambassadeur] { $recipient-form ->
        [feminine] Madame l’Ambassadrice
       *[masculine] Monsieur l’Ambassadeur
    }
    [maire] { $recipient-form ->
        [feminine] Madame la Maire
       *[masculine] Monsieur le Maire
    }
   *[other] { greeting-civility }
}

# Après « Bonjour » : « Madame Dupont » (ou « Madame » sans nom de famille), aussi pour un
# titre inconnu ; avec un titre connu, l’appel lui-même (« Bonjour Madame la Professeure, »,
# « Bonjour Maître, »).
greeting-cordial = { $recipient-title-kind ->
    [none] { greeting-civility-name }
    [honorific] { greeting-civility-name }
    [doctor] { greeting-civility-name }
    [professor] { greeting-civility-name }
    [other] { greeting-civility-name }
   *[titled] { greeting-appel }
}

greeting-civility-name = { $has-recipient-family ->
    [true] { greeting-civility } { $recipient-family }
   *[false] { greeting-civility }
}

greeting-civility = { $recipient-form ->
    [feminine] Madame
   *[masculine] Monsieur
}

# Forme neutre : le nom tel qu’il a été donné (« Bonjour Claire Dubois, », « Bonjour Claire, »),
# jamais un nom de famille seul (« Bonjour Dubois, »).
greeting-neutral = { $has-recipient-given ->
    [true] { $tone ->
        [formal] Bonjour { $recipient },
        [firm] Bonjour { $recipient },
       *[other] Bonjour { $recipient-given },
    }
   *[false] { $has-recipient-family ->
        [true] { $tone ->
            [formal] Madame, Monsieur,
            [firm] Madame, Monsieur,
           *[other] { $recipient-title-kind ->
                [doctor] Bonjour Docteur { $recipient-family },
                [professor] Bonjour Professeur { $recipient-family },
               *[other] Bonjour,
            }
        }
       *[false] Bonjour { $recipient },
    }
}

# En formel et en ferme, la formule de politesse reprend l’appel de la lettre ; après
# « Bonjour … », la clôture est « Bien cordialement, » / « Cordialement, ».
signature = { $tone ->
    [formal]
        { signature-formal }
        { $sender }
    [firm]
        { signature-firm }
        { $sender }
    [brief]
        Bien à vous,
        { $sender }
   *[warm]
        Bien cordialement,
        { $sender }
}

signature-formal = { $has-recipient ->
    [true] { $recipient-form ->
        [feminine] Je vous prie d’agréer, { greeting-appel }, l’expression de mes salutations distinguées.
        [masculine] Je vous prie d’agréer, { greeting-appel }, l’expression de mes salutations distinguées.
       *[neutral] { $recipient-title-kind ->
            [maitre] Je vous prie d’agréer, { greeting-appel }, l’expression de mes salutations distinguées.
           *[other] { $has-recipient-given ->
                [true] Bien cordialement,
               *[false] { $has-recipient-family ->
                    [true] Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
                   *[false] Bien cordialement,
                }
            }
        }
    }
   *[false] { $scenario ->
        [speaking_engagement] Je vous prie d’agréer, Mesdames, Messieurs, l’expression de mes salutations distinguées.
        [academic_invitation] Je vous prie de recevoir, chères et chers collègues, mes salutations les plus cordiales.
       *[other] Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
    }
}

signature-firm = { $has-recipient ->
    [true] { $recipient-form ->
        [feminine] Veuillez agréer, { greeting-appel }, l’expression de mes salutations distinguées.
        [masculine] Veuillez agréer, { greeting-appel }, l’expression de mes salutations distinguées.
       *[neutral] { $recipient-title-kind ->
            [maitre] Veuillez agréer, { greeting-appel }, l’expression de mes salutations distinguées.
           *[other] { $has-recipient-given ->
                [true] Cordialement,
               *[false] { $has-recipient-family ->
                    [true] Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
                   *[false] Cordialement,
                }
            }
        }
    }
   *[false] { $scenario ->
        [job_interview] Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
        [clarification_reply] Veuillez agréer, Madame, Monsieur, l’expression de mes salutations distinguées.
       *[other] Cordialement,
    }
}

## Groupes nominaux

# « le poste « Product Designer » chez Acme », « le poste à pourvoir chez Acme », « ce poste »
# (guillemets : « le poste de » donnerait « de Ingénieur »).
# L’intitulé après « poste », sans guillemets : « d’analyste », « d’ingénieure », « de chef de
# projet », « de haute responsable » (h aspiré : `elision_exceptions` de pack.toml).
job-title = { $position-elides ->
    [true] d’{ $position }
   *[false] de { $position }
}

role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] le poste { job-title }{ at-employer }
       *[false] le poste { job-title }
    }
   *[false] { $has-organization ->
        [true] le poste en question{ at-employer }
       *[false] ce poste
    }
}

# L’objet d’un report : le type d’invitation s’il est connu (« la conférence plénière lors de
# l’événement « Rencontres 2027 » ») ; sinon un événement, un entretien, un échange. Le nom
# reste entre guillemets, après un nom à nous (jamais « à/de/du » devant lui).
meeting-phrase = { $invitation ->
    [screening_call] l’entretien de présélection{ meeting-for-role }
    [interview] l’entretien{ meeting-for-role }
    [final_round] l’entretien final{ meeting-for-role }
    [article] l’interview en vue de votre article{ meeting-in-event }
    [broadcast] l’interview dans votre émission{ meeting-named-event }
    [podcast] l’enregistrement de votre podcast{ meeting-named-event }
    [comment] notre échange en vue de votre article{ meeting-in-event }
    [talk] mon intervention{ meeting-at-event }
    [keynote] ma conférence plénière{ meeting-at-event }
    [panel] la table ronde{ meeting-at-event }
    [workshop] l’atelier{ meeting-at-event }
    [webinar] le webinaire{ $event-shape ->
        [plain] { meeting-named-event }
       *[other] { meeting-for-event }
    }
    [guest_lecture] ma conférence{ meeting-for-event }
    [committee] { $has-event ->
        [true] la réunion { meeting-of-committee }
       *[false] la réunion du comité
    }
    [editorial_board] la réunion du comité de rédaction{ $has-event ->
        [true] {" "}{ meeting-of-journal }
       *[false] {""}
    }
    [program_committee] { $event-gender ->
        [comite] la réunion du { $event }
       *[other] la réunion du comité de programme{ $has-event ->
            [true] {" "}{ meeting-of-event }
           *[false] {""}
        }
    }
    [examiner] { $event-gender ->
        [soutenance] { $event-shape ->
            [kind-first] la { $event }
           *[other] la soutenance{ meeting-thesis }
        }
       *[other] la soutenance{ meeting-thesis }
    }
   *[other] { $has-event ->
        [true] « { $event } »
       *[false] { $has-position ->
            [true] l’entretien pour le poste { job-title }
           *[false] { $has-topic ->
                [true] notre échange { on-topic }
               *[false] notre échange
            }
        }
    }
}

# « dans le cadre de l’événement « Programme Jeunes Talents » » (jamais « de « Le … » »),
# « lors de l’événement « Rencontres 2027 » », « dans « Le Monde des livres » »,
# « « C ce soir » » (en apposition), « de la thèse « … » », ou rien.
meeting-for-event = { $has-event ->
    [true] { $event-shape ->
        [article] {" "}pour { $event }
        [plain] {" "}pour { $event }
        [kind-first] {" "}{ $event-gender ->
            [masculine] dans le cadre du { $event }
            [feminine] dans le cadre de la { $event }
            [elided-masculine] dans le cadre de l’{ $event }
            [elided-feminine] dans le cadre de l’{ $event }
            [plural-masculine] dans le cadre des { $event }
            [plural-feminine] dans le cadre des { $event }
           *[other] dans le cadre de l’événement « { $event } »
        }
       *[other] {" "}dans le cadre de l’événement « { $event } »
    }
   *[false] {""}
}

# « relatif au poste « … » » après un entretien, si aucun événement n’est nommé.
meeting-for-role = { $has-event ->
    [true] { meeting-for-event }
   *[false] { $has-position ->
        [true] {" "}pour le poste { job-title }
       *[false] {""}
    }
}

# Un nom simple (« VivaTech 2027 ») se passe de cadre : « à VivaTech 2027 ». Un nom qui
# porte son article ou son type (« les Journées … », « Colloque … ») garde le sien.
meeting-at-event = { $has-event ->
    [true] { $event-shape ->
        [plain] {" "}à { $event }
        [article] {" "}pendant { $event }
        [kind-first] {" "}{ $event-gender ->
            [masculine] lors du { $event }
            [feminine] lors de la { $event }
            [elided-masculine] lors de l’{ $event }
            [elided-feminine] lors de l’{ $event }
            [plural-masculine] lors des { $event }
            [plural-feminine] lors des { $event }
           *[other] lors de l’événement « { $event } »
        }
       *[other] {" "}lors de l’événement « { $event } »
    }
   *[false] {""}
}

meeting-in-event = { $has-event ->
    [true] {" "}dans « { $event } »
   *[false] {""}
}

meeting-named-event = { $has-event ->
    [true] {" "}« { $event } »
   *[false] {""}
}

meeting-thesis = { $has-event ->
    [true] { thesis-of-event }
   *[false] {" "}de thèse
}

# Après « invitation » : ce qu’on m’invite à faire (« à intervenir lors de l’événement « … » »,
# « à participer à votre podcast « … » », « à siéger au jury de thèse ») ou à quoi ;
# sans type : « pour « Rencontres 2027 » » (un nom ne suit jamais « à »), « à notre échange ».
meeting-invitation = { $invitation ->
    [broadcast] à participer à l’émission{ meeting-named-event }
    [podcast] à participer au podcast{ meeting-named-event }
    [talk] à intervenir{ meeting-at-event }
    [keynote] à donner la conférence plénière{ meeting-at-event }
    [panel] à participer à la table ronde{ meeting-at-event }
    [workshop] à animer l’atelier{ meeting-at-event }
    [webinar] à animer le webinaire{ $event-shape ->
        [plain] { meeting-named-event }
       *[other] { meeting-for-event }
    }
    [guest_lecture] à donner une conférence{ meeting-for-event }
    [examiner] à siéger au jury{ meeting-thesis }
    [none] { $has-event ->
        [true] pour { meeting-phrase }
       *[false] à { meeting-phrase }
    }
    [screening_call] à { meeting-phrase }
    [interview] à { meeting-phrase }
    [final_round] à { meeting-phrase }
    [article] à { meeting-phrase }
    [comment] à { meeting-phrase }
    [committee] à { meeting-phrase }
    [editorial_board] à { meeting-phrase }
    [program_committee] à { meeting-phrase }
   *[other] { $has-event ->
        [true] pour { meeting-phrase }
       *[false] à { meeting-phrase }
    }
}

# « (Acme) » après un événement, ou rien.
# L’employeur : « chez Alan », « chez Le Monde » ; un nom qui commence par ce qu’il est
# (« Banque de France », « Université de Lyon ») voudrait un article dont on ignore le genre.
at-employer = { $has-organization ->
    [true] {" "}{ $organization-shape ->
            [plain] chez { $organization }
            [article] { $organization-gender ->
                [defini-f] à { $organization }
                [defini-elide] à { $organization }
               *[other] chez { $organization }
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

# Pour qui l’on écrirait, parlerait ou travaillerait : « pour Les Échos », « pour OpenClassrooms ».
for-organization = { $has-organization ->
    [true] {" "}{ $organization-shape ->
            [plain] pour { $organization }
            [article] pour { $organization }
            [kind-first] { $organization-gender ->
                [masculine] pour le { $organization }
                [feminine] pour la { $organization }
                [elided-masculine] pour l’{ $organization }
                [elided-feminine] pour l’{ $organization }
                [plural-masculine] pour les { $organization }
                [plural-feminine] pour les { $organization }
               *[other] ({ $organization })
            }
           *[other] ({ $organization })
        }
   *[false] {""}
}

at-organization = { $event-shape ->
    [kind-first] { $event-gender ->
        [masculine] { hosted-by-m }
        [elided-masculine] { hosted-by-m }
        [feminine] { hosted-by-f }
        [elided-feminine] { hosted-by-f }
        [plural-masculine] { hosted-by-mp }
        [plural-feminine] { hosted-by-fp }
       *[other] { hosted-by-m }
    }
    [article] { hosted-by-paren }
   *[other] { hosted-by-m }
}

# Après un nom dont on ignore le genre (« VivaTech 2027 », « les Journées … ») : entre
# parenthèses, ou rien quand le nom de l’événement contient déjà celui de l’organisation.
hosted-by-paren = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] {" "}qu’organise { $organization }
    }
   *[false] {""}
}

# fix13 : « de l’Agence nationale de la recherche », « de la Fondation … », « du Centre … »,
# « de Numeum », « d’Airbus » ; sinon « (…) ».
of-organization = { $has-organization ->
    [true] {" "}{ $organization-shape ->
            [plain] { $organization-elides ->
                [true] d’{ $organization }
               *[false] de { $organization }
            }
            [article] { $organization-gender ->
                [defini-f] de { $organization }
                [defini-elide] de { $organization }
               *[other] ({ $organization })
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

## La raison de l’expéditeur, dans ses mots (son point final est retiré avant d’arriver ici).

# fix11 : la raison tapée en minuscules se rattache à la phrase de refus (« En effet, … ») au
# lieu de tomber, brute, après elle ; tapée comme une phrase, elle reste telle quelle. Dans la
# réponse à « peut-on ajuster quelque chose ? », une rémunération se dit « Concrètement, … ».
reason-note = { $reason-note-shape ->
    [clause] { $scenario ->
        [clarification_reply] { $reason ->
            [compensation] À titre indicatif, { $reason-note }.
           *[other] En effet, { $reason-note }.
        }
       *[other] En effet, { $reason-note }.
    }
   *[other] { $reason-note }.
}

## Recommander une ou un collègue (sans « mon collègue » / « ma collègue », qui supposerait un genre)

# Le nom de la personne recommandée vient après deux-points, tel qu’il a été
# tapé : « Dr Paul Besson » n’y demande pas d’article (« le Dr … » en cours de phrase). Son
# domaine, entre parenthèses, se lit avec ou sans article (« (l’imagerie médicale) »,
# « (droit fiscal) ») : jamais « expertise en l’IA ».
referral = { $tone ->
    [formal] Si cela peut vous être utile, je vous suggère un nom : { $referral }{ referral-expertise }{ referral-contact }.
    [brief] Une piste, si besoin : { $referral }{ referral-expertise }{ referral-contact }.
   *[other] Si cela peut vous aider, quelqu’un me semble tout indiqué : { $referral }{ referral-expertise }{ referral-contact }.
}

# Le domaine, tel que tapé (« l’IA », « droit fiscal ») : jamais après « en » (« en l’IA »).
referral-expertise = { $has-referral-expertise ->
    [true] , dont la spécialité est { $referral-expertise }
   *[false] {""}
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] ; vous pourrez lui écrire à l’adresse { $referral-contact }
        [brief] , { $referral-contact }
       *[other] ; vous pouvez lui écrire à l’adresse { $referral-contact }
    }
   *[false] {""}
}

hosted-by-m = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , organisé par { $organization }
            [article] , organisé par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , organisé par le { $organization }
                [feminine] , organisé par la { $organization }
                [elided-masculine] , organisé par l’{ $organization }
                [elided-feminine] , organisé par l’{ $organization }
                [plural-masculine] , organisé par les { $organization }
                [plural-feminine] , organisé par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

hosted-by-f = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , organisée par { $organization }
            [article] , organisée par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , organisée par le { $organization }
                [feminine] , organisée par la { $organization }
                [elided-masculine] , organisée par l’{ $organization }
                [elided-feminine] , organisée par l’{ $organization }
                [plural-masculine] , organisée par les { $organization }
                [plural-feminine] , organisée par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

hosted-by-mp = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , organisés par { $organization }
            [article] , organisés par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , organisés par le { $organization }
                [feminine] , organisés par la { $organization }
                [elided-masculine] , organisés par l’{ $organization }
                [elided-feminine] , organisés par l’{ $organization }
                [plural-masculine] , organisés par les { $organization }
                [plural-feminine] , organisés par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

hosted-by-fp = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $organization-shape ->
            [plain] , organisées par { $organization }
            [article] , organisées par { $organization }
            [kind-first] { $organization-gender ->
                [masculine] , organisées par le { $organization }
                [feminine] , organisées par la { $organization }
                [elided-masculine] , organisées par l’{ $organization }
                [elided-feminine] , organisées par l’{ $organization }
                [plural-masculine] , organisées par les { $organization }
                [plural-feminine] , organisées par les { $organization }
               *[other] {" "}({ $organization })
            }
           *[other] {" "}({ $organization })
        }
    }
   *[false] {""}
}

# « au jury de la thèse de Mme Weber », « au jury de la soutenance de thèse de M. Dupuis » (le
# nom dit déjà ce qu’il est) ; un titre de thèse, entre guillemets : « de la thèse « … » ».
thesis-of-event = { $event-shape ->
    [kind-first] { $event-gender ->
        [these] {" "}de la { $event }
        [soutenance] {" "}de la { $event }
       *[other] {" "}de la thèse « { $event } »
    }
   *[other] {" "}de la thèse « { $event } »
}
