#pragma once

#include <atomic>
#include <functional>

namespace Byline {

// How long work reports how far it is and learns that the person wants it stopped. The work
// calls report() now and then and returns ErrorCode::Cancelled, having changed nothing, once
// cancelled() is true. Both may be left empty.
struct Progress
{
    std::function<void(int done, int total)> onProgress; // total 0: not known yet
    const std::atomic_bool *cancel = nullptr; // set from another thread to stop

    void report(int done, int total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(); }
};

} // namespace Byline
