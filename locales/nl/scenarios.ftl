### De zinnen van elk scenario: onderwerp, dank (met of zonder een detail om te waarderen),
### besluit, en een slotzin die de deur openhoudt ($stay-in-touch) of de lezer gewoon het beste
### wenst. Formal en firm gebruiken "u"; warm en brief "je" (en "jullie" voor een organisatie)
### alleen als de aanhef de voornaam gebruikt ($has-recipient-given is "true"), anders "u"/"uw".
### Brief is korter maar blijft hartelijk; firm laat geen twijfel dat deze kans gesloten is.
###
### Een naam van een evenement, tijdschrift of commissie ($event) staat zoals de afzender hem
### typt: "op PyData Amsterdam 2026", "op het AI-symposium" (eigen lidwoord). Alleen waar de naam
### niet zegt wat hij is, staat er een soortnaam voor ("het tijdschrift Nature"); zie
### $event-shape.
### $invitation noemt wat er precies wordt afgeslagen; de standaardvorm (*) past bij elke soort.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Intrekking sollicitatie { $position }
       *[false] Intrekking sollicitatie
    }
    [firm] { $has-position ->
        [true] Intrekking van mijn sollicitatie als { $position }
       *[false] Intrekking van mijn sollicitatie
    }
    [brief] { $has-position ->
        [true] Sollicitatie { $position } ingetrokken
       *[false] Sollicitatie ingetrokken
    }
   *[warm] { $has-position ->
        [true] Mijn sollicitatie als { $position }
       *[false] Mijn sollicitatie
    }
}

job-interview-thanks = { $tone ->
    [formal] Hartelijk dank dat u mij voor { role-phrase } in overweging hebt genomen en tijd voor mij hebt vrijgemaakt.
    [firm] Hartelijk dank dat u mij voor { role-phrase } in overweging hebt genomen.
    [brief] { $has-recipient-given ->
        [true] Bedankt dat je mijn sollicitatie voor { role-phrase } in behandeling hebt genomen.
       *[false] Bedankt dat u mijn sollicitatie voor { role-phrase } in behandeling hebt genomen.
    }
   *[warm] { $has-recipient-given ->
        [true] Hartelijk bedankt dat je me voor { role-phrase } in overweging hebt genomen en tijd voor me hebt vrijgemaakt.
       *[false] Hartelijk bedankt dat u mij voor { role-phrase } in overweging hebt genomen en tijd voor mij hebt vrijgemaakt.
    }
}

job-interview-thanks-detail = { $tone ->
    [formal] Hartelijk dank dat u mij voor { role-phrase } in overweging hebt genomen; ik was bijzonder onder de indruk van { $detail }.
    [firm] Hartelijk dank dat u mij voor { role-phrase } in overweging hebt genomen; ik was onder de indruk van { $detail }.
    [brief] { $has-recipient-given ->
        [true] Bedankt dat je mijn sollicitatie voor { role-phrase } hebt bekeken; ik was onder de indruk van { $detail }.
       *[false] Bedankt dat u mijn sollicitatie voor { role-phrase } hebt bekeken; ik was onder de indruk van { $detail }.
    }
   *[warm] { $has-recipient-given ->
        [true] Hartelijk bedankt dat je me voor { role-phrase } in overweging hebt genomen; vooral { $detail } sprong eruit.
       *[false] Hartelijk bedankt dat u mij voor { role-phrase } in overweging hebt genomen; vooral { $detail } sprong eruit.
    }
}

# Bij een kennismakingsgesprek, een sollicitatiegesprek of de laatste ronde noemt de zin het
# afgezegde gesprek uitdrukkelijk.
job-interview-decision = { $invitation ->
    [screening_call] { $tone ->
        [formal] { job-decision-lead }mijn sollicitatie nog vóór het kennismakingsgesprek in te trekken.
        [firm] Hierbij trek ik mijn sollicitatie in, nog vóór het kennismakingsgesprek.
        [brief] Ik trek me terug en zeg het kennismakingsgesprek af.
       *[warm] Ik heb besloten me terug te trekken, nog voordat we het kennismakingsgesprek hebben gehad.
    }
    [final_round] { $tone ->
        [formal] { job-decision-lead }mijn sollicitatie in te trekken en niet deel te nemen aan de laatste gespreksronde.
        [firm] Hierbij trek ik mijn sollicitatie in en zie ik af van de laatste gespreksronde.
        [brief] Ik trek me terug en zeg de laatste gespreksronde af.
       *[warm] Ik heb besloten me vóór de laatste gespreksronde terug te trekken uit de procedure.
    }
    [interview] { $tone ->
        [formal] { job-decision-lead }mijn sollicitatie in te trekken en het sollicitatiegesprek af te zeggen.
        [firm] Hierbij trek ik mijn sollicitatie in en zeg ik het sollicitatiegesprek af.
        [brief] Ik trek me terug en zeg het gesprek af.
       *[warm] Ik heb besloten het sollicitatiegesprek af te zeggen en me terug te trekken uit de procedure.
    }
   *[other] { $tone ->
        [formal] { job-decision-lead }mijn sollicitatie in te trekken.
        [firm] Hierbij trek ik mijn sollicitatie in.
        [brief] Bij nader inzien trek ik me terug uit de procedure.
       *[warm] Ik heb besloten me terug te trekken uit de procedure.
    }
}

# Na een aangenomen baan is er niets meer af te wegen: dan geen "Na zorgvuldig beraad".
job-decision-lead = { $reason ->
    [accepted_offer] Ik heb besloten{" "}
   *[other] Na zorgvuldig beraad heb ik besloten{" "}
}

