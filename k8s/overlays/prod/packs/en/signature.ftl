# The organization's own sign-off for English letters: this message replaces the built-in one.
signature = { $tone ->
    [formal]
        Yours sincerely,
        { $sender }
    [firm]
        Kind regards,
        { $sender }
    [brief]
        Best,
        { $sender }
   *[warm]
        Warm regards,
        { $sender }
}
