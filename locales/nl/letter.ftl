### Onderdelen die elke brief deelt: aanhef, ondertekening, zinsdelen, de eigen reden van de
### afzender en de aanbeveling van een collega.
###
### Register: formal en firm spreken de lezer aan met "u"; warm en brief met "je" (en
### "jullie" voor een organisatie) als de aanhef de voornaam gebruikt ($has-recipient-given is
### "true"), anders ook met "u"/"uw". De aanhef raadt nooit een geslacht uit een naam: "mevrouw"
### of "heer" alleen als de afzender die aanspreekvorm opgeeft; zonder naam een algemene aanhef.
### Namen worden nooit verbogen, en een naam van een organisatie krijgt geen voorzetsel: of hij
### een lidwoord wil ("bij de Universiteit Utrecht", "voor de NOS") weten we niet. Hij staat
### tussen haakjes na een eigen zinsdeel: "de functie van … (Acme)".

## Aanhef en ondertekening

# De aanhef volgt de aanspreekvorm die de afzender opgeeft ($recipient-form), nooit de naam:
# - formal en firm (u): "Geachte mevrouw Berg," / "Geachte heer Berg,"; een hoogleraar:
#   "Geachte professor Berg," (voor iedereen, zonder mevrouw/heer). Andere titels (dr., mr.,
#   ir., drs., MSc: soort doctor/degree) horen in de adressering, niet in de aanhef.
#   Neutraal: "Geachte Anna Berg,"; zonder voornaam "Geachte heer/mevrouw Berg,", of met
#   een doctorstitel "Geachte dr. Berg,".
# - warm en brief (je; zonder voornaam u): de voornaam, "Beste Anna," / "Hallo Anna,";
#   zonder voornaam de vorm met de achternaam ("Beste mevrouw Berg,", "Beste professor Berg,").
# - Een ambt uit [titles] (senator, minister, burgemeester …) staat met kleine letter op de
#   plaats van mevrouw/heer, ook als de afzender het met een hoofdletter typt: "Geachte
#   senator Berg,". Een titel die het pakket niet kent, staat zoals geschreven.
greeting = { $has-recipient ->
    [true] { $has-recipient-family ->
        [true] { $has-recipient-given ->
            [true] { $tone ->
                [formal] { greeting-formal }
                [firm] { greeting-formal }
                [brief] Hallo { $recipient-given },
               *[warm] Beste { $recipient-given },
            }
           *[false] { $tone ->
                [formal] { greeting-formal }
                [firm] { greeting-formal }
               *[other] Beste { greeting-family-only }
            }
        }
       *[false] { $has-recipient-given ->
            [true] { $tone ->
                [brief] Hallo { $recipient-given },
               *[other] Beste { $recipient-given },
            }
           *[false] { $tone ->
                [formal] Geachte { $recipient },
                [firm] Geachte { $recipient },
               *[other] Beste { $recipient },
            }
        }
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Geachte programmacommissie,
            [firm] Geachte organisatoren,
           *[other] Hallo,
        }
        [academic_invitation] { $tone ->
            [formal] Geachte collega's,
            [firm] Geachte collega's,
           *[other] Beste collega's,
        }
        [media_interview] { $tone ->
            [formal] Geachte redactie,
            [firm] Geachte redactie,
           *[other] Beste redactie,
        }
       *[other] { $tone ->
            [formal] Geachte heer, mevrouw,
            [firm] Goedendag,
           *[other] Hallo,
        }
    }
}

# Formal en firm, met achternaam ($has-recipient-family is "true").
greeting-formal = { $recipient-title-kind ->
    [professor] Geachte professor { $recipient-family },
    [doctor] { $recipient-form ->
        [feminine] Geachte mevrouw { $recipient-family },
        [masculine] Geachte heer { $recipient-family },
       *[neutral] { $has-recipient-given ->
            [true] Geachte { $recipient },
           *[false] Geachte dr. { $recipient-family },
        }
    }
    [none] { greeting-formal-name }
    [degree] { greeting-formal-name }
    [honorific] { greeting-formal-name }
   *[other] Geachte { greeting-office } { $recipient-family },
}

