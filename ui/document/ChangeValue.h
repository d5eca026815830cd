#pragma once

#include "ui/document/UndoCommandIds.h"

#include <QElapsedTimer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace Byline {

// "Change one value" as an undo command (the shape of Tiled's changevalue.h): it remembers the
// value before and after and applies one or the other. Commands with a merge id (typing) fold
// into the previous command when it changed the same field (`mergeKey`) less than
// `mergeWindowMs` ago, so that a burst of typing is one undo step and a pause starts the next;
// typing that returns a field to its old text leaves no step at all.
template<class Value>
class ChangeValue : public QUndoCommand
{
public:
    using Apply = std::function<void(const Value &)>;
    static constexpr qint64 mergeWindowMs = 2000;

    ChangeValue(const QString &text, Value before, Value after, Apply apply,
                UndoCommandId mergeId = UndoCommandId::None, QString mergeKey = {})
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
        , m_mergeId(mergeId)
        , m_mergeKey(std::move(mergeKey))
    {
        m_lastChange.start();
    }

    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }
    int id() const override { return int(m_mergeId); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValue *>(other);
        if (!next || next->m_mergeKey != m_mergeKey || m_lastChange.hasExpired(mergeWindowMs))
            return false;
        m_after = next->m_after;
        m_lastChange.restart();
        setObsolete(m_before == m_after);
        return true;
    }

private:
    Value m_before;
    Value m_after;
    Apply m_apply;
    UndoCommandId m_mergeId;
    QString m_mergeKey;
    QElapsedTimer m_lastChange;
};

} // namespace Byline
