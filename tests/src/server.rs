//! A static file server for `dist/` on a free loopback port, in a background thread.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use tiny_http::{Header, Method, Request, Response, Server};

/// Serves the files under a directory until dropped, the way a static host would.
pub struct StaticServer {
    server: Arc<Server>,
    thread: Option<JoinHandle<()>>,
    port: u16,
}

impl StaticServer {
    /// Starts serving `root` on `127.0.0.1` at a port the system picks.
    pub fn start(root: PathBuf) -> Result<StaticServer, String> {
        let server = Server::http("127.0.0.1:0")
            .map_err(|err| format!("cannot start the static server: {err}"))?;
        let port = server
            .server_addr()
            .to_ip()
            .map(|addr| addr.port())
            .ok_or("static server has no IP address")?;
        let server = Arc::new(server);
        let serving = Arc::clone(&server);
        let thread = std::thread::Builder::new()
            .name("e2e-static-server".into())
            .spawn(move || {
                for request in serving.incoming_requests() {
                    respond(&root, request);
                }
            })
            .map_err(|err| format!("cannot start the static server thread: {err}"))?;
        Ok(StaticServer {
            server,
            thread: Some(thread),
            port,
        })
    }

    /// `http://127.0.0.1:<port>` (no trailing slash).
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn respond(root: &Path, request: Request) {
    let found = match request.method() {
        Method::Get | Method::Head => resolve(root, request.url()),
        _ => None,
    };
    let result = match found.and_then(|path| Some((std::fs::File::open(&path).ok()?, path))) {
        Some((file, path)) => request.respond(
            Response::from_file(file)
                .with_header(header("Content-Type", content_type(&path)))
                .with_header(header("Cache-Control", "no-store")),
        ),
        None => request.respond(Response::from_string("not found").with_status_code(404)),
    };
    // The browser may hang up early (navigation, shutdown); nothing to do about it here.
    let _ = result;
}

/// The file a URL path names under `root`; `None` for paths escaping it or missing files.
/// A directory means its `index.html`.
pub fn resolve(root: &Path, url: &str) -> Option<PathBuf> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let mut file = root.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

/// MIME type by extension; `.wasm` must be `application/wasm` for streaming compilation.
pub fn content_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|ext| ext.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "toml" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("static header is valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_files_directories_and_query_strings_inside_the_root() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert_eq!(
            resolve(root, "/Cargo.toml?x=1"),
            Some(root.join("Cargo.toml"))
        );
        assert_eq!(
            resolve(root, "/src/lib.rs#top"),
            Some(root.join("src/lib.rs"))
        );
        assert_eq!(resolve(root, "/no-such-file"), None);
        assert_eq!(
            resolve(root, "/src"),
            None,
            "a directory without index.html is not found"
        );
    }

    #[test]
    fn refuses_paths_that_climb_out_of_the_root() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        assert_eq!(resolve(&root, "/../Cargo.toml"), None);
        assert_eq!(resolve(&root, "/./../Cargo.toml"), None);
    }

    #[test]
    fn serves_wasm_with_its_streaming_mime_type() {
        assert_eq!(
            content_type(Path::new("app-1a2b_bg.wasm")),
            "application/wasm"
        );
        assert_eq!(
            content_type(Path::new("app-1a2b.js")),
            "text/javascript; charset=utf-8"
        );
    }

    #[test]
    fn serves_and_stops() {
        let server = StaticServer::start(PathBuf::from(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let origin = server.origin();
        let body = http_get(&origin, "/Cargo.toml");
        assert!(body.starts_with("HTTP/1.1 200"), "{body}");
        assert!(body.contains("name = \"e2e\""), "{body}");
        assert!(http_get(&origin, "/missing").starts_with("HTTP/1.1 404"));
        drop(server);
        // tiny_http's accept thread closes the socket a moment after the drop.
        let addr = origin.trim_start_matches("http://");
        let closed = (0..100).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(20));
            std::net::TcpStream::connect(addr).is_err()
        });
        assert!(closed, "server still listening 2 s after drop");
    }

    fn http_get(origin: &str, path: &str) -> String {
        use std::io::{Read, Write};
        let mut stream =
            std::net::TcpStream::connect(origin.trim_start_matches("http://")).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    }
}
