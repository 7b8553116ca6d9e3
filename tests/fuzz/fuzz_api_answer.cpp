// libFuzzer target: the central API's answers (ApiAnswerParser) on arbitrary bytes. The first byte picks
// the status, the rest is the body; every reader must return a value or an error, never crash.

#include "sync/ApiAnswerParser.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = {200, 201, 204, 400, 401, 404, 409, 413, 422, 429, 500, 503, 302, 0};
    ow::ApiAnswer answer;
    answer.status = statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))];
    answer.body = QByteArray(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    answer.headers.insert("retry-after", answer.body.left(8));
    (void)ow::ApiAnswerParser::error(answer);
    (void)ow::ApiAnswerParser::materialState(answer);
    (void)ow::ApiAnswerParser::login(answer);
    (void)ow::ApiAnswerParser::retryAfter(answer.body);
    const auto page = ow::ApiAnswerParser::feedPage(answer, QStringLiteral("changes"));
    if (page.ok()) {
        for (const QJsonValue& item : page->items)
            (void)ow::ApiAnswerParser::statusChange(item.toObject());
    }
    return 0;
}
