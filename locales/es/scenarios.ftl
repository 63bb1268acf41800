### Las frases de cada escenario: asunto, agradecimiento (con o sin un detalle que elogiar),
### decisión y una frase de cierre que deja la puerta abierta ($stay-in-touch) o simplemente
### desea lo mejor. Formal: usted, sin coloquialismos; brief: más corto pero cálido; firm: deja
### claro, con amabilidad, que esta oportunidad está cerrada. El $detail es un sintagma nominal
### ("el trabajo de su equipo en pagos accesibles"): va como complemento directo o tras
### tras "destacar", para que el verbo no tenga que concordar con él.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Retirada de mi candidatura al puesto de { $position }
       *[false] Retirada de mi candidatura
    }
    [firm] { $has-position ->
        [true] Retiro mi candidatura al puesto de { $position }
       *[false] Retiro mi candidatura
    }
    [brief] { $has-position ->
        [true] Puesto de { $position }: retiro mi candidatura
       *[false] Retiro mi candidatura
    }
   *[warm] { $has-position ->
        [true] Gracias por contar conmigo para el puesto de { $position }
       *[false] Gracias por la oportunidad
    }
}

job-interview-thanks = { $tone ->
    [formal] Muchas gracias por el tiempo que han dedicado a mi candidatura para { role-phrase }.
    [firm] Gracias por su tiempo y por considerar mi candidatura para { role-phrase }.
    [brief] Gracias por considerar mi candidatura para { role-phrase }.
   *[warm] Muchas gracias por el interés mostrado en mi candidatura para { role-phrase } y por todo el tiempo dedicado.
}

job-interview-thanks-detail = { $tone ->
    [formal] Muchas gracias por el tiempo que han dedicado a mi candidatura para { role-phrase }; me llevo una excelente impresión, sobre todo por { $detail }.
    [firm] Gracias por considerar mi candidatura para { role-phrase }; me llevo una buena impresión, sobre todo por { $detail }.
    [brief] Gracias por considerar mi candidatura para { role-phrase }; lo que más me llamó la atención fue { $detail }.
   *[warm] Muchas gracias por el interés mostrado en mi candidatura para { role-phrase }; me llevo una muy buena impresión, sobre todo por { $detail }.
}

job-interview-decision = { $tone ->
    [formal] Tras reflexionar detenidamente, he decidido { job-withdrawal }.
    [firm] He decidido { job-withdrawal-firm }.
    [brief] He decidido { job-withdrawal }.
   *[warm] Aun así, he decidido { job-withdrawal }.
}

# En firm, la misma retirada, dicha como definitiva (sin "mi decisión es definitiva").
job-withdrawal-firm = { $has-detail ->
    [true] no continuar
   *[false] { $invitation ->
        [screening_call] no continuar en el proceso de selección
        [final_round] no continuar en el proceso de selección
        [interview] no continuar en el proceso de selección
       *[other] retirarme definitivamente del proceso de selección
    }
}

# "no pasar a la fase final" con una fase; si no, "no seguir adelante": ni "entrevista" junto
# a un detalle que suele nombrarla ("durante las entrevistas"), ni
# "mi candidatura" (ya en la frase de agradecimiento) ni "proceso", que el detalle de quien
# llama suele nombrar ("lo ágil del proceso").
job-withdrawal = { $has-detail ->
    [true] no seguir adelante
   *[false] { $invitation ->
        [screening_call] no seguir adelante con el proceso
        [final_round] no seguir adelante con el proceso
        [interview] no seguir adelante con el proceso
       *[other] no seguir adelante
    }
}

job-interview-door-open = { $tone ->
    [formal] Quedo a su disposición para futuras oportunidades y les deseo que encuentren pronto a la persona idónea.
    [firm] { $reason ->
        [company_fit] Ojalá podamos coincidir más adelante en otro contexto; les deseo lo mejor en la búsqueda.
       *[other] Con gusto consideraría futuras vacantes y les deseo lo mejor en la búsqueda.
    }
    [brief] Ojalá coincidamos en otra ocasión; mucho éxito con la búsqueda.
   *[warm] Me encantaría que siguiéramos en contacto; ¡mucho éxito en la búsqueda de la persona ideal!
}

job-interview-closing = { $tone ->
    [formal] Les deseo que encuentren pronto a la persona idónea.
    [firm] Les deseo lo mejor en la búsqueda.
    [brief] Mucho éxito con la búsqueda.
   *[warm] ¡Mucho éxito en la búsqueda de la persona ideal!
}

## media_interview

# "el artículo sobre teletrabajo (El Diario)", "el episodio del pódcast «Carne Cruda» sobre
# teletrabajo (Cadena Sur)", "el reportaje": lo que prepara el periodista, según el tipo de
# invitación; una declaración (comment) es para su reportaje. El programa, la serie o la
# publicación que nombra quien llama ($event, un nombre sin artículo) va entre comillas tras
# "el programa", "el pódcast", "la publicación"; el medio ($organization) va entre
# paréntesis: "de Cadena Sur" pediría un artículo que el paquete no puede adivinar.
piece-phrase = { $has-event ->
    [true] { $invitation ->
        [broadcast] una entrevista{ media-topic } en el programa «{ $event }»{ media-host }
       *[other] { programme-piece }{ media-topic }{ media-host }
    }
   *[false] { $invitation ->
        [broadcast] una entrevista{ media-topic }{ $has-organization ->
            [true] {" "}en { org-def }
           *[false] {""}
        }
       *[other] { piece-noun }{ media-host-before }{ media-topic }
    }
}

media-topic = { $has-topic ->
    [true] {" "}sobre { $topic }
   *[false] {""}
}

