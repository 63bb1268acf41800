### Partes comunes a todas las cartas: saludo, firma, sintagmas nominales, el motivo propio
### de quien escribe y la recomendación de un colega.
###
### Registro: usted (ustedes ante un equipo) en formal y firm; en warm y brief, tú cuando la
### carta nombra a su destinatario por su nombre de pila ($has-recipient-given), y si no,
### usted/ustedes o formas impersonales. Nunca se deduce el género de un nombre: el saludo solo concuerda cuando
### quien llama indica la forma de tratamiento ($recipient-form), y se evitan adjetivos y
### participios que concuerden con quien escribe ("encantado/a", "agradecido/a").
### Tras el saludo, dos puntos; tras una despedida breve sin verbo, coma.

## Saludo y firma
##
## El saludo sigue la convención española por tono, con los datos que da quien llama:
## - formal y firm: "Estimada profesora Berg:", "Estimado Dr. Berg:", "Estimada Sra. Berg:"
##   (título o tratamiento con el apellido). El género sale solo de $recipient-form, nunca
##   del nombre; con la forma neutra, "Buenos días, Ana Berg:" (nombre completo, sin
##   "Estimado/a"), o "Buenos días, Prof. Berg:" para un profesor (la abreviatura no marca
##   el género en la práctica). Un título que el paquete no conoce se escribe tal cual
##   ($recipient-title).
## - warm y brief: el cuerpo tutea al destinatario nombrado, así que el saludo usa el nombre
##   de pila ("Hola, Ana:"); sin nombre de pila, tratamiento y apellido ("Hola, Sra. Berg:").
## - Solo el nombre completo ($recipient): "Buenos días, Ana Berg:" o, con género,
##   "Estimada Sra. Ana Berg:"; nunca "Hola, Ana Berg:".
## - "Estimado/a" nunca va pegado a un nombre: siempre media un título o tratamiento.

greeting = { $has-recipient ->
    [true] { $tone ->
        [formal] { greeting-formal }
        [firm] { greeting-formal }
        [brief] { greeting-warm }
       *[warm] { greeting-warm }
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
            [formal] { academic-generic-greeting }
            [firm] { academic-generic-greeting }
           *[other] Hola:
        }
       *[other] { $tone ->
            [formal] Buenos días:
            [firm] Buenos días:
           *[other] Hola:
        }
    }
}

# Sin destinatario, a quien invita según lo que pide: la redacción de una revista, los
# organizadores de una conferencia; un comité en lo demás.
academic-generic-greeting = { $invitation ->
    [peer_review] Estimado equipo editorial:
    [editorial_board] Estimado equipo editorial:
    [guest_lecture] Estimados organizadores:
    [program_committee] Estimados organizadores:
    [examiner] Estimados miembros del tribunal:
    [committee] Estimados miembros del comité:
   *[other] Buenos días:
}

generic-hiring-greeting = { $tone ->
    [formal] Estimado equipo de selección:
    [firm] Estimado equipo de selección:
   *[other] Hola:
}

# formal y firm (usted)
greeting-formal = { $recipient-form ->
    [feminine] { greeting-formal-feminine }
    [masculine] { greeting-formal-masculine }
   *[neutral] { greeting-formal-neutral }
}

# "Estimada profesora Berg:", "Estimada Dra. Berg:", "Estimada Sra. Berg:", "Estimada Lic. Berg:";
# solo nombre de pila: "Estimada profesora:", "Buenos días, Ana:"; solo nombre completo:
# "Estimada Sra. Ana Berg:".
greeting-formal-feminine = { $has-recipient-family ->
    [true] { $recipient-title-kind ->
        [professor] Estimada profesora { $recipient-family }:
        [doctor] Estimada Dra. { $recipient-family }:
        [none] Estimada Sra. { $recipient-family }:
       *[other] Estimada { $recipient-title } { $recipient-family }:
    }
   *[false] { $has-recipient-given ->
        [true] { $recipient-title-kind ->
            [professor] Estimada profesora:
            [doctor] Estimada doctora:
           *[other] Buenos días, { $recipient-given }:
        }
       *[false] { $recipient-title-kind ->
            [professor] Estimada profesora { $recipient }:
            [doctor] Estimada Dra. { $recipient }:
            [none] Estimada Sra. { $recipient }:
           *[other] Estimada { $recipient-title } { $recipient }:
        }
    }
}

