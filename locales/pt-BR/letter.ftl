### Partes comuns a todas as cartas: saudação, assinatura, sintagmas nominais, o motivo nas
### palavras de quem escreve e a indicação de um colega.
###
### Convenções do pacote:
### - Nada de gênero adivinhado: "Prezado/Prezada" e os títulos só concordam quando quem chama
###   informa a forma de tratamento ($recipient-form), e nunca vêm colados a um nome; nada de
###   adjetivos ou particípios que concordem com quem escreve ("ocupado", "grato", "honrado",
###   "obrigado").
###   Usamos verbos ("agradeço", "admiro") e substantivos neutros ("profissional", "nome").
### - Organizações entram sem artigo, depois de um substantivo que carrega a concordância:
###   "na equipe { $organization }" (nunca "na empresa X", que soa a cadastro), ou entre parênteses depois de um
###   evento ou de uma peça: "seu programa sobre X (GloboNews)". O nome de um evento
###   ($event) chega sem artigo, como o usuário o digita ("Semana do Empreendedor", "Revista
###   Brasileira de Ciências Sociais"): entra entre aspas depois de um substantivo do pacote
###   que carrega o artigo ("durante o evento “…”", "para o periódico “…”", "a comissão
###   “…”"), nunca logo depois de uma preposição ou de um artigo.
### - Um nome digitado com o próprio artigo ("a Magazine Luiza", "o RD Summit":
###   $organization-shape / $event-shape = article) não entra depois de "empresa", "evento" ou
###   entre aspas: vai depois de uma palavra que não se contrai ("durante o RD Summit", "para
###   a FGV", "integrar a Comissão…", "colaborar com a Revista…") ou fica de fora quando quem
###   lê é a própria organização.
### - Depois de um texto do usuário, evitamos preposições que se contraem com artigos
###   (de, em, por, a); usamos "para", "sobre", "com" ou um verbo transitivo direto.
### - formal e firm: construções impessoais, sem "você"; warm e brief: "você".

## Saudação e assinatura
##
## A saudação segue a convenção brasileira para cada tom, com os dados que quem chama informa:
## - formal e firm: "Prezada Professora Ana Souza,", "Prezado Dr. João Souza,", "Prezada
##   Sra. Ana Souza," (título ou tratamento com o nome completo, como se escreve no Brasil;
##   só o sobrenome quando é tudo o que temos: "Prezada Dra. Souza,"). O gênero vem só de
##   $recipient-form, nunca do nome; na forma neutra, com prenome e sobrenome, "Olá, Ana,"
##   ("Bom dia, Ana Souza," soava a mala direta); só com o nome completo, "Bom dia, Ana Souza," (sem
##   "Prezado(a)", sem "Professor(a)", "Dr./Dra.", "Sr./Sra."), ou "Bom dia, Prof. Souza,"
##   para professor(a): a abreviatura não marca o gênero na prática. Um título que o pacote
##   não conhece entra como foi escrito ($recipient-title).
## - warm e brief ("você"): "Olá, Ana,"; com professor ou doutor e gênero informado, o título
##   fica, como é costume no Brasil: "Olá, Professora Ana,", "Olá, Dr. João," ("Olá, Prof. Ana,"
##   sem gênero informado). Sem prenome,
##   tratamento e sobrenome ("Olá, Sra. Souza,").
## - Só o nome completo ($recipient): "Bom dia, Ana Souza," (nunca "Olá, Ana Souza,").
## - "Prezado/Prezada" nunca vem colado a um nome: sempre há um título ou tratamento no meio.

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
            [firm] Prezados,
           *[other] Olá,
        }
    }
}

generic-hiring-greeting = { $tone ->
    [formal] Prezada equipe de recrutamento,
    [firm] Prezada equipe de recrutamento,
   *[other] Olá,
}

