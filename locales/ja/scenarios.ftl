### 場面ごとの文: 件名、お礼 (称賛する点の有無で二通り)、結論、そして今後につなげる一文
### ($stay-in-touch) または相手の成功を祈る結びの一文。formal は改まった敬語、brief は短くても
### 温かく、firm は今回の件が終わったことを明確に伝える。

## job_interview

job-interview-subject = { $tone ->
    [formal] { $invitation ->
        [final_round] { $has-position ->
            [true] 最終面接辞退のご連絡（{ $position }）
           *[false] 最終面接辞退のご連絡
        }
       *[other] { $has-position ->
            [true] { $position }への応募辞退のご連絡
           *[false] 応募辞退のご連絡
        }
    }
    [firm] { $has-position ->
        [true] { $position }の選考辞退について
       *[false] 選考辞退について
    }
    [brief] { $has-position ->
        [true] 選考辞退のご連絡（{ $position }）
       *[false] 選考辞退のご連絡
    }
   *[warm] { $has-position ->
        [true] { $position }の選考についてのお礼とご連絡
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
    [formal] このたびは{ role-phrase }の選考の機会をいただき心より御礼申し上げますとともに、{ $detail }に深く感銘を受けましたことを申し添えます。
    [firm] このたびは{ role-phrase }の選考にてご検討いただき感謝申し上げますとともに、{ $detail }には感銘を受けました。
    [brief] { role-phrase }の選考でのご検討に感謝するとともに、{ $detail }にも感銘を受けました。
   *[warm] { $detail }には心から感銘を受けておりましたので、このたび{ role-phrase }の選考でご検討いただけたことを本当にありがたく思っております。
}

# 辞退の時点: 「一次面談を前に、」「最終面接を前に、」、種類がなければ何もなし。
withdrawal-stage = { $invitation ->
    [screening_call] 一次面談を前に、
    [final_round] 最終面接を前に、
   *[other] {""}
}

job-interview-decision = { $tone ->
    [formal] 慎重に検討を重ねました結果、誠に恐縮ながら、{ withdrawal-stage }今回の応募を辞退させていただきたく存じます。
    [firm] { withdrawal-stage }今回の応募は辞退させていただくことに決めており、この判断が変わることはございません。
    [brief] { withdrawal-stage }今回の応募を辞退させていただきます。
   *[warm] よく考えた末、{ $invitation ->
        [screening_call] 一次面談を前に大変心苦しいのですが、今回は
        [final_round] 最終面接を前に大変心苦しいのですが、今回は
       *[other] 今回は選考を
    }辞退させていただくことにいたしました。
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

# 依頼の内容。「「remote work」に関する記事の取材」「番組への出演」「ポッドキャストの回への出演」
# 「コメント」、種類がなければ「取材」(ラジオ・テレビやポッドキャストを「記事」と呼ばない)。
# 番組・連載の名 (event) があれば種類の名詞に添えて「」に入れ、テーマは後ろに括弧で添える:
# 「番組「ニュースLIVE」への出演（テーマ：…）」。
piece-phrase = { $has-event ->
    [true] { $invitation ->
        [article] 「{ $event }」の記事の取材
        [broadcast] 番組「{ $event }」への出演
        [podcast] ポッドキャスト「{ $event }」への出演
        [comment] 「{ $event }」へのコメント
       *[other] 「{ $event }」の取材
    }{ $has-topic ->
        [true] （テーマ：{ $topic }）
       *[false] {""}
    }
   *[false] { $has-topic ->
        [true] 「{ $topic }」に関する
       *[false] {""}
    }{ $invitation ->
        [article] 記事の取材
        [broadcast] 番組への出演
        [podcast] ポッドキャスト番組への出演
        [comment] コメント
       *[other] 取材
    }
}

# 依頼した媒体: 「株式会社ひかりソリューションズより、」または何もなし。社名は助詞「より」で受ける。
media-from = { $has-organization ->
    [true] { $organization }より、
   *[false] {""}
}

# 件名で使う依頼の名: 「記事取材のご依頼」「番組出演のご依頼」…、種類がなければ「取材のご依頼」。
media-request-noun = { $invitation ->
    [article] 記事取材のご依頼
    [broadcast] 番組出演のご依頼
    [podcast] ポッドキャスト出演のご依頼
    [comment] コメントのご依頼
   *[other] 取材のご依頼
}

# 件名で「「remote work」に関する○○について」と受ける名詞。
piece-noun = { $invitation ->
    [article] 記事の取材
    [broadcast] 番組出演
    [podcast] ポッドキャスト出演
    [comment] コメント
   *[other] 取材
}

# 結びで相手の成功を祈る対象: 「素晴らしい記事となりますよう」「素晴らしい番組となりますよう」
# 「素晴らしい配信となりますよう」、種類がなければ (コメントも)「ご企画」。
piece-noun-again = { $invitation ->
    [article] 記事
    [broadcast] 番組
    [podcast] 配信
   *[other] ご企画
}

# brief の結び: 「記事の完成を楽しみに」「番組の放送を楽しみに」「配信を楽しみに」、種類がなければ「ご成功をお祈り」。
media-look-forward = { $invitation ->
    [article] 記事の完成を楽しみに
    [broadcast] 番組の放送を楽しみに
    [podcast] 配信を楽しみに
   *[other] ご成功をお祈り
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] 「{ $topic }」に関する{ media-request-noun }について
       *[other] 「{ $topic }」に関する{ piece-noun }の件
    }
   *[false] { media-request-noun }について
}

