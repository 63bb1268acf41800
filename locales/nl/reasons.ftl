### Redenen: telkens één zin, altijd over de eigen koers of focus van de afzender, nooit over
### een tekortkoming van de lezer. De formulering verschilt voor sollicitaties (job_interview,
### clarification_reply, stay_in_touch), voor verzoeken en uitnodigingen (media_interview,
### speaking_engagement, academic_invitation) en voor het verzetten van een afspraak, waar de
### reden het tijdstip verklaart. `company_fit` noemt nooit een bezwaar.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik ben onlangs in een nieuwe betrekking begonnen, waardoor mijn eerste weken al volledig vastliggen.
        [brief] Ik ben net aan een nieuwe baan begonnen.
       *[other] Ik ben net aan een nieuwe baan begonnen en mijn eerste weken liggen al vast.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Inmiddels heb ik elders een betrekking aanvaard die goed aansluit bij mijn ambities.
        [brief] Ik heb elders een baan aangenomen.
       *[other] Inmiddels heb ik een andere baan aangenomen die goed past bij wat ik zoek.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Ik ben onlangs in een nieuwe betrekking begonnen en neem de eerste maanden geen nieuwe verplichtingen aan.
    [brief] Ik ben net aan een nieuwe baan begonnen.
   *[other] Ik ben net aan een nieuwe baan begonnen en wil me de eerste maanden helemaal op het inwerken richten.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik bevind mij momenteel in een intensieve projectfase; op een rustiger moment kan ik er de volle aandacht aan geven.
        [brief] Ik zit midden in een intensieve projectfase.
       *[other] Ik zit midden in een intensieve projectfase en wil er met mijn hoofd helemaal bij zijn als het zover is.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Ik richt mij momenteel op werk dat nauwer aansluit bij mijn loopbaanplannen.
        [brief] Ik zoek werk in een andere richting.
       *[other] { $scenario ->
            [stay_in_touch] Ik zet de procedure niet voort, omdat ik me wil richten op werk dat beter aansluit bij mijn loopbaanplannen.
           *[other] Ik wil me nu richten op werk dat beter aansluit bij mijn loopbaanplannen.
        }
    }
}
engagement-career-focus = { $tone ->
    [formal] Ik concentreer mij dit jaar op een klein aantal kernprojecten.
    [brief] Ik richt me dit jaar op een paar kernprojecten.
   *[other] Dit jaar gaat mijn energie naar een paar kernprojecten die al lopen.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik wil eerst enkele vragen over de arbeidsvoorwaarden helder hebben voordat wij elkaar spreken.
        [brief] Ik wil eerst mijn voorwaarden helder hebben.
       *[other] Ik wil eerst een paar vragen over de voorwaarden helder hebben voordat we elkaar spreken.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
    [clarification_reply] { $tone ->
        [formal] Alles afwegend ben ik tot de conclusie gekomen dat het geheel in deze fase van mijn loopbaan niet is wat ik zoek.
        [brief] Alles afwegend is het geheel nu niet wat ik zoek.
       *[other] Alles afwegend ben ik tot de conclusie gekomen dat het geheel op dit moment niet is wat ik zoek.
    }
   *[other] { $tone ->
        [formal] In deze fase van mijn loopbaan zoek ik een positie die beter aansluit bij mijn salarisverwachtingen.
        [brief] Ik zoek werk dat beter past bij mijn salarisverwachtingen.
       *[other] Ik ben op dit moment op zoek naar werk dat beter aansluit bij mijn salarisverwachtingen.
    }
}
# Een journalist of een tijdschrift geeft geen "opdracht": daar gaat het om interviews of om
# taken naast het eigen werk waar een vergoeding tegenover staat (en niet om "meewerken", dat
# de zin ervoor al zegt).
engagement-compensation = { $scenario ->
    [media_interview] { $tone ->
        [formal] Op dit moment geef ik uitsluitend interviews waar een vergoeding tegenover staat.
        [brief] Ik geef op dit moment alleen betaalde interviews.
       *[other] Op dit moment geef ik alleen interviews als daar een vergoeding tegenover staat.
    }
    [academic_invitation] { $tone ->
        [formal] Naast mijn aanstelling neem ik op dit moment uitsluitend taken aan waar een vergoeding tegenover staat.
        [brief] Naast mijn aanstelling neem ik alleen betaalde taken aan.
       *[other] Naast mijn aanstelling neem ik op dit moment alleen taken aan waar een vergoeding tegenover staat.
    }
   *[other] { $tone ->
        [formal] Op dit moment neem ik uitsluitend opdrachten aan tegen mijn gebruikelijke honorarium.
        [brief] Ik neem alleen opdrachten aan tegen mijn gebruikelijke tarief.
       *[other] Op dit moment neem ik alleen opdrachten aan tegen mijn gebruikelijke vergoeding.
    }
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Rond het voorgestelde tijdstip heb ik een projectdeadline; daarna kan ik er mijn volle aandacht aan geven.
        [brief] Op het geplande moment zit ik vlak voor een projectdeadline.
       *[other] Ik zit in de aanloop naar een projectdeadline; daarna heb ik er alle aandacht voor.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Nu ik mijn huidige verplichtingen heb afgewogen, moet ik vaststellen dat dit voor mij geen goed moment is voor een overstap.
        [brief] Het is nu geen goed moment om over te stappen.
       *[other] Met mijn huidige verplichtingen is dit voor mij geen goed moment om over te stappen.
    }
}
# Een spreekbeurt heeft een datum; een interview of een academisch verzoek een periode of termijn.
engagement-timing = { $scenario ->
    [speaking_engagement] { $tone ->
        [formal] Op de voorgestelde datum heb ik al andere verplichtingen.
        [brief] Ik ben op de voorgestelde datum al bezet.
       *[other] Op de voorgestelde datum zit ik al vast aan andere afspraken.
    }
   *[other] { $tone ->
        [formal] In de voorgestelde periode heb ik al andere verplichtingen.
        [brief] Mijn planning laat het nu niet toe.
       *[other] In de gevraagde periode zit ik al vast aan andere afspraken.
    }
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Op het oorspronkelijk voorgestelde tijdstip ben ik helaas op reis.
        [brief] Op het geplande moment ben ik op reis.
       *[other] Op het afgesproken tijdstip ben ik helaas op reis.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Ik geef de voorkeur aan een standplaats en werktijden die beter aansluiten bij mijn huidige omstandigheden.
        [brief] Ik zoek werk met een locatie en werktijden die beter bij mij passen.
       *[other] Ik zoek werk waarvan de locatie en werktijden beter bij mijn huidige situatie passen.
    }
}
# Een webinar, een schriftelijke bijdrage of een review vraagt geen reis, alleen ruimte naast
# het lopende werk.
engagement-logistics = { $invitation ->
    [webinar] { engagement-logistics-remote }
    [article] { engagement-logistics-remote }
    [comment] { engagement-logistics-remote }
    [peer_review] { engagement-logistics-remote }
    [editorial_board] { engagement-logistics-remote }
   *[other] { $tone ->
        [formal] De reis ernaartoe past op dit moment niet in mijn agenda.
        [brief] De reis krijg ik nu niet geregeld.
       *[other] Het lukt me op dit moment niet om de reis rond te krijgen.
    }
}

