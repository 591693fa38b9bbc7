//! The global allocator of the wasm build: a small heap of power-of-two size classes carved
//! from WebAssembly memory pages, replacing std's dlmalloc (about 8 KB of code).
//!
//! ## How it works
//!
//! - **Small blocks** (up to [`MAX_CLASS`] = 32 KiB): a request of `size` bytes aligned to
//!   `align` gets a block of the class `max(size, align, 16)` rounded up to a power of two.
//!   Every block of class `c` sits at an address that is a multiple of `c`, so the block is
//!   aligned for any `align <= c`. Freed blocks go on one singly-linked free list per class
//!   (the link is stored in the freed block itself: no headers). New blocks are carved from a
//!   bump region of pages; the bytes skipped to align the bump pointer, and the tail of a
//!   region that is left behind, are cut into aligned power-of-two blocks and put on the free
//!   lists, so nothing is lost.
//! - **Large blocks** (more than 32 KiB, or aligned to 64 KiB): whole 64-KiB pages. Freed runs
//!   of pages go on one list kept in address order (a two-word header `{pages, next}` in the
//!   first bytes of each free run); a free run merges with the free runs right before and after
//!   it. An allocation takes the first run with enough pages (its head; the rest stays free),
//!   else grows the memory.
//! - `dealloc` and `realloc` find the block's class (or page count) from the `Layout`, which
//!   Rust always passes unchanged; `realloc` keeps the pointer when the new size still needs
//!   the same class (or page count), else allocates, copies and frees.
//!
//! ## Waste bound
//!
//! A small block is less than twice its request (`size > c / 2` whenever `size >= align` and
//! `size > 16`); when `align > size`, the block is `align` bytes, which the alignment needs
//! anyway. A large block wastes less than one page. Memory is never returned to the system (a
//! wasm memory cannot shrink) but every freed block is reused: a freed small block by the
//! next request of its class, a freed run of pages by the next large request that fits in
//! it. Blocks of one class are not turned into another class or back into pages (a free run
//! of pages is carved into small blocks only when the memory cannot grow), so a program whose
//! mix of sizes changes keeps the peak of each class.
//!
//! ## Limits
//!
//! Alignments above 64 KiB are refused (null), as are requests the memory cannot grow for;
//! nothing in this module panics. The heap state is a plain `static` because wasm32 without
//! the `atomics` feature has one thread (a threaded build is refused at compile time).
//!
//! The logic ([`Heap`]) is separate from the memory source ([`Pages`]): on wasm32 the source
//! is `memory.grow`; natively, the tests and examples give it a fixed arena.

use core::alloc::Layout;
use core::ptr;

/// Size of a WebAssembly memory page (64 KiB): the unit in which the memory grows.
pub const PAGE: usize = 1 << 16;
/// Smallest block (bytes); every block is at least this aligned.
pub const MIN_CLASS: usize = 1 << MIN_SHIFT;
/// Largest small-block class (bytes); larger requests get whole pages.
pub const MAX_CLASS: usize = 1 << MAX_SHIFT;

const MIN_SHIFT: u32 = 4;
const MAX_SHIFT: u32 = 15;
const CLASSES: usize = (MAX_SHIFT - MIN_SHIFT + 1) as usize;

/// A source of memory pages: on wasm32 the module's memory (`memory.grow`).
///
/// # Safety
///
/// `grow(n)` must return either `None` or the start address of `n * PAGE` bytes that are
/// valid for reads and writes, not used by anything else for as long as the [`Heap`] lives,
/// and start at a multiple of [`PAGE`].
///
/// # Example
///
/// ```
/// use digitalocean_wasm::alloc::{Pages, PAGE};
///
/// /// Hands out the pages of a fixed, page-aligned arena, then fails.
/// struct Arena { base: usize, used: usize, pages: usize }
///
/// // SAFETY: each page of the arena (a page-aligned allocation that outlives the heap) is
/// // handed out once.
/// unsafe impl Pages for Arena {
///     fn grow(&mut self, pages: usize) -> Option<usize> {
///         if pages > self.pages - self.used {
///             return None;
///         }
///         let start = self.base + self.used * PAGE;
///         self.used += pages;
///         Some(start)
///     }
/// }
///
/// let mut arena = Arena { base: 4 * PAGE, used: 0, pages: 2 };
/// assert_eq!(arena.grow(1), Some(4 * PAGE));
/// assert_eq!(arena.grow(2), None);
/// ```
pub unsafe trait Pages {
    /// Grows the memory by `pages` pages; returns the start address of the new pages, or
    /// `None` when the memory cannot grow.
    fn grow(&mut self, pages: usize) -> Option<usize>;
}

