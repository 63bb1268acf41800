### أجزاء مشتركة بين الرسائل كلها: التحية، والتوقيع، والعبارات الاسمية، وسبب المرسِل بكلماته،
### وترشيح شخص آخر.
###
### Parts every letter shares: greeting, signature, noun phrases, the caller's own reason,
### and the recommendation of someone else.
###
### أعراف هذه الحزمة (conventions of this pack):
###   - يُخاطَب القارئ بصيغة الجمع للاحترام (أشكركم، دعوتكم، حضرتكم) لأننا لا نعرف جنسه،
###     ولا تُستعمل «عزيزي/عزيزتي». «السيد/السيدة» و«المحترم/المحترمة» في التحية وحدها، وفقط
###     حين يذكر المستدعي صيغة المخاطَب ($recipient-form).
###   - لا يصف المرسِل نفسه بصفة تكشف جنسه (ممتن/ممتنة، سعيد/سعيدة، مشغول/مشغولة):
###     نستعمل الأفعال والمصادر بدلًا منها (أشكركم، أقدّر، يسعدني، يشرّفني).
###   - الشخص المرشَّح مجهول الجنس أيضًا: لا ضمير يعود عليه ولا فعل مسند إليه؛ يُقدَّم بـ«من
###     زملائي» (لا «زميلي/زميلتي»)، وخبرته بـ«من ذوي الخبرة/من أهل الاختصاص» (جمع عام).
###   - نص المستدعي (الأسماء) يُدرج كما هو، ولا تُلصق به السوابق (ب، ل، ال): نسبقه بكلمة
###     مستقلة (لدى، في، حول، بشأن، عبر، لشغل).
###   - علامات الترقيم العربية: الفاصلة «،» والفاصلة المنقوطة «؛» وعلامة الاستفهام «؟».
###
### Registers: formal = the classical formal letter (تحية طيبة وبعد … وتفضلوا بقبول فائق
### الاحترام والتقدير); firm = polite and unambiguous; warm (default) = warm professional MSA;
### brief = short, still warm.

## التحية والتوقيع (greeting and signature)
##
## يصل المخاطَب مجزّأً: $recipient (الاسم الكامل)، و$recipient-given، و$recipient-family،
## و$recipient-title-kind (professor أو doctor أو other أو none)، و$recipient-title (اللقب كما
## كتبه المستدعي)، و$recipient-form (feminine أو masculine أو neutral). صيغة التذكير أو التأنيث
## تُستعمل فقط حين يذكرها المستدعي؛ لا نستنتجها من الاسم أبدًا.
##   - الرسمي والحازم: «حضرة الأستاذة الدكتورة … المحترمة»، «حضرة الدكتور … المحترم»،
##     «حضرة السيدة … المحترمة»، بالاسم الكامل. في الصيغة المحايدة يُكتب اللقب مختصرًا
##     («أ.د.»، «د.»)، والاختصار لا جنس له، ولا تُضاف «المحترم/المحترمة». وبلا لقب ولا صيغة
##     يُكتب «أ.» (الأستاذ/الأستاذة، لقب مجاملة مهني لا جنس له مكتوبًا): «حضرة أ. سارة الحسيني»؛
##     فـ«حضرة» لا تسبق الاسم العَلَم مباشرة.
##   - الودّي والموجز: «مرحبًا دكتورة سارة،» (يُخاطَب الأستاذ الجامعي بـ«دكتور» في هذا المقام)،
##     و«مرحبًا سارة،» بالاسم الأول؛ وبلا اسم أول: «السيدة … ، تحية طيبة،» أو، في الصيغة
##     المحايدة، «مرحبًا أ. …،» كما يُقال «مرحبًا د. …،».
##   - حين يصل الاسم كاملًا وحده (name) بلا لقب ولا صيغة، لا تُضاف «أ.»: كثيرًا ما يكتب المستدعي
##     اللقب داخل الاسم («د. فيصل العنزي»، «أ.د. مصطفى العلوي»)، فتصير «أ. د.» رتبةً أعلى أو
##     «أ. أ.د.». يُكتب الاسم كما هو: «د. فيصل العنزي،» (الرسمي والحازم، و«تحية طيبة وبعد،» في
##     المتن)، و«د. فيصل العنزي، تحية طيبة،» (الودّي والموجز).
##   - اللقب غير المعروف للحزمة (other) يُدرج كما كُتب قبل الاسم الكامل.
##   - سطر التحية للمخاطَب وحده («حضرة … المحترمة،»، «فريق التوظيف المحترم،»)، والمحرّك لا يقبل
##     تحية من سطرين؛ فتفتتح «تحية طيبة وبعد،» (الرسمي) أو «تحية طيبة،» (الحازم) الفقرةَ الأولى
##     (salute-lead)، كما تُكتب في السطر التالي للمخاطَب في الرسائل العربية. بلا مخاطَب ولا
##     جهة تُخاطَب، تبقى «تحية طيبة وبعد،» سطرَ التحية وحدها.

