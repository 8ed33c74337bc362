// What moodbiome-report installs as the report command's writer (ReportCommand::setWriter).
#pragma once

#include "cli/ReportCommand.h"

namespace mb {

void writeReport(const Command& command, const QStringList& arguments, const ParsedArguments& parsed,
                 CommandContext& context);

} // namespace mb
