#include "TerminalSettlement.h"

#include "core/PersianText.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

Result<TerminalSettlement> TerminalSettlement::compute(const QString& terminalId,
                                                       const TerminalBatch& batch,
                                                       const SettlementInput& input)
{
    const QString terminal = PersianText::cleanIdentifier(terminalId);
    if (terminal.size() != 8 || !PersianText::isAsciiDigits(terminal))
        return Error(u"close.card_terminal_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "The card terminal's id must be 8 digits."),
                     u"terminal id length "_s + QString::number(terminal.size()));
    Result<Money> total = Money::parse(input.total, Money::Unit::Toman);
    if (!total)
        return Error(u"close.card_total_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "The terminal's settlement total is not an "
                                                "amount of money."),
                     u"terminal "_s + terminal + u": "_s + total.error().code());
    const QString count = PersianText::cleanIdentifier(input.count);
    bool ok = false;
    const qint64 n = count.toLongLong(&ok);
    if (count.isEmpty() || !PersianText::isAsciiDigits(count) || !ok || n > 1'000'000)
        return Error(u"close.card_count_invalid"_s,
                     QT_TRANSLATE_NOOP("Error", "The terminal's settlement count must be a "
                                                "whole number."),
                     u"terminal "_s + terminal);
    TerminalSettlement s;
    s.terminalId = terminal;
    s.ledgerCount = batch.feeCount - batch.voidCount;
    s.ledgerAmount = batch.net();
    s.settledCount = n;
    s.settledAmount = *total;
    return s;
}

} // namespace pishkhan
