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
        [true] { $position }の選考辞退のお詫びとお礼
       *[false] 選考辞退のお詫びとお礼
    }
}

job-interview-thanks = { $tone ->
    [formal]
        { job-self-intro }
        このたびは書類選考の段階から貴重なお時間を割いていただき、誠にありがとうございました。
    [firm]
        { job-self-intro }
        このたびは選考の機会をいただき、ありがとうございました。
    [brief]
        { job-self-intro }
        選考の機会をいただき、ありがとうございました。
   *[warm]
        { job-self-intro }
        このたびは選考の機会をいただき、心より感謝しております。
}

# 相手のよいところ ($detail) は、お礼の文に押し込まず (パネルの指摘) 独立した一文で述べる。推薦の一文が
# 加わると 7 文を超えるので、そのときだけ「〜が印象に残っているだけに」でお礼と一文にまとめる。
job-interview-thanks-detail = { $tone ->
    [formal]
        { job-self-intro }
        { $has-referral ->
            [true] { $detail }が強く印象に残っているだけに、このたびの選考の機会に心より御礼申し上げます。
           *[false] このたびは書類選考の段階から貴重なお時間を割いていただき、誠にありがとうございました。
            { $detail }は、今も強く印象に残っております。
        }
    [firm]
        { job-self-intro }
        { $has-referral ->
            [true] { $detail }が印象に残っているだけに、このたびの選考の機会に感謝申し上げます。
           *[false] このたびは選考の機会をいただき、ありがとうございました。
            { $detail }は、今も印象に残っております。
        }
    [brief]
        { job-self-intro }
        { $has-referral ->
            [true] { $detail }が印象に残っているだけに、選考の機会に感謝しております。
           *[false] 選考の機会をいただき、ありがとうございました。
            { $detail }が、特に印象に残っております。
        }
   *[warm]
        { job-self-intro }
        { $has-referral ->
            [true] { $detail }が今も強く印象に残っているだけに、このたびの選考の機会に心より感謝しております。
           *[false] このたびは選考の機会をいただき、心より感謝しております。
            { $detail }は、今も強く印象に残っております。
        }
}

# 辞退の時点: 「一次面談を前に、」「最終面接を前に、」、種類がなければ何もなし。
withdrawal-stage = { $invitation ->
    [screening_call] 一次面談を前に、
    [final_round] 最終面接を前に、
   *[other] {""}
}

job-interview-decision = { $tone ->
    [formal] 大変申し訳ございませんが、慎重に検討を重ねました結果、{ withdrawal-stage }今回の応募を辞退させていただきたく存じます。
    [firm] 誠に勝手ながら、{ withdrawal-stage }今回の応募は辞退させていただくことといたしました。
    [brief] 申し訳ございませんが、{ withdrawal-stage }今回の応募を辞退させていただきます。
   *[warm] { $invitation ->
        [screening_call] 一次面談を前に大変心苦しいのですが、
        [final_round] 最終面接を前に大変心苦しいのですが、
       *[other] 心苦しいのですが、
    }今回は応募を辞退させていただくことにいたしました。
}

job-interview-door-open = { $tone ->
    [formal] ご期待に沿えず恐縮ですが、今後また何かの折にご縁がございましたら、幸いに存じます。
    [firm] ご期待に沿えず申し訳ございませんが、また別の機会がございましたら、お声がけいただけますと幸いです。
    [brief] 今後またご縁がございましたら幸いです。
   *[warm] 今後またどこかでご縁がございましたら、大変うれしく存じます。
}

job-interview-closing = { $tone ->
    [formal] ご期待に沿えず恐縮ですが、{ org-you }のますますのご発展を心よりお祈り申し上げます。
    [firm] ご期待に沿えず申し訳ございませんが、{ org-you }のますますのご発展をお祈りいたします。
    [brief] { org-you }のご発展をお祈りしております。
   *[warm] { org-you }にふさわしい方とのご縁がありますよう、心よりお祈りしております。
}

## media_interview

# 依頼の内容。「「remote work」に関する記事の取材」「番組への出演」「ポッドキャストの回への出演」
# 「コメント」、種類がなければ「取材」(ラジオ・テレビやポッドキャストを「記事」と呼ばない)。
# 番組・連載の名 (event) があれば種類の名詞に添えて「」に入れ、テーマは後ろに括弧で添える:
# 「番組「ニュースLIVE」への出演（テーマ：…）」。
piece-phrase = { $has-event ->
    [true] { $invitation ->
        [article] 「{ $event }」の{ media-topic-about }記事取材
        [broadcast] 番組「{ $event }」の{ media-topic-episode }への出演
        [podcast] ポッドキャスト「{ $event }」の{ media-topic-episode }への出演
        [comment] 「{ $event }」への{ media-topic-about }コメント
       *[other] 「{ $event }」の{ media-topic-about }取材
    }
   *[false] { $has-topic ->
        [true] 「{ $topic }」に関する
       *[false] {""}
    }{ $invitation ->
        [article] 記事取材
        [broadcast] 番組への出演
        [podcast] ポッドキャスト番組への出演
        [comment] コメント
       *[other] 取材
    }
}

# 番組・連載の名の後に添えるテーマ: 「「…」に関する」、番組なら「「…」を取り上げる回」(括弧の注記にしない)。
media-topic-about = { $has-topic ->
    [true] 「{ $topic }」に関する
   *[false] {""}
}
media-topic-episode = { $has-topic ->
    [true] 「{ $topic }」を取り上げる回
   *[false] 番組
}