greeting-formal-masculine = { $has-recipient-family ->
    [true] { $recipient-title-kind ->
        [professor] Estimado profesor { $recipient-family }:
        [doctor] Estimado Dr. { $recipient-family }:
        [none] Estimado Sr. { $recipient-family }:
       *[other] Estimado { $recipient-title } { $recipient-family }:
    }
   *[false] { $has-recipient-given ->
        [true] { $recipient-title-kind ->
            [professor] Estimado profesor:
            [doctor] Estimado doctor:
           *[other] Buenos días, { $recipient-given }:
        }
       *[false] { $recipient-title-kind ->
            [professor] Estimado profesor { $recipient }:
            [doctor] Estimado Dr. { $recipient }:
            [none] Estimado Sr. { $recipient }:
           *[other] Estimado { $recipient-title } { $recipient }:
        }
    }
}

# Sin género: ni "Estimado/a" ni "profesor/a", "Dr./Dra.", "Sr./Sra.". Nombre completo, o el
# título desconocido tal como lo escribió quien llama; con solo un apellido, sin nombre
# ("Buenos días, Berg:" suena a cuartel). A un profesor se le sigue nombrando por el título:
# la abreviatura "Prof." se usa en la práctica para ambos géneros ("Buenos días, Prof. Berg:"),
# mientras que "Dr." frente a "Dra." sí marcaría el género.
greeting-formal-neutral = { $recipient-title-kind ->
    [none] { greeting-formal-neutral-name }
    [professor] { greeting-formal-neutral-professor }
    [doctor] { greeting-formal-neutral-doctor }
   *[other] { $has-recipient-family ->
        [true] Buenos días, { $recipient-title } { $recipient-family }:
       *[false] { $has-recipient-given ->
            [true] Buenos días, { $recipient }:
           *[false] Buenos días, { $recipient-title } { $recipient }:
        }
    }
}

greeting-formal-neutral-professor = { $has-recipient-family ->
    [true] Buenos días, Prof. { $recipient-family }:
   *[false] { $has-recipient-given ->
        [true] Buenos días, { $recipient }:
       *[false] Buenos días, Prof. { $recipient }:
    }
}

# Con solo el apellido, el título tal como lo escribió quien llama ("Buenos días, Dr. Sanz:"):
# es su elección, no una deducción del nombre; con el nombre completo, este.
greeting-formal-neutral-doctor = { $has-recipient-given ->
    [true] Buenos días, { $recipient }:
   *[false] { $has-recipient-family ->
        [true] Buenos días, { $recipient-title } { $recipient-family }:
       *[false] Buenos días, { $recipient }:
    }
}

greeting-formal-neutral-name = { $has-recipient-given ->
    [true] Buenos días, { $recipient-given }:
   *[false] { $has-recipient-family ->
        [true] Buenos días:
       *[false] Buenos días, { $recipient }:
    }
}

# warm y brief (tú): nombre de pila; sin él, tratamiento y apellido ("Hola, Prof. Berg:" sin
# género); con solo el nombre completo, "Buenos días, Ana Berg:".
greeting-warm = { $has-recipient-given ->
    [true] Hola, { $recipient-given }:
   *[false] { $has-recipient-family ->
        [true] { $recipient-form ->
            [feminine] { $recipient-title-kind ->
                [professor] Estimada profesora { $recipient-family }:
                [doctor] Estimada Dra. { $recipient-family }:
                [none] Estimada Sra. { $recipient-family }:
               *[other] Estimada { $recipient-title } { $recipient-family }:
            }
            [masculine] { $recipient-title-kind ->
                [professor] Estimado profesor { $recipient-family }:
                [doctor] Estimado Dr. { $recipient-family }:
                [none] Estimado Sr. { $recipient-family }:
               *[other] Estimado { $recipient-title } { $recipient-family }:
            }
           *[neutral] { $recipient-title-kind ->
                [none] Hola:
                [professor] Buenos días, Prof. { $recipient-family }:
                [doctor] Buenos días, { $recipient-title } { $recipient-family }:
               *[other] Buenos días, { $recipient-title } { $recipient-family }:
            }
        }
       *[false] Buenos días, { $recipient }:
    }
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
   *[warm] { $has-recipient-given ->
        [true]
            Un saludo,
            { $sender }
       *[false]
            Un cordial saludo,
            { $sender }
    }
}

## Sintagmas que se insertan en las frases

# "el puesto de Product Designer que ofrece Acme", "el puesto que ofrece Acme", "el puesto de
# Product Designer (Fundación Alba)", "el puesto de Product Designer", "este puesto". Nunca una
# preposición ante la organización: "en Fundación Alba" o "de Universidad de Salamanca"
# pedirían un artículo que el paquete no puede adivinar (véase role-organization).
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] el puesto de { $position }{ role-organization }
       *[false] el puesto de { $position }
    }
   *[false] { $has-organization ->
        [true] el puesto{ role-organization }
       *[false] este puesto
    }
}

