### Części wspólne wszystkich listów: powitanie, podpis, frazy rzeczownikowe, własny powód
### nadawcy i polecenie innej osoby.
###
### Zasady gramatyczne tego pakietu:
### - Płeć nadawcy, adresata i polecanej osoby jest nieznana: bez form „Pan/Pani” (wyjątek:
###   powitanie, gdy nadawca sam poda formę adresata w $recipient-form), bez czasu przeszłego
###   i trybu przypuszczającego w 1. osobie (zdecydowałem/zdecydowałam, chciałbym/chciałabym), bez przymiotników o nadawcy (wdzięczny/wdzięczna). Używamy
###   czasu teraźniejszego, przyszłego prostego, form bezosobowych (pomyślano o mnie) i „Państwo”.
### - Tekstów podanych przez użytkownika nie odmieniamy: stoją w mianowniku, po rzeczowniku
###   określającym („w firmie { $organization }”, „na stanowisko „{ $position }””, „czasopisma
###   „…””), jako podmiot („– { $topic } to istotny temat”, „że Fundacja … pomyślała o mnie”).

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
## Tytuł nieznany pakietowi („other”) pomijamy: użytkownicy wpisują go małą literą albo skrótem
## („red.”, „senator”), a „Szanowna Pani red.,” czy „Szanowna Pani senator,” to błąd; po „Panie”
## wymagałby też wołacza („Senatorze”), którego nie umiemy utworzyć. Piszemy „Szanowna Pani,” /
## „Szanowny Panie,”.

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
            [formal] Szanowni Państwo,
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
        [editor] Szanowna Pani Redaktor,
        [minister] Szanowna Pani Minister,
        [plain] Szanowna Pani,
        [none] Szanowna Pani,
       *[other] Szanowna Pani,
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
        [editor] Szanowny Panie Redaktorze,
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
        [editor] Dzień dobry, Pani Redaktor,
        [minister] Dzień dobry, Pani Minister,
        [plain] Dzień dobry,
        [none] Dzień dobry,
       *[other] Dzień dobry,
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
        [editor] Dzień dobry, Panie Redaktorze,
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
        [true] stanowisko „{ $position }”{ at-employer }
       *[false] stanowisko „{ $position }”
    }
   *[false] { $has-organization ->
        [true] stanowisko{ at-employer }
       *[false] to stanowisko
    }
}

# Pracodawca po stanowisku: „ w firmie Acme”. Nazwa z rzeczownikiem rodzajowym („Uniwersytet
# Jagielloński”, „Fundacja Kościuszkowska”, „Grupa Pracuj”) nie jest „firmą”, a odmienić jej
# nie umiemy („w Grupie Pracuj”): jest wtedy podmiotem zdania względnego, w mianowniku
# („stanowisko …, które oferuje Uniwersytet Jagielloński”). Nawias („(Grupa Pracuj)”)
# recenzenci odbierali jako formularz.
at-employer = { $organization-shape ->
    [kind-first] , które { org-offers } { $organization }
    [kind] , które { org-offers } { $organization }
   *[other] {" "}w firmie { $organization }
}

## Czasowniki, których podmiotem jest nazwa organizacji: nazwa w liczbie mnogiej („Zakłady
## Azotowe”, „Koleje Mazowieckie”, „Polskie Linie Lotnicze LOT”) wymaga liczby mnogiej
## („które oferują Koleje Mazowieckie”). Rodzaj w liczbie pojedynczej nie ma tu znaczenia,
## bo pakiet nie używa z nazwą czasu przeszłego.

org-offers = { $organization-gender ->
    [plural] oferują
   *[other] oferuje
}
org-organizes = { $organization-gender ->
    [plural] organizują
   *[other] organizuje
}
org-grows = { $organization-gender ->
    [plural] pracują
   *[other] pracuje
}

