### جمل كل سيناريو: الموضوع، والشكر (مع تفصيل يُثنى عليه أو بدونه)، والقرار، وجملة ختامية
### تُبقي الباب مفتوحًا ($stay-in-touch) أو تكتفي بالتمنيات الطيبة. الصياغة الرسمية على نهج
### المراسلات العربية التقليدية؛ الموجزة أقصر لكنها دافئة؛ الحازمة لا تترك شكًّا في أن هذه
### الفرصة قد أُغلقت، بلطف.
###
### The sentences of each scenario. The thanks-with-detail sentences use «ومما أثار/يثير إعجابي …»
### (the verb's subject is «ما», so a feminine detail such as «تغطيتكم …» needs no «أثارت»), or
### «استمتعتُ بمعرفة المزيد عن», which the personal_detail checklist looks for: no other
### sentence uses them. Door-open sentences name future topics, events, work or roles (and, when
### the reason is outside_expertise, ones «أقرب إلى مجال عملي/تخصصي», never timing); «نبقى على
### تواصل» is kept for stay_in_touch and the brief clarification reply. A reschedule offers a
### «موعد بديل» or to fit the reader's schedule; closing lines never look ahead.

# جملة القرار الحازمة تنتهي بالإبلاغ المبكر فقط حين لا يليها سبب: جملة السبب تبدأ بـ«إذ/فقد»
# وتتصل بالقرار، فلا تُعلَّق على «حرصتُ على إبلاغكم» (القرار يختار على $has-reason-note و$reason).

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] سحب طلب الترشح لوظيفة { $position }
       *[false] سحب طلب الترشح
    }
    [firm] { $has-position ->
        [true] سحب ترشحي لوظيفة { $position }
       *[false] سحب طلب الترشح
    }
    [brief] { $has-position ->
        [true] سحب ترشحي لوظيفة { $position }
       *[false] سحب طلب الترشح
    }
   *[warm] { $has-position ->
        [true] شكر واعتذار بشأن وظيفة { $position }
       *[false] شكر واعتذار بشأن ترشحي
    }
}

job-interview-thanks = { $tone ->
    [formal] { salute-lead }أتقدّم إليكم بجزيل الشكر على النظر في طلبي لشغل { role-phrase }، وعلى ما خصّصتموه له من وقت.
    [firm] { salute-lead }أشكركم على وقتكم وعلى النظر في طلبي لشغل { role-phrase }.
    [brief] أشكركم على النظر في طلبي لشغل { role-phrase }.
   *[warm] سعدتُ بتواصلكم بشأن طلبي لشغل { role-phrase }، وأشكركم على الوقت الذي منحتموه له.
}

job-interview-thanks-detail = { $tone ->
    [formal] { salute-lead }أتقدّم إليكم بجزيل الشكر على النظر في طلبي لشغل { role-phrase }، ومما أثار إعجابي على وجه الخصوص { $detail }.
    [firm] { salute-lead }أشكركم على النظر في طلبي لشغل { role-phrase }، ومما أثار إعجابي { $detail }.
    [brief] أشكركم على النظر في طلبي لشغل { role-phrase }، ومما أثار إعجابي { $detail }.
   *[warm] أشكركم جزيل الشكر على النظر في طلبي لشغل { role-phrase }، ومما أثار إعجابي حقًّا { $detail }.
}

# مرحلة الانسحاب بحسب نوع الدعوة: « قبل المكالمة التمهيدية»، « قبل المرحلة الأخيرة من المقابلات».
withdrawal-stage = { $invitation ->
    [screening_call] {" "}قبل المكالمة التمهيدية
    [final_round] {" "}قبل الجولة الأخيرة من المقابلات
   *[other] {""}
}

job-interview-decision = { $tone ->
    [formal] { $reason ->
        [accepted_offer] وقد قررتُ سحب ترشحي{ withdrawal-stage }{ decision-end }
       *[other] وقد قررتُ، بعد دراسة متأنية، سحب ترشحي{ withdrawal-stage }{ decision-end }
    }
    [firm] وقد قررتُ سحب ترشحي{ withdrawal-stage }{ decision-end }
    [brief] قررتُ سحب ترشحي{ $invitation ->
        [screening_call] {" "}قبل المكالمة التمهيدية
        [final_round] {" "}قبل الجولة الأخيرة
       *[other] {""}
    }{ decision-end }
   *[warm] غير أنني، بعد تفكير طويل، آثرتُ سحب ترشحي{ withdrawal-stage }{ decision-end }
}

job-interview-door-open = { $tone ->
    [formal] وآمل أن تتاح لنا فرص مستقبلية للتعاون، مع خالص تمنياتي بالتوفيق في اختيار الكفاءة المناسبة.
    [firm] ويسعدني أن نتواصل مستقبلًا إن سنحت فرصة مناسبة، مع تمنياتي لكم بالتوفيق.
    [brief] وأرجو أن نتعاون مستقبلًا، مع تمنياتي لكم بالتوفيق في شغل الوظيفة.
   *[warm] وأرجو أن تجمعنا فرص قادمة، وأتمنى لكم التوفيق في العثور على الشخص الأنسب.
}

job-interview-closing = { $tone ->
    [formal] وأتمنى لكم كل التوفيق في اختيار الكفاءة المثلى.
    [firm] مع تمنياتي لكم بالتوفيق في اختيار من يشغل الوظيفة.
    [brief] مع تمنياتي لكم بالتوفيق.
   *[warm] وأتمنى لكم كل التوفيق في العثور على الشخص الأمثل.
}

## media_interview

