#include "core/customers/vcard.h"

#include <QCoreApplication>

namespace spoke {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(spoke::VCard)
};

// Splits on unescaped separators and unescapes \\, \, \; \n.
QStringList splitValue(const QString &value, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            current += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else if (c == separator) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

QString unescape(const QString &value)
{
    return splitValue(value, QChar(0xFFFF)).join(QString());
}

QString escape(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == u'\\' || c == u',' || c == u';')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    return out;
}

struct Property
{
    QString name; ///< upper case, group stripped
    QStringList types; ///< lower case TYPE values
    QString value;
};

Property parseProperty(const QString &line)
{
    Property p;
    // Find the colon that ends the parameters (quoted parameter values may hold colons).
    bool quoted = false;
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return p;
    p.value = line.mid(colon + 1);
    const QStringList params = line.left(colon).split(u';');
    QString name = params.value(0).toUpper();
    if (const qsizetype dot = name.indexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1);
    p.name = name;
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QString param = params.at(i);
        const qsizetype eq = param.indexOf(u'=');
        const QString key = (eq < 0 ? QString() : param.left(eq)).toUpper();
        const QString val = eq < 0 ? param : param.mid(eq + 1);
        if (key == QLatin1String("TYPE") || eq < 0)
            for (const QString &t : val.split(u','))
                p.types << t.trimmed().remove(u'"').toLower();
    }
    return p;
}

QString labelFromTypes(const QStringList &types)
{
    for (const char *known : {"cell", "mobile", "home", "work", "fax"})
        if (types.contains(QLatin1String(known)))
            return QLatin1String(known) == QLatin1String("cell") ? QStringLiteral("mobile")
                                                                 : QString::fromLatin1(known);
    return {};
}

} // namespace

std::vector<VCardEntry> parseVCards(const QString &text, QStringList *fileProblems)
{
    // Unfold: a line starting with a space or tab continues the previous one.
    QStringList lines;
    std::vector<int> lineNumbers;
    const QStringList raw = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QString &l = raw.at(i);
        if ((l.startsWith(u' ') || l.startsWith(u'\t')) && !lines.isEmpty())
            lines.last() += l.mid(1);
        else {
            lines << l;
            lineNumbers.push_back(int(i) + 1);
        }
    }
    std::vector<VCardEntry> cards;
    VCardEntry *card = nullptr;
    QString version;
    bool hasName = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const Property p = parseProperty(line);
        if (p.name == QLatin1String("BEGIN")
            && p.value.compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            cards.push_back({lineNumbers[size_t(i)], {}, {}});
            card = &cards.back();
            version.clear();
            hasName = false;
            continue;
        }
        if (!card) {
            if (fileProblems)
                *fileProblems
                    << Tr::tr("Line %1: text outside BEGIN:VCARD ... END:VCARD.").arg(lineNumbers[size_t(i)]);
            continue;
        }
        Customer &c = card->customer;
        if (p.name == QLatin1String("END")) {
            if (version != QLatin1String("3.0") && version != QLatin1String("4.0"))
                card->problems << Tr::tr("vCard version %1 is not supported (3.0 and 4.0 are).")
                                      .arg(version.isEmpty() ? Tr::tr("(none)") : version);
            if (!hasName && c.displayName().isEmpty())
                card->problems << Tr::tr("The card has no name.");
            card = nullptr;
        } else if (p.name == QLatin1String("VERSION")) {
            version = p.value.trimmed();
        } else if (p.name == QLatin1String("N")) {
            const QStringList n = splitValue(p.value, u';');
            c.familyName = n.value(0).trimmed();
            c.givenName = QStringList {n.value(1).trimmed(), n.value(2).trimmed()}.join(u' ').trimmed();
            hasName = hasName || !c.familyName.isEmpty() || !c.givenName.isEmpty();
        } else if (p.name == QLatin1String("FN")) {
            if (c.givenName.isEmpty() && c.familyName.isEmpty()) {
                const QString fn = unescape(p.value).trimmed();
                const qsizetype space = fn.lastIndexOf(u' ');
                c.givenName = space < 0 ? fn : fn.left(space);
                c.familyName = space < 0 ? QString() : fn.mid(space + 1);
                hasName = hasName || !fn.isEmpty();
            }
        } else if (p.name == QLatin1String("ORG")) {
            c.companyName = splitValue(p.value, u';').value(0).trimmed();
        } else if (p.name == QLatin1String("TEL")) {
            QString number = unescape(p.value).trimmed();
            if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                number = number.mid(4);
            c.phones.push_back(
                {{}, labelFromTypes(p.types), number, {}, p.types.contains(QLatin1String("pref"))});
        } else if (p.name == QLatin1String("EMAIL")) {
            c.emails.push_back({{}, labelFromTypes(p.types), unescape(p.value).trimmed(),
                p.types.contains(QLatin1String("pref"))});
        } else if (p.name == QLatin1String("ADR")) {
            const QStringList a = splitValue(p.value, u';');
            CustomerAddress addr;
            addr.kind = p.types.contains(QLatin1String("work")) ? AddressKind::Billing : AddressKind::Service;
            addr.label = labelFromTypes(p.types);
            addr.unit = a.value(1).trimmed();
            addr.street = a.value(2).trimmed();
            addr.city = a.value(3).trimmed();
            addr.region = a.value(4).trimmed();
            addr.postalCode = a.value(5).trimmed();
            addr.country = a.value(6).trimmed();
            c.addresses.push_back(addr);
        } else if (p.name == QLatin1String("BDAY")) {
            const QString v = p.value.trimmed();
            QDate d = QDate::fromString(v, Qt::ISODate);
            if (!d.isValid())
                d = QDate::fromString(v, QStringLiteral("yyyyMMdd"));
            if (d.isValid())
                c.birthday = d;
            else
                card->problems << Tr::tr("The birthday \"%1\" is not a date.").arg(v);
        } else if (p.name == QLatin1String("NOTE")) {
            c.notes = unescape(p.value);
        } else if (p.name == QLatin1String("CATEGORIES")) {
            for (const QString &t : splitValue(p.value, u','))
                if (!t.trimmed().isEmpty())
                    c.tags << t.trimmed();
        } else if (p.name == QLatin1String("LANG")) {
            c.preferredLanguage = p.value.trimmed();
        }
    }
    if (card) {
        card->problems << Tr::tr("The card is not closed with END:VCARD.");
    }
    for (VCardEntry &e : cards)
        if (e.customer.givenName.isEmpty() && e.customer.familyName.isEmpty()
            && !e.customer.companyName.isEmpty())
            e.customer.company = true;
    return cards;
}

