//! Waiting on gloo-timers: `sleep(ms)` of any length (`setTimeout` takes at most 2^31-1 ms,
//! so longer sleeps re-arm), and `race`, which lets the first of two futures win.
//! Cancelling a wait means dropping its future (gloo's `TimeoutFuture` clears its timer on drop).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use gloo_timers::future::TimeoutFuture;

/// Longest single `setTimeout` (browsers and Node fire larger values at once).
pub const MAX_TIMER_MS: u32 = i32::MAX as u32;

/// Sleeps `ms` milliseconds on `setTimeout`; negative or NaN is 0, waits beyond
/// [`MAX_TIMER_MS`] re-arm the timer until the whole time has passed.
///
/// ```no_run
/// # async fn demo() {
/// digitalocean_wasm::edge::timer::sleep(25.0).await;
/// # }
/// ```
pub fn sleep(ms: f64) -> Sleep {
    let total = if ms.is_nan() || ms <= 0.0 { 0.0 } else { ms };
    Sleep {
        left: total - f64::from(clamp_ms(total)),
        timer: TimeoutFuture::new(clamp_ms(total)),
    }
}

/// Future returned by [`sleep`].
#[derive(Debug)]
pub struct Sleep {
    left: f64,
    timer: TimeoutFuture,
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        loop {
            if Pin::new(&mut self.timer).poll(cx).is_pending() {
                return Poll::Pending;
            }
            if self.left <= 0.0 {
                return Poll::Ready(());
            }
            let next = clamp_ms(self.left);
            self.left -= f64::from(next);
            self.timer = TimeoutFuture::new(next);
        }
    }
}

/// Clamps a duration in milliseconds to what one `setTimeout` takes (`0..=2^31-1`).
///
/// ```
/// use digitalocean_wasm::edge::timer::{clamp_ms, MAX_TIMER_MS};
/// assert_eq!(clamp_ms(-5.0), 0);
/// assert_eq!(clamp_ms(f64::NAN), 0);
/// assert_eq!(clamp_ms(1e20), MAX_TIMER_MS);
/// assert_eq!(clamp_ms(2f64.powi(31)), 2_147_483_647);
/// assert_eq!(clamp_ms(12.7), 13);
/// ```
pub fn clamp_ms(ms: f64) -> u32 {
    if ms.is_nan() || ms <= 0.0 {
        0
    } else if ms >= f64::from(MAX_TIMER_MS) {
        MAX_TIMER_MS
    } else {
        ms.ceil() as u32
    }
}

/// Which of the two raced futures finished first.
#[derive(Debug, PartialEq, Eq)]
pub enum Either<A, B> {
    /// The first future (polled first on every wake-up).
    First(A),
    /// The second future.
    Second(B),
}

/// Future returned by [`race`].
#[derive(Debug)]
pub struct Race<A, B> {
    first: Pin<Box<A>>,
    second: Pin<Box<B>>,
}

/// Runs two futures and returns the output of the one that finishes first; the other is
/// dropped (which cancels it). `first` is polled first, so a cancellation passed as `first`
/// wins over a result that became ready in the same turn.
///
/// ```no_run
/// use digitalocean_wasm::edge::timer::{race, sleep, Either};
/// # async fn demo() {
/// match race(sleep(10.0), sleep(1000.0)).await {
///     Either::First(()) => {}
///     Either::Second(()) => unreachable!(),
/// }
/// # }
/// ```
pub fn race<A: Future, B: Future>(first: A, second: B) -> Race<A, B> {
    Race {
        first: Box::pin(first),
        second: Box::pin(second),
    }
}

impl<A: Future, B: Future> Future for Race<A, B> {
    type Output = Either<A::Output, B::Output>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if let Poll::Ready(out) = self.first.as_mut().poll(cx) {
            return Poll::Ready(Either::First(out));
        }
        if let Poll::Ready(out) = self.second.as_mut().poll(cx) {
            return Poll::Ready(Either::Second(out));
        }
        Poll::Pending
    }
}
