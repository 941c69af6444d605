#include "RegisteredPlate.h"

#include "PersianText.h"

#include <QList>
#include <QStringList>
#include <QtGlobal>

#include <optional>

using namespace Qt::StringLiterals;

namespace pishkhan {

namespace {

constexpr int kMaxDigits = 9;

enum class Label { Section, Main, Sub };

struct Token
{
    bool isNumber = false;
    int number = 0; // when isNumber
    Label label = Label::Section;
    bool claimed = false;
};

Error partError(Label which)
{
    switch (which) {
    case Label::Section:
        return Error(
            u"plate.section"_s,
            QT_TRANSLATE_NOOP("Error", "The registration section must be a positive number."));
    case Label::Main:
        return Error(u"plate.main"_s,
                     QT_TRANSLATE_NOOP("Error", "The main plate must be a positive number."));
    case Label::Sub:
        break;
    }
    return Error(u"plate.sub"_s,
                 QT_TRANSLATE_NOOP("Error", "The sub plate must be a positive number."));
}

Error plateShapeError()
{
    return Error(u"plate.shape"_s,
                 QT_TRANSLATE_NOOP("Error", "Cannot read the registered plate; enter section, "
                                            "main plate and sub plate separately."));
}

// -1 when the text is not a number of at most nine digits.
int toNumber(QStringView digits)
{
    if (!PersianText::isAsciiDigits(digits))
        return -1;
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits.at(first) == u'0')
        ++first;
    if (digits.size() - first > kMaxDigits)
        return -1;
    return digits.mid(first).toInt();
}

// Words that decorate a plate in deeds and carry no number of their own.
bool isFiller(QStringView word)
{
    static const QStringView fillers[] = {u"پلاک",  u"ثبتی",       u"از", u"شماره",
                                          u"plate", u"registered", u"of", u"no"};
    for (const QStringView filler : fillers) {
        if (word.compare(filler, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool labelOf(QStringView word, Label* label)
{
    if (word == u"بخش" || word.compare(u"section", Qt::CaseInsensitive) == 0) {
        *label = Label::Section;
        return true;
    }
    if (word == u"اصلی" || word.compare(u"main", Qt::CaseInsensitive) == 0) {
        *label = Label::Main;
        return true;
    }
    if (word == u"فرعی" || word.compare(u"sub", Qt::CaseInsensitive) == 0) {
        *label = Label::Sub;
        return true;
    }
    return false;
}

} // namespace

Result<RegisteredPlate> RegisteredPlate::fromParts(int section, int mainPlate, int subPlate)
{
    if (section < 1 || section > 999'999'999)
        return partError(Label::Section);
    if (mainPlate < 1 || mainPlate > 999'999'999)
        return partError(Label::Main);
    if (subPlate < 0 || subPlate > 999'999'999)
        return partError(Label::Sub);
    return RegisteredPlate(section, mainPlate, subPlate);
}

Result<RegisteredPlate> RegisteredPlate::fromFields(QStringView section, QStringView mainPlate,
                                                    QStringView subPlate)
{
    const int s = toNumber(PersianText::cleanIdentifier(section));
    const int m = toNumber(PersianText::cleanIdentifier(mainPlate));
    const QString subText = PersianText::cleanIdentifier(subPlate);
    const int u = subText.isEmpty() ? 0 : toNumber(subText);
    if (s < 0)
        return partError(Label::Section);
    if (m < 0)
        return partError(Label::Main);
    if (u < 0)
        return partError(Label::Sub);
    return fromParts(s, m, u);
}

Result<RegisteredPlate> RegisteredPlate::parse(QStringView input)
{
    // normalize() folds digits and Arabic letters (Arabic-keyboard "فرعي" becomes "فرعی").
    const QString text = PersianText::normalize(input);
    if (text.isEmpty())
        return Error(u"plate.empty"_s, QT_TRANSLATE_NOOP("Error", "Enter the registered plate."));

    QList<Token> tokens;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            const int n = toNumber(QStringView(text).mid(i, end - i));
            if (n < 0)
                return plateShapeError();
            tokens.append(Token{true, n, Label::Section, false});
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < text.size() && (text.at(end).isLetter() || text.at(end).isMark() ||
                                         text.at(end).unicode() == 0x200C))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            Label label = Label::Section;
            if (labelOf(word, &label))
                tokens.append(Token{false, 0, label, false});
            else if (!isFiller(word))
                return plateShapeError();
            i = end;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            ++i; // "/", "-", ",", "،", ":" only separate tokens
        } else {
            return plateShapeError();
        }
    }

    qsizetype labels = 0;
    for (const Token& t : tokens)
        labels += t.isNumber ? 0 : 1;

    if (labels == 0) {
        if (tokens.size() != 3)
            return tokens.size() < 3
                       ? Error(u"plate.missing"_s,
                               QT_TRANSLATE_NOOP("Error", "A registered plate has a section, "
                                                          "a main plate and a sub plate."))
                       : plateShapeError();
        return fromParts(tokens.at(0).number, tokens.at(1).number, tokens.at(2).number);
    }

    // Labelled. "بخش" always comes before its number; "اصلی"/"فرعی" come before theirs
    // ("اصلی ۱۲۳") or after ("۱۲۳ اصلی", deed style), and one text uses one style for both.
    int value[3] = {-1, -1, -1};
    const auto claim = [&tokens](qsizetype at) -> int {
        if (at < 0 || at >= tokens.size() || !tokens.at(at).isNumber || tokens.at(at).claimed)
            return -1;
        tokens[at].claimed = true;
        return tokens.at(at).number;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).isNumber || tokens.at(i).label != Label::Section)
            continue;
        if (value[0] >= 0)
            return plateShapeError();
        value[0] = claim(i + 1);
        if (value[0] < 0)
            value[0] = claim(i - 1);
        if (value[0] < 0)
            return plateShapeError();
    }
    bool numberFirst = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!tokens.at(i).isNumber && tokens.at(i).label != Label::Section) {
            numberFirst = i > 0 && tokens.at(i - 1).isNumber && !tokens.at(i - 1).claimed;
            break;
        }
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        if (t.isNumber || t.label == Label::Section)
            continue;
        const int slot = t.label == Label::Main ? 1 : 2;
        if (value[slot] >= 0)
            return plateShapeError();
        value[slot] = claim(numberFirst ? i - 1 : i + 1);
        if (value[slot] < 0)
            return plateShapeError();
    }
    for (const Token& t : tokens) {
        if (t.isNumber && !t.claimed)
            return plateShapeError();
    }
    if (value[2] < 0)
        value[2] = 0; // land with a main plate only
    if (value[0] < 0 || value[1] < 0)
        return Error(u"plate.missing"_s,
                     QT_TRANSLATE_NOOP("Error",
                                       "A registered plate needs at least a section and a main "
                                       "plate."));
    return fromParts(value[0], value[1], value[2]);
}