# De deur blijft open op een manier die bij de reden past: na een andere baan de hoop elkaar
# weer tegen te komen, na een zorgtaak later weer contact, anders toekomstige vacatures.
job-interview-door-open = { $reason ->
    [accepted_offer] { $tone ->
        [formal] Ik hoop dat we elkaar nog eens tegenkomen en wens u veel succes bij het vervullen van de vacature.
        [firm] Ik hoop dat we elkaar nog eens tegenkomen; ik wens u veel succes met de werving.
        [brief] { $has-recipient-given ->
            [true] Hopelijk komen we elkaar nog eens tegen; ik wens je het allerbeste.
           *[false] Hopelijk komen we elkaar nog eens tegen; ik wens u het allerbeste.
        }
       *[warm] { $has-recipient-given ->
            [true] Ik hoop dat we elkaar nog eens tegenkomen en wens je veel succes met het invullen van de vacature.
           *[false] Ik hoop dat we elkaar nog eens tegenkomen en wens u veel succes met het invullen van de vacature.
        }
    }
    [caregiving] { $tone ->
        [formal] Zodra mijn situatie het toelaat, neem ik graag weer contact met u op; ik wens u veel succes bij het vervullen van de vacature.
        [firm] Zodra mijn situatie het toelaat, neem ik graag weer contact op; ik wens u veel succes met de werving.
        [brief] { $has-recipient-given ->
            [true] Ik hoop je later weer te spreken; ik wens je het allerbeste.
           *[false] Ik hoop u later weer te spreken; ik wens u het allerbeste.
        }
       *[warm] { $has-recipient-given ->
            [true] Ik hoop je later weer te spreken, als het wat rustiger is; ik wens je veel succes met het invullen van de vacature.
           *[false] Ik hoop u later weer te spreken, als het wat rustiger is; ik wens u veel succes met het invullen van de vacature.
        }
    }
    [overqualified] { $tone ->
        [formal] Voor een toekomstige functie met meer verantwoordelijkheid houd ik mij graag aanbevolen; ik wens u veel succes met de werving.
        [firm] Voor een toekomstige functie met meer verantwoordelijkheid mag u mij altijd benaderen; ik wens u veel succes met de werving.
        [brief] { $has-recipient-given ->
            [true] Bij een toekomstige functie met meer verantwoordelijkheid hoor ik graag van je; ik wens je het allerbeste.
           *[false] Bij een toekomstige functie met meer verantwoordelijkheid hoor ik graag van u; ik wens u het allerbeste.
        }
       *[warm] { $has-recipient-given ->
            [true] Komt er later een functie met meer verantwoordelijkheid vrij, dan hoor ik het graag van je.
           *[false] Komt er later een functie met meer verantwoordelijkheid vrij, dan hoor ik het graag van u.
        }
    }
    [company_fit] { $tone ->
        [formal] Ik hoop dat we elkaar later nog eens treffen en wens u veel succes met de werving.
        [firm] Wellicht zullen onze paden later nog eens kruisen; ik wens u veel succes met de werving.
        [brief] { $has-recipient-given ->
            [true] Wie weet lopen we elkaar later nog eens tegen het lijf; ik wens je het allerbeste.
           *[false] Wie weet lopen we elkaar later nog eens tegen het lijf; ik wens u het allerbeste.
        }
       *[warm] { $has-recipient-given ->
            [true] Wie weet lopen we elkaar later nog eens tegen het lijf; ik wens je veel succes met de verdere werving.
           *[false] Wie weet lopen we elkaar later nog eens tegen het lijf; ik wens u veel succes met de verdere werving.
        }
    }
   *[other] { $tone ->
        [formal] Ik houd graag contact met u en wens u veel succes bij het vervullen van de vacature.
        [firm] Voor toekomstige vacatures mag u mij altijd benaderen; ik wens u veel succes met de werving.
        [brief] { $has-recipient-given ->
            [true] Houd me gerust op de hoogte van toekomstige vacatures; ik wens je het allerbeste.
           *[false] Houd me gerust op de hoogte van toekomstige vacatures; ik wens u het allerbeste.
        }
       *[warm] { $has-recipient-given ->
            [true] Houd me gerust op de hoogte van toekomstige vacatures; ik wens je veel succes met de verdere werving.
           *[false] Houd me gerust op de hoogte van toekomstige vacatures; ik wens u veel succes met de verdere werving.
        }
    }
}

job-interview-closing = { $tone ->
    [formal] Ik wens u veel succes bij het vervullen van de vacature.
    [firm] Ik wens u veel succes met de werving.
    [brief] { $has-recipient-given ->
        [true] Ik wens je het allerbeste.
       *[false] Ik wens u het allerbeste.
    }
   *[warm] { $has-recipient-given ->
        [true] Ik wens je veel succes met het invullen van de vacature.
       *[false] Ik wens u veel succes met het invullen van de vacature.
    }
}

## media_interview

# "uw artikel over thuiswerken (NRC)", "je aflevering van de podcast Lage Landen (NPO Radio 1)",
# "je stuk". Een programma, podcast of rubriek die de afzender noemt ($event) staat na een
# soortnaam; de redactie ($organization) tussen haakjes, niet na "voor": of de naam een
# lidwoord wil ("voor de NOS") weten we niet.
piece-phrase = { $tone ->
    [formal] uw { piece-phrase-noun }
    [firm] uw { piece-phrase-noun }
   *[other] { $has-recipient-given ->
        [true] je
       *[false] uw
    } { piece-phrase-noun }
}

# De redactie na het stuk: "in de Volkskrant", "in NRC", na een rubriek of programma "van Het
# Parool", bij radio, tv en podcast "van de NOS", "van BNR", als de naam een eigen lidwoord heeft
# of een eigennaam zonder soortwoord is; een naam met soortwoord ("Tijdschrift voor Sociologie")
# tussen haakjes: of hij een lidwoord wil weten we niet.
media-outlet-after = { $has-organization ->
    [true] { $organization-shape ->
        [plain] {" "}van { $organization }
        [article] {" "}van { $organization }
       *[other] {" "}bij { org-np }
    }
   *[false] {""}
}

# Na "uw"/"je": de soort stuk, het programma of de podcast, de omroep of redactie en het
# onderwerp. Met een programma staat de omroep erachter tussen haakjes ("item over kernfusie in
# Tegenlicht (VPRO)", "aflevering van de podcast Lage Landen (BNR) over …"); zonder programma
# "bij" een omroep ("uitzending over de woningmarkt bij de NOS", nooit "op de VPRO"), "in" een
# krant, vóór het onderwerp als er anders een van-keten ontstaat. Een uitzending of podcast is
# nooit een "artikel".
piece-phrase-noun = { $has-event ->
    [true] { $invitation ->
        [article] artikel{ topic-clause } in de rubriek { $event }{ media-outlet-after }
        [broadcast] item{ topic-clause } in { $event }{ media-outlet-after }
        [podcast] aflevering van { podcast-np }{ media-outlet-bij }{ topic-clause }
       *[other] stuk{ topic-clause } in de reeks { $event }{ media-outlet-after }
    }
   *[false] { $has-organization ->
        [true] { $invitation ->
            [article] artikel in { org-np }{ topic-clause }
            [broadcast] uitzending{ topic-clause } bij { org-np }
            [podcast] podcastaflevering bij { org-np }{ topic-clause }
           *[other] stuk in { org-np }{ topic-clause }
        }
       *[false] { piece-noun }{ topic-clause }
    }
}

# Na een podcast de omroep met "bij" ("De Dag bij NPO Radio 1"), geen van-keten.
media-outlet-bij = { $has-organization ->
    [true] {" "}bij { org-np }
   *[false] {""}
}

# Een podcast bij naam: "de podcast Lage Landen", "de Volkskrant Podcast", "De Dag" (eigen
# lidwoord).
podcast-np = { $event-shape ->
    [article] { $event }
    [plain] de podcast { $event }
   *[other] { $event-gender ->
        [de] de { $event }
        [cie] de { $event }
        [mv] de { $event }
        [het] het { $event }
       *[other] de podcast { $event }
    }
}