# La empresa, tras el puesto: un nombre propio sin más ("Telefónica", "Mercado Libre", "El
# Corte Inglés") como sujeto de una relativa, sin preposición delante: " que ofrece
# Telefónica"; un nombre que empieza por lo que es ("Universidad de Salamanca", "Fundación
# Alba", "Banco Sur") pediría un artículo de género desconocido, y va entre paréntesis.
role-organization = { $organization-shape ->
    [plain] {" "}en { $organization }
    [article] {" "}en { $organization }
   *[other] {" "}en { org-def }
}

# De qué trata un cambio de fecha: el tipo de invitación, si lo hay ("la conferencia
# magistral en el evento «Congreso Nacional de Diseño 2027»"); si no, un evento, una
# entrevista, una reunión. El nombre que da quien llama ($event) es un nombre sin artículo
# ("Jornadas de Accesibilidad Digital", "Revista de Lógica Aplicada"): va siempre entre
# comillas tras un sustantivo del paquete que lleva el artículo ("el evento", "la revista",
# "la comisión", "el programa"), nunca tras una preposición.
meeting-phrase = { $invitation ->
    [screening_call] la llamada de preselección{ meeting-for-position }{ meeting-of-call }
    [interview] la entrevista{ meeting-for-position }{ meeting-of-call }
    [final_round] la entrevista final{ meeting-for-position }{ meeting-of-call }
    [article] { $has-event ->
        [true] la entrevista de { publication-name }
       *[false] la entrevista para el artículo
    }
    [broadcast] la entrevista para el programa{ $has-event ->
        [true] {" "}«{ $event }»
       *[false] {""}
    }
    [podcast] la grabación del pódcast{ $has-event ->
        [true] {" "}«{ $event }»
       *[false] {""}
    }
    [comment] { $has-event ->
        [true] la conversación con { publication-name }
       *[false] la conversación para el reportaje
    }
    [talk] la charla{ meeting-at-event }
    [keynote] la conferencia magistral{ meeting-at-event }
    [panel] la mesa redonda{ meeting-at-event }
    [workshop] el taller{ meeting-at-event }
    [webinar] el seminario web{ $has-event ->
        [true] {" "}«{ $event }»
       *[false] {""}
    }
    [guest_lecture] la conferencia{ meeting-at-event }
    [committee] { $has-event ->
        [true] la reunión { committee-of }
       *[false] la reunión del comité
    }
    [editorial_board] la reunión del consejo editorial{ $has-event ->
        [true] {" "}de { journal-name }
       *[false] {""}
    }
    [program_committee] { $event-gender ->
        [committee-masculine] la reunión { event-of }
        [committee-feminine] la reunión { event-of }
       *[other] la reunión del comité científico{ $has-event ->
            [true] {" "}{ event-of }
           *[false] {""}
        }
    }
    [examiner] { $has-event ->
        [true] { $event-gender ->
            [committee-masculine] la sesión { event-of }
            [committee-feminine] la sesión { event-of }
           *[other] la defensa de la tesis «{ $event }»
        }
       *[false] la defensa de tesis
    }
   *[other] { $has-event ->
        [true] participar en { event-in }
       *[false] { $has-position ->
            [true] la entrevista para el puesto de { $position }
           *[false] { $has-topic ->
                [true] la reunión sobre { $topic }
               *[false] la reunión
            }
        }
    }
}

# Lo mismo tras "de", con la contracción que piden los nombres masculinos del paquete: "del
# taller", "del seminario web", "del evento «…»"; "de la charla…" en lo demás.
meeting-of = { $invitation ->
    [workshop] del taller{ meeting-at-event }
    [webinar] del seminario web{ $has-event ->
        [true] {" "}«{ $event }»
       *[false] {""}
    }
    [screening_call] de { meeting-phrase }
    [interview] de { meeting-phrase }
    [final_round] de { meeting-phrase }
    [article] de { meeting-phrase }
    [broadcast] de { meeting-phrase }
    [podcast] de { meeting-phrase }
    [comment] de { meeting-phrase }
    [talk] de { meeting-phrase }
    [keynote] de { meeting-phrase }
    [panel] de { meeting-phrase }
    [guest_lecture] de { meeting-phrase }
    [committee] de { meeting-phrase }
    [editorial_board] de { meeting-phrase }
    [program_committee] de { meeting-phrase }
    [examiner] de { meeting-phrase }
   *[other] { $has-event ->
        [true] { event-of }
       *[false] de { meeting-phrase }
    }
}

