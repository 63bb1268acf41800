### 理由: それぞれ一文で、辞退の文の後では「〜ためです」で結論に結び付け (日程変更では理由を先に述べ、
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
   *[other] { $tone ->
        [formal] 先日、他社より内定をいただき、そちらへの入社を決意したためでございます。
        [brief] 他社からの内定を承諾したためです。
        [firm] 他社からの内定を承諾し、そちらへの入社を決めたためです。
       *[warm] 実は先日、現在の目標により合致する他社から内定をいただき、そちらへの入社を決めたためです。
    }
}
engagement-accepted-offer = { $tone ->
    [formal] 新しい職務に就いたばかりで、しばらくはご依頼のお引き受けを控えているためです。
    [brief] 新しい職に就いたばかりのためです。
   *[other] 新しい職に就いたばかりで、しばらくは予定を空けておきたいと考えているためです。
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] 現在、担当プロジェクトが重要な局面を迎えており、万全の状態で臨みたいと考えております。
        [brief] 現在、担当プロジェクトが山場を迎えております。
       *[other] 現在、担当プロジェクトが大事な時期を迎えており、落ち着いた状態で臨みたいと考えております。
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] 自身の専門性をより直接的に活かせる職務に絞って、転職活動を進めることにしたためでございます。
        [brief] 別の方向で転職活動を進めることにしたためです。
       *[other] 自身の専門性をより直接活かせる仕事に絞って、転職活動を進めることにしたためです。
    }
}
engagement-career-focus = { $tone ->
    [formal] 現在いくつかの重要な案件に注力しており、新たなお引き受けを控えているためです。
    [brief] 主要な案件に専念しているためです。
   *[other] 現在、いくつかの大切なプロジェクトに専念しているためです。
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
   *[other] { $tone ->
        [formal] 処遇面を含め、現在の希望条件により合致する職務を志望しているためです。
        [brief] 処遇面の希望条件によるものです。
       *[other] 待遇面を含め、現在の希望により近い条件の職務を志望しているためです。
    }
}
engagement-compensation = { $tone ->
    [formal] 現在は、あらかじめ定めた条件に沿うご依頼に限ってお引き受けしているためです。
    [brief] お引き受けの条件によるものです。
   *[other] 現在は、私の条件に沿うご依頼に限ってお引き受けしているためです。
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] 現在、担当プロジェクトの締め切りが迫っており、万全の状態で臨みたいと考えております。
        [brief] 担当プロジェクトの締め切りが近づいております。
       *[other] 現在、担当プロジェクトの締め切りが迫っており、当日は落ち着いて臨みたいと考えております。
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] 自身の状況を改めて見直し、現時点では転職すべき時期ではないと判断したためでございます。
        [brief] 現時点では転職の時期ではないと考えたためです。
       *[other] 自身の状況を改めて見直し、現時点では転職に踏み切る時期ではないと考えたためです。
    }
}
engagement-timing = { $tone ->
    [formal] ご提示の日程が、すでにお約束している予定と重なっているためです。
    [brief] 日程が既存の予定と重なっているためです。
   *[other] ご提示の日程が、先に決まっていた予定と重なってしまっているためです。
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] 当初ご提示いただいた日時は、あいにく出張の予定と重なっております。
        [brief] 当初の日時は出張と重なっております。
       *[other] 当初お約束していた日時が、あいにく出張の予定と重なってしまいました。
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] 現在の生活状況に即した勤務地・勤務形態を優先することにしたためでございます。
        [brief] 勤務地と勤務形態の条件によるものです。
       *[other] 現在の生活に合った勤務地や働き方を優先したいと考えているためです。
    }
}
engagement-logistics = { $tone ->
    [formal] 現時点では、移動や日程の調整がかなわない状況にあるためです。
    [brief] 移動の手配が難しいためです。
   *[other] 現時点では、移動や日程の調整が難しい状況にあるためです。
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] ご提示の時期は、家族の介護に対応する必要がございます。
        [brief] 当初の日時は、家族の介護と重なっております。
       *[other] あいにくご提示の時期は、家族の介護に対応しなければなりません。
    }
   *[other] { $tone ->
        [formal] 家族の介護に専念する必要が生じたためでございます。
        [brief] 家族の介護に専念するためです。
       *[other] 家族の介護に専念する必要が生じたためです。
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
   *[other] { $tone ->
        [formal] 現在の私の志向により合致する道を選ぶことにしたためでございます。
        [brief] 別の方向に進むことにしたためです。
       *[other] 現在の自身の志向により合う道を選びたいと考えたためです。
    }
}
engagement-company-fit = { $tone ->
    [formal] 現在は、自身の優先事項に沿ったお仕事に絞ってお引き受けしているためです。
    [brief] 優先する案件を絞っているためです。
   *[other] 現在は、自身の優先事項に沿ったお仕事に絞ってお引き受けしているためです。
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
   *[other] { $tone ->
        [formal] これまでの経験をより幅広く活かせる職務に挑戦したいと考えているためです。
        [brief] 経験に見合う職責の仕事を志望しているためです。
       *[other] これまでの経験をより幅広く活かせる仕事に挑戦したいと考えているためです。
    }
}
engagement-overqualified = { $tone ->
    [formal] 現在は、より上級の立場からの知見が求められるご依頼に時間を充てているためです。
    [brief] 現在は別の水準のご依頼に注力しているためです。
   *[other] 現在は、これまでの経験を踏まえた視点が求められるお仕事に時間を充てているためです。
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
   *[other] { $tone ->
        [formal] 現在の業務状況では、選考に誠意をもって臨むための余力を確保いたしかねるためです。
        [brief] 業務の都合で、選考に十分に向き合えないためです。
       *[other] 現在の業務状況では、選考に十分に向き合うことが難しいためです。
    }
}
engagement-bandwidth = { $scenario ->
    [academic_invitation] { $tone ->
        [formal] 業務が立て込んでおり、お役目を十分に果たせる見通しが立たないためです。
        [brief] お役目を十分に果たせる見通しが立たないためです。
       *[other] 業務が立て込んでおり、お役目を十分に果たせる見通しが立たないためです。
    }
   *[other] { $tone ->
        [formal] 業務が立て込んでおり、十分な準備の時間を確保することがかなわないためです。
        [brief] 十分な準備の時間を確保できないためです。
       *[other] 業務が立て込んでおり、十分な準備の時間を確保することが難しい状況のためです。
    }
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] テーマが私の普段の専門分野からやや外れるため、しっかりと準備するお時間をいただきたく存じます。
        [brief] 準備のお時間をいただきたく存じます。
       *[other] テーマが普段の専門から少し外れるため、準備のお時間をいただければと存じます。
    }
    [media_interview] { $tone ->
        [formal] 本テーマは私の専門分野から外れており、{ media-audience }には、より専門の近い方のお話がふさわしいと存じます。
        [brief] このテーマが私の専門外であるためです。
       *[other] このテーマは私の専門から外れており、{ media-audience }には、より専門の近い方のお話のほうがふさわしいと存じます。
    }
    [speaking_engagement] { $tone ->
        [formal] 本テーマは私の専門分野から外れており、聴衆の皆様には、より専門の近い方のお話がふさわしいと存じます。
        [brief] このテーマが私の専門外であるためです。
       *[other] このテーマは私の専門から外れており、聴衆の皆様には、より専門の近い方のお話のほうがふさわしいと存じます。
    }
    [academic_invitation] { $tone ->
        [formal] ご依頼の分野は私の研究領域から外れており、より専門の近い方にお引き受けいただくのがふさわしいと存じます。
        [brief] ご依頼の分野が私の研究領域から外れているためです。
       *[other] ご依頼の分野は私の研究分野から外れており、より専門の近い方にお願いなさるほうがよろしいかと存じます。
    }
   *[other] { $tone ->
        [formal] 今回の職務は、私が最も貢献できる領域から外れていると考えたためでございます。
        [brief] 私の主な専門領域から外れているためです。
       *[other] 今回のお仕事は、私が最も力を発揮できる領域とは異なると考えたためです。
    }
}

# 取材の受け手: 記事は読者、番組は視聴者、ポッドキャストはリスナー。
media-audience = { $invitation ->
    [broadcast] 視聴者の皆様
    [podcast] リスナーの皆様
   *[other] 読者の皆様
}
