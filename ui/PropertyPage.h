#pragma once

#include "counter/PropertyFile.h"
#include "print/PrintableDocument.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace pishkhan {
class DeskRuntime;
}

namespace pishkhan::ui {

class HintLabel;

// The property file (F5): look a property up by renovation code or registered plate and show
// what the municipality holds — permitted height and floors, plans around it, its permits. The
// input is checked by the core identifiers before anything is sent; the call never blocks the
// counter.
class PropertyPage : public QWidget
{
    Q_OBJECT
public:
    explicit PropertyPage(DeskRuntime& runtime, QWidget* parent = nullptr);

    void startOver();
    void lookUp();
    [[nodiscard]] bool isBusy() const { return m_pending != 0; }
    [[nodiscard]] const std::optional<PropertyFile>& file() const { return m_file; }
    // The shown file as a printable document (AnswerDocument), handed to whoever prints
    // through printRequested().
    void printFile();

    // Translated names of the backend's codes.
    [[nodiscard]] static QString planKindName(const QString& kind);
    [[nodiscard]] static QString planStatusName(const QString& status);
    [[nodiscard]] static QString permitTypeName(const QString& type);
    [[nodiscard]] static QString permitStatusName(const QString& status);
    [[nodiscard]] static QString landUseName(const QString& use);

signals:
    void printRequested(const pishkhan::PrintableDocument& document);

private:
    void showFile(const PropertyFile& file);
    void showError(const QString& message);

    DeskRuntime& m_runtime;
    QRadioButton* m_byCode;
    QRadioButton* m_byPlate;
    QLineEdit* m_query;
    HintLabel* m_error;
    QLabel* m_height;
    QLabel* m_summary;
    QTableWidget* m_plans;
    QTableWidget* m_permits;
    std::optional<PropertyFile> m_file;
    quint64 m_pending = 0;
    QPushButton* m_print;
};

} // namespace pishkhan::ui
