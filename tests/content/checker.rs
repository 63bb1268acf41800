//! The pack checker catches each class of error, on broken copies of the English pack, and
//! packs from a directory override or add languages at start-up, or stop it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use bowout::core::Engine;
use bowout::core::diagnostic::Diagnostic;

/// A copy of a shipped pack under a fresh folder, as `<root>/<tag>`.
struct Fixture {
    _dir: tempfile::TempDir,
    root: PathBuf,
    pack: PathBuf,
}

fn copy_of(source: &str, tag: &str) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let pack = root.join(tag);
    fs::create_dir_all(&pack).unwrap();
    for entry in fs::read_dir(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(source),
    )
    .unwrap()
    {
        let path = entry.unwrap().path();
        fs::copy(&path, pack.join(path.file_name().unwrap())).unwrap();
    }
    Fixture {
        _dir: dir,
        root,
        pack,
    }
}

impl Fixture {
    /// Replaces `from` with `to` in one file of the pack; `from` must be there.
    fn edit(&self, file: &str, from: &str, to: &str) -> &Self {
        let path = self.pack.join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} contains {from:?}");
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
        self
    }

    /// Replaces the whole message `id` in one file of the pack with `message` (which starts
    /// with `id = `), whatever its wording today: tests stay independent of the English
    /// pack's current sentences.
    fn set_message(&self, file: &str, id: &str, message: &str) -> &Self {
        let path = self.pack.join(file);
        let text = fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let start = lines
            .iter()
            .position(|l| l.starts_with(&format!("{id} =")))
            .unwrap_or_else(|| panic!("{file} defines `{id}`"));
        // A message ends before the next line that starts in column 0 (a new entry, a
        // comment, a blank line), except the closing brace of a multi-line select.
        let mut end = start + 1;
        while end < lines.len() && (lines[end].starts_with(' ') || lines[end] == "}") {
            end += 1;
        }
        let mut out: Vec<&str> = lines[..start].to_vec();
        out.extend(message.lines());
        out.extend(&lines[end..]);
        fs::write(&path, out.join("\n") + "\n").unwrap();
        self
    }

    fn check(&self, strict: bool) -> Vec<Diagnostic> {
        match bowout::check::check(std::slice::from_ref(&self.pack), strict) {
            Ok((diagnostics, _)) => diagnostics,
            Err(diagnostics) => diagnostics,
        }
    }
}

fn assert_reports(diagnostics: &[Diagnostic], file: &str, line: Option<usize>, needle: &str) {
    let found = diagnostics.iter().any(|d| {
        d.is_error()
            && d.path.ends_with(file)
            && line.is_none_or(|l| d.line == l)
            && d.message.contains(needle)
    });
    let all: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        found,
        "expected an error in {file}:{line:?} about {needle:?}, got:\n{}",
        all.join("\n")
    );
}

fn line_of(fixture: &Fixture, file: &str, needle: &str) -> usize {
    let text = fs::read_to_string(fixture.pack.join(file)).unwrap();
    text.lines()
        .position(|l| l.contains(needle))
        .expect("the needle is in the file")
        + 1
}

#[test]
fn a_clean_copy_of_the_english_pack_passes() {
    let fixture = copy_of("en", "de");
    let diagnostics = fixture.check(true);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}

#[test]
fn a_missing_message_is_a_warning_and_an_error_when_strict() {
    let fixture = copy_of("en", "de");
    fixture.edit("letter.ftl", "reason-note = { $reason-note }.\n", "");
    let relaxed = fixture.check(false);
    assert!(
        relaxed
            .iter()
            .any(|d| !d.is_error() && d.message.contains("missing message `reason-note`")),
        "{relaxed:?}"
    );
    assert!(!relaxed.iter().any(Diagnostic::is_error), "{relaxed:?}");
    assert_reports(
        &fixture.check(true),
        "/de",
        None,
        "missing message `reason-note`",
    );
}

