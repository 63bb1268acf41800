### Redenen: telkens één zin, altijd over de eigen koers of focus van de afzender, nooit over
### een tekortkoming van de lezer. De formulering verschilt voor sollicitaties (job_interview,
### clarification_reply, stay_in_touch), voor verzoeken en uitnodigingen (media_interview,
### speaking_engagement, academic_invitation) en voor het verzetten van een afspraak, waar de
### reden het tijdstip verklaart. `company_fit` noemt nooit een bezwaar.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik ben onlangs in een nieuwe functie begonnen, en mijn eerste weken zijn volledig gevuld.
        [brief] Ik ben net aan een nieuwe baan begonnen.
       *[other] Ik ben net aan een nieuwe baan begonnen, en mijn agenda zit de eerste weken helemaal vol.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Ik heb onlangs een andere functie aanvaard die goed aansluit bij mijn huidige doelen.
        [brief] Ik heb een ander aanbod aangenomen.
       *[other] Ik heb onlangs een ander aanbod aangenomen dat goed aansluit bij mijn huidige doelen.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Ik ben onlangs in een nieuwe functie begonnen en houd mijn agenda vrij zolang ik mij inwerk.
    [brief] Ik ben net aan een nieuwe baan begonnen en houd mijn agenda vrij.
   *[other] Ik ben onlangs aan een nieuwe baan begonnen en houd mijn agenda vrij zolang ik me inwerk.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik bevind mij in een intensieve fase van een project en wil ons gesprek mijn volle aandacht geven.
        [brief] Ik zit midden in een intensieve projectfase.
       *[other] Ik zit midden in een intensieve projectfase en wil ons gesprek mijn volle aandacht geven.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Ik richt mij momenteel op functies die directer aansluiten bij mijn kernexpertise.
        [brief] Ik zoek in een andere richting.
       *[other] Ik richt me op dit moment op functies die directer voortbouwen op mijn kernexpertise.
    }
}
engagement-career-focus = { $tone ->
    [formal] Ik concentreer mij dit seizoen op een klein aantal kernprojecten.
    [brief] Ik richt me dit seizoen op een paar kernprojecten.
   *[other] Ik besteed mijn tijd dit seizoen aan een paar kernprojecten.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik wil graag eerst enkele vragen over mijn arbeidsvoorwaarden helder hebben voordat wij elkaar spreken.
        [brief] Ik wil eerst mijn voorwaarden helder hebben.
       *[other] Ik wil eerst een paar vragen over mijn voorwaarden helder hebben voordat we elkaar spreken.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] Ik zoek een functie die in deze fase van mijn loopbaan beter aansluit bij mijn salarisverwachtingen.
        [brief] Ik zoek een functie die beter past bij mijn salarisverwachtingen.
       *[other] Ik zoek een functie die in deze fase beter aansluit bij mijn salarisverwachtingen.
    }
}
engagement-compensation = { $tone ->
    [formal] Op dit moment neem ik uitsluitend opdrachten aan die passen binnen mijn professionele voorwaarden.
    [brief] Ik neem alleen opdrachten aan binnen mijn gebruikelijke voorwaarden.
   *[other] Op dit moment neem ik alleen opdrachten aan die passen bij mijn professionele voorwaarden.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Er staat een projectdeadline voor de deur waarop ik mij volledig wil richten.
        [brief] Ik zit vlak voor een projectdeadline.
       *[other] Ik zit in de aanloop naar een projectdeadline en wil me daar volledig op richten.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Na zorgvuldige afweging van mijn huidige verplichtingen ben ik tot de conclusie gekomen dat dit voor mij niet het juiste moment is voor een overstap.
        [brief] Het is voor mij niet het juiste moment.
       *[other] Nu ik mijn verplichtingen op een rij heb gezet, besef ik dat dit niet het juiste moment is om over te stappen.
    }
}
engagement-timing = { $tone ->
    [formal] Het tijdstip valt samen met verplichtingen die ik eerder ben aangegaan.
    [brief] Het valt samen met eerdere verplichtingen.
   *[other] Het moment valt samen met afspraken die ik al eerder heb gemaakt.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mijn reisschema valt samen met het oorspronkelijk voorgestelde tijdstip.
        [brief] Ik ben op het oorspronkelijke tijdstip op reis.
       *[other] Mijn reisplanning overlapt met het moment dat we eerst hadden besproken.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Ik geef voorrang aan functies waarvan de standplaats en werktijden aansluiten bij mijn huidige omstandigheden.
        [brief] Ik geef voorrang aan functies met een locatie en werktijden die bij mij passen.
       *[other] Ik geef voorrang aan functies met een locatie en werktijden die passen bij mijn huidige situatie.
    }
}
# Een webinar, een schriftelijke bijdrage of een review vraagt geen reis, alleen tijd in de agenda.
engagement-logistics = { $invitation ->
    [webinar] { engagement-logistics-remote }
    [article] { engagement-logistics-remote }
    [comment] { engagement-logistics-remote }
    [peer_review] { engagement-logistics-remote }
    [editorial_board] { engagement-logistics-remote }
   *[other] { $tone ->
        [formal] Het is mij op dit moment niet mogelijk de benodigde reis en planning te organiseren.
        [brief] Ik kan de reis nu niet regelen.
       *[other] Het lukt me op dit moment niet om de reis en de planning rond te krijgen.
    }
}

