//! The crate's own global allocator (src/alloc.rs) in the real module: a seeded churn of
//! `Vec`s and `String`s of varied sizes keeps its contents and, once warmed up, lives in the
//! memory it freed (the wasm memory grows by at most a few pages over the later rounds).
#![cfg(target_arch = "wasm32")]

// Links the crate, whose `#[global_allocator]` then serves this test binary.
use digitalocean_wasm as _;
use js_sys::{ArrayBuffer, WebAssembly};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

/// Pages of the module's memory now (`memory.buffer.byteLength / 65536`).
fn memory_pages() -> u32 {
    let memory: WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<ArrayBuffer>()
        .byte_length()
        / 65_536
}

/// xorshift64*: the same sequence every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }

    /// Mostly small, some medium, a few up to 300 KB.
    fn size(&mut self) -> usize {
        match self.below(100) {
            0..=69 => 1 + self.below(200),
            70..=91 => 200 + self.below(20_000),
            _ => 40_000 + self.below(260_000),
        }
    }
}

enum Item {
    Bytes(Vec<u8>, u8),
    Text(String, char),
}

impl Item {
    fn intact(&self) -> bool {
        match self {
            Item::Bytes(bytes, fill) => bytes.iter().all(|b| b == fill),
            Item::Text(text, fill) => text.bytes().all(|b| char::from(b) == *fill),
        }
    }
}

/// One round of `ops` seeded operations on at most 64 live items, all freed at the end.
fn churn(seed: u64, ops: usize) {
    let mut rng = Rng(seed);
    let mut live: Vec<Item> = Vec::new();
    for op in 0..ops {
        let fill = (op % 250) as u8 + 1;
        match rng.below(10) {
            0..=3 if live.len() < 64 => live.push(Item::Bytes(vec![fill; rng.size()], fill)),
            4..=5 if live.len() < 64 => {
                // Grown a piece at a time: realloc on every doubling.
                let fill = char::from(b'a' + fill % 26);
                let piece: String = core::iter::repeat_n(fill, 48).collect();
                let mut text = String::new();
                let len = rng.size();
                while text.len() < len {
                    text.push_str(&piece[..(len - text.len()).min(piece.len())]);
                }
                live.push(Item::Text(text, fill));
            }
            6..=7 if !live.is_empty() => {
                let item = live.swap_remove(rng.below(live.len()));
                assert!(item.intact(), "op {op}: a freed item was overwritten");
            }
            _ if !live.is_empty() => {
                // Resize in place or move: the kept part must survive.
                let index = rng.below(live.len());
                let new_len = rng.size();
                if let Some(Item::Bytes(bytes, fill)) = live.get_mut(index) {
                    bytes.resize(new_len, *fill);
                    bytes.shrink_to_fit();
                }
                assert!(live[index].intact(), "op {op}: resize lost the contents");
            }
            _ => {}
        }
    }
    assert!(live.iter().all(Item::intact), "a live item was overwritten");
}

#[wasm_bindgen_test]
fn the_global_allocator_is_the_crates_own() {
    // Ours gives a block of more than 32 KiB whole pages; dlmalloc puts a header first.
    let big: Vec<u8> = Vec::with_capacity(100_000);
    assert_eq!(big.as_ptr() as usize % 65_536, 0, "not src/alloc.rs");
    let small: Vec<u8> = Vec::with_capacity(24);
    assert_eq!(small.as_ptr() as usize % 32, 0, "not src/alloc.rs");
}

#[wasm_bindgen_test]
fn churn_lives_in_freed_memory_after_warm_up() {
    churn(1, 2_000);
    let warm = memory_pages();
    for _ in 0..4 {
        churn(1, 2_000);
    }
    churn(2, 2_000);
    let grown = memory_pages() - warm;
    assert!(
        grown <= 4,
        "the memory grew by {grown} pages after warm-up ({warm} pages)"
    );
}