#[test]
fn an_obsolete_message_is_reported_where_it_stands() {
    let fixture = copy_of("en", "de");
    fixture.edit(
        "letter.ftl",
        "## Greeting and signature",
        "## Greeting and signature\n\nold-greeting = Hallo\n",
    );
    assert_reports(
        &fixture.check(true),
        "letter.ftl",
        Some(line_of(&fixture, "letter.ftl", "old-greeting")),
        "obsolete message `old-greeting`",
    );
}

#[test]
fn a_helper_message_the_pack_uses_is_not_obsolete() {
    let fixture = copy_of("en", "de");
    fixture.edit(
        "letter.ftl",
        "reason-note = { $reason-note }.",
        "reason-note = { own-note }.\nown-note = { $reason-note }",
    );
    let diagnostics = fixture.check(true);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}

#[test]
fn a_checklist_that_is_not_honest_about_a_letter_is_an_error() {
    let fixture = copy_of("en", "de");
    // The closing is the line of a letter asked for no door-open line.
    fixture.set_message(
        "scenarios.ftl",
        "job-interview-closing",
        "job-interview-closing = { $tone ->\n    [formal] I wish you every success with your search.\n    [firm] I wish you success with the search.\n    [brief] I wish you the best.\n   *[warm] I wish you every success, and I hope our paths cross again.\n}",
    );
    assert_reports(
        &fixture.check(false),
        "/de",
        None,
        "the checklist says door_open is true but the letter was asked for no forward-looking line",
    );
}

#[test]
fn a_dropped_or_foreign_variable_is_an_error_compare_locales_would_miss() {
    let fixture = copy_of("en", "de");
    fixture.set_message(
        "scenarios.ftl",
        "media-interview-thanks",
        "media-interview-thanks = { $tone ->\n    [formal] I am honored to have been asked.\n    [firm] Thank you for thinking of me for { piece-phrase }, { $position }.\n    [brief] Thanks for thinking of me for { piece-phrase }.\n   *[warm] It was kind of you to think of me.\n}",
    );
    let diagnostics = fixture.check(false);
    let line = line_of(&fixture, "scenarios.ftl", "media-interview-thanks =");
    assert_reports(
        &diagnostics,
        "scenarios.ftl",
        Some(line),
        "uses `$position`, which the English message does not",
    );
    // Each language builds its greeting from the parts of the name it needs, but a greeting
    // that drops the name altogether is an error.
    let fixture = copy_of("en", "de");
    fixture.edit(
        "letter.ftl",
        "greeting = { $has-recipient ->\n    [true] { $tone ->",
        "greeting = { $has-recipient ->\n    [true] Hello,\n    [unused] { $tone ->",
    );
    assert_reports(
        &fixture.check(false),
        "/de",
        None,
        "the greeting \"Hello,\" does not name the recipient",
    );
}

#[test]
fn a_missing_tone_variant_is_an_error() {
    let fixture = copy_of("en", "de");
    fixture.set_message(
        "scenarios.ftl",
        "job-interview-closing",
        "job-interview-closing = { $tone ->\n    [formal] I wish you every success with your search.\n    [firm] I wish you success with the search.\n   *[warm] I wish you every success in finding the right person.\n}",
    );
    let line = line_of(&fixture, "scenarios.ftl", "job-interview-closing =");
    assert_reports(
        &fixture.check(false),
        "scenarios.ftl",
        Some(line),
        "no tone variant for brief",
    );
}

#[test]
fn a_fluent_syntax_error_is_reported_with_its_line() {
    let fixture = copy_of("en", "de");
    fixture.edit(
        "reasons.ftl",
        "reason-timing = { $scenario ->",
        "reason-timing = { $scenario ->>",
    );
    assert_reports(
        &fixture.check(false),
        "reasons.ftl",
        Some(line_of(&fixture, "reasons.ftl", "reason-timing =")),
        "Fluent syntax",
    );
}

