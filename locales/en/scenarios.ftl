### The sentences of each scenario: subject, thanks (with or without a detail to praise),
### decision, and a closing line that keeps the door open ($stay-in-touch) or simply wishes
### the reader well. Formal wording uses no contractions; brief wording is shorter but warm;
### firm wording leaves no doubt that this opportunity is closed.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Withdrawal of my application for the { $position } position
       *[false] Withdrawal of my application
    }
    [firm] { $has-position ->
        [true] Withdrawing my application for the { $position } role
       *[false] Withdrawing my application
    }
    [brief] { $has-position ->
        [true] My application for the { $position } role
       *[false] Withdrawing my application
    }
   *[warm] { $has-position ->
        [true] Thank you for the { $position } opportunity
       *[false] Thank you for the opportunity
    }
}

job-interview-thanks = { $tone ->
    [formal] Thank you for considering me for { role-phrase } and for the time you have given me so far.
    [firm] Thank you for the time you have spent on my application for { role-phrase }.
    [brief] Thank you for considering me for { role-phrase }.
   *[warm] Thank you so much for considering me for { role-phrase } and for all your time so far.
}

job-interview-thanks-detail = { $tone ->
    [formal] Thank you for considering me for { role-phrase }; I was particularly impressed by { $detail }.
    [firm] Thank you for the time you have spent on my application for { role-phrase }; I was impressed by { $detail }.
    [brief] Thanks for considering me for { role-phrase }; I was impressed by { $detail }.
   *[warm] I was genuinely impressed by { $detail }, and I'm grateful you considered me for { role-phrase }.
}

# The stage the withdrawal comes at, by kind of invitation: " before the final round".
withdrawal-stage = { $invitation ->
    [screening_call] {" "}before our screening call
    [final_round] {" "}before the final round
   *[other] {""}
}

job-interview-decision = { $reason ->
    [accepted_offer] { $tone ->
        [formal] I am writing to withdraw my application{ withdrawal-stage }.
        [firm] I am withdrawing my name from consideration{ withdrawal-stage }.
        [brief] I'm withdrawing my application{ withdrawal-stage }.
       *[warm] I'm writing to let you know that I'm withdrawing from the interview process{ withdrawal-stage }.
    }
   *[other] { $tone ->
        [formal] After giving it careful thought, I have decided to withdraw my application{ withdrawal-stage }.
        [firm] I have decided to withdraw my name from consideration{ withdrawal-stage }.
        [brief] I've decided to withdraw my application{ withdrawal-stage }.
       *[warm] After careful thought, I've decided to withdraw from the interview process{ withdrawal-stage }.
    }
}

# The door stays open in a way that fits the reason: after another offer, a hope to meet
# again; after a family matter, reconnecting later; otherwise, future openings.
job-interview-door-open = { $reason ->
    [accepted_offer] { $tone ->
        [formal] I hope our paths cross again, and I wish you every success with your search.
        [firm] I hope our paths cross again, and I wish you every success with your search.
        [brief] I hope our paths cross again, and I wish you all the best.
       *[warm] I hope our paths cross again, and I wish you every success in finding the right person.
    }
    [caregiving] { $tone ->
        [formal] I would be glad to reconnect once my circumstances allow, and I wish you every success with your search.
        [firm] I'd be glad to reconnect once my circumstances allow, and I wish you every success with your search.
        [brief] I'd be glad to reconnect once things settle; all the best with the search.
       *[warm] I'd love to reconnect once things settle, and I wish you every success in finding the right person.
    }
    [company_fit] { $tone ->
        [formal] I would be glad to stay in touch, and I wish you every success with your search.
        [firm] I'd be glad to stay in touch, and I wish you every success with your search.
        [brief] I'd be glad to stay in touch; all the best with the search.
       *[warm] I'd be glad to stay in touch, and I wish you every success in finding the right person.
    }
    [overqualified] { $tone ->
        [formal] I would be glad to hear about openings that suit my background, and I wish you every success with your search.
        [firm] I'd be glad to hear about openings that suit my background, and I wish you every success with your search.
        [brief] Do keep me in mind for openings that suit my background, and I wish you the best.
       *[warm] Please do keep me in mind for openings that suit my background, and I wish you every success in finding the right person.
    }
   *[other] { $tone ->
        [formal] I would be glad to hear about future openings, and I wish you every success with your search.
        [firm] I'd be glad to hear about future openings, and I wish you every success with your search.
        [brief] Do keep me in mind for future openings, and I wish you the best.
       *[warm] Please do keep me in mind for future openings, and I wish you every success in finding the right person.
    }
}

