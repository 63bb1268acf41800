### 場面ごとの文: 件名、お礼 (称賛する点の有無で二通り)、結論、そして今後につなげる一文
### ($stay-in-touch) または相手の成功を祈る結びの一文。formal は改まった敬語、brief は短くても
### 温かく、firm は今回の件が終わったことを明確に伝える。

## job_interview

job-interview-subject = { $tone ->
    [formal] { $has-position ->
        [true] { $position }職への応募辞退のご連絡
       *[false] 応募辞退のご連絡
    }
    [firm] { $has-position ->
        [true] { $position }職の選考辞退について
       *[false] 選考辞退について
    }
    [brief] { $has-position ->
        [true] 選考辞退のご連絡（{ $position }職）
       *[false] 選考辞退のご連絡
    }
   *[warm] { $has-position ->
        [true] { $position }職の選考についてのお礼とご連絡
       *[false] 選考の機会へのお礼とご連絡
    }
}

job-interview-thanks = { $tone ->
    [formal] このたびは{ role-phrase }の選考にてご検討いただき、また応募書類に貴重なお時間を割いていただき、誠にありがとうございました。
    [firm] このたびは{ role-phrase }の選考にてご検討いただき、お時間を割いていただいたことに感謝申し上げます。
    [brief] このたびは{ role-phrase }の選考にてご検討いただき、ありがとうございました。
   *[warm] このたびは{ role-phrase }の選考でご検討いただき、また私の応募のために多くのお時間を割いてくださり、心より感謝しております。
}

job-interview-thanks-detail = { $tone ->
    [formal] このたびは{ role-phrase }の選考にてご検討いただき誠にありがたく存じますとともに、とりわけ{ $detail }には深く感銘を受けました。
    [firm] このたびは{ role-phrase }の選考にてご検討いただき感謝申し上げますとともに、{ $detail }には感銘を受けました。
    [brief] { role-phrase }の選考でのご検討に感謝するとともに、{ $detail }にも感銘を受けました。
   *[warm] { $detail }には心から感銘を受けておりましたので、このたび{ role-phrase }の選考でご検討いただけたことを本当にありがたく思っております。
}

job-interview-decision = { $tone ->
    [formal] 慎重に検討を重ねました結果、誠に恐縮ながら、今回の応募を辞退させていただきたく存じます。
    [firm] 今回の応募は辞退させていただくことに決めており、この判断が変わることはございません。
    [brief] 今回の応募を辞退させていただきます。
   *[warm] よく考えた末、今回は選考を辞退させていただくことにいたしました。
}

job-interview-door-open = { $tone ->
    [formal] 貴社にふさわしい方との出会いがありますよう心よりお祈り申し上げるとともに、今後も何らかの形でご縁をいただけましたら幸いに存じます。
    [firm] 本ポジションの採用が順調に進みますようお祈りするとともに、別のポジションについては今後もぜひお話を伺えれば幸いです。
    [brief] 皆様のご活躍をお祈りするとともに、今後もご縁があれば幸いです。
   *[warm] 貴社にぴったりの方と出会えますようお祈りするとともに、今後もぜひつながりを持たせていただければうれしく思います。
}

job-interview-closing = { $tone ->
    [formal] 貴社にふさわしい方との出会いがありますよう、心よりお祈り申し上げます。
    [firm] 本ポジションの採用が順調に進みますよう、お祈りしております。
    [brief] 皆様のご活躍をお祈りしております。
   *[warm] 貴社にぴったりの方と出会えますよう、心よりお祈りしております。
}

## media_interview

# 「Northwindの「remote work」に関する記事」「Northwindの記事」「「remote work」に関する記事」「記事」
piece-phrase = { $has-organization ->
    [true] { $organization }の
   *[false] {""}
}{ $has-topic ->
    [true] 「{ $topic }」に関する記事
   *[false] 記事
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] 「{ $topic }」に関する取材のご依頼について
       *[other] 「{ $topic }」に関する記事について
    }
   *[false] 取材のご依頼について
}

media-interview-thanks = { $tone ->
    [formal] このたびは{ piece-phrase }の取材にお声がけいただき、大変光栄に存じます。
    [firm] このたびは{ piece-phrase }の取材にお声がけいただき、ありがとうございます。
    [brief] { piece-phrase }の取材にお声がけいただき、ありがとうございます。
   *[warm] このたびは{ piece-phrase }の取材でご連絡をいただき、私を思い浮かべてくださったことを大変光栄に思います。
}

