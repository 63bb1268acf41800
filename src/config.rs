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
}

#[derive(Debug, Subcommand)]
pub enum PacksCommand {
    /// Check language packs against the English pack: missing and obsolete messages,
    /// variables, tone variants, syntax, tone-rule examples, and every message rendered.
    /// Prints `path:line: message`; exits 1 on any error.
    Check {
        /// Pack folders (`locales/de`) or folders of packs (`locales`). Without any: the
        /// packs built into this binary.
        dirs: Vec<PathBuf>,
        /// Treat warnings (missing or obsolete messages) as errors.
        #[arg(long)]
        strict: bool,
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

    /// Seconds to finish in-flight requests after SIGTERM or SIGINT before exiting.
    #[arg(long, env = "BOWOUT_SHUTDOWN_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u16).range(1..=300))]
    pub shutdown_timeout: u16,

    /// A folder of language packs that add languages or override the built-in wording.
    #[arg(long = "packs", env = "BOWOUT_PACKS_DIR", value_name = "DIR")]
    pub packs_dir: Option<PathBuf>,
}

impl ServeArgs {
    /// Settings for tests and embedding: listen on `addr`, everything else default.
    pub fn for_address(addr: SocketAddr) -> Self {
        let mut args = Cli::parse_from(["bowout"]).serve;
        args.addr = addr;
        args
    }
}