job-interview-closing = { $tone ->
    [formal] I wish you every success with your search.
    [firm] I wish you every success with your search.
    [brief] I wish you the best.
   *[warm] I wish you every success in finding the right person.
}

## media_interview

# "your piece on remote work for The Daily", "your episode of Decoder, from The Verge, on
# remote work", "your piece": after a programme or series the caller names (`event`) the outlet
# follows in commas ("Decoder (The Verge)" reads like a database row, and a possessive on
# caller text is unsafe).
piece-phrase = { $has-event ->
    [true] { programme-piece }{ $has-organization ->
        [true] { $invitation ->
            [broadcast] {" "}on { the-organization }
            [podcast] {""}
            [article] {" "}in { the-organization }
           *[other] {" "}at { the-organization }
        }
       *[false] {""}
    }
   *[false] { piece-noun }{ $has-organization ->
        [true] {" "}for { the-organization }
       *[false] {""}
    }{ $has-topic ->
        [true] {" "}on { $topic }
       *[false] {""}
    }
}

# The piece, inside a programme or series the caller named.
# "your segment on housing policy for Today on BBC Radio 4", "your episode on AI regulation
# for Decoder from The Verge": the subject first, then the programme, then its outlet.
programme-piece = { $invitation ->
    [broadcast] your item{ piece-topic } for { programme-name }
    [podcast] { $event-shape ->
        [plain] your { $event } episode{ piece-topic }{ $has-organization ->
            [true] {" "}for { the-organization }
           *[false] {""}
        }
       *[other] your episode of { the-event }{ piece-topic }{ $has-organization ->
            [true] {" "}for { the-organization }
           *[false] {""}
        }
    }
    [article] your article{ piece-topic } for { the-event }
   *[other] your piece{ piece-topic } for { the-event }
}

# "the Today programme", "the Andrew Marr Show": a bare programme title after "for" reads as
# an ordinary word ("for Today"), so it is named as a programme.
programme-name = { $event-shape ->
    [plain] the { $event } programme
   *[other] { the-event }
}

piece-topic = { $has-topic ->
    [true] {" "}on { $topic }
   *[false] {""}
}

# What the journalist is making, by kind of invitation; a comment is for their piece.
piece-noun = { $invitation ->
    [article] your article
    [broadcast] your segment
    [podcast] your podcast episode
   *[other] your piece
}

# The same, once it has been named: "I wish you the best with the show."
piece-noun-again = { $invitation ->
    [article] the article
    [broadcast] the programme
    [podcast] the show
   *[other] your reporting
}

# A request for comment is not an interview request.
media-request-noun = { $invitation ->
    [comment] Your request for comment
   *[other] Your interview request
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { media-request-noun } regarding { $topic }
       *[other] { media-request-noun }: { $topic }
    }
   *[false] { media-request-noun }
}

media-interview-thanks = { $tone ->
    [formal] I am honoured to have been asked to contribute to { piece-phrase }.
    [firm] Thank you for getting in touch about { piece-phrase }.
    [brief] Thanks for getting in touch about { piece-phrase }.
   *[warm] It was kind of you to approach me about { piece-phrase }.
}

media-interview-thanks-detail = { $tone ->
    [formal] I am honoured to have been asked to contribute to { piece-phrase }; I was particularly impressed by { $detail }.
    [firm] Thank you for getting in touch about { piece-phrase }; I was impressed by { $detail }.
    [brief] Thanks for getting in touch about { $invitation ->
        [podcast] your podcast
       *[other] { piece-noun }
    }; I was impressed by { $detail }.
   *[warm] It was kind of you to approach me about { piece-phrase }; I was really impressed by { $detail }.
}

