### Zdania poszczególnych scenariuszy: temat wiadomości, podziękowanie (z wyróżnikiem lub bez),
### decyzja i zdanie zamykające, które zostawia otwarte drzwi ($stay-in-touch) albo po prostu
### czegoś życzy. Ton formalny: styl urzędowo-uprzejmy; zwięzły: krócej, ale ciepło;
### stanowczy: bez cienia wątpliwości, że ta możliwość jest zamknięta.
### Wyróżnik ($detail) zawsze w mianowniku jako podmiot, w czasie teraźniejszym,
### bez „od dawna” i „wątek:”: „– duże wrażenie robi na mnie …”, „– szczególnie imponuje mi …”.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Wycofanie kandydatury na stanowisko „{ $position }”
       *[false] Wycofanie kandydatury
    }
    [firm] { $has-position ->
        [true] Rezygnacja z udziału w rekrutacji na stanowisko „{ $position }”
       *[false] Rezygnacja z udziału w rekrutacji
    }
    [brief] { $has-position ->
        [true] Wycofanie kandydatury – { $position }
       *[false] Wycofanie kandydatury
    }
   *[warm] { $has-position ->
        [true] Moja kandydatura na stanowisko „{ $position }”
       *[false] Moja kandydatura
    }
}

job-interview-thanks = { $tone ->
    [formal] Dziękuję za poświęcony mi czas oraz za rozważenie mojego zgłoszenia na { role-phrase }.
    [firm] Dziękuję za poświęcony czas i rozważenie mojego zgłoszenia na { role-phrase }.
    [brief] Dziękuję za rozważenie mojego zgłoszenia na { role-phrase }.
   *[warm] Serdecznie dziękuję za czas, który mi Państwo poświęcili, i za zainteresowanie moim zgłoszeniem na { role-phrase }.
}

job-interview-thanks-detail = { $tone ->
    [formal] Dziękuję za rozważenie mojego zgłoszenia na { role-phrase } – nadal duże wrażenie robi na mnie { $detail }.
    [firm] Dziękuję za rozważenie mojego zgłoszenia na { role-phrase } – nadal dobre wrażenie robi na mnie { $detail }.
    [brief] Dziękuję za rozważenie mojego zgłoszenia na { role-phrase } – wciąż dobre wrażenie robi na mnie { $detail }.
   *[warm] Serdecznie dziękuję za zainteresowanie moim zgłoszeniem na { role-phrase } – wciąż duże wrażenie robi na mnie { $detail }.
}

job-interview-decision = { $invitation ->
    [screening_call] { $tone ->
        [formal] Po starannym namyśle rezygnuję z udziału w rekrutacji jeszcze przed rozmową wstępną.
        [firm] Rezygnuję z rozmowy wstępnej i wycofuję się z rekrutacji.
        [brief] Rezygnuję z rozmowy wstępnej i z dalszej rekrutacji.
       *[warm] Po namyśle rezygnuję z udziału w rekrutacji jeszcze przed rozmową wstępną.
    }
    [final_round] { $tone ->
        [formal] Po starannym namyśle wycofuję swoją kandydaturę przed ostatnim etapem rekrutacji.
        [firm] Wycofuję swoją kandydaturę i nie wezmę udziału w ostatnim etapie rekrutacji.
        [brief] Wycofuję swoją kandydaturę przed ostatnim etapem rekrutacji.
       *[warm] Po namyśle rezygnuję z udziału w ostatnim etapie rekrutacji.
    }
    [interview] { $tone ->
        [formal] Po starannym namyśle rezygnuję z rozmowy kwalifikacyjnej i wycofuję się z rekrutacji.
        [firm] Nie wezmę udziału w rozmowie kwalifikacyjnej i wycofuję się z rekrutacji.
        [brief] Rezygnuję z rozmowy kwalifikacyjnej i wycofuję się z rekrutacji.
       *[warm] Po namyśle rezygnuję z rozmowy kwalifikacyjnej i z dalszego udziału w rekrutacji.
    }
   *[other] { $tone ->
        [formal] Po starannym namyśle wycofuję swoją kandydaturę.
        [firm] Wycofuję swoją kandydaturę i rezygnuję z dalszego udziału w rekrutacji.
        [brief] Wycofuję swoją kandydaturę.
       *[warm] Po namyśle rezygnuję jednak z dalszego udziału w rekrutacji.
    }
}

job-interview-door-open = { $tone ->
    [formal] Z przyjemnością pozostanę w kontakcie i życzę Państwu trafnego wyboru.
    [firm] { $reason ->
        [company_fit] Życzę powodzenia w obsadzeniu stanowiska i chętnie pozostanę w kontakcie.
        [accepted_offer] Życzę powodzenia w obsadzeniu stanowiska i chętnie pozostanę w kontakcie.
       *[other] Życzę powodzenia w obsadzeniu stanowiska; w przyszłości chętnie przyjrzę się innym Państwa ofertom.
    }
    [brief] Powodzenia w poszukiwaniach – chętnie pozostanę w kontakcie.
   *[warm] Mam nadzieję, że nasze drogi jeszcze się skrzyżują, i życzę, by stanowisko trafiło w dobre ręce.
}

job-interview-closing = { $tone ->
    [formal] Życzę trafnego wyboru.
    [firm] Życzę powodzenia w obsadzeniu stanowiska.
    [brief] Życzę wszystkiego dobrego.
   *[warm] Życzę powodzenia w znalezieniu właściwej osoby na to stanowisko.
}

## media_interview