/// The allocator's state: free lists of small blocks by class, the bump region small blocks
/// are carved from, and the free runs of pages, over a memory source `P`.
///
/// # Example
///
/// ```
/// use core::alloc::Layout;
/// use digitalocean_wasm::alloc::{Heap, Pages, PAGE};
/// # struct Arena { base: usize, used: usize, pages: usize }
/// # unsafe impl Pages for Arena {
/// #     fn grow(&mut self, pages: usize) -> Option<usize> {
/// #         if pages > self.pages - self.used { return None; }
/// #         let start = self.base + self.used * PAGE;
/// #         self.used += pages;
/// #         Some(start)
/// #     }
/// # }
///
/// // Natively, a page-aligned arena of 8 pages stands in for the wasm memory.
/// let arena = Layout::from_size_align(8 * PAGE, PAGE).unwrap();
/// let base = unsafe { std::alloc::alloc(arena) } as usize;
/// let mut heap = Heap::new(Arena { base, used: 0, pages: 8 });
///
/// let small = Layout::from_size_align(24, 8).unwrap();
/// let a = heap.alloc(small);
/// assert!(!a.is_null() && a as usize % 8 == 0);
/// // Same class (32 bytes): realloc keeps the block.
/// let a = unsafe { heap.realloc(a, small, 30) };
/// unsafe { heap.dealloc(a, Layout::from_size_align(30, 8).unwrap()) };
/// // The freed block is the next one of its class.
/// assert_eq!(heap.alloc(small), a);
///
/// // More than the arena: null, not a panic.
/// assert!(heap.alloc(Layout::from_size_align(9 * PAGE, 8).unwrap()).is_null());
/// unsafe { std::alloc::dealloc(base as *mut u8, arena) };
/// ```
pub struct Heap<P> {
    source: P,
    /// Head of the free list of each class (0 = empty); a free block starts with the address
    /// of the next one.
    free: [usize; CLASSES],
    /// Next byte of the bump region small blocks are carved from (a multiple of `MIN_CLASS`).
    bump: usize,
    /// End of the bump region (0 before the first page).
    end: usize,
    /// Lowest free run of pages (0 = none); runs are in address order and never adjacent.
    runs: usize,
}

/// The header at the start of a free run of pages.
#[derive(Clone, Copy)]
#[repr(C)]
struct Run {
    pages: usize,
    next: usize,
}

/// What a layout gets: a small block of class `MIN_CLASS << index`, or whole pages.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Small(usize),
    Large(usize),
}

/// The block a `size`/`align` request gets; `None` for an alignment above one page.
fn block(size: usize, align: usize) -> Option<Block> {
    if align > PAGE {
        return None;
    }
    let want = size.max(align).max(MIN_CLASS);
    if want <= MAX_CLASS {
        let class = want.checked_next_power_of_two()?;
        Some(Block::Small((class.trailing_zeros() - MIN_SHIFT) as usize))
    } else {
        Some(Block::Large(size.div_ceil(PAGE).max(1)))
    }
}

impl<P: Pages> Heap<P> {
    /// An empty heap over `source`; takes no memory until the first allocation.
    ///
    /// ```
    /// # use digitalocean_wasm::alloc::{Heap, Pages};
    /// struct NoMemory;
    /// // SAFETY: hands out nothing.
    /// unsafe impl Pages for NoMemory {
    ///     fn grow(&mut self, _pages: usize) -> Option<usize> { None }
    /// }
    /// let mut heap = Heap::new(NoMemory);
    /// assert!(heap.alloc(core::alloc::Layout::new::<u64>()).is_null());
    /// ```
    pub const fn new(source: P) -> Self {
        Heap {
            source,
            free: [0; CLASSES],
            bump: 0,
            end: 0,
            runs: 0,
        }
    }

    /// The memory source (tests read how much of their arena was used).
    pub fn source(&self) -> &P {
        &self.source
    }

