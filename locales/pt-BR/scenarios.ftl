### As frases de cada cenário: assunto, agradecimento (com ou sem um detalhe elogiado),
### decisão e uma frase final que deixa a porta aberta ($stay-in-touch) ou apenas deseja
### sucesso. formal e firm: construções impessoais, sem "você"; warm e brief: "você".
### brief é mais curto, mas caloroso; firm não deixa dúvida de que esta oportunidade está
### encerrada. O detalhe ($detail) entra como objeto direto de "admiro" ou depois de
### "ouvir sobre", nunca depois de uma preposição que se contraia com artigo.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Retirada da candidatura à vaga de { $position }
       *[false] Retirada de candidatura
    }
    [firm] { $has-position ->
        [true] Desistência do processo seletivo para a vaga de { $position }
       *[false] Desistência da candidatura
    }
    [brief] { $has-position ->
        [true] Retiro minha candidatura à vaga de { $position }
       *[false] Retirada da candidatura
    }
   *[warm] { $has-position ->
        [true] Sobre a vaga de { $position }
       *[false] Agradecimento pela oportunidade
    }
}

job-interview-thanks = { $tone ->
    [formal] Agradeço por ter considerado meu nome para { role-phrase } e pela atenção dispensada até aqui.
    [firm] Agradeço a atenção ao longo do processo seletivo para { role-phrase }.
    [brief] Agradeço por considerar meu nome para { role-phrase }.
   *[warm] Agradeço muito por ter considerado meu nome para { role-phrase } e pela atenção até aqui.
}

job-interview-thanks-detail = { $tone ->
    [formal] Agradeço por ter considerado meu nome para { role-phrase }; valorizei especialmente { $detail }.
    [firm] Agradeço a atenção ao longo do processo seletivo para { role-phrase }; valorizei em especial { $detail }.
    [brief] Agradeço por considerar meu nome para { role-phrase }; apreciei muito { $detail }.
   *[warm] Agradeço sinceramente por ter considerado meu nome para { role-phrase }; apreciei muito { $detail }.
}

job-interview-decision = { $tone ->
    [formal] Após cuidadosa reflexão, decidi retirar minha candidatura{ job-stage }.
    [firm] Decidi retirar minha candidatura{ job-stage } e peço que meu nome não seja mais considerado.
    [brief] Decidi retirar minha candidatura{ job-stage }.
   *[warm] Depois de refletir com calma, decidi retirar minha candidatura{ job-stage }.
}

# " antes da entrevista inicial", " antes da entrevista final", ou nada: a etapa de que se
# desiste, conforme o convite.
job-stage = { $invitation ->
    [screening_call] {" "}antes da entrevista inicial
    [final_round] {" "}antes da entrevista final
    [interview] {" "}antes da entrevista
   *[other] {""}
}

job-interview-door-open = { $tone ->
    [formal] Será um prazer manter contato para futuras oportunidades; desejo pleno êxito na seleção.
    [firm] Fico à disposição para futuras oportunidades e desejo sucesso na seleção.
    [brief] Espero que nossos caminhos se cruzem de novo; sucesso na seleção!
   *[warm] Adoraria manter contato e desejo muito sucesso na busca pela pessoa certa.
}

job-interview-closing = { $tone ->
    [formal] Desejo pleno êxito na seleção.
    [firm] Desejo sucesso na seleção.
    [brief] Desejo sucesso na seleção.
   *[warm] Desejo muito sucesso na busca pela pessoa certa.
}

## media_interview

# "sua matéria sobre trabalho remoto (Folha de S.Paulo)", "o episódio do podcast “Mamilos”
# sobre trabalho remoto (B9)", "seu programa (GloboNews)", "sua matéria"; no registro
# formal, "a matéria", "o programa". O programa, a série ou a publicação que quem escreve
# nomeia ($event, um nome sem artigo) entra entre aspas depois de "o programa", "o podcast",
# "a publicação"; o veículo vai
# entre parênteses: "para o veículo GloboNews" soa a jargão, e "da/do" adivinharia o gênero
# do nome. Um comentário (comment) é para a matéria de quem pede.
piece-phrase = { $has-event ->
    [true] { programme-piece }
   *[false] { piece-noun }
}{ host-and-topic }

# O veículo e o tema: " do Jornal do Commercio sobre X" (o veículo como complemento, logo
# depois da peça), mas " sobre X (Folha de S.Paulo)" e " sobre X para a Folha": um parêntese
# no meio ("a matéria (Valor Econômico) sobre juros") quebra a frase.
host-and-topic = { $organization-shape ->
    [kind-first] { media-host }{ topic-clause }
   *[other] { topic-clause }{ media-host }
}

# Um nome digitado com o próprio artigo ("o Roda Viva", "a Folha") vai depois de "com", que
# não se contrai: "uma entrevista com o Roda Viva", "contribuir com a Folha".
# O que se pede a quem escreve: de um programa ou de um podcast se participa ("participar de
# uma edição do programa “Conta Corrente” (GloboNews)", "participar do seu podcast sobre X");
# com uma matéria se contribui ("contribuir com a matéria (Folha de S.Paulo) sobre X").
media-invited-to = { $event-shape ->
    [article] { $invitation ->
        [broadcast] conceder uma entrevista para { $event }
        [podcast] gravar um episódio com { $event }
       *[other] contribuir com { $event }
    }{ host-and-topic }
   *[other] { $invitation ->
        [broadcast] participar { media-show-phrase }
        [podcast] participar { media-show-phrase }
       *[other] contribuir com { piece-phrase }
    }
}

# Um programa ou podcast digitado com o próprio artigo ("o podcast Mamilos") é quem convida:
# "o convite que o podcast Mamilos me fez para participar de um episódio sobre X".
media-invite-host = { $has-event ->
    [true] {""}
   *[false] { $organization-shape ->
        [article] { $invitation ->
            [podcast] {" "}que { $organization } me fez
            [broadcast] {" "}que { $organization } me fez
           *[other] {""}
        }
       *[other] {""}
    }
}

# A podcast named only by the organisation is the podcast itself: "participar do podcast
# “Mamilos” para falar sobre X" (not "do podcast sobre X (Mamilos)", which made the whole
# podcast about the topic and read like a form).
media-show-phrase = { $has-event ->
    [true] { media-show-base }{ host-and-topic }
   *[false] { $invitation ->
        [podcast] { $organization-shape ->
            [plain] { $organization-gender ->
                [unknown] do podcast “{ $organization }”{ podcast-topic }
               *[other] { media-show-base }{ host-and-topic }
            }
           *[other] { media-show-base }{ host-and-topic }
        }
       *[other] { media-show-base }{ host-and-topic }
    }
}

