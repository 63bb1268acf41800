### Gründe: je ein Satz, immer über die eigene Ausrichtung oder Verfügbarkeit, nie über ein
### Versäumnis des Gegenübers. Eigene Formulierungen für Bewerbungsprozesse (job_interview,
### clarification_reply, stay_in_touch), für Anfragen (media_interview, speaking_engagement,
### academic_invitation) und für eine Terminverschiebung, bei der der Grund den Zeitpunkt
### erklärt. `company_fit` nennt nie ein Bedenken.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ich habe gerade eine neue Position angetreten, und meine ersten Wochen sind bereits vollständig verplant.
        [brief] Ich habe gerade eine neue Stelle angetreten.
       *[other] Ich habe gerade eine neue Stelle angetreten, und meine ersten Wochen sind schon fest verplant.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] Ich habe vor Kurzem eine andere Position angenommen, die sehr gut zu meinen derzeitigen Zielen passt.
        [brief] Ich habe ein anderes Angebot angenommen.
       *[other] Ich habe vor Kurzem ein anderes Angebot angenommen, das sehr gut zu meinen aktuellen Zielen passt.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] Ich habe vor Kurzem eine neue Position übernommen und halte mir meinen Kalender während der Einarbeitung bewusst frei.
    [brief] Ich habe gerade eine neue Stelle angetreten und halte mir den Kalender frei.
   *[other] Ich habe vor Kurzem eine neue Stelle angetreten und halte mir meinen Kalender frei, solange ich mich einarbeite.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ich befinde mich in einer intensiven Projektphase und möchte unserem Gespräch meine volle Aufmerksamkeit widmen.
        [brief] Ich stecke gerade in einer intensiven Projektphase.
       *[other] Ich stecke mitten in einer intensiven Projektphase und möchte unserem Gespräch meine volle Aufmerksamkeit schenken.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] Ich konzentriere mich derzeit auf Positionen, die unmittelbarer auf meinen Kernkompetenzen aufbauen.
        [brief] Ich richte meine Suche derzeit anders aus.
       *[other] Ich konzentriere mich gerade auf Stellen, die noch direkter auf meinen Kernkompetenzen aufbauen.
    }
}
engagement-career-focus = { $tone ->
    [formal] Ich konzentriere meine Zeit in den kommenden Monaten auf wenige zentrale Projekte.
    [brief] Ich konzentriere mich derzeit auf einige Kernprojekte.
   *[other] Ich konzentriere mich in den nächsten Monaten ganz auf einige wenige Kernprojekte.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ich möchte vor unserem Gespräch noch einige Fragen zu meinen Konditionen klären.
        [brief] Ich möchte vorher meine Konditionen klären.
       *[other] Ich möchte vor unserem Gespräch noch ein paar Fragen zu meinen Konditionen klären.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] Ich suche eine Position, die in dieser Phase meiner Laufbahn besser meinen Gehaltsvorstellungen entspricht.
        [brief] Ich suche eine Stelle, die besser zu meinen Gehaltsvorstellungen passt.
       *[other] Ich suche eine Stelle, die in dieser Phase besser zu meinen Gehaltsvorstellungen passt.
    }
}
engagement-compensation = { $tone ->
    [formal] Derzeit nehme ich nur Anfragen an, die meinen beruflichen Konditionen entsprechen.
    [brief] Ich übernehme derzeit nur Anfragen zu meinen üblichen Konditionen.
   *[other] Im Moment nehme ich nur Anfragen an, die zu meinen üblichen Konditionen passen.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Eine wichtige Projektfrist steht unmittelbar bevor, und ich möchte mich ganz darauf konzentrieren.
        [brief] Eine Projektfrist steht kurz bevor.
       *[other] Bei mir steht gerade eine wichtige Projektfrist an, und ich möchte mich voll darauf konzentrieren.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Nach Prüfung meiner aktuellen Verpflichtungen bin ich zu dem Schluss gekommen, dass jetzt nicht der richtige Zeitpunkt für einen beruflichen Wechsel ist.
        [brief] Der Zeitpunkt ist für mich gerade nicht der richtige.
       *[other] Beim Blick auf meine Verpflichtungen ist mir klar geworden, dass jetzt nicht der richtige Moment für einen Wechsel ist.
    }
}
engagement-timing = { $tone ->
    [formal] Der Termin überschneidet sich mit Verpflichtungen, die ich bereits eingegangen bin.
    [brief] Der Termin kollidiert mit bestehenden Verpflichtungen.
   *[other] Der Termin fällt mit Verpflichtungen zusammen, die ich bereits eingegangen bin.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Zum ursprünglich vorgesehenen Zeitpunkt bin ich auf Reisen.
        [brief] Zum ursprünglichen Termin bin ich unterwegs.
       *[other] Zum ursprünglich besprochenen Termin bin ich leider auf Reisen.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] Ich gebe derzeit Positionen den Vorzug, deren Standort und Arbeitszeiten mit meinen gegenwärtigen Umständen vereinbar sind.
        [brief] Ich bevorzuge derzeit Stellen, deren Standort und Arbeitszeiten zu mir passen.
       *[other] Ich konzentriere mich auf Stellen, deren Standort und Arbeitszeiten zu meiner aktuellen Lebenssituation passen.
    }
}
engagement-logistics = { $tone ->
    [formal] Die damit verbundenen Reisen und Termine lassen sich für mich derzeit nicht einrichten.
    [brief] Die Anreise lässt sich für mich gerade nicht einrichten.
   *[other] Die Reise und die Terminplanung, die damit verbunden wären, lassen sich bei mir im Moment nicht einrichten.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] In diesem Zeitraum nehmen mich familiäre Betreuungspflichten in Anspruch.
        [brief] In dieser Zeit bin ich familiär eingebunden.
       *[other] In diesem Zeitraum brauchen mich familiäre Betreuungsaufgaben.
    }
   *[other] { $tone ->
        [formal] Meine familiären Betreuungspflichten erfordern derzeit meine volle Aufmerksamkeit.
        [brief] Familiäre Betreuungspflichten haben gerade Vorrang.
       *[other] Meine familiären Betreuungsaufgaben brauchen gerade meine Aufmerksamkeit, und ich möchte ihnen voll gerecht werden.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ich würde mir gern etwas mehr Zeit zum Nachdenken nehmen, damit unser Gespräch möglichst ergiebig wird.
        [brief] Ich hätte gern etwas mehr Bedenkzeit.
       *[other] Ich hätte gern etwas mehr Zeit zum Nachdenken, damit unser Gespräch möglichst ergiebig wird.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] Ich habe mich entschieden, Möglichkeiten zu verfolgen, die enger mit meiner derzeitigen beruflichen Ausrichtung übereinstimmen.
        [brief] Ich schlage beruflich eine andere Richtung ein.
       *[other] Ich habe mich entschieden, Möglichkeiten nachzugehen, die noch besser zu meiner aktuellen Ausrichtung passen.
    }
}
engagement-company-fit = { $tone ->
    [formal] Ich beschränke meine Zusagen derzeit auf Vorhaben, die eng mit meinen aktuellen Prioritäten verbunden sind.
    [brief] Ich konzentriere mich auf einige aktuelle Prioritäten.
   *[other] Ich beschränke meine Zusagen im Moment auf Vorhaben, die eng mit meinen aktuellen Prioritäten zusammenhängen.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ich möchte mir vor unserem Gespräch etwas Zeit nehmen, um den Zuschnitt der Stelle mit meiner Erfahrung abzugleichen.
        [brief] Ich möchte mir zuerst den Zuschnitt der Stelle genauer ansehen.
       *[other] Ich würde mir vorher gern etwas Zeit nehmen, um zu überlegen, wie der Zuschnitt der Stelle zu meiner Erfahrung passt.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] Ich suche eine Position, in der ich die gesamte Breite meiner Erfahrung einbringen kann.
        [brief] Ich suche eine Stelle auf einer anderen Ebene.
       *[other] Ich suche eine Stelle, in der ich meine Erfahrung in ihrer ganzen Bandbreite einbringen kann.
    }
}
engagement-overqualified = { $tone ->
    [formal] Ich widme meine Zeit derzeit vorrangig Anfragen, die eine übergeordnete, strategische Perspektive erfordern.
    [brief] Ich konzentriere mich auf Anfragen auf einer anderen Ebene.
   *[other] Ich konzentriere mich derzeit auf Anfragen, bei denen eine übergeordnete, strategische Perspektive gefragt ist.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] Meine Verpflichtungen in den kommenden Wochen sind umfangreich, und ich möchte diesem Termin die Aufmerksamkeit widmen, die er verdient.
        [brief] Meine nächsten Wochen sind bereits fest verplant.
       *[other] In den nächsten Wochen habe ich viele Verpflichtungen, und ich möchte unserem Termin die Aufmerksamkeit schenken, die er verdient.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] Meine derzeitigen Verpflichtungen würden es mir nicht erlauben, dem Bewerbungsprozess die Aufmerksamkeit zu widmen, die er verdient.
        [brief] Ich könnte dem Prozess nicht die Aufmerksamkeit widmen, die er verdient.
       *[other] Bei meinen aktuellen Verpflichtungen bliebe mir nicht genug Raum, um dem Bewerbungsprozess die Aufmerksamkeit zu schenken, die er verdient.
    }
}
engagement-bandwidth = { $tone ->
    [formal] Meine derzeitigen Verpflichtungen würden es mir nicht erlauben, mich der Aufgabe mit der gebotenen Gründlichkeit zu widmen.
    [brief] Ich könnte mich der Aufgabe derzeit nicht gründlich genug widmen.
   *[other] Bei meinen aktuellen Verpflichtungen könnte ich mich der Aufgabe nicht mit der nötigen Gründlichkeit widmen.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] Ich möchte mich gründlich vorbereiten, da das Thema etwas außerhalb meines üblichen Schwerpunkts liegt.
        [brief] Ich möchte mich gründlich vorbereiten.
       *[other] Ich würde mich gern gründlich vorbereiten, da das Thema etwas außerhalb meines üblichen Schwerpunkts liegt.
    }
    [media_interview] { $tone ->
        [formal] Das Thema liegt außerhalb meines Fachgebiets, und Ihre Leserschaft verdient eine Einschätzung aus erster Hand.
        [brief] Das Thema liegt außerhalb meines Fachgebiets.
       *[other] Das Thema liegt außerhalb meines Fachgebiets, und Ihre Leserinnen und Leser verdienen eine Einschätzung aus erster Hand.
    }
    [speaking_engagement] { $tone ->
        [formal] Das Thema liegt außerhalb meines Fachgebiets, und Ihr Publikum verdient eine ausgewiesene fachliche Perspektive.
        [brief] Das Thema liegt außerhalb meines Fachgebiets.
       *[other] Das Thema liegt außerhalb meines Fachgebiets, und Ihr Publikum verdient jemanden, der näher daran ist.
    }
    [academic_invitation] { $tone ->
        [formal] Das Thema liegt außerhalb meines Forschungsgebiets, und es verdient jemanden mit größerer fachlicher Nähe.
        [brief] Das Thema liegt außerhalb meines Forschungsgebiets.
       *[other] Das Thema liegt außerhalb meines Forschungsgebiets und verdient jemanden, der näher daran arbeitet.
    }
   *[other] { $tone ->
        [formal] Bei genauerer Betrachtung liegt die Stelle außerhalb des Bereichs, in dem ich am meisten beitragen kann.
        [brief] Die Stelle liegt außerhalb meines Kernbereichs.
       *[other] Bei genauerem Hinsehen liegt die Stelle außerhalb des Bereichs, in dem ich am meisten bewirken kann.
    }
}
