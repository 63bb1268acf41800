### Motivos: una frase cada uno, siempre sobre el enfoque o las prioridades de quien escribe,
### nunca sobre una falta del destinatario. La redacción cambia para procesos de selección
### (job_interview, clarification_reply, stay_in_touch), para colaboraciones
### (media_interview, speaking_engagement, academic_invitation) y para un cambio de fecha,
### donde el motivo explica el momento. `company_fit` nunca menciona una objeción.
### Sin adjetivos ni participios que concuerden con quien escribe.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Acabo de incorporarme a un nuevo puesto y mi agenda de las primeras semanas está completa.
        [brief] Acabo de empezar en un nuevo puesto.
       *[other] Acabo de empezar en un nuevo puesto y tengo la agenda de las primeras semanas completa.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Recientemente he aceptado otro puesto que encaja plenamente con mis objetivos actuales.
        [brief] He aceptado otra oferta.
       *[other] Hace poco he aceptado otra oferta que se ajusta muy bien a mis objetivos actuales.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Recientemente he asumido un nuevo cargo y deseo mantener la agenda despejada durante el periodo de incorporación.
    [brief] Acabo de empezar en un nuevo puesto y mantengo la agenda despejada.
   *[other] Acabo de empezar en un nuevo puesto y quiero mantener la agenda despejada mientras me adapto.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Me encuentro en una fase intensa de un proyecto y deseo poder dedicar a este compromiso toda mi atención.
        [brief] Estoy en una fase intensa de un proyecto.
       *[other] Estoy en plena fase intensa de un proyecto y quiero dedicar a este compromiso toda mi atención.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] En este momento me estoy centrando en puestos que aprovechen más directamente mi principal área de especialización.
        [brief] Estoy orientando mi búsqueda en otra dirección.
       *[other] Ahora mismo me estoy centrando en puestos más directamente ligados a mi especialidad principal.
    }
}
engagement-career-focus = { $tone ->
    [formal] Esta temporada concentro mi tiempo en un número reducido de proyectos prioritarios.
    [brief] Esta temporada me centro en unos pocos proyectos clave.
   *[other] Esta temporada estoy dedicando mi tiempo a unos pocos proyectos clave.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Antes de conversar, desearía aclarar algunas cuestiones relativas a mis condiciones.
        [brief] Antes quisiera aclarar mis condiciones.
       *[other] Me gustaría aclarar algunas cuestiones sobre mis condiciones antes de hablar.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] Busco un puesto más acorde con mis expectativas salariales en esta etapa de mi carrera.
        [brief] Busco un puesto más cercano a mis expectativas salariales.
       *[other] Busco un puesto que se ajuste más a mis expectativas salariales en esta etapa.
    }
}
engagement-compensation = { $tone ->
    [formal] Actualmente solo acepto compromisos que se ajusten a mis condiciones profesionales.
    [brief] Solo acepto compromisos dentro de mis condiciones habituales.
   *[other] Por ahora solo acepto compromisos que encajen con mis condiciones profesionales.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Se acerca la entrega de un proyecto y deseo poder llegar a este compromiso con plena dedicación.
        [brief] Tengo una entrega de proyecto inminente.
       *[other] Estoy en la recta final de un proyecto y quiero llegar a este compromiso con plena atención.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Tras revisar mis compromisos actuales, he llegado a la conclusión de que este no es el momento adecuado para emprender un cambio.
        [brief] Ahora no es buen momento para un cambio.
       *[other] Después de revisar mis compromisos, he visto que este no es el momento adecuado para hacer un cambio.
    }
}
engagement-timing = { $tone ->
    [formal] Las fechas coinciden con compromisos que ya había adquirido.
    [brief] Las fechas coinciden con compromisos previos.
   *[other] Las fechas coinciden con compromisos que ya tenía adquiridos.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mis viajes coinciden con la fecha propuesta inicialmente.
        [brief] Estaré de viaje en la fecha prevista.
       *[other] Mis viajes coinciden con la fecha que habíamos previsto.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Estoy dando prioridad a puestos cuya ubicación y horario se ajusten a mis circunstancias actuales.
        [brief] Priorizo puestos cuya ubicación y horario me convengan.
       *[other] Estoy priorizando puestos cuya ubicación y horario se adapten a mis circunstancias actuales.
    }
}
engagement-logistics = { $tone ->
    [formal] En estos momentos no me resulta posible organizar los viajes y la agenda que esto requiere.
    [brief] Ahora mismo no puedo organizar el viaje necesario.
   *[other] Ahora mismo no me es posible organizar el viaje y la agenda que implica.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Un compromiso de cuidado familiar requiere mi atención durante ese periodo.
        [brief] Tengo un compromiso de cuidado familiar en esas fechas.
       *[other] Un compromiso de cuidado familiar necesita mi atención durante esas fechas.
    }
   *[other] { $tone ->
        [formal] Mis responsabilidades de cuidado familiar requieren en este momento toda mi atención.
        [brief] Mis responsabilidades de cuidado requieren ahora mi atención.
       *[other] Mis responsabilidades de cuidado familiar necesitan ahora mi atención, y quiero dedicarme a ellas por completo.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Desearía disponer de algo más de tiempo para reflexionar y llegar con las ideas claras.
        [brief] Quisiera algo más de tiempo para reflexionar.
       *[other] Me gustaría tener algo más de tiempo para reflexionar y llegar con las ideas claras.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] He decidido orientarme hacia oportunidades más alineadas con mi rumbo profesional actual.
        [brief] Estoy tomando otra dirección profesional.
       *[other] He decidido buscar oportunidades más alineadas con mi rumbo profesional actual.
    }
}
engagement-company-fit = { $tone ->
    [formal] Estoy limitando mis compromisos a aquellos estrechamente alineados con mis prioridades actuales.
    [brief] Me limito a unas pocas prioridades actuales.
   *[other] Estoy reservando mis compromisos para los que están más alineados con mis prioridades actuales.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Antes de conversar, desearía valorar con calma cómo se relaciona el alcance del puesto con mi experiencia.
        [brief] Quisiera valorar antes el alcance del puesto.
       *[other] Me gustaría tomarme un tiempo para valorar cómo encaja el alcance del puesto con mi experiencia antes de hablar.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Busco un puesto que aproveche toda la amplitud de mi experiencia.
        [brief] Busco un puesto de otro nivel.
       *[other] Busco un puesto que aproveche toda mi experiencia.
    }
}
engagement-overqualified = { $tone ->
    [formal] Estoy dedicando mi tiempo a compromisos que requieren una perspectiva más sénior.
    [brief] Me centro en compromisos de otro nivel.
   *[other] Estoy dedicando mi tiempo a compromisos que piden una perspectiva más sénior.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mis compromisos de las próximas semanas son considerables y deseo poder dedicarle la atención que merece.
        [brief] Tengo las próximas semanas completas.
       *[other] Tengo muchos compromisos en las próximas semanas y quiero dedicarle la atención que merece.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Mis compromisos actuales no me permitirían dedicar a este proceso la atención que merece.
        [brief] No podría dedicar a este proceso la atención que merece.
       *[other] Mis compromisos actuales no me dejarían margen para dedicar a este proceso la atención que merece.
    }
}
engagement-bandwidth = { $scenario ->
    [academic_invitation] { $tone ->
        [formal] Mis compromisos actuales no me permitirían dedicar a esta labor el tiempo y la atención que merece.
        [brief] No podría dedicarle el tiempo que merece.
       *[other] Mis compromisos actuales no me dejarían dedicar a esta labor el tiempo y la atención que merece.
    }
   *[other] { $tone ->
        [formal] Mis compromisos actuales no me permitirían dedicarle la preparación que merece.
        [brief] No podría dedicarle la preparación que merece.
       *[other] Mis compromisos actuales no me dejarían dedicarle la preparación que merece.
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Desearía disponer de tiempo para prepararme debidamente, ya que el tema queda algo fuera de mi ámbito habitual.
        [brief] Quisiera tiempo para prepararme bien.
       *[other] Me gustaría tener algo de tiempo para prepararme bien, ya que el tema queda algo fuera de mi ámbito habitual.
    }
    [media_interview] { $tone ->
        [formal] El tema queda fuera de mi ámbito de especialización, y { media-audience-deserves } una voz más especializada.
        [brief] El tema queda fuera de mi especialidad.
       *[other] El tema queda fuera de mi especialidad, y { media-audience-deserves } una voz con más autoridad en la materia.
    }
    [speaking_engagement] { $tone ->
        [formal] El tema queda fuera de mi ámbito de especialización, y el público merece una voz más especializada.
        [brief] El tema queda fuera de mi especialidad.
       *[other] El tema queda fuera de mi especialidad, y el público merece una voz con más autoridad en la materia.
    }
    [academic_invitation] { $tone ->
        [formal] El tema queda fuera de mi área de investigación, y merece una voz más especializada.
        [brief] El tema queda fuera de mi área de investigación.
       *[other] El tema queda fuera de mi área de investigación, y otra persona podrá aportar mucho más.
    }
   *[other] { $tone ->
        [formal] Tras reflexionar, considero que el puesto queda fuera del ámbito en el que puedo aportar más.
        [brief] El puesto queda fuera de mi principal área de especialización.
       *[other] Tras pensarlo bien, el puesto queda fuera del ámbito en el que más puedo aportar.
    }
}

# Quién recibe la pieza, con su verbo: lectores de un artículo, oyentes de un pódcast,
# audiencia de un programa.
media-audience-deserves = { $invitation ->
    [broadcast] la audiencia merece
    [podcast] los oyentes merecen
   *[other] los lectores merecen
}
