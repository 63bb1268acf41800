//! Language packs: a pack's metadata, its Fluent messages and its tone rules, and the set of
//! packs a server answers in.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentError, FluentResource};
use serde::Deserialize;

use super::model::FormOfAddress;
use super::negotiate::{Negotiated, negotiate};
use super::tone::{self, ToneRules};

/// Fluent messages of one pack, shareable between server workers.
pub type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// The tag of the pack every other pack is checked against, and the last fallback.
pub const DEFAULT_TAG: &str = "en";

/// The direction a language is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// `pack.toml`: what a pack says about itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    /// The language's name in English.
    pub name: String,
    /// The language's name in itself.
    pub native_name: String,
    pub direction: Direction,
    #[serde(default)]
    pub letter: LetterSettings,
    /// `[titles]`: kinds of title the greetings render in the language's own convention, each
    /// with the ways callers type it (`professor = ["prof", "professor", "prof. dr"]`).
    #[serde(default)]
    pub titles: BTreeMap<String, Vec<String>>,
    /// `[title_forms]`: typed titles that say the recipient's gender ("madame", "dra.",
    /// "prof.ssa"), so a caller who typed one need not also give `form_of_address`.
    #[serde(default)]
    pub title_forms: TitleForms,
    #[serde(default)]
    pub names: NameSettings,
}

/// `[title_forms]` in `pack.toml`: the ways callers type a title that is a woman's or a man's
/// ("Madame", "Dra.", "Herr"), compared as `[titles]` entries are. A title that says nothing of
/// gender ("Prof.", "Dr." in English) is in neither list.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleForms {
    #[serde(default)]
    pub feminine: Vec<String>,
    #[serde(default)]
    pub masculine: Vec<String>,
}

impl PackMeta {
    /// The kind of a title as the caller typed it, if this pack knows it.
    pub fn title_kind(&self, title: &str) -> Option<&str> {
        let wanted = normalize_title(title);
        self.titles
            .iter()
            .find(|(_, typed)| typed.iter().any(|t| normalize_title(t) == wanted))
            .map(|(kind, _)| kind.as_str())
    }

    /// The form of address a typed title states ("Madame": feminine), if this pack lists it.
    pub fn title_form(&self, title: &str) -> Option<FormOfAddress> {
        let wanted = normalize_title(title);
        let listed = |typed: &[String]| typed.iter().any(|t| normalize_title(t) == wanted);
        if listed(&self.title_forms.feminine) {
            Some(FormOfAddress::Feminine)
        } else if listed(&self.title_forms.masculine) {
            Some(FormOfAddress::Masculine)
        } else {
            None
        }
    }
}

/// `[names]` in `pack.toml`: what the pack needs to know about the names callers type, to word
/// the sentence around them (see "Names" in locales/README.md).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameSettings {
    /// Words that, first in a name, are an article: the name brings its own ("the Lancet",
    /// "het AI-symposium", "la Revue …"). Compared in lower case; an entry ending in an
    /// apostrophe ("l'") matches a word that starts with it ("l'Institut").
    #[serde(default, deserialize_with = "lower_case_words")]
    pub articles: Vec<String>,
    /// Words that say what a name is ("summit", "journal", "symposium"): a name holding one
    /// describes itself, so the letter need not add a noun of its own. Matched in lower case
    /// against each word of the name, or its end, so compounds count ("KI-Symposium",
    /// "Datacongres"); a word of one or two letters (a legal form: "AG") only as a whole word.
    #[serde(default, deserialize_with = "lower_case_words")]
    pub kind_words: Vec<String>,
    /// Surname particles written with a capital when the surname stands without a given name
    /// (Dutch "mevrouw Van Dijk" for Anne van Dijk): a listed particle that opens the family
    /// name, followed by a space, takes a capital.
    #[serde(default, deserialize_with = "lower_case_words")]
    pub capitalized_particles: Vec<String>,
    /// `[names.genders]`: the grammatical gender (or number) of kind words and articles, as
    /// classes the pack names itself (`feminine = ["konferenz", "tagung"]`, `plural =
    /// ["tage"]`), so a letter can agree with a name: "auf dem Digitalgipfel", "à la Banque de
    /// France". A word listed here is a kind word too. Gives `$event-gender` and
    /// `$organization-gender`.
    #[serde(default, deserialize_with = "lower_case_classes")]
    pub genders: BTreeMap<String, Vec<String>>,
    /// Beginnings of a word before which the language elides ("d'analyste", "l'Università"):
    /// letters or prefixes, compared in lower case (`["a", "e", "é", "h"]`). Gives
    /// `$position-elides`, `$topic-elides`, `$event-elides` and `$organization-elides`.
    #[serde(default, deserialize_with = "lower_case_words")]
    pub elides_before: Vec<String>,
    /// Words that begin as `elides_before` says but take no elision (French "haut", "hors",
    /// "héros": h aspiré), compared whole and in lower case.
    #[serde(default, deserialize_with = "lower_case_words")]
    pub elision_exceptions: Vec<String>,
}

