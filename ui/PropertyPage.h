#pragma once

#include "counter/FollowUpLookup.h"
#include "counter/PropertyFile.h"
#include "print/PrintableDocument.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace pishkhan {
class DeskRuntime;
class FollowUpSearchWorker;
} // namespace pishkhan

namespace pishkhan::ui {

class HintLabel;

// The property file (F5). A property file is an inquiry like the others: the clerk starts one
// for a citizen (their code, the fee, a receipt) through the serve journey, and the answers of
// this counter's property-file requests are listed here, newest first, with what the
// municipality holds — permitted height and floors, plans around it, its permits — and printed
// as the answer with its verify code. Nothing is looked up without a paid request.
class PropertyPage : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    // Reloads the list and shows the newest request.
    void startOver();
    [[nodiscard]] const std::optional<PropertyFile>& file() const { return m_file; }
    [[nodiscard]] int requestCount() const { return int(m_records.size()); }
    // A list read is on its way (the list shown is the one before it).
    [[nodiscard]] bool isLoading() const;
    // The shown request's answer as a printable document (AnswerDocument), handed to whoever
    // prints through printRequested().
    void printFile();

    // Translated names of the backend's codes.
    [[nodiscard]] static QString planKindName(const QString& kind);
    [[nodiscard]] static QString planStatusName(const QString& status);
    [[nodiscard]] static QString permitTypeName(const QString& type);
    [[nodiscard]] static QString permitStatusName(const QString& status);
    [[nodiscard]] static QString landUseName(const QString& use);

signals:
    void printRequested(const pishkhan::PrintableDocument& document);
    // The clerk asked for a new property file: the serve journey takes it from here.
    void inquiryRequested();

private:
    // Asks for the list again; it is read on the worker's thread and shown by showRecords().
    void reload();
    void showRecords(QList<FollowUpRecord> records);
    [[nodiscard]] FollowUpSearchWorker* worker();
    void showRequest(int row);
    void showFile(const PropertyFile& file);
    void clearFile();
    void showError(const QString& message);

    DeskRuntime& m_runtime;
    QPushButton* m_newInquiry;
    QTableWidget* m_requests;
    HintLabel* m_error;
    QLabel* m_height;
    QLabel* m_summary;
    QTableWidget* m_plans;
    QTableWidget* m_permits;
    QPushButton* m_print;
    QTimer* m_refresh;
    FollowUpSearchWorker* m_worker = nullptr;
    bool m_noWorker = false; // no store key to open a second connection with
    quint64 m_ticket = 0;
    bool m_focusOnLoad = false; // startOver() focuses the list or the new-inquiry button
    QList<FollowUpRecord> m_records;
    std::optional<FollowUpRecord> m_shown;
    std::optional<PropertyFile> m_file;
};

} // namespace pishkhan::ui