# formal e firm
greeting-formal = { $recipient-form ->
    [feminine] { $recipient-title-kind ->
        [professor] Prezada Profa. { greeting-name },
        [doctor] Prezada Dra. { greeting-name },
        [none] Prezada Sra. { greeting-name },
       *[other] Prezada { $recipient-title } { greeting-name },
    }
    [masculine] { $recipient-title-kind ->
        [professor] Prezado Prof. { greeting-name },
        [doctor] Prezado Dr. { greeting-name },
        [none] Prezado Sr. { greeting-name },
       *[other] Prezado { $recipient-title } { greeting-name },
    }
   *[neutral] { greeting-formal-neutral }
}

# O nome depois do título: o nome completo (ou o prenome, se for só o que temos); o
# sobrenome só quando falta o prenome.
greeting-name = { $has-recipient-given ->
    [true] { $recipient }
   *[false] { $has-recipient-family ->
        [true] { $recipient-family }
       *[false] { $recipient }
    }
}

# Sem gênero: "Olá, Ana," com prenome e sobrenome; "Bom dia, Dr. Souza," com o título de doutor
# como foi digitado (não adivinha o gênero: repete o que quem chama escreveu);
# "Bom dia," com o nome completo, ou com o título desconhecido como foi escrito;
# só com o sobrenome, sem nome ("Bom dia, Souza," soaria seco). Professor(a) mantém o título
# abreviado, "Prof.", que na prática serve aos dois gêneros ("Bom dia, Prof. Souza,",
# "Bom dia, Prof. Ana Souza,"); já "Dr." diante de "Dra." marcaria o gênero.
greeting-formal-neutral = { $recipient-title-kind ->
    [none] { greeting-formal-neutral-name }
    [professor] Bom dia, Prof. { greeting-name },
    [doctor] { $has-recipient-family ->
        [true] Bom dia, { $recipient-title } { $recipient-family },
       *[false] { greeting-formal-neutral-name }
    }
   *[other] { $has-recipient-given ->
        [true] { $has-recipient-family ->
            [true] Bom dia, { $recipient-title } { $recipient },
           *[false] Bom dia, { $recipient },
        }
       *[false] Bom dia, { $recipient-title } { greeting-name },
    }
}

greeting-formal-neutral-name = { $has-recipient-given ->
    [true] Olá, { $recipient-given },
   *[false] { $has-recipient-family ->
        [true] Bom dia,
       *[false] Bom dia, { $recipient },
    }
}

# warm e brief ("você")
greeting-warm = { $has-recipient-given ->
    [true] { $recipient-form ->
        [feminine] { $recipient-title-kind ->
            [professor] Olá, Professora { $recipient-given },
            [doctor] Olá, Dra. { $recipient-given },
           *[other] Olá, { $recipient-given },
        }
        [masculine] { $recipient-title-kind ->
            [professor] Olá, Professor { $recipient-given },
            [doctor] Olá, Dr. { $recipient-given },
           *[other] Olá, { $recipient-given },
        }
       *[neutral] { $recipient-title-kind ->
            [professor] Olá, Prof. { $recipient-given },
           *[other] Olá, { $recipient-given },
        }
    }
   *[false] { $has-recipient-family ->
        [true] { $recipient-form ->
            [feminine] { $recipient-title-kind ->
                [professor] Olá, Professora { $recipient-family },
                [doctor] Olá, Dra. { $recipient-family },
                [none] Olá, Sra. { $recipient-family },
               *[other] Olá, { $recipient-title } { $recipient-family },
            }
            [masculine] { $recipient-title-kind ->
                [professor] Olá, Professor { $recipient-family },
                [doctor] Olá, Dr. { $recipient-family },
                [none] Olá, Sr. { $recipient-family },
               *[other] Olá, { $recipient-title } { $recipient-family },
            }
           *[neutral] { $recipient-title-kind ->
                [none] Olá,
                [professor] Olá, Prof. { $recipient-family },
                [doctor] Olá,
               *[other] Olá, { $recipient-title } { $recipient-family },
            }
        }
       *[false] { $recipient-form ->
            [feminine] { $recipient-title-kind ->
                [professor] Olá, Professora { $recipient },
                [doctor] Olá, Dra. { $recipient },
               *[other] Bom dia, { $recipient },
            }
            [masculine] { $recipient-title-kind ->
                [professor] Olá, Professor { $recipient },
                [doctor] Olá, Dr. { $recipient },
               *[other] Bom dia, { $recipient },
            }
           *[neutral] { $recipient-title-kind ->
                [professor] Olá, Prof. { $recipient },
               *[other] Bom dia, { $recipient },
            }
        }
    }
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
    [true] a vaga de { $position }{ role-at-organization }
   *[false] { $organization-shape ->
        [none] esta vaga
       *[other] a vaga{ role-at-organization }
    }
}