# Sin nombre de programa, el medio va tras la pieza con "de", como lo escribiría cualquiera:
# "el artículo de Xataka sobre…", "el programa de la Cadena SER sobre…", "el reportaje del
# Diario de Sevilla…". Un nombre con artículo masculino ("El País", "el Grupo Planeta") no
# admite "de" sin saber si contrae: relativa especificativa, sin coma ("el artículo que
# prepara El País sobre…").
media-host-before = { $has-organization ->
    [true] { $organization-shape ->
        [plain] {" "}de { $organization }
        [article] { $organization-gender ->
            [feminine] {" "}de { $organization }
            [plural-feminine] {" "}de { $organization }
           *[other] {" "}{ media-host-verb } { $organization }
        }
       *[other] {" "}{ org-of }
    }
   *[false] {""}
}

# El medio, tras la pieza: un nombre propio sin más ("Clarín", "Cadena SER", "El País") es
# el sujeto de una relativa, sin preposición delante: " que prepara El País"; un nombre que
# empieza por lo que es ("Revista Semana", "Diario de Sevilla") pediría un artículo, y va
# entre paréntesis.
media-host = { $has-organization ->
    [true] { $organization-shape ->
        [plain] , { media-host-verb } { $organization }
        [article] { $organization-gender ->
            [feminine] {" "}de { $organization }
            [plural-feminine] {" "}de { $organization }
           *[other] , { media-host-verb } { $organization }
        }
        [kind] {" "}({ $organization })
       *[other] , { org-of }
    }
   *[false] {""}
}

# La pieza, dentro del programa, la serie o la publicación que nombra quien llama. Sin
# "para", que ya va delante ("pensar en mí para el artículo de la publicación «…»").
programme-piece = { $invitation ->
    [broadcast] el programa «{ $event }»
    [podcast] el episodio del pódcast «{ $event }»
    [article] el artículo de { publication-name }
   *[other] el reportaje de { publication-name }
}

# Una publicación tras "de": con su propio artículo, tal cual ("de El País": la RAE no contrae
# el artículo de un título); si no, entre comillas tras "la publicación".
publication-name = { $event-shape ->
    [article] { $event }
   *[other] la publicación «{ $event }»
}

# Todos en masculino, para que "este" y "espero que … tenga" concuerden siempre.
piece-noun = { $invitation ->
    [article] el artículo
    [broadcast] el programa
    [podcast] el episodio del pódcast
   *[other] el reportaje
}

# Lo que se pide al entrevistado: "entrevista", o "declaraciones" para un comentario.
media-request-noun = { $invitation ->
    [comment] declaraciones
   *[other] entrevista
}

# "pensar en mí para el reportaje…", o "pedirme unas declaraciones para el reportaje…".
media-ask = { $invitation ->
    [comment] pedirme unas declaraciones para
   *[other] pensar en mí para
}

# Lo mismo, ya nombrado: "Espero que el episodio tenga una excelente acogida."
piece-noun-again = { $invitation ->
    [article] el artículo
    [broadcast] el programa
    [podcast] el episodio
   *[other] el reportaje
}

# Para el asunto: "Artículo sobre teletrabajo", "Pódcast sobre teletrabajo".
piece-title = { $invitation ->
    [article] Artículo
    [broadcast] Programa
    [podcast] Pódcast
    [comment] Declaraciones
   *[other] Reportaje
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] Su solicitud de { media-request-noun } sobre { $topic }
       *[other] { piece-title } sobre { $topic }
    }
   *[false] { $tone ->
        [formal] Su solicitud de { media-request-noun }
       *[other] { $invitation ->
            [comment] Sobre las declaraciones
           *[other] Sobre la entrevista
        }
    }
}

media-interview-thanks = { $tone ->
    [formal] Agradezco sinceramente que { $has-recipient ->
        [true] haya
       *[false] hayan
    } pensado en mí para { piece-phrase }.
    [firm] Gracias por { media-ask } { piece-phrase }.
    [brief] Mil gracias por { media-ask } { piece-phrase }.
   *[warm] Muchas gracias por contar conmigo para { piece-phrase }; me alegra mucho la propuesta.
}

media-interview-thanks-detail = { $tone ->
    [formal] Agradezco sinceramente que { $has-recipient ->
        [true] haya
       *[false] hayan
    } pensado en mí para { piece-phrase }; admiro especialmente { $detail }.
    [firm] Gracias por { media-ask } { piece-phrase }; sigo con interés su trabajo, en particular { $detail }.
    [brief] Mil gracias por pensar en mí; admiro especialmente { $detail }.
   *[warm] Muchas gracias por contar conmigo para { piece-phrase }; admiro especialmente { $detail }.
}

# Unas declaraciones no se "participan": se atiende la petición.
media-interview-decision = { $invitation ->
    [comment] { $tone ->
        [formal] Lamentablemente, no me es posible atender su petición.
        [firm] Prefiero comunicárselo cuanto antes: no podré atender su petición.
        [brief] No podré atender { $has-recipient-given ->
            [true] tu
           *[false] su
        } petición.
       *[warm] Lamentablemente, en esta ocasión no podré atender { $has-recipient-given ->
            [true] tu
           *[false] su
        } petición.
    }
   *[other] { $tone ->
        [formal] Lamentablemente, no me será posible participar.
        [firm] Prefiero comunicárselo cuanto antes: no voy a participar.
        [brief] No podré participar.
       *[warm] Lamentablemente, en esta ocasión no podré participar.
    }
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Sería un placer colaborar en el futuro en algún asunto más cercano a mi campo{ piece-wish-formal }.
        [firm] Con gusto valoraría futuras propuestas más cercanas a mi campo.
        [brief] Me encantaría colaborar en otra ocasión en algo más cercano a mi campo{ piece-wish-brief }
       *[warm] Me encantaría colaborar en otra ocasión en algo más cercano a mi campo{ piece-wish-warm }.
    }
   *[other] { $tone ->
        [formal] Quedo a su disposición para futuras colaboraciones{ piece-wish-formal }.
        [firm] Con gusto valoraría futuras propuestas{ piece-wish-formal }.
        [brief] Me encantaría colaborar en otra ocasión{ piece-wish-brief }
       *[warm] Ojalá podamos colaborar más adelante{ piece-wish-warm }.
    }
}

