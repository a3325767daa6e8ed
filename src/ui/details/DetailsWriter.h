#pragma once

#include "core/catalogue/Catalogue.h"
#include "ui/details/FieldHtml.h"

#include <QString>
#include <QStringList>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace acu {

/// Writes the detail pane's document. Sources are numbered in the order they are first
/// cited; each number links to its entry in the closing source list (#source-N).
class DetailsWriter final {
public:
    explicit DetailsWriter(const Catalogue& catalogue);

    /// The number of a source, given on its first citation.
    int number(const std::string& id);
    /// " [1, 3]" for the cited sources, ascending, each a link to its entry.
    QString cite(const SourceIds& ids);
    /// A claim's text: a source id written in it ("six-self-points") becomes the source's
    /// title and number, so that no internal id reaches the reader.
    QString claimText(const std::string& text);

    void heading(const QString& title);
    /// A bulleted list. Short lists are HTML lists; long ones are paragraphs, because
    /// QTextDocument re-marks every item of a list as each is added (quadratic).
    void list(const QStringList& items);
    void claims(const QString& title, const std::vector<Claim>& claims);
    void raw(const QString& html) { m_html += html; }
    [[nodiscard]] const Catalogue& catalogue() const { return m_catalogue; }

    /// The document, closed by the list of every source cited.
    QString finish();

private:
    const Catalogue& m_catalogue;
    std::unordered_map<std::string, int> m_numbers;
    std::vector<std::string> m_order;
    std::unordered_set<std::string> m_sourceIds;
    QString m_html;
};

} // namespace acu
