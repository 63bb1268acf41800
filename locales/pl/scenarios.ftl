### Zdania poszczególnych scenariuszy: temat wiadomości, podziękowanie (z wyróżnikiem lub bez),
### decyzja i zdanie zamykające, które zostawia otwarte drzwi ($stay-in-touch) albo po prostu
### czegoś życzy. Ton formalny: styl urzędowo-uprzejmy; zwięzły: krócej, ale ciepło;
### stanowczy: bez cienia wątpliwości, że ta możliwość jest zamknięta.
### Wyróżnik ($detail) zawsze w mianowniku jako podmiot: „wrażenie robi na mnie …”,
### „moje uznanie budzi …”, „zainteresował mnie wątek: …”.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Wycofanie kandydatury na stanowisko { $position }
       *[false] Wycofanie kandydatury
    }
    [firm] { $has-position ->
        [true] Rezygnacja z udziału w rekrutacji na stanowisko { $position }
       *[false] Rezygnacja z udziału w rekrutacji
    }
    [brief] { $has-position ->
        [true] { $position }: wycofanie kandydatury
       *[false] Wycofanie kandydatury
    }
   *[warm] { $has-position ->
        [true] Dziękuję za zaproszenie do rekrutacji na stanowisko { $position }
       *[false] Dziękuję za zaproszenie do rekrutacji
    }
}

job-interview-thanks = { $tone ->
    [formal] Dziękuję za rozważenie mojej kandydatury na { role-phrase } oraz za czas poświęcony mojej aplikacji.
    [firm] Dziękuję za rozważenie mojej kandydatury na { role-phrase } i za poświęcony czas.
    [brief] Dziękuję za rozważenie mojej kandydatury na { role-phrase }.
   *[warm] Serdecznie dziękuję za rozważenie mojej kandydatury na { role-phrase } i za czas poświęcony mojej aplikacji.
}

job-interview-thanks-detail = { $tone ->
    [formal] Dziękuję za rozważenie mojej kandydatury na { role-phrase }; szczególne wrażenie robi na mnie { $detail }.
    [firm] Dziękuję za rozważenie mojej kandydatury na { role-phrase }; duże wrażenie robi na mnie { $detail }.
    [brief] Dziękuję za rozważenie mojej kandydatury na { role-phrase }; duże wrażenie robi na mnie { $detail }.
   *[warm] Serdecznie dziękuję za rozważenie mojej kandydatury na { role-phrase }; naprawdę ogromne wrażenie robi na mnie { $detail }.
}

job-interview-decision = { $invitation ->
    [screening_call] { $tone ->
        [formal] Po starannym namyśle rezygnuję z udziału w rekrutacji jeszcze przed rozmową wstępną.
        [firm] Rezygnuję z udziału w rekrutacji jeszcze przed rozmową wstępną, a moja decyzja jest ostateczna.
        [brief] Rezygnuję z udziału w rekrutacji przed rozmową wstępną.
       *[warm] Po długim namyśle rezygnuję z udziału w rekrutacji jeszcze przed rozmową wstępną.
    }
    [final_round] { $tone ->
        [formal] Po starannym namyśle wycofuję swoją kandydaturę przed ostatnim etapem rekrutacji.
        [firm] Wycofuję swoją kandydaturę przed ostatnim etapem rekrutacji, a moja decyzja jest ostateczna.
        [brief] Wycofuję swoją kandydaturę przed ostatnim etapem rekrutacji.
       *[warm] Po długim namyśle rezygnuję z udziału w ostatnim etapie rekrutacji.
    }
    [interview] { $tone ->
        [formal] Po starannym namyśle rezygnuję z rozmowy kwalifikacyjnej i wycofuję się z rekrutacji.
        [firm] Rezygnuję z rozmowy kwalifikacyjnej i wycofuję się z rekrutacji, a moja decyzja jest ostateczna.
        [brief] Rezygnuję z rozmowy kwalifikacyjnej i wycofuję się z rekrutacji.
       *[warm] Po długim namyśle rezygnuję z rozmowy kwalifikacyjnej i z dalszego udziału w rekrutacji.
    }
   *[other] { $tone ->
        [formal] Po starannym namyśle wycofuję swoją kandydaturę.
        [firm] Wycofuję swoją kandydaturę, a moja decyzja jest ostateczna.
        [brief] Wycofuję swoją kandydaturę.
       *[warm] Po długim namyśle rezygnuję z dalszego udziału w procesie rekrutacji.
    }
}

