//! Command line and environment: every setting has a flag and a `BOWOUT_…` variable of the
//! same name, validated before the server starts.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "bowout",
    version,
    about = "Writes polite, localized messages for declining an invitation, and checks their tone.",
    long_about = "Writes polite, localized messages for declining an invitation, and checks their tone.\n\n\
                  Without a command, serves the HTTP API. Every option can also be set with the \
                  environment variable shown beside it.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API (what `bowout` does without a command).
    Serve(ServeArgs),
    /// Work with language packs.
    Packs {
        #[command(subcommand)]
        command: PacksCommand,
    },
    /// Print the OpenAPI document (what /openapi.json serves).
    Openapi,
    /// Ask a running server whether it is live (GET /healthz): for container health checks in
    /// images without a shell or curl. Exits 0 when healthy.
    Healthcheck {
        /// The server's address.
        #[arg(long, env = "BOWOUT_ADDR", default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
    },
}

#[derive(Debug, Subcommand)]
pub enum PacksCommand {
    /// Check language packs against the English pack: missing and obsolete messages,
    /// variables, tone variants, syntax, tone-rule examples, every letter rendered with the
    /// pack's sample text, and the pack lints against the pack's baseline.
    /// Prints `path:line: message`; exits 1 on any error.
    Check {
        /// Pack folders (`locales/de`) or folders of packs (`locales`). Without any: the
        /// packs built into this binary.
        dirs: Vec<PathBuf>,
        /// Treat warnings (missing or obsolete messages) as errors.
        #[arg(long)]
        strict: bool,
        /// Rewrite each checked pack's `lint-baseline.toml` with what the lints find now
        /// (needs the pack folders on the command line).
        #[arg(long)]
        update_baseline: bool,
    },
    /// Score the tone rules on labelled corpora (`tests/content/corpus/de.toml`): recall,
    /// precision, false alarms, counted as the test suite counts. A file is scored with the
    /// pack its name starts with (`de-2.toml` with `de`).
    Score {
        /// Corpus files: `[[sentence]]` entries with `text` and `fires`.
        #[arg(required = true)]
        corpora: Vec<PathBuf>,
        /// A pack folder, or a folder of packs, to add or override the built-in ones.
        #[arg(long)]
        packs: Option<PathBuf>,
        /// List every miss and false alarm.
        #[arg(long)]
        faults: bool,
    },
    /// Train a pack's tone classifier (`[classifier]` in its tone.toml) on a labelled corpus
    /// and write its weights to the pack's `tone-model.toml`.
    Train {
        /// The pack folder (`locales/en`).
        pack: PathBuf,
        /// The labelled corpus to learn from (`tests/content/corpus/en.toml`).
        #[arg(long)]
        corpus: PathBuf,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "BOWOUT_ADDR", default_value = "0.0.0.0:8080")]
    pub addr: SocketAddr,

    /// Worker threads serving requests [default: one per CPU core].
    #[arg(long, env = "BOWOUT_WORKERS", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub workers: Option<u16>,

    /// Largest request body accepted, in bytes; larger bodies get 413.
    #[arg(long, env = "BOWOUT_BODY_LIMIT", default_value_t = 16 * 1024,
          value_parser = clap::value_parser!(u32).range(1024..=1024 * 1024))]
    pub body_limit: u32,

    /// Seconds to finish in-flight requests after SIGTERM before exiting (SIGINT stops at once).
    #[arg(long, env = "BOWOUT_SHUTDOWN_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u16).range(1..=300))]
    pub shutdown_timeout: u16,

    /// A folder of language packs that add languages or override the built-in wording.
    #[arg(long = "packs", env = "BOWOUT_PACKS_DIR", value_name = "DIR")]
    pub packs_dir: Option<PathBuf>,

    /// Origins allowed to call the API from a browser (CORS), comma-separated, e.g.
    /// `https://app.example.com`; `*` allows any. Without it, no cross-origin access.
    #[arg(long, env = "BOWOUT_CORS_ORIGINS", value_delimiter = ',', value_parser = parse_origin)]
    pub cors_origins: Vec<String>,

    /// Log format: `json` (one object per line), `text` (for a terminal), or `auto`: text when
    /// standard error is a terminal, JSON otherwise.
    #[arg(long, env = "BOWOUT_LOG_FORMAT", value_enum, default_value_t = LogFormat::Auto)]
    pub log_format: LogFormat,

    /// API keys, comma-separated (at least 16 characters each). When set, every endpoint but
    /// health, readiness, metrics and documentation requires `Authorization: Bearer <key>`.
    #[arg(long, env = "BOWOUT_API_KEYS", value_delimiter = ',', value_parser = parse_api_key, hide_env_values = true)]
    pub api_keys: Vec<String>,

    /// A file of API keys, one per line (blank lines and `#` comments ignored): how a
    /// Kubernetes Secret is best mounted. Adds to `--api-keys`.
    #[arg(long, env = "BOWOUT_API_KEYS_FILE", value_name = "FILE")]
    pub api_keys_file: Option<PathBuf>,
}

impl ServeArgs {
    /// Every configured API key: `--api-keys` and the lines of `--api-keys-file`, each checked.
    pub fn all_api_keys(&self) -> Result<Vec<String>, String> {
        let mut keys = self.api_keys.clone();
        if let Some(path) = &self.api_keys_file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the API keys file {}: {e}", path.display()))?;
            for (number, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                keys.push(
                    parse_api_key(line)
                        .map_err(|e| format!("{}:{}: {e}", path.display(), number + 1))?,
                );
            }
        }
        Ok(keys)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Auto,
    Json,
    Text,
}

/// An origin as browsers send it: `scheme://host[:port]`, no path; or `*`.
fn parse_origin(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value == "*" {
        return Ok(value.to_owned());
    }
    let (scheme, rest) = value
        .split_once("://")
        .ok_or_else(|| format!("`{value}` is not an origin: expected scheme://host[:port], e.g. https://app.example.com"))?;
    let host_ok = !rest.is_empty()
        && !rest.contains(['/', '?', '#', ' '])
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if !matches!(scheme, "http" | "https") || !host_ok {
        return Err(format!(
            "`{value}` is not an origin: expected scheme://host[:port], e.g. https://app.example.com"
        ));
    }
    Ok(value.to_owned())
}

/// An API key: at least 16 characters, no white space or commas.
fn parse_api_key(value: &str) -> Result<String, String> {
    let value = value.trim();
    if value.chars().count() < 16 {
        return Err("an API key must be at least 16 characters long".into());
    }
    if !value.chars().all(|c| c.is_ascii_graphic()) {
        return Err("an API key must be printable ASCII without spaces".into());
    }
    Ok(value.to_owned())
}

impl ServeArgs {
    /// Settings for tests and embedding: listen on `addr`, everything else default.
    pub fn for_address(addr: SocketAddr) -> Self {
        let mut args = Cli::parse_from(["bowout"]).serve;
        args.addr = addr;
        args
    }
}
