#include "PrintErrors.h"

namespace pishkhan {

using namespace Qt::StringLiterals;

namespace {

const char* const kNoSuchPrinter =
    QT_TRANSLATE_NOOP("Error", "The printer chosen in the settings is not installed on this "
                               "computer. Choose another printer in the settings.");
const char* const kOffline =
    QT_TRANSLATE_NOOP("Error", "The printer is off, stopped or out of paper. Check it, then "
                               "print again from the \"to print\" list.");
const char* const kRefused =
    QT_TRANSLATE_NOOP("Error", "The printer refused the document. It is kept in the \"to "
                               "print\" list; print it again from there.");
const char* const kUnsupported =
    QT_TRANSLATE_NOOP("Error", "This kind of printer is not supported yet.");

} // namespace

Error PrintErrors::noSuchPrinter(const QString& name)
{
    return Error(u"print.no_such_printer"_s, kNoSuchPrinter, name);
}

Error PrintErrors::offline(const QString& name, const QString& detail)
{
    return Error(u"print.offline"_s, kOffline, detail.isEmpty() ? name : name + u": "_s + detail);
}

Error PrintErrors::refused(const QString& name, const QString& detail)
{
    return Error(u"print.refused"_s, kRefused, detail.isEmpty() ? name : name + u": "_s + detail);
}

Error PrintErrors::unsupported(const QString& detail)
{
    return Error(u"print.unsupported"_s, kUnsupported, detail);
}

Error PrintErrors::routeInvalid(const char* userText, const QString& detail)
{
    return Error(u"print.route_invalid"_s, userText, detail);
}

Error PrintErrors::jobNotFound(qint64 id)
{
    return Error(u"print.job_not_found"_s,
                 QT_TRANSLATE_NOOP("Error", "This document is no longer in the \"to print\" list."),
                 u"job "_s + QString::number(id));
}

Error PrintErrors::jobClosed(qint64 id)
{
    return Error(u"print.job_closed"_s,
                 QT_TRANSLATE_NOOP("Error", "This document was already printed or discarded."),
                 u"job "_s + QString::number(id));
}

Error PrintErrors::reasonMissing()
{
    return Error(u"print.reason_missing"_s,
                 QT_TRANSLATE_NOOP("Error", "Write why the document is not printed."));
}

Error PrintErrors::fromCode(const QString& code, const QString& detail)
{
    if (code == u"print.no_such_printer"_s)
        return Error(code, kNoSuchPrinter, detail);
    if (code == u"print.offline"_s)
        return Error(code, kOffline, detail);
    if (code == u"print.unsupported"_s)
        return Error(code, kUnsupported, detail);
    if (code == u"print.layout_failed"_s)
        return Error(code,
                     QT_TRANSLATE_NOOP("Error", "The document could not be laid out for printing."),
                     detail);
    if (code == u"print.pdf_failed"_s)
        return Error(code, QT_TRANSLATE_NOOP("Error", "The PDF file could not be written."),
                     detail);
    return Error(code.isEmpty() ? u"print.refused"_s : code, kRefused, detail);
}

} // namespace pishkhan