# Waar de journalist aan werkt; een citaat (comment) is voor diens stuk.
piece-noun = { $invitation ->
    [article] artikel
    [broadcast] uitzending
    [podcast] podcastaflevering
   *[other] stuk
}

# Hetzelfde, als het al genoemd is: "veel succes met de podcast" (niet nog eens "aflevering").
piece-noun-again = { $invitation ->
    [article] het artikel
    [broadcast] de uitzending
    [podcast] de podcast
   *[other] de berichtgeving
}

# Wat de journalist vroeg, in de onderwerpregel: niet "je uitzending" (die is niet van de lezer).
subject-request-noun = { $invitation ->
    [comment] verzoek om een reactie
    [article] { piece-noun }
   *[other] interviewverzoek
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { $invitation ->
            [comment] Uw verzoek om een reactie over { $topic }
           *[other] Uw interviewverzoek over { $topic }
        }
        [firm] Uw { subject-request-noun } over { $topic }
       *[other] { $has-recipient-given ->
            [true] Je { subject-request-noun } over { $topic }
           *[false] Uw { subject-request-noun } over { $topic }
        }
    }
   *[false] { $tone ->
        [formal] Uw interviewverzoek
        [firm] Uw interviewverzoek
       *[other] { $has-recipient-given ->
            [true] Je interviewverzoek
           *[false] Uw interviewverzoek
        }
    }
}

# Wat de journalist vraagt, voor het stuk: een reactie (comment) of een bijdrage.
media-contribute = { $invitation ->
    [comment] te reageren voor
   *[other] bij te dragen aan
}

media-interview-thanks = { $tone ->
    [formal] Hartelijk dank voor de uitnodiging om { media-contribute } { piece-phrase }.
    [firm] { $invitation ->
        [comment] Ik stel het op prijs dat u mij om een reactie hebt gevraagd voor { piece-phrase }.
       *[other] Ik stel het op prijs dat u mij hebt gevraagd voor { piece-phrase }.
    }
    [brief] { $has-recipient-given ->
        [true] Bedankt dat je me hebt benaderd voor { piece-phrase }.
       *[false] Bedankt dat u mij hebt benaderd voor { piece-phrase }.
    }
   *[warm] { $has-recipient-given ->
        [true] Leuk dat je voor { piece-phrase } aan mij dacht, dank je wel.
       *[false] Dank u wel dat u voor { piece-phrase } aan mij dacht.
    }
}

media-interview-thanks-detail = { $tone ->
    [formal] Hartelijk dank voor de uitnodiging om { media-contribute } { piece-phrase }; ik heb grote waardering voor { $detail }.
    [firm] Ik stel het op prijs dat u mij hebt gevraagd voor { piece-phrase }; ik heb veel waardering voor { $detail }.
    [brief] { $has-recipient-given ->
        [true] Bedankt dat je aan me dacht; ik heb bewondering voor { $detail }.
       *[false] Bedankt dat u aan mij dacht; ik heb bewondering voor { $detail }.
    }
   *[warm] { $has-recipient-given ->
        [true] Dank je wel dat je me hebt benaderd voor { piece-phrase }; { $detail } heb ik met bewondering gevolgd.
       *[false] Dank u wel dat u mij hebt benaderd voor { piece-phrase }; { $detail } heb ik met bewondering gevolgd.
    }
}

media-interview-decision = { $tone ->
    [formal] { $invitation ->
        [comment] Tot mijn spijt ben ik niet in de gelegenheid een reactie te geven.
       *[other] Tot mijn spijt ben ik niet in de gelegenheid om mee te werken.
    }
    [firm] { $invitation ->
        [comment] Ik laat u meteen weten dat ik hierover geen commentaar geef, zodat u tijdig een andere bron kunt zoeken.
       *[other] Ik werk hier niet aan mee en laat het u meteen weten, zodat u snel verder kunt zoeken.
    }
    [brief] { $invitation ->
        [comment] Ik zie helaas af van een reactie.
       *[other] Ik moet helaas passen.
    }
   *[warm] { $invitation ->
        [comment] Helaas kan ik deze keer geen reactie geven.
       *[other] Helaas kan ik deze keer niet meewerken.
    }
}

# Waar de journalist nog eens op terug kan komen: bij een onderwerp buiten het vakgebied een
# verhaal dichter bij dat vakgebied, nooit "als het beter uitkomt".
media-next = { $reason ->
    [outside_expertise] een verhaal op mijn eigen terrein
   *[other] { $invitation ->
        [podcast] een volgend onderwerp
       *[other] een volgend verhaal
    }
}

media-interview-door-open = { $tone ->
    [formal] Voor { media-next } sta ik u graag te woord; ik wens u veel succes met { piece-noun-again }.
    [firm] Voor { media-next } kunt u mij gerust benaderen.
    [brief] Veel succes met { piece-noun-again }; bij { media-next } denk ik graag mee.
   *[warm] { $has-recipient-given ->
        [true] Ik wens je veel succes met { piece-noun-again }, en bij { media-next } denk ik graag met je mee.
       *[false] Ik wens u veel succes met { piece-noun-again }, en bij { media-next } denk ik graag met u mee.
    }
}

media-interview-closing = { $tone ->
    [formal] Ik wens u veel succes met { piece-noun-again }.
    [firm] Ik wens u het allerbeste met { piece-noun-again }.
    [brief] Veel succes met { piece-noun-again }.
   *[warm] { $has-recipient-given ->
        [true] Ik wens je heel veel succes met { piece-noun-again }.
       *[false] Ik wens u heel veel succes met { piece-noun-again }.
    }
}

## speaking_engagement

# "PyCon 2026 (Acme)", "het AI-symposium van de TU Delft", "het evenement Noordelijk
# Datacongres 2027", "uw evenement (Acme)", "uw evenement", "jullie evenement".
event-phrase = { $has-event ->
    [true] { event-name }
   *[false] { $organization-shape ->
        [none] { event-phrase-yours }
       *[other] het evenement
    }
}{ $event-names-organization ->
    [true] {""}
   *[false] { at-organization }
}

# "uw evenement", "jullie evenement" zonder organisatie; met een organisatie "het evenement van
# de Gemeente Rotterdam", "het evenement van Coolblue" (niet "jullie evenement van …").
event-phrase-yours = { $tone ->
    [formal] uw evenement
    [firm] uw evenement
   *[other] { $has-recipient-given ->
        [true] jullie evenement
       *[false] uw evenement
    }
}

topic-clause = { $has-topic ->
    [true] {" "}over { $topic }
   *[false] {""}
}