# " no Banco do Brasil" (um nome que começa por uma palavra de tipo masculina: ver [names]),
# " que a Natura abriu" (um nome digitado com o próprio artigo), ou nada: um nome sem artigo
# ("Embraer", "Mercado Livre") pediria o gênero ("na Embraer", "no Mercado Livre"), que o
# pacote não sabe: vai depois de "equipe" (" na equipe Embraer", como as próprias empresas
# dizem "time Nubank", "equipe Natura"); "na empresa Natura" soa a cadastro.
role-at-organization = { $organization-shape ->
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
    [article] {" "}que { $organization } abriu
    [none] {""}
   *[other] {" "}na equipe { $organization }
}

# O que se remarca: o tipo de convite, se houver ("a palestra magna durante o evento
# “Congresso Nacional de Design 2027”"); senão, um evento, uma entrevista, uma conversa.
# Vem depois de "para" ou de "remarcar". O nome ($event) chega sem artigo: entra entre
# aspas depois de um substantivo do pacote ("o evento “…”", "o programa “…”", "a comissão
# “…”", "o periódico “…”"), nunca logo depois de uma preposição.
meeting-phrase = { $invitation ->
    [screening_call] a entrevista inicial{ meeting-for-role }{ meeting-of-process }
    [interview] a entrevista{ meeting-for-role }{ meeting-of-process }
    [final_round] a entrevista final{ meeting-for-role }{ meeting-of-process }
    [article] { $has-event ->
        [true] { $event-shape ->
            [article] a entrevista para { $event }
            [kind-first] { $event-gender ->
                    [feminine] a entrevista à { $event }
                    [plural-feminine] a entrevista às { $event }
                    [committee-feminine] a entrevista à { $event }
                   *[other] a entrevista ao { $event }
                }
            [kind] { $event-gender ->
                    [feminine] a entrevista à { $event }
                    [plural-feminine] a entrevista às { $event }
                    [committee-feminine] a entrevista à { $event }
                   *[other] a entrevista ao { $event }
                }
           *[other] a entrevista à publicação “{ $event }”
        }
       *[false] a entrevista para a matéria
    }
    [broadcast] { $event-shape ->
        [article] a entrevista para { $event }
        [kind-first] { $event-gender ->
                [feminine] a entrevista na { $event }
                [plural-feminine] a entrevista nas { $event }
                [committee-feminine] a entrevista na { $event }
               *[other] a entrevista no { $event }
            }
        [kind] { $event-gender ->
                [feminine] a entrevista na { $event }
                [plural-feminine] a entrevista nas { $event }
                [committee-feminine] a entrevista na { $event }
               *[other] a entrevista no { $event }
            }
        [none] a entrevista no programa
       *[other] a entrevista no programa “{ $event }”
    }
    [podcast] { $event-shape ->
        [article] a gravação com { $event }
        [kind-first] { $event-gender ->
                [feminine] a gravação da { $event }
                [plural-feminine] a gravação das { $event }
                [committee-feminine] a gravação da { $event }
               *[other] a gravação do { $event }
            }
        [kind] { $event-gender ->
                [feminine] a gravação da { $event }
                [plural-feminine] a gravação das { $event }
                [committee-feminine] a gravação da { $event }
               *[other] a gravação do { $event }
            }
        [none] a gravação do podcast
       *[other] a gravação do podcast “{ $event }”
    }
    [comment] { $has-event ->
        [true] { $event-shape ->
            [article] a conversa com { $event }
           *[other] a conversa com a publicação “{ $event }”
        }
       *[false] a conversa para a matéria
    }
    [talk] a palestra{ meeting-during-event }
    [keynote] a palestra magna{ meeting-during-event }
    [panel] o painel{ meeting-during-event }
    [workshop] o workshop{ meeting-during-event }
    [webinar] o webinar{ $event-shape ->
        [article] {" "}durante { $event }
        [kind-first] { $event-gender ->
                [feminine] {" "}da { $event }
                [plural-feminine] {" "}das { $event }
                [committee-feminine] {" "}da { $event }
               *[other] {" "}do { $event }
            }
        [kind] { $event-gender ->
                [feminine] {" "}da { $event }
                [plural-feminine] {" "}das { $event }
                [committee-feminine] {" "}da { $event }
               *[other] {" "}do { $event }
            }
        [none] {""}
       *[other] {" "}“{ $event }”
    }
    [guest_lecture] a palestra{ meeting-during-event }
    [committee] { $has-event ->
        [true] { $event-shape ->
            [kind-first] { $event-gender ->
                    [feminine] a reunião da { $event }
                    [plural-feminine] a reunião das { $event }
                    [committee-feminine] a reunião da { $event }
                   *[other] a reunião do { $event }
                }
            [kind] { $event-gender ->
                    [feminine] a reunião da { $event }
                    [plural-feminine] a reunião das { $event }
                    [committee-feminine] a reunião da { $event }
                   *[other] a reunião do { $event }
                }
           *[other] a reunião da comissão “{ $event }”
        }
       *[false] a reunião do comitê
    }
    [editorial_board] a reunião do conselho editorial{ $has-event ->
        [true] { $event-shape ->
            [kind-first] { $event-gender ->
                    [feminine] {" "}da { $event }
                    [plural-feminine] {" "}das { $event }
                    [committee-feminine] {" "}da { $event }
                   *[other] {" "}do { $event }
                }
            [kind] { $event-gender ->
                    [feminine] {" "}da { $event }
                    [plural-feminine] {" "}das { $event }
                    [committee-feminine] {" "}da { $event }
                   *[other] {" "}do { $event }
                }
           *[other] {" "}do periódico “{ $event }”
        }
       *[false] {""}
    }
    [program_committee] { $event-gender ->
        [committee-feminine] a reunião da { $event }
        [committee-masculine] a reunião do { $event }
       *[other] { meeting-program-committee }
    }
    [examiner] { $has-event ->
        [true] { $event-gender ->
            [committee-feminine] a { $event }
            [committee-masculine] o { $event }
           *[other] a banca de defesa da tese “{ $event }”
        }
       *[false] a banca de defesa
    }
   *[other] { $has-event ->
        [true] { $event-shape ->
            [article] { $event }
            [kind-first] { $event-gender ->
                    [feminine] a { $event }
                    [plural-feminine] as { $event }
                    [committee-feminine] a { $event }
                   *[other] o { $event }
                }
            [kind] { $event-gender ->
                    [feminine] a { $event }
                    [plural-feminine] as { $event }
                    [committee-feminine] a { $event }
                   *[other] o { $event }
                }
           *[other] { $event-gender ->
                   [feminine] a { $event }
                   [plural-feminine] as { $event }
                   [committee-feminine] a { $event }
                  *[other] o { $event }
               }
        }
       *[false] { $has-position ->
            [true] a entrevista para a vaga de { $position }
           *[false] { $has-topic ->
                [true] a nossa conversa sobre { $topic }
               *[false] a nossa conversa
            }
        }
    }
}