podcast-topic = { $has-topic ->
    [true] {" "}para falar sobre { $topic }
   *[false] {""}
}

media-show-base = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { $invitation ->
            [podcast] de um episódio { ev-do }
           *[other] de uma edição { ev-do }
        }
       *[other] { $invitation ->
            [podcast] de um episódio do podcast “{ $event }”
           *[other] de uma edição do programa “{ $event }”
        }
    }
   *[false] { $organization-gender ->
        [show] do { $organization }
       *[other] { $organization-shape ->
            [none] { $tone ->
                [formal] { $invitation ->
                    [podcast] do podcast
                   *[other] do programa
                }
               *[other] { $invitation ->
                    [podcast] do seu podcast
                   *[other] do seu programa
                }
            }
            [article] { $invitation ->
                [podcast] de um episódio
               *[other] de uma entrevista
            }
           *[other] { $invitation ->
                [podcast] do podcast
               *[other] do programa
            }
        }
    }
}

# A peça, dentro do programa, da série ou da publicação nomeada.
programme-piece = { $event-shape ->
    [kind-first] { $invitation ->
        [broadcast] uma edição { ev-do }
        [podcast] um episódio { ev-do }
       *[other] { piece-noun } { ev-do }
    }
   *[other] { $invitation ->
        [broadcast] uma edição do programa “{ $event }”
        [podcast] um episódio do podcast “{ $event }”
       *[other] { piece-noun } da publicação “{ $event }”
    }
}

# O veículo: " para o Jornal do Commercio" (nome que começa por uma palavra de tipo
# masculina) depois da matéria; senão entre parênteses, " (Folha de S.Paulo)", que não pede
# o gênero do nome.
media-host = { $event-names-organization ->
    [true] {""}
   *[false] { $organization-shape ->
        [none] {""}
        [kind-first] { $has-event ->
            [true] {" "}{ org-do }
           *[false] { $organization-gender ->
                [show] { $invitation ->
                    [broadcast] {""}
                    [podcast] {""}
                   *[other] {" "}{ org-do }
                }
               *[other] {" "}{ org-do }
            }
        }
        [article] { $has-event ->
            [true] {" "}para { $organization }
           *[false] { $invitation ->
                [podcast] {""}
                [broadcast] {""}
               *[other] {" "}para { $organization }
            }
        }
       *[other] {" "}({ $organization })
    }
}

# "do Festival Path", "da Revista Brasileira de História" (só para nomes com palavra de tipo).
ev-do = { $event-gender ->
    [feminine] da { $event }
    [plural-feminine] das { $event }
    [committee-feminine] da { $event }
   *[other] do { $event }
}

# O que o jornalista prepara, conforme o tipo de convite.
piece-noun = { $tone ->
    [formal] { $invitation ->
        [article] a matéria
        [broadcast] { $organization-gender ->
            [show] o { $organization }
           *[other] o programa
        }
        [podcast] { $organization-gender ->
            [show] o episódio { org-do }
           *[other] o episódio do podcast
        }
       *[other] a matéria
    }
   *[other] { $organization-shape ->
        [none] { $invitation ->
            [article] sua matéria
            [broadcast] seu programa
            [podcast] o episódio do seu podcast
           *[other] sua matéria
        }
       *[other] { $invitation ->
            [article] a matéria
            [broadcast] { $organization-gender ->
                [show] o { $organization }
               *[other] o programa
            }
            [podcast] { $organization-gender ->
                [show] o episódio { org-do }
               *[other] o episódio do podcast
            }
           *[other] a matéria
        }
    }
}

# O mesmo, já mencionado: "desejo sucesso com o episódio".
piece-noun-again = { $invitation ->
    [article] o texto
    [broadcast] o programa
    [podcast] o episódio
   *[other] { $tone ->
        [formal] a reportagem
       *[other] o texto
    }
}

# No assunto: "Sua matéria sobre trabalho remoto", "Seu podcast sobre trabalho remoto",
# "Pedido de declaração sobre trabalho remoto".
piece-title = { $invitation ->
    [article] Sua matéria
    [broadcast] Entrevista
    [podcast] Episódio
    [comment] Pedido de declaração
   *[other] Sua matéria
}

# O que se pede à fonte: "entrevista", ou "declaração" para um comentário.
media-request-noun = { $invitation ->
    [comment] declaração
   *[other] entrevista
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { $invitation ->
            [comment] Pedido de declaração sobre { $topic }
           *[other] Convite para entrevista sobre { $topic }
        }
       *[other] { piece-title } sobre { $topic }
    }
   *[false] Pedido de { media-request-noun }
}

media-interview-thanks = { $tone ->
    [formal] Agradeço o convite{ media-invite-host } para { media-invited-to } e a confiança no meu trabalho.
    [firm] Agradeço o convite{ media-invite-host } para { media-invited-to }.
    [brief] Agradeço o convite{ media-invite-host } para { media-invited-to }.
   *[warm] Fiquei muito contente com o convite{ media-invite-host } para { media-invited-to } e agradeço por você ter pensado em mim.
}

media-interview-thanks-detail = { $tone ->
    [formal] Agradeço o convite{ media-invite-host } para { media-invited-to }; admiro em especial { $detail }.
    [firm] Agradeço o convite{ media-invite-host } para { media-invited-to }; admiro em especial { $detail }.
    [brief] Agradeço o convite{ media-invite-host } para { media-invited-to }; adorei { $detail }.
   *[warm] Agradeço sinceramente o convite{ media-invite-host } para { media-invited-to }; adorei { $detail }.
}

