### Motivos: uma frase cada, sempre sobre o foco ou o momento de quem escreve, nunca sobre
### uma falha de quem lê. O texto muda para processos seletivos (job_interview,
### clarification_reply, stay_in_touch), para convites (media_interview, speaking_engagement,
### academic_invitation) e para uma remarcação, em que o motivo explica a data.
### `company_fit` nunca nomeia uma preocupação. Nada de adjetivos que concordem com quem
### escreve ("ocupado", "focado", "comprometido").

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Assumi recentemente um novo cargo, e as primeiras semanas estão integralmente dedicadas à adaptação.
        [brief] Acabei de assumir um novo cargo.
       *[other] Acabei de começar em um novo cargo e estou dedicando as primeiras semanas à adaptação.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Aceitei recentemente outra proposta, alinhada aos meus objetivos atuais.
        [brief] Aceitei outra proposta.
        [firm] Aceitei outra proposta, mais alinhada ao meu momento profissional.
       *[other] Acabei aceitando outra proposta, que tem tudo a ver com o meu momento.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Comecei recentemente em um novo cargo e, durante o período de adaptação, tenho evitado compromissos externos.
    [brief] Acabei de começar em um novo cargo e estou evitando compromissos extras.
   *[other] Comecei há pouco em um novo cargo e, enquanto me adapto, estou evitando compromissos externos.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Estou em uma etapa decisiva de um projeto e gostaria de me preparar com a devida atenção.
        [brief] Estou em uma fase de muito foco em um projeto.
       *[other] Estou em uma fase intensa de um projeto e quero chegar a esse compromisso com toda a atenção.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] No momento, concentro minha busca em cargos mais diretamente ligados à minha área de especialização.
        [brief] Estou direcionando minha busca para outra área.
       *[other] No momento, estou priorizando cargos mais ligados à minha área de especialização.
    }
}
engagement-career-focus = { $tone ->
    [formal] Neste período, optei por concentrar meus esforços em poucos projetos prioritários.
    [brief] Neste período, meu foco está em poucos projetos prioritários.
   *[other] Neste momento, estou concentrando minhas energias em poucos projetos, para me dedicar a eles de verdade.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Gostaria de esclarecer previamente algumas questões sobre minhas condições.
        [brief] Gostaria de alinhar minhas condições antes.
       *[other] Antes desse encontro, gostaria de esclarecer algumas questões sobre as minhas condições.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] { $scenario ->
            [clarification_reply] A diferença em relação às minhas expectativas de remuneração é grande demais para ser resolvida com um ajuste.
           *[other] Busco um cargo mais compatível com minhas expectativas de remuneração neste momento da carreira.
        }
        [brief] { $scenario ->
            [clarification_reply] A diferença salarial é grande demais para um ajuste resolver.
           *[other] Busco uma remuneração mais próxima das minhas expectativas.
        }
       *[other] { $scenario ->
            [clarification_reply] A distância em relação às minhas expectativas de remuneração é grande demais para ser resolvida com um ajuste.
           *[other] Neste momento, procuro um cargo mais próximo das minhas expectativas de remuneração.
        }
    }
}
engagement-compensation = { $tone ->
    [formal] No momento, assumo apenas compromissos compatíveis com minhas condições profissionais.
    [brief] No momento, só assumo compromissos dentro das minhas condições habituais.
   *[other] No momento, só tenho assumido compromissos compatíveis com as minhas condições profissionais.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] A data prevista coincide com um compromisso que não consigo adiar.
        [brief] Tenho um compromisso inadiável na data prevista.
       *[other] Justamente na data combinada, tenho um compromisso que não consigo mudar.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Analisando meus compromissos atuais, concluí que este não é o momento adequado para uma mudança.
        [brief] O momento não é o ideal para uma mudança.
       *[other] Avaliando meus compromissos, percebi que este não é o momento certo para uma mudança.
    }
}
# Só um evento tem data; uma matéria tem prazo, um trabalho acadêmico ocupa um período.
engagement-timing = { $scenario ->
    [media_interview] { $tone ->
        [formal] Neste momento, minha agenda está tomada por compromissos já assumidos.
        [brief] Minha agenda está tomada neste momento.
       *[other] Minha agenda está tomada por outros compromissos neste momento.
    }
    [academic_invitation] { $tone ->
        [formal] Neste período, minha agenda já está tomada por compromissos assumidos antes do convite.
        [brief] Minha agenda está tomada neste período.
       *[other] Neste período, minha agenda já está tomada por outros compromissos.
    }
   *[other] { $tone ->
        [formal] A data coincide com compromissos previamente assumidos.
        [brief] A data coincide com outros compromissos.
       *[other] A data coincide com compromissos que já assumi.
    }
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Tenho uma viagem agendada para a data inicialmente proposta.
        [brief] Estarei em viagem na data original.
       *[other] Tenho uma viagem marcada justamente para a data que combinamos.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Estou priorizando cargos cuja localização e cujos horários sejam compatíveis com minha situação atual.
        [brief] Busco uma posição com local e horários mais compatíveis com a minha rotina.
       *[other] Estou priorizando cargos com localização e horários compatíveis com a minha rotina atual.
    }
}
engagement-logistics = { $tone ->
    [formal] Nas datas previstas, não me será possível viajar.
    [brief] Não consigo viajar nas datas previstas.
   *[other] Nas datas previstas, não tenho como viajar.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Um compromisso familiar exige minha presença na data originalmente prevista.
        [brief] Tenho um compromisso familiar na data marcada.
       *[other] Um compromisso familiar vai exigir minha atenção justamente na data combinada.
    }
   *[other] { $tone ->
        [formal] No momento, questões familiares exigem minha atenção integral.
        [brief] No momento, preciso me dedicar a questões familiares.
       *[other] Estou cuidando de uma questão familiar que exige toda a minha atenção neste momento.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Gostaria de um pouco mais de tempo para refletir e chegar com as ideias bem claras.
        [brief] Gostaria de um pouco mais de tempo para refletir.
       *[other] Gostaria de um pouco mais de tempo para refletir e chegar com as ideias claras.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Concluí que, neste momento, busco um ambiente profissional com outro perfil.
        [brief] Neste momento, busco um ambiente com outro perfil.
       *[other] Conhecendo melhor a proposta, percebi que neste momento busco um ambiente com outro perfil.
    }
}
engagement-company-fit = { $tone ->
    [formal] Tenho restringido meus compromissos àqueles estreitamente alinhados às minhas prioridades atuais.
    [brief] Estou me limitando a algumas prioridades atuais.
   *[other] Estou limitando meus compromissos aos que estão mais alinhados às minhas prioridades atuais.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Gostaria de algum tempo para avaliar como o escopo da posição se relaciona com minha experiência antes do nosso encontro.
        [brief] Gostaria de avaliar antes o escopo do cargo.
       *[other] Antes desse encontro, gostaria de pensar um pouco em como o escopo do cargo se relaciona com a minha experiência.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Busco um cargo que aproveite toda a amplitude da minha experiência.
        [brief] Busco um cargo mais sênior.
       *[other] Procuro um cargo que aproveite toda a minha experiência.
    }
}
engagement-overqualified = { $tone ->
    [formal] Tenho direcionado meu tempo a compromissos que demandem uma perspectiva mais sênior.
    [brief] Estou priorizando compromissos de outro nível.
   *[other] Estou dedicando meu tempo a compromissos que pedem uma perspectiva mais sênior.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Tenho compromissos inadiáveis na data prevista e gostaria de me preparar com a devida atenção.
        [firm] Minha agenda na data prevista já está completamente tomada.
        [brief] Minha agenda na data prevista já está tomada.
       *[other] Tenho outros compromissos na data combinada e prefiro me preparar com calma.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Meus compromissos atuais não me permitiriam dedicar a este processo a atenção que ele merece.
        [brief] Não conseguiria dar a este processo a atenção que ele merece.
       *[other] Meus compromissos atuais não me deixariam espaço para dar a este processo a atenção que ele merece.
    }
}
engagement-bandwidth = { $scenario ->
    [media_interview] { $tone ->
        [formal] Meus compromissos atuais não me permitiriam dedicar ao tema a atenção que ele merece.
        [brief] Não conseguiria dar ao tema a atenção necessária agora.
       *[other] Com os compromissos que já tenho, não conseguiria dar ao tema a atenção que ele merece.
    }
    [academic_invitation] { $tone ->
        [formal] Meus compromissos atuais não me permitiriam dedicar a esta tarefa o tempo e a atenção que ela merece.
        [brief] Não conseguiria dedicar a isso o tempo necessário.
       *[other] Com os compromissos que já tenho, eu não conseguiria dar a esse trabalho o tempo que ele merece.
    }
   *[other] { $tone ->
        [formal] Meus compromissos atuais não me permitiriam uma preparação à altura da ocasião.
        [brief] Não conseguiria me preparar como a ocasião merece.
       *[other] Com os compromissos que já tenho, não conseguiria me preparar como a ocasião merece.
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Gostaria de algum tempo para me preparar adequadamente, pois o tema está um pouco fora do meu foco habitual.
        [brief] Gostaria de um tempo para me preparar bem.
       *[other] Gostaria de um pouco de tempo para me preparar bem, já que o tema foge um pouco do meu foco habitual.
    }
    [media_interview] { $tone ->
        [formal] O tema está fora da minha área de especialização, e { media-audience-deserves } uma fonte com maior domínio do assunto.
        [brief] O tema está fora da minha área de especialização.
       *[other] O tema foge da minha área de especialização, e { media-audience-deserves } alguém com mais domínio do assunto.
    }
    [speaking_engagement] { $tone ->
        [formal] O tema está fora da minha área de especialização, e o público merece alguém com maior domínio do assunto.
        [brief] O tema está fora da minha área de especialização.
       *[other] O tema foge da minha área de especialização, e o seu público merece alguém com mais domínio do assunto.
    }
    [academic_invitation] { $invitation ->
        [committee] { academic-expertise-committee }
        [program_committee] { academic-expertise-committee }
        [editorial_board] { academic-expertise-committee }
       *[other] { $tone ->
            [formal] O tema está fora da minha área de pesquisa, e há colegas com maior domínio do assunto.
            [brief] O tema está fora da minha área de pesquisa.
           *[other] O tema foge da minha área de pesquisa, e há colegas com mais domínio do assunto.
        }
    }
   *[other] { $tone ->
        [formal] Percebi que o escopo do cargo foge da área em que posso contribuir mais.
        [brief] O cargo está fora da minha principal área de atuação.
       *[other] Percebi que o cargo foge um pouco da área em que posso contribuir mais.
    }
}