#[test]
fn an_unknown_variable_or_message_reference_is_an_error() {
    let fixture = copy_of("en", "de");
    fixture.edit(
        "letter.ftl",
        "reason-note = { $reason-note }.",
        "reason-note = { $reason_note } { no-such-message }.",
    );
    let diagnostics = fixture.check(false);
    let line = line_of(&fixture, "letter.ftl", "reason-note =");
    assert_reports(
        &diagnostics,
        "letter.ftl",
        Some(line),
        "unknown variable `$reason_note`",
    );
    assert_reports(
        &diagnostics,
        "letter.ftl",
        Some(line),
        "unknown message `no-such-message`",
    );
}

#[test]
fn a_template_naming_a_message_the_english_pack_lacks_is_an_error() {
    let fixture = copy_of("en", "en");
    let text = fs::read_to_string(fixture.pack.join("scenarios.ftl")).unwrap();
    let start = text.find("job-interview-closing = ").unwrap();
    let end = start + text[start..].find("\n}\n").unwrap() + 3;
    fs::write(
        fixture.pack.join("scenarios.ftl"),
        format!("{}{}", &text[..start], &text[end..]),
    )
    .unwrap();
    assert_reports(
        &fixture.check(false),
        "templates/job_interview.tera",
        None,
        "names message `job-interview-closing`",
    );
}

#[test]
fn a_rule_example_that_fails_is_an_error_at_its_line() {
    let fixture = copy_of("en", "de");
    fixture.edit(
        "tone.toml",
        "\"I'm too busy right now.\",",
        "\"I'm too busy right now.\", \"I am having a lovely week.\",",
    );
    assert_reports(
        &fixture.check(false),
        "tone.toml",
        Some(line_of(&fixture, "tone.toml", "lovely week")),
        "does not fire on its example",
    );
}

#[test]
fn a_classifier_without_its_trained_model_is_an_error_naming_the_tone_file() {
    let fixture = copy_of("en", "de");
    fs::remove_file(fixture.pack.join("tone-model.toml")).unwrap();
    assert_reports(
        &fixture.check(false),
        "tone.toml",
        None,
        "needs its trained `tone-model.toml`",
    );
}

#[test]
fn a_broken_tone_model_is_an_error_at_its_line() {
    let fixture = copy_of("en", "de");
    fixture.edit("tone-model.toml", "[weights]", "[weights");
    assert_reports(
        &fixture.check(false),
        "tone-model.toml",
        Some(line_of(&fixture, "tone-model.toml", "[weights")),
        "",
    );
}

#[test]
fn a_broken_pattern_is_an_error_at_its_line() {
    let fixture = copy_of("en", "de");
    fixture.edit("tone.toml", "\"rain check\",", "\"rain check?\",");
    assert_reports(
        &fixture.check(false),
        "tone.toml",
        Some(line_of(&fixture, "tone.toml", "rain check?")),
        "not pattern syntax",
    );
}

#[test]
fn letters_that_leak_or_run_long_are_errors() {
    let fixture = copy_of("en", "de");
    fixture.set_message(
        "scenarios.ftl",
        "job-interview-closing",
        "job-interview-closing = { $tone ->\n    [formal] I wish you every success with your search.\n    [firm] I wish you success with the search.\n    [brief] I wish you the best.\n   *[warm] I wish you every success.  Truly, I do. I mean it. Really, I do. Good luck.\n}",
    );
    let diagnostics = fixture.check(false);
    assert_reports(&diagnostics, "/de", None, "contains a doubled space");
    assert_reports(&diagnostics, "/de", None, "too-long");
}

#[test]
fn a_letter_that_fails_its_own_tone_check_is_an_error() {
    let fixture = copy_of("en", "de");
    fixture.set_message(
        "scenarios.ftl",
        "media-interview-decision",
        "media-interview-decision = { $tone ->\n    [formal] Regrettably, I am unable to participate.\n    [firm] I won't be taking part.\n    [brief] I won't be able to take part.\n   *[warm] Unfortunately, I'm too busy to take part.\n}",
    );
    assert_reports(
        &fixture.check(false),
        "/de",
        None,
        "its own tone check fails: `too-busy`",
    );
}