media-interview-decision = { $tone ->
    [formal] { $invitation ->
        [comment] Lamento informar que, desta vez, não poderei dar uma declaração.
       *[other] Lamento informar que, desta vez, não poderei aceitar.
    }
    [firm] { $invitation ->
        [comment] Não poderei dar uma declaração desta vez e prefiro avisar desde já, para não atrasar o fechamento.
       *[other] Desta vez não vou aceitar, e prefiro avisar desde já para não atrasar a produção.
    }
    [brief] { $invitation ->
        [comment] Desta vez, não vou poder comentar.
       *[other] Desta vez, não vou poder aceitar.
    }
   *[warm] { $invitation ->
        [comment] Infelizmente, desta vez não vou poder comentar.
       *[other] Infelizmente, desta vez não vou poder aceitar.
    }
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Será um prazer colaborar em futuras pautas mais próximas do meu campo de atuação; desejo pleno êxito com { piece-noun-again }.
        [firm] Terei prazer em colaborar em futuras pautas mais próximas do meu campo de atuação.
        [brief] Conte comigo para pautas mais próximas do meu campo de atuação e boa sorte com { piece-noun-again }.
       *[warm] Se surgir uma pauta mais próxima do meu campo de atuação, ficarei feliz em colaborar; desejo muito sucesso com { piece-noun-again }.
    }
   *[other] { $tone ->
        [formal] Será um prazer colaborar em futuras pautas e desejo pleno êxito com { piece-noun-again }.
        [firm] Terei prazer em colaborar em futuras pautas e desejo sucesso com { piece-noun-again }.
        [brief] Conte comigo para uma próxima pauta e boa sorte com { piece-noun-again }.
       *[warm] Pode contar comigo em uma próxima pauta; desejo muito sucesso com { piece-noun-again }.
    }
}

media-interview-closing = { $tone ->
    [formal] Desejo pleno êxito com { piece-noun-again }.
    [firm] Desejo sucesso com { piece-noun-again }.
    [brief] Boa sorte com { piece-noun-again }.
   *[warm] Desejo muito sucesso com { piece-noun-again }.
}

## speaking_engagement

# "durante o evento “Semana do Empreendedor” (Acme)", "no evento (Acme)", "no seu evento"
# (formal: "em seu evento"). Inclui a preposição: vem depois da atividade. O nome do evento
# chega sem artigo ("Semana do Empreendedor"): entra entre aspas depois de "o evento", que
# carrega o artigo, nunca logo depois de "durante", "no" ou "do".
event-phrase = { $has-event ->
    [true] {" "}{ event-in-named }{ event-host }
   *[false] { $has-organization ->
        [true] {""}
       *[false] { $tone ->
            [formal] {" "}em seu evento
           *[other] {" "}no seu evento
        }
    }
}

# Uma organização sem nome de evento vem depois de "convite": "o convite da equipe Sebrae
# para dar uma palestra"; "no evento (Sebrae)" soaria a formulário.
invite-host = { $has-event ->
    [true] {""}
   *[false] { $organization-shape ->
        [kind-first] { $organization-gender ->
                [feminine] {" "}da { $organization }
                [plural-feminine] {" "}das { $organization }
                [committee-feminine] {" "}da { $organization }
               *[other] {" "}do { $organization }
            }
        [kind] { $organization-gender ->
                [feminine] {" "}da { $organization }
                [plural-feminine] {" "}das { $organization }
                [committee-feminine] {" "}da { $organization }
               *[other] {" "}do { $organization }
            }
        [article] {" "}que { $organization } me fez
        [none] {""}
       *[other] {" "}da equipe { $organization }
    }
}

# " (Acme)" depois do nome de um evento, de uma revista ou de uma banca, ", do Instituto
# Butantan" (palavra de tipo masculina no início), ou nada: um particípio ("promovido")
# teria de adivinhar o gênero do evento.
event-host = { $event-names-organization ->
    [true] {""}
   *[false] { $organization-shape ->
        [none] {""}
        [kind-first] { $organization-gender ->
            [feminine] , da { $organization }
            [plural-feminine] , das { $organization }
            [committee-feminine] , da { $organization }
           *[other] , do { $organization }
        }
        [article] , que { $organization } promove
       *[other] {" "}({ $organization })
    }
}

# " sobre trabalho remoto", ou nada; vem logo depois da atividade.
topic-clause = { $has-topic ->
    [true] {" "}sobre { $topic }
   *[false] {""}
}

# O que se pede a quem fala, conforme o tipo de convite.
speaking-activity = { $invitation ->
    [talk] dar uma palestra
    [keynote] { $tone ->
        [formal] proferir a palestra magna
       *[other] fazer a palestra de abertura
    }
    [panel] participar do painel
    [workshop] ministrar um workshop
    [webinar] apresentar um webinar
   *[other] palestrar
}