engagement-logistics-remote = { $tone ->
    [formal] Ik kan dit op dit moment niet inpassen naast mijn lopende verplichtingen.
    [brief] Naast mijn lopende werk lukt het me nu niet.
   *[other] Het lukt me nu niet om dit naast mijn lopende verplichtingen in te passen.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Rond het geplande tijdstip vraagt de zorg voor een naaste mijn volle aandacht.
        [brief] Op het geplande moment gaat de zorg voor een naaste voor.
       *[other] Rond de geplande datum gaat de zorg voor een naaste even voor.
    }
   *[other] { $tone ->
        [formal] De zorg voor een naaste vraagt op dit moment mijn volledige aandacht.
        [brief] De zorg voor een naaste gaat nu voor.
       *[other] De zorg voor een naaste vraagt op dit moment al mijn aandacht.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik zou graag wat meer bedenktijd nemen, zodat ik goed voorbereid kan deelnemen.
        [brief] Ik wil graag wat meer bedenktijd.
       *[other] Ik wil graag wat meer bedenktijd, zodat ik er goed voorbereid aan kan beginnen.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Ik kies ervoor mij te richten op werk dat nauwer aansluit bij de koers die ik in mijn loopbaan wil varen.
        [brief] Ik kies voor een andere richting.
       *[other] Ik kies voor werk dat beter aansluit bij de richting die ik in mijn loopbaan wil inslaan.
    }
}
engagement-company-fit = { $tone ->
    [formal] Ik ga momenteel alleen in op verzoeken die rechtstreeks aansluiten bij mijn prioriteiten.
    [brief] Het past nu niet bij mijn prioriteiten.
   *[other] Ik zeg op dit moment alleen ja tegen wat direct aansluit bij mijn eigen prioriteiten.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik zou eerst graag nagaan hoe de inhoud van de rol zich verhoudt tot mijn ervaring.
        [brief] Ik wil eerst de inhoud van de rol goed bekijken.
       *[other] Ik wil eerst even nagaan hoe de rol zich verhoudt tot mijn ervaring.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Ik zoek een positie waarin ik de volle breedte van mijn ervaring kan inzetten.
        [brief] Ik zoek werk op een ander niveau.
       *[other] Ik zoek een baan waarin ik mijn ervaring in de volle breedte kan inzetten.
    }
}
engagement-overqualified = { $tone ->
    [formal] Ik besteed mijn tijd bij voorkeur aan opdrachten op een meer strategisch niveau.
    [brief] Ik richt me op opdrachten op een ander niveau.
   *[other] Ik besteed mijn tijd liever aan opdrachten op een meer strategisch niveau.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] De komende weken zijn al volledig bezet, en ik wil hier de aandacht aan kunnen geven die het verdient.
        [brief] Mijn agenda zit de komende weken vol.
       *[other] Mijn agenda zit de komende weken vol, en ik wil er graag rustig de tijd voor nemen.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Mijn huidige verplichtingen laten mij onvoldoende ruimte om hier de aandacht aan te besteden die het verdient.
        [brief] Ik kan er nu niet genoeg aandacht aan besteden.
       *[other] Met mijn huidige verplichtingen zou ik er niet de aandacht aan kunnen besteden die het verdient.
    }
}
# Per soort verzoek een eigen zin, zodat een interview, een spreekbeurt en een review niet
# dezelfde reden krijgen.
engagement-bandwidth = { $scenario ->
    [media_interview] { $tone ->
        [formal] Mijn agenda biedt op dit moment geen ruimte voor een goed voorbereide bijdrage.
        [brief] Mijn agenda zit op dit moment vol.
       *[other] Mijn agenda zit de komende weken vol, dus ik kan me er niet goed op voorbereiden.
    }
    [speaking_engagement] { $tone ->
        [formal] Naast mijn huidige verplichtingen kan ik niet de tijd vrijmaken die een goede voorbereiding vraagt.
        [brief] Mijn agenda laat het op dit moment niet toe.
       *[other] Naast mijn lopende werk krijg ik de voorbereiding nu niet ingepast.
    }
   *[other] { $tone ->
        [formal] Met mijn huidige verplichtingen zou ik er niet de tijd en aandacht aan kunnen besteden die dit werk vraagt.
        [brief] Mijn agenda zit op dit moment vol.
       *[other] Naast mijn lopende verplichtingen kan ik er niet de tijd in steken die deze taak vraagt.
    }
}

