### Was Tonhinweise sagen. Je Regel: der Wert ist die Kurzbeschreibung, `.message` sagt, was
### nicht stimmt, `.suggestion`, was stattdessen passt. Fälle einer Regel können eine eigene
### Empfehlung haben.

tone-negative-language = Abwertende oder schuldzuweisende Formulierung
    .message = Das schiebt den Grund dem Gegenüber zu und kann abwertend oder überheblich wirken.
    .suggestion = Beschreiben Sie, was Sie suchen, nicht, was dem Gegenüber fehlt, z. B. „Ich konzentriere mich auf Stellen, die zu meinem aktuellen Schwerpunkt passen.“
tone-negative-language-pay = Formulieren Sie es als eigene Erwartung: „Ich suche eine Position, die in dieser Phase besser meinen Gehaltsvorstellungen entspricht.“
tone-negative-language-offer = Sagen Sie es ohne Vergleich: „Ich habe mich für eine andere Möglichkeit entschieden, die enger mit meinen aktuellen Zielen übereinstimmt.“
tone-negative-language-dismissive = Sprechen Sie von Ihren eigenen Prioritäten: „Ich konzentriere mich auf Aufgaben, die zu meinem derzeitigen Schwerpunkt passen“ wirkt überlegt statt abweisend.

tone-presumptuous-fit = Über die Passung urteilen
    .message = Zu sagen, dass es „nicht passt“, wirkt anmaßend: Ob jemand passt, beurteilt auch das Gegenüber.
    .suggestion = Sprechen Sie über Ihre eigene Ausrichtung: „Ich habe mich entschieden, mich auf Stellen zu konzentrieren, die enger mit meinen aktuellen Zielen übereinstimmen.“

tone-too-busy = Zu beschäftigt
    .message = „Zu beschäftigt“ oder „keine Zeit“ kann nach schlechter Zeitplanung klingen oder danach, dass das Gegenüber keine Priorität hat.
    .suggestion = Nennen Sie stattdessen die Verpflichtung: „Meine derzeitigen Verpflichtungen würden es mir nicht erlauben, dem die Aufmerksamkeit zu widmen, die es verdient.“

tone-noncommittal = Unverbindlich
    .message = „Vielleicht ein andermal“ lässt die Sache offen, ohne eine klare Antwort zu geben.
    .suggestion = Sagen Sie klar ab und bieten Sie dann etwas Konkretes an: „Ich würde mich freuen, für künftige Gelegenheiten in Kontakt zu bleiben.“

tone-criticism = Kritik an der Organisation
    .message = Warnsignale wie Unternehmenskultur, Fluktuation oder Bewertungen zu benennen, bricht Brücken ab und lädt zur Diskussion ein.
    .suggestion = Bleiben Sie beim Grund allgemein: „Ich habe mich entschieden, Möglichkeiten zu verfolgen, die enger mit meiner derzeitigen Ausrichtung übereinstimmen.“

tone-oversharing = Zu viel Privates
    .message = Das verrät mehr über Ihre Gründe, als das Gegenüber wissen muss.
    .suggestion = Ein kurzer Grund genügt: „Ich habe mich für eine andere Möglichkeit entschieden, die zu meinem aktuellen Schwerpunkt passt.“

tone-too-short = Zu kurz
    .message = Weniger als drei Sätze können knapp oder abweisend wirken.
    .suggestion = Bedanken Sie sich, nennen Sie kurz einen Grund und fügen Sie einen Satz hinzu, der nach vorn blickt.

tone-too-long = Zu lang
    .message = Mehr als fünf Sätze: Eine Absage kommt am besten an, wenn sie kurz ist.
    .suggestion = Beschränken Sie sich auf drei bis fünf Sätze und streichen Sie Erklärungen, die das Gegenüber nicht braucht.

tone-missing-gratitude = Kein Dank
    .message = Die Nachricht bedankt sich nicht für die Zeit oder die Gelegenheit.
    .suggestion = Beginnen Sie mit einem Dank: „Vielen Dank, dass Sie an mich gedacht und sich Zeit für mich genommen haben.“

tone-missing-door-open = Keine offene Tür
    .message = Nichts in der Nachricht blickt nach vorn, sodass sie wie ein Abbruch des Kontakts wirken kann.
    .suggestion = Fügen Sie einen Satz hinzu, der nach vorn blickt: „Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass sich unsere Wege wieder kreuzen.“