#[test]
fn the_command_prints_path_and_line_and_exits_non_zero() {
    let fixture = copy_of("en", "de");
    fixture.edit(
        "reasons.ftl",
        "reason-timing = { $scenario ->",
        "reason-timing = { $scenario ->>",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["packs", "check"])
        .arg(&fixture.pack)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(!output.status.success());
    let line = line_of(&fixture, "reasons.ftl", "reason-timing =");
    assert!(
        stdout.contains(&format!("de/reasons.ftl:{line}: error: Fluent syntax")),
        "{stdout}"
    );

    let clean = copy_of("en", "de");
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["packs", "check", "--strict"])
        .arg(&clean.root)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn a_runtime_pack_overrides_the_built_in_wording() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("en")).unwrap();
    fs::write(
        dir.path().join("en/ours.ftl"),
        "job-interview-decision = { $tone ->\n    [formal] After much reflection, I have chosen to withdraw.\n    [firm] I am withdrawing, and that is final.\n    [brief] I'm withdrawing.\n   *[warm] After much reflection, I'm withdrawing from the process.\n}\n",
    )
    .unwrap();
    let engine = Engine::load(Some(dir.path())).unwrap_or_else(|e| panic!("{e}"));
    let sample = bowout::core::check::sample_requests(&bowout::core::lint::SampleText::builtin())
        .into_iter()
        .find(|s| s.request.scenario == bowout::core::model::Scenario::JobInterview)
        .unwrap();
    let decline = engine
        .decline(&sample.request, engine.packs.get("en").unwrap())
        .unwrap();
    assert!(
        decline
            .letter
            .body
            .contains("After much reflection, I have chosen to withdraw."),
        "{}",
        decline.letter.body
    );
}

#[test]
fn a_runtime_pack_adds_a_language() {
    let fixture = copy_of("en", "en-CA");
    fixture.edit(
        "pack.toml",
        "name = \"English\"",
        "name = \"English (Canada)\"",
    );
    fixture.edit(
        "letter.ftl",
        "*[warm]\n        Best regards,",
        "*[warm]\n        All the best,",
    );
    let engine = Engine::load(Some(&fixture.root)).unwrap_or_else(|e| panic!("{e}"));
    let pack = engine.packs.get("en-CA").expect("the new pack");
    assert_eq!(pack.meta.name, "English (Canada)");
}

#[test]
fn a_broken_runtime_pack_stops_start_up_with_path_and_line() {
    let fixture = copy_of("en", "en");
    fixture.edit(
        "reasons.ftl",
        "reason-timing = { $scenario ->",
        "reason-timing = { $scenario ->>",
    );
    let error = Engine::load(Some(&fixture.root))
        .expect_err("a broken pack does not load")
        .to_string();
    let line = line_of(&fixture, "reasons.ftl", "reason-timing =");
    assert!(
        error.contains(&format!("en/reasons.ftl:{line}: error: Fluent syntax")),
        "{error}"
    );
}

#[test]
fn a_runtime_pack_that_breaks_letters_stops_start_up() {
    let fixture = copy_of("en", "en");
    fs::remove_file(fixture.pack.join("letter.ftl")).unwrap();
    fs::remove_file(fixture.pack.join("reasons.ftl")).unwrap();
    fs::remove_file(fixture.pack.join("tone.ftl")).unwrap();
    fs::remove_file(fixture.pack.join("tone.toml")).unwrap();
    fs::remove_file(fixture.pack.join("pack.toml")).unwrap();
    fixture.set_message(
        "scenarios.ftl",
        "media-interview-decision",
        "media-interview-decision = { $tone ->\n    [formal] Regrettably, I am unable to participate.\n    [firm] I won't be taking part.\n    [brief] I won't be able to take part.\n   *[warm] Unfortunately, I'm way too busy.\n}",
    );
    let error = Engine::load(Some(&fixture.root))
        .expect_err("the letters fail their tone check")
        .to_string();
    assert!(
        error.contains("its own tone check fails: `too-busy`"),
        "{error}"
    );
}

