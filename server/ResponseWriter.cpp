#include "ResponseWriter.h"

#include "FileStreamer.h"

#include <QTcpSocket>

namespace ow::central {

QByteArray ResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 416:
        return "Range Not Satisfiable";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

void ResponseWriter::write(QTcpSocket* socket, const ApiResponse& response, bool headRequest, bool cutBody)
{
    if (!socket || !socket->isOpen())
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status()) + ' ' + reasonPhrase(response.status()) + "\r\n";
    if (!response.contentType().isEmpty())
        head += "Content-Type: " + response.contentType() + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.contentLength()) + "\r\n";
    for (const auto& [name, value] : response.headers())
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    const qint64 length = response.contentLength();
    if (headRequest || length == 0) {
        if (cutBody)
            socket->disconnectFromHost();
        return;
    }
    const qint64 cutAfter = cutBody ? length / 2 : -1;
    if (response.isFile()) {
        FileStreamer::start(socket, response.filePath(), response.fileOffset(), length, cutAfter);
        return;
    }
    if (cutBody) {
        socket->write(response.body().left(cutAfter));
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.body());
}

} // namespace ow::central
