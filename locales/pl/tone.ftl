### Co mówią uwagi dotyczące tonu. Wartość komunikatu reguły to jej krótki opis, `.message`
### mówi, co jest nie tak, a `.suggestion`, co napisać zamiast tego. Przypadki reguły mogą mieć
### własne komunikaty z sugestią. Przykładowe zdania są neutralne płciowo (bez „zdecydowałem”).

tone-negative-language = Obwinianie lub lekceważący ton
    .message = To sformułowanie przerzuca powód na odbiorcę i może zabrzmieć lekceważąco albo wyniośle.
    .suggestion = Opisz, czego potrzebujesz, a nie czego im brakuje, np. „Priorytetowo traktuję stanowiska zgodne z moim obecnym kierunkiem rozwoju”.
tone-negative-language-pay = Przedstaw to jako własne oczekiwania: „Szukam stanowiska, które na tym etapie kariery ściślej odpowiada moim oczekiwaniom finansowym”.
tone-negative-language-offer = Powiedz to bez porównywania: „Przyjmuję inną propozycję, ściślej związaną z moimi obecnymi celami”.
tone-negative-language-dismissive = Skup się na własnych priorytetach: „Koncentruję się na stanowiskach zgodnych z moim obecnym kierunkiem” brzmi jak przemyślana decyzja, a nie lekceważenie.

tone-presumptuous-fit = Rozstrzyganie o dopasowaniu za drugą stronę
    .message = Stwierdzenie, że „to nie pasuje”, brzmi zarozumiale: o dopasowaniu decyduje także druga strona.
    .suggestion = Mów o własnym kierunku: „Koncentruję się na możliwościach, które ściślej odpowiadają moim obecnym celom”.

tone-too-busy = Zbyt zajęty/zajęta
    .message = „Jestem zbyt zajęty/zajęta” albo „nie mam na to czasu” może sugerować słabą organizację czasu albo to, że odbiorca nie jest dla ciebie ważny.
    .suggestion = Nazwij zobowiązanie: „Obecne zobowiązania nie pozwoliłyby mi poświęcić temu uwagi, na jaką zasługuje”.

tone-noncommittal = Wymijająca odpowiedź
    .message = „Może innym razem” zostawia sprawę otwartą bez jasnej odpowiedzi.
    .suggestion = Zamknij temat jasno, a potem zaproponuj coś konkretnego: „Chętnie pozostanę w kontakcie w sprawie przyszłych możliwości”.

tone-criticism = Krytyka organizacji
    .message = Wytykanie sygnałów ostrzegawczych, takich jak kultura organizacyjna, rotacja czy opinie w internecie, pali mosty i prowokuje do dyskusji.
    .suggestion = Podaj ogólny powód: „Koncentruję się na możliwościach, które ściślej odpowiadają obecnemu kierunkowi mojego rozwoju”.

tone-oversharing = Zbyt wiele szczegółów
    .message = Ten fragment zdradza więcej szczegółów o twoich powodach, niż odbiorca potrzebuje.
    .suggestion = Wystarczy jeden krótki powód: „Przyjmuję inną propozycję, która odpowiada mojemu obecnemu kierunkowi”.

tone-too-short = Za krótko
    .message = Mniej niż trzy zdania mogą zabrzmieć szorstko lub lekceważąco.
    .suggestion = Podziękuj, podaj krótki powód i dodaj zdanie, które zostawia otwarte drzwi.

tone-too-long = Za długo
    .message = Ponad pięć zdań: odmowa najlepiej brzmi, gdy jest zwięzła.
    .suggestion = Zmieść się w trzech–pięciu zdaniach; usuń wyjaśnienia, których odbiorca nie potrzebuje.

tone-missing-gratitude = Brak podziękowania
    .message = Wiadomość nie dziękuje odbiorcy za czas ani za okazaną możliwość.
    .suggestion = Zacznij od podziękowania: „Dziękuję za rozważenie mojej kandydatury i za czas poświęcony mojej aplikacji”.

tone-missing-door-open = Brak otwartych drzwi
    .message = Nic w wiadomości nie wybiega w przyszłość, więc może ona brzmieć jak zakończenie znajomości.
    .suggestion = Dodaj zdanie z myślą o przyszłości: „Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują”.