greeting = { $has-recipient ->
    [true] { $tone ->
        [formal] { greeting-formal-address }،
        [firm] { greeting-formal-address }،
        [brief] { greeting-warm }
       *[other] { greeting-warm }
    }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] اللجنة المنظمة الموقّرة،
            [firm] فريق التنظيم المحترم،
           *[other] تحية طيبة،
        }
        [academic_invitation] { $tone ->
            [formal] الزميلات والزملاء الكرام،
            [firm] الزميلات والزملاء الكرام،
           *[other] تحية طيبة،
        }
       *[other] { $tone ->
            [formal] تحية طيبة وبعد،
           *[other] تحية طيبة،
        }
    }
}

# «حضرة الأستاذة الدكتورة سارة الحسيني المحترمة»، «حضرة د. سارة الحسيني»، «حضرة السيد … المحترم».
greeting-formal-address = { $recipient-title-kind ->
    [professor_f] حضرة الأستاذة الدكتورة { $recipient } المحترمة
    [professor_m] حضرة الأستاذ الدكتور { $recipient } المحترم
    [doctor_f] حضرة الدكتورة { $recipient } المحترمة
    [doctor_m] حضرة الدكتور { $recipient } المحترم
    [ustadh_f] حضرة الأستاذة { $recipient } المحترمة
    [ustadh_m] حضرة الأستاذ { $recipient } المحترم
    [ustadh] { $recipient-form ->
        [feminine] حضرة الأستاذة { $recipient } المحترمة
        [masculine] حضرة الأستاذ { $recipient } المحترم
       *[neutral] حضرة أ. { $recipient }
    }
    [professor] { $recipient-form ->
        [feminine] حضرة الأستاذة الدكتورة { $recipient } المحترمة
        [masculine] حضرة الأستاذ الدكتور { $recipient } المحترم
       *[neutral] حضرة أ.د. { $recipient }
    }
    [doctor] { $recipient-form ->
        [feminine] حضرة الدكتورة { $recipient } المحترمة
        [masculine] حضرة الدكتور { $recipient } المحترم
       *[neutral] حضرة د. { $recipient }
    }
    [none] { $recipient-form ->
        [feminine] حضرة السيدة { $recipient } المحترمة
        [masculine] حضرة السيد { $recipient } المحترم
       *[neutral] { $has-recipient-family ->
            [true] حضرة أ. { $recipient }
           *[false] { $has-recipient-given ->
                [true] حضرة أ. { $recipient }
               *[false] { greeting-bare }
            }
        }
    }
   *[other] { $recipient-form ->
        [feminine] حضرة { $recipient-title } { $recipient } المحترمة
        [masculine] حضرة { $recipient-title } { $recipient } المحترم
       *[neutral] حضرة { $recipient-title } { $recipient }
    }
}