media-interview-thanks-detail = { $tone ->
    [formal] かねてより{ $detail }を拝見し敬服しておりましたので、このたび{ piece-phrase }の取材にお声がけいただき、大変光栄に存じます。
    [firm] かねてより{ $detail }を拝見しており、{ piece-phrase }の取材にお声がけいただいたことに感謝申し上げます。
    [brief] 以前から{ $detail }を拝見しており、お声がけに感謝しております。
   *[warm] 以前から{ $detail }を興味深く拝見しておりましたので、{ piece-phrase }の取材でご連絡をいただき、大変光栄に思います。
}

media-interview-decision = { $tone ->
    [formal] 誠に恐縮ながら、今回の取材はお引き受けいたしかねます。
    [firm] 今回の取材はお受けしないことといたしましたので、ご計画に支障のないよう、取り急ぎお知らせいたします。
    [brief] 今回は取材をお受けすることができません。
   *[warm] 大変残念なのですが、今回はお受けすることができません。
}

media-interview-door-open = { $tone ->
    [formal] 素晴らしい記事となりますよう心よりお祈り申し上げるとともに、今後の取材でお役に立てることがございましたら幸いに存じます。
    [firm] よい記事になりますようお祈りするとともに、今後の取材でもぜひご連絡を取り合えれば幸いです。
    [brief] 記事の完成を楽しみにしつつ、今後の企画でもぜひお声がけください。
   *[warm] 記事が素晴らしいものになりますようお祈りするとともに、タイミングが合う折にはぜひまたご一緒できればうれしいです。
}

media-interview-closing = { $tone ->
    [formal] 素晴らしい記事となりますよう、心よりお祈り申し上げます。
    [firm] よい記事になりますよう、お祈りしております。
    [brief] 記事の完成を楽しみにしております。
   *[warm] 素晴らしい記事になりますよう、心よりお祈りしております。
}

## speaking_engagement

# 「Northwindの「Design Summit 2027」」「「Design Summit 2027」」「Northwindのイベント」「イベント」
event-phrase = { at-organization }{ $has-event ->
    [true] 「{ $event }」
   *[false] イベント
}

# 講演・登壇の前に置く「「remote work」についての」、または何もなし。
topic-clause = { $has-topic ->
    [true] 「{ $topic }」についての
   *[false] {""}
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] 「{ $event }」での講演のご依頼について
        [firm] 「{ $event }」での登壇辞退のご連絡
        [brief] 「{ $event }」登壇のご依頼について
       *[warm] 「{ $event }」へのお招きのお礼
    }
   *[false] { $tone ->
        [formal] 講演のご依頼について
        [firm] 登壇辞退のご連絡
        [brief] 登壇のご依頼について
       *[warm] 登壇のお誘いへのお礼
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] このたびは{ event-phrase }での{ topic-clause }講演のご依頼をいただき、誠にありがとうございます。
    [firm] このたびは{ event-phrase }での{ topic-clause }登壇のご依頼をいただき、ありがとうございます。
    [brief] { event-phrase }での登壇のご依頼をいただき、ありがとうございます。
   *[warm] このたびは{ event-phrase }での{ topic-clause }登壇に私を思い浮かべてくださり、本当にうれしく、ありがたく思っております。
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] かねてより{ $detail }に感銘を受けておりましたので、このたび{ event-phrase }での{ topic-clause }講演のご依頼をいただき、誠に光栄に存じます。
    [firm] { $detail }には感銘を受けており、このたびの{ event-phrase }での登壇のご依頼に感謝申し上げます。
    [brief] { $detail }に感銘を受けており、登壇のご依頼に感謝しております。
   *[warm] { $detail }には心から感銘を受けておりましたので、{ event-phrase }での{ topic-clause }登壇にお声がけいただき、本当にありがたく思っております。
}

speaking-engagement-decision = { $tone ->
    [formal] 慎重に検討いたしました結果、誠に恐縮ながら、今回は辞退させていただきたく存じます。
    [firm] 今回は辞退させていただくことといたしましたので、プログラムのご準備に差し支えないよう、早めにお知らせいたします。
    [brief] 今回は辞退させていただきます。
   *[warm] スケジュールを慎重に確認いたしましたが、大変残念ながら今回は辞退させていただくことになりました。
}

