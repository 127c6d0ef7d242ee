// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

namespace Blackout {

/// A flag shared between whoever starts long work and the work itself; copying shares the same flag.
class Cancellation {
public:
    Cancellation() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    void cancel() { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace Blackout