/// `[names.genders]` with its words in lower case.
fn lower_case_classes<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, Vec<String>>, D::Error> {
    let classes = BTreeMap::<String, Vec<String>>::deserialize(deserializer)?;
    // The class is a Fluent variant key in the pack's messages; `unknown` and `none` are the
    // engine's own answers.
    for class in classes.keys() {
        let is_key = class.starts_with(|c: char| c.is_ascii_lowercase())
            && class
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !is_key || class == "unknown" || class == "none" {
            return Err(serde::de::Error::custom(format!(
                "gender class `{class}`: name it in lower-case letters, digits and hyphens \
                 (`feminine`, `plural`), not `unknown` or `none`"
            )));
        }
    }
    Ok(classes
        .into_iter()
        .map(|(class, words)| (class, words.iter().map(|w| w.to_lowercase()).collect()))
        .collect())
}

/// The `[names]` lists in lower case, once at load rather than on every request.
fn lower_case_words<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    let words = Vec::<String>::deserialize(deserializer)?;
    Ok(words.iter().map(|w| w.to_lowercase()).collect())
}

/// The words of a name as `[names]` compares them: lower case, without surrounding punctuation
/// (an apostrophe stays, for elided articles).
fn name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `word` is one of `articles` (an entry ending in an apostrophe, "l'", matches the word
/// it is glued to: "l'institut").
fn is_article(articles: &[String], word: &str) -> bool {
    articles.iter().any(|article| {
        if article.ends_with(['\'', '’']) {
            let stem = article.trim_end_matches(['\'', '’']);
            word.starts_with(&format!("{stem}'")) || word.starts_with(&format!("{stem}’"))
        } else {
            word == article
        }
    })
}

/// How much of `word` the kind word `kind` covers: all of it, or its end, as a compound ends
/// in its kind ("KI-Symposium"). A Latin kind word of one or two letters (a legal form: "AG",
/// "SE") would end too many words ("Verlag", "Analyse") and counts only whole; two kanji
/// ("大学", "銀行") are a word of their own and end a name written without spaces
/// ("東京大学").
fn kind_match(word: &str, kind: &str) -> Option<usize> {
    let whole_only = kind.chars().count() <= 2 && kind.is_ascii();
    let matches = if whole_only {
        word == kind
    } else {
        word.ends_with(kind)
    };
    matches.then_some(kind.len())
}

impl NameSettings {
    /// Every kind word: `kind_words` and the words of `genders` that are not articles.
    fn kind_words(&self) -> impl Iterator<Item = &str> {
        let gendered = self
            .genders
            .values()
            .flatten()
            .filter(|w| !self.articles.contains(w));
        self.kind_words.iter().chain(gendered).map(String::as_str)
    }

    fn is_kind(&self, word: &str) -> bool {
        self.kind_words()
            .any(|kind| kind_match(word, kind).is_some())
    }
}

/// How a name is shaped, as a pack's `[names]` sees it: `article` (it brings its own
/// article), `kind-first` (it opens with a kind word: "Journal of Applied Logic"), `kind` (it
/// holds one elsewhere: "Future of Work Summit"), or `plain` ("Northwind", "PyCon 2026").
pub fn name_shape(settings: &NameSettings, name: &str) -> &'static str {
    let words = name_words(name);
    let Some(first) = words.first() else {
        return "plain";
    };
    if is_article(&settings.articles, first) {
        "article"
    } else if settings.is_kind(first) {
        "kind-first"
    } else if words[1..].iter().any(|w| settings.is_kind(w)) {
        "kind"
    } else {
        "plain"
    }
}