# "Contribute" suits an interview, an episode and a request for comment alike.
media-interview-decision = { $tone ->
    [formal] Regrettably, I must decline.
    [firm] I won't be contributing, and I wanted to tell you now so you can make other arrangements.
    [brief] I won't be able to contribute.
   *[warm] Unfortunately, I won't be able to contribute on this occasion.
}

# Later pieces of the same kind: future episodes of a podcast, else future stories; one such
# piece, for a podcast, is "a future topic" (a "future episode" would sit next to "the show").
media-future = { $invitation ->
    [podcast] future episodes
    [broadcast] future items
   *[other] future stories
}

media-future-one = { $invitation ->
    [podcast] a future topic
    [broadcast] a future item
   *[other] a future story
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] I would be glad to help with { media-future-one } closer to my field, and I wish you every success with { piece-noun-again }.
        [firm] I'd be glad to help with { media-future-one } closer to my field.
        [brief] Happy to help with { media-future-one } closer to my field, and best of luck with { piece-noun-again }.
       *[warm] I'd be glad to help with { media-future-one } closer to my field, and I wish you the best with { piece-noun-again }.
    }
   *[other] { $tone ->
        [formal] I would be glad to help with { media-future }, and I wish you every success with { piece-noun-again }.
        [firm] I'd be glad to help with { media-future }, and I wish you the best with { piece-noun-again }.
        [brief] Happy to help with { media-future }, and best of luck with { piece-noun-again }.
       *[warm] Please do think of me for { media-future }, and I wish you the very best with { piece-noun-again }.
    }
}

media-interview-closing = { $tone ->
    [formal] I wish you every success with { piece-noun-again }.
    [firm] I wish you the best with { piece-noun-again }.
    [brief] Best of luck with { piece-noun-again }.
   *[warm] I wish you the very best with { piece-noun-again }.
}

## speaking_engagement

# "the Global Health Summit, hosted by the Gates Foundation", "your Acme event", "the Acme
# webinar", "your webinar", "your event": the organiser of a named event follows it in a
# clause ("Summit (Acme)" reads like a database row).
event-phrase = { $has-event ->
    [true] { the-event }{ $has-organization ->
        [true] { hosted-by }
       *[false] {""}
    }
   *[false] { $has-organization ->
        [true] { $invitation ->
            [webinar] the { $organization } webinar
           *[other] your { $organization } event
        }
       *[false] { $invitation ->
            [webinar] your webinar
           *[other] your event
        }
    }
}

# " at Design Summit 2027 (Acme)", " at your Acme event"; an organisation that brings its own
# article or opens with what it is takes "for" instead ("for the Chicago Booth Alumni Club",
# "for the University of Leeds"): "your the … event" cannot be written.
at-event-phrase = { $has-event ->
    [true] { $invitation ->
        [webinar] {" "}as part of { event-phrase }
       *[other] {" "}at { event-phrase }
    }
   *[false] { $invitation ->
        [webinar] { $has-organization ->
            [true] {" "}for { the-organization }
           *[false] { at-organization-event }
        }
       *[other] { at-organization-event }
    }
}

at-organization-event = { $organization-shape ->
        [article] {" "}for { $organization }
        [kind-first] {" "}for { the-organization }
       *[other] {" "}at { event-phrase }
}

topic-clause = { $has-topic ->
    [true] {" "}on { $topic }
   *[false] {""}
}

# What the speaker is asked to do, by kind of invitation.
speaking-activity = { $invitation ->
    [talk] give a talk
    [keynote] give the keynote
    [panel] join the panel
    [workshop] lead a workshop
    [webinar] present a webinar
   *[other] speak
}

