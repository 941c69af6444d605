// Always runs, with any compiler: a seeded mutation loop over the API response decoder for
// a bounded time. Malformed input must come back as an error value, never a crash or a hang.
#include "ApiCodecFuzz.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace pishkhan;

namespace {

const QList<QByteArray>& tokens()
{
    static const QList<QByteArray> t{"null",
                                     "true",
                                     "false",
                                     "0",
                                     "-1",
                                     "1e309",
                                     "-0",
                                     "9007199254740993",
                                     "1.5",
                                     "\"\"",
                                     "[]",
                                     "{}",
                                     "\"\\u0000\"",
                                     "\"\xd9\x85\"",
                                     "\"\xff\xfe\"",
                                     "[[[[[[[[",
                                     "}}}}",
                                     ",",
                                     ":",
                                     "\"2025-13-40T99:99:99Z\"",
                                     "\"urn:pishkhan:problem:\"",
                                     "\"final\":true"};
    return t;
}

QByteArray mutate(QByteArray in, QRandomGenerator& random, const QList<QByteArray>& corpus)
{
    const int rounds = 1 + int(random.bounded(4));
    for (int i = 0; i < rounds; ++i) {
        const qsizetype size = in.size();
        const auto pos = size > 0 ? qsizetype(random.bounded(quint32(size))) : 0;
        switch (random.bounded(7)) {
        case 0: // flip a byte
            if (size > 0)
                in[pos] = char(in.at(pos) ^ (1 << random.bounded(8)));
            break;
        case 1: // delete a run
            in.remove(pos, 1 + random.bounded(16));
            break;
        case 2: // insert a random byte
            in.insert(pos, char(random.bounded(256)));
            break;
        case 3: // insert a JSON-ish token
            in.insert(pos, tokens().at(random.bounded(int(tokens().size()))));
            break;
        case 4: // splice with another seed
        {
            const QByteArray& other = corpus.at(random.bounded(int(corpus.size())));
            const auto from =
                other.isEmpty() ? 0 : qsizetype(random.bounded(quint32(other.size())));
            in = in.left(pos) + other.mid(from);
            break;
        }
        case 5: // truncate
            in.truncate(pos);
            break;
        default: // duplicate a run
            in.insert(pos, in.mid(pos, 1 + random.bounded(32)));
            break;
        }
    }
    return in.left(64 * 1024);
}

} // namespace

class TestFuzzApiCodec : public QObject
{
    Q_OBJECT

private slots:
    void seedsDecode();
    void mutationLoop();
};

void TestFuzzApiCodec::seedsDecode()
{
    // The seeds are valid answers: each is accepted by at least one decoder.
    for (const QByteArray& seed : fuzz::seedCorpus())
        QVERIFY2(fuzz::decodeAll(seed) > 0, seed.constData() + 1);
}

void TestFuzzApiCodec::mutationLoop()
{
    const int seconds = qEnvironmentVariableIntValue("PISHKHAN_FUZZ_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("PISHKHAN_FUZZ_SECONDS")
                            : 15;
    QRandomGenerator random(20250321);
    QList<QByteArray> corpus = fuzz::seedCorpus();
    QElapsedTimer timer;
    timer.start();
    qint64 runs = 0;
    qint64 accepted = 0;
    while (timer.elapsed() < seconds * 1000) {
        const QByteArray& base = corpus.at(random.bounded(int(corpus.size())));
        const QByteArray input = mutate(base, random, corpus);
        const int ok = fuzz::decodeAll(input);
        accepted += ok > 0;
        // Keep some still-accepted mutants: they lead deeper into the decoders.
        if (ok > 2 && corpus.size() < 2000)
            corpus.append(input);
        ++runs;
    }
    qInfo("%lld mutated answers decoded in %d s without a crash (%lld accepted by a decoder, "
          "corpus %lld)",
          runs, seconds, accepted, qint64(corpus.size()));
    QVERIFY(runs > 1000);
}

QTEST_GUILESS_MAIN(TestFuzzApiCodec)
#include "tst_fuzz_api_codec.moc"
