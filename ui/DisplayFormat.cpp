#include "DisplayFormat.h"

#include "HintLabel.h"
#include "core/Money.h"
#include "core/SolarHijri.h"
#include "counter/DeskRuntime.h"
#include "counter/UiLanguage.h"
#include "ledger/LedgerService.h"
#include "ledger/ReportExporter.h"
#include "net/ApiError.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

QString DisplayFormat::money(const Money& amount)
{
    return UiLanguage::isPersian() ? amount.displayToman() : amount.displayTomanEnglish();
}

QString DisplayFormat::count(qint64 n)
{
    return QLocale().toString(n);
}

QString DisplayFormat::day(QDate date)
{
    if (!date.isValid())
        return {};
    if (UiLanguage::isPersian())
        return SolarHijri::formatDate(date);
    return SolarHijri::formatDate(date, SolarHijri::Digits::Latin);
}

QString DisplayFormat::moment(qint64 epochMs)
{
    if (epochMs <= 0)
        return {};
    if (UiLanguage::isPersian())
        return SolarHijri::formatEpoch(epochMs, SolarHijri::officeTimeZone());
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(epochMs).toLocalTime(),
                              QLocale::ShortFormat);
}

QString DisplayFormat::apiMessage(const ApiError& error)
{
    return UiLanguage::pick(error.messageFa(), error.messageEn());
}

ReportContext DisplayFormat::reportContext(DeskRuntime& runtime)
{
    ReportContext c;
    const DeskSettings& s = runtime.settings();
    c.officeName = s.officeName;
    c.officeCode = s.officeCode;
    c.counter = qMax(1, s.counter);
    c.generatedAt = QDateTime::currentMSecsSinceEpoch();
    if (LedgerService* ledger = runtime.ledger())
        if (const auto names = ledger->serviceNames())
            c.serviceNames = *names;
    c.language = UiLanguage::isPersian() ? ReceiptLabels::Language::Persian
                                         : ReceiptLabels::Language::English;
    return c;
}

QTableWidgetItem* DisplayFormat::cell(const QString& text, bool number)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    // Qt::AlignTrailing follows the layout direction: left in English, right in Persian.
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

void DisplayFormat::setUpTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
}

void DisplayFormat::makeTitle(QWidget* label)
{
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    label->setFont(big);
}

HintLabel* DisplayFormat::hint(QWidget* parent)
{
    auto* label = new HintLabel(HintLabel::Kind::Error, parent);
    label->setWordWrap(true);
    return label;
}

void DisplayFormat::keepLeftToRight(QLineEdit* edit)
{
    edit->setLayoutDirection(Qt::LeftToRight);
    edit->setAlignment(Qt::AlignLeft);
}

} // namespace pishkhan::ui