# Miejscownik po „rozmowy w”: „programie „Sygnały dnia”, który przygotowuje Polskie Radio”.
# Program lub cykl podany przez dziennikarza ($event) stoi w cudzysłowie po rzeczowniku
# pakietu: „odcinku podcastu „Lage der Nation””, „programie „Fakty po Faktach””.
piece-phrase = { $has-event ->
    [true] { programme-piece }
   *[false] { piece-noun-own }
}

# Redakcja jest podmiotem zdania względnego, więc jej nazwa zostaje w mianowniku:
# „…, który przygotowuje Gazeta Wyborcza” (nie „przez redakcję Gazeta Wyborcza”, gdzie
# nazwa musiałaby stać w dopełniaczu: „Gazety Wyborczej”). Wszystkie rzeczowniki, do których
# się odnosi (artykuł, program, odcinek, materiał), są męskie nieżywotne: biernik „który”.
media-outlet = { $has-organization ->
    [true] { $tone ->
        [formal] {" "}– cieszę się, że { media-org-turned } do mnie
        [firm] {" "}– doceniam, że { media-org-turned } do mnie
        [brief] {" "}– miło mi, że { media-org-turned } do mnie
       *[warm] {" "}– miło mi, że { media-org-turned } właśnie do mnie
    }
   *[false] { $tone ->
        [formal] {" "}– to dla mnie wyraz zaufania
        [warm] {" "}– miło mi, że zwrócili się Państwo właśnie do mnie
       *[other] {""}
    }
}

# Po uwadze o temacie („– inflacja to istotny temat”) redakcja dołącza przez „i”.
media-outlet-j = { $has-topic ->
    [true] { $has-organization ->
        [true] { $tone ->
            [formal] {" "}i cieszę się, że { media-org-turned } do mnie
            [firm] {" "}i doceniam, że { media-org-turned } do mnie
            [brief] {" "}i miło mi, że { media-org-turned } do mnie
           *[warm] {" "}i miło mi, że { media-org-turned } właśnie do mnie
        }
       *[false] { $tone ->
            [warm] {" "}i miło mi, że zwrócili się Państwo właśnie do mnie
           *[other] {""}
        }
    }
   *[false] { media-outlet }
}

programme-piece = { $invitation ->
    [article] artykule z cyklu „{ $event }”
    [broadcast] { named-audio-piece }
    [podcast] { named-audio-piece }
   *[other] materiale z cyklu „{ $event }”
}

# Komentarz do materiału albo wypowiedź do artykułu z nazwanego cyklu: „ z cyklu „Temat tygodnia””.
# Nazwa, która sama mówi, czym jest („Podcast Startupowy”, „Magazyn Ekspresu Reporterów”), nie
# dostaje naszego „podcastu”/„programu”: „odcinku podcastu „Podcast Startupowy”” → „audycji
# „Podcast Startupowy””.
# Nazwa, która sama mówi, czym jest, bywa wpisana z cudzysłowem („podcast „Raport o stanie
# świata””): „audycji „podcast „…””” recenzenci odbierali jako zepsute. Nazwa jest wtedy
# podmiotem zdania względnego, w mianowniku i bez naszego cudzysłowu.
named-audio-piece = { $event-shape ->
    [kind-first] odcinku, który { event-prepares } { $event }
    [kind] odcinku, który { event-prepares } { $event }
   *[other] { $invitation ->
        [podcast] odcinku podcastu „{ $event }”
       *[other] programie „{ $event }”
    }
}

event-prepares = { $event-gender ->
    [plural] przygotowują
   *[other] przygotowuje
}

comment-series = { $has-event ->
    [true] {" "}z cyklu „{ $event }”
   *[false] {""}
}

# Temat podany przez użytkownika stoi w mianowniku, więc nie może stać po „na temat” ani
# „o”. Zdanie względne „…, której temat to …” recenzent (pl fresh-3) uznał za szablonowe;
# etykietę w nawiasie („rozmowy (temat: ceny energii)”) recenzent (pl fix1) odebrał jak
# formularz. Temat jest podmiotem własnego zdania: „– ceny energii to istotny temat” (topic-remark).

# O co prosi dziennikarz, w bierniku po „Dziękuję za”. Przy komentarzu i artykule nadawca nie
# bierze „udziału” w materiale, tylko ma go skomentować albo udzielić wypowiedzi: „prośbę
# o komentarz do materiału …”, „prośbę o wypowiedź do artykułu …”.
media-ask = { media-ask-lean }{ topic-remark }

# Bez tematu (jest już w temacie wiadomości), gdy zdanie niesie też redakcję i wyróżnik.
media-ask-lean = { $invitation ->
    [comment] prośbę o komentarz{ $has-event ->
        [true] {" "}do materiału{ comment-series }
       *[false] {""}
    }
    [article] prośbę o wypowiedź do artykułu{ comment-series }
   *[other] { $tone ->
        [formal] zaproszenie do rozmowy w { piece-phrase }
       *[other] propozycję rozmowy w { piece-phrase }
    }
}

# Krótka forma bez nazw, dla zwięzłego podziękowania z wyróżnikiem.
media-ask-short = { $invitation ->
    [comment] prośbę o komentarz
    [article] prośbę o wypowiedź
    [broadcast] zaproszenie do programu
    [podcast] zaproszenie do podcastu
   *[other] propozycję rozmowy
}

# Co przygotowuje dziennikarz, w miejscowniku („udział w …”); komentarz trafia do materiału.
piece-noun = { $invitation ->
    [article] artykule
    [broadcast] programie
    [podcast] odcinku podcastu
   *[other] materiale
}

