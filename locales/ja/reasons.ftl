### 理由: それぞれ一文で、常に送信者自身の方向性や事情として述べ、相手の落ち度にはしない。
### 採用の場面 (job_interview, clarification_reply, stay_in_touch)、依頼の場面
### (media_interview, speaking_engagement, academic_invitation)、日程変更 (reschedule:
### 理由は時期の説明) で言い回しを変える。`company_fit` は懸念点を一切挙げない。

reason-accepted-offer = { $scenario ->
    [reschedule] { $tone ->
        [formal] 新たな職務に就いたばかりで、着任後の数週間は予定が埋まっております。
        [brief] 新しい職場に移ったばかりです。
       *[other] 新しい職場に移ったばかりで、最初の数週間は予定が埋まっております。
    }
    [media_interview] { engagement-accepted-offer }
    [speaking_engagement] { engagement-accepted-offer }
    [academic_invitation] { engagement-accepted-offer }
   *[other] { $tone ->
        [formal] 先日、他社からの内定をお受けすることといたしました。
        [brief] 他社からの内定を承諾いたしました。
       *[other] 先日、今の目標により近い別のオファーをお受けしました。
    }
}
engagement-accepted-offer = { $tone ->
    [formal] 新たな職務に就いたばかりであり、業務に慣れるまでは予定を空けておくようにしております。
    [brief] 新しい職に就いたばかりで、予定を空けております。
   *[other] 新しい職に就いたばかりで、落ち着くまではスケジュールを空けておきたいと考えております。
}

reason-career-focus = { $scenario ->
    [reschedule] { $tone ->
        [formal] 現在、プロジェクトの重要な局面にあり、本件には万全の状態で臨みたいと考えております。
        [brief] 現在、プロジェクトの山場を迎えております。
       *[other] 今はプロジェクトの大事な時期にあり、本件には十分に集中できる状態で臨みたいと考えています。
    }
    [media_interview] { engagement-career-focus }
    [speaking_engagement] { engagement-career-focus }
    [academic_invitation] { engagement-career-focus }
   *[other] { $tone ->
        [formal] 現在は、自身の専門性をより直接的に活かせる職務に絞って検討しております。
        [brief] 現在は、別の方向で転職活動を進めております。
       *[other] 今は、自分の専門性をより直接活かせる仕事に絞って考えております。
    }
}
engagement-career-focus = { $tone ->
    [formal] 現在は、いくつかの重要な案件に注力しており、新たなご依頼のお引き受けを控えております。
    [brief] 現在は主要な案件に専念しております。
   *[other] 今は、いくつかの大事なプロジェクトに専念しているところです。
}

reason-compensation = { $scenario ->
    [reschedule] { $tone ->
        [formal] お話しする前に、条件面についていくつか整理しておきたい点がございます。
        [brief] 先に条件面を整理させてください。
       *[other] お話しする前に、条件面でいくつか整理しておきたいことがあります。
    }
    [media_interview] { engagement-compensation }
    [speaking_engagement] { engagement-compensation }
    [academic_invitation] { engagement-compensation }
   *[other] { $tone ->
        [formal] 現在のキャリアの段階において、私の報酬面の希望により合致するポジションを探しております。
        [brief] 報酬面の希望により近いポジションを探しております。
       *[other] 今の段階では、報酬面の希望により近いポジションを探しております。
    }
}
engagement-compensation = { $tone ->
    [formal] 現在は、私の定める条件に沿ったご依頼に限ってお引き受けしております。
    [brief] 現在は、通常の条件の範囲内でのみお引き受けしております。
   *[other] 今は、私の条件に沿うご依頼に限ってお引き受けしています。
}

reason-timing = { $scenario ->
    [reschedule] { $tone ->
        [formal] 締め切りの迫ったプロジェクトがあり、本件には落ち着いた状態で臨みたいと考えております。
        [brief] プロジェクトの締め切りが近づいております。
       *[other] プロジェクトの締め切りが目前に迫っており、本件にはしっかり集中できる状態で臨みたいと考えています。
    }
    [media_interview] { engagement-timing }
    [speaking_engagement] { engagement-timing }
    [academic_invitation] { engagement-timing }
   *[other] { $tone ->
        [formal] 現在の状況を見直しました結果、今は転職に踏み切る時期ではないと判断いたしました。
        [brief] 今は転職の時期ではないと判断しました。
       *[other] 自分の状況を見直してみて、今は転職に踏み切るタイミングではないと気づきました。
    }
}
engagement-timing = { $tone ->
    [formal] ご提示の日程が、すでにお約束している予定と重なっております。
    [brief] 日程が既存の予定と重なっております。
   *[other] ご提示の日程が、先に決まっていた予定と重なってしまっております。
}

reason-logistics = { $scenario ->
    [reschedule] { $tone ->
        [formal] 当初ご提示いただいた日時は、出張の予定と重なっております。
        [brief] 当初の日時は出張と重なっております。
       *[other] 当初お話ししていた日時が、出張の予定と重なってしまっております。
    }
    [media_interview] { engagement-logistics }
    [speaking_engagement] { engagement-logistics }
    [academic_invitation] { engagement-logistics }
   *[other] { $tone ->
        [formal] 現在の生活状況に即した勤務地と勤務形態のポジションを優先しております。
        [brief] 勤務地と勤務形態が自分に合うポジションを優先しております。
       *[other] 今の生活に合った勤務地や働き方のポジションを優先して探しております。
    }
}
engagement-logistics = { $tone ->
    [formal] 現時点では、移動や日程の調整がかなわない状況でございます。
    [brief] 今は移動の手配が難しい状況です。
   *[other] 現時点では、移動や日程の調整が難しい状況です。
}