/// The gender class of a name by the pack's `[names.genders]`: its opening article's if the
/// pack lists that article, else that of the first word that is (or ends in) a listed kind
/// word, the longest listed ending deciding ("Wissenschaftsforum" is a "forum");
/// `unknown` when no word is listed.
pub fn name_gender<'a>(settings: &'a NameSettings, name: &str) -> &'a str {
    let words = name_words(name);
    let class_of_article = |word: &str| {
        settings.genders.iter().find_map(|(class, listed)| {
            listed
                .iter()
                .any(|w| settings.articles.contains(w) && is_article(std::slice::from_ref(w), word))
                .then_some(class.as_str())
        })
    };
    if let Some(class) = words.first().and_then(|first| class_of_article(first)) {
        return class;
    }
    words
        .iter()
        .find_map(|word| {
            settings
                .genders
                .iter()
                .flat_map(|(class, listed)| {
                    listed
                        .iter()
                        .filter(|w| !settings.articles.contains(w))
                        .filter_map(move |kind| kind_match(word, kind).map(|len| (len, class)))
                })
                .max_by_key(|(len, _)| *len)
                .map(|(_, class)| class.as_str())
        })
        .unwrap_or("unknown")
}

/// Whether the language elides before `text`, by `elides_before` and `elision_exceptions`: its
/// first word, without opening quotes, begins with a listed beginning and is no exception.
pub fn elides(settings: &NameSettings, text: &str) -> bool {
    let Some(first) = name_words(text).into_iter().next() else {
        return false;
    };
    !settings.elision_exceptions.contains(&first)
        && settings
            .elides_before
            .iter()
            .any(|beginning| first.starts_with(beginning.as_str()))
}

/// Whether an event's and an organisation's names hold one another, without the articles they
/// may have been typed with: "PyCon US 2027" holds "PyCon US", "BBC Proms" holds "the BBC",
/// and the organiser "Festival dell'Economia di Trento" holds the event "Festival
/// dell'Economia". Either way, naming both says the same name twice.
pub fn event_names_organization(settings: &NameSettings, event: &str, organization: &str) -> bool {
    let without_article = |name: &str| -> String {
        let name = name.trim().to_lowercase();
        settings
            .articles
            .iter()
            .find_map(|article| {
                name.strip_prefix(article.as_str())
                    .filter(|rest| rest.starts_with(' ') || article.ends_with(['\'', '’']))
                    .map(|rest| rest.trim_start().to_owned())
            })
            .unwrap_or(name)
    };
    let (event, organization) = (without_article(event), without_article(organization));
    !event.is_empty()
        && !organization.is_empty()
        && (event.contains(&organization) || organization.contains(&event))
}

/// A family name as it stands without a given name: a listed particle that opens it takes a
/// capital ("van Dijk" → "Van Dijk").
pub fn standalone_family_name<'a>(settings: &NameSettings, family_name: &'a str) -> Cow<'a, str> {
    let lower = family_name.to_lowercase();
    let opens_with_particle = settings.capitalized_particles.iter().any(|particle| {
        lower
            .strip_prefix(particle.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
    });
    let mut chars = family_name.chars();
    match chars.next() {
        Some(first) if opens_with_particle && first.is_lowercase() => {
            Cow::Owned(first.to_uppercase().chain(chars).collect())
        }
        _ => Cow::Borrowed(family_name),
    }
}

/// A title as it is compared: lower case, single spaces, no final period ("Prof. Dr." and
/// "prof. dr" are one title).
pub fn normalize_title(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches('.')
        .to_owned()
}

/// How the caller typed a piece of free text: `sentence` when it opens with a capital ("My
/// mother needs me at home."), to stand as a sentence of its own; `clause` when it opens in
/// lower case ("my mother needs me at home"), which a pack may join after "because" or "that";
/// `plain` when its script has no case (Japanese, Arabic) or it opens with a digit.
pub fn typed_shape(text: &str) -> &'static str {
    match text.trim_start().chars().find(|c| c.is_alphanumeric()) {
        Some(c) if c.is_uppercase() => "sentence",
        Some(c) if c.is_lowercase() => "clause",
        _ => "plain",
    }
}

