#pragma once

#include "core/catalogue/Catalogue.h"
#include "core/catalogue/CatalogueError.h"
#include "core/search/QueryResolver.h"
#include "models/BuiltInCatalogue.h"

#include <QString>

#include <memory>

namespace acu {

/// The catalogue the app shows, and what became of the one the user asked for.
struct CatalogueChoice {
    std::shared_ptr<const Catalogue> catalogue;    ///< null only when even the built-in one fails
    std::shared_ptr<const QueryResolver> resolver; ///< built from catalogue, by the thread that chose it
    QString requested;                             ///< the file asked for; empty: the built-in catalogue
    bool builtIn = false;                          ///< the catalogue is the built-in one
    CatalogueErrors rejected;                      ///< why the requested file was refused
    CatalogueErrors failed;                        ///< why nothing could be loaded (with a null catalogue)

    /// For the status bar: "built-in catalogue", the path, or why not the path, in the
    /// application's language. Made when asked, on the thread that asks, so that the choice
    /// itself can be made while the application object and its translators are being made.
    [[nodiscard]] QString label() const;
};

/// Loads the requested catalogue file, or the built-in one (builtIn, found among the
/// resources) when path is empty; a refused file falls back to the built-in catalogue,
/// keeping its errors. Builds the catalogue's resolver too, so that a second core can do
/// both while the window is being made. With an empty path it touches no Qt object,
/// translation, locale or environment, so it may run while QApplication is being made;
/// reading a file may (the JSON reader's numbers follow the C library's locale, which
/// QApplication sets). Never throws.
[[nodiscard]] CatalogueChoice chooseCatalogue(const QString& path, const CompiledResource& builtIn);

/// chooseCatalogue with the catalogue compiled into the program.
[[nodiscard]] CatalogueChoice chooseCatalogue(const QString& path);

} // namespace acu