    /// A block for `layout` (size and alignment), or null when the memory cannot grow or the
    /// alignment is above 64 KiB. A zero-size layout gets a 16-byte block.
    ///
    /// ```
    /// # use core::alloc::Layout;
    /// # use digitalocean_wasm::alloc::{Heap, Pages, PAGE};
    /// # struct Arena { base: usize, used: usize, pages: usize }
    /// # unsafe impl Pages for Arena {
    /// #     fn grow(&mut self, pages: usize) -> Option<usize> {
    /// #         if pages > self.pages - self.used { return None; }
    /// #         let start = self.base + self.used * PAGE;
    /// #         self.used += pages;
    /// #         Some(start)
    /// #     }
    /// # }
    /// # let arena = Layout::from_size_align(4 * PAGE, PAGE).unwrap();
    /// # let base = unsafe { std::alloc::alloc(arena) } as usize;
    /// let mut heap = Heap::new(Arena { base, used: 0, pages: 4 });
    /// // 8 bytes aligned to 4096: a 4096-byte block at a multiple of 4096.
    /// let p = heap.alloc(Layout::from_size_align(8, 4096).unwrap());
    /// assert_eq!(p as usize % 4096, 0);
    /// // 100 KB: two whole pages.
    /// let q = heap.alloc(Layout::from_size_align(100_000, 1).unwrap());
    /// assert_eq!(q as usize % PAGE, 0);
    /// # unsafe { std::alloc::dealloc(base as *mut u8, arena) };
    /// ```
    pub fn alloc(&mut self, layout: Layout) -> *mut u8 {
        match self.alloc_at(layout.size(), layout.align()) {
            Some(addr) => addr as *mut u8,
            None => ptr::null_mut(),
        }
    }

    /// Frees the block at `ptr`; null is ignored.
    ///
    /// # Safety
    ///
    /// `ptr` must come from [`Heap::alloc`] or [`Heap::realloc`] of this heap with this
    /// `layout` (for `realloc`, the new size), and not have been freed since.
    ///
    /// ```
    /// # use core::alloc::Layout;
    /// # use digitalocean_wasm::alloc::{Heap, Pages, PAGE};
    /// # struct Arena { base: usize, used: usize, pages: usize }
    /// # unsafe impl Pages for Arena {
    /// #     fn grow(&mut self, pages: usize) -> Option<usize> {
    /// #         if pages > self.pages - self.used { return None; }
    /// #         let start = self.base + self.used * PAGE;
    /// #         self.used += pages;
    /// #         Some(start)
    /// #     }
    /// # }
    /// # let arena = Layout::from_size_align(4 * PAGE, PAGE).unwrap();
    /// # let base = unsafe { std::alloc::alloc(arena) } as usize;
    /// let mut heap = Heap::new(Arena { base, used: 0, pages: 4 });
    /// let layout = Layout::from_size_align(3 * PAGE, 8).unwrap();
    /// let p = heap.alloc(layout);
    /// unsafe { heap.dealloc(p, layout) };
    /// // The freed pages are reused: the arena does not grow.
    /// assert_eq!(heap.alloc(layout), p);
    /// assert_eq!(heap.source().used, 3);
    /// # unsafe { std::alloc::dealloc(base as *mut u8, arena) };
    /// ```
    pub unsafe fn dealloc(&mut self, ptr: *mut u8, layout: Layout) {
        if ptr.is_null() {
            return;
        }
        match block(layout.size(), layout.align()) {
            Some(Block::Small(index)) => self.push(index, ptr as usize),
            Some(Block::Large(pages)) => self.free_run(ptr as usize, pages),
            None => {}
        }
    }

