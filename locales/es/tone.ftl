### Lo que dicen los avisos de tono. El valor de cada mensaje es la descripción de la regla,
### `.message` explica qué falla y `.suggestion` qué escribir en su lugar. Los casos de una
### regla pueden tener su propio mensaje de sugerencia.

tone-negative-language = Frases que culpan o menosprecian
    .message = Esto sitúa el motivo en la otra parte y puede sonar despectivo o arrogante.
    .suggestion = Describa lo que usted busca, no lo que a la otra parte le falta; por ejemplo: «Estoy dando prioridad a puestos más acordes con mi enfoque actual».
tone-negative-language-pay = Plantéelo como sus propias expectativas: «Busco un puesto más acorde con mis expectativas salariales en esta etapa de mi carrera».
tone-negative-language-offer = Dígalo sin comparar: «He aceptado otra oportunidad más alineada con mis objetivos inmediatos».
tone-negative-language-dismissive = Hable de sus propias prioridades: «Estoy dando prioridad a puestos que encajan con mi enfoque actual» suena meditado, no despectivo.

tone-presumptuous-fit = Decidir el encaje por la otra parte
    .message = Decir que no encaja suena presuntuoso: el encaje también le corresponde valorarlo a la otra parte.
    .suggestion = Hable de su propio rumbo: «He decidido centrarme en puestos más alineados con mis objetivos actuales».

tone-too-busy = Alegar falta de tiempo
    .message = Decir que no tiene tiempo o que está «demasiado ocupado» puede dar a entender una mala gestión del tiempo o que la otra parte no es una prioridad.
    .suggestion = Nombre el compromiso: «Mis compromisos actuales no me permitirían dedicarle la atención que merece».

tone-noncommittal = Respuesta evasiva
    .message = «Quizás en otra ocasión» deja la puerta entornada sin dar una respuesta real.
    .suggestion = Cierre con claridad y ofrezca algo concreto: «Me alegrará seguir en contacto de cara a futuras oportunidades».

tone-criticism = Crítica a la organización
    .message = Señalar problemas como la cultura, la rotación o las opiniones en internet quema puentes e invita a la discusión.
    .suggestion = Mantenga un motivo genérico: «He decidido buscar oportunidades más alineadas con mi rumbo profesional actual».

tone-oversharing = Demasiados detalles
    .message = Esto da más detalles sobre sus motivos de los que el lector necesita.
    .suggestion = Basta con un motivo breve: «He decidido aceptar otra oportunidad alineada con mi enfoque actual».

tone-too-short = Demasiado breve
    .message = Menos de tres frases puede resultar seco o despectivo.
    .suggestion = Agradezca, dé un motivo breve y añada una frase que mire al futuro.

tone-too-long = Demasiado largo
    .message = Más de cinco frases: un rechazo se recibe mejor cuando es breve.
    .suggestion = Limítese a entre tres y cinco frases y suprima las explicaciones que el lector no necesita.

tone-missing-gratitude = Sin agradecimiento
    .message = El mensaje no agradece al lector su tiempo ni la oportunidad.
    .suggestion = Empiece dando las gracias: «Muchas gracias por considerar mi candidatura y por el tiempo que ha dedicado su equipo».

tone-missing-door-open = Sin puerta abierta
    .message = Nada en el mensaje mira hacia el futuro, así que puede leerse como el fin de la relación.
    .suggestion = Añada una frase que mire al futuro: «Me encantaría seguir en contacto, y ojalá nuestros caminos vuelvan a cruzarse».
