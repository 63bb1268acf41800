use std::sync::{Arc, OnceLock};

use bowout::config::ServeArgs;
use bowout::core::Engine;
use bowout::http::Application;
use serde_json::Value;

/// The packs and templates, loaded once for the whole test binary.
pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| Arc::new(Engine::load(None).expect("the built-in packs load")))
        .clone()
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
}

/// A response, read whole.
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Starts the real application on a free port.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the real application with settings adjusted by `configure`.
pub async fn spawn_app_with(configure: impl FnOnce(&mut ServeArgs)) -> TestApp {
    let mut settings = ServeArgs::for_address("127.0.0.1:0".parse().unwrap());
    configure(&mut settings);
    let application = Application::build(&settings, engine()).expect("the server binds");
    let address = format!("http://127.0.0.1:{}", application.port());
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::new(),
    }
}

impl TestApp {
    pub async fn post_json(&self, path: &str, body: &Value) -> Answer {
        self.send(
            self.client
                .post(format!("{}{path}", self.address))
                .json(body),
        )
        .await
    }

    pub async fn post_declines(&self, body: &Value) -> Answer {
        self.post_json("/v1/declines", body).await
    }

    pub async fn post_raw(
        &self,
        path: &str,
        content_type: Option<&str>,
        body: impl Into<reqwest::Body>,
    ) -> Answer {
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .body(body);
        if let Some(content_type) = content_type {
            request = request.header("content-type", content_type);
        }
        self.send(request).await
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send(self.client.get(format!("{}{path}", self.address)))
            .await
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.expect("the server answers");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.bytes().await.expect("a whole body");
        let body = serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into()));
        Answer {
            status,
            headers,
            body,
        }
    }
}

/// A valid request to start from.
pub fn job_interview() -> Value {
    serde_json::json!({
        "scenario": "job_interview",
        "reason": "accepted_offer",
        "tone": "warm",
        "sender": {"name": "Alex Kim"},
        "recipient": {"name": "Jordan Lee"},
        "organization": "Northwind",
        "position": "Product Designer"
    })
}
