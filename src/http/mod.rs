//! The HTTP layer: thin. Extract, parse, call the core, answer; every error as a problem.

pub mod access;
pub mod body;
pub mod observe;
pub mod openapi;
pub mod problem;
pub mod routes;

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_cors::Cors;
use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::middleware::{ErrorHandlers, from_fn};
use actix_web::{App, HttpServer, web};

use crate::config::ServeArgs;
use crate::core::Engine;
use access::ApiKeys;
use body::BodyLimit;
use observe::Metrics;
use routes::AppState;

/// The configured server, bound to its port but not yet running.
pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    /// Binds `settings.addr` (port 0 picks a free port) and prepares the server.
    pub fn build(settings: &ServeArgs, engine: Arc<Engine>) -> std::io::Result<Application> {
        let shared = Shared::new(settings, engine)?;
        let listener = TcpListener::bind(settings.addr)?;
        let port = listener.local_addr()?.port();
        let mut server = HttpServer::new(move || app(shared.clone()))
            .shutdown_timeout(u64::from(settings.shutdown_timeout))
            .client_request_timeout(Duration::from_secs(10))
            .listen(listener)?;
        if let Some(workers) = settings.workers {
            server = server.workers(usize::from(workers));
        }
        Ok(Application {
            port,
            server: server.run(),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is asked to stop (SIGTERM: finishing in-flight requests first).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// What every worker's application shares, built once.
#[derive(Clone)]
pub struct Shared {
    state: web::Data<AppState>,
    metrics: web::Data<Metrics>,
    limit: web::Data<BodyLimit>,
    keys: web::Data<ApiKeys>,
    origins: Arc<Vec<String>>,
}

impl Shared {
    pub fn new(settings: &ServeArgs, engine: Arc<Engine>) -> std::io::Result<Shared> {
        let api_keys = settings.all_api_keys().map_err(std::io::Error::other)?;
        Ok(Shared {
            state: web::Data::new(AppState {
                engine,
                openapi: openapi::served_document_text(!api_keys.is_empty()),
            }),
            metrics: web::Data::new(Metrics::new()),
            limit: web::Data::new(BodyLimit(settings.body_limit as usize)),
            keys: web::Data::new(ApiKeys::new(&api_keys)),
            origins: Arc::new(settings.cors_origins.clone()),
        })
    }
}

/// The application: routes and middleware, outermost last: observe → CORS → API keys →
/// problem details → routes.
pub fn app(
    shared: Shared,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .app_data(shared.state)
        .app_data(shared.metrics)
        .app_data(shared.limit)
        .app_data(shared.keys)
        .wrap(ErrorHandlers::new().default_handler(problem::to_problem))
        .wrap(from_fn(access::require_api_key))
        .wrap(cors(&shared.origins))
        .wrap(from_fn(observe::observe))
        .configure(routes_config)
}

/// CORS from an allow-list: nothing is allowed unless configured. Requests from other origins
/// are served as usual, without CORS headers, so the browser keeps them from the page.
fn cors(origins: &[String]) -> Cors {
    let mut cors = Cors::default()
        .allowed_methods(["GET", "POST"])
        .allowed_headers([
            "content-type",
            "authorization",
            "accept-language",
            "x-request-id",
        ])
        .expose_headers(["content-language", "x-request-id"])
        .block_on_origin_mismatch(false)
        .max_age(3600);
    for origin in origins {
        cors = if origin == "*" {
            cors.allow_any_origin()
        } else {
            cors.allowed_origin(origin)
        };
    }
    cors
}

/// Every route. A resource answers other methods with 405 and `Allow`, as a problem.
pub fn routes_config(config: &mut web::ServiceConfig) {
    config
        .service(web::resource("/v1/declines").route(web::post().to(routes::post_declines)))
        .service(web::resource("/v1/tone-checks").route(web::post().to(routes::post_tone_checks)))
        .service(web::resource("/v1/scenarios").route(web::get().to(routes::get_scenarios)))
        .service(web::resource("/v1/locales").route(web::get().to(routes::get_locales)))
        .service(web::resource("/v1/rules").route(web::get().to(routes::get_rules)))
        .service(web::resource("/healthz").route(web::get().to(routes::healthz)))
        .service(web::resource("/readyz").route(web::get().to(routes::readyz)))
        .service(web::resource("/metrics").route(web::get().to(routes::metrics)))
        .service(web::resource("/openapi.json").route(web::get().to(routes::openapi_json)))
        .service(web::resource("/problems/{slug}").route(web::get().to(routes::get_problem_type)))
        .service(web::resource("/docs").route(web::get().to(routes::docs_redirect)))
        .service(
            // The vendored Swagger UI, reading the document this server serves.
            utoipa_swagger_ui::SwaggerUi::new("/docs/{_:.*}").config(
                utoipa_swagger_ui::Config::new(["/openapi.json"]).display_request_duration(true),
            ),
        )
        .default_service(web::to(routes::not_found));
}