# El buen deseo para la pieza, tras la puerta abierta. A unas declaraciones (comment) no se
# les desea "buena acogida": el reportaje puede tratar de algo delicado para quien escribe.
piece-wish-formal = { $invitation ->
    [comment] {""}
    [broadcast] {" "}y espero que la emisión salga muy bien
    [podcast] {" "}y espero que el episodio salga muy bien
   *[other] {" "}y espero que { piece-noun-again } tenga una excelente acogida
}
piece-wish-warm = { $invitation ->
    [comment] {""}
    [broadcast] {" "}y espero que la emisión salga muy bien
    [podcast] {" "}y espero que el episodio salga muy bien
   *[other] {" "}y espero que { piece-noun-again } tenga una gran acogida
}
piece-wish-brief = { $invitation ->
    [comment] .
    [broadcast] ; ¡mucha suerte con la emisión!
   *[other] ; ¡mucha suerte con { piece-noun-again }!
}

media-interview-closing = { $invitation ->
    [comment] { $tone ->
        [formal] { $has-recipient ->
            [true] Le
           *[false] Les
        } agradezco de antemano su comprensión.
        [firm] Gracias por su comprensión.
        [brief] Gracias por la comprensión.
       *[warm] Gracias por { $has-recipient-given ->
            [true] tu
           *[false] su
        } comprensión.
    }
    [broadcast] { $tone ->
        [formal] Espero que la emisión salga muy bien.
        [firm] Espero que la emisión salga muy bien.
        [brief] ¡Mucha suerte con la emisión!
       *[warm] Espero de corazón que la emisión salga muy bien.
    }
   *[other] { $tone ->
        [formal] Espero que { piece-noun-again } { $invitation ->
                [podcast] salga muy bien
               *[other] tenga una excelente acogida
            }.
        [firm] Espero que { piece-noun-again } { $invitation ->
                [podcast] salga muy bien
               *[other] tenga muy buena acogida
            }.
        [brief] ¡Mucha suerte con { piece-noun-again }!
       *[warm] Espero de corazón que { piece-noun-again } { $invitation ->
                [podcast] salga muy bien
               *[other] tenga una gran acogida
            }.
    }
}

## speaking_engagement

# "el evento «Congreso Nacional de Diseño 2027» (Acme)", "el evento (Acme)", "el evento".
# El nombre ($event) llega sin artículo ("Jornadas de Accesibilidad Digital"): va entre
# comillas tras "el evento", nunca tras "en". Tras él, la organización va entre paréntesis:
# "de Universidad de Salamanca" pediría un artículo que el paquete no puede adivinar.
# Dónde se interviene, tras la actividad: " en el evento «…» (Acme)"; un seminario web no se
# imparte "en un evento": " dentro del ciclo «Martes Fiscales» (Acme)", " (Acme)" o nada.
speaking-venue = { $invitation ->
    [webinar] { $has-event ->
        [true] { webinar-venue }{ event-host }
       *[false] { speaking-at-organization }
    }
   *[other] { $has-event ->
        [true] {" "}en { event-phrase }
       *[false] { speaking-at-organization }
    }
}

# Sin evento, dónde se interviene: " en Google" (un nombre propio sin más, o con su artículo:
# " en El País"); un nombre que empieza por lo que es pediría un artículo: " (Universidad de
# Salamanca)".
speaking-at-organization = { $has-organization ->
    [true] { $invitation ->
        [webinar] {" "}para { org-def }
       *[other] {" "}en { org-def }
    }
   *[false] {""}
}

# En el asunto, dónde: " dentro del ciclo «Martes Fiscales»" para un seminario web, " en el
# evento «…»" (o " en el Foro…", con su artículo) para lo demás.
speaking-subject-venue = { $invitation ->
    [webinar] { webinar-venue }
   *[other] {" "}en { event-in }
}

# Un seminario web: " en la Semana de la Exportación" si el nombre dice lo que es (o trae
# su artículo); si no, " dentro del ciclo «Martes Fiscales»".
webinar-venue = { $event-shape ->
    [article] {" "}en { $event }
    [kind-first] {" "}en { event-in }
    [kind] {" "}en { event-in }
   *[other] {" "}dentro del ciclo «{ $event }»
}

# "el encuentro", o "el seminario" si es un seminario web: lo mismo, ya nombrado (no "el
# evento", que suena a formulario).
event-again = { $invitation ->
    [webinar] el seminario
   *[other] { $has-event ->
        [true] el encuentro
       *[false] { $invitation ->
            [talk] la charla
            [keynote] la conferencia
            [panel] la mesa redonda
            [workshop] el taller
           *[other] el evento
        }
    }
}

event-phrase = { $has-event ->
    [true] { event-in }{ event-host }
   *[false] el evento{ at-organization }
}

# " (Universidad de Salamanca)" tras el nombre de un evento, una revista o un tribunal, o nada.
# Quien organiza: un nombre propio sin más ("Google", "El País") es el sujeto de una relativa,
# sin preposición delante: "…, que organiza Google"; un nombre que empieza por lo que es
# ("Universidad de Salamanca", "Fundación Alba") pediría un artículo de género desconocido, y
# va entre paréntesis.
event-host = { $event-names-organization ->
    [true] {""}
   *[false] { $has-organization ->
        [true] { $event-shape ->
            [article] { event-organizer }
            [plain] , que organiza { org-def }
           *[other] { $event-gender ->
                [unknown] , que organiza { org-def }
               *[other] { event-organizer }
            }
        }
       *[false] {""}
    }
}

