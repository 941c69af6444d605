#pragma once

#include "print/PrinterRoute.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace pishkhan::ui {

// Where each kind of document goes, one row per kind: a PDF (opened with the desktop's
// viewer), a printer the system knows (QPrinterInfo) or a thermal ESC/POS printer by address,
// each with its paper. Only collects: PrinterRoute::validate() judges.
class PrintRoutesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PrintRoutesEditor(QWidget* parent = nullptr);

    // Fills the rows; a printer in the settings the system no longer lists shows "(not found)".
    void setRoutes(const PrintRoutes& routes);
    [[nodiscard]] PrintRoutes routes() const;

private:
    struct Row
    {
        QComboBox* way = nullptr;
        QComboBox* printer = nullptr;
        QLineEdit* target = nullptr;
        QComboBox* paper = nullptr;
    };
    void updateRow(const Row& row);

    QMap<DocumentKind, Row> m_rows;
};

} // namespace pishkhan::ui
