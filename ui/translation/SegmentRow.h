#pragma once

#include "core/translation/Segments.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Byline {

class GrowingTextEdit;

// One segment in the translation view: its name and state on top, the source on the left
// (read only; for a stale segment also the source it was translated from, with the words that
// changed marked), the translation on the right, quality warnings under it. The state is told
// by words and a symbol as well as by colour. An expert quote's row shows the quote as said and
// its translation; the quote's words are shared by every article that quotes it, so the view
// saves them on their own (QuoteService) and the field keeps its own undo.
class SegmentRow : public QFrame
{
    Q_OBJECT
public:
    enum class State { Done, Stale, Missing, InProgress };

    // What a row is: its segment's key, a headline (one line), or an expert quote.
    struct Kind
    {
        QString key;
        bool singleLine = false;
        bool quote = false;
    };
    // The rows a source text asks for, in reading order: the headline, the lead and the other
    // fields, then each block that is a segment, and each expert quote.
    [[nodiscard]] static QList<Kind> kindsFor(const Translation &source);
    // How core's segment state shows.
    [[nodiscard]] static State stateFor(Segments::State state);

    // `singleLine`: a headline (Enter moves on, no line breaks). `quote`: an expert quote.
    SegmentRow(const QString &key, bool singleLine, bool quote, QWidget *parent = nullptr);

    [[nodiscard]] const QString &key() const { return m_key; }
    [[nodiscard]] bool isQuote() const { return m_quote; }
    [[nodiscard]] bool isSingleLine() const { return m_singleLine; }

    void setLabel(const QString &label);
    // The source now; `previous`: what the translation was made from, when that differs.
    void setSource(const QString &source, const QString &previous = {});
    // Replaces the text shown (undo, a reload) without reporting it as typed.
    void setTranslation(const QString &text);
    [[nodiscard]] QString translation() const;
    void setState(State state);
    [[nodiscard]] State state() const { return m_state; }
    void setWarnings(const QStringList &warnings);
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const;
    // The row being worked on: set off from the others.
    void setCurrent(bool current);
    // A quote row: its note under the translation (who may translate it, that it is shared).
    void setNote(const QString &note);

    [[nodiscard]] QPlainTextEdit *editor() const;
    [[nodiscard]] QLabel *stateLabel() const { return m_stateLabel; }
    [[nodiscard]] QLabel *sourceLabel() const { return m_source; }
    [[nodiscard]] QLabel *previousLabel() const { return m_previous; }
    [[nodiscard]] QLabel *warningsLabel() const { return m_warnings; }
    [[nodiscard]] QToolButton *copyButton() const { return m_copy; }
    [[nodiscard]] QToolButton *doneButton() const { return m_done; }

    [[nodiscard]] static QString stateText(State state);

Q_SIGNALS:
    void edited(const QString &key, const QString &text);
    void focused(const QString &key);
    void copyRequested(const QString &key);
    void doneRequested(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void paintState();

    QString m_key;
    bool m_quote = false;
    bool m_singleLine = false;
    QString m_sourceText;
    QString m_previousText;
    State m_state = State::Missing;
    bool m_current = false;
    bool m_setting = false;
    QFrame *m_stripe = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_previousCaption = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_nowCaption = nullptr;
    GrowingTextEdit *m_editor = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_note = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_done = nullptr;
};

} // namespace Byline
