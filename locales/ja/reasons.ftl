### 関係維持の連絡 (stay_in_touch) では、採用の話 (職名か面接の種類がある) なら job-…、それ以外は
### 依頼の場面と同じ engagement-… を使う。
### 理由: それぞれ一文で、辞退の文の後に事情をそのまま述べる (「〜ためです」で結ばない。日程変更では理由を先に述べ、
### 次の文でお願いする)、常に送信者自身の方向性や事情として述べ、相手の落ち度にはしない。
### 採用の場面 (job_interview, clarification_reply, stay_in_touch)、依頼の場面
### (media_interview, speaking_engagement, academic_invitation)、日程変更 (reschedule:
### 理由は時期の説明) で言い回しを変える。`company_fit` は懸念点を一切挙げない。

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] 新たな職務に就いたばかりで、着任後の数週間は予定が埋まっております。
        [brief] 新しい職場に移ったばかりで、予定が埋まっております。
       *[other] 新しい職場に移ったばかりで、最初の数週間は予定が埋まっております。
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
    [stay_in_touch] { $has-position ->
        [true] { job-accepted-offer }
       *[false] { $invitation ->
            [screening_call] { job-accepted-offer }
            [interview] { job-accepted-offer }
            [final_round] { job-accepted-offer }
           *[other] { engagement-accepted-offer }
        }
    }
   *[other] { job-accepted-offer }
}
job-accepted-offer = { $tone ->
    [formal] このほど他社より内定をいただき、そちらへの入社を決意いたしました。
    [brief] 他社からの内定を承諾いたしました。
    [firm] 他社からの内定を承諾し、そちらへの入社を決めております。
   *[warm] 実は先日、他社から内定をいただき、そちらへの入社を決めました。
}
engagement-accepted-offer = { $tone ->
    [formal] 新しい職務に就いたばかりで、しばらくはご依頼のお引き受けを控えております。
    [brief] 新しい職に就いたばかりで、当面は手が離せません。
   *[other] 新しい職に就いたばかりで、当面はそちらに専念したいと考えております。
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] 現在、手がけている仕事が重要な局面を迎えており、万全の状態で臨みたいと考えております。
        [brief] 現在、手がけている仕事が山場を迎えております。
       *[other] 現在、手がけている仕事が大事な時期を迎えており、落ち着いた状態で臨みたいと考えております。
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
    [stay_in_touch] { $has-position ->
        [true] { job-career-focus }
       *[false] { $invitation ->
            [screening_call] { job-career-focus }
            [interview] { job-career-focus }
            [final_round] { job-career-focus }
           *[other] { engagement-career-focus }
        }
    }
   *[other] { job-career-focus }
}
job-career-focus = { $tone ->
    [formal] 自身の専門性をより活かせる職務に絞って、転職活動を進めることにいたしました。
    [brief] 専門分野に絞って転職活動を進めております。
   *[other] 自身の専門性をより活かせる分野に絞って、転職活動を進めることにしました。
}
engagement-career-focus = { $tone ->
    [formal] 現在いくつかの重要な案件に注力しており、新たなお引き受けを控えております。
    [brief] いまは主要な案件に専念しております。
   *[other] 現在、いくつかの大切なプロジェクトに注力しております。
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] お話を伺う前に、条件面についていくつか整理しておきたい点がございます。
        [brief] 先に条件面を整理させていただきたく存じます。
       *[other] お話を伺う前に、条件面でいくつか整理しておきたい点がございます。
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
    [stay_in_touch] { $has-position ->
        [true] { job-compensation }
       *[false] { $invitation ->
            [screening_call] { job-compensation }
            [interview] { job-compensation }
            [final_round] { job-compensation }
           *[other] { engagement-compensation }
        }
    }
   *[other] { job-compensation }
}
job-compensation = { $tone ->
    [formal] { $scenario ->
        [clarification_reply] 条件面に限らず、今後の働き方を含めて熟慮を重ねた上での結論でございます。
       *[other] 待遇面を含めた諸条件を総合的に勘案した上での判断でございます。
    }
    [brief] { $scenario ->
        [clarification_reply] 熟慮の上での結論です。
       *[other] 条件面を総合的に検討した結果です。
    }
   *[other] { $scenario ->
        [clarification_reply] 条件面だけでなく、今後の働き方も含めて考え抜いた上での結論です。
       *[other] 待遇面を含めた条件を総合的に検討した結果です。
    }
}
engagement-compensation = { $tone ->
    [formal] 現在は、あらかじめ定めた条件に沿うご依頼に限ってお引き受けしております。
    [brief] お引き受けの条件によるものです。
   *[other] 現在は、私の条件に沿うご依頼に限ってお引き受けしております。
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] あいにくご提示の日時には先約がございます。
        [brief] あいにくご提示の日時には先約がございます。
       *[other] あいにくご提示の日時には、先約が入っております。
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
    [stay_in_touch] { $has-position ->
        [true] { job-timing }
       *[false] { $invitation ->
            [screening_call] { job-timing }
            [interview] { job-timing }
            [final_round] { job-timing }
           *[other] { engagement-timing }
        }
    }
   *[other] { job-timing }
}
job-timing = { $tone ->
    [formal] 自身の状況を改めて見直し、現時点では転職すべき時期ではないと判断いたしました。
    [brief] 現時点では転職の時期ではないと考えております。
   *[other] 自身の状況を改めて見直し、現時点では転職に踏み切る時期ではないと考えました。
}
# 査読・編集委員・委員会には日時の提示がないので「その日」「ご提示の日程」を使わず、同じ時期の別の務めを挙げる。
engagement-timing = { $scenario ->
    [academic_invitation] { $invitation ->
        [peer_review] { engagement-timing-duty }
        [editorial_board] { engagement-timing-duty }
        [program_committee] { engagement-timing-duty }
        [committee] { engagement-timing-duty }
       *[other] { engagement-timing-date }
    }
   *[other] { engagement-timing-date }
}
engagement-timing-duty = { $tone ->
    [formal] 同じ時期にすでに別のお役目をお引き受けしており、十分に務めを果たしかねる状況でございます。
    [brief] 同じ時期に別の務めを抱えております。
   *[other] 同じ時期にすでに別の務めを引き受けており、お役目を十分に果たせそうにありません。
}
engagement-timing-date = { $tone ->
    [formal] ご提示の日程は、あいにく先約と重なっております。
    [brief] あいにく、ご提示の日は先約がございます。
   *[other] あいにくご提示の日程には、すでに先約が入っております。
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] 当初ご提示いただいた日時は、あいにく出張の予定と重なっております。
        [brief] あいにく当初の日時は出張と重なっております。
       *[other] 当初お約束していた日時が、あいにく出張の予定と重なっております。
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
    [stay_in_touch] { $has-position ->
        [true] { job-logistics }
       *[false] { $invitation ->
            [screening_call] { job-logistics }
            [interview] { job-logistics }
            [final_round] { job-logistics }
           *[other] { engagement-logistics }
        }
    }
   *[other] { job-logistics }
}
job-logistics = { $tone ->
    [formal] 現在の生活状況に即した勤務地・勤務形態を優先することにいたしました。
    [brief] 勤務地と勤務形態の条件によるものです。
   *[other] 現在の生活に合った勤務地や働き方を優先したいと考えております。
}
engagement-logistics = { $tone ->
    [formal] 現時点では、移動や日程の調整がかなわない状況でございます。
    [brief] 移動の手配が難しい状況です。
   *[other] 現時点では、移動や日程の調整が難しい状況です。
}