greeting-formal-name = { $recipient-form ->
    [feminine] Geachte mevrouw { $recipient-family },
    [masculine] Geachte heer { $recipient-family },
   *[neutral] { $has-recipient-given ->
        [true] Geachte { $recipient },
       *[false] Geachte heer/mevrouw { $recipient-family },
    }
}

# Warm en brief met alleen een achternaam, na "Beste ".
greeting-family-only = { $recipient-title-kind ->
    [professor] professor { $recipient-family },
    [doctor] { $recipient-form ->
        [feminine] mevrouw { $recipient-family },
        [masculine] heer { $recipient-family },
       *[neutral] dr. { $recipient-family },
    }
    [none] { greeting-family-only-name }
    [degree] { greeting-family-only-name }
    [honorific] { greeting-family-only-name }
   *[other] { greeting-office } { $recipient-family },
}

greeting-family-only-name = { $recipient-form ->
    [feminine] mevrouw { $recipient-family },
    [masculine] heer { $recipient-family },
   *[neutral] heer/mevrouw { $recipient-family },
}

# Een ambt zoals het in een Nederlandse aanhef staat: met kleine letter ("senator", ook als de
# afzender "Senator" of het Engelse "Mayor" typt); een onbekende titel zoals geschreven.
# Alleen binnen een tak waarin $recipient-title is opgegeven (soort niet none).
greeting-office = { $recipient-title-kind ->
    [senator] senator
    [minister] minister
    [staatssecretaris] staatssecretaris
    [burgemeester] burgemeester
    [wethouder] wethouder
    [ambassadeur] ambassadeur
    [rector] rector
    [decaan] decaan
   *[other] { $recipient-title }
}

generic-hiring-greeting = { $tone ->
    [formal] Geachte heer, mevrouw,
    [firm] Geachte heer, mevrouw,
   *[other] Hallo,
}

signature = { $tone ->
    [formal]
        Met vriendelijke groet,
        { $sender }
    [firm]
        Met vriendelijke groet,
        { $sender }
    [brief]
        Groet,
        { $sender }
   *[warm]
        Hartelijke groet,
        { $sender }
}

## Zinsdelen

# "de functie van Product Designer bij Coolblue", "de functie bij de Belastingdienst", "de
# functie van Product Designer", "deze functie". Een bedrijfsnaam en een naam met eigen lidwoord
# staan na "bij"; of een naam met een soortwoord een lidwoord wil ("bij de Universiteit
# Utrecht") weten we niet, die staat tussen haakjes.
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] de functie van { $position }{ org-bij }
       *[false] de functie van { $position }
    }
   *[false] { $has-organization ->
        [true] de functie{ org-bij }
       *[false] deze functie
    }
}

# " bij de Belastingdienst" (eigen lidwoord), " bij Coolblue" (bedrijfsnaam zonder soortwoord),
# " (Universiteit Utrecht)" (soortwoord: lidwoord onbekend), of niets.
org-bij = { $has-organization ->
    [true] {" "}bij { org-np }
   *[false] {""}
}

# Een organisatie in lopende tekst, ook na een voorzetsel: zoals getypt als de naam een eigen
# lidwoord heeft ("de Volkskrant") of een bedrijfsnaam is ("Coolblue"); een naam met een
# soortwoord krijgt het lidwoord van dat woord ([names.genders] in pack.toml): "de Universiteit
# Utrecht", "de Radboud Universiteit", "het Centraal Planbureau", "het Rijksmuseum".
org-np = { $organization-shape ->
    [article] { $organization }
    [plain] { $organization }
   *[other] { $organization-gender ->
        [de] de { $organization }
        [cie] de { $organization }
        [mv] de { $organization }
        [het] het { $organization }
       *[other] de organisatie { $organization }
    }
}

# Een evenement, tijdschrift of commissie in lopende tekst: zoals getypt met eigen lidwoord
# ("het AI-symposium") of als eigennaam ("PyData Amsterdam 2026"); met een soortwoord het
# lidwoord daarvan: "de Dutch Design Week 2027", "het Nationaal Congres", "de Dag van de Open
# Overheid"; anders "het evenement …".
event-np = { $event-shape ->
    [article] { $event }
    [plain] { $event }
   *[other] { $event-gender ->
        [de] de { $event }
        [cie] de { $event }
        [mv] de { $event }
        [het] het { $event }
       *[other] het evenement { $event }
    }
}

