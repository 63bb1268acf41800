### Części wspólne wszystkich listów: powitanie, podpis, frazy rzeczownikowe, własny powód
### nadawcy i polecenie innej osoby.
###
### Zasady gramatyczne tego pakietu:
### - Płeć nadawcy, adresata i polecanej osoby jest nieznana: bez form „Pan/Pani”, bez
###   czasu przeszłego i trybu przypuszczającego w 1. osobie (zdecydowałem/zdecydowałam,
###   chciałbym/chciałabym), bez przymiotników o nadawcy (wdzięczny/wdzięczna). Używamy
###   czasu teraźniejszego, przyszłego prostego, form bezosobowych (pomyślano o mnie) i „Państwo”.
### - Tekstów podanych przez użytkownika nie odmieniamy: stoją w mianowniku, po rzeczowniku
###   określającym („w firmie { $organization }”, „na stanowisko { $position }”), po dwukropku
###   albo w cudzysłowie („na temat „{ $topic }””).

## Powitanie i podpis

greeting = { $has-recipient ->
    [true] { $tone ->
        [formal] Dzień dobry, { $recipient },
        [firm] Dzień dobry, { $recipient },
       *[other] Dzień dobry, { $recipient },
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
    [brief] Mogę też polecić: { $referral }{ referral-expertise }{ referral-contact }.
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
        [media_interview] byłby to doskonały wybór do tego materiału
        [speaking_engagement] byłby to doskonały wybór do programu wydarzenia
        [academic_invitation] byłby to doskonały wybór na moje miejsce
       *[other] byłaby to mocna kandydatura na to stanowisko
    }
   *[other] { $scenario ->
        [media_interview] może to być świetny wybór do tego materiału
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
