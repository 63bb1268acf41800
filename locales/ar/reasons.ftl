### الأسباب: جملة واحدة لكل سبب، تتحدث دائمًا عن توجّه المرسِل وأولوياته، لا عن تقصير القارئ.
### تختلف الصياغة بين مسارات التوظيف (job_interview وclarification_reply وstay_in_touch)،
### والمشاركات (media_interview وspeaking_engagement وacademic_invitation)، وتغيير الموعد
### (reschedule) حيث يشرح السبب التوقيت. سبب `company_fit` لا يذكر أي مأخذ.
###
### Reasons: one sentence each, about the sender's fit or focus, never the reader's fault.
### No first-person adjective reveals the sender's gender: verbs and nouns only.

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] لقد بدأتُ للتوّ عملًا جديدًا، وأسابيعي الأولى فيه محجوزة بالكامل.
        [brief] بدأتُ للتوّ عملًا جديدًا.
       *[other] بدأتُ للتوّ عملًا جديدًا، وأسابيعي الأولى فيه محجوزة بالكامل.
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] لقد قبلتُ مؤخرًا منصبًا آخر يتّسق اتساقًا وثيقًا مع أهدافي المهنية الحالية.
        [brief] قبلتُ عرضًا آخر.
       *[other] قبلتُ مؤخرًا عرضًا آخر ينسجم إلى حدّ كبير مع أهدافي الحالية.
    }
}
engagement-accepted-offer = { $tone ->
    [formal] لقد تولّيتُ مؤخرًا منصبًا جديدًا، وأحرص على إبقاء جدولي خاليًا من الارتباطات الإضافية ريثما أستقرّ فيه.
    [brief] بدأتُ للتوّ عملًا جديدًا، وأُبقي جدولي خاليًا في هذه المرحلة.
   *[other] بدأتُ مؤخرًا عملًا جديدًا، وأحرص على إبقاء جدولي خفيفًا ريثما أستقرّ فيه.
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] أمرّ حاليًا بمرحلة مركّزة من أحد المشاريع، وأودّ أن أمنح هذا الأمر كامل تركيزي.
        [brief] أمرّ حاليًا بمرحلة مركّزة من أحد المشاريع.
       *[other] أنا في خضمّ مرحلة مركّزة من أحد المشاريع، وأودّ أن أمنح هذا الأمر كامل اهتمامي.
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] أركّز في المرحلة الحالية على المناصب التي تعتمد اعتمادًا مباشرًا على مجال خبرتي الأساسي.
        [brief] أوجّه بحثي الوظيفي نحو مسار مختلف.
       *[other] أركّز حاليًا على أدوار ترتكز بصورة مباشرة على خبرتي الأساسية.
    }
}
engagement-career-focus = { $tone ->
    [formal] أكرّس وقتي في هذه المرحلة لعدد محدود من المشاريع الأساسية.
    [brief] أركّز في هذه المرحلة على عدد قليل من المشاريع الأساسية.
   *[other] أركّز وقتي في هذه المرحلة على عدد قليل من المشاريع الأساسية.
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] أودّ أن أحسم بعض المسائل المتعلقة بشروط التعاقد قبل المضيّ قدمًا.
        [brief] أودّ حسم بعض الشروط أولًا.
       *[other] أودّ أن أحسم بعض المسائل المتعلقة بالشروط قبل أن نتحدث.
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] أبحث عن منصب يتوافق على نحو أوثق مع توقعاتي المتعلقة بالأجر في هذه المرحلة من مسيرتي المهنية.
        [brief] أبحث عن دور أقرب إلى توقعاتي المتعلقة بالأجر.
       *[other] أبحث عن منصب يتوافق بدرجة أكبر مع توقعاتي المتعلقة بالأجر في هذه المرحلة.
    }
}
engagement-compensation = { $tone ->
    [formal] أقتصر في الوقت الراهن على المشاركات التي تتوافق مع شروطي المهنية.
    [brief] أقتصر حاليًا على المشاركات ضمن شروطي المعتادة.
   *[other] أقتصر حاليًا على المشاركات التي تتوافق مع شروطي المهنية.
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] يقترب موعد تسليم أحد مشاريعي، وأودّ أن أمنح هذا الأمر كامل تركيزي.
        [brief] يقترب موعد تسليم أحد مشاريعي.
       *[other] أنا على مشارف موعد تسليم أحد المشاريع، وأودّ أن أمنح هذا الأمر كامل تركيزي.
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] بعد مراجعة التزاماتي الحالية، خلصتُ إلى أن المرحلة الراهنة لا تسمح لي بإجراء تغيير مهني.
        [brief] التوقيت لا يسمح لي بإجراء تغيير الآن.
       *[other] بعد مراجعة التزاماتي، أدركتُ أن المرحلة الحالية لا تسمح لي بإجراء تغيير.
    }
}
engagement-timing = { $tone ->
    [formal] يتزامن الموعد مع التزامات سبق أن ارتبطتُ بها.
    [brief] يتعارض الموعد مع التزامات قائمة.
   *[other] يتزامن الموعد مع التزامات سبق أن ارتبطتُ بها.
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] يتزامن جدول سفري مع الموعد المقترح أصلًا.
        [brief] سأكون في سفر في الموعد الأصلي.
       *[other] يتعارض جدول سفري مع الموعد الذي ناقشناه في البداية.
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] أُولي الأولوية للمناصب التي يلائم موقعها ومواعيدها ظروفي الحالية.
        [brief] أُولي الأولوية لأدوار يلائمني موقعها ومواعيدها.
       *[other] أُعطي الأولوية لأدوار يتناسب موقعها ومواعيد عملها مع ظروفي الحالية.
    }
}
engagement-logistics = { $tone ->
    [formal] يتعذّر عليّ في الوقت الراهن الالتزام بما يلزم من سفر ومواعيد.
    [brief] يتعذّر عليّ ترتيب السفر اللازم حاليًا.
   *[other] لا أستطيع في الوقت الحالي الالتزام بما يلزم من سفر ومواعيد.
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] لديّ التزام عائلي يتعلق بالرعاية يستدعي تفرّغي خلال تلك الفترة.
        [brief] لديّ التزام عائلي بالرعاية في ذلك الموعد.
       *[other] لديّ التزام عائلي يتعلق بالرعاية يحتاج إلى تفرّغي خلال تلك الفترة.
    }
   *[other] { $tone ->
        [formal] تستدعي مسؤوليات الرعاية الملقاة على عاتقي كامل اهتمامي في الوقت الراهن.
        [brief] تحتاج مسؤوليات الرعاية إلى تركيزي الآن.
       *[other] تحتاج مسؤوليات الرعاية الملقاة على عاتقي إلى اهتمامي الآن، وأودّ أن أمنحها كامل تركيزي.
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] أودّ التمهّل قليلًا للتفكير، حتى أكون على أتمّ استعداد.
        [brief] أودّ مزيدًا من الوقت للتفكير.
       *[other] أودّ أن آخذ مزيدًا من الوقت للتفكير، حتى أكون على أتمّ استعداد.
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] لقد قررتُ التوجّه نحو فرص تتّسق على نحو أوثق مع توجّهي المهني الحالي.
        [brief] أتّجه نحو مسار مختلف.
       *[other] قررتُ أن أتّجه نحو فرص تنسجم أكثر مع توجّهي الحالي.
    }
}
engagement-company-fit = { $tone ->
    [formal] أقصر التزاماتي على ما يتّسق اتساقًا وثيقًا مع أولوياتي الحالية.
    [brief] أقتصر حاليًا على عدد من أولوياتي القائمة.
   *[other] أحرص على أن تقتصر التزاماتي على ما ينسجم مع أولوياتي الحالية.
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] أودّ أن أتأمّل في نطاق الدور ومدى ارتباطه بخبرتي قبل المضيّ قدمًا.
        [brief] أودّ التأمّل في نطاق الدور أولًا.
       *[other] أودّ بعض الوقت للتفكير في نطاق الدور ومدى ارتباطه بخبرتي قبل أن نتحدث.
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] أبحث عن منصب يستفيد من خبراتي بكامل نطاقها.
        [brief] أبحث عن دور على مستوى مختلف.
       *[other] أبحث عن دور يستفيد من خبراتي بكل تنوّعها.
    }
}
engagement-overqualified = { $tone ->
    [formal] أُوجّه وقتي نحو المشاركات التي تتطلب رؤيةً على مستوى أعلى من الخبرة.
    [brief] أركّز على مشاركات من مستوى مختلف.
   *[other] أُوجّه وقتي نحو مشاركات تتطلب منظورًا أكثر تقدّمًا في الخبرة.
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] التزاماتي خلال الأسابيع المقبلة كثيرة، وأودّ أن أمنح هذا الأمر ما يستحقه من عناية.
        [brief] أسابيعي المقبلة محجوزة بالكامل.
       *[other] التزاماتي في الأسابيع القليلة المقبلة كثيرة، وأودّ أن أمنح هذا الأمر ما يستحقه من اهتمام.
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] لا تتيح لي التزاماتي الحالية أن أمنح مسار التوظيف ما يستحقه من اهتمام.
        [brief] لا يسعني أن أمنح هذا المسار ما يستحقه من اهتمام.
       *[other] التزاماتي الحالية لن تترك لي المجال لأمنح هذا المسار ما يستحقه من اهتمام.
    }
}
# التحكيم وعضوية هيئة التحرير مهمة تُنجَز لا مشاركة يُعَدّ لها.
engagement-bandwidth = { $scenario ->
    [academic_invitation] { $tone ->
        [formal] لا تتيح لي التزاماتي الحالية أن أمنح هذه المهمة ما تستحقه من عناية.
        [brief] لن أتمكّن من منح هذه المهمة ما تستحقه من عناية.
       *[other] التزاماتي الحالية لن تسمح لي بمنح هذه المهمة ما تستحقه من عناية.
    }
   *[other] { $tone ->
        [formal] لا تتيح لي التزاماتي الحالية أن أُعِدّ لهذه المشاركة الإعداد الذي تستحقه.
        [brief] لن أتمكّن من الإعداد لهذه المشاركة كما تستحق.
       *[other] التزاماتي الحالية لن تسمح لي بالإعداد لهذه المشاركة كما تستحق.
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] أودّ أن أستعدّ لذلك كما ينبغي، إذ يقع الموضوع خارج نطاق تركيزي المعتاد بعض الشيء.
        [brief] أودّ أن أستعدّ كما ينبغي.
       *[other] أودّ بعض الوقت للاستعداد كما ينبغي، فالموضوع خارج نطاق تركيزي المعتاد قليلًا.
    }
    [media_interview] { $tone ->
        [formal] يقع الموضوع خارج نطاق تخصصي الأساسي، ويستحق جمهوركم رأيًا من صميم الاختصاص.
        [brief] الموضوع خارج نطاق تخصصي الأساسي.
       *[other] الموضوع بعيد عن مجال تخصصي الأساسي، ويستحق جمهوركم رأيًا من أهل الاختصاص فيه.
    }
    [speaking_engagement] { $tone ->
        [formal] يقع الموضوع خارج نطاق تخصصي الأساسي، ويستحق جمهوركم طرحًا من صميم الاختصاص.
        [brief] الموضوع خارج نطاق تخصصي الأساسي.
       *[other] الموضوع بعيد عن مجال تخصصي الأساسي، ويستحق جمهوركم طرحًا أقرب إلى صميمه.
    }
    [academic_invitation] { $tone ->
        [formal] يقع مجال هذه المهمة خارج نطاق أبحاثي، وهي جديرة بمن يعمل في صميم هذا الاختصاص.
        [brief] المجال خارج نطاق أبحاثي.
       *[other] هذا المجال بعيد عن اهتماماتي البحثية، والأجدر به من هو أقرب إلى صميم الاختصاص.
    }
   *[other] { $tone ->
        [formal] بعد التأمّل، وجدتُ أن هذا الدور يقع خارج المجال الذي يمكنني أن أسهم فيه على أكمل وجه.
        [brief] الدور خارج مجال خبرتي الأساسي.
       *[other] بعد التفكير، وجدتُ أن الدور يقع خارج المجال الذي أستطيع أن أقدّم فيه أكبر إسهام.
    }
}
