#include "ui/routine/PainRatingBox.h"

namespace acu {

namespace {

constexpr int kMaxPain = 10;

} // namespace

PainRatingBox::PainRatingBox(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("Not rated"));
    for (int pain = 0; pain <= kMaxPain; ++pain) {
        const QString text = pain == 0          ? tr("0: no pain")
                             : pain == kMaxPain ? tr("10: the worst imaginable")
                                                : QString::number(pain);
        addItem(text, pain);
    }
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

std::optional<int> PainRatingBox::rating() const
{
    const QVariant pain = currentData();
    if (!pain.isValid())
        return std::nullopt;
    return pain.toInt();
}

void PainRatingBox::setRating(std::optional<int> rating)
{
    setCurrentIndex(rating && *rating >= 0 && *rating <= kMaxPain ? *rating + 1 : 0);
}

} // namespace acu