job-interview-door-open = { $tone ->
    [formal] Z przyjemnością pozostanę w kontakcie i życzę Państwu trafnego wyboru.
    [firm] Chętnie pozostanę w kontakcie w sprawie przyszłych możliwości i życzę powodzenia w obsadzeniu stanowiska.
    [brief] Chętnie pozostanę w kontakcie i życzę wszystkiego dobrego.
   *[warm] Bardzo chętnie pozostanę w kontakcie i życzę powodzenia w znalezieniu właściwej osoby na to stanowisko.
}

job-interview-closing = { $tone ->
    [formal] Życzę Państwu trafnego wyboru.
    [firm] Życzę powodzenia w obsadzeniu stanowiska.
    [brief] Życzę wszystkiego dobrego.
   *[warm] Życzę powodzenia w znalezieniu właściwej osoby na to stanowisko.
}

## media_interview

# Miejscownik po „udziału w”: „programie na temat „praca zdalna”, który przygotowuje TVN24”.
# Program lub cykl podany przez dziennikarza ($event) stoi w cudzysłowie po rzeczowniku
# pakietu: „odcinku podcastu „Lage der Nation””, „programie „Fakty po Faktach””.
piece-phrase = { $has-event ->
    [true] { programme-piece }
   *[false] { piece-noun }
}{ piece-topic }{ media-outlet }

# Redakcja jest podmiotem zdania względnego, więc jej nazwa zostaje w mianowniku:
# „…, który przygotowuje Gazeta Wyborcza” (nie „przez redakcję Gazeta Wyborcza”, gdzie
# nazwa musiałaby stać w dopełniaczu: „Gazety Wyborczej”). Wszystkie rzeczowniki, do których
# się odnosi (artykuł, program, odcinek, materiał), są męskie nieżywotne: biernik „który”.
media-outlet = { $has-organization ->
    [true] , który przygotowuje { $organization }
   *[false] {""}
}

programme-piece = { $invitation ->
    [article] artykule z cyklu „{ $event }”
    [broadcast] programie „{ $event }”
    [podcast] odcinku podcastu „{ $event }”
   *[other] materiale z cyklu „{ $event }”
}

# Komentarz do materiału albo wypowiedź do artykułu z nazwanego cyklu: „ z cyklu „Temat tygodnia””.
comment-series = { $has-event ->
    [true] {" "}z cyklu „{ $event }”
   *[false] {""}
}

piece-topic = { $has-topic ->
    [true] {" "}na temat „{ $topic }”
   *[false] {""}
}

# O co prosi dziennikarz, w bierniku po „Dziękuję za”. Przy komentarzu i artykule nadawca nie
# bierze „udziału” w materiale, tylko ma go skomentować albo udzielić wypowiedzi: „prośbę
# o komentarz do materiału …”, „prośbę o wypowiedź do artykułu …”.
media-ask = { $invitation ->
    [comment] prośbę o komentarz do materiału{ comment-series }{ piece-topic }{ media-outlet }
    [article] prośbę o wypowiedź do artykułu{ comment-series }{ piece-topic }{ media-outlet }
   *[other] { $tone ->
        [formal] zaproszenie do udziału w { piece-phrase }
       *[other] propozycję udziału w { piece-phrase }
    }
}

# Krótka forma bez nazw, dla zwięzłego podziękowania z wyróżnikiem.
media-ask-short = { $invitation ->
    [comment] prośbę o komentarz
    [article] prośbę o wypowiedź
   *[other] propozycję
}

# Co przygotowuje dziennikarz, w miejscowniku („udział w …”); komentarz trafia do materiału.
piece-noun = { $invitation ->
    [article] artykule
    [broadcast] programie
    [podcast] odcinku podcastu
   *[other] materiale
}