# «مرحبًا دكتورة سارة،»، «مرحبًا سارة،»، «السيدة الحسيني، تحية طيبة،».
greeting-warm = { $recipient-title-kind ->
    [professor] { $recipient-form ->
        [feminine] مرحبًا دكتورة { greeting-warm-name }،
        [masculine] مرحبًا دكتور { greeting-warm-name }،
       *[neutral] مرحبًا أ.د. { greeting-warm-name }،
    }
    [professor_f] مرحبًا دكتورة { greeting-warm-name }،
    [professor_m] مرحبًا دكتور { greeting-warm-name }،
    [doctor_f] مرحبًا دكتورة { greeting-warm-name }،
    [doctor_m] مرحبًا دكتور { greeting-warm-name }،
    [ustadh_f] مرحبًا أستاذة { greeting-warm-name }،
    [ustadh_m] مرحبًا أستاذ { greeting-warm-name }،
    [ustadh] { $recipient-form ->
        [feminine] مرحبًا أستاذة { greeting-warm-name }،
        [masculine] مرحبًا أستاذ { greeting-warm-name }،
       *[neutral] مرحبًا أ. { greeting-warm-name }،
    }
    [doctor] { greeting-warm-doctor }
    [none] { $has-recipient-given ->
        [true] مرحبًا { $recipient-given }،
       *[false] { $recipient-form ->
            [feminine] السيدة { $recipient }، تحية طيبة،
            [masculine] السيد { $recipient }، تحية طيبة،
           *[neutral] { $has-recipient-family ->
                [true] مرحبًا أ. { $recipient }،
               *[false] { greeting-bare }،
            }
        }
    }
   *[other] حضرة { $recipient-title } { $recipient }،
}

# Vocative without the article: «مرحبًا دكتورة سارة»; the abbreviation «د.» when the form is neutral.
greeting-warm-doctor = { $recipient-form ->
    [feminine] مرحبًا دكتورة { greeting-warm-name }،
    [masculine] مرحبًا دكتور { greeting-warm-name }،
   *[neutral] مرحبًا د. { greeting-warm-name }،
}

# The given name where there is one («دكتورة سارة»), else the full or family name («دكتورة Berg»).
greeting-warm-name = { $has-recipient-given ->
    [true] { $recipient-given }
   *[false] { $recipient }
}

# الاسم الكامل وحده، بلا لقب ولا صيغة معروفة: لا صيغة محايدة طبيعية تسبقه («حضرة السيد/السيدة»
# و«المحترم/ة» مرفوضتان)، فيُذكر الاسم ثم التحية في السطر نفسه، ولا تتكرر في المتن (salute-lead).
# (The API contract: a full name alone is greeted with the full name.)
greeting-bare = { $tone ->
    [formal] حضرة أ. { $recipient }
    [firm] حضرة أ. { $recipient }
   *[other] مرحبًا أ. { $recipient }
}

generic-hiring-greeting = { $tone ->
    [formal] فريق التوظيف المحترم،
    [firm] فريق التوظيف المحترم،
   *[other] تحية طيبة،
}

# «تحية طيبة وبعد، » في أول جملة من المتن، حين يكون سطر التحية مخاطَبًا («حضرة …»، «فريق
# التوظيف المحترم،»)؛ ولا شيء في الودّي والموجز، ولا حين تكون التحية نفسها «تحية طيبة وبعد،».
salute-lead = { $has-recipient ->
    [true] { $recipient-title-kind ->
        [none] { $recipient-form ->
            [neutral] { $has-recipient-family ->
                [true] { salute-words }
               *[false] { $has-recipient-given ->
                    [true] { salute-words }
                   *[false] { salute-words }
                }
            }
           *[other] { salute-words }
        }
       *[other] { salute-words }
    }
   *[false] { $scenario ->
        [job_interview] { salute-words }
        [clarification_reply] { salute-words }
        [speaking_engagement] { salute-words }
        [academic_invitation] { salute-words }
       *[other] {""}
    }
}

