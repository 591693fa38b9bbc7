//! The cancellation scope of one call: the caller's `AbortSignal`s and the `timeout` bound,
//! merged into one internal `AbortController` whose signal goes to every fetch of the call,
//! and whose abort ends every wait of the call.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use gloo_timers::callback::Timeout;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

use super::timer::{clamp_ms, race, Either, Sleep};

/// Why a call stopped before it finished.
#[derive(Debug, Clone)]
pub enum Stop {
    /// A caller's signal aborted; holds `signal.reason`, rejected as it is (like `fetch`).
    Aborted(JsValue),
    /// The call's `timeout` elapsed.
    TimedOut,
}

/// A caller's signal linked to the scope; the listener is removed when the scope ends.
#[derive(Debug)]
struct Link {
    signal: AbortSignal,
    listener: Function,
}

impl Drop for Link {
    fn drop(&mut self) {
        let _ = self
            .signal
            .remove_event_listener_with_callback("abort", &self.listener);
    }
}

/// Cancellation for one call. Without signal and timeout it costs nothing.
///
/// ```no_run
/// use digitalocean_wasm::edge::scope::CallScope;
/// # async fn demo(signal: web_sys::AbortSignal) {
/// let scope = CallScope::new(&[signal], Some(5_000.0));
/// let slept = scope.guard(digitalocean_wasm::edge::timer::sleep(10.0)).await;
/// assert!(slept.is_ok() || scope.stopped().is_some());
/// # }
/// ```
#[derive(Debug)]
pub struct CallScope {
    inner: Option<Armed>,
}

#[derive(Debug)]
struct Armed {
    controller: AbortController,
    cancelled: Promise,
    links: Vec<Link>,
    timed_out: Rc<Cell<bool>>,
    _timer: Option<Timeout>,
}

impl CallScope {
    /// Links `signals` (a default and a per-call one, say) and arms `timeout_ms` if given.
    pub fn new(signals: &[AbortSignal], timeout_ms: Option<f64>) -> CallScope {
        if signals.is_empty() && timeout_ms.is_none() {
            return CallScope { inner: None };
        }
        let Ok(controller) = AbortController::new() else {
            return CallScope { inner: None };
        };
        let internal = controller.signal();
        let cancelled = Promise::new(&mut |resolve, _reject| {
            let _ = internal.add_event_listener_with_callback("abort", &resolve);
        });
        let abort = Reflect::get(&controller, &JsValue::from_str("abort"))
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .map(|f| f.bind0(&controller));
        let mut links = Vec::new();
        if let Some(listener) = abort {
            for signal in signals {
                if signal.aborted() {
                    controller.abort();
                } else {
                    let _ = signal.add_event_listener_with_callback("abort", &listener);
                }
                links.push(Link {
                    signal: signal.clone(),
                    listener: listener.clone(),
                });
            }
        }
        let timed_out = Rc::new(Cell::new(false));
        let timer = timeout_ms.map(|ms| {
            let flag = timed_out.clone();
            let controller = controller.clone();
            // One timer: a timeout beyond 2^31-1 ms (24.8 days) is clamped to that.
            Timeout::new(clamp_ms(ms), move || {
                flag.set(true);
                controller.abort();
            })
        });
        CallScope {
            inner: Some(Armed {
                controller,
                cancelled,
                links,
                timed_out,
                _timer: timer,
            }),
        }
    }

    /// The signal to hand to `fetch`, if the call can be cancelled.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.inner.as_ref().map(|a| a.controller.signal())
    }

    /// Why the call stopped, once it has; `None` while it may go on.
    pub fn stopped(&self) -> Option<Stop> {
        let armed = self.inner.as_ref()?;
        if armed.timed_out.get() {
            return Some(Stop::TimedOut);
        }
        armed
            .links
            .iter()
            .map(|l| &l.signal)
            .find(|s| s.aborted())
            .map(|s| Stop::Aborted(s.reason()))
            .or_else(|| {
                let own = armed.controller.signal();
                own.aborted().then(|| Stop::Aborted(own.reason()))
            })
    }

    /// Waits for `promise` (`None`: for nothing, a plain sleep) until `timer` fires, unless
    /// the scope stops first. One non-generic future serves every sleep and every fetch step;
    /// the steps of one attempt share one timer.
    ///
    /// ```no_run
    /// use digitalocean_wasm::edge::{scope::{CallScope, Waited}, timer::sleep};
    /// # async fn demo() {
    /// let scope = CallScope::new(&[], None);
    /// let mut nap = sleep(10.0);
    /// assert!(matches!(scope.wait_js(None, &mut nap).await, Waited::Elapsed));
    /// # }
    /// ```
    pub fn wait_js<'a>(&'a self, promise: Option<Promise>, timer: &'a mut Sleep) -> WaitJs<'a> {
        WaitJs {
            scope: self,
            cancel: self
                .inner
                .as_ref()
                .map(|armed| JsFuture::from(armed.cancelled.clone())),
            work: promise.map(JsFuture::from),
            timer,
        }
    }

    /// Runs `work` until it finishes or the scope is cancelled (then `work` is dropped).
    pub async fn guard<F: Future>(&self, work: F) -> Result<F::Output, Stop> {
        if let Some(stop) = self.stopped() {
            return Err(stop);
        }
        let Some(armed) = &self.inner else {
            return Ok(work.await);
        };
        match race(JsFuture::from(armed.cancelled.clone()), work).await {
            Either::First(_) => Err(self.stopped().unwrap_or(Stop::TimedOut)),
            Either::Second(out) => Ok(out),
        }
    }
}

/// What [`CallScope::wait_js`] ended with.
#[derive(Debug)]
pub enum Waited {
    /// The promise settled: its value, or its rejection.
    Settled(Result<JsValue, JsValue>),
    /// The time limit passed first (for a plain sleep: the sleep is over).
    Elapsed,
    /// The call stopped first.
    Stopped(Stop),
}

/// Future returned by [`CallScope::wait_js`].
#[derive(Debug)]
pub struct WaitJs<'a> {
    scope: &'a CallScope,
    cancel: Option<JsFuture>,
    work: Option<JsFuture>,
    timer: &'a mut Sleep,
}

impl Future for WaitJs<'_> {
    type Output = Waited;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Waited> {
        let this = &mut *self;
        let mut stop = this.scope.stopped();
        if let Some(cancel) = this.cancel.as_mut() {
            if stop.is_none() && Pin::new(cancel).poll(cx).is_ready() {
                stop = Some(this.scope.stopped().unwrap_or(Stop::TimedOut));
            }
        }
        if let Some(stop) = stop {
            return Poll::Ready(Waited::Stopped(stop));
        }
        if let Some(work) = this.work.as_mut() {
            if let Poll::Ready(settled) = Pin::new(work).poll(cx) {
                return Poll::Ready(Waited::Settled(settled));
            }
        }
        if Pin::new(&mut *this.timer).poll(cx).is_ready() {
            return Poll::Ready(Waited::Elapsed);
        }
        Poll::Pending
    }
}
