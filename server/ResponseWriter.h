#pragma once

// ResponseWriter: puts an ApiResponse on the wire of a QHttpServer connection: status line, headers,
// then the body (none for HEAD), streamed from disk for file answers. For --drop-rate it can stop half
// way through the body and close the connection.

#include "ApiResponse.h"

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace ow::central {

class ResponseWriter
{
public:
    static void write(QTcpSocket* socket, const ApiResponse& response, bool headRequest,
                      bool cutBody = false);
    static QByteArray reasonPhrase(int status);
};

} // namespace ow::central
