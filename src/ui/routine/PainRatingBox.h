#pragma once

#include <QComboBox>

#include <optional>

namespace acu {

/// A pain rating from 0 (none) to 10 (the worst imaginable), or none at all: it starts
/// "Not rated", and a rating is never assumed.
class PainRatingBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PainRatingBox)

public:
    explicit PainRatingBox(QWidget* parent = nullptr);

    /// nullopt: not rated.
    [[nodiscard]] std::optional<int> rating() const;
    /// Sets a rating of 0 to 10, or none; other values are taken as none.
    void setRating(std::optional<int> rating);
};

} // namespace acu