    /// Resizes the block at `ptr` to `new_size` bytes (same alignment): the same pointer
    /// when the new size needs the same class (or page count), else a new block holding the
    /// first `min(old, new)` bytes, the old one freed. Null when no new block can be had
    /// (the old block is then left as it was).
    ///
    /// # Safety
    ///
    /// As for [`Heap::dealloc`]; afterwards the block is described by `new_size` and
    /// `layout.align()`.
    ///
    /// ```
    /// # use core::alloc::Layout;
    /// # use digitalocean_wasm::alloc::{Heap, Pages, PAGE};
    /// # struct Arena { base: usize, used: usize, pages: usize }
    /// # unsafe impl Pages for Arena {
    /// #     fn grow(&mut self, pages: usize) -> Option<usize> {
    /// #         if pages > self.pages - self.used { return None; }
    /// #         let start = self.base + self.used * PAGE;
    /// #         self.used += pages;
    /// #         Some(start)
    /// #     }
    /// # }
    /// # let arena = Layout::from_size_align(4 * PAGE, PAGE).unwrap();
    /// # let base = unsafe { std::alloc::alloc(arena) } as usize;
    /// let mut heap = Heap::new(Arena { base, used: 0, pages: 4 });
    /// let layout = Layout::from_size_align(5, 1).unwrap();
    /// let p = heap.alloc(layout);
    /// unsafe { p.copy_from(b"hello".as_ptr(), 5) };
    /// let q = unsafe { heap.realloc(p, layout, 1000) };
    /// assert_ne!(p, q);
    /// assert_eq!(unsafe { core::slice::from_raw_parts(q, 5) }, b"hello");
    /// # unsafe { std::alloc::dealloc(base as *mut u8, arena) };
    /// ```
    pub unsafe fn realloc(&mut self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let align = layout.align();
        let Some(new) = block(new_size, align) else {
            return ptr::null_mut();
        };
        if ptr.is_null() {
            return self
                .alloc_at(new_size, align)
                .map_or(ptr::null_mut(), |a| a as *mut u8);
        }
        if block(layout.size(), align) == Some(new) {
            return ptr;
        }
        let Some(addr) = self.alloc_at(new_size, align) else {
            return ptr::null_mut();
        };
        let moved = addr as *mut u8;
        // SAFETY: the old block holds `layout.size()` bytes (caller's contract), the new one
        // `new_size`; they are distinct live blocks, so they do not overlap.
        unsafe {
            ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
            self.dealloc(ptr, layout);
        }
        moved
    }

    fn alloc_at(&mut self, size: usize, align: usize) -> Option<usize> {
        match block(size, align)? {
            Block::Small(index) => self.pop(index).or_else(|| self.carve(index)),
            Block::Large(pages) => self.take_run(pages).or_else(|| self.source.grow(pages)),
        }
    }

    /// Takes the first block of the free list of class `index`.
    fn pop(&mut self, index: usize) -> Option<usize> {
        let head = self.free.get_mut(index)?;
        if *head == 0 {
            return None;
        }
        let block = *head;
        // SAFETY: a free block is one of ours, at least 16 bytes and 16-aligned; its first
        // word is the link written by `push`.
        *head = unsafe { (block as *const usize).read() };
        Some(block)
    }

    /// Puts the block at `addr` on the free list of class `index`.
    fn push(&mut self, index: usize, addr: usize) {
        if let Some(head) = self.free.get_mut(index) {
            // SAFETY: `addr` is a block of ours (at least 16 bytes, 16-aligned) that nobody
            // uses any more.
            unsafe { (addr as *mut usize).write(*head) };
            *head = addr;
        }
    }

    /// A new block of class `index` from the bump region; when the region is too short, it
    /// goes on in a new page (from the memory, else from the free runs).
    fn carve(&mut self, index: usize) -> Option<usize> {
        let class = MIN_CLASS << index;
        let mut start = align_up(self.bump, class)?;
        if start.checked_add(class)? > self.end {
            let page = self.source.grow(1).or_else(|| self.take_run(1))?;
            if self.end != 0 && page == self.end {
                // Contiguous: the region goes on. `self.end` is a multiple of PAGE, so the
                // aligned start is at most the old end and the block fits.
                self.end = page.checked_add(PAGE)?;
            } else {
                self.split_free(self.bump, self.end);
                self.bump = page;
                self.end = page.checked_add(PAGE)?;
                start = page;
            }
        }
        self.split_free(self.bump, start);
        self.bump = start + class;
        Some(start)
    }