# Wat de spreker wordt gevraagd, na "uitnodiging": "om op het evenement … de keynote te verzorgen".
speaking-task = { $invitation ->
    [talk] om op { event-phrase } een lezing te geven
    [keynote] om op { event-phrase } de keynote te verzorgen
    [panel] om op { event-phrase } deel te nemen aan de paneldiscussie
    [workshop] om op { event-phrase } een workshop te geven
    [webinar] om { webinar-frame }een webinar te geven
   *[other] om op { event-phrase } te spreken
}

# Hetzelfde met het onderwerp vóór het werkwoord: "om op … de keynote over thuiswerken te
# verzorgen", niet "… de keynote te verzorgen over thuiswerken".
speaking-task-on-topic = { $invitation ->
    [talk] om op { event-phrase } een lezing{ topic-clause } te geven
    [keynote] om op { event-phrase } de keynote{ topic-clause } te verzorgen
    [panel] om op { event-phrase } deel te nemen aan de paneldiscussie{ topic-clause }
    [workshop] om op { event-phrase } een workshop{ topic-clause } te geven
    [webinar] om { webinar-frame }een webinar{ topic-clause } te geven
   *[other] om op { event-phrase } te spreken{ topic-clause }
}

# Een webinar is niet "op" een evenement: "voor Marketing Masterclass (Acme) ", "voor de
# Rabobank " (eigen lidwoord), "voor uw organisatie (Acme) ", of niets.
webinar-frame = { $has-event ->
    [true] voor { event-phrase }{" "}
   *[false] { $has-organization ->
        [true] voor { org-np }{" "}
       *[false] {""}
    }
}

# Zonder evenement, na "uitnodiging": "om de keynote te verzorgen", "als spreker".
speaking-activity = { $invitation ->
    [talk] om een lezing te geven
    [keynote] om de keynote te verzorgen
    [panel] voor de paneldiscussie
    [workshop] om een workshop te geven
    [webinar] om een webinar te geven
   *[other] om te spreken
}

# In het onderwerp, na "uitnodiging" of "niet beschikbaar".
speaking-role = { $invitation ->
    [talk] voor een lezing
    [keynote] voor de keynote
    [panel] voor de paneldiscussie
    [workshop] voor een workshop
    [webinar] voor een webinar
   *[other] als spreker
}

# In het onderwerp na de soort uitnodiging: " op de Dutch Cloud Days", " op PyCon 2027"; een
# webinar is niet "op" een evenement: " in het kader van de Webinarreeks …".
subject-at-event = { $invitation ->
    [webinar] {" "}in het kader van { event-name }
   *[other] {" "}op { event-name }
}

# Een webinar in een reeks: de reeks zelf ("Uitnodiging voor de Webinarreeks …"), niet "een
# webinar in het kader van de Webinarreeks", dat het woord verdubbelt.
speaking-role-at-event = { $invitation ->
    [webinar] voor { event-name }
   *[other] { speaking-role }{ subject-at-event }
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Uw uitnodiging { speaking-role-at-event }
        [firm] Uw uitnodiging { speaking-role-at-event }
        [brief] Uitnodiging { speaking-role-at-event }
       *[warm] { $has-recipient-given ->
            [true] Je uitnodiging { speaking-role-at-event }
           *[false] Uw uitnodiging { speaking-role-at-event }
        }
    }
   *[false] { $tone ->
        [formal] Uw uitnodiging { speaking-role }
        [firm] Uw uitnodiging { speaking-role }
        [brief] { $has-recipient-given ->
            [true] Je uitnodiging { speaking-role }
           *[false] Uw uitnodiging { speaking-role }
        }
       *[warm] { $has-recipient-given ->
            [true] Je uitnodiging { speaking-role }
           *[false] Uw uitnodiging { speaking-role }
        }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Hartelijk dank voor uw vriendelijke uitnodiging { speaking-task-on-topic }.
    [firm] Dank voor uw uitnodiging { speaking-task-on-topic }.
    [brief] Bedankt voor de uitnodiging { speaking-task }.
   *[warm] { $has-recipient-given ->
        [true] Dank je wel, wat leuk dat je me vraagt { speaking-task-on-topic }.
       *[false] Hartelijk bedankt voor de uitnodiging { speaking-task-on-topic }.
    }
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Hartelijk dank voor uw vriendelijke uitnodiging { speaking-task-on-topic }; ik ben onder de indruk van { $detail }.
    [firm] Dank voor uw uitnodiging { speaking-task }; ik ben onder de indruk van { $detail }.
    [brief] Bedankt voor de uitnodiging { speaking-activity }; ik ben onder de indruk van { $detail }.
   *[warm] Hartelijk bedankt voor de uitnodiging { speaking-task-on-topic }; ik ben erg onder de indruk van { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] Tot mijn spijt kan ik hier niet op ingaan.
    [firm] Ik heb besloten hiervan af te zien en laat het u nu al weten, zodat u verder kunt met uw planning.
    [brief] Helaas zit het er deze keer niet in.
   *[warm] { $reason ->
        [timing] { speaking-decision-agenda }
        [bandwidth] { speaking-decision-agenda }
        [logistics] { speaking-decision-agenda }
       *[other] { $has-recipient-given ->
            [true] Ik heb er lang over getwijfeld, maar ik kan er deze keer helaas niet bij zijn.
           *[false] Ik heb er lang over getwijfeld, maar ik kan er deze keer helaas niet bij zijn.
        }
    }
}

# Alleen bij een reden die met de agenda te maken heeft.
speaking-decision-agenda = { $has-recipient-given ->
    [true] Ik heb mijn agenda er nog eens bij gepakt, maar het gaat helaas niet lukken.
   *[false] Ik heb mijn agenda er nog eens bij gepakt, maar het gaat helaas niet lukken.
}

# Wat de spreker de lezer toewenst: niet "het evenement" (een congres, festival of design week
# is geen evenement in een brief), maar een editie of, bij een webinar, een sessie.
speaking-occasion = { $invitation ->
    [webinar] sessie
   *[other] editie
}

# Waar de spreker graag aan meewerkt: een volgende editie, of bij een onderwerp buiten het
# vakgebied een sessie dichter bij dat vakgebied.
speaking-next = { $reason ->
    [outside_expertise] een sessie op mijn eigen terrein
    [compensation] een volgende editie met ruimte in het budget
   *[other] { $invitation ->
        [webinar] een volgende sessie
       *[other] een volgende editie
    }
}

speaking-engagement-door-open = { $tone ->
    [formal] Bij { speaking-next } lever ik graag een bijdrage; ik wens u veel succes met de organisatie.
    [firm] Voor { speaking-next } hoor ik graag van u.
    [brief] Bij { speaking-next } ben ik er graag bij.
   *[warm] { $reason ->
        [outside_expertise] { speaking-wish-warm }; voor { speaking-next } ben ik altijd te vinden.
       *[other] { speaking-wish-warm }, en { speaking-again-warm }.
    }
}

