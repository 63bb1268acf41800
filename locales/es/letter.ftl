### Partes comunes a todas las cartas: saludo, firma, sintagmas nominales, el motivo propio
### de quien escribe y la recomendación de un colega.
###
### Registro: usted (ustedes ante un equipo) en formal y firm; en warm y brief, tú cuando la
### carta nombra a su destinatario ($has-recipient), y si no, usted/ustedes o formas
### impersonales. Nunca se deduce el género de un nombre: los saludos son neutros
### ("Buenos días, …:", "Hola, …:", "Estimado equipo…:"), y se evitan adjetivos y
### participios que concuerden con quien escribe ("encantado/a", "agradecido/a").
### Tras el saludo, dos puntos; tras una despedida breve sin verbo, coma.

## Saludo y firma

greeting = { $has-recipient ->
    [true] { $tone ->
        [formal] Buenos días, { $recipient }:
        [firm] Buenos días, { $recipient }:
       *[other] Hola, { $recipient }:
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Estimado comité organizador:
            [firm] Estimado equipo organizador:
           *[other] Hola:
        }
        [academic_invitation] { $tone ->
            [formal] Estimado comité:
            [firm] Estimado comité:
           *[other] Hola:
        }
       *[other] { $tone ->
            [formal] Buenos días:
            [firm] Buenos días:
           *[other] Hola:
        }
    }
}

generic-hiring-greeting = { $tone ->
    [formal] Estimado equipo de selección:
    [firm] Estimado equipo de selección:
   *[other] Hola:
}

signature = { $tone ->
    [formal]
        Atentamente,
        { $sender }
    [firm]
        Saludos cordiales,
        { $sender }
    [brief]
        Un saludo,
        { $sender }
   *[warm]
        Un cordial saludo,
        { $sender }
}

## Sintagmas que se insertan en las frases

# "el puesto de Product Designer en Acme", "el puesto en Acme", "el puesto de Product Designer", "este puesto"
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] el puesto de { $position } en { $organization }
       *[false] el puesto de { $position }
    }
   *[false] { $has-organization ->
        [true] el puesto en { $organization }
       *[false] este puesto
    }
}

# De qué trata un cambio de fecha: un evento, una entrevista, una reunión.
meeting-phrase = { $has-event ->
    [true] { $event }
   *[false] { $has-position ->
        [true] la entrevista para el puesto de { $position }
       *[false] { $has-topic ->
            [true] la reunión sobre { $topic }
           *[false] la reunión
        }
    }
}

# " de Acme" tras un evento o una invitación, o nada.
at-organization = { $has-organization ->
    [true] {" "}de { $organization }
   *[false] {""}
}

## El motivo propio de quien escribe, con sus palabras (llega sin el punto final).

reason-note = { $reason-note }.

## Recomendar a un colega ("colega" vale para cualquier género)

referral = { $tone ->
    [formal] Por si resulta de utilidad, mi colega { $referral }{ referral-expertise } { referral-fit }{ referral-contact }.
    [brief] Puedo recomendar a { $referral }{ referral-expertise }{ referral-contact }.
   *[other] Si sirve de ayuda, mi colega { $referral }{ referral-expertise } { referral-fit }{ referral-contact }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , con amplia experiencia en { $referral-expertise },
        [brief] , especialista en { $referral-expertise }
       *[other] , con gran experiencia en { $referral-expertise },
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] sería una voz excelente para el artículo
        [speaking_engagement] sería una excelente opción como ponente
        [academic_invitation] sería una alternativa excelente
       *[other] sería un perfil muy sólido para el puesto
    }
   *[other] { $scenario ->
        [media_interview] podría ser una gran voz para el artículo
        [speaking_engagement] podría ser una gran opción como ponente
        [academic_invitation] podría ser una opción excelente
       *[other] podría ser un perfil muy interesante
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] ; { $referral } está localizable en { $referral-contact }
        [brief] {" "}({ $referral-contact })
       *[other] ; su contacto es { $referral-contact }
    }
   *[false] {""}
}
