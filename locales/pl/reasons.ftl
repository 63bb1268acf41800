### Powody: po jednym zdaniu, zawsze o dopasowaniu lub priorytetach nadawcy, nigdy o winie
### odbiorcy. Osobne brzmienie dla procesów rekrutacyjnych (job_interview,
### clarification_reply, stay_in_touch), dla zaproszeń (media_interview,
### speaking_engagement, academic_invitation) i dla zmiany terminu (reschedule), gdzie powód
### tłumaczy termin. `company_fit` nigdy nie nazywa zastrzeżeń.
### Bez czasu przeszłego i trybu przypuszczającego w 1. osobie: płeć nadawcy jest nieznana.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Właśnie rozpoczynam pracę na nowym stanowisku, a pierwsze tygodnie wymagają ode mnie pełnego zaangażowania.
        [brief] Właśnie zaczynam pracę w nowym miejscu.
       *[other] Właśnie zaczynam pracę w nowym miejscu, a pierwsze tygodnie wymagają ode mnie pełnego zaangażowania.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Obejmuję wkrótce inne stanowisko, które ściśle odpowiada moim obecnym celom zawodowym.
        [brief] Przyjmuję inną propozycję pracy.
       *[other] Przyjmuję właśnie inną propozycję, która bardzo dobrze odpowiada moim obecnym celom.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Rozpoczynam właśnie pracę na nowym stanowisku i na czas wdrożenia ograniczam dodatkowe zobowiązania.
    [brief] Właśnie zaczynam nową pracę i nie przyjmuję teraz dodatkowych zobowiązań.
   *[other] Właśnie zaczynam pracę w nowym miejscu i na czas wdrożenia ograniczam dodatkowe zobowiązania.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Jestem w intensywnej fazie projektu i chcę poświęcić naszej rozmowie pełną uwagę.
        [brief] Jestem teraz w intensywnej fazie projektu.
       *[other] Jestem w samym środku intensywnej fazy projektu i chcę poświęcić naszej rozmowie pełną uwagę.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Obecnie koncentruję się na stanowiskach, które w większym stopniu wykorzystują moje kluczowe kompetencje.
        [brief] Obecnie szukam pracy w nieco innym kierunku.
       *[other] Obecnie skupiam się na rolach, które bardziej bezpośrednio opierają się na moich kluczowych kompetencjach.
    }
}
engagement-career-focus = { $tone ->
    [formal] W tym okresie poświęcam swój czas kilku kluczowym projektom.
    [brief] W najbliższych miesiącach skupiam się na kilku kluczowych projektach.
   *[other] W najbliższych miesiącach poświęcam swój czas kilku kluczowym projektom.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Przed naszą rozmową chcę jeszcze doprecyzować kilka kwestii dotyczących moich warunków.
        [brief] Najpierw chcę doprecyzować swoje warunki.
       *[other] Przed rozmową chcę jeszcze doprecyzować kilka kwestii dotyczących moich warunków.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] Szukam stanowiska, które na tym etapie kariery ściślej odpowiada moim oczekiwaniom finansowym.
        [brief] Szukam roli bliższej moim oczekiwaniom finansowym.
       *[other] Szukam stanowiska, które na tym etapie lepiej odpowiada moim oczekiwaniom finansowym.
    }
}
engagement-compensation = { $tone ->
    [formal] Obecnie podejmuję się wyłącznie współpracy zgodnej z moimi warunkami zawodowymi.
    [brief] Przyjmuję teraz tylko zaproszenia na moich zwykłych warunkach.
   *[other] Obecnie podejmuję się tylko współpracy na moich zwykłych warunkach zawodowych.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Zbliża się termin zakończenia projektu, któremu chcę poświęcić pełną uwagę.
        [brief] Zbliża się termin oddania projektu.
       *[other] Jestem tuż przed terminem oddania projektu i chcę poświęcić mu pełną uwagę.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Po przeanalizowaniu bieżących zobowiązań dochodzę do wniosku, że to nie jest właściwy moment na zmianę.
        [brief] To nie jest dla mnie dobry moment.
       *[other] Po przejrzeniu swoich zobowiązań widzę, że to nie jest dla mnie dobry moment na zmianę.
    }
}
engagement-timing = { $tone ->
    [formal] Termin pokrywa się z zobowiązaniami, które zostały już przeze mnie podjęte.
    [brief] Termin koliduje z wcześniejszymi zobowiązaniami.
   *[other] Termin pokrywa się z moimi wcześniejszymi zobowiązaniami.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] W pierwotnie proponowanym terminie przewidziana jest moja podróż służbowa.
        [brief] W pierwotnym terminie będę w podróży.
       *[other] Mój plan podróży pokrywa się z terminem, o którym była mowa.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Priorytetowo traktuję stanowiska, których lokalizacja i organizacja pracy odpowiadają mojej obecnej sytuacji.
        [brief] Szukam ról o lokalizacji i trybie pracy dopasowanych do moich potrzeb.
       *[other] Stawiam teraz na role, których lokalizacja i tryb pracy odpowiadają moim obecnym okolicznościom.
    }
}
# Webinar, wypowiedź pisemna czy recenzja nie wymagają podróży, tylko miejsca w kalendarzu.
engagement-logistics = { $invitation ->
    [webinar] { engagement-logistics-remote }
    [article] { engagement-logistics-remote }
    [comment] { engagement-logistics-remote }
    [peer_review] { engagement-logistics-remote }
    [editorial_board] { engagement-logistics-remote }
   *[other] { $tone ->
        [formal] Nie jestem obecnie w stanie zorganizować związanej z tym podróży ani dopasować terminów.
        [brief] Nie jestem teraz w stanie zorganizować podróży.
       *[other] W tej chwili nie jestem w stanie zorganizować podróży i dopasować terminów.
    }
}