# Waar een verzoek om te verzetten over gaat: de soort uitnodiging als die bekend is ("de
# keynote op het evenement …"), anders een bijeenkomst, een gesprek. Een naam staat na een
# soortnaam ("het evenement …", "de commissie …"), nooit direct na een voorzetsel.
meeting-phrase = { $invitation ->
    [screening_call] het kennismakingsgesprek{ meeting-for-role }
    [interview] het sollicitatiegesprek{ meeting-for-role }
    [final_round] de laatste gespreksronde{ meeting-for-role }
    [article] het interview voor het artikel{ $has-event ->
        [true] {" "}in de rubriek { $event }
       *[false] {""}
    }
    [broadcast] { $has-event ->
        [true] het interview in { $event }
       *[false] het interview
    }
    [podcast] { $has-event ->
        [true] de opname van { $event-shape ->
            [article] { $event }
           *[other] de podcast { $event }
        }
       *[false] de podcastopname
    }
    [comment] ons gesprek voor het stuk{ $has-event ->
        [true] {" "}in de reeks { $event }
       *[false] {""}
    }
    [talk] de lezing{ meeting-at-event }
    [keynote] de keynote{ meeting-at-event }
    [panel] de paneldiscussie{ meeting-at-event }
    [workshop] de workshop{ meeting-at-event }
    [webinar] het webinar{ $has-event ->
        [true] {" "}in de reeks { $event }
       *[false] {""}
    }
    [guest_lecture] het gastcollege{ $has-event ->
        [true] {" "}in { programme-np }
       *[false] {""}
    }
    [peer_review] de beoordeling van het manuscript{ $has-event ->
        [true] {" "}voor { the-journal }
       *[false] {""}
    }
    [committee] { $has-event ->
        [true] { $event-shape ->
            [plain] de commissievergadering ({ $event })
           *[other] de vergadering van { event-np }
        }
       *[false] de commissievergadering
    }
    [editorial_board] de vergadering van de redactieraad{ $has-event ->
        [true] {" "}van { the-journal }
       *[false] {""}
    }
    [program_committee] { $event-gender ->
        [cie] de vergadering van { event-np }
       *[other] de vergadering van de programmacommissie{ $has-event ->
            [true] {" "}van { event-np }
           *[false] {""}
        }
    }
    [examiner] de verdediging{ $has-event ->
        [true] {" "}({ $event })
       *[false] {""}
    }
   *[other] { $has-event ->
        [true] de bijeenkomst { $event }
       *[false] { $has-position ->
            [true] het gesprek over de functie van { $position }
           *[false] { $has-topic ->
                [true] ons gesprek over { $topic }
               *[false] ons gesprek
            }
        }
    }
}

# " op PyCon 2026", " op het AI-symposium", " op het evenement Noordelijk Datacongres 2027", of
# niets.
meeting-at-event = { $has-event ->
    [true] {" "}op { event-name }
   *[false] {""}
}

# " over de functie van data-analist", anders het programma (zie hieronder), of niets.
meeting-for-role = { $has-position ->
    [true] {" "}voor de functie van { $position }{ meeting-in-programme }
   *[false] { meeting-in-programme }
}

# " in het kader van het programma Traineeship 2027", of niets: de naam is bij een
# sollicitatie meestal die van een programma of selectiedag.
meeting-in-programme = { $has-event ->
    [true] {" "}binnen { programme-np }
   *[false] {""}
}

# " van de Universiteit Utrecht" (eigen lidwoord zoals getypt), " van Coolblue" (bedrijfsnaam),
# anders " (Radboud Universiteit)": of een naam met soortwoord een lidwoord wil weten we niet.
at-organization = { $has-organization ->
    [true] {" "}van { org-np }
   *[false] {""}
}

## De eigen reden van de afzender, in diens woorden (de punt aan het eind is al weggehaald).