salute-words = { $tone ->
    [formal] {"بعد التحية الطيبة، "}
    [firm] {"تحية طيبة، "}
   *[other] {""}
}

signature = { $tone ->
    [formal]
        وتفضلوا بقبول فائق الاحترام والتقدير،
        { $sender }
    [firm]
        مع خالص التحية،
        { $sender }
    [brief]
        مع التحية،
        { $sender }
   *[warm]
        مع أطيب التحيات،
        { $sender }
}

## عبارات اسمية داخل الجمل (noun phrases used inside sentences)

# «وظيفة Product Designer لدى Acme»، «الوظيفة الشاغرة لدى Acme»، «وظيفة Product Designer»،
# «هذه الوظيفة». تأتي بعد كلمة مستقلة («لشغل»، «بشأن»)، فلا تلتصق بها سابقة.
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] وظيفة { $position } لدى { $organization }
       *[false] وظيفة { $position }
    }
   *[false] { $has-organization ->
        [true] الوظيفة الشاغرة لدى { $organization }
       *[false] هذه الوظيفة
    }
}

# موضوع طلب تغيير الموعد، بعد «موعد» و«بشأن» و«إلى». نوع الدعوة إن وُجد: «المقابلة النهائية»،
# «إلقاء الكلمة الرئيسية في ملتقى …»، «اجتماع هيئة تحرير …»، «تحكيم البحث المقدَّم إلى …»؛ الاسم بعد كلمة مستقلة («في»،
# «ضمن») أو مضافًا إليه («لجنة …»، «برنامج «…»»). بلا نوع: فعالية، أو مقابلة، أو لقاء.
meeting-phrase = { $invitation ->
    [screening_call] المكالمة التمهيدية{ meeting-job-suffix }
    [interview] المقابلة{ meeting-job-suffix }
    [final_round] المقابلة النهائية{ meeting-job-suffix }
    [article] المقابلة الخاصة بمقالكم{ meeting-in-event }
    [broadcast] { $has-event ->
        [true] { $event-shape ->
            [kind-first] المقابلة في «{ $event }»
           *[other] المقابلة في برنامج «{ $event }»
        }
       *[false] المقابلة في برنامجكم
    }
    [podcast] { $has-event ->
        [true] { $event-shape ->
            [kind-first] تسجيل حلقة من «{ $event }»
           *[other] تسجيل حلقة بودكاست «{ $event }»
        }
       *[false] تسجيل حلقة البودكاست
    }
    [comment] اللقاء الخاص بمادتكم الصحفية{ meeting-in-event }
    [talk] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] إلقاء { $event }
           *[other] إلقاء المحاضرة{ meeting-in-event }
        }
       *[other] إلقاء المحاضرة{ meeting-in-event }
    }
    [keynote] إلقاء الكلمة الرئيسية{ meeting-in-event }
    [panel] { $event-shape ->
        [kind-first] { $event-gender ->
            [panel] المشاركة في { $event }
           *[other] المشاركة في الجلسة الحوارية{ meeting-within-event }
        }
       *[other] المشاركة في الجلسة الحوارية{ meeting-within-event }
    }
    [workshop] { $event-shape ->
        [kind-first] { $event-gender ->
            [workshop] تقديم { $event }
           *[other] تقديم ورشة العمل{ meeting-within-event }
        }
       *[other] تقديم ورشة العمل{ meeting-within-event }
    }
    [webinar] { $event-shape ->
        [kind-first] { $event-gender ->
            [seminar] التحدث في { $event } عبر الإنترنت
           *[other] تقديم الندوة عبر الإنترنت{ meeting-within-event }
        }
       *[other] تقديم الندوة عبر الإنترنت{ meeting-within-event }
    }
    [guest_lecture] { $event-shape ->
        [kind-first] { $event-gender ->
            [lecture] إلقاء { $event }
           *[other] إلقاء المحاضرة{ meeting-in-event }
        }
       *[other] إلقاء المحاضرة{ meeting-in-event }
    }
    [committee] { $has-event ->
        [true] اجتماع { committee-name }
       *[false] اجتماع اللجنة
    }
    [editorial_board] { $has-event ->
        [true] اجتماع { board-name }
       *[false] اجتماع هيئة التحرير
    }
    [program_committee] اجتماع { program-committee-name }
    [peer_review] تحكيم البحث{ $has-event ->
        [true] {" "}المقدَّم إلى { $event }
       *[false] {""}
    }
    [examiner] { $has-event ->
        [true] مناقشة { thesis-name }
       *[false] مناقشة الرسالة العلمية
    }
   *[other] { $has-event ->
        [true] { $event }
       *[false] { $has-position ->
            [true] المقابلة الخاصة بوظيفة { $position }
           *[false] { $has-topic ->
                [true] اللقاء حول { $topic }
               *[false] هذا اللقاء
            }
        }
    }
}

