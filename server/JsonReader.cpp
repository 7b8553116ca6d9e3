#include "JsonReader.h"

#include "ApiFailure.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace ow::central {

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{}

JsonReader JsonReader::parseBody(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return JsonReader(QJsonObject()); // no body: {}
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        throw ApiFailure::badRequest(
            QStringLiteral("request.malformedJson"),
            QStringLiteral("The request body is not well-formed JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset),
            QJsonObject{{QStringLiteral("offset"), error.offset}});
    if (!document.isObject())
        throw ApiFailure::badRequest(QStringLiteral("request.notAnObject"),
                                     QStringLiteral("The request body must be a JSON object."));
    return JsonReader(document.object());
}

QString JsonReader::pathOf(const QString& key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.startsWith(QLatin1Char('[')))
        return m_path + key;
    return m_path + QLatin1Char('.') + key;
}

void JsonReader::invalid(const QString& key, const QString& expected) const
{
    const QString field = pathOf(key);
    throw ApiFailure::badRequest(
        QStringLiteral("request.invalidField"),
        QStringLiteral("The field \"%1\" must be %2.").arg(field, expected),
        QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("expected"), expected}});
}

bool JsonReader::has(const QString& key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNull(const QString& key) const
{
    const QJsonValue value = m_object.value(key);
    return value.isNull() || value.isUndefined();
}

QJsonValue JsonReader::required(const QString& key, const QString& expected) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        invalid(key, expected);
    return value;
}

QString JsonReader::string(const QString& key) const
{
    const QJsonValue value = required(key, QStringLiteral("a non-empty string"));
    if (!value.isString() || value.toString().trimmed().isEmpty())
        invalid(key, QStringLiteral("a non-empty string"));
    return value.toString().trimmed();
}

std::optional<QString> JsonReader::optionalString(const QString& key) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString())
        invalid(key, QStringLiteral("a string"));
    return value.toString().trimmed();
}

qint64 JsonReader::integer(const QString& key) const
{
    const QJsonValue value = required(key, QStringLiteral("an integer"));
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 9007199254740991.0)
        invalid(key, QStringLiteral("an integer"));
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key) const
{
    if (isNull(key))
        return std::nullopt;
    return integer(key);
}

bool JsonReader::boolean(const QString& key) const
{
    const QJsonValue value = required(key, QStringLiteral("true or false"));
    if (!value.isBool())
        invalid(key, QStringLiteral("true or false"));
    return value.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString& key) const
{
    if (isNull(key))
        return std::nullopt;
    return boolean(key);
}

QJsonArray JsonReader::array(const QString& key) const
{
    const QJsonValue value = required(key, QStringLiteral("an array"));
    if (!value.isArray())
        invalid(key, QStringLiteral("an array"));
    return value.toArray();
}

std::optional<QJsonArray> JsonReader::optionalArray(const QString& key) const
{
    if (isNull(key))
        return std::nullopt;
    return array(key);
}

JsonReader JsonReader::object(const QString& key) const
{
    const QJsonValue value = required(key, QStringLiteral("an object"));
    if (!value.isObject())
        invalid(key, QStringLiteral("an object"));
    return JsonReader(value.toObject(), pathOf(key));
}

std::optional<JsonReader> JsonReader::optionalObject(const QString& key) const
{
    if (isNull(key))
        return std::nullopt;
    return object(key);
}

QStringList JsonReader::stringList(const QString& key) const
{
    const QJsonArray values = array(key);
    QStringList out;
    out.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        out << stringAt(values, i, key);
    return out;
}

JsonReader JsonReader::objectAt(const QJsonArray& array, qsizetype index, const QString& key) const
{
    const QString element = QStringLiteral("%1[%2]").arg(key).arg(index);
    if (!array.at(index).isObject())
        invalid(element, QStringLiteral("an object"));
    return JsonReader(array.at(index).toObject(), pathOf(element));
}

QString JsonReader::stringAt(const QJsonArray& array, qsizetype index, const QString& key) const
{
    const QString element = QStringLiteral("%1[%2]").arg(key).arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        invalid(element, QStringLiteral("a non-empty string"));
    return value.toString().trimmed();
}

} // namespace ow::central