# Wat de spreker een volgende keer graag doet, naar de soort uitnodiging: niet in elke brief
# "bij een volgende gelegenheid ben ik er graag bij".
speaking-again-warm = { $invitation ->
    [panel] bij een volgende gelegenheid schuif ik graag aan
    [talk] een volgende keer kom ik graag spreken
    [keynote] een volgende keer kom ik graag spreken
   *[other] bij een volgende gelegenheid ben ik er graag bij
}

speaking-wish-warm = { $has-recipient-given ->
    [true] Ik wens jullie een mooie { speaking-occasion } toe
   *[false] Ik wens u een mooie { speaking-occasion } toe
}

speaking-engagement-closing = { $tone ->
    [formal] Ik wens u veel succes met de organisatie.
    [firm] Ik hoop dat het een geslaagde { speaking-occasion } wordt.
    [brief] Veel succes met de voorbereidingen.
   *[warm] Ik hoop dat het een mooie { speaking-occasion } wordt.
}

## academic_invitation

# Zonder bepaalde soort (none): "het initiatief Design Summit 2027 (Acme)", "dit initiatief
# (Acme)", "dit initiatief". Geen "evenement": het kan ook om een tijdschrift of commissie gaan.
invitation-phrase = { $has-event ->
    [true] { $event-shape ->
        [plain] het initiatief { $event }
       *[other] { event-np }
    }{ at-organization }
   *[false] { $has-organization ->
        [true] dit initiatief{ at-organization }
       *[false] dit initiatief
    }
}

# Wat de wetenschapper wordt gevraagd, na "uitnodiging"; de naam staat na een soortnaam.
academic-task = { $invitation ->
    [peer_review] om een manuscript te beoordelen{ for-journal }
    [editorial_board] om toe te treden tot de redactieraad{ of-journal }
    [committee] om zitting te nemen in { committee-phrase }
    [guest_lecture] om{ lecture-org-before } een gastcollege te verzorgen{ lecture-programme }{ lecture-org-after }
    [program_committee] { $event-gender ->
        [cie] om zitting te nemen in { event-np }{ organised-by }
       *[other] om zitting te nemen in de programmacommissie{ of-conference }
    }
    [examiner] om zitting te nemen in { examiner-committee }
   *[other] om deel te nemen aan { invitation-phrase }
}

# Hetzelfde met het onderwerp, waar de uitgebreidere tonen het noemen: "om een manuscript over
# thuiswerken te beoordelen voor het tijdschrift …".
academic-task-on-topic = { $invitation ->
    [peer_review] om een manuscript{ subject-clause } te beoordelen{ for-journal }
    [editorial_board] om toe te treden tot de redactieraad{ of-journal }
    [committee] om zitting te nemen in { committee-phrase }{ subject-clause }
    [guest_lecture] om{ lecture-org-before } een gastcollege{ subject-clause } te verzorgen{ lecture-programme }{ lecture-org-after }
    [program_committee] { $event-gender ->
        [cie] om zitting te nemen in { event-np }{ organised-by }
       *[other] om zitting te nemen in de programmacommissie{ of-conference }
    }
    [examiner] om zitting te nemen in { $has-topic ->
        [true] { examiner-committee-on-topic }
       *[false] { examiner-committee }
    }
   *[other] om deel te nemen aan { invitation-phrase }{ subject-clause }
}

# " voor het tijdschrift … van Acme", " voor Acme", of niets
for-journal = { $has-event ->
    [true] {" "}voor { the-journal }{ published-by }
   *[false] { $has-organization ->
        [true] {" "}voor { org-np }
       *[false] {""}
    }
}

# " van het tijdschrift … van Acme", " van Acme", of niets
of-journal = { $has-event ->
    [true] {" "}van { the-journal }{ published-by }
   *[false] { at-organization }
}

# ", uitgegeven door Amsterdam University Press" na een tijdschrift (geen van-keten).
published-by = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] , uitgegeven door { org-np }
    }
   *[false] {""}
}

# ", georganiseerd door de TU Delft" na een congres (geen van-keten), of niets.
organised-by = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] , georganiseerd door { org-np }
    }
   *[false] {""}
}

# " van ICT.OPEN 2027", " van het AI-symposium" (eigen lidwoord), " (Acme)", of niets. Geen
# "het congres" ervoor: "het congres Nederlands Logica Congres" verdubbelt.
of-conference = { $has-event ->
    [true] {" "}van { event-np }{ organised-by }
   *[false] { at-organization }
}

# "de benoemingsadviescommissie Bestuurskunde (Universiteit Leiden)" (een naam die met
# "commissie", "raad" of "jury" begint of eindigt: altijd "de"), "de promotiecommissie van de
# Universiteit Utrecht" (eigen lidwoord), "de commissie (X, Acme)", "de commissie (Acme)", "de
# commissie".
# De naam staat tussen haakjes: vaak is hij zelf al een commissienaam ("benoemingsadviescommissie
# Bestuurskunde"), en "de commissie benoemingsadviescommissie …" verdubbelt.
committee-phrase = { $has-event ->
    [true] { $event-shape ->
        [article] { $event }{ at-organization }
        [kind-first] { event-np }{ at-organization }
        [kind] { event-np }{ at-organization }
       *[other] de commissie ({ $event }{ $has-organization ->
            [true] , { $organization }
           *[false] {""}
        })
    }
   *[false] de commissie{ at-organization }
}

# " in het programma minor Urban Studies", of niets.
# Een hogeschool of universiteit met eigen lidwoord vóór het gastcollege ("om bij de
# Hogeschool van Amsterdam een gastcollege … te verzorgen"); een andere naam tussen haakjes
# achteraan, want of hij een lidwoord wil weten we niet.
lecture-org-before = { $has-organization ->
    [true] {" "}aan { org-np }
   *[false] {""}
}
lecture-org-after = {""}

lecture-programme = { $has-event ->
    [true] {" "}in { programme-np }
   *[false] {""}
}

# Na "de beoordelingscommissie": " (…) van Acme", " van Acme", of niets. De naam kan een
# procedure, een promotie of de titel van het proefschrift zijn; tussen haakjes past hij bij
# alle drie, "van het proefschrift …" alleen bij een titel.
# De commissie zelf als de naam er een is ("de promotiecommissie van mw. S. Bakker", een naam
# met "commissie", "raad" of "jury": klasse `cie`), aan de universiteit die hem instelt; anders
# "de beoordelingscommissie" met de naam erachter.
examiner-committee = { $event-gender ->
    [cie] { event-np }{ $has-organization ->
        [true] {" "}aan { org-np }
       *[false] {""}
    }
   *[other] de beoordelingscommissie{ examination-frame }
}