#[test]
fn the_production_overlay_s_own_wording_loads_as_a_runtime_pack() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("k8s/overlays/prod/packs");
    let engine = Engine::load(Some(&dir)).unwrap_or_else(|e| panic!("{e}"));
    let sample = bowout::core::check::sample_requests(&bowout::core::lint::SampleText::builtin())
        .into_iter()
        .next()
        .unwrap();
    let decline = engine
        .decline(&sample.request, engine.packs.get("en").unwrap())
        .unwrap();
    assert!(
        decline
            .letter
            .body
            .ends_with("\n\nYours sincerely,\nAlex Kim"),
        "{}",
        decline.letter.body
    );
}

/// A sentence that repeats a content word of the sentence before it, in a copy of the English
/// pack: warm thanks that end "… for reviewing my application.", then "… I've decided to
/// withdraw my application." Both messages keep the references of the English ones.
fn with_a_new_repetition(fixture: &Fixture) {
    fixture.set_message(
        "scenarios.ftl",
        "job-interview-thanks",
        "job-interview-thanks = { $tone ->\n    [formal] Thank you for considering me for { role-phrase }.\n    [firm] Thank you for considering me for { role-phrase }.\n    [brief] Thank you for considering me for { role-phrase }.\n   *[warm] Thank you so much for considering me for { role-phrase } and for reviewing my application.\n}",
    );
    fixture.set_message(
        "scenarios.ftl",
        "job-interview-decision",
        "job-interview-decision = { $reason ->\n    [accepted_offer] { $tone ->\n        [formal] I am writing to withdraw{ withdrawal-stage }.\n        [firm] I am withdrawing{ withdrawal-stage }.\n        [brief] I'm withdrawing{ withdrawal-stage }.\n       *[warm] I'm withdrawing{ withdrawal-stage }.\n    }\n   *[other] { $tone ->\n        [formal] I have decided to withdraw{ withdrawal-stage }.\n        [firm] I am withdrawing{ withdrawal-stage }.\n        [brief] I'm withdrawing{ withdrawal-stage }.\n       *[warm] After careful thought, I've decided to withdraw my application.\n    }\n}",
    );
}

#[test]
fn a_lint_finding_not_in_the_baseline_fails_the_check_naming_lint_combination_and_sentence() {
    let fixture = copy_of("en", "de");
    with_a_new_repetition(&fixture);
    let diagnostics = fixture.check(false);
    assert_reports(&diagnostics, "/de", None, "lint `repeated-word`: \"");
    assert_reports(
        &diagnostics,
        "/de",
        None,
        "and for reviewing my application. / After careful thought, I've decided to withdraw my application.\"",
    );
    assert_reports(
        &fixture.check(false),
        "/de",
        None,
        "first in job_interview/",
    );
}

#[test]
fn a_baseline_entry_that_no_longer_occurs_fails_the_check_at_its_line() {
    let fixture = copy_of("en", "de");
    let path = fixture.pack.join("lint-baseline.toml");
    let baseline = fs::read_to_string(&path).unwrap();
    let baseline = if baseline.contains("repeated-word = [\n") {
        baseline.replacen(
            "repeated-word = [\n",
            "repeated-word = [\n  \"A sentence no letter has.\",\n",
            1,
        )
    } else {
        format!("{baseline}\nrepeated-word = [\n  \"A sentence no letter has.\",\n]\n")
    };
    fs::write(&path, baseline).unwrap();
    assert_reports(
        &fixture.check(false),
        "lint-baseline.toml",
        Some(line_of(
            &fixture,
            "lint-baseline.toml",
            "A sentence no letter has.",
        )),
        "`repeated-word` no longer finds \"A sentence no letter has.\"",
    );
}

