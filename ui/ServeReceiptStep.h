#pragma once

#include "print/PrintableDocument.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace pishkhan::ui {

// Serving, the last step: what became of the request, the receipt, and the two ways on (print
// the receipt, next citizen).
class ServeReceiptStep : public QWidget
{
    Q_OBJECT
public:
    explicit ServeReceiptStep(QWidget* parent = nullptr);

    // Rich text: accepted (with the tracking code), queued or refused, and the receipt number.
    void setOutcome(const QString& text);
    void setReceiptHtml(const QString& html);
    void setReceiptText(const QString& text);
    // The receipt exactly as paper gets it, QR image included.
    void setReceipt(const pishkhan::PrintableDocument& document);
    // Where the printed receipt went; empty for a fresh citizen.
    void setPrinted(const QString& text);
    [[nodiscard]] QPushButton* printButton() const { return m_print; }
    [[nodiscard]] QPushButton* nextButton() const { return m_next; }

signals:
    void printRequested();
    void nextRequested();

private:
    QLabel* m_outcome;
    QTextBrowser* m_receipt;
    QPushButton* m_print;
    QPushButton* m_next;
    QLabel* m_printed;
};

} // namespace pishkhan::ui
