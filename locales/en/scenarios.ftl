### The sentences of each scenario: subject, thanks (with or without a detail to praise),
### decision, and a closing line that keeps the door open ($stay-in-touch) or simply wishes
### the reader well. Formal wording uses no contractions; brief wording is shorter but warm;
### firm wording leaves no doubt that this opportunity is closed.

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] Withdrawal of my application for the { $position } role
       *[false] Withdrawal of my application
    }
    [firm] { $has-position ->
        [true] Withdrawing from the { $position } process
       *[false] Withdrawing my application
    }
    [brief] { $has-position ->
        [true] { $position }: withdrawing my application
       *[false] Withdrawing my application
    }
   *[warm] { $has-position ->
        [true] Thank you for the { $position } opportunity
       *[false] Thank you for the opportunity
    }
}

job-interview-thanks = { $tone ->
    [formal] Thank you for considering me for { role-phrase } and for the time you have devoted to my application.
    [firm] Thank you for considering me for { role-phrase } and for your time.
    [brief] Thank you for considering me for { role-phrase }.
   *[warm] Thank you so much for considering me for { role-phrase } and for the time you've invested in my application.
}

job-interview-thanks-detail = { $tone ->
    [formal] Thank you for considering me for { role-phrase }; I was particularly impressed by { $detail }.
    [firm] Thank you for considering me for { role-phrase }; I was impressed by { $detail }.
    [brief] Thank you for considering me for { role-phrase }; I was impressed by { $detail }.
   *[warm] Thank you so much for considering me for { role-phrase }; I was genuinely impressed by { $detail }.
}

# The stage the withdrawal comes at, by kind of invitation: " before the final round".
withdrawal-stage = { $invitation ->
    [screening_call] {" "}before our screening call
    [final_round] {" "}before the final round
   *[other] {""}
}

job-interview-decision = { $tone ->
    [formal] Having weighed this carefully, I have decided to withdraw{ withdrawal-stage }.
    [firm] I have decided to withdraw my application{ withdrawal-stage }, and my decision is final.
    [brief] I've decided to withdraw my application{ withdrawal-stage }.
   *[warm] After careful thought, I've decided to withdraw from the interview process{ withdrawal-stage }.
}

job-interview-door-open = { $tone ->
    [formal] I would welcome the opportunity to stay in touch, and I wish you every success in finding the right candidate.
    [firm] I'd be glad to stay in touch about future opportunities, and I wish you success in filling the role.
    [brief] I'd be glad to stay in touch, and I wish you the best.
   *[warm] I'd love to stay in touch, and I wish you every success in finding the right person.
}

job-interview-closing = { $tone ->
    [formal] I wish you every success in finding the right candidate.
    [firm] I wish you success in filling the role.
    [brief] I wish you the best.
   *[warm] I wish you every success in finding the right person for the role.
}

## media_interview

# "your piece on remote work for The Daily", "your episode of Hard Fork (The New York Times)
# about remote work", "your piece": a programme or series the caller names (`event`) stands
# after "of" or "on", where a name takes no article; the outlet follows it in parentheses, and
# the topic takes "about" so that "on" does not come twice ("your segment on Newsnight on …").
piece-phrase = { $has-event ->
    [true] { programme-piece }{ $has-organization ->
        [true] {" "}({ $organization })
       *[false] {""}
    }{ $has-topic ->
        [true] {" "}about { $topic }
       *[false] {""}
    }
   *[false] { $has-topic ->
        [true] { piece-noun } on { $topic }
       *[false] { piece-noun }
    }{ $has-organization ->
        [true] {" "}for { $organization }
       *[false] {""}
    }
}

# The piece, inside a programme or series the caller named.
programme-piece = { $invitation ->
    [broadcast] your segment on { $event }
    [podcast] your episode of { $event }
    [article] your article for { $event }
   *[other] your piece for { $event }
}

# What the journalist is making, by kind of invitation; a comment is for their piece.
piece-noun = { $invitation ->
    [article] your article
    [broadcast] your broadcast
    [podcast] your podcast episode
   *[other] your piece
}