# To samo w narzędniku, gdy już o nim mowa: „powodzenia w pracy nad odcinkiem”.
piece-noun-again = { $invitation ->
    [article] artykułem
    [broadcast] programem
    [podcast] odcinkiem
   *[other] materiałem
}

# Temat wiadomości nazywa prośbę, nie sam materiał: „Zaproszenie do podcastu na temat „…””.
piece-noun-subject = { $invitation ->
    [article] Prośba o wypowiedź do artykułu
    [broadcast] Zaproszenie do programu
    [podcast] Zaproszenie do podcastu
    [comment] Prośba o komentarz
   *[other] Prośba o wywiad
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { piece-noun-subject } – temat: { $topic }
       *[other] { piece-noun-subject } na temat „{ $topic }”
    }
   *[false] { piece-noun-subject }
}

media-interview-thanks = { $tone ->
    [formal] Dziękuję za { media-ask }; to dla mnie zaszczyt.
    [firm] Dziękuję za { media-ask }.
    [brief] Dziękuję za { media-ask }.
   *[warm] Serdecznie dziękuję za { media-ask }; bardzo mi miło, że pomyślano o mnie.
}

media-interview-thanks-detail = { $tone ->
    [formal] Dziękuję za { media-ask }; od dawna moje uznanie budzi { $detail }.
    [firm] Dziękuję za { media-ask }; moje uznanie budzi { $detail }.
    [brief] Dziękuję za { media-ask-short }; moje uznanie budzi { $detail }.
   *[warm] Serdecznie dziękuję za { media-ask }; od dawna ogromne uznanie budzi we mnie { $detail }.
}

media-interview-decision = { $tone ->
    [formal] Z przykrością informuję, że muszę odmówić.
    [firm] Moja odpowiedź jest odmowna i przekazuję ją od razu, aby ułatwić dalsze planowanie.
    [brief] Niestety muszę odmówić.
   *[warm] Niestety tym razem muszę odmówić.
}

media-interview-door-open = { $tone ->
    [formal] Chętnie pozostanę w kontakcie przy okazji przyszłych tematów i życzę powodzenia w pracy nad { piece-noun-again }.
    [firm] Chętnie pozostanę w kontakcie i życzę powodzenia w pracy nad { piece-noun-again }.
    [brief] Chętnie pozostanę w kontakcie – powodzenia w pracy nad { piece-noun-again }!
   *[warm] Bardzo chętnie porozmawiam przy przyszłych okazjach i życzę powodzenia w pracy nad { piece-noun-again }.
}

media-interview-closing = { $tone ->
    [formal] Życzę powodzenia w pracy nad { piece-noun-again }.
    [firm] Życzę powodzenia w pracy nad { piece-noun-again }.
    [brief] Powodzenia w pracy nad { piece-noun-again }!
   *[warm] Życzę wielu sukcesów w pracy nad { piece-noun-again }.
}

## speaking_engagement

# Dopełniacz po „podczas”: „wydarzenia „Product Summit 2027”, którego organizatorem jest Acme”.
event-phrase = { $has-event ->
    [true] wydarzenia „{ $event }”
   *[false] { $has-organization ->
        [true] wydarzenia
       *[false] Państwa wydarzenia
    }
}{ at-organization }

topic-clause = { $has-topic ->
    [true] {" "}na temat „{ $topic }”
   *[false] {""}
}

# Czego dotyczy zaproszenie, w dopełniaczu po „zaproszenie do” i „brak możliwości”.
speaking-activity = { $invitation ->
    [talk] wygłoszenia prelekcji
    [keynote] wygłoszenia wykładu plenarnego
    [panel] udziału w panelu dyskusyjnym
    [workshop] poprowadzenia warsztatów
    [webinar] poprowadzenia webinaru
   *[other] wystąpienia
}