# «مقالكم في The Daily حول العمل عن بُعد»، «برنامجكم على قناة العربية حول …»، «مادتكم الإعلامية».
# الوسيلة قبل الموضوع، فلا تتعلّق «في الوسيلة» بالموضوع («أزمة المياه في المنطقة في قناة …»).
# إن سمّى المتصل البرنامج أو السلسلة (event)، جاء الاسم بعد كلمة مستقلة («ضمن») أو مضافًا إليه
# («برنامج …»، «بودكاست …») وبين علامتي تنصيص: «فقرتكم ضمن برنامج «الاتجاه المعاكس» على الجزيرة حول …».
piece-phrase = { $has-event ->
    [true] { $invitation ->
        [broadcast] { $event-shape ->
            [kind-first] فقرتكم ضمن «{ $event }»
           *[other] فقرتكم ضمن برنامج «{ $event }»
        }
        [podcast] { $event-shape ->
            [kind-first] حلقتكم من «{ $event }»
           *[other] حلقتكم من بودكاست «{ $event }»
        }
        [article] مقالكم ضمن «{ $event }»
        [comment] مادتكم الصحفية في إطار «{ $event }»
       *[other] تغطيتكم الإعلامية ضمن «{ $event }»
    }
   *[false] { $invitation ->
        [comment] { $has-organization ->
            [true] مادتكم
           *[false] { piece-noun }
        }
        [podcast] { $organization-shape ->
            [kind-first] { $organization-gender ->
                [programme] حلقة
               *[other] { piece-noun }
            }
           *[other] { piece-noun }
        }
       *[other] { piece-noun }
    }
}{ $has-organization ->
    [true] { $invitation ->
        [broadcast] {" "}على { $organization }
        [podcast] { $has-event ->
            [true] {" "}من { $organization }
           *[false] { $organization-shape ->
                [kind-first] { $organization-gender ->
                    [programme] {" "}من { $organization }
                   *[other] {" "}في { $organization }
                }
               *[other] {" "}في { $organization }
            }
        }
       *[other] {" "}في { $organization }
    }
   *[false] {""}
}{ $has-topic ->
    [true] {" "}حول { $topic }
   *[false] {""}
}

# ما يُطلب من المرسِل، بعد «دعوتكم/دعوتي»: التعليق إدلاءٌ برأي ضمن مادتهم، لا مساهمة فيها.
media-contribute = { $invitation ->
    [comment] للإدلاء بتعليق ضمن
    [broadcast] للمشاركة في
    [podcast] للمشاركة في
   *[other] للمساهمة في
}

# سطر الموضوع يسمّي الطلب لا المادة وحدها: «طلب تعليق حول …»، «دعوة للمشاركة في برنامجكم حول …».
media-request-noun = { $invitation ->
    [article] بشأن دعوتكم للمساهمة في مقالكم
    [broadcast] بشأن دعوتكم للمشاركة في برنامجكم
    [podcast] بشأن دعوتكم للمشاركة في حلقة البودكاست
    [comment] بشأن طلب التعليق
   *[other] بشأن طلبكم إجراء مقابلة
}

# ما يُعدّه الصحفي بحسب نوع الدعوة؛ التعليق (comment) يكون لمادتهم الإعلامية (صحيفة أو إذاعة أو قناة).
piece-noun = { $invitation ->
    [article] مقالكم
    [broadcast] برنامجكم
    [podcast] حلقة البودكاست
    [comment] مادتكم الصحفية
   *[other] تغطيتكم الإعلامية
}

# التمني بعد ذكر المادة، باسمها لا بضمير: الضمير المؤنث بعد «موضوعات قادمة» يعود إلى الموضوعات
# («الإسهام في موضوعات مستقبلية، وأتمنى لكم التوفيق في إعدادها»، review ar-fix1 #5)، والمذكّر
# لا يطابق «فقرتكم ضمن «…»» (#3).
piece-wish = { $invitation ->
    [article] في إعداد المقال
    [broadcast] { $has-event ->
        [true] في إعداد الحلقة
       *[false] في إعداد البرنامج
    }
    [comment] في إعداد المادة
    [podcast] في إعداد الحلقة
   *[other] في تغطيتكم
}

# «بشأن طلب التعليق على …»، «بشأن دعوتكم للمشاركة في برنامجكم حول …».
media-topic-link = { $invitation ->
    [comment] على
   *[other] حول
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] { media-request-noun } { media-topic-link } { $topic }
       *[other] { media-request-noun } { media-topic-link } { $topic }
    }
   *[false] { media-request-noun }
}

media-interview-thanks = { $tone ->
    [formal] { salute-lead }أشكركم على دعوتكم الكريمة { media-contribute } { piece-phrase }، ويشرّفني أن وقع اختياركم عليّ.
    [firm] { salute-lead }أشكركم على دعوتي { media-contribute } { piece-phrase }.
    [brief] شكرًا على دعوتي { media-contribute } { piece-phrase }.
   *[warm] أشكركم على تواصلكم بشأن { piece-phrase }، ويسعدني اهتمامكم برأيي.
}

media-interview-thanks-detail = { $tone ->
    [formal] { salute-lead }أشكركم على دعوتكم الكريمة { media-contribute } { piece-phrase }، ومما يثير إعجابي وتقديري { $detail }.
    [firm] { salute-lead }أشكركم على دعوتي { media-contribute } { piece-phrase }، ومما أثار إعجابي { $detail }.
    [brief] شكرًا على دعوتكم، ومما يثير إعجابي { $detail }.
   *[warm] أشكركم على تواصلكم بشأن { piece-phrase }، ومما يثير إعجابي حقًّا { $detail }.
}

media-interview-decision = { $tone ->
    [formal] ويؤسفني أن أعتذر عن تلبية طلبكم{ decision-end }
    [firm] { $has-reason-note ->
        [true] غير أنني أعتذر عن تلبية هذا الطلب؛
       *[false] { $reason ->
            [none] غير أنني أعتذر عن تلبية هذا الطلب، وقد حرصتُ على إبلاغكم مبكرًا ليتسنّى لكم { $invitation ->
                [broadcast] دعوة ضيف آخر
                [podcast] دعوة ضيف آخر
               *[other] الاستعانة بمصدر آخر
            }.
           *[other] غير أنني أعتذر عن تلبية هذا الطلب{ decision-end }
        }
    }
    [brief] لكن يؤسفني أن أعتذر عن تلبية الطلب{ decision-end }
   *[warm] ولكن يؤسفني أنني لن أتمكّن من تلبية طلبكم{ this-time }{ decision-end }
}

