//! `do-sim` binary: flags/env → config, bind (port 0 allowed), print the base URL as the
//! first stdout line, serve until Ctrl-C.

use std::io::Write;

#[tokio::main]
async fn main() {
    let args = std::env::args().skip(1);
    if std::env::args().any(|a| a == "--help" || a == "-h") {
        println!("{}", do_sim::config::USAGE);
        return;
    }
    let config = match do_sim::Config::from_sources(args, std::env::vars()) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("do-sim: {message}\n\n{}", do_sim::config::USAGE);
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(&config.listen).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("do-sim: cannot listen on {}: {e}", config.listen);
            std::process::exit(1);
        }
    };
    let address = match listener.local_addr() {
        Ok(address) => address,
        Err(e) => {
            eprintln!("do-sim: no local address: {e}");
            std::process::exit(1);
        }
    };
    let (router, _state) = do_sim::app(config);
    let mut stdout = std::io::stdout();
    let _ = writeln!(stdout, "http://{address}");
    let _ = stdout.flush();
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    if let Err(e) = axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
    {
        eprintln!("do-sim: server error: {e}");
        std::process::exit(1);
    }
}
