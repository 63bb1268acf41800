### What tone findings say. Each rule's message: its value is the rule's description, `.message`
### says what is wrong, `.suggestion` what to write instead. Cases of a rule may have their own
### suggestion message.

tone-negative-language = Blaming or dismissive phrasing
    .message = This puts the reason on them and can come across as dismissive or arrogant.
    .suggestion = Describe what you need rather than what they lack, e.g. "I'm prioritizing roles that match my current focus."
tone-negative-language-pay = Frame it as your own expectations: "I'm seeking a position that aligns more closely with my compensation expectations at this stage."
tone-negative-language-offer = Say it without comparing: "Another opportunity aligned more closely with my immediate goals."
tone-negative-language-dismissive = Focus on your own priorities: "I'm prioritizing roles that fit my current focus" reads as considered, not dismissive.

tone-presumptuous-fit = Deciding the fit for them
    .message = Saying it isn't a good fit sounds presumptuous: the fit is theirs to judge too.
    .suggestion = Speak about your own direction: "I've decided to focus on roles that align more closely with my current goals."

tone-too-busy = Too busy
    .message = "Too busy" can suggest poor time management or that they are not a priority.
    .suggestion = Name the commitment instead: "My current commitments wouldn't let me give this the attention it deserves."

tone-noncommittal = Noncommittal
    .message = "Maybe another time" leaves the loop open without a real answer.
    .suggestion = Close the loop cleanly, then offer something concrete: "I'd be glad to stay in touch about future opportunities."

tone-criticism = Criticism of the organization
    .message = Naming red flags such as culture, turnover or reviews burns bridges and invites debate.
    .suggestion = Keep the reason generic: "I've decided to pursue opportunities that align more closely with my current direction."

tone-oversharing = Oversharing
    .message = This gives more detail about your reasons than the reader needs.
    .suggestion = One short reason is enough: "I've decided to pursue another opportunity that aligns with my current focus."

tone-too-short = Too short
    .message = Fewer than three sentences can feel curt or dismissive.
    .suggestion = Thank them, give a brief reason, and add a forward-looking line.

tone-too-long = Too long
    .message = More than five sentences: a decline lands best when it is brief.
    .suggestion = Keep it to three to five sentences; cut explanations the reader does not need.

tone-missing-gratitude = No thanks
    .message = The message does not thank the reader for their time or the opportunity.
    .suggestion = Open with thanks: "Thank you for considering me and for the time your team has taken."

tone-missing-door-open = No door left open
    .message = Nothing in the message looks ahead, so it may read as closing the relationship.
    .suggestion = Add a forward-looking line: "I'd love to stay in touch, and I hope our paths cross again."
