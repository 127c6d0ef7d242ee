// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <chrono>
#include <memory>

namespace Blackout {

/// A flag shared between whoever starts long work and the work itself; copying shares the same flag.
/// A Cancellation may also carry a deadline (withDeadline): past it, isCancelled() is true too, so
/// every place that already polls the flag (between pages, inside OCR) bounds a file's time for free.
class Cancellation {
public:
    using Clock = std::chrono::steady_clock;

    Cancellation() : m_state(std::make_shared<State>()) {}
    void cancel() { m_state->flag.store(true); }
    bool isCancelled() const { return m_state->flag.load() || isPastDeadline() || (m_parent && m_parent->isCancelled()); }

    /// A new flag that is also set when this one is, and that sets itself after timeout.
    /// Cancelling the child does not cancel this one. A timeout of zero or less means no deadline.
    Cancellation withDeadline(std::chrono::milliseconds timeout) const
    {
        Cancellation child;
        child.m_parent = std::make_shared<Cancellation>(*this);
        if (timeout.count() > 0)
            child.m_deadline = Clock::now() + timeout;
        return child;
    }

    /// True when the work stopped because its own deadline passed, not because someone cancelled it.
    bool isPastDeadline() const { return m_deadline != Clock::time_point::max() && Clock::now() >= m_deadline; }

private:
    struct State {
        std::atomic_bool flag{false};
    };
    std::shared_ptr<State> m_state;
    std::shared_ptr<Cancellation> m_parent;
    Clock::time_point m_deadline = Clock::time_point::max(); ///< max(): none
};

} // namespace Blackout
