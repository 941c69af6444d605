#pragma once

#include "core/Error.h"

#include <QString>

namespace pishkhan {

// Every print.* refusal in one place, so a code read back from the "to print" list shows the
// same Persian sentence as the error the printer gave when it failed.
class PrintErrors
{
public:
    PrintErrors() = delete;

    // print.no_such_printer: the named system printer is not installed (any more).
    static Error noSuchPrinter(const QString& name);
    // print.offline: the printer exists but reports an error or is stopped.
    static Error offline(const QString& name, const QString& detail = {});
    // print.refused: the job was handed over and the print system refused it.
    static Error refused(const QString& name, const QString& detail = {});
    // print.unsupported: no way to paper of this type is built in.
    static Error unsupported(const QString& detail);
    // print.route_invalid: a route that can never print (empty name, bad target, wrong paper).
    static Error routeInvalid(const char* userText, const QString& detail);
    // print.job_not_found / print.job_closed: retry or discard of a job not pending.
    static Error jobNotFound(qint64 id);
    static Error jobClosed(qint64 id);
    // print.reason_missing: a discard needs a reason.
    static Error reasonMissing();

    // The error a stored code stands for (its English source text, for userMessage()); an
    // unknown code reads as print.refused.
    static Error fromCode(const QString& code, const QString& detail);
};

} // namespace pishkhan
