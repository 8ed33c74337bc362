# CPack: the Debian package (generator DEB) and the source tarball (CPackSourceConfig.cmake, TGZ).
# One command builds both: cmake --workflow --preset package (see packaging/README.md).
set(CPACK_PACKAGE_NAME moodbiome)
set(CPACK_PACKAGE_VENDOR "The MoodBiome developers")
set(CPACK_PACKAGE_CONTACT "The MoodBiome developers <maintainers@moodbiome.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "mood and stress journal against gut-focused interventions")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "MoodBiome keeps a daily journal of mood, stress, anxiety, sleep, gut comfort\n"
    "and diet, and charts them against probiotics, prebiotics, diet changes, faecal\n"
    "microbiota transplants and psychiatric medication. Clinicians running small\n"
    "gut-brain trials keep many pseudonymous participants. Everything stays in a\n"
    "local SQLite database with an audit trail of every change. The interface\n"
    "speaks English and Dutch.\n"
    "\n"
    "The package holds the desktop application (moodbiome) and the command-line\n"
    "tool (moodbiome-cli).")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Write the values below into CPackConfig.cmake as they are (regular expressions keep their "\.").
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

# Debian: dependencies come from the binaries themselves (dpkg-shlibdeps, from dpkg-dev), so they
# name the exact Qt 6, QCustomPlot and SQLite runtime packages the build linked against. That covers
# the plugins we need too: the SVG icon engine is in libqt6svg6, the xcb platform in libqt6gui6, and
# libqt6printsupport6 comes with libqcustomplot2.1-qt6 (our binaries do not link it themselves).
# The DEB generator installs under /usr by default (CPACK_PACKAGING_INSTALL_PREFIX).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The database engine: SQLCipher 4.6 or later (bookworm-backports on Debian 12; packaging/README.md).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.6)")
# Qt's own Dutch strings (standard buttons, file dialogs) for the Dutch interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# Source tarball: the tree as it stands, without build output, version control or editor files.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME moodbiome-${PROJECT_VERSION})
string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\1" moodbiome_source_regex "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${moodbiome_source_regex}/build/"
    "^${moodbiome_source_regex}/\\.git/"
    "^${moodbiome_source_regex}/\\.git$"
    "^${moodbiome_source_regex}/\\.cache/"
    "^${moodbiome_source_regex}/compile_commands\\.json$"
    "^${moodbiome_source_regex}/CMakeUserPresets\\.json$"
    "\\.qm$"
    "\\.user$"
    "\\.swp$"
    "~$")

include(CPack)
