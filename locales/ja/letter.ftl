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
### 宛名は姓＋「様」(どの tone でも同じ)。教授・博士・医師などは「先生」とし、「様」と重ねない。
### 性別は宛名に表れないので $recipient-form は使わない。社名・氏名などの呼び出し側テキストは活用させず、
### 「の」「での」などの助詞で文に組み込む。引用・イベント名・テーマは「」で示す。

## 宛名と署名

# 宛名: 「高橋様」「高橋先生」「部長 高橋様」。姓がなければ呼び出し側の氏名のまま
# (「高橋由美子様」、名だけなら「由美子様」)。敬語の段階によって宛名は変わらない。
greeting = { $has-recipient ->
    [true] { greeting-recipient }
   *[false] { $scenario ->
        [job_interview] { generic-hiring-greeting }
        [clarification_reply] { generic-hiring-greeting }
        [speaking_engagement] { $tone ->
            [formal] 主催者の皆様
            [firm] 主催者の皆様
           *[other] ご担当者様
        }
        [academic_invitation] { $tone ->
            [formal] ご担当者様
            [firm] ご担当者様
           *[other] ご担当者様
        }
       *[other] { $invitation ->
            [screening_call] { generic-hiring-greeting }
            [interview] { generic-hiring-greeting }
            [final_round] { generic-hiring-greeting }
           *[other] ご担当者様
        }
    }
}

# 敬称は一つだけ: 先生と呼ぶ肩書きは「先生」、それ以外は「様」。Mr./Ms.・様・さん等は
# 「様」に置き換える (pack.toml の [titles] の courtesy)。知らない肩書き (部長、Senator) は
# 書かれたとおり名前の前に置き、後ろに「様」を付ける (役職＋氏名＋様; 「高橋部長様」は二重敬称)。
greeting-recipient = { $recipient-title-kind ->
    [none] { greeting-recipient-name }様
    [courtesy] { greeting-recipient-name }様
    [professor] { greeting-recipient-name }先生
    [doctor] { greeting-recipient-name }先生
    [sensei] { greeting-recipient-name }先生
    [role] { greeting-recipient-name }様
   *[other] { $recipient-title } { greeting-recipient-name }様
}

# 宛名に使う名前: 姓、なければ呼び出し側の氏名 (name、または名だけ)。
greeting-recipient-name = { $has-recipient-family ->
    [true] { $recipient-family }
   *[false] { $has-recipient ->
        [true] { $recipient }
       *[false] {""}
    }
}

generic-hiring-greeting = { $tone ->
    [formal] 採用ご担当者様
    [firm] 採用ご担当者様
   *[other] 採用ご担当者様
}

# 結びの一文と送信者名。結びの一文は tone.toml の sign_offs に登録してあり、文として数えない。
# 社外宛てなので firm でも「以上、」(社内連絡の書き方) は使わない。宛名が「先生」でも結びは同じ。
signature = { $tone ->
    [formal]
        何卒よろしくお願い申し上げます。
        { $sender }
    [firm]
        何卒よろしくお願いいたします。
        { $sender }
    [brief]
        よろしくお願いいたします。
        { $sender }
   *[warm]
        どうぞよろしくお願いいたします。
        { $sender }
}

## 文中で使う名詞句

# 「NorthwindのProduct Designer」「Northwindの募集ポジション」「Product Designer」「本ポジション」。
# 職名は入力どおりに置き、「職」を付けない (「営業職」が「営業職職」にならないように)。後ろには
# 「の選考」「の件」を続ける。
role-phrase = { $has-position ->
    [true] { $has-organization ->
        [true] { $organization }様の{ $position }
       *[false] { $position }
    }
   *[false] { $has-organization ->
        [true] { $organization }様の募集ポジション
       *[false] 本ポジション
    }
}

# 手紙の相手の組織の呼び方 (pack.toml の [names.genders])。種類の語がなければ「貴社」。
org-you = { $organization-gender ->
    [ginko] 貴行
    [gakko] 貴学
    [kai] 貴会
    [zaidan] 貴財団
   *[other] 貴社
}