# The subject names the activity as a noun ("Palestra de abertura na …"), so the warm
# letter's first sentence ("Agradeço o convite para fazer a palestra de abertura …") does not
# repeat it word for word.
speaking-noun = { $invitation ->
    [keynote] Palestra de abertura
    [panel] Painel
    [workshop] Workshop
    [webinar] Webinar
   *[other] Palestra
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Convite para { speaking-activity } { event-in-named }
        [firm] Não poderei { speaking-activity } { event-in-named }
        [brief] { $event-shape ->
            [article] Convite para { speaking-activity } durante { $event }
            [kind-first] { $event-gender ->
                    [feminine] Convite para { speaking-activity } na { $event }
                    [plural-feminine] Convite para { speaking-activity } nas { $event }
                    [committee-feminine] Convite para { speaking-activity } na { $event }
                   *[other] Convite para { speaking-activity } no { $event }
                }
            [kind] { $event-gender ->
                    [feminine] Convite para { speaking-activity } na { $event }
                    [plural-feminine] Convite para { speaking-activity } nas { $event }
                    [committee-feminine] Convite para { speaking-activity } na { $event }
                   *[other] Convite para { speaking-activity } no { $event }
                }
           *[other] { $event-gender ->
                   [feminine] Convite para { speaking-activity } na { $event }
                   [plural-feminine] Convite para { speaking-activity } nas { $event }
                   [committee-feminine] Convite para { speaking-activity } na { $event }
                  *[other] Convite para { speaking-activity } no { $event }
               }
        }
       *[warm] { speaking-noun } { event-in-named }
    }
   *[false] { $tone ->
        [formal] Convite para { speaking-activity }
        [firm] Não poderei aceitar o convite para { speaking-activity }
        [brief] Convite para { speaking-activity }
       *[warm] Sobre o convite para { speaking-activity }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Foi com satisfação que recebi o convite{ invite-host } para { speaking-activity }{ topic-clause }{ event-phrase }, e agradeço a gentileza.
    [firm] Agradeço o convite{ invite-host } para { speaking-activity }{ topic-clause }{ event-phrase }.
    [brief] Agradeço o convite{ invite-host } para { speaking-activity }{ event-phrase }.
   *[warm] Foi uma alegria receber o convite{ invite-host } para { speaking-activity }{ topic-clause }{ event-phrase }, e agradeço a lembrança.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Agradeço o gentil convite{ invite-host } para { speaking-activity }{ topic-clause }{ event-phrase }; admiro em especial { $detail }.
    [firm] Agradeço o convite{ invite-host } para { speaking-activity }{ event-phrase }; o que mais me chamou a atenção foi { $detail }.
    [brief] Agradeço o convite para { speaking-activity }; o que mais me chamou a atenção foi { $detail }.
   *[warm] Agradeço sinceramente o convite{ invite-host } para { speaking-activity }{ topic-clause }{ event-phrase }; admirei muito { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Lamento, porém, não poder aceitar desta vez.
    [firm] Não poderei aceitar e prefiro avisar desde já, para facilitar o planejamento.
    [brief] Infelizmente, não vou poder aceitar.
   *[warm] { $invitation ->
        [keynote] Seria uma honra, mas infelizmente desta vez não vou poder aceitar.
        [panel] Infelizmente, desta vez não vou conseguir estar no debate.
        [webinar] Infelizmente, desta vez não vou conseguir.
       *[other] Pensei com carinho, mas infelizmente desta vez não será possível.
    }
}

speaking-engagement-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] { $has-event ->
            [true] Terei prazer em contribuir com uma edição futura dedicada a questões mais próximas do meu campo de atuação e desejo pleno êxito na realização do evento deste ano.
           *[false] Terei prazer em atender a futuros convites dedicados a questões mais próximas do meu campo de atuação e desejo pleno êxito ao { event-bare }.
        }
        [firm] { $has-event ->
            [true] Fico à disposição para futuras edições, sobretudo com debates mais próximos do meu campo de atuação.
           *[false] Fico à disposição para futuros convites, sobretudo para debates mais próximos do meu campo de atuação.
        }
        [brief] Fico à disposição para convites futuros mais próximos do meu campo de atuação.
       *[warm] Vou adorar receber um convite futuro mais próximo do meu campo de atuação; desejo que o { event-bare } seja um enorme sucesso.
    }
   *[other] { $tone ->
        [formal] { $has-event ->
            [true] Terei prazer em estar presente numa próxima edição e desejo pleno êxito na realização do evento deste ano.
           *[false] Terei prazer em colaborar em uma próxima oportunidade e desejo pleno êxito ao { event-bare }.
        }
        [firm] { $has-event ->
            [true] Fico à disposição para futuras edições e desejo que a deste ano seja um grande sucesso.
           *[false] Fico à disposição para futuros convites e desejo que o { event-bare } seja um grande sucesso.
        }
        [brief] Fico à disposição para futuros convites e desejo um ótimo { event-bare }!
       *[warm] { $has-event ->
            [true] { $invitation ->
                [keynote] Espero que surja outra oportunidade numa próxima edição; torço para que o evento deste ano seja um enorme sucesso.
                [talk] Tomara que a gente possa se encontrar numa próxima edição; desejo um evento incrível a todos vocês.
               *[other] Espero estar presente em uma próxima edição e desejo que o evento seja um enorme sucesso.
            }
           *[false] Espero poder participar em uma próxima oportunidade e desejo que o { event-bare } seja um enorme sucesso.
        }
    }
}

speaking-engagement-closing = { $tone ->
    [formal] Desejo pleno êxito na realização do evento.
    [firm] Desejo que o { event-bare } seja um grande sucesso.
    [brief] Desejo um ótimo { event-bare }.
   *[warm] Desejo que o { event-bare } seja um enorme sucesso.
}

# O evento nomeado, depois de "durante" (que não se contrai): "o evento “Semana do
# Empreendedor”"; um nome digitado com o próprio artigo ("o RD Summit") entra sem aspas e
# sem o substantivo do pacote: "durante o RD Summit".
# " no Fórum…", " na Semana…", " durante o RD Summit" (nome com artigo), " no evento “…”".
event-in-named = { $event-shape ->
    [article] durante { $event }
    [kind-first] { $event-gender ->
            [feminine] na { $event }
            [plural-feminine] nas { $event }
            [committee-feminine] na { $event }
           *[other] no { $event }
        }
    [kind] { $event-gender ->
            [feminine] na { $event }
            [plural-feminine] nas { $event }
            [committee-feminine] na { $event }
           *[other] no { $event }
        }
   *[other] { $event-gender ->
           [feminine] na { $event }
           [plural-feminine] nas { $event }
           [committee-feminine] na { $event }
          *[other] no { $event }
       }
}


# "evento", ou "webinar" quando o convite é um webinar sem evento nomeado.
event-bare = { $has-event ->
    [true] evento
   *[false] { $invitation ->
        [webinar] webinar
       *[other] evento
    }
}

## academic_invitation

# O que se pede, conforme o tipo de convite. O nome que chega em $event vem sem artigo
# ("Revista Brasileira de Ciências Sociais", "Comissão de Pós-Graduação do IFCH"): entra
# entre aspas depois de um substantivo do pacote que carrega o artigo ("para o periódico
# “…”", "integrar a comissão “…”", "do evento “…”"), nunca logo depois de uma preposição.
# Para uma banca, $event nomeia a tese: "compor a banca de defesa da tese “…” (Acme)". Sem
# tipo: "colaborar com a iniciativa “…”", "participar desta iniciativa (Acme)".
academic-task = { $invitation ->
    [peer_review] avaliar um manuscrito{ for-event }
    [editorial_board] { editorial-board-task }
    [committee] { committee-task }
    [guest_lecture] ministrar uma palestra{ at-event }
    [program_committee] { program-committee-task }
    [examiner] { examiner-task }
   *[other] { invitation-phrase }
}

# O mesmo com o tema, nos tons que o mencionam: "avaliar um manuscrito sobre trabalho
# remoto para o periódico “Revista de Lógica Aplicada”".
academic-task-on-topic = { $invitation ->
    [peer_review] avaliar um manuscrito{ topic-clause }{ for-event }
    [editorial_board] { editorial-board-task }
    [committee] { $has-event ->
        [true] { committee-task }
       *[false] integrar o comitê{ topic-clause }{ of-event }
    }
    [guest_lecture] ministrar uma palestra{ topic-clause }{ at-event }
    [program_committee] { program-committee-task }
    [examiner] { examiner-task }
   *[other] { invitation-phrase }{ subject-clause }
}

# "compor a banca de defesa da tese “Redes neurais e linguagem” (Acme)", "participar da
# banca examinadora da instituição Acme", "participar da banca examinadora".
examiner-task = { $has-event ->
    [true] { $event-gender ->
        [committee-feminine] compor a { $event }{ event-host }
        [committee-masculine] compor o { $event }{ event-host }
       *[other] compor a banca de defesa da tese “{ $event }”{ event-host }
    }
   *[false] { $organization-shape ->
        [article] participar da banca examinadora que { $organization } está organizando
       *[other] participar da banca examinadora{ of-event }
    }
}