media-interview-thanks = { $tone ->
    [formal] このたびは{ media-from }{ piece-phrase }のご依頼をいただき、大変光栄に存じます。
    [firm] このたびは{ media-from }{ piece-phrase }のご依頼をいただき、ありがとうございます。
    [brief] { media-from }{ piece-phrase }のご依頼をいただき、ありがとうございます。
   *[warm] このたびは{ media-from }{ piece-phrase }の件でご連絡をいただき、私にお声がけくださったことを大変光栄に思います。
}

media-interview-thanks-detail = { $tone ->
    [formal] かねてより{ $detail }を拝見し敬服しておりましたので、このたび{ media-from }{ piece-phrase }のご依頼をいただき、大変光栄に存じます。
    [firm] かねてより{ $detail }を拝見しており、{ media-from }{ piece-phrase }のご依頼をいただいたことに感謝申し上げます。
    [brief] 以前から{ $detail }を拝見しており、お声がけに感謝しております。
   *[warm] 以前から{ $detail }を興味深く拝見しておりましたので、{ media-from }{ piece-phrase }の件でご連絡をいただき、大変光栄に思います。
}

media-interview-decision = { $tone ->
    [formal] 誠に恐縮ながら、今回はお引き受けいたしかねます。
    [firm] 今回はお受けしないことといたしましたので、ご計画に支障のないよう、取り急ぎお知らせいたします。
    [brief] 今回はお受けすることができません。
   *[warm] 大変残念なのですが、今回はお受けすることができません。
}

media-interview-door-open = { $tone ->
    [formal] 素晴らしい{ piece-noun-again }となりますよう心よりお祈り申し上げるとともに、今後の取材でお役に立てることがございましたら幸いに存じます。
    [firm] よい{ piece-noun-again }になりますようお祈りするとともに、今後の取材でもぜひご連絡を取り合えれば幸いです。
    [brief] { media-look-forward }しつつ、今後の企画でもぜひお声がけください。
   *[warm] { piece-noun-again }が素晴らしいものになりますようお祈りするとともに、今後の取材でもぜひまたご一緒できればうれしいです。
}

media-interview-closing = { $tone ->
    [formal] 素晴らしい{ piece-noun-again }となりますよう、心よりお祈り申し上げます。
    [firm] よい{ piece-noun-again }になりますよう、お祈りしております。
    [brief] { media-look-forward }しております。
   *[warm] 素晴らしい{ piece-noun-again }になりますよう、心よりお祈りしております。
}