# Tras un nombre sin comillas, quien organiza con "de", como se dice: "las Jornadas de
# Innovación Docente de la Universidad de Salamanca", "el South Summit 2027 de Startup Grind
# Madrid"; un nombre con artículo masculino ("el Banco Sabadell") no admite "de": relativa.
event-organizer = { $organization-shape ->
    [plain] {" "}de { $organization }
    [article] { $organization-gender ->
        [feminine] {" "}de { $organization }
        [plural-feminine] {" "}de { $organization }
       *[other] , que organiza { $organization }
    }
   *[other] {" "}{ org-of }
}

topic-clause = { $has-topic ->
    [true] {" "}sobre { $topic }
   *[false] {""}
}

# Lo que se pide a quien interviene, según el tipo de invitación; sin tipo, la fórmula de
# cada tono.
speaking-activity = { $invitation ->
    [talk] impartir una charla
    [keynote] impartir la conferencia magistral
    [panel] formar parte de la mesa redonda
    [workshop] impartir un taller
    [webinar] impartir un seminario web
   *[other] { $tone ->
        [formal] intervenir
        [firm] participar como ponente
       *[other] hablar
    }
}

# En el asunto "No podré…": lo que ya se ha propuesto, con artículo definido ("el taller",
# "el seminario web"), no "un seminario web".
speaking-activity-def = { $invitation ->
    [talk] dar la charla
    [workshop] impartir el taller
    [webinar] impartir el seminario web
   *[other] { speaking-activity }
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Su invitación a { speaking-activity }{ speaking-subject-venue }
        [firm] No podré { speaking-activity-def }{ speaking-subject-venue }
        [brief] Invitación a { speaking-activity }{ speaking-subject-venue }
       *[warm] { $invitation ->
            [webinar] Gracias por la invitación a { speaking-activity }{ speaking-subject-venue }
           *[other] { $event-shape ->
                [plain] { $event-gender ->
                    [unknown] Gracias por la invitación a { speaking-activity }{ speaking-subject-venue }
                   *[other] Gracias por la invitación para { event-in }
                }
               *[other] Gracias por la invitación para { event-in }
            }
        }
    }
   *[false] { $tone ->
        [formal] Su invitación a { speaking-activity }
        [firm] No podré aceptar la invitación como ponente
        [brief] Sobre la invitación a { speaking-activity }
       *[warm] Gracias por la invitación como ponente
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Ha sido un honor recibir su invitación a { speaking-activity }{ topic-clause }{ speaking-venue }.
    [firm] Gracias por invitarme a { speaking-activity }{ topic-clause }{ speaking-venue }.
    [brief] Gracias por invitarme a { speaking-activity }{ topic-clause }{ speaking-venue }.
   *[warm] Muchísimas gracias por invitarme a { speaking-activity }{ topic-clause }{ speaking-venue }; me halaga que { $has-recipient-given ->
        [true] hayas
       *[false] hayan
    } pensado en mí.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Ha sido un honor recibir su invitación a { speaking-activity }{ topic-clause }{ speaking-venue }; admiro especialmente { $detail }.
    [firm] Gracias por invitarme a { speaking-activity }{ speaking-venue }; admiro sinceramente { $detail }.
    [brief] Gracias por invitarme a { speaking-activity }; admiro mucho { $detail }.
   *[warm] Muchísimas gracias por invitarme a { speaking-activity }{ topic-clause }{ speaking-venue }; me ha impresionado { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Tras considerarlo detenidamente, lamento tener que declinarla.
    [firm] He decidido no aceptar y se lo comunico ya para que puedan buscar a otra persona.
    [brief] Lo siento, pero esta vez no podré aceptar.
   *[warm] Le he dado vueltas y, por desgracia, esta vez no podré aceptar.
}

speaking-engagement-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Sería un placer intervenir en otra ocasión sobre cuestiones más cercanas a mi campo; les deseo mucho éxito con { event-again }.
        [firm] Con gusto consideraría futuras invitaciones sobre cuestiones más cercanas a mi campo.
        [brief] Con gusto hablaré en otra ocasión de algo más cercano a mi campo; ¡mucha suerte con { event-again }!
       *[warm] Me encantaría participar en otra ocasión con una propuesta más cercana a mi campo y espero que { event-again } sea todo un éxito.
    }
   *[other] { $tone ->
        [formal] Sería un placer participar en futuras ediciones; les deseo mucho éxito con { event-again }.
        [firm] Con gusto consideraría futuras invitaciones y espero que { event-again } sea un gran éxito.
        [brief] Ojalá coincidamos en otra ocasión; ¡mucha suerte con { event-again }!
       *[warm] Me encantaría participar en una próxima edición y espero que { event-again } sea todo un éxito.
    }
}

speaking-engagement-closing = { $tone ->
    [formal] Les deseo mucho éxito con { event-again }.
    [firm] Espero que { event-again } sea un gran éxito.
    [brief] ¡Que salga muy bien!
   *[warm] Espero que { event-again } sea todo un éxito.
}

## academic_invitation

# Quién está detrás, tras una revista, una comisión o un congreso: un nombre propio sin más
# ("Elsevier", "Google"), tras "de" y una coma: "la revista «…», de Elsevier"; un nombre con
# su artículo ("el Grupo Planeta") o que empieza por lo que es ("Universidad de Salamanca")
# pediría "del" o un artículo de género desconocido, y va entre paréntesis.
# Un comité o tribunal con nombre propio ("Comité de Ética de la Investigación") admite "de
# CSIC" sin comillas de por medio; tras «…», entre paréntesis.
committee-host-plain = { $event-gender ->
    [committee-masculine] {" "}de { $organization }
    [committee-feminine] {" "}de { $organization }
   *[other] {" "}({ $organization })
}

