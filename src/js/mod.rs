//! The `#[wasm_bindgen]` surface: the class `DigitalOceanCore` ([`client`]), options parsing
//! ([`options`]), JS <-> core `Value` ([`convert`]) and rejections ([`error`]).

// `core::Error` is passed by value on the cold path (as in `core`); it is only "large" (128 bytes)
// on 64-bit hosts, not in wasm32.
#![allow(clippy::result_large_err)]

pub mod client;
pub mod convert;
pub mod error;
pub mod options;