# 依頼した媒体: 「株式会社ひかりソリューションズより、」または何もなし。社名は助詞「より」で受ける。
media-from = { $has-organization ->
    [true] { $organization }様より、
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

# 次の機会の名: 番組・ポッドキャストは「出演」、記事・コメントは「取材」。
media-next = { $invitation ->
    [article] 記事の取材
    [broadcast] 番組出演
    [podcast] 出演
   *[other] 取材
}

media-interview-subject = { $has-topic ->
    [true] { $tone ->
        [formal] 「{ $topic }」に関する{ media-request-noun }について
       *[other] 「{ $topic }」に関する{ piece-noun }の件
    }
   *[false] { media-request-noun }について
}

media-interview-thanks = { $tone ->
    [formal]
        { self-intro }
        このたびは{ media-from }{ piece-phrase }のご依頼をいただき、大変光栄に存じます。
    [firm]
        { self-intro }
        このたびは{ media-from }{ piece-phrase }のご依頼をいただき、ありがとうございます。
    [brief]
        { self-intro }
        { media-from }{ piece-phrase }のご依頼をいただき、ありがとうございます。
   *[warm]
        { self-intro }
        このたびは{ media-from }{ piece-phrase }のお声がけをいただき、誠にありがとうございます。
}

# お礼と称賛は別の文にする (推薦の一文が加わると 7 文を超えるので、そのときだけ「〜ていたところに、
# このたび…」で一文に。「〜ていただけに」は「〜ていただ(く)」と読み違えるので使わない)。
media-interview-thanks-detail = { $tone ->
    [formal]
        { self-intro }
        { $has-referral ->
            [true] { $detail }を興味深く拝見しておりましたところ、このたび{ media-from }{ piece-phrase }のご依頼をいただき、大変光栄に存じます。
           *[false] このたびは{ media-from }{ piece-phrase }のご依頼をいただき、大変光栄に存じます。
            { $detail }を、大変興味深く拝見いたしました。
        }
    [firm]
        { self-intro }
        { $has-referral ->
            [true] { $detail }を拝見しておりましたところ、このたび{ media-from }{ piece-phrase }のご依頼をいただき、感謝申し上げます。
           *[false] このたびは{ media-from }{ piece-phrase }のご依頼をいただき、ありがとうございます。
            { $detail }は、興味深く拝見いたしました。
        }
    [brief]
        { self-intro }
        { $has-referral ->
            [true] { $detail }を拝見していたところに、{ media-from }{ piece-phrase }のお声がけをいただき、感謝しております。
           *[false] { media-from }{ piece-phrase }のお声がけをいただき、ありがとうございます。
            { $detail }を興味深く拝見しました。
        }
   *[warm]
        { self-intro }
        { $has-referral ->
            [true] { $detail }を興味深く拝見していたところに、{ media-from }{ piece-phrase }のお声がけをいただき、本当にありがたく思っております。
           *[false] このたびは{ media-from }{ piece-phrase }のお声がけをいただき、誠にありがとうございます。
            { $detail }は、大変面白く拝見しました。
        }
}

media-interview-decision = { $tone ->
    [formal] 誠に申し訳ございませんが、今回はお引き受けいたしかねます。
    [firm] 誠に恐縮ながら、今回はお受けいたしかねます。
    [brief] 申し訳ございませんが、今回はお受けできません。
   *[warm] せっかくのお話をいただきながら恐縮ですが、今回はお受けすることができません。
}

media-interview-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] 私の得意とする領域のお話でしたら、ぜひまたお声がけいただけますと幸いに存じます。
        [firm] 得意とする領域のご依頼でしたら、またお声がけいただけますと幸いです。
        [brief] 得意分野のお話でしたら、またお声がけください。
       *[warm] 私の得意とする領域のお話の折には、ぜひまたお声がけください。
    }
   *[other] { $tone ->
        [formal] また機会がございましたら、ぜひお役に立ちたく存じます。
        [firm] 今後の{ media-next }でお役に立てることがございましたら、ご連絡いただけますと幸いです。
        [brief] 次の企画の際には、ぜひまたお声がけください。
       *[warm] また別の機会にご一緒できましたら、うれしく存じます。
    }
}

media-interview-closing = { $tone ->
    [formal] { media-outlet-you }のますますのご発展を心よりお祈り申し上げます。
    [firm] { media-outlet-you }のますますのご発展をお祈りいたします。
    [brief] { media-look-forward }しております。
   *[warm] 素晴らしい{ piece-noun-again }になりますよう、心よりお祈りしております。
}

# 媒体の呼び方: 新聞・雑誌・コメントは「貴社」、放送は番組名があれば「番組」、なければ「貴局」、配信は「番組」。
media-outlet-you = { $invitation ->
    [broadcast] { $has-event ->
        [true] 番組
       *[false] 貴局
    }
    [podcast] 番組
   *[other] 貴社
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
        [webinar] { $event-gender ->
            [webinar] 「{ $event }」での
           *[other] ウェビナー「{ $event }」での
        }
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
    [panel] パネル登壇
    [workshop] ワークショップ講師
    [webinar] 講演
   *[other] 登壇
}

# 場を言わないときの役割 (件名、brief): 「基調講演」「ウェビナーでの講演」…、種類がなければ「登壇」。
speaking-activity = { $invitation ->
    [talk] 講演
    [keynote] 基調講演
    [panel] パネル登壇
    [workshop] ワークショップ講師
    [webinar] ウェビナーでの講演
   *[other] 登壇
}