## speaking_engagement

# 依頼の内容の前に置く「「remote work」についての」、または何もなし。
topic-clause = { $has-topic ->
    [true] 「{ $topic }」についての
   *[false] {""}
}

# 登壇の場: 「「関西DXサミット2027」での」。ウェビナーは種類の名詞の後に名前を置く
# (「ウェビナー「…」での」)。名前がなければ「イベントでの」「ウェビナーでの」、ワークショップは何もなし。
speaking-place = { $has-event ->
    [true] { $invitation ->
        [webinar] ウェビナー「{ $event }」での
       *[other] 「{ $event }」での
    }
   *[false] { $invitation ->
        [webinar] ウェビナーでの
        [workshop] {""}
       *[other] イベントでの
    }
}

# 場 (speaking-place) の後に置く役割。ウェビナーであることは場が言う。
# 種類がなければ、どの種類にも合う「登壇」。
speaking-role = { $invitation ->
    [talk] 講演
    [keynote] 基調講演
    [panel] パネルディスカッションへの登壇
    [workshop] ワークショップ講師
    [webinar] 講演
   *[other] 登壇
}

# 場を言わないときの役割 (件名、brief): 「基調講演」「ウェビナーでの講演」…、種類がなければ「登壇」。
speaking-activity = { $invitation ->
    [talk] 講演
    [keynote] 基調講演
    [panel] パネルディスカッションへの登壇
    [workshop] ワークショップ講師
    [webinar] ウェビナーでの講演
   *[other] 登壇
}

# お礼で述べる依頼: 「株式会社…の「X」での基調講演」、テーマ付きは「…の「X」での「…」についての基調講演」。
speaking-request = { at-organization }{ speaking-place }{ speaking-role }

speaking-request-on-topic = { at-organization }{ speaking-place }{ topic-clause }{ speaking-role }

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] { speaking-place }{ speaking-role }のご依頼について
        [firm] { speaking-place }{ speaking-role }辞退のご連絡
        [brief] 「{ $event }」登壇のご依頼について
       *[warm] 「{ $event }」へのお招きについて
    }
   *[false] { $tone ->
        [formal] { speaking-activity }のご依頼について
        [firm] 登壇辞退のご連絡
        [brief] 登壇のご依頼について
       *[warm] 登壇のお誘いについて
    }
}

speaking-engagement-thanks = { $tone ->
    [formal] このたびは{ speaking-request-on-topic }のご依頼をいただき、誠にありがとうございます。
    [firm] このたびは{ speaking-request-on-topic }のご依頼をいただき、ありがとうございます。
    [brief] { speaking-request }のご依頼をいただき、ありがとうございます。
   *[warm] このたびは{ speaking-request-on-topic }のお声がけをいただき、本当にうれしく、ありがたく思っております。
}

speaking-engagement-thanks-detail = { $tone ->
    [formal] かねてより{ $detail }に感銘を受けておりましたので、このたび{ speaking-request-on-topic }のご依頼をいただき、誠に光栄に存じます。
    [firm] { $detail }には感銘を受けており、このたびの{ speaking-request }のご依頼に感謝申し上げます。
    [brief] { $detail }に感銘を受けており、{ speaking-activity }のご依頼に感謝しております。
   *[warm] { $detail }には心から感銘を受けておりましたので、{ speaking-request-on-topic }にお声がけいただき、本当にありがたく思っております。
}

speaking-engagement-decision = { $tone ->
    [formal] 慎重に検討いたしました結果、誠に恐縮ながら、今回は辞退させていただきたく存じます。
    [firm] 今回は辞退させていただくことといたしましたので、プログラムのご準備に差し支えないよう、早めにお知らせいたします。
    [brief] 今回は辞退させていただきます。
   *[warm] スケジュールを慎重に確認いたしましたが、大変残念ながら今回は辞退させていただくことになりました。
}