media-interview-door-open = { $invitation ->
    [podcast] { $reason ->
        [outside_expertise] { $tone ->
            [formal] ويسرّني أن تجمعنا لقاءات قادمة حول موضوعات أقرب إلى مجال عملي، وأتمنى لبرنامجكم كل التوفيق.
            [firm] ويسعدني أن تجمعنا مشاركات قادمة حول موضوعات أقرب إلى مجال عملي.
            [brief] ويسعدني التعاون معكم مستقبلًا في موضوع أقرب إلى مجال عملي، وأتمنى لبرنامجكم التوفيق.
           *[warm] وأرحّب بأن نتواصل مستقبلًا حول حلقة تتناول موضوعًا أقرب إلى مجال عملي، وأتمنى لبرنامجكم كل النجاح.
        }
       *[other] { $tone ->
            [formal] ويسرّني أن تجمعنا لقاءات قادمة على منبركم، وأتمنى لبرنامجكم كل التوفيق.
            [firm] ويسعدني أن تجمعنا مشاركات قادمة، وأتمنى لبرنامجكم التوفيق.
            [brief] ويسعدني التعاون معكم مستقبلًا، وأتمنى لبرنامجكم التوفيق.
           *[warm] ويسعدني أن نتواصل مستقبلًا بشأن موضوع آخر، وأتمنى لبرنامجكم كل النجاح.
        }
    }
   *[other] { $reason ->
        [outside_expertise] { $tone ->
            [formal] ويسرّني أن أسهم في موضوعات مستقبلية أقرب إلى مجال عملي، وأتمنى لكم كل التوفيق { piece-wish }.
            [firm] ويسعدني الإسهام في موضوعات مستقبلية أقرب إلى مجال عملي.
            [brief] ويسعدني الإسهام في موضوعات قادمة أقرب إلى مجال عملي، وأتمنى لكم التوفيق { piece-wish }.
           *[warm] وأرحّب بالإسهام في موضوعات قادمة أقرب إلى مجال عملي، وأتمنى لكم كل النجاح { piece-wish }.
        }
       *[other] { $tone ->
            [formal] ويسرّني أن أسهم في موضوعات مستقبلية، وأتمنى لكم كل التوفيق { piece-wish }.
            [firm] ويسعدني الإسهام في موضوعات مستقبلية، وأتمنى لكم التوفيق { piece-wish }.
            [brief] ويسعدني التعاون في موضوعات قادمة، وأتمنى لكم التوفيق { piece-wish }.
           *[warm] ويسعدني أن تتواصلوا معي في موضوعات قادمة، وأتمنى لكم كل النجاح { piece-wish }.
        }
    }
}

media-interview-closing = { $invitation ->
    [podcast] { $tone ->
        [formal] وأتمنى لبرنامجكم كل التوفيق.
        [firm] وأتمنى لبرنامجكم التوفيق.
        [brief] وأتمنى لبرنامجكم التوفيق.
       *[warm] وأتمنى لبرنامجكم كل النجاح.
    }
   *[other] { $tone ->
        [formal] وأتمنى لكم كل التوفيق { piece-wish }.
        [firm] وأتمنى لكم التوفيق { piece-wish }.
        [brief] وأتمنى لكم التوفيق { piece-wish }.
       *[warm] وأتمنى لكم كل النجاح { piece-wish }.
    }
}

## speaking_engagement

# «Product Summit 2027 بتنظيم من Acme»، «فعاليتكم بتنظيم من Acme»، «فعاليتكم»: المؤتمر لا
# يُعقد «في» الجهة المنظِّمة، و«بتنظيم من» لا تتطلّب مطابقة جنس الاسم.
# بلا اسم فعالية، لا «فعاليتكم من تنظيم X» (كأن الجهة طرف ثالث غير المخاطَب): «ضمن فعاليات X».
event-phrase = { $has-event ->
    [true] { $event }{ organized-by }
   *[false] { $has-organization ->
        [true] فعاليات { $organization }
       *[false] فعاليتكم
    }
}


# مكان المشاركة بعد النشاط والموضوع. الندوة عبر الإنترنت هي الفعالية نفسها، فلا تُقدَّم «في
# فعاليتكم»: «لتقديم ندوة عبر الإنترنت حول … بتنظيم من …»، أو «ضمن …» إن ذُكر اسم.
speaking-setting = { $invitation ->
    [webinar] { $has-event ->
        [true] {" "}ضمن { $event }
       *[false] {""}
    }{ organized-by }
    [panel] {" "}ضمن { event-phrase }
    [workshop] {" "}ضمن { event-phrase }
   *[other] { $has-event ->
        [true] {" "}ضمن { event-phrase }
       *[false] { $has-organization ->
            [true] {" "}ضمن { event-phrase }
           *[false] {" "}في { event-phrase }
        }
    }
}

# الموضوع بعد المكان والجهة، لا بينهما («لإلقاء الكلمة الرئيسية في قمة المعرفة 2027 بتنظيم من
# مؤسسة …، وموضوع الكلمة الذكاء الاصطناعي»)، فلا تتراكم حروف الجر (حول … في … في). لا ضمير:
# «وموضوعها» بعد «بتنظيم من جمعية …» يعود إلى الجمعية (review ar-fix1 #9)، فيُسمّى النشاط.

topic-clause = { $has-topic ->
    [true] {" "}حول { $topic }
   *[false] {""}
}

# ما يُدعى إليه المتحدث، بلام التعليل بعد «دعوتكم»: «لإلقاء الكلمة الرئيسية».
speaking-activity = { $invitation ->
    [talk] لإلقاء محاضرة
    [keynote] لإلقاء الكلمة الرئيسية
    [panel] للمشاركة في الجلسة الحوارية
    [workshop] لتقديم ورشة عمل
    [webinar] لتقديم ندوة عبر الإنترنت
   *[other] للتحدث
}

# الشيء نفسه مصدرًا مجردًا بعد «اعتذار عن».
speaking-activity-noun = { $invitation ->
    [talk] إلقاء محاضرة
    [keynote] إلقاء الكلمة الرئيسية
    [panel] المشاركة في الجلسة الحوارية
    [workshop] تقديم ورشة عمل
    [webinar] تقديم ندوة عبر الإنترنت
   *[other] التحدث
}

# «المشاركة في الجلسة الحوارية ضمن أيام قرطاج»، لا «… في الجلسة الحوارية في أيام قرطاج».
speaking-subject-prep = { $invitation ->
    [panel] ضمن
    [workshop] ضمن
    [webinar] ضمن
   *[other] في
}


