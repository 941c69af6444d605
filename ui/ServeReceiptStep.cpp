#include "ServeReceiptStep.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

using pishkhan::PrintableDocument;

ServeReceiptStep::ServeReceiptStep(QWidget* parent)
    : QWidget(parent)
    , m_outcome(new QLabel(this))
    , m_receipt(new QTextBrowser(this))
    , m_print(new QPushButton(tr("Print receipt"), this))
    , m_next(new QPushButton(tr("Next citizen"), this))
    , m_printed(new QLabel(this))
{
    m_outcome->setObjectName(u"doneOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receipt->setObjectName(u"doneReceipt"_s);
    m_print->setObjectName(u"donePrint"_s);
    m_next->setObjectName(u"doneNext"_s);
    m_printed->setObjectName(u"donePrinted"_s);
    m_printed->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_receipt, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_printed);
    connect(m_print, &QPushButton::clicked, this, &ServeReceiptStep::printRequested);
    connect(m_next, &QPushButton::clicked, this, &ServeReceiptStep::nextRequested);
}

void ServeReceiptStep::setOutcome(const QString& text)
{
    m_outcome->setText(text);
}

void ServeReceiptStep::setReceiptHtml(const QString& html)
{
    m_receipt->setHtml(html);
}

void ServeReceiptStep::setReceiptText(const QString& text)
{
    m_receipt->setPlainText(text);
}

void ServeReceiptStep::setReceipt(const PrintableDocument& document)
{
    // The images first: the HTML names them by URL, and a QTextBrowser asked for an unknown
    // URL draws a broken-image icon where the QR belongs.
    QTextDocument* doc = m_receipt->document();
    for (auto it = document.images.cbegin(); it != document.images.cend(); ++it)
        doc->addResource(QTextDocument::ImageResource, it.key(), it.value());
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(document.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(option);
    m_receipt->setHtml(document.html);
}

void ServeReceiptStep::setPrinted(const QString& text)
{
    m_printed->setText(text);
}

} // namespace pishkhan::ui