/// A name or title the caller wrapped in quotes, without them: each pack quotes an event or a
/// topic its own way, and a second pair ("„„Forum””", "「「…」」") is a fault readers see at once.
/// Quotes that do not wrap the whole text ("the \"Future of Work\" track") stay.
pub fn unquoted(text: &str) -> &str {
    const PAIRS: &[(char, &[char])] = &[
        ('"', &['"']),
        ('\'', &['\'']),
        ('“', &['”', '“']),
        ('”', &['”']),
        ('„', &['“', '”']),
        ('‚', &['‘', '’']),
        ('‘', &['’']),
        ('«', &['»']),
        ('»', &['«']),
        ('‹', &['›']),
        ('「', &['」']),
        ('『', &['』']),
    ];
    let trimmed = text.trim();
    let mut chars = trimmed.chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return text;
    };
    let inner = chars.as_str();
    let wraps = PAIRS
        .iter()
        .any(|(open, closes)| first == *open && closes.contains(&last));
    let nested = inner.contains(first) || inner.contains(last);
    if wraps && !nested && !inner.trim().is_empty() {
        inner.trim()
    } else {
        text
    }
}

/// `[letter]` in `pack.toml`: how a letter is put together in this language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterSettings {
    /// Joins the sentences of a paragraph: a space in most languages, nothing in Japanese.
    #[serde(default = "space")]
    pub sentence_separator: String,
    /// The greeting names the recipient. Polish sets it to false: its courteous greetings
    /// ("Szanowna Pani Profesor,") need no name, where naming would need a vocative.
    #[serde(default = "yes")]
    pub greeting_names_recipient: bool,
}

fn yes() -> bool {
    true
}

fn space() -> String {
    " ".to_owned()
}

impl Default for LetterSettings {
    fn default() -> Self {
        LetterSettings {
            sentence_separator: space(),
            greeting_names_recipient: true,
        }
    }
}

/// Where a message is defined, for diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSource {
    pub path: String,
    pub line: usize,
}

/// One language, loaded and validated.
pub struct Pack {
    pub tag: String,
    pub meta: PackMeta,
    pub bundle: Bundle,
    pub tone: ToneRules,
    /// Every message this pack defines (itself, not through fallback), and where.
    pub messages: BTreeMap<String, MessageSource>,
    /// The pack checker's lint data and baseline, unparsed: start-up never reads them.
    pub lint: super::content::PackLintFiles,
}

impl fmt::Debug for Pack {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pack")
            .field("tag", &self.tag)
            .field("messages", &self.messages.len())
            .finish()
    }
}

/// The packs a server answers in; one of them is the default (`en`).
#[derive(Debug)]
pub struct Packs {
    packs: Vec<Pack>,
    default: usize,
    /// Every rule id any pack defines, sorted: what `disabled_rules` may name.
    rule_ids: Vec<String>,
}

impl Packs {
    /// `packs` must contain the default pack.
    pub fn new(mut packs: Vec<Pack>) -> Option<Packs> {
        packs.sort_by(|a, b| a.tag.cmp(&b.tag));
        let default = packs.iter().position(|p| p.tag == DEFAULT_TAG)?;
        let mut rule_ids: Vec<String> = packs
            .iter()
            .flat_map(|p| p.tone.rules().iter().map(|r| r.id.clone()))
            .collect();
        rule_ids.sort_unstable();
        rule_ids.dedup();
        Some(Packs {
            packs,
            default,
            rule_ids,
        })
    }

    pub fn all(&self) -> &[Pack] {
        &self.packs
    }

    pub fn default_pack(&self) -> &Pack {
        &self.packs[self.default]
    }

