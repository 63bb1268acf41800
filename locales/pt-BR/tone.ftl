### O que dizem as observações de tom. A mensagem de cada regra: o valor é a descrição da
### regra, `.message` diz o que está errado e `.suggestion` o que escrever no lugar. Os casos
### de uma regra podem ter a sua própria sugestão.

tone-negative-language = Linguagem negativa ou de desdém
    .message = Este trecho põe a culpa no outro lado e pode soar desdenhoso ou arrogante.
    .suggestion = Fale do que você busca, não do que falta ao outro lado, por exemplo: “Estou priorizando vagas mais alinhadas ao meu foco atual.”
tone-negative-language-pay = Apresente como uma expectativa sua: “Busco uma posição mais alinhada às minhas expectativas de remuneração neste momento da carreira.”
tone-negative-language-offer = Diga sem comparar: “Aceitei outra oportunidade, mais alinhada aos meus objetivos atuais.”
tone-negative-language-dismissive = Fale das suas prioridades: “Estou priorizando oportunidades alinhadas ao meu foco atual” soa ponderado, não desdenhoso.

tone-presumptuous-fit = Decidir o encaixe pelo outro lado
    .message = Dizer que “não é um bom encaixe” soa presunçoso: quem contrata também avalia o encaixe.
    .suggestion = Fale da sua própria direção: “Decidi me concentrar em vagas mais alinhadas aos meus objetivos atuais.”

tone-too-busy = Falta de tempo
    .message = “Estou muito ocupado(a)” ou “não tenho tempo” pode sugerir falta de organização ou que a outra pessoa não é prioridade.
    .suggestion = Nomeie o compromisso: “Meus compromissos atuais não me permitiriam dar a isso a atenção que merece.”

tone-noncommittal = Resposta vaga
    .message = “Quem sabe outra hora” deixa a questão em aberto sem uma resposta de verdade.
    .suggestion = Encerre o assunto com clareza e ofereça algo concreto: “Terei prazer em manter contato sobre futuras oportunidades.”

tone-criticism = Crítica à organização
    .message = Apontar problemas como cultura, rotatividade ou avaliações queima pontes e abre espaço para discussão.
    .suggestion = Mantenha o motivo genérico: “Decidi buscar oportunidades mais alinhadas ao meu momento profissional.”

tone-oversharing = Detalhes demais
    .message = Este trecho dá mais detalhes sobre os seus motivos do que a outra pessoa precisa.
    .suggestion = Um motivo curto basta: “Decidi seguir com outra oportunidade, alinhada ao meu foco atual.”

tone-too-short = Curta demais
    .message = Menos de três frases pode soar seco ou desdenhoso.
    .suggestion = Agradeça, dê um motivo breve e acrescente uma frase voltada para o futuro.

tone-too-long = Longa demais
    .message = Mais de cinco frases: uma recusa funciona melhor quando é breve.
    .suggestion = Use de três a cinco frases; corte explicações de que a outra pessoa não precisa.

tone-missing-gratitude = Sem agradecimento
    .message = A mensagem não agradece pelo tempo ou pela oportunidade.
    .suggestion = Comece agradecendo: “Agradeço por considerar meu nome e pelo tempo que a equipe dedicou.”

tone-missing-door-open = Sem porta aberta
    .message = Nada na mensagem olha para o futuro, então ela pode soar como o fim do relacionamento.
    .suggestion = Acrescente uma frase voltada para o futuro: “Adoraria manter contato, e espero que nossos caminhos se cruzem novamente.”
