use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use bowout::config::{Cli, Command, PacksCommand, ServeArgs};
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
            command: PacksCommand::Check { dirs, strict },
        }) => bowout::check::run(&dirs, strict),
    }
}

fn serve(settings: ServeArgs) -> ExitCode {
    // Everything is loaded and validated before the port opens: a broken pack stops here.
    let engine = match Engine::load(settings.packs_dir.as_deref()) {
        Ok(engine) => Arc::new(engine),
        Err(error) => {
            eprintln!("bowout: the language packs could not be loaded:\n{error}");
            return ExitCode::FAILURE;
        }
    };
    let result = actix_web::rt::System::new().block_on(async move {
        let application = Application::build(&settings, engine)?;
        eprintln!(
            "bowout: listening on {}:{}",
            settings.addr.ip(),
            application.port()
        );
        application.run_until_stopped().await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bowout: {error}");
            ExitCode::FAILURE
        }
    }
}