# Lo que se hace en ello, tras "invitación a" o "invitarme a": quien da una charla la
# imparte; en lo demás, se participa.
meeting-task = { $invitation ->
    [screening_call] { meeting-phrase }
    [interview] { meeting-phrase }
    [final_round] { meeting-phrase }
    [talk] impartir { meeting-phrase }
    [keynote] impartir { meeting-phrase }
    [workshop] impartir { meeting-phrase }
    [guest_lecture] impartir { meeting-phrase }
    [webinar] impartir { meeting-phrase }
    [examiner] { $event-gender ->
        [committee-masculine] formar parte { event-of }
        [committee-feminine] formar parte { event-of }
       *[other] formar parte del tribunal en { meeting-phrase }
    }
    [broadcast] participar en el programa{ $has-event ->
        [true] {" "}«{ $event }»
       *[false] {""}
    }
   *[other] participar en { meeting-phrase }
}

# " en el evento «Congreso Nacional de Diseño 2027»", o nada.
meeting-at-event = { $has-event ->
    [true] {" "}en { event-in }
   *[false] {""}
}

# El evento tras "en" (una marca sin palabra de tipo va sola: "en Codemotion Madrid 2027"): un nombre que ya trae su artículo ("el Foro de Innovación Social")
# va tal cual ("en el Foro…"); los demás, entre comillas tras "el evento".
event-in = { $event-shape ->
    [article] { $event }
   *[other] { $event-gender ->
        [masculine] el { $event }
        [committee-masculine] el { $event }
        [feminine] la { $event }
        [committee-feminine] la { $event }
        [plural-masculine] los { $event }
        [plural-feminine] las { $event }
       *[other] { $event-shape ->
            [plain] { $event }
           *[other] el evento «{ $event }»
        }
    }
}

# "del Congreso…", "de la Semana…", "de las Jornadas…"; sin palabra de tipo, "del evento «…»".
event-of = { $event-shape ->
    [article] de { $event }
   *[other] { $event-gender ->
        [masculine] del { $event }
        [committee-masculine] del { $event }
        [feminine] de la { $event }
        [committee-feminine] de la { $event }
        [plural-masculine] de los { $event }
        [plural-feminine] de las { $event }
       *[other] del evento «{ $event }»
    }
}

# La organización con su artículo cuando su nombre dice lo que es ("la Fundación ONCE", "el
# Instituto Cervantes", "la Universidad de Salamanca"); tal cual si no ("Glovo", "El País").
org-def = { $organization-shape ->
    [kind-first] { org-def-kind }
    [kind] { org-def-kind }
   *[other] { $organization }
}
org-def-kind = { $organization-gender ->
    [masculine] el { $organization }
    [committee-masculine] el { $organization }
    [feminine] la { $organization }
    [committee-feminine] la { $organization }
    [plural-masculine] los { $organization }
    [plural-feminine] las { $organization }
   *[other] { $organization }
}
# Tras "de": "del Instituto…", "de la Fundación…", "de Glovo".
org-of = { $organization-shape ->
    [kind-first] { org-of-kind }
    [kind] { org-of-kind }
   *[other] de { $organization }
}
org-of-kind = { $organization-gender ->
    [masculine] del { $organization }
    [committee-masculine] del { $organization }
    [feminine] de la { $organization }
    [committee-feminine] de la { $organization }
    [plural-masculine] de los { $organization }
    [plural-feminine] de las { $organization }
   *[other] de { $organization }
}

# Una revista tras "para" o "de": con su propio artículo, tal cual ("para La Gaceta", "de El
# Trimestre Económico": la RAE no contrae el artículo de un título); un nombre que ya dice
# lo que es, tras "la publicación" (no "la revista «Revista…»"); los demás, tras "la revista".
journal-name = { $event-shape ->
    [article] { $event }
    [kind-first] { $event-gender ->
        [feminine] la { $event }
        [committee-feminine] la { $event }
        [plural-feminine] las { $event }
       *[other] la publicación «{ $event }»
    }
    [kind] { $event-gender ->
        [feminine] la { $event }
        [committee-feminine] la { $event }
        [plural-feminine] las { $event }
       *[other] la publicación «{ $event }»
    }
   *[other] la revista «{ $event }»
}

# Tras "en": "la iniciativa «Red de Lógica Aplicada»", o el nombre con su artículo.
initiative-in = { $event-shape ->
    [article] { $event }
    [kind-first] { event-in }
    [kind] { event-in }
   *[other] la iniciativa «{ $event }»
}

# " para el puesto de analista de riesgos", o nada.
meeting-for-position = { $has-position ->
    [true] {" "}para el puesto de { $position }
   *[false] {""}
}