# The same, once it has been named: "I wish you the best with the episode."
piece-noun-again = { $invitation ->
    [article] the article
    [broadcast] the broadcast
    [podcast] the episode
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
       *[other] Your request about { $topic }
    }
   *[false] { media-request-noun }
}

media-interview-thanks = { $tone ->
    [formal] Thank you for your invitation to contribute to { piece-phrase }; I am honored to have been considered.
    [firm] Thank you for thinking of me for { piece-phrase }.
    [brief] Thanks for thinking of me for { piece-phrase }.
   *[warm] Thank you for reaching out about { piece-phrase }; I'm honored you thought of me.
}

media-interview-thanks-detail = { $tone ->
    [formal] Thank you for your invitation to contribute to { piece-phrase }; I have long admired { $detail }.
    [firm] Thank you for thinking of me for { piece-phrase }; I have admired { $detail }.
    [brief] Thanks for thinking of me; I admire { $detail }.
   *[warm] Thank you for reaching out about { piece-phrase }; I've long admired { $detail }.
}

media-interview-decision = { $tone ->
    [formal] Regrettably, I am unable to participate.
    [firm] I won't be taking part, and I wanted to tell you right away so you can plan.
    [brief] I won't be able to take part.
   *[warm] Unfortunately, I won't be able to take part on this occasion.
}

media-interview-door-open = { $tone ->
    [formal] I would be glad to be in touch for future stories, and I wish you every success with { piece-noun-again }.
    [firm] I'd be glad to stay in touch for future stories, and I wish you the best with this one.
    [brief] Happy to connect on future stories, and best of luck with { piece-noun-again }.
   *[warm] I'd be happy to connect on future stories, and I wish you the best with { piece-noun-again }.
}

media-interview-closing = { $tone ->
    [formal] I wish you every success with { piece-noun-again }.
    [firm] I wish you the best with { piece-noun-again }.
    [brief] Best of luck with { piece-noun-again }.
   *[warm] I wish you the very best with { piece-noun-again }.
}

## speaking_engagement

# "Product Summit 2027, organized by Acme", "your event at Acme", "your webinar", "your event"
event-phrase = { $has-event ->
    [true] { $event }{ $has-organization ->
        [true] , organized by { $organization }
       *[false] {""}
    }
   *[false] { $invitation ->
        [webinar] your webinar
       *[other] your event
    }{ at-organization }
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
    [webinar] present
   *[other] speak
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] Your invitation to { speaking-activity } at { $event }
        [firm] Unable to { speaking-activity } at { $event }
        [brief] { $event }: speaking invitation
       *[warm] Thank you for the invitation to { $event }
    }
   *[false] { $tone ->
        [formal] Your invitation to { speaking-activity }
        [firm] Unable to accept your speaking invitation
        [brief] Your speaking invitation
       *[warm] Thank you for the speaking invitation
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] Thank you for your kind invitation to { speaking-activity }{ topic-clause } at { event-phrase }.
    [firm] Thank you for inviting me to { speaking-activity }{ topic-clause } at { event-phrase }.
    [brief] Thanks for inviting me to { speaking-activity } at { event-phrase }.
   *[warm] Thank you so much for inviting me to { speaking-activity }{ topic-clause } at { event-phrase }; I'm flattered you thought of me.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] Thank you for your kind invitation to { speaking-activity }{ topic-clause } at { event-phrase }; I have been impressed by { $detail }.
    [firm] Thank you for inviting me to { speaking-activity } at { event-phrase }; I have been impressed by { $detail }.
    [brief] Thanks for inviting me to { speaking-activity }; I've been impressed by { $detail }.
   *[warm] Thank you so much for inviting me to { speaking-activity }{ topic-clause } at { event-phrase }; I've been genuinely impressed by { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] After careful consideration, I must respectfully decline.
    [firm] I have decided to decline, and I wanted to let you know now so you can plan the program.
    [brief] I'll have to decline.
   *[warm] After looking carefully at my calendar, I'm sorry to say I'll have to decline.
}