# お礼で述べる依頼: 「株式会社…の「X」での基調講演」、テーマ付きは「…の「X」での基調講演（テーマ：…）」
# (「の」「での」「についての」を連ねない)。
speaking-request = { speaking-organizer }{ speaking-place }{ speaking-role }

speaking-request-on-topic = { speaking-organizer }{ speaking-place }{ speaking-topic-theme }{ speaking-role }

# テーマは括弧の注記にせず「「…」をテーマとした」で役割に添える。
speaking-topic-theme = { $has-topic ->
    [true] 「{ $topic }」をテーマとした
   *[false] {""}
}

# イベントの前の主催者は「…主催の」とし、「の」を連ねない。
speaking-organizer = { $has-event ->
    [true] { $event-names-organization ->
        [true] {""}
       *[other] { $has-organization ->
            [true] { $organization }主催の
           *[false] {""}
        }
    }
   *[false] { $has-organization ->
        [true] { $organization-gender ->
            [gakko] { $organization }の
            [kai] { $organization }の
            [zaidan] { $organization }の
           *[other] { $organization }様の
        }
       *[false] {""}
    }
}

speaking-engagement-subject = { $has-event ->
    [true] { $tone ->
        [formal] { speaking-place }{ speaking-role }のご依頼について
        [firm] { speaking-place }{ speaking-role }辞退のご連絡
        [brief] 「{ $event }」登壇のご依頼について
       *[warm] 「{ $event }」での登壇のお誘いへのお返事
    }
   *[false] { $tone ->
        [formal] { speaking-activity }のご依頼について
        [firm] 登壇辞退のご連絡
        [brief] 登壇のご依頼について
       *[warm] 登壇のお誘いへのお返事
    }
}

speaking-engagement-thanks = { $tone ->
    [formal]
        { self-intro }
        このたびは{ speaking-request-on-topic }のご依頼をいただき、誠にありがとうございます。
    [firm]
        { self-intro }
        このたびは{ speaking-request-on-topic }のご依頼をいただき、ありがとうございます。
    [brief]
        { self-intro }
        { speaking-request }のご依頼をいただき、ありがとうございます。
   *[warm]
        { self-intro }
        このたびは{ speaking-request-on-topic }のお声がけをいただき、本当にうれしく、ありがたく思っております。
}

speaking-engagement-thanks-detail = { $tone ->
    [formal]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に感銘を受けておりましたところ、このたび{ speaking-request-on-topic }のご依頼をいただき、誠に光栄に存じます。
           *[false] このたびは{ speaking-request-on-topic }のご依頼をいただき、誠に光栄に存じます。
            { $detail }には、感銘を受けました。
        }
    [firm]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に感銘を受けておりましたところ、このたび{ speaking-request }のご依頼をいただき、感謝申し上げます。
           *[false] このたびは{ speaking-request }のご依頼をいただき、ありがとうございます。
            { $detail }には、感銘を受けました。
        }
    [brief]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に感銘を受けていたところに、{ speaking-activity }のご依頼をいただき、感謝しております。
           *[false] { speaking-activity }のご依頼をいただき、ありがとうございます。
            { $detail }にも感銘を受けております。
        }
   *[warm]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に注目していたところに、{ speaking-request-on-topic }のお声がけをいただき、本当にありがたく思っております。
           *[false] このたびは{ speaking-request-on-topic }のお声がけをいただき、本当にうれしく、ありがたく思っております。
            { $detail }には、心を打たれました。
        }
}

speaking-engagement-decision = { $tone ->
    [formal] 大変申し訳ございませんが、慎重に検討いたしました結果、今回は辞退させていただきたく存じます。
    [firm] 誠に恐縮ながら、今回は辞退させていただくことといたしました。
    [brief] 申し訳ございませんが、今回は辞退させていただきます。
   *[warm] 大変残念なのですが、今回はお引き受けを見送らせていただくことにいたしました。
}

# 結びで祈る対象: ウェビナーは「ウェビナーのご成功」、それ以外は「ご盛会」。
speaking-wish = { $invitation ->
    [webinar] ウェビナーのご成功
   *[other] ご盛会
}

speaking-occasion = { $invitation ->
    [webinar] ウェビナー
    [workshop] ワークショップ
   *[other] 会
}

speaking-engagement-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] { speaking-wish }をお祈りするとともに、私の得意とする領域のお話でしたら、ぜひまたお声がけいただけますと幸いに存じます。
        [firm] 得意とする領域のご依頼でしたら、またお声がけいただけますと幸いです。
        [brief] 得意分野のお話でしたら、またお声がけください。
       *[warm] 私の得意とする領域のお話の際には、ぜひまたお声がけください。
    }
   *[other] { $tone ->
        [formal] { speaking-wish }をお祈りするとともに、今後また別の機会にお力になれましたら幸いに存じます。
        [firm] 今後の催しについても、ご案内いただけましたら幸いです。
        [brief] またの機会にぜひお声がけください。
       *[warm] 素晴らしい{ speaking-occasion }になりますよう願いつつ、また別の機会にご一緒できる日を楽しみにしております。
    }
}

speaking-engagement-closing = { $tone ->
    [formal] { speaking-wish }を心よりお祈り申し上げます。
    [firm] { speaking-wish }をお祈りいたします。
    [brief] { speaking-wish }をお祈りしております。
   *[warm] 素晴らしい{ speaking-occasion }になりますよう、心よりお祈りしております。
}