# بعد مقابلة التوظيف: « ضمن برنامج الخريجين 2027»، أو « الخاصة بوظيفة مصمم منتجات أول»، أو لا شيء.
meeting-job-suffix = { $has-event ->
    [true] {" "}ضمن { $event }
   *[false] { $has-position ->
        [true] {" "}الخاصة بوظيفة { $position }
       *[false] {""}
    }
}

# « في ملتقى الخليج للتصميم 2027»، أو لا شيء.
meeting-in-event = { $has-event ->
    [true] {" "}في { $event }
   *[false] {""}
}

# « ضمن ملتقى الخليج للتصميم 2027»، أو لا شيء.
meeting-within-event = { $has-event ->
    [true] {" "}ضمن { $event }
   *[false] {""}
}

# الجهة بعد الدعوة الأكاديمية: «مقدَّم إلى Journal of Applied Logic من منشورات Elsevier»،
# «محاضرة في جامعة بغداد»، «المؤتمر العربي … بتنظيم من معهد …» (لا «في Elsevier»، فالمجلة لا
# تُعقد في ناشرها)، ولا شيء حين يحمل اسم الفعالية اسم الجهة («PyCon 2027» من PyCon).
at-organization = { $has-organization ->
    [true] { $has-event ->
        [true] { $invitation ->
            [peer_review] { published-by }
            [editorial_board] { published-by }
            [guest_lecture] {" "}في { $organization }
            [examiner] {" "}في { $organization }
            [committee] {" "}في { $organization }
           *[other] { organized-by }
        }
       *[false] {" "}في { $organization }
    }
   *[false] {""}
}

# «لجنة جائزة الملك فيصل» كما كتبها المتصل، و«لجنة ملتقى الخليج …» حين يسمّي الفعالية لا اللجنة.
committee-name = { $event-shape ->
    [kind-first] { $event-gender ->
        [committee] { $event }
        [board] { $event }
       *[other] لجنة { $event }
    }
   *[other] لجنة { $event }
}

# «هيئة تحرير مجلة الآداب»؛ وحين يكتب المستدعي الهيئة نفسها («هيئة تحرير مجلة الآداب») تُذكر كما
# كتبها، لا «هيئة تحرير هيئة تحرير …».
board-name = { $event-shape ->
    [kind-first] { $event-gender ->
        [board] { $event }
        [committee] { $event }
       *[other] هيئة تحرير { $event }
    }
   *[other] هيئة تحرير { $event }
}

# «اللجنة العلمية في المؤتمر الدولي …»؛ وحين يسمّي المستدعي اللجنة نفسها («اللجنة العلمية
# لمؤتمر …») تُذكر كما كتبها.
program-committee-name = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { $event-gender ->
            [committee] { $event }
            [board] { $event }
           *[other] اللجنة العلمية في { $event }
        }
       *[other] اللجنة العلمية في { $event }
    }
   *[false] اللجنة العلمية
}