# Przedmiot zmiany terminu w mianowniku, po dwukropku w temacie wiadomości: „Zmiana terminu:
# wykład plenarny podczas wydarzenia „Kongres 2027””. Rodzaj zaproszenia nazywa rzeczownik
# pakietu; nazwa wydarzenia stoi po nim w cudzysłowie, w mianowniku („wydarzenia „…””,
# „komisji „…””, „programie „…””), nigdy bezpośrednio po przyimku.
meeting-phrase = { $invitation ->
    [screening_call] rozmowa wstępna{ meeting-for-role }
    [interview] rozmowa kwalifikacyjna{ meeting-for-role }
    [final_round] finałowa rozmowa kwalifikacyjna{ meeting-for-role }
    [article] { meeting-article }
    [broadcast] { meeting-broadcast }
    [podcast] { meeting-podcast }
    [comment] { meeting-comment }
    [talk] prelekcja{ meeting-at-event }
    [keynote] wykład plenarny{ meeting-at-event }
    [panel] panel dyskusyjny{ meeting-at-event }
    [workshop] { $event-gender ->
        [plural] zajęcia
       *[other] warsztaty
    }{ meeting-at-event }
    [webinar] webinar{ meeting-within-event }
    [guest_lecture] wykład gościnny{ meeting-lecture-series }
    [committee] posiedzenie komisji{ meeting-quoted-event }
    [editorial_board] posiedzenie komitetu redakcyjnego{ meeting-journal }
    [program_committee] posiedzenie komitetu programowego{ meeting-conference }
    [examiner] obrona rozprawy{ meeting-quoted-event }
   *[other] { meeting-default }
}

# To samo jako cała fraza „zaproszenie …” w bierniku po „Dziękuję za”. Przy wystąpieniach
# nadawca nie przychodzi „na wykład”, tylko ma go wygłosić: „zaproszenie do wygłoszenia …”.
meeting-invitation = { $invitation ->
    [screening_call] zaproszenie na rozmowę wstępną{ meeting-for-role }
    [interview] zaproszenie na rozmowę kwalifikacyjną{ meeting-for-role }
    [final_round] zaproszenie na finałową rozmowę kwalifikacyjną{ meeting-for-role }
    [article] zaproszenie na { meeting-article }
    [broadcast] zaproszenie na { meeting-broadcast }
    [podcast] zaproszenie na { meeting-podcast }
    [comment] zaproszenie na rozmowę do { meeting-comment-piece }
    [talk] zaproszenie do wygłoszenia prelekcji{ meeting-at-event }
    [keynote] zaproszenie do wygłoszenia wykładu plenarnego{ meeting-at-event }
    [panel] zaproszenie do udziału w panelu dyskusyjnym{ meeting-at-event }
    [workshop] zaproszenie do poprowadzenia { $event-gender ->
        [plural] zajęć
       *[other] warsztatów
    }{ meeting-at-event }
    [webinar] zaproszenie do poprowadzenia webinaru{ meeting-within-event }
    [guest_lecture] zaproszenie do wygłoszenia wykładu gościnnego{ meeting-lecture-series }
    [committee] zaproszenie na posiedzenie komisji{ meeting-quoted-event }
    [editorial_board] zaproszenie na posiedzenie komitetu redakcyjnego{ meeting-journal }
    [program_committee] zaproszenie na posiedzenie komitetu programowego{ meeting-conference }
    [examiner] zaproszenie na obronę rozprawy{ meeting-quoted-event }
   *[other] zaproszenie na { meeting-default }
}

# Bez rodzaju zaproszenia: zawsze rzeczownik nijaki („spotkanie”, „wydarzenie”), bo ma
# jednakowy mianownik i biernik: „Zmiana terminu: …” i „zaproszenie na …”.
meeting-default = { $has-event ->
    [true] wydarzenie { $event }
   *[false] { $has-position ->
        [true] spotkanie rekrutacyjne na stanowisko „{ $position }”
       *[false] { $has-topic ->
            [true] nasze spotkanie (temat: { $topic })
           *[false] nasze spotkanie
        }
    }
}

# Rodzaje medialne: rzeczowniki męskie i nijakie, więc mianownik i biernik są jednakowe.
# Podany przez dziennikarza program lub cykl stoi w cudzysłowie po „programie”, „cyklu”,
# „podcastu”.
meeting-article = wywiad do { $has-event ->
    [true] artykułu z cyklu „{ $event }”
   *[false] Państwa artykułu
}

