### Motivos: una frase cada uno, siempre sobre el enfoque o las prioridades de quien escribe,
### nunca sobre una falta del destinatario. La redacción cambia para procesos de selección
### (job_interview, clarification_reply, stay_in_touch), para colaboraciones
### (media_interview, speaking_engagement, academic_invitation) y para un cambio de fecha,
### donde el motivo explica el momento. `company_fit` nunca menciona una objeción.
### Sin adjetivos ni participios que concuerden con quien escribe.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Acabo de cambiar de empleo y tengo completas las primeras semanas.
        [brief] Acabo de cambiar de empleo.
       *[other] Acabo de cambiar de empleo y las primeras semanas vienen muy cargadas.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Recientemente he aceptado otra oferta que encaja plenamente con mis objetivos actuales.
        [brief] { $scenario ->
            [stay_in_touch] Al final he aceptado otra oferta.
           *[other] He aceptado otra oferta.
        }
       *[other] Hace poco he aceptado otra oferta que se ajusta muy bien a mis objetivos actuales.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Recientemente he asumido un nuevo cargo y prefiero mantener la agenda despejada durante el periodo de incorporación.
    [brief] Acabo de cambiar de trabajo y ahora no asumo compromisos adicionales.
   *[other] Acabo de empezar en un nuevo trabajo y quiero mantener la agenda despejada mientras me adapto.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Me encuentro en la fase final de un encargo exigente y desearía llegar a nuestro encuentro con plena disponibilidad.
        [brief] Estoy cerrando un encargo exigente.
       *[other] Estoy en la recta final de un encargo importante y me gustaría poder hablar con más calma.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] En este momento estoy orientando mi carrera hacia funciones más directamente vinculadas a mi principal área de especialización.
        [brief] Quiero centrar mi carrera en mi campo principal.
       *[other] Ahora mismo busco algo más ligado a mi especialidad principal.
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
        [formal] { $scenario ->
            [clarification_reply] La diferencia con mis expectativas salariales es excesiva para salvarla con un ajuste.
           *[other] En este momento de mi carrera busco unas condiciones más acordes con mis expectativas salariales.
        }
        [brief] { $scenario ->
            [clarification_reply] La diferencia salarial es demasiado amplia para salvarla con un ajuste.
           *[other] Busco una retribución más acorde con mis expectativas.
        }
       *[other] { $scenario ->
            [clarification_reply] La distancia con mis expectativas salariales es excesiva para salvarla con un ajuste.
           *[other] En este momento busco algo más acorde con mis expectativas salariales.
        }
    }
}
engagement-compensation = { $tone ->
    [formal] Actualmente solo asumo compromisos que se ajusten a mis condiciones profesionales.
    [brief] Solo asumo compromisos dentro de mis condiciones habituales.
   *[other] Por ahora solo asumo compromisos que encajen con mis condiciones profesionales.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] La fecha prevista coincide con un compromiso que no puedo aplazar.
        [brief] Ese día tengo un compromiso que no puedo mover.
       *[other] Justo en la fecha prevista tengo un compromiso que no puedo mover.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] He revisado mis compromisos actuales y he llegado a la conclusión de que este no es el momento adecuado para emprender un cambio.
        [brief] Ahora no es buen momento para un cambio.
       *[other] He repasado mis compromisos y este no es el momento adecuado para hacer un cambio.
    }
}
engagement-timing = { $scenario ->
    [media_interview] { $tone ->
        [formal] En estos días debo atender obligaciones adquiridas previamente.
        [brief] Estos días ya tengo otros compromisos.
       *[other] Estos días ya tengo otros compromisos.
    }
   *[other] { $tone ->
        [formal] Las fechas coinciden con compromisos adquiridos previamente.
        [brief] Ya tengo otros compromisos en esas fechas.
       *[other] Las fechas coinciden con otros compromisos que ya tenía.
    }
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Lamentablemente, tengo un viaje previsto que coincide con la fecha propuesta.
        [brief] Estaré de viaje en la fecha prevista.
       *[other] Justo en la fecha prevista estaré de viaje.
    }
    [clarification_reply] { $tone ->
        [brief] Mis circunstancias no me permiten asumir el desplazamiento.
       *[other] Aunque se flexibilizaran las condiciones, mis circunstancias actuales no me permitirían asumir el desplazamiento.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] En estos momentos necesito un empleo cuya ubicación y horario se adapten a mis circunstancias.
        [brief] Necesito un empleo con otra ubicación y otro horario.
       *[other] Ahora mismo necesito un empleo cuya ubicación y horario encajen con mis circunstancias.
    }
}
engagement-logistics = { $tone ->
    [formal] En esas fechas no puedo desplazarme.
    [brief] No puedo desplazarme en esas fechas.
   *[other] En esas fechas no tengo forma de viajar.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] En la fecha prevista debo ocuparme del cuidado de un familiar.
        [brief] Ese día debo cuidar de un familiar.
       *[other] En la fecha prevista tengo que ocuparme del cuidado de un familiar.
    }
   *[other] { $tone ->
        [formal] En este momento necesito dedicarme al cuidado de un familiar.
        [brief] Ahora debo ocuparme del cuidado de un familiar.
       *[other] Ahora mismo necesito centrarme en el cuidado de un familiar.
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
    [stay_in_touch] { $tone ->
        [formal] Como le comenté, busco un entorno de trabajo algo distinto.
        [firm] Como le comenté, busco un entorno de trabajo algo distinto.
       *[other] Como te comenté, busco un entorno de trabajo algo distinto.
    }
   *[other] { $tone ->
        [formal] He llegado a la conclusión de que busco un entorno de trabajo distinto.
        [brief] Busco un entorno de trabajo algo distinto.
       *[other] Siento que busco un entorno de trabajo algo distinto.
    }
}
engagement-company-fit = { $tone ->
    [formal] Estoy limitando mis compromisos a aquellos estrechamente vinculados con mis prioridades actuales.
    [brief] Ahora mismo mis prioridades son otras.
   *[other] Estoy reservando mi tiempo para compromisos más ligados a mis prioridades actuales.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Antes de conversar, desearía valorar con calma el alcance del cargo en relación con mi trayectoria.
        [brief] Quisiera valorar antes el alcance del cargo.
       *[other] Me gustaría tomarme un tiempo para valorar el alcance del cargo antes de hablar.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
    [stay_in_touch] { $tone ->
        [formal] Como le comenté, busco un cargo cuyo alcance se corresponda con mi trayectoria profesional.
        [firm] Como le comenté, busco un cargo cuyo alcance se corresponda con mi trayectoria profesional.
        [brief] Como te comenté, busco un cargo de más responsabilidad.
       *[other] Como te comenté, busco un cargo cuyo alcance se corresponda con mi experiencia.
    }
   *[other] { $tone ->
        [formal] Busco un cargo que aproveche plenamente mi trayectoria profesional.
        [brief] Busco un cargo de mayor responsabilidad.
       *[other] Busco un reto que aproveche toda mi experiencia.
    }
}
engagement-overqualified = { $tone ->
    [formal] Estoy dedicando mi tiempo a compromisos que se corresponden mejor con mi trayectoria.
    [brief] Me centro en compromisos de mayor responsabilidad.
   *[other] Estoy dedicando mi tiempo a compromisos que se ajustan mejor a mi recorrido profesional.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] En la fecha prevista tengo otros compromisos y preferiría disponer de más margen.
        [brief] En la fecha prevista ya tengo otros compromisos.
       *[other] Para la fecha prevista ya tengo otros compromisos y preferiría tener más margen.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Mis compromisos actuales no me permitirían implicarme con la dedicación necesaria.
        [brief] Ahora mismo no podría implicarme con la dedicación necesaria.
       *[other] Con mis compromisos actuales, no podría implicarme con la dedicación necesaria.
    }
}
engagement-bandwidth = { $scenario ->
    [media_interview] { $invitation ->
        [comment] { $tone ->
            [formal] Mis compromisos actuales no me dejarían margen para documentarme con el rigor necesario.
            [brief] Ahora no tendría margen para documentarme bien.
           *[other] Con mis compromisos actuales, no tendría margen para documentarme bien.
        }
       *[other] { media-bandwidth }
    }
    [academic_invitation] { academic-bandwidth }
   *[other] { speaking-bandwidth }
}
media-bandwidth = { $tone ->
    [formal] Mis compromisos actuales no me dejarían margen para prepararme con la dedicación necesaria.
    [brief] Estos días no podría prepararme como es debido.
   *[other] Con mis compromisos actuales, no tendría margen para prepararme bien.
}
academic-bandwidth = { $tone ->
    [formal] Mis compromisos actuales no me permitirían dedicar a esta labor el tiempo y la atención que requiere.
    [brief] No podría dedicarle el tiempo necesario.
   *[other] Con mis compromisos actuales, no podría dedicar a esta labor el tiempo que requiere.
}
speaking-bandwidth = { $tone ->
    [formal] Mis compromisos actuales no me dejarían margen para preparar la intervención con la dedicación que merece.
    [brief] Ahora mismo no podría preparar la sesión como se merece.
   *[other] Con mis compromisos actuales, no tendría margen para preparar bien la intervención.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Desearía disponer de tiempo para prepararme debidamente, ya que el tema queda algo fuera de mi ámbito habitual.
        [brief] Quisiera tiempo para prepararme bien.
       *[other] Me gustaría tener algo de tiempo para prepararme a fondo, ya que el tema queda algo fuera de mi ámbito habitual.
    }
    [media_interview] { $tone ->
        [formal] El tema queda fuera de mi ámbito de especialización, y { media-audience-deserves } que lo conozca más a fondo.
        [brief] El tema queda fuera de mi ámbito.
       *[other] El tema se aleja de mi especialidad, y { media-audience-deserves } que lo domine de verdad.
    }
    [speaking_engagement] { $tone ->
        [formal] El tema queda fuera de mi ámbito de especialización, y el público merece escuchar a alguien que lo conozca más a fondo.
        [brief] El tema queda fuera de mi ámbito.
       *[other] El tema se aleja bastante de mi especialidad, y el público merece escuchar a alguien que lo domine de verdad.
    }
    [academic_invitation] { $invitation ->
        [committee] { academic-expertise-committee }
        [program_committee] { academic-expertise-committee }
        [editorial_board] { academic-expertise-committee }
        [examiner] { $tone ->
            [formal] El tema de la tesis queda fuera de mi área de investigación, y un especialista podría aportar mucho más que yo.
            [brief] El tema de la tesis queda fuera de mi área de investigación.
           *[other] El tema de la tesis queda fuera de mi área de investigación, y hay quien podrá aportar más que yo.
        }
       *[other] { $tone ->
            [formal] El tema queda fuera de mi área de investigación, y un especialista podría aportar mucho más que yo.
            [brief] El tema queda fuera de mi área de investigación.
           *[other] El tema queda fuera de mi área de investigación, y hay quien podrá aportar más que yo.
        }
    }
   *[other] { $tone ->
        [formal] Considero que mis conocimientos pueden aportar más en otro ámbito.
        [brief] Me dedico a otro campo.
       *[other] Creo sinceramente que puedo aportar más en otro ámbito.
    }
}

# Quién recibe la pieza, con su verbo: lectores de un artículo, oyentes de un pódcast,
# audiencia de un programa.
media-audience-deserves = { $invitation ->
    [article] los lectores merecen una voz
    [comment] los lectores merecen una voz
    [broadcast] la audiencia merece escuchar a alguien
    [podcast] los oyentes merecen escuchar a alguien
   *[other] los lectores merecen una voz
}

academic-expertise-committee = { $tone ->
    [formal] La labor del comité queda fuera de mi área de investigación, y otros colegas podrían aportar mucho más que yo.
    [brief] La labor del comité queda fuera de mi área de investigación.
   *[other] La labor del comité queda fuera de mi área de investigación, y hay quien podrá aportar más que yo.
}