# Gdzie odbywa się wystąpienie. Webinar sam jest wydarzeniem: nie prowadzi się go „podczas
# wydarzenia”, więc organizator dołącza do webinaru („webinaru …, którego organizatorem jest …”).
speaking-setting = { $invitation ->
    [webinar] { $has-event ->
        [true] {" "}w ramach wydarzenia „{ $event }”
       *[false] {""}
    }{ at-organization }
   *[other] {" "}podczas { event-phrase }
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Zaproszenie do { speaking-activity } – { $event }
        [firm] Brak możliwości { speaking-activity } – { $event }
        [brief] { $event }: zaproszenie do { speaking-activity }
       *[warm] Dziękuję za zaproszenie – { $event }
    }
   *[false] { $tone ->
        [formal] Zaproszenie do { speaking-activity }
        [firm] Brak możliwości przyjęcia zaproszenia do { speaking-activity }
        [brief] Zaproszenie do { speaking-activity }
       *[warm] Dziękuję za zaproszenie do { speaking-activity }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Dziękuję za uprzejme zaproszenie do { speaking-activity }{ topic-clause }{ speaking-setting }.
    [firm] Dziękuję za zaproszenie do { speaking-activity }{ topic-clause }{ speaking-setting }.
    [brief] Dziękuję za zaproszenie do { speaking-activity }{ speaking-setting }.
   *[warm] Serdecznie dziękuję za zaproszenie do { speaking-activity }{ topic-clause }{ speaking-setting }; bardzo mi miło, że pomyślano o mnie.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Dziękuję za uprzejme zaproszenie do { speaking-activity }{ topic-clause }{ speaking-setting }; duże wrażenie robi na mnie { $detail }.
    [firm] Dziękuję za zaproszenie do { speaking-activity }{ speaking-setting }; duże wrażenie robi na mnie { $detail }.
    [brief] Dziękuję za zaproszenie do { speaking-activity }; duże wrażenie robi na mnie { $detail }.
   *[warm] Serdecznie dziękuję za zaproszenie do { speaking-activity }{ topic-clause }{ speaking-setting }; naprawdę duże wrażenie robi na mnie { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Po namyśle muszę niestety odmówić.
    [firm] Muszę odmówić i informuję o tym już teraz, aby ułatwić układanie programu.
    [brief] Niestety muszę odmówić.
   *[warm] Z przykrością muszę jednak odmówić.
}

speaking-engagement-door-open = { $tone ->
    [formal] Z przyjemnością rozważę kolejne zaproszenia i życzę, aby wydarzenie zakończyło się pełnym sukcesem.
    [firm] Chętnie dowiem się o kolejnych wydarzeniach i życzę Państwu powodzenia.
    [brief] Chętnie rozważę przyszłe zaproszenia i życzę udanego wydarzenia.
   *[warm] Chętnie porozmawiam o przyszłych możliwościach, gdy pozwoli na to mój kalendarz, i życzę, żeby wydarzenie bardzo się udało.
}

speaking-engagement-closing = { $tone ->
    [formal] Życzę, aby wydarzenie zakończyło się pełnym sukcesem.
    [firm] Życzę Państwu powodzenia.
    [brief] Życzę udanego wydarzenia.
   *[warm] Życzę, żeby wydarzenie bardzo się udało.
}

## academic_invitation

# Miejscownik po „udziału w”, bez rodzaju zaproszenia: „przedsięwzięciu „Guest Lectures”,
# którego organizatorem jest …”. Nazwa w cudzysłowie, bo może to być czasopismo, komisja
# albo konferencja: „przedsięwzięcie” pasuje do każdej z nich, „wydarzenie” nie.
invitation-phrase = { $has-event ->
    [true] przedsięwzięciu „{ $event }”{ at-organization }
   *[false] tym przedsięwzięciu{ at-organization }
}

# Czego dotyczy zaproszenie, w dopełniaczu po „zaproszenie do”. Nazwa podana przez
# użytkownika stoi w mianowniku po rzeczowniku określającym („czasopisma „…””, „komisji „…””,
# „wydarzenia …”), a instytucja po „w instytucji” albo jako podmiot zdania względnego
# („którego wydawcą jest …”, „którą powołuje …”, „które prowadzi …”).
academic-task = { $invitation ->
    [peer_review] zrecenzowania manuskryptu{ for-journal }
    [editorial_board] wejścia w skład komitetu redakcyjnego{ of-journal }
    [committee] zasiadania w komisji{ for-committee }
    [guest_lecture] wygłoszenia wykładu gościnnego{ for-lecture }
    [program_committee] zasiadania w komitecie programowym{ of-conference }
    [examiner] przygotowania recenzji rozprawy{ for-thesis }
   *[other] udziału w { invitation-phrase }
}

# To samo z tematem tam, gdzie pełniejsze tony go podają: „zrecenzowania manuskryptu na temat
# „praca zdalna” dla czasopisma „…””.
academic-task-on-topic = { $invitation ->
    [peer_review] zrecenzowania manuskryptu{ topic-clause }{ for-journal }
    [editorial_board] wejścia w skład komitetu redakcyjnego{ of-journal }
    [committee] zasiadania w komisji{ for-committee }
    [guest_lecture] wygłoszenia wykładu gościnnego{ topic-clause }{ for-lecture }
    [program_committee] zasiadania w komitecie programowym{ of-conference }
    [examiner] przygotowania recenzji rozprawy{ for-thesis }
   *[other] udziału w { invitation-phrase }{ subject-clause }
}

# „ dla czasopisma „Journal of Applied Logic”, którego wydawcą jest Acme”.
for-journal = { $has-event ->
    [true] {" "}dla czasopisma „{ $event }”{ journal-publisher }
   *[false] { $has-organization ->
        [true] {" "}dla czasopisma{ journal-publisher }
       *[false] {""}
    }
}

# „ czasopisma „Journal of Applied Logic”, którego wydawcą jest Acme”.
of-journal = { $has-event ->
    [true] {" "}czasopisma „{ $event }”{ journal-publisher }
   *[false] { $has-organization ->
        [true] {" "}czasopisma{ journal-publisher }
       *[false] {""}
    }
}

journal-publisher = { $has-organization ->
    [true] , którego wydawcą jest { $organization }
   *[false] {""}
}

# „ „Komisja doktorska”, którą powołuje Uniwersytet Warszawski”.
for-committee = { $has-event ->
    [true] {" "}„{ $event }”
   *[false] {""}
}{ $has-organization ->
    [true] , którą powołuje { $organization }
   *[false] {""}
}

# „ w ramach programu „Wykłady otwarte”, który prowadzi Uniwersytet Warszawski”, „, który
# organizuje Uniwersytet Warszawski” (po „wykładu gościnnego”). Instytucja jest podmiotem
# zdania względnego, więc zostaje w mianowniku („w instytucji Uniwersytet …” to urzędowy
# szablon). „Program” i „wykład” są męskie nieżywotne: biernik „który”.
for-lecture = { $has-event ->
    [true] {" "}w ramach programu „{ $event }”{ $has-organization ->
        [true] , który prowadzi { $organization }
       *[false] {""}
    }
   *[false] { $has-organization ->
        [true] , który organizuje { $organization }
       *[false] {""}
    }
}

# „ wydarzenia „Kongres Dostępności Cyfrowej 2027”, którego organizatorem jest Acme”.
of-conference = { $has-event ->
    [true] {" "}wydarzenia „{ $event }”{ at-organization }
   *[false] { $has-organization ->
        [true] {" "}wydarzenia{ at-organization }
       *[false] {""}
    }
}

# „ „Metody uczenia maszynowego” w postępowaniu, które prowadzi Uniwersytet Warszawski”.
for-thesis = { $has-event ->
    [true] {" "}„{ $event }”
   *[false] {""}
}{ $has-organization ->
    [true] {" "}w postępowaniu, które prowadzi { $organization }
   *[false] {""}
}

# Zaproszenie nazwane w temacie wiadomości.
academic-invitation-noun = { $invitation ->
    [peer_review] Prośba o recenzję manuskryptu
    [editorial_board] Zaproszenie do komitetu redakcyjnego
    [committee] Zaproszenie do prac komisji
    [guest_lecture] Zaproszenie do wygłoszenia wykładu gościnnego
    [program_committee] Zaproszenie do komitetu programowego
    [examiner] Prośba o recenzję rozprawy
   *[other] Zaproszenie
}

# To samo w bierniku po „Odpowiedź odmowna na”.
academic-invitation-reply = { $invitation ->
    [peer_review] prośbę o recenzję manuskryptu
    [editorial_board] zaproszenie do komitetu redakcyjnego
    [committee] zaproszenie do prac komisji
    [guest_lecture] zaproszenie do wygłoszenia wykładu gościnnego
    [program_committee] zaproszenie do komitetu programowego
    [examiner] prośbę o recenzję rozprawy
   *[other] zaproszenie
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-invitation-noun }: { $event }
        [firm] Odpowiedź odmowna na { academic-invitation-reply }: { $event }
        [brief] { academic-invitation-noun }: { $event }
       *[warm] Dziękuję za zaproszenie – { $event }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Odpowiedź na uprzejme zaproszenie
           *[other] { academic-invitation-noun }
        }
        [firm] Odpowiedź odmowna na { academic-invitation-reply }
        [brief] { academic-invitation-noun }
       *[warm] Dziękuję za miłe zaproszenie
    }
}