meeting-broadcast = wywiad w { $has-event ->
    [true] { $event-shape ->
        [kind-first] odcinku, który { event-prepares } { $event }
        [kind] odcinku, który { event-prepares } { $event }
       *[other] programie „{ $event }”
    }
   *[false] Państwa programie
}

meeting-podcast = nagranie { $has-event ->
    [true] { $event-shape ->
        [kind-first] odcinka, który { event-prepares } { $event }
        [kind] odcinka, który { event-prepares } { $event }
       *[other] odcinka podcastu „{ $event }”
    }
   *[false] podcastu
}

meeting-comment = rozmowa do { meeting-comment-piece }

meeting-comment-piece = { $has-event ->
    [true] materiału z cyklu „{ $event }”
   *[false] Państwa materiału
}

# „ na stanowisko Starszy projektant UX w ramach rekrutacji „Program stażowy 2027””.
meeting-for-role = { $has-position ->
    [true] {" "}na stanowisko „{ $position }”
   *[false] {""}
}{ $has-event ->
    [true] {" "}w ramach rekrutacji „{ $event }”
   *[false] {""}
}

# „ podczas wydarzenia „Kongres Dostępności Cyfrowej 2027””.
meeting-at-event = { $has-event ->
    [true] { event-on-bare }
   *[false] {""}
}

# Webinar sam jest wydarzeniem: „webinar w ramach wydarzenia „…””.
meeting-within-event = { $has-event ->
    [true] { event-on-bare }
   *[false] {""}
}

meeting-lecture-series = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { event-on-bare }
        [kind] { event-on-bare }
       *[other] {" "}w ramach cyklu „{ $event }”
    }
   *[false] {""}
}

# Nazwa komisji lub tytuł rozprawy: „posiedzenie komisji „…””, „obrona rozprawy „…””.
meeting-quoted-event = { $has-event ->
    [true] {" "}„{ $event }”
   *[false] {""}
}

meeting-journal = { $has-event ->
    [true] {" "}czasopisma „{ $event }”
   *[false] {""}
}

meeting-conference = { $has-event ->
    [true] { $event-gender ->
        [unknown] { $event-shape ->
            [plain] {" "}{ $event }
           *[other] {" "}wydarzenia „{ $event }”
        }
       *[other] {" "}wydarzenia „{ $event }”
    }
   *[false] {""}
}

# Zdanie względne po rzeczowniku nijakim w liczbie pojedynczej („wydarzenia”, „wydarzeniu”,
# „przedsięwzięciu”): nazwa organizatora zostaje w mianowniku.
# Gdy nazwa wydarzenia zawiera już nazwę organizatora („Infoshare 2027” i „Infoshare”), nie
# powtarzamy jej.
at-organization = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] , które { org-organizes } { $organization }
    }
   *[false] {""}
}

# Miejsce wystąpienia bez rzeczownika „wydarzenie”: biernik po „na” ma przy nazwach męskich
# (nieżywotnych), nijakich i mnogich tę samą postać co mianownik, więc nazwa zostaje taka, jak
# ją wpisano: „na „Kongres Kobiet””, „na „Forum Samorządowe””, „na „Targi Pracy IT””. Nazwa
# żeńska („Konferencja …”) albo bez słowa rodzajowego („Infoshare 2027”) dostaje bezpieczne
# „podczas wydarzenia „…””.
event-on-bare = { $event-gender ->
    [neuter] {" "}na „{ $event }”
   *[other] { $event-shape ->
        [kind-first] { event-on-named }
        [kind] { event-on-named }
       *[other] { $event-gender ->
            [unknown] { event-on-plain }
           *[other] { event-on-quoted }
        }
    }
}

# Nazwa bez żadnego słowa rodzajowego („Infoshare”, „Impact'27”, „PP-RAI 2027”) to zwykle
# marka, której się nie odmienia: stoi sama, bez „wydarzenia „…”” i bez cudzysłowu („podczas
# Infoshare”, „w ramach DevDays 2027”), tak jak piszą ją ludzie.
event-on-plain = { $invitation ->
    [webinar] {" "}w ramach { $event }
   *[other] {" "}podczas { $event }
}
event-on-quoted = { $invitation ->
    [webinar] {" "}w ramach wydarzenia „{ $event }”
   *[other] {" "}podczas wydarzenia „{ $event }”
}