# Wie het stuk van de journalist leest, bekijkt of beluistert, met het werkwoord erbij.
media-audience = { $invitation ->
    [broadcast] publiek is
    [podcast] luisteraars zijn
   *[other] lezers zijn
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik zou graag de tijd nemen om mij goed voor te bereiden, aangezien het onderwerp enigszins buiten mijn gebruikelijke terrein ligt.
        [brief] Ik wil me graag goed voorbereiden.
       *[other] Ik wil graag wat tijd om me goed voor te bereiden, omdat het onderwerp net buiten mijn gebruikelijke terrein ligt.
    }
    [media_interview] { $tone ->
        [formal] { $invitation ->
            [comment] Het gevraagde onderwerp ligt buiten mijn vakgebied; voor een reactie bent u beter af met een deskundige die er dagelijks mee bezig is.
            [article] Het gevraagde onderwerp ligt buiten mijn vakgebied en uw lezers zijn beter gediend met een deskundige die er dagelijks mee bezig is.
           *[other] Het gevraagde onderwerp ligt buiten mijn vakgebied en uw { media-audience } beter gediend met een deskundige die er dagelijks mee bezig is.
        }
        [firm] Het gevraagde onderwerp ligt buiten mijn vakgebied en uw { media-audience } beter gediend met iemand die er dagelijks mee bezig is.
        [brief] Het gevraagde onderwerp ligt buiten mijn vakgebied.
       *[other] { $has-recipient-given ->
            [true] Het gevraagde onderwerp valt buiten mijn vakgebied en jullie { media-audience } beter af met iemand die er dagelijks mee bezig is.
           *[false] Het gevraagde onderwerp valt buiten mijn vakgebied en uw { media-audience } beter af met iemand die er dagelijks mee bezig is.
        }
    }
    [speaking_engagement] { $tone ->
        [formal] Het gevraagde onderwerp ligt buiten mijn vakgebied en uw publiek is beter gediend met een deskundige die er dagelijks mee bezig is.
        [firm] Het gevraagde onderwerp ligt buiten mijn vakgebied en uw publiek is beter gediend met iemand die er dagelijks mee bezig is.
        [brief] Het gevraagde onderwerp ligt buiten mijn vakgebied.
       *[other] { $has-recipient-given ->
            [true] Het gevraagde onderwerp valt buiten mijn vakgebied en jullie publiek heeft meer aan iemand die er dagelijks mee bezig is.
           *[false] Het gevraagde onderwerp valt buiten mijn vakgebied en uw publiek heeft meer aan iemand die er dagelijks mee bezig is.
        }
    }
    [academic_invitation] { $invitation ->
        [editorial_board] Het profiel van het tijdschrift ligt te ver van mijn onderzoeksgebied af.
        [program_committee] Het thema van het congres ligt buiten mijn onderzoeksgebied.
       *[other] { $tone ->
            [formal] Het onderwerp ligt buiten mijn onderzoeksgebied en verdient een echte specialist.
            [brief] Het onderwerp valt buiten mijn onderzoeksgebied.
           *[other] Het onderwerp valt buiten mijn onderzoeksgebied en verdient iemand die er echt in thuis is.
        }
    }
   *[other] { $tone ->
        [formal] Bij nader inzien ligt het werk buiten het terrein waarop ik het meest kan bijdragen.
        [brief] Het werk ligt te ver van mijn vakgebied.
       *[other] Bij nader inzien ligt het werk te ver van mijn eigen vakgebied.
    }
}
