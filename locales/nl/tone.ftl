### Wat toonbevindingen zeggen. Per regel: de waarde is de korte omschrijving, `.message` zegt
### wat er mis is, `.suggestion` wat je beter kunt schrijven. Een geval (case) van een regel kan
### een eigen suggestie hebben. De gebruiker wordt aangesproken met "je"; voorbeeldzinnen voor
### de brief zelf zijn zo neutraal mogelijk.

tone-negative-language = Verwijtende of afwijzende formulering
    .message = Dit legt de reden bij de ander en kan afwijzend of arrogant overkomen.
    .suggestion = Beschrijf wat jij zoekt in plaats van wat de ander mist, bijvoorbeeld: “Ik geef voorrang aan functies die aansluiten bij mijn huidige focus.”
tone-negative-language-pay = Breng het als je eigen verwachting: “Ik zoek een functie die in deze fase beter aansluit bij mijn salarisverwachtingen.”
tone-negative-language-offer = Zeg het zonder te vergelijken: “Ik heb gekozen voor een andere kans, die nauwer aansluit bij mijn doelen op korte termijn.”
tone-negative-language-dismissive = Spreek over je eigen prioriteiten: “Ik geef voorrang aan functies die passen bij mijn huidige focus” klinkt weloverwogen, niet afwijzend.

tone-presumptuous-fit = Zelf de klik beoordelen
    .message = Zeggen dat het “niet past” of “geen goede match” is, klinkt aanmatigend: of het past, beoordeelt de ander ook.
    .suggestion = Spreek over je eigen richting: “Ik heb besloten me te richten op functies die beter aansluiten bij mijn huidige doelen.”

tone-too-busy = Te druk
    .message = “Te druk” of “geen tijd” kan suggereren dat je je tijd slecht indeelt, of dat de ander geen prioriteit heeft.
    .suggestion = Noem de verplichting: “Mijn huidige verplichtingen laten me niet de ruimte om dit de aandacht te geven die het verdient.”

tone-noncommittal = Vrijblijvend
    .message = “Misschien een andere keer” houdt de zaak open zonder een echt antwoord te geven.
    .suggestion = Geef een duidelijk antwoord en bied daarna iets concreets aan: “Ik blijf graag in contact over toekomstige mogelijkheden.”

tone-criticism = Kritiek op de organisatie
    .message = Rode vlaggen benoemen, zoals de cultuur, het verloop of reviews, beschadigt de relatie en nodigt uit tot discussie.
    .suggestion = Houd de reden algemeen: “Ik heb besloten te kiezen voor mogelijkheden die beter aansluiten bij mijn huidige koers.”

tone-oversharing = Te veel gedeeld
    .message = Dit vertelt meer over je redenen dan de lezer hoeft te weten.
    .suggestion = Eén korte reden is genoeg: “Ik heb besloten een andere kans te benutten die aansluit bij mijn huidige focus.”

tone-too-short = Te kort
    .message = Minder dan drie zinnen kan kortaf of afwijzend overkomen.
    .suggestion = Bedank de lezer, geef een korte reden en sluit af met een vooruitblik.

tone-too-long = Te lang
    .message = Meer dan vijf zinnen: een afzegging komt het best over als ze kort is.
    .suggestion = Houd het bij drie tot vijf zinnen en schrap uitleg die de lezer niet nodig heeft.

tone-missing-gratitude = Geen dank
    .message = Het bericht bedankt de lezer niet voor de tijd of de kans.
    .suggestion = Begin met een bedankje: “Hartelijk dank dat u mij in overweging hebt genomen, en voor de tijd die uw team erin heeft gestoken.”

tone-missing-door-open = Geen deur op een kier
    .message = Niets in het bericht kijkt vooruit, waardoor het kan lezen alsof je de relatie afsluit.
    .suggestion = Voeg een vooruitblik toe: “Ik blijf graag in contact, en ik hoop dat onze paden elkaar weer kruisen.”
