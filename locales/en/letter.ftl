### Parts every letter shares: greeting, signature, noun phrases, the caller's own reason,
### and the recommendation of a colleague.
###
### Variables: $tone (formal, warm, firm, brief), $scenario, $reason, the caller's text
### ($sender, $recipient, $organization, $position, $event, $topic, $detail, $reason-note,
### $referral, $referral-contact, $referral-expertise, $proposed-time) and, for each optional
### field, a flag ($has-recipient …, $stay-in-touch) that is "true" or "false". A message may
### use a field's text only where its flag says it was given.
###
### The recipient's name: $recipient (the full name), $recipient-given and
### $recipient-family (with $has-recipient-given, $has-recipient-family), $recipient-title as
### the caller wrote it, $recipient-title-kind (a kind from `[titles]` in pack.toml, such as
### professor or doctor; "other" for a title the pack does not know; "none"), and
### $recipient-form (feminine, masculine, neutral: only what the caller said).

## Greeting and signature

# Formal and firm letters greet by a known title or the honorific the caller chose, with the
# family name ("Dear Professor Berg,", "Dear Ms Berg,"); without either, by the full name.
# Warm and brief ones greet by the given name ("Hi Jordan,"). With only a full name, the
# greeting that reads naturally with one ("Dear Jordan Lee,"); never "Hi Jordan Lee,".
greeting = { $has-recipient ->
    [true] { $tone ->
        [formal] Dear { $has-recipient-family ->
            [true] { $recipient-title-kind ->
                [professor] Professor { $recipient-family }
                [doctor] Dr { $recipient-family }
                [none] { $recipient-form ->
                    [feminine] Ms { $recipient-family }
                    [masculine] Mr { $recipient-family }
                   *[neutral] { $recipient }
                }
               *[other] { $recipient-title } { $recipient-family }
            }
           *[false] { greeting-name-only }
        },
        [firm] Dear { $has-recipient-family ->
            [true] { $recipient-title-kind ->
                [professor] Professor { $recipient-family }
                [doctor] Dr { $recipient-family }
                [none] { $recipient-form ->
                    [feminine] Ms { $recipient-family }
                    [masculine] Mr { $recipient-family }
                   *[neutral] { $has-recipient-given ->
                        [true] { $recipient-given }
                       *[false] { $recipient }
                    }
                }
               *[other] { $recipient-title } { $recipient-family }
            }
           *[false] { greeting-name-only }
        },
       *[other] { $has-recipient-given ->
            [true] Hi { $recipient-given },
           *[false] { $has-recipient-family ->
                [true] Hello { $recipient-title-kind ->
                    [professor] Professor { $recipient-family }
                    [doctor] Dr { $recipient-family }
                    [none] { $recipient-form ->
                        [feminine] Ms { $recipient-family }
                        [masculine] Mr { $recipient-family }
                       *[neutral] { $recipient }
                    }
                   *[other] { $recipient-title } { $recipient-family }
                }
               *[false] Dear { greeting-name-only }
            },
        }
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] Dear Organising Committee,
            [firm] Dear Organisers,
           *[other] Hello,
        }
        [academic_invitation] { $tone ->
            [formal] Dear Colleagues,
            [firm] Dear Colleagues,
           *[other] Hello,
        }
       *[other] { $tone ->
            [formal] Dear Sir or Madam,
           *[other] Hello,
        }
    }
}

# A name typed with its title and one word ("Dr Nolan", "Professor Walsh") keeps the title:
# "Dear Dr Nolan,", never "Dear Nolan," (fix review 4). A given name alone takes no title.
greeting-name-only = { $has-recipient-given ->
    [true] { $recipient }
   *[false] { $recipient-title-kind ->
        [professor] Professor { $recipient }
        [doctor] Dr { $recipient }
        [none] { $recipient }
       *[other] { $recipient-title } { $recipient }
    }
}

# Without a name, the hiring team still gets named: "Hello," alone reads like a form letter.
generic-hiring-greeting = { $tone ->
    [formal] Dear Hiring Team,
    [firm] Dear Hiring Team,
   *[other] Hello Hiring Team,
}

signature = { $tone ->
    [formal]
        { $has-recipient ->
            [true] Yours sincerely,
           *[false] Yours faithfully,
        }
        { $sender }
    [firm]
        Kind regards,
        { $sender }
    [brief]
        Best,
        { $sender }
   *[warm]
        Best regards,
        { $sender }
}

## Noun phrases used inside sentences

# "the Product Designer role at Acme", "the role at Acme", "the Product Designer role", "this role"
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] the { $position } role at { the-organization }
       *[false] the { $position } role
    }
   *[false] { $has-organization ->
        [true] the role at { the-organization }
       *[false] this role
    }
}