speaking-engagement-door-open = { $tone ->
    [formal] ご盛会を心よりお祈り申し上げるとともに、今後また別の機会にお力になれましたら幸いに存じます。
    [firm] ご盛会をお祈りするとともに、今後のイベントについてもぜひご案内いただければ幸いです。
    [brief] ご盛会をお祈りしつつ、今後のお声がけもお待ちしております。
   *[warm] イベントが素晴らしいものになりますようお祈りするとともに、スケジュールが合う折には今後の機会についてぜひお話しできればうれしいです。
}

speaking-engagement-closing = { $tone ->
    [formal] ご盛会を心よりお祈り申し上げます。
    [firm] ご盛会をお祈りしております。
    [brief] ご盛会をお祈りしております。
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

# 依頼の内容の前に置く「株式会社ひかりソリューションズの「Journal of Applied Logic」の」。
# 名前は「」に入れ、助詞「の」で受ける (雑誌・委員会・学会のどれでも同じ形)。
academic-venue = { at-organization }{ $has-event ->
    [true] 「{ $event }」の
   *[false] {""}
}

# 依頼の内容の前に置く「「remote work」に関する」、または何もなし。
academic-topic-prefix = { $has-topic ->
    [true] 「{ $topic }」に関する
   *[false] {""}
}

# 依頼の内容 (お礼の文): 「「X」の論文査読のご依頼」「「X」の編集委員就任のご依頼」…。
# 種類がなければ「「X」へのご招待」(どの種類にも合うよう「イベント」とは呼ばない)。
academic-request = { $invitation ->
    [peer_review] { academic-venue }論文査読のご依頼
    [editorial_board] { academic-venue }編集委員就任のご依頼
    [committee] { academic-venue }審査委員就任のご依頼
    [guest_lecture] { academic-venue }特別講義のご依頼
    [program_committee] { academic-venue }プログラム委員就任のご依頼
    [examiner] { academic-venue }学位論文審査のご依頼
   *[other] { invitation-phrase }へのご招待
}

# 同じく、テーマを添えるもの (formal と warm): 「「X」の「remote work」に関する論文査読のご依頼」。
academic-request-on-topic = { $invitation ->
    [peer_review] { academic-venue }{ academic-topic-prefix }論文査読のご依頼
    [editorial_board] { academic-venue }編集委員就任のご依頼
    [committee] { academic-venue }{ academic-topic-prefix }審査委員就任のご依頼
    [guest_lecture] { academic-venue }{ academic-topic-prefix }特別講義のご依頼
    [program_committee] { academic-venue }プログラム委員就任のご依頼
    [examiner] { academic-venue }{ academic-topic-prefix }学位論文審査のご依頼
   *[other] { invitation-phrase }{ subject-clause }へのご招待
}

# 件名で依頼を名指す名詞: 「論文査読のご依頼」…、種類がなければ「ご招待」。
academic-request-noun = { $invitation ->
    [peer_review] 論文査読のご依頼
    [editorial_board] 編集委員就任のご依頼
    [committee] 審査委員就任のご依頼
    [guest_lecture] 特別講義のご依頼
    [program_committee] プログラム委員就任のご依頼
    [examiner] 学位論文審査のご依頼
   *[other] ご招待
}

# 件名で辞退する内容: 「論文査読」「編集委員就任」…、種類がなければ「ご招待」。
academic-task-noun = { $invitation ->
    [peer_review] 論文査読
    [editorial_board] 編集委員就任
    [committee] 審査委員就任
    [guest_lecture] 特別講義
    [program_committee] プログラム委員就任
    [examiner] 学位論文審査
   *[other] ご招待
}

# 件名で「「X」」の後につなぐ助詞: 依頼の内容なら「の」(「「X」の論文査読」)、ご招待なら「への」。
academic-event-link = { $invitation ->
    [peer_review] の
    [editorial_board] の
    [committee] の
    [guest_lecture] の
    [program_committee] の
    [examiner] の
   *[other] への
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] 「{ $event }」{ academic-event-link }{ academic-request-noun }について
        [firm] 「{ $event }」{ academic-event-link }{ academic-task-noun }の辞退について
        [brief] 「{ $event }」{ academic-event-link }{ academic-task-noun }の件
       *[warm] 「{ $event }」{ academic-event-link }{ academic-request-noun }をいただいて
    }
   *[false] { $tone ->
        [formal] { $invitation ->
            [none] ご招待について
           *[other] { academic-request-noun }について
        }
        [firm] { academic-task-noun }の辞退について
        [brief] { academic-task-noun }の件
       *[warm] { $invitation ->
            [none] ご丁寧なご招待へのお礼
           *[other] { academic-request-noun }をいただいて
        }
    }
}