engagement-logistics-remote = { $tone ->
    [formal] Het is mij op dit moment niet mogelijk dit in mijn planning in te passen.
    [brief] Ik krijg het nu niet ingepland.
   *[other] Het lukt me op dit moment niet om dit in mijn planning in te passen.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Een zorgverplichting binnen mijn gezin vraagt in die periode mijn aandacht.
        [brief] Een zorgtaak vraagt dan mijn aandacht.
       *[other] In die periode vraagt een zorgtaak in de familie mijn aandacht.
    }
   *[other] { $tone ->
        [formal] Mijn zorgtaken vragen op dit moment mijn volledige aandacht.
        [brief] Mijn zorgtaken vragen nu mijn aandacht.
       *[other] Ik heb op dit moment zorgtaken die mijn aandacht vragen, en daar wil ik volledig voor kunnen zijn.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik zou graag wat meer bedenktijd nemen, zodat ons gesprek zo zinvol mogelijk wordt.
        [brief] Ik wil graag wat meer bedenktijd.
       *[other] Ik wil graag wat meer bedenktijd, zodat ons gesprek zo nuttig mogelijk wordt.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Ik heb besloten mij te richten op mogelijkheden die nauwer aansluiten bij mijn huidige koers.
        [brief] Ik kies voor een andere richting.
       *[other] Ik heb besloten te kiezen voor mogelijkheden die beter aansluiten bij de richting die ik nu op wil.
    }
}
engagement-company-fit = { $tone ->
    [formal] Ik beperk mijn verplichtingen tot die welke nauw aansluiten bij mijn huidige prioriteiten.
    [brief] Ik beperk me nu tot een paar prioriteiten.
   *[other] Ik beperk me tot verplichtingen die goed aansluiten bij mijn huidige prioriteiten.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik zou eerst graag de tijd nemen om te overwegen hoe de reikwijdte van de functie zich verhoudt tot mijn ervaring.
        [brief] Ik wil eerst de inhoud van de functie goed overwegen.
       *[other] Ik wil eerst even nadenken over hoe de functie zich verhoudt tot mijn ervaring, voordat we elkaar spreken.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Ik zoek een functie waarin ik de volle breedte van mijn ervaring kan inzetten.
        [brief] Ik zoek een functie op een ander niveau.
       *[other] Ik zoek een functie waarin ik mijn ervaring in de volle breedte kan inzetten.
    }
}
engagement-overqualified = { $tone ->
    [formal] Ik besteed mijn tijd bij voorkeur aan opdrachten die om een meer senior perspectief vragen.
    [brief] Ik richt me op opdrachten op een ander niveau.
   *[other] Ik besteed mijn tijd liever aan opdrachten die om een meer senior blik vragen.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Mijn verplichtingen in de komende weken zijn aanzienlijk, en ik wil hieraan de aandacht geven die het verdient.
        [brief] Mijn agenda zit de komende weken vol.
       *[other] Mijn agenda is de komende weken erg vol, en ik wil hier de aandacht aan geven die het verdient.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Mijn huidige verplichtingen zouden mij niet in staat stellen deze procedure de aandacht te geven die zij verdient.
        [brief] Ik kan deze procedure niet de aandacht geven die ze verdient.
       *[other] Mijn huidige verplichtingen laten me niet genoeg ruimte om deze procedure de aandacht te geven die ze verdient.
    }
}
engagement-bandwidth = { $tone ->
    [formal] Mijn huidige verplichtingen laten mij niet de ruimte om hier de zorg aan te besteden die het verdient.
    [brief] Ik zou er nu niet de zorg aan kunnen besteden die het verdient.
   *[other] Mijn huidige verplichtingen laten me niet de ruimte om hier de zorg aan te besteden die het verdient.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ik zou graag de tijd nemen om mij goed voor te bereiden, aangezien het onderwerp enigszins buiten mijn gebruikelijke focus ligt.
        [brief] Ik wil me graag goed voorbereiden.
       *[other] Ik wil graag wat tijd om me goed voor te bereiden, omdat het onderwerp net buiten mijn gebruikelijke focus ligt.
    }
    [media_interview] { $tone ->
        [formal] Het onderwerp ligt buiten mijn kernexpertise, en uw lezers verdienen een deskundige die er dichter bij staat.
        [firm] Het onderwerp ligt buiten mijn kernexpertise, en uw lezers verdienen iemand die er dichter bij staat.
        [brief] Het onderwerp ligt buiten mijn kernexpertise.
       *[other] { $has-recipient-given ->
            [true] Het onderwerp valt buiten mijn kernexpertise, en jullie lezers verdienen iemand die er dichter bij staat.
           *[false] Het onderwerp valt buiten mijn kernexpertise, en uw lezers verdienen iemand die er dichter bij staat.
        }
    }
    [speaking_engagement] { $tone ->
        [formal] Het onderwerp ligt buiten mijn kernexpertise, en uw publiek verdient een deskundige die er dichter bij staat.
        [firm] Het onderwerp ligt buiten mijn kernexpertise, en uw publiek verdient iemand die er dichter bij staat.
        [brief] Het onderwerp ligt buiten mijn kernexpertise.
       *[other] { $has-recipient-given ->
            [true] Het onderwerp valt buiten mijn kernexpertise, en jullie publiek verdient iemand die er dichter bij staat.
           *[false] Het onderwerp valt buiten mijn kernexpertise, en uw publiek verdient iemand die er dichter bij staat.
        }
    }
    [academic_invitation] { $tone ->
        [formal] Het onderwerp ligt buiten mijn onderzoeksgebied en verdient een specialist die er dichter bij staat.
        [brief] Het onderwerp valt buiten mijn onderzoeksgebied.
       *[other] Het onderwerp valt buiten mijn onderzoeksgebied en verdient iemand die er dichter bij staat.
    }
   *[other] { $tone ->
        [formal] Bij nader inzien ligt de functie buiten het gebied waarin ik de grootste bijdrage kan leveren.
        [brief] De functie ligt buiten mijn belangrijkste expertise.
       *[other] Bij nader inzien valt de functie buiten het gebied waarin ik het meest kan bijdragen.
    }
}
