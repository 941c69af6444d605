#include "GuiDesk.h"
#include "../support/TestCitizens.h"
#include "storage/Database.h"
#include "ui/BatchPanel.h"
#include "ui/SupervisorPage.h"
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTabWidget>

#include "GuiProbe.h"

#include "counter/ServeFlow.h"
#include "sandbox/SandboxTrainingBackend.h"
#include "sync/SyncEngine.h"
#include "ui/Localization.h"
#include "ui/LoginPage.h"
#include "ui/ServePage.h"
#include "ui/SmsLogPanel.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pishkhan;

GuiDesk::GuiDesk() = default;

GuiDesk::~GuiDesk()
{
    m_window.reset();
    m_runtime.reset();
}

bool GuiDesk::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_runtime);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return false;
    m_window->activateWindow();
    return QTest::qWaitForWindowActive(m_window.get());
}

bool GuiDesk::start(const QString& adminUser, const QString& adminName, const QString& password)
{
    if (!m_dir.isValid())
        return false;
    DeskOptions options;
    options.dataDir = m_dir.path();
    options.training = true;
    options.trainingBackend = std::make_shared<sandbox::SandboxTrainingBackend>();
    options.pbkdf2Iterations = 1000;
    m_runtime = std::make_unique<DeskRuntime>(options);
    if (const Status opened = m_runtime->open(); !opened) {
        qWarning("open: %s", qPrintable(opened.error().message()));
        return false;
    }
    if (!openWindow())
        return false;
    m_runtime->start();
    if (!QTest::qWaitFor([this] { return m_runtime->isReady(); }, 30000) ||
        !QTest::qWaitFor([this] { return !m_runtime->catalogue().isEmpty(); }, 30000))
        return false;
    m_window->loginPage()->refresh();
    type(u"loginUsername"_s, adminUser);
    type(u"loginDisplayName"_s, adminName);
    type(u"loginPassword"_s, password);
    type(u"loginConfirm"_s, password);
    enter(u"loginConfirm"_s);
    return QTest::qWaitFor([this] { return m_runtime->session().isValid(); }, 5000);
}

QWidget* GuiDesk::find(const QString& name) const
{
    auto* w = m_window->findChild<QWidget*>(name);
    if (!w)
        qWarning("no widget %s", qPrintable(name));
    return w;
}

void GuiDesk::keys(QWidget* w, const QString& text)
{
    GuiProbe::typeText(w, text);
}

void GuiDesk::type(const QString& name, const QString& text)
{
    auto* edit = find<QLineEdit>(name);
    if (!edit)
        return;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    keys(edit, text);
}

void GuiDesk::enter(const QString& name)
{
    if (QWidget* w = find(name))
        QTest::keyClick(w, Qt::Key_Return);
}

void GuiDesk::press(int key, Qt::KeyboardModifiers mods)
{
    // Xvfb has no window manager: after a modal dialog closes, the main window may stay
    // inactive, and window shortcuts (F2…F7) only reach an active window.
    if (!QApplication::activeModalWidget() && QApplication::activeWindow() != m_window.get()) {
        m_window->activateWindow();
        (void)QTest::qWaitForWindowActive(m_window.get());
    }
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget()
                                                  : static_cast<QWidget*>(m_window.get());
    QTest::keyClick(target, Qt::Key(key), mods);
}

void GuiDesk::answerDialog(const QString& dialogName, const QString& text)
{
    // Polls until the dialog is up (exec() has started its own event loop), then answers it.
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, dialogName, text] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != dialogName) {
            if (++*tries > 500) {
                qWarning("no dialog %s", qPrintable(dialogName));
                timer->deleteLater();
                timer->stop();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (text.isNull()) {
            QTest::keyClick(modal, Qt::Key_Escape);
            return;
        }
        auto* edit = modal->findChild<QLineEdit*>();
        if (edit) {
            edit->setFocus();
            keys(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        }
    });
    timer->start();
}

bool GuiDesk::click(const QString& buttonName)
{
    auto* button = find<QPushButton>(buttonName);
    if (!button || !button->isEnabled())
        return false;
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    return true;
}

qint64 GuiDesk::queryNumber(const char* sql)
{
    return m_runtime->database().queryInt64(sql).valueOr(-1);
}

