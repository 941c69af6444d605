// Helper for tst_crash_safety: enqueues requests forever and prints each request id on its
// own line only after enqueue() — and with it the commit — has returned. Every few rows it
// also claims a batch, so a kill can leave rows in `sending` for crash recovery to return.
// The 64-hex-digit key comes on stdin, so it never touches the disk or the process list.
// Usage: outbox_crash_writer DATABASE < key
#include "storage/LocalStore.h"
#include "storage/OutboxStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <iostream>
#include <string>

using namespace pishkhan;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: outbox_crash_writer DATABASE < key-hex\n", stderr);
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    const QByteArray key = QByteArray::fromHex(QByteArray::fromStdString(line));

    auto store = LocalStore::open(QString::fromLocal8Bit(argv[1]), key);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.error().message()));
        return 1;
    }
    OutboxStore outbox(store->database());
    if (auto recovered = outbox.recoverAfterCrash(QDateTime::currentMSecsSinceEpoch());
        !recovered) {
        std::fprintf(stderr, "recovery failed: %s\n", qPrintable(recovered.error().message()));
        return 1;
    }

    for (qint64 n = 0;; ++n) {
        OutboxEntry e;
        e.requestId = OutboxStore::newRequestId();
        e.serviceId = u"crash-test"_s;
        e.catalogueVersion = 1;
        e.nationalCode = u"0499370899"_s;
        e.mobile = u"09121234567"_s;
        e.citizenName = u"زهرا احمدی"_s;
        e.payload = u"{\"n\":"_s + QString::number(n) + u'}';
        e.feeReference = u"fee"_s;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (Status s = outbox.enqueue(e, now); !s) {
            std::fprintf(stderr, "enqueue failed: %s\n", qPrintable(s.error().message()));
            return 1;
        }
        const QByteArray out = e.requestId.toLatin1() + '\n';
        std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
        std::fflush(stdout);
        if (n % 7 == 6) {
            if (auto claimed = outbox.claimBatch(3, now); !claimed) {
                std::fprintf(stderr, "claim failed: %s\n", qPrintable(claimed.error().message()));
                return 1;
            }
        }
    }
}
