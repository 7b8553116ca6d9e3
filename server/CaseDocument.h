#pragma once

// CaseDocument: a case as the client reports it (PUT /api/v1/cases/{uuid}, the shape of
// core/CaseJson::caseToJson), checked field by field: types (400), then meaning (422): a valid
// acceptance number, known status, delivery and material-source names, dates, SHA-256 blob hashes.

#include "core/AcceptanceNumber.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::central {

class JsonReader;

struct CaseHistoryEntry
{
    QString status;
    QString at; // ISO 8601 UTC with milliseconds
    QString by;
    QString note;

    bool operator==(const CaseHistoryEntry& other) const { return status == other.status && at == other.at; }
};

class CaseDocument
{
public:
    // Checks `body` as the case `uuid`; throws ApiFailure 400 / 422 on the first problem.
    static CaseDocument parse(const JsonReader& body, const QString& uuid);

    static const QStringList& statusNames();
    static bool isStatus(const QString& name) { return statusNames().contains(name); }

    QString uuid;
    QString acceptanceNumber; // compact, 23 characters
    AcceptanceNumberParts parts;
    QString acceptedAt; // normalised to UTC
    QString status;
    QStringList itemCodes;
    QStringList blobHashes; // every material's blobs, in order
    QList<CaseHistoryEntry> history;
    QJsonObject json; // the body, with acceptedAt / acceptanceNumber normalised

    // history as JSON, oldest first
    static QJsonArray historyJson(const QList<CaseHistoryEntry>& history);
    static QList<CaseHistoryEntry> historyFrom(const QJsonArray& array);
};

} // namespace ow::central