# ما يُدعى إليه المتحدث مع مكانه: «لإلقاء محاضرة في …»؛ وحين يسمّي المستدعي الورشة أو الندوة أو
# الجلسة أو المحاضرة نفسها، تُذكر كما كتبها: «لتقديم ورشة الكتابة الإبداعية»، لا «لتقديم ورشة عمل ضمن ورشة …».
speaking-invite = { $invitation ->
    [talk] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] لإلقاء { $event }{ organized-by }
           *[other] { speaking-activity }{ speaking-setting }
        }
       *[other] { speaking-activity }{ speaking-setting }
    }
    [panel] { $event-shape ->
        [kind-first] { $event-gender ->
            [panel] للمشاركة في { $event }{ organized-by }
           *[other] { speaking-activity }{ speaking-setting }
        }
       *[other] { speaking-activity }{ speaking-setting }
    }
    [workshop] { $event-shape ->
        [kind-first] { $event-gender ->
            [workshop] لتقديم { $event }{ organized-by }
           *[other] { speaking-activity }{ speaking-setting }
        }
       *[other] { speaking-activity }{ speaking-setting }
    }
    [webinar] { $event-shape ->
        [kind-first] { $event-gender ->
            [seminar] للتحدث في { $event } عبر الإنترنت{ organized-by }
           *[other] { speaking-activity }{ speaking-setting }
        }
       *[other] { speaking-activity }{ speaking-setting }
    }
   *[other] { speaking-activity }{ speaking-setting }
}

# الشيء نفسه والموضوع قبل المكان: «للمشاركة في الجلسة الحوارية حول … ضمن …».
speaking-invite-warm = { $invitation ->
    [talk] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] لإلقاء { $event }{ topic-clause }{ organized-by }
           *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
        }
       *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
    }
    [panel] { $event-shape ->
        [kind-first] { $event-gender ->
            [panel] للمشاركة في { $event }{ topic-clause }{ organized-by }
           *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
        }
       *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
    }
    [workshop] { $event-shape ->
        [kind-first] { $event-gender ->
            [workshop] لتقديم { $event }{ topic-clause }{ organized-by }
           *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
        }
       *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
    }
    [webinar] { $event-shape ->
        [kind-first] { $event-gender ->
            [seminar] للتحدث في { $event } عبر الإنترنت{ topic-clause }{ organized-by }
           *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
        }
       *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
    }
   *[other] { speaking-activity }{ topic-clause }{ speaking-setting }
}

# في سطر الموضوع: «لإلقاء الكلمة الرئيسية في …»، «لتقديم ورشة الكتابة الإبداعية».
speaking-subject-task = { $invitation ->
    [talk] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] لإلقاء { $event }
           *[other] { speaking-activity } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity } { speaking-subject-prep } { $event }
    }
    [panel] { $event-shape ->
        [kind-first] { $event-gender ->
            [panel] للمشاركة في { $event }
           *[other] { speaking-activity } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity } { speaking-subject-prep } { $event }
    }
    [workshop] { $event-shape ->
        [kind-first] { $event-gender ->
            [workshop] لتقديم { $event }
           *[other] { speaking-activity } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity } { speaking-subject-prep } { $event }
    }
    [webinar] { $event-shape ->
        [kind-first] { $event-gender ->
            [seminar] للتحدث في { $event } عبر الإنترنت
           *[other] { speaking-activity } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity } { speaking-subject-prep } { $event }
    }
   *[other] { speaking-activity } { speaking-subject-prep } { $event }
}

# الشيء نفسه مصدرًا: «اعتذار عن تقديم ورشة الكتابة الإبداعية».
speaking-subject-task-noun = { $invitation ->
    [talk] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] إلقاء { $event }
           *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
    }
    [panel] { $event-shape ->
        [kind-first] { $event-gender ->
            [panel] المشاركة في { $event }
           *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
    }
    [workshop] { $event-shape ->
        [kind-first] { $event-gender ->
            [workshop] تقديم { $event }
           *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
    }
    [webinar] { $event-shape ->
        [kind-first] { $event-gender ->
            [seminar] التحدث في { $event } عبر الإنترنت
           *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
        }
       *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
    }
   *[other] { speaking-activity-noun } { speaking-subject-prep } { $event }
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] بشأن دعوتكم الكريمة { speaking-subject-task }
        [firm] اعتذار عن { speaking-subject-task-noun }
        [brief] بشأن { speaking-subject-task-noun }
       *[warm] شكرًا على دعوتي إلى { $event }
    }
   *[false] { $tone ->
        [formal] بشأن دعوتكم الكريمة { speaking-activity }
        [firm] اعتذار عن { speaking-activity-noun }
        [brief] بشأن دعوتكم { speaking-activity }
       *[warm] شكرًا على دعوتي { speaking-activity }
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] { salute-lead }أشكركم على دعوتكم الكريمة { speaking-invite-warm }.
    [firm] { salute-lead }أشكركم على دعوتي { speaking-invite-warm }.
    [brief] شكرًا على دعوتي { speaking-invite-warm }.
   *[warm] سرّتني دعوتكم { speaking-invite-warm }، وأشكركم على ثقتكم بي.
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] { salute-lead }أشكركم على دعوتكم الكريمة { speaking-invite-warm }، ومما أثار إعجابي { $detail }.
    [firm] { salute-lead }أشكركم على دعوتي { speaking-invite }، ومما أثار إعجابي { $detail }.
    [brief] شكرًا على دعوتي { speaking-activity }، ومما أثار إعجابي { $detail }.
   *[warm] أشكركم جزيل الشكر على دعوتي { speaking-invite-warm }، ومما أثار إعجابي حقًّا { $detail }.
}

