// Reading passphrases from files and from the terminal, with echo off.
#include "cli/PassphraseSource.h"

#include "cli/CliError.h"
#include "cli/Placeholder.h"
#include "core/Passphrase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mb {

PassphraseSource::PassphraseSource(std::optional<QString> file, QString field)
    : m_file(std::move(file))
    , m_field(std::move(field))
{
}

QByteArray PassphraseSource::forDatabase(const QString& path) const
{
    if (m_key)
        return *m_key;
    if (m_file)
        m_key = readFile(*m_file, m_field);
    else if (const auto typed = ask(tr("Passphrase for “%1”: ").arg(QDir::toNativeSeparators(path))))
        m_key = Passphrase::toKey(*typed);
    else
        m_key = QByteArray();
    return *m_key;
}

QByteArray PassphraseSource::newPassphrase(const std::optional<QString>& newFile, const QString& field)
{
    QString text;
    if (newFile) {
        text = QString::fromUtf8(readFile(*newFile, field));
    } else {
        const auto first = ask(tr("New passphrase: "));
        if (!first)
            throw CliError::usage(field, tr("Give the new passphrase with --%1 %2, or run the command on a "
                                            "terminal to be asked for it.")
                                             .arg(field, Placeholder::word(u"FILE")));
        const auto second = ask(tr("The new passphrase again: "));
        if (!second || *second != *first)
            throw CliError::input(field, tr("The two passphrases differ; nothing was changed."));
        text = *first;
    }
    if (const QString problem = Passphrase::problem(text); !problem.isEmpty())
        throw CliError::input(field, problem + u' ' + tr("Nothing was changed."));
    return Passphrase::toKey(text);
}

QByteArray PassphraseSource::readFile(const QString& path, const QString& field)
{
    // A file, or a pipe such as <(pass show study) or /dev/stdin: read up to the first line break, and never more
    // than 64 KiB (a device such as /dev/zero never ends).
    QFile file(path);
    if (path.isEmpty() || !QFileInfo::exists(path) || QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        throw CliError::usage(field, tr("Cannot read the passphrase file “%1”.").arg(QDir::toNativeSeparators(path)));
    QByteArray contents;
    while (contents.size() < 64 * 1024 && !contents.contains('\n')) {
        const QByteArray chunk = file.read(4096); // blocks on a pipe until its writer writes or closes it
        if (chunk.isEmpty())
            break;
        contents += chunk;
    }
    const QString text = Passphrase::fromFileContents(contents);
    if (text.isEmpty())
        throw CliError::usage(field, tr("The passphrase file “%1” is empty: the passphrase is its first line.")
                                         .arg(QDir::toNativeSeparators(path)));
    return Passphrase::toKey(text);
}

std::optional<QString> PassphraseSource::ask(const QString& question)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(question.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios saved = {};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace mb