speaking-engagement-door-open = { $tone ->
    [formal] イベントのご成功を心よりお祈り申し上げるとともに、今後のイベントでお力になれる機会がございましたら幸いに存じます。
    [firm] イベントの大成功をお祈りするとともに、今後のイベントについてもぜひご案内いただければ幸いです。
    [brief] イベントのご成功をお祈りしつつ、今後のお声がけもお待ちしております。
   *[warm] イベントが素晴らしいものになりますようお祈りするとともに、スケジュールが合う折には今後の機会についてぜひお話しできればうれしいです。
}

speaking-engagement-closing = { $tone ->
    [formal] イベントのご成功を心よりお祈り申し上げます。
    [firm] イベントの大成功をお祈りしております。
    [brief] イベントのご成功をお祈りしております。
   *[warm] イベントが素晴らしいものになりますよう、心よりお祈りしております。
}

## academic_invitation

invitation-phrase = { $has-event ->
    [true] { at-organization }「{ $event }」
   *[false] { $has-organization ->
        [true] { $organization }でのお取り組み
       *[false] 本企画
    }
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] 「{ $event }」へのご招待について
        [firm] 「{ $event }」へのご招待の辞退について
        [brief] 「{ $event }」の件
       *[warm] 「{ $event }」へのご招待のお礼
    }
   *[false] { $tone ->
        [formal] ご招待について
        [firm] ご招待の辞退について
        [brief] ご招待の件
       *[warm] ご丁寧なご招待へのお礼
    }
}

# 「（テーマ：remote work）」、または何もなし
subject-clause = { $has-topic ->
    [true] （テーマ：{ $topic }）
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] このたびは{ invitation-phrase }{ subject-clause }へのご招待を賜り、身に余る光栄に存じます。
    [firm] このたびは{ invitation-phrase }へのご招待をいただき、ありがとうございます。
    [brief] { invitation-phrase }へのご招待をいただき、ありがとうございます。
   *[warm] このたびは{ invitation-phrase }{ subject-clause }にお招きいただき、大変うれしく、ありがたく思っております。
}

academic-invitation-thanks-detail = { $tone ->
    [formal] かねてより{ $detail }に敬服しておりましたので、このたび{ invitation-phrase }へのご招待を賜り、大変光栄に存じます。
    [firm] かねてより{ $detail }に敬服しており、このたびの{ invitation-phrase }へのご招待に感謝申し上げます。
    [brief] { $detail }に敬服しており、ご招待に感謝しております。
   *[warm] 以前から{ $detail }を尊敬しておりましたので、このたび{ invitation-phrase }へご招待いただき、本当にありがたく思っております。
}

academic-invitation-decision = { $tone ->
    [formal] 慎重に検討いたしました結果、誠に恐縮ながら、今回は辞退させていただきたく存じます。
    [firm] 今回は辞退させていただくことに決めましたので、この時点で明確にお返事いたします。
    [brief] 今回は辞退させていただきます。
   *[warm] よく考えさせていただきましたが、大変残念ながら今回は辞退させていただきたく存じます。
}

academic-invitation-door-open = { $tone ->
    [formal] 今後ともご交誼を賜れましたら幸いに存じますとともに、将来のお取り組みに貢献できる機会を願っております。
    [firm] 今後の共同研究などについては、引き続きご連絡を取り合えれば幸いです。
    [brief] 今後ともご連絡を取り合えれば幸いです。
   *[warm] 今後もぜひつながりを持たせていただき、将来ご一緒できる機会を楽しみにしております。
}

academic-invitation-closing = { $tone ->
    [formal] お取り組みのご成功を心よりお祈り申し上げます。
    [firm] お取り組みのご成功をお祈りしております。
    [brief] ご成功をお祈りしております。
   *[warm] お取り組みが実り多いものとなりますよう、心よりお祈りしております。
}

## reschedule

reschedule-subject = { $tone ->
    [formal] { meeting-phrase }の日程変更のお願い
    [firm] { meeting-phrase }の日程変更について
    [brief] { meeting-phrase }の日程について
   *[warm] { meeting-phrase }の日程変更のご相談
}

reschedule-thanks = { $tone ->
    [formal] このたびは{ meeting-phrase }のご案内をいただき、心より御礼申し上げますとともに、お話しできることを大変楽しみにしております。
    [firm] このたびは{ meeting-phrase }のご案内をいただき、ありがとうございます。
    [brief] { meeting-phrase }のご案内をいただき、ありがとうございます。
   *[warm] このたびは{ meeting-phrase }のご案内をいただいたことに感謝するとともに、お話しできるのを心から楽しみにしております。
}