academic-host = { $event-names-organization ->
    [true] {""}
   *[false] { academic-host-named }
}
academic-host-named = { $has-organization ->
    [true] { $organization-shape ->
        [plain] { $invitation ->
            [peer_review] , de { $organization }
            [editorial_board] , de { $organization }
            [committee] { committee-host-plain }
            [examiner] { committee-host-plain }
           *[other] , que organiza { $organization }
        }
        [kind-first] {" "}{ org-of }
        [kind] {" "}{ org-of }
        [article] { $invitation ->
            [peer_review] , que edita { $organization }
            [editorial_board] , que edita { $organization }
            [program_committee] , que organiza { $organization }
            [guest_lecture] , que organiza { $organization }
            [committee] {" "}en { $organization }
            [examiner] {" "}en { $organization }
           *[other] , que organiza { $organization }
        }
       *[other] , que organiza { $organization }
    }
   *[false] {""}
}


# Tras "participar en": "la iniciativa «Red de Lógica Aplicada» (Acme)", "esta iniciativa
# (Acme)".
invitation-phrase = { $has-event ->
    [true] { initiative-in }{ academic-host }
   *[false] { $has-organization ->
        [true] esta iniciativa{ academic-host }
       *[false] esta iniciativa
    }
}

# Lo que se pide, según el tipo de invitación; sin tipo, "participar en …". El nombre que
# da quien llama ($event) llega sin artículo ("Revista de Lógica Aplicada", "Comisión de
# Posgrado", "Congreso de Lógica 2027"): va entre comillas tras un sustantivo del paquete
# que le da el artículo, según el tipo ("para la revista «…»", "de la comisión «…»", "del
# evento «…»"), nunca tras una preposición. Para un tribunal, $event nombra la tesis.
academic-task = { $invitation ->
    [peer_review] evaluar un manuscrito{ for-journal }
    [editorial_board] { editorial-board-task }
    [committee] { committee-task }
    [guest_lecture] impartir una conferencia{ at-event }
    [program_committee] { program-committee-task }
    [examiner] { examiner-task }
   *[other] participar en { invitation-phrase }
}

# Lo mismo con el tema, en los tonos que lo nombran: "evaluar un manuscrito sobre
# teletrabajo para la revista «Revista de Lógica Aplicada»", "participar en esta iniciativa sobre
# teletrabajo (Acme)": el tema antes del paréntesis.
academic-task-on-topic = { $invitation ->
    [peer_review] evaluar un manuscrito{ subject-clause }{ for-journal }
    [editorial_board] { editorial-board-task }
    [committee] { $has-event ->
        [true] { committee-task }
       *[false] formar parte del comité{ subject-clause }{ at-organization }
    }
    [guest_lecture] impartir una conferencia{ subject-clause }{ at-event }
    [program_committee] { program-committee-task }
    [examiner] { $has-event ->
        [true] { examiner-task }
       *[false] formar parte del tribunal de tesis{ at-organization }{ subject-clause }
    }
   *[other] participar en { $has-event ->
        [true] { initiative-in }
       *[false] esta iniciativa
    }{ subject-clause }{ academic-host }
}

# "formar parte del tribunal de la tesis «Redes neuronales y lenguaje» (Universitat de
# València)", "formar parte del tribunal de tesis (Acme)", "formar parte del tribunal de tesis".
examiner-task = { $has-event ->
    [true] { $event-gender ->
        [committee-masculine] formar parte { event-of }{ academic-host }
        [committee-feminine] formar parte { event-of }{ academic-host }
       *[other] formar parte del tribunal de la tesis «{ $event }»{ academic-host }
    }
   *[false] formar parte del tribunal de tesis{ at-organization }
}

# "formar parte del Comité Científico del…" si el nombre ya es el de un comité; si no,
# "formar parte del comité científico del Congreso…".
program-committee-task = { $has-event ->
    [true] { $event-gender ->
        [committee-masculine] formar parte { event-of }{ academic-host }
        [committee-feminine] formar parte { event-of }{ academic-host }
       *[other] formar parte del comité científico{ congress-of }
    }
   *[false] formar parte del comité científico{ of-event }
}

# El comité científico es de un congreso: "del Congreso…", "de las Jornadas…"; una sigla sin
# palabra de tipo ("JISBD 2027"), tras "del congreso", sin comillas.
congress-of = { $event-shape ->
    [article] {" "}{ event-of }{ academic-host }
   *[other] { $event-gender ->
        [unknown] {" "}del congreso { $event }{ academic-host }
       *[other] {" "}{ event-of }{ academic-host }
    }
}

# "formar parte del consejo editorial de la revista «Revista de Lógica Aplicada» (Acme)",
# "formar parte del consejo editorial (Acme)", "formar parte del consejo editorial".
editorial-board-task = { $has-event ->
    [true] formar parte del consejo editorial de { journal-name }{ academic-host }
   *[false] formar parte del consejo editorial{ at-organization }
}

# "formar parte de la comisión «Comisión de Posgrado» (Acme)", "formar parte del comité
# (Acme)", "formar parte del comité".
committee-task = { $has-event ->
    [true] formar parte { committee-of }{ committee-host }
   *[false] formar parte del comité{ at-organization }
}

# Tras una comisión, una institución con su artículo va tras "en" ("de la Comisión de
# Evaluación de Proyectos en el CSIC"), no entre paréntesis; lo demás, como academic-host.
committee-host = { $event-names-organization ->
    [true] {""}
   *[false] { $has-organization ->
        [true] { $organization-shape ->
            [article] {" "}en { $organization }
           *[other] { academic-host-named }
        }
       *[false] {""}
    }
}

# " para la revista «Revista de Lógica Aplicada» (Acme)", " (Acme)", o nada.
for-journal = { $has-event ->
    [true] {" "}para { journal-name }{ academic-host }
   *[false] { at-organization }
}

# " en el evento «Seminario de Lógica 2027» (Acme)", " (Acme)", o nada.
at-event = { $has-event ->
    [true] {" "}en { event-in }{ academic-host }
   *[false] { $has-organization ->
        [true] {" "}en { org-def }
       *[false] {""}
    }
}