# A webinar is presented for a series, not at it.
subject-event-preposition = { $invitation ->
    [webinar] for
   *[other] at
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Your invitation to { speaking-activity } { subject-event-preposition } { the-event }
        [firm] Unable to { speaking-activity } { subject-event-preposition } { the-event }
        [brief] Your invitation to { the-event }
       *[warm] Thank you for the invitation to { the-event }
    }
   *[false] { $tone ->
        [formal] Your invitation to { speaking-activity }
        [firm] Unable to accept your speaking invitation
        [brief] Your speaking invitation
       *[warm] Thank you for the speaking invitation
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Thank you for your kind invitation to { speaking-activity }{ topic-clause }{ at-event-phrase }.
    [firm] Thank you for inviting me to { speaking-activity }{ topic-clause }{ at-event-phrase }.
    [brief] Thanks for inviting me to { speaking-activity }{ at-event-phrase }.
   *[warm] I was delighted to be invited to { speaking-activity }{ topic-clause }{ at-event-phrase }, and I'm grateful you thought of me.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Thank you for your kind invitation to { speaking-activity }{ topic-clause }{ at-event-phrase }; I was particularly impressed by { $detail }.
    [firm] Thank you for inviting me to { speaking-activity }{ at-event-phrase }; I was impressed by { $detail }.
    [brief] Thanks for inviting me to { speaking-activity }; I was impressed by { $detail }.
   *[warm] Thank you so much for the invitation to { speaking-activity }{ topic-clause }{ at-event-phrase }; I was impressed by { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] After careful consideration, I must respectfully decline.
    [firm] I have decided to decline, and I wanted to let you know early so you can plan accordingly.
    [brief] I'll have to decline.
   *[warm] I'm sorry to say that I'll have to decline.
}

speaking-engagement-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] I would welcome an invitation to a future { edition-noun } on something closer to my field, and I wish you every success with this one.
        [firm] I'd be glad to hear about future { edition-noun }s, especially on themes closer to my field.
        [brief] I'd welcome a future invitation on something closer to my field.
       *[warm] I'd love to be considered for a future { edition-noun } on something closer to my field, and I hope this one is a great success.
    }
   *[other] { $tone ->
        [formal] I would welcome the opportunity to contribute to a future { edition-noun }, and I wish you every success with this one.
        [firm] I'd be glad to hear about future { edition-noun }s, and I hope this one is a great success.
        [brief] I'd welcome a future invitation, and I hope the { event-noun } { goes-well }.
       *[warm] I'd love to be considered for a future { edition-noun }, and I hope this one is a great success.
    }
}

speaking-engagement-closing = { $tone ->
    [formal] I wish you every success with the { event-noun }.
    [firm] I hope the { event-noun } is a great success.
    [brief] I hope the { event-noun } { goes-well }.
   *[warm] I hope the { event-noun } is a wonderful success.
}

# A webinar has sessions, not editions, and is not called "the event".
edition-noun = { $invitation ->
    [webinar] session
   *[other] event
}

goes-well = { $invitation ->
    [webinar] goes well
   *[other] goes brilliantly
}

event-noun = { $invitation ->
    [webinar] webinar
   *[other] event
}

## academic_invitation

invitation-phrase = { $has-event ->
    [true] { the-event }{ at-organization }
   *[false] { $has-organization ->
        [true] your work at { the-organization }
       *[false] your project
    }
}

# What the academic is asked to do, by kind of invitation; without a kind, "take part in …" an
# event or "contribute to …" the work.
academic-task = { $invitation ->
    [peer_review] review a submission{ for-event }
    [editorial_board] join the editorial board{ of-event }
    [committee] { $event-gender ->
        [body] serve on { the-event }{ academic-organization }
       *[other] serve on the committee{ for-event }
    }
    [guest_lecture] deliver a guest lecture{ for-event }
    [program_committee] { $event-gender ->
        [body] serve on { the-event }{ academic-organization }
       *[other] serve on the programme committee{ for-event }
    }
    [examiner] examine a PhD thesis{ for-event }
   *[other] { academic-task-other }
}