# Imiesłów zgodny z „przedsięwzięciu”; po zdaniu względnym z organizatorem przecinek zamyka
# to zdanie.
subject-clause = { $has-topic ->
    [true] { $has-organization ->
        [true] , poświęconym tematowi „{ $topic }”
       *[false] {" "}poświęconym tematowi „{ $topic }”
    }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] Dziękuję za uprzejme zaproszenie do { academic-task-on-topic }; to dla mnie zaszczyt.
    [firm] Dziękuję za zaproszenie do { academic-task }.
    [brief] Dziękuję za zaproszenie do { academic-task }.
   *[warm] Serdecznie dziękuję za miłe zaproszenie do { academic-task-on-topic }; to dla mnie naprawdę wiele znaczy.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Dziękuję za uprzejme zaproszenie do { academic-task }; od dawna moje uznanie budzi { $detail }.
    [firm] Dziękuję za zaproszenie do { academic-task }; od dawna moje uznanie budzi { $detail }.
    [brief] Dziękuję za zaproszenie; moje uznanie budzi { $detail }.
   *[warm] Serdecznie dziękuję za miłe zaproszenie do { academic-task }; od dawna ogromne uznanie budzi we mnie { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] Po namyśle muszę niestety odmówić.
    [firm] Muszę odmówić i informuję o tym od razu, aby mogli Państwo bez zwłoki zwrócić się do innej osoby.
    [brief] Niestety muszę odmówić.
   *[warm] Po głębokim namyśle z żalem muszę odmówić.
}

