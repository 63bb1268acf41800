### Reasons: one sentence each, always about the sender's fit or focus, never the reader's
### fault. Wording differs for job processes (job_interview, clarification_reply,
### stay_in_touch), for engagements (media_interview, speaking_engagement,
### academic_invitation) and for a reschedule, where the reason explains the timing.
### `company_fit` never names a concern.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] I have just started a new position, and my first weeks are fully committed.
        [brief] I've just started a new role.
       *[other] I've just started a new role, and my first weeks are fully committed.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] I have recently accepted another position that aligns closely with my current goals.
        [brief] I've accepted another offer.
       *[other] I've recently accepted another offer that aligns closely with my current goals.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] I have recently taken up a new position and am keeping my schedule clear while I settle in.
    [brief] I've just started a new role and am keeping my calendar clear.
   *[other] I've recently started a new role, and I'm keeping my schedule clear while I settle in.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] I am in a concentrated phase of a project and wish to give this my full attention.
        [brief] I'm in a focused project phase right now.
       *[other] I'm in the middle of a focused project phase and want to give this my full attention.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] I am currently concentrating on roles that draw more directly on my core expertise.
        [brief] I'm focusing my search in a different direction.
       *[other] I'm currently focusing on roles that build more directly on my core expertise.
    }
}
engagement-career-focus = { $tone ->
    [formal] I am concentrating my time on a small number of core projects at present.
    [brief] I'm focusing on a few core projects right now.
   *[other] I'm focusing my time on a few core projects at the moment.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like to settle a few questions about my terms before we speak.
        [brief] I'd like to settle my terms first.
       *[other] I'd like to settle a few questions about my terms before we speak.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] I am seeking a position that aligns more closely with my compensation expectations at this stage of my career.
        [brief] I'm seeking a role closer to my compensation expectations.
       *[other] I'm looking for a position that aligns more closely with my compensation expectations at this stage.
    }
}
engagement-compensation = { $tone ->
    [formal] At present I am accepting only engagements that fit my professional terms.
    [brief] I'm only taking on engagements within my usual terms.
   *[other] Right now I'm only taking on engagements that fit my professional terms.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] I am approaching a project deadline and wish to give this my full focus.
        [brief] I'm close to a project deadline.
       *[other] I'm in the middle of a project deadline and want to give this my full focus.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] Having reviewed my current commitments, I have concluded that this is not the right moment for me to make a change.
        [brief] The timing isn't right for me.
       *[other] After reviewing my commitments, I've realized this isn't the right moment for me to make a change.
    }
}
engagement-timing = { $tone ->
    [formal] The timing coincides with commitments I have already made.
    [brief] The timing clashes with existing commitments.
   *[other] The timing coincides with commitments I've already made.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] My travel schedule coincides with the time originally proposed.
        [brief] I'm traveling at the original time.
       *[other] My travel schedule overlaps with the time we first discussed.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] I am prioritizing positions whose location and schedule suit my present circumstances.
        [brief] I'm prioritizing roles whose location and schedule suit me.
       *[other] I'm prioritizing roles with a location and schedule that suit my current circumstances.
    }
}
engagement-logistics = { $tone ->
    [formal] I am unable to arrange the travel and scheduling involved at this time.
    [brief] I can't arrange the travel involved right now.
   *[other] I'm not able to arrange the travel and scheduling involved at the moment.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] A family caregiving commitment requires my attention during that period.
        [brief] A caregiving commitment needs me then.
       *[other] A family caregiving commitment needs my attention during that period.
    }
   *[other] { $tone ->
        [formal] My caregiving responsibilities require my full attention at present.
        [brief] Caregiving responsibilities need my focus right now.
       *[other] My caregiving responsibilities need my attention right now, and I want to give them my full focus.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like a little more time to reflect, so that I can come to this well prepared.
        [brief] I'd like a little more time to reflect.
       *[other] I'd like a little more time to reflect, so that I can come to this well prepared.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] I have decided to pursue opportunities that align more closely with my current direction.
        [brief] I'm pursuing a different direction.
       *[other] I've decided to pursue opportunities that align more closely with my current direction.
    }
}
engagement-company-fit = { $tone ->
    [formal] I am limiting my commitments to those that align closely with my current priorities.
    [brief] I'm keeping to a few current priorities.
   *[other] I'm limiting my commitments to those that align closely with my current priorities.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like some time to consider how the scope relates to my experience beforehand.
        [brief] I'd like time to consider the scope first.
       *[other] I'd like some time to consider how the scope relates to my experience beforehand.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] I am seeking a role that draws on the full breadth of my experience.
        [brief] I'm seeking a role at a different level.
       *[other] I'm looking for a role that draws on the full range of my experience.
    }
}
engagement-overqualified = { $tone ->
    [formal] I am directing my time toward engagements that call for a more senior perspective.
    [brief] I'm focusing on engagements at a different level.
   *[other] I'm directing my time toward engagements that call for a more senior perspective.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] My commitments over the coming weeks are considerable, and I wish to give this the attention it deserves.
        [brief] My next few weeks are fully committed.
       *[other] My commitments over the next few weeks are heavy, and I want to give this the attention it deserves.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] My present commitments would not allow me to give this process the attention it deserves.
        [brief] I can't give this process the attention it deserves.
       *[other] My current commitments wouldn't leave me room to give this process the attention it deserves.
    }
}
engagement-bandwidth = { $tone ->
    [formal] My present commitments would not allow me to give this the time and care it deserves.
    [brief] I couldn't give this the time it deserves.
   *[other] My current commitments wouldn't leave me the time to do this justice.
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] I would like time to prepare properly, as the subject lies slightly outside my usual focus.
        [brief] I'd like time to prepare properly.
       *[other] I'd like a little time to prepare properly, as the subject is slightly outside my usual focus.
    }
    [media_interview] { $tone ->
        [formal] The subject lies outside my core expertise, and your audience deserves someone closer to the field.
        [brief] The topic is outside my core expertise.
       *[other] The topic sits outside my core expertise, and your audience deserves someone closer to it.
    }
    [speaking_engagement] { $tone ->
        [formal] The subject lies outside my core expertise, and your audience deserves someone closer to the field.
        [brief] The topic is outside my core expertise.
       *[other] The topic sits outside my core expertise, and your audience deserves someone closer to it.
    }
    [academic_invitation] { $tone ->
        [formal] The subject lies outside my area of research, and a specialist closer to it would be better placed to help.
        [brief] The subject is outside my research area.
       *[other] The subject sits outside my area of research, and someone closer to the field would serve it better.
    }
   *[other] { $tone ->
        [formal] On reflection, the role lies outside the area in which I can contribute most.
        [brief] The role is outside my main area of expertise.
       *[other] On reflection, the role sits outside the area where I can contribute most.
    }
}