engagement-logistics-remote = { $tone ->
    [formal] Nie jestem obecnie w stanie pogodzić tego z innymi terminami.
    [brief] Nie jestem teraz w stanie znaleźć na to czasu w kalendarzu.
   *[other] W tej chwili nie jestem w stanie dopasować do tego swoich terminów.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] W tym okresie obowiązki opiekuńcze w rodzinie wymagają mojej uwagi.
        [brief] W tym czasie mam obowiązki opiekuńcze.
       *[other] W tym czasie obowiązki opiekuńcze w rodzinie wymagają mojej obecności.
    }
   *[other] { $tone ->
        [formal] Obowiązki opiekuńcze wymagają obecnie mojej pełnej uwagi.
        [brief] Obowiązki opiekuńcze wymagają teraz mojej uwagi.
       *[other] Obowiązki opiekuńcze wymagają teraz mojej uwagi i chcę się im w pełni poświęcić.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Potrzebuję nieco więcej czasu do namysłu, aby nasza rozmowa była jak najbardziej owocna.
        [brief] Potrzebuję jeszcze chwili do namysłu.
       *[other] Potrzebuję trochę więcej czasu do namysłu, żeby nasza rozmowa była jak najbardziej owocna.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Koncentruję się na możliwościach, które ściślej odpowiadają obecnemu kierunkowi mojego rozwoju.
        [brief] Obieram nieco inny kierunek zawodowy.
       *[other] Stawiam na możliwości, które ściślej odpowiadają kierunkowi, w jakim się teraz rozwijam.
    }
}
engagement-company-fit = { $tone ->
    [formal] Ograniczam swoje zobowiązania do tych, które ściśle wiążą się z moimi obecnymi priorytetami.
    [brief] Trzymam się teraz kilku bieżących priorytetów.
   *[other] Ograniczam swoje zobowiązania do tych, które są ściśle związane z moimi obecnymi priorytetami.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Przed rozmową potrzebuję czasu, by zastanowić się, jak zakres stanowiska ma się do mojego doświadczenia.
        [brief] Najpierw potrzebuję czasu, by przemyśleć zakres stanowiska.
       *[other] Przed rozmową potrzebuję chwili, żeby przemyśleć, jak zakres roli ma się do mojego doświadczenia.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Szukam stanowiska, które pozwoli wykorzystać pełen zakres mojego doświadczenia.
        [brief] Szukam roli na innym poziomie.
       *[other] Szukam roli, w której wykorzystam całe swoje doświadczenie.
    }
}
engagement-overqualified = { $tone ->
    [formal] Swój czas przeznaczam przede wszystkim na przedsięwzięcia wymagające perspektywy osoby o dłuższym doświadczeniu.
    [brief] Skupiam się na przedsięwzięciach na innym poziomie.
   *[other] Swój czas przeznaczam głównie na przedsięwzięcia, które wymagają perspektywy osoby z dłuższym stażem.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Najbliższe tygodnie wiążą się z wieloma zobowiązaniami, a chcę poświęcić tej sprawie uwagę, na jaką zasługuje.
        [brief] Najbliższe tygodnie mam w pełni zaplanowane.
       *[other] W najbliższych tygodniach czeka mnie sporo zobowiązań, a chcę poświęcić tej rozmowie uwagę, na jaką zasługuje.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Obecne zobowiązania nie pozwoliłyby mi poświęcić temu procesowi uwagi, na jaką zasługuje.
        [brief] Nie zdołam poświęcić temu procesowi należytej uwagi.
       *[other] Moje obecne zobowiązania nie zostawiłyby mi przestrzeni, by poświęcić temu procesowi uwagę, na jaką zasługuje.
    }
}
# Co nadawca miałby przygotować: recenzji czy pracy w komitecie się „nie przygotowuje”.
engagement-bandwidth = { $scenario ->
    [academic_invitation] { $tone ->
        [formal] Obecne zobowiązania nie pozwoliłyby mi poświęcić temu zadaniu tyle uwagi, ile ono wymaga.
        [brief] Nie zdołam teraz poświęcić temu zadaniu należytej uwagi.
       *[other] Moje obecne zobowiązania nie pozwoliłyby mi poświęcić temu zadaniu tyle uwagi, ile ono wymaga.
    }
    [speaking_engagement] { $tone ->
        [formal] Obecne zobowiązania nie pozwoliłyby mi przygotować wystąpienia z należytą starannością.
        [brief] Nie zdołam należycie przygotować wystąpienia.
       *[other] Moje obecne zobowiązania nie pozwoliłyby mi przygotować wystąpienia z należytą starannością.
    }
   *[other] { $tone ->
        [formal] Obecne zobowiązania nie pozwoliłyby mi przygotować rzetelnej wypowiedzi.
        [brief] Nie zdołam przygotować rzetelnej wypowiedzi.
       *[other] Moje obecne zobowiązania nie pozwoliłyby mi przygotować rzetelnej wypowiedzi.
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Potrzebuję czasu na rzetelne przygotowanie, ponieważ temat wykracza nieco poza zakres moich zwykłych zainteresowań.
        [brief] Potrzebuję czasu na rzetelne przygotowanie.
       *[other] Potrzebuję trochę czasu na solidne przygotowanie, bo temat wykracza nieco poza to, czym zwykle się zajmuję.
    }
    [media_interview] { $tone ->
        [formal] Temat wykracza poza obszar mojej specjalizacji, a odbiorcy zasługują na rozmowę z osobą, która zajmuje się nim bezpośrednio.
        [brief] Temat wykracza poza moją specjalizację.
       *[other] Temat leży poza moją główną specjalizacją, a odbiorcy zasługują na kogoś, kto jest mu bliższy.
    }
    [speaking_engagement] { $tone ->
        [formal] Temat wykracza poza obszar mojej specjalizacji, a publiczność zasługuje na wystąpienie osoby, która zajmuje się nim bezpośrednio.
        [brief] Temat wykracza poza moją specjalizację.
       *[other] Temat leży poza moją główną specjalizacją, a publiczność zasługuje na kogoś, kto jest mu bliższy.
    }
    [academic_invitation] { $tone ->
        [formal] Tematyka wykracza poza obszar moich badań, dlatego to zadanie powinna podjąć osoba, która zajmuje się nią bezpośrednio.
        [brief] Tematyka wykracza poza obszar moich badań.
       *[other] Tematyka leży poza obszarem moich badań, a to zadanie wymaga kogoś, kto zajmuje się nią na co dzień.
    }
   *[other] { $tone ->
        [formal] Po namyśle widzę, że to stanowisko wykracza poza obszar, w którym mogę wnieść najwięcej.
        [brief] To stanowisko leży poza moją główną specjalizacją.
       *[other] Po zastanowieniu widzę, że ta rola leży poza obszarem, w którym mogę wnieść najwięcej.
    }
}
