#pragma once

#include "ui/settings/SettingsPage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Byline {

// Settings > Site texts: every word a page shows, per language (a table of text x language),
// editable. The text Byline ships is shown for the chosen cell, and can be restored; a text the
// newsroom changed is marked.
class SiteStringsSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit SiteStringsSettingsPage(QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load(const Data &data) override;
    void collect(SettingsService::Change &change) const override;
    void setEditable(bool editable) override;
    [[nodiscard]] QWidget *firstInvalid() override;
    void retranslate() override;

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QLabel *shippedLabel() const { return m_shipped; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    // The cell of `key` in `locale`, -1 when there is none.
    [[nodiscard]] int rowOf(const QString &key) const;
    [[nodiscard]] int columnOf(const QString &locale) const;

private:
    void showCurrent();
    void mark(int row, int column);
    void filter();
    [[nodiscard]] QString stored(int row, int column) const;
    [[nodiscard]] QString shipped(int row, int column) const;

    Data m_data;
    QStringList m_keys;
    QLabel *m_hint = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_shipped = nullptr;
    QPushButton *m_restore = nullptr;
    bool m_editable = true;
};

} // namespace Byline