speaking-engagement-decision = { $tone ->
    [formal] { $reason ->
        [logistics] ويؤسفني أن أعتذر عن الحضور{ this-time }{ decision-end }
        [caregiving] ويؤسفني أن أعتذر عن تلبية الدعوة{ this-time }{ decision-end }
        [timing] ويؤسفني أن أعتذر عن تلبية الدعوة{ decision-end }
       *[other] ويؤسفني أن أعتذر عن قبول هذه الدعوة{ decision-end }
    }
    [firm] { $has-reason-note ->
        [true] غير أنني قررتُ الاعتذار عن هذه الدعوة؛
       *[false] { $reason ->
            [none] غير أنني قررتُ الاعتذار، وحرصتُ على إبلاغكم مبكرًا لتتمكنوا من ترتيب جدول المتحدثين.
           *[other] غير أنني قررتُ الاعتذار عن هذه الدعوة{ decision-end }
        }
    }
    [brief] ويؤسفني أن أعتذر عن تلبية الدعوة{ decision-end }
   *[warm] { $has-reason-note ->
        [true] ويؤسفني كثيرًا أن أعتذر عن تلبية الدعوة{ this-time }{ decision-end }
       *[false] { $reason ->
            [caregiving] ويؤسفني كثيرًا أن أعتذر عن تلبية الدعوة{ this-time }{ decision-end }
           *[other] وبعد تفكير متأنٍّ، يؤسفني أن أعتذر عن تلبية الدعوة{ this-time }{ decision-end }
        }
    }
}

speaking-engagement-door-open = { $invitation ->
    [webinar] { $reason ->
        [outside_expertise] { $tone ->
            [formal] ويسرّني أن أسهم في فعالياتكم القادمة حين تتناول موضوعات أقرب إلى مجال عملي، مع تمنياتي لكم بكل النجاح.
            [firm] ويسعدني تلقّي دعواتكم القادمة في موضوعات أقرب إلى مجال عملي.
            [brief] ويسعدني أن تجمعنا لقاءات قادمة حول موضوعات أقرب إلى مجال عملي.
           *[warm] وأرجو أن تتاح لنا فرص قادمة في موضوعات أقرب إلى مجال عملي، وأتمنى أن تحقق الندوة نجاحًا كبيرًا.
        }
       *[other] { $tone ->
            [formal] ويسرّني أن أسهم في فعالياتكم القادمة عبر الإنترنت، وأتمنى لكم كل النجاح والتوفيق.
            [firm] وأتمنى لكم نجاحًا كبيرًا في فعالياتكم القادمة.
            [brief] ويسعدني أن تجمعنا لقاءات قادمة، وأتمنى لكم ندوة ناجحة.
           *[warm] ويسعدني أن نبحث فرص تعاون قادمة، وأتمنى أن تحقق الندوة نجاحًا كبيرًا.
        }
    }
   *[other] { $reason ->
        [outside_expertise] { $tone ->
            [formal] ويسرّني أن أسهم في فعالياتكم المستقبلية حين تتناول موضوعات أقرب إلى مجال عملي، مع تمنياتي لكم بكل النجاح.
            [firm] ويسعدني تلقّي دعواتكم المستقبلية في موضوعات أقرب إلى مجال عملي.
            [brief] ويسعدني أن تجمعنا لقاءات قادمة في موضوعات أقرب إلى مجال عملي.
           *[warm] وأرجو أن تتاح لنا فرص قادمة في موضوعات أقرب إلى مجال عملي، وأتمنى أن تحقق الفعالية نجاحًا كبيرًا.
        }
       *[other] { $tone ->
            [formal] ويسرّني أن أسهم في فعالياتكم المستقبلية، وأتمنى لكم كل النجاح والتوفيق.
            [firm] وأتمنى لفعالياتكم المستقبلية نجاحًا كبيرًا.
            [brief] ويسعدني أن تجمعنا لقاءات قادمة، وأتمنى لكم فعالية ناجحة.
           *[warm] ويسعدني أن نبحث فرص تعاون قادمة، وأتمنى أن تحقق الفعالية نجاحًا كبيرًا.
        }
    }
}

speaking-engagement-closing = { $invitation ->
    [webinar] { $tone ->
        [formal] وأتمنى لكم كل النجاح في هذه الندوة.
        [firm] وأتمنى أن تحقق الندوة نجاحًا كبيرًا.
        [brief] وأتمنى لكم ندوة ناجحة.
       *[warm] وأتمنى أن تكون الندوة ناجحة ومميزة.
    }
   *[other] { $tone ->
        [formal] وأتمنى لكم كل النجاح في هذه الفعالية.
        [firm] وأتمنى أن تحقق الفعالية نجاحًا كبيرًا.
        [brief] وأتمنى لكم فعالية ناجحة.
       *[warm] وأتمنى أن تكون الفعالية ناجحة ومميزة.
    }
}

## academic_invitation

invitation-phrase = { $has-event ->
    [true] { $event }{ at-organization }
   *[false] { $has-organization ->
        [true] هذا العمل لدى { $organization }
       *[false] هذا العمل
    }
}

# ما يُدعى إليه الأكاديمي، بلام التعليل بعد «دعوتكم/دعوتي»؛ بلا نوع: «للمشاركة في …».
# الاسم يأتي بعد كلمة مستقلة («إلى»، «في») أو مضافًا إليه («هيئة تحرير …»، «لجنة …»).
academic-task = { $invitation ->
    [peer_review] لتحكيم بحث{ submitted-to-event }
    [editorial_board] للانضمام إلى { editorial-board }
    [committee] لعضوية { committee-of-event }
    [guest_lecture] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] لإلقاء { $event }{ at-organization }
           *[other] لإلقاء محاضرة{ in-event }
        }
       *[other] لإلقاء محاضرة{ in-event }
    }
    [program_committee] لعضوية { program-committee-name }{ at-organization }
    [examiner] للمشاركة في لجنة مناقشة { thesis-name }{ at-organization }
   *[other] للمشاركة في { invitation-phrase }
}

# الشيء نفسه مع الموضوع حيث تذكره الصيغ الأوفى: «لتحكيم بحث حول العمل عن بُعد مقدَّم إلى …».
academic-task-on-topic = { $invitation ->
    [peer_review] لتحكيم بحث{ subject-clause }{ submitted-to-event }
    [editorial_board] للانضمام إلى { editorial-board }
    [committee] لعضوية { committee-of-event }
    [guest_lecture] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] لإلقاء { $event }{ at-organization }{ subject-clause }
           *[other] لإلقاء محاضرة{ in-event }{ subject-clause }
        }
       *[other] لإلقاء محاضرة{ in-event }{ subject-clause }
    }
    [program_committee] لعضوية { program-committee-name }{ at-organization }
    [examiner] للمشاركة في لجنة مناقشة { thesis-name }{ at-organization }
   *[other] للمشاركة في { invitation-phrase }{ subject-clause }
}