void GuiDesk::addAccount(const QString& username, const QString& displayName, int roleSteps,
                         const QString& password)
{
    type(u"staffUsername"_s, username);
    type(u"staffDisplayName"_s, displayName);
    auto* role = find<QComboBox>(u"staffRole"_s);
    if (!role)
        return;
    role->setFocus();
    role->setCurrentIndex(0);
    for (int i = 0; i < roleSteps; ++i)
        QTest::keyClick(role, Qt::Key_Down);
    type(u"staffPassword"_s, password);
    type(u"staffConfirm"_s, password);
    enter(u"staffConfirm"_s);
}

void GuiDesk::registerBankMandate(const QString& legalEntityId)
{
    m_runtime->sandboxAdmin(u"/admin/v1/mandates"_s,
                            QJsonObject{{u"office_code"_s, m_runtime->settings().officeCode},
                                        {u"legal_entity_id"_s, legalEntityId},
                                        {u"organisation_name"_s, u"بانک ملی شعبه چهارباغ"_s},
                                        {u"mandate_number"_s, u"MN-1405-0001"_s},
                                        {u"services"_s, QJsonArray{u"bank-inquiry"_s}},
                                        {u"valid_from"_s, u"2025-01-01T00:00:00Z"_s},
                                        {u"valid_until"_s, u"2099-01-01T00:00:00Z"_s}});
}

bool GuiDesk::writeBankBatch(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("service_id,national_code,mobile,field.renovation_code,field.registered_plate,"
            "field.bank,field.loan_type\n");
    for (int i = 0; i < rows; ++i)
        f.write((u"bank-inquiry,"_s + pishkhan::test::nationalCode(5000 + i) + u",0912"_s +
                 QString::number(i).rightJustified(7, u'0') +
                 u",6-12-345-17-0-0-0,14/2153/47,melli,purchase\n"_s)
                    .toUtf8());
    return f.flush();
}

bool GuiDesk::runBatch(const QString& csvPath, const QString& legalEntityId)
{
    pishkhan::ui::SupervisorPage* page = m_window->supervisorPage();
    pishkhan::ui::BatchPanel* panel = page->batches();
    page->showTab(page->tabs()->indexOf(panel));
    auto* organisations = find<QComboBox>(u"batchOrganisation"_s);
    // The office's list from the municipality (the mandate may have been registered just now).
    const bool listed = QTest::qWaitFor(
        [&] {
            if (!panel->isFetching() && organisations->findData(legalEntityId) < 0)
                panel->fetchOrganisations();
            return organisations->findData(legalEntityId) >= 0;
        },
        20000);
    if (!listed)
        return false;
    organisations->setFocus();
    organisations->setCurrentIndex(0);
    while (organisations->currentData().toString() != legalEntityId &&
           organisations->currentIndex() < organisations->count() - 1)
        QTest::keyClick(organisations, Qt::Key_Down);
    type(u"batchFile"_s, csvPath);
    enter(u"batchFile"_s);
    return true;
}

bool GuiDesk::logIn(const QString& user, const QString& password)
{
    type(u"loginUsername"_s, user);
    type(u"loginPassword"_s, password);
    enter(u"loginPassword"_s);
    return QTest::qWaitFor(
        [&] { return m_runtime->session().isValid() && m_runtime->session().username == user; },
        5000);
}

void GuiDesk::logOut()
{
    press(Qt::Key_L, Qt::ControlModifier);
}