# Una entrevista de trabajo con nombre: " de la convocatoria «Programa Talento 2027»", o nada.
meeting-of-call = { $has-event ->
    [true] {" "}de la convocatoria «{ $event }»
   *[false] {""}
}

# " (Acme)" tras un evento, un comité o una invitación, o nada: "de Universidad de
# Salamanca" pediría un artículo que el paquete no puede adivinar.
at-organization = { $has-organization ->
    [true] {" "}{ org-of }
   *[false] {""}
}

## El motivo propio de quien escribe, con sus palabras (llega sin el punto final).

# Quien escribe da su motivo como lo presentaría en una carta, no pegado como una frase
# suelta: "El motivo es que…", "Lo que ocurre es que…"; en una respuesta a "¿podríamos
# ajustar algo?", lo que haría falta: "En concreto, necesitaría…".
# Un motivo escrito como frase propia ("Mi madre necesita…") va solo; en minúscula se une.
reason-note = { $reason-note-shape ->
    [sentence] { $reason-note }.
   *[other] { reason-note-joined }
}

reason-note-joined = { $scenario ->
    [clarification_reply] { $tone ->
        [firm] El motivo es que { $reason-note }.
       *[other] En concreto, { $reason-note }.
    }
    [reschedule] { $reason ->
        [none] { $tone ->
            [formal] Lamentablemente, el día previsto no puedo asistir, ya que { $reason-note }.
            [firm] El día previsto no puedo, ya que { $reason-note }.
            [brief] El día fijado no puedo, ya que { $reason-note }.
           *[warm] Por desgracia, el día previsto no puedo porque { $reason-note }.
        }
       *[other] { $tone ->
            [formal] El motivo es que { $reason-note }.
            [firm] El motivo es que { $reason-note }.
           *[other] Lo que ocurre es que { $reason-note }.
        }
    }
   *[other] { $tone ->
        [formal] El motivo es que { $reason-note }.
        [firm] La razón es que { $reason-note }.
        [brief] Lo que ocurre es que { $reason-note }.
       *[warm] { $reason ->
            [caregiving] Lo que ocurre es que { $reason-note }.
            [timing] Lo que ocurre es que { $reason-note }.
            [logistics] Lo que ocurre es que { $reason-note }.
            [bandwidth] Lo que ocurre es que { $reason-note }.
           *[other] El motivo es que { $reason-note }.
        }
    }
}

## Recomendar a un colega ("colega" vale para cualquier género)

referral = { $tone ->
    [formal] Por si resulta de utilidad, le sugiero a alguien que { referral-fit }: { $referral }{ referral-expertise }{ referral-contact }.
    [brief] { $scenario ->
        [job_interview] Para el puesto, puedo sugerir un nombre: { $referral }{ referral-expertise }{ referral-contact }.
        [clarification_reply] Para el puesto, puedo sugerir un nombre: { $referral }{ referral-expertise }{ referral-contact }.
       *[other] Puedo sugerir un nombre: { $referral }{ referral-expertise }{ referral-contact }.
    }
   *[other] Si sirve de ayuda, conozco a alguien que { referral-fit }: { $referral }{ referral-expertise }{ referral-contact }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , con amplia experiencia en { $referral-expertise }
        [brief] , especialista en { $referral-expertise }
       *[other] , con una sólida trayectoria en { $referral-expertise }
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] { $invitation ->
            [broadcast] sería una voz muy autorizada
            [podcast] sería una voz muy autorizada
           *[other] sería una fuente muy valiosa
        }
        [speaking_engagement] sería una excelente opción como ponente
        [academic_invitation] sería una alternativa excelente
       *[other] sería un perfil muy sólido para su equipo
    }
   *[other] { $scenario ->
        [media_interview] { $invitation ->
            [broadcast] sería una voz estupenda
            [podcast] sería una voz estupenda
           *[other] sería una fuente estupenda
        }
        [speaking_engagement] sería una excelente opción como ponente
        [academic_invitation] sería una opción excelente
       *[other] sería una gran incorporación para el equipo
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] {" "}({ $referral-contact })
        [brief] {" "}({ $referral-contact })
       *[other] {" "}({ $referral-contact })
    }
   *[false] {""}
}

# Una comisión o un comité con nombre: "de la Comisión de Doctorado", "del Comité de Ética"
# si el nombre dice lo que es; si no, "de la comisión «…»".
committee-of = { $event-shape ->
    [article] de { $event }
    [kind-first] { event-of }
    [kind] { event-of }
   *[other] de la comisión «{ $event }»
}
