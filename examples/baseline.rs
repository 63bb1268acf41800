//! The baseline server for `scripts/loadtest`: the same request parsed, a response of the
//! same size answered, nothing composed.
//!
//!     cargo run --release --example baseline -- 127.0.0.1:8081 [workers]

#[path = "support/baseline_app.rs"]
mod baseline_app;

use actix_web::{App, HttpServer};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:8081".into());
    let workers: usize = args
        .next()
        .map_or(2, |w| w.parse().expect("a number of workers"));
    actix_web::rt::System::new().block_on(async move {
        let server = HttpServer::new(|| App::new().configure(baseline_app::config))
            .workers(workers)
            .bind(&addr)?;
        let bound = server.addrs()[0];
        eprintln!("baseline: listening on {bound}");
        server.run().await
    })
}
