// `tag list [--all]`, `tag add NAME [--colour #RRGGBB]`, `tag rename NAME NEW`, `tag archive NAME [--undo]`: the
// database's tags (docs/FILE_FORMATS.md "Tags").
#pragma once

#include "cli/Command.h"

namespace mb {

class TagListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TagListCommand)
public:
    QStringList words() const override { return {QStringLiteral("tag"), QStringLiteral("list")}; }
    QString synopsis() const override { return Placeholder::fill(u"[--all]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {{QStringLiteral("all"), false}}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

class TagAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TagAddCommand)
public:
    QStringList words() const override { return {QStringLiteral("tag"), QStringLiteral("add")}; }
    QString synopsis() const override { return Placeholder::fill(u"NAME [--colour #RRGGBB]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {{QStringLiteral("colour")}}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

class TagRenameCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TagRenameCommand)
public:
    QStringList words() const override { return {QStringLiteral("tag"), QStringLiteral("rename")}; }
    QString synopsis() const override { return Placeholder::fill(u"NAME NEW-NAME"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

class TagArchiveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TagArchiveCommand)
public:
    QStringList words() const override { return {QStringLiteral("tag"), QStringLiteral("archive")}; }
    QString synopsis() const override { return Placeholder::fill(u"NAME [--undo]"); }
    QString summary() const override;
    QList<OptionSpec> options() const override { return {{QStringLiteral("undo"), false}}; }
    void run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const override;
};

} // namespace mb