## academic_invitation

invitation-phrase = { $has-event ->
    [true] { organizer-before-event }「{ $event }」
   *[false] { $has-organization ->
        [true] { $organization }でのお取り組み
       *[false] 本企画
    }
}

# 依頼の内容の前に置く「株式会社ひかりソリューションズの「Journal of Applied Logic」の」。
# 名前は「」に入れ、助詞「の」で受ける (雑誌・委員会・学会のどれでも同じ形)。
academic-venue = { $has-event ->
    [true] { organizer-before-event }
   *[false] { at-organization }
}{ $has-event ->
    [true] 「{ $event }」の
   *[false] {""}
}

# 特別講義の場: 講義名・講座名は「…」での (「「現代メディア論」の特別講義」にしない)。
academic-lecture-venue = { $has-event ->
    [true] { organizer-before-event }「{ $event }」での
   *[false] { at-organization }
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
    [committee] { academic-venue }委員就任のご依頼
    [guest_lecture] { academic-lecture-venue }特別講義のご依頼
    [program_committee] { academic-venue }プログラム委員就任のご依頼
    [examiner] { academic-venue }学位論文審査のご依頼
   *[other] { invitation-phrase }へのご招待
}

# 同じく、テーマを添えるもの (formal と warm): 「「X」の「remote work」に関する論文査読のご依頼」。
academic-request-on-topic = { $invitation ->
    [peer_review] { $has-topic ->
        [true] { $has-event ->
            [true] { organizer-before-event }「{ $event }」に投稿された「{ $topic }」に関する論文の査読のご依頼
           *[false] { at-organization }「{ $topic }」に関する論文の査読のご依頼
        }
       *[false] { academic-venue }論文査読のご依頼
    }
    [editorial_board] { academic-venue }編集委員就任のご依頼
    [committee] { academic-venue }{ academic-topic-prefix }委員就任のご依頼
    [guest_lecture] { academic-lecture-venue }{ academic-topic-prefix }特別講義のご依頼
    [program_committee] { academic-venue }プログラム委員就任のご依頼
    [examiner] { academic-venue }{ academic-topic-prefix }学位論文審査のご依頼
   *[other] { academic-topic-prefix }{ invitation-phrase }へのご招待
}

# 件名で依頼を名指す名詞: 「論文査読のご依頼」…、種類がなければ「ご招待」。
academic-request-noun = { $invitation ->
    [peer_review] 論文査読のご依頼
    [editorial_board] 編集委員就任のご依頼
    [committee] 委員就任のご依頼
    [guest_lecture] 特別講義のご依頼
    [program_committee] プログラム委員就任のご依頼
    [examiner] 学位論文審査のご依頼
   *[other] ご招待
}

# 件名で辞退する内容: 「論文査読」「編集委員就任」…、種類がなければ「ご招待」。
academic-task-noun = { $invitation ->
    [peer_review] 論文査読
    [editorial_board] 編集委員就任
    [committee] 委員就任
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
    [guest_lecture] での
    [program_committee] の
    [examiner] の
   *[other] への
}

academic-invitation-subject = { $has-event ->
    [true] { $tone ->
        [formal] 「{ $event }」{ academic-event-link }{ academic-request-noun }について
        [firm] 「{ $event }」{ academic-event-link }{ academic-task-noun }の辞退について
        [brief] 「{ $event }」{ academic-event-link }{ academic-task-noun }の件
       *[warm] 「{ $event }」{ academic-event-link }{ academic-request-noun }へのお返事
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
           *[other] { academic-request-noun }へのお返事
        }
    }
}

# 「（テーマ：remote work）」、または何もなし
subject-clause = { $has-topic ->
    [true] （テーマ：{ $topic }）
   *[false] {""}
}

academic-invitation-thanks = { $tone ->
    [formal]
        { self-intro }
        このたびは{ academic-request-on-topic }を賜り、大変光栄に存じます。
    [firm]
        { self-intro }
        このたびは{ academic-request }をいただき、ありがとうございます。
    [brief]
        { self-intro }
        { academic-request }をいただき、ありがとうございます。
   *[warm]
        { self-intro }
        このたびは{ academic-request-on-topic }をいただき、大変うれしく、ありがたく思っております。
}