# What a reschedule is about: the kind of invitation when there is one ("the keynote at
# Design Summit 2027"); else the sender's session at an event, an interview, a conversation.
# A journal or magazine holds no sessions: "the manuscript review for the Journal of Applied
# Logic", not "my session at the Journal of Applied Logic".
meeting-phrase = { $invitation ->
    [screening_call] the screening call{ meeting-for-event }
    [interview] the interview{ meeting-for-event }
    [final_round] the final-round interview{ meeting-for-event }
    [article] the interview for your article{ meeting-for-event }
    [broadcast] the interview{ meeting-for-event }
    [podcast] the podcast recording{ meeting-for-event }
    [comment] our conversation for your piece{ meeting-for-event }
    [talk] the talk{ meeting-at-event }
    [keynote] the keynote{ meeting-at-event }
    [panel] the panel{ meeting-at-event }
    [workshop] the workshop{ meeting-at-event }
    [webinar] the webinar{ meeting-for-event }
    [guest_lecture] the guest lecture{ meeting-for-event }
    [committee] { $has-event ->
        [true] { $event-shape ->
            [article] { $event } meeting
           *[other] the { $event } meeting
        }
       *[false] the committee meeting
    }
    [editorial_board] the editorial board meeting{ meeting-for-event }
    [program_committee] the programme committee meeting{ meeting-for-event }
    [examiner] the thesis defence{ meeting-for-event }
   *[other] { $has-event ->
        [true] { $event-gender ->
            [press] the manuscript review for { the-event }
           *[other] my session at { the-event }
        }
       *[false] { $has-position ->
            [true] the interview for the { $position } role
           *[false] { $has-topic ->
                [true] our conversation about { $topic }
               *[false] our conversation
            }
        }
    }
}

# " at the Design Summit 2027", " for the Journal of Applied Logic", or nothing: a kind of
# invitation named first, the caller's name after it.
meeting-at-event = { $has-event ->
    [true] {" "}at { the-event }
   *[false] {""}
}

meeting-for-event = { $has-event ->
    [true] {" "}for { the-event }
   *[false] {""}
}

# An event's name in running text: a name that says what it is takes "the" ("the Design
# Summit 2027", "the Journal of Applied Logic"); a bare name ("PyCon 2026") and one that
# brings its article ("the Lancet") stand as typed.
the-event = { $event-shape ->
    [kind] the { $event }
    [kind-first] the { $event }
   *[other] { $event }
}

# An organisation's name in running text: "the" only before a name that opens with what it
# is ("the University of Oxford", "the Institute for Fiscal Studies"), never before a
# company's name ("Northwind", "Stanford University"). A newspaper or magazine always takes
# it ("the Financial Times", "the Guardian").
the-organization = { $organization-shape ->
    [kind-first] the { $organization }
    [kind] { $organization-gender ->
        [definite] the { $organization }
        [body] the { $organization }
        [press] the { $organization }
       *[other] { $organization }
    }
   *[other] { $organization }
}

# " at Acme" after an event or invitation, or nothing.
at-organization = { $has-organization ->
    [true] {" "}at { the-organization }
   *[false] {""}
}

## The caller's own reason, in their words (its final full stop is trimmed before it arrives).

reason-note = { $reason-note }.

## Recommending a colleague

referral = { $tone ->
    [formal] My colleague { $referral }{ referral-expertise } { referral-fit }{ referral-contact }.
    [brief] You might consider { $referral }{ referral-expertise }{ referral-contact }.
   *[other] My colleague { $referral }{ referral-contact }{ referral-expertise } { referral-fit }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] , who has extensive experience in { $referral-expertise },
        [brief] , who knows { $referral-expertise } well
       *[other] , who has a wealth of experience in { $referral-expertise },
    }
   *[false] {""}
}

# Who the colleague would be for the reader: a voice for the piece (by kind: an episode, a
# broadcast), a speaker, a reviewer or examiner, a candidate. It avoids the words of the
# closing line that follows ("the event", "the right candidate").
referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] would be an excellent person to speak to
        [speaking_engagement] would make an excellent speaker
        [academic_invitation] would be an excellent choice
       *[other] would be a strong candidate
    }
   *[other] { $scenario ->
        [media_interview] would be a great person to speak to
        [speaking_engagement] would make an excellent speaker
        [academic_invitation] would be an excellent choice
       *[other] would be a strong candidate
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] {" "}and can be reached at { $referral-contact }
        [brief] {" "}({ $referral-contact })
       *[other] {" "}({ $referral-contact })
    }
   *[false] {""}
}