# To samo w narzędniku, gdy już o nim mowa: „powodzenia w pracy nad odcinkiem”.
# Bez nazwy programu i bez redakcji: „w Państwa programie”.
piece-noun-own = { $invitation ->
    [article] Państwa artykule
    [broadcast] Państwa programie
    [podcast] Państwa podcaście
   *[other] Państwa materiale
}

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

# Temat wiadomości odpowiada na prośbę dziennikarza, a nie powtarza jej jak własnej.
piece-noun-reply = { $invitation ->
    [article] prośbę o wypowiedź do artykułu
    [broadcast] zaproszenie do programu
    [podcast] zaproszenie do podcastu
    [comment] prośbę o komentarz
   *[other] prośbę o wywiad
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] Odpowiedź na { piece-noun-reply } – { $topic }
        [firm] Odpowiedź na { piece-noun-reply } – { $topic }
        [brief] { piece-noun-subject } – { $topic }
       *[warm] Dziękuję za { piece-noun-reply } – { $topic }
    }
   *[false] { $tone ->
        [formal] Odpowiedź na { piece-noun-reply }
        [firm] Odpowiedź na { piece-noun-reply }
        [brief] { piece-noun-subject }
       *[warm] Dziękuję za { piece-noun-reply }
    }
}

media-interview-thanks = { $tone ->
    [formal] Dziękuję za { media-ask }{ media-outlet-j }.
    [firm] Dziękuję za { media-ask }{ media-outlet-j }.
    [brief] Dziękuję za { media-ask }{ media-outlet-j }.
   *[warm] Bardzo dziękuję za { media-ask }{ media-outlet-j }.
}

media-interview-thanks-detail = { $has-organization ->
    [true] { $tone ->
        [formal] Dziękuję za { media-ask-lean }{ media-outlet }, tym bardziej że duże uznanie budzi we mnie { $detail }.
        [firm] Dziękuję za { media-ask-lean }{ media-outlet }, tym bardziej że duże uznanie budzi we mnie { $detail }.
        [brief] Dziękuję za { media-ask-short } – moje uznanie budzi { $detail }.
       *[warm] Bardzo dziękuję za { media-ask-lean }{ media-outlet }, zwłaszcza że bardzo dobre wrażenie robi na mnie { $detail }.
    }
   *[false] { $tone ->
        [formal] Dziękuję za { media-ask } – duże uznanie budzi we mnie { $detail }.
        [firm] Dziękuję za { media-ask } – duże uznanie budzi we mnie { $detail }.
        [brief] Dziękuję za { media-ask-short } – moje uznanie budzi { $detail }.
       *[warm] Bardzo dziękuję za { media-ask } – bardzo dobre wrażenie robi na mnie { $detail }.
    }
}

media-interview-decision = { $invitation ->
    [comment] { $tone ->
        [formal] Z przykrością informuję, że tym razem nie mogę się wypowiedzieć.
        [firm] Nie wypowiem się w tej sprawie – piszę o tym od razu, aby ułatwić Państwu planowanie.
        [brief] Niestety nie mogę się wypowiedzieć.
       *[warm] Niestety tym razem nie mogę się wypowiedzieć.
    }
   *[other] { $tone ->
        [formal] Z przykrością informuję, że tym razem muszę odmówić.
        [firm] Muszę odmówić – piszę o tym od razu, aby ułatwić Państwu planowanie.
        [brief] Niestety muszę odmówić.
       *[warm] Niestety tym razem muszę odmówić.
    }
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Chętnie wypowiem się w przyszłości na temat bliższy mojej dziedzinie i życzę powodzenia w pracy nad { piece-noun-again }.
        [firm] Na tematy bliższe mojej dziedzinie chętnie się wypowiem; życzę powodzenia w pracy nad { piece-noun-again }.
        [brief] Chętnie wypowiem się na temat bliższy mojej dziedzinie – powodzenia!
       *[warm] Z przyjemnością porozmawiam, gdy pojawi się temat bliższy mojej dziedzinie, i trzymam kciuki za pracę nad { piece-noun-again }.
    }
   *[other] { $tone ->
        [formal] Przy kolejnych tematach chętnie pomogę, a tymczasem życzę powodzenia w pracy nad { piece-noun-again }.
        [firm] Życzę powodzenia w pracy nad { piece-noun-again }; przy innych tematach zachęcam do kontaktu.
        [brief] Chętnie pomogę przy kolejnym temacie – powodzenia w pracy nad { piece-noun-again }!
       *[warm] { $invitation ->
            [broadcast] Chętnie porozmawiam przy innej okazji i życzę udanego programu.
            [podcast] Chętnie porozmawiam przy innej okazji i życzę udanego nagrania.
           *[other] Z przyjemnością porozmawiam przy kolejnej okazji i trzymam kciuki za pracę nad { piece-noun-again }.
        }
    }
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
   *[false] Państwa wydarzenia
}{ at-organization }

# Temat i miejsce wystąpienia: „wykładu plenarnego, którego temat to …, podczas wydarzenia
# „…””. Zaimek zgadza się z rzeczownikiem pakietu (prelekcji → której, warsztatów → których).
# Webinar bez nazwy wydarzenia nie ma „podczas …”: organizator dołącza się przez „a”.
# Z wyróżnikiem i tematem zdanie byłoby za długie: organizator dołącza krótko do wydarzenia
# („…”, które organizuje …), a nie w osobnym „i miło mi, że … pomyślała o mnie”.
speaking-topic-setting-lean = { $has-topic ->
    [true] { speaking-setting }{ topic-remark }
   *[false] { speaking-place }{ speaking-tail }
}