    pub fn get(&self, tag: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.tag.eq_ignore_ascii_case(tag))
    }

    /// The pack for the caller's preferences, most preferred first.
    pub fn negotiate(&self, preferences: &[String]) -> (&Pack, Negotiated) {
        let tags: Vec<&str> = self.packs.iter().map(|p| p.tag.as_str()).collect();
        let negotiated = negotiate(&tags, preferences, self.default);
        (&self.packs[negotiated.index], negotiated)
    }

    /// Messages of `pack`, falling back to the default pack's for any it lacks.
    pub fn localizer<'a>(&'a self, pack: &'a Pack) -> Localizer<'a> {
        Localizer {
            pack,
            fallback: self.default_pack(),
        }
    }

    /// The share of the default pack's messages that `pack` needs and defines itself, from 0
    /// to 1. A helper of the default pack's grammar (a message other messages use, such as
    /// "piece-noun") counts only where `pack`'s own messages use it: each language builds its
    /// sentences from its own helpers.
    pub fn completeness(&self, pack: &Pack) -> f64 {
        let reference = self.default_pack();
        let references = |owner: &Pack| -> std::collections::BTreeSet<String> {
            owner
                .messages
                .keys()
                .filter_map(|id| owner.bundle.get_message(id))
                .flat_map(|message| super::content::message_references(&message))
                .filter_map(|reference| match reference {
                    super::content::Reference::Message(id) => Some(id),
                    _ => None,
                })
                .collect()
        };
        let helpers = references(reference);
        let used_here = references(pack);
        let needed: Vec<&String> = reference
            .messages
            .keys()
            .filter(|id| !helpers.contains(*id) || used_here.contains(*id))
            .collect();
        if needed.is_empty() {
            return 1.0;
        }
        let present = needed
            .iter()
            .filter(|id| pack.messages.contains_key(id.as_str()))
            .count();
        present as f64 / needed.len() as f64
    }

    /// Every rule id any pack defines, sorted.
    pub fn rule_ids(&self) -> &[String] {
        &self.rule_ids
    }
}

/// A message that could not be formatted: missing, or with a Fluent error.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("message `{id}` of pack `{locale}`: {problem}")]
pub struct FormatError {
    pub locale: String,
    pub id: String,
    pub problem: String,
}

/// Formats messages of one pack, with the default pack's for any message it lacks.
#[derive(Clone, Copy)]
pub struct Localizer<'a> {
    pub pack: &'a Pack,
    fallback: &'a Pack,
}

impl<'a> Localizer<'a> {
    /// The pack whose messages fill in for any this one lacks (the default pack).
    pub fn fallback(&self) -> &'a Pack {
        self.fallback
    }

    /// Formats message `id` (or its `attribute`) with `args`. A missing message, a missing
    /// variable or any other Fluent error is an error, never text in the output.
    pub fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Result<String, FormatError> {
        let (pack, message) = match self.pack.bundle.get_message(id) {
            Some(message) => (self.pack, message),
            None => match self.fallback.bundle.get_message(id) {
                Some(message) => (self.fallback, message),
                None => return Err(self.error(id, "no such message".into())),
            },
        };
        let pattern = match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            let what = attribute.map_or("a value".to_owned(), |a| format!("the attribute `.{a}`"));
            return Err(self.error(id, format!("has no {what}")));
        };
        let mut errors: Vec<FluentError> = Vec::new();
        let text = pack.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(first) = errors.first() {
            return Err(self.error(id, first.to_string()));
        }
        Ok(text.into_owned())
    }

    fn error(&self, id: &str, problem: String) -> FormatError {
        FormatError {
            locale: self.pack.tag.clone(),
            id: id.to_owned(),
            problem,
        }
    }
}

