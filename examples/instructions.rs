//! A deterministic driver for callgrind: serves `N` copies of the representative request
//! in-process, through the real application (every middleware and route) or through the
//! baseline, with no sockets and one thread.
//!
//!     valgrind --tool=callgrind --callgrind-out-file=/dev/null \
//!         target/release/examples/instructions bowout 1000
//!
//! `scripts/loadtest --instructions` runs it for two values of `N` and divides the difference,
//! which leaves out start-up.

#[path = "support/baseline_app.rs"]
mod baseline_app;

use std::sync::Arc;

use actix_web::{App, test, web};
use bowout::config::ServeArgs;
use bowout::core::Engine;

const REQUEST: &[u8] = include_bytes!("support/request.json");

/// Sends the request `count` times to `app` and reads each answer whole.
macro_rules! serve {
    ($app:expr, $count:expr) => {{
        let mut bytes = 0;
        for _ in 0..$count {
            let request = test::TestRequest::post()
                .uri("/v1/declines")
                .insert_header(("content-type", "application/json"))
                .set_payload(web::Bytes::from_static(REQUEST))
                .to_request();
            let response = test::call_service(&$app, request).await;
            assert!(response.status().is_success());
            bytes += test::read_body(response).await.len();
        }
        std::hint::black_box(bytes);
    }};
}

fn main() {
    let mut args = std::env::args().skip(1);
    let target = args.next().expect("bowout or baseline");
    let count: usize = args
        .next()
        .expect("a number of requests")
        .parse()
        .expect("a number");
    actix_web::rt::System::new().block_on(async move {
        match target.as_str() {
            "bowout" => {
                let engine = Arc::new(Engine::load(None).expect("the built-in packs load"));
                let settings = ServeArgs::for_address("127.0.0.1:0".parse().unwrap());
                let shared = bowout::http::Shared::new(&settings, engine).unwrap();
                let app = test::init_service(bowout::http::app(shared)).await;
                serve!(app, count);
            }
            "baseline" => {
                let app = test::init_service(App::new().configure(baseline_app::config)).await;
                serve!(app, count);
            }
            other => panic!("unknown target {other}"),
        }
    });
}