reason-caregiving = { $scenario ->
    [reschedule] { $tone ->
        [formal] その期間は、家族の介護に対応する必要がございます。
        [brief] その時期は家族の介護がございます。
       *[other] その期間は、家族の介護に向き合う必要があります。
    }
   *[other] { $tone ->
        [formal] 現在は、家族の介護に専念する必要がございます。
        [brief] 今は家族の介護に専念しております。
       *[other] 今は家族の介護に力を注ぐ必要があり、そちらに専念したいと考えております。
    }
}

reason-company-fit = { $scenario ->
    [reschedule] { $tone ->
        [formal] 十分な準備をして臨めるよう、もう少し考える時間をいただきたく存じます。
        [brief] もう少し考える時間をいただけますと幸いです。
       *[other] しっかり準備をして臨めるよう、もう少し考えを整理する時間をいただければと思います。
    }
    [media_interview] { engagement-company-fit }
    [speaking_engagement] { engagement-company-fit }
    [academic_invitation] { engagement-company-fit }
   *[other] { $tone ->
        [formal] 熟慮の結果、現在の自分の方向性により合致する道を進むことといたしました。
        [brief] 別の方向に進むことにいたしました。
       *[other] 考えた末、今の自分の方向性により近い道を選ぶことにしました。
    }
}
engagement-company-fit = { $tone ->
    [formal] 現在は、自身の優先事項に沿ったお仕事に絞ってお引き受けしております。
    [brief] 今は優先する案件を絞っております。
   *[other] 今は、自分の優先事項に沿ったお仕事に絞ってお引き受けしています。
}

reason-overqualified = { $scenario ->
    [reschedule] { $tone ->
        [formal] お話しする前に、職務の範囲と私の経験との関係について検討するお時間をいただきたく存じます。
        [brief] 先に職務の範囲について検討させてください。
       *[other] お話しする前に、職務の範囲が私の経験とどう重なるかを考える時間をいただければと思います。
    }
    [media_interview] { engagement-overqualified }
    [speaking_engagement] { engagement-overqualified }
    [academic_invitation] { engagement-overqualified }
   *[other] { $tone ->
        [formal] これまでの経験を幅広く活かせる職務を探しております。
        [brief] 異なるレベルのポジションを探しております。
       *[other] これまでの経験を幅広く活かせる仕事を探しています。
    }
}
engagement-overqualified = { $tone ->
    [formal] 現在は、より上級の立場からの知見が求められるご依頼に時間を充てております。
    [brief] 今は異なるレベルのご依頼に注力しております。
   *[other] 今は、より経験を踏まえた視点が求められるお仕事に時間を充てています。
}

reason-bandwidth = { $scenario ->
    [reschedule] { $tone ->
        [formal] 向こう数週間は予定が立て込んでおり、本件には十分な準備をして臨みたいと考えております。
        [brief] 向こう数週間は予定が埋まっております。
       *[other] この先数週間は予定が立て込んでおり、本件にはきちんと向き合える状態で臨みたいと思っています。
    }
    [media_interview] { engagement-bandwidth }
    [speaking_engagement] { engagement-bandwidth }
    [academic_invitation] { engagement-bandwidth }
   *[other] { $tone ->
        [formal] 現在の業務状況では、選考に誠意をもって臨むための十分な余力を確保いたしかねます。
        [brief] 選考に十分な力を注ぐことが難しい状況です。
       *[other] 今の業務状況では、選考にきちんと向き合う余力を持てそうにありません。
    }
}
engagement-bandwidth = { $tone ->
    [formal] 現在、業務が立て込んでおり、本件に十分な時間を割くことがかないません。
    [brief] 現在立て込んでおり、十分に対応できそうにありません。
   *[other] 今は業務が立て込んでおり、本件に十分な時間を割くことが難しそうです。
}

reason-outside-expertise = { $scenario ->
    [reschedule] { $tone ->
        [formal] テーマが私の普段の専門分野からやや外れるため、しっかりと準備するお時間をいただきたく存じます。
        [brief] 準備のお時間をいただきたく存じます。
       *[other] テーマが普段の専門から少し外れるため、きちんと準備する時間をいただければと思います。
    }
    [media_interview] { $tone ->
        [formal] 本テーマは私の専門分野の外にあり、{ media-audience }にはより専門に近い方のお話がふさわしいと存じます。
        [brief] このテーマは私の専門外です。
       *[other] このテーマは私の専門から外れており、{ media-audience }にはより詳しい方のお話のほうがお役に立つと思います。
    }
    [speaking_engagement] { $tone ->
        [formal] 本テーマは私の専門分野の外にあり、聴衆の皆様にはより専門に近い方のお話がふさわしいと存じます。
        [brief] このテーマは私の専門外です。
       *[other] このテーマは私の専門から外れており、聴衆の皆様にはより詳しい方のお話のほうがお役に立つと思います。
    }
    [academic_invitation] { $tone ->
        [formal] 本テーマは私の研究領域の外にあり、より専門の近い方にお引き受けいただくのがふさわしいと存じます。
        [brief] このテーマは私の研究領域の外です。
       *[other] このテーマは私の研究分野から外れており、より専門の近い方にお願いなさるほうがよいかと思います。
    }
   *[other] { $tone ->
        [formal] 熟慮いたしましたところ、本ポジションは私が最も貢献できる領域から外れていると考えております。
        [brief] 本ポジションは私の主な専門領域から外れております。
       *[other] よく考えた結果、このポジションは私が一番力を発揮できる領域とは異なると感じました。
    }
}

# 取材の受け手: 記事は読者、番組は視聴者、ポッドキャストはリスナー。
media-audience = { $invitation ->
    [broadcast] 視聴者の皆様
    [podcast] リスナーの皆様
   *[other] 読者の皆様
}