# " del evento «Congreso de Lógica 2027» (Acme)", " (Acme)", o nada.
of-event = { $has-event ->
    [true] {" "}{ event-of }{ academic-host }
   *[false] { at-organization }
}

# La invitación, nombrada en el asunto.
academic-invitation-noun = { $invitation ->
    [peer_review] Invitación para evaluar un manuscrito
    [editorial_board] Invitación al consejo editorial
    [committee] Invitación para formar parte del comité
    [guest_lecture] Invitación para impartir una conferencia
    [program_committee] Invitación al comité científico
    [examiner] Invitación al tribunal de tesis
   *[other] { $tone ->
        [formal] Su invitación
       *[other] Invitación
    }
}

# Con un nombre, la tarea ("Su invitación a evaluar un manuscrito para la revista «…»").
academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] Su invitación a { academic-subject-task }
        [firm] No podré { academic-subject-task }
        [brief] Invitación a { academic-subject-task }
       *[warm] { $invitation ->
            [peer_review] Gracias por la invitación a evaluar un manuscrito
            [editorial_board] Gracias por la invitación al consejo editorial
            [committee] Gracias por la invitación a formar parte { committee-of }
            [guest_lecture] Gracias por la invitación a impartir una conferencia
            [program_committee] Gracias por la invitación al comité científico
            [examiner] Gracias por la invitación al tribunal de tesis
           *[other] Gracias por la invitación a { academic-subject-task }
        }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Su amable invitación
           *[other] { academic-invitation-noun }
        }
        [firm] No podré aceptar su invitación
        [brief] { $invitation ->
            [peer_review] Sobre la evaluación del manuscrito
            [editorial_board] Sobre el consejo editorial
            [committee] Sobre la invitación al comité
            [guest_lecture] Sobre la invitación a impartir una conferencia
            [program_committee] Sobre el comité científico
            [examiner] Sobre el tribunal de tesis
           *[other] Sobre la invitación
        }
       *[warm] Gracias por pensar en mí
    }
}

# La tarea en el asunto, sin la organización: "evaluar un manuscrito para la revista
# «Revista de Lógica Aplicada»".
academic-subject-task = { $invitation ->
    [peer_review] evaluar un manuscrito para { journal-name }
    [editorial_board] formar parte del consejo editorial de { journal-name }
    [committee] formar parte { committee-of }
    [guest_lecture] impartir una conferencia en { event-in }
    [program_committee] formar parte { $event-gender ->
        [committee-masculine] { event-of }
        [committee-feminine] { event-of }
       *[other] del comité científico { $event-shape ->
            [article] { event-of }
           *[other] { $event-gender ->
                [unknown] del congreso { $event }
               *[other] { event-of }
            }
        }
    }
    [examiner] formar parte { $event-gender ->
        [committee-masculine] { event-of }
        [committee-feminine] { event-of }
       *[other] del tribunal de la tesis «{ $event }»
    }
   *[other] participar en { initiative-in }
}

# " sobre teletrabajo", o nada
subject-clause = { $has-topic ->
    [true] {" "}sobre { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] Muchas gracias por su amable invitación a { academic-task-on-topic }; es un honor que { $has-recipient ->
        [true] haya
       *[false] hayan
    } contado conmigo.
    [firm] Gracias por invitarme a { academic-task }.
    [brief] Gracias por invitarme a { academic-task }.
   *[warm] Muchas gracias por pensar en mí para { academic-task-on-topic }; me ha hecho mucha ilusión.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Muchas gracias por su amable invitación a { academic-task }; lo que más me ha impresionado es { $detail }.
    [firm] Gracias por invitarme a { academic-task }; admiro sinceramente { $detail }.
    [brief] Gracias por la invitación; admiro mucho { $detail }.
   *[warm] Muchas gracias por pensar en mí para { academic-task }; lo que más me ha impresionado es { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] { $has-recipient ->
        [true] Lamento comunicarle, sin embargo, que no me será posible aceptar.
       *[false] Lamento comunicarles, sin embargo, que no me será posible aceptar.
    }
    [firm] Prefiero responder sin demora: he decidido no aceptar.
    [brief] Lamento no poder aceptar.
   *[warm] Me habría gustado aceptar, pero esta vez no me será posible.
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Sería un placer colaborar en el futuro en cuestiones más próximas a mi campo.
        [firm] Con gusto valoraría futuras propuestas más próximas a mi campo.
        [brief] Me encantaría colaborar en otra ocasión en algo más cercano a mi campo.
       *[warm] Me encantaría colaborar en otra ocasión en algo más cercano a mi campo.
    }
   *[other] { $tone ->
        [formal] Espero que podamos colaborar en futuras ocasiones.
        [firm] Con gusto valoraría futuras colaboraciones.
        [brief] Me encantaría colaborar más adelante.
       *[warm] Me encantaría que pudiéramos colaborar en el futuro.
    }
}

# Con qué se desea suerte, según el tipo de invitación.
academic-closing-object = { $invitation ->
    [peer_review] el proceso de evaluación
    [editorial_board] la revista
    [committee] los trabajos del comité
    [guest_lecture] el ciclo de conferencias
    [program_committee] el congreso
    [examiner] la defensa
   *[other] esta iniciativa
}

academic-invitation-closing = { $tone ->
    [formal] Les deseo el mayor de los éxitos con { academic-closing-object }.
    [firm] Les deseo mucho éxito con { academic-closing-object }.
    [brief] ¡Mucho éxito con { academic-closing-object }!
   *[warm] Ojalá salga todo muy bien con { academic-closing-object }.
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Nueva fecha { meeting-of }
    [firm] Cambio de fecha { meeting-of }
    [brief] Cambio de fecha { meeting-of }
   *[warm] ¿Podemos cambiar la fecha { meeting-of }?
}