# « مقدَّم إلى Journal of Applied Logic في Acme»
submitted-to-event = { $has-event ->
    [true] {" "}مقدَّم إلى { $event }
   *[false] {""}
}{ at-organization }

# « في ملتقى الخليج للتصميم 2027 في الواحة الرقمية»
in-event = { $has-event ->
    [true] {" "}في { $event }
   *[false] {""}
}{ at-organization }

# «هيئة تحرير Journal of Applied Logic»، «هيئة التحرير»: المضاف لا تدخله «ال».
editorial-board = { $has-event ->
    [true] { board-name }
   *[false] هيئة التحرير
}{ at-organization }

# «لجنة ملتقى الخليج للتصميم 2027»، «اللجنة»
committee-of-event = { $has-event ->
    [true] { committee-name }
   *[false] اللجنة
}{ at-organization }

# موضوع الدعوة الأكاديمية في سطر الموضوع، مصدرًا: «تحكيم بحث مقدَّم إلى …».
academic-subject-task = { $invitation ->
    [peer_review] تحكيم بحث مقدَّم إلى { $event }
    [editorial_board] عضوية { board-name }
    [committee] عضوية { committee-name }
    [guest_lecture] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] إلقاء { $event }
           *[other] إلقاء محاضرة في { $event }
        }
       *[other] إلقاء محاضرة في { $event }
    }
    [program_committee] عضوية { program-committee-name }
    [examiner] المشاركة في مناقشة { thesis-name }
   *[other] المشاركة في { $event }
}

# الدعوة مسمّاةً في سطر الموضوع.
academic-invitation-noun = { $invitation ->
    [peer_review] بشأن دعوتكم لتحكيم بحث
    [editorial_board] بشأن دعوتكم للانضمام إلى هيئة التحرير
    [committee] بشأن دعوتكم لعضوية اللجنة
    [guest_lecture] بشأن دعوتكم لإلقاء محاضرة
    [program_committee] بشأن دعوتكم لعضوية اللجنة العلمية
    [examiner] بشأن دعوتكم للمشاركة في لجنة مناقشة رسالة علمية
   *[other] بشأن دعوتكم
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] بشأن دعوتكم الكريمة إلى { academic-subject-task }
        [firm] اعتذار عن { academic-subject-task }
        [brief] بشأن { academic-subject-task }
       *[warm] شكرًا على دعوتي إلى { academic-subject-task }
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] بشأن دعوتكم الكريمة
           *[other] { academic-invitation-noun }
        }
        [firm] اعتذار عن دعوتكم الكريمة
        [brief] { academic-invitation-noun }
       *[warm] شكرًا على دعوتكم الكريمة
    }
}

# « حول العمل عن بُعد»، أو لا شيء
subject-clause = { $has-topic ->
    [true] {" "}حول { $topic }
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] { $invitation ->
        [peer_review] { salute-lead }يشرّفني تلقّي دعوتكم الكريمة { academic-task-on-topic }، وأتقدّم إليكم بخالص الشكر على هذه الثقة.
        [program_committee] { salute-lead }أتقدّم إليكم بخالص الشكر على دعوتكم الكريمة { academic-task-on-topic }، وهي ثقة أعتزّ بها.
        [committee] { salute-lead }أتقدّم إليكم بخالص الشكر على دعوتكم الكريمة { academic-task-on-topic }، وهي ثقة أعتزّ بها.
        [editorial_board] { salute-lead }يسعدني أن أتوجّه إليكم بالشكر على دعوتكم الكريمة { academic-task-on-topic }، وهي ثقة أعتزّ بها.
       *[other] { salute-lead }يشرّفني تلقّي دعوتكم الكريمة { academic-task-on-topic }، وأتقدّم إليكم بخالص الشكر على هذه الثقة.
    }
    [firm] { salute-lead }أشكركم على دعوتي { academic-task }.
    [brief] أشكركم على دعوتي { academic-task-on-topic }.
   *[warm] { $invitation ->
        [editorial_board] أشكركم جزيل الشكر على دعوتكم الكريمة { academic-task-on-topic }، وقد سعدتُ بثقتكم.
        [committee] أشكركم على دعوتكم الطيبة { academic-task-on-topic }، وأقدّر ثقتكم بي.
        [program_committee] أشكركم على دعوتكم الطيبة { academic-task-on-topic }، وأقدّر ثقتكم بي.
       *[other] أشكركم على دعوتكم الكريمة { academic-task-on-topic }، وأعتزّ بثقتكم.
    }
}

academic-invitation-thanks-detail = { $tone ->
    [formal] { salute-lead }أشكركم على دعوتكم الكريمة { academic-task }، ومما يثير إعجابي وتقديري { $detail }.
    [firm] { salute-lead }أشكركم على دعوتي { academic-task }، ومما أثار إعجابي { $detail }.
    [brief] أشكركم على دعوتي، ومما يثير إعجابي { $detail }.
   *[warm] أشكركم على دعوتكم الكريمة { academic-task }، ومما يثير إعجابي حقًّا { $detail }.
}

# الدعوة مسمّاةً بعد ذكرها، بدل ضمير قد يعود إلى أقرب مؤنث («هذه الثقة»، «لجنة»): مهمة تُنجَز، أو دعوة.
academic-task-again = { $invitation ->
    [peer_review] هذه المهمة
    [editorial_board] هذه المهمة
    [committee] هذه المهمة
    [program_committee] هذه المهمة
    [examiner] هذه المهمة
   *[other] هذه الدعوة
}

