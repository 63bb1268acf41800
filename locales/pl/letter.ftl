### Części wspólne wszystkich listów: powitanie, podpis, frazy rzeczownikowe, własny powód
### nadawcy i polecenie innej osoby.
###
### Zasady gramatyczne tego pakietu:
### - Płeć nadawcy, adresata i polecanej osoby jest nieznana: bez form „Pan/Pani” (wyjątek:
###   powitanie, gdy nadawca sam poda formę adresata w $recipient-form), bez czasu przeszłego
###   i trybu przypuszczającego w 1. osobie (zdecydowałem/zdecydowałam, chciałbym/chciałabym), bez przymiotników o nadawcy (wdzięczny/wdzięczna). Używamy
###   czasu teraźniejszego, przyszłego prostego, form bezosobowych (pomyślano o mnie) i „Państwo”.
### - Tekstów podanych przez użytkownika nie odmieniamy: stoją w mianowniku, po rzeczowniku
###   określającym („w firmie { $organization }”, „na stanowisko { $position }”), po dwukropku
###   albo w cudzysłowie („na temat „{ $topic }””).

## Powitanie i podpis
##
## Adresat przychodzi w częściach: $recipient (pełne imię i nazwisko), $recipient-given,
## $recipient-family, $recipient-title-kind (rodzaj tytułu z [titles] w pack.toml albo „other”
## lub „none”), $recipient-title (tytuł tak, jak go wpisano) i $recipient-form (feminine,
## masculine, neutral; zawsze od nadawcy, nigdy zgadywane z imienia).
##
## Polskie powitanie nie zawiera imienia ani nazwiska: wołacza imienia („Pani Anno”) nie da się
## utworzyć niezawodnie, a „Pani Berg” / „Panie Kowalski” brzmi urzędowo lub niegrzecznie.
## Piszemy „Szanowna Pani,” / „Szanowny Panie,” albo z tytułem w wołaczu („Szanowna Pani
## Profesor,”, „Szanowny Panie Doktorze,”). Forma „neutral” (płeć nieznana) dostaje zawsze
## „Dzień dobry,”: „Szanowna Pani / Szanowny Panie” z ukośnikiem to język formularzy.
## Tytuł nieznany pakietowi („other”) wstawiamy po „Pani” tak, jak go wpisano („Szanowna Pani
## Senator,”: żeńska forma adresatywna tytułu jest nieodmienna); po „Panie” wymagałby wołacza
## („Senatorze”), którego nie umiemy utworzyć, więc piszemy samo „Szanowny Panie,”.

greeting = { $has-recipient ->
    [true] { $tone ->
        [formal] { greeting-formal }
        [firm] { greeting-formal }
        [brief] { greeting-warm }
       *[other] { greeting-warm }
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Szanowni Członkowie Komitetu Organizacyjnego,
            [firm] Szanowni Organizatorzy,
           *[other] Dzień dobry,
        }
        [academic_invitation] { $tone ->
            [formal] Szanowne Koleżanki i Szanowni Koledzy,
            [firm] Szanowni Państwo,
           *[other] Dzień dobry,
        }
       *[other] { $tone ->
            [formal] Szanowni Państwo,
           *[other] Dzień dobry,
        }
    }
}

# Ton formalny i stanowczy: „Szanowna Pani Profesor,”, „Szanowny Panie Doktorze,”, „Szanowna Pani,”.
greeting-formal = { $recipient-form ->
    [feminine] { $recipient-title-kind ->
        [professor] Szanowna Pani Profesor,
        [habilitated] Szanowna Pani Profesor,
        [doctor] Szanowna Pani Doktor,
        [director] Szanowna Pani Dyrektor,
        [president] Szanowna Pani Prezes,
        [dean] Szanowna Pani Dziekan,
        [rector] Szanowna Pani Rektor,
        [attorney] Szanowna Pani Mecenas,
        [minister] Szanowna Pani Minister,
        [plain] Szanowna Pani,
        [none] Szanowna Pani,
       *[other] Szanowna Pani { $recipient-title },
    }
    [masculine] { $recipient-title-kind ->
        [professor] Szanowny Panie Profesorze,
        [habilitated] Szanowny Panie Profesorze,
        [doctor] Szanowny Panie Doktorze,
        [director] Szanowny Panie Dyrektorze,
        [president] Szanowny Panie Prezesie,
        [dean] Szanowny Panie Dziekanie,
        [rector] Szanowny Panie Rektorze,
        [attorney] Szanowny Panie Mecenasie,
        [minister] Szanowny Panie Ministrze,
       *[other] Szanowny Panie,
    }
   *[neutral] Dzień dobry,
}