QString RegisteredPlate::joinFields(QStringView section, QStringView mainPlate,
                                    QStringView subPlate)
{
    const QString s = section.trimmed().toString();
    const QString m = mainPlate.trimmed().toString();
    const QString u = subPlate.trimmed().toString();
    if (s.isEmpty() && m.isEmpty() && u.isEmpty())
        return {};
    return s + u'/' + m + u'/' + u;
}

namespace {

// The three parts of a joinFields() text, or nothing when the text is not one: exactly two
// slashes and every part digits (any script) or empty.
std::optional<QStringList> joinedParts(QStringView text)
{
    const QList<QStringView> parts = text.split(u'/');
    if (parts.size() != 3)
        return std::nullopt;
    QStringList out;
    for (const QStringView part : parts) {
        const QString clean = PersianText::cleanIdentifier(part);
        if (!clean.isEmpty() && !PersianText::isAsciiDigits(clean))
            return std::nullopt;
        out.append(part.trimmed().toString());
    }
    return out;
}

} // namespace

QStringList RegisteredPlate::splitFields(QStringView text)
{
    if (text.trimmed().isEmpty())
        return {QString(), QString(), QString()};
    if (const auto parts = joinedParts(text))
        return *parts;
    if (const auto plate = parse(text))
        return {QString::number(plate->section()), QString::number(plate->mainPlate()),
                plate->hasSubPlate() ? QString::number(plate->subPlate()) : QString()};
    return {text.trimmed().toString(), QString(), QString()};
}

Result<RegisteredPlate> RegisteredPlate::parseFields(QStringView text)
{
    if (const auto parts = joinedParts(text))
        return fromFields(parts->at(0), parts->at(1), parts->at(2));
    return parse(text);
}

QString RegisteredPlate::displayPersian() const
{
    QString text = u"بخش "_s + QString::number(m_section) + u"، اصلی "_s + QString::number(m_main);
    if (hasSubPlate())
        text += u"، فرعی "_s + QString::number(m_sub);
    return PersianText::toPersianDigits(text);
}

QString RegisteredPlate::display() const
{
    QString text =
        u"Section "_s + QString::number(m_section) + u", main "_s + QString::number(m_main);
    if (hasSubPlate())
        text += u", sub "_s + QString::number(m_sub);
    return text;
}

QString RegisteredPlate::masked() const
{
    return u"section "_s + QString::number(m_section) + u", main ***, sub ***"_s;
}

} // namespace pishkhan
