### Powody: po jednym zdaniu, zawsze o dopasowaniu lub priorytetach nadawcy, nigdy o winie
### odbiorcy. Osobne brzmienie dla procesów rekrutacyjnych (job_interview,
### clarification_reply, stay_in_touch), dla zaproszeń (media_interview,
### speaking_engagement, academic_invitation) i dla zmiany terminu (reschedule), gdzie powód
### tłumaczy termin. `company_fit` nigdy nie nazywa zastrzeżeń.
### Bez czasu przeszłego i trybu przypuszczającego w 1. osobie: płeć nadawcy jest nieznana.
### stay_in_touch (accepted_offer): bez „bowiem”, bo nie poprzedza go żadna odmowa; nigdzie
### „Właśnie przyjmuję” (brzmi jak czynność w toku), tylko „Ostatecznie przyjmuję”.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Właśnie rozpoczynam pracę u nowego pracodawcy, a pierwsze tygodnie wymagają ode mnie pełnego zaangażowania.
        [brief] Właśnie zaczynam pracę u nowego pracodawcy.
       *[other] Właśnie zaczynam pracę w nowym miejscu, a pierwsze tygodnie wymagają ode mnie pełnego zaangażowania.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
    [stay_in_touch] { $tone ->
        [formal] Ostatecznie przyjmuję propozycję innego pracodawcy, która odpowiada moim obecnym celom zawodowym.
        [brief] Przyjmuję już ofertę innego pracodawcy.
       *[other] Ostatecznie przyjmuję inną ofertę, która dobrze wpisuje się w moje plany zawodowe.
    }
   *[other] { $tone ->
        [formal] Powodem jest przyjęcie oferty innego pracodawcy, która odpowiada moim obecnym celom zawodowym.
        [brief] Wybieram ofertę innego pracodawcy.
       *[other] Zdecydowało o tym przyjęcie oferty innego pracodawcy, która dobrze wpisuje się w moje plany zawodowe.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Rozpoczynam zatrudnienie u nowego pracodawcy i na czas wdrożenia ograniczam dodatkowe zobowiązania.
    [brief] Właśnie zmieniam pracodawcę i ograniczam teraz dodatkowe zobowiązania.
   *[other] Właśnie zmieniam pracodawcę i na czas wdrożenia ograniczam dodatkowe zobowiązania.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Jestem obecnie w intensywnej fazie projektu, a zależy mi na tym, by przygotować się bez pośpiechu.
        [brief] Jestem teraz w intensywnej fazie projektu.
       *[other] Jestem w samym środku intensywnej fazy projektu, a zależy mi, żeby przygotować się bez pośpiechu.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Obecnie koncentruję się na rolach, w których w większym stopniu wykorzystam swoje kluczowe kompetencje.
        [brief] Szukam teraz pracy w nieco innym kierunku.
       *[other] Skupiam się teraz na rolach, w których lepiej wykorzystam swoje kluczowe kompetencje.
    }
}
engagement-career-focus = { $tone ->
    [formal] W tym okresie poświęcam swój czas kilku kluczowym projektom.
    [brief] W najbliższych miesiącach skupiam się na kilku kluczowych projektach.
   *[other] W najbliższych miesiącach poświęcam swój czas kilku kluczowym projektom.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Zanim przejdziemy dalej, chcę jeszcze doprecyzować kilka kwestii dotyczących warunków współpracy.
        [brief] Najpierw chcę doprecyzować swoje warunki.
       *[other] Najpierw chcę jeszcze doprecyzować kilka kwestii dotyczących moich warunków.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] Szukam oferty, która na tym etapie kariery lepiej odpowiadałaby moim oczekiwaniom finansowym.
        [brief] Szukam oferty bliższej moim oczekiwaniom finansowym.
       *[other] Szukam oferty, która na tym etapie lepiej odpowiadałaby moim oczekiwaniom finansowym.
    }
}
engagement-compensation = { $tone ->
    [formal] Obecnie przyjmuję wyłącznie zlecenia zgodne z moimi warunkami zawodowymi.
    [brief] Przyjmuję teraz tylko zlecenia na moich standardowych warunkach.
   *[other] Obecnie przyjmuję tylko zlecenia na moich standardowych warunkach.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] W proponowanym terminie mam już inne zobowiązanie, którego nie mogę przesunąć.
        [brief] W tym terminie mam już inne zobowiązanie.
       *[other] Niestety w tym terminie mam już inne zobowiązanie, którego nie da się przesunąć.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Analiza bieżących zobowiązań prowadzi mnie do wniosku, że to nie jest właściwy moment na zmianę.
        [brief] To nie jest dla mnie dobry czas na nową pracę.
       *[other] Biorąc pod uwagę obecne zobowiązania, widzę, że to nie jest dla mnie dobry moment na zmianę.
    }
}
# Praca w komisji czy komitecie trwa przez pewien okres, nie jednego dnia.
engagement-timing = { $invitation ->
    [committee] { engagement-timing-period }
    [editorial_board] { engagement-timing-period }
    [program_committee] { engagement-timing-period }
   *[other] { $tone ->
        [formal] Proponowany termin koliduje z moimi innymi zobowiązaniami.
        [brief] Termin koliduje z innymi zobowiązaniami.
       *[other] W proponowanym terminie mam już zobowiązania, których nie mogę przesunąć.
    }
}
engagement-timing-period = { $tone ->
    [formal] W tym okresie mam już zaplanowane inne obowiązki.
    [brief] Ten okres mam już zajęty innymi zobowiązaniami.
   *[other] Na ten okres mam już zaplanowane inne zobowiązania.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] W wyznaczonym dniu będę niestety w podróży służbowej.
        [brief] W tym dniu będę w podróży.
       *[other] Akurat w tym dniu będę niestety w podróży służbowej.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Priorytetowo traktuję oferty, których lokalizacja i organizacja pracy odpowiadają mojej obecnej sytuacji.
        [brief] Szukam pracy o lokalizacji i trybie dopasowanych do moich potrzeb.
       *[other] Szukam teraz pracy, której lokalizacja i tryb odpowiadają moim obecnym okolicznościom.
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
        [formal] W wyznaczonym dniu muszę zająć się bliską osobą.
        [brief] W tym dniu opiekuję się bliską osobą.
       *[other] Obecnie opiekuję się bliską osobą i moja dostępność jest mocno ograniczona.
    }
   *[other] { $tone ->
        [formal] Opieka nad kimś bliskim wymaga obecnie mojej pełnej uwagi.
        [brief] Opieka nad kimś bliskim wymaga teraz mojej pełnej uwagi.
       *[other] Opieka nad kimś bliskim wymaga teraz mojej obecności i chcę się temu w pełni poświęcić.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Potrzebuję więcej czasu do namysłu, aby dobrze się przygotować.
        [brief] Potrzebuję jeszcze chwili do namysłu.
       *[other] Potrzebuję trochę więcej czasu do namysłu, żeby dobrze się przygotować.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Zamierzam skupić się na ofertach, które lepiej odpowiadają moim planom zawodowym.
        [brief] Obieram nieco inny kierunek zawodowy.
       *[other] Chcę skupić się na ofertach lepiej odpowiadających kierunkowi, w jakim się teraz rozwijam.
    }
}
engagement-company-fit = { $tone ->
    [formal] Ograniczam swoje zobowiązania do tych, które ściśle wiążą się z moimi obecnymi priorytetami.
    [brief] Trzymam się teraz kilku bieżących priorytetów.
   *[other] Ograniczam swoje zobowiązania do tych, które są ściśle związane z moimi obecnymi priorytetami.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Potrzebuję jeszcze czasu, by zastanowić się, jak zakres obowiązków ma się do mojego doświadczenia.
        [brief] Potrzebuję czasu, by przemyśleć zakres obowiązków.
       *[other] Potrzebuję jeszcze chwili, żeby przemyśleć, jak zakres obowiązków ma się do mojego doświadczenia.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Szukam pracy, która pozwoli wykorzystać pełen zakres mojego doświadczenia.
        [brief] Szukam roli o szerszym zakresie odpowiedzialności.
       *[other] Szukam pracy, w której wykorzystam całe swoje doświadczenie.
    }
}
engagement-overqualified = { $tone ->
    [formal] Swój czas przeznaczam przede wszystkim na projekty, w których mogę w pełni wykorzystać swoje doświadczenie.
    [brief] Skupiam się teraz na projektach na miarę mojego doświadczenia.
   *[other] Skupiam się teraz na projektach, w których w pełni wykorzystam swoje doświadczenie.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Najbliższe tygodnie wiążą się z wieloma zobowiązaniami, a chcę poświęcić tej sprawie uwagę, na jaką zasługuje.
        [brief] Najbliższe tygodnie mam w pełni zaplanowane.
       *[other] W najbliższych tygodniach czeka mnie sporo zobowiązań, a zależy mi na spokojnym przygotowaniu.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Obecne zobowiązania nie pozwoliłyby mi poświęcić temu procesowi uwagi, na jaką zasługuje.
        [brief] Nie zdołam poświęcić temu procesowi należytej uwagi.
       *[other] Obecne obowiązki nie pozwoliłyby mi zaangażować się w ten proces tak, jak na to zasługuje.
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
        [formal] Obecne zobowiązania nie pozwoliłyby mi przygotować { speaking-prep } z należytą starannością.
        [brief] Nie zdołam należycie przygotować { speaking-prep }.
       *[other] Moje obecne zobowiązania nie pozwoliłyby mi przygotować { speaking-prep } z należytą starannością.
    }
   *[other] { $tone ->
        [formal] Obecne zobowiązania nie pozwoliłyby mi przygotować przemyślanej wypowiedzi.
        [brief] Nie zdołam przygotować przemyślanej wypowiedzi.
       *[other] Moje obecne zobowiązania nie pozwoliłyby mi przygotować przemyślanej wypowiedzi.
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Potrzebuję czasu na rzetelne przygotowanie, ponieważ zagadnienie wykracza poza zakres moich zwykłych zainteresowań.
        [brief] Potrzebuję czasu na rzetelne przygotowanie.
       *[other] Potrzebuję trochę czasu na solidne przygotowanie, bo zagadnienie wykracza nieco poza to, czym zwykle się zajmuję.
    }
    [media_interview] { $tone ->
        [formal] To zagadnienie wykracza poza moją specjalizację, a { media-audience-deserves }, który zajmuje się nim na co dzień.
        [brief] To zagadnienie wykracza poza moją specjalizację.
       *[other] To zagadnienie leży poza moją specjalizacją, a { media-audience } zasługują na eksperta, który zajmuje się nim na co dzień.
    }
    [speaking_engagement] { $tone ->
        [formal] To zagadnienie wykracza poza moją specjalizację, a { speaking-audience-deserves } kogoś, kto zajmuje się nim bezpośrednio.
        [brief] To zagadnienie wykracza poza moją specjalizację.
       *[other] To zagadnienie leży poza moją specjalizacją, a { speaking-audience-deserves } kogoś, kto zajmuje się nim na co dzień.
    }
    [academic_invitation] { $tone ->
        [formal] Tematyka wykracza poza zakres moich badań, dlatego lepiej sprawdzi się tu ekspert, który zajmuje się nią bezpośrednio.
        [brief] Tematyka wykracza poza zakres moich badań.
       *[other] Tematyka leży poza kręgiem moich zainteresowań badawczych, a tu lepiej sprawdzi się ekspert, który zajmuje się nią na co dzień.
    }
   *[other] { $tone ->
        [formal] Zakres obowiązków wykracza poza dziedzinę, w której mogę wnieść najwięcej.
        [brief] Zakres obowiązków leży poza moją główną specjalizacją.
       *[other] Widzę, że zakres obowiązków leży poza dziedziną, w której mogę wnieść najwięcej.
    }
}