# Depois de "o convite para": quem fala é convidado a dar a palestra ("proferir a palestra
# magna durante o evento “…”"), a compor a banca; no mais, "o convite para a reunião do
# comitê…".
meeting-task = { $invitation ->
    [talk] dar { meeting-phrase }
    [keynote] proferir { meeting-phrase }
    [workshop] ministrar { meeting-phrase }
    [webinar] apresentar { meeting-phrase }
    [guest_lecture] ministrar { meeting-phrase }
    [examiner] compor { meeting-phrase }
   *[other] { meeting-phrase }
}

# " durante o evento “Congresso Nacional de Design 2027”", ou nada.
meeting-during-event = { $has-event ->
    [true] { $event-shape ->
        [article] {" "}durante { $event }
        [kind-first] { $event-gender ->
                [feminine] {" "}na { $event }
                [plural-feminine] {" "}nas { $event }
                [committee-feminine] {" "}na { $event }
               *[other] {" "}no { $event }
            }
        [kind] { $event-gender ->
                [feminine] {" "}na { $event }
                [plural-feminine] {" "}nas { $event }
                [committee-feminine] {" "}na { $event }
               *[other] {" "}no { $event }
            }
       *[other] { $event-gender ->
               [feminine] {" "}na { $event }
               [plural-feminine] {" "}nas { $event }
               [committee-feminine] {" "}na { $event }
              *[other] {" "}no { $event }
           }
    }
   *[false] {""}
}