# «رسالة علمية بعنوان «…»»؛ وحين يكتب المستدعي «رسالة دكتوراه بعنوان …» أو «أطروحة …» تُذكر
# كما كتبها، لا «رسالة علمية بعنوان «رسالة دكتوراه …»».
thesis-name = { $has-event ->
    [true] { $event-shape ->
        [kind-first] { $event-gender ->
            [thesis] { $event }
           *[other] رسالة علمية بعنوان «{ $event }»
        }
       *[other] رسالة علمية بعنوان «{ $event }»
    }
   *[false] رسالة علمية
}

# «مجلة جامعة الملك سعود …» لا تُتبع بـ«من منشورات جامعة الملك سعود».
published-by = { $event-names-organization ->
    [true] {""}
   *[false] {" "}من منشورات { $organization }
}

# لا تُذكر الجهة المنظِّمة حين يحملها اسم الفعالية: «PyCon 2027»، لا «PyCon 2027 بتنظيم من PyCon».
organized-by = { $has-organization ->
    [true] { $event-names-organization ->
        [true] {""}
       *[false] {" "}من تنظيم { $organization }
    }
   *[false] {""}
}

# « هذه المرة» بعد الاعتذار يوحي بأن التوقيت هو العائق؛ لا يُقال حين يكون السبب خارج التخصص.
this-time = { $stay-in-touch ->
    [false] {""}
   *[other] { $reason ->
        [outside_expertise] {""}
       *[other] {" "}هذه المرة
    }
}

## سبب المرسِل بكلماته (تُحذف نقطته الأخيرة قبل وصوله)

reason-note = { $scenario ->
    [reschedule] { $reason-note }.
   *[other] { $reason-note }.
}

## ترشيح شخص آخر
## لا نعرف جنس المرشَّح: «أقترح عليكم من زملائي …» تحفظ صلة الزمالة دون «زميلي/زميلتي»، ولا
## يأتي بعد الاسم فعلٌ ولا ضمير يكشف جنسه؛ الخبرة بصيغة «من ذوي الخبرة / من أهل الاختصاص».

referral = { $tone ->
    [formal] وإن رأيتم الاستعانة بغيري، فأرشّح لكم { $referral }{ referral-expertise }{ referral-fit }{ referral-contact }.
    [brief] وأرشّح لكم { $referral }{ referral-expertise }{ referral-contact }.
   *[other] ولعلّ من المفيد أن أرشّح لكم { $referral }{ referral-expertise }{ referral-fit }{ referral-contact }.
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] ، من ذوي الخبرة الواسعة في { $referral-expertise }
        [brief] ، من أهل الاختصاص في { $referral-expertise }
       *[other] ، من ذوي الخبرة الراسخة في { $referral-expertise }
    }
   *[false] {""}
}

# الغرض من الترشيح، بعد الاسم أو الخبرة: «لإثراء مقالكم برؤية متخصصة». لا شيء في مسارات التوظيف.
referral-fit-lead = { $has-referral-expertise ->
    [true] {"، "}
   *[false] {" "}
}
referral-fit = { $scenario ->
    [media_interview] { referral-fit-lead }لتقديم رؤية معمّقة
    [speaking_engagement] { referral-fit-lead }لإثراء برنامجكم
    [academic_invitation] { referral-fit-lead }لتلبية دعوتكم
   *[other] {""}
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [brief] {" "}({ $referral-contact })
       *[other] ؛ ويمكنكم التواصل عبر { $referral-contact }
    }
   *[false] {""}
}

# يُنهي جملة القرار: فاصلة حين تليها جملة السبب (تبدأ بـ«إذ» أو «فقد» أو «ذلك أنّ»، وهي تعليل
# لا يُفتتح به كلام بعد نقطة: «…سحب طلبي، إذ قبلتُ …»)، ونقطة حين لا سبب أو حين يكتب المرسِل
# سببه بكلماته (reason-note جملة مستقلة).
decision-end = { $has-reason-note ->
    [true] ؛
   *[false] { $reason ->
        [none] .
       *[other] ،
    }
}