# Met een onderwerp: "de beoordelingscommissie voor het promotieonderzoek naar … aan de
# Radboud Universiteit", niet "(…)" achter de commissie.
examiner-committee-on-topic = { $event-gender ->
    [cie] { event-np } voor het promotieonderzoek naar { $topic }{ examiner-aan-org }
   *[other] de beoordelingscommissie voor het promotieonderzoek naar { $topic }{ $has-event ->
        [true] {" "}({ $event }){ examiner-aan-org }
       *[false] { examiner-aan-org }
    }
}
examiner-aan-org = { $has-organization ->
    [true] {" "}aan { org-np }
   *[false] {""}
}

examination-frame = { $has-event ->
    [true] {" "}({ $event }{ $has-organization ->
        [true] , { $organization }
       *[false] {""}
    })
   *[false] { at-organization }
}

# De uitnodiging in het onderwerp.
academic-invitation-noun = { $invitation ->
    [peer_review] Reviewverzoek
    [editorial_board] Uitnodiging voor de redactieraad
    [committee] Uitnodiging voor de commissie
    [guest_lecture] Uitnodiging voor een gastcollege
    [program_committee] Uitnodiging voor de programmacommissie
    [examiner] Uitnodiging voor de beoordelingscommissie
   *[other] { $tone ->
        [formal] Uw uitnodiging
        [firm] Uw uitnodiging
       *[other] { $has-recipient-given ->
            [true] Je uitnodiging
           *[false] Uw uitnodiging
        }
    }
}

# "Uitnodiging voor de promotiecommissie van mw. S. Bakker" (een commissie bij naam), anders
# "Reviewverzoek: Tijdschrift voor Taalbeheersing".
academic-subject-named = { $invitation ->
    [committee] { academic-subject-cie }
    [examiner] { academic-subject-cie }
    [program_committee] { academic-subject-cie }
    [peer_review] Reviewverzoek voor { the-journal }
    [editorial_board] Uitnodiging voor de redactieraad van { the-journal }
   *[other] { academic-invitation-noun }: { $event }
}
academic-subject-cie = { $event-gender ->
    [cie] Uitnodiging voor { event-np }
   *[other] { $invitation ->
        [program_committee] Uitnodiging voor de programmacommissie van { event-np }
       *[other] { academic-invitation-noun }: { $event }
    }
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-subject-named }
        [firm] { academic-subject-named }
        [brief] { academic-subject-named }
       *[warm] { academic-subject-named }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Uw vriendelijke uitnodiging
           *[other] { academic-invitation-noun }
        }
        [firm] { $invitation ->
            [none] Reactie op uw uitnodiging
           *[other] { academic-invitation-noun }
        }
        [brief] { academic-invitation-noun }
       *[warm] { $invitation ->
            [none] { $has-recipient-given ->
                [true] Je uitnodiging
               *[false] Uw uitnodiging
            }
           *[other] { academic-invitation-noun }
        }
    }
}

# " over thuiswerken", of niets
subject-clause = { $has-topic ->
    [true] {" "}over { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] { $invitation ->
        [peer_review] Hartelijk dank voor uw verzoek { academic-task-on-topic } en voor het vertrouwen in mijn oordeel.
       *[other] Hartelijk dank voor uw vriendelijke uitnodiging { academic-task-on-topic }.
    }
    [firm] Dank voor uw uitnodiging { academic-task-on-topic }.
    [brief] Bedankt voor de uitnodiging { academic-task-on-topic }.
   *[warm] { $has-recipient-given ->
        [true] Dank je wel voor je uitnodiging { academic-task-on-topic }; leuk dat je aan me dacht.
       *[false] Dank u wel voor uw uitnodiging { academic-task-on-topic }.
    }
}

academic-invitation-thanks-detail = { $tone ->
    [formal] Hartelijk dank voor uw vriendelijke uitnodiging { academic-task }; ik heb grote waardering voor { $detail }.
    [firm] Dank voor uw uitnodiging { academic-task }; ik heb veel waardering voor { $detail }.
    [brief] Bedankt voor de uitnodiging; ik heb veel waardering voor { $detail }.
   *[warm] { $has-recipient-given ->
        [true] Dank je wel voor je vriendelijke uitnodiging { academic-task }; ik heb veel waardering voor { $detail }.
       *[false] Dank u wel voor uw vriendelijke uitnodiging { academic-task }; ik heb veel waardering voor { $detail }.
    }
}

academic-invitation-decision = { $tone ->
    [formal] { $invitation ->
        [peer_review] Tot mijn spijt moet ik hiervan afzien.
        [guest_lecture] Tot mijn spijt moet ik hiervan afzien.
        [examiner] Helaas moet ik u teleurstellen.
       *[other] Na zorgvuldige afweging zie ik mij helaas genoodzaakt te bedanken.
    }
    [firm] Ik zie hiervan af en laat het u meteen weten, zodat u snel verder kunt zoeken.
    [brief] Ik moet helaas nee zeggen.
   *[warm] Ik heb er serieus over nagedacht, maar moet helaas nee zeggen.
}

# Het begin van de slotzin: een volgende gelegenheid, of bij een onderwerp buiten het
# onderzoeksgebied een verzoek dat er dichter bij ligt.
academic-next = { $reason ->
    [outside_expertise] Bij een verzoek op mijn eigen terrein
    [overqualified] Bij een volgende gelegenheid die meer van mijn ervaring vergt,
   *[other] Bij een volgende gelegenheid
}

academic-invitation-door-open = { $tone ->
    [formal] { $invitation ->
        [peer_review] { academic-next } treed ik graag als reviewer op.
        [examiner] Ik wens de promovendus alle succes; { academic-next-lc } lever ik graag een bijdrage.
       *[other] { academic-next } lever ik graag een bijdrage.
    }
    [firm] { academic-next } mag u mij gerust benaderen.
    [brief] { academic-next } denk ik graag mee.
   *[warm] { $invitation ->
        [guest_lecture] { $reason ->
            [outside_expertise] { academic-next } kom ik graag langs.
           *[other] Een volgende keer kom ik graag langs.
        }
        [peer_review] { $has-recipient-given ->
            [true] { academic-next } beoordeel ik graag een manuscript voor je.
           *[false] { academic-next } beoordeel ik graag een manuscript voor u.
        }
       *[other] { $has-recipient-given ->
            [true] { academic-next } werk ik graag met je samen.
           *[false] { academic-next } werk ik graag met u samen.
        }
    }
}

academic-next-lc = { $reason ->
    [outside_expertise] bij een verzoek op mijn eigen terrein
    [overqualified] bij een volgende gelegenheid die meer van mijn ervaring vergt
   *[other] bij een volgende gelegenheid
}

# Waar de lezer mee verder gaat, na "succes met".
academic-closing-object = { $invitation ->
    [peer_review] het reviewproces
    [editorial_board] het tijdschrift
    [committee] het commissiewerk
    [guest_lecture] het onderwijsprogramma
    [program_committee] het congres
    [examiner] de verdere procedure
   *[other] het vervolg
}