    /// Cuts `[from, to)` (multiples of `MIN_CLASS`) into the largest aligned power-of-two
    /// blocks and puts them on the free lists.
    fn split_free(&mut self, mut from: usize, to: usize) {
        while from < to {
            let room = to - from;
            // The largest class that `from` is aligned to and that fits in the room.
            let mut index = CLASSES - 1;
            while index > 0 && (from % (MIN_CLASS << index) != 0 || room < MIN_CLASS << index) {
                index -= 1;
            }
            let size = MIN_CLASS << index;
            if from % size != 0 || room < size {
                return;
            }
            self.push(index, from);
            from += size;
        }
    }

    /// The first free run of at least `pages` pages: its head is returned, the rest stays
    /// free in its place.
    fn take_run(&mut self, pages: usize) -> Option<usize> {
        let bytes = pages.checked_mul(PAGE)?;
        let mut prev = 0;
        let mut cur = self.runs;
        while cur != 0 {
            // SAFETY: `cur` is a free run of ours; its header was written by `free_run` or
            // here.
            let run = unsafe { read_run(cur) };
            if run.pages >= pages {
                let next = if run.pages == pages {
                    run.next
                } else {
                    // Inside the run, so below the end of the memory.
                    let rest = cur + bytes;
                    // SAFETY: `rest` is the page-aligned start of the run's free remainder.
                    unsafe {
                        write_run(
                            rest,
                            Run {
                                pages: run.pages - pages,
                                next: run.next,
                            },
                        )
                    };
                    rest
                };
                self.link(prev, next);
                return Some(cur);
            }
            prev = cur;
            cur = run.next;
        }
        None
    }

    /// Puts the run of `pages` pages at `addr` in the list, merged with the free runs that
    /// touch it.
    fn free_run(&mut self, addr: usize, pages: usize) {
        let Some(bytes) = pages.checked_mul(PAGE) else {
            return;
        };
        let mut prev = 0;
        let mut cur = self.runs;
        while cur != 0 && cur < addr {
            prev = cur;
            // SAFETY: `cur` is a free run of ours.
            cur = unsafe { read_run(cur) }.next;
        }
        let mut run = Run { pages, next: cur };
        if cur != 0 && addr.checked_add(bytes) == Some(cur) {
            // SAFETY: `cur` is a free run of ours.
            let after = unsafe { read_run(cur) };
            run = Run {
                pages: pages + after.pages,
                next: after.next,
            };
        }
        if prev != 0 {
            // SAFETY: `prev` is a free run of ours.
            let before = unsafe { read_run(prev) };
            if before
                .pages
                .checked_mul(PAGE)
                .and_then(|b| prev.checked_add(b))
                == Some(addr)
            {
                let merged = Run {
                    pages: before.pages + run.pages,
                    next: run.next,
                };
                // SAFETY: as above.
                unsafe { write_run(prev, merged) };
                return;
            }
        }
        // SAFETY: the run at `addr` is ours and no longer used.
        unsafe { write_run(addr, run) };
        self.link(prev, addr);
    }

    /// Makes `next` follow the free run `prev` (0: the head of the list).
    fn link(&mut self, prev: usize, next: usize) {
        if prev == 0 {
            self.runs = next;
        } else {
            // SAFETY: `prev` is a free run of ours.
            let run = unsafe { read_run(prev) };
            // SAFETY: as above.
            unsafe { write_run(prev, Run { next, ..run }) };
        }
    }
}

/// `value` rounded up to `align` (a power of two); `None` on overflow.
fn align_up(value: usize, align: usize) -> Option<usize> {
    Some(value.checked_add(align - 1)? & !(align - 1))
}

/// # Safety
/// `addr` must be the start of a free run (page-aligned, at least one page, ours).
unsafe fn read_run(addr: usize) -> Run {
    unsafe { (addr as *const Run).read() }
}

/// # Safety
/// `addr` must be the page-aligned start of a run of pages of ours that nobody uses.
unsafe fn write_run(addr: usize, run: Run) {
    unsafe { (addr as *mut Run).write(run) }
}