# 日程変更の対象。招待の種類があればその名詞 (「最終面接」「「関西DXサミット2027」での基調講演」
# 「「Journal of Applied Logic」の編集委員会」)、名前は「」に入れて助詞で受ける。種類がなければ
# イベント、面接、打ち合わせ。
meeting-phrase = { $invitation ->
    [screening_call] { meeting-job-prefix }一次面談
    [interview] { meeting-job-prefix }面接
    [final_round] { meeting-job-prefix }最終面接
    [article] { meeting-event-no }記事の取材
    [broadcast] { $has-event ->
        [true] 番組「{ $event }」への出演
       *[false] 番組への出演
    }
    [podcast] { $has-event ->
        [true] ポッドキャスト「{ $event }」の収録
       *[false] ポッドキャストの収録
    }
    [comment] { meeting-event-no }コメント取材
    [talk] { meeting-event-de }講演
    [keynote] { meeting-event-de }基調講演
    [panel] { meeting-event-de }パネルディスカッション
    [workshop] { meeting-event-de }ワークショップ
    [webinar] { $has-event ->
        [true] { $event-gender ->
            [webinar] 「{ $event }」での講演
           *[other] ウェビナー「{ $event }」での講演
        }
       *[false] ウェビナーでの講演
    }
    [guest_lecture] { meeting-event-de }特別講義
    [committee] { $has-event ->
        [true] 「{ $event }」の会合
       *[false] 委員会の会合
    }
    [editorial_board] { meeting-event-no }編集委員会
    [program_committee] { meeting-event-no }プログラム委員会
    [examiner] { meeting-event-no }学位論文審査
    [peer_review] { meeting-event-no }論文査読
   *[other] { $has-event ->
        [true] 「{ $event }」
       *[false] { $has-position ->
            [true] { $position }の面接
           *[false] { $has-topic ->
                [true] 「{ $topic }」についてのお打ち合わせ
               *[false] お打ち合わせ
            }
        }
    }
}

# 相手から届いたもの: 面接・会議は「ご案内」、取材・出演・講演・査読・審査は「ご依頼」。
meeting-request = { $invitation ->
    [article] ご依頼
    [broadcast] ご依頼
    [podcast] ご依頼
    [comment] ご依頼
    [talk] ご依頼
    [keynote] ご依頼
    [panel] ご依頼
    [workshop] ご依頼
    [webinar] ご依頼
    [guest_lecture] ご依頼
    [peer_review] ご依頼
    [examiner] ご依頼
   *[other] ご案内
}

# 楽しみにしていること: 面接・取材は「お話しできること」、査読は「原稿を拝読できること」、
# 講演・委員会・審査は「当日」。
meeting-look-forward = { $invitation ->
    [talk] 当日
    [keynote] 当日
    [panel] 当日
    [workshop] 当日
    [webinar] 当日
    [guest_lecture] 当日
    [committee] 皆様とご一緒できること
    [editorial_board] 皆様とご一緒できること
    [program_committee] 皆様とご一緒できること
    [examiner] 当日
    [peer_review] 原稿を拝読できること
   *[other] お話しできること
}

# 変更をお願いするもの: 査読は「期限」、それ以外は「日程」。
meeting-schedule = { $invitation ->
    [peer_review] 期限
   *[other] 日程
}

# 採用の面接の前に置く「「X」の」、なければ「バックエンドエンジニアの」、または何もなし。
meeting-job-prefix = { $has-event ->
    [true] { $has-position ->
        [true] 「{ $event }」（{ $position }）の
       *[false] 「{ $event }」の
    }
   *[false] { $has-position ->
        [true] { $position }の
       *[false] {""}
    }
}

# 種類の名詞の前に置く「「X」の」(媒体・講義・委員会の名) または「「X」での」(催しの名)、なければ何もなし。
meeting-event-no = { $has-event ->
    [true] 「{ $event }」の
   *[false] {""}
}

meeting-event-de = { $has-event ->
    [true] 「{ $event }」での
   *[false] {""}
}

# イベントや招待の前に置く「Northwindの」、または何もなし。
at-organization = { $has-organization ->
    [true] { $organization }の
   *[false] {""}
}

