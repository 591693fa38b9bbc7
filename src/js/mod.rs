//! The `#[wasm_bindgen]` surface: the class `DigitalOceanCore` ([`client`]), options parsing
//! ([`options`]), JS <-> core `Value` ([`convert`]) and rejections ([`error`]).

pub mod client;
pub mod convert;
pub mod error;
pub mod options;