# Nazwa, która sama mówi, czym jest („konferencja Infoshare 2027”, „Gala Twórców Cyfrowych”),
# nie idzie w nasz cudzysłów po „wydarzenia” („podczas wydarzenia „konferencja …””): stoi
# w mianowniku po „jakim jest”.
event-on-named = { $invitation ->
    [webinar] {" "}w ramach wydarzenia, jakim jest { $event }
   *[other] {" "}podczas wydarzenia, jakim jest { $event }
}
# Zdanie względne „, które organizuje …” potrzebuje rzeczownika „wydarzenia”: przy nazwie-marce
# z organizatorem zostaje „podczas wydarzenia „…”, które organizuje …”.
event-on = { $event-gender ->
    [masculine] { event-on-bare }{ at-organization-m }
    [unknown] { $event-shape ->
        [plain] { $has-organization ->
            [true] { $event-names-organization ->
                [true] { event-on-bare }
               *[false] { event-on-quoted }{ at-organization }
            }
           *[false] { event-on-bare }
        }
       *[other] { event-on-bare }{ at-organization }
    }
   *[other] { event-on-bare }{ at-organization }
}
at-organization-m = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] , który { org-organizes } { $organization }
    }
   *[false] {""}
}

## Własny powód nadawcy (jego końcowa kropka jest usuwana, zanim tu trafi).

# Własny powód nadawcy nie stoi jako goła wstawka („Szukam roli na poziomie kierowniczym.”):
# wprowadzamy go tak, jak pisze się o swoim powodzie. W odpowiedzi na pytanie rekrutera
# (clarification_reply) powód „pozostaje ten sam”; przy zmianie terminu to prośba o inny termin.
# Powód wpisany jako osobne zdanie („Moja mama…”) stoi sam; małą literą — dołączamy go.
reason-note = { $reason-note-shape ->
    [sentence] { $reason-note }.
   *[other] { reason-note-joined }
}

reason-note-joined = { $scenario ->
    [clarification_reply] { $tone ->
        [formal] Przyczyna jest wciąż ta sama – { $reason-note }.
        [firm] Powód pozostaje ten sam – { $reason-note }.
        [brief] Powód jest ten sam – { $reason-note }.
       *[warm] Powód jest wciąż ten sam – { $reason-note }.
    }
    [reschedule] { $tone ->
        [formal] Muszę prosić o zmianę terminu, ponieważ { $reason-note }.
        [firm] Proszę o zmianę terminu, ponieważ { $reason-note }.
        [brief] Proszę o przesunięcie terminu, bo { $reason-note }.
       *[warm] Piszę z prośbą o przesunięcie terminu, ponieważ { $reason-note }.
    }
   *[other] { $tone ->
        [formal] { $reason-note }.
        [firm] { $reason-note }.
        [brief] { $reason-note }.
       *[warm] { $reason-note }.
    }
}

## Polecenie innej osoby. Płeć polecanej osoby jest nieznana, a nazwiska nie odmieniamy:
## dopełnieniem czasownika jest „osobę”, nazwisko stoi po dwukropku w mianowniku, a obszar
## pracy i kontakt w nawiasie, też w mianowniku: „Na swoje miejsce mogę polecić osobę
## z mojego środowiska: dr Paweł Baran (obszar: rynki energii; p.baran@…)”. Obszar
## w cudzysłowie po „w obszarze” („w obszarze „rynki energii””) recenzenci odbierali jako
## formularz.

referral = { $has-referral-expertise ->
    [true] { referral-lead } osobę, której specjalnością jest { $referral-expertise }: { $referral }{ referral-contact }.
   *[false] { referral-lead }{ referral-who }: { $referral }{ referral-contact }.
}

