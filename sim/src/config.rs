//! Start-up configuration: command-line flags and the matching `DO_SIM_*` environment variables.
//!
//! Every flag `--some-name V` can also be given as `DO_SIM_SOME_NAME=V`; flags win over the
//! environment. `--token` is repeatable (`DO_SIM_TOKENS` takes a comma-separated list,
//! `DO_SIM_TOKEN` one token); given tokens replace the demo token.

use std::path::PathBuf;

/// The documented demo token accepted when no `--token` is given (not a real token).
pub const DEMO_TOKEN: &str = "dop_v1_demo";

pub use crate::faults::Faults;

/// Parses a flag value as a number, naming the flag in the error.
pub(crate) fn parse_num<T: std::str::FromStr>(name: &str, text: &str) -> Result<T, String> {
    text.trim().parse().map_err(|_| {
        format!(
            "--{} expects a number, got {text:?}",
            name.replace('_', "-")
        )
    })
}

/// Everything the simulator is started with.
///
/// ```
/// let c = do_sim::config::Config::default();
/// assert_eq!(c.listen, "127.0.0.1:8383");
/// assert_eq!(c.tokens, vec![do_sim::config::DEMO_TOKEN.to_string()]);
/// assert_eq!((c.per_minute, c.per_hour), (250, 5000));
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to bind (`host:port`, port 0 picks a free one).
    pub listen: String,
    /// Accepted bearer tokens.
    pub tokens: Vec<String>,
    /// Accept any non-empty bearer token.
    pub any_token: bool,
    /// How long an action stays `in-progress`, in milliseconds.
    pub action_ms: u64,
    /// Requests per token per sliding minute.
    pub per_minute: u32,
    /// Requests per token per sliding hour.
    pub per_hour: u32,
    /// Default `per_page`.
    pub page_size: u32,
    /// Largest accepted `per_page`.
    pub max_page_size: u32,
    /// Fault-injection knobs at start-up (and after `/meta/reset`).
    pub faults: Faults,
    /// Seed of every random choice.
    pub seed: u64,
    /// Directory served at `/` beside the API.
    pub static_dir: Option<PathBuf>,
    /// Do not log requests to stderr.
    pub quiet: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: "127.0.0.1:8383".into(),
            tokens: vec![DEMO_TOKEN.into()],
            any_token: false,
            action_ms: 3000,
            per_minute: 250,
            per_hour: 5000,
            page_size: 20,
            max_page_size: 200,
            faults: Faults::default(),
            seed: 1,
            static_dir: None,
            quiet: false,
        }
    }
}

/// Flags that take no value.
const SWITCHES: &[&str] = &["any-token", "quiet"];

/// Every flag that takes a value, as written on the command line.
const VALUED: &[&str] = &[
    "listen",
    "token",
    "action-ms",
    "per-minute",
    "per-hour",
    "page-size",
    "max-page-size",
    "seed",
    "static",
    "rate-429",
    "rate-5xx",
    "slow-rate",
    "slow-ms",
    "drop-rate",
    "malformed-rate",
    "errored-actions",
    "fault-routes",
];

/// The usage text printed by `--help` and on a bad flag.
pub const USAGE: &str = "do-sim: a local DigitalOcean API v2 simulator

usage: do-sim [flags]   (each flag also as env DO_SIM_<NAME>, e.g. DO_SIM_ACTION_MS)
  --listen ADDR          bind address (default 127.0.0.1:8383; port 0 = any free port)
  --token T              accepted bearer token, repeatable (default dop_v1_demo; env DO_SIM_TOKENS=a,b)
  --any-token            accept any non-empty bearer token
  --action-ms N          how long actions stay in-progress (default 3000)
  --per-minute N         rate limit per token per minute (default 250)
  --per-hour N           rate limit per token per hour (default 5000)
  --page-size N          default per_page (default 20)
  --max-page-size N      largest per_page (default 200)
  --seed N               seed of every random choice (default 1)
  --static DIR           serve DIR at / beside the API
  --quiet                no request log on stderr
  --rate-429 P --rate-5xx P --slow-rate P --slow-ms N --drop-rate P
  --malformed-rate P --errored-actions P --fault-routes id,id   fault injection";