# The same with the subject, where the fuller tones name it: "review a manuscript on remote
# work for Journal of Applied Logic".
academic-task-on-topic = { $invitation ->
    [peer_review] review a submission{ subject-clause }{ for-event }
    [editorial_board] join the editorial board{ of-event }
    [committee] { $event-gender ->
        [body] serve on { the-event }{ academic-organization }
       *[other] serve on the committee{ subject-clause }{ for-event }
    }
    [guest_lecture] deliver a guest lecture{ subject-clause }{ for-event }
    [program_committee] { $event-gender ->
        [body] serve on { the-event }{ academic-organization }
       *[other] serve on the programme committee{ for-event }
    }
    [examiner] examine a PhD thesis{ $has-topic ->
        [true] {" "}on { $topic }
       *[false] {""}
    }{ for-event }
   *[other] { $has-event ->
        [true] take part in { the-event }{ subject-clause }{ at-organization }
       *[false] contribute to { $has-organization ->
            [true] your work{ subject-clause } at { the-organization }
           *[false] your project{ subject-clause }
        }
    }
}

# Without a kind of invitation: "take part in the Design Summit 2027", "contribute to your
# work at Northwind".
academic-task-other = { $has-event ->
    [true] take part in { invitation-phrase }
   *[false] contribute to { invitation-phrase }
}

# " for Journal of Applied Logic (Northwind)": the name stands where it needs no article.
for-event = { $has-event ->
    [true] {" "}for { the-event }
   *[false] {""}
}{ academic-organization }

of-event = { $has-event ->
    [true] {" "}of { the-event }
   *[false] {""}
}{ academic-organization }

# ", hosted by the Gates Foundation" after a named event, or nothing when the event's name
# already holds the organiser ("PyCon US 2027", not "PyCon US 2027, hosted by PyCon US").
hosted-by = { $event-names-organization ->
    [true] {""}
   *[false] , hosted by { the-organization }
}

# ", published by Elsevier" after a journal, " at the University of Edinburgh" after a
# lecture, a thesis or a committee, ", hosted by …" after any other event ("Journal (Elsevier)"
# reads like a database row); without an event, "for", "of" or "at" the organisation.
academic-organization = { $has-organization ->
    [true] { $has-event ->
        [true] { $event-names-organization ->
            [true] {""}
           *[false] { academic-publisher }
        }
       *[false] { academic-host }
    }
   *[false] {""}
}

# ", published by Elsevier" after a journal; a journal named like its publisher is not
# named twice.
academic-publisher = { $invitation ->
    [peer_review] , published by { the-organization }
    [editorial_board] , published by { the-organization }
    [guest_lecture] {" "}at { the-organization }
    [examiner] {" "}at { the-organization }
    [committee] {" "}at { the-organization }
   *[other] , hosted by { the-organization }
}

academic-host = { $invitation ->
    [peer_review] {" "}for { the-organization }
    [editorial_board] {" "}of { the-organization }
    [program_committee] {" "}for { the-organization }
   *[other] {" "}at { the-organization }
}

# The invitation, named in a subject line.
academic-invitation-noun = { $invitation ->
    [peer_review] Review invitation
    [editorial_board] Editorial board invitation
    [committee] Committee invitation
    [guest_lecture] Guest lecture invitation
    [program_committee] Programme committee invitation
    [examiner] Invitation to examine a PhD thesis
   *[other] Your invitation
}

# A committee named as one ("Research Ethics Committee") is not called a committee twice:
# "Invitation to serve on the Research Ethics Committee", not "Committee invitation: Research
# Ethics Committee".
academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-subject-named }
        [firm] { $event-shape ->
            [article] Declining your invitation from { $event }
           *[other] Declining your invitation: { $event }
        }
        [brief] { academic-subject-named }
       *[warm] { $event-gender ->
            [press] Thank you for the invitation from { the-event }
           *[other] Thank you for thinking of me for { the-event }
        }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Your kind invitation
           *[other] { academic-invitation-noun }
        }
        [firm] { academic-invitation-noun }
        [brief] { academic-invitation-noun }
       *[warm] { $invitation ->
            [peer_review] Thank you for the review invitation
            [editorial_board] Thank you for the editorial board invitation
            [program_committee] Thank you for the programme committee invitation
            [guest_lecture] Thank you for the guest lecture invitation
            [examiner] Thank you for the invitation to examine
           *[other] Thank you for your kind invitation
        }
    }
}