# 査読の原稿は届いたばかり: 「かねてより敬服」ではなく、興味深く拝見したと言う。
# 査読の原稿は依頼とともに届く: 「拝見し、このたびご依頼を賜り」の順にせず、お礼の後に「拝見しました」。
academic-invitation-thanks-detail = { $tone ->
    [formal]
        { self-intro }
        { $has-referral ->
            [true] { $invitation ->
                [peer_review] { $detail }を大変興味深く拝見しただけに、このたび{ academic-request }を賜りましたことを光栄に存じます。
               *[other] { $detail }に敬服しておりましたところ、このたび{ academic-request }を賜り、大変光栄に存じます。
            }
           *[false] このたびは{ academic-request }を賜り、誠に光栄に存じます。
            { $invitation ->
                [peer_review] { $detail }を、大変興味深く拝見いたしました。
               *[other] { $detail }には、深く敬服しております。
            }
        }
    [firm]
        { self-intro }
        { $has-referral ->
            [true] { $invitation ->
                [peer_review] { $detail }を興味深く拝見しただけに、このたびの{ academic-request }に感謝申し上げます。
               *[other] { $detail }に敬服しておりましたところ、このたび{ academic-request }をいただき、感謝申し上げます。
            }
           *[false] このたびは{ academic-request }をいただき、ありがとうございます。
            { $invitation ->
                [peer_review] { $detail }を興味深く拝見しました。
               *[other] { $detail }には敬服しております。
            }
        }
    [brief]
        { self-intro }
        { $has-referral ->
            [true] { $invitation ->
                [peer_review] { $detail }を興味深く拝見しただけに、お声がけに感謝しております。
               *[other] { $detail }に敬服していたところに、お声がけをいただき、感謝しております。
            }
           *[false] お声がけいただき、ありがとうございます。
            { $invitation ->
                [peer_review] { $detail }を興味深く拝見しました。
               *[other] { $detail }に敬服しております。
            }
        }
   *[warm]
        { self-intro }
        { $has-referral ->
            [true] { $invitation ->
                [peer_review] { $detail }をとても興味深く拝見しただけに、このたび{ academic-request }をいただけたことを本当にありがたく思っております。
               *[other] { $detail }にかねてより敬服していたところに、このたび{ academic-request }をいただき、本当にありがたく思っております。
            }
           *[false] このたびは{ academic-request }をいただき、本当にありがたく思っております。
            { $invitation ->
                [peer_review] { $detail }を、とても興味深く拝見しました。
               *[other] { $detail }には、かねてより敬服しております。
            }
        }
}

academic-invitation-decision = { $tone ->
    [formal] 誠に申し訳ございませんが、熟慮いたしました結果、今回は辞退させていただきたく存じます。
    [firm] 誠に恐縮ながら、今回は辞退いたします。
    [brief] 大変恐縮ですが、今回は辞退させていただきます。
   *[warm] 検討を重ねましたが、今回はお引き受けを控えさせていただきたく存じます。
}

academic-invitation-door-open = { $reason ->
    [outside_expertise] { $tone ->
        [formal] 私が日頃取り組んでいる分野に近いご依頼でしたら、ぜひまたお声がけいただけますと幸いに存じます。
        [firm] 私の取り組みに近い分野のご依頼でしたら、またお声がけいただけますと幸いです。
        [brief] 得意分野のご依頼でしたら、またお声がけください。
       *[warm] 私が日頃取り組んでいる内容に近いお話の際には、ぜひまたお声がけください。
    }
   *[other] { $tone ->
        [formal] 今後また別の機会にお役に立てましたら、幸いに存じます。
        [firm] 別の機会がございましたら、改めてご相談いただけますと幸いです。
        [brief] また機会がございましたら、ぜひお声がけください。
       *[warm] 今後、ご一緒できる機会を楽しみにしております。
    }
}

academic-invitation-closing = { $tone ->
    [formal] 末筆ながら、{ academic-success }を心よりお祈り申し上げます。
    [firm] { academic-success }をお祈りいたします。
    [brief] { academic-success }をお祈りしております。
   *[warm] { academic-success }を、心よりお祈りしております。
}

# 結びで祈る対象: 講義・会議は「ご成功」、雑誌は「ますますのご発展」、審査は「ご研究のご発展」。
academic-success = { $invitation ->
    [guest_lecture] 特別講義のご成功
    [program_committee] 大会のご成功
    [committee] 委員会のますますのご発展
    [examiner] 審査が滞りなく進みますこと
    [peer_review] 貴誌のますますのご発展
    [editorial_board] 貴誌のますますのご発展
   *[other] ご盛会
}

## reschedule

reschedule-subject = { $tone ->
    [formal] { meeting-phrase } { meeting-change }のお願い
    [firm] { meeting-phrase } { meeting-change }について
    [brief] { meeting-phrase } { meeting-schedule }について
   *[warm] { meeting-phrase } { meeting-change }のご相談
}

# 件名で求める変更: 査読は「期限延長」(期限は「変更」せず延ばす)、それ以外は「日程変更」。
meeting-change = { $invitation ->
    [peer_review] 期限延長
   *[other] 日程変更
}

reschedule-thanks = { $tone ->
    [formal]
        { self-intro }
        このたびは{ meeting-phrase }の{ meeting-request }をいただき、誠にありがとうございます。
    [firm]
        { self-intro }
        このたびは{ meeting-phrase }の{ meeting-request }をいただき、ありがとうございます。
    [brief]
        { self-intro }
        { meeting-phrase }の{ meeting-request }をいただき、ありがとうございます。
   *[warm]
        { self-intro }
        このたびは{ meeting-phrase }の{ meeting-request }をいただき、ありがとうございます。
        { meeting-look-forward }を心から楽しみにしております。
}

reschedule-thanks-detail = { $tone ->
    [formal]
        { self-intro }
        このたびは{ meeting-phrase }の{ meeting-request }をいただき、誠にありがとうございます。
        { $detail }には、感銘を受けました。
    [firm]
        { self-intro }
        このたびは{ meeting-phrase }の{ meeting-request }をいただき、ありがとうございます。
        { $detail }には、感銘を受けました。
    [brief]
        { self-intro }
        { meeting-request }をいただき、ありがとうございます。
        { $detail }にも感銘を受けております。
   *[warm]
        { self-intro }
        このたびは{ meeting-phrase }の{ meeting-request }をいただき、ありがとうございます。
        { $detail }に深く感銘を受けており、{ meeting-look-forward }を心から楽しみにしております。
}