speaking-topic-setting = { speaking-place }{ topic-remark }{ $has-topic ->
    [true] { $has-organization ->
        [true] { org-tail-and }
       *[false] {""}
    }
   *[false] { speaking-tail }
}



# Czego dotyczy zaproszenie, w dopełniaczu po „zaproszenie do” i „brak możliwości”.
speaking-activity = { $invitation ->
    [talk] wygłoszenia prelekcji
    [keynote] wygłoszenia wykładu plenarnego
    [panel] udziału w panelu dyskusyjnym
    [workshop] { $event-gender ->
        [plural] poprowadzenia zajęć
       *[other] poprowadzenia warsztatów
    }
    [webinar] poprowadzenia webinaru
   *[other] wystąpienia
}

# Gdzie odbywa się wystąpienie. Webinar sam jest wydarzeniem: nie prowadzi się go „podczas
# wydarzenia”, więc organizator dołącza do webinaru („webinaru …, którego organizatorem jest …”).
speaking-setting = { $invitation ->
    [webinar] { $has-event ->
        [true] { event-on }
       *[false] { $has-organization ->
            [true] , który { org-organizes } { $organization }
           *[false] {""}
        }
    }
   *[other] { $has-event ->
        [true] { event-on }
       *[false] { $has-organization ->
            [true] {" "}podczas wydarzenia, które { org-organizes } { $organization }
           *[false] {""}
        }
    }
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Zaproszenie do { speaking-activity } – { $event }
        [firm] Odpowiedź na zaproszenie do { speaking-activity } – { $event }
        [brief] Zaproszenie do { speaking-activity } – { $event }
       *[warm] Dziękuję za zaproszenie – { $event }
    }
   *[false] { $tone ->
        [formal] Zaproszenie do { speaking-activity }
        [firm] Odpowiedź na zaproszenie do { speaking-activity }
        [brief] Zaproszenie do { speaking-activity }
       *[warm] Dziękuję za zaproszenie do { speaking-activity }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Dziękuję za uprzejme zaproszenie do { speaking-activity }{ speaking-topic-setting }.
    [firm] Dziękuję za zaproszenie do { speaking-activity }{ speaking-topic-setting }.
    [brief] Dziękuję za zaproszenie do { speaking-activity }{ speaking-setting }.
   *[warm] Serdecznie dziękuję za zaproszenie do { speaking-activity }{ speaking-topic-setting }.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Dziękuję za zaproszenie do { speaking-activity }{ speaking-topic-setting-lean }; moje uznanie budzi { $detail }.
    [firm] Dziękuję za zaproszenie do { speaking-activity }{ speaking-setting } – duże wrażenie robi na mnie { $detail }.
    [brief] Dziękuję za zaproszenie do { speaking-activity } – duże wrażenie robi na mnie { $detail }.
   *[warm] Dziękuję za zaproszenie do { speaking-activity }{ speaking-topic-setting-lean }; duże wrażenie robi na mnie { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] { $reason ->
        [caregiving] Tym razem muszę jednak odmówić.
        [logistics] Tym razem muszę jednak odmówić.
        [timing] Tym razem muszę jednak odmówić.
        [accepted_offer] Tym razem muszę jednak odmówić.
       *[other] Po namyśle muszę jednak odmówić.
    }
    [firm] Niestety muszę odmówić – informuję o tym z wyprzedzeniem, aby ułatwić Państwu układanie programu.
    [brief] Niestety muszę odmówić.
   *[warm] Z przykrością muszę jednak odmówić.
}

speaking-engagement-door-open = { $invitation ->
    [webinar] { $reason ->
        [outside_expertise] { $tone ->
            [formal] Z przyjemnością rozważę zaproszenie na webinar bliższy mojej dziedzinie i życzę Państwu powodzenia.
            [firm] Chętnie rozważę kolejne zaproszenie dotyczące tematu bliższego mojej dziedzinie.
            [brief] Chętnie poprowadzę webinar bliższy mojej dziedzinie – powodzenia!
           *[warm] Chętnie poprowadzę webinar, gdy pojawi się temat bliższy mojej dziedzinie, i trzymam kciuki za powodzenie tego spotkania.
        }
       *[other] { $tone ->
            [formal] Z przyjemnością rozważę kolejne zaproszenia i życzę Państwu udanego webinaru.
            [firm] Życzę udanego webinaru; kolejne zaproszenia chętnie rozważę.
            [brief] Chętnie rozważę przyszłe zaproszenia – udanego webinaru!
           *[warm] Chętnie poprowadzę kolejny webinar, a za ten trzymam mocno kciuki.
        }
    }
   *[other] { $reason ->
        [outside_expertise] { $tone ->
            [formal] Z przyjemnością rozważę zaproszenie, gdy pojawi się temat bliższy mojej dziedzinie, i życzę Państwu udanego wydarzenia.
            [firm] Gdy pojawi się temat bliższy mojej dziedzinie, chętnie rozważę zaproszenie; życzę Państwu powodzenia.
            [brief] Chętnie wystąpię z tematem bliższym mojej dziedzinie – powodzenia!
           *[warm] Chętnie wystąpię, gdy pojawi się temat bliższy mojej dziedzinie, i trzymam kciuki, żeby wszystko się udało.
        }
       *[other] { $tone ->
            [formal] Z przyjemnością rozważę kolejne zaproszenia i życzę Państwu udanego wydarzenia.
            [firm] Życzę Państwu powodzenia i chętnie rozważę udział w kolejnej edycji.
            [brief] Chętnie rozważę przyszłe zaproszenia – powodzenia!
           *[warm] Chętnie rozważę udział w kolejnej edycji i trzymam kciuki, żeby wszystko się udało.
        }
    }
}