speaking-engagement-door-open = { $tone ->
    [formal] I would welcome the opportunity to contribute to a future event, and I wish you every success with this one.
    [firm] I'd be glad to hear about future events, and I hope this one is a great success.
    [brief] I'd welcome future invitations, and I hope it goes brilliantly.
   *[warm] I'd be open to discussing future opportunities when my schedule allows, and I hope the event is a great success.
}

speaking-engagement-closing = { $tone ->
    [formal] I wish you every success with the event.
    [firm] I hope the event is a great success.
    [brief] I hope it goes brilliantly.
   *[warm] I hope the event is a wonderful success.
}

## academic_invitation

invitation-phrase = { $has-event ->
    [true] { $event }{ at-organization }
   *[false] { $has-organization ->
        [true] this work at { $organization }
       *[false] this work
    }
}

# What the academic is asked to do, by kind of invitation; without a kind, "take part in …".
academic-task = { $invitation ->
    [peer_review] review a manuscript{ for-event }
    [editorial_board] join the editorial board{ of-event }
    [committee] serve on the committee{ for-event }
    [guest_lecture] deliver a guest lecture{ for-event }
    [program_committee] serve on the program committee{ for-event }
    [examiner] serve as an examiner{ for-event }
   *[other] take part in { invitation-phrase }
}

# The same with the subject, where the fuller tones name it: "review a manuscript on remote
# work for Journal of Applied Logic".
academic-task-on-topic = { $invitation ->
    [peer_review] review a manuscript{ subject-clause }{ for-event }
    [editorial_board] join the editorial board{ of-event }
    [committee] serve on the committee{ subject-clause }{ for-event }
    [guest_lecture] deliver a guest lecture{ subject-clause }{ for-event }
    [program_committee] serve on the program committee{ for-event }
    [examiner] serve as an examiner{ $has-topic ->
        [true] {" "}for a thesis on { $topic }
       *[false] {""}
    }{ for-event }
   *[other] take part in { invitation-phrase }{ subject-clause }
}

# " for Journal of Applied Logic (Northwind)": the name stands where it needs no article.
for-event = { $has-event ->
    [true] {" "}for { $event }
   *[false] {""}
}{ academic-organization }

of-event = { $has-event ->
    [true] {" "}of { $event }
   *[false] {""}
}{ academic-organization }

# " (Elsevier)": after a journal, a committee or a thesis the organisation is a publisher or
# a host, not a place ("a journal at Elsevier"), and "at University of Edinburgh" would
# want an article the pack cannot know; in parentheses it needs none.
academic-organization = { $has-organization ->
    [true] {" "}({ $organization })
   *[false] {""}
}

# The invitation, named in a subject line.
academic-invitation-noun = { $invitation ->
    [peer_review] Review invitation
    [editorial_board] Editorial board invitation
    [committee] Committee invitation
    [guest_lecture] Guest lecture invitation
    [program_committee] Program committee invitation
    [examiner] Examiner invitation
   *[other] Your invitation
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] { academic-invitation-noun }: { $event }
        [firm] Declining your invitation: { $event }
        [brief] { academic-invitation-noun }: { $event }
       *[warm] Thank you for your invitation: { $event }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] Your kind invitation
           *[other] { academic-invitation-noun }
        }
        [firm] { $invitation ->
            [none] Declining your kind invitation
           *[other] { academic-invitation-noun }: declining
        }
        [brief] { academic-invitation-noun }
       *[warm] Thank you for your kind invitation
    }
}

# " on remote work", or nothing
subject-clause = { $has-topic ->
    [true] {" "}on { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] Thank you for your kind invitation to { academic-task-on-topic }; I am honored to have been asked.
    [firm] Thank you for inviting me to { academic-task }.
    [brief] Thank you for inviting me to { academic-task }.
   *[warm] Thank you for your kind invitation to { academic-task-on-topic }; it means a great deal to be asked.
}