academic-invitation-door-open = { $tone ->
    [formal] Z przyjemnością pozostanę w kontakcie i mam nadzieję na współpracę przy przyszłych przedsięwzięciach.
    [firm] Chętnie pozostanę w kontakcie w sprawie przyszłej współpracy.
    [brief] Chętnie pozostanę w kontakcie.
   *[warm] Bardzo chętnie pozostanę w kontakcie i mam nadzieję na wspólną pracę w przyszłości.
}

# Życzenia na zakończenie, po rodzaju zaproszenia: „w pracach redakcyjnych”, „w pracach komisji”.
academic-invitation-closing = { $tone ->
    [formal] Życzę wielu sukcesów { academic-wish }.
    [firm] Życzę powodzenia { academic-wish }.
    [brief] Życzę powodzenia.
   *[warm] Życzę wielu sukcesów { academic-wish }.
}

academic-wish = { $invitation ->
    [peer_review] w pracach redakcyjnych
    [editorial_board] w rozwijaniu czasopisma
    [committee] w pracach komisji
    [guest_lecture] w realizacji programu
    [program_committee] w przygotowaniu programu
    [examiner] w dalszym postępowaniu
   *[other] w realizacji tego przedsięwzięcia
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Prośba o zmianę terminu: { meeting-phrase }
    [firm] Zmiana terminu: { meeting-phrase }
    [brief] Nowy termin: { meeting-phrase }?
   *[warm] Propozycja nowego terminu: { meeting-phrase }
}

reschedule-thanks = { $tone ->
    [formal] Dziękuję za { meeting-invitation }; szczerze się z niego cieszę.
    [firm] Dziękuję za { meeting-invitation }.
    [brief] Dziękuję za { meeting-invitation }.
   *[warm] Serdecznie dziękuję za { meeting-invitation }; naprawdę bardzo się z niego cieszę.
}