# Quem recebe a peça, com o verbo: leitores de uma matéria, ouvintes de um podcast, público
# de um programa.
media-audience-deserves = { $invitation ->
    [article] os leitores merecem
    [comment] os leitores merecem
    [broadcast] o público merece
    [podcast] os ouvintes merecem
   *[other] os leitores merecem
}

academic-expertise-committee = { $invitation ->
    [program_committee] { $tone ->
        [formal] Os temas do evento estão fora da minha área de pesquisa, e há colegas com maior domínio do assunto.
        [brief] Os temas do evento estão fora da minha área de pesquisa.
       *[other] Os temas do evento fogem da minha área de pesquisa, e há colegas que contribuiriam mais.
    }
    [editorial_board] { $tone ->
        [formal] O escopo editorial está fora da minha área de pesquisa, e há colegas com maior domínio do assunto.
        [brief] O escopo editorial está fora da minha área de pesquisa.
       *[other] O escopo editorial foge da minha área de pesquisa, e há colegas que contribuiriam mais.
    }
   *[other] { $tone ->
        [formal] Os temas em pauta estão fora da minha área de pesquisa, e há colegas com maior domínio do assunto.
        [brief] Os temas em pauta estão fora da minha área de pesquisa.
       *[other] Os temas em pauta fogem da minha área de pesquisa, e há colegas que contribuiriam mais.
    }
}