QString toVCard(const Customer &c)
{
    QStringList out {QStringLiteral("BEGIN:VCARD"), QStringLiteral("VERSION:4.0")};
    out << QStringLiteral("FN:") + escape(c.displayName());
    if (!c.company)
        out << QStringLiteral("N:") + escape(c.familyName) + u';' + escape(c.givenName)
                + QStringLiteral(";;;");
    if (!c.companyName.isEmpty())
        out << QStringLiteral("ORG:") + escape(c.companyName);
    for (const CustomerPhone &p : c.phones) {
        QString type = p.label == QLatin1String("mobile") ? QStringLiteral("cell") : p.label;
        out << QStringLiteral("TEL;VALUE=uri")
                + (type.isEmpty() ? QString() : QStringLiteral(";TYPE=") + type)
                + (p.preferred ? QStringLiteral(";PREF=1") : QString()) + QStringLiteral(":tel:")
                + (p.e164.isEmpty() ? p.number : p.e164);
    }
    for (const CustomerEmail &e : c.emails)
        out << QStringLiteral("EMAIL") + (e.label.isEmpty() ? QString() : QStringLiteral(";TYPE=") + e.label)
                + QStringLiteral(":") + e.address;
    for (const CustomerAddress &a : c.addresses)
        out << QStringLiteral("ADR;TYPE=")
                + (a.kind == AddressKind::Billing ? QStringLiteral("work") : QStringLiteral("home"))
                + QStringLiteral(":;") + escape(a.unit) + u';' + escape(a.street) + u';' + escape(a.city)
                + u';' + escape(a.region) + u';' + escape(a.postalCode) + u';' + escape(a.country);
    if (c.birthday.isValid())
        out << QStringLiteral("BDAY:") + c.birthday.toString(QStringLiteral("yyyyMMdd"));
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString &t : c.tags)
            tags << escape(t);
        out << QStringLiteral("CATEGORIES:") + tags.join(u',');
    }
    if (!c.notes.isEmpty())
        out << QStringLiteral("NOTE:") + escape(c.notes);
    if (!c.preferredLanguage.isEmpty())
        out << QStringLiteral("LANG:") + c.preferredLanguage;
    out << QStringLiteral("END:VCARD");
    // Fold lines longer than 75 octets (RFC 6350 3.2), never inside a UTF-8 sequence.
    QStringList folded;
    for (const QString &line : out) {
        QString rest = line;
        bool firstLine = true;
        while (rest.toUtf8().size() > 75) {
            qsizetype cut = 0;
            int bytes = 0;
            while (
                cut < rest.size() && bytes + QString(rest.at(cut)).toUtf8().size() <= (firstLine ? 75 : 74)) {
                bytes += int(QString(rest.at(cut)).toUtf8().size());
                ++cut;
            }
            if (cut > 0 && rest.at(cut - 1).isHighSurrogate())
                --cut;
            folded << (firstLine ? QString() : QStringLiteral(" ")) + rest.left(cut);
            rest = rest.mid(cut);
            firstLine = false;
        }
        folded << (firstLine ? QString() : QStringLiteral(" ")) + rest;
    }
    return folded.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace spoke