# A manuscript has only just arrived: it is noticed, not "long admired".
academic-invitation-thanks-detail = { $tone ->
    [formal] Thank you for your kind invitation to { academic-task }; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I have long admired { $detail }.
    }
    [firm] Thank you for inviting me to { academic-task }; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I have long admired { $detail }.
    }
    [brief] Thank you for inviting me; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I admire { $detail }.
    }
   *[warm] Thank you for your kind invitation to { academic-task }; { $invitation ->
        [peer_review] I was struck by { $detail }.
       *[other] I've long admired { $detail }.
    }
}

academic-invitation-decision = { $tone ->
    [formal] After careful consideration, I must respectfully decline.
    [firm] I have decided to decline, and I am letting you know promptly so you can plan accordingly.
    [brief] I must decline.
   *[warm] I've given it careful thought and must regretfully decline.
}

academic-invitation-door-open = { $tone ->
    [formal] I would be pleased to remain in contact and hope to contribute on a future occasion.
    [firm] I'd be glad to stay in touch about future collaborations.
    [brief] I'd be glad to stay in touch.
   *[warm] I'd be delighted to stay in touch and hope to collaborate in the future.
}

academic-invitation-closing = { $tone ->
    [formal] I wish you every success with this work.
    [firm] I wish you every success with it.
    [brief] All the best with it.
   *[warm] I wish you every success with it.
}

## reschedule

reschedule-subject = { $tone ->
    [formal] Request to reschedule { meeting-phrase }
    [firm] Rescheduling { meeting-phrase }
    [brief] New time for { meeting-phrase }?
   *[warm] A new time for { meeting-phrase }?
}

reschedule-thanks = { $tone ->
    [formal] Thank you for inviting me to { meeting-phrase }; I am sincerely looking forward to it.
    [firm] Thank you for inviting me to { meeting-phrase }.
    [brief] Thanks for inviting me to { meeting-phrase }.
   *[warm] Thank you for inviting me to { meeting-phrase }; I'm genuinely looking forward to it.
}

reschedule-thanks-detail = { $tone ->
    [formal] Thank you for inviting me to { meeting-phrase }; I have been impressed by { $detail }.
    [firm] Thank you for inviting me to { meeting-phrase }; I have been impressed by { $detail }.
    [brief] Thanks for inviting me; I've been impressed by { $detail }.
   *[warm] Thank you for inviting me to { meeting-phrase }; I've been genuinely impressed by { $detail }.
}

# $proposed-time is a time phrase that reads after "meet": "early next month", "in Q3".
reschedule-proposal = { $tone ->
    [formal] Would it be possible to find a time { $proposed-time } instead?
    [firm] I would like to propose that we find a time { $proposed-time } instead.
    [brief] Could we find a time { $proposed-time } instead?
   *[warm] Would you be open to finding a time { $proposed-time } instead?
}

reschedule-door-open = { $tone ->
    [formal] Should that not be possible, I fully understand, and I would be glad to stay in touch either way.
    [firm] If that isn't possible, I understand, and I'd be glad to stay in touch either way.
    [brief] If not, I understand, and I'd be glad to stay in touch.
   *[warm] If that doesn't suit you, I completely understand, and I'd be glad to stay in touch either way.
}

reschedule-closing = { $tone ->
    [formal] Should that not be possible, I fully understand and appreciate the invitation regardless.
    [firm] If that isn't possible, I understand and appreciate the invitation regardless.
    [brief] If not, I understand.
   *[warm] If that doesn't suit you, I completely understand and appreciate the invitation regardless.
}

## clarification_reply: the reader asked whether anything could change the sender's mind.

clarification-reply-subject = { $tone ->
    [formal] Thank you for your follow-up
    [firm] { $has-position ->
        [true] My decision on the { $position } role
       *[false] My decision
    }
    [brief] Thanks for following up
   *[warm] Thank you for following up
}