# "integrar a comissão “Comissão de Pós-Graduação do IFCH” (Acme)", "integrar o comitê da
# instituição Acme", "integrar o comitê".
committee-task = { $has-event ->
    [true] { $event-shape ->
        [article] integrar { $event }{ event-host }
        [kind-first] { $event-gender ->
                [feminine] integrar a { $event }{ event-host }
                [plural-feminine] integrar as { $event }{ event-host }
                [committee-feminine] integrar a { $event }{ event-host }
               *[other] integrar o { $event }{ event-host }
            }
        [kind] { $event-gender ->
                [feminine] integrar a { $event }{ event-host }
                [plural-feminine] integrar as { $event }{ event-host }
                [committee-feminine] integrar a { $event }{ event-host }
               *[other] integrar o { $event }{ event-host }
            }
       *[other] integrar a comissão “{ $event }”{ event-host }
    }
   *[false] integrar o comitê{ of-event }
}

# Sem tipo: "colaborar com a iniciativa “Colóquio de Pesquisa” (Acme)", "participar desta
# iniciativa (Acme)", "participar desta iniciativa".
invitation-phrase = { $has-event ->
    [true] { $event-shape ->
        [article] colaborar com { $event }{ event-host }
        [kind-first] { $event-gender ->
                [feminine] colaborar com a { $event }{ event-host }
                [plural-feminine] colaborar com as { $event }{ event-host }
                [committee-feminine] colaborar com a { $event }{ event-host }
               *[other] colaborar com o { $event }{ event-host }
            }
        [kind] { $event-gender ->
                [feminine] colaborar com a { $event }{ event-host }
                [plural-feminine] colaborar com as { $event }{ event-host }
                [committee-feminine] colaborar com a { $event }{ event-host }
               *[other] colaborar com o { $event }{ event-host }
            }
       *[other] colaborar com a iniciativa “{ $event }”{ event-host }
    }
   *[false] { $has-organization ->
        [true] participar desta iniciativa{ at-organization }
       *[false] participar desta iniciativa
    }
}

# "integrar o conselho editorial do periódico “Revista de Lógica Aplicada” (Acme)",
# "integrar o conselho editorial da instituição Acme", "integrar o conselho editorial".
editorial-board-task = { $has-event ->
    [true] { $event-shape ->
        [article] colaborar com { $event }{ event-host } como membro do conselho editorial
        [kind-first] { $event-gender ->
                [feminine] integrar o conselho editorial da { $event }{ event-host }
                [plural-feminine] integrar o conselho editorial das { $event }{ event-host }
                [committee-feminine] integrar o conselho editorial da { $event }{ event-host }
               *[other] integrar o conselho editorial do { $event }{ event-host }
            }
        [kind] { $event-gender ->
                [feminine] integrar o conselho editorial da { $event }{ event-host }
                [plural-feminine] integrar o conselho editorial das { $event }{ event-host }
                [committee-feminine] integrar o conselho editorial da { $event }{ event-host }
               *[other] integrar o conselho editorial do { $event }{ event-host }
            }
       *[other] integrar o conselho editorial do periódico “{ $event }”{ event-host }
    }
   *[false] integrar o conselho editorial{ of-event }
}

# " para o periódico “Revista de Lógica Aplicada” (Acme)", " para a instituição Acme", ou
# nada.
for-event = { $has-event ->
    [true] { $event-shape ->
        [article] {" "}para { $event }{ event-host }
        [kind-first] { $event-gender ->
                [feminine] {" "}submetido à { $event }{ event-host }
                [plural-feminine] {" "}submetido às { $event }{ event-host }
                [committee-feminine] {" "}submetido à { $event }{ event-host }
               *[other] {" "}submetido ao { $event }{ event-host }
            }
        [kind] { $event-gender ->
                [feminine] {" "}submetido à { $event }{ event-host }
                [plural-feminine] {" "}submetido às { $event }{ event-host }
                [committee-feminine] {" "}submetido à { $event }{ event-host }
               *[other] {" "}submetido ao { $event }{ event-host }
            }
       *[other] {" "}submetido ao periódico “{ $event }”{ event-host }
    }
   *[false] { $organization-shape ->
        [article] {" "}para { $organization }
        [kind-first] { $organization-gender ->
                [feminine] {" "}para a { $organization }
                [plural-feminine] {" "}para as { $organization }
                [committee-feminine] {" "}para a { $organization }
               *[other] {" "}para o { $organization }
            }
        [kind] { $organization-gender ->
                [feminine] {" "}para a { $organization }
                [plural-feminine] {" "}para as { $organization }
                [committee-feminine] {" "}para a { $organization }
               *[other] {" "}para o { $organization }
            }
        [none] {""}
       *[other] {" "}para a equipe editorial { $organization }
    }
}

# " no evento “Semana de Lógica 2027” (Acme)", " para a instituição Acme", ou nada.
at-event = { $has-event ->
    [true] { $event-shape ->
        [article] {" "}durante { $event }{ event-host }
        [kind-first] { $event-gender ->
                [feminine] {" "}na { $event }{ event-host }
                [plural-feminine] {" "}nas { $event }{ event-host }
                [committee-feminine] {" "}na { $event }{ event-host }
               *[other] {" "}no { $event }{ event-host }
            }
        [kind] { $event-gender ->
                [feminine] {" "}na { $event }{ event-host }
                [plural-feminine] {" "}nas { $event }{ event-host }
                [committee-feminine] {" "}na { $event }{ event-host }
               *[other] {" "}no { $event }{ event-host }
            }
       *[other] { $event-gender ->
               [feminine] {" "}na { $event }{ event-host }
               [plural-feminine] {" "}nas { $event }{ event-host }
               [committee-feminine] {" "}na { $event }{ event-host }
              *[other] {" "}no { $event }{ event-host }
           }
    }
   *[false] { $organization-shape ->
        [article] {" "}para { $organization }
        [kind-first] { $organization-gender ->
                [feminine] {" "}na { $organization }
                [plural-feminine] {" "}nas { $organization }
                [committee-feminine] {" "}na { $organization }
               *[other] {" "}no { $organization }
            }
        [kind] { $organization-gender ->
                [feminine] {" "}na { $organization }
                [plural-feminine] {" "}nas { $organization }
                [committee-feminine] {" "}na { $organization }
               *[other] {" "}no { $organization }
            }
        [none] {""}
       *[other] {" "}para a comunidade { $organization }
    }
}