speaking-engagement-closing = { $invitation ->
    [webinar] { $tone ->
        [formal] Życzę Państwu udanego webinaru.
        [firm] Życzę powodzenia w organizacji webinaru.
        [brief] Udanego webinaru!
       *[warm] Trzymam kciuki za udany webinar.
    }
   *[other] { $tone ->
        [formal] Życzę Państwu udanego wydarzenia.
        [firm] Życzę Państwu powodzenia.
        [brief] Powodzenia!
       *[warm] Trzymam kciuki, żeby wszystko się udało.
    }
}

## academic_invitation

# Miejscownik po „udziału w”, bez rodzaju zaproszenia: „przedsięwzięciu „Guest Lectures”,
# którego organizatorem jest …”. Nazwa w cudzysłowie, bo może to być czasopismo, komisja
# albo konferencja: „przedsięwzięcie” pasuje do każdej z nich, „wydarzenie” nie.
invitation-phrase = { $has-event ->
    [true] przedsięwzięciu „{ $event }”
   *[false] tym przedsięwzięciu
}

# Czego dotyczy zaproszenie, w dopełniaczu po „zaproszenie do”. Nazwa podana przez
# użytkownika stoi w mianowniku po rzeczowniku określającym („czasopisma „…””, „komisji „…””,
# „wydarzenia …”), a instytucja po „w instytucji” albo jako podmiot zdania względnego
# („którego wydawcą jest …”, „którą powołuje …”, „które prowadzi …”).
academic-task = { $invitation ->
    [peer_review] zrecenzowania artykułu{ for-journal }
    [editorial_board] wejścia w skład komitetu redakcyjnego{ of-journal }
    [committee] { committee-seat }
    [guest_lecture] wygłoszenia wykładu gościnnego{ for-lecture }
    [program_committee] { program-committee-seat }
    [examiner] przygotowania recenzji rozprawy{ for-thesis }
   *[other] udziału w { invitation-phrase }
}

# To samo z tematem tam, gdzie pełniejsze tony go podają: „zrecenzowania artykułu na temat
# „praca zdalna” dla czasopisma „…””.
academic-task-on-topic = { $invitation ->
    [peer_review] zrecenzowania artykułu{ for-journal }{ topic-remark }
    [editorial_board] wejścia w skład komitetu redakcyjnego{ of-journal }
    [committee] { committee-seat }
    [guest_lecture] wygłoszenia wykładu gościnnego{ for-lecture }{ topic-remark }
    [program_committee] { program-committee-seat }
    [examiner] przygotowania recenzji rozprawy{ for-thesis }
   *[other] udziału w { invitation-phrase }{ topic-remark }
}

# „ dla czasopisma „Journal of Applied Logic”, którego wydawcą jest Acme”.
for-journal = { $has-event ->
    [true] {" "}dla czasopisma „{ $event }”
   *[false] { $has-organization ->
        [true] {" "}dla Państwa czasopisma
       *[false] {""}
    }
}

# „ czasopisma „Journal of Applied Logic”, którego wydawcą jest Acme”.
of-journal = { $has-event ->
    [true] {" "}czasopisma „{ $event }”
   *[false] { $has-organization ->
        [true] {" "}Państwa czasopisma
       *[false] {""}
    }
}

# „ podczas wydarzenia „Tydzień Nauk Humanistycznych”” (nazwa z rzeczownikiem rodzajowym nie
# jest „programem”), „ w ramach cyklu „Wykłady otwarte””. Uczelnia stoi w org-tail:
# „– cieszę się, że Uniwersytet Warszawski pomyślał o mnie”.
for-lecture = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { event-on-bare }
        [kind] { event-on-bare }
       *[other] {" "}w ramach cyklu „{ $event }”
    }
   *[false] {""}
}

# „ „Metody uczenia maszynowego” w postępowaniu, które prowadzi Uniwersytet Warszawski”.
for-thesis = { $has-event ->
    [true] {" "}„{ $event }”
   *[false] {""}
}

# Zaproszenie nazwane w temacie wiadomości.
academic-invitation-noun = { $invitation ->
    [peer_review] Prośba o recenzję artykułu
    [editorial_board] Zaproszenie do komitetu redakcyjnego
    [committee] Zaproszenie do prac komisji
    [guest_lecture] Zaproszenie do wygłoszenia wykładu gościnnego
    [program_committee] Zaproszenie do komitetu programowego
    [examiner] Prośba o recenzję rozprawy
   *[other] Zaproszenie
}

# To samo w bierniku po „Odpowiedź odmowna na”.
academic-invitation-reply = { $invitation ->
    [peer_review] prośbę o recenzję artykułu
    [editorial_board] zaproszenie do komitetu redakcyjnego
    [committee] zaproszenie do prac komisji
    [guest_lecture] zaproszenie do wygłoszenia wykładu gościnnego
    [program_committee] zaproszenie do komitetu programowego
    [examiner] prośbę o recenzję rozprawy
   *[other] zaproszenie
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-invitation-noun } – { $event }
        [firm] Odpowiedź na { academic-invitation-reply } – { $event }
        [brief] { academic-invitation-noun } – { $event }
       *[warm] Dziękuję za zaproszenie – { $event }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Odpowiedź na uprzejme zaproszenie
           *[other] { academic-invitation-noun }
        }
        [firm] Odpowiedź na { academic-invitation-reply }
        [brief] { academic-invitation-noun }
       *[warm] Dziękuję za miłe zaproszenie
    }
}