reschedule-thanks-detail = { $tone ->
    [formal] かねてより{ $detail }に感銘を受けておりましたので、このたび{ meeting-phrase }のご案内をいただき、誠にありがたく存じます。
    [firm] { $detail }には感銘を受けており、このたびの{ meeting-phrase }のご案内に感謝申し上げます。
    [brief] { $detail }に感銘を受けており、ご案内に感謝しております。
   *[warm] { $detail }には心から感銘を受けておりましたので、{ meeting-phrase }のご案内をいただき、本当にありがたく思っております。
}

reschedule-proposal = { $tone ->
    [formal] 誠に恐縮ではございますが、日程を{ $proposed-time }に変更していただくことは可能でしょうか。
    [firm] つきましては、{ $proposed-time }への日程変更をお願いしたく存じます。
    [brief] { $proposed-time }に変更していただくことは可能でしょうか。
   *[warm] もしよろしければ、日程を{ $proposed-time }に変更していただくことはできますでしょうか。
}

reschedule-door-open = { $tone ->
    [formal] ご都合がつかない場合も十分に承知しておりますので、いずれにいたしましても、今後ともご連絡を取らせていただけましたら幸いに存じます。
    [firm] 難しい場合も承知しておりますが、いずれにせよ今後もご連絡を取り合えれば幸いです。
    [brief] 難しい場合も承知しておりますので、今後ともご連絡を取り合えれば幸いです。
   *[warm] ご都合がつかない場合もどうぞお気になさらず、いずれにしても今後もつながりを持たせていただければうれしいです。
}

reschedule-closing = { $tone ->
    [formal] ご都合がつかない場合も十分に承知しておりますので、いずれにいたしましても、このたびのご案内に重ねて御礼申し上げます。
    [firm] 難しい場合も承知しておりますが、いずれにせよご案内に感謝申し上げます。
    [brief] 難しいようでしたら、どうぞご放念ください。
   *[warm] ご都合がつかない場合もどうぞお気になさらず、このたびのご案内に心から感謝しております。
}

## clarification_reply: 相手から「何か調整できることはないか」と尋ねられた場合の返信。

clarification-reply-subject = { $tone ->
    [formal] ご丁寧なご連絡への御礼
    [firm] { $has-position ->
        [true] { $position }職に関する最終的なお返事
       *[false] 最終的なお返事
    }
    [brief] ご連絡ありがとうございます
   *[warm] ご連絡いただきありがとうございます
}

clarification-reply-thanks = { $tone ->
    [formal] ご丁寧にご連絡をいただき、また条件面のご調整までご検討くださり、誠にありがとうございます。
    [firm] ご連絡いただき、また調整のご提案までいただき、ありがとうございます。
    [brief] ご連絡いただき、ありがとうございます。
   *[warm] わざわざご連絡をくださり、何か変えられることはないかとお気遣いいただいて、本当にありがとうございます。
}

clarification-reply-thanks-detail = { $tone ->
    [formal] ご丁寧なご連絡と、ご調整をご検討くださるお心遣いに感謝申し上げますとともに、{ $detail }には深く感銘を受けました。
    [firm] ご連絡とご提案に感謝いたしますとともに、{ $detail }には感銘を受けました。
    [brief] { $detail }に感銘を受けており、ご連絡にも感謝しております。
   *[warm] わざわざご連絡をいただき本当にありがたく思うとともに、{ $detail }には心から感銘を受けました。
}

clarification-reply-decision = { $tone ->
    [formal] 再度熟考いたしました結果、{ role-phrase }につきましては、先日お伝えしたとおり辞退させていただきたく存じます。
    [firm] { role-phrase }についての判断は最終的なものであり、貴社側でご調整いただく必要はございません。
    [brief] 判断に変わりはございません。
   *[warm] じっくり考え直してみましたが、{ role-phrase }についての判断は変わりませんでした。
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] { $proposed-time }に改めてお話しする機会をいただけましたら幸いに存じますとともに、ご理解に心より感謝申し上げます。
        [firm] { $proposed-time }に新たなポジションの募集がございましたら、ぜひお知らせいただければ幸いです。
        [brief] { $proposed-time }に改めてお話しできれば幸いです。
       *[warm] { $proposed-time }にぜひまたお話しできればうれしく、ご理解いただけたことに心から感謝しております。
    }
   *[false] { $tone ->
        [formal] ご理解に感謝申し上げますとともに、今後ともご連絡を取らせていただけましたら幸いに存じます。
        [firm] ご理解に感謝いたしますとともに、今後のポジションについては引き続きご連絡を取り合えれば幸いです。
        [brief] ご理解に感謝しつつ、今後ともつながりを大切にできれば幸いです。
       *[warm] ご理解いただけたことに心から感謝するとともに、今後もぜひつながりを持たせていただければうれしいです。
    }
}