academic-invitation-closing = { $tone ->
    [formal] Ik wens u veel succes met { academic-closing-object }.
    [firm] Ik wens u veel succes met { academic-closing-object }.
    [brief] Veel succes met { academic-closing-object }.
   *[warm] { $has-recipient-given ->
        [true] Ik wens je heel veel succes met { academic-closing-object }.
       *[false] Ik wens u heel veel succes met { academic-closing-object }.
    }
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Verzoek om { meeting-phrase } te verzetten
    [firm] Voorstel: een nieuw tijdstip voor { meeting-phrase }
    [brief] Nieuw moment voor { meeting-phrase }?
   *[warm] Kunnen we { meeting-phrase } verzetten?
}

reschedule-thanks = { $tone ->
    [formal] Hartelijk dank voor uw uitnodiging voor { meeting-phrase }; ik kijk er zeer naar uit.
    [firm] Dank voor uw uitnodiging voor { meeting-phrase }.
    [brief] Bedankt voor de uitnodiging voor { meeting-phrase }.
   *[warm] { $has-recipient-given ->
        [true] Dank je wel voor de uitnodiging; ik kijk uit naar { meeting-phrase }.
       *[false] Dank u wel voor de uitnodiging; ik kijk uit naar { meeting-phrase }.
    }
}

reschedule-thanks-detail = { $tone ->
    [formal] Hartelijk dank voor uw uitnodiging voor { meeting-phrase }; ik ben onder de indruk van { $detail }.
    [firm] Dank voor uw uitnodiging voor { meeting-phrase }; ik ben onder de indruk van { $detail }.
    [brief] Bedankt voor de uitnodiging; ik ben onder de indruk van { $detail }.
   *[warm] { $has-recipient-given ->
        [true] Dank je wel voor de uitnodiging voor { meeting-phrase }; ik ben erg onder de indruk van { $detail }.
       *[false] Dank u wel voor de uitnodiging voor { meeting-phrase }; ik ben erg onder de indruk van { $detail }.
    }
}

reschedule-proposal = { $tone ->
    [formal] Zou het in plaats daarvan bijvoorbeeld { $proposed-time } kunnen plaatsvinden?
    [firm] Ik stel voor het te verzetten, bij voorkeur naar { $proposed-time }.
    [brief] Kunnen we het verzetten, bijvoorbeeld naar { $proposed-time }?
   *[warm] Excuses voor het ongemak. Zou het lukken om het te verzetten, bijvoorbeeld naar { $proposed-time }?
}

reschedule-door-open = { $tone ->
    [formal] Mocht dat niet uitkomen, dan pas ik mij graag aan uw agenda aan.
    [firm] Schikt dat niet, dan kies ik graag een ander moment dat u beter uitkomt.
    [brief] { $has-recipient-given ->
        [true] Zo niet, dan pas ik me graag aan je agenda aan.
       *[false] Zo niet, dan pas ik me graag aan uw agenda aan.
    }
   *[warm] Komt dat niet uit, dan zoeken we samen een ander moment.
}

reschedule-closing = { $tone ->
    [formal] Mocht dat niet uitkomen, dan heb ik daar alle begrip voor.
    [firm] Als dat niet schikt, begrijp ik dat.
    [brief] Zo niet, dan begrijp ik dat.
   *[warm] Komt dat niet uit, dan begrijp ik dat helemaal.
}

## clarification_reply: de lezer vroeg of iets de afzender van gedachten kon doen veranderen.

clarification-reply-subject = { $tone ->
    [formal] Uw reactie op mijn besluit
    [firm] { $has-position ->
        [true] Uw bericht over de functie van { $position }
       *[false] Uw bericht over de functie
    }
    [brief] { $has-recipient-given ->
        [true] Bedankt voor je bericht
       *[false] Bedankt voor uw bericht
    }
   *[warm] Nogmaals over mijn besluit
}

clarification-reply-thanks = { $tone ->
    [formal] Hartelijk dank voor uw reactie en voor uw bereidheid om mee te denken.
    [firm] Dank u voor uw reactie en voor uw vraag of er nog iets aan te passen valt.
    [brief] { $has-recipient-given ->
        [true] Bedankt voor je bericht en dat je nog eens met me meedenkt.
       *[false] Bedankt voor uw bericht en dat u nog eens met mij meedenkt.
    }
   *[warm] { $has-recipient-given ->
        [true] Dank je wel voor je bericht en voor je vraag of jullie nog iets voor me kunnen doen; dat stel ik erg op prijs.
       *[false] Dank u wel voor uw bericht en voor uw vraag of u nog iets voor mij kunt doen; dat stel ik erg op prijs.
    }
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Hartelijk dank voor uw reactie; ik was bijzonder onder de indruk van { $detail } en waardeer uw bereidheid om mij tegemoet te komen.
    [firm] Dank u voor uw reactie; ik was onder de indruk van { $detail } en waardeer het aanbod.
    [brief] { $has-recipient-given ->
        [true] Bedankt voor je bericht; ik was onder de indruk van { $detail }.
       *[false] Bedankt voor uw bericht; ik was onder de indruk van { $detail }.
    }
   *[warm] { $has-recipient-given ->
        [true] Dank je wel voor je bericht; ik was erg onder de indruk van { $detail } en waardeer je vraag.
       *[false] Dank u wel voor uw bericht; ik was erg onder de indruk van { $detail } en waardeer uw vraag.
    }
}

clarification-reply-decision = { $tone ->
    [formal] Na ampele overweging houd ik vast aan mijn besluit over { role-phrase }.
    [firm] { $reason ->
        [compensation] Ik heb er zorgvuldig over nagedacht, maar mijn besluit over { role-phrase } blijft staan.
       *[other] Ik heb er zorgvuldig over nagedacht, en mijn besluit over { role-phrase } staat vast.
    }
    [brief] Ik blijf bij mijn besluit.
   *[warm] Ik heb er nog eens rustig over nagedacht, maar houd vast aan mijn besluit over { role-phrase }.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Ik zou het op prijs stellen het gesprek { $proposed-time } opnieuw op te pakken en dank u voor uw begrip.
        [firm] Mocht u { $proposed-time } nog eens willen overleggen, dan hoor ik het graag.
        [brief] Ik zou dit graag { $proposed-time } weer oppakken.
       *[warm] { $has-recipient-given ->
            [true] Ik zou het gesprek graag { $proposed-time } weer oppakken, als dat voor jou ook goed is.
           *[false] Ik zou het gesprek graag { $proposed-time } weer oppakken, als dat u ook schikt.
        }
    }
   *[false] { $tone ->
        [formal] Graag blijf ik met u in contact.
        [firm] Bij toekomstige vacatures hoor ik graag van u.
        [brief] { $has-recipient-given ->
            [true] Bedankt voor je begrip; laten we in contact blijven.
           *[false] Bedankt voor uw begrip; laten we in contact blijven.
        }
       *[warm] { $has-recipient-given ->
            [true] Ik ben je dankbaar voor je begrip en blijf graag in contact.
           *[false] Ik ben u dankbaar voor uw begrip en blijf graag in contact.
        }
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Mochten mijn omstandigheden { $proposed-time } veranderen, dan neem ik contact met u op.
        [firm] Mochten mijn omstandigheden { $proposed-time } veranderen, dan laat ik het u weten.
        [brief] { $has-recipient-given ->
            [true] Als er { $proposed-time } iets verandert, laat ik het je weten.
           *[false] Als er { $proposed-time } iets verandert, laat ik het u weten.
        }
       *[warm] { $has-recipient-given ->
            [true] Als mijn situatie { $proposed-time } verandert, laat ik het je weten.
           *[false] Als mijn situatie { $proposed-time } verandert, laat ik het u weten.
        }
    }
   *[false] { $tone ->
        [formal] Nogmaals dank voor uw begrip.
        [firm] Dank u voor uw begrip.
        [brief] { $has-recipient-given ->
            [true] Bedankt voor je begrip.
           *[false] Bedankt voor uw begrip.
        }
       *[warm] { $has-recipient-given ->
            [true] Nogmaals bedankt voor je begrip.
           *[false] Nogmaals bedankt voor uw begrip.
        }
    }
}