# Imiesłów zgodny z „przedsięwzięciu”; po zdaniu względnym z organizatorem przecinek zamyka
# to zdanie.

academic-invitation-thanks = { $tone ->
    [formal] Uprzejmie dziękuję za zaproszenie do { academic-task-on-topic }{ academic-tail-t }.
    [firm] Dziękuję za zaproszenie do { academic-task }{ academic-tail }.
    [brief] Dziękuję za zaproszenie do { academic-task }{ academic-tail }.
   *[warm] Serdecznie dziękuję za zaproszenie do { academic-task-on-topic }{ academic-tail-t }.
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Dziękuję za uprzejme zaproszenie do { academic-task }{ org-tail }; moje uznanie budzi { $detail }.
    [firm] Dziękuję za zaproszenie do { academic-task }{ org-tail }; moje uznanie budzi { $detail }.
    [brief] Dziękuję za zaproszenie – moje uznanie budzi { $detail }.
   *[warm] Serdecznie dziękuję za zaproszenie do { academic-task }{ org-tail }; szczególne uznanie budzi we mnie { $detail }.
}

academic-invitation-decision = { $tone ->
    [formal] { $reason ->
        [caregiving] Muszę niestety odmówić.
        [logistics] Muszę niestety odmówić.
        [timing] Muszę niestety odmówić.
        [accepted_offer] Muszę niestety odmówić.
       *[other] Po namyśle muszę niestety odmówić.
    }
    [firm] Nie mogę się tego podjąć – piszę od razu, aby mogli Państwo bez zwłoki zwrócić się do kogoś innego.
    [brief] Niestety muszę odmówić.
   *[warm] Z żalem muszę jednak odmówić.
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] Z przyjemnością pomogę przy zadaniu bliższym mojej dziedzinie i życzę wielu sukcesów { academic-wish }.
        [firm] Przy zadaniu bliższym mojej dziedzinie chętnie pomogę; życzę powodzenia { academic-wish }.
        [brief] Chętnie pomogę przy zadaniu bliższym mojej dziedzinie.
       *[warm] Chętnie pomogę, gdy pojawi się zadanie bliższe mojej dziedzinie, i życzę wielu sukcesów { academic-wish }.
    }
   *[other] { $tone ->
        [formal] Z przyjemnością rozważę kolejne zaproszenia i życzę wielu sukcesów { academic-wish }.
        [firm] Życzę powodzenia { academic-wish }; chętnie rozważę Państwa kolejne zaproszenie.
        [brief] Liczę na kolejną okazję do współpracy.
       *[warm] Mam nadzieję na współpracę przy innej okazji i życzę wielu sukcesów { academic-wish }.
    }
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
    [guest_lecture] w organizacji następnych wykładów
    [program_committee] w przygotowaniu programu
    [examiner] w dalszych pracach
   *[other] w dalszych pracach
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Prośba o zmianę terminu – { meeting-phrase }
    [firm] Zmiana terminu – { meeting-phrase }
    [brief] Nowy termin: { meeting-phrase }?
   *[warm] Propozycja nowego terminu – { meeting-phrase }
}

reschedule-thanks = { $tone ->
    [formal] { $invitation ->
        [screening_call] Dziękuję za { meeting-invitation } i za zainteresowanie moją kandydaturą.
        [interview] Dziękuję za { meeting-invitation } i za zainteresowanie moją kandydaturą.
        [final_round] Dziękuję za { meeting-invitation } i za zainteresowanie moją kandydaturą.
       *[other] Dziękuję za { meeting-invitation } – to dla mnie wyróżnienie.
    }
    [firm] Dziękuję za { meeting-invitation }.
    [brief] Dziękuję za { meeting-invitation }.
   *[warm] Bardzo dziękuję za { meeting-invitation } – cieszę się, że pomyśleli Państwo o mnie.
}

reschedule-thanks-detail = { $tone ->
    [formal] Dziękuję za { meeting-invitation } – duże wrażenie robi na mnie { $detail }.
    [firm] Dziękuję za { meeting-invitation } – moje uznanie budzi { $detail }.
    [brief] Dziękuję za zaproszenie – duże wrażenie robi na mnie { $detail }.
   *[warm] Bardzo dziękuję za { meeting-invitation } – szczególnie dobre wrażenie robi na mnie { $detail }.
}

# Proponowany termin jako okolicznik („na początku przyszłego miesiąca”, „12 marca”) po
# „termin”, bez przyimka przed nim. Po powodzie spójnik „w związku z tym”.
reschedule-proposal = { $tone ->
    [formal] Czy{ reschedule-therefore } moglibyśmy się umówić nieco później, na przykład { $proposed-time }?
    [firm] Proponuję{ reschedule-therefore }, byśmy umówili się później – najlepiej { $proposed-time }.
    [brief] Czy możemy umówić się później, np. { $proposed-time }?
   *[warm] Czy{ reschedule-therefore } moglibyśmy umówić się później, na przykład { $proposed-time }?
}

reschedule-door-open = { $tone ->
    [formal] Gdyby ten termin okazał się niedogodny, chętnie dostosuję się do Państwa kalendarza.
    [firm] Jeśli ta propozycja Państwu nie odpowiada, proszę wskazać dogodny moment – dostosuję się.
    [brief] Jeśli nie, chętnie dopasuję się do Państwa kalendarza.
   *[warm] Jeśli ten termin się nie sprawdzi, chętnie dopasuję się do Państwa planów.
}

