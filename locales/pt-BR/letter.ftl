### Partes comuns a todas as cartas: saudação, assinatura, sintagmas nominais, o motivo nas
### palavras de quem escreve e a indicação de um colega.
###
### Convenções do pacote:
### - Nada de gênero adivinhado: nem "Prezado/Prezada" diante de um nome, nem adjetivos ou
###   particípios que concordem com quem escreve ("ocupado", "grato", "honrado", "obrigado").
###   Usamos verbos ("agradeço", "admiro") e substantivos neutros ("profissional", "nome").
### - Nomes e organizações entram sem artigo, depois de um substantivo que carrega a
###   concordância: "na empresa { $organization }", "no evento { $event }".
### - Depois de um texto do usuário, evitamos preposições que se contraem com artigos
###   (de, em, por, a); usamos "para", "sobre", "com" ou um verbo transitivo direto.
### - formal e firm: construções impessoais, sem "você"; warm e brief: "você".

## Saudação e assinatura

greeting = { $has-recipient ->
    [true] Olá, { $recipient },
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Prezada comissão organizadora,
            [firm] Prezada equipe organizadora,
           *[other] Olá,
        }
        [academic_invitation] { $tone ->
            [formal] Prezados colegas,
            [firm] Prezados colegas,
           *[other] Olá,
        }
       *[other] { $tone ->
            [formal] Prezados,
           *[other] Olá,
        }
    }
}

generic-hiring-greeting = { $tone ->
    [formal] Prezada equipe de recrutamento,
    [firm] Prezada equipe de recrutamento,
   *[other] Olá,
}

signature = { $tone ->
    [formal]
        Atenciosamente,
        { $sender }
    [firm]
        Cordialmente,
        { $sender }
    [brief]
        Abraços,
        { $sender }
   *[warm]
        Um abraço,
        { $sender }
}

## Sintagmas nominais usados dentro das frases

# "a vaga de Product Designer na empresa Acme", "a vaga na empresa Acme", "a vaga de
# Product Designer", "esta vaga". Vem depois de "para" ou "sobre", que não se contraem.
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] a vaga de { $position } na empresa { $organization }
       *[false] a vaga de { $position }
    }
   *[false] { $has-organization ->
        [true] a vaga na empresa { $organization }
       *[false] esta vaga
    }
}

# O que se remarca: um evento, uma entrevista, uma conversa. Vem depois de "para" ou de
# "remarcar".
meeting-phrase = { $has-event ->
    [true] o evento { $event }
   *[false] { $has-position ->
        [true] a entrevista da vaga de { $position }
       *[false] { $has-topic ->
            [true] a nossa conversa sobre { $topic }
           *[false] a nossa conversa
        }
    }
}

# " promovido por Acme" depois de "evento", ou nada.
at-organization = { $has-organization ->
    [true] {" "}promovido por { $organization }
   *[false] {""}
}

## O motivo nas palavras de quem escreve (o ponto final já chega retirado).

reason-note = { $reason-note }.

## Indicação de um colega (sem gênero: "indicar { $referral }", "um ótimo nome")

referral = { $tone ->
    [formal] Caso seja útil, tomo a liberdade de indicar { $referral }{ referral-expertise }{ referral-fit }{ referral-contact }.
    [brief] Sugiro conversar com { $referral }{ referral-expertise }{ referral-contact }.
   *[other] Se for útil, posso indicar { $referral }{ referral-expertise }{ referral-fit }{ referral-contact }.
}

# Formal e warm: ", que tem ampla experiência em X e" (o "que" do trecho seguinte já vem aqui).
referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , que tem ampla experiência em { $referral-expertise } e
        [brief] , que conhece bem { $referral-expertise }
       *[other] , que tem bastante experiência em { $referral-expertise } e
    }
   *[false] {""}
}

referral-fit = { $has-referral-expertise ->
    [true] {" "}
   *[false] , que{" "}
}{ $tone ->
    [formal] { $scenario ->
        [media_interview] seria um excelente nome para a matéria
        [speaking_engagement] seria um excelente nome para a programação
        [academic_invitation] seria uma excelente escolha para este convite
       *[other] seria um excelente nome para a vaga
    }
   *[other] { $scenario ->
        [media_interview] poderia ser um ótimo nome para a sua matéria
        [speaking_engagement] poderia ser um ótimo nome para a programação
        [academic_invitation] poderia ser uma excelente escolha
       *[other] poderia ser um ótimo nome para a vaga
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] ; o contato de { $referral } é { $referral-contact }
        [brief] {" "}({ $referral-contact })
       *[other] ; o contato é { $referral-contact }
    }
   *[false] {""}
}
