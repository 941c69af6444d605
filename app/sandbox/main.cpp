// pishkhan-sandbox: the reference municipal backend as a process, for developers, testers
// and the contract tests. Prints one machine-readable line once it listens:
//   listening https://127.0.0.1:PORT pin=sha256//... cert=/path/cert.pem sms=/path/sms.log
//   admin=adm_...
// (one line). The admin token is new at every start unless --admin-token gives one; every
// /admin call must carry it as the X-Admin-Token header.
#include "Problem.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace pishkhan::sandbox;

namespace {

bool readRate(const QCommandLineParser& p, const QString& name, double& out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    out = p.value(name).toDouble(&ok);
    return ok && out >= 0 && out <= 1;
}

bool readInt(const QCommandLineParser& p, const QString& name, int& out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    out = p.value(name).toInt(&ok);
    return ok && out >= 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pishkhan-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PISHKHAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reference municipal backend for Pishkhan Desk (sample data, loopback only, HTTPS).\n"
        "Contract: docs/api.md. Prints 'listening https://127.0.0.1:PORT pin=sha256//... ... "
        "admin=TOKEN' on stdout when ready."));
    parser.addHelpOption();
    parser.addVersionOption();
    const auto opt = [&](const char* name, const char* help, const char* value = nullptr,
                         const char* def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        parser.addOption(o);
    };
    opt("port", "TCP port on 127.0.0.1; 0 picks a free one.", "port", "8443");
    opt("data-dir", "Database, TLS certificate, signing key and SMS log live here.", "dir");
    opt("tls-cert", "PEM certificate to serve instead of the generated one.", "file");
    opt("tls-key", "PEM private key for --tls-cert.", "file");
    opt("time-scale", "Sandbox seconds per real second (status transitions, expiries).", "x", "1");
    opt("latency-ms", "Fixed delay added to every API answer.", "ms");
    opt("jitter-ms", "Random extra delay, uniform in [0, ms].", "ms");
    opt("error-rate", "Share of API calls answered 503 + Retry-After (0..1).", "rate");
    opt("retry-after", "Retry-After seconds on injected 503s.", "s");
    opt("drop-after-commit-rate",
        "Share of API calls processed and stored, then closed with no answer (0..1).", "rate");
    opt("reset-rate", "Share of API calls answered with a TCP reset (0..1).", "rate");
    opt("seed", "Seed for the fault generator (repeatable runs).", "n");
    opt("max-body-bytes", "Largest request body accepted.", "bytes", "262144");
    opt("quiet", "Do not log one line per request on stderr.");
    opt("admin-token",
        "X-Admin-Token the /admin endpoints require; default: a random one, printed at start.",
        "token");
    opt("list-problems", "Print every problem type and exit.");
    parser.process(app);

    if (parser.isSet(QStringLiteral("list-problems"))) {
        for (const QString& slug : Problem::knownSlugs())
            std::printf("%s\n", qPrintable(Problem::typeUri(slug)));
        return 0;
    }

    SandboxOptions options;
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    bool ok = true;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "pishkhan-sandbox: --port must be 0..65535\n");
        return 2;
    }
    options.port = static_cast<quint16>(port);
    options.tlsCertPath = parser.value(QStringLiteral("tls-cert"));
    options.tlsKeyPath = parser.value(QStringLiteral("tls-key"));
    options.timeScale = parser.value(QStringLiteral("time-scale")).toDouble(&ok);
    if (!ok || options.timeScale <= 0) {
        std::fprintf(stderr, "pishkhan-sandbox: --time-scale must be a positive number\n");
        return 2;
    }
    options.maxBodyBytes = parser.value(QStringLiteral("max-body-bytes")).toLongLong(&ok);
    if (!ok || options.maxBodyBytes <= 0) {
        std::fprintf(stderr, "pishkhan-sandbox: --max-body-bytes must be positive\n");
        return 2;
    }
    FaultSettings& f = options.faults;
    bool faultsOk =
        readInt(parser, QStringLiteral("latency-ms"), f.latencyMs) &&
        readInt(parser, QStringLiteral("jitter-ms"), f.jitterMs) &&
        readInt(parser, QStringLiteral("retry-after"), f.retryAfterSeconds) &&
        readRate(parser, QStringLiteral("error-rate"), f.errorRate) &&
        readRate(parser, QStringLiteral("drop-after-commit-rate"), f.dropAfterCommitRate) &&
        readRate(parser, QStringLiteral("reset-rate"), f.resetRate);
    if (parser.isSet(QStringLiteral("seed")))
        f.seed = parser.value(QStringLiteral("seed")).toULongLong(&faultsOk);
    if (!faultsOk) {
        std::fprintf(stderr, "pishkhan-sandbox: a fault flag has an invalid value\n");
        return 2;
    }
    options.logRequests = !parser.isSet(QStringLiteral("quiet"));
    options.adminToken = parser.value(QStringLiteral("admin-token"));

    SandboxServer server;
    auto endpoint = server.start(options);
    if (!endpoint) {
        std::fprintf(stderr, "pishkhan-sandbox: %s\n", qPrintable(endpoint.error().message()));
        return 1;
    }
    std::printf("listening %s pin=%s cert=%s sms=%s admin=%s\n", qPrintable(endpoint->url),
                qPrintable(endpoint->pin), qPrintable(endpoint->certificatePath),
                qPrintable(endpoint->smsLogPath), qPrintable(endpoint->adminToken));
    std::fflush(stdout);
    return app.exec();
}