academic-subject-named = { $invitation ->
    [committee] { $event-gender ->
        [body] Invitation to serve on { the-event }
       *[other] { academic-subject-plain }
    }
    [program_committee] { $event-gender ->
        [body] Invitation to serve on { the-event }
       *[other] { academic-subject-plain }
    }
   *[other] { academic-subject-plain }
}

# "Review invitation: Journal of Applied Logic"; a name that opens with its article follows
# "from" ("Review invitation from the Lancet"), not a colon that leaves it in lower case.
academic-subject-plain = { $event-shape ->
    [article] { academic-invitation-noun } from { $event }
   *[other] { academic-invitation-noun }: { $event }
}

# " on remote work", or nothing
subject-clause = { $has-topic ->
    [true] {" "}on { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] I am grateful for your kind invitation to { academic-task-on-topic }.
    [firm] Thank you for inviting me to { academic-task }.
    [brief] Thank you for inviting me to { academic-task }.
   *[warm] I was honoured to be asked to { academic-task-on-topic }.
}

# A manuscript has only just arrived: it is noticed, not "long admired".
academic-invitation-thanks-detail = { $tone ->
    [formal] Thank you for your kind invitation to { academic-task }; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I have been impressed by { $detail }.
    }
    [firm] Thank you for inviting me to { academic-task }; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I have been impressed by { $detail }.
    }
    [brief] Thank you for inviting me; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I've been impressed by { $detail }.
    }
   *[warm] Thank you for your kind invitation to { academic-task }; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I've been really impressed by { $detail }.
    }
}

academic-invitation-decision = { $tone ->
    [formal] Having considered it carefully, I regret that I must decline.
    [firm] I have decided to decline, and I wanted to let you know promptly.
    [brief] I'm afraid I have to decline.
   *[warm] Sadly, I'm going to have to decline.
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] I would be pleased to help with future work closer to my own field.
        [firm] I'd be glad to help with future work closer to my own field.
        [brief] Happy to help with future work closer to my field.
       *[warm] I'd be delighted to help with future work closer to my own field.
    }
   *[other] { $tone ->
        [formal] I would be pleased to contribute on a future occasion.
        [firm] I'd be glad to hear about other ways I could contribute.
        [brief] Thanks again for thinking of me; I hope we can work together in the future.
       *[warm] I'd be glad to help on a future occasion, and thank you again for thinking of me.
    }
}

academic-invitation-closing = { $tone ->
    [formal] I wish you every success with this work.
    [firm] I wish you every success.
    [brief] Best of luck with everything.
   *[warm] Thank you again for thinking of me, and I wish you every success.
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Request to reschedule { meeting-phrase }
    [firm] Rescheduling { meeting-phrase }
    [brief] New time for { meeting-phrase }?
   *[warm] Could we reschedule { meeting-phrase }?
}

# What the sender is invited to do: "give the keynote at Design Summit 2027", "join the panel",
# or, for an interview or a meeting, the occasion itself ("the interview").
reschedule-task = { $invitation ->
    [talk] give a talk{ meeting-at-event }
    [keynote] give { meeting-phrase }
    [guest_lecture] give a guest lecture{ meeting-for-event }
    [broadcast] appear on { $has-event ->
        [true] { programme-name }
       *[false] your programme
    }
    [workshop] lead { meeting-phrase }
    [panel] join { meeting-phrase }
    [webinar] present { meeting-phrase }
    [comment] comment for your piece{ meeting-for-event }
    [none] { $has-event ->
        [true] take part in { the-event }
       *[false] { $has-position ->
            [true] { meeting-phrase }
           *[false] meet{ $has-topic ->
                [true] {" "}to discuss { $topic }
               *[false] {""}
            }
        }
    }
   *[other] { meeting-phrase }
}