QString GuiDesk::lastSmsCode()
{
    m_window->smsPanel()->refresh();
    const QRegularExpressionMatch m =
        QRegularExpression(u"(\\d{6})"_s).match(m_window->smsPanel()->lastMessage());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString GuiDesk::serveCitizen(const QString& nationalCode, const QString& mobile,
                              const QString& cardTerminal, const QString& cardReference,
                              const QString& renovationCode)
{
    ServeFlow* flow = nullptr;
    press(Qt::Key_F2);
    if (!QTest::qWaitFor([&] { return (flow = m_window->servePage()->flow()) != nullptr; }, 5000))
        return {};
    m_window->servePage()->startOver();
    type(u"citizenNationalCode"_s, nationalCode);
    enter(u"citizenNationalCode"_s);
    (void)QTest::qWaitFor([&] { return find(u"citizenMobile"_s)->hasFocus(); }, 2000);
    keys(find(u"citizenMobile"_s), mobile);
    enter(u"citizenMobile"_s);
    QTest::keyClicks(find(u"serviceSearch"_s), u"property file"_s);
    enter(u"serviceSearch"_s);
    return finishServing(*flow, renovationCode, cardTerminal, cardReference);
}

QString GuiDesk::inquirePropertyFile(const QString& nationalCode, const QString& mobile,
                                     const QString& renovationCode)
{
    press(Qt::Key_F5);
    auto* start = find(u"propertyNewInquiry"_s);
    if (!start || !QTest::qWaitFor([&] { return start->isVisible(); }, 5000))
        return {};
    press(Qt::Key_N, Qt::ControlModifier);
    ServeFlow* flow = m_window->servePage()->flow();
    if (!flow || !QTest::qWaitFor([&] { return find(u"citizenNationalCode"_s)->hasFocus(); }, 5000))
        return {};
    type(u"citizenNationalCode"_s, nationalCode);
    enter(u"citizenNationalCode"_s);
    (void)QTest::qWaitFor([&] { return find(u"citizenMobile"_s)->hasFocus(); }, 2000);
    keys(find(u"citizenMobile"_s), mobile);
    enter(u"citizenMobile"_s);
    return finishServing(*flow, renovationCode, {}, {});
}

QString GuiDesk::finishServing(ServeFlow& serving, const QString& renovationCode,
                               const QString& cardTerminal, const QString& cardReference)
{
    auto* rc = find<QLineEdit>(u"field_renovation_code"_s);
    if (!rc || !QTest::qWaitFor([&] { return rc->hasFocus(); }, 5000))
        return {};
    keys(rc, renovationCode);
    QTest::keyClick(rc, Qt::Key_Return);
    return consentAndPay(serving, cardTerminal, cardReference);
}

QString GuiDesk::consentAndPay(ServeFlow& serving, const QString& cardTerminal,
                               const QString& cardReference)
{
    ServeFlow* flow = &serving;
    (void)QTest::qWaitFor([&] { return find(u"consentCode"_s)->hasFocus(); }, 5000);
    // The last SMS may be an earlier citizen's: wait for a new one after asking.
    const QString before = lastSmsCode();
    enter(u"consentCode"_s);
    if (!QTest::qWaitFor([&] { return flow->hasChallenge() && !flow->isBusy(); }, 15000))
        return {};
    QString code;
    (void)QTest::qWaitFor(
        [&] {
            code = lastSmsCode();
            return !code.isEmpty() && code != before;
        },
        5000);
    if (code.isEmpty())
        return {};
    type(u"consentCode"_s, code);
    enter(u"consentCode"_s);
    if (!QTest::qWaitFor([&] { return flow->step() == ServeFlow::Step::Payment; }, 15000))
        return {};
    (void)QTest::qWaitFor([&] { return find(u"paymentCash"_s)->hasFocus(); }, 2000);
    if (cardTerminal.isEmpty()) {
        enter(u"paymentCash"_s);
    } else {
        // Arrow down moves the radio choice to the card, as a clerk's hand does.
        QTest::keyClick(find(u"paymentCash"_s), Qt::Key_Down);
        type(u"paymentTerminal"_s, cardTerminal);
        type(u"paymentReference"_s, cardReference);
        enter(u"paymentReference"_s);
    }
    if (!QTest::qWaitFor([&] { return flow->step() == ServeFlow::Step::Done; }, 20000))
        return {};
    return flow->outcome().trackingCode;
}

QString GuiDesk::cashPropertyFilePayload(int district)
{
    const QJsonObject renovation{{u"district"_s, 6},  {u"area"_s, 12},    {u"block"_s, 345},
                                 {u"property"_s, 17}, {u"building"_s, 0}, {u"apartment"_s, 0},
                                 {u"shop"_s, 0}};
    const QJsonObject payload{{u"district"_s, district},
                              {u"fields"_s, QJsonObject{{u"renovation_code"_s, renovation}}},
                              {u"fee_rials"_s, 80000},
                              {u"payment"_s, QJsonObject{{u"method"_s, u"cash"_s}}}};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

bool GuiDesk::waitForAnswers(int done)
{
    m_runtime->sandboxAdmin(u"/admin/v1/clock"_s, {{u"advance_seconds"_s, 60}});
    return QTest::qWaitFor(
        [&] {
            m_runtime->sync()->syncNow();
            return queryNumber("SELECT COUNT(*) FROM outbox_result WHERE status = 'done'") >= done;
        },
        30000);
}

QStringList GuiDesk::screenshot(const QString& name, int settleMs)
{
    const QString dir = QStringLiteral(PISHKHAN_BINARY_DIR "/gui-screenshots");
    QDir().mkpath(dir);
    QTest::qWait(settleMs);
    return GuiProbe::grabAndCheck(&window(), dir + u'/' + ui::Localization::current() + u'-' +
                                                 name + u".png"_s);
}
