#pragma once

// CaseSamples: well-formed request bodies for the server tests: cases of window 420800-01-007 (the demo
// site's window 7), material bytes and their SHA-256.

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ow::central::test {

// The compact acceptance number of window `window` of hall 420800-01 for `sequence` on `date`.
QString acceptanceNumber(int sequence, int window = 7, QDate date = QDate(2025, 10, 20));

// A case as core/CaseJson::caseToJson writes it: applicant 张伟, item HB-JM-010001, status accepted,
// one material made of `blobs`.
QJsonObject sampleCase(const QUuid& uuid, int sequence, const QStringList& blobs = {}, int window = 7);

QString casePath(const QUuid& uuid);

// Deterministic pseudo-random bytes.
QByteArray materialBytes(qint64 size, quint32 seed);
QString sha256Hex(const QByteArray& bytes);

} // namespace ow::central::test