reason-caregiving = { $scenario ->
    [reschedule] { $invitation ->
        [peer_review] { $tone ->
            [formal] あいにく当面は家族の介護があり、ご提示の期日までに査読を終えることが難しい状況でございます。
            [brief] 家族の介護があり、当初の期限には間に合いそうにありません。
           *[other] あいにく当面は家族の介護があり、ご提示の期日までに査読を終えることが難しい状況です。
        }
       *[other] { $tone ->
            [formal] あいにくご提示の日時は、家族の介護があり、対応が難しい状況でございます。
            [brief] 当初の日時は、家族の介護と重なっております。
           *[other] あいにくご提示の日時は、家族の介護があり、対応が難しい状況です。
        }
    }
   *[other] { $tone ->
        [formal] 家族の介護に専念する必要が生じ、しばらくは新たなお約束を控えております。
        [brief] 家族の介護に専念しております。
       *[other] 家族の介護に専念する必要が生じ、当面は自由になる時間がほとんどございません。
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] 十分な準備をして臨めるよう、もう少し考えるお時間をいただきたく存じます。
        [brief] もう少し考えるお時間をいただけますと幸いです。
       *[other] しっかり準備をして臨めるよう、もう少し考えを整理するお時間をいただければと存じます。
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
    [stay_in_touch] { $has-position ->
        [true] { job-company-fit }
       *[false] { $invitation ->
            [screening_call] { job-company-fit }
            [interview] { job-company-fit }
            [final_round] { job-company-fit }
           *[other] { engagement-company-fit }
        }
    }
   *[other] { job-company-fit }
}
job-company-fit = { $tone ->
    [formal] 私自身の目指す方向により近い道を選ぶことにいたしました。
    [brief] 検討の結果、別の道に進むことにしました。
   *[other] 自分の進みたい方向により近い道を選びたいと考えました。
}
engagement-company-fit = { $tone ->
    [formal] 現在は、自身の優先事項に沿ったお仕事に絞ってお引き受けしております。
    [brief] いまは優先する案件を絞っております。
   *[other] 現在は、自身の優先事項に沿ったお仕事に絞ってお引き受けしております。
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] お話を伺う前に、職務の範囲と私の経験との関係について検討するお時間をいただきたく存じます。
        [brief] 先に職務の範囲を確認させていただきたく存じます。
       *[other] お話を伺う前に、職務の範囲が私の経験とどう重なるかを考えるお時間をいただければと存じます。
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
    [stay_in_touch] { $has-position ->
        [true] { job-overqualified }
       *[false] { $invitation ->
            [screening_call] { job-overqualified }
            [interview] { job-overqualified }
            [final_round] { job-overqualified }
           *[other] { engagement-overqualified }
        }
    }
   *[other] { job-overqualified }
}
job-overqualified = { $tone ->
    [formal] これまでの経験をより幅広く活かせる職務に挑戦したいと考えております。
    [brief] これまでの経験をより活かせる職務を志望しております。
   *[other] これまでの経験をより幅広く活かせる仕事に挑戦したいと考えております。
}
engagement-overqualified = { $tone ->
    [formal] 現在は、より上級の立場からの知見が求められるご依頼に時間を充てております。
    [brief] 現在は、これまでの経験を活かせるご依頼に絞っております。
   *[other] 現在は、これまでの経験を踏まえた視点が求められるお仕事に時間を充てております。
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] 向こう数週間は予定が立て込んでおり、十分な準備をして臨みたいと考えております。
        [brief] 向こう数週間は予定が埋まっております。
       *[other] この先数週間は予定が立て込んでおり、準備を整えたうえで臨みたいと考えております。
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
    [stay_in_touch] { $has-position ->
        [true] { job-bandwidth }
       *[false] { $invitation ->
            [screening_call] { job-bandwidth }
            [interview] { job-bandwidth }
            [final_round] { job-bandwidth }
           *[other] { engagement-bandwidth }
        }
    }
   *[other] { job-bandwidth }
}
job-bandwidth = { $tone ->
    [formal] 現在の業務状況では、選考に誠意をもって臨むための余力を確保いたしかねる状況でございます。
    [brief] 業務の都合で、選考に十分に向き合えそうにありません。
   *[other] 現在の業務状況では、選考に十分に向き合うことが難しい状況です。
}
engagement-bandwidth = { $scenario ->
    [academic_invitation] { $invitation ->
        [peer_review] { $tone ->
            [brief] 本務が立て込んでおり、査読者としての責任を十分に果たせる見通しが立ちません。
           *[other] 現在、本務が立て込んでおり、査読者としての責任を十分に果たせる見通しが立ちません。
        }
       *[other] { $tone ->
            [brief] 本務が立て込んでおり、お役目を十分に果たせる見通しが立ちません。
           *[other] 現在、本務が立て込んでおり、お役目を十分に果たせる見通しが立ちません。
        }
    }
   *[other] { $tone ->
        [formal] あいにく業務が立て込んでおり、十分な準備の時間を確保することが難しい状況でございます。
        [brief] 業務が立て込んでおり、準備の時間を確保できそうにありません。
       *[other] あいにく業務が立て込んでおり、十分な準備の時間を確保することが難しい状況です。
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] テーマが私の普段の専門分野からやや外れるため、しっかりと準備するお時間をいただきたく存じます。
        [brief] 準備のお時間をいただきたく存じます。
       *[other] テーマが普段の専門から少し外れるため、準備のお時間をいただければと存じます。
    }
    [media_interview] { $tone ->
        [formal] このたびのテーマは私の専門分野から外れており、{ media-audience }には、より専門の近い方のお話がふさわしいと存じます。
        [brief] あいにく私の専門外のテーマです。
       *[other] このたびのテーマは私の専門から外れており、{ media-audience }には、より専門の近い方のお話のほうがふさわしいと存じます。
    }
    [speaking_engagement] { $tone ->
        [formal] このたびのテーマは私の専門分野から外れており、聴衆の皆様には、より専門の近い方のお話がふさわしいと存じます。
        [brief] あいにく私の専門外のテーマです。
       *[other] このたびのテーマは私の専門から外れており、聴衆の皆様には、より専門の近い方のお話のほうがふさわしいと存じます。
    }
    [academic_invitation] { $tone ->
        [formal] 本件は私の専門から外れる部分が多く、より専門の近い方にお引き受けいただくのがふさわしいと存じます。
        [brief] あいにく私の専門から外れる領域です。
       *[other] 本件は私の専門から外れる部分が多く、より専門の近い方にお引き受けいただくのがよろしいかと存じます。
    }
    [stay_in_touch] { $has-position ->
        [true] { job-outside-expertise }
       *[false] { $invitation ->
            [screening_call] { job-outside-expertise }
            [interview] { job-outside-expertise }
            [final_round] { job-outside-expertise }
           *[other] { engagement-outside-expertise }
        }
    }
   *[other] { job-outside-expertise }
}
job-outside-expertise = { $tone ->
    [formal] 今回の職務は、私が最も貢献できる領域から外れていると考えております。
    [brief] 私の主な専門領域から外れております。
   *[other] 今回のお仕事は、私が最も力を発揮できる領域とは異なると考えました。
}

# 取材の受け手: 記事は読者、番組は視聴者、ポッドキャストはリスナー。
media-audience = { $invitation ->
    [article] 読者の皆様
    [comment] 読者の皆様
    [broadcast] 視聴者の皆様
    [podcast] リスナーの皆様
   *[other] 読者の皆様
}

# 依頼の場面の後の関係維持の連絡で述べる、専門外という理由。
engagement-outside-expertise = { $tone ->
    [formal] このたびのテーマは私の専門分野から外れており、より専門の近い方がふさわしいと存じます。
    [brief] あいにく私の専門外のテーマです。
   *[other] このたびのテーマは私の専門から外れており、より専門の近い方のほうがふさわしいと存じます。
}