reschedule-closing = { $tone ->
    [formal] Gdyby to Państwu nie odpowiadało, zrozumiem i postaram się dostosować do pierwotnych ustaleń.
    [firm] Jeśli nie będzie to możliwe, proszę o krótką informację.
    [brief] Jeśli nie, zrozumiem.
   *[warm] Jeśli to się nie uda, zrozumiem i postaram się dopasować do pierwotnych ustaleń.
}

reschedule-therefore = { $has-reason-note ->
    [true] {" "}w związku z tym
   *[false] { $reason ->
        [none] {""}
       *[other] {" "}w związku z tym
    }
}

## clarification_reply: odbiorca zapytał, czy coś mogłoby zmienić decyzję nadawcy.

clarification-reply-subject = { $tone ->
    [formal] Dziękuję za ponowny kontakt
    [firm] { $has-position ->
        [true] Odpowiedź w sprawie rekrutacji na stanowisko „{ $position }”
       *[false] Odpowiedź w sprawie rekrutacji
    }
    [brief] Dziękuję za wiadomość
   *[warm] Dziękuję za wiadomość
}

clarification-reply-thanks = { $tone ->
    [formal] Dziękuję za ponowny kontakt oraz za gotowość do rozważenia zmian.
    [firm] Dziękuję za wiadomość i gotowość do rozmowy o warunkach.
    [brief] Dziękuję za wiadomość.
   *[warm] Dziękuję za wiadomość i pytanie, czy coś mogłoby wpłynąć na moją decyzję – bardzo to doceniam.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Dziękuję za ponowny kontakt i gotowość do rozważenia zmian – moje uznanie budzi { $detail }.
    [firm] Dziękuję za wiadomość i gotowość do rozmowy o warunkach – moje uznanie budzi { $detail }.
    [brief] Dziękuję za wiadomość – moje uznanie budzi { $detail }.
   *[warm] Dziękuję za wiadomość i pytanie, czy coś mogłoby wpłynąć na moją decyzję – duże uznanie budzi we mnie { $detail }.
}

clarification-reply-decision = { $tone ->
    [formal] Po namyśle podtrzymuję jednak decyzję o rezygnacji z udziału w rekrutacji na { role-phrase }.
    [firm] Podtrzymuję jednak swoją decyzję i rezygnuję z udziału w rekrutacji na { role-phrase }.
    [brief] Moja decyzja pozostaje bez zmian.
   *[warm] Mimo to podtrzymuję rezygnację z udziału w rekrutacji na { role-phrase }.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Chętnie wrócę do tej rozmowy { $proposed-time } i dziękuję za zrozumienie.
        [firm] Jeśli { $proposed-time } pojawi się nowa możliwość, chętnie ją rozważę.
        [brief] Chętnie wrócę do tematu { $proposed-time }.
       *[warm] Bardzo chętnie wrócę do rozmowy { $proposed-time } i dziękuję za zrozumienie.
    }
   *[false] { $tone ->
        [formal] Liczę na Państwa zrozumienie i chętnie pozostanę w kontakcie.
        [firm] Liczę na zrozumienie; przyszłe propozycje chętnie rozważę.
        [brief] Liczę na zrozumienie – do usłyszenia!
       *[warm] Liczę na zrozumienie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.
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
        [firm] Liczę na zrozumienie.
        [brief] Liczę na zrozumienie.
       *[warm] Jeszcze raz serdecznie dziękuję za zrozumienie.
    }
}

## stay_in_touch: krótka wiadomość po odmowie.

# Biernik: „(dziękuję za) naszą rozmowę o stanowisku Product Designer w firmie Acme”.
conversation-phrase = { $has-topic ->
    [true] naszą rozmowę
   *[false] { $has-position ->
        [true] { $has-organization ->
            [true] naszą rozmowę o stanowisku „{ $position }”{ at-employer }
           *[false] naszą rozmowę o stanowisku „{ $position }”
        }
       *[false] naszą niedawną rozmowę
    }
}

# Temat rozmowy jako podmiot w mianowniku: „– praca zdalna to temat, który wciąż mnie ciekawi”.
conversation-topic = { $has-topic ->
    [true] {" "}– { $topic } to temat, który wciąż mnie ciekawi
   *[false] {""}
}

# Przed wyróżnikiem: z tematem „– … to temat, który wciąż mnie ciekawi, a”, bez niego „– wciąż”.
conversation-detail-lead = { $has-topic ->
    [true] {" "}– { $topic } to temat, który wciąż mnie ciekawi, a
   *[false] {" "}– wciąż
}

stay-in-touch-subject = { $tone ->
    [formal] Pozostańmy w kontakcie
    [brief] Pozostańmy w kontakcie
   *[other] Utrzymajmy kontakt
}

stay-in-touch-thanks = { $tone ->
    [formal] Jeszcze raz dziękuję za { conversation-phrase } i za Państwa czas{ conversation-topic }.
    [firm] Jeszcze raz dziękuję za { conversation-phrase }{ conversation-topic }.
    [brief] Dziękuję jeszcze raz za { conversation-phrase }{ conversation-topic }.
   *[warm] Miło wspominam { conversation-phrase } i jeszcze raz dziękuję za Państwa czas{ conversation-topic }.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] Jeszcze raz dziękuję za { conversation-phrase-detail }{ conversation-detail-lead } duże wrażenie robi na mnie { $detail }.
    [firm] Jeszcze raz dziękuję za { conversation-phrase-detail }{ conversation-detail-lead } duże wrażenie robi na mnie { $detail }.
    [brief] Dziękuję jeszcze raz za { conversation-phrase-detail }{ conversation-detail-lead } duże wrażenie robi na mnie { $detail }.
   *[warm] Jeszcze raz dziękuję za { conversation-phrase-detail }{ conversation-detail-lead } bardzo dobre wrażenie robi na mnie { $detail }.
}