# Depois de um comitê de programa: " do evento “Congresso de Lógica 2027” (Acme)", " da
# instituição Acme", ou nada.
of-event = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { $event-gender ->
                [feminine] {" "}da { $event }{ event-host }
                [plural-feminine] {" "}das { $event }{ event-host }
                [committee-feminine] {" "}da { $event }{ event-host }
               *[other] {" "}do { $event }{ event-host }
            }
        [kind] { $event-gender ->
                [feminine] {" "}da { $event }{ event-host }
                [plural-feminine] {" "}das { $event }{ event-host }
                [committee-feminine] {" "}da { $event }{ event-host }
               *[other] {" "}do { $event }{ event-host }
            }
       *[other] { $event-gender ->
               [feminine] {" "}da { $event }{ event-host }
               [plural-feminine] {" "}das { $event }{ event-host }
               [committee-feminine] {" "}da { $event }{ event-host }
              *[other] {" "}do { $event }{ event-host }
           }
    }
   *[false] { $organization-shape ->
        [article] {" "}com { $organization }
        [kind-first] { $organization-gender ->
                [feminine] {" "}da { $organization }
                [plural-feminine] {" "}das { $organization }
                [committee-feminine] {" "}da { $organization }
               *[other] {" "}do { $organization }
            }
        [kind] { $organization-gender ->
                [feminine] {" "}da { $organization }
                [plural-feminine] {" "}das { $organization }
                [committee-feminine] {" "}da { $organization }
               *[other] {" "}do { $organization }
            }
        [none] {""}
       *[other] {" "}({ $organization })
    }
}

# "integrar o comitê de programa do evento “Congresso de Lógica 2027” (Acme)"; um nome
# digitado com o próprio artigo não vai depois de "do evento": "colaborar com o Congresso
# de Lógica como membro do comitê de programa".
program-committee-task = { $has-event ->
    [true] { $event-gender ->
        [committee-feminine] integrar a { $event }{ event-host }
        [committee-masculine] integrar o { $event }{ event-host }
       *[other] { program-committee-task-named }
    }
   *[false] integrar o comitê de programa{ of-event }
}
program-committee-task-named = { $event-shape ->
        [article] colaborar com { $event }{ event-host } como membro do comitê de programa
       *[other] integrar o comitê de programa{ of-event }
}

# O convite, no assunto.
academic-invitation-noun = { $invitation ->
    [peer_review] Convite para avaliação de manuscrito
    [editorial_board] Convite para o conselho editorial
    [committee] Convite para o comitê
    [guest_lecture] Convite para palestra
    [program_committee] Convite para o comitê de programa
    [examiner] Convite para banca examinadora
   *[other] { $tone ->
        [brief] Seu convite
       *[other] Convite
    }
}

# Com um nome, a tarefa ("Convite para avaliar um manuscrito para o periódico “…”").
academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] Convite para { academic-subject-task }
        [firm] Não poderei { academic-subject-task }
        [brief] Convite para { academic-subject-task }
       *[warm] Sobre o convite para { academic-subject-task }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Convite recebido
           *[other] { academic-invitation-noun }
        }
        [firm] { academic-invitation-noun }
        [brief] { academic-invitation-noun }
       *[warm] { $invitation ->
            [none] Sobre o seu convite
           *[other] { academic-invitation-noun }
        }
    }
}

# A tarefa no assunto, sem a instituição: "avaliar um manuscrito para o periódico
# “Revista de Lógica Aplicada”".
academic-subject-task = { $invitation ->
    [peer_review] { $event-shape ->
        [article] avaliar um manuscrito para { $event }
        [kind-first] { $event-gender ->
                [feminine] avaliar um manuscrito submetido à { $event }
                [plural-feminine] avaliar um manuscrito submetido às { $event }
                [committee-feminine] avaliar um manuscrito submetido à { $event }
               *[other] avaliar um manuscrito submetido ao { $event }
            }
        [kind] { $event-gender ->
                [feminine] avaliar um manuscrito submetido à { $event }
                [plural-feminine] avaliar um manuscrito submetido às { $event }
                [committee-feminine] avaliar um manuscrito submetido à { $event }
               *[other] avaliar um manuscrito submetido ao { $event }
            }
       *[other] avaliar um manuscrito submetido ao periódico “{ $event }”
    }
    [editorial_board] { $event-shape ->
        [article] colaborar com { $event } como membro do conselho editorial
        [kind-first] { $event-gender ->
                [feminine] integrar o conselho editorial da { $event }
                [plural-feminine] integrar o conselho editorial das { $event }
                [committee-feminine] integrar o conselho editorial da { $event }
               *[other] integrar o conselho editorial do { $event }
            }
        [kind] { $event-gender ->
                [feminine] integrar o conselho editorial da { $event }
                [plural-feminine] integrar o conselho editorial das { $event }
                [committee-feminine] integrar o conselho editorial da { $event }
               *[other] integrar o conselho editorial do { $event }
            }
       *[other] integrar o conselho editorial do periódico “{ $event }”
    }
    [committee] { $event-shape ->
        [article] integrar { $event }
        [kind-first] { $event-gender ->
                [feminine] integrar a { $event }
                [plural-feminine] integrar as { $event }
                [committee-feminine] integrar a { $event }
               *[other] integrar o { $event }
            }
        [kind] { $event-gender ->
                [feminine] integrar a { $event }
                [plural-feminine] integrar as { $event }
                [committee-feminine] integrar a { $event }
               *[other] integrar o { $event }
            }
       *[other] integrar a comissão “{ $event }”
    }
    [guest_lecture] { $event-shape ->
        [article] ministrar uma palestra durante { $event }
        [kind-first] { $event-gender ->
                [feminine] ministrar uma palestra na { $event }
                [plural-feminine] ministrar uma palestra nas { $event }
                [committee-feminine] ministrar uma palestra na { $event }
               *[other] ministrar uma palestra no { $event }
            }
        [kind] { $event-gender ->
                [feminine] ministrar uma palestra na { $event }
                [plural-feminine] ministrar uma palestra nas { $event }
                [committee-feminine] ministrar uma palestra na { $event }
               *[other] ministrar uma palestra no { $event }
            }
       *[other] { $event-gender ->
               [feminine] ministrar uma palestra na { $event }
               [plural-feminine] ministrar uma palestra nas { $event }
               [committee-feminine] ministrar uma palestra na { $event }
              *[other] ministrar uma palestra no { $event }
           }
    }
    [program_committee] { $event-gender ->
        [committee-feminine] integrar a { $event }
        [committee-masculine] integrar o { $event }
       *[other] { program-committee-subject-named }
    }
    [examiner] { $event-gender ->
        [committee-feminine] compor a { $event }
        [committee-masculine] compor o { $event }
       *[other] compor a banca de defesa da tese “{ $event }”
    }
   *[other] { $event-shape ->
        [article] colaborar com { $event }
        [kind-first] { $event-gender ->
                [feminine] colaborar com a { $event }
                [plural-feminine] colaborar com as { $event }
                [committee-feminine] colaborar com a { $event }
               *[other] colaborar com o { $event }
            }
        [kind] { $event-gender ->
                [feminine] colaborar com a { $event }
                [plural-feminine] colaborar com as { $event }
                [committee-feminine] colaborar com a { $event }
               *[other] colaborar com o { $event }
            }
       *[other] colaborar com a iniciativa “{ $event }”
    }
}