reschedule-thanks-detail = { $tone ->
    [formal] Dziękuję za { meeting-invitation }; duże wrażenie robi na mnie { $detail }.
    [firm] Dziękuję za { meeting-invitation }; duże wrażenie robi na mnie { $detail }.
    [brief] Dziękuję za zaproszenie; duże wrażenie robi na mnie { $detail }.
   *[warm] Serdecznie dziękuję za { meeting-invitation }; naprawdę duże wrażenie robi na mnie { $detail }.
}

# Proponowany termin po dwukropku, żeby nie trzeba go było odmieniać.
reschedule-proposal = { $tone ->
    [formal] Czy możliwy byłby nowy termin: { $proposed-time }?
    [firm] Proponuję przeniesienie na nowy termin: { $proposed-time }.
    [brief] Czy pasowałby nowy termin: { $proposed-time }?
   *[warm] Czy wchodziłby w grę nowy termin: { $proposed-time }?
}

reschedule-door-open = { $tone ->
    [formal] Jeśli nie będzie to możliwe, w pełni to rozumiem i niezależnie od tego chętnie pozostanę w kontakcie.
    [firm] Jeśli to niemożliwe, rozumiem i w każdym razie chętnie pozostanę w kontakcie.
    [brief] Jeśli nie, rozumiem i chętnie pozostanę w kontakcie.
   *[warm] Jeśli ten termin nie będzie dogodny, całkowicie to rozumiem i tak czy inaczej chętnie pozostanę w kontakcie.
}

reschedule-closing = { $tone ->
    [formal] Jeśli nie będzie to możliwe, w pełni to rozumiem i niezależnie od tego dziękuję za zaproszenie.
    [firm] Jeśli to niemożliwe, rozumiem i mimo to dziękuję za zaproszenie.
    [brief] Jeśli nie, rozumiem.
   *[warm] Jeśli ten termin nie będzie dogodny, całkowicie to rozumiem i tak czy inaczej dziękuję za zaproszenie.
}

## clarification_reply: odbiorca zapytał, czy coś mogłoby zmienić decyzję nadawcy.

clarification-reply-subject = { $tone ->
    [formal] Dziękuję za ponowny kontakt
    [firm] { $has-position ->
        [true] Moja decyzja w sprawie stanowiska { $position }
       *[false] Moja decyzja
    }
    [brief] Dziękuję za wiadomość
   *[warm] Dziękuję za wiadomość
}

clarification-reply-thanks = { $tone ->
    [formal] Dziękuję za ponowny kontakt oraz za gotowość do rozważenia zmian.
    [firm] Dziękuję za wiadomość i za propozycję wprowadzenia zmian.
    [brief] Dziękuję za wiadomość.
   *[warm] Dziękuję za wiadomość i pytanie, czy coś mogłoby zmienić moją decyzję; bardzo to doceniam.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Dziękuję za ponowny kontakt; szczególne wrażenie robi na mnie { $detail }, a gotowość do rozważenia zmian szczerze doceniam.
    [firm] Dziękuję za wiadomość; duże wrażenie robi na mnie { $detail } i doceniam tę propozycję.
    [brief] Dziękuję za wiadomość; duże wrażenie robi na mnie { $detail }.
   *[warm] Dziękuję za wiadomość; naprawdę duże wrażenie robi na mnie { $detail } i bardzo doceniam to pytanie.
}