# イベント名の前に置く主催者: イベント名が主催者名を含む (「京都大学公開講座」と「京都大学」) ときは
# 繰り返さない (「京都大学の「京都大学公開講座」」にしない)。
organizer-before-event = { $event-names-organization ->
    [true] {""}
   *[other] { at-organization }
}

# 採用の場面の名乗り: 応募先を一度だけ名前で示し (「株式会社リクルートのUXデザイナーの募集に応募して
# おります吉田です。」)、本文ではそのあと「貴社」「貴行」「貴学」と呼ぶ。
job-self-intro = { $tone ->
    [formal] お世話になっております。{ job-applied }{ $sender }でございます。
   *[other] お世話になっております。{ job-applied }{ $sender }です。
}

job-applied = { $has-organization ->
    [true] { $has-position ->
        [true] { $organization }様の{ $position }の募集に応募しております
       *[false] { $organization }様の求人に応募しております
    }
   *[false] { $has-position ->
        [true] { $position }の募集に応募しております
       *[false] {""}
    }
}

# 名乗り: 「お世話になっております。山本大輔です。」(formal は「でございます」)。
self-intro = { $tone ->
    [formal] お世話になっております。{ $sender }でございます。
   *[other] お世話になっております。{ $sender }です。
}

## 送信者自身の言葉による理由 (末尾の句点は渡される前に取り除かれる)。

# 年収などの条件を理由にするときは「率直に申し上げますと、」で受け、唐突な一文にしない。
reason-note = { $reason ->
    [compensation] 率直に申し上げますと、{ $reason-note }。
   *[other] { $reason-note }。
}

## 同僚の紹介 (社内の同僚には敬称を付けない)

# 推薦の一文: 「〜が適任かと存じますので、よろしければご紹介いたします」。「差し支えなければ、〜が
# 適任かと存じます」は条件と判断がかみ合わないので使わない (パネルの指摘)。連絡先は名前の直後に括弧で添える。
referral = { $tone ->
    [formal] なお、{ referral-expertise }同僚の{ $referral }{ referral-contact }が{ referral-fit }ので、よろしければご紹介申し上げます。
    [brief] 代わりに、{ referral-expertise }同僚の{ $referral }{ referral-contact }をご紹介いたします。
   *[other] { referral-expertise }同僚の{ $referral }{ referral-contact }が{ referral-fit }ので、よろしければご紹介いたします。
}

referral-expertise = { $has-referral-expertise ->
    [true] { $tone ->
        [formal] { $referral-expertise }に精通した
        [brief] { $referral-expertise }に詳しい
       *[other] { $referral-expertise }に深い知見を持つ
    }
   *[false] {""}
}

referral-fit = { $tone ->
    [formal] { $scenario ->
        [media_interview] { $invitation ->
            [broadcast] 出演者として適任かと存じます
            [podcast] 出演者として適任かと存じます
           *[other] 取材先として適任かと存じます
        }
        [speaking_engagement] 登壇者として適任かと存じます
        [academic_invitation] { academic-referral-role }適任かと存じます
       *[other] 候補者として適任ではないかと存じます
    }
   *[other] { $scenario ->
        [media_interview] { $invitation ->
            [broadcast] 出演者として適任ではないかと思います
            [podcast] 出演者として適任ではないかと思います
           *[other] 取材先として適任ではないかと思います
        }
        [speaking_engagement] 登壇者として適任ではないかと思います
        [academic_invitation] { academic-referral-role }適任ではないかと思います
       *[other] 候補者として適任ではないかと思います
    }
}

# 学術の依頼で推薦する役目: 「査読者として」「編集委員として」…、なければ「本件に」。
academic-referral-role = { $invitation ->
    [peer_review] 査読者として
    [editorial_board] 編集委員として
    [program_committee] 委員として
    [committee] 委員として
    [guest_lecture] 講師として
    [examiner] 審査員として
   *[other] 本件に
}

referral-contact = { $has-referral-contact ->
    [true] { $tone ->
        [formal] （連絡先：{ $referral-contact }）
        [brief] （{ $referral-contact }）
       *[other] （連絡先：{ $referral-contact }）
    }
   *[false] {""}
}