## stay_in_touch: een kort bericht na een afzegging.

conversation-phrase = { $has-topic ->
    [true] ons gesprek over { $topic }
   *[false] { $has-position ->
        [true] ons gesprek over { role-phrase }
       *[false] { $tone ->
            [formal] ons recente gesprek
            [firm] ons recente gesprek
           *[other] ons gesprek van laatst
        }
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Dank voor ons gesprek
    [firm] Na ons gesprek
    [brief] Nog even bedankt
   *[other] Bedankt voor het fijne gesprek
}

stay-in-touch-thanks = { $tone ->
    [formal] Nogmaals hartelijk dank voor { conversation-phrase } en voor uw tijd.
    [firm] Nogmaals dank voor { conversation-phrase }.
    [brief] Nogmaals bedankt voor { conversation-phrase }.
   *[warm] { $has-recipient-given ->
        [true] Ik heb erg genoten van { conversation-phrase } en wilde je nogmaals bedanken voor je tijd.
       *[false] Ik heb erg genoten van { conversation-phrase } en wilde u nogmaals bedanken voor uw tijd.
    }
}

# Zonder onderwerp of functie is het detail meestal het gesprek zelf ("ons gesprek over het
# nieuwe datateam"): dan niet "ons gesprek van laatst … ons gesprek over …".
stay-in-touch-thanks-detail = { $has-topic ->
    [true] { stay-in-touch-thanks-detail-framed }
   *[false] { $has-position ->
        [true] { stay-in-touch-thanks-detail-framed }
       *[false] { $tone ->
            [formal] Hartelijk dank voor { $detail }; ik was er bijzonder van onder de indruk.
            [firm] Dank voor { $detail }; ik was daar zeer van onder de indruk.
            [brief] Bedankt voor { $detail }; inspirerend om te horen over de plannen.
           *[warm] Bedankt voor { $detail }; het was inspirerend om te horen over de plannen.
        }
    }
}
stay-in-touch-thanks-detail-framed = { $tone ->
    [formal] Hartelijk dank voor { conversation-phrase }; ik heb met name veel waardering voor { $detail }.
    [firm] Dank voor { conversation-phrase }; ik heb veel waardering voor { $detail }.
    [brief] Bedankt voor { conversation-phrase }; veel waardering voor { $detail }.
   *[warm] Bedankt voor { conversation-phrase }; ik was erg onder de indruk van { $detail }.
}

# De organisatie staat al in de dankzin als het gesprek over de functie ging (zonder
# onderwerp): dan niet nog eens tussen haakjes.
stay-in-touch-connect = { $has-organization ->
    [true] { $has-topic ->
        [true] { stay-in-touch-connect-named }
       *[false] { $has-position ->
            [true] { stay-in-touch-connect-unnamed }
           *[false] { stay-in-touch-connect-named }
        }
    }
   *[false] { $tone ->
        [formal] Graag blijf ik met u in contact.
        [firm] Hoewel ik deze stap nu niet zet, houd ik graag contact.
        [brief] Laten we contact houden.
       *[warm] Ik zou het leuk vinden om in contact te blijven.
    }
}

stay-in-touch-connect-named = { $tone ->
    [formal] Graag blijf ik met u in contact; met belangstelling volg ik hoe { org-name-uw } zich verder ontwikkelt.
    [firm] Hoewel ik deze stap nu niet zet, houd ik graag contact en volg ik met belangstelling hoe { org-name-uw } zich ontwikkelt.
    [brief] { $has-recipient-given ->
        [true] Laten we contact houden; ik ben benieuwd hoe { org-name-jullie } zich ontwikkelt.
       *[false] Laten we contact houden; ik ben benieuwd hoe { org-name-uw } zich ontwikkelt.
    }
   *[warm] { $has-recipient-given ->
        [true] Ik blijf graag in contact en ben benieuwd hoe { org-name-jullie } zich verder ontwikkelt.
       *[false] Ik blijf graag in contact en ben benieuwd hoe { org-name-uw } zich verder ontwikkelt.
    }
}

stay-in-touch-connect-unnamed = { $tone ->
    [formal] Graag blijf ik met u in contact; met belangstelling volg ik hoe uw organisatie zich verder ontwikkelt.
    [firm] Hoewel ik deze stap nu niet zet, houd ik graag contact en volg ik met belangstelling hoe uw organisatie zich ontwikkelt.
    [brief] { $has-recipient-given ->
        [true] Laten we contact houden; ik ben benieuwd hoe het jullie verder vergaat.
       *[false] Laten we contact houden; ik ben benieuwd hoe het uw organisatie verder vergaat.
    }
   *[warm] { $has-recipient-given ->
        [true] Ik blijf graag in contact en ben benieuwd hoe het jullie team verder vergaat.
       *[false] Ik blijf graag in contact en ben benieuwd hoe het uw team verder vergaat.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Mocht ik u ergens mee van dienst kunnen zijn, laat het mij dan gerust weten.
    [firm] Mocht ik ergens mee kunnen helpen, dan kunt u mij altijd benaderen.
    [brief] Koffie drinken kan altijd.
   *[warm] { $has-recipient-given ->
        [true] Laat het me weten als je een keer koffie wilt drinken.
       *[false] Mocht u een keer willen bijpraten, laat het me dan weten.
    }
}

# De organisatie als onderwerp: "hoe de Belastingdienst zich ontwikkelt" (eigen lidwoord);
# anders "uw organisatie (Acme)": of de naam een lidwoord wil weten we niet.
org-name-uw = { org-np }
org-name-jullie = { org-np }