clarification-reply-thanks = { $tone ->
    [formal] Thank you for your follow-up and for your willingness to consider adjustments.
    [firm] Thank you for following up and for offering to adjust things.
    [brief] Thanks for following up.
   *[warm] Thank you for following up and for asking whether anything could change; I really appreciate it.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] Thank you for your follow-up; I was particularly impressed by { $detail }, and I appreciate your willingness to consider adjustments.
    [firm] Thank you for following up; I was impressed by { $detail }, and I appreciate the offer.
    [brief] Thanks for following up; I was impressed by { $detail }.
   *[warm] Thank you for following up; I was genuinely impressed by { $detail }, and I appreciate you asking.
}

clarification-reply-decision = { $tone ->
    [formal] Having reflected further, I have decided to maintain my decision regarding { role-phrase }.
    [firm] My decision about { role-phrase } is final, and there is nothing that needs adjusting on your side.
    [brief] My decision stays the same.
   *[warm] I've thought it over carefully, and my decision about { role-phrase } stays the same.
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] I would welcome revisiting the conversation { $proposed-time }, and I appreciate your understanding.
        [firm] If a new opening arises { $proposed-time }, I'd be glad to hear about it.
        [brief] I'd be glad to revisit this { $proposed-time }.
       *[warm] I'd love to revisit the conversation { $proposed-time }, and I'm grateful for your understanding.
    }
   *[false] { $tone ->
        [formal] I appreciate your understanding and would welcome staying in touch.
        [firm] I appreciate your understanding, and I'd be glad to stay in touch about future roles.
        [brief] Thanks for understanding; let's stay in touch.
       *[warm] I'm grateful for your understanding and would love to stay in touch.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] Should my circumstances change { $proposed-time }, I will be in touch.
        [firm] Should my circumstances change { $proposed-time }, I'll reach out.
        [brief] If things change { $proposed-time }, I'll reach out.
       *[warm] If my circumstances change { $proposed-time }, I'll reach out.
    }
   *[false] { $tone ->
        [formal] Thank you again for your understanding.
        [firm] Thank you for your understanding.
        [brief] Thanks for understanding.
       *[warm] Thank you again for your understanding.
    }
}

## stay_in_touch: a short note after declining.

conversation-phrase = { $has-topic ->
    [true] our conversation about { $topic }
   *[false] { $has-position ->
        [true] our conversation about { role-phrase }
       *[false] our recent conversation
    }
}

stay-in-touch-subject = { $tone ->
    [formal] Keeping in touch
    [brief] Keeping in touch
   *[other] Staying in touch
}

stay-in-touch-thanks = { $tone ->
    [formal] Thank you again for { conversation-phrase } and for your time.
    [firm] Thank you again for { conversation-phrase }.
    [brief] Thanks again for { conversation-phrase }.
   *[warm] I really enjoyed { conversation-phrase } and wanted to thank you again for your time.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] Thank you again for { conversation-phrase }; I particularly enjoyed hearing about { $detail }.
    [firm] Thank you again for { conversation-phrase }; I enjoyed hearing about { $detail }.
    [brief] Thanks again for { conversation-phrase }; I enjoyed hearing about { $detail }.
   *[warm] Thank you again for { conversation-phrase }; I especially enjoyed hearing about { $detail }.
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] I would value remaining in contact as { $organization } continues to grow.
        [firm] While this role was not the right step for me, I'd value staying connected as { $organization } grows.
        [brief] Let's stay connected as { $organization } grows.
       *[warm] I'd love to stay connected as { $organization } grows.
    }
   *[false] { $tone ->
        [formal] I would value remaining in contact.
        [firm] While this role was not the right step for me, I'd value staying connected.
        [brief] Let's stay connected.
       *[warm] I'd love to stay connected.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] Please do not hesitate to contact me if I can ever be of help.
    [firm] Feel free to reach out any time.
    [brief] Happy to grab a coffee sometime.
   *[warm] Let me know if you'd ever like to grab a coffee.
}
