#pragma once

#include "ledger/DayClose.h"

#include <QDate>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
struct OfficeDayTable;
} // namespace pishkhan

namespace pishkhan::ui {

// Every counter of the office on one business day (OfficeDayView): the closes the backend holds
// beside this counter's own close or close preview. The backend is asked without blocking; when
// it cannot be reached the table shows this counter only and says so.
class OfficeDayPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OfficeDayPanel(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Loads the day in the date field (the open business day at first).
    void refresh();
    // This counter's signed close, once the supervisor has closed the day here.
    void setLocalClose(const DayClose& close);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] bool isLoading() const { return m_pending != 0; }

private:
    void load(QDate day);
    void showTable(const QJsonObject& backend, QDate day, const QString& problem);
    void fill(const OfficeDayTable& table);

    DeskRuntime& m_runtime;
    QLineEdit* m_date;
    QLabel* m_state;
    QTableWidget* m_table;
    QLabel* m_total;
    std::optional<DayClose> m_localClose;
    quint64 m_pending = 0;
};

} // namespace pishkhan::ui
