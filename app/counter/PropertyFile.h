#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pishkhan {

// A municipal plan near the property (street widening, metro, park…), as the backend lists it.
struct PropertyPlan
{
    QString kind; // street_widening, metro, …
    QString titleFa;
    QString titleEn;
    QString status; // planned, under_review, approved, under_construction
    double distanceM = 0;
};

// A permit or certificate issued for the property.
struct PropertyPermit
{
    QString number;
    QString type;   // building_permit, structural_completion, completion_certificate
    QString status; // issued, in_progress, completed, expired, suspended, revoked
    QDate issuedOn; // Gregorian-backed; shown in Solar Hijri
    QString issuedJalali;
    int floors = 0; // 0 = not stated
    QString noteFa;
    QString noteEn;
};

// The property file: the data of an answered property-file inquiry (docs/api.md §4.9): what
// the property screen shows. The numbers stay numbers (height in metres, floors) so the screen
// formats them in the clerk's language.
struct PropertyFile
{
    bool sampleData = false;
    QString renovationCode; // "6-12-345-17-0-0-0"
    int plateSection = 0;
    int plateMain = 0;
    int plateSub = 0;
    int district = 0;
    QString addressFa;
    QString addressEn;
    QString landUse;
    double landAreaM2 = 0;
    double permittedHeightM = 0;
    int permittedFloors = 0;
    int densityPercent = 0;
    double setbackM = 0;
    Money levyDebt;
    QList<PropertyPlan> plans;
    QList<PropertyPermit> permits;

    // Error code: property_file.malformed (no permitted height/floors, no renovation code, a
    // plan or permit that is not an object).
    [[nodiscard]] static Result<PropertyFile> parse(const QJsonObject& json);

    // The file as the backend sent it: what a printed property file shows, member by member.
    QJsonObject json;
};

} // namespace pishkhan