reschedule-thanks = { $tone ->
    [formal] { $has-recipient ->
        [true] Le
       *[false] Les
    } agradezco la invitación a { meeting-task }, que acepto con sumo interés.
    [firm] Gracias por la invitación a { meeting-task }.
    [brief] Gracias por invitarme a { meeting-task }.
   *[warm] Me hace mucha ilusión la invitación a { meeting-task }; gracias por contar conmigo.
}

reschedule-thanks-detail = { $tone ->
    [formal] { $has-recipient ->
        [true] Le
       *[false] Les
    } agradezco la invitación a { meeting-task }; admiro especialmente { $detail }.
    [firm] Gracias por la invitación a { meeting-task }; admiro especialmente { $detail }.
    [brief] Gracias por invitarme; admiro mucho { $detail }.
   *[warm] Muchas gracias por invitarme a { meeting-task }; admiro especialmente { $detail }.
}

# $proposed-time va sin preposición, como complemento de tiempo: "a principios del próximo
# mes", "el martes 12", "la semana que viene".
reschedule-proposal = { $reason ->
    [none] { $has-reason-note ->
        [true] { reschedule-ask }
       *[false] { $tone ->
            [formal] Lamentablemente, el día previsto no puedo asistir; { reschedule-ask-lower }
            [firm] El día previsto no puedo; { reschedule-ask-lower }
            [brief] El día fijado no puedo; { reschedule-ask-lower }
           *[warm] Por desgracia, el día previsto no puedo; { reschedule-ask-lower }
        }
    }
   *[other] { reschedule-ask }
}

reschedule-ask = { $tone ->
    [formal] { $has-recipient ->
        [true] ¿Le vendría bien { $proposed-time }?
       *[false] ¿Les vendría bien { $proposed-time }?
    }
    [firm] Propongo que lo hagamos { $proposed-time }.
    [brief] ¿Podríamos hacerlo { $proposed-time }?
   *[warm] { $has-recipient-given ->
        [true] ¿Te vendría bien { $proposed-time }?
       *[false] ¿Les vendría bien { $proposed-time }?
    }
}

reschedule-ask-lower = { $tone ->
    [formal] { $has-recipient ->
        [true] ¿le vendría bien { $proposed-time }?
       *[false] ¿les vendría bien { $proposed-time }?
    }
    [firm] propongo que lo hagamos { $proposed-time }.
    [brief] ¿podríamos hacerlo { $proposed-time }?
   *[warm] { $has-recipient-given ->
        [true] ¿te vendría bien { $proposed-time }?
       *[false] ¿les vendría bien { $proposed-time }?
    }
}

reschedule-door-open = { $tone ->
    [formal] { $has-recipient ->
        [true] De no ser posible, me adaptaré gustosamente a otra fecha que le convenga.
       *[false] De no ser posible, me adaptaré gustosamente a otra fecha que les convenga.
    }
    [firm] Si no es posible, podemos buscar otra fecha que nos venga bien a todos.
    [brief] Si no, me adapto a otra fecha sin problema.
   *[warm] { $has-recipient-given ->
        [true] Si no te encaja, dime qué otra fecha te va mejor y me adapto.
       *[false] Si no es buen momento, con gusto me adapto a otra fecha.
    }
}

reschedule-closing = { $tone ->
    [formal] De no ser así, intentaría mantener la fecha original.
    [firm] Si no es posible, intentaré mantener la fecha original.
    [brief] Si no, intentaré mantener la fecha prevista.
   *[warm] { $has-recipient-given ->
        [true] Si no te encaja, haré lo posible por mantener la fecha original.
       *[false] De lo contrario, haré lo posible por mantener la fecha original.
    }
}

## clarification_reply: el destinatario preguntó si algo podría hacer cambiar de opinión.

clarification-reply-subject = { $tone ->
    [formal] Gracias por su seguimiento
    [firm] { $has-position ->
        [true] Sobre mi decisión (puesto de { $position })
       *[false] Sobre mi decisión
    }
    [brief] Gracias por el seguimiento
   *[warm] Gracias por volver a escribirme
}

clarification-reply-thanks = { $tone ->
    [formal] Muchas gracias por su seguimiento y por su disposición a considerar posibles ajustes.
    [firm] Gracias por el seguimiento y por su disposición a hacer ajustes.
    [brief] Gracias por el seguimiento.
   *[warm] Muchas gracias por volver a escribirme y por preguntar si algo podría cambiar.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Muchas gracias por su seguimiento y por su disposición a considerar ajustes; me llevo una excelente impresión, sobre todo por { $detail }.
    [firm] Gracias por el seguimiento y por el ofrecimiento; me llevo una buena impresión, sobre todo por { $detail }.
    [brief] Gracias por el seguimiento; me llevo una muy buena impresión, sobre todo por { $detail }.
   *[warm] Muchas gracias por volver a escribirme; me llevo una muy buena impresión, sobre todo por { $detail }.
}

clarification-reply-decision = { $tone ->
    [formal] { $reason ->
        [compensation] Tras pensarlo de nuevo, y dadas las condiciones actuales, mantengo mi decisión sobre { role-phrase }.
       *[other] Tras pensarlo de nuevo, mantengo mi decisión sobre { role-phrase }.
    }
    [firm] { $reason ->
        [compensation] Aun así, mi decisión sobre { role-phrase } es definitiva.
       *[other] Mi decisión sobre { role-phrase } es definitiva; no depende de nada que esté en su mano.
    }
    [brief] { $reason ->
        [compensation] Con las condiciones actuales, mi decisión sigue siendo la misma.
       *[other] Mi decisión sigue siendo la misma.
    }
   *[warm] { $reason ->
        [compensation] Lo he vuelto a pensar, pero con las condiciones actuales mantengo mi decisión sobre { role-phrase }.
       *[other] Lo he vuelto a pensar, pero mi decisión sobre { role-phrase } sigue siendo la misma.
    }
}