# ", com foco em trabalho remoto", ou nada
subject-clause = { $has-topic ->
    [true] , com foco em { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] É uma honra receber o convite para { academic-task-on-topic }, e agradeço a lembrança.
    [firm] Agradeço o convite para { academic-task }.
    [brief] Agradeço o convite para { academic-task }.
   *[warm] Recebi com muito carinho o convite para { academic-task-on-topic }, e agradeço a confiança.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Agradeço o honroso convite para { academic-task }; admiro em especial { $detail }.
    [firm] Agradeço o convite para { academic-task }; o que mais me chamou a atenção foi { $detail }.
    [brief] Agradeço o convite; o que mais me chamou a atenção foi { $detail }.
   *[warm] Agradeço sinceramente o convite para { academic-task }; admiro muito { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] Lamento informar, contudo, que não poderei aceitar.
    [firm] Decidi não aceitar e prefiro dar uma resposta clara desde já.
    [brief] Infelizmente, não poderei aceitar.
   *[warm] Pensei bem e, infelizmente, vou ter de recusar.
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Terei prazer em colaborar em trabalhos futuros mais próximos do meu campo.
        [firm] Fico à disposição para trabalhos futuros mais próximos do meu campo.
        [brief] Conte comigo para trabalhos mais próximos do meu campo.
       *[warm] Vou adorar colaborar em trabalhos futuros mais próximos do meu campo.
    }
   *[other] { $tone ->
        [formal] Terei satisfação em contribuir em uma próxima oportunidade.
        [firm] Fico à disposição para uma próxima oportunidade.
        [brief] Conte comigo em uma próxima oportunidade.
       *[warm] Espero de coração que possamos colaborar no futuro.
    }
}

academic-invitation-closing = { $tone ->
    [formal] Desejo pleno êxito { academic-closing-object }.
    [firm] Desejo sucesso { academic-closing-object }.
    [brief] Muito sucesso { academic-closing-object }!
   *[warm] Desejo muito sucesso { academic-closing-object }.
}

# O que se deseja que dê certo, conforme o convite, com a preposição.
academic-closing-object = { $invitation ->
    [peer_review] no processo de avaliação
    [editorial_board] na condução do periódico
    [committee] nos trabalhos da comissão
    [guest_lecture] com a programação
    [program_committee] na organização do evento
    [examiner] na defesa
   *[other] com a iniciativa
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Solicitação para remarcar { meeting-phrase }
    [firm] Nova data para { meeting-phrase }
    [brief] Nova data para { meeting-phrase }?
   *[warm] Podemos remarcar { meeting-phrase }?
}

reschedule-thanks = { $tone ->
    [formal] Agradeço o convite para { meeting-task } e reitero meu sincero interesse.
    [firm] Agradeço o convite para { meeting-task }.
    [brief] Agradeço o convite para { meeting-task }.
   *[warm] Agradeço o convite para { meeting-task }, e meu interesse continua o mesmo.
}

reschedule-thanks-detail = { $tone ->
    [formal] Agradeço o convite para { meeting-task }; admiro em especial { $detail }.
    [firm] Agradeço o convite para { meeting-task }; admiro em especial { $detail }.
    [brief] Agradeço o convite; o que mais me chamou a atenção foi { $detail }.
   *[warm] Agradeço o convite para { meeting-task }; admiro muito { $detail }.
}

# $proposed-time é um adjunto, como no exemplo da API: "no início do próximo mês",
# "na terça, às 10h"; por isso entra sem preposição, aqui e em clarification_reply.
reschedule-proposal = { $tone ->
    [formal] Se for possível remarcar, eu teria total disponibilidade { $proposed-time }.
    [firm] Proponho a seguinte alternativa: { $proposed-time }.
    [brief] Que tal { $proposed-time }?
   *[warm] Que tal { $proposed-time }? Para mim, seria perfeito.
}

reschedule-door-open = { $tone ->
    [formal] Caso não seja conveniente, terei prazer em me ajustar a outro dia ou horário de sua preferência.
    [firm] Se esse período não for possível, posso me ajustar a outra data.
    [brief] Se não der, me adapto à sua agenda.
   *[warm] Se não for bom para você, me adapto à sua agenda sem problema.
}

reschedule-closing = { $tone ->
    [formal] Caso isso não seja viável, farei o que estiver ao meu alcance para manter a data original.
    [firm] Se não for viável, vou me esforçar para manter a data original.
    [brief] Se não der, tento manter a data original.
   *[warm] Se não for possível, vou dar um jeito de manter a data combinada.
}

## clarification_reply: quem lê perguntou se algo poderia mudar a decisão.

clarification-reply-subject = { $tone ->
    [formal] Agradecimento pelo retorno
    [firm] { $has-position ->
        [true] Minha decisão sobre a vaga de { $position }
       *[false] Minha decisão
    }
    [brief] Sobre a minha decisão
   *[warm] Agradeço o retorno
}

clarification-reply-thanks = { $tone ->
    [formal] Agradeço o retorno e a disposição em considerar ajustes.
    [firm] Agradeço o retorno e a oferta de revisão da proposta.
    [brief] Agradeço o retorno.
   *[warm] Foi muito gentil da sua parte voltar a falar comigo e perguntar se algo poderia mudar.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Agradeço o retorno e a disposição em considerar ajustes; valorizei especialmente { $detail }.
    [firm] Agradeço o retorno e a abertura para negociar; valorizei em especial { $detail }.
    [brief] Agradeço o retorno; apreciei muito { $detail }.
   *[warm] Foi gentileza sua voltar a me procurar; apreciei muito { $detail }.
}