stay-in-touch-connect = { $has-position ->
    [true] { $has-topic ->
        [true] { stay-in-touch-connect-named }
       *[false] { $has-organization ->
            [true] { $tone ->
                [formal] Będzie mi miło pozostać w kontakcie i śledzić, jak rozwija się Państwa zespół.
                [firm] Choć ta rekrutacja jest już dla mnie zamknięta, chętnie pozostanę w kontakcie.
                [brief] Pozostańmy w kontakcie – trzymam kciuki za cały zespół.
               *[warm] Chętnie pozostanę w kontakcie i będę z sympatią śledzić dalsze sukcesy zespołu.
            }
           *[false] { stay-in-touch-connect-named }
        }
    }
   *[false] { stay-in-touch-connect-named }
}

# Instytucja nazwana od rzeczownika rodzajowego („Uniwersytet …”, „Fundacja …”) nie jest
# „firmą”: nazwa jest podmiotem zdania podrzędnego („jak rozwija się Uniwersytet …”).
stay-in-touch-connect-institution = { $tone ->
    [formal] Będzie mi miło pozostać w kontakcie i śledzić projekty, nad którymi { org-grows } { $organization }.
    [firm] Choć ta rekrutacja jest już dla mnie zamknięta, chętnie pozostanę w kontakcie i będę śledzić projekty, nad którymi { org-grows } { $organization }.
    [brief] Pozostańmy w kontakcie – będę śledzić projekty, nad którymi { org-grows } { $organization }.
   *[warm] Chętnie pozostanę w kontakcie i będę z zainteresowaniem śledzić projekty, nad którymi { org-grows } { $organization }.
}

stay-in-touch-connect-company = { $has-organization ->
    [true] { $tone ->
        [formal] Będzie mi miło pozostać w kontakcie i śledzić dalszy rozwój firmy { $organization }.
        [firm] Choć ta rekrutacja jest już dla mnie zamknięta, chętnie pozostanę w kontakcie i będę śledzić rozwój firmy { $organization }.
        [brief] Pozostańmy w kontakcie – będę kibicować zespołowi { $organization }.
       *[warm] Chętnie pozostanę w kontakcie i będę kibicować rozwojowi firmy { $organization }.
    }
   *[false] { $tone ->
        [formal] Będzie mi miło pozostać w kontakcie.
        [firm] Choć ta rekrutacja jest już dla mnie zamknięta, chętnie pozostanę w kontakcie.
        [brief] Pozostańmy w kontakcie.
       *[warm] Chętnie pozostanę w kontakcie.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Gdyby potrzebna była moja pomoc, proszę o wiadomość.
    [firm] Proszę śmiało pisać w dowolnym momencie.
    [brief] Chętnie umówię się kiedyś na kawę.
   *[warm] Gdyby nadarzyła się okazja na kawę, proszę dać znać.
}

speaking-place = { $has-event ->
    [true] { event-on-bare }
   *[false] {""}
}

speaking-tail = { $has-organization ->
    [true] { org-tail }
   *[false] { $tone ->
        [warm] {" "}– to dla mnie wyróżnienie
       *[other] {""}
    }
}

committee-seat = { $has-event ->
    [true] { $event-gender ->
        [committee] zasiadania w gremium, jakim jest { $event }
        [commission] zasiadania w gremium, jakim jest { $event }
        [jury] zasiadania w gremium, jakim jest { $event }
       *[other] zasiadania w komisji „{ $event }”
    }
   *[false] zasiadania w komisji
}

program-committee-seat = { $has-event ->
    [true] { $event-gender ->
        [committee] zasiadania w gremium, jakim jest { $event }
        [commission] zasiadania w gremium, jakim jest { $event }
        [jury] zasiadania w gremium, jakim jest { $event }
        [unknown] { $event-shape ->
            [plain] zasiadania w komitecie programowym { $event }
           *[other] zasiadania w komitecie programowym wydarzenia „{ $event }”
        }
       *[other] zasiadania w komitecie programowym wydarzenia „{ $event }”
    }
   *[false] zasiadania w komitecie programowym
}

# Po uwadze o temacie organizator dołącza przez „i”; bez organizatora nic nie dopisujemy.
academic-tail-t = { $invitation ->
    [editorial_board] { academic-tail }
    [committee] { academic-tail }
    [program_committee] { academic-tail }
    [examiner] { academic-tail }
   *[other] { $has-topic ->
        [true] { $has-organization ->
            [true] { org-tail-and }
           *[false] {""}
        }
       *[false] { academic-tail }
    }
}

academic-tail = { $has-organization ->
    [true] { org-tail }
   *[false] { $tone ->
        [formal] {" "}– to dla mnie wyraz dużego zaufania
        [warm] {" "}– to dla mnie naprawdę wiele znaczy
       *[other] {""}
    }
}

conversation-phrase-detail = { $has-topic ->
    [true] { conversation-phrase }
   *[false] { $has-position ->
        [true] { conversation-phrase }
       *[false] nasze niedawne spotkanie
    }
}

stay-in-touch-connect-named = { $organization-shape ->
    [kind-first] { stay-in-touch-connect-institution }
    [kind] { stay-in-touch-connect-institution }
   *[other] { stay-in-touch-connect-company }
}
