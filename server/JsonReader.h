#pragma once

// JsonReader: strict, typed access to a JSON request body. A missing required field or a value of the
// wrong type ends the request with 400 request.invalidField, naming the field by its path
// ("materials[2].blobs[0]") and the type that was expected.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace ow::central {

class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    // Parses a request body: 400 request.malformedJson when it is not JSON, request.notAnObject when
    // the document is not an object. An empty body reads as {}.
    static JsonReader parseBody(const QByteArray& body);

    bool has(const QString& key) const;
    bool isNull(const QString& key) const;

    QString string(const QString& key) const;                        // required, non-empty after trimming
    std::optional<QString> optionalString(const QString& key) const; // absent or null -> nullopt
    qint64 integer(const QString& key) const;
    std::optional<qint64> optionalInteger(const QString& key) const;
    bool boolean(const QString& key) const;
    std::optional<bool> optionalBoolean(const QString& key) const;
    QJsonArray array(const QString& key) const;
    std::optional<QJsonArray> optionalArray(const QString& key) const;
    JsonReader object(const QString& key) const;
    std::optional<JsonReader> optionalObject(const QString& key) const;
    QStringList stringList(const QString& key) const; // required array of strings (may be empty)

    // Element access for arrays read with array().
    JsonReader objectAt(const QJsonArray& array, qsizetype index, const QString& key) const;
    QString stringAt(const QJsonArray& array, qsizetype index, const QString& key) const;

    const QJsonObject& json() const { return m_object; }
    QString pathOf(const QString& key) const;

    [[noreturn]] void invalid(const QString& key, const QString& expected) const;

private:
    QJsonValue required(const QString& key, const QString& expected) const;

    QJsonObject m_object;
    QString m_path;
};

} // namespace ow::central