academic-invitation-decision = { $tone ->
    [formal] { $reason ->
        [none] ويؤسفني أن أجدني مضطرًّا إلى الاعتذار عن { academic-task-again }{ decision-end }
        [bandwidth] غير أنني أجدني مضطرًّا إلى الاعتذار عن { academic-task-again }{ decision-end }
       *[other] ويؤسفني أن أعتذر عن قبول { academic-task-again }{ decision-end }
    }
    [firm] { $has-reason-note ->
        [true] غير أنني قررتُ الاعتذار عن { academic-task-again }؛
       *[false] { $reason ->
            [none] غير أنني قررتُ الاعتذار عن { academic-task-again }، وحرصتُ على إبلاغكم مبكرًا لتتمكنوا من دعوة غيري دون تأخير.
           *[other] غير أنني قررتُ الاعتذار عن { academic-task-again }{ decision-end }
        }
    }
    [brief] ويؤسفني أن أعتذر عن قبول { academic-task-again }{ decision-end }
   *[warm] { $reason ->
        [outside_expertise] غير أنني أجدني مضطرًّا إلى الاعتذار عن
        [career_focus] غير أنني، بعد تفكير، آثرتُ الاعتذار عن
        [bandwidth] غير أنني، بعد تفكير، آثرتُ الاعتذار عن
       *[other] وقد تأمّلتُ الأمر مليًّا، ويؤسفني أن أعتذر عن قبول
    } { $invitation ->
        [peer_review] المهمة
        [editorial_board] المهمة
        [committee] المهمة
        [program_committee] المهمة
        [examiner] المهمة
       *[other] الدعوة
    }{ this-time }{ decision-end }
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] ويسرّني أن أسهم في أعمالكم المستقبلية حين تتصل بتخصصي.
        [firm] ويسعدني الإسهام في أعمال مستقبلية تقع ضمن تخصصي.
        [brief] ويسعدني الإسهام في أعمال قادمة أقرب إلى تخصصي.
       *[warm] ويسعدني كثيرًا أن نتعاون في مشاريع قادمة أقرب إلى تخصصي.
    }
   *[other] { $tone ->
        [formal] { $invitation ->
            [peer_review] ويسرّني أن أسهم في أعمالكم المستقبلية متى سمحت ظروفي بذلك.
            [program_committee] وأرجو أن تتاح لي فرص قادمة للإسهام في أعمال المؤتمر.
            [committee] وأرجو أن تتاح لي فرص قادمة للإسهام في أعمال اللجنة.
            [editorial_board] وأرجو أن تتاح لي فرص قادمة للإسهام في أعمال المجلة.
           *[other] ويسرّني أن أسهم في أعمالكم المستقبلية متى سنحت الفرصة.
        }
        [firm] ويسعدني التعاون معكم في فرص قادمة.
        [brief] وأرجو أن تجمعنا فرص تعاون قادمة.
       *[warm] وآمل أن نتعاون مستقبلًا، مع خالص شكري وتقديري.
    }
}

academic-invitation-closing = { $tone ->
    [formal] مع خالص تمنياتي لكم بدوام التوفيق والسداد.
    [firm] مع تمنياتي لكم بدوام التوفيق.
    [brief] مع تمنياتي بالتوفيق.
   *[warm] وأتمنى لكم كل التوفيق والنجاح.
}

## reschedule

reschedule-subject = { $tone ->
    [formal] طلب تغيير موعد { meeting-phrase }
    [firm] تعديل موعد { meeting-phrase }
    [brief] بشأن موعد { meeting-phrase }
   *[warm] هل يمكن تغيير موعد { meeting-phrase }؟
}

reschedule-thanks = { $tone ->
    [formal] { salute-lead }أشكركم على دعوتي إلى { meeting-phrase }، وهي فرصة أتطلع إليها بكل اهتمام.
    [firm] { salute-lead }أشكركم على دعوتي إلى { meeting-phrase }.
    [brief] شكرًا على دعوتي إلى { meeting-phrase }.
   *[warm] سعدتُ بدعوتكم إلى { meeting-phrase }، وأشكركم عليها جزيل الشكر.
}

reschedule-thanks-detail = { $tone ->
    [formal] { salute-lead }أشكركم على دعوتي إلى { meeting-phrase }، ومما أثار إعجابي { $detail }.
    [firm] { salute-lead }أشكركم على دعوتي إلى { meeting-phrase }، ومما أثار إعجابي { $detail }.
    [brief] شكرًا على دعوتي، ومما أثار إعجابي { $detail }.
   *[warm] أشكركم على دعوتي إلى { meeting-phrase }، ومما أثار إعجابي حقًّا { $detail }.
}

# $proposed-time خبر «يكون» كما يكتبه المستخدم: «ليكون مطلع الشهر القادم»، «ليكون الأسبوع الذي
# يبدأ في 12 مارس»، «ليكون بعد أسبوعين»، فلا حرف جرّ قبله. لا «نلتقي»: الكلمة الرئيسية وتسجيل
# الحلقة وتحكيم المخطوطة ليست لقاءً. «التوقيت» لا «الموعد»، فالموعد في الجملة المجاورة.
reschedule-proposal = { $tone ->
    [formal] فهل يتسنّى لكم تعديل التوقيت ليكون { $proposed-time }؟
    [firm] وأقترح تعديل التوقيت ليكون { $proposed-time }.
    [brief] فهل يمكن تعديل التوقيت ليكون { $proposed-time }؟
   *[warm] فهل توافقون على تعديل التوقيت ليكون { $proposed-time }؟
}

reschedule-door-open = { $tone ->
    [formal] وإن لم يناسبكم هذا، فيسعدني أن أوائم جدولي مع أي موعد بديل يلائمكم.
    [firm] وإن تعذّر هذا، فيمكننا الاتفاق على موعد بديل يناسبكم.
    [brief] ويسعدني أن أتكيّف مع جدولكم.
   *[warm] وإن صعُب هذا، فسأرتّب أموري بما يتوافق مع جدولكم.
}

reschedule-closing = { $tone ->
    [formal] وإن تعذّر هذا، فسأبذل ما في وسعي للالتزام بالموعد الأصلي.
    [firm] وإن لم يكن هذا ممكنًا، فسأحاول الالتزام بالموعد الأصلي.
    [brief] وإن تعذّر، فسأحاول الالتزام بالموعد الأصلي.
   *[warm] وإن لم يتيسّر هذا، فسأبذل جهدي للالتزام بالموعد الأصلي.
}

## clarification_reply: سأل القارئ إن كان أي تعديل قد يغيّر قرار المرسِل.

clarification-reply-subject = { $tone ->
    [formal] شكرًا على متابعتكم الكريمة
    [firm] { $has-position ->
        [true] ردّي بشأن وظيفة { $position }
       *[false] ردّي على متابعتكم
    }
    [brief] شكرًا على المتابعة
   *[warm] شكرًا على متابعتكم
}

