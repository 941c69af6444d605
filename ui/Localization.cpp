#include "Localization.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace pishkhan::ui {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_language = u"fa"_s;
} // namespace

void Localization::apply(const QString& language)
{
    g_language = language == u"en"_s ? u"en"_s : u"fa"_s;
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();

    const QLocale locale = g_language == u"fa"_s ? QLocale(QLocale::Persian, QLocale::Iran)
                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (g_app->load(u":/i18n/pishkhan_"_s + g_language + u".qm"_s))
        QCoreApplication::installTranslator(g_app.get());
    if (g_language == u"fa"_s &&
        g_qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QGuiApplication::setLayoutDirection(locale.textDirection());
}

QString Localization::current()
{
    return g_language;
}

} // namespace pishkhan::ui