impl Config {
    /// Builds the configuration from the environment (`DO_SIM_*`) and then the arguments
    /// (without the program name). `Err` carries a message for the user.
    ///
    /// ```
    /// use do_sim::config::Config;
    /// let args = ["--listen", "127.0.0.1:0", "--token", "a", "--token", "b", "--any-token"];
    /// let c = Config::from_sources(args.iter().map(|s| s.to_string()), std::iter::empty()).unwrap();
    /// assert_eq!(c.tokens, vec!["a".to_string(), "b".to_string()]);
    /// assert!(c.any_token);
    /// assert!(Config::from_sources(["--bogus".to_string()].into_iter(), std::iter::empty()).is_err());
    /// let env = [("DO_SIM_TOKEN".to_string(), "mine".to_string())];
    /// let c = Config::from_sources(std::iter::empty(), env.into_iter()).unwrap();
    /// assert_eq!(c.tokens, vec!["mine".to_string()], "the demo token is replaced");
    /// let typo = ["--fault-routes", "droplets_lst"].map(String::from);
    /// assert!(Config::from_sources(typo.into_iter(), std::iter::empty()).is_err());
    /// ```
    pub fn from_sources(
        args: impl Iterator<Item = String>,
        env: impl Iterator<Item = (String, String)>,
    ) -> Result<Config, String> {
        let mut config = Config::default();
        for (key, value) in env {
            let Some(name) = key.strip_prefix("DO_SIM_") else {
                continue;
            };
            let flag = name.to_ascii_lowercase().replace('_', "-");
            if flag == "tokens" || flag == "token" {
                // Like `--token`, the environment replaces the demo token.
                config.tokens = value
                    .split(',')
                    .filter(|t| !t.is_empty())
                    .map(String::from)
                    .collect();
            } else if SWITCHES.contains(&flag.as_str()) {
                let on = matches!(
                    value.to_ascii_lowercase().as_str(),
                    "1" | "true" | "yes" | "on"
                );
                config.set_switch(&flag, on);
            } else if VALUED.contains(&flag.as_str()) {
                config.set(&flag, &value, false)?;
            }
        }
        let mut args = args;
        let mut tokens_from_flags = false;
        while let Some(arg) = args.next() {
            let Some(body) = arg.strip_prefix("--") else {
                return Err(format!("unexpected argument {arg:?}"));
            };
            let (flag, inline) = match body.split_once('=') {
                Some((f, v)) => (f.to_string(), Some(v.to_string())),
                None => (body.to_string(), None),
            };
            if SWITCHES.contains(&flag.as_str()) {
                config.set_switch(&flag, true);
                continue;
            }
            if !VALUED.contains(&flag.as_str()) {
                return Err(format!("unknown flag --{flag}"));
            }
            let value = match inline.or_else(|| args.next()) {
                Some(v) => v,
                None => return Err(format!("--{flag} needs a value")),
            };
            let first_token = flag == "token" && !tokens_from_flags;
            tokens_from_flags |= flag == "token";
            config.set(&flag, &value, first_token)?;
        }
        config.check()?;
        Ok(config)
    }

    fn set_switch(&mut self, flag: &str, on: bool) {
        match flag {
            "any-token" => self.any_token = on,
            _ => self.quiet = on,
        }
    }

    fn set(&mut self, flag: &str, value: &str, replace_tokens: bool) -> Result<(), String> {
        let knob = flag.replace('-', "_");
        match flag {
            "listen" => self.listen = value.to_string(),
            "token" => {
                if replace_tokens {
                    self.tokens.clear();
                }
                self.tokens.push(value.to_string());
            }
            "action-ms" => self.action_ms = parse_num(&knob, value)?,
            "per-minute" => self.per_minute = parse_num(&knob, value)?,
            "per-hour" => self.per_hour = parse_num(&knob, value)?,
            "page-size" => self.page_size = parse_num(&knob, value)?,
            "max-page-size" => self.max_page_size = parse_num(&knob, value)?,
            "seed" => self.seed = parse_num(&knob, value)?,
            "static" => self.static_dir = Some(PathBuf::from(value)),
            "fault-routes" => self.faults.set_text("routes", value)?,
            _ => self.faults.set_text(&knob, value)?,
        }
        Ok(())
    }

    fn check(&self) -> Result<(), String> {
        if self.tokens.iter().any(|t| t.is_empty()) {
            return Err("--token must not be empty".into());
        }
        if self.tokens.is_empty() && !self.any_token {
            return Err(
                "no token accepted: give --token T (or DO_SIM_TOKENS) or --any-token".into(),
            );
        }
        self.faults
            .check_routes(&crate::ops::Registry::new(crate::CHAPTERS))
            .map_err(|e| format!("--fault-routes: {e}"))?;
        if self.max_page_size == 0 || self.page_size == 0 || self.page_size > self.max_page_size {
            return Err("--page-size must be between 1 and --max-page-size".into());
        }
        if self.per_minute == 0 || self.per_hour == 0 {
            return Err("--per-minute and --per-hour must be at least 1".into());
        }
        Ok(())
    }
}
