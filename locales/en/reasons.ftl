### Reasons: one sentence each, always about the sender's fit or focus, never the reader's
### fault. Wording differs for job processes (job_interview, clarification_reply,
### stay_in_touch), for engagements (media_interview, speaking_engagement,
### academic_invitation) and for a reschedule, where the reason explains the timing.
### `company_fit` never names a concern. A reason follows the decision as its explanation,
### so it avoids the decision's words ("decided", "withdraw") and, in a job letter, "role"
### (the thanks and the stay-in-touch note name the role next to it). In a reschedule it
### stands before the proposal, so it avoids "time" and "find". In a stay_in_touch note it recalls
### a decline the reader already knows of ("As I mentioned, …").

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] I have just started a new position, and my first weeks are fully committed.
        [brief] I've just started a new job.
       *[other] I've just started a new job, and my first weeks there are already spoken for.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, I have accepted another offer, one that aligns closely with my current goals.
        [brief] As I mentioned, I've accepted another offer.
       *[other] As I mentioned, I've just accepted another offer, one that fits where I want to go next.
    }
   *[other] { $tone ->
        [formal] I have accepted another offer, one that aligns closely with my current goals.
        [brief] I've accepted another offer.
       *[other] I've just accepted another offer, one that fits where I want to go next.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] I have recently taken up a new position and am keeping my schedule clear while I settle in.
    [brief] I've just started a new job and am keeping my calendar clear.
   *[other] I've just started a new job, and I'm keeping my calendar clear while I settle in.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] A project of mine is at a demanding stage, and I would not want to give you less than my full attention.
        [brief] A project of mine is at a demanding stage.
       *[other] A project of mine is at a demanding stage, and I wouldn't want to give you less than my full attention.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, I am concentrating on positions that draw more directly on my core expertise.
        [brief] As I mentioned, I'm narrowing my search to positions closer to my core expertise.
       *[other] As I mentioned, I'm concentrating on positions that build more directly on my core expertise.
    }
   *[other] { $tone ->
        [formal] I am concentrating on positions that draw more directly on my core expertise.
        [brief] I'm narrowing my search to positions closer to my core expertise.
       *[other] I'm concentrating on positions that build more directly on my core expertise.
    }
}
engagement-career-focus = { $tone ->
    [formal] At present I am concentrating on a small number of core projects.
    [brief] I'm concentrating on a few core projects at the moment.
   *[other] I'm concentrating on a few core projects at the moment.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like to settle a few questions about terms before we proceed.
        [brief] I'd like to settle terms first.
       *[other] I'd like to settle a few questions about terms before we go ahead.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
    [clarification_reply] { $tone ->
        [formal] I have concluded that, taken as a whole, it is not what I am looking for at this stage of my career.
        [brief] Taken as a whole, it isn't what I'm looking for at this stage.
       *[other] I've concluded that, taken as a whole, it isn't what I'm looking for at this stage of my career.
    }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, I am seeking a position that better matches my salary expectations at this stage of my career.
        [brief] As I mentioned, I'm looking for a package closer to my salary expectations.
       *[other] As I mentioned, I'm looking for a position that better matches my salary expectations at this stage of my career.
    }
   *[other] { $tone ->
        [formal] I am seeking a position that better matches my salary expectations at this stage of my career.
        [brief] I'm looking for a package closer to my salary expectations.
       *[other] I'm looking for a position that better matches my salary expectations at this stage of my career.
    }
}
engagement-compensation = { $tone ->
    [formal] At present I am accepting only engagements that fit my professional terms.
    [brief] I'm only taking on engagements on my usual terms.
   *[other] These days I only accept engagements that fit my usual professional terms.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] Unfortunately, I have a prior commitment on the scheduled date.
        [brief] I have a prior commitment on the original date.
       *[other] Unfortunately, I have a prior commitment on the scheduled date.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, this is not the right moment for me to make a move.
        [brief] As I mentioned, the timing isn't right for me.
       *[other] As I mentioned, now isn't a good moment for me to make a move.
    }
   *[other] { $tone ->
        [formal] Given my current commitments, this is not the right moment for me to make a move.
        [brief] The timing isn't right for me.
       *[other] With my other commitments, now isn't a good moment for me to make a move.
    }
}
engagement-timing = { $tone ->
    [formal] The timing conflicts with commitments I have already made.
    [brief] The timing clashes with existing commitments.
   *[other] The timing clashes with commitments I've already made.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] Unfortunately, I will be travelling on the date originally proposed.
        [brief] I'll be travelling on the original date.
       *[other] Unfortunately, I'll be travelling on the original date.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, I am prioritising positions whose location and schedule suit my present circumstances.
        [brief] As I mentioned, I need a location and schedule that suit my circumstances.
       *[other] As I mentioned, I'm prioritising jobs whose location and hours suit my current circumstances.
    }
   *[other] { $tone ->
        [formal] I am prioritising positions whose location and schedule suit my present circumstances.
        [brief] I need a location and schedule that suit my circumstances.
       *[other] I'm prioritising jobs whose location and hours suit my current circumstances.
    }
}
engagement-logistics = { $tone ->
    [formal] The travel involved is not something I am able to manage at present.
    [brief] I can't manage the travel involved just now.
   *[other] The travel involved isn't something I can manage at the moment.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] Unfortunately, family caring responsibilities prevent me from attending on the scheduled date.
        [brief] I have a family commitment on the original date.
       *[other] Unfortunately, a family commitment has come up on the date we'd agreed.
    }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, caring responsibilities at home require my full attention at present.
        [brief] As I mentioned, I'm caring for a family member at the moment.
       *[other] As I mentioned, I'm caring for a family member at the moment, and that needs my full attention.
    }
   *[other] { $tone ->
        [formal] Caring responsibilities at home require my full attention at present.
        [brief] I'm caring for a family member at the moment.
       *[other] I'm caring for a family member at the moment, and that needs my full attention.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like a few more days to reflect, so that I can come well prepared.
        [brief] I'd like a few more days to reflect.
       *[other] I'd like a few more days to reflect, so that I can come well prepared.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, I am seeking an organisation whose focus is closer to my own.
        [brief] As I mentioned, I'm looking for a company whose focus is closer to my own.
       *[other] As I mentioned, I'm looking for an organisation whose focus is a little closer to my own.
    }
   *[other] { $tone ->
        [formal] I am seeking an organisation whose focus is closer to my own.
        [brief] I'm looking for a company whose focus is closer to my own.
       *[other] I'm looking for an organisation whose focus is a little closer to my own.
    }
}
engagement-company-fit = { $tone ->
    [formal] I am limiting my commitments to those closely aligned with my current priorities.
    [brief] I'm keeping my focus on a few current priorities.
   *[other] I'm limiting my commitments to those closely aligned with my current priorities.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like the opportunity to look more closely at the scope beforehand.
        [brief] I'd like to look at the scope first.
       *[other] I'd like a chance to look more closely at the scope beforehand.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, I am seeking a position whose scope reflects my level of seniority.
        [brief] As I mentioned, I'm looking for a more senior position.
       *[other] As I mentioned, I'm looking for a position whose scope matches my level of seniority.
    }
   *[other] { $tone ->
        [formal] I am seeking a position whose scope reflects my level of seniority.
        [brief] I'm looking for a more senior position.
       *[other] I'm looking for a position whose scope matches my level of seniority.
    }
}
engagement-overqualified = { $tone ->
    [formal] I would rather it went to people at an earlier stage of their careers.
    [brief] I'd rather see it go to people earlier in their careers.
   *[other] I'd rather see it go to people at an earlier stage of their careers.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] My commitments over the coming weeks are considerable, and I would not want to give you less than my full attention.
        [brief] My next few weeks are fully booked.
       *[other] My next few weeks are very full, and I wouldn't want to give you less than my full attention.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, my present commitments would not allow me to give the position the attention it deserves.
        [brief] As I mentioned, I couldn't give the position the attention it deserves.
       *[other] As I mentioned, my current commitments wouldn't let me give the position the attention it deserves.
    }
   *[other] { $tone ->
        [formal] My present commitments would not allow me to give this the attention it deserves.
        [brief] I can't give this the attention it deserves.
       *[other] My current commitments wouldn't let me give this the attention it deserves.
    }
}
engagement-bandwidth = { $tone ->
    [formal] My present commitments would not allow me to give this the time and care it deserves.
    [brief] My schedule is too full right now.
   *[other] With my current commitments, I couldn't give this the time and attention it deserves.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like a little longer to prepare, as the subject lies slightly outside my usual focus.
        [brief] I'd like a little longer to prepare.
       *[other] I'd like a little longer to prepare, as the subject is slightly outside my usual focus.
    }
    [media_interview] { $tone ->
        [formal] The subject lies outside my core expertise, and { audience-noun } would be better served by a specialist.
        [brief] The subject you have in mind is outside my core expertise.
       *[other] The subject you have in mind sits outside my core expertise, and { audience-noun } would be better served by a specialist.
    }
    [speaking_engagement] { $tone ->
        [formal] The subject lies outside my core expertise, and your audience deserves someone who works on it day to day.
        [brief] The subject you have in mind is outside my core expertise.
       *[other] The subject you have in mind sits outside my core expertise, and your audience deserves someone who works on it day to day.
    }
    [academic_invitation] { $tone ->
        [formal] { $has-topic ->
            [true] This lies outside my area of research, and a specialist would be better placed to do it justice.
           *[false] This lies outside my area of research, and a specialist would be better placed to do it justice.
        }
        [brief] This falls outside my research area.
       *[other] This falls outside my area of research, and a specialist would be better placed to do it justice.
    }
    [stay_in_touch] { $tone ->
        [formal] As I mentioned, the position lies outside the area in which I can contribute most.
        [brief] As I mentioned, the position is outside my main area of expertise.
       *[other] As I mentioned, the position sits outside the area where I can contribute most.
    }
   *[other] { $tone ->
        [formal] The position lies outside the area in which I can contribute most.
        [brief] The position is outside my main area of expertise.
       *[other] The position sits outside the area where I can contribute most.
    }
}

# Who a journalist's piece is for: readers of an article, listeners of a podcast.
audience-noun = { $invitation ->
    [article] your readers
    [comment] your readers
    [podcast] your listeners
   *[other] your audience
}