# $proposed-time va sin preposición: "el año que viene", "dentro de unos meses".
clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Me gustaría retomar la conversación { $proposed-time } y agradezco su comprensión.
        [firm] Si surge una nueva oportunidad { $proposed-time }, me alegrará conocerla.
        [brief] Me encantará retomar la conversación { $proposed-time }.
       *[warm] Me encantaría retomar la conversación { $proposed-time }; gracias de nuevo por { $has-recipient-given ->
            [true] tu
           *[false] su
        } comprensión.
    }
   *[false] { $tone ->
        [formal] Agradezco su comprensión y espero que volvamos a coincidir más adelante.
        [firm] Agradezco su comprensión y con gusto consideraría futuras oportunidades.
        [brief] Ojalá volvamos a coincidir más adelante.
       *[warm] Gracias por { $has-recipient-given ->
            [true] tu
           *[false] su
        } comprensión; ojalá nuestros caminos vuelvan a cruzarse.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Si mis circunstancias cambiaran { $proposed-time }, me pondría en contacto.
        [firm] Si mis circunstancias cambian { $proposed-time }, se lo haré saber.
        [brief] Si algo cambia { $proposed-time }, volveré a escribir.
       *[warm] Si mis circunstancias cambian { $proposed-time }, me pondré en contacto.
    }
   *[false] { $tone ->
        [formal] Agradezco sinceramente su comprensión.
        [firm] Gracias por su comprensión.
        [brief] Gracias por la comprensión.
       *[warm] Muchas gracias de nuevo por { $has-recipient-given ->
            [true] tu
           *[false] su
        } comprensión.
    }
}

## stay_in_touch: una nota breve después de declinar.

conversation-phrase = { $has-topic ->
    [true] nuestra conversación sobre { $topic }
   *[false] { $has-position ->
        [true] nuestra conversación sobre { role-phrase }
       *[false] nuestra conversación
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Tras nuestra conversación
    [firm] Sigamos en contacto
    [brief] Gracias por la charla
   *[other] Gracias por la conversación
}

stay-in-touch-thanks = { $tone ->
    [formal] Muchas gracias de nuevo por { conversation-phrase } y por su tiempo.
    [firm] Gracias de nuevo por { conversation-phrase }.
    [brief] Gracias de nuevo por { conversation-phrase }.
   *[warm] Disfruté mucho de { conversation-phrase } y quería { $has-recipient-given ->
        [true] darte las gracias de nuevo por tu tiempo
       *[false] darle las gracias de nuevo por su tiempo
    }.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] Muchas gracias de nuevo por { conversation-or-time }; me quedo con una excelente impresión, sobre todo por { $detail }.
    [firm] Gracias de nuevo por { conversation-or-time }; me quedo con una buena impresión, sobre todo por { $detail }.
    [brief] Gracias de nuevo por { conversation-or-time }; me quedo con una impresión excelente, sobre todo por { $detail }.
   *[warm] Muchas gracias de nuevo por { conversation-or-time }; me quedo con una impresión excelente, sobre todo por { $detail }.
}

# Con un detalle, que suele nombrar ya la conversación: el tema o el puesto, si los hay; si no, el tiempo.
conversation-or-time = { $has-topic ->
    [true] { conversation-phrase }
   *[false] { $has-position ->
        [true] { conversation-phrase }
       *[false] { $tone ->
            [warm] { $has-recipient-given ->
                [true] tu tiempo
               *[false] su tiempo
            }
            [brief] { $has-recipient-given ->
                [true] tu tiempo
               *[false] su tiempo
            }
           *[other] su tiempo
        }
    }
}

# Un nombre propio sin más ("Iberdrola") o con su artículo ("el Grupo Planeta") es sujeto:
# "cómo evoluciona Iberdrola"; uno que empieza por lo que es ("Banco Sabadell", "Universidad
# de Salamanca") pediría un artículo de género desconocido: "cómo evoluciona su equipo
# (Banco Sabadell)".
# Si el puesto ya nombró la empresa ("nuestra conversación sobre el puesto de … que ofrece
# Cabify"), no se repite: "cómo evoluciona el equipo".
stay-in-touch-org = { $has-topic ->
    [true] { stay-in-touch-org-named }
   *[false] { $has-position ->
        [true] las novedades de la compañía
       *[false] { stay-in-touch-org-named }
    }
}

stay-in-touch-org-named = { $organization-shape ->
    [article] lo que hace { $organization }
   *[other] las novedades { org-of }
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] Me gustaría mantener el contacto y seguir de cerca { stay-in-touch-org }.
        [firm] Aunque en esta ocasión no haya podido ser, me gustaría seguir en contacto y conocer { stay-in-touch-org }.
        [brief] Sigamos en contacto; no perderé de vista { stay-in-touch-org }.
       *[warm] Me encantaría que siguiéramos en contacto; estaré pendiente de { stay-in-touch-org }.
    }
   *[false] { $tone ->
        [formal] Me gustaría mantener el contacto.
        [firm] Aunque en esta ocasión no haya podido ser, me gustaría seguir en contacto.
        [brief] Sigamos en contacto.
       *[warm] Me encantaría que siguiéramos en contacto.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] No dude en escribirme si en algún momento puedo serle de ayuda.
    [firm] Puede escribirme cuando lo desee.
    [brief] { $has-recipient-given ->
        [true] Cuando quieras, tomamos un café.
       *[false] Cuando le venga bien, tomamos un café.
    }
   *[warm] { $has-recipient-given ->
        [true] Si algún día quieres tomar un café, avísame.
       *[false] Si algún día desea tomar un café, avíseme.
    }
}

# Qué hace el medio con la pieza: un programa se emite, un pódcast se produce, lo demás se
# prepara.
media-host-verb = { $invitation ->
    [broadcast] que emite
    [podcast] que produce
   *[other] que prepara
}