# 変更のお願い: 査読は「提出期限を…まで延長」、それ以外は「日程を…に変更」。
reschedule-proposal = { $invitation ->
    [peer_review] { $tone ->
        [formal] こちらの都合で誠に恐縮ですが、提出期限を{ $proposed-time }まで延長していただくことは可能でしょうか。
        [firm] 誠に申し訳ございませんが、提出期限を{ $proposed-time }まで延長していただきたく、お願い申し上げます。
        [brief] 恐れ入りますが、提出期限を{ $proposed-time }まで延長していただくことは可能でしょうか。
       *[warm] こちらの都合で大変恐縮ですが、提出期限を{ $proposed-time }まで延ばしていただくことは可能でしょうか。
    }
   *[other] { $tone ->
        [formal] こちらの都合で誠に恐縮ですが、{ meeting-schedule }を{ $proposed-time }に変更していただくことは可能でしょうか。
        [firm] 誠に申し訳ございませんが、{ meeting-schedule }を{ $proposed-time }に変更していただきたく、お願い申し上げます。
        [brief] 恐れ入りますが、{ meeting-schedule }を{ $proposed-time }に変更していただくことは可能でしょうか。
       *[warm] こちらの都合で大変恐縮ですが、{ $proposed-time }に{ meeting-schedule }を変更していただくことは可能でしょうか。
    }
}

# 代わりの候補: 査読は「期限」、それ以外は「候補日」。
meeting-alternative = { $invitation ->
    [peer_review] 期限
   *[other] 候補日
}

# 柔軟さを示す: 相手の予定に合わせる申し出 (tone.toml の door_open が読む「ご予定に合わせ」。
# 「ご都合」は前の文の「こちらの都合で」と重なるので使わない)。
reschedule-door-open = { $tone ->
    [formal] 難しい場合は、ご予定に合わせて調整いたしますので、別の{ meeting-alternative }をご提示いただけますと幸いです。
    [firm] 難しい場合は、ご予定に合わせて改めて{ meeting-alternative }を調整いたしますので、お知らせください。
    [brief] 難しい場合は、ご予定に合わせますので、別の{ meeting-alternative }をお知らせください。
   *[warm] 難しいようでしたら、ご予定に合わせて調整いたしますので、お気軽にお申し付けください。
}

# stay_in_touch が false のときの結び。先を見据えた一文 (tone.toml の door_open) は書けないので、
# 「ご予定に合わせ」「別の候補日」は使わない。
reschedule-closing = { $tone ->
    [formal] ご調整が難しい場合は、どうぞご遠慮なくお申し付けください。
    [firm] ご都合が合わない場合は、その旨お知らせいただけますと幸いです。
    [brief] ご検討いただけますと幸いです。
   *[warm] お手数をおかけして申し訳ございませんが、ご検討いただけますと幸いです。
}

## clarification_reply: 相手から「何か調整できることはないか」と尋ねられた場合の返信。

clarification-reply-subject = { $tone ->
    [formal] ご丁寧なご連絡への御礼
    [firm] { $has-position ->
        [true] { $position }の選考辞退についてのご回答
       *[false] 選考辞退についてのご回答
    }
    [brief] Re: 選考辞退の件
   *[warm] { $has-position ->
        [true] { $position }の件について
       *[false] 先日の選考辞退の件について
    }
}

clarification-reply-thanks = { $tone ->
    [formal]
        { self-intro }
        ご丁寧にご連絡をいただき、また条件面のご調整までご検討くださり、誠にありがとうございます。
    [firm]
        { self-intro }
        ご連絡をいただき、条件面までご配慮くださり、ありがとうございます。
    [brief]
        { self-intro }
        ご連絡いただき、ありがとうございます。
   *[warm]
        { self-intro }
        わざわざご連絡をくださり、条件面などで調整できることはないかとお気遣いいただき、誠にありがとうございます。
}

# 「Xに感銘を受けていた貴社から」は貴社が感銘を受けたようにも読めるので使わない。称賛は別の文で
# (推薦の一文が加わるときだけ「〜ておりましたところ、このたび…」で一文に)。
clarification-reply-thanks-detail = { $tone ->
    [formal]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に感銘を受けておりましたところ、このたびご丁寧なご連絡とご配慮をいただき、心より御礼申し上げます。
           *[false] ご丁寧にご連絡をいただき、また条件面のご調整までご検討くださり、誠にありがとうございます。
            { $detail }には、今も感銘を受けております。
        }
    [firm]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に感銘を受けておりましたところ、このたびご連絡とご配慮をいただき、感謝いたします。
           *[false] ご連絡をいただき、条件面までご配慮くださり、ありがとうございます。
            { $detail }には、感銘を受けております。
        }
    [brief]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に感銘を受けていたところに、ご連絡をいただき、感謝しております。
           *[false] ご連絡いただき、ありがとうございます。
            { $detail }が、特に印象に残っております。
        }
   *[warm]
        { self-intro }
        { $has-referral ->
            [true] { $detail }に心から感銘を受けていたところに、わざわざご連絡をいただき、本当にありがたく存じます。
           *[false] わざわざご連絡をくださり、条件面などで調整できることはないかとお気遣いいただき、誠にありがとうございます。
            { $detail }には、今も心から感銘を受けております。
        }
}