# 「（テーマ：remote work）」、または何もなし
subject-clause = { $has-topic ->
    [true] （テーマ：{ $topic }）
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal] このたびは{ academic-request-on-topic }を賜り、身に余る光栄に存じます。
    [firm] このたびは{ academic-request }をいただき、ありがとうございます。
    [brief] { academic-request }をいただき、ありがとうございます。
   *[warm] このたびは{ academic-request-on-topic }をいただき、大変うれしく、ありがたく思っております。
}

# 査読の原稿は届いたばかり: 「かねてより敬服」ではなく、興味深く拝見したと言う。
academic-invitation-thanks-detail = { $tone ->
    [formal] { $invitation ->
        [peer_review] { $detail }を大変興味深く拝見し、このたび{ academic-request }を賜りましたことを光栄に存じます。
       *[other] かねてより{ $detail }に敬服しておりましたので、このたび{ academic-request }を賜り、大変光栄に存じます。
    }
    [firm] { $invitation ->
        [peer_review] { $detail }を興味深く拝見しており、このたびの{ academic-request }に感謝申し上げます。
       *[other] かねてより{ $detail }に敬服しており、このたびの{ academic-request }に感謝申し上げます。
    }
    [brief] { $invitation ->
        [peer_review] { $detail }を興味深く拝見し、お声がけに感謝しております。
       *[other] { $detail }に敬服しており、お声がけに感謝しております。
    }
   *[warm] { $invitation ->
        [peer_review] { $detail }をとても興味深く拝見し、このたび{ academic-request }をいただけたことを本当にありがたく思っております。
       *[other] 以前から{ $detail }を尊敬しておりましたので、このたび{ academic-request }をいただき、本当にありがたく思っております。
    }
}

academic-invitation-decision = { $tone ->
    [formal] 慎重に検討いたしました結果、誠に恐縮ながら、今回は辞退させていただきたく存じます。
    [firm] 今回は辞退させていただくことといたしましたので、ご準備に差し支えないよう、早めにお返事申し上げます。
    [brief] 今回は辞退させていただきます。
   *[warm] じっくり考えましたが、大変残念ながら今回は辞退させていただきたく存じます。
}

academic-invitation-door-open = { $tone ->
    [formal] 今後とも変わらぬご交誼を賜りますようお願い申し上げるとともに、お役に立てる機会がございましたら幸いに存じます。
    [firm] 今後の共同研究などについては、引き続きご連絡を取り合えれば幸いです。
    [brief] 今後ともご連絡を取り合えれば幸いです。
   *[warm] 今後もぜひご縁を大切にさせていただき、いつかご一緒できる機会を楽しみにしております。
}

academic-invitation-closing = { $tone ->
    [formal] お取り組みのご成功を心よりお祈り申し上げます。
    [firm] お取り組みのご成功をお祈りしております。
    [brief] ご成功をお祈りしております。
   *[warm] お取り組みが実り多いものとなりますよう、心よりお祈りしております。
}

## reschedule