reschedule-thanks = { $tone ->
    [formal] Thank you for inviting me to { reschedule-task }; I am very much looking forward to it.
    [firm] Thank you for inviting me to { reschedule-task }.
    [brief] Thanks for inviting me to { reschedule-task }.
   *[warm] Thank you for inviting me to { reschedule-task }; I'm genuinely looking forward to it.
}

reschedule-thanks-detail = { $tone ->
    [formal] Thank you for inviting me to { reschedule-task }; I was impressed by { $detail }.
    [firm] Thank you for inviting me to { reschedule-task }; I was impressed by { $detail }.
    [brief] Thanks for inviting me; I was impressed by { $detail }.
   *[warm] Thank you for inviting me to { reschedule-task }; I was genuinely impressed by { $detail }.
}

# $proposed-time is a time phrase that reads after "meet": "early next month", "in Q3".
reschedule-proposal = { $tone ->
    [formal] Would it be possible to find a time { $proposed-time } instead?
    [firm] I propose that we find a time { $proposed-time } instead.
    [brief] Could we find a time { $proposed-time } instead?
   *[warm] Would you be open to finding a time { $proposed-time } instead?
}

reschedule-door-open = { $tone ->
    [formal] Should that not suit you, I would be happy to work around your schedule.
    [firm] If that doesn't suit you, I'm open to another date that does.
    [brief] Happy to work around your schedule.
   *[warm] If that's difficult, I'm happy to work around your schedule.
}

reschedule-closing = { $tone ->
    [formal] Should that not suit you, I will do my best to make the original date work.
    [firm] If that isn't possible, I'll do what I can to keep the original date.
    [brief] If not, I'll try to make the original date work.
   *[warm] If that's not possible, I'll do my best to make the original date work.
}

## clarification_reply: the reader asked whether anything could change the sender's mind.

clarification-reply-subject = { $tone ->
    [formal] Thank you for your follow-up
    [firm] { $has-position ->
        [true] Re: { $position } role
       *[false] Re: your follow-up
    }
    [brief] Thanks for following up
   *[warm] Thank you for following up
}

clarification-reply-thanks = { $tone ->
    [formal] Thank you for your follow-up and for your willingness to consider adjustments.
    [firm] Thank you for following up and for your flexibility.
    [brief] Thanks for following up.
   *[warm] I really appreciate you following up and asking whether anything might make a difference.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Thank you for your follow-up; I was particularly impressed by { $detail }, and I appreciate your willingness to consider adjustments.
    [firm] Thank you for following up; I was impressed by { $detail }, and I appreciate the offer.
    [brief] Thanks for following up; I was impressed by { $detail }.
   *[warm] I really appreciate you following up; I was genuinely impressed by { $detail }.
}

clarification-reply-decision = { $tone ->
    [formal] After further thought, my decision regarding { role-phrase } remains unchanged.
    [firm] I have thought it through carefully, and my decision about { role-phrase } stands.
    [brief] My answer hasn't changed.
   *[warm] I've thought it over carefully, and my decision about { role-phrase } hasn't changed.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] I would welcome revisiting the conversation { $proposed-time }, and I appreciate your understanding.
        [firm] If a new opening arises { $proposed-time }, I'd be glad to hear about it.
        [brief] I'd be glad to revisit this { $proposed-time }.
       *[warm] I'd love to revisit the conversation { $proposed-time }, and I'm grateful for your understanding.
    }
   *[false] { $tone ->
        [formal] I appreciate your understanding and would be glad to keep in touch.
        [firm] I appreciate your understanding and would be glad to hear about future openings.
        [brief] Thanks for understanding; let's keep in touch.
       *[warm] I'm grateful for your understanding, and I hope our paths cross again.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Should my circumstances change { $proposed-time }, I will be in touch.
        [firm] Should my circumstances change { $proposed-time }, I'll let you know.
        [brief] If things change { $proposed-time }, I'll be in touch.
       *[warm] If my circumstances change { $proposed-time }, I'll let you know.
    }
   *[false] { $tone ->
        [formal] Thank you again for your understanding.
        [firm] Thank you for your understanding.
        [brief] Thanks for understanding.
       *[warm] Thank you again for your understanding.
    }
}