#[test]
fn update_baseline_rewrites_the_baseline_so_that_the_check_passes() {
    let fixture = copy_of("en", "de");
    with_a_new_repetition(&fixture);
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_bowout"))
            .args(["packs", "check", "--strict"])
            .args(extra)
            .arg(&fixture.pack)
            .output()
            .unwrap()
    };
    assert!(!run(&[]).status.success());
    let updated = run(&["--update-baseline"]);
    assert!(
        updated.status.success(),
        "{}",
        String::from_utf8_lossy(&updated.stdout)
    );
    let baseline = fs::read_to_string(fixture.pack.join("lint-baseline.toml")).unwrap();
    assert!(
        baseline.contains("I've decided to withdraw my application."),
        "{baseline}"
    );
    assert!(run(&[]).status.success());
}

#[test]
fn update_baseline_needs_the_pack_folders() {
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["packs", "check", "--update-baseline"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("name them"));
}

#[test]
fn lints_do_not_run_at_start_up() {
    let fixture = copy_of("en", "en");
    with_a_new_repetition(&fixture);
    fs::remove_file(fixture.pack.join("lint-baseline.toml")).unwrap();
    Engine::load(Some(&fixture.root)).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_broken_lint_file_is_reported_with_file_and_line_by_the_check_only() {
    let fixture = copy_of("en", "de");
    fixture.edit("lint.toml", "\"a {slot}\",", "\"a {venue}\",");
    assert_reports(
        &fixture.check(false),
        "lint.toml",
        Some(line_of(&fixture, "lint.toml", "a {venue}")),
        "is not a slot",
    );
    let broken = copy_of("en", "de");
    broken.edit("lint.toml", "[samples]", "[samples");
    assert_reports(
        &broken.check(false),
        "lint.toml",
        Some(line_of(&broken, "lint.toml", "[samples")),
        "",
    );
    Engine::load(Some(&broken.root)).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_pack_without_sample_text_of_its_own_fails_the_check() {
    let fixture = copy_of("en", "de");
    fs::remove_file(fixture.pack.join("lint.toml")).unwrap();
    assert_reports(&fixture.check(false), "/de", None, "missing `lint.toml`");
}

#[test]
fn the_score_command_counts_a_corpus_with_the_pack_its_name_starts_with() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("en-9.toml");
    fs::write(
        &corpus,
        r#"
[[sentence]]
text = "Honestly, I'm far too busy for this."
fires = ["too-busy"]
[[sentence]]
text = "A sentence no rule has ever been written for, about gardening."
fires = ["criticism"]
[[sentence]]
text = "Thank you for thinking of me."
fires = []
"#,
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["packs", "score", "--faults"])
        .arg(&corpus)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("(en, 3 sentences): recall 0.50 (1 of 2 mistakes), precision 1.00, 0 false alarm(s) (1 innocent sentences)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("missed {\"criticism\"}: \"A sentence no rule"),
        "{stdout}"
    );

    // With a pack of the caller's own, its rules are the ones scored.
    let packs = copy_of("en", "en");
    let tone = fs::read_to_string(packs.pack.join("tone.toml")).unwrap();
    let criticism = tone.find("id = \"criticism\"").unwrap();
    let patterns = criticism + tone[criticism..].find("\npatterns = [").unwrap();
    let end = patterns + "\npatterns = [".len();
    fs::write(
        packs.pack.join("tone.toml"),
        format!("{}\"gardening\", {}", &tone[..end], &tone[end..]),
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["packs", "score", "--packs"])
        .arg(&packs.root)
        .arg(&corpus)
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("recall 1.00 (2 of 2 mistakes)"), "{stdout}");

    let unnamed = dir.path().join("sentences.toml");
    fs::copy(&corpus, &unnamed).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["packs", "score"])
        .arg(&unnamed)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("no pack for this file"));
}
