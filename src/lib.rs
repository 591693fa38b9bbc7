//! digitalocean-wasm: placeholder while the layers land.
