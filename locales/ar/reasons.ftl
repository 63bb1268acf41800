### الأسباب: جملة واحدة لكل سبب، تتحدث دائمًا عن توجّه المرسِل وأولوياته، لا عن تقصير القارئ.
### تختلف الصياغة بين مسارات التوظيف (job_interview وclarification_reply وstay_in_touch)،
### والمشاركات (media_interview وspeaking_engagement وacademic_invitation)، وتغيير الموعد
### (reschedule) حيث يشرح السبب التوقيت. سبب `company_fit` لا يذكر أي مأخذ.
###
### Reasons: one sentence each, about the sender's fit or focus, never the reader's fault.
### No first-person adjective reveals the sender's gender: verbs and nouns only.

# جملة السبب تتلو القرار بعد فاصلة (decision-end في letter.ftl): «…سحب طلبي، إذ قبلتُ …»؛
# فلا تبدأ جملةٌ بـ«إذ» بعد نقطة، ولا تلي «فقد» «وقد قررتُ». في stay_in_touch يأتي السبب
# بعد الشكر مباشرة، فيُذكّر به: «وكما ذكرتُ، …».
link-since = { $scenario ->
    [stay_in_touch] وكما ذكرتُ،
   *[other] إذ
}
link-past = { $scenario ->
    [stay_in_touch] وكما ذكرتُ، فقد
   *[other] إذ
}

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنني بدأتُ للتوّ عملًا جديدًا، وأسابيعي الأولى فيه محجوزة بالكامل.
        [brief] غير أنني بدأتُ للتوّ عملًا جديدًا.
       *[other] إلا أنني بدأتُ للتوّ عملًا جديدًا، وأسابيعي الأولى فيه مزدحمة.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] { link-past } قبلتُ مؤخرًا عرض عمل آخر يتّسق مع أهدافي المهنية الحالية.
        [brief] { link-past } قبلتُ عرض عمل آخر.
       *[other] { link-past } قبلتُ مؤخرًا عرض عمل آخر يلائم أهدافي الحالية إلى حدّ كبير.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] فقد تولّيتُ مؤخرًا منصبًا جديدًا، وأحرص على ألّا أرتبط بالتزامات إضافية ريثما أستقرّ فيه.
    [brief] فقد بدأتُ للتوّ عملًا جديدًا يستغرق وقتي كله.
   *[other] فقد بدأتُ مؤخرًا عملًا جديدًا، وأحرص على تخفيف ارتباطاتي ريثما أستقرّ فيه.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنني أمرّ حاليًا بمرحلة حاسمة من أحد المشاريع تستأثر بوقتي كله.
        [brief] غير أنّ أحد مشاريعي يمرّ بمرحلة حاسمة.
       *[other] إلا أنّ أحد مشاريعي يمرّ الآن بمرحلة حاسمة تستأثر بمعظم وقتي.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] { link-since } أركّز في هذه المرحلة على المناصب المتصلة مباشرة بمجال خبرتي الأساسي.
        [brief] { link-since } أوجّه بحثي نحو مسار مهني مختلف.
       *[other] { link-since } أصبّ اهتمامي حاليًا على المناصب المتصلة مباشرة بتخصصي.
    }
}
engagement-career-focus = { $tone ->
    [formal] إذ أكرّس وقتي في هذه المرحلة لعدد محدود من المشاريع الأساسية.
    [brief] إذ أركّز حاليًا على عدد قليل من المشاريع.
   *[other] إذ أقصر وقتي في هذه المرحلة على عدد قليل من المشاريع الأساسية.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنني أودّ حسم بعض المسائل المتعلقة بشروط التعاقد أولًا.
        [brief] غير أنني أودّ حسم بعض الشروط أولًا.
       *[other] إلا أنني أودّ أن نتّفق على بعض الشروط أولًا.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
    [clarification_reply] { $tone ->
        [formal] إذ حسمتُ أمري بعد تفكير متأنٍّ في ما يناسب مسيرتي المهنية في هذه المرحلة.
        [firm] إذ حسمتُ أمري بعد تفكير متأنٍّ.
        [brief] إذ حسمتُ أمري بعد تفكير متأنٍّ.
       *[other] إذ لم تكن تفاصيل العرض وحدها ما يحكم اختياري.
    }
   *[other] { $tone ->
        [formal] { link-since } أسعى إلى منصب يتوافق بصورة أكبر مع توقعاتي المالية في هذه المرحلة من مسيرتي المهنية.
        [brief] { link-since } أبحث عن منصب أقرب إلى توقعاتي المالية.
       *[other] { link-since } أبحث عن منصب يلبّي توقعاتي المالية في هذه المرحلة.
    }
}
engagement-compensation = { $tone ->
    [formal] إذ أقتصر في الوقت الراهن على الالتزامات التي تتوافق مع شروطي المهنية.
    [brief] إذ أقتصر حاليًا على ما يتوافق مع شروطي المعتادة.
   *[other] إذ أقتصر في هذه الفترة على الالتزامات التي تتوافق مع شروطي المهنية.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنّ الموعد المحدّد يتزامن مع ارتباط سابق يتعذّر عليّ تأجيله.
        [brief] غير أنّ لديّ ارتباطًا سابقًا في الموعد المحدّد.
       *[other] إلا أنّ الموعد المحدّد يتزامن مع ارتباط سابق، وأودّ أن أحضر في وقت أتفرّغ فيه تمامًا.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] { link-past } خلصتُ بعد مراجعة التزاماتي الحالية إلى أن المرحلة الراهنة لا تناسب انتقالي إلى عمل جديد.
        [brief] { link-since } لا يسمح لي التوقيت بالانتقال إلى عمل آخر الآن.
       *[other] { link-past } راجعتُ التزاماتي، ووجدتُ أن المرحلة الحالية لا تناسب الانتقال إلى عمل آخر.
    }
}
# المهمة الأكاديمية (تحكيم، لجنة، هيئة تحرير) تمتدّ أسابيع ولا «موعد» لها: «توقيتها» (بعد
# «هذه المهمة» في القرار مباشرة)؛ للمناقشة والمحاضرة موعد يُسمّى.
academic-timing = { $invitation ->
    [examiner] موعد المناقشة
    [guest_lecture] موعد المحاضرة
    [peer_review] توقيتها
    [editorial_board] توقيتها
    [committee] توقيتها
    [program_committee] توقيتها
   *[other] الموعد
}
engagement-timing = { $scenario ->
    [academic_invitation] { $tone ->
        [formal] إذ يتزامن { academic-timing } مع التزامات سبق أن ارتبطتُ بها.
        [brief] إذ يتعارض { academic-timing } مع التزامات قائمة.
       *[other] ذلك أنّ { academic-timing } يتزامن مع ارتباطات سابقة.
    }
   *[other] { $tone ->
        [formal] إذ يتزامن الموعد مع التزامات سبق أن ارتبطتُ بها.
        [brief] إذ يتعارض الموعد مع التزامات قائمة.
       *[other] ذلك أنّ الموعد يتزامن مع ارتباطات سابقة.
    }
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنّ الموعد المحدّد يتزامن مع سفر مقرّر لي.
        [brief] غير أنّ لديّ سفرًا في الموعد المحدّد.
       *[other] إلا أنّ لديّ سفرًا مقرّرًا في الموعد المقترح.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
    [clarification_reply] { $tone ->
        [formal] إذ تظلّ ظروفي الحالية غير ملائمة لهذا الانتقال، حتى مع ما أبديتموه من مرونة.
        [brief] إذ لا تسمح ظروفي الحالية بهذا الانتقال.
       *[other] إذ لا تسمح لي ظروفي الحالية بهذا الانتقال، حتى مع ما أبديتموه من مرونة.
    }
   *[other] { $tone ->
        [formal] { link-since } أُولي الأولوية للمناصب التي يلائم موقعها ومواعيد عملها ظروفي الحالية.
        [brief] { link-since } أفضّل منصبًا يلائمني موقعه ومواعيده.
       *[other] { link-since } أبحث عن عمل يتناسب موقعه ومواعيده مع ظروفي الحالية.
    }
}
engagement-logistics = { $tone ->
    [formal] إذ يتعذّر عليّ في الوقت الراهن الالتزام بما يقتضيه ذلك من سفر وترتيبات.
    [brief] إذ يتعذّر عليّ ترتيب السفر اللازم حاليًا.
   *[other] إذ لا أستطيع حاليًا الالتزام بما يتطلبه ذلك من سفر وترتيبات.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنّ لديّ التزامًا عائليًا يستدعي تفرّغي في الموعد المحدّد.
        [brief] غير أنّ لديّ التزامًا عائليًا في ذلك الموعد.
       *[other] إلا أنّ ظرفًا عائليًا يستدعي تفرّغي في الموعد المقترح.
    }
   *[other] { $tone ->
        [formal] { link-since } تستدعي رعاية أحد أفراد أسرتي تفرّغي في هذه المرحلة.
        [brief] { link-since } تتطلب رعاية أحد أفراد أسرتي تفرّغي حاليًا.
       *[other] { link-since } أتفرّغ حاليًا لرعاية أحد أفراد أسرتي، ولهذه المسؤولية الأولوية عندي.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنني أودّ التمهّل قليلًا حتى أكون على أتمّ استعداد.
        [brief] غير أنني أحتاج إلى مهلة قصيرة للتفكير.
       *[other] إلا أنني أودّ مهلة قصيرة للتفكير، حتى أكون على أتمّ استعداد.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] { link-since } أتطلّع إلى مسار أقرب إلى توجّهي المهني الحالي.
        [brief] { link-since } أتّجه نحو مسار مهني مختلف.
       *[other] { link-since } أبحث عن عمل أقرب إلى ما أطمح إليه في هذه المرحلة.
    }
}
engagement-company-fit = { $tone ->
    [formal] إذ أقصر التزاماتي حاليًا على ما يتّسق مع أولوياتي المهنية.
    [brief] إذ أقتصر حاليًا على أولوياتي القائمة.
   *[other] إذ أحرص في هذه المرحلة على ألّا أرتبط إلا بما يتّسق مع أولوياتي.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنني أودّ التأمّل في نطاق المنصب ومدى اتصاله بخبرتي قبل المضيّ قدمًا.
        [brief] غير أنني أودّ التأمّل في نطاق المنصب أولًا.
       *[other] إلا أنني أودّ التفكير قليلًا في نطاق المنصب ومدى اتصاله بخبرتي.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] { link-since } أسعى إلى منصب يستثمر خبراتي بكامل نطاقها.
        [brief] { link-since } أبحث عن منصب يستثمر خبراتي على نحو أوسع.
       *[other] { link-since } أبحث عن منصب يتيح لي توظيف خبراتي على نطاق أوسع.
    }
}
engagement-overqualified = { $tone ->
    [formal] إذ أوجّه وقتي نحو المشاركات التي تتطلب مستوى أعلى من التخصص.
    [brief] إذ أخصّص وقتي حاليًا لمشاركات أكثر تخصصًا.
   *[other] إذ أخصّص وقتي حاليًا لمشاركات تتطلب قدرًا أعمق من التخصص.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنّ التزاماتي خلال الأسابيع المقبلة كثيرة، وأحرص على أن أمنح هذا الموعد ما يستحقه من عناية.
        [brief] غير أنّ أسابيعي المقبلة محجوزة بالكامل.
       *[other] إلا أنّ الأسابيع القليلة المقبلة مزدحمة بالتزامات سابقة.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
    [clarification_reply] { $tone ->
        [formal] إذ لا تتيح لي التزاماتي الحالية الانتقال إلى عمل جديد في هذه المرحلة.
        [brief] إذ لا تتيح لي التزاماتي الحالية أي انتقال الآن.
       *[other] إذ لن تترك لي التزاماتي الحالية متسعًا لانتقال وظيفي في هذه المرحلة.
    }
   *[other] { $tone ->
        [formal] { link-since } لا تتيح لي التزاماتي الحالية أن أمنح إجراءات التوظيف ما تستحقه من اهتمام.
        [brief] { link-since } لا يسعني أن أمنح هذه الإجراءات حقّها من الاهتمام.
       *[other] { link-since } لن تترك لي التزاماتي الحالية متسعًا لأولي هذه الإجراءات ما تستحقه من اهتمام.
    }
}
# التحكيم وعضوية هيئة التحرير مهمة تُنجَز لا مشاركة يُستعدّ لها.
engagement-bandwidth = { $scenario ->
    [academic_invitation] { $invitation ->
        [peer_review] { $tone ->
            [formal] إذ لا تتيح لي التزاماتي الحالية أن أمنحها ما تستحقه من عناية.
            [brief] إذ لن أتمكّن من منحها ما تستحقه من عناية.
           *[other] ذلك أنّ التزاماتي الحالية لن تسمح لي بمنحها ما تستحقه من عناية.
        }
        [editorial_board] { $tone ->
            [formal] إذ لا تتيح لي التزاماتي الحالية أن أمنحها ما تستحقه من عناية.
            [brief] إذ لن أتمكّن من منحها ما تستحقه من عناية.
           *[other] ذلك أنّ التزاماتي الحالية لن تسمح لي بمنحها ما تستحقه من عناية.
        }
        [committee] { $tone ->
            [formal] إذ لا تتيح لي التزاماتي الحالية أن أمنحها ما تستحقه من عناية.
            [brief] إذ لن أتمكّن من منحها ما تستحقه من عناية.
           *[other] ذلك أنّ التزاماتي الحالية لن تسمح لي بمنحها ما تستحقه من عناية.
        }
        [program_committee] { $tone ->
            [formal] إذ لا تتيح لي التزاماتي الحالية أن أمنحها ما تستحقه من عناية.
            [brief] إذ لن أتمكّن من منحها ما تستحقه من عناية.
           *[other] ذلك أنّ التزاماتي الحالية لن تسمح لي بمنحها ما تستحقه من عناية.
        }
        [examiner] { $tone ->
            [formal] إذ لا تتيح لي التزاماتي الحالية أن أمنحها ما تستحقه من عناية.
            [brief] إذ لن أتمكّن من منحها ما تستحقه من عناية.
           *[other] ذلك أنّ التزاماتي الحالية لن تسمح لي بمنحها ما تستحقه من عناية.
        }
       *[other] { $tone ->
            [formal] إذ لا تتيح لي التزاماتي الحالية الاستعداد كما ينبغي.
            [brief] إذ لن أتمكّن من الاستعداد كما ينبغي.
           *[other] ذلك أنّ التزاماتي الحالية لن تترك لي متسعًا للاستعداد كما ينبغي.
        }
    }
   *[other] { $tone ->
        [formal] إذ لا تتيح لي التزاماتي الحالية الاستعداد كما ينبغي.
        [brief] إذ لن أتمكّن من الاستعداد كما ينبغي.
       *[other] ذلك أنّ التزاماتي الحالية لن تترك لي متسعًا للاستعداد كما ينبغي.
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] غير أنني أودّ أن أستعدّ كما ينبغي، إذ يقع الموضوع خارج نطاق تركيزي المعتاد بعض الشيء.
        [brief] غير أنني أودّ الاستعداد كما ينبغي.
       *[other] إلا أنني أحتاج إلى مهلة للاستعداد، فالموضوع بعيد قليلًا عن نطاق تركيزي المعتاد.
    }
    [media_interview] { $tone ->
        [formal] إذ تقع هذه المسألة خارج نطاق تخصصي، ويستحق { media-audience } رأي أهل الاختصاص فيها.
        [brief] إذ إنّ المسألة خارج نطاق تخصصي.
       *[other] ذلك أنّ هذه المسألة بعيدة عن تخصصي، و{ media-audience-worthy } بمن يتناولها من أهل الاختصاص.
    }
    [speaking_engagement] { $tone ->
        [formal] إذ يقع هذا المحور خارج نطاق تخصصي، ويستحق جمهوركم أن يسمع فيه أهل الاختصاص.
        [brief] إذ إنّ هذا المحور خارج نطاق تخصصي.
       *[other] ذلك أنّ هذا المحور بعيد عن تخصصي، وجمهوركم جدير بطرح من أهل الاختصاص فيه.
    }
    [academic_invitation] { $tone ->
        [formal] إذ يقع موضوعها خارج نطاق أبحاثي، والأجدر بها أهل الاختصاص.
        [brief] إذ إنّ هذا الميدان خارج نطاق أبحاثي.
       *[other] ذلك أنّ هذا الميدان بعيد عن اهتماماتي البحثية، والأجدر به أهل الاختصاص فيه.
    }
   *[other] { $tone ->
        [formal] { link-past } تبيّن لي أن هذا المنصب يقع خارج المجال الذي أُحسن الإسهام فيه.
        [brief] { link-since } يقع المنصب خارج مجال خبرتي الأساسي.
       *[other] { link-past } تبيّن لي أن المنصب بعيد عن المجال الذي أقدّم فيه أفضل ما لديّ.
    }
}

# من يتوجّه إليهم عمل الصحفي: قرّاء المقال أو التعليق، ومستمعو البودكاست، وإلا فالجمهور. مرفوع
# في الموضعين؛ والخبر بعده يطابقه في الإفراد والجمع («جمهوركم جدير»، «قرّاؤكم جديرون»).
media-audience = { $invitation ->
    [article] قرّاؤكم
    [comment] قرّاؤكم
    [podcast] مستمعوكم
   *[other] جمهوركم
}

media-audience-worthy = { $invitation ->
    [article] قرّاؤكم جديرون
    [comment] قرّاؤكم جديرون
    [podcast] مستمعوكم جديرون
   *[other] جمهوركم جدير
}