clarification-reply-decision = { $tone ->
    [formal] Po ponownym namyśle podtrzymuję swoją decyzję w sprawie rekrutacji na { role-phrase }.
    [firm] Moja decyzja w sprawie rekrutacji na { role-phrase } jest ostateczna i nie ma potrzeby niczego dostosowywać.
    [brief] Moja decyzja pozostaje bez zmian.
   *[warm] Po starannym przemyśleniu sprawy moja decyzja w sprawie rekrutacji na { role-phrase } pozostaje bez zmian.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Chętnie wrócę do tej rozmowy { $proposed-time } i dziękuję za zrozumienie.
        [firm] Jeśli { $proposed-time } pojawi się nowa możliwość, chętnie się o niej dowiem.
        [brief] Chętnie wrócę do tematu { $proposed-time }.
       *[warm] Bardzo chętnie wrócę do rozmowy { $proposed-time } i dziękuję za zrozumienie.
    }
   *[false] { $tone ->
        [formal] Dziękuję za zrozumienie i chętnie pozostanę w kontakcie.
        [firm] Dziękuję za zrozumienie i chętnie pozostanę w kontakcie w sprawie przyszłych ofert.
        [brief] Dziękuję za zrozumienie – pozostańmy w kontakcie.
       *[warm] Dziękuję za zrozumienie i bardzo chętnie pozostanę w kontakcie.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Jeśli { $proposed-time } moja sytuacja ulegnie zmianie, skontaktuję się ponownie.
        [firm] Jeśli { $proposed-time } moja sytuacja się zmieni, odezwę się.
        [brief] Jeśli { $proposed-time } coś się zmieni, odezwę się.
       *[warm] Jeśli { $proposed-time } moja sytuacja się zmieni, na pewno się odezwę.
    }
   *[false] { $tone ->
        [formal] Jeszcze raz dziękuję za zrozumienie.
        [firm] Dziękuję za zrozumienie.
        [brief] Dziękuję za zrozumienie.
       *[warm] Jeszcze raz serdecznie dziękuję za zrozumienie.
    }
}

## stay_in_touch: krótka wiadomość po odmowie.

# Biernik: „(dziękuję za) naszą rozmowę o stanowisku Product Designer w firmie Acme”.
conversation-phrase = { $has-topic ->
    [true] naszą rozmowę na temat „{ $topic }”
   *[false] { $has-position ->
        [true] { $has-organization ->
            [true] naszą rozmowę o stanowisku { $position } w firmie { $organization }
           *[false] naszą rozmowę o stanowisku { $position }
        }
       *[false] naszą niedawną rozmowę
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Pozostańmy w kontakcie
    [brief] Pozostańmy w kontakcie
   *[other] Utrzymajmy kontakt
}

stay-in-touch-thanks = { $tone ->
    [formal] Jeszcze raz dziękuję za { conversation-phrase } i za poświęcony czas.
    [firm] Jeszcze raz dziękuję za { conversation-phrase }.
    [brief] Dziękuję jeszcze raz za { conversation-phrase }.
   *[warm] Bardzo miło wspominam { conversation-phrase } i jeszcze raz dziękuję za poświęcony czas.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] Jeszcze raz dziękuję za { conversation-phrase }; szczególnie zainteresował mnie wątek: { $detail }.
    [firm] Jeszcze raz dziękuję za { conversation-phrase }; zainteresował mnie zwłaszcza wątek: { $detail }.
    [brief] Dziękuję jeszcze raz za { conversation-phrase }; zaciekawił mnie zwłaszcza wątek: { $detail }.
   *[warm] Jeszcze raz dziękuję za { conversation-phrase }; szczególnie zaciekawił mnie wątek: { $detail }.
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] Będzie mi miło pozostać w kontakcie i śledzić dalszy rozwój firmy { $organization }.
        [firm] Choć ta rekrutacja jest już dla mnie zamknięta, chętnie pozostanę w kontakcie i będę śledzić rozwój firmy { $organization }.
        [brief] Pozostańmy w kontakcie – będę kibicować firmie { $organization }.
       *[warm] Bardzo chętnie pozostanę w kontakcie i będę kibicować rozwojowi firmy { $organization }.
    }
   *[false] { $tone ->
        [formal] Będzie mi miło pozostać w kontakcie.
        [firm] Choć ta rekrutacja jest już dla mnie zamknięta, chętnie pozostanę w kontakcie.
        [brief] Pozostańmy w kontakcie.
       *[warm] Bardzo chętnie pozostanę w kontakcie.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Gdyby potrzebna była moja pomoc, proszę śmiało się ze mną kontaktować.
    [firm] Proszę śmiało pisać w dowolnym momencie.
    [brief] Chętnie umówię się kiedyś na kawę.
   *[warm] Jeśli kiedyś będzie ochota na kawę, proszę dać znać.
}