clarification-reply-decision = { $tone ->
    [formal] せっかくのお心遣いにお応えできず大変恐縮ですが、{ role-phrase }の件につきましては、先日お伝えしたとおり辞退させていただきたく存じます。
    [firm] せっかくのご提案をいただきながら恐縮ですが、{ role-phrase }の件は、改めて検討した上で辞退させていただきます。
    [brief] 申し訳ございませんが、やはり辞退させていただきます。
   *[warm] せっかくのご厚意にお応えできず心苦しいのですが、{ role-phrase }の件は、改めて考えましてもやはり辞退させていただきたく存じます。
}

clarification-reply-door-open = { $has-proposed-time ->
    [true] { $tone ->
        [formal] { $proposed-time }に改めてお話しする機会をいただけましたら、幸いに存じます。
        [firm] { $proposed-time }に新たな求人がございましたら、改めてお話を伺えますと幸いです。
        [brief] { $proposed-time }に改めてお話しできれば幸いです。
       *[warm] { $proposed-time }に、ぜひまたお話しできればうれしく存じます。
    }
   *[false] { $tone ->
        [formal] 今後また別の機会がございましたら、お声がけいただけますと光栄に存じます。
        [firm] また別の機会がございましたら、その際はお声がけください。
        [brief] またご縁がございましたら、お声がけください。
       *[warm] 今後また別の形でご縁がございましたら、大変うれしく存じます。
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
        [formal] 何卒ご理解を賜りますよう、お願い申し上げます。
        [firm] ご理解いただけますと幸いです。
        [brief] ご理解いただけますと幸いです。
       *[warm] 何卒ご理解いただけますと幸いです。
    }
}

## stay_in_touch: 辞退の後、関係を保つための短い連絡。

# お話の内容: 「「X」について」「株式会社Xの経理のポジションについて」、なければ何もなし。
# 後ろに「お話しする機会」「お話を伺うお時間」を続ける。
conversation-phrase = { $has-topic ->
    [true] 「{ $topic }」について
   *[false] { $has-position ->
        [true] { role-phrase }のポジションについて
       *[false] {""}
    }
}

# お礼の後、理由の前に置く、何を辞退したのかを述べる文。
stay-in-touch-declined = { $has-position ->
    [true] { stay-in-touch-declined-job }
   *[false] { $invitation ->
        [screening_call] { stay-in-touch-declined-job }
        [interview] { stay-in-touch-declined-job }
        [final_round] { stay-in-touch-declined-job }
       *[other] { $tone ->
            [formal] せっかくお声がけいただきながら、ご期待に沿えず大変申し訳ございません。
            [brief] ご期待に沿えず申し訳ございません。
           *[other] せっかくお声がけいただいたのに、ご期待に沿えず申し訳ございません。
        }
    }
}
stay-in-touch-declined-job = { $tone ->
    [formal] 大変恐縮ながら、今回は応募を辞退させていただきたく存じます。
    [brief] 今回は応募を辞退させていただきます。
   *[other] 心苦しいのですが、今回は応募を辞退させていただくことにいたしました。
}

stay-in-touch-subject = { $tone ->
    [formal] 先日の御礼と今後のご連絡について
    [firm] 先日のお礼と今後について
    [brief] 先日のお礼
   *[other] 先日のお礼と今後について
}

# 採用の話でなく理由もないときは、辞退の文を置かない (英語版と同じく、何も辞退しない連絡;
# パネル: 名前の出ない「お引き受け」を見送る文は宙に浮く)。理由があれば辞退の文が「〜ためです」を受ける。
stay-in-touch-thanks = { $reason ->
    [none] { $has-position ->
        [true] { stay-in-touch-thanks-declining }
       *[false] { $invitation ->
            [screening_call] { stay-in-touch-thanks-declining }
            [interview] { stay-in-touch-thanks-declining }
            [final_round] { stay-in-touch-thanks-declining }
           *[other] { stay-in-touch-thanks-only }
        }
    }
   *[other] { stay-in-touch-thanks-declining }
}

stay-in-touch-thanks-declining = { $tone ->
    [formal]
        { self-intro }
        先日は{ conversation-phrase }お話しする機会をいただき、また貴重なお時間を割いていただき、誠にありがとうございました。
        { stay-in-touch-declined }
    [firm]
        { self-intro }
        先日は{ conversation-phrase }お話しする機会をいただき、ありがとうございました。
        { stay-in-touch-declined }
    [brief]
        { self-intro }
        先日は{ conversation-phrase }お話を伺うお時間をいただき、ありがとうございました。
        { stay-in-touch-declined }
   *[warm]
        { self-intro }
        先日は{ conversation-phrase }お話しする機会をいただき、誠にありがとうございました。
        { stay-in-touch-declined }
}

stay-in-touch-thanks-only = { $tone ->
    [formal]
        { self-intro }
        先日は{ conversation-phrase }お話しする機会をいただき、また貴重なお時間を割いていただき、誠にありがとうございました。
    [firm]
        { self-intro }
        先日は{ conversation-phrase }お話しする機会をいただき、ありがとうございました。
    [brief]
        { self-intro }
        先日は{ conversation-phrase }お話を伺うお時間をいただき、ありがとうございました。
   *[warm]
        { self-intro }
        先日は{ conversation-phrase }お話しする機会をいただき、誠にありがとうございました。
}