# " da vaga de Analista de Risco", ou nada ("o convite para a entrevista da vaga de…": evita
# "para a entrevista para a vaga").
meeting-for-role = { $has-position ->
    [true] {" "}para a vaga de { $position }
   *[false] {""}
}

# Uma entrevista de emprego com nome: " do processo seletivo “Programa Trainee 2027”", ou nada.
meeting-of-process = { $has-event ->
    [true] {" "}do processo seletivo “{ $event }”
   *[false] {""}
}

# " (Acme)" depois de "evento" ou "iniciativa", ou nada: "promovido por Acme" pediria o
# artigo do nome ("pela Acme", "pelo Itaú"), que o pacote não sabe.
at-organization = { $organization-shape ->
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

## O motivo nas palavras de quem escreve (o ponto final já chega retirado).

reason-note = { $reason-note }.

## Indicação de um colega (sem gênero: "indicar { $referral }", "uma ótima opção"; o contato entre parênteses logo depois do nome)

# O nome vem depois de dois-pontos, sem artigo: "indicar o Prof. …" pediria o gênero.
referral = { $tone ->
    [formal] Caso seja útil, tomo a liberdade de sugerir alguém que { referral-fit }: { $referral }{ referral-expertise }{ referral-contact }.
    [brief] Posso indicar alguém: { $referral }{ referral-expertise }{ referral-contact }.
   *[other] Se for útil, deixo a sugestão de alguém que { referral-fit }: { $referral }{ referral-expertise }{ referral-contact }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , referência em { $referral-expertise }
        [brief] , referência em { $referral-expertise }
       *[other] , referência em { $referral-expertise }
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] poderia falar com muito mais propriedade
        [speaking_engagement] seria uma excelente escolha para a programação
        [academic_invitation] seria uma excelente escolha
       *[other] seria uma excelente opção para a posição
    }
   *[other] { $scenario ->
        [media_interview] pode falar com bem mais propriedade
        [speaking_engagement] pode ser uma ótima escolha para a programação
        [academic_invitation] pode ser uma excelente escolha
       *[other] pode ser uma ótima opção para a posição
    }
}

referral-contact = { $has-referral-contact ->
    [true] {" "}({ $referral-contact })
   *[false] {""}
}

# A reunião do comitê de programa: "a reunião do comitê de programa do Congresso…".
meeting-program-committee = a reunião do comitê de programa{ $has-event ->
    [true] { $event-shape ->
        [article] {" "}para { $event }
        [kind-first] { $event-gender ->
                [feminine] {" "}da { $event }
                [plural-feminine] {" "}das { $event }
                [committee-feminine] {" "}da { $event }
               *[other] {" "}do { $event }
            }
        [kind] { $event-gender ->
                [feminine] {" "}da { $event }
                [plural-feminine] {" "}das { $event }
                [committee-feminine] {" "}da { $event }
               *[other] {" "}do { $event }
            }
       *[other] { $event-gender ->
               [feminine] {" "}da { $event }
               [plural-feminine] {" "}das { $event }
               [committee-feminine] {" "}da { $event }
              *[other] {" "}do { $event }
           }
    }
   *[false] {""}
}