impl tone::Messages for Localizer<'_> {
    fn text(&self, id: &str, attribute: Option<&str>) -> Option<String> {
        self.format(id, attribute, None).ok()
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    fn dutch() -> NameSettings {
        NameSettings {
            articles: vec!["de".into(), "het".into(), "'t".into()],
            kind_words: vec!["symposium".into(), "congres".into(), "universiteit".into()],
            capitalized_particles: vec!["van".into(), "de".into(), "ter".into()],
            ..NameSettings::default()
        }
    }

    fn words(list: &[&str]) -> Vec<String> {
        list.iter().map(|w| w.to_string()).collect()
    }

    fn german_genders() -> NameSettings {
        NameSettings {
            articles: words(&["der", "die", "das"]),
            genders: BTreeMap::from([
                (
                    "feminine".into(),
                    words(&["tagung", "konferenz", "ag", "band", "die"]),
                ),
                (
                    "masculine".into(),
                    words(&["gipfel", "kongress", "verband", "der"]),
                ),
                ("neuter".into(), words(&["forum", "symposium"])),
                ("plural".into(), words(&["tage"])),
            ]),
            ..NameSettings::default()
        }
    }

    #[test]
    fn a_name_takes_the_gender_of_its_first_kind_word_even_inside_a_compound() {
        let german = german_genders();
        assert_eq!(
            name_gender(&german, "Berliner Digitalgipfel 2027"),
            "masculine"
        );
        assert_eq!(name_gender(&german, "Jahrestagung der DGPs"), "feminine");
        assert_eq!(name_gender(&german, "Siemens AG"), "feminine");
        assert_eq!(name_gender(&german, "Karrieretage Rhein-Main"), "plural");
    }

    #[test]
    fn the_longest_listed_ending_decides_a_compound_s_gender() {
        // "verband" and "band" both end "Sozialverband": the longer one is its kind.
        assert_eq!(
            name_gender(&german_genders(), "Sozialverband VdK"),
            "masculine"
        );
        assert_eq!(
            name_gender(&german_genders(), "Bigband Hannover"),
            "feminine"
        );
    }

    #[test]
    fn a_listed_article_gives_the_gender_before_any_kind_word() {
        let german = german_genders();
        assert_eq!(name_gender(&german, "der Tagesspiegel"), "masculine");
        assert_eq!(name_gender(&german, "die Zeit"), "feminine");
        // "das" is an article without a listed gender: the kind word decides.
        assert_eq!(name_gender(&german, "das Wissenschaftsforum"), "neuter");
    }

    #[test]
    fn a_name_without_a_listed_word_has_an_unknown_gender() {
        assert_eq!(name_gender(&german_genders(), "PyCon 2027"), "unknown");
        assert_eq!(name_gender(&NameSettings::default(), "Tagung"), "unknown");
    }

    #[test]
    fn a_gendered_word_is_a_kind_word_but_a_gendered_article_is_not() {
        let german = german_genders();
        assert_eq!(name_shape(&german, "Digitalgipfel Berlin"), "kind-first");
        assert_eq!(name_shape(&german, "Berliner Digitalgipfel"), "kind");
        assert_eq!(name_shape(&german, "Rock die Uni"), "plain");
    }

    #[test]
    fn a_word_elides_by_its_beginning_unless_it_is_an_exception() {
        let french: NameSettings = toml::from_str(
            "elides_before = [\"a\", \"e\", \"é\", \"i\", \"o\", \"u\", \"h\"]\nelision_exceptions = [\"haut\", \"hors\"]",
        )
        .unwrap();
        assert!(elides(&french, "Analyste risques crédit"));
        assert!(elides(&french, "« Économie du climat »"));
        assert!(elides(&french, "historienne de l'art"));
        assert!(!elides(&french, "Haut fonctionnaire"));
        assert!(!elides(&french, "chef de projet"));
        assert!(!elides(&french, ""));
        assert!(!elides(&NameSettings::default(), "Analyste"));
    }

    #[test]
    fn a_gender_class_must_be_a_fluent_key() {
        let parse = |toml: &str| toml::from_str::<NameSettings>(toml);
        assert!(parse("[genders]\nfeminine = [\"Tagung\"]").is_ok());
        assert!(parse("[genders]\nFeminin = [\"tagung\"]").is_err());
        assert!(parse("[genders]\nunknown = [\"tagung\"]").is_err());
        let german = parse("[genders]\nfeminine = [\"Tagung\"]").unwrap();
        assert_eq!(name_gender(&german, "Jahrestagung"), "feminine");
    }

    #[test]
    fn a_name_that_opens_with_an_article_brings_its_own() {
        assert_eq!(name_shape(&dutch(), "het AI-symposium"), "article");
        assert_eq!(name_shape(&dutch(), "'t Hooge Huys"), "article");
    }

    #[test]
    fn an_elided_article_matches_the_word_it_is_glued_to() {
        let french = NameSettings {
            articles: vec!["l'".into(), "la".into()],
            ..NameSettings::default()
        };
        assert_eq!(name_shape(&french, "l'Institut Pasteur"), "article");
        assert_eq!(name_shape(&french, "L’Express"), "article");
        assert_eq!(name_shape(&french, "Lumière"), "plain");
    }

    #[test]
    fn a_kind_word_of_two_kanji_ends_a_name_written_without_spaces() {
        let japanese = NameSettings {
            kind_words: vec!["大学".into(), "銀行".into()],
            ..NameSettings::default()
        };
        assert_eq!(name_shape(&japanese, "東京大学"), "kind-first");
        assert_eq!(name_shape(&japanese, "三菱UFJ銀行"), "kind-first");
        assert_eq!(name_shape(&japanese, "株式会社リクルート"), "plain");
    }

    #[test]
    fn a_kind_word_says_what_a_name_is_even_inside_a_compound() {
        assert_eq!(name_shape(&dutch(), "Universiteit Utrecht"), "kind-first");
        assert_eq!(name_shape(&dutch(), "Noordelijk Datacongres 2027"), "kind");
        assert_eq!(name_shape(&dutch(), "„AI-Symposium“ 2027"), "kind-first");
    }

    #[test]
    fn a_kind_word_of_two_letters_counts_only_as_a_whole_word() {
        let german = NameSettings {
            kind_words: vec!["ag".into(), "tagung".into()],
            ..NameSettings::default()
        };
        assert_eq!(name_shape(&german, "Siemens AG"), "kind");
        assert_eq!(name_shape(&german, "Springer Verlag"), "plain");
        assert_eq!(name_shape(&german, "Jahrestagung 2027"), "kind-first");
    }

    #[test]
    fn an_event_named_after_its_organiser_holds_it_whatever_its_article() {
        let english = NameSettings {
            articles: vec!["the".into()],
            ..NameSettings::default()
        };
        assert!(event_names_organization(
            &english,
            "PyCon US 2027",
            "PyCon US"
        ));
        assert!(event_names_organization(&english, "BBC Proms", "the BBC"));
        assert!(!event_names_organization(
            &english,
            "Design Summit",
            "Northwind"
        ));
        assert!(!event_names_organization(&english, "Design Summit", "the"));
    }

    #[test]
    fn an_organiser_named_after_its_event_holds_it_too() {
        let italian = NameSettings {
            articles: vec!["il".into(), "la".into()],
            ..NameSettings::default()
        };
        assert!(event_names_organization(
            &italian,
            "Festival dell'Economia",
            "Festival dell'Economia di Trento"
        ));
        assert!(event_names_organization(
            &italian,
            "il Festival dell'Economia",
            "Festival dell'Economia di Trento"
        ));
        assert!(!event_names_organization(
            &italian,
            "Festival",
            "Fondazione Trento"
        ));
    }

    #[test]
    fn a_title_typed_in_quotes_loses_them_whatever_the_script() {
        for (typed, bare) in [
            ("\"Future of Work\"", "Future of Work"),
            ("„Forum Ekonomiczne”", "Forum Ekonomiczne"),
            ("« Les Rencontres »", "Les Rencontres"),
            ("「未来の働き方」", "未来の働き方"),
            ("“AI in Health”", "AI in Health"),
        ] {
            assert_eq!(unquoted(typed), bare, "{typed}");
        }
    }

    #[test]
    fn quotes_inside_a_title_or_unmatched_stay() {
        for typed in [
            "the \"Future of Work\" track",
            "\"Data\" and \"Ethics\"",
            "«Forum”",
            "\"",
            "\"\"",
            "Forum",
        ] {
            assert_eq!(unquoted(typed), typed);
        }
    }

    #[test]
    fn a_name_without_article_or_kind_word_is_plain() {
        assert_eq!(name_shape(&dutch(), "Waterlinie Software"), "plain");
        assert_eq!(
            name_shape(&NameSettings::default(), "Design Summit"),
            "plain"
        );
        assert_eq!(name_shape(&dutch(), "   "), "plain");
    }

    #[test]
    fn a_particle_takes_a_capital_only_where_the_pack_says_and_only_when_it_opens_the_name() {
        assert_eq!(standalone_family_name(&dutch(), "van Dijk"), "Van Dijk");
        assert_eq!(standalone_family_name(&dutch(), "ter Horst"), "Ter Horst");
        assert_eq!(standalone_family_name(&dutch(), "Vandijk"), "Vandijk");
        assert_eq!(standalone_family_name(&dutch(), "vandaag"), "vandaag");
        assert_eq!(
            standalone_family_name(&NameSettings::default(), "van Dijk"),
            "van Dijk"
        );
    }
}