# 称賛 ($detail) はお礼に押し込まず、辞退の文に「〜が印象に残っているだけに」で添える。辞退の文が
# ないときは称賛だけの一文にする。呼び出し側の $detail は「先日の面談で…」と時を含むことが多いので、
# お礼の文は「先日は」で始めない (パネル: 「先日は…。先日の面談で…」)。
stay-in-touch-thanks-detail = { $reason ->
    [none] { $has-position ->
        [true] { stay-in-touch-thanks-detail-declining }
       *[false] { $invitation ->
            [screening_call] { stay-in-touch-thanks-detail-declining }
            [interview] { stay-in-touch-thanks-detail-declining }
            [final_round] { stay-in-touch-thanks-detail-declining }
           *[other] { stay-in-touch-thanks-detail-only }
        }
    }
   *[other] { $has-position ->
        [true] { stay-in-touch-thanks-detail-declining }
       *[false] { stay-in-touch-thanks-detail-sorry }
    }
}

stay-in-touch-thanks-detail-declining = { $tone ->
    [formal]
        { self-intro }
        ご多忙の中、{ conversation-phrase }お話しするお時間をいただき、誠にありがとうございました。
        { $detail }が今も強く印象に残っているだけに大変恐縮ですが、今回は{ stay-in-touch-declined-verb }きたく存じます。
    [firm]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、ありがとうございました。
        { $detail }が印象に残っているだけに心苦しいのですが、今回は{ stay-in-touch-declined-verb }くことといたしました。
    [brief]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、ありがとうございました。
        { $detail }が印象に残っているだけに残念ですが、今回は{ stay-in-touch-declined-verb }きます。
   *[warm]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、本当にありがとうございました。
        { $detail }が今も印象に残っているだけに心苦しいのですが、今回は{ stay-in-touch-declined-verb }くことにいたしました。
}

# 採用の話でないとき: 辞退はすでに伝えてあるので、名前の出ない「お引き受け」を改めて見送らず、
# 期待に沿えなかったことを詫びて理由 (「〜ためです」) につなぐ。
stay-in-touch-thanks-detail-sorry = { $tone ->
    [formal]
        { self-intro }
        ご多忙の中、{ conversation-phrase }お話しするお時間をいただき、誠にありがとうございました。
        { $detail }が今も強く印象に残っているだけに、ご期待に沿えず大変心苦しく存じます。
    [firm]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、ありがとうございました。
        { $detail }が印象に残っているだけに、ご期待に沿えず心苦しく思っております。
    [brief]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、ありがとうございました。
        { $detail }が印象に残っているだけに、ご期待に沿えず残念です。
   *[warm]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、本当にありがとうございました。
        { $detail }が今も印象に残っているだけに、ご期待に沿えず心苦しく思っております。
}

stay-in-touch-thanks-detail-only = { $tone ->
    [formal]
        { self-intro }
        ご多忙の中、{ conversation-phrase }お話しするお時間をいただき、誠にありがとうございました。
        { $detail }が、今も強く印象に残っております。
    [firm]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、ありがとうございました。
        { $detail }が、強く印象に残っております。
    [brief]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、ありがとうございました。
        { $detail }が、印象に残っております。
   *[warm]
        { self-intro }
        お忙しい中、{ conversation-phrase }お話しするお時間をいただき、本当にありがとうございました。
        { $detail }が、今もとても印象に残っております。
}

# 辞退の動詞の語幹: 採用の話なら「応募を辞退させていただ」、それ以外は「お引き受けを見送らせていただ」。
stay-in-touch-declined-verb = { $has-position ->
    [true] 応募を辞退させていただ
   *[false] { $invitation ->
        [screening_call] 応募を辞退させていただ
        [interview] 応募を辞退させていただ
        [final_round] 応募を辞退させていただ
       *[other] お引き受けを見送らせていただ
    }
}

# 組織名はお礼の文 (職名を挙げたお話) か、この文のどちらかで一度だけ。職名の後では「貴社」「貴学」と呼ぶ。
stay-in-touch-connect = { $has-organization ->
    [true] { $has-topic ->
        [true] { stay-in-touch-connect-named }
       *[false] { $has-position ->
            [true] { stay-in-touch-connect-you }
           *[false] { stay-in-touch-connect-named }
        }
    }
   *[false] { $tone ->
        [formal] 今後ますますのご活躍を心よりお祈り申し上げます。
        [firm] 今後のご活躍をお祈りいたします。
        [brief] 今後のご活躍を楽しみにしております。
       *[warm] これからのご活躍を楽しみにしております。
    }
}

stay-in-touch-connect-named = { $tone ->
    [formal] { $organization }様のますますのご発展を心よりお祈り申し上げます。
    [firm] { $organization }様の今後のご発展をお祈りいたします。
    [brief] { $organization }の皆様のご活躍を楽しみにしております。
   *[warm] { $organization }の皆様のますますのご活躍を楽しみにしております。
}

# 職名の後: 組織の種類によらない「皆様」で受ける (財団・銀行を「貴社」と呼ばない)。
stay-in-touch-connect-you = { $tone ->
    [formal] 皆様のますますのご活躍を心よりお祈り申し上げます。
    [firm] 皆様の今後のご活躍をお祈りいたします。
    [brief] 皆様のご活躍を楽しみにしております。
   *[warm] 皆様のますますのご活躍を楽しみにしております。
}

stay-in-touch-closing = { $tone ->
    [formal] 今後もご縁がございましたら、幸いに存じます。
    [firm] またご縁がございましたら、その際はお声がけいただけますと幸いです。
    [brief] 今後ともお付き合いいただけましたら幸いです。
   *[warm] よろしければ、今後ともお付き合いいただけましたらうれしく存じます。
}