clarification-reply-closing = { $has-proposed-time ->
    [true] { $tone ->
        [formal] { $proposed-time }に状況が変わりましたら、私からご連絡申し上げます。
        [firm] { $proposed-time }に状況が変わった場合は、私からご連絡いたします。
        [brief] { $proposed-time }に状況が変われば、ご連絡いたします。
       *[warm] { $proposed-time }に状況が変わりましたら、私からご連絡いたします。
    }
   *[false] { $tone ->
        [formal] このたびのご理解に、重ねて御礼申し上げます。
        [firm] ご理解に感謝いたします。
        [brief] ご理解ありがとうございます。
       *[warm] 重ねて、ご理解に心から感謝いたします。
    }
}

## stay_in_touch: 辞退の後、関係を保つための短い連絡。

conversation-phrase = { $has-topic ->
    [true] 「{ $topic }」についてのお話
   *[false] { $has-position ->
        [true] { role-phrase }についてのお話
       *[false] お話
    }
}

stay-in-touch-subject = { $tone ->
    [formal] 先日の御礼と今後のご連絡について
    [brief] 先日のお礼
   *[other] 先日のお礼と今後について
}

stay-in-touch-thanks = { $tone ->
    [formal] 先日は{ conversation-phrase }の機会をいただき、また貴重なお時間を割いていただき、改めて御礼申し上げます。
    [firm] 先日は{ conversation-phrase }の機会をいただき、改めてありがとうございました。
    [brief] 先日は{ conversation-phrase }をありがとうございました。
   *[warm] 先日は{ conversation-phrase }の機会をいただき、大変有意義な時間を過ごせたことに改めて感謝しております。
}

stay-in-touch-thanks-detail = { $tone ->
    [formal] 先日は{ conversation-phrase }の機会をいただき改めて御礼申し上げますとともに、とりわけ{ $detail }についてのお話を興味深く伺いました。
    [firm] 先日は{ conversation-phrase }の機会をいただき感謝いたしますとともに、{ $detail }についてのお話を興味深く伺いました。
    [brief] 先日の{ conversation-phrase }に感謝するとともに、{ $detail }のお話を興味深く伺いました。
   *[warm] 先日の{ conversation-phrase }に改めて感謝するとともに、特に{ $detail }についてのお話をとても楽しく伺いました。
}

stay-in-touch-connect = { $has-organization ->
    [true] { $tone ->
        [formal] { $organization }の今後のご発展を心より楽しみにしつつ、引き続きご交誼を賜れましたら幸いに存じます。
        [firm] 今回のポジションは私にとって適切な一歩ではございませんでしたが、{ $organization }の今後のご発展を楽しみにしつつ、引き続きつながりを持たせていただければ幸いです。
        [brief] { $organization }のご発展を楽しみに、今後ともつながりを持てれば幸いです。
       *[warm] { $organization }のこれからのご発展を楽しみにしながら、今後もぜひつながりを持たせていただければうれしいです。
    }
   *[false] { $tone ->
        [formal] 今後ともご交誼を賜れましたら幸いに存じます。
        [firm] 今回のポジションは私にとって適切な一歩ではございませんでしたが、今後もつながりを持たせていただければ幸いです。
        [brief] 今後ともつながりを持てれば幸いです。
       *[warm] 今後もぜひつながりを持たせていただければうれしいです。
    }
}

stay-in-touch-closing = { $tone ->
    [formal] 私でお役に立てることがございましたら、いつでもお気軽にお申し付けください。
    [firm] いつでもお気軽にご連絡ください。
    [brief] ぜひ一度お茶でもご一緒させてください。
   *[warm] よろしければ、近いうちにぜひコーヒーでもご一緒させてください。
}
