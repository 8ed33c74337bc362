// Where moodbiome-cli writes: results on stdout, errors on stderr, as plain text or as JSON documents.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <utility>

namespace mb {

class CliError;

// A JSON object whose keys keep the order given (QJsonObject sorts them), for documented output shapes.
using OrderedJson = QList<std::pair<QString, QJsonValue>>;

class Console {
    Q_DECLARE_TR_FUNCTIONS(Console)
public:
    // Writes to the process's stdout and stderr.
    Console();
    // Writes to out and err instead (both open for writing, owned by the caller): the in-process tests.
    Console(QIODevice* out, QIODevice* err);

    void setJson(bool json) { m_json = json; }
    bool json() const { return m_json; }

    // Prints the result of a command: the JSON document with --json, else the text.
    void result(const QJsonObject& json, const QString& text);
    // The same, for a JSON document whose keys must appear in the order given.
    void orderedResult(const OrderedJson& json, const QString& text);
    // The same, for a JSON document the command wrote itself (such as numbers in full precision).
    void jsonTextResult(const QString& json, const QString& text) { print(json, text); }
    // With --json: {"errors":[{"field":..,"message":..}]} on stderr; else the message, and a hint for usage
    // errors.
    void error(const CliError& error);
    // A remark beside the result, on stderr so that the output stays data: "moodbiome-cli: TEXT", or with --json
    // {"notice":TEXT}.
    void notice(const QString& text);

    // For output that is neither text nor JSON, such as CSV.
    QTextStream& out() { return m_out; }
    // The device under out(), for writers that take a QIODevice (flush out() first).
    QIODevice& outDevice() { return *m_out.device(); }

private:
    void print(const QString& json, const QString& text);

    std::unique_ptr<QFile> m_stdout; // set when writing to the process's own streams
    std::unique_ptr<QFile> m_stderr;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace mb
