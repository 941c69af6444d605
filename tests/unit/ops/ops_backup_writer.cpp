// Helper for tst_backup_live: takes fees (ledger entry + outbox row in one transaction)
// forever, printing each request id on its own line only after the commit returned. The key
// comes as hex on stdin so it never touches the disk or the process list; the store must
// already have the test's accounts and tariff table.
// Usage: ops_backup_writer DATABASE < key-hex
#include "../ledger/LedgerTestSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace pishkhan;
using namespace pishkhan::test;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: ops_backup_writer DATABASE < key-hex\n", stderr);
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    const QByteArray key = QByteArray::fromHex(QByteArray::fromStdString(line));

    LedgerFixture fixture;
    if (const QString failed = fixture.open(QString::fromLocal8Bit(argv[1]), key, false);
        !failed.isEmpty()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(failed));
        return 1;
    }
    for (;;) {
        auto fee = fixture.fee(fixture.clerk);
        if (!fee) {
            std::fprintf(stderr, "fee failed: %s\n", qPrintable(describe(fee.error())));
            return 1;
        }
        const QByteArray out = fee->requestId.toLatin1() + '\n';
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        std::fflush(stdout);
    }
}