reason-note = { $reason-note }.

## Een collega aanbevelen

referral = { $tone ->
    [formal] Wellicht zou mijn collega { $referral }{ referral-contact }{ referral-expertise } { referral-fit }.
    [firm] Mijn collega { $referral }{ referral-contact }{ referral-expertise } zou { referral-fit }.
    [brief] { $has-recipient-given ->
        [true] Vraag anders eens mijn collega { $referral }{ referral-contact }{ referral-expertise }.
       *[false] U kunt het anders eens vragen aan mijn collega { $referral }{ referral-contact }{ referral-expertise }.
    }
   *[warm] Misschien zou mijn collega { $referral }{ referral-contact }{ referral-expertise } { referral-fit }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , die gespecialiseerd is in { $referral-expertise },
        [firm] , gespecialiseerd in { $referral-expertise },
        [brief] , die thuis is in { $referral-expertise }
       *[other] , die zich al jaren bezighoudt met { $referral-expertise },
    }
   *[false] {""}
}

# Formeel volgt dit op "Wellicht zou mijn collega …"; de andere tonen op "… zou".
referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] een uitstekende gesprekspartner zijn
        [speaking_engagement] { $invitation ->
            [webinar] een uitstekende spreker zijn
            [workshop] de workshop uitstekend kunnen verzorgen
            [panel] een uitstekend panellid zijn
           *[other] een uitstekende spreker voor het programma zijn
        }
        [academic_invitation] een uitstekende keuze zijn
       *[other] een uitstekende kandidaat zijn
    }
    [firm] { $scenario ->
        [media_interview] een waardevolle gesprekspartner kunnen zijn
        [speaking_engagement] { $invitation ->
            [webinar] een sterke spreker kunnen zijn
            [workshop] de workshop uitstekend kunnen verzorgen
           *[other] een sterke spreker voor het programma kunnen zijn
        }
        [academic_invitation] een uitstekende keuze kunnen zijn
       *[other] een sterke kandidaat kunnen zijn
    }
   *[other] { $scenario ->
        [media_interview] een waardevolle gesprekspartner kunnen zijn
        [speaking_engagement] { $invitation ->
            [webinar] een goede spreker kunnen zijn
            [workshop] de workshop prima kunnen verzorgen
           *[other] een goede spreker voor het programma kunnen zijn
        }
        [academic_invitation] een uitstekende keuze kunnen zijn
       *[other] een sterke kandidaat kunnen zijn
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] {" "}({ $referral-contact })
        [firm] {" "}({ $referral-contact })
        [brief] {" "}({ $referral-contact })
       *[other] {" "}({ $referral-contact })
    }
   *[false] {""}
}

# Een tijdschrift in lopende tekst: "het Journal of Applied Logic", "het Tijdschrift voor
# Geschiedenis" (een tijdschrift, journal of blad is "het"), "het tijdschrift Nature", "de Gids"
# (eigen lidwoord zoals getypt).
the-journal = { $event-shape ->
    [article] { $event }
    [plain] het tijdschrift { $event }
   *[other] { $event-gender ->
        [de] de { $event }
        [mv] de { $event }
        [het] het { $event }
       *[other] het tijdschrift { $event }
    }
}

# Een evenement in lopende tekst, na "op" of "voor": de naam zelf als die een eigen lidwoord
# heeft ("het AI-symposium") of een eigennaam is ("PyCon 2026"); een naam met een soortwoord
# ("Noordelijk Datacongres 2027", "Dag van de Zorg") wil een lidwoord dat we niet kennen:
# "het evenement …".
event-name = { event-np }

# Een opleiding of programma in lopende tekst, na "in": "de Masterclass Gezondheidseconomie"
# (eigen lidwoord zoals getypt, of dat van het soortwoord), anders "het programma minor Urban
# Studies": nooit "het programma de …".
programme-np = { $event-shape ->
    [article] { $event }
    [plain] het programma { $event }
   *[other] { $event-gender ->
        [de] de { $event }
        [cie] de { $event }
        [mv] de { $event }
        [het] het { $event }
       *[other] het programma { $event }
    }
}