# Dla kogo jest materiał dziennikarza: artykuł i komentarz mają czytelników, podcast słuchaczy.
media-audience = { $invitation ->
    [article] czytelnicy
    [comment] czytelnicy
    [podcast] słuchacze
   *[other] odbiorcy
}

# To samo w wersji oficjalnej, z tym, na co zasługują: czytelnikom należy się wypowiedź
# czy komentarz eksperta, słuchaczom i odbiorcom rozmowa z ekspertem.
media-audience-deserves = { $invitation ->
    [article] czytelnicy zasługują na wypowiedź eksperta
    [comment] czytelnicy zasługują na komentarz eksperta
    [podcast] słuchacze zasługują na rozmowę z ekspertem
   *[other] odbiorcy zasługują na rozmowę z ekspertem
}

# Kto słucha i czego oczekuje: warsztaty i webinar mają uczestników i prowadzącego, nie
# „publiczność” i „prelegenta”. Dopełniacz po „zasługuje/zasługują na … osoby”.
speaking-audience-deserves = { $invitation ->
    [workshop] uczestnicy zasługują na zajęcia prowadzone przez
    [webinar] uczestnicy zasługują na webinar prowadzony przez
   *[other] publiczność zasługuje na głos
}

# Co nadawca miałby przygotować, w dopełniaczu po przeczeniu: warsztatów nikt nie nazywa
# „wystąpieniem” (panel pl ab10 #11).
speaking-prep = { $invitation ->
    [workshop] { $event-gender ->
        [plural] zajęć
       *[other] warsztatów
    }
    [webinar] webinaru
    [panel] się do dyskusji
   *[other] wystąpienia
}
