#include "core/changes/ChangeFeed.h"

#include <QMetaMethod>

#include <utility>

namespace Byline {

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Byline::Changes>();
}

void ChangeFeed::publish(const Changes &changes)
{
    if (changes.isEmpty() || !isSignalConnected(QMetaMethod::fromSignal(&ChangeFeed::changed)))
        return;
    const bool alreadyMany = !m_queue.isEmpty() && m_queue.constLast().kind == ChangeKind::Many;
    if (alreadyMany || m_queue.size() + changes.size() > maxQueued) {
        // Listing each would cost more than reloading: one Many says "reload everything".
        const ChangeOrigin origin = changes.constFirst().origin;
        m_queue = {Change {ChangeKind::Many, {}, 0, {}, origin}};
    } else {
        m_queue += changes;
    }
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(this, &ChangeFeed::flush, Qt::QueuedConnection);
    }
}

void ChangeFeed::flush()
{
    m_flushPosted = false;
    if (m_queue.isEmpty())
        return;
    const Changes changes = std::exchange(m_queue, {});
    Q_EMIT changed(changes);
}

} // namespace Byline