reschedule-subject = { $tone ->
    [formal] { meeting-phrase }の{ meeting-schedule }変更のお願い
    [firm] { meeting-phrase }の{ meeting-schedule }変更について
    [brief] { meeting-phrase }の{ meeting-schedule }について
   *[warm] { meeting-phrase }の{ meeting-schedule }変更のご相談
}

reschedule-thanks = { $tone ->
    [formal] このたびは{ meeting-phrase }の{ meeting-request }をいただき、心より御礼申し上げますとともに、{ meeting-look-forward }を大変楽しみにしております。
    [firm] このたびは{ meeting-phrase }の{ meeting-request }をいただき、ありがとうございます。
    [brief] { meeting-phrase }の{ meeting-request }をいただき、ありがとうございます。
   *[warm] このたびは{ meeting-phrase }の{ meeting-request }をいただいたことに感謝するとともに、{ meeting-look-forward }を心から楽しみにしております。
}

reschedule-thanks-detail = { $tone ->
    [formal] かねてより{ $detail }に感銘を受けておりましたので、このたび{ meeting-phrase }の{ meeting-request }をいただき、誠にありがたく存じます。
    [firm] { $detail }には感銘を受けており、このたびの{ meeting-phrase }の{ meeting-request }に感謝申し上げます。
    [brief] { $detail }に感銘を受けており、{ meeting-request }に感謝しております。
   *[warm] { $detail }には心から感銘を受けておりましたので、{ meeting-phrase }の{ meeting-request }をいただき、本当にありがたく思っております。
}

reschedule-proposal = { $tone ->
    [formal] 誠に恐縮ではございますが、{ meeting-schedule }を{ $proposed-time }に変更していただくことは可能でしょうか。
    [firm] つきましては、{ $proposed-time }への{ meeting-schedule }変更をお願いしたく存じます。
    [brief] { $proposed-time }に変更していただくことは可能でしょうか。
   *[warm] もしよろしければ、{ meeting-schedule }を{ $proposed-time }に変更していただくことはできますでしょうか。
}

reschedule-door-open = { $tone ->
    [formal] ご都合がつかない場合も十分に承知しておりますので、いずれにいたしましても、今後ともご連絡を取らせていただけましたら幸いに存じます。
    [firm] 難しい場合も承知しておりますが、いずれにせよ今後もご連絡を取り合えれば幸いです。
    [brief] 難しい場合もどうぞお気になさらず、今後ともご連絡を取り合えれば幸いです。
   *[warm] ご都合がつかない場合もどうぞお気になさらず、いずれにしても今後もつながりを持たせていただければうれしいです。
}

reschedule-closing = { $tone ->
    [formal] ご都合がつかない場合も十分に承知しておりますので、いずれにいたしましても、このたびの{ meeting-request }に重ねて御礼申し上げます。
    [firm] 難しい場合も承知しておりますが、いずれにせよ{ meeting-request }に感謝申し上げます。
    [brief] 難しいようでしたら、どうぞご放念ください。
   *[warm] ご都合がつかない場合もどうぞお気になさらず、このたびの{ meeting-request }に心から感謝しております。
}

## clarification_reply: 相手から「何か調整できることはないか」と尋ねられた場合の返信。

clarification-reply-subject = { $tone ->
    [formal] ご丁寧なご連絡への御礼
    [firm] { $has-position ->
        [true] { $position }の件に関する最終的なお返事
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
    [formal] 再度熟考いたしました結果、{ role-phrase }の件につきましては、先日お伝えしたとおり辞退させていただきたく存じます。
    [firm] { role-phrase }の件についての判断は最終的なものであり、貴社側でご調整いただく必要はございません。
    [brief] 判断に変わりはございません。
   *[warm] じっくり考え直してみましたが、{ role-phrase }の件についての判断は変わりませんでした。
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
        [true] { role-phrase }の件についてのお話
       *[false] お話
    }
}

stay-in-touch-subject = { $tone ->
    [formal] 先日の御礼と今後のご連絡について
    [firm] 先日のお礼と今後について
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