# Ton ciepły i zwięzły: „Dzień dobry, Pani Profesor,”, „Dzień dobry, Panie Doktorze,”, „Dzień dobry,”.
greeting-warm = { $recipient-form ->
    [feminine] { $recipient-title-kind ->
        [professor] Dzień dobry, Pani Profesor,
        [habilitated] Dzień dobry, Pani Profesor,
        [doctor] Dzień dobry, Pani Doktor,
        [director] Dzień dobry, Pani Dyrektor,
        [president] Dzień dobry, Pani Prezes,
        [dean] Dzień dobry, Pani Dziekan,
        [rector] Dzień dobry, Pani Rektor,
        [attorney] Dzień dobry, Pani Mecenas,
        [minister] Dzień dobry, Pani Minister,
        [plain] Dzień dobry,
        [none] Dzień dobry,
       *[other] Dzień dobry, Pani { $recipient-title },
    }
    [masculine] { $recipient-title-kind ->
        [professor] Dzień dobry, Panie Profesorze,
        [habilitated] Dzień dobry, Panie Profesorze,
        [doctor] Dzień dobry, Panie Doktorze,
        [director] Dzień dobry, Panie Dyrektorze,
        [president] Dzień dobry, Panie Prezesie,
        [dean] Dzień dobry, Panie Dziekanie,
        [rector] Dzień dobry, Panie Rektorze,
        [attorney] Dzień dobry, Panie Mecenasie,
        [minister] Dzień dobry, Panie Ministrze,
       *[other] Dzień dobry,
    }
   *[neutral] Dzień dobry,
}

generic-hiring-greeting = { $tone ->
    [formal] Szanowni Państwo,
    [firm] Szanowni Państwo,
   *[other] Dzień dobry,
}

signature = { $tone ->
    [formal]
        Z wyrazami szacunku,
        { $sender }
    [firm]
        Z poważaniem,
        { $sender }
    [brief]
        Pozdrawiam,
        { $sender }
   *[warm]
        Pozdrawiam serdecznie,
        { $sender }
}

## Frazy rzeczownikowe używane wewnątrz zdań

# Biernik po „na”: „(kandydatury na) stanowisko Product Designer w firmie Acme”.
# „Stanowisko” ma w mianowniku i bierniku tę samą formę.
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] stanowisko { $position } w firmie { $organization }
       *[false] stanowisko { $position }
    }
   *[false] { $has-organization ->
        [true] stanowisko w firmie { $organization }
       *[false] to stanowisko
    }
}

# Przedmiot zmiany terminu. Zawsze rzeczownik nijaki („spotkanie”, „wydarzenie”), bo ma
# jednakowy mianownik i biernik: „Zmiana terminu: …” i „zaproszenie na …”.
meeting-phrase = { $has-event ->
    [true] wydarzenie { $event }
   *[false] { $has-position ->
        [true] spotkanie rekrutacyjne na stanowisko { $position }
       *[false] { $has-topic ->
            [true] nasze spotkanie na temat „{ $topic }”
           *[false] nasze spotkanie
        }
    }
}

# Zdanie względne po rzeczowniku nijakim w liczbie pojedynczej („wydarzenia”, „wydarzeniu”,
# „przedsięwzięciu”): nazwa organizatora zostaje w mianowniku.
at-organization = { $has-organization ->
    [true] , którego organizatorem jest { $organization }
   *[false] {""}
}

## Własny powód nadawcy (jego końcowa kropka jest usuwana, zanim tu trafi).

reason-note = { $reason-note }.

## Polecenie innej osoby (płeć nieznana: „osoba”, „kandydatura”, „wybór”; nazwisko po dwukropku)

referral = { $tone ->
    [formal] Jeśli okaże się to pomocne, pozwalam sobie polecić osobę z mojego otoczenia zawodowego: { $referral }{ referral-expertise } – { referral-fit }{ referral-contact }.
    [brief] Polecam też osobę z mojego otoczenia: { $referral }{ referral-expertise }{ referral-contact }.
   *[other] Jeśli to pomoże, mogę polecić osobę z mojego otoczenia: { $referral }{ referral-expertise } – { referral-fit }{ referral-contact }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] {" "}(obszar specjalizacji: { $referral-expertise })
        [brief] {" "}(specjalizacja: { $referral-expertise })
       *[other] {" "}(specjalizacja: { $referral-expertise })
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] byłby to doskonały wybór dla Państwa redakcji
        [speaking_engagement] byłby to doskonały wybór do programu wydarzenia
        [academic_invitation] byłby to doskonały wybór na moje miejsce
       *[other] byłaby to mocna kandydatura na to stanowisko
    }
   *[other] { $scenario ->
        [media_interview] może to być świetny wybór dla Państwa redakcji
        [speaking_engagement] może to być świetny wybór do programu wydarzenia
        [academic_invitation] może to być znakomity wybór na moje miejsce
       *[other] może to być mocna kandydatura
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] ; dane kontaktowe: { $referral }, { $referral-contact }
        [brief] , kontakt: { $referral-contact }
       *[other] ; kontakt: { $referral-contact }
    }
   *[false] {""}
}
