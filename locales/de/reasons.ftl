### Gründe: je ein Satz, immer über die eigene Ausrichtung oder Verfügbarkeit, nie über ein
### Versäumnis des Gegenübers. Eigene Formulierungen für Bewerbungsprozesse (job_interview,
### clarification_reply, stay_in_touch), für Anfragen (media_interview, speaking_engagement,
### academic_invitation) und für eine Terminverschiebung, bei der der Grund den Zeitpunkt
### erklärt. `company_fit` nennt nie ein Bedenken.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Vor Kurzem habe ich eine neue Position angetreten, und meine ersten Wochen sind bereits vollständig verplant.
        [brief] Vor Kurzem habe ich eine neue Position angetreten.
       *[other] Gerade habe ich eine neue Position angetreten, und meine ersten Wochen sind schon fest verplant.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
    [stay_in_touch] { $tone ->
        [formal] Ich habe inzwischen ein anderes Angebot angenommen.
        [brief] Ich habe mich inzwischen anders entschieden.
       *[other] Inzwischen habe ich bei einem anderen Arbeitgeber zugesagt und bin gespannt auf die neue Aufgabe.
    }
   *[other] { $tone ->
        [formal] Zwischenzeitlich habe ich ein anderes Angebot angenommen, das meinen derzeitigen beruflichen Zielen sehr gut entspricht.
        [brief] Inzwischen habe ich ein anderes Angebot angenommen.
       *[other] { $invitation ->
            [screening_call] Inzwischen habe ich mich anderweitig entschieden und einen Vertrag unterschrieben.
            [final_round] Inzwischen habe ich mich für ein anderes Angebot entschieden.
           *[other] Mittlerweile habe ich ein anderes Angebot angenommen und beginne dort in Kürze.
        }
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Vor Kurzem habe ich eine neue Position übernommen und halte mir meinen Kalender während der Einarbeitung bewusst frei.
    [brief] Gerade habe ich eine neue Stelle angetreten und halte mir den Kalender frei.
   *[other] Vor Kurzem habe ich eine neue Stelle angetreten und halte mir meinen Kalender frei, solange ich mich einarbeite.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Zum vorgesehenen Zeitpunkt befinde ich mich mitten in einer intensiven Projektphase.
        [brief] Zum geplanten Zeitpunkt stecke ich in einer intensiven Projektphase.
       *[other] Zum geplanten Zeitpunkt stecke ich mitten in einer intensiven Projektphase.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Derzeit konzentriere ich mich auf Aufgaben, die unmittelbarer auf meinen Kernkompetenzen aufbauen.
        [brief] Meine Suche richte ich derzeit anders aus.
       *[other] Derzeit konzentriere ich mich auf Aufgaben, die direkter auf meinen Kernkompetenzen aufbauen.
    }
}
engagement-career-focus = { $tone ->
    [formal] In den kommenden Monaten konzentriere ich meine Zeit auf wenige zentrale Projekte.
    [brief] Derzeit konzentriere ich mich auf einige Kernprojekte.
   *[other] In den nächsten Monaten konzentriere ich mich ganz auf einige wenige Kernprojekte.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Vorab möchte ich noch einige Fragen zu den Konditionen klären.
        [brief] Vorab möchte ich die Konditionen klären.
       *[other] Vorab würde ich gern noch ein paar Fragen zu den Konditionen klären.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] Mir ist wichtig, dass meine nächste Position meinen Gehaltsvorstellungen entspricht.
        [brief] Meine Gehaltsvorstellungen liegen in einem anderen Rahmen.
       *[other] Meine nächste Position soll meinen Gehaltsvorstellungen entsprechen.
    }
}
engagement-compensation = { $tone ->
    [formal] Derzeit übernehme ich solche Aufgaben nur zu meinen üblichen Honorarsätzen.
    [brief] Derzeit übernehme ich nur Aufträge zu meinen üblichen Konditionen.
   *[other] Im Moment nehme ich solche Aufgaben nur zu meinen üblichen Honorarsätzen an.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Zum vorgesehenen Zeitpunkt bin ich bereits anderweitig verpflichtet.
        [brief] Zum geplanten Zeitpunkt bin ich schon verplant.
       *[other] Zum geplanten Zeitpunkt habe ich bereits eine andere Verpflichtung.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Mit Blick auf meine aktuellen Verpflichtungen ist jetzt nicht der richtige Zeitpunkt für einen beruflichen Wechsel.
        [brief] Für einen Wechsel ist jetzt nicht der richtige Zeitpunkt.
       *[other] Beim Blick auf meine Verpflichtungen ist mir klar geworden, dass jetzt nicht der richtige Moment für einen Wechsel ist.
    }
}
# Ein Sitz im Herausgeberbeirat oder in einer Kommission ist ein Amt auf Zeit, kein Termin.
engagement-timing = { $scenario ->
    [academic_invitation] { $invitation ->
        [editorial_board] { standing-role-timing }
        [committee] { standing-role-timing }
       *[other] { engagement-timing-date }
    }
   *[other] { engagement-timing-date }
}
engagement-timing-date = { $tone ->
    [formal] Zum vorgesehenen Zeitpunkt bin ich bereits durch andere Verpflichtungen gebunden.
    [brief] Im gewünschten Zeitraum bin ich bereits anderweitig gebunden.
   *[other] Zum vorgesehenen Termin bin ich bereits anderweitig verpflichtet.
}
standing-role-timing = { $invitation ->
    [committee] { $tone ->
        [formal] Im vorgesehenen Zeitraum bin ich bereits durch andere Gremienaufgaben gebunden.
        [brief] Ich bin bereits in anderen Gremien gebunden.
       *[other] Im vorgesehenen Zeitraum bin ich schon durch andere Gremienarbeit gebunden.
    }
   *[other] { standing-role-timing-term }
}
standing-role-timing-term = { $tone ->
    [formal] Für die vorgesehene Amtszeit habe ich bereits andere Verpflichtungen übernommen.
    [brief] Für diese Amtszeit bin ich bereits anderweitig gebunden.
   *[other] Für die vorgesehene Amtszeit habe ich schon andere Aufgaben übernommen.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Zum ursprünglich vorgesehenen Zeitpunkt bin ich auf Reisen.
        [brief] Zum ursprünglichen Zeitpunkt bin ich unterwegs.
       *[other] Zum ursprünglich besprochenen Zeitpunkt bin ich auf Reisen.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Derzeit gebe ich Positionen den Vorzug, deren Standort und Arbeitszeiten mit meinen gegenwärtigen Umständen vereinbar sind.
        [brief] Standort und Arbeitszeiten lassen sich mit meiner Lebenssituation derzeit schwer vereinbaren.
       *[other] Derzeit suche ich eine Tätigkeit, deren Standort und Arbeitszeiten sich mit meiner Lebenssituation vereinbaren lassen.
    }
}
engagement-logistics = { $tone ->
    [formal] Die damit verbundenen Reisen und Termine lassen sich für mich derzeit nicht einrichten.
    [brief] Die Anreise lässt sich für mich gerade nicht einrichten.
    [firm] Die Reise und die damit verbundenen Termine lassen sich derzeit nicht mit meinen übrigen Verpflichtungen vereinbaren.
   *[other] Anreise und Termine lassen sich bei mir im Moment nicht unter einen Hut bringen.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Zum vorgesehenen Zeitpunkt bin ich leider durch familiäre Betreuungspflichten gebunden.
        [brief] Zum geplanten Zeitpunkt bin ich familiär eingebunden.
       *[other] Zum geplanten Zeitpunkt bin ich familiär stark eingebunden.
    }
   *[other] { $tone ->
        [formal] Meine familiären Betreuungspflichten erfordern derzeit meine volle Aufmerksamkeit.
        [brief] Familiäre Verpflichtungen haben derzeit Vorrang.
       *[other] { $scenario ->
            [academic_invitation] Familiäre Betreuungsaufgaben binden mich in den kommenden Monaten stark, deshalb übernehme ich derzeit keine zusätzlichen Ämter.
            [speaking_engagement] In den kommenden Monaten braucht mich meine Familie, deshalb nehme ich keine Auftritte an.
            [media_interview] Im Moment braucht mich meine Familie, deshalb halte ich mir die Zeit frei.
           *[other] In den kommenden Monaten braucht mich meine Familie, und danach richte ich meine Pläne aus.
        }
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Gern würde ich mir vorher etwas mehr Bedenkzeit nehmen, um gut vorbereitet zu sein.
        [brief] Etwas mehr Bedenkzeit wäre mir lieb.
       *[other] Gern hätte ich noch etwas Bedenkzeit, damit ich gut vorbereitet bin.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Mein beruflicher Weg führt mich derzeit zu Aufgaben, die meiner Ausrichtung noch genauer entsprechen.
        [brief] Ich suche eine Aufgabe, die noch genauer zu meinem Profil passt.
       *[other] Ich orientiere mich beruflich in eine andere Richtung.
    }
}
engagement-company-fit = { $tone ->
    [formal] Derzeit beschränke ich meine Zusagen auf Projekte, die eng mit meinen aktuellen Prioritäten verbunden sind.
    [brief] Derzeit konzentriere ich mich auf einige aktuelle Prioritäten.
   *[other] Im Moment beschränke ich meine Zusagen auf Projekte, die eng mit meinen aktuellen Prioritäten zusammenhängen.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Vorher möchte ich mir etwas Zeit nehmen, um den Zuschnitt der Aufgabe mit meiner Erfahrung abzugleichen.
        [brief] Zuerst möchte ich mir den Zuschnitt der Aufgabe genauer ansehen.
       *[other] Vorher würde ich gern in Ruhe überlegen, wie der Zuschnitt der Aufgabe zu meiner Erfahrung passt.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Mein Ziel ist eine Position, in der ich die gesamte Breite meiner Erfahrung einbringen kann.
        [brief] Mein Ziel ist eine Aufgabe mit mehr Verantwortung.
       *[other] Mir ist eine Aufgabe wichtig, in der ich meine Erfahrung in ihrer ganzen Bandbreite einbringen kann.
    }
}
engagement-overqualified = { $tone ->
    [formal] { $scenario ->
        [academic_invitation] Meine Zeit für Gremienarbeit ist derzeit bereits durch meine Leitungsaufgaben gebunden.
       *[other] Meine Zeit gehört derzeit vor allem meinen Leitungsaufgaben.
    }
    [brief] { $scenario ->
        [academic_invitation] Derzeit gehen meine Leitungsaufgaben vor.
       *[other] Meine Leitungsaufgaben gehen derzeit vor.
    }
   *[other] { $scenario ->
        [academic_invitation] Meine Leitungsaufgaben haben derzeit Vorrang, deshalb übernehme ich keine zusätzliche Gremienarbeit.
       *[other] Meine Leitungsaufgaben haben derzeit Vorrang, deshalb nehme ich solche Termine nicht wahr.
    }
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Meine Verpflichtungen in den kommenden Wochen sind umfangreich, und ich möchte gut vorbereitet zu Ihnen kommen.
        [brief] Meine nächsten Wochen sind bereits fest verplant.
       *[other] Die nächsten Wochen sind bei mir bereits mit anderen Verpflichtungen gefüllt, und ich möchte gut vorbereitet sein.
    }
    [media_interview] { $tone ->
        [formal] Meine derzeitigen Verpflichtungen lassen mir nicht den Raum, mich so gründlich vorzubereiten, wie es das Thema verlangt.
        [firm] Meine Termine der kommenden Wochen sind bereits vollständig vergeben.
        [brief] Meine nächsten Wochen sind bereits fest verplant.
       *[warm] Neben meinen laufenden Projekten könnte ich mich gerade nicht so gründlich vorbereiten, wie es mir wichtig wäre.
    }
    [speaking_engagement] { $tone ->
        [formal] Meine derzeitigen Verpflichtungen lassen mir nicht den Raum, mich so gründlich vorzubereiten, wie es Ihr Publikum verdient.
        [firm] Meine Kapazitäten für Vorträge und Podien sind in diesem Zeitraum bereits ausgeschöpft.
        [brief] Eine gründliche Vorbereitung kann ich derzeit nicht zusagen.
       *[warm] Meine laufenden Projekte lassen mir gerade nicht die Ruhe, mich so gut vorzubereiten, wie es Ihr Publikum verdient.
    }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Meine derzeitigen Verpflichtungen lassen es nicht zu, mich den nächsten Schritten mit der gebotenen Sorgfalt zu widmen.
        [brief] Dem weiteren Verfahren könnte ich mich derzeit nicht mit der nötigen Sorgfalt widmen.
       *[other] Bei meinen aktuellen Verpflichtungen könnte ich mich den nächsten Schritten nicht mit der nötigen Sorgfalt widmen.
    }
}
engagement-bandwidth = { $tone ->
    [formal] Meine derzeitigen Verpflichtungen lassen es nicht zu, mich dieser Aufgabe mit der gebotenen Gründlichkeit zu widmen.
    [brief] Meine laufenden Projekte lassen derzeit keine zusätzliche Aufgabe zu.
   *[other] Neben meinen laufenden Verpflichtungen könnte ich mich dieser Aufgabe im Moment nicht mit der nötigen Sorgfalt widmen.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Da das Thema etwas außerhalb meines üblichen Schwerpunkts liegt, möchte ich mich gründlich vorbereiten.
        [brief] Darauf möchte ich mich gründlich vorbereiten.
       *[other] Gern würde ich mich gründlich vorbereiten, da das Thema etwas außerhalb meines üblichen Schwerpunkts liegt.
    }
    [media_interview] { $tone ->
        [formal] Das Thema liegt außerhalb meines Fachgebiets, und { $invitation ->
            [article] Ihre Leserinnen und Leser verdienen dazu eine berufenere Stimme.
            [comment] Ihre Leserinnen und Leser verdienen dazu eine berufenere Stimme.
            [podcast] Ihre Hörerinnen und Hörer verdienen dazu eine berufenere Stimme.
           *[other] dazu gibt es deutlich berufenere Stimmen.
        }
        [brief] Das Thema liegt außerhalb meines Fachgebiets.
       *[other] Das Thema liegt außerhalb meines Fachgebiets, und { $invitation ->
            [article] Ihren Leserinnen und Lesern kann dazu jemand anderes weit fundierter Auskunft geben.
            [comment] Ihren Leserinnen und Lesern kann dazu jemand anderes weit fundierter Auskunft geben.
            [podcast] Ihren Hörerinnen und Hörern kann dazu jemand anderes weit fundierter Auskunft geben.
           *[other] dazu können andere weit fundierter Auskunft geben.
        }
    }
    [speaking_engagement] { $tone ->
        [formal] Das Thema liegt außerhalb meines Fachgebiets, und Ihr Publikum sollte dazu jemanden hören, der darin ausgewiesen ist.
        [brief] Das Thema liegt außerhalb meines Fachgebiets.
       *[other] Das Thema liegt außerhalb meines Fachgebiets, und Ihr Publikum sollte dazu jemanden hören, der sich damit eingehend beschäftigt.
    }
    [academic_invitation] { $tone ->
        [formal] { academic-scope } liegt außerhalb meines Forschungsgebiets, und hierfür gibt es berufenere Kolleginnen und Kollegen.
        [brief] { academic-scope } liegt außerhalb meines Forschungsgebiets.
       *[other] { academic-scope } liegt außerhalb meines Forschungsgebiets, und dafür gibt es berufenere Kolleginnen und Kollegen.
    }
   *[other] { $tone ->
        [formal] Bei genauerer Betrachtung liegt das Aufgabenprofil außerhalb meiner eigentlichen Stärken.
        [brief] Das Aufgabenprofil liegt außerhalb meiner Kernkompetenzen.
       *[other] Bei genauerem Hinsehen liegt das Aufgabenprofil außerhalb meiner eigentlichen Stärken.
    }
}

# Was außerhalb des eigenen Gebiets liegt: bei einem Manuskript oder Vortrag das Thema, bei
# einer Zeitschrift, einem Gremium oder einer Prüfung die fachliche Ausrichtung.
academic-scope = { $invitation ->
    [editorial_board] Das fachliche Profil der Zeitschrift
    [committee] Die fachliche Ausrichtung
    [program_committee] Die fachliche Ausrichtung der Tagung
    [examiner] Die Arbeit
   *[other] Das Thema
}
