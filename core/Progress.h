#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Byline {

// How long work reports how far it is and learns that the person wants it stopped. The work
// calls report() now and then and returns ErrorCode::Cancelled, having changed nothing, once
// cancelled() is true. Work done in stages of their own measure (an import reads the file, then
// writes the search index) names each later stage with stage(), and counts from 0 again.
// Each may be left empty.
struct Progress
{
    std::function<void(int done, int total)> onProgress; // total 0: not known yet
    const std::atomic_bool *cancel = nullptr; // set from another thread to stop
    std::function<void(const QString &what)> onStage; // "Indexing for search", in words

    void report(int done, int total) const
    {
        if (onProgress)
            onProgress(done, total);
    }
    void stage(const QString &what) const
    {
        if (onStage)
            onStage(what);
    }
    [[nodiscard]] bool cancelled() const { return cancel && cancel->load(); }
};

} // namespace Byline