#[cfg(target_arch = "wasm32")]
pub use wasm::{Allocator, WasmMemory};

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::{Heap, Pages, PAGE};
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;

    #[cfg(target_feature = "atomics")]
    compile_error!("src/alloc.rs assumes one thread: wasm32 with atomics is not supported");

    /// The module's own memory (memory 0), grown with `memory.grow`.
    pub struct WasmMemory;

    // SAFETY: `memory.grow` returns the old size in pages; the new pages, from that address
    // on, are fresh memory nobody else owns (only this allocator grows the memory).
    unsafe impl Pages for WasmMemory {
        fn grow(&mut self, pages: usize) -> Option<usize> {
            let old = core::arch::wasm32::memory_grow::<0>(pages);
            if old == usize::MAX {
                None
            } else {
                old.checked_mul(PAGE)
            }
        }
    }

    /// The global allocator of the wasm build: a [`Heap`] over [`WasmMemory`].
    pub struct Allocator {
        heap: UnsafeCell<Heap<WasmMemory>>,
    }

    // SAFETY: wasm32 without the `atomics` feature (refused above) runs one thread, so the
    // heap is never reached from two threads; the allocator does not re-enter itself.
    unsafe impl Sync for Allocator {}

    impl Allocator {
        /// An allocator that has taken no memory yet.
        pub const fn new() -> Self {
            Allocator {
                heap: UnsafeCell::new(Heap::new(WasmMemory)),
            }
        }
    }

    impl Default for Allocator {
        fn default() -> Self {
            Self::new()
        }
    }

    // SAFETY: `Heap` hands out distinct, aligned blocks of at least the requested size, or
    // null; each call has the heap to itself (one thread, no re-entry, see `Sync` above).
    unsafe impl GlobalAlloc for Allocator {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            unsafe { (*self.heap.get()).alloc(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { (*self.heap.get()).dealloc(ptr, layout) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            unsafe { (*self.heap.get()).realloc(ptr, layout, new_size) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page-aligned arena of `pages` pages; with `gap`, every grow after the first skips a
    /// page (as if something else had grown the memory), so regions are not contiguous.
    struct Arena {
        base: usize,
        pages: usize,
        used: usize,
        gap: bool,
        layout: Layout,
    }

    impl Arena {
        fn new(pages: usize, gap: bool) -> Arena {
            let layout = Layout::from_size_align(pages * PAGE, PAGE).unwrap();
            // SAFETY: non-zero size.
            let base = unsafe { std::alloc::alloc(layout) } as usize;
            assert_ne!(base, 0);
            Arena {
                base,
                pages,
                used: 0,
                gap,
                layout,
            }
        }

        fn top(&self) -> usize {
            self.base + self.used * PAGE
        }
    }

    impl Drop for Arena {
        fn drop(&mut self) {
            // SAFETY: allocated in `new` with this layout.
            unsafe { std::alloc::dealloc(self.base as *mut u8, self.layout) };
        }
    }

    // SAFETY: each page of the allocation is handed out once; it outlives the heap that owns
    // the arena.
    unsafe impl Pages for Arena {
        fn grow(&mut self, pages: usize) -> Option<usize> {
            let skip = usize::from(self.gap && self.used > 0);
            if pages.checked_add(skip)? > self.pages - self.used {
                return None;
            }
            let start = self.base + (self.used + skip) * PAGE;
            self.used += skip + pages;
            Some(start)
        }
    }

    /// xorshift64*: deterministic from the seed.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        /// Mostly small sizes, some medium, a few up to 300 KB.
        fn size(&mut self) -> usize {
            match self.below(100) {
                0..=69 => 1 + self.below(256),
                70..=89 => 257 + self.below(40_000),
                _ => 40_001 + self.below(260_000),
            }
        }

        /// 1..=4096, mostly small.
        fn align(&mut self) -> usize {
            match self.below(10) {
                0..=6 => 1 << self.below(4),
                _ => 1 << self.below(13),
            }
        }
    }

    struct Live {
        ptr: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn fill(block: &Live) {
        // SAFETY: a live block of `layout.size()` bytes.
        unsafe { ptr::write_bytes(block.ptr, block.fill, block.layout.size()) };
    }

    fn holds(block: &Live, len: usize) -> bool {
        // SAFETY: a live block of at least `len` bytes.
        let bytes = unsafe { core::slice::from_raw_parts(block.ptr, len) };
        bytes.iter().all(|&b| b == block.fill)
    }

    /// Aligned, inside the used part of the arena, and no two live blocks overlap.
    fn check_layout(heap: &Heap<Arena>, live: &[Live]) {
        let arena = heap.source();
        let mut spans: Vec<(usize, usize)> = live
            .iter()
            .map(|b| {
                let addr = b.ptr as usize;
                assert_eq!(addr % b.layout.align(), 0, "misaligned {:?}", b.layout);
                assert!(addr >= arena.base && addr + b.layout.size() <= arena.top());
                (addr, addr + b.layout.size())
            })
            .collect();
        spans.sort_unstable();
        for pair in spans.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "overlap {pair:?}");
        }
    }

    fn layout(rng: &mut Rng) -> Layout {
        Layout::from_size_align(rng.size(), rng.align()).unwrap()
    }

    /// `ops` seeded operations (alloc / dealloc / realloc); every block filled with its own
    /// byte and checked when freed or moved; everything freed at the end.
    fn churn(heap: &mut Heap<Arena>, seed: u64, ops: usize) {
        let mut rng = Rng(seed);
        let mut live: Vec<Live> = Vec::new();
        let mut next_fill = 0u8;
        let mut fresh = || {
            next_fill = next_fill.wrapping_add(1).max(1);
            next_fill
        };
        for op in 0..ops {
            let choice = rng.below(10);
            if live.len() < 8 || (choice < 5 && live.len() < 96) {
                let layout = layout(&mut rng);
                let ptr = heap.alloc(layout);
                assert!(!ptr.is_null(), "op {op}: out of memory for {layout:?}");
                let block = Live {
                    ptr,
                    layout,
                    fill: fresh(),
                };
                fill(&block);
                live.push(block);
            } else if choice < 8 {
                let block = live.swap_remove(rng.below(live.len()));
                assert!(holds(&block, block.layout.size()), "op {op}: overwritten");
                unsafe { heap.dealloc(block.ptr, block.layout) };
            } else {
                let index = rng.below(live.len());
                let new_size = rng.size();
                let block = &mut live[index];
                assert!(holds(block, block.layout.size()), "op {op}: overwritten");
                let ptr = unsafe { heap.realloc(block.ptr, block.layout, new_size) };
                assert!(!ptr.is_null(), "op {op}: out of memory in realloc");
                block.ptr = ptr;
                let kept = block.layout.size().min(new_size);
                block.layout = Layout::from_size_align(new_size, block.layout.align()).unwrap();
                assert!(holds(block, kept), "op {op}: realloc lost the contents");
                block.fill = fresh();
                fill(block);
            }
            if op % 500 == 0 {
                check_layout(heap, &live);
            }
        }
        check_layout(heap, &live);
        for block in live.drain(..) {
            assert!(holds(&block, block.layout.size()));
            unsafe { heap.dealloc(block.ptr, block.layout) };
        }
    }

    #[test]
    fn churn_keeps_blocks_aligned_apart_and_intact() {
        for (seed, gap) in [(1, false), (0x5eed, false), (42, true)] {
            let mut heap = Heap::new(Arena::new(4096, gap));
            churn(&mut heap, seed, 20_000);
        }
    }

    #[test]
    fn churn_again_reuses_the_memory() {
        let mut heap = Heap::new(Arena::new(4096, false));
        churn(&mut heap, 7, 20_000);
        let used = heap.source().used;
        churn(&mut heap, 7, 20_000);
        churn(&mut heap, 8, 20_000);
        let grown = heap.source().used - used;
        // The second and third rounds live in the freed memory of the first (a few pages of
        // slack for a different seed's mix of large blocks).
        assert!(grown <= 8, "grew by {grown} pages after {used}");
    }

    #[test]
    fn same_allocations_after_freeing_everything_take_no_new_memory() {
        for gap in [false, true] {
            let mut rng = Rng(99);
            let layouts: Vec<Layout> = (0..3000).map(|_| layout(&mut rng)).collect();
            let mut heap = Heap::new(Arena::new(8192, gap));
            for round in 0..3 {
                let before = heap.source().used;
                let mut ptrs: Vec<*mut u8> = layouts.iter().map(|&l| heap.alloc(l)).collect();
                assert!(ptrs.iter().all(|p| !p.is_null()));
                let live: Vec<Live> = ptrs
                    .iter()
                    .zip(&layouts)
                    .map(|(&ptr, &layout)| Live {
                        ptr,
                        layout,
                        fill: 0,
                    })
                    .collect();
                check_layout(&heap, &live);
                if round > 0 {
                    assert_eq!(heap.source().used, before, "round {round} grew the arena");
                }
                // Free in a shuffled order.
                let mut order: Vec<usize> = (0..ptrs.len()).collect();
                for i in (1..order.len()).rev() {
                    order.swap(i, rng.below(i + 1));
                }
                for i in order {
                    unsafe { heap.dealloc(ptrs[i], layouts[i]) };
                    ptrs[i] = ptr::null_mut();
                }
            }
        }
    }

    #[test]
    fn out_of_memory_is_null() {
        let mut heap = Heap::new(Arena::new(4, false));
        let page = Layout::from_size_align(PAGE, 1).unwrap();
        let pages: Vec<*mut u8> = (0..4).map(|_| heap.alloc(page)).collect();
        assert!(pages.iter().all(|p| !p.is_null()));
        assert!(heap.alloc(page).is_null());
        assert!(heap.alloc(Layout::new::<u8>()).is_null());
        assert!(heap
            .alloc(Layout::from_size_align(usize::MAX / 4, 8).unwrap())
            .is_null());
        assert!(heap
            .alloc(Layout::from_size_align(8, 2 * PAGE).unwrap())
            .is_null());
        // A failed realloc leaves the block as it was.
        let grown = unsafe { heap.realloc(pages[0], page, 3 * PAGE) };
        assert!(grown.is_null());
        unsafe { heap.dealloc(pages[0], page) };
        // When the memory cannot grow, the freed page serves small blocks until it runs out.
        let small = Layout::from_size_align(1000, 8).unwrap();
        let count = (0..100)
            .take_while(|_| !heap.alloc(small).is_null())
            .count();
        assert_eq!(count, PAGE / 1024);
        let mut heap = Heap::new(Arena::new(2, false));
        let count = (0..1000)
            .take_while(|_| !heap.alloc(small).is_null())
            .count();
        assert_eq!(count, 2 * PAGE / 1024);
    }

    #[test]
    fn realloc_keeps_the_block_while_the_class_is_the_same() {
        let mut heap = Heap::new(Arena::new(16, false));
        let l = Layout::from_size_align(20, 4).unwrap();
        let p = heap.alloc(l);
        assert_eq!(unsafe { heap.realloc(p, l, 32) }, p);
        let l32 = Layout::from_size_align(32, 4).unwrap();
        // A smaller class moves (the block would otherwise be freed into the wrong class).
        let q = unsafe { heap.realloc(p, l32, 16) };
        assert_ne!(q, p);
        let big = Layout::from_size_align(70_000, 8).unwrap();
        let r = heap.alloc(big);
        assert_eq!(unsafe { heap.realloc(r, big, 2 * PAGE) }, r);
        assert_ne!(unsafe { heap.realloc(r, big, 2 * PAGE + 1) }, r);
    }

    #[test]
    fn alignment_above_size_gets_a_block_of_the_alignment() {
        let mut heap = Heap::new(Arena::new(16, false));
        let l = Layout::from_size_align(8, 4096).unwrap();
        let blocks: Vec<usize> = (0..40).map(|_| heap.alloc(l) as usize).collect();
        let mut sorted = blocks.clone();
        sorted.sort_unstable();
        assert!(sorted.iter().all(|a| a % 4096 == 0));
        assert!(sorted.windows(2).all(|w| w[1] - w[0] >= 4096));
        let zero = Layout::from_size_align(0, 1).unwrap();
        let z = heap.alloc(zero);
        assert!(!z.is_null());
        unsafe { heap.dealloc(z, zero) };
        assert_eq!(heap.alloc(zero), z);
    }

    #[test]
    fn freed_runs_merge() {
        let mut heap = Heap::new(Arena::new(8, false));
        let one = Layout::from_size_align(PAGE, 8).unwrap();
        let runs: Vec<*mut u8> = (0..6).map(|_| heap.alloc(one)).collect();
        for &i in &[1, 3, 2, 0, 5, 4] {
            unsafe { heap.dealloc(runs[i], one) };
        }
        // Six single pages freed in any order make one run of six.
        let six = Layout::from_size_align(6 * PAGE, 8).unwrap();
        assert_eq!(heap.alloc(six), runs[0]);
        assert_eq!(heap.source().used, 6);
    }
}
