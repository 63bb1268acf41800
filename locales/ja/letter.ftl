### 全レターに共通する部品: 宛名、署名、名詞句、送信者自身の理由、同僚の紹介。
###
### Parts every letter shares: greeting, signature, noun phrases, the caller's own reason,
### and the recommendation of a colleague.
###
### 敬語の段階 (tone):
###   formal — 謙譲語・尊敬語を用いた改まったビジネス文書の敬語。
###   firm   — 丁寧だが、今回の件が終わったことを明確に伝える。
###   warm   — 温かみのある丁寧語 (既定)。
###   brief  — 短い丁寧語。
### 宛名は性別を推測しない「様」。社名・氏名などの呼び出し側テキストは活用させず、
### 「の」「での」などの助詞で文に組み込む。引用・イベント名・テーマは「」で示す。

## 宛名と署名

greeting = { $has-recipient ->
    [true] { $recipient }様
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] 主催者の皆様
            [firm] 主催者の皆様
           *[other] ご担当者様
        }
        [academic_invitation] { $tone ->
            [formal] ご関係者の皆様
            [firm] ご関係者の皆様
           *[other] ご担当者様
        }
       *[other] { $tone ->
            [formal] ご担当者様
           *[other] ご担当者様
        }
    }
}

generic-hiring-greeting = { $tone ->
    [formal] 採用ご担当者様
    [firm] 採用ご担当者様
   *[other] 採用ご担当者様
}

# 結びの一文と送信者名。結びの一文は tone.toml の sign_offs に登録してあり、文として数えない。
signature = { $tone ->
    [formal]
        何卒よろしくお願い申し上げます。
        { $sender }
    [firm]
        以上、よろしくお願いいたします。
        { $sender }
    [brief]
        よろしくお願いいたします。
        { $sender }
   *[warm]
        どうぞよろしくお願いいたします。
        { $sender }
}

## 文中で使う名詞句

# 「NorthwindのProduct Designer職」「Northwindの募集ポジション」「Product Designer職」「本ポジション」
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] { $organization }の{ $position }職
       *[false] { $position }職
    }
   *[false] { $has-organization ->
        [true] { $organization }の募集ポジション
       *[false] 本ポジション
    }
}

# 日程変更の対象: イベント、面接、打ち合わせ。
meeting-phrase = { $has-event ->
    [true] 「{ $event }」
   *[false] { $has-position ->
        [true] { $position }職の面接
       *[false] { $has-topic ->
            [true] 「{ $topic }」についてのお打ち合わせ
           *[false] お打ち合わせ
        }
    }
}

# イベントや招待の前に置く「Northwindの」、または何もなし。
at-organization = { $has-organization ->
    [true] { $organization }の
   *[false] {""}
}

## 送信者自身の言葉による理由 (末尾の句点は渡される前に取り除かれる)。

reason-note = { $reason-note }。

## 同僚の紹介 (社内の同僚には敬称を付けない)

referral = { $tone ->
    [formal] 差し支えなければ、{ referral-expertise }同僚の{ $referral }が{ referral-fit }{ referral-contact }。
    [brief] { referral-expertise }同僚の{ $referral }{ referral-contact }もご検討いただけますと幸いです。
   *[other] もしよろしければ、{ referral-expertise }同僚の{ $referral }が{ referral-fit }{ referral-contact }。
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] { $referral-expertise }に豊富な経験を有する
        [brief] { $referral-expertise }に詳しい
       *[other] { $referral-expertise }に深い知見を持つ
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] 取材先として適任かと存じます
        [speaking_engagement] 登壇者として適任かと存じます
        [academic_invitation] 本件に適任かと存じます
       *[other] 本ポジションの有力な候補になり得るかと存じます
    }
   *[other] { $scenario ->
        [media_interview] 取材先としてお役に立てるかと思います
        [speaking_engagement] 登壇者としてぴったりかと思います
        [academic_invitation] 本件にふさわしいかと思います
       *[other] 有力な候補になるかと思います
    }
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] （{ $referral }へのご連絡は{ $referral-contact }までお願いいたします）
        [brief] （{ $referral-contact }）
       *[other] （連絡先：{ $referral-contact }）
    }
   *[false] {""}
}
