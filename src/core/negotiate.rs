//! Language negotiation: which pack answers a request.
//!
//! The caller's preferences (the `locale` field, else `Accept-Language` ranked by q-value) are
//! tried in order. Each is matched exactly, then by dropping subtags from the end (`de-AT` →
//! `de`), then by primary language alone (`pt` → `pt-BR`). When nothing matches, the default
//! pack answers. Tags are compared case-insensitively.

/// Which pack was chosen, and whether it is what the caller asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// Index of the chosen pack in the list given to [`negotiate`].
    pub index: usize,
    /// The caller's first preference, if they stated one.
    pub requested: Option<String>,
    /// True when the chosen pack is not exactly the caller's first preference.
    pub fallback: bool,
}

/// Chooses among `available` tags for `preferences` (most preferred first).
pub fn negotiate(available: &[&str], preferences: &[String], default: usize) -> Negotiated {
    let requested = preferences.first().cloned();
    for preference in preferences {
        if let Some(index) = best_match(available, preference) {
            let fallback = requested
                .as_deref()
                .is_none_or(|first| !available[index].eq_ignore_ascii_case(first));
            return Negotiated {
                index,
                requested,
                fallback,
            };
        }
    }
    let fallback = requested.is_some();
    Negotiated {
        index: default,
        requested,
        fallback,
    }
}

fn best_match(available: &[&str], preference: &str) -> Option<usize> {
    let mut candidate = preference;
    loop {
        if let Some(index) = available
            .iter()
            .position(|tag| tag.eq_ignore_ascii_case(candidate))
        {
            return Some(index);
        }
        match candidate.rfind('-') {
            Some(cut) => candidate = &candidate[..cut],
            None => break,
        }
    }
    let language = primary_language(preference);
    available
        .iter()
        .position(|tag| primary_language(tag).eq_ignore_ascii_case(language))
}

fn primary_language(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// The language ranges of an `Accept-Language` header, best first. Ranges with `q=0`, the
/// wildcard `*` and malformed entries are dropped; equal weights keep the header's order.
pub fn parse_accept_language(header: &str) -> Vec<String> {
    let mut ranges: Vec<(String, u16)> = header
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let tag = parts.next()?.trim();
            if tag.is_empty() || tag == "*" || !is_language_tag(tag) {
                return None;
            }
            let mut weight = 1000;
            for parameter in parts {
                let (key, value) = parameter.split_once('=')?;
                if key.trim().eq_ignore_ascii_case("q") {
                    weight = parse_qvalue(value.trim())?;
                }
            }
            (weight > 0).then(|| (tag.to_owned(), weight))
        })
        .collect();
    ranges.sort_by_key(|range| std::cmp::Reverse(range.1));
    ranges.into_iter().map(|(tag, _)| tag).collect()
}

/// A q-value in thousandths: `0`, `0.5`, `1.000`.
fn parse_qvalue(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The shape of a BCP 47 tag: letters first, then alphanumeric subtags of 1 to 8 characters.
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let first_ok = subtags.next().is_some_and(|first| {
        (1..=8).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic())
    });
    first_ok
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
        && tag.len() <= 35
}

/// The JSON Schema `pattern` that [`is_language_tag`] implements (with `maxLength` 35).
pub const LANGUAGE_TAG_PATTERN: &str = "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$";

#[cfg(test)]
mod tests {
    use super::*;

    const PACKS: &[&str] = &["en", "de", "pt-BR", "ar"];

    fn pick(preferences: &[&str]) -> (&'static str, bool) {
        let preferences: Vec<String> = preferences.iter().map(|s| s.to_string()).collect();
        let negotiated = negotiate(PACKS, &preferences, 0);
        (PACKS[negotiated.index], negotiated.fallback)
    }

    #[test]
    fn an_exact_match_is_not_a_fallback() {
        assert_eq!(pick(&["de"]), ("de", false));
        assert_eq!(pick(&["pt-br"]), ("pt-BR", false));
    }

    #[test]
    fn a_regional_variant_falls_back_to_its_language() {
        assert_eq!(pick(&["de-AT"]), ("de", true));
        assert_eq!(pick(&["en-GB"]), ("en", true));
    }

    #[test]
    fn a_bare_language_finds_its_regional_pack() {
        assert_eq!(pick(&["pt"]), ("pt-BR", true));
        assert_eq!(pick(&["pt-PT"]), ("pt-BR", true));
    }

    #[test]
    fn an_unknown_language_falls_back_to_the_default() {
        assert_eq!(pick(&["xx"]), ("en", true));
        assert_eq!(pick(&[]), ("en", false));
    }

    #[test]
    fn later_preferences_are_tried_in_order() {
        assert_eq!(pick(&["xx", "ar", "de"]), ("ar", true));
    }

    #[test]
    fn accept_language_is_ranked_by_q_value() {
        assert_eq!(
            parse_accept_language("fr;q=0.5, de-AT, ar;q=0.9"),
            vec!["de-AT", "ar", "fr"]
        );
    }

    #[test]
    fn accept_language_drops_zero_weights_wildcards_and_garbage() {
        assert_eq!(
            parse_accept_language("de;q=0, *, en;q=0.1, !!, x;q=2"),
            vec!["en"]
        );
        assert!(parse_accept_language("").is_empty());
    }

    #[test]
    fn language_tags_are_checked_for_shape_only() {
        assert!(is_language_tag("de-AT"));
        assert!(is_language_tag("zh-Hant-TW"));
        assert!(is_language_tag("xx"));
        assert!(!is_language_tag("de_AT"));
        assert!(!is_language_tag("-de"));
        assert!(!is_language_tag("toolongtag"));
    }
}
