//! A static file server for `dist/` on a free loopback port, in a background thread.

use bytes::Bytes;
use http::{Method, Request, Response, StatusCode, header};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use std::convert::Infallible;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use tokio::sync::oneshot;

/// Serves the files under a directory until dropped, the way a static host would.
pub struct StaticServer {
    port: u16,
    requests: Arc<Mutex<Vec<Served>>>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl StaticServer {
    /// Starts serving `root` on `127.0.0.1` at a port the system picks.
    pub fn start(root: PathBuf) -> Result<StaticServer, String> {
        StaticServer::start_at(root, "/")
    }

    /// Serves `root` under the URL path `prefix` (e.g. `/any/sub/path/`), the way a host serves
    /// a site in a sub-folder: `<prefix>x` is `root/x`, every other path is not found.
    pub fn start_at(root: PathBuf, prefix: &str) -> Result<StaticServer, String> {
        let prefix = format!("/{}/", prefix.trim_matches('/')).replace("//", "/");
        let listener = std::net::TcpListener::bind("127.0.0.1:0")
            .map_err(|err| format!("cannot start the static server: {err}"))?;
        let port = listener.local_addr().map_err(|err| err.to_string())?.port();
        listener
            .set_nonblocking(true)
            .map_err(|err| err.to_string())?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|err| format!("cannot start the static server's runtime: {err}"))?;
        let (stop, stopped) = oneshot::channel();
        let site = Arc::new(Site {
            root,
            prefix,
            requests: Arc::new(Mutex::new(Vec::new())),
        });
        let requests = Arc::clone(&site.requests);
        let thread = std::thread::Builder::new()
            .name("e2e-static-server".into())
            .spawn(move || runtime.block_on(serve(listener, site, stopped)))
            .map_err(|err| format!("cannot start the static server thread: {err}"))?;
        Ok(StaticServer {
            port,
            requests,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// `http://127.0.0.1:<port>` (no trailing slash).
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Every request so far, in order.
    pub fn requests(&self) -> Vec<Served> {
        self.requests
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }
}

/// One request the server answered: the URL path (with query) and whether a file was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Served {
    pub url: String,
    pub found: bool,
}

/// What a server serves: a folder under a URL prefix, and its log.
struct Site {
    root: PathBuf,
    prefix: String,
    requests: Arc<Mutex<Vec<Served>>>,
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Accepts connections until told to stop; each connection is served in its own task.
async fn serve(
    listener: std::net::TcpListener,
    site: Arc<Site>,
    mut stopped: oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    loop {
        tokio::select! {
            _ = &mut stopped => return,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let site = Arc::clone(&site);
                tokio::spawn(async move {
                    let service = service_fn(move |request| respond(Arc::clone(&site), request));
                    // The browser may hang up early (navigation, shutdown); nothing to do then.
                    let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
                });
            }
        }
    }
}

async fn respond(
    site: Arc<Site>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let url = request.uri().to_string();
    let file = match *request.method() {
        Method::GET | Method::HEAD => url
            .strip_prefix(&site.prefix)
            .and_then(|inside| resolve(&site.root, inside)),
        _ => None,
    };
    site.requests
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .push(Served {
            url,
            found: file.is_some(),
        });
    let response = match file.and_then(|path| Some((std::fs::read(&path).ok()?, path))) {
        Some((bytes, path)) => Response::builder()
            .header(header::CONTENT_TYPE, content_type(&path))
            .header(header::CACHE_CONTROL, "no-store")
            .body(Full::new(Bytes::from(bytes))),
        None => Response::builder()
            .status(StatusCode::NOT_FOUND)
            .body(Full::new(Bytes::from_static(b"not found"))),
    };
    Ok(response.expect("static response parts are valid"))
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
        let addr = origin.trim_start_matches("http://");
        assert!(
            std::net::TcpStream::connect(addr).is_err(),
            "server still listening after drop"
        );
    }

    #[test]
    fn serves_under_a_prefix_only_and_logs_every_request() {
        let server =
            StaticServer::start_at(PathBuf::from(env!("CARGO_MANIFEST_DIR")), "any/sub/path")
                .unwrap();
        let origin = server.origin();
        assert!(http_get(&origin, "/any/sub/path/Cargo.toml").starts_with("HTTP/1.1 200"));
        assert!(http_get(&origin, "/Cargo.toml").starts_with("HTTP/1.1 404"));
        assert!(http_get(&origin, "/any/sub/Cargo.toml").starts_with("HTTP/1.1 404"));
        assert_eq!(
            server.requests(),
            vec![
                Served {
                    url: "/any/sub/path/Cargo.toml".into(),
                    found: true
                },
                Served {
                    url: "/Cargo.toml".into(),
                    found: false
                },
                Served {
                    url: "/any/sub/Cargo.toml".into(),
                    found: false
                },
            ]
        );
    }

    #[test]
    fn serves_new_connections_while_others_stay_open() {
        // A browser keeps several keep-alive connections open; none may starve the next one.
        let server = StaticServer::start(PathBuf::from(env!("CARGO_MANIFEST_DIR"))).unwrap();
        let origin = server.origin();
        let addr = origin.trim_start_matches("http://");
        let idle: Vec<_> = (0..12)
            .map(|_| std::net::TcpStream::connect(addr).unwrap())
            .collect();
        for _ in 0..3 {
            assert!(http_get(&origin, "/Cargo.toml").starts_with("HTTP/1.1 200"));
        }
        drop(idle);
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