referral-lead = { $scenario ->
    [media_interview] { $tone ->
        [formal] Jeśli okaże się to pomocne, mogę wskazać
        [brief] W zamian polecam
       *[other] Mogę natomiast polecić
    }
    [speaking_engagement] { $tone ->
        [formal] Jeśli okaże się to pomocne, mogę zaproponować
        [brief] Na swoje miejsce polecam
       *[other] Na swoje miejsce mogę polecić
    }
    [academic_invitation] { $tone ->
        [formal] Jeśli okaże się to pomocne, mogę zarekomendować
        [brief] Na swoje miejsce polecam
       *[other] Zamiast mnie mogę polecić
    }
   *[other] { $tone ->
        [formal] Jeśli okaże się to pomocne w poszukiwaniach, mogę zarekomendować
        [brief] Mogę też polecić
       *[other] Jeśli to pomoże w poszukiwaniach, mogę polecić
    }
}

# Dopełnienie w bierniku.
referral-who = { $scenario ->
    [speaking_engagement] { $tone ->
        [formal] {" "}inną osobę
       *[other] {" "}osobę z mojego środowiska
    }
   *[other] {" "}osobę z mojego środowiska
}

# Obszar pracy w nawiasie po nazwisku, w mianowniku.
referral-expertise = { $has-referral-expertise ->
    [true] obszar: { $referral-expertise }
   *[false] {""}
}

referral-contact = { $has-referral-contact ->
    [true] {" "}({ $referral-contact })
   *[false] {""}
}

org-subject = { $organization-gender ->
    [unknown] zespół { $organization }
    [press-f] „{ $organization }”
    [press-m] „{ $organization }”
   *[other] { $organization }
}

# Nazwa bez słowa rodzajowego („Polskie Porozumienie na rzecz …”, „Impact”): rodzaju nie znamy,
# a „zespół Polskie Porozumienie … pomyślał” recenzenci odbierali jak formularz. Czas
# teraźniejszy nie zależy od rodzaju: „że Polskie Porozumienie … widzi mnie w tej roli”.
org-thought = { $organization-gender ->
    [unknown] { $organization } widzi mnie w tej roli
   *[other] { org-thought-past }
}
org-thought-past = { org-subject } { $organization-gender ->
    [feminine] pomyślała
    [commission] pomyślała
    [press-f] pomyślała
    [neuter] pomyślało
    [jury] pomyślało
    [plural] pomyślały
   *[other] pomyślał
} o mnie

media-org-turned = { $organization-gender ->
    [unknown] { $organization } zwraca
    [feminine] { $organization } zwróciła
    [commission] { $organization } zwróciła
    [press-f] „{ $organization }” zwróciła
    [press-m] „{ $organization }” zwrócił
    [neuter] { $organization } zwróciło
    [jury] { $organization } zwróciło
    [plural] { $organization } zwróciły
   *[other] { $organization } zwrócił
} się

# Temat jako podmiot w mianowniku, po myślniku: „– praca zdalna to istotny temat”. Zastępuje
# etykietę „(temat: …)”, którą recenzenci odbierali jak formularz.
topic-remark = { $has-topic ->
    [true] {" "}– { $topic } to { $tone ->
        [formal] istotny temat
        [firm] ważny temat
        [brief] ważny temat
       *[warm] { $scenario ->
            [media_interview] { $reason ->
                [outside_expertise] ważny temat
               *[other] ważny temat
            }
           *[other] ważny temat
        }
    }
   *[false] {""}
}

# Organizator po uwadze o temacie, dołączony przez „i”: „– … to istotny temat i cieszę się, że …”.
org-tail-and = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $tone ->
            [formal] {" "}i cieszę się, że { org-thought }
            [firm] {" "}i doceniam, że { org-thought }
            [brief] {" "}i miło mi, że { org-thought }
           *[warm] {" "}i miło mi, że { org-thought }
        }
    }
   *[false] {""}
}

org-tail = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] { $tone ->
            [formal] {" "}– cieszę się, że { org-thought }
            [firm] {" "}– doceniam, że { org-thought }
            [brief] {" "}– miło, że { org-thought }
           *[warm] {" "}– miło mi, że { org-thought }
        }
    }
   *[false] {""}
}
