// The Batches tab of the supervisor's screen, typed into like an office would: the municipality
// (the training sandbox) registers a bank's mandate, the supervisor updates the office's list of
// organisations, types the path of a 200-row bank CSV with no consent tokens, picks the bank,
// runs it; every row is queued and the batch's invoice (200 lines, 200 x the fee) is shown and
// saved as a PDF. Screenshot in <build>/gui-screenshots/fa-supervisor-batches.png.
#include "GuiAccounts.h"
#include "GuiDesk.h"
#include "GuiProbe.h"

#include "core/NationalCode.h"
#include "security/AccountService.h"
#include "ui/BatchPanel.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"
#include "ui/SupervisorPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pishkhan;

namespace {
const QString kBank = u"10380284790"_s;

} // namespace

class TestBatchScreen : public QObject
{
    Q_OBJECT

    GuiDesk m_desk;
    QString m_shots = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");

private slots:
    void initTestCase()
    {
        QDir().mkpath(m_shots);
        ui::Localization::apply(u"fa"_s);
        QVERIFY(m_desk.start(u"sara"_s, u"سارا محمدی"_s, kAdminPassword));
        const Session admin = m_desk.runtime().session();
        QVERIFY(m_desk.runtime().accounts().createAccount(admin, u"mina"_s, u"مینا احمدی"_s,
                                                          Role::Supervisor, kSupervisorPassword));
        m_desk.logOut();
        QVERIFY(m_desk.logIn(u"mina"_s, kSupervisorPassword));
    }

    void batchForABankIsInvoiced()
    {
        m_desk.registerBankMandate(kBank);
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"bank.csv"_s);
        QVERIFY(GuiDesk::writeBankBatch(csv, 200));

        m_desk.press(Qt::Key_F6);
        auto* page = m_desk.window().supervisorPage();
        QTRY_VERIFY(page->isVisible());
        ui::BatchPanel* panel = page->batches();
        // Pick the bank with the keyboard, type the file's path, run with Enter.
        QVERIFY(m_desk.runBatch(csv, kBank));
        QCOMPARE(m_desk.find<QComboBox>(u"batchOrganisation"_s)->currentData().toString(), kBank);
        QTRY_COMPARE(panel->rows()->rowCount(), 200);
        QVERIFY2(panel->invoice().has_value(),
                 qPrintable(m_desk.find<QLabel>(u"batchState"_s)->text()));
        QCOMPARE(panel->invoice()->lines.size(), 200);
        QCOMPARE(panel->invoice()->total(), Money::fromRials(200 * 90'000));
        QVERIFY(m_desk.find<QLabel>(u"batchInvoice"_s)->text().contains(u"بانک ملی"_s));
        QVERIFY(m_desk.find<QPushButton>(u"batchSaveInvoice"_s)->isEnabled());
        const QString pdf = dir.filePath(u"invoice.pdf"_s);
        QVERIFY(panel->saveInvoice(pdf));
        QVERIFY(QFile(pdf).size() > 1000);
        QTest::qWait(50);
        const QStringList problems =
            GuiProbe::grabAndCheck(&m_desk.window(), m_shots + u'/' + ui::Localization::current() +
                                                         u"-supervisor-batches.png"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestBatchScreen)
#include "tst_batch_screen.moc"
