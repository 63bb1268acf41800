//! The real binary as an operator runs it: configuration errors, logs, graceful shutdown.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// `bowout` started on a free port, its standard output collected line by line.
struct Server {
    child: Child,
    port: u16,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_bowout"))
            .args([
                "--addr",
                "127.0.0.1:0",
                "--log-format",
                "json",
                "--workers",
                "2",
            ])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("bowout starts");
        let lines = Arc::new(Mutex::new(Vec::new()));
        let stdout = child.stdout.take().unwrap();
        let (port_tx, port_rx) = std::sync::mpsc::channel();
        let collected = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Ok(event) = serde_json::from_str::<serde_json::Value>(&line)
                    && let Some(address) = event["address"].as_str()
                {
                    let _ =
                        port_tx.send(address.rsplit(':').next().unwrap().parse::<u16>().unwrap());
                }
                collected.lock().unwrap().push(line);
            }
        });
        let port = port_rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the server says where it listens");
        Server { child, port, lines }
    }

    fn address(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the process to exit, at most `limit`.
    fn wait(&mut self, limit: Duration) -> std::process::ExitStatus {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                started.elapsed() < limit,
                "the server did not exit within {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn logs(&self) -> Vec<serde_json::Value> {
        self.lines
            .lock()
            .unwrap()
            .iter()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn request(address: &str, raw: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.write_all(raw.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

const BODY: &str = r#"{"scenario":"job_interview","reason":"timing","sender":{"name":"Alex Kim"},"organization":"Northwind"}"#;

#[test]
fn sigterm_lets_every_accepted_request_finish_then_exits_cleanly() {
    let mut server = Server::start(&["--shutdown-timeout", "5"]);
    let (first, second) = BODY.split_at(BODY.len() / 2);
    // Requests in flight: headers and half the body sent, the rest still to come.
    let mut in_flight: Vec<TcpStream> = (0..8)
        .map(|_| {
            let mut stream = TcpStream::connect(server.address()).unwrap();
            let head = format!(
                "POST /v1/declines HTTP/1.1\r\nHost: bowout\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                BODY.len()
            );
            stream.write_all(head.as_bytes()).unwrap();
            stream.write_all(first.as_bytes()).unwrap();
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));

    server.terminate();
    std::thread::sleep(Duration::from_millis(300));

    for stream in &mut in_flight {
        stream.write_all(second.as_bytes()).unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(
            answer.contains("\"subject\"") && answer.ends_with('}'),
            "a complete answer: {answer}"
        );
    }
    let status = server.wait(Duration::from_secs(10));
    assert!(status.success(), "{status:?}");
    assert!(
        TcpStream::connect(server.address()).is_err(),
        "no new connections after shutdown"
    );
}

#[test]
fn each_request_logs_one_json_line_without_caller_text() {
    let mut server = Server::start(&[]);
    let answer = request(
        &server.address(),
        "GET /v1/%1B%5B31mINJECTED%0Afake-line HTTP/1.1\r\nHost: bowout\r\nX-Request-Id: abc-1\r\nConnection: close\r\n\r\n",
    );
    assert!(answer.starts_with("HTTP/1.1 404"), "{answer}");
    let body = format!(
        "POST /v1/declines HTTP/1.1\r\nHost: bowout\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        BODY.len(),
        BODY
    );
    assert!(request(&server.address(), &body).starts_with("HTTP/1.1 200"));
    server.terminate();
    server.wait(Duration::from_secs(10));

    let requests: Vec<serde_json::Value> = server
        .logs()
        .into_iter()
        .filter(|l| l["message"] == "request")
        .collect();
    assert_eq!(requests.len(), 2, "{requests:?}");
    assert_eq!(requests[0]["request_id"], "abc-1");
    assert_eq!(requests[0]["route"], "(unmatched)");
    assert_eq!(requests[0]["status"], 404);
    assert_eq!(requests[1]["method"], "POST");
    assert_eq!(requests[1]["route"], "/v1/declines");
    assert!(requests[1]["latency_ms"].as_f64().unwrap() >= 0.0);
    let all = server.lines.lock().unwrap().join("\n");
    for caller_text in ["INJECTED", "fake-line", "Alex Kim", "Northwind", "\u{1b}"] {
        assert!(
            !all.contains(caller_text),
            "{caller_text:?} reached the logs:\n{all}"
        );
    }
}

#[test]
fn invalid_settings_stop_the_binary_with_a_clear_message() {
    for (args, expected) in [
        (
            vec!["--cors-origins", "app.example.com"],
            "is not an origin",
        ),
        (vec!["--api-keys", "short"], "at least 16 characters"),
        (vec!["--addr", "localhost"], "invalid socket address"),
        (vec!["--body-limit", "10"], "1024"),
        (
            vec!["--log-format", "xml"],
            "possible values: auto, json, text",
        ),
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}

#[test]
fn the_settings_come_from_the_environment_too() {
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .env("BOWOUT_CORS_ORIGINS", "ftp://nope")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not an origin"));
}

#[test]
fn help_documents_every_setting_with_its_variable() {
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for (flag, variable) in [
        ("--addr", "BOWOUT_ADDR"),
        ("--workers", "BOWOUT_WORKERS"),
        ("--body-limit", "BOWOUT_BODY_LIMIT"),
        ("--shutdown-timeout", "BOWOUT_SHUTDOWN_TIMEOUT"),
        ("--packs", "BOWOUT_PACKS_DIR"),
        ("--cors-origins", "BOWOUT_CORS_ORIGINS"),
        ("--log-format", "BOWOUT_LOG_FORMAT"),
        ("--api-keys", "BOWOUT_API_KEYS"),
    ] {
        assert!(
            help.contains(flag) && help.contains(variable),
            "{flag} / {variable} in\n{help}"
        );
    }
}

#[test]
fn a_broken_packs_directory_stops_start_up_with_path_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("en")).unwrap();
    std::fs::write(dir.path().join("en/oops.ftl"), "greeting = { $tone ->\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["--addr", "127.0.0.1:0", "--log-format", "text", "--packs"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("en/oops.ftl:2: error: Fluent syntax"),
        "{stdout}"
    );
}

#[test]
fn api_keys_can_come_from_a_mounted_file_and_healthcheck_asks_the_server() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("api-keys");
    std::fs::write(&file, "# rotated 2026-11\nfile-key-0123456789abcdef\n\n").unwrap();
    let server = Server::start(&["--api-keys-file", file.to_str().unwrap()]);
    let anonymous = request(
        &server.address(),
        "GET /v1/scenarios HTTP/1.1\r\nHost: b\r\nConnection: close\r\n\r\n",
    );
    assert!(anonymous.starts_with("HTTP/1.1 401"), "{anonymous}");
    let keyed = request(
        &server.address(),
        "GET /v1/scenarios HTTP/1.1\r\nHost: b\r\nAuthorization: Bearer file-key-0123456789abcdef\r\nConnection: close\r\n\r\n",
    );
    assert!(keyed.starts_with("HTTP/1.1 200"), "{keyed}");

    let healthy = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["healthcheck", "--addr", &server.address()])
        .status()
        .unwrap();
    assert!(healthy.success());
    let nobody = Command::new(env!("CARGO_BIN_EXE_bowout"))
        .args(["healthcheck", "--addr", "127.0.0.1:1"])
        .status()
        .unwrap();
    assert!(!nobody.success());
}