clarification-reply-decision = { $tone ->
    [formal] Após refletir novamente, mantenho minha decisão sobre { role-phrase }.
    [firm] { $reason ->
        [compensation] Reconheço o esforço, mas minha decisão sobre { role-phrase } é definitiva.
       *[other] Minha decisão sobre { role-phrase } é definitiva e não depende de ajustes.
    }
    [brief] Minha decisão continua a mesma.
   *[warm] Pensei bem, e minha decisão sobre { role-phrase } continua a mesma.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Será um prazer retomar a conversa { $proposed-time }, e agradeço a compreensão.
        [firm] Caso surja uma nova oportunidade { $proposed-time }, terei prazer em saber.
        [brief] Podemos retomar o assunto { $proposed-time }.
       *[warm] Adoraria retomar a conversa { $proposed-time } e agradeço muito a compreensão.
    }
   *[false] { $tone ->
        [formal] Conto com a sua compreensão e espero que nossos caminhos voltem a se cruzar.
        [firm] Conto com a sua compreensão e fico à disposição para futuras oportunidades.
        [brief] Conto com a sua compreensão; vamos manter contato.
       *[warm] Conto com a sua compreensão e espero que a gente volte a conversar no futuro.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Caso minha situação se altere { $proposed-time }, voltarei a escrever.
        [firm] Se minha situação mudar { $proposed-time }, voltarei a escrever.
        [brief] Se algo mudar { $proposed-time }, eu aviso.
       *[warm] Se a minha situação mudar { $proposed-time }, eu aviso você.
    }
   *[false] { $tone ->
        [formal] Conto, desde já, com a sua compreensão.
        [firm] Conto com a sua compreensão.
        [brief] Conto com a sua compreensão.
       *[warm] Conto muito com a sua compreensão.
    }
}

## stay_in_touch: uma mensagem curta depois de declinar.

# Vem depois de "pela" ou "da": "nossa conversa sobre trabalho remoto", "nossa conversa
# sobre a vaga de Product Designer", "nossa conversa recente".
conversation-phrase = { $has-topic ->
    [true] nossa conversa sobre { $topic }
   *[false] { $has-position ->
        [true] nossa conversa sobre { role-phrase }
       *[false] nossa conversa
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Agradecimento pela conversa
    [firm] Após a nossa conversa
    [brief] Sobre a nossa conversa
   *[other] Vamos manter contato
}

stay-in-touch-thanks = { $tone ->
    [formal] Agradeço mais uma vez pela { conversation-phrase } e pela disponibilidade.
    [firm] Agradeço mais uma vez pela { conversation-phrase }.
    [brief] Agradeço de novo pela { conversation-phrase }.
   *[warm] Gostei muito da { conversation-phrase } e quero agradecer mais uma vez pelo seu tempo.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] Agradeço mais uma vez { conversation-or-time }; valorizei sobretudo { $detail }.
    [firm] Agradeço mais uma vez { conversation-or-time }; valorizei sobretudo { $detail }.
    [brief] Agradeço de novo { conversation-or-time }; apreciei muito { $detail }.
   *[warm] Agradeço mais uma vez { conversation-or-time }; apreciei muito { $detail }.
}

# Com um detalhe, que muitas vezes já nomeia a conversa: o tema ou a vaga, se houver; senão, o tempo.
conversation-or-time = { $has-topic ->
    [true] pela { conversation-phrase }
   *[false] { $has-position ->
        [true] pela { conversation-phrase }
       *[false] pelo tempo que me dedicou
    }
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] Será um prazer permanecermos em contato; acompanharei de perto o trabalho { team-of-organization }.
        [firm] Embora esta oportunidade não tenha sido o passo ideal para mim, gostaria de continuar em contato e acompanhar de perto o trabalho { team-of-organization }.
        [brief] Vou acompanhar o trabalho { team-of-organization }; vamos manter contato.
       *[warm] Adoraria manter contato e acompanhar de perto o trabalho { team-of-organization }.
    }
   *[false] { $tone ->
        [formal] Será um prazer permanecermos em contato.
        [firm] Embora esta oportunidade não tenha sido o passo ideal para mim, gostaria de continuar em contato.
        [brief] Vamos manter contato.
       *[warm] Adoraria manter contato.
    }
}

# "da equipe Acme"; só "de vocês" quando o agradecimento já nomeou a empresa (a conversa
# sobre "a vaga de … na equipe Acme"), para não repetir o nome nem "equipe".
team-of-organization = { $organization-shape ->
    [kind-first] { $has-topic ->
        [true] { org-do }
       *[false] { $has-position ->
            [true] de vocês
           *[false] { org-do }
        }
    }
    [article] { $has-topic ->
        [true] que { $organization } vem construindo
       *[false] { $has-position ->
            [true] de vocês
           *[false] que { $organization } vem construindo
        }
    }
   *[other] { $has-topic ->
        [true] da equipe { $organization }
       *[false] { $has-position ->
            [true] de vocês
           *[false] da equipe { $organization }
        }
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Fico à disposição caso eu possa ser útil em algum momento.
    [firm] Fique à vontade para me procurar quando quiser.
    [brief] Quando quiser, podemos tomar um café.
   *[warm] Se um dia quiser tomar um café, é só me chamar.
}


# "do Instituto Butantan", "da Fundação Getulio Vargas" (só para nomes com palavra de tipo).
org-do = { $organization-gender ->
    [feminine] da { $organization }
    [plural-feminine] das { $organization }
    [committee-feminine] da { $organization }
   *[other] do { $organization }
}

# O comitê de programa de um evento nomeado, no assunto.
program-committee-subject-named = { $event-shape ->
    [article] colaborar com { $event } como membro do comitê de programa
    [kind-first] { $event-gender ->
            [feminine] integrar o comitê de programa da { $event }
            [plural-feminine] integrar o comitê de programa das { $event }
           *[other] integrar o comitê de programa do { $event }
        }
    [kind] { $event-gender ->
            [feminine] integrar o comitê de programa da { $event }
            [plural-feminine] integrar o comitê de programa das { $event }
           *[other] integrar o comitê de programa do { $event }
        }
   *[other] { $event-gender ->
           [feminine] integrar o comitê de programa da { $event }
           [plural-feminine] integrar o comitê de programa das { $event }
           [committee-feminine] integrar o comitê de programa da { $event }
          *[other] integrar o comitê de programa do { $event }
       }
}
