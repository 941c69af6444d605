// The helper the gapless test kills: records fees in a loop through the real LedgerService and
// prints
// "<business day> <receipt number>" after each commit. Its clock moves 7 minutes per entry
// already in the ledger, so runs cross midnights and a restarted run continues the same day.
//   ledger_crash_writer DB KEYHEX [COUNT]   (COUNT 0 = until killed)
#include "LedgerTestSupport.h"

#include <QCoreApplication>

#include <cstdio>

using namespace pishkhan;
using namespace pishkhan::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QByteArray key = QByteArray::fromHex(args[1 + 1].toLatin1());
    const qint64 count = args.size() > 3 ? args[3].toLongLong() : 0;
    LedgerFixture f;
    if (QString e = f.open(args[1], key, false); !e.isEmpty()) {
        std::fprintf(stderr, "open: %s\n", e.toUtf8().constData());
        return 3;
    }
    for (qint64 i = 0; count == 0 || i < count; ++i) {
        auto head = f.ledger->store().head();
        if (!head)
            return 4;
        f.clock.set(tehran(2025, 3, 21, 20) + head->seq * 7 * 60'000);
        auto fee =
            f.fee(i % 2 ? f.clerk : f.clerk2,
                  i % 3 ? QStringLiteral("property-file") : QStringLiteral("bank-inquiry"),
                  i % 5 ? Payment::cash()
                        : Payment::card(QStringLiteral("12345678"), QStringLiteral("123456")));
        if (!fee) {
            std::fprintf(stderr, "fee: %s\n", describe(fee.error()).toUtf8().constData());
            return 5;
        }
        std::printf("%s %lld\n", fee->businessDay.toString(Qt::ISODate).toLatin1().constData(),
                    static_cast<long long>(fee->receiptNo));
        std::fflush(stdout);
    }
    return 0;
}
