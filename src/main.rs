use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use bowout::config::{Cli, Command, LogFormat, PacksCommand, ServeArgs};
use bowout::core::Engine;
use bowout::http::{Application, openapi};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        None => serve(cli.serve),
        Some(Command::Serve(args)) => serve(args),
        Some(Command::Openapi) => {
            print!("{}", openapi::document_text());
            ExitCode::SUCCESS
        }
        Some(Command::Packs {
            command:
                PacksCommand::Check {
                    dirs,
                    strict,
                    update_baseline,
                },
        }) => bowout::check::run(&dirs, strict, update_baseline),
        Some(Command::Packs {
            command:
                PacksCommand::Score {
                    corpora,
                    packs,
                    faults,
                },
        }) => bowout::check::score(&corpora, packs.as_deref(), faults),
        Some(Command::Packs {
            command: PacksCommand::Train { pack, corpus },
        }) => bowout::check::train(&pack, &corpus),
        Some(Command::Healthcheck { addr }) => healthcheck(addr),
    }
}

/// Logs go to standard output: JSON lines in production, readable text in a terminal.
fn init_logging(format: LogFormat) {
    let json = match format {
        LogFormat::Json => true,
        LogFormat::Text => false,
        LogFormat::Auto => !std::io::stderr().is_terminal(),
    };
    let builder = tracing_subscriber::fmt()
        .with_target(false)
        .with_writer(std::io::stdout);
    if json {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .init();
    } else {
        builder.with_ansi(std::io::stdout().is_terminal()).init();
    }
}

/// GET /healthz over plain HTTP/1.1; success only on `200`.
fn healthcheck(addr: std::net::SocketAddr) -> ExitCode {
    use std::io::{Read, Write};
    let target = if addr.ip().is_unspecified() {
        std::net::SocketAddr::from(([127, 0, 0, 1], addr.port()))
    } else {
        addr
    };
    let timeout = std::time::Duration::from_secs(2);
    let answer = std::net::TcpStream::connect_timeout(&target, timeout).and_then(|mut stream| {
        stream.set_read_timeout(Some(timeout))?;
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer)?;
        Ok(answer)
    });
    match answer {
        Ok(answer) if answer.starts_with("HTTP/1.1 200") => ExitCode::SUCCESS,
        Ok(answer) => {
            eprintln!("bowout: unhealthy: {}", answer.lines().next().unwrap_or(""));
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("bowout: no answer from {target}: {error}");
            ExitCode::FAILURE
        }
    }
}

fn serve(settings: ServeArgs) -> ExitCode {
    init_logging(settings.log_format);
    // Everything is loaded and validated before the port opens: a broken pack stops here.
    let engine = match Engine::load(settings.packs_dir.as_deref()) {
        Ok(engine) => Arc::new(engine),
        Err(error) => {
            tracing::error!("the language packs could not be loaded:\n{error}");
            return ExitCode::FAILURE;
        }
    };
    for warning in &engine.warnings {
        tracing::warn!("{warning}");
    }
    let warm = engine.clone();
    std::thread::spawn(move || warm.warm_up());
    let packs: Vec<String> = engine.packs.all().iter().map(|p| p.tag.clone()).collect();
    let result = actix_web::rt::System::new().block_on(async move {
        let application = Application::build(&settings, engine.clone())?;
        let address = format!("{}:{}", settings.addr.ip(), application.port());
        tracing::info!(
            address = %address,
            packs = %packs.join(","),
            api_keys = settings.all_api_keys().map(|k| k.len()).unwrap_or(0),
            cors_origins = %settings.cors_origins.join(","),
            "listening on {address}"
        );
        application.run_until_stopped().await
    });
    match result {
        Ok(()) => {
            tracing::info!("stopped");
            ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!("{error}");
            ExitCode::FAILURE
        }
    }
}
