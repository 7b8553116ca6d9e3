#pragma once

// IdCardTextDecoder: turns the 256-byte UCS-2LE text block of an ID card (and the read-base-info answer
// that carries it with the photo) into IdCardData, validating the number with the core rules.

#include "core/Result.h"
#include "devices/IdCardData.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>

namespace ow {

class RegionTable;

class IdCardTextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ow::IdCardTextDecoder)

public:
    static constexpr int textSize = 256;
    static constexpr int photoSize = 1024;
    static constexpr int cardTypeOffset = 248; // ' ' resident card, 'I' foreign permanent, 'J' permit

    // Decodes a text block (only its first 256 bytes are read). Errors: "idcard.text_length",
    // "idcard.card_type", "idcard.name", "idcard.birth_date", "idcard.validity", "idcard.ethnicity",
    // "idcard.id_number" (the core validator's message appended), "idcard.inconsistent" (birth date or
    // gender disagree with the number).
    static Result<IdCardData> decode(QByteArrayView text, const RegionTable& regions, QDate today);

    // Decodes the data of a read-base-info answer: text length and photo length (two bytes each,
    // big-endian), the text block, the WLT photo. Errors as decode(), and "idcard.base_info_length".
    static Result<IdCardData> decodeBaseInfo(QByteArrayView data, const RegionTable& regions, QDate today);
};

} // namespace ow
