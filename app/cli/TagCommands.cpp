// The tag commands: every change through TagRepository, so it is validated and audited like the GUI's.
#include "cli/TagCommands.h"

#include "cli/CliError.h"
#include "cli/Console.h"
#include "cli/DatabaseFile.h"
#include "cli/TextTable.h"
#include "storage/Store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mb {

namespace {

QJsonObject toJson(const Tag& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("colour"), t.colour},
            {QStringLiteral("archived"), t.archived}};
}

Tag requireTag(Store* store, const QString& name)
{
    const auto tag = store ? store->tags().byName(name) : std::nullopt;
    if (!tag)
        throw CliError::input(QStringLiteral("tag"),
                              QCoreApplication::translate("TagListCommand", "There is no tag “%1”.").arg(name));
    return *tag;
}

} // namespace

QString TagListCommand::summary() const
{
    return tr("List the tags, in their order; --all includes archived ones.");
}

void TagListCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 0, 0, QString());
    const auto store = context.database.openExisting();
    const QList<Tag> tags = store ? store->tags().list(parsed.has(QStringLiteral("all"))) : QList<Tag>();
    QJsonArray json;
    TextTable table;
    table.addRow({tr("Name"), tr("Colour"), tr("Archived")});
    for (const Tag& t : tags) {
        json.append(toJson(t));
        table.addRow({t.name, t.colour, t.archived ? tr("yes") : QString()});
    }
    context.console.result({{QStringLiteral("tags"), json}}, json.isEmpty() ? tr("No tags yet.") : table.toString());
}

QString TagAddCommand::summary() const
{
    return tr("Add a tag, a yes/no fact about a day such as coffee or running.");
}

void TagAddCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, tr("the %1 of the tag, such as coffee").arg(Placeholder::word(u"NAME")));
    Tag tag{.name = arguments.first().trimmed()};
    if (const auto problem = tagNameProblem(tag.name))
        throw CliError::input(QStringLiteral("name"), *problem);
    if (const auto colour = parsed.value(QStringLiteral("colour"))) {
        if (const auto problem = tagColourProblem(*colour))
            throw CliError::input(QStringLiteral("colour"), *problem);
        tag.colour = *colour;
    }
    QJsonObject json;
    context.database.change([&](Store& store) {
        tag.id = blamingField(QStringLiteral("name"), [&] { return store.tags().create(tag); });
        json = toJson(*store.tags().byId(tag.id));
    });
    context.console.result({{QStringLiteral("tag"), json}}, tr("Added the tag “%1”.").arg(tag.name));
}

QString TagRenameCommand::summary() const
{
    return tr("Rename a tag; entries that carry it keep it.");
}

void TagRenameCommand::run(const QStringList& arguments, const ParsedArguments&, CommandContext& context) const
{
    expectArguments(arguments, 2, 2,
                    tr("the %1 of the tag and its %2").arg(Placeholder::word(u"NAME"), Placeholder::word(u"NEW-NAME")));
    const auto store = context.database.openExisting();
    const Tag tag = requireTag(store.get(), arguments[0]);
    blamingField(QStringLiteral("name"), [&] { store->tags().rename(tag.id, arguments[1]); });
    const Tag renamed = *store->tags().byId(tag.id);
    context.console.result({{QStringLiteral("tag"), toJson(renamed)}},
                           tr("Renamed the tag “%1” to “%2”.").arg(tag.name, renamed.name));
}

QString TagArchiveCommand::summary() const
{
    return tr("Archive a tag: old entries keep it, new ones are not offered it; --undo unarchives it.");
}

void TagArchiveCommand::run(const QStringList& arguments, const ParsedArguments& parsed, CommandContext& context) const
{
    expectArguments(arguments, 1, 1, tr("the %1 of the tag").arg(Placeholder::word(u"NAME")));
    const bool archive = !parsed.has(QStringLiteral("undo"));
    const auto store = context.database.openExisting();
    const Tag tag = requireTag(store.get(), arguments[0]);
    store->tags().setArchived(tag.id, archive);
    context.console.result({{QStringLiteral("tag"), toJson(*store->tags().byId(tag.id))}},
                           archive ? tr("Archived the tag “%1”.").arg(tag.name)
                                   : tr("Unarchived the tag “%1”.").arg(tag.name));
}

} // namespace mb