clarification-reply-thanks = { $tone ->
    [formal] { salute-lead }أشكركم على متابعتكم الكريمة وعلى استعدادكم للنظر في إجراء تعديلات.
    [firm] { salute-lead }أشكركم على متابعتكم وعلى عرضكم إجراء بعض التعديلات.
    [brief] شكرًا على المتابعة.
   *[warm] أشكركم على متابعتكم وعلى سؤالكم عمّا إذا كان بالإمكان تغيير شيء ما، وأقدّر هذه اللفتة كثيرًا.
}

clarification-reply-thanks-detail = { $tone ->
    [formal] { salute-lead }أشكركم على متابعتكم الكريمة، ومما أثار إعجابي على وجه الخصوص { $detail }، كما أقدّر استعدادكم للنظر في إجراء تعديلات.
    [firm] { salute-lead }أشكركم على متابعتكم، ومما أثار إعجابي { $detail }، وأقدّر عرضكم.
    [brief] شكرًا على المتابعة، ومما أثار إعجابي { $detail }.
   *[warm] أشكركم على متابعتكم، ومما أثار إعجابي حقًّا { $detail }، وأقدّر سؤالكم.
}

clarification-reply-decision = { $tone ->
    [formal] غير أنني أودّ أن أؤكد قراري بشأن { role-phrase }{ decision-end }
    [firm] غير أنّ قراري بشأن { role-phrase } لم يتغيّر{ decision-end }
    [brief] يبقى قراري كما هو{ decision-end }
   *[warm] لقد أعدتُ النظر في الأمر بعناية، ويبقى قراري بشأن { role-phrase } كما هو{ decision-end }
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] ويسرّني أن نعاود الحديث { $proposed-time }، وأقدّر تفهّمكم.
        [firm] وإن سنحت فرصة جديدة { $proposed-time }، فيسعدني أن أطّلع عليها.
        [brief] يسعدني أن نعاود الحديث { $proposed-time }.
       *[warm] ويسعدني كثيرًا أن نعاود الحديث { $proposed-time }، وأشكركم على تفهّمكم.
    }
   *[false] { $tone ->
        [formal] وأقدّر تفهّمكم، وآمل أن تجمعنا فرص مستقبلية.
        [firm] وأقدّر تفهّمكم، وأرحّب بأي فرص جديدة لديكم.
        [brief] شكرًا على تفهّمكم، ولنبقَ على تواصل.
       *[warm] وأقدّر تفهّمكم، ويسعدني أن نتواصل مستقبلًا بشأن فرص أخرى.
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] وإن تغيّرت ظروفي { $proposed-time }، فسأبادر بإبلاغكم.
        [firm] وإن تغيّرت ظروفي { $proposed-time }، فسأبادر بإبلاغكم.
        [brief] وإن تغيّر شيء { $proposed-time }، فسأُبلغكم.
       *[warm] وإن تغيّرت ظروفي { $proposed-time }، فسأبادر بإبلاغكم.
    }
   *[false] { $tone ->
        [formal] وأشكركم مجددًا على تفهّمكم.
        [firm] وأشكركم على تفهّمكم.
        [brief] شكرًا على تفهّمكم.
       *[warm] وأشكركم مجددًا على تفهّمكم.
    }
}

## stay_in_touch: رسالة قصيرة بعد الاعتذار.

# «حديثنا حول …» أو «لقائنا الأخير»: لا «حديثنا الأخير»، فكثيرًا ما يبدأ التفصيل نفسه بـ«حديثنا/نقاشنا».
conversation-phrase = { $has-topic ->
    [true] حديثنا حول { $topic }
   *[false] { $has-position ->
        [true] حديثنا حول { role-phrase }
       *[false] لقائنا الأخير
    }
}

stay-in-touch-subject = { $tone ->
    [formal] البقاء على تواصل
    [firm] لنبقَ على تواصل
    [brief] البقاء على تواصل
   *[other] لنبقَ على تواصل
}

stay-in-touch-thanks = { $tone ->
    [formal] { salute-lead }سعدتُ ب{ conversation-phrase }، وأشكركم على وقتكم الثمين.
    [firm] { salute-lead }أشكركم على وقتكم خلال { conversation-phrase }.
    [brief] سعدتُ ب{ conversation-phrase }، وشكرًا على وقتكم.
   *[warm] سعدتُ كثيرًا ب{ conversation-phrase }، فقد كان مثمرًا حقًّا، وأشكركم على وقتكم.
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] { salute-lead }أشكركم على وقتكم الثمين، فقد سعدتُ ب{ conversation-phrase }، ومما أثار إعجابي وتقديري فيه خاصةً { $detail }.
    [firm] { salute-lead }أشكركم على وقتكم خلال { conversation-phrase }، ومما أثار إعجابي فيه { $detail }.
    [brief] شكرًا على وقتكم، فقد سعدتُ ب{ conversation-phrase }، ومما أعجبني فيه { $detail }.
   *[warm] أشكركم على وقتكم، فقد سعدتُ كثيرًا ب{ conversation-phrase }، ومما أثار إعجابي فيه حقًّا { $detail }.
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] ويسرّني أن نبقى على تواصل، وسأتابع باهتمام أخبار { $organization }.
        [firm] ومع أنّ هذه الفرصة لم تكن خطوتي التالية، فإنني أحرص على استمرار التواصل بيننا ومتابعة أخبار { $organization }.
        [brief] لنبقَ على تواصل، مع تمنياتي بالتوفيق لفريق { $organization }.
       *[warm] ويسعدني أن نبقى على تواصل، وسأتابع أخبار { $organization } باهتمام.
    }
   *[false] { $tone ->
        [formal] ويسرّني أن نبقى على تواصل.
        [firm] ومع أنّ هذه الفرصة لم تكن خطوتي التالية، فإنني أحرص على استمرار التواصل بيننا.
        [brief] لنبقَ على تواصل.
       *[warm] ويسعدني أن نبقى على تواصل.
    }
}

stay-in-touch-closing = { $tone ->
    [formal] ولا تترددوا في مراسلتي إن كان بوسعي تقديم أي عون.
    [firm] ولا تترددوا في مراسلتي في أي وقت.
    [brief] ولعلّنا نلتقي على فنجان قهوة قريبًا.
   *[warm] وأرحّب بلقائكم على فنجان قهوة متى ناسبكم.
}