## stay_in_touch: a short note after declining.

# A brief note calls it a chat: "Thanks again for our chat about design systems."
conversation-phrase = { $has-topic ->
    [true] { conversation-noun } about { $topic }
   *[false] { $has-position ->
        [true] { conversation-noun } about { role-phrase }
       *[false] { $tone ->
            [brief] our recent chat
           *[other] our recent conversation
        }
    }
}

conversation-noun = { $tone ->
    [brief] our chat
   *[other] our conversation
}

stay-in-touch-subject = { $tone ->
    [formal] Thank you for our conversation
    [brief] Thanks for the chat
   *[other] Thank you for the conversation
}

stay-in-touch-thanks = { $tone ->
    [formal] Thank you again for { conversation-phrase } and for your time.
    [firm] Thank you again for { conversation-phrase }.
    [brief] Thanks again for { conversation-phrase }.
   *[warm] Thank you again for your time; I really enjoyed { conversation-phrase }.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] Thank you for { conversation-or-time }; { $detail } particularly stood out for me.
    [firm] Thank you for { conversation-or-time }; { $detail } stood out for me.
    [brief] Thanks for { conversation-or-time }; { $detail } really stood out.
   *[warm] Thank you for { conversation-or-time }; { $detail } really stood out for me.
}

# Before the caller's detail, which often names the conversation itself ("our conversation
# about your grants programme"): the subject of the talk when one was given, else the reader's
# time, so the letter never reads "our recent conversation; … our conversation about …". It names
# no conversation at all (fix review 4: "our conversation about the role; our conversation about
# your grants programme stood out"): the caller's detail may already.
conversation-or-time = { $has-topic ->
    [true] making time to { talk-verb } { $topic }
   *[false] { $has-position ->
        [true] making time to { talk-verb } { role-phrase }
       *[false] { $tone ->
            [formal] your time last week
           *[other] your time the other day
        }
    }
}

talk-verb = { $tone ->
    [formal] discuss
    [brief] chat about
   *[other] talk about
}

# After "our conversation about the Data Analyst role at Acme Health" the organization is
# not named again ("… as your team grows").
stay-in-touch-connect = { $has-organization ->
    [true] { $has-topic ->
        [true] { stay-in-touch-connect-named }
       *[false] { $has-position ->
            [true] { $tone ->
                [formal] I would value staying in touch as your team continues to grow.
                [firm] Although the opening wasn't the right step for me, I'd value staying connected as your team grows.
                [brief] Let's keep in touch; I'd love to hear how the team gets on.
               *[warm] I'd love to keep in touch and hear how things develop there.
            }
           *[false] { stay-in-touch-connect-named }
        }
    }
   *[false] { $tone ->
        [formal] I would value staying in touch.
        [firm] Although the opening wasn't the right step for me, I'd value staying connected.
        [brief] Let's keep in touch.
       *[warm] I'd love to keep in touch.
    }
}

stay-in-touch-connect-named = { $has-organization ->
    [true] { $tone ->
        [formal] I would value staying in touch and learning how things develop at { the-organization }.
        [firm] Although the opening wasn't the right step for me, I'd value staying connected with the team at { the-organization }.
        [brief] Let's keep in touch; I'd love to hear how things go at { the-organization }.
       *[warm] I'd love to keep in touch and hear how things develop at { the-organization }.
    }
   *[false] { $tone ->
        [formal] I would value staying in touch.
        [firm] Although the opening wasn't the right step for me, I'd value staying connected.
        [brief] Let's keep in touch.
       *[warm] I'd love to keep in touch.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Please do let me know if I can ever be of help.
    [firm] Feel free to reach out any time.
    [brief] Happy to meet for a coffee sometime.
   *[warm] Let me know if you'd ever like to meet for a coffee.
}
