//! All of a pack's patterns as one automaton, read in a single pass over a message.
//!
//! A forward NFA of every pattern runs as a lazy DFA with "all matches" semantics, so one pass
//! says which patterns matched anywhere (locating them is left to single regexes, needed only
//! for the few that did). Unlike `regex::RegexSet`, nothing else is built — no reverse
//! automaton, no literal prefilter — which keeps start-up and memory small. The automaton is
//! compiled on first use, or by the warm-up after start-up; the pack checker compiles it, so a
//! pack that would not compile never reaches a request.

use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::nfa::thompson::pikevm::{Cache as PikeCache, PikeVM};
use regex_automata::nfa::thompson::{self, NFA, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternID, PatternSet};

type Caches = (DfaCache, PikeCache);
type CachePool = Pool<
    Caches,
    Box<dyn Fn() -> Caches + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe>,
>;

/// The patterns of one pack, compiled together when first needed.
pub struct PatternMatcher {
    patterns: Vec<String>,
    compiled: OnceLock<Compiled>,
}

struct Compiled {
    dfa: DFA,
    /// When the lazy DFA gives up (its cache thrashing on a hostile text), the PikeVM answers.
    pikevm: PikeVM,
    caches: CachePool,
}

impl std::fmt::Debug for PatternMatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PatternMatcher")
            .field("patterns", &self.patterns.len())
            .finish_non_exhaustive()
    }
}

impl Clone for PatternMatcher {
    fn clone(&self) -> Self {
        PatternMatcher::new(self.patterns.clone())
    }
}

/// How much memory one thread's lazy DFA may use for a pack before it starts over.
const DFA_CACHE_BYTES: usize = 2 * 1024 * 1024;

impl PatternMatcher {
    pub fn new(patterns: Vec<String>) -> Self {
        PatternMatcher {
            patterns,
            compiled: OnceLock::new(),
        }
    }

    /// The source of pattern `index`.
    pub fn pattern(&self, index: usize) -> &str {
        &self.patterns[index]
    }

    /// Compiles the automaton; an error names what is wrong.
    pub fn compile(&self) -> Result<(), String> {
        if self.compiled.get().is_some() {
            return Ok(());
        }
        let compiled = Compiled::new(&self.patterns)?;
        let _ = self.compiled.set(compiled);
        Ok(())
    }

    fn compiled(&self) -> &Compiled {
        self.compiled.get_or_init(|| {
            Compiled::new(&self.patterns).expect("the pack's patterns compiled when it was checked")
        })
    }

    /// Which patterns match anywhere in `haystack`.
    pub fn matches(&self, haystack: &[u8]) -> Matches {
        let compiled = self.compiled();
        let mut set = PatternSet::new(self.patterns.len());
        let input = Input::new(haystack);
        let mut caches = compiled.caches.get();
        let (dfa_cache, pike_cache) = &mut *caches;
        if compiled
            .dfa
            .try_which_overlapping_matches(dfa_cache, &input, &mut set)
            .is_err()
        {
            set.clear();
            compiled
                .pikevm
                .which_overlapping_matches(pike_cache, &input, &mut set);
        }
        Matches(set)
    }
}

/// The patterns that matched, by index.
#[derive(Debug, Clone)]
pub struct Matches(PatternSet);

impl Matches {
    pub fn contains(&self, pattern: usize) -> bool {
        PatternID::new(pattern).is_ok_and(|id| self.0.contains(id))
    }
}

impl Compiled {
    fn new(patterns: &[String]) -> Result<Compiled, String> {
        let nfa: NFA = thompson::Compiler::new()
            // The token stream is matched as bytes: byte classes keep the automaton small.
            .syntax(syntax::Config::new().utf8(false))
            .configure(
                thompson::Config::new()
                    .which_captures(WhichCaptures::None)
                    .utf8(false),
            )
            .build_many(patterns)
            .map_err(|e| e.to_string())?;
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .cache_capacity(DFA_CACHE_BYTES),
            )
            .build_from_nfa(nfa.clone())
            .map_err(|e| e.to_string())?;
        let pikevm = PikeVM::builder()
            .configure(PikeVM::config().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .map_err(|e| e.to_string())?;
        let (for_dfa, for_pikevm) = (dfa.clone(), pikevm.clone());
        let caches: CachePool = Pool::new(Box::new(move || {
            (for_dfa.create_cache(), for_pikevm.create_cache())
        }));
        Ok(Compiled {
            dfa,
            pikevm,
            caches,
        })
    }
}
